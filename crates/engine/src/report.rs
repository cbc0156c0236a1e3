//! The report: the one data structure every surface (CLI, app, widget, JS
//! API) reads. Its JSON form is a versioned contract (see README).

use serde::Serialize;

use super::lexicon::{MetricKind, SectionKind};
use super::read::{Format, Note, SourceMap};
use super::rules::Finding;
use super::score::Score;
use super::span::{OffsetTable, Span};

/// Bump when the JSON shape changes incompatibly.
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Report {
    pub schema: u32,
    pub score: Score,
    pub stats: Stats,
    pub bullets: Vec<BulletReport>,
    pub findings: Vec<Finding>,
    /// "Fix these first": the (up to) three work bullets whose repair would
    /// raise the score most.
    pub priorities: Vec<Priority>,
    /// Job-description match, role themes and scope by experience band.
    pub tailoring: super::fit::Tailoring,
    /// How the text was read: its format, what the reader noticed, and the
    /// markup it did not read.
    pub input: InputReport,
    /// "byte" (UTF-8 offsets into the text, as in Rust) or "utf16" (JavaScript string indices).
    pub span_unit: &'static str,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct InputReport {
    pub format: Format,
    /// True when the format was detected, false when it was given.
    pub detected: bool,
    /// What the reader noticed (invalid JSON read as text, …).
    pub notes: Vec<Note>,
    /// The source ranges a reader does not see: commands, comments, the
    /// preamble, front matter, JSON syntax. Empty for plain text.
    pub markup: Vec<Span>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Stats {
    pub words: usize,
    pub bullets: usize,
    pub quantified_bullets: usize,
    /// Work bullets (experience, projects, open source) and the share of them quantified.
    pub work_bullets: usize,
    pub quantified_share: f64,
    pub estimated_pages: f64,
    /// Which of the five kinds the guides name (latency, throughput,
    /// availability, scale, cost) appear anywhere.
    pub metric_kinds: Vec<MetricKind>,
    /// For each of those five kinds, examples from the person's own bullets
    /// (empty when the kind is missing).
    pub coverage: Vec<Coverage>,
    pub experience_years: Option<f64>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Coverage {
    pub kind: MetricKind,
    pub examples: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Priority {
    /// The bullet: its first line, span and text.
    pub line: usize,
    pub span: Span,
    pub text: String,
    /// Score points won by fixing it.
    pub gain: u32,
    pub rules: Vec<super::rules::RuleId>,
    /// What to do, most important first.
    pub actions: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MetricReport {
    pub kind: MetricKind,
    pub text: String,
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BulletReport {
    /// 1-based line the bullet's text starts on.
    pub line: usize,
    pub span: Span,
    pub section: SectionKind,
    pub text: String,
    pub lead_verb: Option<String>,
    pub quantified: bool,
    pub metrics: Vec<MetricReport>,
}

impl Report {
    /// Converts every span to UTF-16 code units for JavaScript, using one
    /// prefix table for the whole report.
    /// `job_table` is the job description's own table, for the spans that
    /// index it: pass it whenever the options had a job description (the
    /// job-description spans stay in bytes without it).
    pub fn into_utf16(mut self, table: &OffsetTable, job_table: Option<&OffsetTable>) -> Report {
        if self.span_unit == "utf16" {
            return self;
        }
        self.for_each_resume_span(&mut |s, _| *s = table.utf16_span(*s));
        for s in &mut self.input.markup {
            *s = table.utf16_span(*s);
        }
        for n in &mut self.input.notes {
            if let Some(s) = &mut n.span {
                *s = table.utf16_span(*s);
            }
        }
        if let (Some(job), Some(jt)) = (&mut self.tailoring.job, job_table) {
            for m in &mut job.missing {
                m.job_span = jt.utf16_span(m.job_span);
            }
            job.findings
                .iter_mut()
                .for_each(|f| f.span = jt.utf16_span(f.span));
        }
        self.span_unit = "utf16";
        self
    }
}

/// Where a span's line (and column) live, for [`Report::for_each_resume_span`].
pub enum At<'a> {
    Nothing,
    Line(&'a mut usize),
    LineColumn(&'a mut usize, &'a mut usize),
}

impl Report {
    /// Every span that indexes the resume (not the job description), with
    /// the line (and column) stored beside it.
    fn for_each_resume_span(&mut self, f: &mut dyn FnMut(&mut Span, At)) {
        let t = &mut self.tailoring;
        if let Some(job) = &mut t.job {
            for m in &mut job.matched {
                m.places
                    .iter_mut()
                    .for_each(|p| f(&mut p.span, At::Line(&mut p.line)));
            }
            for m in &mut job.missing {
                m.pointers
                    .iter_mut()
                    .for_each(|p| f(&mut p.span, At::Line(&mut p.line)));
            }
            for x in &mut job.stuffing {
                f(&mut x.span, At::LineColumn(&mut x.line, &mut x.column));
            }
        }
        for th in &mut t.themes {
            th.bullets
                .iter_mut()
                .for_each(|p| f(&mut p.span, At::Line(&mut p.line)));
        }
        for s in &mut t.scope {
            f(&mut s.span, At::Line(&mut s.line));
        }
        for b in &mut self.bullets {
            f(&mut b.span, At::Line(&mut b.line));
            for m in &mut b.metrics {
                f(&mut m.span, At::Nothing);
            }
        }
        for x in &mut self.findings {
            f(&mut x.span, At::LineColumn(&mut x.line, &mut x.column));
        }
        for p in &mut self.priorities {
            f(&mut p.span, At::Line(&mut p.line));
        }
    }

    /// Maps a report made on a reader's view back onto the source: spans
    /// through `map`, lines and columns counted in the source, and one-click
    /// replacements escaped for the source's format.
    /// `markup` (sorted) is what the reader hid: a span's ends are moved out
    /// of it, so no span starts or ends on markup.
    pub fn map_to_source(&mut self, src: &str, map: &SourceMap, format: Format, markup: &[Span]) {
        let table = OffsetTable::new(src);
        self.for_each_resume_span(&mut |s, at| {
            *s = snap_out_of(markup, map.span(*s));
            match at {
                At::Nothing => {}
                At::Line(l) => *l = table.line(s.start),
                At::LineColumn(l, c) => (*l, *c) = table.line_col(s.start),
            }
        });
        for f in &mut self.findings {
            if let Some(r) = &mut f.replacement {
                *r = format.escape(r);
            }
        }
        // The view's order is the source's, but a reader may write a part
        // (a date range) before the text it follows; keep findings sorted.
        crate::rules::sort_findings(&mut self.findings);
    }
}

impl Report {
    /// Adds findings whose spans are already in the source (on markup the
    /// view does not show, such as a disable comment): their configured
    /// levels applied, line and column filled in, kept sorted.
    #[cfg(feature = "readers")]
    pub fn add_source_findings(
        &mut self,
        src: &str,
        mut findings: Vec<Finding>,
        levels: &[(super::RuleId, super::Level)],
    ) {
        findings.retain_mut(|f| super::apply_level(f, levels));
        if findings.is_empty() {
            return;
        }
        let table = OffsetTable::new(src);
        for mut f in findings {
            (f.line, f.column) = table.line_col(f.span.start);
            self.findings.push(f);
        }
        crate::rules::sort_findings(&mut self.findings);
    }
}

/// `s` with a start inside a markup range moved to its end, and an end
/// inside one moved to its start (`markup` sorted and disjoint).
fn snap_out_of(markup: &[Span], mut s: Span) -> Span {
    let inside = |o: usize| {
        let i = markup.partition_point(|m| m.end <= o);
        markup.get(i).filter(|m| m.start < o && o < m.end).copied()
    };
    if let Some(m) = inside(s.start) {
        s.start = m.end;
    }
    if let Some(m) = inside(s.end) {
        s.end = m.start;
    }
    if s.end < s.start {
        s.end = s.start;
    }
    s
}
