//! Opening verbs: weak duty phrases, no verb at all, the same verb over and
//! over, and tenses that do not fit the role.

use crate::hash::FastMap as HashMap;

use super::{BlockCx, BlockFacts, Context, RuleId, Severity, Sink};
use crate::document::BlockKind;
use crate::lexicon::{lexicon, Tense};
use crate::text::{capitalized, Kind, Token};
use crate::verbs::{first_word, is_gerund};

/// A bullet's own opening: a weak duty phrase, or no verb at all.
pub fn check_block(cx: &BlockCx, sink: &mut Sink) {
    let (block, facts) = (cx.block, cx.facts);
    let is_work = cx.section.is_work();
    let is_bullet =
        block.kind == BlockKind::Bullet || (block.kind == BlockKind::Paragraph && is_work);
    if is_bullet && !weak_opening(cx, facts, sink) && is_work && block.kind == BlockKind::Bullet {
        no_action_verb(cx, facts, sink);
    }
}

/// Across bullets: the same verb over and over, tenses that do not fit.
pub fn check(cx: &Context, sink: &mut Sink) {
    let mut by_lemma: HashMap<&str, Vec<usize>> = HashMap::default();
    for (i, block, facts) in cx.blocks() {
        if block.kind == BlockKind::Bullet && cx.section(block).is_work() {
            if let Some(lead) = &facts.lead {
                by_lemma.entry(lead.lemma.as_str()).or_default().push(i);
            }
        }
    }
    repeated(cx, by_lemma, sink);
    tense(cx, sink);
}

/// Finds "Responsible for…", "Worked on…", also after "Also", "I was"…
/// Returns whether it fired.
pub fn weak_opening_span(text: &str, tokens: &[Token]) -> Option<(usize, usize)> {
    let lx = lexicon();
    let first = first_word(tokens)?;
    let mut at = first;
    for _ in 0..=3 {
        let end = lx
            .weak_openings
            .match_at(tokens, at)
            .map(|(len, _)| at + len)
            .or_else(|| WEAK_SHAPES.iter().find_map(|shape| shape(text, tokens, at)));
        if let Some(end) = end {
            return (!is_label(tokens, end)).then_some((first, end));
        }
        if tokens
            .get(at)
            .is_some_and(|t| lx.lead_ins.contains(t.lower.as_str()))
        {
            at += 1;
        } else {
            break;
        }
    }
    None
}

/// Weak openings that need more than a phrase: each takes the text, the
/// tokens and where the opening starts (after any lead-in), and returns
/// where the weak part ends.
type WeakShape = fn(&str, &[Token], usize) -> Option<usize>;
const WEAK_SHAPES: [WeakShape; 4] = [
    duty_as_subject,
    contributed_to_nothing_specific,
    supported_without_a_measure,
    joined_as_a_role,
];

fn word_at(tokens: &[Token], i: usize) -> &str {
    tokens.get(i).map_or("", |t| t.lower.as_str())
}

/// A responsibility, duty or role as the subject, owned by whoever opens
/// the bullet: "Our team's responsibility was…", "My main duties were…",
/// "The squad's role is…". Not "Automated our release tasks: …" (a verb
/// opens it), nor "Our role-based access…" (no verb after the noun).
fn duty_as_subject(_: &str, tokens: &[Token], at: usize) -> Option<usize> {
    let possessive = |i: usize| {
        let w = word_at(tokens, i);
        matches!(w, "my" | "our" | "their" | "his" | "her")
            || w.ends_with("'s")
            || w.ends_with("’s")
    };
    if !(possessive(at) || word_at(tokens, at) == "the" && possessive(at + 1)) {
        return None;
    }
    let lx = lexicon();
    let noun = (at + 1..at + 5).find(|&i| lx.duty_nouns.contains(word_at(tokens, i)))?;

    let verb_after = matches!(
        word_at(tokens, noun + 1),
        "was" | "were" | "is" | "are" | "included" | "includes" | "include" | "consisted" | ":"
    );
    verb_after.then_some(noun + 1)
}

