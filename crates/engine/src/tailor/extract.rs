//! Terms the lexicon does not know, read from how a posting states its
//! requirements (issue 15): acronyms ("KYC", "PCI DSS", "SOC 2") and the
//! items of cued lists ("experience with wire transfers and real-time
//! payments", "such as …", "(e.g. …)"). `Job::parse` adds them as named
//! terms, matched against the resume literally, unless a known term
//! already covers their words.

use super::data::{tailor_lexicon, RoleWord};
use crate::document::lines::list_item_text;
use crate::hash::{FastMap, FastSet};
use crate::span::Span;
use crate::text::{Kind, Token};

/// A term read from the posting's structure.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Extracted {
    pub span: Span,
    /// Written in capitals ("KYC"): the resume must write it so too.
    pub acronym: bool,
    /// An item of a bare parenthesis ("(Go, Rust)", "(Tokyo)"), with the
    /// parenthesis's offset: a term only beside a known one in it.
    pub bare_list: Option<usize>,
    /// An item of a list no cue opens ("write widget tests, integration
    /// tests and golden tests"): a term only beside a known one, whatever
    /// its shape.
    pub needs_known: bool,
    /// A practice's phrase ("network automation"): a term of its own even
    /// where known terms name its words one by one.
    pub practice: bool,
}

/// "KYC", "HSMs", "PCI-DSS", "S3": two to six capitals and digits (and a
/// plural "s"), starting with a capital, at least two capitals.
///
/// Good: "KYC", "AML", "HSMs", "PCI-DSS", "ISO". Bad: "Go", "I", "A1", "OAuth".
pub fn is_acronym(word: &str) -> bool {
    let core = word
        .strip_suffix('s')
        .filter(|c| c.len() >= 2)
        .unwrap_or(word);
    let letters = core.bytes().filter(|b| *b != b'-');
    (2..=9).contains(&core.len())
        && core.as_bytes()[0].is_ascii_uppercase()
        && !core.ends_with('-')
        && letters.clone().count() <= 8
        && core
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-')
        && core.bytes().filter(u8::is_ascii_uppercase).count() >= 2
}

/// A line with no lowercase letter is a heading ("WHAT YOU'LL DO") or a
/// shouted title ("LANTERN STACK — SYDNEY, NSW (HYBRID)"), not acronyms
/// asked for ("- SOC 2, PCI DSS, HIPAA", "KYC / AML"): a list counts as
/// acronyms unless two of its words are too long for one.
fn is_a_shouted_heading(line: &str) -> bool {
    let t = line.trim();
    let long_words = t
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 6)
        .count();
    !t.chars().any(char::is_lowercase)
        && (!t.contains([',', '/']) || long_words >= 2)
        && (!super::posting::is_list_item(t) || is_a_numbered_heading(t, long_words))
}

/// "2. PURPOSE OF THE ROLE", "8. FREQUENTLY ASKED QUESTIONS": a Word
/// specification's numbered section, shouted, with a word too long for an
/// acronym; not a numbered item of acronyms ("1. AWS CDK").
fn is_a_numbered_heading(t: &str, long_words: usize) -> bool {
    let rest = t.trim_start_matches(|c: char| c.is_ascii_digit());
    t.starts_with(|c: char| c.is_ascii_digit())
        && t.split_whitespace().count() >= 3
        && long_words >= 1
        // "3. DODD 8570 IAT LEVEL II": a numbered requirement of codes.
        && !rest.contains(|c: char| c.is_ascii_digit())
}

/// An item shaped like a term by itself: a capital inside a word
/// ("LoRA", "DevOps") or two lowercase words ("star schemas").
///
/// Good: "LoRA", "star schemas". Bad: "Tokyo", "hybrid", "東京", "soon
/// five", "people have", "we're moving".
pub fn term_shaped(item: &str) -> bool {
    let inner_capital = item
        .split_whitespace()
        .any(|w| w.chars().skip(1).any(|c| c.is_ascii_uppercase()));
    let lowercase_words = item.split_whitespace().count() >= 2
        && item.chars().all(|c| !c.is_uppercase())
        && item.chars().any(|c| c.is_ascii_alphabetic())
        && !item.split_whitespace().last().is_some_and(ends_no_term)
        // "(we're moving to ECS)": a clause's contraction opens no term.
        && !item
            .split_whitespace()
            .next()
            .is_some_and(|w| w.contains(['\'', '’']));
    inner_capital || lowercase_words
}

/// A last word no term ends in: a number ("soon five") or a verb that
/// helps another ("people have"). An aside in brackets, not a term.
///
/// Good: "five", "have", "will". Bad: "schemas", "testing".
fn ends_no_term(word: &str) -> bool {
    const HELPING: [&str; 20] = [
        "have", "has", "had", "is", "are", "was", "were", "be", "been", "do", "does", "did",
        "will", "would", "can", "could", "should", "may", "might", "must",
    ];
    HELPING.contains(&word) || crate::lexicon::lexicon().number_words.contains(word)
}

/// Japanese writes no spaces: a long "word" with hiragana in it (the
/// particles の, を, に) is a clause, where a term is kanji or katakana.
/// Thai, Lao, Khmer and Burmese write none either: a long run of theirs is
/// a clause too ("เขียนไดรเวอร์เซนเซอร์ผ่าน", wrote sensor drivers over);
/// their terms are the lexicon's forms, not a list's items.
///
/// Good: "夕飯の献立に悩んだことがある方", "เขียนไดรเวอร์เซนเซอร์ผ่าน".
/// Bad (a term): "機械学習", "マイクロサービス", "Kafka", "ภาษา".
fn is_an_unspaced_clause(word: &str) -> bool {
    let unspaced = |c: char| {
        ('\u{3041}'..='\u{309f}').contains(&c)
            || ('\u{0e00}'..='\u{0eff}').contains(&c)
            || ('\u{1000}'..='\u{109f}').contains(&c)
            || ('\u{1780}'..='\u{17ff}').contains(&c)
    };
    word.chars().count() >= 6 && word.chars().any(unspaced)
}

/// Whether a line break lies between two tokens.
pub(crate) fn line_break(text: &str, a: &Token, b: &Token) -> bool {
    text[a.span.end..b.span.start].contains('\n')
}

/// Acronyms outside `skipped` parts, with a number or another acronym
/// that follows them joined on ("SOC 2", "ISO 20022", "PCI DSS").
pub fn acronyms(text: &str, tokens: &[Token], skipped: &dyn Fn(&Token) -> bool) -> Vec<Extracted> {
    let lx = tailor_lexicon();
    let mut out = Vec::new();
    // Each line's start, and whether it is a shouted heading (found once).
    let starts: Vec<usize> = std::iter::once(0)
        .chain(text.match_indices('\n').map(|(p, _)| p + 1))
        .collect();
    let mut shouted: Vec<Option<bool>> = vec![None; starts.len()];
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        let word = t.span.of(text);
        let mut on_a_shouted_line = || {
            let l = starts.partition_point(|&s| s <= t.span.start) - 1;
            *shouted[l].get_or_insert_with(|| {
                let end = starts.get(l + 1).map_or(text.len(), |&e| e);
                is_a_shouted_heading(&text[starts[l]..end])
            })
        };
        let candidate = t.kind == Kind::Word
            && is_acronym(word)
            && !lx.stopwords.contains(t.lower.as_str())
            // "CTOs": a stopword's plural.
            && !t.lower.strip_suffix('s').is_some_and(|one| lx.stopwords.contains(one))
            && !follows_a_place(text, tokens, i)
            && !names_a_region(tokens, i)
            && !follows_a_number_or_hash(tokens, i)
            && !names_a_role(tokens, i)
            && !prefixes_a_currency(tokens, i)
            && !skipped(t)
            && !on_a_shouted_line();
        if !candidate {
            i += 1;
            continue;
        }
        let mut n = 1;
        // "AZ-400", "SC-200": a certification's code.
        let code = tokens
            .get(i + 1)
            .is_some_and(|d| d.is_punct('-') && !d.space_before)
            && tokens
                .get(i + 2)
                .is_some_and(|c| c.kind == Kind::Number && !c.space_before);
        if code {
            n = 3;
        }
        while let Some(next) = tokens.get(i + n).filter(|_| !code) {
            let joins = !line_break(text, &tokens[i + n - 1], next)
                && match next.kind {
                    Kind::Number => {
                        n == 1 && next.suffix().is_empty() && !years_follow(tokens, i + n)
                    }
                    Kind::Word => is_acronym(next.span.of(text)) && n == 1,
                    Kind::Punct => false,
                };
            if !joins {
                break;
            }
            n += 1;
        }
        // "TLA+": a plus written onto the name is part of it.
        if tokens
            .get(i + n)
            .is_some_and(|p| p.is_punct('+') && !p.space_before)
            && tokens.get(i + n + 1).is_none_or(|t| t.space_before)
        {
            n += 1;
        }
        out.push(Extracted {
            span: t.span.cover(tokens[i + n - 1].span),
            acronym: true,
            bare_list: None,
            needs_known: false,
            practice: false,
        });
        i += n;
    }
    out
}

