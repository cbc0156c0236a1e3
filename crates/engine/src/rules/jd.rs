//! Job-description match: terms the resume never shows (on the job
//! description's side) and keyword stuffing (on the resume's side).
//!
//! Stuffing thresholds, documented in the README:
//! - one term mentioned in more than [`MAX_MENTIONS`] bullets outside Skills
//!   (and Education, Publications and Certifications, whose titles name it);
//! - a run of [`BARE_RUN`] or more bare keywords in a list outside Skills
//!   ([`BRACKETED_RUN`] in a resume's first bracketed gloss of a stack),
//!   or one concept listed twice under two names in a Skills line;
//! - [`COPY_WORDS`] or more words in a row copied from the job description;
//! - keywords making up more than [`DENSITY`] of a bullet of [`DENSE_WORDS`] words or more.

use super::{Context, RuleId, Sink};
use crate::document::BlockKind;
use crate::lexicon::SectionKind;
use crate::span::Span;
use crate::tailor::job::{self, TermKey, COPY_WORDS};
use crate::tailor::{data::tailor_lexicon, ConceptKind, Mention};
use crate::text::{Kind, Token};

pub const MAX_MENTIONS: usize = 5;
pub const BARE_RUN: usize = 5;
/// The shortest run of bare keywords in brackets after a bullet's words:
/// a stack's gloss names five or six.
pub const BRACKETED_RUN: usize = 8;
/// Half: with the job lexicon's long tail, a plain bullet's domain words
/// ("incident response", "SOC 2", "audit") reach 40%; a stuffed one is past 55%.
pub const DENSITY: f64 = 0.5;
/// The shortest bullet held to [`DENSITY`]: an honest short bullet is often
/// half names ("Hardened EKS clusters with pod security standards and
/// Calico network policies", 11 words); a stuffed one runs longer.
pub const DENSE_WORDS: usize = 12;

pub fn check(cx: &Context, sink: &mut Sink) {
    // Without the lens no check has a job description: none of this is built.
    let Some(job) = cx.tailor.lens_job() else {
        return;
    };
    let lx = tailor_lexicon();
    // Skills lists names; a degree's, a thesis's, a paper's or a
    // certificate's title names what it names: places where a term is said
    // as written, not repeated.
    let in_a_list_or_title = |m: &Mention| {
        matches!(
            cx.section(&cx.doc.blocks[m.block]),
            SectionKind::Skills
                | SectionKind::Education
                | SectionKind::Publications
                | SectionKind::Certifications
        )
    };
    // Direct mentions of each job term outside Skills (Raft is not a mention
    // of consensus here), for technologies only: six bullets opening "Led"
    // or naming APIs are not stuffing.
    let mut direct: Vec<Vec<&Mention>> = vec![Vec::new(); job.terms.len()];
    // "Azure DevOps" and "Azure SQL" are other products, not Azure again;
    // a name inside a gapped form's gap ("reviewed dbt pull requests") was
    // said as part of it.
    let counted = |m: &Mention| {
        !in_a_list_or_title(m) && !m.shared && !names_a_family_member(cx.text, m.span)
    };
    for (c, m) in &cx.tailor.mentions {
        if let Some(t) = cx.tailor.term(*c) {
            if lx.concepts[*c].kind == ConceptKind::Tech && counted(m) {
                direct[t].push(m);
            }
        }
    }
    for (t, (term, hits)) in job.terms.iter().zip(&cx.tailor.term_hits).enumerate() {
        if let TermKey::Named(_) = term.key {
            direct[t] = hits.iter().filter(|m| counted(m)).collect();
        }
        // Counted once per bullet: "GPU usage dashboards … average GPU busy
        // time" is one place that needed the word twice, not a repeat.
        let outside = &direct[t];
        let mut places = outside.iter().map(|m| m.block).collect::<Vec<_>>();
        places.dedup();
        if places.len() > MAX_MENTIONS {
            let sixth = outside
                .iter()
                .find(|m| m.block == places[MAX_MENTIONS])
                .map_or(outside[0].span, |m| m.span);
            sink.emit(
                RuleId::Stuffing,
                sixth,
                format!(
                    "\"{}\" is mentioned in {} places; past {MAX_MENTIONS}, repetition reads as keyword stuffing.",
                    term.name,
                    places.len()
                ),
                Some("Keep the mentions where it was central to the work; say it once in Skills.".into()),
            );
        }
    }
    // Mentions are in text order, block by block: walk them alongside the blocks.
    let all = &cx.tailor.mentions;
    let mut k = 0;
    let mut glosses = 0;
    for (b, block, facts) in cx.blocks() {
        let from = k;
        while all.get(k).is_some_and(|(_, m)| m.block == b) {
            k += 1;
        }
        let mentions: Vec<&(usize, Mention)> = all[from..k].iter().collect();
        let section = cx.section(block);
        if section == SectionKind::Header {
            continue;
        }
        let toks = &facts.tokens;
        // A sentence under Skills ("I'm good at explaining risk to people
        // who don't work in security; …") is prose, held as a bullet is.
        let prose = reads_as_prose(block.span.of(cx.text));
        if section == SectionKind::Skills || block.kind == BlockKind::SkillLine {
            if !prose {
                duplicates(cx, toks, &mentions, 2, sink);
                continue;
            }
            // Prose may name a skill twice in passing; a third time is
            // stuffing still ("Kubernetes experience running Kubernetes
            // with Kubernetes operators…").
            duplicates(cx, toks, &mentions, 3, sink);
        }
        // "Tech: Go, Kafka, Redis, …" or "Team stack: …" under a role is a
        // stack line, not stuffing: no run, no density.
        let labelled = is_a_stack_line(block.span.of(cx.text));
        // "unit" of "unit and integration tests" is no name of its own.
        let mentions: Vec<&(usize, Mention)> =
            mentions.into_iter().filter(|(_, m)| !m.shared).collect();
        let flagged = (!labelled && bare_run(cx.text, toks, &mentions, &mut glosses, sink))
            | copied(job, toks, &mentions, sink);
        if !flagged && !labelled && facts.words >= DENSE_WORDS {
            // Only the job's own terms count towards density, and a name
            // glossing the one before it ("Kubernetes (EKS)") says it once.
            // So does its kind right after it ("Semgrep SAST").
            let mut before: Option<(usize, Span)> = None;
            let keyword_words: usize = mentions
                .iter()
                .filter(|(c, _)| cx.tailor.term(*c).is_some())
                .filter(|(c, m)| {
                    let gloss = before.is_some_and(|(named, b)| {
                        glosses_after(cx.text, b, m.span)
                            || lx.falls_under(named, *c)
                                && cx.text[b.end..m.span.start].trim().is_empty()
                    });
                    before = Some((*c, m.span));
                    !gloss
                })
                .map(|(_, m)| mention_words(cx.text, m.span))
                .sum();
            let share = keyword_words as f64 / facts.words as f64;
            if share > DENSITY {
                sink.emit(
                    RuleId::Stuffing,
                    block.span,
                    format!(
                        "{keyword_words} of its {} words are job-description keywords; over {}% reads as written for a filter, not a person.",
                        facts.words,
                        (DENSITY * 100.0) as u32
                    ),
                    Some("Say what you did with them and what changed.".into()),
                );
            }
        }
    }
}

