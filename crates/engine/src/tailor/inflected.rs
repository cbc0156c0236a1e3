//! A technology's name as the languages that decline nouns write it:
//! Croatian "u Pythonu", "s Gitom", Polish "z Kafką", Czech "v Javě",
//! Hungarian "Pythonban", "Javában", "Dockerrel", Finnish "Dockerilla". The
//! endings are `jd_page_words.txt`'s `ending:` lines; a word is read as the
//! name only when it is written with a capital and its base is a name that
//! is no everyday word ("Helma" is not Helm's), so English words ("Sparkle",
//! "Rusty") stay what they are.

use super::data::tailor_lexicon;
use crate::text::{Kind, Token};

/// The endings (none in a build without the lens, or before the job
/// lexicon is there).
fn endings() -> &'static [String] {
    if cfg!(feature = "lens") {
        &tailor_lexicon().page_words.endings
    } else {
        &[]
    }
}

/// The shortest name an ending may come off: three letters ("Git" of
/// "Gitom") with an ending of two or more, five with one letter ("Kafku"
/// is Kafka, but "Chain" is not Chai, nor "Javan" Java).
fn long_enough(name: &str, ending: &str) -> bool {
    let (n, e) = (name.chars().count(), ending.chars().count());
    n >= 3 && (e >= 2 || n >= 5)
}

/// The endings a name ending in "a" takes in its place: "Kafk-u",
/// "Jav-om", "Jav-ie", "Kafk-ą". Not "-e" or "-y", which English words
/// end in: "Scale" is no Scala, "Entry" no Entra.
const FOR_A: [&str; 9] = ["u", "om", "i", "ą", "ę", "ou", "ě", "ie", "ju"];

/// The first of the names `word` (a capitalised word, ASCII-lowercased)
/// may be with an ending taken off that `find` knows; most words have
/// none. Tried in place, one buffer for the names an ending changes: a
/// resume's every capitalised word may ask.
///
/// Good: "pythonu" -> "python"; "kafku" -> "kafka"; "javában" -> "java";
/// "dockerrel" -> "docker"; "gitom" -> "git". Bad: "gita" (a three-letter
/// name takes a longer ending), "chain" (five letters with one), "scale",
/// "python" (no ending).
pub(crate) fn find_base<T>(word: &str, mut find: impl FnMut(&str) -> Option<T>) -> Option<T> {
    let mut changed = String::new();
    for ending in endings() {
        let ending = ending.as_str();
        let Some(base) = word.strip_suffix(ending) else {
            continue;
        };
        // Hungarian lengthens a name's last vowel before an ending
        // ("Javá-ban", "Kafká-val"); a name ending in "a" trades it for
        // the ending ("Kafk-u", "Jav-om").
        let (kept, put) = match (base.strip_suffix('á'), base.strip_suffix('é')) {
            (Some(short), _) => (short, Some('a')),
            (_, Some(short)) => (short, Some('e')),
            _ => (base, None),
        };
        if put.is_none() && long_enough(base, ending) {
            if let Some(found) = find(base) {
                return Some(found);
            }
        }
        let put = put.or(FOR_A.contains(&ending).then_some('a'));
        if let Some(letter) = put {
            changed.clear();
            changed.push_str(kept);
            changed.push(letter);
            if long_enough(&changed, ending) {
                if let Some(found) = find(&changed) {
                    return Some(found);
                }
            }
        }
    }
    // Hungarian's "-val"/"-vel" after a consonant doubles it: "Docker-rel",
    // "Python-nal", "Git-tel".
    let b = word.as_bytes();
    let doubled = b.len() >= 6
        && (word.ends_with("al") || word.ends_with("el"))
        && b[b.len() - 3].is_ascii_alphabetic()
        && b[b.len() - 3] == b[b.len() - 4]
        && !b"aeiou".contains(&b[b.len() - 3]);
    doubled.then(|| find(&word[..word.len() - 3])).flatten()
}

/// Whether `tail` (lowercase) is an ending a hyphen puts on a name: "dbt-u",
/// "SQL-t", "BI-ju" ([`super::job::compound_head`] reads the name).
pub(crate) fn is_an_ending(tail: &str) -> bool {
    endings().iter().any(|e| e == tail)
}

/// Hungarian's "-val"/"-vel" after a hyphen, doubling the name's last
/// consonant: "Docker-rel", "Git-tel", "Python-nal".
///
/// Good: ("docker", "rel"), ("git", "tel"). Bad: ("docker", "val"),
/// ("java", "val") (a vowel doubles nothing), ("docker", "rels").
pub(crate) fn doubles_into(head: &str, tail: &str) -> bool {
    let (h, t) = (head.as_bytes(), tail.as_bytes());
    cfg!(feature = "lens")
        && t.len() == 3
        && (tail.ends_with("al") || tail.ends_with("el"))
        && h.last()
            .is_some_and(|&c| c == t[0] && c.is_ascii_alphabetic() && !b"aeiou".contains(&c))
}

/// Whether `t` may be a declined name: capitalised, with an ending (a
/// resume's words are tried only where something may start).
pub(crate) fn may_decline_a_name(t: &Token, text: &str) -> bool {
    t.kind == Kind::Word
        && t.first_char_upper(text)
        && endings().iter().any(|e| t.lower.ends_with(e.as_str()))
        && declines_names(text)
}