/// "risk management", "embedded software development": one or two plain
/// lowercase words before a practice's
/// head noun (`practice:` in `jd_roles.txt`), outside `skipped` parts,
/// name a practice the lexicon may not know. Not a person, role or team
/// ("support engineer", "security team"), nor a phrase `unskilled:` opens
/// ("career development") or only a `broad:` word does ("software
/// development").
pub fn practice_phrases(
    text: &str,
    tokens: &[Token],
    skipped: &dyn Fn(&Token) -> bool,
) -> Vec<Extracted> {
    let lx = tailor_lexicon();
    let mut out = Vec::new();
    for (i, head) in tokens.iter().enumerate() {
        if head.kind != Kind::Word
            || !lx.is_role_word(RoleWord::Practice, &head.lower)
            || head.first_char_upper(text)
            || skipped(head)
        {
            continue;
        }
        let names_people = tokens.get(i + 1).is_some_and(|t| {
            !line_break(text, head, t)
                && [RoleWord::Person, RoleWord::Role, RoleWord::Team]
                    .into_iter()
                    .any(|k| lx.is_role_word(k, &t.lower))
        });
        if names_people {
            continue;
        }
        let broad = |k: usize| lx.is_role_word(RoleWord::Broad, &tokens[k].lower);
        let mut longest = i;
        while longest > 0 && i - longest < 2 && is_a_practice_modifier(text, tokens, longest - 1) {
            // A verb two words back is the duty's ("write database
            // migrations"), unless it narrows a broad word ("embedded
            // software development"). Right before the head it is more
            // often a noun ("change management", "load testing").
            let word = tokens[longest - 1].lower.as_str();
            let verb = crate::lexicon::lexicon().verb(word);
            if verb.is_some() && longest < i && !broad(longest) {
                break;
            }
            // "analyzes results", "coordinates remediation": a duty's verb
            // in its third person; a noun before a head is singular
            // ("change management").
            if verb.is_some_and(|v| v.lemma != word && word.ends_with('s')) {
                break;
            }
            longest -= 1;
        }
        // The phrase starts a noun phrase: after a stopword, a mark or a
        // line's start, not after a verb ("follow change management",
        // "still answer support"). The longest such phrase.
        let Some(from) = (longest..i).find(|&k| opens_a_noun_phrase(text, tokens, k)) else {
            continue;
        };
        // A broad word alone ("software development") is no term.
        if from == i || (from..i).all(broad) {
            continue;
        }
        out.push(Extracted {
            span: tokens[from].span.cover(head.span),
            acronym: false,
            bare_list: None,
            needs_known: false,
            practice: true,
        });
    }
    out
}

/// Whether a phrase may start at `tokens[k]`: its line's first word, or
/// after a stopword ("in", "strong", "our") that no verb follows (not
/// `verbal:`, "will"), after a verb of `verbs.txt` (its object: "run error
/// analysis"), or after a mark with a space after it ("30-minute
/// troubleshooting" is no phrase).
///
/// Good: "risk" in "Experience in risk management", "Load" opening a line,
/// "error" in "run error analysis". Bad: "change" in "follow change
/// management" ("follow" is no resume verb), "follow" in "will follow".
fn opens_a_noun_phrase(text: &str, tokens: &[Token], k: usize) -> bool {
    let lx = tailor_lexicon();
    let Some(prev) = k.checked_sub(1).map(|p| &tokens[p]) else {
        return true;
    };
    line_break(text, prev, &tokens[k])
        || match prev.kind {
            Kind::Punct => tokens[k].space_before,
            // A verb's object is a noun phrase ("run error analysis").
            Kind::Word => {
                lx.stopwords.contains(prev.lower.as_str())
                    && !lx.is_role_word(RoleWord::Verbal, &prev.lower)
                    || crate::lexicon::lexicon().verb(&prev.lower).is_some()
            }
            Kind::Number => false,
        }
}

/// A word that may stand before a practice's head noun as part of its
/// name: a plain word on the same line, lowercase (or capitalised opening
/// its line), not a stopword or `unskilled:`, no adverb or gerund.
///
/// Good: "risk" (management), "Embedded" opening a line (software
/// development). Bad: "strong", "our", "career", "Azure" mid-line,
/// "building", "regularly", "Add" opening a line (a duty's verb).
fn is_a_practice_modifier(text: &str, tokens: &[Token], k: usize) -> bool {
    let lx = tailor_lexicon();
    let t = &tokens[k];
    let w = t.lower.as_str();
    let opens_its_line = k == 0
        || line_break(text, &tokens[k - 1], t)
        || tokens[k - 1].kind == Kind::Punct
            && (k == 1 || line_break(text, &tokens[k - 2], &tokens[k - 1]));
    // "- Add security checks": a duty's verb opening its line; a participle
    // is an adjective there ("- Embedded software development").
    let duty = opens_its_line && !w.ends_with("ed") && crate::lexicon::lexicon().verb(w).is_some();
    t.kind == Kind::Word
        && !duty
        && !line_break(text, t, &tokens[k + 1])
        && w.len() >= 3
        && w.bytes().all(|b| b.is_ascii_lowercase())
        && (!t.first_char_upper(text) || opens_its_line && !is_acronym(t.span.of(text)))
        && !lx.stopwords.contains(w)
        && !lx.is_role_word(RoleWord::Unskilled, w)
        && !w.ends_with("ly")
        && !(w.len() > 5 && w.ends_with("ing"))
        // "the team has been reporting to …": an auxiliary, no modifier.
        && !matches!(w, "has" | "have" | "had" | "been" | "was" | "were" | "does" | "did")
}

/// "CA$145,000", "US$90k", "NZ$": a country's letters before a dollar
/// sign are money.
///
/// Good: "CA$145,000". Bad (an acronym): "CA certificates", "AWS $".
fn prefixes_a_currency(tokens: &[Token], i: usize) -> bool {
    tokens
        .get(i + 1)
        .is_some_and(|t| t.is_punct('$') && !t.space_before)
}

/// "20,000 TEU", "an 8-GPU box", "Req #GTM-318": letters after a number
/// (or joined to it by a hyphen) are its unit, and after "#" a reference.
///
/// Good: "20,000 TEU", "8-GPU", "#GTM-318". Bad (an acronym asked for):
/// "SOC 2", "- KYC", "ISO 27001".
fn follows_a_number_or_hash(tokens: &[Token], i: usize) -> bool {
    follows_a_number(tokens, i)
        || i.checked_sub(1).is_some_and(|p| {
            tokens[p].is_punct('#')
                // "five SREs": a count in words.
                || crate::lexicon::lexicon()
                    .number_words
                    .contains(tokens[p].lower.as_str())
        })
}

/// Whether `tokens[i]` comes right after a number, or is joined to one by
/// a hyphen ("20,000 TEU", "8-GPU").
pub(crate) fn follows_a_number(tokens: &[Token], i: usize) -> bool {
    let hyphenated = i >= 2
        && tokens[i - 1].is_punct('-')
        && !tokens[i - 1].space_before
        && !tokens[i].space_before
        && tokens[i - 2].kind == Kind::Number;
    hyphenated
        || i.checked_sub(1)
            .is_some_and(|p| tokens[p].kind == Kind::Number)
}

/// "the DACH region", "APAC time zones", "EMEA markets": letters before a
/// region word name a region.
///
/// Good: "DACH region". Bad (an acronym asked for): "GDPR regulations",
/// "AWS regions" (a known name, never extracted).
fn names_a_region(tokens: &[Token], i: usize) -> bool {
    tokens.get(i + 1).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "region" | "regions" | "market" | "markets" | "timezone" | "timezones"
        ) || t.lower == "time"
            && tokens
                .get(i + 2)
                .is_some_and(|z| z.lower.starts_with("zone"))
    })
}

/// "Boston, MA", "Denver, CO": a two-letter code after a capitalised
/// name and a comma is a state or a country.
///
/// Good: "Boston, MA". Bad (an acronym): "Kafka, ML", "KYC, AML".
fn follows_a_place(text: &str, tokens: &[Token], i: usize) -> bool {
    tokens[i].span.end - tokens[i].span.start == 2 && after_a_place_name(text, tokens, i)
}

/// Whether `tokens[i]` follows an unknown capitalised word and a comma, as
/// a state's or a country's letters follow a city's name.
fn after_a_place_name(text: &str, tokens: &[Token], i: usize) -> bool {
    i >= 2
        && tokens[i - 1].is_punct(',')
        && tokens[i - 2].kind == Kind::Word
        && tokens[i - 2].first_char_upper(text)
        && !is_acronym(tokens[i - 2].span.of(text))
        && tailor_lexicon()
            .forms
            .match_word(&tokens[i - 2].lower)
            .is_none()
}

/// "Austin, TX", or any word of a shouted title line ("LANTERN STACK —
/// SYDNEY, NSW"): a name that may be a place's part vouches for no list.
pub(crate) fn may_name_a_place(text: &str, tokens: &[Token], i: usize) -> bool {
    let t = &tokens[i];
    let place = t.span.end - t.span.start <= 3 && after_a_place_name(text, tokens, i);
    place || on_a_short_shouted_line(text, t.span.start)
}

/// Whether the line around `at` is a shouted heading. A line longer than a
/// heading is none, so a one-line paste of thousands of names is not
/// scanned again for each of them.
fn on_a_short_shouted_line(text: &str, at: usize) -> bool {
    const HEADING: usize = 200;
    let bytes = text.as_bytes();
    let back = at.saturating_sub(HEADING);
    let from = match bytes[back..at].iter().rposition(|&b| b == b'\n') {
        Some(p) => back + p + 1,
        None if back == 0 => 0,
        None => return false,
    };
    let ahead = (at + HEADING).min(text.len());
    let to = match bytes[at..ahead].iter().position(|&b| b == b'\n') {
        Some(p) => at + p,
        None if ahead == text.len() => text.len(),
        None => return false,
    };
    is_a_shouted_heading(&text[from..to])
}

/// "QA analyst", "SRE team", "IT department", "SDE II": an acronym before
/// a role or team noun or a level names who someone is, not a skill asked
/// for.
///
/// Good: "one QA analyst", "mentor SDE I and SDE II engineers", "the SRE
/// チーム". Bad (a skill): "QA automation", "KYC checks".
fn names_a_role(tokens: &[Token], i: usize) -> bool {
    tokens.get(i + 1).is_some_and(|n| {
        matches!(n.lower.as_str(), "i" | "ii" | "iii" | "iv")
            || matches!(
                n.lower.as_str(),
                "analyst"
                    | "analysts"
                    | "manager"
                    | "managers"
                    | "lead"
                    | "leads"
                    | "director"
                    | "team"
                    | "teams"
                    | "org"
                    | "department"
                    | "specialist"
                    | "specialists"
                    | "representative"
                    | "coordinator"
                    | "partner"
                    | "partners"
                    | "engineer"
                    | "engineers"
                    | "scientist"
                    | "scientists"
            )
            // A team word of `jd_roles.txt` in a script without case ("SRE
            // チーム"); not "the DXP platform", "our MDM core" (products).
            || n.is_caseless()
                && super::data::tailor_lexicon()
                    .is_role_word(super::data::RoleWord::Team, &n.lower)
    })
}

