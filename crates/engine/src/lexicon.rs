//! Word and phrase lists, compiled in from `data/*.txt` and parsed once.
//!
//! Every list is data, not code: one entry per line, `#` starts a comment.
//! Tests at the bottom check that each file parses and that entries are
//! reachable through the same tokenizer the rules use.

use super::hash::{FastMap as HashMap, FastSet as HashSet};
use std::sync::OnceLock;

use super::text::{phrase_words, stem, Token};

/// The raw data files, by name, so tests can walk every entry.
pub const DATA_FILES: &[(&str, &str)] = &[
    (
        "verbs",
        include_str!(concat!(env!("OUT_DIR"), "/verbs.txt")),
    ),
    (
        "weak_openings",
        include_str!(concat!(env!("OUT_DIR"), "/weak_openings.txt")),
    ),
    (
        "duty_nouns",
        include_str!(concat!(env!("OUT_DIR"), "/duty_nouns.txt")),
    ),
    (
        "generic_objects",
        include_str!(concat!(env!("OUT_DIR"), "/generic_objects.txt")),
    ),
    (
        "lead_ins",
        include_str!(concat!(env!("OUT_DIR"), "/lead_ins.txt")),
    ),
    (
        "non_verb_openers",
        include_str!(concat!(env!("OUT_DIR"), "/non_verb_openers.txt")),
    ),
    (
        "first_person",
        include_str!(concat!(env!("OUT_DIR"), "/first_person.txt")),
    ),
    (
        "filler",
        include_str!(concat!(env!("OUT_DIR"), "/filler.txt")),
    ),
    (
        "padding",
        include_str!(concat!(env!("OUT_DIR"), "/padding.txt")),
    ),
    (
        "improvement_words",
        include_str!(concat!(env!("OUT_DIR"), "/improvement_words.txt")),
    ),
    (
        "renovation_words",
        include_str!(concat!(env!("OUT_DIR"), "/renovation_words.txt")),
    ),
    (
        "number_words",
        include_str!(concat!(env!("OUT_DIR"), "/number_words.txt")),
    ),
    (
        "definition_subjects",
        include_str!(concat!(env!("OUT_DIR"), "/definition_subjects.txt")),
    ),
    (
        "section_headings",
        include_str!(concat!(env!("OUT_DIR"), "/section_headings.txt")),
    ),
    (
        "concepts",
        include_str!(concat!(env!("OUT_DIR"), "/concepts.txt")),
    ),
    // Read only by the job description and the role lens.
    #[cfg(feature = "lens")]
    (
        "role_themes",
        include_str!(concat!(env!("OUT_DIR"), "/role_themes.txt")),
    ),
    (
        "scope_cues",
        include_str!(concat!(env!("OUT_DIR"), "/scope_cues.txt")),
    ),
    (
        "artifacts",
        include_str!(concat!(env!("OUT_DIR"), "/artifacts.txt")),
    ),
    // Native builds only: see the `job-lexicon` feature.
    #[cfg(all(feature = "job-lexicon", not(target_arch = "wasm32")))]
    (
        "tech_names",
        include_str!(concat!(env!("OUT_DIR"), "/tech_names.txt")),
    ),
    #[cfg(all(feature = "job-lexicon", not(target_arch = "wasm32")))]
    (
        "jd_terms",
        include_str!(concat!(env!("OUT_DIR"), "/jd_terms.txt")),
    ),
    #[cfg(feature = "lens")]
    (
        "practices",
        include_str!(concat!(env!("OUT_DIR"), "/practices.txt")),
    ),
    #[cfg(all(feature = "lens", not(target_arch = "wasm32")))]
    (
        "jd_page_words",
        include_str!(concat!(env!("OUT_DIR"), "/jd_page_words.txt")),
    ),
    #[cfg(all(feature = "lens", not(target_arch = "wasm32")))]
    (
        "jd_translations",
        include_str!(concat!(env!("OUT_DIR"), "/jd_translations.txt")),
    ),
    #[cfg(all(feature = "lens", not(target_arch = "wasm32")))]
    (
        "jd_section_headings",
        include_str!(concat!(env!("OUT_DIR"), "/jd_section_headings.txt")),
    ),
    #[cfg(all(feature = "lens", not(target_arch = "wasm32")))]
    (
        "jd_headings",
        include_str!(concat!(env!("OUT_DIR"), "/jd_headings.txt")),
    ),
    #[cfg(all(feature = "lens", not(target_arch = "wasm32")))]
    (
        "jd_idioms",
        include_str!(concat!(env!("OUT_DIR"), "/jd_idioms.txt")),
    ),
    #[cfg(all(feature = "lens", not(target_arch = "wasm32")))]
    (
        "jd_list_cues",
        include_str!(concat!(env!("OUT_DIR"), "/jd_list_cues.txt")),
    ),
    #[cfg(all(feature = "lens", not(target_arch = "wasm32")))]
    (
        "jd_generic",
        include_str!(concat!(env!("OUT_DIR"), "/jd_generic.txt")),
    ),
    #[cfg(all(feature = "lens", not(target_arch = "wasm32")))]
    (
        "jd_everyday_tools",
        include_str!(concat!(env!("OUT_DIR"), "/jd_everyday_tools.txt")),
    ),
    #[cfg(all(feature = "lens", not(target_arch = "wasm32")))]
    (
        "jd_nice_cues",
        include_str!(concat!(env!("OUT_DIR"), "/jd_nice_cues.txt")),
    ),
    #[cfg(all(feature = "lens", not(target_arch = "wasm32")))]
    (
        "jd_roles",
        include_str!(concat!(env!("OUT_DIR"), "/jd_roles.txt")),
    ),
    #[cfg(all(feature = "lens", not(target_arch = "wasm32")))]
    (
        "jd_nominals",
        include_str!(concat!(env!("OUT_DIR"), "/jd_nominals.txt")),
    ),
    #[cfg(all(feature = "lens", not(target_arch = "wasm32")))]
    (
        "jd_stopwords",
        include_str!(concat!(env!("OUT_DIR"), "/jd_stopwords.txt")),
    ),
    (
        "ambiguous_names",
        include_str!(concat!(env!("OUT_DIR"), "/ambiguous_names.txt")),
    ),
    (
        "verb_alternatives",
        include_str!(concat!(env!("OUT_DIR"), "/verb_alternatives.txt")),
    ),
    (
        "topics",
        include_str!(concat!(env!("OUT_DIR"), "/topics.txt")),
    ),
    (
        "units",
        include_str!(concat!(env!("OUT_DIR"), "/units.txt")),
    ),
];

