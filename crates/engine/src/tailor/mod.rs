//! Tailoring: how the resume answers a job description, a target role and
//! an experience band.
//!
//! Flow: [`Job::parse`] reads a job description once (the app keeps it
//! between keystrokes); [`TailorFacts::gather`] scans the resume's blocks
//! once for concept mentions, JD names, hints, role themes and each work
//! bullet's scope; the `jd` and `scope` rule families read those facts;
//! [`TailorFacts::report`] builds the report's `tailoring` section.

pub mod data;
pub mod extract;
mod inflected;
pub mod job;
mod mail;
pub mod markup;
mod notebook;
pub mod posting;
mod rtf;

use serde::Serialize;

pub use data::ConceptKind;
pub use job::Job;

use super::document::{Block, BlockKind, Document};
use super::facts::BlockFacts;
use super::lexicon::SectionKind;
use super::sort::sort_by_key;
use super::span::Span;
use super::text::Kind;
use data::tailor_lexicon;
use job::TermKey;

/// The roles whose emphasis the role lens knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Backend,
    Sre,
    Staff,
    Frontend,
    Ai,
    Manager,
}

impl Role {
    pub const ALL: [Role; 6] = [
        Role::Backend,
        Role::Sre,
        Role::Staff,
        Role::Frontend,
        Role::Ai,
        Role::Manager,
    ];

    /// The stable name used by the CLI, the JSON report and the widget.
    pub fn name(self) -> &'static str {
        match self {
            Role::Backend => "backend",
            Role::Sre => "sre",
            Role::Staff => "staff",
            Role::Frontend => "frontend",
            Role::Ai => "ai",
            Role::Manager => "manager",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Role::Backend => "Backend",
            Role::Sre => "DevOps / SRE",
            Role::Staff => "Staff+",
            Role::Frontend => "Frontend",
            Role::Ai => "AI",
            Role::Manager => "Engineering manager",
        }
    }

    /// Every name a role is known by: the stable names and common aliases
    /// (devops, em, staff+, ml). The widget's loader keeps the same list to
    /// tell ours from an ARIA `role` (a test compares them).
    pub const NAMES: [(&'static str, Role); 14] = [
        ("backend", Role::Backend),
        ("sre", Role::Sre),
        ("devops", Role::Sre),
        ("devops/sre", Role::Sre),
        ("platform", Role::Sre),
        ("staff", Role::Staff),
        ("staff+", Role::Staff),
        ("principal", Role::Staff),
        ("frontend", Role::Frontend),
        ("ai", Role::Ai),
        ("ml", Role::Ai),
        ("manager", Role::Manager),
        ("em", Role::Manager),
        ("engineering-manager", Role::Manager),
    ];

    /// The role `s` names, in any case.
    pub fn from_name(s: &str) -> Option<Role> {
        let s = s.trim().to_ascii_lowercase();
        Self::NAMES.iter().find(|(n, _)| *n == s).map(|&(_, r)| r)
    }
}

/// Years of experience, in the bands the guides use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum Band {
    #[serde(rename = "0-2")]
    Early,
    #[serde(rename = "3-5")]
    Mid,
    #[serde(rename = "5-8")]
    Senior,
    #[serde(rename = "8-12")]
    Staff,
    #[serde(rename = "12+")]
    Principal,
}

impl Band {
    pub const ALL: [Band; 5] = [
        Band::Early,
        Band::Mid,
        Band::Senior,
        Band::Staff,
        Band::Principal,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Band::Early => "0-2",
            Band::Mid => "3-5",
            Band::Senior => "5-8",
            Band::Staff => "8-12",
            Band::Principal => "12+",
        }
    }

    /// "0–2 years", for messages.
    pub fn label(self) -> &'static str {
        match self {
            Band::Early => "0–2 years",
            Band::Mid => "3–5 years",
            Band::Senior => "5–8 years",
            Band::Staff => "8–12 years",
            Band::Principal => "12+ years",
        }
    }

    /// "8-12", "8–12", "8-12 years", "12+".
    pub fn from_name(s: &str) -> Option<Band> {
        let s = s.trim();
        let s = s.strip_suffix("years").unwrap_or(s).trim();
        Band::ALL
            .into_iter()
            .find(|b| b.name() == s || b.label().strip_suffix(" years") == Some(s))
    }

    /// The band for a number of years: under 3 is 0–2, under 5 is 3–5,
    /// under 8 is 5–8, under 12 is 8–12.
    pub fn from_years(years: f64) -> Band {
        match years {
            y if y < 3.0 => Band::Early,
            y if y < 5.0 => Band::Mid,
            y if y < 8.0 => Band::Senior,
            y if y < 12.0 => Band::Staff,
            _ => Band::Principal,
        }
    }

    pub fn is_junior(self) -> bool {
        self <= Band::Mid
    }
}

