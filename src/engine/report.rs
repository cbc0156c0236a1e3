//! The report: the one data structure every surface (CLI, app, widget, JS
//! API) reads. Its JSON form is a versioned contract (see README).

use serde::Serialize;

use super::lexicon::{MetricKind, SectionKind};
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
    pub tailoring: super::tailor::Tailoring,
    /// "byte" (UTF-8 offsets into the text, as in Rust) or "utf16" (JavaScript string indices).
    pub span_unit: &'static str,
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
        let conv = |s: &mut Span| *s = table.utf16_span(*s);
        let t = &mut self.tailoring;
        if let Some(job) = &mut t.job {
            for m in &mut job.matched {
                m.places.iter_mut().for_each(|p| conv(&mut p.span));
            }
            for m in &mut job.missing {
                m.pointers.iter_mut().for_each(|p| conv(&mut p.span));
                if let Some(jt) = job_table {
                    m.job_span = jt.utf16_span(m.job_span);
                }
            }
            if let Some(jt) = job_table {
                job.findings
                    .iter_mut()
                    .for_each(|f| f.span = jt.utf16_span(f.span));
            }
            job.stuffing.iter_mut().for_each(|f| conv(&mut f.span));
        }
        for th in &mut t.themes {
            th.bullets.iter_mut().for_each(|p| conv(&mut p.span));
        }
        t.scope.iter_mut().for_each(|s| conv(&mut s.span));
        for b in &mut self.bullets {
            conv(&mut b.span);
            for m in &mut b.metrics {
                conv(&mut m.span);
            }
        }
        for f in &mut self.findings {
            conv(&mut f.span);
        }
        for p in &mut self.priorities {
            conv(&mut p.span);
        }
        self.span_unit = "utf16";
        self
    }
}
