//! A posting's structure: the parts that name no requirement. "About us",
//! benefits and perks, equal-opportunity boilerplate, the header line of
//! company, place and team, idioms ("lead the charge") and team names
//! ("the Security team") are where a matcher reads bogus terms; `Job::parse`
//! reads no term inside them.

use super::data::tailor_lexicon;
use crate::span::Span;
use crate::text::{Kind, Token};

/// What a heading or an inline label says its part is: `true` for a part
/// with no requirements in it.
fn names_no_requirements(label: &str) -> bool {
    let l = label
        .trim()
        .trim_end_matches(':')
        .trim()
        .to_ascii_lowercase();
    let lx = tailor_lexicon();
    if lx
        .no_requirement_headings
        .iter()
        .any(|h| l == *h || l.starts_with(&format!("{h} ")))
    {
        return true;
    }
    // "About Tidewater", "About us": the company. Not "About the role",
    // "About you", "About the team": the job.
    l.strip_prefix("about ")
        .is_some_and(|rest| !lx.job_headings.iter().any(|h| rest == *h))
}

/// A line that reads as a heading: short, no sentence end.
fn is_heading(line: &str) -> bool {
    let t = line.trim();
    !t.is_empty() && t.split_whitespace().count() <= 6 && !t.ends_with(['.', ',', ';'])
}

/// The parts of `text` that name no requirement, in text order.
pub fn no_requirements(text: &str, tokens: &[Token]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut skipping: Option<usize> = None; // since this offset, under a heading
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let (start, end) = (at, at + line.len());
        at = end;
        let t = line.trim();
        let label = t.split_once(':').map_or(t, |(l, _)| l);
        if is_heading(t) || is_heading(label) && t.contains(':') {
            // A new heading closes a skipped part…
            if let Some(from) = skipping.take() {
                out.push(Span::new(from, start));
            }
            // …and may open one: a heading line runs to the next heading,
            // an inline label ("Benefits: …") to the end of its line.
            if names_no_requirements(label) {
                if is_heading(t) {
                    skipping = Some(start);
                } else {
                    out.push(Span::new(start, end));
                }
                continue;
            }
        }
        if skipping.is_some() {
            continue;
        }
        // The header's "Company · Place · Team" line.
        if t.matches(" · ").count() >= 2 || t.matches(" | ").count() >= 2 {
            out.push(Span::new(start, end));
        }
    }
    if let Some(from) = skipping {
        out.push(Span::new(from, text.len()));
    }
    out.extend(equal_opportunity(text));
    out.extend(idioms_and_teams(text, tokens));
    crate::sort::sort_by_key(&mut out, |s| s.start);
    out
}

/// Sentences of equal-opportunity boilerplate ("…is an equal opportunity
/// employer", "…committed to equal opportunities…").
fn equal_opportunity(text: &str) -> Vec<Span> {
    // ASCII only: offsets into `lower` are offsets into `text` (and no
    // Unicode case tables in the wasm).
    let lower = text.to_ascii_lowercase();
    let mut out = Vec::new();
    for cue in [
        "equal opportunit",
        "equal employment opportunit",
        "regardless of race",
    ] {
        for (at, _) in lower.match_indices(cue) {
            let from = lower[..at].rfind(['.', '\n']).map_or(0, |p| p + 1);
            let to = lower[at..]
                .find(['.', '\n'])
                .map_or(text.len(), |p| at + p + 1);
            out.push(Span::new(from, to));
        }
    }
    out
}

/// Idioms ("lead the charge", "wear many hats": `jd_idioms.txt`) and team
/// names ("the Security team", "Storage & Consensus team": a capitalised
/// run before a team word).
fn idioms_and_teams(text: &str, tokens: &[Token]) -> Vec<Span> {
    let lx = tailor_lexicon();
    let mut out = Vec::new();
    for i in 0..tokens.len() {
        if let Some((n, _)) = lx.idioms.match_at(tokens, i) {
            out.push(tokens[i].span.cover(tokens[i + n - 1].span));
        }
        let team = tokens[i].kind == Kind::Word
            && matches!(
                tokens[i].lower.as_str(),
                "team"
                    | "teams"
                    | "org"
                    | "organization"
                    | "group"
                    | "squad"
                    | "squads"
                    | "department"
                    | "division"
            );
        if !team {
            continue;
        }
        // Back over the capitalised words (and "&") naming it.
        let mut from = i;
        while from > 0 {
            let p = &tokens[from - 1];
            let named = p.kind == Kind::Word && p.first_char_upper(text) || p.is_punct('&');
            if !named {
                break;
            }
            from -= 1;
        }
        if from < i {
            out.push(tokens[from].span.cover(tokens[i].span));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn skipped(text: &str) -> Vec<&str> {
        let tokens = tokenize(text, &[Span::new(0, text.len())]);
        no_requirements(text, &tokens)
            .iter()
            .map(|s| s.of(text).trim())
            .collect()
    }

    #[test]
    fn company_benefits_and_boilerplate_are_skipped() {
        let text = "Senior SRE\nHalyard · Seattle, WA · Hybrid\n\nAbout Halyard\nWe stream sports to 9M viewers on Kafka.\n\nAbout the role\nRun Kafka and Kubernetes.\n\nBenefits: 401(k), Unlimited PTO.\nHalyard is an equal opportunity employer.\n";
        assert_eq!(
            skipped(text),
            [
                "Halyard · Seattle, WA · Hybrid",
                "About Halyard\nWe stream sports to 9M viewers on Kafka.",
                "Benefits: 401(k), Unlimited PTO.",
                "Halyard is an equal opportunity employer."
            ]
        );
    }

    #[test]
    fn idioms_and_team_names_are_skipped_but_requirements_are_not() {
        let text = "You will join the Storage & Consensus team and lead the charge on Raft. Experience with consensus and security.";
        assert_eq!(
            skipped(text),
            ["Storage & Consensus team", "lead the charge"]
        );
        assert!(names_no_requirements("Perks"));
        assert!(names_no_requirements("What we offer:"));
        assert!(!names_no_requirements("About the role"));
        assert!(!names_no_requirements("Requirements"));
    }
}
