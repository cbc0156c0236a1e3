//! Per-block facts kept between checks of a text being edited (the model is
//! harper-core's per-chunk cache). A keystroke changes one block; the
//! others' tokens, lead verb, metrics and topics are the same words at
//! another offset, so they are moved instead of found again. Everything
//! read across blocks (the document's structure, tailoring, the rules, the
//! score) is done afresh on every check, so a check through the cache gives
//! the same report as one from scratch (`tests/properties.rs` checks this
//! on random edit sequences).
//!
//! Nothing is copied but the text: the last check hands its blocks and
//! their facts over when it is done, and the next one takes the facts of
//! the blocks it finds again, in order, near where they were. A work
//! bullet's scope (`tailor::BlockTailor`), which its words alone decide,
//! travels with its facts, and so do the findings of the rules that read
//! one block alone (`rules::BlockFindings`), when its section is of the
//! same kind.

use crate::document::Block;
use crate::facts::BlockFacts;
use crate::rules::BlockFindings;
use crate::span::Span;
use crate::tailor::BlockTailor;

/// How far ahead of the last match an unchanged block is looked for: a key
/// changes one block, a line break splits one, a paste or a cut moves a few.
const WINDOW: usize = 4;

/// The last check's text, blocks and their facts.
#[derive(Default)]
pub struct FactCache {
    text: String,
    blocks: Vec<Block>,
    facts: Vec<Option<BlockFacts>>,
    tailor: Vec<Option<BlockTailor>>,
    findings: Vec<Option<BlockFindings>>,
    /// For each block of the check in progress, the last check's block it
    /// found again.
    found: Vec<Option<usize>>,
    /// Blocks whose facts the last check reused, for tests and benchmarks.
    pub reused: usize,
}

impl FactCache {
    /// The facts of every block of `text`: those of a block the last check
    /// had too, moved to where it is now; `find` for the others.
    pub fn facts(
        &mut self,
        text: &str,
        blocks: &[Block],
        find: impl Fn(&Block) -> BlockFacts,
    ) -> Vec<BlockFacts> {
        self.reused = 0;
        self.found.clear();
        let mut next = 0;
        blocks
            .iter()
            .map(|b| {
                let end = (next + WINDOW).min(self.blocks.len());
                let found = (next..end).find(|&j| {
                    self.facts[j].is_some() && same_block(&self.text, &self.blocks[j], text, b)
                });
                match found.and_then(|j| Some((j, self.facts[j].take()?))) {
                    Some((j, facts)) => {
                        next = j + 1;
                        self.reused += 1;
                        self.found.push(Some(j));
                        moved(facts, self.blocks[j].span.start, b.span.start)
                    }
                    None => {
                        self.found.push(None);
                        find(b)
                    }
                }
            })
            .collect()
    }

    /// The tailoring facts of the blocks [`FactCache::facts`] found again,
    /// moved to where the blocks are now (call it after `facts`).
    pub fn tailor(&mut self, blocks: &[Block]) -> Vec<Option<BlockTailor>> {
        take_found(
            blocks,
            &self.found,
            &self.blocks,
            &mut self.tailor,
            BlockTailor::moved,
        )
    }

    /// The block-local findings of the blocks [`FactCache::facts`] found
    /// again, moved to where the blocks are now (call it after `facts`).
    pub fn findings(&mut self, blocks: &[Block]) -> Vec<Option<BlockFindings>> {
        take_found(
            blocks,
            &self.found,
            &self.blocks,
            &mut self.findings,
            BlockFindings::moved,
        )
    }

    /// Keeps a finished check's text, blocks, facts and block-local
    /// findings for the next one.
    pub fn keep(
        &mut self,
        text: &str,
        blocks: Vec<Block>,
        facts: Vec<BlockFacts>,
        tailor: Vec<Option<BlockTailor>>,
        findings: Vec<BlockFindings>,
    ) {
        self.text.clear();
        self.text.push_str(text);
        self.blocks = blocks;
        self.facts = facts.into_iter().map(Some).collect();
        self.tailor = tailor;
        self.findings = findings.into_iter().map(Some).collect();
    }
}

