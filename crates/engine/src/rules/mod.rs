//! The checks. One file per rule family; every rule id, severity and
//! category comes from the single table in [`rules!`] below.

pub mod ats;
mod context;
mod dates;
pub mod jd;
mod length;
mod links;
mod metrics;
mod scope;
mod style;
pub mod verb;

use serde::{Serialize, Serializer};

use super::document::dates::YearMonth;
use super::document::{Block, BlockKind, Document};
use super::lexicon::SectionKind;
use super::span::Span;
use super::tailor::TailorFacts;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

/// Score categories a rule counts against.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Impact,
    BulletQuality,
    Brevity,
    Evidence,
    /// How the resume fits a chosen role and job description (counted only
    /// when one is given).
    Fit,
}

impl Category {
    pub const ALL: [Category; 5] = [
        Category::Impact,
        Category::BulletQuality,
        Category::Brevity,
        Category::Evidence,
        Category::Fit,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Category::Impact => "impact",
            Category::BulletQuality => "bullet_quality",
            Category::Brevity => "brevity",
            Category::Evidence => "evidence",
            Category::Fit => "fit",
        }
    }
}

/// Declares every rule once: its stable id, default severity, score category
/// and a one-line description. Nothing else in the code spells a rule id.
macro_rules! rules {
    ($($variant:ident = $id:literal, $severity:ident, $category:ident, $about:literal;)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum RuleId { $($variant),* }

        impl RuleId {
            pub const ALL: &'static [RuleId] = &[$(RuleId::$variant),*];

            /// The stable id other tools read, such as `verb/weak-opening`.
            pub const fn id(self) -> &'static str {
                match self { $(RuleId::$variant => $id),* }
            }

            pub const fn severity(self) -> Severity {
                match self { $(RuleId::$variant => Severity::$severity),* }
            }

            pub const fn category(self) -> Category {
                match self { $(RuleId::$variant => Category::$category),* }
            }

            pub const fn about(self) -> &'static str {
                match self { $(RuleId::$variant => $about),* }
            }

            pub fn from_id(id: &str) -> Option<RuleId> {
                match id { $($id => Some(RuleId::$variant),)* _ => None }
            }
        }
    };
}

rules! {
    WeakOpening = "verb/weak-opening", Warning, BulletQuality, "Opens with a duty phrase instead of what you did.";
    NoActionVerb = "verb/no-action-verb", Warning, BulletQuality, "Opens with no verb at all.";
    RepeatedVerb = "verb/repeated", Info, BulletQuality, "The same opening verb on more than two bullets.";
    Tense = "verb/tense", Warning, BulletQuality, "Present tense in a past role, or mixed tenses in one role.";
    FirstPerson = "style/first-person", Warning, BulletQuality, "Uses I, me, my, we or our.";
    Filler = "style/filler", Warning, BulletQuality, "A buzzword or cliche a reader cannot check.";
    Passive = "style/passive", Info, BulletQuality, "Passive voice hides who did the work.";
    Dense = "length/dense", Warning, Brevity, "A bullet over 30 words or a paragraph where bullets belong.";
    TooShort = "length/too-short", Info, Brevity, "An experience bullet under five words.";
    Pages = "length/pages", Warning, Brevity, "Longer than one page (two past ten years of experience).";
    MissingMetric = "metrics/missing", Warning, Impact, "A work bullet with no number.";
    VagueImprovement = "metrics/vague-improvement", Warning, Impact, "Claims an improvement without saying how much.";
    Implausible = "metrics/implausible", Error, Impact, "A number that cannot be right.";
    BareSkill = "context/bare-skill", Info, Evidence, "A skill listed but never shown in use.";
    Definition = "context/definition", Warning, Evidence, "Defines a concept instead of showing work.";
    OldRole = "dates/old", Info, Brevity, "A role that ended more than 15 years ago.";
    NoCodeLink = "links/no-code", Info, Evidence, "No GitHub, GitLab or Codeberg link.";
    MissingKeyword = "jd/missing-keyword", Info, Fit, "A job-description term the resume never shows (on the job description).";
    Stuffing = "jd/stuffing", Warning, Fit, "A keyword repeated past natural use, listed bare, or copied from the job description.";
    OverClaim = "scope/over-claim", Warning, Evidence, "Organization-level scope claimed in the 0–5 year bands with nothing to back it.";
    UnderSell = "scope/under-sell", Warning, Impact, "Five or more years, but every bullet reads as task-level.";
    Artifact = "evidence/artifact", Info, Evidence, "An RFC, design doc, postmortem, merged PR, demo or talk backing a wide claim.";
    AtsTable = "ats/table", Info, Evidence, "A line that sat in a table of the opened PDF or Word file.";
    AtsTextBox = "ats/text-box", Info, Evidence, "A line that sat in a text box of the opened Word file.";
    DisableUnused = "disable/unused", Info, Evidence, "A disable comment that silenced nothing.";
    DisableInvalid = "disable/invalid", Warning, Evidence, "A disable comment naming no known rule.";
}