pub fn data(name: &str) -> &'static str {
    DATA_FILES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, d)| *d)
        .unwrap_or_else(|| panic!("no data file named {name}"))
}

/// Non-empty, non-comment lines of a data file, trimmed.
pub fn entries(data: &str) -> impl Iterator<Item = &str> {
    data.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// A `concepts.txt` line's name and other forms ("Name | kind | other forms
/// | …"): the aliases both the skill check and job-description matching use.
pub fn concept_names(line: &str) -> impl Iterator<Item = &str> {
    let mut fields = line.split('|');
    let name = fields.next().unwrap_or_default();
    let forms = fields.nth(1).unwrap_or_default();
    std::iter::once(name)
        .chain(forms.split(','))
        .map(str::trim)
        .filter(|n| !n.is_empty())
}

/// A set of multi-word phrases with a payload, matched against tokens by
/// their first word, longest phrase first.
pub struct PhraseSet<T> {
    phrases: Phrases,
    /// Each phrase's payload, by the index `phrases` keeps: the matching
    /// is compiled once, not once per payload type.
    payloads: Vec<T>,
}

/// The phrases of a [`PhraseSet`], each with its payload's index.
struct Phrases {
    /// Each first word's phrases, longest first (in insertion order among
    /// phrases of one length), so the first that fits is the longest.
    by_first: HashMap<String, Vec<(Vec<String>, usize)>>,
    /// Compare words by their [`stem`] ("shards" matches "sharding").
    stemmed: bool,
}

impl Phrases {
    fn key<'w>(&self, word: &'w str) -> &'w str {
        if self.stemmed {
            stem(word)
        } else {
            word
        }
    }

    /// A token's key: its stem, found once when it was tokenized.
    fn token_key<'t>(&self, token: &'t Token) -> &'t str {
        if self.stemmed {
            token.stem()
        } else {
            &token.lower
        }
    }

    fn insert(&mut self, phrase: &str, payload: usize) {
        let mut words = phrase_words(phrase);
        for w in &mut words {
            // A key is a prefix of its word: cut in place, no copy.
            let n = self.key(w).len();
            w.truncate(n);
        }
        let Some(first) = words.first() else {
            return;
        };
        let list = self.by_first.entry(first.clone()).or_default();
        let at = list.partition_point(|(w, _)| w.len() >= words.len());
        list.insert(at, (words, payload));
    }

    fn match_word(&self, word: &str) -> Option<usize> {
        let list = self.by_first.get(self.key(word))?;
        list.iter().find(|(w, _)| w.len() == 1).map(|(_, p)| *p)
    }

    fn match_at(&self, tokens: &[Token], at: usize) -> Option<(usize, usize)> {
        let list = self.by_first.get(self.token_key(tokens.get(at)?))?;
        // The first word is the map's key: only the rest is compared.
        let rest = &tokens[at + 1..];
        list.iter().find_map(|(words, p)| {
            let fits = words.len() - 1 <= rest.len()
                && words[1..]
                    .iter()
                    .zip(rest)
                    .all(|(w, t)| w == self.token_key(t));
            fits.then_some((words.len(), *p))
        })
    }
}