/// Whether a block reads as sentences, not a list: it ends as a sentence
/// does, runs to ten words or more, and most of its parts between commas
/// and semicolons are longer than a list's items.
///
/// Good: "I'm good at explaining risk to people who don't work in security;
/// our CEO calls my summary the only security document she reads." Bad:
/// "Application security, threat modelling, secure code review, Python"
/// (no stop), "Languages: Go, Rust, Python, Java, Kotlin, Scala, C." (short
/// items).
fn reads_as_prose(text: &str) -> bool {
    let t = text.trim();
    if !t.ends_with(['.', '!', '?']) || t.split_whitespace().count() < 10 {
        return false;
    }
    let parts: Vec<usize> = t
        .split([',', ';'])
        .map(|p| p.split_whitespace().count())
        .collect();
    let long = parts.iter().filter(|&&n| n > 3).count();
    long * 2 > parts.len()
}

/// How many of a bullet's words a mention takes for keyword density. A
/// name is three words at most ("Django REST Framework"); a longer mention
/// is a gapped form ("Review most backend pull requests" for "review …
/// pull requests"), whose gap is the writer's own words: it counts three.
///
/// Good: "Kafka" 1, "GitHub Actions" 2, "WCAG 2.1 AA" 2, "Review most
/// backend pull requests" 3.
fn mention_words(text: &str, span: Span) -> usize {
    // A version or a standard's number ("WCAG 2.1 AA", "ISO 27001") is no
    // keyword of its own: the name's words count.
    span.of(text)
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .count()
        .clamp(1, 3)
}

/// The same concept twice in one Skills line under two names ("Kubernetes,
/// K8s"), or the same name twice ("Azure, azure"); one finding per concept
/// and line. `times` is how many mentions make the finding: two in a list,
/// three in a sentence. A product family is not the same skill: "Kafka Connect" and
/// "Azure DevOps" beside "Kafka" and "Azure" (a capitalised word after the
/// name makes it another product, and so does one before a hyphen or a
/// slash: "T-SQL" and "PL/SQL" beside "SQL"; so is a tool named after it, "golang-migrate"
/// beside "Go").
fn duplicates(
    cx: &Context,
    toks: &[Token],
    mentions: &[&(usize, Mention)],
    times: usize,
    sink: &mut Sink,
) {
    let lx = tailor_lexicon();
    // "Kafka Connect" after "Kafka", "Spark SQL" beside "SQL": a
    // capitalised word right before or after the name makes another product.
    let capital_word = |t: &Token| t.kind == Kind::Word && t.first_char_upper(cx.text);
    let family = |c: usize, m: &Mention| {
        let after = toks
            .iter()
            .position(|t| t.span.start >= m.span.end)
            .is_some_and(|i| capital_word(&toks[i]));
        let before = toks
            .iter()
            .rposition(|t| t.span.end <= m.span.start)
            .is_some_and(|i| capital_word(&toks[i]) && toks[i].span.end + 1 >= m.span.start);
        // "T-SQL" beside "SQL": a capitalised part before a hyphen too, or
        // before a slash and the concept's own name ("PL/SQL", Oracle's
        // dialect; "CI/CD" twice is CI/CD twice).
        let said = m.span.of(cx.text);
        let capital = |head: &str| head.starts_with(|c: char| c.is_ascii_uppercase());
        let prefixed = said.split_once('-').is_some_and(|(head, _)| capital(head))
            || said.split_once('/').is_some_and(|(head, tail)| {
                capital(head) && tail.eq_ignore_ascii_case(&lx.concepts[c].name)
            });
        // "golang-migrate" beside "Go": a tool named after it, read by
        // its head; not "event-driven", a form of its own.
        let tool = said.split_once('-').is_some_and(|(head, tail)| {
            !head.is_empty() && tail.len() >= 3 && tail.bytes().all(|b| b.is_ascii_lowercase())
        }) && lx.forms.match_word(&said.to_ascii_lowercase()).is_none();
        after || before || prefixed || tool
    };
    // A shared mention is a word another's form holds ("CD" of "Argo CD"):
    // no second listing.
    let skills: Vec<&(usize, Mention)> = mentions
        .iter()
        .copied()
        .filter(|(c, m)| !m.shared && !family(*c, m))
        .collect();
    let mut said: Vec<usize> = Vec::new();
    for (i, (c, m)) in skills.iter().enumerate() {
        if said.contains(c) {
            continue;
        }
        let before = skills[..i].iter().filter(|(d, _)| d == c).count();
        if let Some((_, first)) = skills[..i].iter().find(|(d, _)| d == c) {
            let (a, b) = (first.span.of(cx.text), m.span.of(cx.text));
            if glosses(cx.text, first.span, m.span) || in_two_groups(cx.text, first.span, m.span) {
                continue;
            }
            if before + 1 < times {
                continue;
            }
            said.push(*c);
            let message = if a.eq_ignore_ascii_case(b) {
                format!(
                    "\"{b}\" is listed twice on this line; a repeated keyword reads as stuffing."
                )
            } else {
                format!("\"{b}\" is \"{a}\" again; one skill under two names reads as keyword stuffing.")
            };
            sink.emit(
                RuleId::Stuffing,
                m.span,
                message,
                Some(format!("List {} once.", lx.concepts[*c].name)),
            );
        }
    }
}

/// Whether the second name right after the first glosses it: "Kubernetes
/// (k8s)", "Kubernetes/K8s", "ISO 20022 pacs.008" say one skill once, with
/// its short or its narrower name.
///
/// Good: "Kubernetes (k8s)", "PostgreSQL / Postgres", "ISO 20022 pacs.008",
/// "profiling (perf, flame graphs)". Bad (said twice): "Kubernetes, K8s",
/// "Kubernetes (k8s), Kubernetes".
fn glosses(text: &str, first: Span, second: Span) -> bool {
    let side_by_side = first.end <= second.start && text[first.end..second.start].trim().is_empty();
    let example = first.end <= second.start && in_its_bracket(&text[first.end..second.start]);
    (side_by_side || example || in_brackets_after(text, first, second))
        && !first.of(text).eq_ignore_ascii_case(second.of(text))
}

/// Whether a bracket closes, then another opens, between two mentions: the
/// name sits in two groups of a skills line, once under each ("SQL
/// (BigQuery, PostgreSQL), GCP (BigQuery, Cloud Storage)"), not said twice.
///
/// Good: "SQL (BigQuery), GCP (BigQuery)". Bad (said twice): "BigQuery,
/// BigQuery", "Kubernetes (k8s), Kubernetes".
fn in_two_groups(text: &str, first: Span, second: Span) -> bool {
    let between = &text[first.end..second.start.max(first.end)];
    // The first's group closes (no bracket opens before it), and the
    // second's opens (none closes after it).
    let (Some(close), Some(open)) = (between.find(')'), between.rfind('(')) else {
        return false;
    };
    close < open && !between[..close].contains('(') && !between[open..].contains(')')
}