impl RuleId {
    /// The rule id nearest a mistyped one (at most three edits away), for
    /// "did you mean" in messages.
    pub fn closest(id: &str) -> Option<RuleId> {
        RuleId::ALL
            .iter()
            .map(|&r| (edit_distance(id, r.id()), r))
            .filter(|&(d, _)| d <= 3)
            .min_by_key(|&(d, _)| d)
            .map(|(_, r)| r)
    }
}

/// Levenshtein distance in characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diag = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let next = (row[j + 1] + 1)
                .min(row[j] + 1)
                .min(diag + usize::from(ca != cb));
            diag = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

/// What a configuration sets a rule to: off, or a severity of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Level {
    Off,
    Info,
    Warning,
    Error,
}

impl Level {
    pub const NAMES: [&'static str; 4] = ["off", "info", "warning", "error"];

    pub fn from_name(name: &str) -> Option<Level> {
        match name {
            "off" => Some(Level::Off),
            "info" => Some(Level::Info),
            "warning" => Some(Level::Warning),
            "error" => Some(Level::Error),
            _ => None,
        }
    }

    /// The severity findings get at this level; `None` when off.
    pub fn severity(self) -> Option<Severity> {
        match self {
            Level::Off => None,
            Level::Info => Some(Severity::Info),
            Level::Warning => Some(Severity::Warning),
            Level::Error => Some(Severity::Error),
        }
    }
}

impl Serialize for RuleId {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

/// One finding: what, how bad, where, why, and what to do.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Finding {
    pub rule: RuleId,
    pub severity: Severity,
    /// 1-based line and column (in characters) of `span.start`; filled in by the report.
    pub line: usize,
    pub column: usize,
    pub span: Span,
    pub message: String,
    pub suggestion: Option<String>,
    /// A concrete replacement for the text under `span`, when there is one
    /// (then `suggestion` is the same text). The app applies it in one click.
    pub replacement: Option<String>,
}

/// Sorts findings by place, then rule, stably. Each finding's key packs
/// into one number with its index (start, rule, end, index: 32, 8, 32 and
/// 32 bits), the numbers are sorted, and each finding moves once: a heapsort
/// of whole findings (over a hundred bytes each) comparing keys found
/// afresh each time cost the live check of 5 pages 6% of its time.
pub fn sort_findings(v: &mut [Finding]) {
    let low = |n: usize| (n as u128) & 0xffff_ffff;
    let mut keys: Vec<u128> = v
        .iter()
        .enumerate()
        .map(|(i, f)| {
            low(f.span.start) << 72 | (f.rule as u128) << 64 | low(f.span.end) << 32 | low(i)
        })
        .collect();
    crate::sort::sort_keys(&mut keys);
    // v[i] takes the finding that was at keys[i]'s index, one cycle at a time.
    let mut from: Vec<usize> = keys.iter().map(|k| (k & 0xffff_ffff) as usize).collect();
    for start in 0..from.len() {
        let mut at = start;
        while from[at] != usize::MAX {
            let next = from[at];
            from[at] = usize::MAX;
            if next == start {
                break;
            }
            v.swap(at, next);
            at = next;
        }
    }
}

pub use crate::facts::BlockFacts;

/// Everything a rule family reads.
pub struct Context<'a> {
    pub text: &'a str,
    pub doc: &'a Document,
    pub facts: &'a [BlockFacts],
    pub today: YearMonth,
    pub tailor: &'a TailorFacts<'a>,
    /// Link targets the source's markup holds (see `read::Reading::links`).
    pub links: &'a [String],
    /// Lines an opened PDF or DOCX held in a table or text box.
    pub ats: &'a [ats::Placed],
    pub pages: PageEstimate,
}

