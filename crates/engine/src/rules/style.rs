//! Voice and wording: first person, buzzwords, passive voice.

use super::verb::weak_opening_span;
use super::{BlockCx, RuleId, Sink};
use crate::document::BlockKind;
use crate::lexicon::{lexicon, Filler, SectionKind};
use crate::text::{Kind, Token};

pub fn check_block(cx: &BlockCx, sink: &mut Sink) {
    let t = &cx.facts.tokens;
    if cx.section != SectionKind::Header {
        first_person(cx, t, sink);
    }
    filler(cx, t, sink);
    if cx.block.kind != BlockKind::SkillLine {
        passive(cx, t, sink);
    }
}

fn is_all_caps(t: &Token, text: &str) -> bool {
    let s = t.span.of(text);
    s.chars().count() >= 2 && s.chars().all(|c| !c.is_lowercase())
}

/// A lowercase "i" is the pronoun written carelessly ("then i built it")
/// only before a verb: between two other words it is Catalan's or
/// Croatian's "and" ("valida i descarta duplicats", "Java i Kotlin").
///
/// Good: "i built", "i led", "i was", "i enjoy", "i really enjoyed". Bad:
/// "valida i descarta", "Java i Kotlin", "i per a".
fn is_a_lowercase_pronoun_i(tokens: &[Token], i: usize) -> bool {
    tokens.get(i + 1).is_some_and(|n| {
        n.kind == Kind::Word
            && (lexicon().verb(&n.lower).is_some()
                // "i really enjoyed", "i successfully cut": a manner first.
                || n.lower.ends_with("ly")
                || is_an_auxiliary(&n.lower))
    })
}

/// A word that follows the pronoun "I" ("I am", "I also", "I really").
fn is_an_auxiliary(w: &str) -> bool {
    matches!(
        w,
        "am" | "was"
            | "have"
            | "had"
            | "also"
            | "then"
            | "will"
            | "can"
            | "could"
            | "would"
            | "personally"
            | "really"
            | "love"
            | "enjoy"
            | "believe"
            | "thrive"
    )
}

/// Is this "I" the pronoun, or "I/O", "Phase I", "Engineer I"?
fn is_pronoun_i(tokens: &[Token], i: usize, text: &str) -> bool {
    let next = tokens.get(i + 1);
    if next.is_some_and(|n| (n.is_punct('/') || n.is_punct('-')) && !n.space_before) {
        return false; // I/O, I-9
    }
    let prev = i.checked_sub(1).map(|p| &tokens[p]);
    let lx = lexicon();
    let aux = is_an_auxiliary;
    let next_past = next.is_some_and(|n| {
        n.kind == Kind::Word
            && (aux(&n.lower)
                || lx
                    .verb(&n.lower)
                    .is_some_and(|v| v.tense != crate::lexicon::Tense::Present)
                || n.lower.ends_with("ed"))
            || n.is_punct('’')
            || n.is_punct('\'')
    });
    if next_past {
        return true;
    }
    // After a capitalized word: a Roman numeral ("Phase I design doc", "Engineer I").
    if prev.is_some_and(|p| p.kind == Kind::Word && p.first_char_upper(text)) {
        return false;
    }
    true
}