/// How far a bullet's work reaches.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    Task,
    Feature,
    CrossTeam,
    Organization,
}

impl Scope {
    pub fn label(self) -> &'static str {
        match self {
            Scope::Task => "task",
            Scope::Feature => "feature or service",
            Scope::CrossTeam => "cross-team",
            Scope::Organization => "organization",
        }
    }
}

/// One work bullet's scope, with what cued it and the artifacts backing it.
#[derive(Clone, Debug)]
pub struct BulletScope {
    pub scope: Scope,
    pub cue: Option<Span>,
    pub artifacts: Vec<Span>,
    pub quantified: bool,
}

/// What a nice-to-have term weighs in the match rate, against 1 for a
/// required one: asked for, but a person missing it can still be hired.
pub const NICE_WEIGHT: f64 = 0.5;

/// A place in the resume: block index and span.
#[derive(Clone, Copy, Debug)]
pub struct Mention {
    pub block: usize,
    pub span: Span,
    /// A word that names its concept with the noun of a later item ("unit"
    /// of "unit and integration tests"): keyword density counts it as no
    /// word of its own.
    pub shared: bool,
}

/// A block's tailoring facts that its words alone decide (a work bullet's
/// scope): a session keeps them for the blocks a keystroke leaves alone.
#[derive(Clone, Debug)]
pub struct BlockTailor {
    /// Which lexicon found them: installing the job lexicon makes another.
    lexicon: usize,
    work: bool,
    scope: Option<BulletScope>,
}

impl BlockTailor {
    /// The same facts for the block moved from byte `from` to byte `to`.
    pub fn moved(mut self, from: usize, to: usize) -> BlockTailor {
        let shift = |s: &mut Span| *s = Span::new(s.start - from + to, s.end - from + to);
        if let Some(scope) = &mut self.scope {
            scope.cue.iter_mut().for_each(shift);
            scope.artifacts.iter_mut().for_each(shift);
        }
        self
    }
}

/// What the tailoring rules and the report read, gathered in one pass.
pub struct TailorFacts<'a> {
    pub role: Option<Role>,
    pub band: Option<Band>,
    pub band_estimated: bool,
    pub job: Option<&'a Job>,
    /// Per job term: where the resume mentions it (narrower concepts count).
    pub term_hits: Vec<Vec<Mention>>,
    /// Per job term the resume misses: the bullets that may already show it
    /// (see [`TailorFacts::find_pointers`]); empty for terms it shows.
    pub pointers: Vec<Vec<Mention>>,
    /// Per concept: the job term it is, for concepts the job asks for.
    pub term_of: Vec<Option<u32>>,
    /// Concept mentions in the resume, in text order: (concept, place).
    pub mentions: Vec<(usize, Mention)>,
    /// Hint words in work bullets: (hint group, place).
    pub hints: Vec<(usize, Mention)>,
    /// Per block: its scope, for work bullets.
    pub scopes: Vec<Option<BulletScope>>,
    /// Per theme of the role (in `themes` order of the lexicon): bullets evidencing it.
    pub themes: Vec<(usize, Vec<Mention>)>,
    /// Years worked (the union of role dates), for the band estimate.
    pub years: Option<f64>,
}

/// The job description and the target role a check reads. Built without
/// the `lens` feature (the app's first load) it reads neither, so their
/// matching is left out of that build: the page loads the full app the
/// first time a person picks a role or pastes a job description.
fn lenses(options: &super::Options) -> (Option<&Job>, Option<Role>) {
    if cfg!(feature = "lens") {
        (options.job.as_deref(), options.role)
    } else {
        (None, None)
    }
}