/// "AWS 5+ years": the number is the years, not part of the name.
fn years_follow(tokens: &[Token], at: usize) -> bool {
    tokens[at + 1..]
        .iter()
        .take(3)
        .any(|t| matches!(t.lower.as_str(), "years" | "year" | "yrs" | "+"))
}

/// Words that end a cued list's item and the list: punctuation ending a
/// clause.
fn ends_list(t: &Token) -> bool {
    t.kind == Kind::Punct && matches!(t.lower.as_str(), "." | ";" | ":" | ")" | "!" | "?" | "(")
}

fn separates_items(t: &Token) -> bool {
    match t.kind {
        Kind::Punct => matches!(t.lower.as_str(), "," | "/" | "&"),
        Kind::Word => matches!(t.lower.as_str(), "and" | "or"),
        Kind::Number => false,
    }
}

/// Whether a word is a known verb's -ing form: "building", "using"
/// (use), "running" (run).
///
/// Good: "building", "using", "moving", "running". Bad: "string", "tracing"
/// (no verb "trac"), "thing".
pub(crate) fn is_a_gerund(lower: &str) -> bool {
    let verb = |w: &str| crate::lexicon::lexicon().verb(w).is_some();
    let Some(base) = lower.strip_suffix("ing").filter(|b| b.len() >= 2) else {
        return false;
    };
    // ASCII only: a byte-wise double in "CO₂ing" is inside one character.
    let doubled = base.is_ascii()
        && base.len() >= 3
        && base.as_bytes()[base.len() - 1] == base.as_bytes()[base.len() - 2];
    verb(base) || verb(&format!("{base}e")) || doubled && verb(&base[..base.len() - 1])
}

/// "building pipelines for the team", "using our tool", "moving from
/// Oracle": an item led by a verb's -ing form that a clause word cuts short
/// is a clause, not a name. Between separators it is a name ("monitoring,
/// logging and alerting", "handling conflict and giving feedback").
///
/// Good: "using" before "our", "owning features" before "from", "arguing
/// kindly" (a manner). Bad (a name): "distributed tracing", "monitoring"
/// before ",", "handling conflict" before "and".
fn led_by_a_gerund(text: &str, words: &[Token], next: Option<&Token>) -> bool {
    let last = &words[words.len() - 1];
    // "arguing kindly", "communicating clearly": an -ing word and its
    // manner (not a noun in -ly: "string assembly", "timing anomaly").
    let manner = words.len() == 2
        && words[0].lower.len() >= 6
        && words[0].lower.ends_with("ing")
        && last.lower.len() >= 5
        && last.lower.ends_with("ly")
        && !matches!(
            last.lower.as_str(),
            "assembly" | "anomaly" | "family" | "supply"
        );
    manner
        || is_a_gerund(&words[0].lower)
            && next.is_some_and(|t| {
                t.kind == Kind::Word && !separates_items(t) && !line_break(text, last, t)
            })
}

/// "Stay hands-on: write production code, take on the hard bugs": after a
/// label, an item led by a verb is a duty, not a term.
fn is_a_verb(t: &Token) -> bool {
    crate::lexicon::lexicon().verb(&t.lower).is_some()
}

/// "paused and crashed processes": an unknown item that is a verb's past
/// form alone, in lowercase, says what happened to a thing, no skill.
/// With a noun it may be a term ("sealed classes", "inverted indexes").
///
/// Good: "paused". Bad: "clock skew", "Dockerized", "speed", "sealed
/// classes", "tested" (known).
fn says_what_happened(text: &str, words: &[Token]) -> bool {
    let [first] = words else {
        // "sealed classes", "inverted indexes": terms.
        return false;
    };
    // Not "speed", "feed": "-eed" is no past form.
    first.lower.len() > 4
        && first.lower.ends_with("ed")
        && !first.lower.ends_with("eed")
        && !first.first_char_upper(text)
        && tailor_lexicon().concept_at(words, 0, text).is_none()
}

/// "PostgreSQL, accessed through SQLx", "Kafka, deployed on Kubernetes": a
/// verb's past form and a preposition open a phrase about the item before;
/// the item is what follows them.
///
/// Good: "accessed through SQLx", "deployed on Kubernetes", "written in
/// Go". Bad (an item): "distributed systems", "managed services",
/// "embedded Linux".
fn opens_a_participle_phrase(words: &[Token]) -> bool {
    let [verb, preposition, ..] = words else {
        return false;
    };
    // "accessed" is in no verb list: a past form by its ending too.
    let past = verb.lower.len() > 4 && verb.lower.ends_with("ed")
        || crate::lexicon::lexicon()
            .verb(&verb.lower)
            .is_some_and(|v| v.tense != crate::lexicon::Tense::Present);
    past && matches!(
        preposition.lower.as_str(),
        "through"
            | "on"
            | "in"
            | "with"
            | "by"
            | "via"
            | "into"
            | "onto"
            | "across"
            | "over"
            | "from"
            | "to"
            | "at"
    )
}

/// "including the ones that fail", "a former litigator who …": an item
/// after an article with no capital in it is a phrase of the sentence, not
/// a name. With a capital it may be one ("the AWS CDK").
///
/// Good: "the ones", "a self-hosted check system". Bad (a name): "the JVM".
fn is_a_described_thing(article: bool, words: &[Token], text: &str) -> bool {
    article
        && !words
            .iter()
            .any(|w| w.span.of(text).chars().any(char::is_uppercase))
}

/// "If you like owning features", "we'd like": "like" after a person or a
/// modal is a verb, not a list's cue.
///
/// Good: "you like", "would like". Bad (a cue): "tools like Bazel".
fn likes_something(tokens: &[Token], i: usize) -> bool {
    tokens[i].lower == "like"
        && i > 0
        && matches!(
            tokens[i - 1].lower.as_str(),
            "you"
                | "we"
                | "i"
                | "they"
                | "would"
                | "we'd"
                | "i'd"
                | "you'd"
                | "they'd"
                | "we’d"
                | "i’d"
                | "you’d"
                | "they’d"
                | "really"
                | "also"
                | "who"
                | "people"
        )
}

/// A copula or an auxiliary after an item makes it a clause's subject:
/// "(bulk grade import is always risky)", "(the on-call load has halved)".
///
/// Good: "is", "has", "will". Bad (an item's end): ",", "with", "and".
fn opens_a_predicate(next: Option<&Token>) -> bool {
    next.is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "is" | "are"
                | "was"
                | "were"
                | "has"
                | "have"
                | "had"
                | "can"
                | "will"
                | "would"
                | "should"
                | "must"
                | "does"
                | "do"
        )
    })
}

/// A lone lowercase word before "to" is an adjective opening a clause
/// ("ambiguity and happy to wear many hats"), not an item.
///
/// Good: "happy to", "eager to". Bad (an item): "Kafka to", "ledgers".
fn opens_an_infinitive(text: &str, words: &[Token], next: Option<&Token>) -> bool {
    words.len() == 1 && !words[0].first_char_upper(text) && next.is_some_and(|t| t.lower == "to")
}

/// "peak periods like Black Friday": an item cut short by a capitalised
/// stopword is part of a name (a day, a month, a place's word).
///
/// Good: "Black" before "Friday". Bad: "Kafka" before "in".
fn runs_into_a_name(text: &str, last: &Token, next: Option<&Token>) -> bool {
    next.is_some_and(|t| {
        t.kind == Kind::Word
            && !line_break(text, last, t)
            && t.first_char_upper(text)
            && tailor_lexicon().stopwords.contains(t.lower.as_str())
            && !separates_items(t)
    })
}

/// A word that turns a list into a clause: "knowledge of how the
/// internet works", "experience with what we build".
///
/// Good: "how", "we", "to". Bad (a qualifier to skip): "the", "strong", "modern".
fn starts_a_clause(t: &Token) -> bool {
    matches!(
        t.lower.as_str(),
        "how"
            | "what"
            | "why"
            | "who"
            | "where"
            | "when"
            | "which"
            | "that"
            | "we"
            | "you"
            | "our"
            | "your"
            | "they"
            | "it"
            | "its"
            | "this"
            | "these"
            | "those"
            | "if"
            | "to"
            | "is"
            | "are"
            | "will"
            | "be"
            | "in"
            | "on"
            | "for"
            | "with"
            | "of"
            | "from"
            | "by"
            | "as"
            | "at"
            | "not"
            | "no"
            | "but"
            | "than"
            | "rather"
            | "because"
            | "so"
            | "while"
            | "although"
            | "unless"
            | "since"
            | "whether"
            | "whatever"
    )
}

/// "(four iOS, two Android)": a count before a name counts people, not a
/// term asked for.
///
/// Good: "four iOS", "two Android". Bad (a term): "iOS", "Two-phase commit".
fn counts_people(words: &[Token]) -> bool {
    words.len() >= 2
        && crate::lexicon::lexicon()
            .number_words
            .contains(words[0].lower.as_str())
}

/// "(around 60 clusters)", "(2 engineers today)": lowercase words with a
/// number among them say how many, not what is asked for.
///
/// Good: "around 60 clusters". Bad (a term): "ISO 27001", "Java 17", "HTTP/2".
fn is_a_quantity(text: &str, words: &[Token]) -> bool {
    let item = words[0].span.cover(words[words.len() - 1].span).of(text);
    words.iter().any(|w| w.kind == Kind::Number) && !item.contains(|c: char| c.is_uppercase())
}

