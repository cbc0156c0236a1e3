//! The checking engine: text in, a [`Report`] out. Pure Rust with no web
//! imports, so the app, the widget, the JS API and the CLI all share it.
//!
//! Flow: [`document::Document::parse`] finds sections, role entries and
//! bullets; each block is tokenized once and its lead verb and metrics
//! found ([`rules::BlockFacts`]); every rule family reads those facts and
//! emits [`rules::Finding`]s; [`score`] turns findings into a score.

pub mod document;
pub mod lexicon;
pub mod metrics;
pub mod report;
pub mod rules;
pub mod score;
pub mod span;
pub mod text;
pub mod verbs;

pub use document::dates::YearMonth;
pub use report::Report;
pub use rules::{Finding, RuleId, Severity};
pub use span::{OffsetTable, Span};

use document::{BlockKind, Document};
use lexicon::{MetricKind, SectionKind};
use report::{BulletReport, MetricReport, Stats};
use rules::{BlockFacts, Category, Context, Sink};

/// Settings for one check.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// The month to measure "15 years ago" and "Present" against. When not
    /// given, the latest date in the resume is used, so a check is repeatable.
    pub today: Option<YearMonth>,
}

impl Options {
    /// November 2026: a fixed date for tests and fixtures.
    pub fn fixed_date() -> Options {
        Options {
            today: Some(YearMonth::new(2026, 11)),
        }
    }
}

fn facts_for(text: &str, doc: &Document) -> Vec<BlockFacts> {
    doc.blocks
        .iter()
        .map(|b| {
            let tokens = b.tokens(text);
            // Skill lines have no verbs or metrics to find, unless they were
            // written as bullets ("- 8 years of Go"), which are read like any bullet.
            let is_prose = b.kind != BlockKind::SkillLine || b.marker.is_some();
            let lead = if is_prose {
                verbs::lead_verb(&tokens)
            } else {
                None
            };
            let metrics = if is_prose {
                metrics::extract(&tokens, text)
            } else {
                Vec::new()
            };
            let topics = metrics::topic_kinds(&tokens);
            let words = tokens
                .iter()
                .filter(|t| t.kind == text::Kind::Word || t.kind == text::Kind::Number)
                .count();
            BlockFacts {
                tokens,
                lead,
                metrics,
                topics,
                words,
            }
        })
        .collect()
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

/// Checks a resume.
pub fn check(text: &str, options: &Options) -> Report {
    let doc = Document::parse(text);
    let facts = facts_for(text, &doc);
    let today = options.today.unwrap_or_else(|| latest_date(&doc));
    let cx = Context {
        text,
        doc: &doc,
        facts: &facts,
        today,
    };
    let mut sink = Sink::default();
    rules::run_all(&cx, &mut sink);
    let mut findings = sink.findings;
    findings.sort_unstable_by_key(|f| (f.span.start, f.rule, f.span.end));
    findings.dedup_by(|a, b| a.rule == b.rule && a.span == b.span);

    let table = OffsetTable::new(text);
    for f in &mut findings {
        let (line, column) = table.line_col(f.span.start);
        f.line = line;
        f.column = column;
    }

    let mut bullets = Vec::new();
    let mut kinds: Vec<MetricKind> = Vec::new();
    let (mut work, mut work_quantified, mut work_flagged) = (0, 0, 0);
    for (block, f) in doc.blocks.iter().zip(&facts) {
        let section = doc.section_kind(block);
        for m in &f.metrics {
            if MetricKind::GUIDE_KINDS.contains(&m.kind) && !kinds.contains(&m.kind) {
                kinds.push(m.kind);
            }
        }
        let is_bullet = block.kind == BlockKind::Bullet
            || (block.kind == BlockKind::SkillLine && block.marker.is_some())
            || (block.kind == BlockKind::Paragraph && section.is_work());
        if !is_bullet {
            continue;
        }
        let quantified = !f.metrics.is_empty();
        if section.is_work() {
            work += 1;
            work_quantified += usize::from(quantified);
            // Findings are sorted by start: binary-search the first one in this block.
            let from = findings.partition_point(|x| x.span.start < block.span.start);
            let flagged = findings[from..]
                .iter()
                .take_while(|x| x.span.start < block.span.end)
                .any(|x| {
                    x.rule.category() == Category::BulletQuality && x.severity == Severity::Warning
                });
            work_flagged += usize::from(flagged);
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
    kinds.sort_unstable();
    let score = score::score(&score::ScoreInput {
        findings: &findings,
        work_bullets: work,
        quantified_work_bullets: work_quantified,
        work_bullets_with_quality_warnings: work_flagged,
    });
    let (pages, _) = rules::length_estimate(text, &doc);
    let quantified_bullets = bullets.iter().filter(|b| b.quantified).count();
    let stats = Stats {
        words: text
            .split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count(),
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
        experience_years: rules::experience_years(&doc, today).map(|y| (y * 10.0).round() / 10.0),
    };
    let _ = SectionKind::Header;
    Report {
        schema: report::SCHEMA_VERSION,
        score,
        stats,
        bullets,
        findings,
        span_unit: "byte",
    }
}
