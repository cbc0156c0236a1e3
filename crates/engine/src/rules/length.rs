//! Length: bullets too long or too short, paragraphs where bullets belong,
//! and more pages than the experience supports.

use super::{BlockCx, Context, RuleId, Severity, Sink};
use crate::document::dates::YearMonth;
use crate::document::lines::LineKind;
use crate::document::{BlockKind, Document};
use crate::lexicon::SectionKind;
use crate::span::Span;

/// Words per bullet before it stops being scannable.
pub const DENSE_WORDS: usize = 30;
/// Summary paragraphs get more room, but not a page of prose.
pub const DENSE_SUMMARY_WORDS: usize = 75;
/// Fewer words than this says too little to be a result.
pub const SHORT_WORDS: usize = 5;
/// Page estimate: characters per rendered line and rendered lines per page
/// (Letter/A4, 10–11 pt body, normal margins).
pub const CHARS_PER_LINE: usize = 90;
pub const LINES_PER_PAGE: f64 = 52.0;
pub const WORDS_PER_PAGE: f64 = 500.0;

/// A block too long or too short, or a paragraph where bullets belong.
pub fn check_block(cx: &BlockCx, sink: &mut Sink) {
    let (block, section, words) = (cx.block, cx.section, cx.facts.words);
    if section.is_work() && matches!(block.kind, BlockKind::Bullet | BlockKind::Paragraph) {
        let sentences = block.sentences(cx.text);
        if block.kind == BlockKind::Paragraph || (sentences >= 3 && words > 20) {
            sink.emit(
                RuleId::Dense,
                block.span,
                format!("A {words}-word paragraph of {sentences} sentences where scannable bullets belong."),
                Some("Split it into bullets of one achievement each: verb, what you did, the result.".into()),
            );
        } else if words > DENSE_WORDS {
            sink.emit(
                RuleId::Dense,
                block.span,
                format!("{words} words; a reader scans a bullet in a glance, so keep it under {DENSE_WORDS}."),
                Some("Keep the action and the result, cut the context, or split it in two.".into()),
            );
        } else if block.kind == BlockKind::Bullet
            && words < SHORT_WORDS
            && !block.joined(cx.text).contains(':')
        {
            sink.emit(
                RuleId::TooShort,
                block.span,
                format!("Only {words} words: it names a task but not what came of it."),
                Some("Add what you did and the result: scale, speed, money or reliability.".into()),
            );
        }
    } else if section == SectionKind::Summary
        && block.kind == BlockKind::Paragraph
        && words > DENSE_SUMMARY_WORDS
    {
        sink.emit_with(
            RuleId::Dense,
            Severity::Info,
            block.span,
            format!("A {words}-word summary; two or three lines is what gets read."),
            Some("Keep who you are, your strongest result, and what you want next.".into()),
        );
    }
}

/// More pages than the experience supports.
pub fn check(cx: &Context, sink: &mut Sink) {
    pages(cx, sink);
}

/// Years from the earliest role start to the latest role end (or today).
pub fn experience_years(doc: &Document, today: YearMonth) -> Option<f64> {
    let ranges = doc
        .entries
        .iter()
        .filter(|e| doc.sections[e.section].kind == SectionKind::Experience)
        .filter_map(|e| e.dates);
    let mut first: Option<i32> = None;
    let mut last: Option<i32> = None;
    for r in ranges {
        let s = r.start.months(1);
        let e = r.end_or(today).months(12);
        first = Some(first.map_or(s, |f| f.min(s)));
        last = Some(last.map_or(e, |l| l.max(e)));
    }
    Some(f64::from(last? - first? + 1).max(0.0) / 12.0)
}

/// Years actually spent in roles: the union of the Experience date ranges,
/// so a gap (or a student job long ago) does not count as experience.
pub fn worked_years(doc: &Document, today: YearMonth) -> Option<f64> {
    let mut ranges: Vec<(i32, i32)> = doc
        .entries
        .iter()
        .filter(|e| doc.sections[e.section].kind == SectionKind::Experience)
        .filter_map(|e| e.dates)
        .map(|r| (r.start.months(1), r.end_or(today).months(12)))
        .collect();
    if ranges.is_empty() {
        return None;
    }
    crate::sort::sort_by_key(&mut ranges, |r| *r);
    let (mut months, mut reached) = (0, i32::MIN);
    for (start, end) in ranges {
        let from = start.max(reached);
        if end >= from {
            months += end - from + 1;
            reached = end + 1;
        }
    }
    Some(f64::from(months) / 12.0)
}

/// How long the resume would print: rendered lines from wrapped text, and
/// words, measured once per check (the report and the page rule share it).
#[derive(Clone, Copy, Debug, Default)]
pub struct PageEstimate {
    /// Estimated pages, to a tenth.
    pub pages: f64,
    /// The byte offset where the first and the second page end, if the text
    /// runs past them.
    pub ends: [Option<usize>; 2],
    /// Every word of the text (`text::word_count` of the whole of it),
    /// counted line by line in the same pass.
    pub words: usize,
}