impl<T: Clone> PhraseSet<T> {
    fn with(stemmed: bool) -> Self {
        PhraseSet {
            phrases: Phrases {
                by_first: HashMap::default(),
                stemmed,
            },
            payloads: Vec::new(),
        }
    }

    pub fn new() -> Self {
        Self::with(false)
    }

    /// A set whose words match after light stemming.
    pub fn stemmed() -> Self {
        Self::with(true)
    }

    pub fn insert(&mut self, phrase: &str, payload: T) {
        self.phrases.insert(phrase, self.payloads.len());
        self.payloads.push(payload);
    }

    /// The first word (stemmed, for a stemmed set) of every phrase.
    pub fn first_words(&self) -> impl Iterator<Item = &str> {
        self.phrases.by_first.keys().map(String::as_str)
    }

    /// The payload of a one-word phrase.
    pub fn match_word(&self, word: &str) -> Option<&T> {
        self.phrases.match_word(word).map(|p| &self.payloads[p])
    }

    /// The longest phrase starting at `tokens[at]`: (number of tokens, payload).
    pub fn match_at(&self, tokens: &[Token], at: usize) -> Option<(usize, &T)> {
        let (n, p) = self.phrases.match_at(tokens, at)?;
        Some((n, &self.payloads[p]))
    }
}

impl<T> std::fmt::Debug for PhraseSet<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PhraseSet({} first words)", self.phrases.by_first.len())
    }
}

impl<T: Clone> Default for PhraseSet<T> {
    fn default() -> Self {
        Self::new()
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tense {
    Past,
    Present,
    /// The same form in both tenses: "set", "cut", "read".
    Either,
}

#[derive(Clone, Debug)]
pub struct VerbForm {
    /// A slice of `verbs.txt` (lowercase there): no copy per form.
    pub lemma: &'static str,
    pub tense: Tense,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SectionKind {
    Header,
    Summary,
    Experience,
    Projects,
    OpenSource,
    Skills,
    Education,
    Publications,
    Certifications,
    Awards,
    Other,
}

impl SectionKind {
    pub fn from_name(name: &str) -> Option<SectionKind> {
        Some(match name {
            "summary" => SectionKind::Summary,
            "experience" => SectionKind::Experience,
            "projects" => SectionKind::Projects,
            "open_source" => SectionKind::OpenSource,
            "skills" => SectionKind::Skills,
            "education" => SectionKind::Education,
            "publications" => SectionKind::Publications,
            "certifications" => SectionKind::Certifications,
            "awards" => SectionKind::Awards,
            "other" => SectionKind::Other,
            _ => return None,
        })
    }

    /// Sections whose bullets describe work and should carry results.
    pub fn is_work(self) -> bool {
        matches!(
            self,
            SectionKind::Experience | SectionKind::Projects | SectionKind::OpenSource
        )
    }
}

/// What a number measures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MetricKind {
    Latency,
    Throughput,
    Availability,
    Scale,
    Cost,
    Time,
    Percentage,
    Multiplier,
    Count,
}

impl MetricKind {
    /// The five kinds the guides ask engineers to show.
    pub const GUIDE_KINDS: [MetricKind; 5] = [
        MetricKind::Latency,
        MetricKind::Throughput,
        MetricKind::Availability,
        MetricKind::Scale,
        MetricKind::Cost,
    ];

    pub fn name(self) -> &'static str {
        match self {
            MetricKind::Latency => "latency",
            MetricKind::Throughput => "throughput",
            MetricKind::Availability => "availability",
            MetricKind::Scale => "scale",
            MetricKind::Cost => "cost",
            MetricKind::Time => "time",
            MetricKind::Percentage => "percentage",
            MetricKind::Multiplier => "multiplier",
            MetricKind::Count => "count",
        }
    }
}

/// The unit words of `units.txt`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    Latency,
    Duration,
    Throughput,
    Data,
    Scale,
    Count,
}

