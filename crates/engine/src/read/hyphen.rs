//! A word hyphenated at a line end, as a PDF or a narrow page breaks it
//! ("pipe-" / "lines"): one word, unless the part before the hyphen is a
//! compound's first half ("cross-" / "team"). Shared by the PDF-copy reader
//! and a posting's reading (`tailor::markup`), so not behind `readers`.

use std::sync::OnceLock;

use crate::hash::FastSet as HashSet;

const COMPOUNDS: &str = include_str!(concat!(env!("OUT_DIR"), "/hyphen_compounds.txt"));

fn compounds() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| COMPOUNDS.lines().map(str::trim).collect())
}

/// A word broken at a line end: `head` ends the line with a hyphen and
/// `next` starts the following line. "pipe-" + "lines" is one word; "cross-"
/// + "team", "Kafka-" + "based" or "2-" + "3x" keep their hyphen.
pub fn joins_without_hyphen(head: &str, next: &str) -> bool {
    let Some(stem) = head.strip_suffix('-') else {
        return false;
    };
    let word = stem
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let starts_lower = next.chars().next().is_some_and(char::is_lowercase);
    word.len() >= 2
        && word.chars().all(|c| c.is_lowercase())
        && starts_lower
        && !compounds().contains(word)
}
