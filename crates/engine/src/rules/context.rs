//! Evidence in context: skills listed but never shown, and definitions where
//! work belongs.

use crate::hash::{FastMap as HashMap, FastSet};

use super::{BlockCx, Context, RuleId, Sink};
use crate::document::BlockKind;
use crate::lexicon::{lexicon, SectionKind};
use crate::span::Span;
use crate::text::{Kind, Token};

/// Skills listed but never shown in use.
pub fn check(cx: &Context, sink: &mut Sink) {
    bare_skills(cx, sink);
}

/// A concept defined instead of work shown.
pub fn check_block(cx: &BlockCx, sink: &mut Sink) {
    if cx.block.kind != BlockKind::SkillLine && cx.section != SectionKind::Header {
        definitions(&cx.facts.tokens, sink);
    }
}

/// Items of a skills line: "Languages: Go, Rust | Kafka" -> ["Go", "Rust", "Kafka"].
pub fn skill_items(text: &str, tokens: &[Token]) -> Vec<Span> {
    let mut items = Vec::new();
    let mut current: Option<Span> = None;
    let flush = |current: &mut Option<Span>, items: &mut Vec<Span>| {
        if let Some(s) = current.take() {
            items.push(s);
        }
    };
    let line = match (tokens.first(), tokens.last()) {
        (Some(a), Some(b)) => text.get(a.span.start..b.span.end).unwrap_or(""),
        _ => "",
    };
    let two_cells = line.matches('\t').count() == 1;
    let mut prev_end: Option<usize> = None;
    let mut labelled = false;
    for t in tokens {
        // A tab stop between cells (a table row read out of a PDF or Word
        // file): in a row of two cells it ends the label, like a colon;
        // in a longer row each cell is an item.
        let tab = prev_end.is_some_and(|e| {
            text.get(e..t.span.start)
                .is_some_and(|gap| gap.contains('\t'))
        });
        prev_end = Some(t.span.end);
        if tab {
            if !labelled && items.is_empty() && two_cells {
                current = None;
                labelled = true;
            } else {
                flush(&mut current, &mut items);
            }
        }
        let sep = t.kind == Kind::Punct
            && matches!(
                t.lower.as_str(),
                "," | "|" | "·" | ";" | "•" | "/" | "(" | ")" | "–" | "—" | "●" | "▪"
            )
            || t.kind == Kind::Word && matches!(t.lower.as_str(), "and" | "&")
            || t.is_punct('&');
        if t.is_punct(':') {
            // Everything before a colon is a label.
            current = None;
            labelled = true;
            continue;
        }
        if sep {
            flush(&mut current, &mut items);
            continue;
        }
        if t.kind == Kind::Punct && matches!(t.lower.as_str(), "." | "*" | "_") {
            continue;
        }
        current = Some(current.map_or(t.span, |c| c.cover(t.span)));
    }
    flush(&mut current, &mut items);
    items.retain(|s| {
        let item = s.of(text);
        let w = item.split_whitespace().count();
        // A year or a count beside a certificate is not a skill.
        (1..=4).contains(&w) && item.chars().any(char::is_alphabetic)
    });
    items
}

/// The alias group a skill belongs to, or its own lowercase words.
fn skill_key(text: &str, span: Span) -> Vec<String> {
    let lx = lexicon();
    let s = span.of(text);
    let toks = crate::text::tokenize(text, &[span]);
    if let Some((n, g)) = lx.tech.match_at(&toks, 0) {
        if n == toks.len() {
            return lx.tech_groups[*g].clone();
        }
    }
    vec![s.to_ascii_lowercase()]
}