pub struct Topic {
    pub kind: MetricKind,
    pub suggestion: String,
}

pub struct Lexicon {
    pub verbs: HashMap<String, VerbForm>,
    /// Lemma -> its first past form, for suggestions ("maintain" -> "maintained").
    pub past_of: HashMap<String, String>,
    pub non_verb_openers: HashSet<String>,
    pub weak_openings: PhraseSet<()>,
    pub lead_ins: HashSet<String>,
    /// "responsibility", "duties": a duty as a bullet's subject.
    pub duty_nouns: HashSet<String>,
    /// "effort", "projects": what "Contributed to" ends with when it says nothing.
    pub generic_objects: HashSet<String>,
    pub first_person: HashSet<String>,
    /// Puffery and buzzwords (`filler.txt`) and padding (`padding.txt`),
    /// one set so a bullet's words are looked up once.
    pub filler: PhraseSet<usize>,
    /// Claims of betterment (`improvement_words.txt`) and renovation words
    /// (`renovation_words.txt`), one set so a bullet's words are looked up once.
    pub improvement: PhraseSet<usize>,
    pub number_words: HashSet<String>,
    pub definition_subjects: HashSet<String>,
    pub sections: HashMap<String, SectionKind>,
    /// Technology or concept name -> index of its alias group (its line in
    /// `concepts.txt`).
    pub tech: PhraseSet<usize>,
    pub tech_groups: Vec<Vec<String>>,
    pub verb_alternatives: HashMap<String, Vec<String>>,
    pub topics: Vec<Topic>,
    /// Topic trigger phrase -> index into `topics`.
    pub topic_words: PhraseSet<usize>,
    pub units: PhraseSet<Unit>,
}

/// `section_headings.txt`'s format: `kind: name, name, …`.
fn section_names(text: &str) -> HashMap<String, SectionKind> {
    let mut sections = HashMap::default();
    for line in entries(text) {
        let (kind, names) = line.split_once(':').expect("section line has a colon");
        let kind = SectionKind::from_name(kind.trim()).expect("known section kind");
        for name in names.split(',') {
            sections.insert(name.trim().to_ascii_lowercase(), kind);
        }
    }
    sections
}

/// Resume headings in the other languages a resume is written in
/// (`jd_section_headings.txt`: "EXPERIÊNCIA", "İŞ DENEYİMİ", "職務経歴"),
/// read beside [`Lexicon::sections`] where a job description is read: the
/// English-only checks gain nothing from them, while matching a posting's
/// terms needs the sections (a resume with no heading known is all header,
/// which names no skill). Native `lens` builds carry the list; a browser's
/// comes with the job lexicon ([`install_other_sections`]). None before.
#[cfg(feature = "lens")]
static OTHER_SECTIONS: OnceLock<HashMap<String, SectionKind>> = OnceLock::new();