/// A season after a word of when, in lowercase: a time of year, no term.
///
/// Good: "late spring", "next winter". Bad: "Spring" (the framework),
/// "spring boot", "spring" alone in a list of frameworks.
fn names_a_season(when: &Token, word: &Token, text: &str) -> bool {
    matches!(
        when.lower.as_str(),
        "late" | "early" | "mid" | "next" | "last" | "this" | "every"
    ) && matches!(
        word.lower.as_str(),
        "spring" | "summer" | "autumn" | "winter"
    ) && word
        .span
        .of(text)
        .starts_with(|c: char| c.is_ascii_lowercase())
}

/// The items of every cued list (`jd_list_cues.txt`) outside `skipped`
/// parts: up to three words each, led by no stopword or gerund, and no
/// generic noun alone ("tools", `jd_generic.txt`). A stopword ends the list:
/// "experience with Kafka in production" lists Kafka only.
pub fn cued_items(
    text: &str,
    tokens: &[Token],
    skipped: &dyn Fn(&Token) -> bool,
) -> Vec<Extracted> {
    let lx = tailor_lexicon();
    let mut out = Vec::new();
    let mut i = 0;
    let mut in_a_list_item = false;
    while i < tokens.len() {
        let labelled = labels_a_list(text, tokens, i);
        let bullet = marks_a_list_item(text, tokens, i);
        let cue = if tokens[i].is_punct('(') || labelled {
            Some(1)
        } else if let Some(n) = bullet {
            Some(n)
        } else if likes_something(tokens, i) {
            None
        } else {
            lx.list_cues.match_at(tokens, i).map(|(n, _)| n)
        };
        // Whether this token's line is a list item, found once a line.
        if i == 0 || line_break(text, &tokens[i - 1], &tokens[i]) {
            in_a_list_item = marks_a_list_item(text, tokens, i).is_some();
        }
        let sibling = cue.is_none() && opens_a_plain_list(text, tokens, i, in_a_list_item);
        let cue = cue.or(sibling.then_some(0));
        let Some(n) = cue.filter(|_| !skipped(&tokens[i])) else {
            i += 1;
            continue;
        };
        let mut j = i + n;
        // "(e.g. …", "(such as …": one list.
        let mut bare = (tokens[i].is_punct('(') || sibling).then_some(tokens[i].span.start);
        if let Some((m, _)) = lx.list_cues.match_at(tokens, j) {
            j += m;
            bare = None;
        }
        // "such as:", "e.g.,": the cue's own punctuation.
        while tokens
            .get(j)
            .is_some_and(|t| t.is_punct('.') || t.is_punct(',') || t.is_punct(':'))
        {
            j += 1;
        }
        let mut items = 0;
        let mut all_fit = true;
        let mut people = false;
        let before = out.len();
        'list: while j < tokens.len() && items < 12 {
            // Leading qualifiers ("strong", "the", "modern") are no part of
            // the item; a clause word ("how", "we") ends the list.
            let mut article = false;
            while let Some(t) = tokens.get(j).filter(|t| {
                t.kind == Kind::Word
                    && lx.stopwords.contains(t.lower.as_str())
                    && !starts_a_clause(t)
            }) {
                article |= matches!(t.lower.as_str(), "the" | "a" | "an");
                j += 1;
            }
            if tokens.get(j).is_some_and(starts_a_clause) {
                break 'list;
            }
            // "PostgreSQL, accessed through SQLx": the item is what it is
            // accessed through.
            if opens_a_participle_phrase(&tokens[j..tokens.len().min(j + 2)]) {
                j += 2;
            }
            let start = j;
            // "file formats such as Parquet": the words before a nested
            // cue are the kind of thing, its items are the terms.
            let mut nested = false;
            while let Some(t) = tokens.get(j) {
                // A plain list's item has at most three words: a longer
                // run is no item, and no reason to read on.
                if sibling && j - start > 3 {
                    break;
                }
                if j > start && lx.list_cues.match_at(tokens, j).is_some() {
                    nested = true;
                    break;
                }
                let broken = j > start && line_break(text, &tokens[j - 1], t);
                if broken || separates_items(t) || ends_list(t) || t.kind == Kind::Punct {
                    break;
                }
                if t.kind == Kind::Word && lx.stopwords.contains(t.lower.as_str()) {
                    break;
                }
                j += 1;
            }
            let words = &tokens[start..j];
            let fits = !nested
                && (1..=3).contains(&words.len())
                && words[0].span.start + 1 < words[words.len() - 1].span.end
                && !led_by_a_gerund(text, words, tokens.get(j))
                && !is_a_described_thing(article, words, text)
                && words[0].kind == Kind::Word
                && !counts_people(words)
                && !is_a_quantity(text, words)
                && !words.iter().any(|w| is_an_unspaced_clause(w.span.of(text)))
                && !(words.len() == 1 && lx.generic_items.contains(words[0].lower.as_str()))
                // "their customers": whose, not what ("our" and "your" are
                // stopwords, dropped before an item).
                && !matches!(words[0].lower.as_str(), "their" | "his" | "her" | "my")
                // "with another team": the team word ends the item, and
                // "another" alone names nothing ("another cloud" does).
                && !(words.len() == 1 && words[0].lower.as_str() == "another")
                // "(two)", "two or three": a count, no item.
                && !(words.len() == 1
                    && crate::lexicon::lexicon()
                        .number_words
                        .contains(words[0].lower.as_str()))
                // "(bulk grade import is always risky)": a parenthesis
                // that holds a clause lists nothing.
                && !(tokens[i].is_punct('(') && bare.is_some() && opens_a_predicate(tokens.get(j)))
                && !words.iter().any(skipped)
                && !opens_an_infinitive(text, words, tokens.get(j))
                && !runs_into_a_name(text, &words[words.len() - 1], tokens.get(j))
                // "(late spring produce and the winter vaccine push)": when,
                // not what ("Spring" with its capital is the framework).
                && !words.windows(2).any(|w| names_a_season(&w[0], &w[1], text))
                // "T+0 payouts": a notation glued to its number, no name.
                && !tokens[start + 1..(j + 1).min(tokens.len())]
                    .iter()
                    .any(|n| n.kind == Kind::Number && !n.space_before)
                && !((labelled || bullet.is_some()) && is_a_verb(&words[0]))
                && !says_what_happened(text, words)
                && !is_a_clause_s_words(text, words)
                && !opens_with_a_preposition(words)
                && !(sibling && names_people_or_a_role(&words[words.len() - 1]))
                // "an SRE, production engineering or …": a plain list's
                // item ends at a separator or the list's end, not a word.
                && !(sibling && tokens.get(j).is_some_and(|t| t.kind == Kind::Word && !separates_items(t)));
            // "an SRE, DevOps or production engineering role": each item
            // names the role; "Support Austin, TX and Dallas": places.
            people |= sibling
                && (words.last().is_some_and(names_people_or_a_role)
                    || (start..j).any(|k| may_name_a_place(text, tokens, k)));
            all_fit &= fits;
            if fits {
                out.push(Extracted {
                    span: words[0].span.cover(words[words.len() - 1].span),
                    acronym: false,
                    bare_list: bare,
                    needs_known: sibling,
                    practice: false,
                });
                items += 1;
            }
            // Go on only over a separator on the same line.
            let Some(t) = tokens.get(j) else { break };
            let more = separates_items(t)
                && !line_break(text, &tokens[j - 1], t)
                && tokens
                    .get(j + 1)
                    .is_some_and(|n| !line_break(text, t, n) && !ends_list(n));
            if nested || !fits && words.len() > 3 || !more {
                break 'list;
            }
            j += 1;
            // "and/or", ", and": one separator.
            while tokens.get(j).is_some_and(separates_items) {
                j += 1;
            }
        }
        // A plain list is one only with two items or more, none of them
        // people, a role or a place.
        if sibling && (out.len() - before < 2 || people) {
            out.truncate(before);
        }
        // "Location: remote" labels one thing; "3D math: linear algebra,
        // quaternions" lists.
        if labelled && out.len() - before < 2 {
            out.truncate(before);
        }
        // "- DDoS mitigation", "- EVPN/VXLAN": a bullet that is only its
        // items (and trailing qualifiers: "IPv6 rollout experience"). A
        // sentence ("- Contributions to CNCF projects") lists nothing.
        if bullet.is_some() && (!all_fit || !ends_its_line(text, tokens, j)) {
            out.truncate(before);
            // Its words may hold another cue ("- Experience with …").
            i += 1;
            continue;
        }
        // Nor does a plain list hide a cued one after it ("the bar for API
        // design across teams, including versioning, pagination …").
        if sibling {
            i += 1;
            continue;
        }
        i = j.max(i + 1);
    }
    out
}

/// "u oba smjera", "kui kaardil", "parlat i escrit": an item of more
/// words with a clause's word (`clause:` of jd_roles.txt: an article, a
/// conjunction, a pronoun) written lowercase is a clause's part, no term;
/// a list of one item left is no list ("Täpsus: märkad, kui kaardil …").
///
/// Good: "u oba smjera", "kui kaardil". Bad (an item): "unit tests",
/// "Title VI" (a capital: a name), "Kafka".
fn is_a_clause_s_words(text: &str, words: &[Token]) -> bool {
    let lx = tailor_lexicon();
    words.len() > 1
        && words
            .iter()
            .any(|w| lx.is_role_word(RoleWord::Clause, &w.lower) && !w.first_char_upper(text))
}

/// "through hard technical and personal problems": an item that opens
/// with a preposition is a clause's part, no term.
///
/// Good: "through hard technical", "via Gardenhands". Bad (an item):
/// "hard problems", "Kafka".
fn opens_with_a_preposition(words: &[Token]) -> bool {
    matches!(
        words[0].lower.as_str(),
        "through"
            | "throughout"
            | "via"
            | "within"
            | "around"
            | "toward"
            | "towards"
            | "despite"
            | "during"
            | "among"
            | "beyond"
            | "upon"
            | "between"
            | "against"
    )
}

