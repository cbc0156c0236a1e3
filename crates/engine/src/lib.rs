//! The checking engine: text in, a [`Report`] out. Pure Rust with no web
//! imports (this crate depends on nothing from the web, so the compiler
//! holds it to that), so the app, the widget, the JS API and the CLI all
//! share it.
//!
//! Flow: [`document::Document::parse`] finds sections, role entries and
//! bullets; each block is tokenized once and its lead verb and metrics
//! found ([`facts::BlockFacts`]); every rule family reads those facts and
//! emits [`rules::Finding`]s; [`score`] turns findings into a score.

pub mod cache;
pub mod document;
pub mod export;
pub mod facts;
pub mod fit;
pub mod hash;
pub mod lexicon;
pub mod metrics;
pub mod read;
pub mod report;
pub mod rules;
pub mod score;
pub mod sort;
pub mod span;
#[cfg(feature = "readers")]
pub mod suppress;
pub mod tailor;
pub mod text;
pub mod verbs;

use cache::FactCache;
pub use document::dates::YearMonth;
pub use report::Report;
pub use rules::{Finding, Level, RuleId, Severity};
pub use span::{OffsetTable, Span};

use document::{BlockKind, Document};
use facts::{block_facts, BlockFacts};
use lexicon::MetricKind;
use report::{BulletReport, Coverage, MetricReport, Priority, Stats};
use rules::{Context, Sink};

/// Settings for one check.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The month to measure "15 years ago" and "Present" against. When not
    /// given, the latest date in the resume is used, so a check is repeatable.
    pub today: Option<YearMonth>,
    /// The target role, for the role lens.
    pub role: Option<tailor::Role>,
    /// The experience band; estimated from the resume's dates when `None`.
    pub band: Option<tailor::Band>,
    /// A job description, read once with [`tailor::Job::parse`] and shared
    /// between checks (the app re-reads it only when it changes).
    pub job: Option<std::sync::Arc<tailor::Job>>,
    /// The text's format: detected from its content unless given.
    pub input: read::Input,
    /// Lines an opened PDF or DOCX held in a table or text box (its
    /// reader's notes), noted where they are (`ats/*`).
    pub ats: Vec<rules::ats::Placed>,
    /// Rules a configuration turns off or gives another severity. Off (like
    /// an inline disable) removes a finding and what it costs the score.
    pub levels: Vec<(RuleId, Level)>,
}

impl Options {
    /// November 2026: a fixed date for tests and fixtures.
    pub fn fixed_date() -> Options {
        Options {
            today: Some(YearMonth::new(2026, 11)),
            ..Options::default()
        }
    }
}

fn facts_for(text: &str, doc: &Document, cache: Option<&mut &mut FactCache>) -> Vec<BlockFacts> {
    match cache {
        Some(cache) => cache.facts(text, &doc.blocks, |b| block_facts(text, b)),
        None => doc.blocks.iter().map(|b| block_facts(text, b)).collect(),
    }
}

/// Checks of one text as it is edited (the app's live check): the facts of
/// the blocks a change left alone are reused ([`cache`]). Each report is
/// the one [`check`] or [`check_text`] gives for the same text.
#[derive(Default)]
pub struct Session {
    facts: FactCache,
}

impl Session {
    /// [`check`], reusing what the last check of this session found.
    pub fn check(&mut self, src: &str, options: &Options) -> Report {
        #[cfg(feature = "readers")]
        return check_reading_cached(
            src,
            read::read(src, options.input, None),
            options,
            Some(&mut self.facts),
        );
        #[cfg(not(feature = "readers"))]
        self.check_text(src, matches!(options.input, read::Input::Auto), options)
    }

    /// [`check_text`], reusing what the last check of this session found.
    pub fn check_text(&mut self, src: &str, detected: bool, options: &Options) -> Report {
        check_text_cached(src, detected, options, Some(&mut self.facts))
    }

    /// How many blocks the last check took from the cache.
    pub fn reused(&self) -> usize {
        self.facts.reused
    }
}

fn latest_date(doc: &Document) -> YearMonth {
    doc.entries
        .iter()
        .filter_map(|e| e.dates)
        .map(|d| match d.end {
            document::dates::DateEnd::On(ym) => ym,
            document::dates::DateEnd::Present => d.start,
        })
        .max()
        .unwrap_or(YearMonth::new(2026, 1))
}