/// "Contributed to the observability effort.", "Contributed to several
/// projects": nothing specific follows. Not "Contributed to Apache Arrow
/// by fixing…", "Contributed to the design of the permissions model",
/// "Contributed to CPython development" (a name says what).
fn contributed_to_nothing_specific(text: &str, tokens: &[Token], at: usize) -> Option<usize> {
    if word_at(tokens, at) != "contributed" || word_at(tokens, at + 1) != "to" {
        return None;
    }
    let clause = tokens[at + 2..]
        .iter()
        .take_while(|t| !(t.is_punct('.') || t.is_punct(';')));
    let (mut words, mut named, mut last) = (0, false, None::<&Token>);
    for t in clause {
        if let Some(before) = last {
            named |= before.kind == Kind::Number || before.first_char_upper(text);
        }
        words += 1;
        last = Some(t);
    }
    let generic = last.is_some_and(|t| lexicon().generic_objects.contains(t.lower.as_str()));
    (words <= 5 && generic && !named).then_some(at + 2)
}

/// "Supported the data team with…", "Supported production systems": a
/// presence. Not a load it carried: "Supported 40k QPS", "Supported over
/// 2,000 merchants", "Supported ~50k req/s", "Supported $2M in ARR" (a
/// number in the first clause).
fn supported_without_a_measure(_: &str, tokens: &[Token], at: usize) -> Option<usize> {
    if word_at(tokens, at) != "supported" {
        return None;
    }
    let lx = lexicon();
    let measured = tokens[at + 1..]
        .iter()
        .take_while(|t| !(t.is_punct('.') || t.is_punct(';') || t.is_punct(',')))
        .any(|t| t.kind == Kind::Number || lx.number_words.contains(t.lower.as_str()));
    (!measured).then_some(at + 1)
}

/// "Joined the payments team as a backend engineer", "Joined as the second
/// engineer…": a role taken, not an action.
fn joined_as_a_role(_: &str, tokens: &[Token], at: usize) -> Option<usize> {
    if word_at(tokens, at) != "joined" {
        return None;
    }
    (at + 1..at + 7)
        .take_while(|&i| tokens.get(i).is_some_and(|t| t.kind == Kind::Word))
        .find(|&i| word_at(tokens, i) == "as")
        .map(|i| i + 1)
}

/// Whether nothing but punctuation follows token `end`: "Key
/// Responsibilities:" heads a list, it does not open a bullet.
pub fn is_label(tokens: &[Token], end: usize) -> bool {
    tokens[end.min(tokens.len())..]
        .iter()
        .all(|t| t.kind == Kind::Punct)
}

/// Whether a verb after a weak phrase is the person's own action, so the
/// phrase and the verb can become that verb in the past tense: a gerund
/// ("Responsible for maintaining"), an infinitive ("Tasked to migrate"), or
/// after "helped" ("Helped migrate"). After "Joined as", "Took part in",
/// "Worked at" the next word is a noun that may look like a verb ("lead",
/// "design", "scale").
fn takes_a_verb(phrase_last: &Token, next: &Token, after_to: bool) -> bool {
    after_to
        || phrase_last.lower == "to"
        || next.lower.ends_with("ing")
        || matches!(
            phrase_last.lower.as_str(),
            "help" | "helps" | "helped" | "helping"
        )
}

/// "Worked with Finance to cut the monthly close from 10 days to 4": the
/// opening is still weak, but the bullet holds its own result. Returns
/// "Cut the monthly close from 10 days to 4" (the verb after "to", in the
/// past tense, and the rest of its sentence) for the suggestion.
fn result_after_to(text: &str, t: &[Token], from: usize) -> Option<String> {
    let lx = lexicon();
    let clause = || (from..t.len()).take_while(|&i| !(t[i].is_punct('.') || t[i].is_punct(';')));
    // "from onboarding to launch" is a span of time, not a purpose.
    let from_at = clause().find(|&i| t[i].lower == "from");
    let to = clause().find(|&i| t[i].lower == "to" && from_at.is_none_or(|f| i < f))?;
    let verb = t.get(to + 1).filter(|v| v.kind == Kind::Word)?;
    let lemma = &lx
        .verb(&verb.lower)
        .filter(|v| *v.lemma == *verb.lower)?
        .lemma;
    let past = lx.past_capitalized(lemma)?;
    let end = clause().last().map_or(t.len(), |i| i + 1);
    let rest = t.get(to + 2..end).filter(|r| !r.is_empty())?;
    Some(format!(
        "{past} {}",
        rest[0].span.cover(rest[rest.len() - 1].span).of(text)
    ))
}