/// A name in brackets right after another, or after it and one word of
/// the writer's ("Terraform modules (infrastructure as code)"): a gloss of
/// what came before, for keyword density.
///
/// Good: "Kubernetes (EKS)", "Terraform modules (infrastructure as code)".
/// Bad: "Terraform, then Kafka (streams)", "Terraform and (Kafka)".
fn glosses_after(text: &str, first: Span, second: Span) -> bool {
    if in_brackets_after(text, first, second) {
        return true;
    }
    let between = text[first.end..second.start.max(first.end)].trim_end();
    between.strip_suffix('(').is_some_and(|word| {
        let word = word.trim();
        !word.is_empty()
            && word.chars().all(char::is_alphabetic)
            && !matches!(word, "and" | "or" | "then" | "with")
    })
}

/// A name in brackets or after a slash right after another ("Kubernetes
/// (EKS)", "Kafka/MSK"): the same thing said more precisely, not a second
/// keyword.
fn in_brackets_after(text: &str, first: Span, second: Span) -> bool {
    first.end <= second.start && matches!(text[first.end..second.start].trim(), "(" | "/")
}

/// Whether `between` two names opens the first one's bracket and does not
/// close it: the second is one of the first's examples ("profiling (perf,
/// flame graphs)"), not a second keyword.
///
/// Good: " (perf, ". Bad: " (k8s), ", ", (".
fn in_its_bracket(between: &str) -> bool {
    between.trim_start().starts_with('(') && !between.contains(')')
}

/// A name that is part of another product's: a capitalised word right
/// after it ("Azure DevOps", "Kafka Connect"), not the name again nor "I";
/// or one or two capitals and a hyphen before it ("T-SQL").
///
/// Good: "Azure SQL", "Kafka Streams", "T-SQL", "Amazon RDS for
/// PostgreSQL". Bad: "Azure. Then", "Azure
/// and GCP", "on Azure" (the name itself), "Kafka-backed", "Kubernetes
/// Kubernetes", "With Kubernetes I cut".
fn names_a_family_member(text: &str, span: Span) -> bool {
    let name = span.of(text);
    let after = text[span.end..].strip_prefix(' ').is_some_and(|rest| {
        let next = rest
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        next.starts_with(|c: char| c.is_uppercase()) && next != "I" && next != name
    });
    let prefixed = name.split_once('-').is_some_and(|(head, tail)| {
        (1..=2).contains(&head.len())
            && head.bytes().all(|b| b.is_ascii_uppercase())
            && tail.starts_with(|c: char| c.is_ascii_uppercase())
    });
    // "Amazon RDS for PostgreSQL", "Azure Database for MySQL": a managed
    // service's engine names the service.
    let managed = text[..span.start]
        .strip_suffix(" for ")
        .is_some_and(|before| {
            let last = before.rsplit(' ').next().unwrap_or(before);
            matches!(
                last,
                "RDS" | "Database" | "SQL" | "Aurora" | "Memorystore" | "ElastiCache"
            )
        });
    after || prefixed || managed
}

/// A line that lists a role's stack under a label of `stack:` in
/// `jd_page_words.txt`, in the resume's language, before a colon in its
/// first few words.
///
/// Good: "Tech: Go, Kafka", "- Team stack: Rust, Redis", "使用技術：Linux /
/// DNS". Bad: "Cut Kafka lag: Go, Redis, …" (no stack label), "Led tools
/// migration: Go" (the label's middle word), "Stackdriver: Kafka" (a
/// word's start), "Built the tools team's CI over two years: Go" (the
/// colon too far in).
fn is_a_stack_line(line: &str) -> bool {
    let line = line.trim_start_matches(|c: char| !c.is_alphanumeric());
    let Some((label, _)) = line.split_once([':', '：']) else {
        return false;
    };
    let label = label.trim();
    // The label's first or last words, whole: "Team stack", "Tools used",
    // not "Led tools migration", "Stackdriver", "Technical highlights".
    let whole = |w: &str| {
        let n = w.len();
        let at_start = label.len() >= n
            && label.is_char_boundary(n)
            && label[..n].eq_ignore_ascii_case(w)
            && !label[n..].starts_with(char::is_alphanumeric);
        let k = label.len().wrapping_sub(n);
        let at_end = label.len() >= n
            && label.is_char_boundary(k)
            && label[k..].eq_ignore_ascii_case(w)
            && !label[..k].ends_with(char::is_alphanumeric);
        at_start || at_end
    };
    label.chars().count() <= 24
        && label.split_whitespace().count() <= 3
        && crate::tailor::data::page_words_of("stack").any(whole)
}

/// A past participle alone, written in lowercase: a qualifier of the
/// name after it ("automated snapshots"), not an item of its own.
///
/// Good: "automated", "tested". Bad: "Kafka", "Terraform-managed" (a
/// compound), "Automated" (an item's first word, capitalised).
fn is_a_participle(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ed") && word.bytes().all(|b| b.is_ascii_lowercase())
}

/// A run of bare keywords in a list: "Kafka, Kubernetes, gRPC, Raft, Redis".
fn bare_run(
    text: &str,
    toks: &[Token],
    mentions: &[&(usize, Mention)],
    glosses: &mut usize,
    sink: &mut Sink,
) -> bool {
    let lx = tailor_lexicon();
    let mut flagged = false;
    let mut run: Vec<Span> = Vec::new();
    // "a B2B platform on AWS (Node.js, TypeScript, PostgreSQL, Redis, SQS,
    // S3)": a bracketed gloss of a bullet's stack is said once; only a
    // longer one is a run. Once a resume: a second gloss of five names or
    // more is a run again (`glosses` counts them), so bullet after bullet
    // ending in a bracket of keywords is stuffing still.
    // The run lies inside one pair of brackets, whatever else the pair
    // holds ("(dbt, Rust, Python, …)", where dbt is no term).
    let bracketed = |run: &[Span]| {
        let first = toks.partition_point(|t| t.span.start < run[0].start);
        let last = toks.partition_point(|t| t.span.end < run[run.len() - 1].end);
        let opens = toks[..first]
            .iter()
            .rev()
            .find(|t| t.is_punct('(') || t.is_punct(')'))
            .is_some_and(|t| t.is_punct('('));
        let closes = toks[(last + 1).min(toks.len())..]
            .iter()
            .find(|t| t.is_punct('(') || t.is_punct(')'))
            .is_some_and(|t| t.is_punct(')'));
        opens && closes
    };
    let mut flush = |run: &mut Vec<Span>, sink: &mut Sink| {
        let gloss = run.len() >= BARE_RUN && bracketed(run);
        let least = if gloss && *glosses == 0 {
            BRACKETED_RUN
        } else {
            BARE_RUN
        };
        *glosses += usize::from(gloss);
        if run.len() >= least {
            let span = run[0].cover(run[run.len() - 1]);
            sink.emit(
                RuleId::Stuffing,
                span,
                format!(
                    "A run of {} bare keywords; a list like this belongs in Skills, if anywhere.",
                    run.len()
                ),
                Some("Keep the ones this bullet's work used, and say how.".into()),
            );
            flagged = true;
        }
        run.clear();
    };
    let mut k = 0;
    let mut i = 0;
    // The concept of the mention that ended at the token before this one.
    let mut just_named: Option<usize> = None;
    // Whether that mention was a participle qualifying the next one
    // ("automated snapshots", "tested point-in-time restores"): one item.
    let mut just_qualified = false;
    while i < toks.len() {
        let t = &toks[i];
        if let Some((c, m)) = mentions
            .get(k)
            .filter(|(_, m)| m.span.start == t.span.start)
        {
            // "Semgrep SAST", "Trivy container image scanning": a name
            // followed by its kind is one item said once; so is a
            // technology followed by one practice on it ("PostgreSQL schema
            // design", "SQL performance"). Names side by side, or words
            // strung on ("Kafka mentoring Kubernetes observability"), are
            // still a run.
            let practice_on_it = |named: usize| {
                lx.concepts[named].kind == ConceptKind::Tech
                    && lx.concepts[*c].kind == ConceptKind::Practice
            };
            match (just_named, run.last_mut()) {
                (Some(named), Some(last))
                    if lx.falls_under(named, *c) || practice_on_it(named) || just_qualified =>
                {
                    *last = last.cover(m.span);
                    // One practice a name: the next word starts an item.
                    just_named = None;
                    just_qualified = false;
                }
                _ => {
                    run.push(m.span);
                    just_named = Some(*c);
                    just_qualified = is_a_participle(m.span.of(text));
                }
            }
            while i < toks.len() && toks[i].span.end <= m.span.end {
                i += 1;
            }
            k += 1;
            continue;
        }
        just_named = None;
        just_qualified = false;
        while mentions
            .get(k)
            .is_some_and(|(_, m)| m.span.start < t.span.start)
        {
            k += 1;
        }
        let separator = t.kind == Kind::Punct
            && matches!(t.lower.as_str(), "," | "/" | "|" | ";" | "&")
            || t.kind == Kind::Word && matches!(t.lower.as_str(), "and" | "or");
        if !separator {
            flush(&mut run, sink);
        }
        i += 1;
    }
    flush(&mut run, sink);
    flagged
}