/// What `find` makes of the name a capitalised word `t` declines
/// ([`find_base`]): "Pythonu", "Javában".
pub(crate) fn inflected_name<T>(
    t: &Token,
    text: &str,
    find: impl Fn(&str) -> Option<T>,
) -> Option<T> {
    if t.kind != Kind::Word
        || endings().is_empty()
        || !t.first_char_upper(text)
        || !declines_names(text)
    {
        return None;
    }
    find_base(&t.lower, find)
}

/// The letters of the languages that decline a name, beyond ASCII:
/// Croatian, Czech, Slovak, Polish, Hungarian, Finnish.
const DECLINING_LETTERS: &str = "čćšžđěřůňťďýąęłńśźżőűöüäáéíóú";

/// Whether `text` is written in a language that declines names: one letter
/// in fifty of its first 20 KB, three at least, is one of
/// [`DECLINING_LETTERS`]. An
/// English text ("Erlangen", "Perlin", "Jenkinson", a "Zürich" or two) is
/// not, so its words are never read as declined names. Asked once per
/// text: the answer is kept for the text last asked about.
pub(crate) fn declines_names(text: &str) -> bool {
    thread_local! {
        static LAST: std::cell::Cell<(usize, usize, bool)> = const { std::cell::Cell::new((0, 0, false)) };
    }
    let key = (text.as_ptr() as usize, text.len());
    LAST.with(|last| {
        let (ptr, len, said) = last.get();
        if (ptr, len) == key {
            return said;
        }
        let mut cut = text.len().min(20_000);
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let (mut letters, mut declining) = (0usize, 0usize);
        for c in text[..cut].chars().filter(|c| c.is_alphabetic()) {
            letters += 1;
            let lower = crate::document::lines::heading_lowercase(c);
            declining += usize::from(!c.is_ascii() && DECLINING_LETTERS.contains(lower));
        }
        let said = declining * 50 >= letters && declining >= 3;
        last.set((key.0, key.1, said));
        said
    })
}

#[cfg(all(test, feature = "job-lexicon"))]
mod tests {
    use super::*;

    /// Every name `word` may be, in the order they are tried.
    fn bases(word: &str) -> Vec<String> {
        let mut all = Vec::new();
        find_base::<()>(word, |b| {
            all.push(b.to_string());
            None
        });
        all
    }

    #[test]
    fn an_ending_comes_off_a_name() {
        for (word, base) in [
            ("pythonu", "python"),
            ("pythona", "python"),
            ("gitom", "git"),
            ("dockerom", "docker"),
            ("kafku", "kafka"),
            ("javom", "java"),
            ("javában", "java"),
            ("kafkával", "kafka"),
            ("dockerrel", "docker"),
            ("pythonnal", "python"),
            ("gittel", "git"),
            ("kafką", "kafka"),
            ("javie", "java"),
            ("dockerilla", "docker"),
            ("kubernetesissä", "kubernetes"),
            ("pythonem", "python"),
            ("linuxon", "linux"),
        ] {
            assert!(
                bases(word).iter().any(|b| b == base),
                "{word}: {:?}",
                bases(word)
            );
        }
    }

    #[test]
    fn only_a_declining_language_s_text_declines_names() {
        assert!(declines_names(
            "Tražimo inženjera koji će održavati sustave s Dockerom."
        ));
        assert!(declines_names(
            "Elvárások: Java backend fejlesztésben, Pythonban."
        ));
        assert!(!declines_names(
            "We met in Erlangen; Perlin noise and Jenkinson's Falcon 9 in Zürich."
        ));
        let english = "Requirements\n- Erlang and Perl\n- Visited Erlangen, wrote Perlin noise\n";
        let job = crate::tailor::job::Job::parse(english);
        let spans: Vec<&str> = job
            .terms
            .iter()
            .flat_map(|t| t.spans.iter().map(|s| s.of(english)))
            .collect();
        assert!(
            !spans.contains(&"Erlangen") && !spans.contains(&"Perlin"),
            "{spans:?}"
        );
    }

    #[test]
    fn a_word_ending_in_a_wide_character_is_no_doubled_letter() {
        // 丸 is E4 B8 B8: its last two bytes are no doubled consonant (a
        // slice inside it panicked).
        for word in ["ö丸al", "x丸el", "kafka丸丸al"] {
            assert!(
                bases(word).iter().all(|b| word.starts_with(b.as_str())),
                "{word}"
            );
        }
    }

    #[test]
    fn a_short_base_takes_a_longer_ending() {
        assert!(!bases("gita").iter().any(|b| b == "git"));
        assert!(!bases("anta").iter().any(|b| b == "ant"));
        for (word, not) in [
            ("chain", "chai"),
            ("scale", "scala"),
            ("entry", "entra"),
            ("javan", "java"),
            ("sparky", "spark"),
        ] {
            assert!(
                !bases(word).iter().any(|b| b == not),
                "{word}: {:?}",
                bases(word)
            );
        }
        assert!(bases("python").iter().all(|b| b != "python"));
    }

    #[test]
    fn every_ending_comes_off_a_name() {
        assert!(endings().len() >= 20);
        for e in endings() {
            let word = format!("terraform{e}");
            assert!(bases(&word).iter().any(|b| b == "terraform"), "{e}");
        }
    }
}