/// "analysts and business stakeholders", "an SRE, DevOps or production
/// engineering role": a plain list's item that ends in a person or a role
/// names who, not a skill.
///
/// Good: "analysts", "engineering role". Bad (a skill): "widget tests".
fn names_people_or_a_role(last: &Token) -> bool {
    let lx = tailor_lexicon();
    matches!(last.lower.as_str(), "role" | "roles" | "stakeholders")
        || lx.is_role_word(RoleWord::Person, &last.lower)
        || lx.is_role_word(RoleWord::Role, &last.lower)
}

/// Where a list no cue opens may start, in a list item (a requirement or
/// a duty, not the prose about the company): after a verb ("- Write widget
/// tests, integration tests and golden tests"), a preposition ("- design
/// for exactly-once semantics, event-time processing and watermarks") or a
/// colon. Its items are terms only beside a known one.
///
/// Good: "Write" before "widget tests", "about" before "state management",
/// ":" before "CPU pinning". Bad: "the" before "team", a line's first
/// word, "apply for bus passes" in a paragraph.
fn opens_a_plain_list(text: &str, tokens: &[Token], i: usize, in_a_list_item: bool) -> bool {
    let Some(prev) = i.checked_sub(1).map(|p| &tokens[p]) else {
        return false;
    };
    in_a_list_item
        && tokens[i].kind == Kind::Word
        && !line_break(text, prev, &tokens[i])
        && match prev.kind {
            Kind::Punct => prev.is_punct(':'),
            Kind::Word => {
                matches!(
                    prev.lower.as_str(),
                    "for" | "about" | "of" | "with" | "on" | "in" | "across" | "around"
                ) || is_a_verb(prev)
            }
            Kind::Number => false,
        }
}

/// A list item's marker at a line's start ("-", "•", "*", "3.", "2)"):
/// the tokens it takes.
///
/// Good: "- DDoS", "3. Go", "・MVVM". Bad: "a - b", "3.5 years".
fn marks_a_list_item(text: &str, tokens: &[Token], i: usize) -> Option<usize> {
    let at_line_start = i == 0 || line_break(text, &tokens[i - 1], &tokens[i]);
    if !at_line_start {
        return None;
    }
    let t = &tokens[i];
    if t.kind == Kind::Punct
        && matches!(
            t.lower.as_str(),
            "-" | "•" | "*" | "–" | "·" | "▪" | "・" | "･" | "✅" | "👉" | "➕" | "🔹" | "🔸"
        )
    {
        return Some(1);
    }
    let numbered = t.kind == Kind::Number
        && tokens
            .get(i + 1)
            .is_some_and(|p| (p.is_punct('.') || p.is_punct(')')) && !p.space_before)
        && tokens.get(i + 2).is_some_and(|w| w.space_before);
    // "3. Person specification": a numbered section's heading, no item.
    let line_end = text[t.span.start..]
        .find('\n')
        .map_or(text.len(), |e| t.span.start + e);
    let section =
        numbered && super::posting::is_a_numbered_section(text[t.span.start..line_end].trim());
    (numbered && !section).then_some(2)
}

/// Whether only qualifiers ("experience", "skills") are left of the line
/// from `tokens[j]`.
fn ends_its_line(text: &str, tokens: &[Token], j: usize) -> bool {
    let lx = tailor_lexicon();
    for k in j..tokens.len() {
        let t = &tokens[k];
        if k > 0 && line_break(text, &tokens[k - 1], t) {
            return true;
        }
        let qualifier =
            t.kind == Kind::Word && lx.stopwords.contains(t.lower.as_str()) && !starts_a_clause(t);
        let ending = t.kind == Kind::Punct && matches!(t.lower.as_str(), "." | ";" | ",");
        if !(qualifier || ending) {
            return false;
        }
    }
    true
}

/// A colon after a short label at a line's start ("Solid 3D math: linear
/// algebra, quaternions", "- Observability: metrics, logs and traces"):
/// what follows is a list, kept when it has two items or more.
///
/// Good: "- Observability: metrics". Bad: "We ship weekly: on Tuesdays",
/// "https:".
fn labels_a_list(text: &str, tokens: &[Token], i: usize) -> bool {
    if !tokens[i].is_punct(':') || tokens.get(i + 1).is_some_and(|n| !n.space_before) {
        return false;
    }
    // A label is a marker and at most four words at the line's start: look
    // no further back (a line of thousands of colons stays linear).
    let mut k = i;
    while k > 0 && !line_break(text, &tokens[k - 1], &tokens[k]) {
        if i - k >= 6 {
            return false;
        }
        k -= 1;
    }
    // Past a list marker: "-", "•", "3.", "2)".
    let mut from = k;
    if tokens[from].kind == Kind::Punct {
        from += 1;
    } else if tokens[from].kind == Kind::Number
        && tokens
            .get(from + 1)
            .is_some_and(|t| t.is_punct('.') || t.is_punct(')'))
    {
        from += 2;
    }
    let label = &tokens[from.min(i)..i];
    (1..=4).contains(&label.len()) && label.iter().all(|t| t.kind != Kind::Punct)
}

/// "our in-house tool Anvil", "a system called CLAIMS-ONE": a name the
/// employer gives its own tool, wherever the posting says it.
///
/// Good: "in-house tool Anvil", "application called Workbench", "RateDesk,
/// our quoting engine". Bad (a name asked for): "tools like Bazel", "using
/// Terraform", "Temporal, or".
fn is_named_in_house(tokens: &[Token], i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).map(|p| &tokens[p]) else {
        return false;
    };
    let called = matches!(
        prev.lower.as_str(),
        "called" | "named" | "codenamed" | "dubbed"
    );
    let own_tool = matches!(
        prev.lower.as_str(),
        "tool" | "system" | "platform" | "framework" | "service" | "engine"
    ) && tokens[i.saturating_sub(4)..i - 1].iter().any(|t| {
        matches!(
            t.lower.as_str(),
            "in-house" | "internal" | "homegrown" | "home-grown" | "proprietary" | "our"
        )
    });
    // "RateDesk, our quoting engine": a name the next words say is theirs.
    let theirs = tokens.get(i + 1).is_some_and(|c| c.is_punct(','))
        && tokens.get(i + 2).is_some_and(|o| o.lower == "our");
    called || own_tool || theirs
}

/// Capitalised words of the parts that name no requirement (about us, the
/// header line, boilerplate) that the lexicon does not know: the
/// employer's and its products' names ("Tessellate", "DockPilot"). A name
/// or a list item written with one of them is no skill.
pub fn house_names(
    text: &str,
    tokens: &[Token],
    skipped: &dyn Fn(&Token) -> bool,
    known: &dyn Fn(usize) -> bool,
) -> FastSet<String> {
    let lx = tailor_lexicon();
    let mut out = FastSet::default();
    for (i, t) in tokens.iter().enumerate() {
        let sentence_start = i == 0
            || tokens[i - 1].kind == Kind::Punct
                && matches!(tokens[i - 1].lower.as_str(), "." | "!" | "?" | ":")
            || line_break(text, &tokens[i - 1], t);
        let name = t.kind == Kind::Word
            && t.first_char_upper(text)
            && (skipped(t) && !sentence_start || is_named_in_house(tokens, i))
            && !lx.stopwords.contains(t.lower.as_str())
            && !known(i);
        if name {
            out.insert(t.lower.to_string());
        }
    }
    out
}

/// The most words a run-in head has ("Data modelling", "Aiki ba tare da
/// intanet ba", working offline in Hausa); a longer one is a sentence that
/// happens to hold a colon.
const RUN_IN_HEAD_WORDS: usize = 6;

/// The fewest words after a run-in head's colon: a description ("design
/// the schemas with the analysts"), not a field's value ("Kochi", "3-5
/// years", "Cadre du secteur privé"). One word fewer is enough beside a
/// line that has them ("Code review: read your colleagues' pull requests").
const RUN_IN_DESCRIPTION_WORDS: usize = 5;

/// A line's run-in head, as a list of skills heads its items in any
/// language: "- Data modelling: design the warehouse's schemas", "•
/// **Incident response**: lead the call and write the review". Where it
/// is in `line`, list marker and emphasis aside; its description is words,
/// not a list ("Stack: Go, Kafka, Postgres" labels a list, read by
/// [`labels_a_list`]).
///
/// Good: "- Data modelling: design schemas with the analysts", "Load
/// testing: write k6 scenarios for every release". Bad: "Location:
/// Kochi" (a field's value), "Stack: Go, Kafka, Postgres, Redis", "We
/// ship weekly: on Tuesdays and Fridays" (a sentence), "Day 1: meet the
/// team" (a step), "our team: five people who care".
pub(super) fn run_in_head(line: &str) -> Option<Span> {
    described_head(line)
        .filter(|&(_, words)| words >= RUN_IN_DESCRIPTION_WORDS)
        .map(|(span, _)| span)
}

/// A line's run-in head ([`run_in_head`]) and how many words describe it,
/// one fewer than a head needs alone or more.
fn described_head(line: &str) -> Option<(Span, usize)> {
    let item = list_item_text(line).unwrap_or(line);
    let item_at = item.as_ptr() as usize - line.as_ptr() as usize;
    let colon = item
        .char_indices()
        .take(80)
        .find(|&(_, c)| c == ':' || c == '：')?
        .0;
    let colon_len = item[colon..].chars().next()?.len_utf8();
    let rest = item[colon + colon_len..].trim_start_matches(['*', '_']);
    if !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let marks: &[char] = &['*', '_', ' ', '\t'];
    let head = item[..colon].trim_end_matches(marks);
    let lead = head.len() - head.trim_start_matches(marks).len();
    let head = &head[lead..];
    let words: Vec<&str> = head.split_whitespace().collect();
    let words_ok = (1..=RUN_IN_HEAD_WORDS).contains(&words.len())
        && words.iter().all(|w| w.chars().any(char::is_alphabetic))
        && !head.contains(|c: char| {
            ",;()[]?!\"“”#@\\|<>=".contains(c) || c.is_ascii_digit() && words.len() == 1
        })
        && !head.starts_with(char::is_lowercase);
    // Words of letters: a fingerprint's "6D2E C47B" is no description.
    let description = rest
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic) && !w.contains(|c: char| c.is_ascii_digit()))
        .count();
    let commas = rest.matches([',', '،', '、', '，']).count();
    let described = description + 1 >= RUN_IN_DESCRIPTION_WORDS
        && commas * 3 < description
        // A question is a transcript's ("Maya: Is on-call part of it?").
        && !rest.trim_end().ends_with('?')
        // A wide gap is a row of fields ("Secondment: Yes, 12 months
        // 312 views").
        && !rest.trim().contains("  ")
        && !rest.contains('\t');
    (words_ok && described).then(|| {
        let start = item_at + lead;
        (Span::new(start, start + head.len()), description)
    })
}