/// The section a heading (lowercased) names in another language.
pub fn other_language_section(name: &str) -> Option<SectionKind> {
    #[cfg(all(feature = "lens", not(target_arch = "wasm32")))]
    let other = Some(OTHER_SECTIONS.get_or_init(|| section_names(data("jd_section_headings"))));
    #[cfg(all(feature = "lens", target_arch = "wasm32"))]
    let other = OTHER_SECTIONS.get();
    #[cfg(feature = "lens")]
    return other.and_then(|o| o.get(name).copied());
    #[cfg(not(feature = "lens"))]
    {
        let _ = name;
        None
    }
}

/// Takes the other languages' headings served with the job lexicon.
#[cfg(feature = "lens")]
pub fn install_other_sections(text: &str) {
    OTHER_SECTIONS.get_or_init(|| section_names(text));
}

pub fn lexicon() -> &'static Lexicon {
    static LEXICON: OnceLock<Lexicon> = OnceLock::new();
    LEXICON.get_or_init(Lexicon::load)
}

fn word_set(name: &str) -> HashSet<String> {
    entries(data(name)).map(str::to_ascii_lowercase).collect()
}

/// What a filler phrase is: its payload in `Lexicon::filler` is the list
/// it came from, in this order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Filler {
    /// A claim a reader cannot check: "world-class", "highly successful".
    Puffery = 0,
    /// A vague quantity: "various", "a number of".
    Padding = 1,
}

/// What an improvement word claims: its payload in `Lexicon::improvement`
/// is the list it came from, in this order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Claim {
    /// "Improved", "reduced", "for easier maintenance": vague without a
    /// number of change.
    Improvement = 0,
    /// "Overhauled", "Modernized": vague only in a bullet with no number.
    Renovation = 1,
}

/// One phrase set from several lists, each entry carrying its list's index.
/// (`usize` payloads: the map code other sets already instantiate; a new
/// payload type would cost the wasm another copy of it, about 1 KB gzipped.)
fn phrase_sets<const N: usize>(lists: [&str; N]) -> PhraseSet<usize> {
    let mut set = PhraseSet::new();
    for (i, name) in lists.into_iter().enumerate() {
        for e in entries(data(name)) {
            set.insert(e, i);
        }
    }
    set
}

fn phrase_set(name: &str) -> PhraseSet<()> {
    let mut set = PhraseSet::new();
    for e in entries(data(name)) {
        set.insert(e, ());
    }
    set
}

/// Third-person present: "build" -> "builds", "fix" -> "fixes", "apply" -> "applies".
pub fn third_person(base: &str) -> String {
    if let Some(stem) = base.strip_suffix('y') {
        if !stem.ends_with(['a', 'e', 'o', 'u']) {
            return format!("{stem}ies");
        }
    }
    if base.ends_with(['s', 'x', 'z']) || base.ends_with("ch") || base.ends_with("sh") {
        return format!("{base}es");
    }
    format!("{base}s")
}

/// Regular past: "automate" -> "automated", "apply" -> "applied", "own" -> "owned".
pub fn regular_past(base: &str) -> String {
    if base.ends_with('e') {
        return format!("{base}d");
    }
    if let Some(stem) = base.strip_suffix('y') {
        if !stem.ends_with(['a', 'e', 'o', 'u']) {
            return format!("{stem}ied");
        }
    }
    format!("{base}ed")
}

