//! The opening word of a bullet: is it a verb, which one, in which tense.

use super::lexicon::{lexicon, Tense};
use super::text::{Kind, Token};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LeadVerb {
    /// Index of the verb's token.
    pub index: usize,
    pub lemma: String,
    pub tense: Tense,
}

/// Index of the first word token (skipping quotes, brackets, bold markers).
pub fn first_word(tokens: &[Token]) -> Option<usize> {
    let i = tokens.iter().position(|t| t.kind != Kind::Punct)?;
    (tokens[i].kind == Kind::Word).then_some(i)
}

/// Words after a base-form verb that show it is really a noun:
/// "Design of the…", "Support for…", "Lead engineer on…".
const NOUN_FOLLOWERS: &[&str] = &[
    "assistant",
    "associate",
    "scientist",
    "intern",
    "analyst",
    "manager",
    "lead",
    "fellow",
    "of",
    "for",
    "engineer",
    "developer",
    "architect",
    "role",
    "position",
    "team",
    "is",
    "was",
    "were",
    "are",
    "has",
    "had",
    "contributor",
    "documents",
    "docs",
    "reviews",
    "process",
    "processes",
    "systems",
    "system",
    "pipeline",
    "pipelines",
    "automation",
    "framework",
];

/// Looks up a word form, also through a prefix: "co-designed", "re-architected", "rebuilt".
fn lookup(lower: &str) -> Option<(String, Tense)> {
    let lx = lexicon();
    if let Some(v) = lx.verb(lower) {
        return Some((v.lemma.to_string(), v.tense));
    }
    for prefix in [
        "co-", "re-", "re", "co", "pre-", "auto-", "cross-", "over", "out", "up",
    ] {
        if let Some(rest) = lower.strip_prefix(prefix) {
            if rest.len() >= 3 {
                if let Some(v) = lx.verb(rest) {
                    return Some((format!("{prefix}{}", v.lemma), v.tense));
                }
            }
        }
    }
    None
}

/// Recognises past-tense verbs outside the word list by shape: "Dockerized",
/// "Productionized", "Overhauled". Words known to be adjectives are excluded.
fn looks_past(lower: &str) -> Option<String> {
    let stem = lower.strip_suffix("ed")?;
    if lower.chars().count() < 6 || !lower.chars().all(|c| c.is_alphabetic() || c == '-') {
        return None;
    }
    Some(stem.to_string())
}

/// The lead verb of a bullet: its opening word when that word is a verb in
/// past or present tense.
pub fn lead_verb(tokens: &[Token]) -> Option<LeadVerb> {
    let i = first_word(tokens)?;
    let w = &tokens[i].lower;
    let lx = lexicon();
    if lx.non_verb_openers.contains(w.as_str()) {
        return None;
    }
    // "Design: …" is a label, not a verb.
    let next = tokens.get(i + 1);
    if next.is_some_and(|n| n.is_punct(':')) {
        return None;
    }
    if let Some((lemma, tense)) = lookup(w) {
        if tense == Tense::Present || tense == Tense::Either {
            if next.is_some_and(|n| NOUN_FOLLOWERS.contains(&n.lower.as_str())) {
                return None;
            }
            // "Design and build" is two verbs; "Design and implementation of" is a noun phrase.
            if next.is_some_and(|n| n.lower == "and" || n.lower == "&") {
                if let Some(after) = tokens.get(i + 2) {
                    if after.kind == Kind::Word && lookup(&after.lower).is_none() {
                        return None;
                    }
                }
            }
            // "Builds and maintains" fine; "Build" followed by a verb in past tense is a noun:
            // "Build times dropped…" is rare enough to ignore.
        }
        return Some(LeadVerb {
            index: i,
            lemma,
            tense,
        });
    }
    let lemma = looks_past(w)?;
    Some(LeadVerb {
        index: i,
        lemma,
        tense: Tense::Past,
    })
}

/// "Building…", "Leading…": a gerund where a verb in past or present tense belongs.
pub fn is_gerund(tokens: &[Token]) -> bool {
    let Some(i) = first_word(tokens) else {
        return false;
    };
    let w = &tokens[i].lower;
    let Some(stem) = w.strip_suffix("ing") else {
        return false;
    };
    if stem.len() < 2 {
        return false;
    }
    let lx = lexicon();
    let doubled =
        stem.len() > 2 && stem.as_bytes()[stem.len() - 1] == stem.as_bytes()[stem.len() - 2];
    lx.verb(stem).is_some()
        || lx.verb(&format!("{stem}e")).is_some()
        || (doubled && lx.verb(&stem[..stem.len() - 1]).is_some())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;
    use crate::text::tokenize;

    fn lead(s: &str) -> Option<(String, Tense)> {
        let t = tokenize(s, &[Span::new(0, s.len())]);
        lead_verb(&t).map(|v| (t[v.index].span.of(s).to_string(), v.tense))
    }

    #[test]
    fn past_and_present_verbs() {
        assert_eq!(
            lead("Reduced p99 latency"),
            Some(("Reduced".into(), Tense::Past))
        );
        assert_eq!(lead("Led a team of 5"), Some(("Led".into(), Tense::Past)));
        assert_eq!(
            lead("Design and build APIs"),
            Some(("Design".into(), Tense::Present))
        );
        assert_eq!(
            lead("Owns the billing service"),
            Some(("Owns".into(), Tense::Present))
        );
        assert_eq!(
            lead("Worked on payments"),
            Some(("Worked".into(), Tense::Past))
        );
        assert_eq!(
            lead("**Shipped** v2"),
            Some(("Shipped".into(), Tense::Past))
        );
    }

    #[test]
    fn verbs_outside_the_list_by_shape_and_prefix() {
        assert!(lead("Dockerized 40 services").is_some());
        assert!(lead("Re-architected the ledger").is_some());
        assert!(lead("Co-designed the schema").is_some());
    }

    #[test]
    fn not_verbs() {
        for s in [
            "Responsible for the API",
            "Involved in migrations",
            "Design of the ingestion layer",
            "Successfully migrated",
            "I built a cache",
            "Migration of 40 services",
            "Lead engineer for payments",
            "Tech: Go, Kafka",
            "Building a new API",
            "Experienced in Go",
            "12 services migrated",
        ] {
            assert_eq!(lead(s), None, "{s}");
        }
    }

    #[test]
    fn gerunds() {
        let g = |s: &str| is_gerund(&tokenize(s, &[Span::new(0, s.len())]));
        assert!(g("Building a new API"));
        assert!(g("Leading the migration"));
        assert!(g("Shipping weekly"));
        assert!(!g("String parsing"));
    }
}