impl<'a> Context<'a> {
    /// Blocks with their facts.
    pub fn blocks(&self) -> impl Iterator<Item = (usize, &'a Block, &'a BlockFacts)> + '_ {
        self.doc
            .blocks
            .iter()
            .zip(self.facts)
            .enumerate()
            .map(|(i, (b, f))| (i, b, f))
    }

    pub fn section(&self, block: &Block) -> SectionKind {
        self.doc.section_kind(block)
    }

    /// Bullets (and paragraphs standing in for bullets) in Experience/Projects/Open Source.
    pub fn work_items(&self) -> impl Iterator<Item = (usize, &'a Block, &'a BlockFacts)> + '_ {
        self.blocks().filter(|(_, b, _)| {
            self.section(b).is_work() && matches!(b.kind, BlockKind::Bullet | BlockKind::Paragraph)
        })
    }
}

/// Collects findings with the rule's own severity.
#[derive(Default)]
pub struct Sink {
    pub findings: Vec<Finding>,
}

impl Sink {
    pub fn emit(
        &mut self,
        rule: RuleId,
        span: Span,
        message: impl Into<String>,
        suggestion: Option<String>,
    ) {
        self.emit_with(rule, rule.severity(), span, message, suggestion);
    }

    pub fn emit_with(
        &mut self,
        rule: RuleId,
        severity: Severity,
        span: Span,
        message: impl Into<String>,
        suggestion: Option<String>,
    ) {
        self.findings.push(Finding {
            rule,
            severity,
            line: 0,
            column: 0,
            span,
            message: message.into(),
            suggestion,
            replacement: None,
        });
    }

    /// A finding whose fix is to replace the span with `replacement`.
    pub fn emit_replacement(
        &mut self,
        rule: RuleId,
        severity: Severity,
        span: Span,
        message: impl Into<String>,
        replacement: String,
    ) {
        self.emit_with(rule, severity, span, message, Some(replacement.clone()));
        if let Some(f) = self.findings.last_mut() {
            f.replacement = Some(replacement);
        }
    }
}

pub use length::{experience_years, worked_years};

pub use length::{estimate_pages, PageEstimate};

/// What a block's own rules read: the block, its facts, the kind of its
/// section and the text under it, nothing of another block. So their
/// findings for a block a session finds again unchanged, in a section of
/// the same kind, are the ones they gave last time ([`BlockFindings`]).
pub struct BlockCx<'a> {
    pub text: &'a str,
    pub block: &'a Block,
    pub facts: &'a BlockFacts,
    pub section: SectionKind,
}

/// The findings a block's own rules gave, and the kind of section it was in.
#[derive(Clone)]
pub struct BlockFindings {
    pub section: SectionKind,
    pub findings: Vec<Finding>,
}

impl BlockFindings {
    /// The same findings for the block moved from `from` to `to`.
    pub fn moved(mut self, from: usize, to: usize) -> BlockFindings {
        if from != to {
            for f in &mut self.findings {
                // A block's own rules flag only what lies in it.
                debug_assert!(f.span.start >= from, "{f:?} before its block at {from}");
                f.span = Span::new(f.span.start - from + to, f.span.end - from + to);
            }
        }
        self
    }
}

/// Runs each block's own rules into `sink`. With `kept` (a session's: for
/// each block, what the last check found for it when unchanged), a block
/// kept in a section of the same kind gives those findings again, and every
/// block's findings are returned to be kept for the next check.
pub fn run_blocks(
    cx: &Context,
    kept: Option<Vec<Option<BlockFindings>>>,
    sink: &mut Sink,
) -> Option<Vec<BlockFindings>> {
    let block_cx = |block, facts| BlockCx {
        text: cx.text,
        block,
        facts,
        section: cx.section(block),
    };
    let mut out = kept
        .is_some()
        .then(|| Vec::with_capacity(cx.doc.blocks.len()));
    let mut kept = kept.unwrap_or_default();
    for (i, block, facts) in cx.blocks() {
        let bx = block_cx(block, facts);
        let found = kept.get_mut(i).and_then(Option::take);
        let found = match found.filter(|k| k.section == bx.section) {
            Some(k) => {
                sink.findings.extend(k.findings.iter().cloned());
                k
            }
            None => {
                let from = sink.findings.len();
                run_block(&bx, sink);
                BlockFindings {
                    section: bx.section,
                    findings: match out {
                        Some(_) => sink.findings[from..].to_vec(),
                        None => Vec::new(),
                    },
                }
            }
        };
        if let Some(out) = &mut out {
            out.push(found);
        }
    }
    out
}