impl Lexicon {
    fn load() -> Lexicon {
        let mut verbs = HashMap::default();
        let mut past_of = HashMap::default();
        for line in entries(data("verbs")) {
            let mut parts = line.split_whitespace();
            // The lemma every form shares: the list's own word, lowercase
            // there (a test holds it).
            let lemma: &'static str = parts.next().unwrap_or_default();
            let base = lemma.to_string();
            let past: Vec<String> = match parts.next() {
                Some(p) => p.split('|').map(str::to_ascii_lowercase).collect(),
                None => vec![regular_past(&base)],
            };
            past_of.insert(base.clone(), past[0].clone());
            let participles: Vec<String> = parts.next().map_or_else(Vec::new, |p| {
                p.split('|').map(str::to_ascii_lowercase).collect()
            });
            let mut add = |form: String, tense: Tense| {
                let entry = verbs.entry(form).or_insert(VerbForm { lemma, tense });
                if entry.tense != tense {
                    entry.tense = Tense::Either;
                }
            };
            add(third_person(&base), Tense::Present);
            for p in past.into_iter().chain(participles) {
                add(p, Tense::Past);
            }
            add(base, Tense::Present);
        }

        let sections = section_names(data("section_headings"));

        let mut tech = PhraseSet::new();
        let mut tech_groups = Vec::new();
        for (i, line) in entries(data("concepts")).enumerate() {
            // A gapped form ("review … pull requests") is the tailoring
            // lexicon's, read with the job lexicon only.
            let names: Vec<String> = concept_names(line)
                .filter(|n| !n.contains('…'))
                .map(str::to_ascii_lowercase)
                .collect();
            for n in &names {
                tech.insert(n, i);
            }
            tech_groups.push(names);
        }

        let mut verb_alternatives = HashMap::default();
        for line in entries(data("verb_alternatives")) {
            let (verb, alts) = line.split_once(':').expect("alternatives line has a colon");
            verb_alternatives.insert(
                verb.trim().to_ascii_lowercase(),
                alts.split(',').map(|a| a.trim().to_string()).collect(),
            );
        }

        let mut topics = Vec::new();
        let mut topic_words = PhraseSet::new();
        for line in entries(data("topics")) {
            let (head, words) = line.split_once('|').expect("topic line has a '|'");
            let (kind, suggestion) = head.split_once(':').expect("topic head has a colon");
            let kind = match kind.trim() {
                "latency" => MetricKind::Latency,
                "throughput" => MetricKind::Throughput,
                "availability" => MetricKind::Availability,
                "cost" => MetricKind::Cost,
                "scale" => MetricKind::Scale,
                other => panic!("unknown topic kind {other}"),
            };
            for w in words.split(',') {
                topic_words.insert(w.trim(), topics.len());
            }
            topics.push(Topic {
                kind,
                suggestion: suggestion.trim().to_string(),
            });
        }

        let mut units = PhraseSet::new();
        for line in entries(data("units")) {
            let (kind, words) = line.split_once('|').expect("units line has a '|'");
            let unit = match kind.trim() {
                "latency" => Unit::Latency,
                "duration" => Unit::Duration,
                "throughput" => Unit::Throughput,
                "data" => Unit::Data,
                "scale" => Unit::Scale,
                "count" => Unit::Count,
                other => panic!("unknown unit kind {other}"),
            };
            for w in words.split(',') {
                units.insert(w.trim(), unit);
            }
        }

        Lexicon {
            verbs,
            past_of,
            non_verb_openers: word_set("non_verb_openers"),
            weak_openings: phrase_set("weak_openings"),
            lead_ins: word_set("lead_ins"),
            duty_nouns: word_set("duty_nouns"),
            generic_objects: word_set("generic_objects"),
            first_person: word_set("first_person"),
            filler: phrase_sets(["filler", "padding"]),
            improvement: phrase_sets(["improvement_words", "renovation_words"]),
            number_words: word_set("number_words"),
            definition_subjects: word_set("definition_subjects"),
            sections,
            tech,
            tech_groups,
            verb_alternatives,
            topics,
            topic_words,
            units,
        }
    }

    pub fn verb(&self, lower: &str) -> Option<&VerbForm> {
        self.verbs.get(lower)
    }