/// The practices a person's titles name ("DevOps Engineer — Havnefront",
/// "Backend Intern, Zerodel"): a concept right before a person's word, in
/// a work entry's header line, at the entry's first block. Only there: a
/// company's name ("Havnefront Data AS") names no concept held.
///
/// Good: "DevOps Engineer", "Embedded Software Engineer", "Site
/// Reliability Engineer". Bad: "Kafka Labs — Engineer" (no person's word
/// after "Kafka"), "Data AS".
/// The concept a resume's Open Source section shows, whatever its items
/// say ("Maintainer of a small Rust crate"), in the job lexicon.
const OPEN_SOURCE_WORK: &str = "open source contributions";

/// A resume's Open Source section with something under it shows open
/// source contributions: the heading's span, on the section's first block.
fn sections_held(text: &str, doc: &Document) -> Vec<(usize, Mention)> {
    let lx = tailor_lexicon();
    let open_source = doc
        .sections
        .iter()
        .enumerate()
        .filter(|(_, s)| s.kind == crate::lexicon::SectionKind::OpenSource);
    let mut out = Vec::new();
    for (i, section) in open_source {
        let Some(span) = section.heading else {
            continue;
        };
        // Headed by the words, not by a kindred heading ("Contributions"
        // may be a charity run's).
        let heading = span.of(text).to_ascii_lowercase();
        if !(heading.contains("open source") || heading.contains("open-source")) {
            continue;
        }
        let Some(block) = doc.blocks.iter().position(|b| b.section == i) else {
            continue;
        };
        let Some(c) = lx.concepts.iter().position(|c| c.name == OPEN_SOURCE_WORK) else {
            break;
        };
        out.push((
            c,
            Mention {
                block,
                span,
                shared: false,
            },
        ));
    }
    out
}

fn titles_held(text: &str, doc: &Document) -> Vec<(usize, Mention)> {
    let lx = tailor_lexicon();
    let mut out = Vec::new();
    // Each entry's first block, found in one pass.
    let mut first_block = vec![None; doc.entries.len()];
    for (b, block) in doc.blocks.iter().enumerate() {
        if let Some(slot) = block.entry.and_then(|e| first_block.get_mut(e)) {
            slot.get_or_insert(b);
        }
    }
    for (e, entry) in doc.entries.iter().enumerate() {
        if !doc.sections[entry.section].kind.is_work() {
            continue;
        }
        let Some(block) = first_block[e] else {
            continue;
        };
        let toks = crate::text::tokenize(text, &[entry.header]);
        let person = |t: Option<&crate::text::Token>| {
            t.is_some_and(|t| lx.is_role_word(data::RoleWord::Person, &t.lower))
        };
        let mut i = 0;
        while i < toks.len() {
            let Some((n, c)) = lx.concept_at(&toks, i, text) else {
                i += 1;
                continue;
            };
            // "DevOps Engineer" reads as the form "devops engineering"; on
            // one line ("Acme DevOps\nEngineer" is a name, then a title).
            let span = toks[i].span.cover(toks[i + n - 1].span);
            let one_line = !span.of(text).contains(['\n', '\r']);
            if one_line && (person(toks.get(i + n)) || n > 1 && person(toks.get(i + n - 1))) {
                out.push((
                    c,
                    Mention {
                        block,
                        span,
                        shared: false,
                    },
                ));
            }
            i += n;
        }
    }
    out
}

fn is_work_item(doc: &Document, b: &Block) -> bool {
    doc.section_kind(b).is_work() && matches!(b.kind, BlockKind::Bullet | BlockKind::Paragraph)
}

/// How many of a topic's narrower terms show the topic itself
/// ([`TailorFacts::show_topics_by_their_parts`]).
const TOPIC_SHOWN_BY: usize = 3;