fn weak_opening(cx: &BlockCx, facts: &BlockFacts, sink: &mut Sink) -> bool {
    let t = &facts.tokens;
    let Some((from, to)) = weak_opening_span(cx.text, t) else {
        return false;
    };
    let lx = lexicon();
    let phrase = t[from].span.cover(t[to - 1].span);
    let phrase_text = phrase.of(cx.text);
    // "Responsible for maintaining X" -> "Maintained X"; "Helped migrate X" -> "Migrated X".
    let next = t.get(to).filter(|n| n.kind == Kind::Word);
    let after_to = next.is_some_and(|n| n.lower == "to");
    let next = if after_to { t.get(to + 1) } else { next };
    let next = next.filter(|n| takes_a_verb(&t[to - 1], n, after_to));
    let verb_after = next.and_then(|n| {
        let lemma = n
            .lower
            .strip_suffix("ing")
            .map(|stem| {
                [
                    stem.to_string(),
                    format!("{stem}e"),
                    // Doubled consonant ("running"): drop one, on a char boundary.
                    stem.char_indices()
                        .last()
                        .map_or("", |(i, _)| &stem[..i])
                        .to_string(),
                ]
                .into_iter()
                .find(|c| lx.verb(c).is_some_and(|v| v.lemma == *c))
            })
            .unwrap_or_else(|| {
                lx.verb(&n.lower)
                    .filter(|v| *v.lemma == *n.lower)
                    .map(|v| v.lemma.to_string())
            })?;
        // "I am currently building…" is work still going on: the present
        // ("Build…"), as a current role's bullets read; else the past.
        let ongoing = t[from..to]
            .iter()
            .any(|w| matches!(w.lower.as_str(), "currently" | "am" | "is" | "are"));
        let verb = if ongoing {
            capitalized(&lemma)
        } else {
            lx.past_capitalized(&lemma)?
        };
        Some((n.span, verb))
    });
    match verb_after {
        Some((verb_span, past)) => {
            let span = phrase.cover(verb_span);
            sink.emit_replacement(
                RuleId::WeakOpening,
                RuleId::WeakOpening.severity(),
                span,
                format!("“{}” describes a duty, not what you did; lead with the action.", phrase_text),
                past,
            );
        }
        None => sink.emit(
            RuleId::WeakOpening,
            phrase,
            format!("“{phrase_text}” describes a duty, not what you did; lead with the action."),
            Some(match result_after_to(cx.text, t, to) {
                // "Worked with Finance to cut…": who it was with goes after.
                Some(result) if t[from..to].iter().any(|w| w.lower == "with") => {
                    format!("Lead with the result and say who it was with after it: “{result}, with …”.")
                }
                Some(result) => format!("Lead with the result: “{result}”."),
                None => "Start with a strong past-tense verb for your own part (Built, Led, Cut, Shipped) and end with the result.".into(),
            }),
        ),
    }
    true
}