/// Checks a resume in any format [`read`] knows: read as a reader sees it,
/// checked, with every span of the report pointing into `src`.
///
/// Built without the `readers` feature (the app's first load), every text
/// is read as plain text here.
pub fn check(src: &str, options: &Options) -> Report {
    #[cfg(feature = "readers")]
    return check_reading(src, read::read(src, options.input, None), options);
    #[cfg(not(feature = "readers"))]
    check_text(src, matches!(options.input, read::Input::Auto), options)
}

/// Checks `src` as plain text, as it is (no reader, no copy of the text).
pub fn check_text(src: &str, detected: bool, options: &Options) -> Report {
    check_text_cached(src, detected, options, None)
}

fn check_text_cached(
    src: &str,
    detected: bool,
    options: &Options,
    cache: Option<&mut FactCache>,
) -> Report {
    let mut report = check_view(src, &[], &[], options, None, cache);
    report.input.detected = detected;
    report
}

/// Whether an inline disable covers a finding, given the start of the
/// block it is in (view offsets).
type Silence<'a> = &'a mut dyn FnMut(&Finding, usize) -> bool;

/// Checks a source already read (see [`read::read`]).
pub fn check_reading(src: &str, reading: read::Reading, options: &Options) -> Report {
    check_reading_cached(src, reading, options, None)
}

fn check_reading_cached(
    src: &str,
    reading: read::Reading,
    options: &Options,
    cache: Option<&mut FactCache>,
) -> Report {
    let view = if reading.identity { src } else { &reading.view };
    #[cfg(feature = "readers")]
    let mut suppressor = suppress::Suppressor::new(src, reading.directives);
    #[cfg(feature = "readers")]
    let has_directives = !suppressor.is_empty();
    #[cfg(feature = "readers")]
    let mut silence = |f: &Finding, block: usize| {
        suppressor.silences(
            f.rule,
            &[reading.map.start(f.span.start), reading.map.start(block)],
        )
    };
    #[cfg(feature = "readers")]
    let silence: Option<Silence<'_>> = has_directives.then_some(&mut silence);
    #[cfg(not(feature = "readers"))]
    let silence = None;
    let mut report = check_view(
        view,
        &reading.hints,
        &reading.links,
        options,
        silence,
        cache,
    );
    if !reading.identity {
        report.map_to_source(src, &reading.map, reading.format, &reading.markup);
    }
    #[cfg(feature = "readers")]
    report.add_source_findings(src, suppressor.findings(src), &options.levels);
    report.input = report::InputReport {
        format: reading.format,
        detected: reading.detected,
        notes: reading.notes,
        markup: reading.markup,
    };
    report
}

/// A finding's severity under the configured levels; `false` when it is off.
#[cfg(feature = "readers")]
fn apply_level(f: &mut Finding, levels: &[(RuleId, Level)]) -> bool {
    match levels.iter().find(|(rule, _)| *rule == f.rule) {
        Some((_, level)) => level.severity().map(|s| f.severity = s).is_some(),
        None => true,
    }
}

/// Drops the findings of rules configured off and those inline disables
/// silence (severities configured are set after the score, which counts
/// findings as the rules rate them); returns
/// where the silenced `metrics/missing` findings were, since a bullet whose
/// missing metric is silenced counts as quantified: no number belongs there.
#[cfg(feature = "readers")]
fn silence_findings(
    findings: &mut Vec<Finding>,
    doc: &Document,
    levels: &[(RuleId, Level)],
    mut silence: Option<Silence<'_>>,
) -> Vec<usize> {
    let mut silenced_missing = Vec::new();
    // Most checks have neither: no per-finding work on a keystroke then.
    if levels.is_empty() && silence.is_none() {
        return silenced_missing;
    }
    // The start of the block a finding is in (its own start outside any).
    let block_start = |at: usize| {
        let block = doc.blocks.partition_point(|b| b.span.start <= at);
        block
            .checked_sub(1)
            .map(|i| doc.blocks[i].span)
            .filter(|b| at < b.end.max(b.start + 1))
            .map_or(at, |b| b.start)
    };
    findings.retain_mut(|f| {
        // Asked even for a rule that is off, so its disables count as used.
        let silenced = silence
            .as_mut()
            .is_some_and(|s| s(f, block_start(f.span.start)));
        let off = levels.iter().any(|&(r, l)| r == f.rule && l == Level::Off);
        let keep = !off && !silenced;
        if !keep && f.rule == RuleId::MissingMetric {
            silenced_missing.push(f.span.start);
        }
        keep
    });
    silenced_missing
}