impl<'a> TailorFacts<'a> {
    pub fn gather(
        text: &str,
        doc: &Document,
        facts: &[BlockFacts],
        options: &'a super::Options,
        years: Option<f64>,
        kept: Option<&mut Vec<Option<BlockTailor>>>,
    ) -> TailorFacts<'a> {
        let lx = tailor_lexicon();
        let lexicon = lx as *const data::TailorLexicon as usize;
        // A session's slots: in, the last check's facts of each block it
        // found again; out, this check's.
        let mut kept = kept.filter(|k| k.len() == doc.blocks.len());
        let (job, role) = lenses(options);
        let band = options.band.or_else(|| years.map(Band::from_years));
        let mut out = TailorFacts {
            role,
            band,
            band_estimated: options.band.is_none() && band.is_some(),
            job,
            term_hits: job.map_or_else(Vec::new, |j| vec![Vec::new(); j.terms.len()]),
            pointers: Vec::new(),
            term_of: {
                let mut of = vec![None; if job.is_some() { lx.concepts.len() } else { 0 }];
                for (t, term) in job.iter().flat_map(|j| j.terms.iter().enumerate()) {
                    if let TermKey::Concept(c) = term.key {
                        of[c] = Some(t as u32);
                    }
                }
                of
            },
            mentions: Vec::new(),
            hints: Vec::new(),
            scopes: Vec::with_capacity(doc.blocks.len()),
            themes: Vec::new(),
            years,
        };
        let role_themes: Vec<usize> = role.map_or_else(Vec::new, |r| {
            (0..lx.themes.len())
                .filter(|&t| lx.themes[t].role == r)
                .collect()
        });
        out.themes = role_themes.iter().map(|&t| (t, Vec::new())).collect();