fn no_action_verb(cx: &BlockCx, facts: &BlockFacts, sink: &mut Sink) {
    let t = &facts.tokens;
    if facts.lead.is_some() || facts.words < 3 {
        return;
    }
    let Some(first) = t.iter().position(|t| t.kind != Kind::Punct) else {
        return;
    };
    let lx = lexicon();
    // "Tech: Go, Kafka" is a label line, and first person is its own rule.
    if t.iter().take(4).any(|t| t.is_punct(':'))
        || lx.first_person.contains(t[first].lower.as_str())
    {
        return;
    }
    if is_gerund(t) {
        let word = &t[first];
        sink.emit_with(
            RuleId::Tense,
            Severity::Info,
            word.span,
            format!("“{}” reads as ongoing; a bullet reads stronger with a verb in past tense (or present for your current role).", word.span.of(cx.text)),
            None,
        );
        return;
    }
    let w = &t[first];
    // "Quickly migrated…": drop the adverb and start with the verb.
    // ("Successfully", "Drastically" are left to the filler and
    // vague-improvement rules, which say what would prove them.)
    let said_elsewhere =
        || lx.filler.match_at(t, first).is_some() || lx.improvement.match_at(t, first).is_some();
    if w.lower.ends_with("ly") {
        if let Some(next) = t.get(first + 1) {
            if let Some(v) = lx.verb(&next.lower) {
                if said_elsewhere() {
                    return;
                }
                let word = capitalized(next.span.of(cx.text));
                let _ = v;
                sink.emit_replacement(
                    RuleId::NoActionVerb,
                    RuleId::NoActionVerb.severity(),
                    w.span.cover(next.span),
                    format!(
                        "Opens with “{}” instead of the action; lead with the verb.",
                        w.span.of(cx.text)
                    ),
                    word,
                );
                return;
            }
        }
    }
    // Mark the opening words: the place a verb should be.
    let opening = t[first..]
        .iter()
        .take(3)
        .fold(w.span, |s, n| s.cover(n.span));
    sink.emit(
        RuleId::NoActionVerb,
        opening,
        "Opens with no action verb, so the reader has to hunt for what you did.",
        Some("Rewrite it to start with what you did, in the past tense: “Designed…”, “Migrated…”, “Cut…”.".into()),
    );
}

fn repeated(cx: &Context, by_lemma: HashMap<&str, Vec<usize>>, sink: &mut Sink) {
    let lx = lexicon();
    let mut groups: Vec<_> = by_lemma.into_iter().filter(|(_, v)| v.len() > 2).collect();
    crate::sort::sort_by_key(&mut groups, |(_, v)| v[0]); // first use first, for a stable order
    for (lemma, blocks) in groups {
        let alts = lx.verb_alternatives.get(lemma).map(|a| a.join(", "));
        for &b in &blocks[2..] {
            let facts = &cx.facts[b];
            let Some(lead) = &facts.lead else { continue };
            let tok = &facts.tokens[lead.index];
            sink.emit(
                RuleId::RepeatedVerb,
                tok.span,
                format!(
                    "“{}” opens {} bullets; varied verbs make each achievement stand on its own.",
                    tok.span.of(cx.text),
                    blocks.len()
                ),
                Some(match &alts {
                    Some(a) => format!("Try another verb that says exactly what you did: {a}."),
                    None => "Use a verb that says exactly what you did in this one.".into(),
                }),
            );
        }
    }
}