/// English function words: a line with two of them after its head says
/// it in English.
const ENGLISH_FUNCTION_WORDS: [&str; 16] = [
    "the", "and", "with", "our", "you", "your", "we", "of", "to", "for", "in", "a", "is", "are",
    "on", "who",
];

/// Function words other languages write as often: Turkmen's "we" (and),
/// Igbo's and Portuguese's "a". Alone they say nothing of a line's
/// language.
const SHARED_FUNCTION_WORDS: [&str; 2] = ["we", "a"];

/// Whether `said` (a run-in head's description) is English: two different
/// English function words, one of them not shared ([`SHARED_FUNCTION_WORDS`]).
///
/// Good: "our headquarters in Kreuzberg, with about sixty people", "head
/// of platform in Berlin since 2019". Bad: "gina sababbin fasaloli tun
/// daga zane har zuwa Play Store", "ವಿಶ್ಲೇಷಕರ ಜೊತೆ ಸ್ಕೀಮಾ ವಿನ್ಯಾಸ", Turkmen
/// "maglumatlary arassalamak we barlamak we ýazmak" ("we" twice), Igbo "a
/// na-ede koodu a kwa ụbọchị".
fn says_it_in_english(said: &str) -> bool {
    let mut found = [false; ENGLISH_FUNCTION_WORDS.len()];
    // Words whole, letters of any script in them: "üçin" holds no "in".
    for w in said.split(|c: char| !c.is_alphabetic()) {
        if let Some(k) = ENGLISH_FUNCTION_WORDS
            .iter()
            .position(|f| w.eq_ignore_ascii_case(f))
        {
            found[k] = true;
        }
    }
    let distinct = found.iter().filter(|&&f| f).count();
    let english_alone = ENGLISH_FUNCTION_WORDS
        .iter()
        .zip(found)
        .any(|(w, f)| f && !SHARED_FUNCTION_WORDS.contains(w));
    distinct >= 2 && english_alone
}

/// Whether a run-in head names a skill rather than a part, a step or a
/// duty: no part's label ("Benefits", "Requirements"), no opening stopword
/// ("Our stack", "The team") or role word, no duty's imperative ("Own the
/// roadmap") or done thing ("Fixed"), no generic noun alone
/// ("Experience").
fn heads_a_skill(head: &str, tokens: &[Token], text: &str) -> bool {
    let lx = tailor_lexicon();
    let Some(first) = tokens.first() else {
        return false;
    };
    let generic = tokens
        .iter()
        .all(|t| lx.generic_items.contains(t.lower.as_str()));
    let steps = tokens
        .iter()
        .any(|t| t.kind == Kind::Number && !t.first_char_upper(text));
    let clause = tokens.iter().any(|t| {
        [
            RoleWord::Clause,
            RoleWord::Negation,
            RoleWord::Person,
            RoleWord::Role,
        ]
        .into_iter()
        .any(|k| lx.is_role_word(k, &t.lower))
    });
    // "Own the roadmap: …" is a duty; "Fixed: …", "Posted: …" a log's or
    // a page's field. "Monitoring: …" and "Design: …" are practices.
    let verb = crate::lexicon::lexicon().verb(&first.lower);
    // An imperative takes an object ("the", "our"); "Load testing" and
    // "Design reviews" are names of practices.
    let imperative = tokens
        .get(1)
        .is_some_and(|second| lx.stopwords.contains(second.lower.as_str()))
        && verb.is_some_and(|v| v.lemma == first.lower.as_str());
    let done = tokens.len() == 1
        && verb.is_some_and(|v| v.lemma != first.lower.as_str() && first.lower.ends_with("ed"));
    !(generic
        || steps
        || clause
        || imperative
        || done
        || lx.stopwords.contains(first.lower.as_str())
        || super::posting::labels_a_part(head))
}