        // The concepts the posting asked for, by index: a concept inside
        // another's words is read only when asked ("failover drills").
        let asked_concepts: Vec<bool> = job.map_or_else(Vec::new, |j| {
            let mut asked = vec![false; lx.concepts.len()];
            for t in &j.terms {
                if let job::TermKey::Concept(c) = t.key {
                    asked[c] = true;
                }
            }
            asked
        });
        let asked = |c: usize| asked_concepts.get(c).copied().unwrap_or(false);
        // Whether each token's stem can start a tailoring phrase (one buffer for all blocks).
        let mut candidates: Vec<bool> = Vec::new();
        for (b, (block, f)) in doc.blocks.iter().zip(facts).enumerate() {
            let section = doc.section_kind(block);
            // The header names the person, not their skills; a line there
            // listing the languages they speak is evidence of those alone.
            // Only a job description's terms are matched there: no lens, no
            // job (and none of this built).
            let spoken_line = cfg!(feature = "lens")
                && job.is_some()
                && section == SectionKind::Header
                && lists_spoken_languages(block.span.of(text));
            let header = section == SectionKind::Header && !spoken_line;
            let before = spoken_line.then(|| {
                (
                    out.mentions.len(),
                    out.term_hits.iter().map(Vec::len).collect::<Vec<_>>(),
                )
            });
            let work = is_work_item(doc, block);
            let toks = &f.tokens;
            let prior = kept
                .as_deref_mut()
                .and_then(|k| k[b].take())
                .filter(|p| p.lexicon == lexicon && p.work == work);
            // Most tokens start no phrase of any tailoring list: one lookup
            // of the token's stem rules them out before any list is tried.
            candidates.clear();
            if job.is_some() || role.is_some() || (work && prior.is_none()) {
                candidates.extend(toks.iter().map(|t| {
                    lx.starts.contains(t.stem())
                        || data::may_start_a_stem_form(t)
                        || inflected::may_decline_a_name(t, text)
                        || cfg!(feature = "lens") && t.lower.contains(['\'', '’'])
                }));
            }
            let starts = |i: usize| candidates[i];
            // Concept mentions are read for a job description only (its
            // terms, its stuffing check, the pointers for missing terms).
            if job.is_some() && !header {
                let mut i = 0;
                // Where the last gapped form's match ends: a word inside its
                // gap is read, but keyword density counts it once.
                let mut gap_end = 0;
                // Where the last whole form's match ends.
                let mut inside_end = 0;
                // Whether that form names a practice or an idea, whose
                // words may name another ("failover drills"), not a
                // product ("Firebase Cloud Messaging").
                let mut inside_words = false;
                while i < toks.len() {
                    let at = Mention {
                        block: b,
                        span: toks[i].span,
                        shared: i < gap_end,
                    };
                    if let Some(j) = job {
                        // "Git-based", "Temporal-backed": the name's half.
                        if let Some(head) = job::compound_head(&toks[i], text) {
                            let written = head.of(text);
                            if let Some(&term) = j.named.match_word(&written.to_ascii_lowercase()) {
                                if !j.terms[term].acronym || extract::is_acronym(written) {
                                    out.term_hits[term].push(Mention { span: head, ..at });
                                }
                            }
                        }
                        if let Some((n, &term)) = j.named.match_at(toks, i) {
                            // "KYC" asked for is not "kyc" in a word's sense.
                            let cased = !j.terms[term].acronym
                                || extract::is_acronym(toks[i].span.of(text));
                            if cased {
                                let span = toks[i].span.cover(toks[i + n - 1].span);
                                out.term_hits[term].push(Mention { span, ..at });
                            }
                        } else if let Some(term) = inflected::inflected_name(&toks[i], text, |b| {
                            // No everyday word's name ("Julian" is no Julia).
                            let everyday = lx.ambiguous_stems.contains(crate::text::stem(b))
                                || data::tech_names().is_some_and(|tn| {
                                    tn.forms
                                        .match_word(b)
                                        .is_some_and(|&n| tn.names[n].capital_only)
                                });
                            j.named
                                .match_word(b)
                                .copied()
                                .filter(|&t| !j.terms[t].acronym && !everyday)
                        }) {
                            // "u Pythonu": the name declined.
                            out.term_hits[term].push(at);
                        }
                    }
                    // A concept the posting asked for, inside another's
                    // words.
                    // Inside a concept's words, only a name the posting
                    // asked for is read ("drivers" in "wrote drivers")…
                    if i < inside_end {
                        // …and a concept it asked for: "recovery" inside
                        // "disaster recovery drills".
                        // A lookup first: most words inside name nothing asked.
                        let may = inside_words
                            && starts(i)
                            && lx.forms.match_at(toks, i).is_some_and(|(_, &c)| asked(c));
                        let inner = may
                            .then(|| lx.concept_at(toks, i, text))
                            .flatten()
                            .filter(|&(n, c)| i + n <= inside_end && asked(c));
                        if let Some((n, c)) = inner {
                            let span = toks[i].span.cover(toks[i + n - 1].span);
                            out.mentions.push((
                                c,
                                Mention {
                                    span,
                                    shared: true,
                                    ..at
                                },
                            ));
                        }
                        i += 1;
                        continue;
                    }
                    let candidate = starts(i);
                    if candidate && work && job.is_some() {
                        if let Some((_, &g)) = lx.hints.match_at(toks, i) {
                            out.hints.push((g, at));
                        }
                    }
                    // "Delta Lake-tabeller": a name of more words, its last
                    // one joined to a word of the resume's language.
                    if candidate {
                        if let Some((shared, used)) = job::name_before_a_hyphen(toks, i, text) {
                            let whole = shared.len();
                            let span = toks[i].span.cover(shared[whole - 1].span);
                            let concept =
                                lx.concept_at(&shared, 0, text).filter(|&(n, _)| n == whole);
                            if let Some((_, c)) = concept {
                                out.mentions.push((c, Mention { span, ..at }));
                            }
                            let named = job
                                .and_then(|j| j.named.match_at(&shared, 0))
                                .filter(|&(n, _)| n == whole);
                            if let Some((_, &term)) = named {
                                out.term_hits[term].push(Mention { span, ..at });
                            }
                            if concept.is_some() || named.is_some() {
                                inside_end = i + used;
                                inside_words = false;
                                i += used;
                                continue;
                            }
                        }
                    }
                    // "Cypress'i": a name with a case ending after an
                    // apostrophe, as Estonian and Turkish resumes write it.
                    let concept = candidate
                        .then(|| {
                            lx.concept_at(toks, i, text).or_else(|| {
                                lx.name_before_an_ending(&toks[i], text).map(|c| (1, c))
                            })
                        })
                        .flatten();
                    if let Some((n, c)) = concept {
                        let span = toks[i].span.cover(toks[i + n - 1].span);
                        out.mentions.push((c, Mention { span, ..at }));
                        // A gapped form's gap may name a concept of its own
                        // ("fixed concurrency bugs"): read on inside it.
                        let whole = lx.forms.match_at(toks, i).is_some_and(|(m, _)| m == n);
                        if whole {
                            inside_end = i + n;
                            inside_words = lx.concepts[c].kind != ConceptKind::Tech;
                            // Its first word may be a concept asked for on
                            // its own ("failover" of "failover drills").
                            let may = n > 1
                                && inside_words
                                && lx
                                    .forms
                                    .match_word(&toks[i].lower)
                                    .is_some_and(|&f| f != c && asked(f));
                            let first = may
                                .then(|| lx.concept_at(&toks[i..=i], 0, text))
                                .flatten()
                                .map(|(_, f)| f)
                                .filter(|&f| f != c && asked(f));
                            if let Some(f) = first {
                                // Shared: keyword density counts the words once.
                                let span = toks[i].span;
                                out.mentions.push((
                                    f,
                                    Mention {
                                        span,
                                        shared: true,
                                        ..at
                                    },
                                ));
                            }
                        } else {
                            gap_end = gap_end.max(i + n);
                        }
                        i += 1;
                        continue;
                    }
                    // "unit and integration tests": the first word shares the
                    // noun after the last ("unit tests"), as a posting's does.
                    // A technology's own name is none ("Ruby, Ruby on Rails"),
                    // asked last: most words have no joiner after them, and
                    // `elided_concept` says no to those first.
                    if candidate {
                        let elided = job::elided_concept(toks, i, text)
                            .filter(|_| job::tech_name_at(toks, i, text).is_none());
                        if let Some((c, _)) = elided {
                            out.mentions.push((c, Mention { shared: true, ..at }));
                        }
                    }
                    // "Raft-replicated", "Kafka-backed": each part can name a concept.
                    if let Some((head, tail)) = toks[i].hyphen_parts() {
                        let original = toks[i].span.of(text);
                        let parts = [
                            (head, &original[..head.len()]),
                            (tail, &original[head.len() + 1..]),
                        ];
                        for (part, written) in parts {
                            if let Some(&c) = lx
                                .forms
                                .match_word(part)
                                .filter(|_| lx.names_it(part, written))
                            {
                                out.mentions.push((c, at));
                            }
                        }
                    }
                    i += 1;
                }
            }
            if let Some((mentions_before, hits_before)) = before {
                out.keep_spoken_languages(mentions_before, &hits_before);
            }
            if let (true, Some(role)) = (work, role) {
                let words = &lx.theme_words[role as usize];
                let mut shown: Vec<usize> = Vec::new();
                for i in (0..toks.len()).filter(|&i| starts(i)) {
                    if let Some((_, &th)) = words.match_at(toks, i) {
                        shown.push(th);
                    }
                }
                for (t, hits) in &mut out.themes {
                    if shown.contains(t) {
                        hits.push(Mention {
                            block: b,
                            span: block.span,
                            shared: false,
                        });
                    }
                }
            }
            let scope = match prior {
                Some(p) => p.scope,
                None => work.then(|| classify(text, f, &starts)),
            };
            if let Some(k) = kept.as_deref_mut() {
                k[b] = Some(BlockTailor {
                    lexicon,
                    work,
                    scope: scope.clone(),
                });
            }
            out.scopes.push(scope);
        }
        if job.is_some() {
            for (c, m) in &out.mentions {
                for up in lx.with_broader(*c) {
                    if let Some(t) = out.term(up) {
                        out.term_hits[t].push(*m);
                    }
                }
            }
            for (c, m) in titles_held(text, doc)
                .into_iter()
                .chain(sections_held(text, doc))
            {
                for up in lx.with_broader(c) {
                    if let Some(t) = out.term(up) {
                        out.term_hits[t].push(m);
                    }
                }
            }
            out.show_topics_by_their_parts();
            for hits in &mut out.term_hits {
                sort_by_key(hits, |m| m.span.start);
            }
        }
        // Once per check: both the job-description findings and the report use them.
        out.pointers = job.map_or_else(Vec::new, |j| {
            j.terms
                .iter()
                .zip(&out.term_hits)
                .map(|(t, hits)| match t.key {
                    TermKey::Concept(c) if hits.is_empty() => out.find_pointers(c),
                    _ => Vec::new(),
                })
                .collect()
        });
        out
    }

    /// A broad topic the job asks for and the resume's work shows through
    /// [`TOPIC_SHOWN_BY`] or more of its narrower terms, none named as the
    /// topic: "networking" by DNS, load balancers and firewall rules. A
    /// reader takes it as shown; one or two of them stay pointers, as does
    /// a Skills line's list. Not a leadership signal: "people management"
    /// is not shown by written feedback and a distributed team.
    fn show_topics_by_their_parts(&mut self) {
        let Some(job) = self.lens_job() else {
            return;
        };
        let lx = tailor_lexicon();
        for (t, term) in job.terms.iter().enumerate() {
            let TermKey::Concept(topic) = term.key else {
                continue;
            };
            if !self.term_hits[t].is_empty() || lx.concepts[topic].kind == ConceptKind::Seniority {
                continue;
            }
            let mut parts: Vec<usize> = Vec::new();
            let mut hits: Vec<Mention> = Vec::new();
            for &(c, m) in &self.mentions {
                let in_work = self.scopes.get(m.block).is_some_and(Option::is_some);
                if lx.concepts[c].topic == Some(topic) && in_work {
                    if !parts.contains(&c) {
                        parts.push(c);
                    }
                    hits.push(m);
                }
            }
            if parts.len() >= TOPIC_SHOWN_BY {
                self.term_hits[t] = hits;
            }
        }
    }

    /// The job term a concept is, if the job asks for it.
    pub fn term(&self, concept: usize) -> Option<usize> {
        self.term_of
            .get(concept)
            .copied()
            .flatten()
            .map(|t| t as usize)
    }

    /// The job description, known to be none in a build without the lens
    /// (`lenses`), so that what reads it is left out of that build too.
    pub fn lens_job(&self) -> Option<&'a Job> {
        self.job.filter(|_| cfg!(feature = "lens"))
    }

    /// Whether the resume meets the job's years, when it states any.
    pub fn years_met(&self) -> Option<bool> {
        let (need, _) = self.lens_job()?.years_required?;
        Some(self.years? + 0.05 >= f64::from(need))
    }

    /// The share of the job's terms (and its years, when stated) the
    /// resume shows, by weight: a nice-to-have term weighs
    /// [`NICE_WEIGHT`] of a required one.
    pub fn match_rate(&self) -> Option<f64> {
        let job = self.lens_job()?;
        let weight = |t: &job::Term| if t.required { 1.0 } else { NICE_WEIGHT };
        let mut total: f64 = job.terms.iter().map(weight).sum();
        let mut hit: f64 = job
            .terms
            .iter()
            .zip(&self.term_hits)
            .filter(|(_, h)| !h.is_empty())
            .map(|(t, _)| weight(t))
            .sum();
        if let Some(met) = self.years_met() {
            total += 1.0;
            hit += if met { 1.0 } else { 0.0 };
        }
        Some(if total == 0.0 { 1.0 } else { hit / total })
    }

    /// The share of the role's themes evidenced by at least one bullet.
    pub fn theme_share(&self) -> Option<f64> {
        self.role.filter(|_| cfg!(feature = "lens"))?;
        let n = self.themes.len().max(1);
        Some(self.themes.iter().filter(|(_, h)| !h.is_empty()).count() as f64 / n as f64)
    }

    /// Work bullets whose words hint that they may already show a missing
    /// concept: a hint word, or a closely related concept (a narrower,
    /// broader or sibling one, or one under it as a topic: DNS for a
    /// missing "networking"). At most three, in text order.
    fn find_pointers(&self, concept: usize) -> Vec<Mention> {
        let lx = tailor_lexicon();
        let up = |c: usize| lx.concepts[c].broader.or(lx.concepts[c].topic);
        let parent = up(concept);
        let related = |m: usize| {
            let mp = up(m);
            m != concept
                && (mp == Some(concept) || parent == Some(m) || (parent.is_some() && mp == parent))
        };
        let mut found: Vec<Mention> = Vec::new();
        let hinted = self
            .hints
            .iter()
            .filter(|(g, _)| lx.hint_groups[*g].contains(&concept))
            .map(|(_, m)| *m);
        let via_concept = self
            .mentions
            .iter()
            .filter(|(c, m)| related(*c) && self.scopes.get(m.block).is_some_and(Option::is_some))
            .map(|(_, m)| *m);
        let mut all: Vec<Mention> = hinted.chain(via_concept).collect();
        sort_by_key(&mut all, |m| m.span.start);
        for m in all {
            if found.len() < 3 && !found.iter().any(|f| f.block == m.block) {
                found.push(m);
            }
        }
        found
    }
}