fn first_person(cx: &BlockCx, t: &[Token], sink: &mut Sink) {
    let lx = lexicon();
    let text = cx.text;
    for (i, tok) in t.iter().enumerate() {
        if tok.kind != Kind::Word || !lx.first_person.contains(tok.lower.as_str()) {
            continue;
        }
        let raw = tok.span.of(text);
        match tok.lower.as_str() {
            "i" if raw == "I" && !is_pronoun_i(t, i, text) => continue,
            "i" if raw == "i" && !is_a_lowercase_pronoun_i(t, i) => continue,
            // "US" is the country; "200 us" is microseconds.
            "us" if raw == "US" || i > 0 && t[i - 1].kind == Kind::Number => continue,
            _ if tok.lower != "i" && is_all_caps(tok, text) => continue,
            _ => {}
        }
        // "I built X" at the start: the fix is to drop the pronoun.
        let first = t.iter().position(|t| t.kind != Kind::Punct);
        let replacement = (first == Some(i) && matches!(tok.lower.as_str(), "i" | "we"))
            .then(|| t.get(i + 1))
            .flatten()
            .filter(|n| {
                lx.verb(&n.lower)
                    .is_some_and(|v| v.tense != crate::lexicon::Tense::Present)
            })
            .map(|n| {
                let w = n.span.of(text);
                let mut c = w.chars();
                let first = c
                    .next()
                    .map(|f| f.to_ascii_uppercase().to_string())
                    .unwrap_or_default();
                (n.span, first + c.as_str())
            });
        match replacement {
            Some((next_span, fixed)) => sink.emit_replacement(
                RuleId::FirstPerson,
                RuleId::FirstPerson.severity(),
                tok.span.cover(next_span),
                format!("“{raw}” is implied on a resume; starting with the verb reads stronger."),
                fixed,
            ),
            None => sink.emit(
                RuleId::FirstPerson,
                tok.span,
                format!("“{raw}” is first person; resumes leave the pronoun out."),
                Some(match tok.lower.as_str() {
                    "we" | "our" | "us" | "ours" | "ourselves" => {
                        "Say what you did yourself, then the team's result: “Led…”, “Designed…”."
                            .into()
                    }
                    _ => "Drop the pronoun and start from the verb.".into(),
                }),
            ),
        }
    }
}

fn filler(cx: &BlockCx, t: &[Token], sink: &mut Sink) {
    let lx = lexicon();
    let mut i = 0;
    let first = t.iter().position(|t| t.kind != Kind::Punct).unwrap_or(0);
    while i < t.len() {
        // A capital after a word is a name: "Won Most Innovative Hack". Not
        // after punctuation: "Senior SRE | Team Player", "…, Results-Driven".
        let named = i != first && t[i].first_char_upper(cx.text) && t[i - 1].kind != Kind::Punct;
        // Every phrase opens with a word: no lookup for punctuation or numbers.
        let word = t[i].kind == Kind::Word;
        let found = if word && !named {
            lx.filler.match_at(t, i)
        } else {
            None
        };
        if let Some((len, &list)) = found {
            let span = t[i].span.cover(t[i + len - 1].span);
            let said = span.of(cx.text);
            let padding = list == Filler::Padding as usize;
            let (message, suggestion) = match padding {
                false => (
                    format!("“{said}” is a claim anyone can make; a reader skips it."),
                    "Cut it, and show what would prove it instead: a measure (latency, uptime, cost, adoption) or who chose it over what.",
                ),
                true => (
                    format!("“{said}” pads the bullet: which ones, and how many?"),
                    "Name the two or three that matter, or count them.",
                ),
            };
            sink.emit(RuleId::Filler, span, message, Some(suggestion.into()));
            i += len;
        } else {
            i += 1;
        }
    }
}

fn is_participle(t: &Token) -> bool {
    if t.kind != Kind::Word {
        return false;
    }
    let lx = lexicon();
    if lx.non_verb_openers.contains(t.lower.as_str()) && t.lower != "responsible" {
        return false;
    }
    t.lower == "responsible"
        || lx
            .verb(&t.lower)
            .is_some_and(|v| v.tense != crate::lexicon::Tense::Present)
        || (t.lower.ends_with("ed") && t.lower.len() > 5)
}

/// Recognition is usually phrased in the passive, and that is fine.
const RECOGNITION: &[&str] = &[
    "promoted",
    "selected",
    "awarded",
    "named",
    "invited",
    "nominated",
    "hired",
    "elected",
    "recognized",
    "recognised",
    "chosen",
    "asked",
    "recruited",
    "based",
    "located",
    "born",
];