/// Runs of [`COPY_WORDS`] or more words copied from the job description.
fn copied(job: &job::Job, toks: &[Token], mentions: &[&(usize, Mention)], sink: &mut Sink) -> bool {
    let words: Vec<&Token> = toks.iter().filter(|t| t.kind != Kind::Punct).collect();
    if words.len() < COPY_WORDS || job.shingles.is_empty() {
        return false;
    }
    let mut covered_to = 0;
    let mut current: Option<(usize, usize)> = None;
    let mut runs = Vec::new();
    for start in 0..=words.len() - COPY_WORDS {
        let hash = job::shingle_hash(
            words[start..start + COPY_WORDS]
                .iter()
                .map(|t| t.lower.as_str()),
        );
        if job.shingles.contains(&hash) {
            let end = start + COPY_WORDS;
            current = match current {
                Some((s, _)) if start <= covered_to => Some((s, end)),
                Some(run) => {
                    runs.push(run);
                    Some((start, end))
                }
                None => Some((start, end)),
            };
            covered_to = end;
        }
    }
    runs.extend(current);
    if runs.is_empty() {
        // Most blocks copy nothing: no term lookup for them.
        return false;
    }
    // A run that is the posting's own list of tools again ("with Jest and
    // React Testing Library, and end-to-end") is how anyone names them; a
    // copied sentence has words of its own besides the terms.
    let named: Vec<Span> = (0..toks.len())
        .filter_map(|i| {
            let (n, _) = job.named.match_at(toks, i)?;
            Some(toks[i].span.cover(toks[i + n - 1].span))
        })
        .collect();
    let in_a_term = |t: &Token| {
        let inside = |s: &Span| s.start <= t.span.start && t.span.end <= s.end;
        mentions.iter().any(|(_, m)| inside(&m.span)) || named.iter().any(inside)
    };
    runs.retain(|&(s, e)| {
        words[s..e]
            .iter()
            .filter(|t| !in_a_term(t) && !is_list_word(&t.lower))
            .count()
            >= OWN_WORDS
    });
    for &(s, e) in &runs {
        let span = words[s].span.cover(words[e - 1].span);
        sink.emit(
            RuleId::Stuffing,
            span,
            format!("{} words in a row copied from the job description.", e - s),
            Some("Use its terms for what you really did, in your own words.".into()),
        );
    }
    !runs.is_empty()
}

/// Words of its own a copied run needs besides the job's terms and the
/// words that join a list, to read as a copied sentence.
const OWN_WORDS: usize = 3;

/// The words that join a list of tools: "with Jest and React Testing Library".
///
/// Good: "and", "with", "or". Bad (words of a sentence's own): "built", "team".
fn is_list_word(w: &str) -> bool {
    matches!(
        w,
        "and"
            | "or"
            | "with"
            | "the"
            | "a"
            | "an"
            | "of"
            | "for"
            | "to"
            | "in"
            | "on"
            | "using"
            | "via"
            | "plus"
            | "&"
            | "as"
            | "well"
    )
}

/// `jd/missing-keyword` findings, on the job description's text.
pub fn missing(cx: &Context) -> Vec<super::Finding> {
    let Some(job) = cx.tailor.lens_job() else {
        return Vec::new();
    };
    let mut sink = Sink::default();
    for ((term, hits), pointers) in job
        .terms
        .iter()
        .zip(&cx.tailor.term_hits)
        .zip(&cx.tailor.pointers)
    {
        if !hits.is_empty() {
            continue;
        }
        let suggestion = if pointers.is_empty() {
            "Add it only where your work really used it.".to_string()
        } else {
            let lines: Vec<String> = pointers
                .iter()
                .map(|m| (cx.doc.blocks[m.block].line + 1).to_string())
                .collect();
            format!(
                "Your bullets on line {} may already show it; name it there only if it is true.",
                lines.join(", ")
            )
        };
        sink.emit(
            RuleId::MissingKeyword,
            term.spans[0],
            format!(
                "\"{}\" is in the job description but not in your resume.",
                term.name
            ),
            Some(suggestion),
        );
    }
    if let (Some(false), Some((need, span))) = (cx.tailor.years_met(), job.years_required) {
        sink.emit(
            RuleId::MissingKeyword,
            span,
            format!(
                "Asks for {need}+ years; your resume's dates show {}.",
                tenths(cx.tailor.years.unwrap_or(0.0))
            ),
            Some(
                "If earlier work counts (internships, research, open source), give it dates."
                    .into(),
            ),
        );
    }
    sink.findings
}

/// "4.9" (integer formatting: float formatting costs the wasm kilobytes).
fn tenths(years: f64) -> String {
    let t = (years * 10.0).round() as u64;
    format!("{}.{}", t / 10, t % 10)
}

#[cfg(test)]
mod tests {
    use super::{glosses_after, mention_words, names_a_family_member, reads_as_prose};
    #[cfg(feature = "job-lexicon")]
    use super::{is_a_stack_line, tailor_lexicon};
    use crate::span::Span;
    use crate::tailor::Job;
    use crate::{check, Options, RuleId};
    use std::sync::Arc;

    fn with_job(resume: &str, jd: &str) -> crate::Report {
        let options = Options {
            job: Some(Arc::new(Job::parse(jd))),
            ..Options::fixed_date()
        };
        check(resume, &options)
    }