/// A work bullet's scope: the strongest cue among its opening verb, its
/// phrases and its numbers ("3 teams", "40 engineers").
fn classify(text: &str, f: &BlockFacts, starts: &dyn Fn(usize) -> bool) -> BulletScope {
    let lx = tailor_lexicon();
    let toks = &f.tokens;
    let mut best = (Scope::Task, None);
    let mut raise = |s: Scope, span: Span| {
        if s > best.0 {
            best = (s, Some(span));
        }
    };
    let lead = f.lead.as_ref();
    if let Some(l) = lead {
        if let Some(&s) = lx.scope_verbs.get(l.lemma.as_str()) {
            raise(s, toks[l.index].span);
        }
    }
    // Only leading people makes a headcount organization-level ("Built a
    // linter used by 200 engineers" does not).
    let leads_people = lead.is_some_and(|l| {
        matches!(
            l.lemma.as_str(),
            "lead" | "manage" | "grow" | "hire" | "direct"
        )
    });
    let mut artifacts = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        // "RFC 7519" cites a standard; it is not an RFC the person wrote.
        let cites_standard =
            t.lower.as_str() == "rfc" && toks.get(i + 1).is_some_and(|n| n.kind == Kind::Number);
        if starts(i) && !cites_standard {
            if let Some((n, &s)) = lx.scope_phrases.match_at(toks, i) {
                raise(s, t.span.cover(toks[i + n - 1].span));
            }
            if let Some((n, _)) = lx.artifacts.match_at(toks, i) {
                artifacts.push(t.span.cover(toks[i + n - 1].span));
            }
        }
        if t.kind == Kind::Number && t.suffix().is_empty() {
            let value = t.value(text).unwrap_or(0.0);
            let next = toks.get(i + 1).map(|n| n.lower.as_str());
            match next {
                Some("teams") if value >= 2.0 => {
                    raise(Scope::CrossTeam, t.span.cover(toks[i + 1].span))
                }
                Some("engineers" | "people" | "reports") if leads_people && value >= 15.0 => {
                    raise(Scope::Organization, t.span.cover(toks[i + 1].span));
                }
                _ => {}
            }
        }
    }
    BulletScope {
        scope: best.0,
        cue: best.1,
        artifacts,
        quantified: !f.metrics.is_empty(),
    }
}