fn bare_skills(cx: &Context, sink: &mut Sink) {
    let lx = lexicon();
    // The first words of every listed skill (and its aliases)…
    let mut wanted: FastSet<String> = FastSet::default();
    let mut skills: Vec<(Span, Vec<String>)> = Vec::new();
    for (_, block, facts) in cx.blocks() {
        if cx.section(block) != SectionKind::Skills {
            continue;
        }
        for item in skill_items(cx.text, &facts.tokens) {
            let names = skill_key(cx.text, item);
            for n in &names {
                if let Some(first) = crate::text::phrase_words(n).into_iter().next() {
                    wanted.insert(first);
                }
            }
            skills.push((item, names));
        }
    }
    if skills.is_empty() {
        return;
    }
    // …then one pass over everything outside Skills that could show one in use,
    // keeping only the places where a wanted word (or "Raft-based") appears.
    // A word is looked up only when a wanted word shares its first byte and
    // its length: a bit test spares most of a resume's words the hash.
    let mut shapes = [0u64; 256];
    for w in &wanted {
        if let Some(&b) = w.as_bytes().first() {
            shapes[usize::from(b)] |= 1 << w.len().min(63);
        }
    }
    let may_be_wanted = |w: &str| {
        w.as_bytes()
            .first()
            .is_some_and(|&b| shapes[usize::from(b)] >> w.len().min(63) & 1 == 1)
            && wanted.contains(w)
    };
    let mut shown: HashMap<&str, Vec<(usize, usize)>> = HashMap::default();
    for (b, block, facts) in cx.blocks() {
        let section = cx.section(block);
        if matches!(
            section,
            SectionKind::Skills | SectionKind::Header | SectionKind::Education
        ) {
            continue;
        }
        for (i, t) in facts.tokens.iter().enumerate() {
            if may_be_wanted(&t.lower) {
                shown.entry(t.lower.as_str()).or_default().push((b, i));
            }
            if let Some((head, _)) = t.hyphen_parts() {
                if may_be_wanted(head) {
                    shown.entry(head).or_default().push((b, i));
                }
            }
        }
    }
    if shown.is_empty()
        && cx
            .blocks()
            .all(|(_, b, _)| cx.section(b) == SectionKind::Skills)
    {
        return;
    }
    for (item, names) in skills {
        {
            let raw = item.of(cx.text);
            let case_sensitive = raw.chars().count() <= 2;
            let found = names.iter().any(|name| {
                let words = crate::text::phrase_words(name);
                let Some(first) = words.first() else {
                    return false;
                };
                shown.get(first.as_str()).is_some_and(|places| {
                    places.iter().any(|&(b, i)| {
                        let toks = &cx.facts[b].tokens;
                        let whole = crate::text::starts_with_words(toks, i, &words);
                        let part = words.len() == 1 && toks[i].lower.contains('-');
                        (whole || part)
                            && (!case_sensitive
                                || toks[i].span.of(cx.text).starts_with(raw)
                                || name.len() > 2)
                    })
                })
            });
            // Soft skills and spoken languages are not technologies to show.
            let soft = matches!(
                raw.to_ascii_lowercase().as_str(),
                "english"
                    | "spanish"
                    | "german"
                    | "french"
                    | "communication"
                    | "leadership"
                    | "teamwork"
                    | "mentoring"
            );
            if !found
                && !soft
                && lx
                    .filler
                    .match_at(&crate::text::tokenize(cx.text, &[item]), 0)
                    .is_none()
            {
                sink.emit(
                    RuleId::BareSkill,
                    item,
                    format!("“{raw}” is listed as a skill but no bullet shows it in use."),
                    Some(format!(
                        "Show it in a bullet with a result (“Scaled 200-node {raw} clusters…”), or drop it."
                    )),
                );
            }
        }
    }
}