    fn stuffing_said(r: &crate::Report, text: &str) -> Vec<(String, String)> {
        r.findings
            .iter()
            .filter(|f| f.rule == RuleId::Stuffing)
            .map(|f| (f.span.of(text).to_string(), f.message.clone()))
            .collect()
    }

    #[test]
    fn a_sentence_under_skills_is_prose_not_a_list() {
        assert!(reads_as_prose(
            "I'm good at explaining risk to people who don't work in security; our CEO calls my summary the only security document she reads."
        ));
        assert!(!reads_as_prose(
            "Application security, threat modelling, secure code review, TypeScript, Python"
        ));
        assert!(!reads_as_prose(
            "Languages: Go, Rust, Python, Java, Kotlin, Scala, C, C++ and Bash."
        ));
        let jd = "Security Engineer\n\nRequirements\n- Application security\n- Security reviews\n";
        let resume = "Ada Quill\n\nExperience\nSecurity Engineer, Acme (2020 - 2024)\n- Ran threat modelling for 12 product teams.\n\nSkills\nApplication security, threat modelling, Python\n\nI explain risk to people who don't work in security; our CEO calls my summary the only security document she reads.\n";
        let r = with_job(resume, jd);
        assert!(
            stuffing_said(&r, resume).is_empty(),
            "{:?}",
            stuffing_said(&r, resume)
        );
        // A third time in a sentence is stuffing still.
        let jd = "Platform Engineer\n\nRequirements\n- Kubernetes\n";
        let resume = "Ada Quill\n\nExperience\nEngineer, Acme (2020 - 2024)\n- Ran 12 clusters.\n\nSkills\nExperience running Kubernetes in production, tuning Kubernetes every day and teaching Kubernetes to others.\n";
        let r = with_job(resume, jd);
        assert!(!stuffing_said(&r, resume).is_empty());
    }

    #[test]
    #[cfg(feature = "job-lexicon")]
    fn every_stack_label_marks_a_stack_line() {
        assert!(crate::tailor::data::page_words_of("stack").count() >= 30);
        for label in crate::tailor::data::page_words_of("stack") {
            assert!(is_a_stack_line(&format!("- {label}: Go, Kafka")), "{label}");
        }
        assert!(is_a_stack_line("使用技術：Linux / DNS / HAProxy"));
        assert!(is_a_stack_line("Team stack: Rust, Redis"));
        assert!(!is_a_stack_line("Cut Kafka lag: Go, Redis, gRPC"));
        assert!(is_a_stack_line("Tools used: Go, Kafka"));
        for line in [
            "Technical highlights: Kafka, Kafka, Kubernetes",
            "Stackdriver: Kafka, Redis",
            "Environmental impact: Go",
            "Led tools migration: Go, Kafka",
        ] {
            assert!(!is_a_stack_line(line), "{line}");
        }
        assert!(!is_a_stack_line(
            "Built the tools team's CI over two years: Go"
        ));
    }

