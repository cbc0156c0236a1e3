//! What the rules and the tailoring read about each block, computed once
//! per block (and reused between keystrokes by `cache`): the lowest layer
//! above the document, below both `tailor` and `rules`.

use crate::document::{self, BlockKind};
use crate::lexicon::MetricKind;
use crate::metrics::{self, Metric};
use crate::text::{self, Token};
use crate::verbs::{self, LeadVerb};

/// What the rules know about one block, computed once.
pub struct BlockFacts {
    pub tokens: Vec<Token>,
    pub lead: Option<LeadVerb>,
    pub metrics: Vec<Metric>,
    pub topics: Vec<MetricKind>,
    pub words: usize,
}

pub fn block_facts(text: &str, b: &document::Block) -> BlockFacts {
    let tokens = b.tokens(text);
    // Skill lines have no verbs or metrics to find, unless they were
    // written as bullets ("- 8 years of Go"), which are read like any bullet.
    let is_prose = b.kind != BlockKind::SkillLine || b.marker.is_some();
    let lead = if is_prose {
        verbs::lead_verb(&tokens)
    } else {
        None
    };
    let topics = metrics::topic_kinds(&tokens);
    let metrics = if is_prose {
        metrics::extract_on_topics(&tokens, text, &topics)
    } else {
        Vec::new()
    };
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
}