fn passive(cx: &BlockCx, t: &[Token], sink: &mut Sink) {
    // Read only when a passive is found: most bullets have none.
    let weak = std::cell::OnceCell::new();
    let weak = || *weak.get_or_init(|| weak_opening_span(cx.text, t));
    for (i, tok) in t.iter().enumerate() {
        if !matches!(
            tok.lower.as_str(),
            "was" | "were" | "is" | "are" | "been" | "being"
        ) {
            continue;
        }
        let mut j = i + 1;
        while t
            .get(j)
            .is_some_and(|n| n.lower.ends_with("ly") && n.kind == Kind::Word)
            && j < i + 3
        {
            j += 1;
        }
        let Some(p) = t.get(j) else { continue };
        if !is_participle(p) || RECOGNITION.contains(&p.lower.as_str()) {
            continue;
        }
        if weak().is_some_and(|(a, b)| (a..b).contains(&i)) {
            continue;
        }
        let span = tok.span.cover(p.span);
        sink.emit(
            RuleId::Passive,
            span,
            format!(
                "“{}” is passive, which hides that you did it.",
                span.of(cx.text)
            ),
            Some(
                "Name the actor and use an active verb: “I was tasked with X” becomes “Built X”."
                    .into(),
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{experience, hits};
    use super::super::RuleId;
    use crate::{check, Options};

    #[test]
    fn first_person_pronouns_fire() {
        let text = experience(&[
            "I built the ledger service for 3 regions",
            "Rebuilt our deploy pipeline in 6 weeks",
            "Shipped a cache that we still use across 12 services",
            "Gave me a chance to lead 4 engineers",
        ]);
        assert_eq!(
            hits(&text, RuleId::FirstPerson),
            vec!["I built", "our", "we", "me"]
        );
        let r = check(&text, &Options::fixed_date());
        assert_eq!(
            r.findings
                .iter()
                .find(|f| f.rule == RuleId::FirstPerson)
                .unwrap()
                .suggestion
                .as_deref(),
            Some("Built")
        );
    }

    #[test]
    fn a_lowercase_i_is_the_pronoun_only_before_a_verb() {
        let text = experience(&[
            "then i built the ledger service for 3 regions",
            "i really enjoyed leading the migration of 40 services",
            "Vaig escriure el servei que valida i descarta 40 duplicats",
            "Migrirao 12 servisa na Java i Kotlin",
        ]);
        assert_eq!(hits(&text, RuleId::FirstPerson), vec!["i", "i"]);
    }

    #[test]
    fn look_alikes_are_not_first_person() {
        let text = experience(&[
            "Improved I/O throughput by 30% on 40 nodes",
            "Expanded to the US and EU in 2 quarters",
            "Moved 12 services to us-east-1",
            "Ran the Phase I rollout for 3 regions",
            "Cut p50 to 200 us on 8 hosts",
        ]);
        assert_eq!(hits(&text, RuleId::FirstPerson), Vec::<String>::new());
    }

    #[test]
    fn title_case_buzzwords_in_a_headline_are_filler() {
        let text = "Summary\nSenior SRE | Problem Solver | Team Player\n";
        assert_eq!(
            hits(text, RuleId::Filler),
            vec!["Problem Solver", "Team Player"]
        );
    }

    #[test]
    fn padding_and_unproven_success_are_filler() {
        let text = experience(&[
            "Worked on various microservices in Go and Java",
            "Fixed a number of flaky tests in the build",
            "Successfully delivered the new ingestion service",
            // A name keeps its capital.
            "Ran the Various Artists catalog import for 2M tracks",
        ]);
        assert_eq!(
            hits(&text, RuleId::Filler),
            vec!["various", "a number of", "Successfully"]
        );
    }

    #[test]
    fn filler_fires_on_buzzwords() {
        let text = "Summary\nResults-driven team player, passionate about synergy.\n";
        assert_eq!(
            hits(text, RuleId::Filler),
            vec![
                "Results-driven",
                "team player",
                "passionate about",
                "synergy"
            ]
        );
        // Puffery (issue 14): praise only a result could earn.
        let puffed = experience(&[
            "Launched the partner dashboard, which was a big win for sales",
            "Delivered a highly successful migration of the payment gateway",
            "Created an innovative approach to schema migrations",
            // An award's name is not a claim.
            "Won Most Innovative Hack at the company hackathon",
        ]);
        assert_eq!(
            hits(&puffed, RuleId::Filler),
            vec!["big win", "highly successful", "innovative"]
        );
        assert!(hits(
            "Summary\nBackend engineer who cut p99 latency by 40%.\n",
            RuleId::Filler
        )
        .is_empty());
    }

    #[test]
    fn passive_voice_fires_but_not_on_recognition() {
        let text = experience(&[
            "The cache was redesigned by me to cut misses by 30%",
            "Payments were migrated to Kafka in 2 quarters",
            "Was promoted to senior engineer in 18 months",
        ]);
        assert_eq!(
            hits(&text, RuleId::Passive),
            vec!["was redesigned", "were migrated"]
        );
    }
}