/// Checks the text a reader sees; spans index `text`. `silence`, when the
/// source has inline disables, says whether one covers a finding (given the
/// start of the block it is in).
fn check_view(
    text: &str,
    hints: &[read::LineHint],
    links: &[String],
    options: &Options,
    silence: Option<Silence<'_>>,
    mut cache: Option<&mut FactCache>,
) -> Report {
    let doc = Document::parse_hinted(text, hints);
    let facts = facts_for(text, &doc, cache.as_mut());
    let today = options.today.unwrap_or_else(|| latest_date(&doc));
    let years = rules::experience_years(&doc, today).map(|y| (y * 10.0).round() / 10.0);
    let worked = rules::worked_years(&doc, today).map(|y| (y * 10.0).round() / 10.0);
    let mut kept_tailor = cache.as_mut().map(|c| c.tailor(&doc.blocks));
    let tailor_facts =
        tailor::TailorFacts::gather(text, &doc, &facts, options, worked, kept_tailor.as_mut());
    let cx = Context {
        text,
        doc: &doc,
        facts: &facts,
        today,
        tailor: &tailor_facts,
        links,
        ats: &options.ats,
        pages: rules::estimate_pages(text, &doc),
    };
    let mut sink = Sink::default();
    let kept_findings = cache.as_mut().map(|c| c.findings(&doc.blocks));
    let block_findings = rules::run_blocks(&cx, kept_findings, &mut sink);
    rules::run_all(&cx, &mut sink);
    let mut job_findings = rules::jd::missing(&cx);
    #[cfg(feature = "readers")]
    job_findings.retain_mut(|f| apply_level(f, &options.levels));
    if let Some(job) = tailor_facts.lens_job() {
        for f in &mut job_findings {
            (f.line, f.column) = job.table.line_col(f.span.start);
        }
    }
    let mut findings = sink.findings;
    rules::sort_findings(&mut findings);
    findings.dedup_by(|a, b| a.rule == b.rule && a.span == b.span);
    // Configured levels and inline disables: the readers' build only (the
    // first load and the element have neither, and no bytes to spare).
    #[cfg(feature = "readers")]
    let silenced_missing = silence_findings(&mut findings, &doc, &options.levels, silence);
    #[cfg(not(feature = "readers"))]
    let (silenced_missing, _) = ([0usize; 0], silence);

    // Line and column (in characters) for each finding, in one forward pass:
    // findings are sorted by start.
    let (mut line, mut at, mut col) = (1, 0, 1);
    let bytes = text.as_bytes();
    for f in &mut findings {
        while at < f.span.start {
            let b = bytes[at];
            let is_break = b == b'\n' || (b == b'\r' && bytes.get(at + 1) != Some(&b'\n'));
            at += 1;
            if is_break {
                line += 1;
                col = 1;
            } else if b & 0xC0 != 0x80 {
                col += 1; // a character starts here (not a UTF-8 continuation byte)
            }
        }
        f.line = line;
        f.column = col;
    }

    let mut bullets = Vec::new();
    let mut coverage: Vec<Coverage> = MetricKind::GUIDE_KINDS
        .iter()
        .map(|&kind| Coverage {
            kind,
            examples: Vec::new(),
        })
        .collect();
    let mut tally = score::Tally::default();
    for f in &findings {
        tally.add(f, 1);
    }
    let mut work_quantified = 0;
    // Work bullets with the range of findings that start inside each.
    let mut work_items: Vec<(usize, std::ops::Range<usize>, bool, bool)> = Vec::new();
    for (block, f) in doc.blocks.iter().zip(&facts) {
        let section = doc.section_kind(block);
        let is_bullet = block.kind == BlockKind::Bullet
            || (block.kind == BlockKind::SkillLine && block.marker.is_some())
            || (block.kind == BlockKind::Paragraph && section.is_work());
        if !is_bullet {
            continue;
        }
        for m in &f.metrics {
            if let Some(c) = coverage.iter_mut().find(|c| c.kind == m.kind) {
                if c.examples.len() < 3 {
                    c.examples.push(m.span.of(text).to_string());
                }
            }
        }
        let quantified = !f.metrics.is_empty();
        let silenced = silenced_missing
            .iter()
            .any(|&at| block.span.start <= at && at < block.span.end.max(block.span.start + 1));
        if section.is_work() {
            // Findings are sorted by start: binary-search the ones in this block.
            let from = findings.partition_point(|x| x.span.start < block.span.start);
            let to = from
                + findings[from..]
                    .iter()
                    .take_while(|x| x.span.start < block.span.end)
                    .count();
            let flagged = findings[from..to].iter().any(score::is_quality_warning);
            tally.work_bullets += 1;
            tally.quantified += i64::from(quantified || silenced);
            work_quantified += usize::from(quantified);
            tally.flagged += i64::from(flagged);
            work_items.push((bullets.len(), from..to, quantified || silenced, flagged));
        }
        bullets.push(BulletReport {
            line: block.line + 1,
            span: block.span,
            section,
            text: block.joined(text),
            lead_verb: f
                .lead
                .as_ref()
                .map(|l| f.tokens[l.index].span.of(text).to_string()),
            quantified,
            metrics: f
                .metrics
                .iter()
                .map(|m| MetricReport {
                    kind: m.kind,
                    text: m.span.of(text).to_string(),
                    span: m.span,
                })
                .collect(),
        });
    }
    tally.fit = fit_base(&tailor_facts);
    let score = score::score(&tally);
    let priorities = priorities(text, &tally, &score, &findings, &bullets, &work_items);
    let work = tally.work_bullets as usize;
    // Coverage is in GUIDE_KINDS order, which is the kinds' own order.
    let kinds: Vec<MetricKind> = coverage
        .iter()
        .filter(|c| !c.examples.is_empty())
        .map(|c| c.kind)
        .collect();
    let pages = cx.pages.pages;
    let quantified_bullets = bullets.iter().filter(|b| b.quantified).count();
    let stats = Stats {
        words: cx.pages.words,
        bullets: bullets.len(),
        quantified_bullets,
        work_bullets: work,
        quantified_share: if work == 0 {
            0.0
        } else {
            (work_quantified as f64 / work as f64 * 1000.0).round() / 1000.0
        },
        estimated_pages: pages,
        metric_kinds: kinds,
        coverage,
        experience_years: years,
    };
    // A configured severity changes how a finding is shown and what fails a
    // run, not the score.
    #[cfg(feature = "readers")]
    findings.retain_mut(|f| apply_level(f, &options.levels));
    let tailoring = fit::report(&tailor_facts, text, &doc, job_findings, &findings);
    if let Some(cache) = cache {
        cache.keep(
            text,
            doc.blocks,
            facts,
            kept_tailor.unwrap_or_default(),
            block_findings.unwrap_or_default(),
        );
    }
    Report {
        schema: report::SCHEMA_VERSION,
        score,
        stats,
        bullets,
        findings,
        priorities,
        tailoring,
        input: report::InputReport::default(),
        span_unit: "byte",
    }
}