/// For each of `blocks`, what the last check kept in `kept` for the block
/// of `old` it was `found` again as, taken out and `moved` from where that
/// block was to where it is now.
fn take_found<T>(
    blocks: &[Block],
    found: &[Option<usize>],
    old: &[Block],
    kept: &mut [Option<T>],
    moved: fn(T, usize, usize) -> T,
) -> Vec<Option<T>> {
    blocks
        .iter()
        .zip(found)
        .map(|(b, found)| {
            let j = (*found)?;
            Some(moved(
                kept.get_mut(j)?.take()?,
                old[j].span.start,
                b.span.start,
            ))
        })
        .collect()
}

/// The same words laid out the same way: what decides a block's facts.
fn same_block(old_text: &str, old: &Block, text: &str, new: &Block) -> bool {
    let (from, to) = (old.span.start, new.span.start);
    old.kind == new.kind
        && old.marker.is_some() == new.marker.is_some()
        && old.segments.len() == new.segments.len()
        && old.span.of(old_text) == new.span.of(text)
        && old
            .segments
            .iter()
            .zip(&new.segments)
            .all(|(a, b)| a.start - from == b.start - to && a.end - from == b.end - to)
}

/// `facts`, found for a block at `from`, for the same block at `to`.
fn moved(mut facts: BlockFacts, from: usize, to: usize) -> BlockFacts {
    if from != to {
        let shift = |s: Span| Span::new(s.start - from + to, s.end - from + to);
        for t in &mut facts.tokens {
            t.span = shift(t.span);
            t.digits_end = t.digits_end - from + to;
        }
        for m in &mut facts.metrics {
            m.span = shift(m.span);
        }
    }
    facts
}

#[cfg(test)]
mod tests {
    use crate::{check_text, Options, RuleId, Session};

    const RESUME: &str = "EXPERIENCE\nSenior Engineer, Acme   Jan 2020 – Present\n- Cut p99 latency from 480 ms to 120 ms\n- Responsible for the on-call rotation\n- Led the move of 40 services to Kubernetes\n  with zero downtime\n";

    #[test]
    fn an_edit_finds_its_block_again_and_moves_the_others() {
        let options = Options::fixed_date();
        let mut session = Session::default();
        session.check_text(RESUME, true, &options);
        assert_eq!(session.reused(), 0);
        // One key in the first bullet: the blocks after it move by a byte.
        let edited = RESUME.replace("480 ms", "4800 ms");
        let report = session.check_text(&edited, true, &options);
        let blocks = crate::document::Document::parse(&edited).blocks.len();
        assert_eq!(session.reused(), blocks - 1);
        assert_eq!(report, check_text(&edited, true, &options));
        // The moved bullets' findings sit on their words.
        let weak = report
            .findings
            .iter()
            .find(|f| f.rule == RuleId::WeakOpening)
            .expect("a weak opening");
        assert_eq!(&edited[weak.span.start..weak.span.end], "Responsible for");
    }

    #[test]
    fn a_kept_block_under_a_renamed_heading_is_checked_again() {
        let options = Options::fixed_date();
        let mut session = Session::default();
        let missing = |text: &str, session: &mut Session| {
            let report = session.check_text(text, true, &options);
            assert_eq!(report, check_text(text, true, &options));
            report
                .findings
                .iter()
                .filter(|f| f.rule == RuleId::MissingMetric)
                .count()
        };
        assert_eq!(missing(RESUME, &mut session), 1);
        // The same bullets, now under a heading that is not work: their
        // facts are kept, their findings are not.
        let renamed = RESUME.replace("EXPERIENCE", "INTERESTS");
        assert_eq!(missing(&renamed, &mut session), 0);
        assert!(session.reused() > 0);
        assert_eq!(missing(RESUME, &mut session), 1);
    }

    #[test]
    fn a_split_block_and_a_new_text_are_found_afresh() {
        let options = Options::fixed_date();
        let mut session = Session::default();
        session.check_text("- Shipped it\n- Built a thing\n", true, &options);
        // A line break in the first bullet: two new blocks, the second one kept.
        session.check_text("- Shipped\n- it\n- Built a thing\n", true, &options);
        assert_eq!(session.reused(), 1);
        session.check_text("- Something else entirely\n", true, &options);
        assert_eq!(session.reused(), 0);
    }
}