fn tense(cx: &Context, sink: &mut Sink) {
    let lx = lexicon();
    // Group work bullets by their role entry (entries are numbered in order).
    let mut by_entry: Vec<Vec<usize>> = vec![Vec::new(); cx.doc.entries.len()];
    for (i, b, f) in cx.work_items() {
        if let (Some(e), Some(_)) = (b.entry, &f.lead) {
            by_entry[e].push(i);
        }
    }
    for (e, blocks) in by_entry.into_iter().enumerate() {
        if blocks.is_empty() {
            continue;
        }
        let Some(dates) = cx.doc.entries[e].dates else {
            continue;
        };
        let lead = |b: &usize| cx.facts[*b].lead.as_ref();
        if !dates.is_current() {
            for b in &blocks {
                let Some(l) = lead(b) else { continue };
                if l.tense == Tense::Present {
                    let tok = &cx.facts[*b].tokens[l.index];
                    let message = format!(
                        "“{}” is present tense, but this role has ended.",
                        tok.span.of(cx.text)
                    );
                    match lx.past_capitalized(&l.lemma) {
                        Some(past) => sink.emit_replacement(
                            RuleId::Tense,
                            RuleId::Tense.severity(),
                            tok.span,
                            message,
                            past,
                        ),
                        None => sink.emit(RuleId::Tense, tok.span, message, None),
                    }
                }
            }
            continue;
        }
        // Current role: present is fine, but a mix reads as careless. Flag the minority.
        let past = blocks
            .iter()
            .filter(|b| lead(b).is_some_and(|l| l.tense == Tense::Past))
            .count();
        let present = blocks
            .iter()
            .filter(|b| lead(b).is_some_and(|l| l.tense == Tense::Present))
            .count();
        if past == 0 || present == 0 || past == present {
            continue;
        }
        let minority = if past < present {
            Tense::Past
        } else {
            Tense::Present
        };
        for b in &blocks {
            let Some(l) = lead(b) else { continue };
            if l.tense == minority {
                let tok = &cx.facts[*b].tokens[l.index];
                let message = format!(
                    "“{}” mixes tenses with the other bullets of this role.",
                    tok.span.of(cx.text)
                );
                let past = (minority == Tense::Present)
                    .then(|| lx.past_capitalized(&l.lemma))
                    .flatten();
                match past {
                    Some(p) => {
                        sink.emit_replacement(RuleId::Tense, Severity::Info, tok.span, message, p)
                    }
                    None => sink.emit_with(RuleId::Tense, Severity::Info, tok.span, message, None),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{experience, hits};
    use super::super::{Finding, RuleId};
    use crate::{check, Options};

    /// The weak-opening findings of `text`, in order.
    fn weak_findings(text: &str) -> Vec<Finding> {
        check(text, &Options::fixed_date())
            .findings
            .into_iter()
            .filter(|f| f.rule == RuleId::WeakOpening)
            .collect()
    }

    /// Their one-click rewrites.
    fn rewrites(text: &str) -> Vec<Option<String>> {
        weak_findings(text)
            .into_iter()
            .map(|f| f.replacement)
            .collect()
    }

    /// The suggestion of the first.
    fn first_suggestion(text: &str) -> String {
        weak_findings(text)
            .first()
            .and_then(|f| f.suggestion.clone())
            .expect("a weak opening with a suggestion")
    }

    #[test]
    fn weak_openings_fire() {
        let text = experience(&[
            "Responsible for the billing API and its on-call",
            "Worked on the payments team for two years",
            "Also worked on internal tooling for deploys",
            "I was in a team that rebuilt the search cluster",
            "Helped migrate 40 services to Kubernetes",
            "Participated in design reviews for storage",
            "Tasked with keeping the CI green every week",
            "Member of the platform guild at the company",
        ]);
        let h = hits(&text, RuleId::WeakOpening);
        assert_eq!(h.len(), 8, "{h:?}");
        assert_eq!(h[0], "Responsible for");
        assert_eq!(h[4], "Helped migrate");
    }

    /// Issue 14's classes: duty and participation phrasing wider than
    /// "Responsible for" and "Worked on".
    #[test]
    fn duty_participation_and_narrative_openings_fire() {
        let text = experience(&[
            // Worked, with a manner, a company or a place.
            "Worked extensively with Kafka and Flink in the ingestion team",
            "Worked alongside the SRE team on the storage migration",
            "Worked for a logistics startup on its routing service",
            // Responsibility, role or duty as the subject.
            "Main responsibility: the release train for the mobile apps",
            "Key responsibilities were capacity reviews and upgrades",
            "Duties: patching hosts and rotating certificates weekly",
            "Tasks included writing Terraform modules for the VPCs",
            // Participation and presence.
            "Took part in the quarterly disaster recovery exercises",
            "Was involved with the rollout of service-level objectives",
            // Narrative framing.
            "I am currently building a rate limiter for the public API",
            "I was busy with the split of the monolith into services",
            "Joined as the second engineer on the payments team",
            "During my time there I maintained the order service",
            "Over the years I looked after most of the infrastructure",
        ]);
        let h = hits(&text, RuleId::WeakOpening);
        assert_eq!(h.len(), 14, "{h:?}");
        assert_eq!(h[3], "Main responsibility");
        assert_eq!(h[9], "I am currently building");
    }

    /// The shapes a phrase list cannot hold, each with what it must spare.
    #[test]
    fn weak_shapes_fire_and_spare() {
        let weak = experience(&[
            "Our team's responsibility was the customer-facing API",
            "My main duties were patching and on-call for storage",
            "Contributed to the observability effort.",
            "Contributed to several internal projects",
            "Supported the data science team with feature pipelines",
            "Supported production systems for the logistics platform",
            "Joined the payments team as a backend engineer",
            "I'm currently involved in the move to Rust for parsers",
            "I was in charge for the monitoring of the servers",
            "I am working in the backend team on the booking system",
        ]);
        let h = hits(&weak, RuleId::WeakOpening);
        assert_eq!(h.len(), 10, "{h:?}");
        let strong = experience(&[
            "Our role-based access control now covers 40 services",
            "Contributed to Apache Arrow by fixing a bug in the Parquet reader",
            "Contributed to the design of the new permissions model",
            "Supported 40k QPS on a single Postgres primary",
            "Supported thousands of concurrent players on launch day",
            "Joined two billing systems into one ledger service",
        ]);
        assert_eq!(hits(&strong, RuleId::WeakOpening), Vec::<&str>::new());
    }

    /// What a review found the shapes and rewrites getting wrong.
    #[test]
    fn weak_shapes_spare_measures_names_and_verbs() {
        let spared = experience(&[
            "Supported over 2,000 merchants through Black Friday",
            "Supported ~50k req/s on two Postgres primaries",
            "Supported $2M in ARR with the partner API",
            "Automated our release tasks: tagging, changelogs and signing",
            "Contributed to CPython development of the asyncio module",
            "My work on the ranking model lifted CTR 4%",
        ]);
        assert_eq!(hits(&spared, RuleId::WeakOpening), Vec::<&str>::new());
        let weak = experience(&[
            "The squad's role is the release train for mobile",
            "Also contributed to several internal projects",
        ]);
        assert_eq!(hits(&weak, RuleId::WeakOpening).len(), 2);
        // A lone label is no opening.
        let label = "EXPERIENCE\nEngineer, Acme   2020 – 2024\nMy responsibilities:\n- Built the ledger for 2M payments a day\n";
        assert_eq!(hits(label, RuleId::WeakOpening), Vec::<&str>::new());
        // "Helped to migrate" keeps its rewrite; a non-ASCII gerund does not panic.
        let text = experience(&[
            "Helped to migrate 40 services to Kubernetes",
            "Worked on résuméing the docs",
        ]);
        assert_eq!(rewrites(&text), vec![Some("Migrated".into()), None]);
        // "from … to …" is no purpose to lead with.
        let span = experience(&["Supported enterprise customers from onboarding to launch"]);
        assert!(first_suggestion(&span).starts_with("Start with a strong"));
    }

    /// Issue 14 asks to decide: a strong verb after a weak opening keeps the
    /// finding (the opening is what a reader sees first), and the
    /// suggestion is the bullet's own result, led by that verb.
    #[test]
    fn a_weak_opening_with_a_result_after_it_suggests_leading_with_the_result() {
        let text = experience(&["Worked with Finance to cut the monthly close from 10 days to 4."]);
        let found = weak_findings(&text);
        let f = found.first().expect("still weak at its opening");
        assert_eq!(f.span.of(&text), "Worked with");
        assert_eq!(
            f.suggestion.as_deref(),
            Some("Lead with the result and say who it was with after it: “Cut the monthly close from 10 days to 4, with …”.")
        );
        // No verb after "to": the general advice.
        let plain = experience(&["Worked with Finance to the end of the quarter"]);
        assert!(first_suggestion(&plain).starts_with("Start with a strong"));
    }

    #[test]
    fn a_rewrite_takes_only_a_verb_that_is_the_persons_action() {
        let text = experience(&[
            "Joined as lead engineer on the payments team",
            "Took part in design reviews for the storage layer",
            "Worked at scale on the ads ranking service",
            "Helped migrate 40 services to Kubernetes",
        ]);
        let found = weak_findings(&text);
        let fixes: Vec<_> = found
            .iter()
            .map(|f| (f.span.of(&text), f.replacement.as_deref()))
            .collect();
        assert_eq!(
            fixes,
            vec![
                ("Joined as", None),
                ("Took part in", None),
                ("Worked at", None),
                ("Helped migrate", Some("Migrated")),
            ]
        );
    }

    #[test]
    fn a_list_label_is_no_weak_opening() {
        let text = "EXPERIENCE\nSenior Engineer, Acme   Jan 2020 – Present\nKey Responsibilities:\n- Built the ledger service handling 2M requests/day\n- Duties: patching hosts and rotating certificates\n";
        let r = check(text, &Options::fixed_date());
        let weak: Vec<_> = r
            .findings
            .iter()
            .filter(|f| f.rule == RuleId::WeakOpening)
            .map(|f| f.span.of(text))
            .collect();
        assert_eq!(weak, vec!["Duties"]);
        let leads: Vec<_> = r.bullets.iter().map(|b| b.lead_verb.clone()).collect();
        assert_eq!(leads, vec![Some("Built".to_string()), None]);
    }

    #[test]
    fn work_still_going_on_is_rewritten_in_the_present() {
        let text = experience(&[
            "I am currently building a rate limiter for the public API",
            "I was responsible for building the billing exports for finance",
        ]);
        assert_eq!(
            rewrites(&text),
            vec![Some("Build".into()), Some("Built".into())]
        );
    }

    #[test]
    fn weak_opening_offers_a_concrete_verb() {
        let text = experience(&["Responsible for maintaining the CI pipeline for 40 engineers"]);
        let found = weak_findings(&text);
        assert_eq!(found[0].span.of(&text), "Responsible for maintaining");
        assert_eq!(found[0].suggestion.as_deref(), Some("Maintained"));
    }

    #[test]
    fn strong_openings_do_not_fire() {
        let text = experience(&[
            "Cut p99 checkout latency from 480 ms to 120 ms by moving session reads to Redis",
            "Partnered with finance to cut cloud spend by $1.2M a year",
            "Helper library adopted by 12 teams",
            "Led a team of 5 through a 3-region Kafka migration",
            // A strong verb whose object happens to be a duty word.
            "Cut on-call duties for 6 engineers by automating 14 runbooks",
            "Took over the billing service and cut its error rate by 80%",
            "Joined two legacy ledgers into one Postgres schema",
        ]);
        assert_eq!(hits(&text, RuleId::WeakOpening), Vec::<String>::new());
    }

    #[test]
    fn no_action_verb_fires_on_noun_phrases_and_adverbs() {
        let text = experience(&[
            "Design and implementation of the ingestion layer for 3 regions",
            "Quickly migrated 40 services to Kubernetes",
            "Tech lead of the billing pipeline end to end",
        ]);
        let h = hits(&text, RuleId::NoActionVerb);
        assert_eq!(h.len(), 3, "{h:?}");
        let r = check(&text, &Options::fixed_date());
        let adverb = r
            .findings
            .iter()
            .find(|f| f.span.of(&text) == "Quickly migrated")
            .unwrap();
        assert_eq!(adverb.suggestion.as_deref(), Some("Migrated"));
        // "Successfully" is filler, said once, by that rule.
        let filler = experience(&["Successfully migrated 40 services to Kubernetes"]);
        assert_eq!(hits(&filler, RuleId::NoActionVerb), Vec::<&str>::new());
        assert_eq!(hits(&filler, RuleId::Filler), vec!["Successfully"]);
    }

    #[test]
    fn no_action_verb_spares_verbs_and_labels() {
        let text = experience(&[
            "Built the ledger service in Go",
            "Tech: Go, Kafka, Kubernetes",
        ]);
        assert!(hits(&text, RuleId::NoActionVerb).is_empty());
    }

    #[test]
    fn repeated_verbs_fire_from_the_third() {
        let text = experience(&[
            "Led the storage migration for 3 regions",
            "Led hiring for the platform team of 8",
            "Led the incident review program across 12 teams",
            "Built the deploy tool used by 40 engineers",
        ]);
        assert_eq!(hits(&text, RuleId::RepeatedVerb), vec!["Led"]);
        let two = experience(&["Led the storage migration", "Led hiring for the platform"]);
        assert!(hits(&two, RuleId::RepeatedVerb).is_empty());
    }

    #[test]
    fn present_tense_in_a_past_role() {
        let text = "Experience\nEngineer, Beta   2016 – 2019\n- Build the billing service in Go\n- Migrated 12 services to Kubernetes\n";
        assert_eq!(hits(text, RuleId::Tense), vec!["Build"]);
        let r = check(text, &Options::fixed_date());
        let f = r.findings.iter().find(|f| f.rule == RuleId::Tense).unwrap();
        assert_eq!(f.suggestion.as_deref(), Some("Built"));
    }

    #[test]
    fn present_tense_is_fine_in_the_current_role() {
        let text = "Experience\nEngineer, Acme   2021 – Present\n- Own the billing service\n- Run the on-call rotation for 8 engineers\n";
        assert!(hits(text, RuleId::Tense).is_empty());
    }
}