pub fn estimate_pages(text: &str, doc: &Document) -> PageEstimate {
    let mut lines = 0.0;
    let (mut words, mut all_words) = (0usize, 0usize);
    let mut ends = [None; 2];
    for line in &doc.lines {
        let s = line.span.of(text);
        // No word spans a line break, so the lines' counts add up to the text's.
        let line_words = crate::text::word_count(s);
        all_words += line_words;
        match line.kind {
            LineKind::Blank | LineKind::Rule | LineKind::Markup => lines += 0.5,
            _ => {
                let chars = s.trim().chars().count();
                lines += chars.div_ceil(CHARS_PER_LINE).max(1) as f64;
                words += line_words;
            }
        }
        let pages = (lines / LINES_PER_PAGE).max(words as f64 / WORDS_PER_PAGE);
        for (page, end) in ends.iter_mut().enumerate() {
            if end.is_none() && pages > (page + 1) as f64 && !matches!(line.kind, LineKind::Blank) {
                *end = Some(line.span.start);
            }
        }
    }
    let pages = (lines / LINES_PER_PAGE).max(words as f64 / WORDS_PER_PAGE);
    PageEstimate {
        pages: (pages * 10.0).round() / 10.0,
        ends,
        words: all_words,
    }
}

/// "1.4" without float formatting (which costs the wasm 11 KB).
fn tenths(x: f64) -> String {
    let t = (x * 10.0).round().max(0.0) as u32;
    format!("{}.{}", t / 10, t % 10)
}

fn pages(cx: &Context, sink: &mut Sink) {
    let years = experience_years(cx.doc, cx.today).unwrap_or(0.0);
    let limit = if years > 10.0 { 2.0 } else { 1.0 };
    let (pages, overflow) = (cx.pages.pages, cx.pages.ends[usize::from(years > 10.0)]);
    if let (true, Some(at)) = (pages > limit, overflow) {
        let end = cx.text.trim_end().len().max(at);
        sink.emit(
            RuleId::Pages,
            Span::new(at, end),
            format!(
                "About {} pages; with {} of experience, aim for {}.",
                tenths(pages),
                if years > 0.0 {
                    format!("{} years", years.round() as u32)
                } else {
                    "this much".into()
                },
                if limit > 1.0 { "two at most" } else { "one" }
            ),
            Some(
                "Cut older roles to a line each and keep the bullets with the strongest results."
                    .into(),
            ),
        );
    }
}

#[cfg(test)]
mod tests {

    #[test]
    fn worked_years_skip_gaps_and_overlaps() {
        let text = "Experience\nEngineer, A  Jan 2020 – Dec 2021\n- Did x\n\
                    Engineer, B  Jan 2021 – Dec 2022\n- Did y\n\
                    Lab assistant, C  Jan 2003 – Dec 2003\n- Did z\n";
        let doc = crate::document::Document::parse(text);
        let today = crate::YearMonth::new(2026, 11);
        assert_eq!(super::worked_years(&doc, today), Some(4.0));
        assert!(super::experience_years(&doc, today).unwrap() > 19.0);
    }
    use super::super::testing::{experience, hits};
    use super::super::RuleId;

    #[test]
    fn long_bullets_are_dense() {
        let long = "Built a service ".repeat(9) + "that cut p99 latency by 40%";
        let text = experience(&[&long, "Cut p99 latency from 480 ms to 120 ms with Redis"]);
        assert_eq!(hits(&text, RuleId::Dense).len(), 1);
    }

    #[test]
    fn paragraphs_in_experience_are_dense() {
        let para = "I joined the platform team in 2019. We rebuilt the deploy system from scratch over two years and it was hard work for everyone involved. Later I moved to the storage team where I owned the backups and restores for the company.";
        let text = format!("Experience\nEngineer, Acme   2019 – Present\n{para}\n");
        assert_eq!(hits(&text, RuleId::Dense), vec![para]);
    }

    #[test]
    fn short_bullets_are_flagged_but_labels_are_not() {
        let text = experience(&[
            "Fixed bugs",
            "Tech: Go, Kafka",
            "Cut build time from 20 to 6 minutes",
        ]);
        assert_eq!(hits(&text, RuleId::TooShort), vec!["Fixed bugs"]);
    }

    #[test]
    fn pages_beyond_one_for_a_junior() {
        let bullets: Vec<String> = (0..70)
            .map(|i| format!("Shipped feature number {i} of the ledger service to 3 regions with zero downtime"))
            .collect();
        let refs: Vec<&str> = bullets.iter().map(String::as_str).collect();
        let text = experience(&refs);
        assert_eq!(hits(&text, RuleId::Pages).len(), 1);
        let one = experience(&refs[..10]);
        assert!(hits(&one, RuleId::Pages).is_empty());
    }
}