/// "Kafka is a distributed…", "Distributed systems are…", "X refers to…".
fn definitions(t: &[Token], sink: &mut Sink) {
    let lx = lexicon();
    // Sentence starts: the first token, and tokens after ". ".
    let mut starts = vec![0usize];
    for (i, tok) in t.iter().enumerate() {
        if (tok.is_punct('.') || tok.is_punct('!') || tok.is_punct('?')) && i + 1 < t.len() {
            starts.push(i + 1);
        }
    }
    for s in starts {
        let Some(first) = t.get(s) else { continue };
        if first.kind != Kind::Word
            || lx.definition_subjects.contains(first.lower.as_str())
            || lx.first_person.contains(first.lower.as_str())
        {
            continue;
        }
        if lx
            .verb(&first.lower)
            .is_some_and(|v| *v.lemma != *first.lower)
            && !lx.non_verb_openers.contains(first.lower.as_str())
        {
            continue; // "Built is…" never happens; a past verb starts work, not a definition
        }
        // Subject of one to three words, then the copula.
        for k in 1..=3 {
            let Some(cop) = t.get(s + k) else { break };
            let is_cop = matches!(cop.lower.as_str(), "is" | "are" | "refers" | "means");
            if !is_cop {
                if cop.kind != Kind::Word {
                    break;
                }
                continue;
            }
            let next = t.get(s + k + 1).map(|n| n.lower.as_str());
            let defining = match cop.lower.as_str() {
                "is" => matches!(
                    next,
                    Some(
                        "a" | "an"
                            | "the"
                            | "one"
                            | "defined"
                            | "used"
                            | "when"
                            | "how"
                            | "what"
                            | "essentially"
                            | "basically"
                    )
                ),
                "are" => matches!(
                    next,
                    Some(
                        "a" | "systems"
                            | "used"
                            | "hard"
                            | "defined"
                            | "when"
                            | "collections"
                            | "sets"
                            | "groups"
                            | "essentially"
                            | "basically"
                            | "important"
                            | "critical"
                            | "complex"
                            | "difficult"
                    )
                ),
                _ => matches!(next, Some("to" | "that")),
            };
            if defining {
                let end = t.get(s + k + 1).map_or(cop.span, |n| n.span);
                let span = first.span.cover(end);
                sink.emit(
                    RuleId::Definition,
                    span,
                    "Defines a concept the reader already knows instead of showing your work with it.",
                    Some("Replace it with what you built or ran with it, and the result.".into()),
                );
            }
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::hits;
    use super::super::RuleId;

    const RESUME: &str = "Experience\nEngineer, Acme   2020 – Present\n- Scaled 200-node Kubernetes clusters across 3 regions\n- Built the Postgres sharding layer for 40 TB\n\nSkills\nLanguages: Go, Rust\nInfra: K8s, PostgreSQL, Kafka, Terraform\n";

    #[test]
    fn a_tab_ends_a_skill_lines_label_like_a_colon() {
        let items = |line: &str| {
            let tokens = crate::text::tokenize(line, &[crate::span::Span::new(0, line.len())]);
            super::skill_items(line, &tokens)
                .into_iter()
                .map(|s| s.of(line).to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(items("Languages\tGo, Java, SQL"), ["Go", "Java", "SQL"]);
        assert_eq!(items("Languages: Go, Java"), ["Go", "Java"]);
        assert_eq!(
            items("Certified Kubernetes Administrator, 2022"),
            ["Certified Kubernetes Administrator"]
        );
        assert_eq!(
            items("Go\tRust\tKafka"),
            ["Go", "Rust", "Kafka"],
            "cells of a longer row are items"
        );
        assert_eq!(items("Streaming: Kafka\tFlink"), ["Kafka", "Flink"]);
        // In a whole document, only the line's own tabs count.
        let doc = "A\tB\tC\nLanguages\tGo, Java\n";
        let line = crate::span::Span::new(6, doc.len() - 1);
        let tokens = crate::text::tokenize(doc, &[line]);
        let got: Vec<&str> = super::skill_items(doc, &tokens)
            .into_iter()
            .map(|s| s.of(doc))
            .collect();
        assert_eq!(got, ["Go", "Java"]);
    }

    #[test]
    fn skills_never_shown_are_bare() {
        assert_eq!(
            hits(RESUME, RuleId::BareSkill),
            vec!["Go", "Rust", "Kafka", "Terraform"]
        );
    }

    #[test]
    fn aliases_count_as_shown() {
        // K8s is shown as Kubernetes; PostgreSQL as Postgres.
        let h = hits(RESUME, RuleId::BareSkill);
        assert!(!h.contains(&"K8s".to_string()) && !h.contains(&"PostgreSQL".to_string()));
    }

    #[test]
    fn definitions_fire() {
        let text = "Experience\nEngineer, Acme   2020 – Present\n- Kafka is a distributed streaming platform used by many companies\n- Distributed systems are hard. Built a Raft log for 5 nodes\n- Built a queue that is a drop-in for SQS\n";
        assert_eq!(
            hits(text, RuleId::Definition),
            vec!["Kafka is a", "Distributed systems are hard"]
        );
    }
}