impl TailorFacts<'_> {
    /// Of what a header line of spoken languages names, the languages
    /// alone: "Languages: English, Go" shows English, not Go (a name in the
    /// header is no skill in use, nor a stuffed one).
    fn keep_spoken_languages(&mut self, mentions_before: usize, hits_before: &[usize]) {
        let lx = tailor_lexicon();
        let spoken = |c: usize| lx.concepts[c].kind == ConceptKind::Language;
        let mut k = 0;
        self.mentions.retain(|(c, _)| {
            k += 1;
            k <= mentions_before || spoken(*c)
        });
        let Some(job) = self.job else {
            return;
        };
        for ((term, hits), &before) in job.terms.iter().zip(&mut self.term_hits).zip(hits_before) {
            if !matches!(term.key, TermKey::Concept(c) if spoken(c)) {
                hits.truncate(before);
            }
        }
    }
}

/// "Languages: English (fluent), Dutch (native)" in a resume's header, under
/// its name: a line whose label (`spoken:` in jd_page_words.txt, in the
/// resume's language) lists the languages the person speaks.
///
/// Good: "Languages: English, Hindi", "Języki: polski, angielski (C1)",
/// "Langues : français, anglais". Bad: "jane@mail.example · Berlin",
/// "Languages and tools I like: Go" (a label of its own), "English".
fn lists_spoken_languages(line: &str) -> bool {
    let line = line.trim_start_matches(|c: char| !c.is_alphanumeric());
    line.split_once([':', '：']).is_some_and(|(label, _)| {
        let label = label.trim();
        tailor_lexicon()
            .page_words
            .spoken
            .iter()
            .any(|w| label.eq_ignore_ascii_case(w))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_header_line_of_spoken_languages_is_read() {
        for line in [
            "Languages: English (fluent), Hindi (fluent)",
            "Języki: polski (ojczysty), angielski (C1)",
            "Langues : français, anglais (courant)",
            "**Languages:** English, Dutch",
        ] {
            assert!(lists_spoken_languages(line), "{line}");
        }
        for line in [
            "jane@mail.example · Berlin",
            "Languages and tools I like: Go",
            "English",
            "Staff engineer: languages, compilers",
        ] {
            assert!(!lists_spoken_languages(line), "{line}");
        }
    }
}