    #[test]
    fn a_product_family_is_not_the_same_skill_and_a_repeat_is_said_once() {
        let jd = "Requirements: Kafka, Azure, Kubernetes and Terraform.";
        let family =
            "SKILLS\nApache Kafka, Kafka Connect, Kafka Streams, Azure DevOps, Azure, Azure AD\n";
        assert_eq!(stuffing_said(&with_job(family, jd), family), vec![]);
        let jd_sql = "Requirements: SQL, Spark and Python.";
        let named_after = "SKILLS\nPython, SQL, PySpark, Spark SQL, Delta Lake\n";
        assert_eq!(
            stuffing_said(&with_job(named_after, jd_sql), named_after),
            vec![]
        );
        let dialect = "SKILLS\nSQL (T-SQL, BigQuery SQL), Python\n";
        assert_eq!(stuffing_said(&with_job(dialect, jd_sql), dialect), vec![]);
        let oracle = "SKILLS\nPostgreSQL, Oracle Database, PL/SQL, PL/pgSQL, Python, SQL\n";
        assert_eq!(stuffing_said(&with_job(oracle, jd_sql), oracle), vec![]);
        let jd_ci = "Requirements: CI/CD, Jenkins and TCP/IP.";
        let slashes = "SKILLS\nCI/CD, Jenkins, CI/CD, TCP/IP, TCP/IP\n";
        let found = stuffing_said(&with_job(slashes, jd_ci), slashes);
        assert!(found.iter().any(|f| f.0 == "CI/CD"), "{found:?}");
        // A tool named after a language is not the language again.
        let jd_go = "Requirements: Go, PostgreSQL and Docker.";
        let tool = "SKILLS\nGo, PostgreSQL, golang-migrate, Docker\n";
        assert_eq!(stuffing_said(&with_job(tool, jd_go), tool), vec![]);
        let alias = "SKILLS\nGo, PostgreSQL, Golang, Docker\n";
        assert_eq!(stuffing_said(&with_job(alias, jd_go), alias).len(), 1);
        let repeated = "SKILLS\nKubernetes, K8s, kubernetes, K8s, Terraform\n";
        let found = stuffing_said(&with_job(repeated, jd), repeated);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].0, "K8s");
        let case = "SKILLS\nTerraform, terraform, Go\n";
        let found = stuffing_said(&with_job(case, jd), case);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].1.contains("listed twice"), "{}", found[0].1);
    }

    fn stuffing(resume: &str, jd: &str) -> Vec<String> {
        with_job(resume, jd)
            .findings
            .iter()
            .filter(|f| f.rule == RuleId::Stuffing)
            .map(|f| f.span.of(resume).to_string())
            .collect()
    }

    const JD: &str = "We need Kafka, Kubernetes, gRPC, Redis and PostgreSQL experience. \
        You will design and operate large-scale distributed systems that process billions of events every day.";

    #[test]
    fn a_product_of_the_family_is_no_repeat_and_a_gloss_no_density() {
        let jd = "Requirements\n- Azure, Terraform, Kubernetes, AWS\n";
        let resume = "Experience\nEngineer, Acme  2020 – Present\n\
            - Supported .NET teams on Azure for five years\n\
            - Moved 90 release definitions to Azure DevOps pipelines\n\
            - Ran the Azure SQL estate and the Azure AD groups\n\
            - Set up Azure Monitor alerts and Azure Functions for the billing jobs\n\
            - Wrote the Azure runbooks for the on-call rotation\n";
        assert!(
            stuffing(resume, jd).is_empty(),
            "{:?}",
            stuffing(resume, jd)
        );
        let bare = "Experience\nEngineer, Acme  2020 – Present\n\
            - Azure for teams\n- Azure work\n- Azure for billing\n- Azure again\n- Azure runbooks\n- Azure and more\n";
        assert_eq!(stuffing(bare, jd).len(), 1);
        // A gloss in brackets after a name and a word of the writer's.
        let text = "Terraform modules (infrastructure as code)";
        assert!(glosses_after(text, Span::new(0, 9), Span::new(19, 41)));
        let text = "Terraform and (infrastructure as code)";
        assert!(!glosses_after(text, Span::new(0, 9), Span::new(15, 37)));
        assert!(names_a_family_member("Azure SQL", Span::new(0, 5)));
        assert!(names_a_family_member("T-SQL", Span::new(0, 5)));
        assert!(names_a_family_member(
            "Amazon RDS for PostgreSQL",
            Span::new(15, 25)
        ));
        assert!(!names_a_family_member(
            "a pilot for PostgreSQL",
            Span::new(12, 22)
        ));
        assert!(!names_a_family_member("Azure. Then", Span::new(0, 5)));
        assert!(!names_a_family_member("Azure and GCP", Span::new(0, 5)));
        assert!(!names_a_family_member(
            "Kafka-backed queues",
            Span::new(0, 12)
        ));
        assert!(!names_a_family_member("Kafka Kafka", Span::new(0, 5)));
        assert!(!names_a_family_member("Kafka I ran", Span::new(0, 5)));
        // Names side by side with no brackets are not a gloss.
        let run = "Experience\nEngineer, Acme  2020 – Present\n\
            - Used Kafka Kubernetes Terraform AWS in prod with Redis and gRPC for Go\n";
        let jd = "Requirements\n- Kafka, Kubernetes, Terraform, AWS, Redis, gRPC, Go\n";
        assert_eq!(stuffing(run, jd).len(), 1, "{:?}", stuffing(run, jd));
        // 7 of 13 words are the job's, but "(EKS)" glosses "Kubernetes".
        let dense = "Experience\nEngineer, Acme  2020 – Present\n\
            - Provisioned AWS infrastructure as code in Terraform; ran Kubernetes (EKS) for 60 services\n";
        let jd = "Requirements\n- AWS, EKS, Kubernetes, Terraform and infrastructure as code\n";
        assert!(stuffing(dense, jd).is_empty(), "{:?}", stuffing(dense, jd));
    }

    #[test]
    fn natural_use_is_not_stuffing() {
        let resume = "Experience\nEngineer, Acme  2020 – Present\n\
            - Cut p99 latency of the Kafka consumers from 480 ms to 120 ms by batching Redis reads\n\
            - Moved 40 services to Kubernetes with zero downtime\n\
            Skills\nKafka, Kubernetes, gRPC, Redis, PostgreSQL\n";
        assert!(stuffing(resume, JD).is_empty());
    }

    #[test]
    fn a_term_repeated_past_five_mentions_is_flagged_once() {
        let mut resume = String::from("Experience\nEngineer, Acme  2020 – Present\n");
        for i in 0..7 {
            resume.push_str(&format!("- Tuned Kafka partition {i} to cut lag by 20%\n"));
        }
        let hits = stuffing(&resume, JD);
        assert_eq!(hits, ["Kafka"]);
        // Twice in a bullet is one place: five bullets are not past five.
        let mut resume = String::from("Experience\nEngineer, Acme  2020 – Present\n");
        for i in 0..4 {
            resume.push_str(&format!("- Tuned Kafka partition {i} to cut lag by 20%\n"));
        }
        resume.push_str("- Kafka lag dashboards; average Kafka consumer lag fell by 40%\n");
        assert!(stuffing(&resume, JD).is_empty());
        // A thesis's, a paper's or a certificate's title is no repeat.
        let mut resume = String::from("Experience\nEngineer, Acme  2020 – Present\n");
        for i in 0..5 {
            resume.push_str(&format!("- Tuned Kafka partition {i} to cut lag by 20%\n"));
        }
        resume.push_str("Education\nMSc Computer Science, Aarhus University, 2018\nThesis: Kafka under partitions\n");
        resume.push_str("Publications\nExactly-once Kafka consumers, VLDB 2021\n");
        assert!(
            stuffing(&resume, JD).is_empty(),
            "{:?}",
            stuffing(&resume, JD)
        );
    }

    #[test]
    fn a_run_of_bare_keywords_is_flagged() {
        let resume = "Summary\nBackend engineer: Kafka, Kubernetes, gRPC, Redis, PostgreSQL, distributed systems.\n";
        assert_eq!(
            stuffing(resume, JD),
            ["Kafka, Kubernetes, gRPC, Redis, PostgreSQL, distributed systems"]
        );
        // A bracketed gloss of a bullet's stack is said once, up to seven.
        let resume = "Experience\nAcme, Engineer, 2020-2024\n- Backend for an ordering platform on AWS (Kafka, Kubernetes, gRPC, Redis, PostgreSQL, distributed systems).\n";
        assert_eq!(stuffing(resume, JD), Vec::<String>::new());
        let resume = "Experience\nAcme, Engineer, 2020-2024\n- Backend work (Kafka, Kubernetes, gRPC, Redis, PostgreSQL, distributed systems, Raft, Go).\n";
        assert_eq!(stuffing(resume, JD).len(), 1);
        // A second gloss of five names or more in one resume is a run.
        let resume = "Experience\nAcme, Engineer, 2020-2024\n- Backend for a platform (Kafka, Kubernetes, gRPC, Redis, PostgreSQL).\n- Data work on a lake (Kafka, Kubernetes, gRPC, Redis, PostgreSQL).\n";
        assert_eq!(stuffing(resume, JD).len(), 1);
        // Inside the brackets, with a word no term at either end.
        for resume in [
            "Experience\nAcme, Engineer, 2020-2024\n- Backend for a platform (Kafka, Kubernetes, gRPC, Redis, PostgreSQL, Nix).\n",
            "Experience\nAcme, Engineer, 2020-2024\n- Data work (Elm, Kafka, Kubernetes, gRPC, Redis, PostgreSQL).\n",
        ] {
            assert_eq!(stuffing(resume, JD), Vec::<String>::new(), "{resume}");
        }
    }

    #[test]
    fn one_skill_under_two_names_is_flagged() {
        let resume = "Skills\nKubernetes, K8s, Kafka, Apache Kafka, Go\n";
        assert_eq!(stuffing(resume, JD), ["K8s", "Apache Kafka"]);
    }

    #[test]
    fn a_short_name_glossing_the_name_is_said_once() {
        for resume in [
            "Skills\nKubernetes (k8s), Kafka, Go\n",
            "Skills\nKubernetes/k8s, Kafka, Go\n",
            "Skills\nGo, Kubernetes / K8s, Kafka\n",
        ] {
            assert_eq!(stuffing(resume, JD), Vec::<String>::new(), "{resume}");
        }
        // An example in the name's own brackets, not first in them.
        let resume = "Skills\nRust, profiling (perf, flame graphs), gRPC\n";
        assert_eq!(stuffing(resume, JD), Vec::<String>::new());
        // Named again after the gloss, it is said twice.
        let resume = "Skills\nKubernetes (k8s), Kafka, Kubernetes, Go\n";
        assert_eq!(stuffing(resume, JD), ["Kubernetes"]);
    }

    #[test]
    fn a_copied_phrase_is_flagged() {
        let resume = "Experience\nEngineer, Acme  2020 – Present\n\
            - Designed and operated large-scale distributed systems that process billions of events every day\n";
        assert_eq!(
            stuffing(resume, JD),
            ["large-scale distributed systems that process billions of events every day"]
        );
    }

    #[test]
    fn the_posting_s_tool_list_said_again_is_no_copy_but_a_sentence_is() {
        let jd = "Requirements\n- Write unit tests with Jest and React Testing Library, and end-to-end tests in Playwright.\n";
        let list = "Experience\nEngineer, Acme  2020 – Present\n\
            - Tested the checkout with Jest and React Testing Library, and end-to-end in Playwright\n";
        assert!(stuffing(list, jd).is_empty(), "{:?}", stuffing(list, jd));
        let jd = "Requirements\n- You will partner closely with designers to ship delightful and accessible product experiences every week.\n";
        let copy = "Experience\nEngineer, Acme  2020 – Present\n\
            - Partnered closely with designers to ship delightful and accessible product experiences every week\n";
        assert_eq!(stuffing(copy, jd).len(), 1);
    }

    #[test]
    fn keyword_density_over_the_limit_is_flagged() {
        // No run of five and nothing copied: only the density check can fire.
        let resume = "Experience\nEngineer, Acme  2020 – Present\n\
            - Used Kafka with Kubernetes, gRPC with Redis, PostgreSQL with Kafka for distributed systems\n";
        let report = with_job(resume, JD);
        let hits: Vec<&str> = report
            .findings
            .iter()
            .filter(|f| f.rule == RuleId::Stuffing)
            .map(|f| f.message.as_str())
            .collect();
        assert_eq!(hits.len(), 1, "{hits:?}");
        assert!(hits[0].contains("job-description keywords"), "{hits:?}");
        // Concepts the job does not ask for do not count.
        let natural = "Experience\nEngineer, Acme  2020 – Present\n\
            - Led migration of payment APIs to Kubernetes on AWS for 30 teams\n";
        assert!(stuffing(natural, JD).is_empty());
        // A short bullet may be half names and honest.
        let short = "Experience\nEngineer, Acme  2020 – Present\n\
            - Ran Kafka on Kubernetes with gRPC and Redis for payments\n";
        assert!(stuffing(short, JD).is_empty());
    }

    #[test]
    fn a_gapped_mention_counts_no_more_than_a_name() {
        let text = "Review most backend pull requests";
        assert_eq!(mention_words(text, Span::new(0, text.len())), 3);
        assert_eq!(mention_words("GitHub Actions", Span::new(0, 14)), 2);
        // A version or a standard's number is no keyword word.
        assert_eq!(mention_words("WCAG 2.1 AA", Span::new(0, 11)), 2);
        assert_eq!(mention_words("ISO 27001", Span::new(0, 9)), 1);
        assert_eq!(mention_words("2.1", Span::new(0, 3)), 1);
        let resume = "Experience\nEngineer, Acme  2020 – Present\n\
            - Review most backend pull requests on the team and run fortnightly design reviews.\n";
        let jd = "Requirements\n- Code review and design reviews\n- Backend services in Java\n";
        assert!(stuffing(resume, jd).is_empty());
    }

    #[cfg(feature = "job-lexicon")]
    #[test]
    fn a_tool_followed_by_its_kind_is_one_keyword_of_a_run() {
        let id = |name: &str| {
            let lx = tailor_lexicon();
            lx.concepts.iter().position(|c| c.name == name).unwrap()
        };
        let lx = tailor_lexicon();
        assert!(lx.falls_under(id("Semgrep"), id("SAST")));
        assert!(lx.falls_under(id("Semgrep"), id("static analysis")));
        assert!(!lx.falls_under(id("SAST"), id("Semgrep")));
        let jd = "Requirements\n- SAST, SCA and container image scanning with Semgrep, Snyk and Trivy in GitHub Actions\n";
        let glossed = "Experience\nEngineer, Acme  2020 – Present\n\
            - Added Semgrep SAST, Snyk SCA and Trivy container image scanning to GitHub Actions for 40 repositories\n";
        assert!(
            stuffing(glossed, jd).is_empty(),
            "{:?}",
            stuffing(glossed, jd)
        );
        // A name with the practice on it is one item of a clause's list.
        let jd = "Requirements\n- PostgreSQL, SQL, schema design, performance, payments and authorisations\n";
        let clauses = "Experience\nEngineer, Acme  2020 – Present\n\
            - Spring Boot services for card authorisations; PostgreSQL schema design and SQL performance work\n";
        assert!(
            stuffing(clauses, jd).is_empty(),
            "{:?}",
            stuffing(clauses, jd)
        );
        // Words strung on without a verb are a run, practices among them.
        let jd = "Requirements\n- Kafka, mentoring, Kubernetes, observability, Terraform, agile, PostgreSQL, performance\n";
        let strung = "Experience\nEngineer, Acme  2020 – Present\n\
            - Worked on Kafka mentoring Kubernetes observability Terraform agile PostgreSQL performance\n";
        assert_eq!(stuffing(strung, jd).len(), 1, "{:?}", stuffing(strung, jd));
        let jd = "Requirements\n- SAST, SCA and container image scanning with Semgrep, Snyk and Trivy in GitHub Actions\n";
        // The names without their kinds, one after another, are a run.
        let bare = "Experience\nEngineer, Acme  2020 – Present\n\
            - Used Semgrep, SAST, Snyk, SCA, Trivy and GitHub Actions\n";
        assert_eq!(stuffing(bare, jd).len(), 1);
    }

    #[cfg(feature = "job-lexicon")]
    #[test]
    fn a_participle_and_the_name_it_qualifies_are_one_item() {
        // Before: "automated" and "snapshots", "tested" and "restores"
        // counted apart, a run of five in a plain sentence.
        let jd = "Requirements\n- RDS, Multi-AZ, automation, backups, testing, point-in-time recovery and read replicas\n";
        let said = "Experience\nEngineer, Acme  2020 – Present\n\
            - Run the Postgres fleet on RDS: Multi-AZ, automated snapshots, tested point-in-time restores, and a read replica for reporting.\n";
        assert!(stuffing(said, jd).is_empty(), "{:?}", stuffing(said, jd));
        for (word, participle) in [
            ("automated", true),
            ("tested", true),
            ("Kafka", false),
            ("Automated", false),
            ("used", false),
        ] {
            assert_eq!(
                crate::rules::jd::is_a_participle(word),
                participle,
                "{word}"
            );
        }
        // Names strung on are a run still.
        let bare = "Experience\nEngineer, Acme  2020 – Present\n\
            - Used RDS, Multi-AZ, automation, backups, testing and read replicas\n";
        assert_eq!(stuffing(bare, jd).len(), 1, "{:?}", stuffing(bare, jd));
    }

    #[test]
    fn a_stack_line_under_a_role_is_not_stuffing() {
        let resume = "Experience\nEngineer, Acme  2020 – Present\n\
            - Cut p99 latency from 480 ms to 120 ms\n\
            Tech: Go, Kafka, Kubernetes, gRPC, Redis, PostgreSQL\n";
        assert!(stuffing(resume, JD).is_empty());
        // A labelled line is no bullet to measure for density either.
        let resume = "Experience\nEngineer, Acme  2020 – Present\n\
            - Team stack: Kubernetes, Kafka, gRPC, Redis, PostgreSQL and distributed systems for all services\n";
        assert!(stuffing(resume, JD).is_empty());
    }

    #[test]
    fn a_name_under_two_groups_of_a_skills_line_is_no_repeat() {
        let resume = "Skills\nData (PostgreSQL, Redis), Cloud (Kubernetes, PostgreSQL)\n";
        assert!(stuffing(resume, JD).is_empty());
        let resume = "Skills\nKubernetes (K8s), Kubernetes, Go\n";
        assert_eq!(stuffing(resume, JD), ["Kubernetes"]);
        // Groups between two bare mentions put neither in a group.
        let resume = "Skills\nRedis (Lua), Go (gRPC), Redis\n";
        assert_eq!(stuffing(resume, JD), ["Redis"]);
    }

    #[cfg(feature = "job-lexicon")]
    fn matched(resume: &str, jd: &str) -> Vec<String> {
        let report = with_job(resume, jd);
        let job = report.tailoring.job.as_ref().unwrap();
        job.matched.iter().map(|m| m.term.clone()).collect()
    }

    #[test]
    #[cfg(feature = "job-lexicon")]
    fn a_resume_only_wording_shows_its_term() {
        // "carry the pager" shows on-call in a resume (a posting's own
        // words for it are read apart: tailor::data's test).
        let jd = "Requirements\n- Join the on-call rota\n- Go\n";
        let resume = "Experience\nSRE, Acme  2020 – Present\n- One week in six I carry the pager for the platform\n";
        let got = matched(resume, jd);
        assert!(got.iter().any(|t| t.contains("on-call")), "{got:?}");
    }

    #[test]
    #[cfg(feature = "job-lexicon")]
    fn a_concept_asked_for_is_read_inside_a_practice_s_words() {
        let jd = "Requirements\n- Failover between sites\n- Disaster recovery\n";
        let resume = "Experience\nSRE, Acme  2020 – Present\n- Ran quarterly failover drills with measured recovery times\n";
        let got = matched(resume, jd);
        assert!(got.iter().any(|t| t == "failover"), "{got:?}");
        // Not inside a product's name: "Firebase Cloud Messaging" is no
        // messaging asked for.
        let jd = "Requirements\n- Messaging with Pub/Sub\n";
        let resume = "Experience\nEngineer, Acme  2020 – Present\n- Sent pushes with Firebase Cloud Messaging\n";
        assert!(matched(resume, jd).is_empty(), "{:?}", matched(resume, jd));
    }

    #[test]
    #[cfg(feature = "job-lexicon")]
    fn an_open_source_section_shows_open_source_work() {
        let jd = "Requirements\n- Some history in open source\n- Go\n";
        let resume = "Experience\nEngineer, Acme  2020 – Present\n- Cut p99 latency from 400 ms to 120 ms in Go\n\n\
            Open Source\n- Maintainer of a small Rust crate for reading NVMe health data\n";
        let got = matched(resume, jd);
        assert!(got.iter().any(|t| t == "open source"), "{got:?}");
        // Only a heading that says so: "Contributions" may be a charity's.
        let resume = "Experience\nEngineer, Acme  2020 – Present\n- Cut p99 latency from 400 ms to 120 ms in Go\n\n\
            Contributions\n- Organised the company charity run\n";
        assert_eq!(matched(resume, jd), ["Go"]);
        // A heading with nothing under it shows nothing.
        let resume = "Experience\nEngineer, Acme  2020 – Present\n- Cut p99 latency from 400 ms to 120 ms in Go\n\nOpen Source\n";
        assert_eq!(matched(resume, jd), ["Go"]);
    }

    #[test]
    #[cfg(feature = "job-lexicon")]
    fn a_declined_name_in_a_resume_shows_the_name() {
        let jd = "Tražimo inženjera koji će održavati naše sustave.\nZahtjevi\n- Iskustvo s Terraformom i Dockerom\n";
        let resume = "Iskustvo\nInženjer, Acme  2020 – 2024\n- Infrastruktura u Terraformu, servisi u Dockeru\n- Održavao sustave za plaćanje; kašnjenje smanjeno za 40 %\n";
        let got = matched(resume, jd);
        assert!(got.iter().any(|t| t == "Terraform"), "{got:?}");
        assert!(got.iter().any(|t| t == "Docker"), "{got:?}");
    }

    #[test]
    #[cfg(feature = "job-lexicon")]
    fn a_name_of_more_words_before_a_hyphen_in_a_resume_shows_the_name() {
        let jd = "Kvalifikasjoner\n- Delta Lake, Power BI og Unity Catalog\n";
        let resume = "Erfaring\nDataingeniør, Acme  2020 – 2024\n\
            - Lagret 40 TB som Delta Lake-tabeller og bygde Power BI-rapporter for 300 brukere\n";
        let got = matched(resume, jd);
        assert_eq!(got, ["Delta Lake", "Power BI"], "{got:?}");
    }

    #[test]
    #[cfg(feature = "job-lexicon")]
    fn a_title_held_shows_its_practice_and_a_review_in_another_language_shows_code_review() {
        let jd = "Requirements\n- Backend development in Go\n- Code review\n";
        let resume = "Summary\nBackend developer with seven years of Go.\n\
            Experiencia\nIngeniera, Acme  2020 – 2024\n\
            - Reviso los merge requests del equipo; latencia p99 de 300 a 90 ms\n";
        let got = matched(resume, jd);
        assert!(got.iter().any(|t| t == "backend development"), "{got:?}");
        assert!(got.iter().any(|t| t == "code review"), "{got:?}");
        // The posting's own title names the hire, not a skill asked for.
        let jd = "We are hiring a Senior Backend Engineer.\nRequirements\n- Go\n";
        let report = with_job(resume, jd);
        let job = report.tailoring.job.as_ref().unwrap();
        let named = job.missing.iter().map(|m| &m.term);
        assert!(named
            .chain(job.matched.iter().map(|m| &m.term))
            .all(|t| t != "backend development"));
    }

    #[test]
    fn missing_terms_are_findings_on_the_job_description() {
        let report = with_job(
            "Experience\nEngineer, Acme  2020 – Present\n- Cut p99 latency from 480 ms to 120 ms with Redis\n",
            "Requires Redis and Terraform.",
        );
        let job = report.tailoring.job.as_ref().unwrap();
        let spans: Vec<&str> = job
            .findings
            .iter()
            .map(|f| f.span.of("Requires Redis and Terraform."))
            .collect();
        assert_eq!(spans, ["Terraform"]);
        assert!(report
            .findings
            .iter()
            .all(|f| f.rule != RuleId::MissingKeyword));
    }

    #[test]
    #[cfg(feature = "job-lexicon")]
    fn a_header_line_of_spoken_languages_shows_the_languages_alone() {
        let jd = "Requirements\n- Fluent English\n- Terraform\n";
        let resume = "Jane Doe\nLanguages: English (fluent), Terraform, Terraform\n\nExperience\nEngineer, Acme  2020 – Present\n- Cut p99 latency from 480 ms to 120 ms with Redis\n";
        let report = with_job(resume, jd);
        let job = report.tailoring.job.as_ref().unwrap();
        let missing: Vec<&str> = job.findings.iter().map(|f| f.span.of(jd)).collect();
        assert_eq!(missing, ["Terraform"]);
        assert_eq!(stuffing_said(&report, resume), vec![]);
    }
}