    /// The past form of a lemma, capitalized: "maintain" -> "Maintained".
    pub fn past_capitalized(&self, lemma: &str) -> Option<String> {
        let past = self.past_of.get(lemma)?;
        Some(super::text::capitalized(past)).filter(|p| !p.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;
    use crate::text::tokenize;

    fn toks(s: &str) -> Vec<Token> {
        tokenize(s, &[Span::new(0, s.len())])
    }

    /// A verb's lemma is its `verbs.txt` word, uncopied: lowercase there.
    #[test]
    fn the_verb_list_is_lowercase() {
        for line in entries(data("verbs")) {
            assert_eq!(line, line.to_ascii_lowercase(), "verbs.txt: {line:?}");
        }
    }

    #[test]
    fn every_data_file_has_entries_and_no_duplicates() {
        for (name, d) in DATA_FILES {
            let list: Vec<&str> = entries(d).collect();
            assert!(!list.is_empty(), "{name} is empty");
            let mut seen = HashSet::default();
            for e in &list {
                assert!(
                    seen.insert(e.to_ascii_lowercase()),
                    "{name}: duplicate entry {e:?}"
                );
            }
        }
    }

    #[test]
    fn verb_forms_are_derived() {
        let lx = lexicon();
        assert_eq!(lx.verb("automated").unwrap().tense, Tense::Past);
        assert_eq!(lx.verb("applies").unwrap().lemma, "apply");
        assert_eq!(lx.verb("led").unwrap().lemma, "lead");
        assert_eq!(lx.verb("lead").unwrap().tense, Tense::Present);
        assert_eq!(lx.verb("set").unwrap().tense, Tense::Either);
        assert_eq!(lx.verb("modelled").unwrap().lemma, "model");
        assert_eq!(lx.verb("shipped").unwrap().tense, Tense::Past);
        assert_eq!(third_person("fix"), "fixes");
        assert_eq!(regular_past("copy"), "copied");
    }

    #[test]
    fn every_verb_entry_is_recognised_in_each_form() {
        let lx = lexicon();
        for line in entries(data("verbs")) {
            let base = line.split_whitespace().next().unwrap().to_ascii_lowercase();
            assert!(lx.verb(&base).is_some(), "{base}");
            assert!(lx.verb(&third_person(&base)).is_some(), "{base}");
        }
    }

    #[test]
    fn every_phrase_list_entry_matches_itself_as_text() {
        let lx = lexicon();
        fn each_matches_itself<T: Clone + PartialEq + std::fmt::Debug>(
            name: &str,
            set: &PhraseSet<T>,
            payload: T,
        ) {
            for e in entries(data(name)) {
                let t = toks(e);
                let (n, p) = set
                    .match_at(&t, 0)
                    .unwrap_or_else(|| panic!("{name}: {e:?} does not match itself"));
                assert_eq!(n, t.len(), "{name}: {e:?} matched only in part");
                assert_eq!(*p, payload, "{name}: {e:?} is also in another list");
            }
        }
        each_matches_itself("weak_openings", &lx.weak_openings, ());
        each_matches_itself("filler", &lx.filler, Filler::Puffery as usize);
        each_matches_itself("padding", &lx.filler, Filler::Padding as usize);
        each_matches_itself(
            "improvement_words",
            &lx.improvement,
            Claim::Improvement as usize,
        );
        each_matches_itself(
            "renovation_words",
            &lx.improvement,
            Claim::Renovation as usize,
        );
    }

    #[test]
    fn every_unit_and_topic_word_matches_itself() {
        let lx = lexicon();
        for line in entries(data("units")) {
            for w in line.split_once('|').unwrap().1.split(',') {
                let t = toks(w.trim());
                assert!(lx.units.match_at(&t, 0).is_some(), "unit {w:?}");
            }
        }
        for line in entries(data("topics")) {
            for w in line.split_once('|').unwrap().1.split(',') {
                let t = toks(w.trim());
                assert!(lx.topic_words.match_at(&t, 0).is_some(), "topic {w:?}");
            }
        }
    }

    #[test]
    fn every_section_heading_is_known() {
        let lx = lexicon();
        assert_eq!(
            lx.sections.get("work experience"),
            Some(&SectionKind::Experience)
        );
        assert_eq!(
            lx.sections.get("technical skills"),
            Some(&SectionKind::Skills)
        );
        assert!(lx.sections.len() > 60);
    }

    #[test]
    fn every_alias_group_resolves_to_its_index() {
        let lx = lexicon();
        for (i, group) in lx.tech_groups.iter().enumerate() {
            for name in group {
                let t = toks(name);
                let (n, g) = lx.tech.match_at(&t, 0).unwrap_or_else(|| panic!("{name}"));
                assert_eq!((n, *g), (t.len(), i), "{name}");
            }
        }
    }

    #[test]
    fn phrases_match_case_insensitively_and_longest_first() {
        let lx = lexicon();
        let t = toks("Was responsible for the API");
        assert_eq!(lx.weak_openings.match_at(&t, 0).map(|m| m.0), Some(3));
        assert!(lx.weak_openings.match_at(&toks("Worked"), 0).is_none());
    }
}