/// The fit category before stuffing penalties: the mean of the role's theme
/// share and the job match rate, for whichever was given (0–100).
fn fit_base(t: &tailor::TailorFacts) -> Option<f64> {
    let parts: Vec<f64> = [t.theme_share(), t.match_rate()]
        .into_iter()
        .flatten()
        .collect();
    (!parts.is_empty()).then(|| 100.0 * parts.iter().sum::<f64>() / parts.len() as f64)
}

/// How many score points fixing each work bullet would win, best three first.
/// Fixing means: its findings gone, and a number added if it had none.
fn priorities(
    text: &str,
    tally: &score::Tally,
    base: &score::Score,
    findings: &[Finding],
    bullets: &[BulletReport],
    work_items: &[(usize, std::ops::Range<usize>, bool, bool)],
) -> Vec<Priority> {
    let mut out: Vec<Priority> = Vec::new();
    for (bullet, range, quantified, flagged) in work_items {
        let mine = &findings[range.clone()];
        if mine.is_empty() && *quantified {
            continue;
        }
        let mut t = tally.clone();
        for f in mine {
            t.add(f, -1);
        }
        t.quantified += i64::from(!quantified);
        t.flagged -= i64::from(*flagged);
        let gain = score::score(&t).total.saturating_sub(base.total);
        if gain == 0 {
            continue;
        }
        // Most severe first, without a sort: errors, then warnings, then notes.
        let ordered = [Severity::Error, Severity::Warning, Severity::Info]
            .into_iter()
            .flat_map(|s| mine.iter().filter(move |f| f.severity == s));
        let mut actions: Vec<String> = Vec::new();
        for f in ordered {
            let action = match &f.replacement {
                Some(r) => format!("Replace “{}” with “{r}”.", f.span.of(text)),
                None => f.suggestion.clone().unwrap_or_else(|| f.message.clone()),
            };
            if !actions.contains(&action) && actions.len() < 3 {
                actions.push(action);
            }
        }
        if !quantified
            && !mine
                .iter()
                .any(|f| f.rule == RuleId::MissingMetric || f.rule == RuleId::VagueImprovement)
        {
            actions.push("Add the number that shows the result.".into());
        }
        let b = &bullets[*bullet];
        out.push(Priority {
            line: b.line,
            span: b.span,
            text: b.text.clone(),
            gain,
            rules: mine.iter().map(|f| f.rule).collect(),
            actions,
        });
    }
    sort::sort_by_key(&mut out, |p| (std::cmp::Reverse(p.gain), p.line));
    out.truncate(3);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    // The app's sample resume (the root crate's `sample`), read here as the
    // resume every surface shows first.
    const SAMPLE_RESUME: &str = include_str!("../../../src/sample_resume.txt");

    #[test]
    fn priorities_are_the_bullets_worth_most() {
        let r = check(SAMPLE_RESUME, &Options::fixed_date());
        assert_eq!(r.priorities.len(), 3);
        assert!(r.priorities.windows(2).all(|w| w[0].gain >= w[1].gain));
        for p in &r.priorities {
            assert!(p.gain > 0 && !p.actions.is_empty(), "{p:?}");
            assert_eq!(
                p.span.of(SAMPLE_RESUME).lines().next(),
                p.text.lines().next()
            );
        }
        // The best fix is worth at least as much as any single weak bullet alone.
        let weak = r
            .bullets
            .iter()
            .filter(|b| !b.quantified && b.section.is_work())
            .count();
        assert!(weak >= 3);
    }

    #[test]
    fn fixing_the_top_priority_raises_the_score_by_about_its_gain() {
        let r = check(SAMPLE_RESUME, &Options::fixed_date());
        let top = &r.priorities[0];
        let fixed = SAMPLE_RESUME.replacen(
            &top.text,
            "Cut data-platform spend by $310k a year by moving batch jobs to spot instances",
            1,
        );
        let after = check(&fixed, &Options::fixed_date());
        assert!(
            after.score.total >= r.score.total + top.gain - 2,
            "{} -> {} (gain {})",
            r.score.total,
            after.score.total,
            top.gain
        );
    }

    #[test]
    fn coverage_lists_the_five_kinds_with_examples() {
        let r = check(SAMPLE_RESUME, &Options::fixed_date());
        let kinds: Vec<MetricKind> = r.stats.coverage.iter().map(|c| c.kind).collect();
        assert_eq!(kinds, MetricKind::GUIDE_KINDS);
        let latency = &r.stats.coverage[0];
        assert!(latency.examples.contains(&"480 ms".to_string()));
        let empty = check("EXPERIENCE\n- Built the API\n", &Options::fixed_date());
        assert!(empty.stats.coverage.iter().all(|c| c.examples.is_empty()));
    }

    #[test]
    fn empty_text_gives_an_empty_report() {
        let r = check("", &Options::fixed_date());
        assert!(r.findings.is_empty() && r.bullets.is_empty() && r.priorities.is_empty());
        assert_eq!(r.score.total, 0);
    }
}