/// The run-in heads of a list of skills ([`run_in_head`]) outside
/// `skipped` parts: each beside another such item, so a lone "Note: …"
/// or a field among fields is none. A term of its own, in whatever
/// language the list is written.
pub fn run_in_heads(
    text: &str,
    tokens: &[Token],
    skipped: &dyn Fn(&Token) -> bool,
) -> Vec<Extracted> {
    // Each non-blank line's head of a skill, in order, and whether its
    // description is long enough alone.
    let mut heads: Vec<Option<(Span, bool)>> = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if !line.trim().is_empty() {
            let head = described_head(line).and_then(|(s, described)| {
                let span = Span::new(at + s.start, at + s.end);
                let from = tokens.partition_point(|t| t.span.start < span.start);
                let to = tokens.partition_point(|t| t.span.end <= span.end);
                let words = &tokens[from..to.max(from)];
                let alone = described >= RUN_IN_DESCRIPTION_WORDS;
                // A skipped line's head is no neighbour ("Note: …" beside
                // a skipped "Important: …"); an English line's head is
                // read by the lexicon, where it names a skill at all
                // ("Berlin: our headquarters in Kreuzberg", "Priya Shah:
                // leads the platform group").
                let english = says_it_in_english(&line[s.end..]);
                (heads_a_skill(span.of(text), words, text) && !skipped(&words[0]) && !english)
                    .then_some((span, alone))
            });
            heads.push(head);
        }
        at += line.len();
    }
    // A head said twice is a speaker's name ("Maya: …", "Tom: …", "Maya:
    // …"): a list names each skill once.
    // Counted once: a chat log of thousands of lines stays linear.
    let mut said: FastMap<&str, usize> = FastMap::default();
    for (span, _) in heads.iter().flatten() {
        *said.entry(span.of(text)).or_default() += 1;
    }
    let said_again = |span: Span| said.get(span.of(text)).is_some_and(|&n| n > 1);
    let mut out = Vec::new();
    for (k, head) in heads.iter().enumerate() {
        let Some((span, alone)) = *head else {
            continue;
        };
        let before = k.checked_sub(1).and_then(|p| heads[p]);
        let after = heads.get(k + 1).copied().flatten();
        let beside = before.is_some() || after.is_some();
        let described = alone || [before, after].iter().flatten().any(|h| h.1);
        if !beside || !described || said_again(span) {
            continue;
        }
        out.push(Extracted {
            span,
            acronym: false,
            bare_list: None,
            needs_known: false,
            practice: false,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn toks(s: &str) -> Vec<Token> {
        tokenize(s, &[Span::new(0, s.len())])
    }

    fn cued(s: &str) -> Vec<&str> {
        cued_items(s, &toks(s), &|_| false)
            .iter()
            .map(|e| e.span.of(s))
            .collect()
    }

    #[test]
    fn an_item_opening_with_a_preposition_is_no_term() {
        assert!(opens_with_a_preposition(&toks("through hard technical")));
        assert!(!opens_with_a_preposition(&toks("hard problems")));
        let coach = "- Coach engineers through hard technical and personal problems\n";
        assert!(
            !cued(coach).iter().any(|i| i.contains("through")),
            "{:?}",
            cued(coach)
        );
    }

    #[test]
    fn a_gerund_and_its_manner_is_no_term() {
        let said = "- You enjoy working closely with designers in Figma, and arguing kindly\n";
        assert!(!cued(said).contains(&"arguing kindly"), "{:?}", cued(said));
        assert!(!led_by_a_gerund(said, &toks("distributed tracing"), None));
        assert!(!led_by_a_gerund(said, &toks("string assembly"), None));
    }

    #[test]
    fn an_item_with_a_clause_s_word_is_no_term() {
        for clause in ["u oba smjera", "kui kaardil", "parlat i escrit"] {
            assert!(is_a_clause_s_words(clause, &toks(clause)), "{clause}");
        }
        for item in ["unit tests", "Kafka", "Title VI"] {
            assert!(!is_a_clause_s_words(item, &toks(item)), "{item}");
        }
        // One item left of the label's list is no list.
        assert_eq!(
            cued("- Täpsus: märkad, kui kaardil on palgivirn vales kohas.\n"),
            Vec::<&str>::new()
        );
        assert_eq!(
            cued("- 3D math: linear algebra, quaternions\n"),
            ["linear algebra", "quaternions"]
        );
    }

    #[test]
    fn a_notation_glued_to_its_number_is_no_term() {
        let said = "- Lead design, e.g. instant settlement on UPI and T+0 payouts\n";
        assert!(
            !cued(said).iter().any(|i| i.contains('T')),
            "{:?}",
            cued(said)
        );
        assert!(
            cued(said).contains(&"instant settlement"),
            "{:?}",
            cued(said)
        );
        let when =
            "- Load testing before peak season (late spring produce and the winter vaccine push)\n";
        assert!(
            !cued(when).iter().any(|i| i.contains("spring")),
            "{:?}",
            cued(when)
        );
        // A framework written in lowercase is no season.
        let frameworks = "- frameworks such as spring boot, hibernate and quarkus\n";
        assert!(
            cued(frameworks).contains(&"spring boot"),
            "{:?}",
            cued(frameworks)
        );
        // An item at the text's very end.
        assert_eq!(cued("build tools such as Bazel"), ["Bazel"]);
    }

    fn acros(s: &str) -> Vec<&str> {
        acronyms(s, &toks(s), &|_| false)
            .iter()
            .map(|e| e.span.of(s))
            .collect()
    }

    fn practices(s: &str) -> Vec<&str> {
        practice_phrases(s, &toks(s), &|_| false)
            .iter()
            .map(|e| e.span.of(s))
            .collect()
    }

    #[test]
    fn a_practice_s_phrase_is_a_term() {
        assert_eq!(
            practices("- Experience in risk management and supplier management\n- Embedded software development\n- Load testing with k6\n- Write schema migrations and run error analysis\n"),
            ["risk management", "supplier management", "Embedded software development", "schema migrations", "error analysis"]
        );
        // People, a team, a benefit, a broad field, a verb's object, a
        // compound's part, a title: no practice asked for.
        for none in [
            "- Add security checks in CI",
            "Work with our security team and support engineers",
            "Career development and a relocation support package",
            "Strong software development skills",
            "You will follow change management and still answer support tickets",
            "A 30-minute troubleshooting call",
            "Head of Risk Management",
            // Thirtieth session: an auxiliary, a verb's third person.
            "The team has been reporting to the Director since March",
            "Performs vulnerability scanning, analyzes results and coordinates remediation",
        ] {
            assert_eq!(practices(none), Vec::<&str>::new(), "{none}");
        }
    }

    #[test]
    fn a_noun_phrase_opens_after_a_stopword_or_a_mark() {
        let t = toks("Experience in risk management; follow change management");
        assert!(opens_a_noun_phrase(
            "Experience in risk management; follow change management",
            &t,
            2
        ));
        let change = t.iter().position(|w| w.lower == "change").unwrap();
        assert!(!opens_a_noun_phrase(
            "Experience in risk management; follow change management",
            &t,
            change
        ));
    }

    #[test]
    fn a_participle_phrase_is_no_item() {
        for good in [
            "accessed through SQLx",
            "deployed on Kubernetes",
            "written in Go",
        ] {
            assert!(opens_a_participle_phrase(&toks(good)), "{good}");
        }
        for bad in [
            "distributed systems",
            "managed services",
            "embedded Linux",
            "SQLx",
        ] {
            assert!(!opens_a_participle_phrase(&toks(bad)), "{bad}");
        }
        assert_eq!(
            cued("Experience with PostgreSQL, accessed through SQLx, and Redis."),
            ["PostgreSQL", "SQLx", "Redis"]
        );
    }

    #[test]
    fn acronyms_are_capitals_not_names() {
        for good in ["KYC", "AML", "HSMs", "PCI-DSS", "ISO", "MPI", "HL7"] {
            assert!(is_acronym(good), "{good}");
        }
        for bad in ["Go", "I", "A1", "S3", "OAuth", "Kafka", "gRPC", "PCI-"] {
            assert!(!is_acronym(bad), "{bad}");
        }
    }

    #[test]
    fn a_unit_a_reference_and_colleagues_are_no_acronyms() {
        assert_eq!(
            acros("Ships of 20,000 TEU, Req #GTM-318, five ML engineers; know KYC and SOC 2."),
            ["KYC", "SOC 2"]
        );
        assert_eq!(
            acros("Trained on an 8-GPU box; ISO-27001 and KYC"),
            ["ISO-27001", "KYC"]
        );
    }

    #[test]
    fn a_numbered_shouted_section_is_a_heading() {
        assert!(acros("2. PURPOSE OF THE ROLE\n4. PERSON SPECIFICATION\nKnow PKI.").eq(&["PKI"]));
        assert_eq!(
            acros("1. AWS CDK\n2. SOC 2, PCI DSS"),
            ["AWS CDK", "SOC 2", "PCI DSS"]
        );
        assert!(acros("3. DODD 8570 IAT LEVEL II CERTIFICATION").contains(&"DODD 8570"));
    }

    #[test]
    fn a_currency_is_no_acronym() {
        assert_eq!(
            acros("Pay: CA$145,000–170,000 and US$ options. PKI and CA rotation."),
            ["PKI", "CA"]
        );
    }

    #[test]
    fn acronyms_join_a_number_or_another_acronym() {
        assert_eq!(
            acros("Know PCI DSS, SOC 2 and ISO 20022; KYC/AML checks over NFS. AZ-400."),
            [
                "PCI DSS",
                "SOC 2",
                "ISO 20022",
                "KYC",
                "AML",
                "NFS",
                "AZ-400"
            ]
        );
        // Stopwords, shouted headings and years are no part of it; nor
        // are places and roles.
        assert_eq!(
            acros("Remote (US or EU). AWS 5+ years.\nWHAT YOU'LL DO\n- SOC 2, HIPAA\n"),
            ["AWS", "SOC 2", "HIPAA"]
        );
        assert_eq!(
            acros("Boston, MA. Kafka, ML. One QA analyst; QA automation."),
            ["ML", "QA"]
        );
        // A stopword's plural: "CTOs".
        assert_eq!(acros("Demo to CTOs and VPs. Know SAML."), ["SAML"]);
        // A shouted title line; a company's legal form; a plus on the name.
        assert_eq!(
            acros("LANTERN STACK — SYDNEY, NSW (HYBRID) + SUPER\nTonal Labs AB. TLA+ specs."),
            ["TLA+"]
        );
    }

    #[test]
    fn a_count_of_people_is_no_item() {
        assert_eq!(
            cued("Six engineers (four iOS, two Android) and a QA (LoRA). Run Postgres (around 60 clusters, ISO 27001)."),
            ["LoRA", "ISO 27001"]
        );
    }

    #[test]
    fn a_plain_list_opens_after_a_verb_a_preposition_or_a_colon_in_a_list_item() {
        let at = |s: &str, word: &str| {
            let t = toks(s);
            let i = t.iter().position(|t| t.span.of(s) == word).unwrap();
            let mut k = i;
            while k > 0 && !line_break(s, &t[k - 1], &t[k]) {
                k -= 1;
            }
            opens_a_plain_list(s, &t, i, marks_a_list_item(s, &t, k).is_some())
        };
        assert!(at("- Write widget tests, golden tests", "widget"));
        assert!(at("3. Comfort with concurrency, atomics", "concurrency"));
        assert!(at("• Linux tuning: CPU pinning, huge pages", "CPU"));
        // Not in prose, not a line's first word, not after an article.
        assert!(!at("Residents apply for bus passes, council tax.", "bus"));
        assert!(!at("- Write tests\nwidget tests, golden tests", "widget"));
        assert!(!at("- Partner with the analysts", "analysts"));
    }

    #[test]
    fn a_plain_lists_items_are_whole_and_no_people() {
        assert!(names_people_or_a_role(&toks("analysts")[0]));
        assert!(names_people_or_a_role(&toks("role")[0]));
        assert!(!names_people_or_a_role(&toks("tests")[0]));
        // Items run to a separator; the role at the end makes it a list of roles.
        assert_eq!(
            cued("- Write widget tests, golden tests and snapshot tests"),
            ["widget tests", "golden tests", "snapshot tests"]
        );
        assert!(
            cued("- 3+ years in an SRE, production engineering or infrastructure role").is_empty()
        );
        assert!(cued("- Partner with analysts and business stakeholders").is_empty());
    }

    #[test]
    fn counts_possessives_and_clauses_are_no_items() {
        assert!(cued("Lead two engineering managers (two) and hire.").is_empty());
        assert!(cued("Experience with their customers, Kafka")
            .iter()
            .all(|i| *i != "their customers"));
        assert!(cued("- Lead exploratory testing (bulk grade import is always risky)").is_empty());
        assert_eq!(
            cued("- React (hooks, state management with Redux)"),
            ["hooks", "state management"]
        );
    }

    #[test]
    fn an_unspaced_clause_is_no_term() {
        assert!(is_an_unspaced_clause("夕飯の献立に悩んだことがある方"));
        assert!(is_an_unspaced_clause("เขียนไดรเวอร์เซนเซอร์ผ่าน"));
        assert!(!is_an_unspaced_clause("ภาษา"));
        for term in ["機械学習", "マイクロサービス", "Kafka", "の"] {
            assert!(!is_an_unspaced_clause(term), "{term}");
        }
        let job = crate::tailor::Job::parse(
            "求める人物像\n- 夕飯の献立に悩んだことがある方\n- Kafka、Go\n",
        );
        assert!(
            job.terms.iter().all(|t| !t.name.contains('夕')),
            "{:?}",
            job.terms.iter().map(|t| &t.name).collect::<Vec<_>>()
        );
    }

    #[test]
    fn term_shaped_items() {
        for good in ["LoRA", "star schemas", "DevOps"] {
            assert!(term_shaped(good), "{good}");
        }
        for bad in [
            "Tokyo",
            "hybrid",
            "東京",
            "Kafka",
            "soon five",
            "people have",
        ] {
            assert!(!term_shaped(bad), "{bad}");
        }
    }

    #[test]
    fn cued_lists_give_their_items() {
        // What happened to a thing is no item; a known participle term is.
        assert_eq!(
            cued("Experience with partitions, clock skew, paused and crashed processes."),
            ["partitions", "clock skew", "crashed processes"]
        );
        assert_eq!(
            cued("Experience with feed ranking, sealed classes and Dockerized builds."),
            ["feed ranking", "sealed classes", "Dockerized builds"]
        );
        assert_eq!(
            cued("Experience with wire transfers, real-time payments, and ledgers."),
            ["wire transfers", "real-time payments", "ledgers"]
        );
        assert_eq!(
            cued("Tools such as Bazel or Buck (e.g. Pants) are a plus."),
            ["Bazel", "Buck", "Pants"]
        );
        // A stopword ends the list; a clause or a generic noun is no item.
        assert_eq!(cued("Experience with Kafka in production."), ["Kafka"]);
        // "into" is no part of an item after a verb.
        assert_eq!(cued("- Write into Kafka and Pulsar"), ["Kafka", "Pulsar"]);
        assert_eq!(
            cued("Azure DevOps (YAML, not the classic editor), 401(k)"),
            ["YAML"]
        );
        assert_eq!(
            cued("Experience building pipelines for the team."),
            Vec::<&str>::new()
        );
        assert_eq!(cued("Familiarity with similar tools."), Vec::<&str>::new());
        assert_eq!(
            cued("Knowledge of how the internet works and why."),
            Vec::<&str>::new()
        );
        // A nested cue's items, not the kind of thing before it; an
        // adverb is no item.
        assert_eq!(
            cued("Comfortable with file formats such as Parquet and Avro."),
            ["Parquet", "Avro"]
        );
        assert_eq!(
            cued("Experience with Apache Spark, ideally on Databricks."),
            ["Apache Spark"]
        );
        assert_eq!(
            cued("Comfortable with Kubernetes and happy to wear many hats."),
            ["Kubernetes"]
        );
        assert_eq!(
            cued("Build features like clustered lighting and shadow maps."),
            ["clustered lighting", "shadow maps"]
        );
        // A short label's colon opens a list of two items or more.
        assert_eq!(
            cued("- Solid 3D math: linear algebra, quaternions, projection"),
            ["linear algebra", "quaternions", "projection"]
        );
        assert_eq!(cued("Location: remote"), Vec::<&str>::new());
        assert_eq!(
            cued("- Stay hands-on: write production code, take on debugging"),
            Vec::<&str>::new()
        );
        assert_eq!(
            cued("We ship weekly to customers: banks, insurers"),
            Vec::<&str>::new()
        );
        // A list ends at the end of its line.
        assert_eq!(cued("Experience with HSMs\nand Kafka Connect"), ["HSMs"]);
        // A verb's -ing form going on, a described thing after an
        // article, a conjunction: sentence, not items.
        assert_eq!(
            cued("Lifecycle: PXE boot, decommissioning, using our tool Anvil"),
            ["PXE boot", "decommissioning"]
        );
        assert_eq!(
            cued("Lead initiatives such as moving from Oracle to Postgres"),
            Vec::<&str>::new()
        );
        assert_eq!(
            cued("Run A/B tests, including the ones that fail (a former litigator who reviews)"),
            Vec::<&str>::new()
        );
        assert_eq!(
            cued("Comfortable with Git and pull requests, because every change is reviewed"),
            ["Git", "pull requests"]
        );
        assert_eq!(
            cued("If you like owning features, apply"),
            Vec::<&str>::new()
        );
        assert_eq!(cued("Experience with the AWS CDK."), ["AWS CDK"]);
        assert_eq!(cued("We'd like Kafka."), Vec::<&str>::new());
        // No panic on a word whose last bytes repeat inside one character.
        let _ = cued("- CO₂ing\nExperience with 啕ing");
        // A gerund ending its line is an item, whatever opens the next.
        assert_eq!(
            cued("Observability: metrics, tracing, logging\nWe are small"),
            ["metrics", "tracing", "logging"]
        );
        // An item cut short by a capitalised stopword is part of a name.
        assert_eq!(
            cued("Plan for peaks like Black Friday and payroll runs"),
            Vec::<&str>::new()
        );
        // A bullet that is only its items lists them; a sentence or a duty
        // does not, but its own cue still does.
        assert_eq!(
            cued("- DDoS mitigation\n- IPv6 rollout experience\n2. EVPN/VXLAN"),
            ["DDoS mitigation", "IPv6 rollout", "EVPN", "VXLAN"]
        );
        assert_eq!(
            cued("- Contributions to CNCF projects\n- Support Austin, TX and Dallas\n- Experience with Zorbfish"),
            ["Zorbfish"]
        );
    }

    fn heads(s: &str) -> Vec<&str> {
        run_in_heads(s, &toks(s), &|_| false)
            .iter()
            .map(|e| e.span.of(s))
            .collect()
    }

    #[test]
    fn a_run_in_head_is_a_line_s_label_before_a_description() {
        fn head(l: &str) -> Option<&str> {
            run_in_head(l).map(|s| s.of(l))
        }
        assert_eq!(
            head("- Data modelling: design the schemas with the analysts"),
            Some("Data modelling")
        );
        assert_eq!(
            head("• **Incident response**: lead the call and write the review"),
            Some("Incident response")
        );
        assert_eq!(
            head("ದತ್ತಾಂಶ ಮಾದರಿ: ವಿಶ್ಲೇಷಕರ ಜೊತೆ ಸ್ಕೀಮಾ ವಿನ್ಯಾಸ ಮಾಡುವುದು"),
            Some("ದತ್ತಾಂಶ ಮಾದರಿ")
        );
        for bad in [
            "Location: Kochi, Kerala",
            "- Stack: Go, Kafka, Postgres, Redis and Kubernetes",
            "We ship a new build every single week: on Tuesdays and on Fridays",
            "Day 1: meet the team and set up your laptop",
            "- our team: five people who care about uptime",
            "https://example.com/jobs/backend-engineer-apply-now",
            "- 2: the second thing we want from you here",
            "Statut du poste : Cadre du secteur privé",
            "Fingerprint: 6D2E 91A0 C47B 13F8 0E5A 9B72 D3C1 44E0",
            "Secondment: Yes, for twelve months or more      312 views",
        ] {
            assert_eq!(head(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_list_of_skills_gives_its_run_in_heads_in_any_language() {
        let yoruba = "- Ìṣàkóso dátà: o máa ṣe àtúnṣe àwọn tábìlì pẹ̀lú ẹgbẹ́\n\
            - Ìdánwò ẹ̀rọ: o máa kọ àwọn ìdánwò fún gbogbo ìtúsílẹ̀\n";
        assert_eq!(heads(yoruba), ["Ìṣàkóso dátà", "Ìdánwò ẹ̀rọ"]);
        // Four words describe a head beside one that five do; a head may
        // hold a slash.
        let short = "- CI/CD: ಪ್ರತಿ ಬಿಡುಗಡೆಗೆ ಮೊದಲು ಪೈಪ್‌ಲೈನ್ ಹಸಿರಾಗಿರಬೇಕು ಎಂದು ನೋಡುವುದು\n\
            - ಕೋಡ್ ವಿಮರ್ಶೆ: ಸಹೋದ್ಯೋಗಿಗಳ ಬದಲಾವಣೆಗಳನ್ನು ಓದುವುದು ಪ್ರತಿದಿನ\n";
        assert_eq!(heads(short), ["CI/CD", "ಕೋಡ್ ವಿಮರ್ಶೆ"]);
        let fields = "Statut du poste : Cadre du secteur privé\n\
            Métier : Direction des systèmes d'information\n";
        assert!(heads(fields).is_empty(), "{:?}", heads(fields));
        // English is the lexicon's to read: a list of cities, people or
        // products said in English gives no heads.
        let english = "Berlin: our headquarters in Kreuzberg, with about sixty people\n\
            Lisbon: a small office by the river for the support team\n\
            Priya Shah: leads the platform group and runs the on-call rota\n";
        assert!(heads(english).is_empty(), "{:?}", heads(english));
        assert!(says_it_in_english(
            "you size the fleet for the next two years"
        ));
        assert!(!says_it_in_english(
            "gina sababbin fasaloli tun daga zane har zuwa Play Store"
        ));
        // Words other languages share are not English by themselves.
        for other in [
            "maglumatlary arassalamak we barlamak we ýazmak",
            "a na-ede koodu a kwa ụbọchị",
        ] {
            assert!(!says_it_in_english(other), "{other}");
        }
        assert!(says_it_in_english("head of platform in Berlin since 2019"));
        assert!(says_it_in_english("latency of each service in Grafana"));
        let turkmen =
            "- Maglumat modelleri: shemalary analitikler bilen düzmek we barlamak we täzelemek\n\
            - Ýük synagy: her täze wersiýa üçin ssenariýalary ýazmak we işletmek\n";
        assert_eq!(heads(turkmen), ["Maglumat modelleri", "Ýük synagy"]);
    }

    #[test]
    fn a_lone_label_a_field_a_part_or_a_duty_is_no_run_in_head() {
        // A transcript: its speakers speak again.
        let transcript = "Ade: mo ti kọ àwọn ìdánwò tuntun fún iṣẹ́ náà lánàá\n\
            Bisi: ó dára, màá wo gbogbo àbájáde wọn lọ́la\n\
            Ade: ẹ ṣé, màá tún ṣàtúnṣe sí ìwé ìtọ́sọ́nà náà\n\
            Bisi: kò burú rárá, a ó jọ sọ̀rọ̀ nípa rẹ̀ lọ́la\n";
        assert!(heads(transcript).is_empty(), "{:?}", heads(transcript));
        // A skipped line's head is no neighbour.
        let s = "- Ìṣàkóso dátà: o máa ṣe àtúnṣe àwọn tábìlì pẹ̀lú ẹgbẹ́\n\
            - Ìdánwò ẹ̀rọ: o máa kọ àwọn ìdánwò fún gbogbo ìtúsílẹ̀\n";
        let second = s.find("- Ìdánwò").unwrap();
        let lone = run_in_heads(s, &toks(s), &|t| t.span.start >= second);
        assert!(lone.is_empty(), "{lone:?}");
        // One such line alone: a note, not a list.
        assert!(heads("Note: the role needs travel to client sites twice a year\n").is_empty());
        // A part's label, a stopword, a duty's imperative, a generic noun.
        let not_skills = "- Benefits: we pay for your gym and your lunches every day\n\
            - Our stack: mostly Go services that talk to each other\n\
            - Own the roadmap: decide with product what ships this quarter\n\
            - Experience: several years of building backends in production\n\
            Fixed: deposits in yen were rounded to two decimal places\n";
        assert!(heads(not_skills).is_empty(), "{:?}", heads(not_skills));
        // Skipped parts are not read.
        let s = "- Load testing: you write scenarios before every big release\n\
            - Capacity planning: you size the fleet for the next two years\n";
        assert!(run_in_heads(s, &toks(s), &|_| true).is_empty());
    }
}