/// The rules that read one block alone.
#[inline(never)]
fn run_block(cx: &BlockCx, sink: &mut Sink) {
    verb::check_block(cx, sink);
    style::check_block(cx, sink);
    length::check_block(cx, sink);
    metrics::check_block(cx, sink);
    context::check_block(cx, sink);
}

/// Runs every rule family's checks across blocks (after [`run_blocks`]).
pub fn run_all(cx: &Context, sink: &mut Sink) {
    verb::check(cx, sink);
    length::check(cx, sink);
    context::check(cx, sink);
    dates::check(cx, sink);
    links::check(cx, sink);
    jd::check(cx, sink);
    scope::check(cx, sink);
    // Only a build that opens files (the full app, the CLI) has notes to place.
    #[cfg(feature = "readers")]
    ats::check(cx, sink);
}

#[cfg(test)]
pub mod testing {
    //! Helpers the rule tests share: run the whole engine, keep one rule.
    use super::RuleId;
    use crate::{check, Options};

    /// The text of each finding of `rule` in `text`.
    pub fn hits(text: &str, rule: RuleId) -> Vec<String> {
        check(text, &Options::fixed_date())
            .findings
            .iter()
            .filter(|f| f.rule == rule)
            .map(|f| f.span.of(text).to_string())
            .collect()
    }

    /// A resume with one experience bullet per line.
    pub fn experience(bullets: &[&str]) -> String {
        let mut s = String::from("Experience\nSenior Engineer, Acme   Jan 2020 – Present\n");
        for b in bullets {
            s.push_str("- ");
            s.push_str(b);
            s.push('\n');
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn a_mistyped_rule_id_finds_its_rule() {
        assert_eq!(edit_distance("verb/weak-openin", "verb/weak-opening"), 1);
        assert_eq!(edit_distance("", "abc"), 3);
        assert_eq!(
            RuleId::closest("verb/weak-openin"),
            Some(RuleId::WeakOpening)
        );
        assert_eq!(
            RuleId::closest("metric/missing"),
            Some(RuleId::MissingMetric)
        );
        assert_eq!(RuleId::closest("nothing/like-this"), None);
    }

    /// The README's rule table is documentation of this one list, so it
    /// must name exactly these ids, with these severities.
    #[test]
    fn readme_rule_table_matches_the_rules() {
        let readme = include_str!("../../../../README.md");
        let rows: Vec<(&str, &str)> = readme
            .lines()
            .filter_map(|l| l.strip_prefix("| `"))
            .filter_map(|l| {
                let (id, rest) = l.split_once('`')?;
                let sev = rest.trim_start_matches(" |").split('|').next()?.trim();
                Some((id, sev))
            })
            .filter(|(id, _)| id.contains('/'))
            .collect();
        let ids: Vec<&str> = rows.iter().map(|(id, _)| *id).collect();
        let want: Vec<&str> = RuleId::ALL.iter().map(|r| r.id()).collect();
        assert_eq!(ids, want, "README rule table is out of date");
        for (id, sev) in rows {
            let r = RuleId::from_id(id).unwrap();
            let want = match r.severity() {
                Severity::Info => "info",
                Severity::Warning => "warning",
                Severity::Error => "error",
            };
            assert_eq!(sev, want, "{id}");
        }
    }

    #[test]
    fn rule_ids_are_unique_and_round_trip() {
        let mut seen = HashSet::new();
        for r in RuleId::ALL {
            assert!(seen.insert(r.id()), "duplicate id {}", r.id());
            assert_eq!(RuleId::from_id(r.id()), Some(*r));
            assert!(r.id().contains('/'));
        }
    }

    // proptest is a native-only dev-dependency.
    #[cfg(not(target_arch = "wasm32"))]
    mod sorting {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn findings_sort_like_the_standard_librarys_stable_sort(
                places in proptest::collection::vec((0usize..40, 0usize..64, 0usize..3), 0..200)
            ) {
                let mut v: Vec<Finding> = places
                    .iter()
                    .enumerate()
                    .map(|(n, &(start, rule, len))| Finding {
                        rule: RuleId::ALL[rule % RuleId::ALL.len()],
                        severity: Severity::Warning,
                        line: n,
                        column: 0,
                        span: Span::new(start, start + len),
                        message: String::new(),
                        suggestion: None,
                        replacement: None,
                    })
                    .collect();
                let mut want = v.clone();
                want.sort_by_key(|f| (f.span.start, f.rule, f.span.end));
                sort_findings(&mut v);
                prop_assert_eq!(v, want);
            }
        }
    }
}
