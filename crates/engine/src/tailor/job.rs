//! A job description, read once: the terms it asks for (known concepts,
//! technology names it lists, seniority signals), the years it requires, and
//! its word sequences for spotting text copied from it.

use std::hash::{Hash, Hasher};

use super::data::{tailor_lexicon, tech_names, ConceptKind, RoleWord};
use super::extract::line_break;
use crate::hash::{FastSet, FxHasher};
use crate::lexicon::PhraseSet;
use crate::span::{OffsetTable, Span};
use crate::text::{tokenize, Kind, Token};

/// The most terms read from a posting's structure (`tailor::extract`).
const MAX_EXTRACTED: usize = 400;

/// The most terms a posting is read for: the longest of thirty corpora's
/// 480 postings names 88.
const MAX_TERMS: usize = 400;

/// Words in a row that count as copied from the job description. Eight
/// flagged an honest "have been the technical lead across several teams";
/// every stuffed resume of the six corpora still pastes nine or more.
pub const COPY_WORDS: usize = 9;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TermKey {
    Concept(usize),
    /// A technology name the lexicon does not know, lowercased words.
    Named(Vec<String>),
}

#[derive(Clone, Debug)]
pub struct Term {
    pub key: TermKey,
    /// As first written in the job description (known concepts use their
    /// own name).
    pub name: String,
    pub kind: ConceptKind,
    /// Every mention in the job description.
    pub spans: Vec<Span>,
    /// Asked for outside the posting's nice-to-have parts ("Bonus",
    /// "… is a plus"): it weighs in full.
    pub required: bool,
    /// Read from the posting as an acronym ("KYC"): the resume must write
    /// it in capitals too.
    pub acronym: bool,
}

#[derive(Debug)]
pub struct Job {
    pub text: String,
    pub table: OffsetTable,
    pub terms: Vec<Term>,
    /// "5+ years", with where it is said.
    pub years_required: Option<(u32, Span)>,
    /// Named terms (unknown technology names) -> index into `terms`.
    pub named: PhraseSet<usize>,
    /// Hashes of every run of [`COPY_WORDS`] words.
    pub shingles: FastSet<u64>,
}

/// Words that separate items of a list ("Go, Rust or Java").
fn is_separator(t: &Token) -> bool {
    match t.kind {
        Kind::Punct => matches!(t.lower.as_str(), "," | "/" | "&" | "(" | ")" | ";" | "|"),
        Kind::Word => matches!(
            t.lower.as_str(),
            "and" | "or" | "e.g" | "incl" | "including"
        ),
        Kind::Number => false,
    }
}

/// A gap of two spaces or more, or a tab, between two words of a line:
/// a board's chips ("Flutter   Dart   Android") or a table's cells, apart
/// as a list's items are by commas.
///
/// Good: "Dart   Android", "Dart\tAndroid". Bad: "Dart Android", "Dart,
/// Android", "Dart\n\nAndroid" (a line's end, read as such).
fn wide_gap(text: &str, a: &Token, b: &Token) -> bool {
    let gap = &text[a.span.end..b.span.start];
    !gap.contains('\n') && (gap.contains("  ") || gap.contains('\t'))
}

/// Whether most of the chips in `row` (a line [`super::posting::chip_rows`]
/// finds, its chips apart by wide gaps) are each a whole known technology:
/// a board's skills ("Flutter   Dart   Firebase   Android   iOS"), not its
/// links ("Privacy Policy   Terms   LinkedIn").
fn names_known_chips(text: &str, tokens: &[Token], row: Span) -> bool {
    let lx = tailor_lexicon();
    let from = tokens.partition_point(|t| t.span.start < row.start);
    let to = tokens.partition_point(|t| t.span.end <= row.end);
    let (mut chips, mut known) = (0, 0);
    for k in from..to {
        if k > from && !wide_gap(text, &tokens[k - 1], &tokens[k]) {
            continue;
        }
        chips += 1;
        let end = (k + 1..to)
            .find(|&j| wide_gap(text, &tokens[j - 1], &tokens[j]))
            .unwrap_or(to);
        let whole = |n: usize| k + n == end;
        let tech = lx
            .concept_at(tokens, k, text)
            .is_some_and(|(n, c)| whole(n) && lx.concepts[c].kind == ConceptKind::Tech)
            || tech_name_at(tokens, k, text).is_some_and(|(n, _)| whole(n));
        known += usize::from(tech);
    }
    chips >= 3 && known * 2 >= chips
}

/// How many of a board's skills rows are read (`names_known_chips`).
const MAX_SKILL_ROWS: usize = 4;

/// Whether the name at `span` is written again, as a whole word with its
/// case, outside the `rows` and the parts that name no requirement
/// (`skip`: a title, another job's listing).
///
/// Good: "Android" in "Dart   Android   iOS" and in "for Android and iOS".
/// Bad: "LoadRunner" in the row alone, "Android" again only in "Androids",
/// "Backend" again only in the title "Senior Backend Engineer".
fn named_outside(text: &str, span: Span, rows: &[Span], skip: &[Span]) -> bool {
    let inside = |spans: &[Span], at: usize| spans.iter().any(|r| r.start <= at && at < r.end);
    super::posting::whole_words(text, span.of(text))
        .any(|at| !inside(rows, at) && !inside(skip, at))
}

/// Words after which a lone capitalized name is a technology ("with Temporal").
const NAME_CUES: &[&str] = &["with", "using", "like", "including", "via"];

/// A capitalized or mixed-case word that could name a technology.
fn name_like(t: &Token, text: &str) -> bool {
    if t.kind != Kind::Word || tailor_lexicon().stopwords.contains(t.lower.as_str()) {
        return false;
    }
    let s = t.span.of(text);
    let mut chars = s.chars();
    let first_upper = chars.next().is_some_and(|c| c.is_uppercase());
    let inner_upper_or_digit = chars.any(|c| c.is_uppercase() || c.is_ascii_digit());
    (first_upper || inner_upper_or_digit) && s.len() > 1
}

/// How many tokens after an acronym write its number with a hyphen, as a
/// certification exam's code does ("SC-200", "AZ-104"): the code is one
/// name, not "Microsoft SC" and a number.
///
/// Good: "SC-200", "AZ-104", "DP-300". Bad: "SC 200" (read as an acronym's
/// number elsewhere), "Kafka-200", "SC - 200", "GS-12" (a pay grade).
fn code_after(tokens: &[Token], at: usize, text: &str) -> usize {
    let letters = tokens[at].span.of(text);
    let attached = |t: &Token| !t.space_before;
    // "GS-12", a pay grade, is no exam's code.
    let three_digits = |t: &Token| {
        t.span
            .of(text)
            .trim_start_matches('-')
            .bytes()
            .filter(u8::is_ascii_digit)
            .count()
            == 3
    };
    let is_letters = letters.len() >= 2 && letters.bytes().all(|b| b.is_ascii_uppercase());
    match tokens.get(at + 1..at + 3) {
        _ if !is_letters => 0,
        Some([dash, number]) if dash.is_punct('-') && number.kind == Kind::Number => {
            usize::from(attached(dash) && attached(number) && three_digits(number)) * 2
        }
        _ => match tokens.get(at + 1) {
            Some(number)
                if number.kind == Kind::Number
                    && attached(number)
                    && number.span.of(text).starts_with('-')
                    && three_digits(number) =>
            {
                1
            }
            _ => 0,
        },
    }
}

/// "NetBox", "RSpec", "PgBouncer": a capital inside a word of letters.
///
/// Good: "NetBox", "gRPC" (and a name such as "McKinsey", rare in a
/// requirement). Bad: "Redfish", "S3", "KYC".
fn has_an_inner_capital(word: &str) -> bool {
    word.chars().all(|c| c.is_ascii_alphabetic())
        && word.chars().skip(1).any(|c| c.is_ascii_uppercase())
        && word.chars().any(|c| c.is_ascii_lowercase())
}

/// A name written as technologies are: an acronym of three characters or
/// more ("IPMI", "HL7"; a state's "CO" is not) or a capital inside a word
/// ("NetBox").
fn shaped_like_a_technology(name: &str) -> bool {
    super::extract::is_acronym(name) && name.len() >= 3 || has_an_inner_capital(name)
}

/// The words of a job description (for copy detection), lowercased.
pub fn words(tokens: &[Token]) -> impl Iterator<Item = &str> {
    tokens
        .iter()
        .filter(|t| t.kind != Kind::Punct)
        .map(|t| t.lower.as_str())
}

pub fn shingle_hash<'a>(words: impl Iterator<Item = &'a str>) -> u64 {
    let mut h = FxHasher::default();
    for w in words {
        w.hash(&mut h);
    }
    h.finish()
}

/// One item of a possible list: a known concept (is it a technology?) or
/// an unknown capitalized name.
enum Item {
    Concept(bool),
    /// The name, whether it vouches for its list as a known technology
    /// does, and whether people follow it ("iOS and Android engineers").
    Name {
        span: Span,
        vouches: bool,
        people_follow: bool,
    },
}

impl Job {
    pub fn parse(text: &str) -> Job {
        // UTF-16 offsets count the posting as pasted (a tag's non-ASCII
        // attribute is blanked byte for byte).
        let table = OffsetTable::new(text);
        // Pasted HTML, escaped or in JSON, read as the lines it shows.
        let read = super::markup::as_lines(text);
        let text = read.as_ref();
        let lx = tailor_lexicon();
        let tokens = tokenize(text, &[Span::new(0, text.len())]);
        let mut terms: Vec<Term> = Vec::new();
        // Items (known concepts, capitalized names) and the lists they form.
        let mut run: Vec<Item> = Vec::new();
        let mut names: Vec<Span> = Vec::new();
        // A name counts only inside a list that also names a known
        // technology ("Terraform, gRPC and Temporal"), so a title such as
        // "Backend Engineer, Payments Platform" adds nothing.
        // A name shaped like a technology's ("IPMI", "NetBox") vouches for a
        // list as a known one does ("through IPMI and Redfish").
        let flush = |run: &mut Vec<Item>, names: &mut Vec<Span>| {
            let people = matches!(
                run.last(),
                Some(Item::Name {
                    people_follow: true,
                    ..
                })
            );
            let listed = run.len() >= 2
                && !people
                && run.iter().any(|i| match i {
                    Item::Concept(tech) => *tech,
                    Item::Name { vouches, .. } => *vouches,
                });
            for item in run.drain(..) {
                if let (Item::Name { span, .. }, true) = (item, listed) {
                    // "Tools (Terraform, Pulumi)", "Languages (Go,
                    // Rust)": a generic noun heading its examples names
                    // none (`jd_generic.txt`).
                    let said = span.of(text);
                    let generic = !said.contains(' ')
                        && lx
                            .generic_items
                            .contains(said.to_ascii_lowercase().as_str());
                    if !generic {
                        names.push(span);
                    }
                }
            }
        };
        // About us, benefits, boilerplate, idioms, team names: no terms there.
        let (skip, mut disowned) = super::posting::read_parts(text, &tokens);
        // The spans rise in start and in end (no span inside another), so
        // the one a token may lie in is the last that starts before it:
        // a search, not a scan per token (a line of a thousand codes).
        let skipped = |t: &Token| {
            let k = skip.partition_point(|s| s.start <= t.span.start);
            k > 0 && t.span.end <= skip[k - 1].end
        };
        let mut tech: Vec<(usize, Span)> = Vec::new();
        // Known names read as no skill ("your talk on stream processing"):
        // no list's item read from the posting's structure brings them back
        // (a longer name holding one may be read: "FinOps Certified
        // Practitioner").
        let mut refused: Vec<Span> = Vec::new();
        // A board's rows of chips: the board's tags where the text disowns
        // one, the job's skills where most name a known technology.
        let chips = super::posting::chip_rows(text);
        // A posting has a row or two of them: a paste of hundreds is read
        // as no list (each row's unknown chips are looked for in the text).
        let skill_rows: Vec<Span> = chips
            .iter()
            .copied()
            .filter(|r| names_known_chips(text, &tokens, *r))
            .take(MAX_SKILL_ROWS)
            .collect();
        let mut i = 0;
        let mut after_separator = true;
        while i < tokens.len() {
            if skipped(&tokens[i]) {
                flush(&mut run, &mut names);
                after_separator = true;
                i += 1;
                continue;
            }
            // "Flutter   Dart   Android   iOS": a board's chips of skills,
            // apart by a wide gap as a list's items are by commas.
            if i > 0
                && !skill_rows.is_empty()
                && wide_gap(text, &tokens[i - 1], &tokens[i])
                && skill_rows
                    .iter()
                    .any(|r| r.start <= tokens[i].span.start && tokens[i].span.end <= r.end)
            {
                after_separator = true;
            }
            // "the Helm Room": a room's or a building's name, no term; a
            // known name over both words is that name ("Jetpack Room").
            let longer_name = |n: Option<usize>| n.is_some_and(|n| n >= 2);
            let known_over_both = longer_name(lx.forms.match_at(&tokens, i).map(|(n, _)| n))
                || longer_name(
                    tech_names().and_then(|t| t.forms.match_at(&tokens, i).map(|(n, _)| n)),
                );
            if name_like(&tokens[i], text) && !known_over_both && names_a_room(&tokens, i + 1, text)
            {
                flush(&mut run, &mut names);
                after_separator = true;
                i += 2;
                continue;
            }
            // "Delta Lake-tabeller": a name of more words, its last one
            // joined to a word of the posting's language.
            if let Some((used, span, known)) = known_name_before_a_hyphen(&tokens, i, text) {
                let (concept, generated) = match known {
                    Known::Concept(c) => (
                        Some(c).filter(|&c| {
                            !names_no_skill(&tokens, i, used, text, lx.concepts[c].kind)
                        }),
                        None,
                    ),
                    Known::Tech(t) => (
                        None,
                        Some(t).filter(|_| !names_no_product(&tokens, i, used, text)),
                    ),
                };
                if let Some(c) = concept {
                    let concept = &lx.concepts[c];
                    add(
                        &mut terms,
                        TermKey::Concept(c),
                        &posting_name(span.of(text), &concept.name, concept.kind),
                        Some(&concept.name),
                        concept.kind,
                        span,
                    );
                } else if let Some(t) = generated {
                    tech.push((t, span));
                }
                if concept.is_some() || generated.is_some() {
                    if !after_separator {
                        flush(&mut run, &mut names);
                    }
                    run.push(Item::Concept(true));
                    after_separator = false;
                    i += used;
                    continue;
                }
            }
            // A generated name longer than the curated concept there wins:
            // "Azure DevOps" over "Azure", "Kafka Connect" over "Kafka".
            let concept = lx.concept_at(&tokens, i, text);
            let longer =
                tech_name_at(&tokens, i, text).filter(|&(n, _)| concept.is_none_or(|(m, _)| n > m));
            if let Some((n, t)) = longer {
                // "your talk on Phoenix PubSub", "not only YAML": as for a
                // known concept (names_no_skill).
                if names_no_product(&tokens, i, n, text) {
                    let span = tokens[i].span.cover(tokens[i + n - 1].span);
                    if disowns(&tokens, i, n, text) {
                        disowned.push(span);
                    }
                    refused.push(span);
                    flush(&mut run, &mut names);
                    after_separator = true;
                    i += n;
                    continue;
                }
                let n = n + usize::from(is_a_version(&tokens, i + n, text));
                let span = tokens[i].span.cover(tokens[i + n - 1].span);
                tech.push((t, span));
                if !after_separator {
                    flush(&mut run, &mut names);
                }
                run.push(Item::Concept(true));
                after_separator = false;
                i += n;
                continue;
            }
            // A resume's wording only ("carry the pager"): a posting's
            // idiom, its own ask named otherwise.
            let resume_only = concept.is_some_and(|(n, _)| {
                lx.resume_only
                    .match_at(&tokens, i)
                    .is_some_and(|(m, _)| m == n)
            });
            if let (Some((n, _)), true) = (concept, resume_only) {
                flush(&mut run, &mut names);
                after_separator = true;
                i += n;
                continue;
            }
            if let Some((n, c)) = concept {
                let concept = &lx.concepts[c];
                let n = n + usize::from(if concept.kind == ConceptKind::Tech {
                    is_a_version(&tokens, i + n, text)
                } else {
                    names_its_practices(&tokens, i + n, text)
                });
                let first = if is_a_practice_s_qualifier(&tokens, i, text, concept.kind) {
                    i - 1
                } else {
                    i
                };
                let span = tokens[first].span.cover(tokens[i + n - 1].span);
                // A language is read by its own test alone: "Business-level
                // English" is no part of a name.
                let no_skill = if concept.kind == ConceptKind::Language {
                    !asks_for_a_language(&tokens, i, n, text, &concept.name)
                } else {
                    names_no_skill(&tokens, i, n, text, concept.kind)
                        || is_named_by_chrome(&concept.name)
                            && is_a_label_s_word(&tokens, i, n, text)
                };
                if no_skill {
                    // A language its own test leaves out may still be a
                    // list's item ("such as isiXhosa or Afrikaans").
                    if concept.kind != ConceptKind::Language {
                        if disowns(&tokens, i, n, text) {
                            disowned.push(span);
                        }
                        refused.push(span);
                    }
                    flush(&mut run, &mut names);
                    after_separator = true;
                    i += n;
                    continue;
                }
                // A gapped form ("monitor models in production for drift")
                // spans a sentence's words, not a name: the lexicon names it.
                let gapped = lx.forms.match_at(&tokens, i).is_none_or(|(m, _)| m != n);
                let said = if gapped { &concept.name } else { span.of(text) };
                add(
                    &mut terms,
                    TermKey::Concept(c),
                    &posting_name(said, &concept.name, concept.kind),
                    Some(&concept.name),
                    concept.kind,
                    span,
                );
                // "Build gRPC APIs": a technology named in a gapped form's
                // gap is asked for too (not a practice or a domain: "respond
                // to payment incidents" asks for no payments).
                if gapped {
                    for k in i + 1..i + n - 1 {
                        if let Some((m, t)) =
                            tech_name_at(&tokens, k, text).filter(|&(m, _)| k + m < i + n)
                        {
                            tech.push((t, tokens[k].span.cover(tokens[k + m - 1].span)));
                        } else if let Some((m, c)) =
                            lx.concept_at(&tokens, k, text).filter(|&(m, c)| {
                                k + m < i + n && lx.concepts[c].kind == ConceptKind::Tech
                            })
                        {
                            let inner = tokens[k].span.cover(tokens[k + m - 1].span);
                            let name = &lx.concepts[c].name;
                            add(
                                &mut terms,
                                TermKey::Concept(c),
                                &posting_name(inner.of(text), name, ConceptKind::Tech),
                                Some(name),
                                ConceptKind::Tech,
                                inner,
                            );
                        }
                    }
                }
                if !after_separator {
                    flush(&mut run, &mut names);
                }
                run.push(Item::Concept(concept.kind == ConceptKind::Tech));
                after_separator = false;
                i += n;
                continue;
            }
            // "unit and integration tests": the first word shares the noun
            // after the second ("unit tests").
            if concept.is_none() {
                if let Some((c, said)) = elided_concept(&tokens, i, text) {
                    let concept = &lx.concepts[c];
                    add(
                        &mut terms,
                        TermKey::Concept(c),
                        &posting_name(&said, &concept.name, concept.kind),
                        Some(&concept.name),
                        concept.kind,
                        tokens[i].span,
                    );
                    if !after_separator {
                        flush(&mut run, &mut names);
                    }
                    run.push(Item::Concept(concept.kind == ConceptKind::Tech));
                    after_separator = false;
                    i += 1;
                    continue;
                }
            }
            // "HANDBOOK.md": a file's name, no technology's.
            if names_a_file(tokens[i].span.of(text)) {
                flush(&mut run, &mut names);
                after_separator = false;
                i += 1;
                continue;
            }
            // "Git-based workflows", "Kafka-backed": the name before the
            // joiner is asked for.
            if let Some(head) = compound_head(&tokens[i], text) {
                // "Unser altes Delphi-Abrechnungssystem haben wir
                // abgeschaltet": retired, negated or said gone, as a name
                // alone is.
                if names_no_product(&tokens, i, 1, text) {
                    refused.push(head);
                    flush(&mut run, &mut names);
                    after_separator = true;
                    i += 1;
                    continue;
                }
                let written = head.of(text);
                let lower = written.to_ascii_lowercase();
                let concept = lx
                    .forms
                    .match_word(&lower)
                    .copied()
                    .filter(|_| lx.names_it(&lower, written))
                    // "Danish-style", "English-first": no language asked for.
                    .filter(|&c| lx.concepts[c].kind != ConceptKind::Language);
                let generated = tech_names().and_then(|tn| {
                    let &t = tn.forms.match_word(&lower)?;
                    (!tn.names[t].capital_only || written.starts_with(char::is_uppercase))
                        .then_some(t)
                });
                if let Some(c) = concept {
                    let concept = &lx.concepts[c];
                    let name = posting_name(written, &concept.name, concept.kind);
                    add(
                        &mut terms,
                        TermKey::Concept(c),
                        &name,
                        Some(&concept.name),
                        concept.kind,
                        head,
                    );
                } else if let Some(t) = generated {
                    tech.push((t, head));
                }
                if concept.is_some() || generated.is_some() {
                    flush(&mut run, &mut names);
                    after_separator = true;
                    i += 1;
                    continue;
                }
            }
            // "3. Maintain OSPF/IS-IS": a capitalised verb opening a line
            // is no part of the name after it.
            let line_start = i == 0
                || line_break(text, &tokens[i - 1], &tokens[i])
                || i >= 2
                    && tokens[i - 1].kind == Kind::Punct
                    && line_break(text, &tokens[i - 2], &tokens[i - 1])
                || i >= 3
                    && tokens[i - 2].kind == Kind::Number
                    && line_break(text, &tokens[i - 3], &tokens[i - 2]);
            let opens_a_duty = line_start
                && name_like(&tokens[i], text)
                && crate::lexicon::lexicon().verb(&tokens[i].lower).is_some()
                && tokens.get(i + 1).is_some_and(|t| name_like(t, text))
                && tech_name_at(&tokens, i, text).is_none();
            if opens_a_duty {
                flush(&mut run, &mut names);
                after_separator = true;
                i += 1;
                continue;
            }
            // "T+0 payouts", "T+1 settlement": a notation, no name.
            let notation = tokens[i].lower.ends_with('+')
                && tokens
                    .get(i + 1)
                    .is_some_and(|d| d.kind == Kind::Number && !d.space_before);
            if name_like(&tokens[i], text) && !notation {
                // "(KRaft)\nIhr Profil": a closing parenthesis at a line's
                // end closes the run; only a separator that goes on (",",
                // "and") carries a run onto the next line.
                let closed = i > 0
                    && tokens[i - 1].is_punct(')')
                    && line_break(text, &tokens[i - 1], &tokens[i]);
                if closed {
                    flush(&mut run, &mut names);
                    after_separator = false;
                }
                let mut n = 1;
                // A known name ends the run: "Knowing Kotlin" is no name,
                // nor is "University ITIL-based" (a known name's compound).
                // So does a line's end: "… OPEN\n\nActivity:" is two lines'
                // words.
                while i + n < tokens.len()
                    && name_like(&tokens[i + n], text)
                    && code_after(&tokens, i + n, text) == 0
                    && !line_break(text, &tokens[i + n - 1], &tokens[i + n])
                    && !wide_gap(text, &tokens[i + n - 1], &tokens[i + n])
                    && lx.forms.match_at(&tokens, i + n).is_none()
                    && tech_name_at(&tokens, i + n, text).is_none()
                    && !heads_a_known_compound(&tokens[i + n], text)
                    && known_name_before_a_hyphen(&tokens, i + n, text).is_none()
                {
                    n += 1;
                }
                // "SC-200", "AZ-104": an exam's code is its letters and number.
                n += code_after(&tokens, i + n - 1, text);
                let span = tokens[i].span.cover(tokens[i + n - 1].span);
                // "with Temporal." / "using Bazel, …": a lone name after a cue
                // word, ending a phrase.
                let ends = tokens.get(i + n).is_none_or(|t| {
                    t.kind == Kind::Punct && matches!(t.lower.as_str(), "." | "," | ";" | ")" | ":")
                        || text[tokens[i + n - 1].span.end..t.span.start].contains('\n')
                });
                let cued = i > 0 && NAME_CUES.contains(&tokens[i - 1].lower.as_str()) && ends;
                if cued {
                    names.push(span);
                } else {
                    if !after_separator {
                        flush(&mut run, &mut names);
                    }
                    run.push(Item::Name {
                        span,
                        vouches: shaped_like_a_technology(span.of(text))
                            && !super::extract::may_name_a_place(text, &tokens, i),
                        people_follow: tokens.get(i + n).is_some_and(|t| {
                            lx.is_role_word(RoleWord::Person, &t.lower)
                                || lx.is_role_word(RoleWord::Role, &t.lower)
                        }),
                    });
                }
                after_separator = false;
                i += n;
                continue;
            }
            if is_separator(&tokens[i]) {
                after_separator = true;
            } else {
                flush(&mut run, &mut names);
                after_separator = true;
            }
            i += 1;
        }
        flush(&mut run, &mut names);
        // A board's chip that the posting's own words disown ("Selenium"
        // beside "Selenium testove … upravo gasimo", "PHP" beside "we
        // haven't written PHP since 2022"): the board's tag, not the job's.
        if !chips.is_empty() && !disowned.is_empty() {
            let mut seen = Vec::new();
            // The chips' mentions the text disowns, found once: dropped
            // from every list below, nor read again as an acronym or a
            // list's item.
            let mut dropped = Vec::new();
            let mentions = terms.iter().flat_map(|t| &t.spans);
            for s in mentions.chain(&names).chain(tech.iter().map(|(_, s)| s)) {
                if is_a_disowned_chip(text, *s, &chips, &disowned, &mut seen) {
                    dropped.push(*s);
                }
            }
            for t in &mut terms {
                keep_but(&mut t.spans, &dropped);
            }
            terms.retain(|t| !t.spans.is_empty());
            tech.retain(|(_, s)| !dropped.contains(s));
            keep_but(&mut names, &dropped);
            refused.extend(dropped);
        }
        let mut named = PhraseSet::stemmed();
        // The employer's and its products' names (capitalised in its "about
        // us"), which no name or listed item may contain.
        let house = super::extract::house_names(text, &tokens, &skipped, &|i| {
            lx.concept_at(&tokens, i, text).is_some() || tech_name_at(&tokens, i, text).is_some()
        });
        let in_house = |span: Span| {
            let from = tokens.partition_point(|t| t.span.start < span.start);
            tokens[from..]
                .iter()
                .take_while(|t| t.span.end <= span.end)
                .any(|t| t.first_char_upper(text) && house.contains(t.lower.as_str()))
        };
        names.retain(|s| !in_house(*s));
        // A chip only a board's tag names ("LoadRunner" once, in "Skills
        // and Expertise") is the board's; one the text names again
        // ("Android" in a chip and in "for Android and iOS") the job's.
        names.retain(|s| {
            !skill_rows
                .iter()
                .any(|r| r.start <= s.start && s.end <= r.end)
                || named_outside(text, *s, &skill_rows, &skip)
        });
        crate::sort::sort_by_key(&mut names, |s| s.start);
        for span in names {
            let name = span.of(text);
            let key: Vec<String> = crate::text::phrase_words(name);
            if add(
                &mut terms,
                TermKey::Named(key),
                name,
                None,
                ConceptKind::Tech,
                span,
            ) {
                // "RAN" asked for is not "ran" in a resume.
                terms.last_mut().expect("just added").acronym = super::extract::is_acronym(name);
                named.insert(name, terms.len() - 1);
            }
        }

        // Generated technology names, by their own name and every form.
        for (t, span) in tech {
            let tn = tech_names().expect("a name was found");
            let entry = &tn.names[t];
            let key = crate::text::phrase_words(&entry.name);
            // A declined name ("Terraformom") is named as the lexicon does.
            let written = span.of(text);
            let declined = !written.contains([' ', '-'])
                && tn.forms.match_word(&written.to_ascii_lowercase()).is_none();
            let said = if declined { &entry.name } else { written };
            if add(
                &mut terms,
                TermKey::Named(key),
                &posting_name(said, &entry.name, ConceptKind::Tech),
                Some(&entry.name),
                ConceptKind::Tech,
                span,
            ) {
                for form in std::iter::once(&entry.name).chain(&entry.forms) {
                    named.insert(form, terms.len() - 1);
                }
            }
        }

        // Terms the lexicon does not know, from how the posting lists
        // them: acronyms and cued lists' items no known term covers.
        let mut covered: Vec<Span> = terms.iter().flat_map(|t| t.spans.iter().copied()).collect();
        let mut extracted = super::extract::cued_items(text, &tokens, &skipped);
        extracted.extend(super::extract::acronyms(text, &tokens, &skipped));
        extracted.extend(super::extract::practice_phrases(text, &tokens, &skipped));
        extracted.extend(super::extract::run_in_heads(text, &tokens, &skipped));
        // A posting names a few dozen terms; a paste of thousands (hostile,
        // or no posting) is read no further, so a check stays fast.
        extracted.truncate(MAX_EXTRACTED);
        // In text order; where two start together the acronym ("SOX" over
        // the listed "SOX controls"), else the longer. A plain list's items
        // last: "correct ARIA" yields to the acronym "ARIA".
        crate::sort::sort_by_key(&mut extracted, |e| {
            (
                e.needs_known,
                e.span.start,
                !e.acronym,
                usize::MAX - e.span.end,
            )
        });
        let overlaps =
            |covered: &[Span], s: Span| covered.iter().any(|c| c.start < s.end && s.start < c.end);
        // A bare parenthesis's items are terms beside a known one ("(Go,
        // Rust or Zig)") or shaped like one ("(LoRA)", "(star schemas)"),
        // not a lone name or word ("(Tokyo)", "(hybrid)").
        let known_beside: Vec<usize> = extracted
            .iter()
            .filter(|e| {
                overlaps(&covered, e.span)
                    || !e.needs_known && super::extract::is_acronym(e.span.of(text))
            })
            .filter_map(|e| e.bare_list)
            .collect();
        let known_spans = covered.clone();

        for e in extracted {
            let alone = e.bare_list.is_some_and(|l| !known_beside.contains(&l))
                && (e.needs_known || !super::extract::term_shaped(e.span.of(text)));
            // "widget tests", "UDP multicast": a listed item that holds a
            // known term and more is the narrower term asked for.
            let narrower = narrows_a_known_term(text, &tokens, e.span, &known_spans)
                && !overlaps(&covered[known_spans.len()..], e.span)
                // "Business-level English" is English asked for, no
                // narrower term.
                && !terms.iter().any(|t| {
                    t.kind == ConceptKind::Language && overlaps(&t.spans, e.span)
                });
            let unvouched = e.acronym
                && e.bare_list.is_none()
                && !e.needs_known
                && !in_a_list_item_or_beside_a_known_term(text, e.span, &known_spans);
            // "network automation": a practice's phrase is its own term
            // where known terms name only its words, one by one.
            let compound = e.practice
                && !covered
                    .iter()
                    .any(|c| c.start <= e.span.start && e.span.end <= c.end)
                && covered.iter().all(|c| {
                    c.end <= e.span.start
                        || e.span.end <= c.start
                        || e.span.start <= c.start && c.end <= e.span.end
                });
            // "it's not a DBA role", "TS/SCI": as for a known term.
            let at = tokens.partition_point(|t| t.span.start < e.span.start);
            let words = tokens[at..]
                .iter()
                .take_while(|t| t.span.end <= e.span.end)
                .count();
            // "(usamos OpenAPI)", "(uma semana a cada seis)": an item with
            // a clause's word is prose (`clause:` of jd_roles.txt).
            // Written lowercase: "Title VI", "Plan E" and "Vi" are names.
            let prose = words > 1
                && tokens[at..at + words].iter().any(|t| {
                    lx.is_role_word(RoleWord::Clause, &t.lower) && !t.first_char_upper(text)
                });
            // "- Ingen tilkaldevagt", "Pracujemy bez dyżurów": an item that
            // opens with, or holds, its own negation.
            let own_negation = tokens[at..at + words]
                .iter()
                .any(|t| lx.is_role_word(RoleWord::Negation, &t.lower));
            let negated = is_negated(&tokens, at)
                || is_said_unneeded(&tokens, at, words.max(1))
                || own_negation
                || was_retired(&tokens, at, text)
                || is_said_gone(&tokens, at, words.max(1), text)
                || names_a_clearance(&tokens, at, words.max(1), text);
            if alone
                || unvouched
                || prose
                || negated
                || refused
                    .iter()
                    .any(|r| r.start <= e.span.start && e.span.end <= r.end)
                || names_a_file(e.span.of(text))
                || overlaps(&covered, e.span) && !narrower && !compound
                || in_house(e.span)
            {
                continue;
            }
            // "Microsoft Entra ID" listed, then its "ID" as an acronym: one.
            covered.push(e.span);
            let name = e.span.of(text);
            let kind = if name.chars().any(char::is_uppercase) {
                ConceptKind::Tech
            } else {
                ConceptKind::Concept
            };
            // "GPUs" and "GPU" are one term, and either shows it.
            let one = acronym_singular(name).unwrap_or(name);
            let key = crate::text::phrase_words(one);
            if add(&mut terms, TermKey::Named(key), name, None, kind, e.span) {
                terms.last_mut().expect("just added").acronym =
                    e.acronym || super::extract::is_acronym(name);
                named.insert(name, terms.len() - 1);
                if super::extract::is_acronym(one) {
                    named.insert(one, terms.len() - 1);
                    named.insert(&format!("{one}s"), terms.len() - 1);
                }
            }
        }

        // A term asked for anywhere outside a nice-to-have part is required.
        let nice = super::posting::nice_to_have(text, &tokens);
        for t in &mut terms {
            t.required = t
                .spans
                .iter()
                .any(|s| !nice.iter().any(|n| n.start <= s.start && s.end <= n.end));
        }

        let years_required = years_required(text, &tokens);
        let all: Vec<&str> = words(&tokens).collect();
        let shingles = all
            .windows(COPY_WORDS)
            .map(|w| shingle_hash(w.iter().copied()))
            .collect();
        Job {
            text: text.to_string(),
            table,
            terms,
            years_required,
            named,
            shingles,
        }
    }
}

/// Whether the spoken language at `tokens[i..i + n]` is asked for: as a
/// list item's first word ("- French – our studio runs in English"), or in
/// a clause with a cue of proficiency or of a plus ("Fluent English",
/// "German is a plus", "You speak Swedish"); written with its capital, not
/// naming the noun after it ("Danish furniture", "Polish public holidays",
/// "English-speaking") and not ruled out ("German is not required").
///
/// Good: "- Fluent English", "Swedish is a merit, but not a requirement",
/// "* Polish". Bad: "Polish public holidays", "in plain English", "Good
/// English; German is not required", "queries in French and Dutch".
///
/// The language's name in another tongue ("anglais professionnel",
/// "Deutschkenntnisse", "Tiếng Anh") is no English word, so it names no
/// English noun after it: it is asked for unless ruled out.
fn asks_for_a_language(tokens: &[Token], i: usize, n: usize, text: &str, name: &str) -> bool {
    // Words that may follow a language that it does not qualify.
    const AFTER: &str = "is|are|or|and|at|as|to|would|will|also|for|in|with|on|skills|\
                         proficiency|fluency|level|language|speaker|speakers|both|essential|required|\
                         fluently|well|confidently|comfortably|clearly";
    const PLUS: &str = "plus|asset|advantage|merit|welcome|helpful|nice|bonus|preferred|desirable";
    let lx = tailor_lexicon();
    let (first, last) = (&tokens[i], &tokens[i + n - 1]);
    // "Polishing", "Polished": the verb, matched by its stem.
    let inflected = first.lower.ends_with("ing") || first.lower.ends_with("ed");
    // Written with its capital, or in a script without case ("日本語").
    let lowercase = |t: &Token| {
        text[t.span.start..]
            .chars()
            .next()
            .is_some_and(char::is_lowercase)
    };
    // "Polish", "Polishing", "English proficiency": its English name, or
    // the verb it spells ("italiano" and "portugues" are other tongues').
    let english = first
        .lower
        .get(..name.len())
        .filter(|head| head.eq_ignore_ascii_case(name))
        .is_some_and(|_| matches!(&first.lower[name.len()..], "" | "ing" | "ed"));
    if english && (lowercase(first) || inflected) {
        return false;
    }
    if let Some(next) = tokens
        .get(i + n)
        .filter(|t| english && !line_break(text, last, t))
    {
        let word = next.lower.as_str();
        // "Polish public holidays": a lowercase word after it (a script
        // without capitals has none: "한국어 능통자").
        // "Clear written English matters": a verb after it where its
        // clause says how it is written or spoken; "Polish matters: we
        // ship pixel-perfect UIs" is the noun's.
        let said_of_it = matches!(word, "matters" | "counts") && {
            let clause = around(
                text,
                first.span.cover(last.span),
                &['.', ';', '–', '—', ':'],
            );
            lx.page_words
                .fluency
                .iter()
                .any(|w| says_any(clause.of(text), w))
        };
        // "Written English clear enough for a change request", "in
        // written English so that …": written or spoken on its line, and a
        // word of how well after it, the language is asked for, not a
        // noun's qualifier ("spoken English lessons", "written English
        // translations").
        const HOW_WELL: &str = "clear|so|that|enough|good|strong|fluent|sufficient|adequate";
        let how_written = i.checked_sub(1).is_some_and(|k| {
            matches!(tokens[k].lower.as_str(), "written" | "spoken")
                && !line_break(text, &tokens[k], first)
        }) && HOW_WELL.split('|').any(|w| w == word);
        let qualifies = next.kind == Kind::Word
            && lowercase(next)
            && !said_of_it
            && !how_written
            && !AFTER.split('|').any(|w| w == word)
            && !lx.stopwords.contains(word);
        // "Polish the UI": the verb.
        let verb = matches!(
            word,
            "the" | "a" | "an" | "our" | "your" | "their" | "its" | "this" | "these"
        );
        if qualifies || verb || next.is_punct('-') && !next.space_before {
            return false;
        }
    }
    let span = first.span.cover(last.span);
    let line = around(text, span, &[]);
    // A list item that opens with a language asks for each it names
    // ("- Portuguese and English for daily work").
    let mut opener = i;
    while opener > 0 && tokens[opener - 1].span.start >= line.start {
        opener -= 1;
    }
    while tokens[opener].kind != Kind::Word {
        opener += 1;
    }
    // A nested item is indented under its label ("- Languages:\n  -
    // Bulgarian – excellent").
    let in_an_item = super::posting::is_list_item(line.of(text).trim_start());
    let opens_an_item = in_an_item
        && (opener == i
            || lx
                .forms
                .match_word(&tokens[opener].lower)
                .is_some_and(|&c| lx.concepts[c].kind == ConceptKind::Language));
    // The clause: between full stops, semicolons and dashes on its line.
    let clause = around(text, span, &['.', ';', '–', '—']);
    let plus = says_any(clause.of(text), PLUS);
    // Ruled out after it, before the next comma: "Fluent English, German
    // not required" rules out German only.
    let after = &text[span.end..clause.end];
    let after = after.split(',').next().unwrap_or(after);
    // Past a dash too: "Estonian – not required" in a board's field.
    // The dash's words alone: "English – a degree is not required" rules
    // out the degree.
    let dashed = text[span.end..line.end]
        .trim_start()
        .strip_prefix(['–', '—', '-', ':'])
        .map(|rest| rest.trim_start().trim_start_matches("is ").trim_start())
        .is_some_and(|rest| {
            ["not required", "not a requirement", "not needed"]
                .iter()
                .any(|r| rest.starts_with(r))
        });
    let ruled_out = |part: &str| says_any(part, "not required|not a requirement|not needed");
    if (ruled_out(after) || dashed) && !plus {
        return false;
    }
    let clause = clause.of(text);
    // Where a level written before it would start ("C1 English"), on a
    // character's boundary.
    let before_level = text[..span.start]
        .char_indices()
        .rev()
        .nth(3)
        .map_or(0, |(k, _)| k);
    let fluency = &lx.page_words.fluency;
    opens_an_item
        || plus
        || fluency.iter().any(|w| says_any(clause, w))
        // Its name in another tongue, in a list item ("- Français courant
        // et anglais professionnel").
        || !english && in_an_item
        // "English or French essential": required after it, not "Not
        // required: Spanish" before it.
        || says_any(after, "essential|required|mandatory") && !says_any(after, "not ")
        // "German at B2 or above", "C1 English": the level beside it, or
        // after a dash on its line ("Anglický jazyk – mierne pokročilý
        // (B1)", a board's language row).
        || after.split_whitespace().take(3).any(names_a_cefr_level)
        || text[span.end..line.end]
            .trim_start()
            .strip_prefix(['–', '—'])
            .is_some_and(|level| level.split_whitespace().take(5).any(names_a_cefr_level))
        || names_a_cefr_level(&text[before_level..span.start])
        || under_a_languages_label(text, line, span)
        || names_only_languages(line.of(text)) && opens_its_own_line(text, line)
}

/// Whether a line starts afresh: after a blank line, a heading or a line
/// that ends its sentence, not as a wrapped sentence's last words ("… write
/// to us in\nSpanish and Portuguese.").
fn opens_its_own_line(text: &str, line: Span) -> bool {
    let above = text[..line.start].trim_end_matches(['\n', '\r']);
    let prev = above.rsplit('\n').next().unwrap_or("").trim();
    prev.is_empty()
        || prev.ends_with(['.', '!', '?', ':', ';'])
        || super::posting::is_a_heading_line(prev)
}

/// A line that names languages and nothing else, under a part's heading:
/// "Danish or German.", "French, Spanish and Italian".
///
/// Good: "Danish or German.", "French, Spanish and Italian",
/// "Lëtzebuergesch oder Däitsch.". Bad: "Danish furniture or German cars",
/// "We speak German." (a sentence).
fn names_only_languages(line: &str) -> bool {
    let lx = tailor_lexicon();
    let words: Vec<&str> = line
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '/' | '.'))
        .filter(|w| !w.is_empty())
        .collect();
    let language = |w: &str| {
        w.starts_with(char::is_uppercase)
            && lx
                .forms
                .match_word(&w.to_ascii_lowercase())
                .is_some_and(|&c| lx.concepts[c].kind == ConceptKind::Language)
    };
    (2..=7).contains(&words.len())
        && words.iter().filter(|w| language(w)).count() >= 2
        && words.iter().all(|w| {
            language(w)
                || matches!(
                    *w,
                    "or" | "and"
                        | "&"
                        | "oder"
                        | "und"
                        | "ou"
                        | "et"
                        | "o"
                        | "y"
                        | "of"
                        | "en"
                        | "eller"
                        | "og"
                        | "och"
                        | "lub"
                        | "nebo"
                        | "vagy"
                        | "tai"
                        | "ja"
                        | "an"
                )
        })
}

/// A board's field of languages: "Languages" (`spoken:` in
/// jd_page_words.txt) on the line above, or as the label of the language's
/// own line ("Required languages   English", "Langues : Anglais").
///
/// Good: "Languages\nEnglish", "Required languages   English, Danish",
/// "Langues : Anglais", "• Hizkuntzak:\n  Euskara: B2\n  Gaztelania: ona.".
/// Bad: "Languages and tools\nGo", "We work in
/// English" (no label), "Languages\nour docs are written in plain English
/// for every team" (a sentence).
fn under_a_languages_label(text: &str, line: Span, language: Span) -> bool {
    let labels = super::posting::labels_languages;
    let this = line.of(text).trim();
    // Khmer's colon is a mark of its own ("ភាសា៖").
    let own_label = this
        .split_once([':', '：', '៖', '\t'])
        .map(|(l, _)| l)
        .or_else(|| this.split_once("  ").map(|(l, _)| l))
        .is_some_and(labels);
    let unmarked = |l: &str| {
        let l = l.trim_start();
        labels(crate::document::lines::list_item_text(l).unwrap_or(l))
    };
    let above = text[..line.start]
        .trim_end()
        .rsplit('\n')
        .next()
        .is_some_and(unmarked);
    // A language's own line under the label, its siblings between
    // ("• Hizkuntzak:\n  Euskara: B2\n  Gaztelania: ona.", "Ieithoedd:\nCymraeg:
    // rhugl.\nSaesneg: da."): the language labels its line, however long;
    // an unindented one by a short label.
    let sibling = |l: &str| {
        l.split_once([':', '៖']).is_some_and(|(head, _)| {
            l.starts_with([' ', '\t']) || head.split_whitespace().count() <= 2
        })
    };
    let over_siblings = sibling(line.of(text))
        && this
            .split_once([':', '៖'])
            .is_some_and(|(l, _)| l.contains(language.of(text)))
        && text[..line.start]
            .trim_end_matches(['\n', '\r'])
            .rsplit('\n')
            .take(6)
            .take_while(|l| sibling(l) || unmarked(l))
            .any(unmarked);
    own_label || above && this.split_whitespace().count() <= 4 || over_siblings
}

/// Whether a clause names a CEFR level ("German at B2 or above", "C1
/// English"): a language asked for at a level.
///
/// Good: "German at B2 or above". Bad: "B2B sales", "C12 grade".
fn names_a_cefr_level(clause: &str) -> bool {
    clause
        .split(|c: char| !c.is_ascii_alphanumeric())
        .any(|w| matches!(w, "A1" | "A2" | "B1" | "B2" | "C1" | "C2"))
}

/// An acronym the lexicon does not know is a term where requirements are
/// written: in a list item, or in a sentence that also names a known term
/// or asks for experience or knowledge. In other prose it is the
/// employer's or the law's ("eligible for BSPCE", "a DD-214 with your
/// application").
///
/// Good: "- Experience with KYC", "Build our KYC flows on Kafka",
/// "experience working with vendors on RMAs". Bad: "Veterans must send a
/// DD-214.", "You are eligible for BSPCE."
fn in_a_list_item_or_beside_a_known_term(text: &str, at: Span, known: &[Span]) -> bool {
    let (line, sentence) = (around(text, at, &[]), around(text, at, &['.']));
    super::posting::is_list_item(line.of(text))
        || says_any(
            sentence.of(text),
            "experience|knowledge|familiar|expertise|proficien|understanding",
        )
        || known.iter().any(|k| {
            sentence.start <= k.start
                && k.end <= sentence.end
                && (k.end <= at.start || at.end <= k.start)
        })
}

/// The part of `at`'s line around it, up to the nearest of `stops` on
/// each side (the whole line for none), and at most 160 bytes each way.
fn around(text: &str, at: Span, stops: &[char]) -> Span {
    // No further than a long sentence on either side: a posting of one
    // endless line (a hostile paste) costs each term read the same.
    const REACH: usize = 160;
    let mut from = at.start.saturating_sub(REACH);
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = (at.end + REACH).min(text.len());
    while !text.is_char_boundary(to) {
        to += 1;
    }
    let line_start = text[from..at.start]
        .rfind('\n')
        .map_or(from, |p| from + p + 1);
    let line_end = text[at.end..to].find('\n').map_or(to, |p| at.end + p);
    let before = &text[line_start..at.start];
    let start = before.rfind(stops).map_or(line_start, |p| {
        line_start + p + before[p..].chars().next().map_or(1, char::len_utf8)
    });
    let end = text[at.end..line_end]
        .find(stops)
        .map_or(line_end, |p| at.end + p);
    Span::new(start, end)
}

/// Whether `part` holds any of `words` (separated by `|`) at a word's
/// start, in any case: "fluen" in "Fluent", not "working" in "networking"
/// or "native" in "cloud-native".
pub(crate) fn says_any(part: &str, words: &str) -> bool {
    let part = part.as_bytes();
    words.split('|').any(|w| {
        part.windows(w.len()).enumerate().any(|(k, c)| {
            c.eq_ignore_ascii_case(w.as_bytes())
                && (k == 0 || !(part[k - 1].is_ascii_alphanumeric() || part[k - 1] == b'-'))
        })
    })
}

/// Whether the listed item at `item` is a known term's mention and one
/// word of its own before or after it, no stopword, generic noun, verb or
/// adverb: a narrower term ("widget tests" beside "tests", "UDP multicast"
/// beside "UDP"), which the posting asks for as itself.
///
/// Good: "widget tests", "UDP multicast", "shared-memory IPC". Bad: "strong
/// SQL" (a qualifier), "Kafka tools" (a generic noun), "Kafka clusters" (a
/// word after a name that is no letters), "Using Express daily", "servers
/// through IPMI" (more than one word), "Kubernetes-native tooling" (a
/// compound of the name).
fn narrows_a_known_term(text: &str, tokens: &[Token], item: Span, known: &[Span]) -> bool {
    let lx = tailor_lexicon();
    let within = |t: &Token| {
        known
            .iter()
            .any(|k| k.start <= t.span.start && t.span.end <= k.end)
    };
    let from = tokens.partition_point(|t| t.span.start < item.start);
    let (mut n, mut own) = (0, None);
    for t in tokens[from..].iter().take_while(|t| t.span.end <= item.end) {
        if !within(t) {
            if own.is_some() {
                return false;
            }
            own = Some((t, n));
        }
        n += 1;
    }
    let Some((word, at)) = own else {
        return false;
    };
    // After the name only for letters ("UDP multicast", "CPU pinning"): a
    // word after a product's name is what it runs ("Kafka clusters",
    // "Terraform modules", "React apps"), no narrower skill.
    let after_letters = at == n - 1
        && tokens[from..from + at]
            .iter()
            .all(|t| super::extract::is_acronym(t.span.of(text)));
    n >= 2
        && (at == 0 || after_letters)
        && word.kind == Kind::Word
        && !known
            .iter()
            .any(|k| k.start < word.span.end && word.span.start < k.end)
        && !lx.stopwords.contains(word.lower.as_str())
        && !lx.generic_items.contains(word.lower.as_str())
        && crate::lexicon::lexicon().verb(&word.lower).is_none()
        && !super::extract::is_a_gerund(&word.lower)
        && !word.lower.ends_with("ly")
}

/// Whether the concept matched at `tokens[i..i + n]` is no skill the
/// posting asks for: part of a product's name, a person or a role, the
/// people in charge, a duty verb, the hire itself. Each reading is a
/// predicate below, with its examples.
fn names_no_skill(tokens: &[Token], i: usize, n: usize, text: &str, kind: ConceptKind) -> bool {
    is_part_of_a_name(tokens, i, text, kind)
        || opens_a_proper_name(tokens, i, n, text, kind)
        || names_a_team(tokens, i, n, text, kind)
        || names_a_person(&tokens[i + n - 1], kind)
            && !acts_on_people(tokens, i, n)
            && !was_one_before(tokens, i)
        || heads_a_role(tokens.get(i + n), kind) && !leads_to(tokens, i + n)
        || kind != ConceptKind::Tech && names_roles_held(tokens, i, n)
        || names_a_room(tokens, i + n, text)
        || names_a_purchase(tokens, i + n)
        || heads_a_title(tokens, i, n, text, kind)
        || ends_a_title(tokens, i, text, kind)
        || follows_a_head_of(tokens, i, text)
        || counts_things(tokens, i, n, kind)
        || is_a_team_by_its_size(tokens, i, n, text)
        || n == 1 && the_employer_hires(tokens, i, text)
        || names_the_leaders(tokens, i, n)
        || n == 1 && is_a_duty_verb(&tokens[i], kind)
        || n == 1 && names_the_hire(tokens, i)
        || reports_to_someone(tokens, i, n, text)
        || is_a_talk_s_topic(tokens, i, n, text)
        || disowns(tokens, i, n, text)
        || names_a_profile(tokens, i, n, text)
        || n == 1 && names_another_product(tokens, i, text)
        || names_a_clearance(tokens, i, n, text)
        || is_in_an_address(tokens[i].span.cover(tokens[i + n - 1].span), text)
        || n == 1 && is_the_verb_go(tokens, i, text)
        || is_someone_s(tokens, i + n, text)
        || is_called(tokens, i + n)
}

/// Whether a term is written as a page's title writes it, not as a
/// sentence or a list's item asks for it: each of its words capitalised,
/// with another capitalised word after it on its line ("Hiring Hat
/// (Purlwick edition)", "Your Hired Assessment: Go") or one before it on a
/// short line ("Q3 Hiring Plan", "2025 Hiring Plan"); or in capitals on a
/// short line ("HIRING(7)"). A list's item, a word alone on its line (a
/// list pasted without its marks) and a capital before a lowercase word
/// ask for it.
///
/// Good: "2025 Hiring Plan", "Hiring Hat (Purlwick edition)", "Your Hired
/// Assessment: Go". Bad (asked for): "- Hiring", "Search" alone on its
/// line, "Hiring: grow the team from four to ten", "Lead Hiring for the
/// platform team", "Deep experience in Search and Relevance", "Experience
/// with Full-Text Search in Postgres", "- 5+ YEARS OF HIRING AND MANAGING
/// ENGINEERS".
fn is_a_label_s_word(tokens: &[Token], i: usize, n: usize, text: &str) -> bool {
    const SHORT_LINE_WORDS: usize = 4;
    let (first, last) = (&tokens[i], &tokens[i + n - 1]);
    let line = around(text, first.span.cover(last.span), &[]);
    let said = line.of(text).trim();
    if super::posting::is_list_item(said) {
        return false;
    }
    let short = said.split_whitespace().count() <= SHORT_LINE_WORDS;
    let capital = |t: &Token| {
        t.kind == Kind::Word
            && t.span.of(text).starts_with(char::is_uppercase)
            && !tailor_lexicon().stopwords.contains(t.lower.as_str())
    };
    let words = || tokens[i..i + n].iter().filter(|t| t.kind == Kind::Word);
    let in_capitals = words().all(|t| {
        t.span.len() > 1
            && t.span
                .of(text)
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase)
    });
    let titled = words().all(capital)
        && (tokens
            .get(i + n)
            .is_some_and(|next| capital(next) && !line_break(text, last, next))
            || short
                && i.checked_sub(1).is_some_and(|k| {
                    let prev = &tokens[k];
                    (capital(prev) || prev.kind == Kind::Number) && !line_break(text, prev, first)
                }));
    in_capitals && short || titled && !in_capitals
}

/// Whether page chrome often names a concept in its labels, titles and
/// tags (`chrome:` of jd_page_words.txt): hiring in "Q3 Hiring Plan".
fn is_named_by_chrome(concept: &str) -> bool {
    tailor_lexicon()
        .page_words
        .chrome
        .iter()
        .any(|c| c.eq_ignore_ascii_case(concept))
}

/// "Type hiring() below": a function's name, called, no skill.
///
/// Good: "hiring()", "kafka()". Bad (asked for): "Kafka (Streams)",
/// "hiring (two engineers)", "Go ()" (a space between).
fn is_called(tokens: &[Token], after: usize) -> bool {
    matches!(
        tokens.get(after..after + 2),
        Some([open, close]) if open.is_punct('(') && !open.space_before && close.is_punct(')')
    )
}

/// "The React app is Dana's": a name said to be a person's (a capitalised
/// name with "'s" right after "is") is theirs, not asked of the hire.
///
/// Good: "The React app is Dana's and Dana likes it", "the Android apps
/// are Tomás's" (the name's own noun between). Bad (asked for): "React is ours", "Kafka is Europe's
/// busiest cluster" (a name's "'s" before a noun), "Go is Google's".
fn is_someone_s(tokens: &[Token], after: usize, text: &str) -> bool {
    // The name's own noun may come first: "The React app is Dana's".
    let lowercase =
        |t: &Token| t.kind == Kind::Word && t.span.of(text).starts_with(|c: char| c.is_lowercase());
    let after = after
        + tokens
            .get(after..)
            .unwrap_or(&[])
            .iter()
            .take(2)
            .take_while(|t| lowercase(t) && !matches!(t.lower.as_str(), "is" | "are"))
            .count();
    let [verb, owner, ..] = tokens.get(after..).unwrap_or(&[]) else {
        return false;
    };
    let said = owner.span.of(text);
    let name = said.strip_suffix("'s").or_else(|| said.strip_suffix("’s"));
    let ends = tokens
        .get(after + 2)
        .is_none_or(|t| t.kind == Kind::Punct || t.lower == "and" || line_break(text, owner, t));
    matches!(verb.lower.as_str(), "is" | "are")
        && !line_break(text, verb, owner)
        && name.is_some_and(|n| n.starts_with(|c: char| c.is_uppercase()) && n != "Google")
        && ends
}

/// "The data team runs their own Snowflake account", "the EHR integration
/// team runs its own Mirth Connect interfaces": a name right after "their
/// own" or "its own", with a team word a few words before in the clause,
/// is that team's, not asked of the hire.
///
/// Good: "The data team runs their own Snowflake account". Bad (asked
/// for): "you'll run your own Kubernetes clusters", "each squad, with your
/// help, owns its own Kafka topics" (the hire is in it), "its own Kafka"
/// with no team before, "Our platform runs its own Kubernetes clusters",
/// "The team runs its own Kubernetes clusters" (the hire's, unnamed).
fn runs_its_own(tokens: &[Token], i: usize, text: &str) -> bool {
    let lx = tailor_lexicon();
    let Some(whose) = i.checked_sub(2) else {
        return false;
    };
    if tokens[whose + 1].lower != "own" || !matches!(tokens[whose].lower.as_str(), "their" | "its")
    {
        return false;
    }
    // A team's own word ("team", "équipe"), not "platform" or "core" (the
    // product's), named by a word of its own: "the data team", not "the
    // team" or "our team" (the hire's, most often).
    const TEAM: [&str; 12] = [
        "team", "squad", "équipe", "equipo", "equipe", "zespół", "tiimi", "tribe", "crew", "guild",
        "pod", "group",
    ];
    let mut team = false;
    for k in (whose.saturating_sub(6)..whose).rev() {
        let t = &tokens[k];
        if t.kind == Kind::Punct || line_break(text, t, &tokens[k + 1]) {
            break;
        }
        if t.lower.starts_with("you") {
            return false;
        }
        let named = k.checked_sub(1).is_some_and(|q| {
            tokens[q].kind == Kind::Word
                && !lx.is_role_word(RoleWord::Determiner, &tokens[q].lower)
                && !matches!(tokens[q].lower.as_str(), "my" | "each" | "every" | "one")
                && !line_break(text, &tokens[q], t)
        });
        team |= TEAM.contains(&t.lower.as_str()) && named;
    }
    team
}

/// "The frontend (Angular) lo lleva otro equipo", "Kafka (another team
/// runs it)": a term the rest of its clause leaves to another team
/// (`elsewhere:` in jd_page_words.txt) is theirs, not asked of the hire.
/// Not where the hire works with them ("Kafka, with another team").
///
/// Good: "(Angular) lo lleva otro equipo". Bad (asked for): "Kafka, shared
/// with another team" (a new clause), "Angular, together with other teams".
fn left_to_another_team(tokens: &[Token], after: usize, text: &str) -> bool {
    // Words that make the other team its users, its keepers or a place the
    // hire was ("consumed by another team", "that another team maintains",
    // "experience in a different team"): the clause ends at them.
    const ENDS: [&str; 24] = [
        "with",
        "you",
        "your",
        "alongside",
        "for",
        "used",
        "uses",
        "depend",
        "depends",
        "rely",
        "relies",
        "by",
        "in",
        "from",
        "to",
        "of",
        "that",
        "which",
        "and",
        "or",
        "con",
        "com",
        "avec",
        "mit",
    ];
    let after = after.min(tokens.len());
    // The clause right after the term: a few words, brackets aside, to a
    // mark, a line's end or one of `ENDS`.
    let clause = tokens[after..]
        .iter()
        .enumerate()
        .take_while(|&(k, t)| {
            let mark = t.kind == Kind::Punct && !t.is_punct('(') && !t.is_punct(')');
            let broken = after + k > 0 && line_break(text, &tokens[after + k - 1], t);
            k < 6 && !mark && !broken && !ENDS.contains(&t.lower.as_str())
        })
        .count();
    let words = &tokens[after..after + clause];
    // Most terms end their clause where they stand: nothing to compare.
    cfg!(feature = "lens")
        && !words.is_empty()
        && tailor_lexicon().page_words.elsewhere.iter().any(|phrase| {
            let n = phrase.split(' ').count();
            words
                .windows(n)
                .any(|w| w.iter().zip(phrase.split(' ')).all(|(t, p)| *t.lower == *p))
        })
}

/// "forecasting models are owned by our ML engineer", "our Aurora
/// databases are looked after by the data team", "is being retired by
/// another squad": what a passive clause right after a term gives to
/// another team or person is theirs, not a skill asked of the hire.
///
/// Good: "Aurora databases are looked after by the data team". Bad (asked
/// for): "Kafka, maintained by your team", "a design system used by other
/// teams",
/// "Terraform managed by you".
fn belongs_to_others(tokens: &[Token], after: usize, text: &str) -> bool {
    let lx = tailor_lexicon();
    // A bracket glossing the name does not end its clause: "PHP (Symfony)
    // et maintenus par les équipes produit".
    let clause_ends = |k: usize| {
        tokens[k].kind == Kind::Punct
            && !tokens[k].is_punct('-')
            && !tokens[k].is_punct('(')
            && !tokens[k].is_punct(')')
            || line_break(text, &tokens[k - 1], &tokens[k])
    };
    // The mark right after the term goes with it ("Kafka, maintained
    // by"), and a hard-wrapped line ("Looker and Tableau\nmaintained by
    // the BI team"); a blank line or a capital after the break does not
    // ("- Go\n\nIt is built by our team").
    let goes_on = |k: usize| {
        let gap = &text[tokens[k - 1].span.end..tokens[k].span.start];
        !gap.contains('\n')
            || gap.matches('\n').count() == 1
                && tokens[k].kind == Kind::Word
                && tokens[k]
                    .lower
                    .starts_with(|c: char| c.is_ascii_lowercase())
                && !tokens[k].first_char_upper(text)
    };
    let Some(by) = (after..(after + 6).min(tokens.len()))
        .take_while(|&k| k == after && k > 0 && goes_on(k) || !clause_ends(k))
        .find(|&k| {
            matches!(
                tokens[k].lower.as_str(),
                "by" | "par" | "por" | "pelo" | "pela"
            )
        })
    else {
        return false;
    };
    // A verb of keeping, not of using ("used by other teams" is the
    // users'). The term itself may be it ("owned by" is no ownership).
    const KEPT: [&str; 10] = [
        "owned",
        "maintained",
        "managed",
        "handled",
        "operated",
        "looked",
        "retired",
        "supported",
        "built",
        "run",
    ];
    // Said after a copula or "and" only (see `passive`).
    const KEPT_AFTER_A_COPULA: [&str; 18] = [
        "trained",
        "developed",
        "written",
        "maintenu",
        "maintenus",
        "maintenue",
        "maintenues",
        "géré",
        "gérés",
        "gérée",
        "gérées",
        "développé",
        "développés",
        "mantenido",
        "mantenida",
        "gestionado",
        "mantido",
        "mantida",
    ];
    // The older verbs alone ("a store maintained by the data team"); the
    // rest after a copula or "and" ("models are trained by", "sont en PHP
    // et maintenus par"): "Serve PyTorch models trained by the research
    // team" asks for PyTorch.
    const COPULA: [&str; 13] = [
        "is", "are", "was", "were", "been", "be", "sont", "est", "es", "son", "são", "et", "and",
    ];
    let passive = |k: usize| {
        let w = tokens[k].lower.as_str();
        k + 1 >= after
            && (KEPT.contains(&w)
                || KEPT_AFTER_A_COPULA.contains(&w)
                    && k > 0
                    && COPULA.contains(&tokens[k - 1].lower.as_str()))
    };
    let given = passive(by - 1)
        || tokens[by - 1].lower.as_str() == "after" && by.checked_sub(2).is_some_and(passive);
    given
        && tokens[by + 1..]
            .iter()
            .enumerate()
            .take_while(|&(k, _)| k == 0 || !clause_ends(by + 1 + k))
            .take(4)
            .try_fold(false, |owner, (_, t)| match t.lower.as_str() {
                // "you", "your", "you'll": the hire's own.
                w if w.starts_with("you") => None,
                w => Some(
                    owner
                        || w == "another"
                        || [RoleWord::Team, RoleWord::Person, RoleWord::Role]
                            .into_iter()
                            .any(|r| lx.is_role_word(r, w)),
                ),
            })
            .unwrap_or(false)
}

/// Whether `tokens[i]` opens a line, a list item or a sentence.
fn opens_a_sentence(tokens: &[Token], i: usize, text: &str) -> bool {
    let Some(prev) = i.checked_sub(1).map(|p| &tokens[p]) else {
        return true;
    };
    line_break(text, prev, &tokens[i])
        || prev.kind == Kind::Punct
            && matches!(
                prev.lower.as_str(),
                "." | "!" | "?" | "•" | "-" | "*" | "–" | "·"
            )
}

/// "• Go on site to hawker centres", "Go to the customer": "Go" opening a
/// sentence before a preposition is the verb, not the language.
///
/// Good: "• Go on site", "Go to production often." Bad (the language): "Go
/// and Rust", "- Go (2+ years)", "services in Go on Kubernetes".
fn is_the_verb_go(tokens: &[Token], i: usize, text: &str) -> bool {
    const AFTER: [&str; 8] = [
        "on", "to", "out", "back", "ahead", "through", "into", "live",
    ];
    // "Go on Kubernetes": a platform after it keeps the language.
    tokens[i].lower.as_str() == "go"
        && opens_a_sentence(tokens, i, text)
        && tokens
            .get(i + 1)
            .is_some_and(|t| AFTER.contains(&t.lower.as_str()))
        && tokens.get(i + 2).is_none_or(|t| !t.first_char_upper(text))
}

/// "s3://my-bucket", "https://acme.example/api/apply",
/// "recruiting@acme.example": a link's or a mail address's words, its
/// scheme included, in a code sample or a contact line, not a skill asked
/// for.
///
/// Good: "s3://my-bucket/events", "curl https://acme.example/api/apply",
/// "recruiting@acme.example". Bad (asked for): "S3: buckets", "S3/GCS",
/// "Node.js/TypeScript", "recall@k".
fn is_in_an_address(span: Span, text: &str) -> bool {
    // The address: the run around the term up to a space, a bracket or a
    // quote, so a link's text ("[Kafka](https://…)", "<a href=…>Kafka</a>")
    // stays out of it. Every bound is an ASCII byte or a space's own end.
    let bound =
        |c: char| c.is_whitespace() || matches!(c, '(' | ')' | '[' | ']' | '<' | '>' | '"' | '\'');
    let start = text[..span.start]
        .char_indices()
        .rev()
        .find(|&(_, c)| bound(c))
        .map_or(0, |(k, c)| k + c.len_utf8());
    let end = text[span.end..]
        .find(bound)
        .map_or(text.len(), |k| span.end + k);
    let chunk = &text[start..end];
    // A mail address's domain ends in a label with a letter: "recall@k" is
    // a metric, "react@18.2" a version.
    let mail = chunk.split_once('@').is_some_and(|(user, domain)| {
        let domain = domain.trim_end_matches(['.', ',', ';']);
        !user.is_empty()
            && domain.contains('.')
            && domain
                .rsplit('.')
                .next()
                .is_some_and(|tld| tld.bytes().any(|b| b.is_ascii_alphabetic()))
    });
    chunk.contains("://") || mail || chunk.starts_with("www.")
}

/// "security clearance", "Security Check (SC)", "security vetting": a
/// person's vetting (`vetting:` in `jd_roles.txt`, or "Check" written with
/// a capital after a capitalised name), not a skill asked for.
///
/// Good: "security clearance", "Security Check (SC)", "TS/SCI". Bad (asked
/// for): "security checks in CI", "security reviews", "TS/JS".
fn names_a_clearance(tokens: &[Token], i: usize, n: usize, text: &str) -> bool {
    // "TS/SCI": Top Secret with its compartments, not TypeScript.
    let compartmented = tokens.get(i + n).is_some_and(|t| t.is_punct('/'))
        && tokens.get(i + n + 1).is_some_and(|t| t.lower == "sci");
    compartmented
        || tokens.get(i + n).is_some_and(|next| {
            !line_break(text, &tokens[i + n - 1], next)
                && (tailor_lexicon().is_role_word(RoleWord::Vetting, &next.lower)
                    || tokens[i].first_char_upper(text)
                        && next.first_char_upper(text)
                        && matches!(next.lower.as_str(), "check" | "checks"))
        })
}

/// "not dozens of microservices", "not only YAML", "no more alert noise",
/// "you won't be on the on-call rotation": a term up to four words after
/// a negation (`negation:` in `jd_roles.txt`: "not", "no", "inte", "nicht")
/// or a verb's "n't", with no mark between, is what the job is not.
///
/// Good: "not dozens of microservices", "no more alert". Bad (asked for):
/// "not required: Go" (a mark between), "Kafka, not Kinesis" is Kinesis
/// only.
fn is_negated(tokens: &[Token], i: usize) -> bool {
    is_passed_over(tokens, i) || says_no_before(tokens, i) || is_or_after_a_negated(tokens, i)
}

/// "does not involve any MongoDB or NoSQL work": a name after "or" or
/// "nor" right after a negated one is negated with it, but not where the
/// negation limits rather than rules out ("won't just write Terraform or
/// Pulumi", "don't apply without Go or Rust").
///
/// Good: "not … any MongoDB or NoSQL" (NoSQL). Bad (asked for): "Go or
/// Rust" (nothing negated), "You won't just write Terraform or Pulumi"
/// (Pulumi), "Please don't apply without solid Go or Rust experience"
/// (Rust).
fn is_or_after_a_negated(tokens: &[Token], i: usize) -> bool {
    const LIMITS: [&str; 5] = ["just", "only", "merely", "simply", "without"];
    i >= 2
        && matches!(tokens[i - 1].lower.as_str(), "or" | "nor")
        && tokens[i - 2].kind == Kind::Word
        && says_no_before(tokens, i - 2)
        && !tokens[i.saturating_sub(7)..i]
            .iter()
            .any(|t| LIMITS.contains(&t.lower.as_str()))
}

/// "Kanban rather than sprints", "Postgres instead of Oracle": a term
/// named as what the job does not use, up to three words after the
/// phrase with no mark between.
///
/// Good: "rather than sprints", "instead of the old Oracle". Bad (asked
/// for): "Kafka rather than Pulsar" (Kafka), "rather than Kafka, Pulsar"
/// (Pulsar, past a comma), "Instead, Go".
fn is_passed_over(tokens: &[Token], i: usize) -> bool {
    let from = i.saturating_sub(4);
    (from + 1..i)
        .rev()
        .take_while(|&k| tokens[k].kind == Kind::Word)
        .any(|k| {
            matches!(
                (tokens[k - 1].lower.as_str(), tokens[k].lower.as_str()),
                ("rather", "than") | ("instead", "of")
            )
        })
}

/// A negation word or a verb's "n't" up to four words before the term.
fn says_no_before(tokens: &[Token], i: usize) -> bool {
    tokens[i.saturating_sub(4)..i]
        .iter()
        .rev()
        // "not etcd/raft": a slash with no space joins one name's parts.
        .take_while(|t| t.kind != Kind::Punct || t.is_punct('/') && !t.space_before)
        .enumerate()
        .any(|(back, t)| {
            let w = t.lower.as_str();
            // "no secret", "no matter", "keine Scheu vor Kubernetes" (no
            // fear of it): idioms, no negation (`unnegated:`).
            let lx = tailor_lexicon();
            let idiom = tokens
                .get(i - back)
                .is_some_and(|next| lx.is_role_word(RoleWord::Unnegated, &next.lower))
                || w == "no" && is_a_portuguese_article(tokens);
            lx.is_role_word(RoleWord::Negation, w) && !idiom
                || w.ends_with("n't")
                || w.ends_with("n’t")
        })
}

/// "Python isn't needed", "Kotlin isn't required": a term the words right
/// after it dismiss, the job does not need it.
///
/// Good: "Python isn't needed, it's all TS" (Python), "Kotlin isn't
/// required". Bad (asked for): "Python is needed", "Go, isn't required" (a
/// comma between), "Kotlin is not required" (written out, often softened
/// later), "Rust isn't required, but a plus", "Go isn't needed on day
/// one".
fn is_said_unneeded(tokens: &[Token], i: usize, n: usize) -> bool {
    let mut k = i + n;
    let word = |k: usize| tokens.get(k).filter(|t| t.kind == Kind::Word);
    if word(k).is_some_and(|t| matches!(t.lower.as_str(), "is" | "are")) {
        k += 1;
    }
    let Some(not) = word(k) else {
        return false;
    };
    // The spoken dismissal only: "is not required" is as often softened
    // further on ("… we'll teach you", "… for the first months"), and
    // reading it so lost a shown term on an untouched corpus.
    let negated = matches!(not.lower.as_str(), "isn't" | "isn’t" | "aren't" | "aren’t");
    let unneeded = negated
        && word(k + 1)
            .is_some_and(|t| matches!(t.lower.as_str(), "needed" | "required" | "necessary"));
    // "Kotlin is not required, but it helps", "Go isn't needed on day
    // one": softened, still asked for. The rest of the sentence says so.
    unneeded
        && !tokens[k + 2..]
            .iter()
            .take_while(|t| !t.is_punct('.') && !t.is_punct('!') && !t.is_punct(';'))
            .take(12)
            .any(|t| {
                matches!(
                    t.lower.as_str(),
                    "but"
                        | "though"
                        | "although"
                        | "plus"
                        | "bonus"
                        | "nice"
                        | "helpful"
                        | "helps"
                        | "welcome"
                        | "advantage"
                        | "learn"
                        | "day"
                        | "start"
                        | "initially"
                        | "yet"
                        | "immediately"
                        | "upfront"
                        | "first"
                        | "away"
                        | "pick"
                        | "teach"
                        | "train"
                )
            })
}

/// "We retired Jenkins in 2024", "ripped GraphQL out of a mobile app",
/// "moved off Heroku", "migrated away from MongoDB", "we are retiring the
/// last Jenkins jobs", "phasing out Nagios", "moving our data access off
/// TypeORM": the company's past stack, or one on its way out, right after
/// a verb of leaving it (`retired:`, or `moved:` with `leaving:` in
/// `jd_roles.txt`), only determiners between (`determiner:`), said of the
/// company, not of the reader.
///
/// Good: "We retired our old Jenkins", "moved off Heroku to AWS" (Heroku),
/// "We are retiring the last Jenkins jobs". Bad (asked for): "Replace our
/// Jenkins jobs" and "- Retiring our legacy Jenkins pipelines" (duties),
/// "moved to AWS", "replaced RabbitMQ with Kafka" (Kafka), "You have
/// replaced Jenkins" (the reader's experience), "our retiring COBOL
/// developer" (an adjective).
fn was_retired(tokens: &[Token], i: usize, text: &str) -> bool {
    retired_right_after(tokens, i, text) || joined_to_a_retired(tokens, i, text)
}

/// "moved off New Relic and a homegrown Rundeck setup", "Nous avons
/// quitté nos serveurs dédiés et Jenkins": a name joined by "and" to a
/// stack left behind (up to four words before it, no mark between) was
/// left with it.
///
/// Good: "moved off New Relic and a homegrown Rundeck setup", "retired
/// Jenkins and the last of our CloudFormation stacks". Bad (asked for):
/// "replaced RabbitMQ with Kafka and Flink", "retired Jenkins. Kafka and
/// Go" (a new sentence), "We retired Jenkins and adopted GitHub Actions",
/// "deprecated the v1 API and GraphQL is the future" (a clause of its
/// own), "retired Jenkins and our new GitHub Actions pipelines".
fn joined_to_a_retired(tokens: &[Token], i: usize, text: &str) -> bool {
    const AND: [&str; 12] = [
        "and", "et", "y", "e", "und", "og", "en", "och", "i", "oraz", "ja", "és",
    ];
    let k = before_determiners(tokens, i, text);
    let Some(and) = k
        .checked_sub(1)
        .filter(|&a| AND.contains(&tokens[a].lower.as_str()))
    else {
        return false;
    };
    // "We deprecated the v1 API and GraphQL is the future", "moved off
    // Heroku and Kubernetes on GKE is where you will work": the name opens
    // a clause of its own.
    const VERBS: [&str; 12] = [
        "is", "are", "was", "will", "now", "has", "have", "runs", "powers", "became", "remains",
        "stays",
    ];
    if tokens[i + 1..]
        .iter()
        .take(4)
        .take_while(|t| t.kind == Kind::Word)
        .any(|t| VERBS.contains(&t.lower.as_str()))
    {
        return false;
    }
    // The conjunct right before "and" only: a preposition or another "and"
    // ends it ("replaced RabbitMQ with Kafka and Flink" keeps Flink).
    const ENDS: [&str; 16] = [
        "with", "to", "for", "by", "into", "from", "via", "in", "on", "at", "avec", "pour", "con",
        "para", "mit", "com",
    ];
    (and.saturating_sub(4)..and)
        .rev()
        .take_while(|&j| {
            let w = tokens[j].lower.as_str();
            tokens[j].kind == Kind::Word
                && !ENDS.contains(&w)
                && !AND.contains(&w)
                && !line_break(text, &tokens[j], &tokens[j + 1])
        })
        .any(|j| retired_right_after(tokens, j, text))
}

/// Back from a name at `i` over what may stand between it and a verb of
/// leaving it: determiners (`determiner:` in jd_roles.txt, "our old"),
/// "of" after one ("the last of our"), and one word describing the name
/// right before it, after a determiner ("a homegrown Rundeck", "the last
/// hand-built EC2 fleet", "an ageing Splunk").
///
/// Good: "our old Jenkins" (back to "our"), "the last of our hand-written
/// CloudFormation" (back to "the"). Bad (stays at the name): "support for
/// Kafka" (no determiner), "manual Kafka" (a describing word alone).
fn before_determiners(tokens: &[Token], i: usize, text: &str) -> usize {
    let lx = tailor_lexicon();
    let det = |k: usize| lx.is_role_word(RoleWord::Determiner, &tokens[k].lower);
    // Written in lowercase: "a homegrown Rundeck", not "a Kafka Connect".
    let describes = |t: &Token| {
        let w = t.span.of(text);
        t.kind == Kind::Word
            && w.len() >= 3
            && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            // "our new GitHub Actions pipelines" is what replaced the old.
            && !matches!(w, "new" | "current" | "modern" | "latest" | "next")
    };
    let mut k = i;
    if k >= 2 && !det(k - 1) && describes(&tokens[k - 1]) && det(k - 2) {
        k -= 1;
    }
    while k > 0 && (det(k - 1) || k > 1 && tokens[k - 1].lower == "of" && det(k - 2)) {
        k -= 1;
    }
    k
}

/// [`was_retired`] for a name right after its verb.
fn retired_right_after(tokens: &[Token], i: usize, text: &str) -> bool {
    let lx = tailor_lexicon();
    let is = |k: usize, kind: RoleWord| lx.is_role_word(kind, &tokens[k].lower);
    let k = before_determiners(tokens, i, text);
    let Some(verb) = k.checked_sub(1) else {
        return false;
    };
    let verb = if is(verb, RoleWord::Retired) || is_phased_out(tokens, verb) {
        verb
    } else if is(verb, RoleWord::Leaving) {
        // "moved away from": back over the leaving words to the verb, past
        // up to three words of its own object ("moved the history store
        // off Cassandra").
        let mut v = verb;
        while v > 0 && is(v - 1, RoleWord::Leaving) {
            v -= 1;
        }
        // Only "off" takes an object between ("moved billions of events
        // from Kafka into BigQuery" keeps Kafka).
        let off = tokens[v].lower == "off";
        let reach = if off { 4 } else { 1 };
        // A move off a stack going on leaves it too ("moving our data access
        // off TypeORM"); a move from one going on may still need it
        // ("moving from CFS to EEVDF").
        let moving_off =
            |p: usize| off && matches!(tokens[p].lower.as_str(), "moving" | "migrating");
        let moved = (1..=reach)
            .map_while(|back| v.checked_sub(back))
            .take_while(|&p| tokens[p].kind == Kind::Word)
            .find(|&p| is(p, RoleWord::Moved) || finished_moving(tokens, p) || moving_off(p));
        match moved {
            Some(m) => m,
            None => return false,
        }
    } else {
        return false;
    };
    // "- Retiring our legacy Jenkins pipelines", "Phasing out Nagios": a
    // going-on verb opening its line or sentence is the hire's duty, and
    // knowing the stack helps; "our retiring COBOL developer" is an
    // adjective.
    let first = if is_phased_out(tokens, verb) {
        verb - 1
    } else {
        verb
    };
    let going_on = is_a_going_on_verb(&tokens[first].lower);
    if going_on
        && (opens_a_sentence(tokens, first, text)
            || first > 0 && is(first - 1, RoleWord::Determiner))
    {
        return false;
    }
    // "You have replaced Jenkins": the reader did it, and it is asked for.
    let by_the_reader = tokens[verb.saturating_sub(2)..verb]
        .iter()
        .any(|t| t.lower.starts_with("you"));
    !by_the_reader
}

/// A verb's going-on form: English "-ing", Portuguese and Spanish "-ando",
/// "-endo", Norwegian's present "faser".
///
/// Good: "retiring", "moving", "aposentando", "faser". Bad: "retired",
/// "moved".
fn is_a_going_on_verb(w: &str) -> bool {
    w.ends_with("ing") || w.ends_with("ando") || w.ends_with("endo") || w == "faser"
}

/// "phasing out Nagios", "vi faser ut Nagios": `at` the "out" of a verb of
/// phasing out, in English or Norwegian.
///
/// Good: "phasing out", "phased out", "faser ut". Bad: "out" alone, "turned
/// out" ("it turned out that Kafka …"), "rolled out".
fn is_phased_out(tokens: &[Token], at: usize) -> bool {
    matches!(tokens[at].lower.as_str(), "out" | "ut")
        && at > 0
        && matches!(
            tokens[at - 1].lower.as_str(),
            "phasing" | "phased" | "faser" | "faset" | "fases"
        )
}

/// "We finished moving off ColdFusion", "completed migrating away from
/// Heroku": a move going on, said done, is a past move (a bare "moving
/// from CFS to EEVDF" still needs CFS).
///
/// Good: "finished moving", "completed migrating". Bad: "moving", "are
/// moving", "finished" alone.
fn finished_moving(tokens: &[Token], p: usize) -> bool {
    matches!(
        tokens[p].lower.as_str(),
        "moving" | "migrating" | "switching"
    ) && p > 0
        && matches!(tokens[p - 1].lower.as_str(), "finished" | "completed")
}

/// "We switched the last Jenkins servers off", "turned our old Nagios
/// boxes off": a name between a past verb of turning off and its "off",
/// right after it or after its machines, is the company's past stack
/// ("Shut the cluster down" is a duty, and "shut" no past alone).
///
/// Good: "switched the last Jenkins servers off", "turned the Hadoop
/// cluster off". Bad (asked for): "switched to Kubernetes", "turned Kafka
/// into our backbone", "switched Kubernetes autoscaling off", "turned the
/// Datadog log volume down".
fn is_switched_off(tokens: &[Token], i: usize, n: usize) -> bool {
    let lx = tailor_lexicon();
    let mut k = i;
    while k > 0 && lx.is_role_word(RoleWord::Determiner, &tokens[k - 1].lower) {
        k -= 1;
    }
    let turned = k
        .checked_sub(1)
        .is_some_and(|v| matches!(tokens[v].lower.as_str(), "switched" | "turned"));
    // Right after the name, or after its machines: "the last Jenkins
    // servers off" ("switched Kubernetes autoscaling off" keeps it).
    let off = |k: usize| tokens.get(k).is_some_and(|t| t.lower == "off");
    let machines = tokens.get(i + n).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "servers"
                | "server"
                | "boxes"
                | "box"
                | "hosts"
                | "machines"
                | "instances"
                | "cluster"
                | "clusters"
                | "checks"
        )
    });
    turned && (off(i + n) || machines && off(i + n + 1))
}

/// "Link to your GitHub profile", "GitHub or GitLab profile (optional)",
/// "Link al profilo LinkedIn o GitHub": a profile the application asks
/// to link, not a skill. The word for a profile a few words on, or
/// before in the languages that put it first.
///
/// Good: "GitHub profile", "GitHub or GitLab profile", "profilo LinkedIn o
/// GitHub", "perfil de GitHub". Bad (asked for): "GitHub Actions", "profile
/// Go services", "GitHub, and profiling".
fn names_a_profile(tokens: &[Token], i: usize, n: usize, text: &str) -> bool {
    const PROFILE: [&str; 6] = [
        "profile", "profiles", "profilo", "perfil", "profil", "profils",
    ];
    // Words on the name's line only: "nach Scrum\n\nIhr Profil" is a
    // heading below it.
    let word_on_line = |k: usize, a: usize, b: usize| {
        tokens[k].kind == Kind::Word && !line_break(text, &tokens[a], &tokens[b])
    };
    let after = (i + n..tokens.len().min(i + n + 3))
        .take_while(|&k| word_on_line(k, k - 1, k))
        .any(|k| PROFILE.contains(&tokens[k].lower.as_str()));
    let before = (i.saturating_sub(4)..i)
        .rev()
        .take_while(|&k| word_on_line(k, k, k + 1))
        .any(|k| PROFILE[2..].contains(&tokens[k].lower.as_str()));
    // The sites a profile is linked on: "un profilo Java" is a kind of
    // person, "Salesforce profiles" a product's feature.
    const SITES: [&str; 8] = [
        "github",
        "gitlab",
        "linkedin",
        "bitbucket",
        "stack",
        "kaggle",
        "behance",
        "dribbble",
    ];
    // Any name "on your profile" ("you listed Jepsen on your profile").
    let yours = tokens[i + n..]
        .iter()
        .take(3)
        .map(|t| t.lower.as_str())
        .eq(["on", "your", "profile"]);
    SITES.contains(&tokens[i].lower.as_str()) && (after || before) || yours
}

/// "Oracle Forms", "Oracle ATG": a vendor's name (`vendor:` of
/// `jd_roles.txt`) before a capitalised word the lexicon does not know
/// names another of its products, not the vendor's own skill.
///
/// Good: "Oracle Forms", "Oracle ATG". Bad (Oracle asked for): "Oracle and
/// PostgreSQL", "Oracle 19c", "Oracle SQL", "runs on Oracle".
fn names_another_product(tokens: &[Token], i: usize, text: &str) -> bool {
    let lx = tailor_lexicon();
    let Some(next) = tokens.get(i + 1) else {
        return false;
    };
    lx.is_role_word(RoleWord::Vendor, &tokens[i].lower)
        && next.is_word()
        && next.first_char_upper(text)
        && !line_break(text, &tokens[i], next)
        && !lx.stopwords.contains(next.lower.as_str())
        && lx.concept_at(tokens, i + 1, text).is_none()
        && tech_name_at(tokens, i + 1, text).is_none()
}

/// "The old VB6 rating tool is gone", "Jenkins was decommissioned in
/// 2023": the name said gone after it, a few words on in its sentence (a
/// copula, then `retired:` of `jd_roles.txt` or "gone"; a German passive
/// or "haben wir" before the participle; Italian "non" and a verb of use
/// before "più").
///
/// Good: "VB6 rating tool is gone", "Jenkins has been retired", "Delphi
/// haben wir 2024 abgeschaltet", "Zabbix non lo usiamo più". Bad (asked
/// for): "Kafka is core to us", "Terraform, and the old box is gone" (a
/// comma ends the reach), "Go is what we write", "Flink hat Spark
/// abgelöst" (Flink), "Kafka non è più un esperimento".
fn is_said_gone(tokens: &[Token], i: usize, n: usize, text: &str) -> bool {
    let lx = tailor_lexicon();
    // "Mit Terraform haben wir … abgelöst", "With Kafka, …": the name is
    // what did it, not what went.
    if i > 0 && lx.is_role_word(RoleWord::Instrument, &tokens[i - 1].lower) {
        return false;
    }
    let after = i + n;
    // "Delphi-Abrechnungssystem haben wir abgeschaltet": past the word the
    // name is joined to.
    let joined = |k: usize| tokens.get(k).is_some_and(|t| !t.space_before);
    let after =
        if tokens.get(after).is_some_and(|t| t.is_punct('-')) && joined(after) && joined(after + 1)
        {
            after + 2
        } else {
            after
        };
    // English's copula right before the word ("was decommissioned");
    // German's participle last, after a passive ("wurde 2023 abgelöst")
    // or "haben wir" (the name its object: "Delphi haben wir
    // abgeschaltet"; "Flink hat Spark abgelöst" keeps Flink); Italian's
    // "non" and a verb of use before "più" ("non lo usiamo più").
    let (mut copula, mut german, mut not, mut used) = (false, false, false, false);
    // German's participle comes last, after the place and the time ("die
    // VMware-Cluster im Rechenzentrum Billwerder haben wir Ende 2024
    // abgeschaltet"): further once "haben wir" or "wurde" is read, or when
    // the clause holds one further on ("Die alten Jenkins-Jobs und die VMs
    // im eigenen Rechenzentrum in Gratkorn haben wir 2024 abgelöst").
    let verb_final = says_german_s_verb_last(tokens, after, text);
    let reach = if verb_final { 14 } else { 10 };
    for k in after..tokens.len().min(after + reach) {
        let t = &tokens[k];
        if t.kind == Kind::Punct
            || k > 0 && line_break(text, &tokens[k - 1], t)
            || k >= after + 6 && !german && !verb_final
        {
            return false;
        }
        let w = t.lower.as_str();
        // "will be switched off", "was shut down".
        let turned_off = matches!(w, "switched" | "turned" | "shut")
            && tokens
                .get(k + 1)
                .is_some_and(|t| matches!(t.lower.as_str(), "off" | "down"));
        // "Kafka is retiring our old RabbitMQ", "GitHub Actions is
        // sunsetting Jenkins": a going-on verb with its object after is
        // what the name does, not what is done to it.
        let with_an_object = is_a_going_on_verb(w)
            && tokens.get(k + 1).is_some_and(|o| {
                o.first_char_upper(text)
                    || lx.is_role_word(RoleWord::Determiner, &o.lower)
                    || matches!(
                        o.lower.as_str(),
                        "o" | "os" | "as" | "nosso" | "nossa" | "el" | "los" | "las"
                    )
            });
        let retired =
            !with_an_object && (w == "gone" || turned_off || lx.is_role_word(RoleWord::Retired, w));
        // Swedish says it with the verb's passive alone ("Nagios i källaren
        // avvecklades förra året"), Polish with the verb's "we" form last
        // ("serwery Jenkins i maszyny VMware wyłączyliśmy w 2024").
        if retired && (w.ends_with("ades") || w.ends_with("ttes") || w.ends_with("liśmy")) {
            return true;
        }
        if (copula || german) && retired || not && used && w == "più" {
            return true;
        }
        // "Terraform and the old scripts are gone", "Kafka now that
        // RabbitMQ is deprecated": another subject is gone, not the name.
        if JOINERS.contains(&w) {
            return false;
        }
        // "was fully decommissioned": an adverb of completion between ("Kafka
        // messages are rarely dropped" keeps Kafka).
        // Portuguese's and Spanish's passive ("Os últimos sistemas em
        // Oracle foram desligados").
        copula = matches!(
            w,
            "is" | "are"
                | "was"
                | "were"
                | "been"
                | "being"
                | "foi"
                | "foram"
                | "estamos"
                | "fue"
                | "fueron"
        ) || w == "be"
            && k > 0
            && matches!(tokens[k - 1].lower.as_str(), "will" | "'ll" | "’ll")
            || copula
                && matches!(
                    w,
                    "fully" | "finally" | "completely" | "entirely" | "already" | "officially"
                );
        german |= matches!(w, "wurde" | "wurden")
            || w == "wir"
                && k > after
                && matches!(tokens[k - 1].lower.as_str(), "haben" | "hatten");
        not |= w == "non";
        used |= w.starts_with("us") || w.starts_with("utilizz");
    }
    false
}

/// Whether the clause from `from` holds German's "haben wir" or "wurde"
/// within fourteen words, no mark between: its participle comes last.
///
/// Good: "und die VMs im eigenen Rechenzentrum in Gratkorn haben wir 2024
/// abgelöst". Bad: "hat Spark abgelöst" (the name did it), "and we have",
/// "…, haben wir" (a comma first).
fn says_german_s_verb_last(tokens: &[Token], from: usize, text: &str) -> bool {
    let end = tokens.len().min(from + 14);
    (from..end)
        .take_while(|&k| {
            tokens[k].kind != Kind::Punct
                && !(k > 0 && line_break(text, &tokens[k - 1], &tokens[k]))
        })
        .any(|k| {
            let w = tokens[k].lower.as_str();
            matches!(w, "wurde" | "wurden")
                || w == "wir"
                    && k > from
                    && matches!(tokens[k - 1].lower.as_str(), "haben" | "hatten")
        })
}

/// Words that start another clause or subject: what follows them is said
/// of something else ([`is_said_gone`]).
const JOINERS: &[&str] = &[
    "and",
    "or",
    "as",
    "now",
    "that",
    "where",
    "since",
    "while",
    "because",
    "so",
    "when",
    "but",
    "if",
    "until",
    "after",
    "before",
    "which",
    "with",
    "than",
    // Swedish, Polish and German ("Vi kör Kubernetes sedan VMware
    // avvecklades": Kubernetes stays).
    "sedan",
    "när",
    "eftersom",
    "men",
    "och",
    "medan",
    "gdy",
    "kiedy",
    "bo",
    "ponieważ",
    "ale",
    "weil",
    "seit",
    "nachdem",
    "aber",
    "während",
];

/// "We migrated off Jenkins": the verb of the company's move away from a
/// stack (`moved:` then `leaving:` in `jd_roles.txt`) asks for no
/// migrations; "migrate our services to Kubernetes" still does.
fn leaves_a_stack(tokens: &[Token], i: usize) -> bool {
    let lx = tailor_lexicon();
    lx.is_role_word(RoleWord::Moved, &tokens[i].lower)
        && tokens
            .get(i + 1)
            .is_some_and(|t| lx.is_role_word(RoleWord::Leaving, &t.lower))
}

/// "Modelar os dados no dbt", "rodamos tudo no GitHub Actions": in
/// Portuguese "no" is "em" + "o" ("in the"), not a negation (as it is in
/// English and Spanish). A posting is Portuguese with five words no English
/// or Spanish sentence uses (`portuguese:` in `jd_roles.txt`); `tokens` is
/// the whole posting's, read only when a "no" comes before a term.
///
/// Good: a Portuguese posting's "os dados no dbt". Bad (a negation): "no
/// Kubernetes experience needed", "Experiencia en Go, no Kotlin".
fn is_a_portuguese_article(tokens: &[Token]) -> bool {
    let lx = tailor_lexicon();
    tokens
        .iter()
        .filter(|t| lx.is_role_word(RoleWord::Portuguese, &t.lower))
        .nth(4)
        .is_some()
}

/// "your talk on async Rust at a meetup", "podcasts about Kafka": what
/// someone spoke or wrote on (`talk:` in `jd_roles.txt`), not a skill asked for.
///
/// The verb too, where a stage follows the name: "Our CTO will talk about
/// Kafka at QCon", "speak on Rust at meetups".
///
/// Good: "talk on async Rust", "keynotes about Kafka", "will talk about
/// Kafka at QCon". Bad (asked for): "work on Kafka", "talk to Kafka" (no
/// "on" or "about"), "well enough to talk about query tuning".
fn is_a_talk_s_topic(tokens: &[Token], i: usize, n: usize, text: &str) -> bool {
    let lx = tailor_lexicon();
    // The noun, plural or after a determiner ("your talk on", "talks
    // about"), not the verb: "well enough to talk about query tuning".
    let noun = |k: usize| {
        tokens[k].lower.ends_with('s')
            || k > 0 && lx.is_role_word(RoleWord::Determiner, &tokens[k - 1].lower)
            || k > 0
                && matches!(
                    tokens[k - 1].lower.as_str(),
                    "your" | "my" | "any" | "recent" | "conference" | "meetup"
                )
    };
    // "at QCon", "at meetups": where it is said.
    let on_a_stage = || {
        tokens.get(i + n).is_some_and(|t| t.lower == "at")
            && tokens.get(i + n + 1).is_some_and(|t| {
                // "at QCon", not "at C-level".
                t.kind == Kind::Word && t.first_char_upper(text) && !t.lower.contains('-')
                    || matches!(
                        t.lower.as_str(),
                        "meetups" | "meetup" | "conferences" | "conference"
                    )
            })
    };
    i >= 2
        && matches!(tokens[i - 1].lower.as_str(), "on" | "about")
        && lx.is_role_word(RoleWord::Talk, &tokens[i - 2].lower)
        && (noun(i - 2) || on_a_stage())
}

/// "reporting to the CTO", "You will report to the CISO", "report a flat
/// tyre": the line the hire reports on, or the verb's one act, not the
/// practice of reporting (a noun: "financial reporting").
///
/// Good: "reporting to the CTO", "reporting into Priya", "report to the
/// CISO", "report a flat tyre". Bad (a skill): "financial reporting",
/// "reporting dashboards", "reporting and alerting".
fn reports_to_someone(tokens: &[Token], i: usize, n: usize, text: &str) -> bool {
    let lx = tailor_lexicon();
    let to = i + n;
    let verb = matches!(tokens[i].lower.as_str(), "report" | "reported");
    n == 1 && verb
        || n == 1
            && matches!(tokens[i].lower.as_str(), "reporting" | "reports")
            && tokens
                .get(to)
                .is_some_and(|t| matches!(t.lower.as_str(), "to" | "into"))
            && tokens[to + 1..].iter().take(3).any(|t| {
                t.kind == Kind::Word
                    && (t.first_char_upper(text)
                        || lx.is_role_word(RoleWord::Person, &t.lower)
                        || lx.is_role_word(RoleWord::Role, &t.lower))
            })
}

/// "Pebblerun Coach", "Halyard Streaming", "Corvane Vault": a practice or
/// concept word, or a tool's everyday-word name, capitalised after a
/// capitalised word the lexicon does not know, is part of a product's or an
/// employer's name. Other technology names are spared ("AWS Lambda"), and
/// so is a verb or a stopword before it ("Using Go", "Strong Mentoring"),
/// and a practice's letters ("the University ITIL process": an acronym is a
/// term's own name, not a name's everyday word).
fn is_part_of_a_name(tokens: &[Token], i: usize, text: &str, kind: ConceptKind) -> bool {
    let everyday = || {
        tailor_lexicon()
            .everyday_tools
            .contains(tokens[i].lower.as_str())
    };
    if kind == ConceptKind::Tech && !everyday() || i == 0 || !tokens[i].first_char_upper(text) {
        return false;
    }
    let written = tokens[i].span.of(text);
    let letters = written.split_once('-').map_or(written, |(head, _)| head);
    !super::extract::is_acronym(letters) && follows_an_unknown_capital(tokens, i, text)
}

/// Whether `tokens[i]` follows, on its line, a capitalised word that is no
/// concept, stopword or verb: the start of a proper name ("Pebblerun",
/// "FNOL"), not "Using", "Strong" or "AWS".
fn follows_an_unknown_capital(tokens: &[Token], i: usize, text: &str) -> bool {
    let Some(prev) = i.checked_sub(1).map(|p| &tokens[p]) else {
        return false;
    };
    let lx = tailor_lexicon();
    // "E3  Event-driven architecture": a requirement's number, no name.
    prev.kind == Kind::Word
        && prev.first_char_upper(text)
        && !prev.lower.bytes().any(|b| b.is_ascii_digit())
        && !line_break(text, prev, &tokens[i])
        && !lx.stopwords.contains(prev.lower.as_str())
        && crate::lexicon::lexicon().verb(&prev.lower).is_none()
        && !prev.lower.ends_with("ing")
        && lx.concept_at(tokens, i - 1, text).is_none()
        && tech_names().is_none_or(|t| t.forms.match_word(&prev.lower).is_none())
}

/// "Network Operations Centre", "Network Analytics Platform": a
/// capitalised practice word before two more capitalised words on its line
/// opens a proper name (a department's, a product's).
///
/// Good: "Network Planning Data". Bad (a skill): "Networking, Linux",
/// "Network security", "Kubernetes Operators Guide" (a technology).
fn opens_a_proper_name(
    tokens: &[Token],
    i: usize,
    n: usize,
    text: &str,
    kind: ConceptKind,
) -> bool {
    let lx = tailor_lexicon();
    let capital = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            t.kind == Kind::Word
                && t.first_char_upper(text)
                && !lx.stopwords.contains(t.lower.as_str())
                && !line_break(text, &tokens[k - 1], t)
        })
    };
    kind != ConceptKind::Tech
        && n == 1
        && tokens[i].first_char_upper(text)
        && capital(i + 1)
        && capital(i + 2)
}

/// "Payments Core", "Ranking Squad": a capitalised practice before a
/// capitalised team word names a team. Technology names are spared
/// ("Kubernetes Platform" asks for Kubernetes).
///
/// Good: "Payments Core", "Search Platform". Bad (a skill): "payments
/// platform", "Kafka Core", "Payments core banking".
fn names_a_team(tokens: &[Token], i: usize, n: usize, text: &str, kind: ConceptKind) -> bool {
    kind != ConceptKind::Tech
        && tokens[i].first_char_upper(text)
        && tokens.get(i + n).is_some_and(|t| {
            // Capitalised, or in a script without case ("SRE チーム").
            (t.first_char_upper(text) || t.is_caseless())
                && tailor_lexicon().is_role_word(RoleWord::Team, &t.lower)
        })
}

/// "Backend Engineer", "security engineers": a practice's form ("backend
/// engineering") read off a person's title, which stems alike. The title
/// names the role, not a skill it asks for. A technology is spared ("Go
/// developer" asks for Go).
///
/// People the hire works beside are no skill asked for either ("partner
/// with data scientists", "alongside our SREs").
///
/// Good: "Senior Backend Engineer", "data scientists". Bad (a skill):
/// "backend engineering", "data science", "Kafka engineer".
fn names_a_person(last: &Token, kind: ConceptKind) -> bool {
    kind != ConceptKind::Tech && tailor_lexicon().is_role_word(RoleWord::Person, &last.lower)
}

/// "someone who has been a backend engineer": the role held before is
/// experience asked for, not the hire's title. Not "As a Data Engineer you
/// will" (the hire) nor "4+ years as a data engineer" (read by its years).
///
/// Good: "who has been a backend engineer". Bad (a title): "Senior
/// Backend Engineer", "As a Data Engineer II you will".
fn was_one_before(tokens: &[Token], i: usize) -> bool {
    let before = |back: usize| i.checked_sub(back).map(|k| tokens[k].lower.as_str());
    matches!(before(1), Some("a" | "an")) && before(2) == Some("been")
}

/// "managing engineers", "hired engineers": a form that opens with a verb
/// acts on the people it names; it is the skill asked for (people
/// management, hiring), not a title.
///
/// Good: "managing engineers", "managed engineers", "mentoring engineers".
/// Bad (a title or colleagues): "Backend Engineer", "data scientists".
fn acts_on_people(tokens: &[Token], i: usize, n: usize) -> bool {
    n >= 2 && is_verb_form(&tokens[i].lower)
}

/// A verb's past or "-ing" form: "managed", "managing", "hiring".
fn is_verb_form(word: &str) -> bool {
    let verb = |w: &str| crate::lexicon::lexicon().verb(w).is_some();
    let stem = word
        .strip_suffix("ing")
        .or_else(|| word.strip_suffix("ed"))
        .filter(|s| s.len() >= 3);
    // "managing" is "manag" + "e"; "mentoring" is "mentor".
    stem.is_some_and(|s| verb(word) || verb(s) || verb(&[s, "e"].concat()))
}

/// "security lead", "payments manager", "platform architect": a practice
/// before a role word names a person's role, not a skill asked for.
///
/// Good: "security lead", "machine learning scientists". Bad (a skill):
/// "security reviews", "Go lead", "mentoring engineers".
fn heads_a_role(next: Option<&Token>, kind: ConceptKind) -> bool {
    let lx = tailor_lexicon();
    kind != ConceptKind::Tech
        && next.is_some_and(|t| {
            lx.is_role_word(RoleWord::Role, &t.lower)
                // "our machine learning scientists": colleagues (not "our
                // application security engineer", the hire); "mentoring
                // engineers" is a signal and its object.
                || kind != ConceptKind::Seniority
                    && t.lower.ends_with('s')
                    && lx.is_role_word(RoleWord::Person, &t.lower)
        })
}

/// "4+ years in infrastructure, platform or MLOps roles": a list after
/// "in" that "roles" ends names the jobs a person held, not a skill asked
/// for.
///
/// Good: "4+ years in infrastructure, platform or MLOps roles", "experience
/// in SRE roles". Bad (asked for): "least-privilege roles" (IAM's roles),
/// "experience in designing RBAC roles", "access in Snowflake with RBAC
/// roles", "in Kafka and its roles".
fn names_roles_held(tokens: &[Token], i: usize, n: usize) -> bool {
    if tokens.get(i + n).is_none_or(|t| t.lower != "roles") {
        return false;
    }
    // Back over the list of disciplines to "in", after years or
    // experience: "years in infrastructure, platform or MLOps roles". No
    // verb and no other preposition between ("experience in designing
    // RBAC roles", "access in Snowflake with RBAC roles").
    let listed = |t: &Token| {
        t.is_punct(',')
            || t.is_punct('/')
            || t.kind == Kind::Word
                && !t.lower.ends_with("ing")
                && !matches!(
                    t.lower.as_str(),
                    "with" | "for" | "of" | "on" | "at" | "by" | "to" | "from" | "its" | "their"
                )
    };
    let Some(k) = (i.saturating_sub(6)..i)
        .rev()
        .take_while(|&k| tokens[k].lower == "in" || listed(&tokens[k]))
        .find(|&k| tokens[k].lower == "in")
    else {
        return false;
    };
    k.checked_sub(1).is_some_and(|p| {
        matches!(
            tokens[p].lower.as_str(),
            "years" | "year" | "yrs" | "experience" | "background" | "worked" | "working"
        )
    })
}

/// "postmortems lead to action items": a role word between a plural noun
/// and "to" is the plural's verb, not a role it heads.
///
/// Good: "postmortems lead to fixes", "reviews lead to changes". Bad (a
/// role): "security lead to own the program", "a payments lead to own
/// checkout", "a DevOps manager to grow the team".
fn leads_to(tokens: &[Token], next: usize) -> bool {
    let plural = |t: &Token| t.lower.ends_with('s') && !t.lower.ends_with("ss");
    // "a payments lead to own checkout": a role, then what it is hired for.
    let infinitive = tokens.get(next + 2).is_some_and(|t| {
        !t.lower.ends_with('s')
            && crate::lexicon::lexicon()
                .verb(&t.lower)
                .is_some_and(|v| v.tense != crate::lexicon::Tense::Past)
    });
    next > 0
        && plural(&tokens[next - 1])
        && tokens.get(next).is_some_and(|t| t.lower == "lead")
        && tokens.get(next + 1).is_some_and(|t| t.lower == "to")
        && !infinitive
}

/// "the Helm Room", "Kafka Lounge": a name before a capitalised place word
/// (`place:` in `jd_roles.txt`) names a room or a building, technology
/// names too. `next` is the index after the name.
///
/// Good: "Helm Room", "Raft Hall". Bad (a skill): "Helm charts", "a Kafka
/// room for the on-call" (lowercase).
fn names_a_room(tokens: &[Token], next: usize, text: &str) -> bool {
    tokens.get(next).is_some_and(|t| {
        t.first_char_upper(text)
            && !line_break(text, &tokens[next - 1], t)
            && tailor_lexicon().is_role_word(RoleWord::Place, &t.lower)
    })
}

/// "Room 3B", "Hall 4": a place's word (`place:` in `jd_roles.txt`) with
/// its number is where to go, not Android's Room.
///
/// Good: "Room 3B", "Hall 4". Bad: "Room for growth", "Room (Jetpack)",
/// "Room 2.x" (a version).
fn is_a_numbered_place(tokens: &[Token], i: usize) -> bool {
    // "Room 2.x", "Room 2.6": a version, its point glued between ("Room
    // 3B." ends a sentence).
    let glued = |k: usize| tokens.get(k).is_some_and(|t| !t.space_before);
    let version =
        tokens.get(i + 2).is_some_and(|p| p.is_punct('.')) && glued(i + 2) && glued(i + 3);
    tailor_lexicon().is_role_word(RoleWord::Place, &tokens[i].lower)
        && !version
        && tokens.get(i + 1).is_some_and(|t| {
            t.space_before
                && t.lower.starts_with(|c: char| c.is_ascii_digit())
                && !t.lower.contains('.')
        })
}

/// "our SQL Server licences", "the Datadog bill": a name before a word of
/// buying it (`purchase:` in `jd_roles.txt`) is what the company pays for,
/// not a skill asked of the hire. `next` is the index after the name.
///
/// Good: "renew our SQL Server licences", "cut the Datadog bill". Bad (a
/// skill): "SQL Server performance", "Datadog dashboards".
fn names_a_purchase(tokens: &[Token], next: usize) -> bool {
    tokens
        .get(next)
        .is_some_and(|t| tailor_lexicon().is_role_word(RoleWord::Purchase, &t.lower))
}

/// "Senior Data Platform Engineer": a capitalised practice before a
/// capitalised person word is a job title ("mentor engineers" is a skill
/// and its object), also across an "&" or "and" and a capitalised word or
/// two ("a Search & Relevance Engineer").
///
/// Good: "Data Platform Engineer", "Search & Relevance Engineer",
/// "Security and Compliance Lead". Bad (a skill): "mentoring engineers",
/// "- Mentoring Engineers", "Kafka Engineer", "Search & Ranking".
fn heads_a_title(tokens: &[Token], i: usize, n: usize, text: &str, kind: ConceptKind) -> bool {
    if kind == ConceptKind::Tech
        || kind == ConceptKind::Seniority
        || !tokens[i].first_char_upper(text)
    {
        return false;
    }
    let lx = tailor_lexicon();
    let person = |t: &Token| {
        t.first_char_upper(text)
            && (lx.is_role_word(RoleWord::Person, &t.lower)
                || lx.is_role_word(RoleWord::Role, &t.lower))
    };
    let mut j = i + n;
    let joined = tokens
        .get(j)
        .is_some_and(|t| t.is_punct('&') || t.lower == "and");
    if joined {
        j += 1;
        // Up to two capitalised words, then the person word.
        let end = (j + 2).min(tokens.len());
        while j < end && tokens[j].first_char_upper(text) && !person(&tokens[j]) {
            j += 1;
        }
    }
    tokens.get(j).is_some_and(person)
}

/// "Data Engineer, Streaming", "Software Development Engineer in Test": a
/// capitalised practice after a title's capitalised person word and a
/// comma or "in" is the title's specialty, not a skill asked for.
///
/// Good: "Streaming" in "Data Engineer, Streaming", "Test" in "Engineer in
/// Test". Bad (a skill): "engineers in testing", "Kafka" in "Engineer,
/// Kafka" (a technology is read as ever).
fn ends_a_title(tokens: &[Token], i: usize, text: &str, kind: ConceptKind) -> bool {
    let lx = tailor_lexicon();
    kind != ConceptKind::Tech
        && i >= 2
        && tokens[i].first_char_upper(text)
        && (tokens[i - 1].is_punct(',') || tokens[i - 1].lower == "in")
        && tokens[i - 2].first_char_upper(text)
        && !line_break(text, &tokens[i - 2], &tokens[i])
        && (lx.is_role_word(RoleWord::Person, &tokens[i - 2].lower)
            || lx.is_role_word(RoleWord::Role, &tokens[i - 2].lower))
}

/// "Rhona (Head of Developer Productivity)", "our VP of Engineering": the
/// capitalised field after a leader's title names what the person heads,
/// not a skill asked of the hire.
///
/// Good: "Head of Developer Productivity", "VP of Platform", "Director of
/// Security". Bad (asked for): "knowledge of Developer Productivity
/// metrics", "head of developer productivity" (no capitals).
fn follows_a_head_of(tokens: &[Token], i: usize, text: &str) -> bool {
    i >= 2
        && tokens[i].first_char_upper(text)
        && tokens[i - 1].lower == "of"
        && tokens[i - 2].first_char_upper(text)
        && matches!(
            tokens[i - 2].lower.as_str(),
            "head" | "vp" | "svp" | "evp" | "avp" | "director" | "chief" | "dean"
        )
}

/// "~40M messages a day", "64 shards": a plural right after a number
/// counts things, not a practice or a concept asked for. A technology is
/// read as ever ("3 Kafka clusters" still names Kafka), and so is a form
/// after a rate ("24/7 on-call").
///
/// So does a word that says how the things are counted, between the number
/// and them (`counted:` of jd_page_words.txt): "40,000 concurrent players"
/// counts players, no concurrency.
///
/// Good: "40M messages", "64 shards", "forty million messages", "40,000
/// concurrent players". Bad (asked for): "24/7 on-call", "3+ years of
/// sharding", "three microservices frameworks", "2 concurrent. Players",
/// "Led 3 Scrum teams", "2 cloud providers".
fn counts_things(tokens: &[Token], i: usize, n: usize, kind: ConceptKind) -> bool {
    let counted = |w: &Token| w.kind == Kind::Word && w.lower.ends_with('s');
    let plural = tokens[i].lower.ends_with('s');
    let before_things = !plural
        && tokens
            .get(i + 1)
            .is_some_and(|w| counted(w) && w.space_before)
        && tailor_lexicon()
            .page_words
            .counted
            .iter()
            .any(|w| *w == tokens[i].lower.as_str());
    kind != ConceptKind::Tech
        && n == 1
        && (plural || before_things)
        && i.checked_sub(1)
            .is_some_and(|p| tokens[p].kind == Kind::Number || is_a_magnitude(&tokens[p].lower))
        && !(i >= 2 && tokens[i - 2].is_punct('/'))
        || counts_machines(tokens, i, n)
}

/// "Reliability Engineering is five SREs", "**Forecast Infrastructure**
/// is five engineers": a capitalised name a count of people says is a
/// team names the team, no skill.
///
/// Good: "Reliability Engineering is five SREs who", "Data Storage is four
/// database reliability engineers". Bad (asked for): "Reliability is
/// everyone's job", "Kafka is 40% of our work", "reliability is five
/// engineers' job" (lowercase: no name).
fn is_a_team_by_its_size(tokens: &[Token], i: usize, n: usize, text: &str) -> bool {
    if !tokens[i].first_char_upper(text) {
        return false;
    }
    let lx = tailor_lexicon();
    let numbers = &crate::lexicon::lexicon().number_words;
    // The rest of the name, and its Markdown emphasis.
    let mut k = i + n;
    while k < tokens.len()
        && k < i + n + 4
        && (tokens[k].is_punct('*') || tokens[k].is_word() && tokens[k].first_char_upper(text))
    {
        k += 1;
    }
    let word = |k: usize| tokens.get(k).map_or("", |t| t.lower.as_str());
    if !matches!(word(k), "is" | "are") {
        return false;
    }
    let counted = tokens
        .get(k + 1)
        .is_some_and(|t| t.kind == Kind::Number || numbers.contains(t.lower.as_str()));
    // The people right after the count, over a few words that describe
    // them ("four database reliability engineers"), not a span of time or
    // a share ("3 years minimum for engineers", "2 of our engineers").
    let people = |t: &Token| {
        t.lower == "people" || lx.is_role_word(RoleWord::Person, &t.lower) && t.lower.ends_with('s')
    };
    let describes = |t: &Token| {
        t.is_word()
            && !people(t)
            && !matches!(
                t.lower.as_str(),
                "years" | "year" | "months" | "month" | "of" | "minimum" | "for" | "and" | "or"
            )
    };
    let mut p = k + 2;
    while p < tokens.len() && p < k + 5 && describes(&tokens[p]) {
        p += 1;
    }
    counted && tokens.get(p).is_some_and(people)
}

/// A count's magnitude in words: "forty million messages a month" counts
/// the messages. Not a small count ("three microservices frameworks"),
/// whose noun may be a skill's modifier.
fn is_a_magnitude(word: &str) -> bool {
    matches!(
        word,
        "hundred"
            | "hundreds"
            | "thousand"
            | "thousands"
            | "million"
            | "millions"
            | "billion"
            | "billions"
            | "trillion"
            | "trillions"
            | "dozens"
    )
}

/// "288 GPUs", "an 8-GPU box": hardware a number counts (a `scale` unit
/// of `units.txt`) is the employer's kit, not a technology asked for.
///
/// Good: "288 GPUs", "8-GPU box". Bad (asked for): "GPU programming",
/// "1000+ GPU clusters" (a plus, not a count), "3 Kafka clusters".
fn counts_machines(tokens: &[Token], i: usize, n: usize) -> bool {
    use crate::lexicon::{lexicon, Unit};
    super::extract::follows_a_number(tokens, i)
        && lexicon().units.match_at(tokens, i) == Some((n, &Unit::Scale))
}

/// "Hiring Elixir & Rust engineers across the EU": the employer hiring, not hiring asked of the hire (a
/// manager who hires: "hire and grow a team").
///
/// Good: "Hiring Elixir & Rust engineers", "hiring two engineers",
/// "[Hiring] Junior Backend Developer" (a forum post's tag). Bad (asked
/// for): "hiring and onboarding engineers", "Hiring: you will run loops",
/// "Hiring: backend engineers" (a label's colon stops it).
fn the_employer_hires(tokens: &[Token], i: usize, text: &str) -> bool {
    let lx = tailor_lexicon();
    if tokens[i].lower != "hiring" {
        return false;
    }
    let tagged =
        i > 0 && tokens[i - 1].is_punct('[') && tokens.get(i + 1).is_some_and(|t| t.is_punct(']'));
    if tagged {
        return true;
    }
    // Names, "&", "/" and counts between: "Elixir & Rust", "two senior".
    let between = |t: &Token| {
        t.first_char_upper(text)
            || t.is_punct('&')
            || t.is_punct('/')
            || t.kind == Kind::Number
            || crate::lexicon::lexicon()
                .number_words
                .contains(t.lower.as_str())
            || matches!(t.lower.as_str(), "senior" | "more")
    };
    let mut k = i + 1;
    while k < tokens.len() && k <= i + 5 && between(&tokens[k]) {
        k += 1;
    }
    tokens
        .get(k)
        .is_some_and(|t| lx.is_role_word(RoleWord::Person, &t.lower) && t.lower.ends_with('s'))
}

/// "partner with engineering leadership", "the product leadership": the
/// people in charge, not leadership asked of the hire.
///
/// Good: "engineering leadership". Bad (asked for): "strong leadership".
fn names_the_leaders(tokens: &[Token], i: usize, n: usize) -> bool {
    n == 1
        && tokens[i].lower == "leadership"
        && i.checked_sub(1)
            .is_some_and(|p| tailor_lexicon().is_role_word(RoleWord::Leaders, &tokens[p].lower))
}

/// "Own offline maps", "Lead the cost program", "you own it": how a
/// posting words a duty, not a seniority signal it asks for (the nouns
/// "ownership", "leadership" and "tech lead" are).
///
/// Good: "own", "leads", "Leading". Bad (asked for): "ownership", "led a team".
fn is_a_duty_verb(t: &Token, kind: ConceptKind) -> bool {
    kind == ConceptKind::Seniority && tailor_lexicon().is_role_word(RoleWord::Duty, &t.lower)
}

/// "a staff-level hire", "our first hire": the job itself, not hiring.
///
/// Good: "staff-level hire", "first hire". Bad (asked for): "Hire and
/// develop managers", "you will hire".
fn names_the_hire(tokens: &[Token], i: usize) -> bool {
    matches!(tokens[i].lower.as_str(), "hire" | "hires")
        && i.checked_sub(1).is_some_and(|p| {
            let w = tokens[p].lower.as_str();
            w.ends_with("-level") || tailor_lexicon().is_role_word(RoleWord::Hire, w)
        })
}

/// What a known term is called in the report: the posting's own words
/// ("cost optimization", "Parquet", "K8s"), so the Fit card names what was
/// asked for; the lexicon's name where the posting's words are only another
/// case, number or inflection of it ("kafka", "microservice"), a verb form
/// ("respond to incidents", "review code"), a part of it ("cross-team"),
/// or a technology written without
/// its capitals ("postgres").
///
/// Good: ("cost optimization", "FinOps") -> "cost optimization",
/// ("Parquet", "Apache Parquet") -> "Parquet". Bad (canonical kept):
/// ("review code", "code review"), ("kafka", "Kafka").
fn posting_name(said: &str, canonical: &str, kind: ConceptKind) -> String {
    let stems = |words: &[String]| -> Vec<String> {
        words
            .iter()
            .map(|w| crate::text::stem(w).to_string())
            .collect()
    };
    let words = crate::text::phrase_words(said);
    let (ours, theirs) = (stems(&words), stems(&crate::text::phrase_words(canonical)));
    let within = |a: &[String], b: &[String]| a.iter().all(|w| b.contains(w));
    // The same words, or for a practice fewer of them ("cross-team" for
    // "cross-team collaboration": the lexicon's name says more). A
    // technology's short name is its name ("Parquet", "Node").
    // Fewer words that keep the name's head are the posting's own name for
    // it: "partitioning" (data partitioning), "orchestration".
    let keeps_the_head =
        ours.len() < theirs.len() && theirs.last().is_some_and(|h| ours.contains(h));
    // "CI" for "CI/CD": letters the posting wrote are its own name for it.
    let letters = super::extract::is_acronym(said) && ours != theirs;
    let same_words = within(&ours, &theirs)
        && !keeps_the_head
        && !letters
        && (kind != ConceptKind::Tech || within(&theirs, &ours) && ours.len() == theirs.len());
    let no_capitals = !said.chars().any(char::is_uppercase);
    // "building systems software": a gerund leads as a verb does.
    let verb_form = kind != ConceptKind::Tech
        && words.first().is_some_and(|w| {
            crate::lexicon::lexicon().verb(w).is_some()
                || words.len() > 2 && super::extract::is_a_gerund(w)
        })
        && ours.first().is_some_and(|w| !theirs.contains(w))
        // "secure coding training": an adjective before a gerund, no verb.
        && !(words.len() > 2 && words[1].ends_with("ing"));
    // A seniority signal is named by the lexicon ("ownership", not "end
    // to end"): its forms are ways to show it, not names.
    let signal = kind == ConceptKind::Seniority;
    // A language is named as the card names it ("English" for "engleskog",
    // "Fluent English").
    let language = kind == ConceptKind::Language;
    let lowercase_tech = kind == ConceptKind::Tech && no_capitals;
    let derived = kind != ConceptKind::Tech && is_a_derived_word(said, canonical);
    if same_words || verb_form || signal || language || lowercase_tech || derived {
        return canonical.to_string();
    }
    // "profile" for "performance profiling": the name's own words that the
    // posting used, as the name writes them ("profiling").
    let plain = canonical
        .chars()
        .all(|c| c.is_ascii_lowercase() || c == ' ' || c == '-');
    if keeps_the_head && kind != ConceptKind::Tech && plain {
        let canonical_words = crate::text::phrase_words(canonical);
        let kept: Vec<&str> = canonical_words
            .iter()
            .filter(|w| ours.contains(&crate::text::stem(w).to_string()))
            .map(String::as_str)
            .collect();
        return kept.join(" ");
    }
    // "Cost optimization" opening a list item is "cost optimization".
    // Not "App Store releases", "Kafka Streams": only the first letter up.
    let sentence_case = said.starts_with(|c: char| c.is_ascii_uppercase())
        && !said[1..]
            .chars()
            .any(|c| c.is_uppercase() || c.is_ascii_digit());
    if kind != ConceptKind::Tech && sentence_case {
        let mut name = said.to_string();
        name[..1].make_ascii_lowercase();
        return name;
    }
    said.to_string()
}

/// "WCAG 2.2", "Java 17", "Postgres 15": a version number right after a
/// technology's name, part of its mention. Not a count or an amount ("Java
/// 3 years", "Kafka 3 clusters", "Python 3+"), nor a range ("Go 1-2").
///
/// Good: "2.2" in "WCAG 2.2", "17" in "Java 17". Bad: "3" in "Python 3
/// years", "8GB", a number on the next line.
fn is_a_version(tokens: &[Token], at: usize, text: &str) -> bool {
    let Some(v) = tokens.get(at) else {
        return false;
    };
    let counts = tokens.get(at + 1).is_some_and(|next| {
        !line_break(text, v, next)
            && (next.kind == Kind::Punct && matches!(next.lower.as_str(), "+" | "-" | "–" | "%")
                || crate::lexicon::lexicon()
                    .units
                    .match_at(tokens, at + 1)
                    .is_some())
    });
    v.kind == Kind::Number
        && v.space_before
        && v.suffix().is_empty()
        && !line_break(text, &tokens[at - 1], v)
        && !counts
}

/// "blameless post-incident reviews": a word before a practice's name that
/// the practice is known by (`qualifier:` in `jd_roles.txt`), part of its
/// mention.
///
/// Good: "blameless" before "postmortems". Bad: "blameless" ending the line
/// before, or before a technology.
fn is_a_practice_s_qualifier(tokens: &[Token], i: usize, text: &str, kind: ConceptKind) -> bool {
    kind == ConceptKind::Practice
        && i > 0
        && !line_break(text, &tokens[i - 1], &tokens[i])
        && tailor_lexicon().is_role_word(RoleWord::Qualifier, &tokens[i - 1].lower)
}

/// "SRE practices", "FinOps principles", "the strangler fig pattern": the
/// word after a practice's name that makes its mention the practice's way
/// of working, part of its name.
///
/// Good: "practices" in "bring SRE practices", "principles" in "FinOps
/// principles". Bad: "practices" at the start of the next line.
fn names_its_practices(tokens: &[Token], at: usize, text: &str) -> bool {
    tokens.get(at).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "practices" | "principles" | "pattern" | "patterns"
        ) && !text[tokens[at - 1].span.end..t.span.start].contains('\n')
    })
}

/// "GPUs" -> "GPU": an acronym's plural, written with a small "s" after
/// its capitals.
///
/// Good: "GPUs", "HSMs", "SLOs". Bad: "NATS", "HTTPS" (a capital S is the
/// name's), "GPU" (no plural), "Jobs".
fn acronym_singular(name: &str) -> Option<&str> {
    let one = name.strip_suffix('s')?;
    (super::extract::is_acronym(one)
        && one.ends_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit()))
    .then_some(one)
}

/// One word made from another word of the same root ("concurrent" from
/// "concurrency"): an adjective or participle is no skill's name, so the
/// report names the lexicon's noun. Same root: a shared start of six
/// letters or more, after which the posting's word has at most four more
/// letters and the name five ("scalab-le", "scalab-ility").
///
/// Good: ("concurrent", "concurrency"), ("scalable", "scalability"),
/// ("automated", "automation"). Bad: ("secure", "security": five letters),
/// ("monitoring", "observability"), ("data modeling", "modeling": two words).
fn is_a_derived_word(said: &str, canonical: &str) -> bool {
    let one_word = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_alphabetic());
    // A name with capitals is a product's ("PostgreSQL"): its short forms are names.
    let lowercase = canonical.bytes().all(|b| b.is_ascii_lowercase());
    if !one_word(said) || !lowercase || said.eq_ignore_ascii_case(canonical) {
        return false;
    }
    let shared = said
        .bytes()
        .zip(canonical.bytes())
        .take_while(|(a, b)| a.eq_ignore_ascii_case(b))
        .count();
    shared >= 6 && said.len() - shared <= 4 && canonical.len() - shared <= 5
}

/// "unit and integration tests", "batch, streaming or CDC pipelines": a
/// word before "and"/"or" whose noun is the next item's ("unit tests"),
/// as the concept it then names and the words that name it.
///
/// Good: "unit and integration tests" (unit testing), "design and code
/// reviews" (design reviews). Bad: "unit" alone, "Kafka and Kafka Streams".
pub(crate) fn elided_concept(tokens: &[Token], i: usize, text: &str) -> Option<(usize, String)> {
    let lx = tailor_lexicon();
    let joins = |t: &Token| matches!(t.lower.as_str(), "and" | "or" | "/" | "&" | ",");
    if tokens[i].kind != Kind::Word || !tokens.get(i + 1).is_some_and(joins) {
        return None;
    }
    // The next item: one word (and a joiner) at a time, up to three items.
    let mut k = i + 1;
    for _ in 0..3 {
        while tokens.get(k).is_some_and(joins) {
            k += 1;
        }
        let next = tokens.get(k)?;
        // A line that ends on its "and" wraps on ("exploratory and\n
        // regression testing"); any other break ends the run.
        let wraps = matches!(tokens[k - 1].lower.as_str(), "and" | "or" | "&")
            && text[tokens[k - 1].span.end..next.span.start]
                .matches('\n')
                .count()
                == 1;
        if next.kind != Kind::Word || line_break(text, &tokens[k - 1], next) && !wraps {
            return None;
        }
        if let Some((n, _)) = lx.concept_at(tokens, k, text).filter(|&(n, _)| n >= 2) {
            let mut shared = vec![tokens[i].clone()];
            shared.extend(tokens[k + 1..k + n].iter().cloned());
            let (m, c) = lx.concept_at(&shared, 0, text)?;
            let said: Vec<&str> = shared.iter().map(|t| t.span.of(text)).collect();
            return (m == shared.len()).then(|| (c, said.join(" ")));
        }
        k += 1;
        if !tokens.get(k).is_some_and(joins) {
            // The last item is no known term ("unit and component tests"):
            // the first word still names one with the noun after it.
            return noun_after_unknown_item(tokens, i, k, text);
        }
    }
    None
}

/// The concept the word at `i` names with the one- or two-word noun at
/// `noun` ("unit" + "tests" of "unit and component tests", "data" +
/// "pipelines" of "data and ML pipelines"): the last of up to three items
/// before the noun is not one the lexicon knows. Not for a noun that names
/// people ("data and ML engineers" are colleagues, not data engineering).
///
/// Good: "unit and component tests" (unit testing), "load and soak testing"
/// (load testing). Bad: "unit and component" (no noun), "unit and\ncomponent
/// tests" (a line between), "Rust and Go services" (no concept), "Design and
/// implement systems" (the item is a verb).
fn noun_after_unknown_item(
    tokens: &[Token],
    i: usize,
    noun: usize,
    text: &str,
) -> Option<(usize, String)> {
    let lx = tailor_lexicon();
    // The item right before the noun.
    if crate::lexicon::lexicon()
        .verb(&tokens[noun - 1].lower)
        .is_some()
    {
        return None;
    }
    (1..=2).rev().find_map(|len| {
        let words = tokens.get(noun..noun + len)?;
        let same_line = (noun..noun + len).all(|j| !line_break(text, &tokens[j - 1], &tokens[j]));
        if !same_line || words.iter().any(|t| t.kind != Kind::Word) {
            return None;
        }
        let mut shared = vec![tokens[i].clone()];
        shared.extend(words.iter().cloned());
        let (m, c) = lx.concept_at(&shared, 0, text)?;
        if names_a_person(words.last()?, lx.concepts[c].kind) {
            return None;
        }
        let said: Vec<&str> = shared.iter().map(|t| t.span.of(text)).collect();
        (m == shared.len()).then(|| (c, said.join(" ")))
    })
}

/// A document's file name: "HANDBOOK.md", "ladder.pdf". Not a format's
/// name ("Markdown", "PDF") nor a framework's ("Node.js").
fn names_a_file(word: &str) -> bool {
    word.rsplit_once('.').is_some_and(|(stem, ext)| {
        !stem.is_empty() && DOCUMENT_TYPES.contains(&ext.to_ascii_lowercase().as_str())
    })
}

/// A document's file types, lowercase: a file's name ends in one, a
/// download's line names one ("(PDF, 318.2KB)").
pub(crate) const DOCUMENT_TYPES: [&str; 12] = [
    "md", "pdf", "txt", "doc", "docx", "odt", "rtf", "xlsx", "pptx", "png", "jpg", "zip",
];

/// Second halves of a hyphenated compound whose first half is what is
/// asked for: "Git-based", "Kafka-backed", "Kubernetes-native",
/// "Jepsen-style", "GDPR-sensitive", "HIPAA-compliant".
const COMPOUND_TAILS: &[&str] = &[
    "based",
    "backed",
    "driven",
    "native",
    "powered",
    "first",
    "centric",
    "heavy",
    "focused",
    "oriented",
    "compatible",
    "enabled",
    "style",
    "sensitive",
    "compliant",
    "aware",
    "ready",
    "certified",
];

/// The first half of a compound in [`COMPOUND_TAILS`], or of one
/// [`is_a_named_compound`], as a span.
///
/// Good: "Git-based" -> "Git", "Kubernetes-kokemus" -> "Kubernetes". Bad:
/// "on-call", "end-to-end", "Git".
pub(crate) fn compound_head(t: &Token, text: &str) -> Option<Span> {
    let Some((head, tail)) = t.hyphen_parts() else {
        return suffixed_head(t, text);
    };
    let span = Span::new(t.span.start, t.span.start + head.len());
    let joined = !head.is_empty()
        && text.is_char_boundary(span.end)
        && (COMPOUND_TAILS.contains(&tail)
            || is_a_named_compound(
                span.of(text),
                t.span.of(text).get(head.len() + 1..).unwrap_or(tail),
            )
            || declines_a_name(head, tail)
            || is_a_native_ending(tail)
                && (span.of(text).contains(|c: char| c.is_ascii_uppercase())
                    && super::data::is_a_known_technology(head)
                    || is_a_lowercase_term(head)));
    joined.then_some(span)
}

/// Turkish, Uzbek and Azerbaijani put a case ending on a name after an
/// apostrophe ("Linux'da", "Redis'da", "PostgreSQL'de", "Kubernetes’te",
/// "API'larni"): the name, written with its capital, is asked for. Not
/// English's contractions and possessive ("Kafka's", "Go'll").
///
/// Good: "Linux'da" -> "Linux", "Kubernetes’te". Bad: "Kafka's", "don't",
/// "Linux'", "Qwerty'de" (no name), "linux'da" (no capital).
fn suffixed_head(t: &Token, text: &str) -> Option<Span> {
    let (head, _) = apostrophe_ending(t, text)?;
    let named = head.is_ascii()
        && head.contains(|c: char| c.is_ascii_uppercase())
        && super::data::is_a_known_technology(head);
    named.then(|| Span::new(t.span.start, t.span.start + head.len()))
}

/// A word's halves about an apostrophe where the second is a case ending
/// (six lowercase letters at most, none of English's contractions): the
/// head as written and the ending. Only where a job description is read.
///
/// Good: "Linux'da" -> ("Linux", "da"), "Cloud'до". Bad: "Kafka's",
/// "don't", "Linux'".
pub(super) fn apostrophe_ending<'t>(t: &Token, text: &'t str) -> Option<(&'t str, &'t str)> {
    const ENGLISH: [&str; 7] = ["s", "ll", "re", "ve", "d", "m", "t"];
    if !cfg!(feature = "lens") || !t.lower.contains(['\'', '’']) {
        return None;
    }
    let (head, tail) = t.span.of(text).split_once(['\'', '’'])?;
    let ending = !tail.is_empty()
        && tail.chars().count() <= 6
        && tail.chars().all(char::is_lowercase)
        && !ENGLISH.contains(&tail);
    ending.then_some((head, tail))
}

/// A lowercase Latin word the lexicon knows, of five letters or more and
/// no everyday word's, that a case ending in another script may follow
/// ("bootloader-от", the bootloader in Macedonian).
///
/// Good: "bootloader". Bad: "go", "rust" (everyday words), "Kafka" (a
/// capital: a name, read as one), "mail".
fn is_a_lowercase_term(head: &str) -> bool {
    head.len() >= 5
        && head.bytes().all(|b| b.is_ascii_lowercase())
        && !tailor_lexicon()
            .ambiguous_stems
            .contains(crate::text::stem(head))
        && super::data::is_a_known_word(head)
}

/// A case ending or a word in a script of its own that a hyphen joins to a
/// Latin name: Georgian "TypeScript-ის", "Jira-ში", "iOS-ზე", Armenian
/// "Docker-ով", Russian "Kafka-кластер". The name is asked for. Only
/// where a job description is read.
///
/// Tamil's ending carries a virama no letter test counts ("Python-இல்").
///
/// Good: "ის", "ში", "ով", "кластер", "இல்". Bad: "based", "ból" (Latin
/// letters), "3", "".
fn is_a_native_ending(tail: &str) -> bool {
    cfg!(feature = "lens")
        && !tail.is_empty()
        && tail
            .chars()
            .all(|c| !c.is_ascii() && (c.is_alphabetic() || crate::text::is_a_combining_mark(c)))
}

/// A name of two to four words whose last a hyphen joins to a word of the
/// posting's language ("Delta Lake-tabeller", "Power BI-rapportene",
/// "Spring Boot-tjenester") or to an English tail ("Delta Lake-based"):
/// the name's tokens with the last one's first half, to match a name over,
/// and how many tokens of `tokens` they cover. Only a capitalised word
/// before the hyphen: "end-to-end", "on-call" join no name.
///
/// Kyrgyz's ending after an apostrophe goes on the name so too ("Yandex
/// Cloud'до").
///
/// Good: "Delta Lake-tabeller" -> ("Delta", "Lake"), 2. Bad: "Delta
/// Lake", "real-time data", "Power BI-3".
pub(crate) fn name_before_a_hyphen(
    tokens: &[Token],
    i: usize,
    text: &str,
) -> Option<(Vec<Token>, usize)> {
    if !(cfg!(feature = "lens") && tokens[i].is_word() && tokens[i].first_char_upper(text)) {
        return None;
    }
    for j in i + 1..tokens.len().min(i + 4) {
        let t = &tokens[j];
        // "CI/CD-pipelinene": a slash inside the name, glued.
        let glued = |k: usize| tokens[k].is_punct('/') && !tokens[k].space_before;
        if glued(j) && !tokens.get(j + 1).is_none_or(|n| n.space_before) {
            continue;
        }
        let spaced = t.space_before || glued(j - 1);
        if !t.is_word() || !spaced || line_break(text, &tokens[j - 1], t) {
            return None;
        }
        // "Yandex Cloud'до": a Turkic ending after an apostrophe.
        if let Some((head, _)) = apostrophe_ending(t, text) {
            if head.is_empty() || !head.starts_with(|c: char| c.is_uppercase()) {
                return None;
            }
            let span = Span::new(t.span.start, t.span.start + head.len());
            let mut shared: Vec<Token> = tokens[i..j].to_vec();
            let half = tokenize(text, &[span]);
            let [half] = half.as_slice() else {
                return None;
            };
            shared.push(half.clone());
            return Some((shared, j + 1 - i));
        }
        let Some((head, tail)) = t.hyphen_parts() else {
            continue;
        };
        let written = &t.span.of(text)[..head.len()];
        // "GitLab CI-ban", "Power BI-jal": an ending a declining language
        // puts on a name's last word (any on an acronym, one of two letters
        // or more on a word).
        // An acronym's "-s" joins it too: a plural's ("API-s") or Estonian's
        // "in" ("GitLab CI-s").
        let ending = (super::inflected::is_an_ending(tail) || tail == "s")
            && (super::extract::is_acronym(written) || tail.chars().count() >= 2);
        let joins = COMPOUND_TAILS.contains(&tail)
            || ending
            || is_a_native_ending(tail)
            || tail.chars().count() >= 4
                && tail.chars().all(char::is_alphabetic)
                && !super::data::is_a_known_word(tail)
                && !tail.ends_with("ing")
                && !tail.ends_with("ed");
        if head.is_empty() || !written.starts_with(|c: char| c.is_uppercase()) || !joins {
            return None;
        }
        let span = Span::new(t.span.start, t.span.start + head.len());
        let mut shared: Vec<Token> = tokens[i..j].to_vec();
        let half = tokenize(text, &[span]);
        let [half] = half.as_slice() else {
            return None;
        };
        shared.push(half.clone());
        return Some((shared, j + 1 - i));
    }
    None
}

/// A generated technology name at `tokens[i..i + n]` that the posting
/// asks for no skill in: a talk's topic, negated, retired or said gone, a
/// clearance's name, another team's or company's ("your talk on Phoenix
/// PubSub", "not only YAML"; as for a known concept, [`names_no_skill`]).
fn names_no_product(tokens: &[Token], i: usize, n: usize, text: &str) -> bool {
    is_a_talk_s_topic(tokens, i, n, text)
        || names_a_profile(tokens, i, n, text)
        || disowned_here(tokens, i, n, text)
        || names_a_clearance(tokens, i, n, text)
}

/// Whether the name at `tokens[i..i + n]` is one the posting disowns: not
/// needed, left behind, or another team's, rather than read as no skill
/// for its shape (a team's or a talk's name).
fn disowns(tokens: &[Token], i: usize, n: usize, text: &str) -> bool {
    disowned_here(tokens, i, n, text) || n == 1 && leaves_a_stack(tokens, i)
}

/// [`disowns`] but for a stack left ("leaves_a_stack"), which a product's
/// name of more words is not read by.
fn disowned_here(tokens: &[Token], i: usize, n: usize, text: &str) -> bool {
    is_negated(tokens, i)
        || is_said_unneeded(tokens, i, n)
        || was_retired(tokens, i, text)
        || is_switched_off(tokens, i, n)
        || is_said_gone(tokens, i, n, text)
        || belongs_to_others(tokens, i + n, text)
        || left_to_another_team(tokens, i + n, text)
        || runs_its_own(tokens, i, text)
}

/// Whether the mention at `span` is a chip in one of a board's `chips`
/// rows that the posting names again, written the same, inside a part or
/// sentence it `disowned`. Each name is looked up once (`seen`): a page of
/// chip rows over a long disowned part stays linear.
///
/// Good: "Selenium" in "Tehnologije: Playwright · k6 · Selenium" with
/// "Selenium testove … upravo gasimo" disowned. Bad (kept): "Playwright"
/// there (not disowned), "Selenium" in "- Selenium and Playwright" (no
/// chip), "Go" beside a disowned "let it go" (another word's case).
fn is_a_disowned_chip<'t>(
    text: &'t str,
    span: Span,
    chips: &[Span],
    disowned: &[Span],
    seen: &mut Vec<(&'t str, bool)>,
) -> bool {
    if !chips
        .iter()
        .any(|c| c.start <= span.start && span.end <= c.end)
    {
        return false;
    }
    let name = span.of(text);
    if let Some(&(_, gone)) = seen.iter().find(|(n, _)| *n == name) {
        return gone;
    }
    let gone = disowned.iter().any(|d| {
        super::posting::whole_words(d.of(text), name)
            .next()
            .is_some()
    });
    seen.push((name, gone));
    gone
}

/// `spans` without those in `dropped`.
fn keep_but(spans: &mut Vec<Span>, dropped: &[Span]) {
    spans.retain(|s| !dropped.contains(s));
}

/// What a name before a hyphen is known as.
#[derive(Clone, Copy)]
enum Known {
    Concept(usize),
    Tech(usize),
}

/// A known name of more words before a hyphen at `tokens[i]`
/// ([`name_before_a_hyphen`]): how many tokens it covers, its span (to the
/// last word's first half), and what it is.
fn known_name_before_a_hyphen(
    tokens: &[Token],
    i: usize,
    text: &str,
) -> Option<(usize, Span, Known)> {
    let (shared, used) = name_before_a_hyphen(tokens, i, text)?;
    let whole = shared.len();
    let span = tokens[i].span.cover(shared[whole - 1].span);
    let lx = tailor_lexicon();
    let known = lx
        .concept_at(&shared, 0, text)
        .filter(|&(n, _)| n == whole)
        .map(|(_, c)| Known::Concept(c))
        .or_else(|| {
            tech_name_at(&shared, 0, text)
                .filter(|&(n, _)| n == whole)
                .map(|(_, t)| Known::Tech(t))
        })?;
    Some((used, span, known))
}

/// A name a hyphen joins to its ending ("dbt-u", "SQL-t", "BI-ju"): a
/// technology's name that is no everyday word.
///
/// Good: ("dbt", "u"), ("sql", "t"). Bad: ("go", "a"), ("log", "in"),
/// ("add", "on").
fn declines_a_name(head: &str, tail: &str) -> bool {
    (super::inflected::is_an_ending(tail) || super::inflected::doubles_into(head, tail))
        && !tailor_lexicon()
            .ambiguous_stems
            .contains(crate::text::stem(head))
        && super::data::is_a_known_technology(head)
}

/// Finnish, Czech and German join a word of their own to a technology's
/// name with a hyphen ("Kubernetes-kokemus", Kubernetes experience;
/// "PostgreSQL-tietokantoja", "Kafka-Cluster"): the name, written with
/// its capital, is asked for. Not an everyday word's name ("Go-live",
/// "Spring-loaded"), nor where the second half is a name or a word of its
/// own ("Spark-Streaming", "Azure-hosted" is read by [`COMPOUND_TAILS`]).
///
/// Good: ("Linux", "osaaminen"), ("AWS", "palvelujen"), ("NIS2",
/// "richtlijn"), ("Helm", "Charts"), ("SLO", "er"). Bad: ("Go", "Live"),
/// ("Go", "live"), ("Kafka", "streams"), ("self", "hosted"), ("Python",
/// "3"), ("Slo", "er"), ("ZZQ", "er") (no name).
fn is_a_named_compound(head: &str, tail: &str) -> bool {
    // Norwegian, Danish, Hungarian, Romanian and Slovenian inflect an
    // acronym after a hyphen ("SLO-er", "API-ene", "API-k", "API-uri",
    // "API-jev"): the name, inflected.
    let inflection = tail.chars().all(|c| c.is_lowercase())
        && (tail.chars().count() <= 3 || matches!(tail, "erne" | "urile" | "ovi"));
    if cfg!(feature = "lens")
        && inflection
        && super::extract::is_acronym(head)
        && super::data::is_a_known_word(head)
    {
        return true;
    }
    // The shape first, before any lookup: every hyphenated word of a resume
    // is asked this while a job description is set.
    let shaped = cfg!(feature = "lens")
        && head.starts_with(|c: char| c.is_ascii_uppercase())
        && tail.chars().count() >= 4
        && !tail.contains(|c: char| c.is_ascii_digit() || c.is_ascii_punctuation());
    if !shaped {
        return false;
    }
    let lower = head.to_ascii_lowercase();
    let lx = tailor_lexicon();
    // German writes its half with a capital ("Helm-Charts",
    // "Backstage-Portal", "Observability-Plattform"): a name that is also
    // an English word is read there, and a practice's name, but never one
    // of the everyday names ("Go-Live", "Rest-Budget").
    let a_german_noun = tail.starts_with(|c: char| c.is_uppercase());
    let tail = tail.to_ascii_lowercase();
    let tail = tail.as_str();
    let everyday = || {
        lx.ambiguous_stems.contains(crate::text::stem(&lower))
            || tech_names().is_some_and(|tn| {
                tn.forms
                    .match_word(&lower)
                    .is_some_and(|&t| tn.names[t].capital_only)
            })
    };
    let always_everyday = || lx.ambiguous.contains(&lower) && !lx.everyday_tools.contains(&lower);
    // Only a technical noun after such a name or a practice's: "Helm-Charts",
    // "Observability-Plattform"; not "Chef-Architekten" (a boss),
    // "Express-Lieferung", "Lead-Entwickler".
    let tech_tail = || lx.is_role_word(RoleWord::TechNoun, tail);
    (!everyday() || a_german_noun && !always_everyday() && tech_tail())
        // "NIS2-richtlijn", "DSGVO-konform": a known acronym of any kind,
        // or a name with a capital inside ("GitOps-prinsippet", "DevOps-Kultur").
        && (super::data::is_a_known_technology(head)
            || (super::extract::is_acronym(head) || has_an_inner_capital(head))
                && super::data::is_a_known_word(head)
            || a_german_noun && tech_tail() && super::data::is_a_known_word(head))
        // "das Security-Team", "ett SRE-team på tre personer": a team's
        // name, not its practice.
        && !matches!(tail, "team" | "teams" | "teamet" | "abteilung" | "gruppe" | "bereich")
        && !super::data::is_a_known_word(tail)
        // "GCP-only", "Kubernetes-free": English says what the stack is
        // kept to, or kept from.
        && !matches!(
            tail,
            "only"
                | "free"
                | "less"
                | "like"
                | "agnostic"
                | "independent"
                | "averse"
                | "adjacent"
                | "curious"
                | "minded"
                | "savvy"
                | "leaning"
        )
        // "Jira-wrangling", "Kafka-obsessed": an English verb's form.
        && !tail.ends_with("ing")
        && !tail.ends_with("ed")
}

/// Whether a compound's first half is a known name: "ITIL-based",
/// "Kafka-backed" (see [`compound_head`]).
fn heads_a_known_compound(t: &Token, text: &str) -> bool {
    compound_head(t, text).is_some_and(|head| super::data::is_a_known_word(head.of(text)))
}

/// A generated technology name declined at `i` ("Terraformom", "dbt-u"):
/// a name that is no everyday word ("Vault") and, glued, no acronym.
fn declined_tech_name(tokens: &[Token], i: usize, text: &str) -> Option<(usize, usize)> {
    let tech = tech_names()?;
    let lx = tailor_lexicon();
    super::inflected::inflected_name(&tokens[i], text, |b| {
        tech.forms.match_word(b).copied().filter(|&t| {
            let name = &tech.names[t];
            !name.capital_only
                && !lx.ambiguous_stems.contains(crate::text::stem(b))
                && !super::extract::is_acronym(&name.name)
        })
    })
    .map(|t| (1, t))
}

/// A generated technology name at `i` ("Apache Airflow", "Pulumi"): its
/// length and index. A name that is also an English word ("Vault") only as
/// written with a capital, one in capitals ("GAMS") only in capitals.
pub(crate) fn tech_name_at(tokens: &[Token], i: usize, text: &str) -> Option<(usize, usize)> {
    let tech = tech_names()?;
    let Some((n, &t)) = tech.forms.match_at(tokens, i) else {
        return declined_tech_name(tokens, i, text);
    };
    let name = &tech.names[t].name;
    // "GAMS" is not "Games": a name in capitals is one only so written,
    // letter for letter (a heading's "GAMES" stems as "GAMS" does), but for
    // a plural's "s" ("AMIs").
    // A name whose own forms spell it in small letters ("Nginx" for
    // "NGINX") is no acronym: "nginx" is it too, as a word of its own, not
    // a path's or an image's ("/usr/share/nginx/html", "FROM nginx:1.27").
    let written = tokens[i].span.of(text);
    let glued = |t: &Token| t.is_punct('/') || t.is_punct(':') || t.is_punct('_');
    // Asked only of a name in capitals, one token long: most names are not.
    let alone = || {
        (i == 0 || tokens[i].space_before || !glued(&tokens[i - 1]))
            && tokens
                .get(i + 1)
                .is_none_or(|t| t.space_before || !glued(t))
    };
    let small = || !written.bytes().any(|b| b.is_ascii_uppercase());
    let capitals = super::extract::is_acronym(name)
        && n == 1
        && !(small()
            && alone()
            && tech.names[t]
                .forms
                .iter()
                .any(|f| f.eq_ignore_ascii_case(name) && !super::extract::is_acronym(f)));
    let spelt = |w: &str| {
        let w = w.strip_suffix('s').unwrap_or(w);
        w.eq_ignore_ascii_case(name)
            || tech.names[t]
                .forms
                .iter()
                .any(|f| w.eq_ignore_ascii_case(f))
    };
    // "Nginx" for "NGINX": a form of the name as written, letter for letter.
    let cased = !capitals
        || (super::extract::is_acronym(written)
            && (spelt(written) || written.eq_ignore_ascii_case(name)))
        || tech.names[t]
            .forms
            .iter()
            .any(|f| f == written && f.bytes().any(|b| b.is_ascii_uppercase()));
    let everyday = tech.names[t].capital_only;
    let capitalised = tokens[i].first_char_upper(text);
    // "FNOL Express", "Harbor Vault": an everyday-word name after an unknown
    // capitalised word is part of that name (a product's, a team's).
    let in_a_name = everyday && n == 1 && follows_an_unknown_capital(tokens, i, text);
    let in_a_room = n == 1 && (names_a_room(tokens, i + n, text) || is_a_numbered_place(tokens, i));
    (cased && (!everyday || capitalised) && !in_a_name && !in_a_room).then_some((n, t))
}

/// Adds a mention of a term, named `name` there; true when the term is new.
/// A term is named as first written, unless a later mention is written as
/// the lexicon's own name (`canonical`): "the Developer Productivity group …
/// developer experience" is "developer experience".
fn add(
    terms: &mut Vec<Term>,
    key: TermKey,
    name: &str,
    canonical: Option<&str>,
    kind: ConceptKind,
    span: Span,
) -> bool {
    // A name wrapped over two lines reads with a space: "dimensional\n
    // modelling", "Faster\n  Payments"; so does one with blanks where a
    // mail's encoding was ("payment   service provider").
    let mut unwrapped = String::new();
    let name = if name.contains(['\n', '\r', '\t']) || name.contains("  ") {
        for word in name.split_whitespace() {
            if !unwrapped.is_empty() {
                unwrapped.push(' ');
            }
            unwrapped.push_str(word);
        }
        unwrapped.as_str()
    } else {
        name
    };
    match terms.iter_mut().find(|t| t.key == key) {
        Some(t) => {
            t.spans.push(span);
            if canonical == Some(name) {
                t.name = name.to_string();
            }
            false
        }
        None => {
            // A posting names a few dozen terms; past [`MAX_TERMS`] a paste
            // (hostile, or no posting) adds no more, and each search stays
            // short.
            if terms.len() >= MAX_TERMS {
                return false;
            }
            terms.push(Term {
                key,
                name: name.to_string(),
                kind,
                spans: vec![span],
                required: true,
                acronym: false,
            });
            true
        }
    }
}

/// "5+ years", "at least 8 years", "3-5 years of experience" (the lower
/// bound). A bare "25 years" ("founded 25 years ago") is not a requirement:
/// it needs a "+", "or more", "at least"/"minimum" before it, or
/// "experience" within a few words after.
fn years_required(text: &str, tokens: &[Token]) -> Option<(u32, Span)> {
    for (i, t) in tokens.iter().enumerate() {
        if t.kind != Kind::Number || !t.suffix().is_empty() {
            continue;
        }
        let mut j = i + 1;
        let mut open_ended = i >= 2
            && matches!(
                (tokens[i - 2].lower.as_str(), tokens[i - 1].lower.as_str()),
                ("at", "least") | (_, "minimum") | (_, "min")
            );
        // "5+", "5 +", "3-5", "3–5", "5 or more"
        while let Some(n) = tokens.get(j) {
            let plus = n.is_punct('+') || matches!(n.lower.as_str(), "more" | "plus");
            let skip = plus
                || n.is_punct('-')
                || n.is_punct('–')
                || (n.kind == Kind::Number && j == i + 2)
                || n.lower.as_str() == "or";
            if !skip {
                break;
            }
            open_ended |= plus;
            j += 1;
        }
        let years = tokens
            .get(j)
            .is_some_and(|n| matches!(n.lower.as_str(), "years" | "yrs" | "year" | "years'"));
        let experience = tokens
            .iter()
            .skip(j + 1)
            .take(5)
            .any(|n| matches!(n.lower.as_str(), "experience" | "experienced"));
        let value = t.value(text).filter(|v| (1.0..=40.0).contains(v));
        if let (true, true, Some(v)) = (years, open_ended || experience, value) {
            return Some((v as u32, t.span.cover(tokens[j].span)));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_term_is_named_as_the_posting_writes_it() {
        use super::posting_name;
        use ConceptKind::*;
        for (said, canonical, kind, name) in [
            ("cost optimization", "FinOps", Practice, "cost optimization"),
            ("Cost optimization", "FinOps", Practice, "cost optimization"),
            (
                "App Store releases",
                "mobile release management",
                Practice,
                "App Store releases",
            ),
            ("Parquet", "Apache Parquet", Tech, "Parquet"),
            ("K8s", "Kubernetes", Tech, "K8s"),
            ("IaC", "infrastructure as code", Practice, "IaC"),
            ("CI", "CI/CD", Practice, "CI"),
            // Another case, number or inflection of the lexicon's name.
            ("kafka", "Kafka", Tech, "Kafka"),
            ("postgres", "PostgreSQL", Tech, "PostgreSQL"),
            ("Microservice", "microservices", Concept, "microservices"),
            (
                "troubleshoot",
                "troubleshooting",
                Practice,
                "troubleshooting",
            ),
            (
                "cross-team",
                "cross-team collaboration",
                Concept,
                "cross-team collaboration",
            ),
            // A verb form reads badly as a term's name.
            ("review code", "code review", Practice, "code review"),
            (
                "respond to incidents",
                "incident response",
                Practice,
                "incident response",
            ),
            ("written\nreview", "code review", Practice, "code review"),
            // An adjective or participle of the name's one word.
            ("concurrent", "concurrency", Concept, "concurrency"),
            ("Scalable", "scalability", Concept, "scalability"),
            ("automated", "automation", Practice, "automation"),
            // Fewer words that keep the head are the posting's own name.
            ("partitioning", "data partitioning", Concept, "partitioning"),
            ("profile", "performance profiling", Practice, "profiling"),
            ("automate failover", "failover", Practice, "failover"),
            (
                "secure coding training",
                "security awareness training",
                Practice,
                "secure coding training",
            ),
        ] {
            assert_eq!(posting_name(said, canonical, kind), name, "{said:?}");
        }
    }

    #[test]
    fn a_practice_s_practices_are_its_mention() {
        let text = "Requirements\n- Bring SRE practices and observability principles to teams\n- Agile\npractices\n";
        let job = Job::parse(text);
        let spans: Vec<&str> = job.terms.iter().map(|t| t.spans[0].of(text)).collect();
        assert_eq!(
            spans,
            ["SRE practices", "observability principles", "Agile"]
        );
        #[cfg(feature = "job-lexicon")]
        {
            let text = "Requirements\n- Apply the strangler fig pattern\n";
            let job = Job::parse(text);
            assert_eq!(job.terms[0].spans[0].of(text), "strangler fig pattern");
        }
    }

    #[test]
    fn a_technology_in_a_gapped_form_s_gap_is_asked_for() {
        let text = "Requirements\n- Build gRPC APIs between services\n";
        let job = Job::parse(text);
        let names: Vec<&str> = job.terms.iter().map(|t| t.name.as_str()).collect();
        assert!(names.contains(&"gRPC"), "{names:?}");
    }

    #[test]
    fn a_parenthesis_closing_a_line_closes_a_run_of_names() {
        let text = "Tasks\n- Run Kafka (KRaft)\nIhr Profil\n- SQL\n";
        let job = Job::parse(text);
        let names: Vec<&str> = job.terms.iter().map(|t| t.spans[0].of(text)).collect();
        assert!(!names.contains(&"Ihr"), "{names:?}");
        assert!(names.contains(&"KRaft"), "{names:?}");
        // A comma at a line's end carries the run on.
        let text = "Requirements\n- Kafka, Flink,\n  Pulsar\n";
        let job = Job::parse(text);
        let names: Vec<&str> = job.terms.iter().map(|t| t.spans[0].of(text)).collect();
        assert!(names.contains(&"Pulsar"), "{names:?}");
    }

    #[test]
    fn an_acronym_s_plural_is_its_name() {
        for (plural, one) in [("GPUs", "GPU"), ("HSMs", "HSM"), ("SLOs", "SLO")] {
            assert_eq!(super::acronym_singular(plural), Some(one));
        }
        for name in ["NATS", "HTTPS", "GPU", "Jobs"] {
            assert_eq!(super::acronym_singular(name), None, "{name}");
        }
    }

    #[test]
    fn a_title_s_specialty_is_no_skill() {
        let job = Job::parse("Data Engineer, Streaming\nSoftware Development Engineer in Test\nRequirements\n- Kafka and testing\n");
        let found = names(&job);
        assert!(
            found.contains(&"Kafka") && found.contains(&"testing"),
            "{found:?}"
        );
        let job = Job::parse("Data Engineer, Streaming\nSoftware Development Engineer in Test\nRequirements\n- Kafka\n");
        assert_eq!(names(&job), ["Kafka"]);
    }

    #[test]
    fn a_practice_s_qualifier_is_part_of_its_mention() {
        let text = "Requirements\n- Run blameless post-incident reviews\n- Kafka, blameless\npostmortems\n";
        let job = Job::parse(text);
        let spans: Vec<&str> = job.terms[0].spans.iter().map(|s| s.of(text)).collect();
        assert_eq!(spans, ["blameless post-incident reviews", "postmortems"]);
        // One term, the concept's: named by its canonical mention.
        assert_eq!(job.terms.len(), 2, "postmortems and Kafka");
        let job = Job::parse("Requirements\n- Run blameless post-incident reviews\n");
        assert_eq!(job.terms[0].name, "blameless post-incident reviews");
    }

    #[test]
    fn a_version_is_part_of_its_name_s_mention() {
        let text =
            "Requirements\n- WCAG 2.2, Java 17 and Postgres 15\n- Python 3 years, Kafka 3+\n";
        let job = Job::parse(text);
        let spans: Vec<&str> = job.terms.iter().map(|t| t.spans[0].of(text)).collect();
        assert_eq!(
            spans,
            ["WCAG 2.2", "Java 17", "Postgres 15", "Python", "Kafka"]
        );
    }

    #[test]
    fn a_clearance_is_no_skill() {
        let job = Job::parse("Requirements\n- Kafka; you must hold Security Check or get security clearance\n- Add security checks in CI\n");
        assert_eq!(names(&job), ["Kafka", "security", "CI"]);
        let job = Job::parse(
            "Requirements\n- Kafka; you must hold Security Check or get security clearance\n",
        );
        assert_eq!(names(&job), ["Kafka"]);
    }

    #[test]
    fn a_tool_s_everyday_name_after_an_unknown_capital_is_part_of_that_name() {
        let job = Job::parse(
            "Requirements\n- Corvane Vault runs our payouts\n- Go and Vault for secrets\n",
        );
        assert_eq!(
            job.terms
                .iter()
                .find(|t| t.name == "Vault")
                .map(|t| t.spans.len()),
            Some(1)
        );
    }

    #[test]
    fn a_requirement_s_number_opens_no_name() {
        let job = Job::parse("Essential\n  E3  Event-driven architecture in production\n");
        assert_eq!(names(&job), ["event-driven architecture"]);
    }

    #[test]
    fn go_opening_a_sentence_before_a_preposition_is_the_verb() {
        let job = Job::parse("Requirements\n• Go on site to see customers\n- Go to production often. Rust and Kafka\n");
        assert_eq!(names(&job), ["Rust", "Kafka"]);
        let job =
            Job::parse("Requirements\n- Go (2+ years) and Rust\n- services in Go on Kubernetes\n");
        assert_eq!(names(&job), ["Go", "Rust", "Kubernetes"]);
        let job = Job::parse("Requirements\n- Go on Kubernetes (3+ years)\n");
        assert_eq!(names(&job), ["Go", "Kubernetes"]);
    }

    #[test]
    fn what_another_team_owns_is_no_skill() {
        let job = Job::parse(
            "About the role\n- Forecasting models are owned by our analyst.\n\
             - Our Aurora databases are looked after by the data team.\n\
             - Kafka, maintained by your team; Terraform managed by you\n\
             - APIs used by other teams\n",
        );
        assert_eq!(names(&job), ["Kafka", "Terraform", "APIs"]);
        // A term ending its line is not the subject of the next line's
        // passive.
        let job = Job::parse("Requirements\n- Go\n- Rust\n\nIt is built by our team.\n");
        assert_eq!(names(&job), ["Go", "Rust"]);
        // A hard-wrapped line goes on with its clause.
        let job = Job::parse("Requirements\n- Go\n\nOur reporting lives in dashboards built with Looker and Tableau\nmaintained by the BI team in the Lisbon office.\n");
        assert!(!names(&job).contains(&"Tableau"), "{:?}", names(&job));
    }

    #[test]
    fn an_address_s_words_are_no_skill() {
        let job = Job::parse("Requirements\n- Go and REST APIs\n\nApply: curl -X POST https://acme.example/api/apply or recruiting@acme.example, www.kafka-jobs.example\n");
        assert_eq!(names(&job), ["Go", "REST APIs"]);
        assert!(is_in_an_address(
            Span::new(10, 13),
            "see https://acme.example/api"
        ));
        assert!(!is_in_an_address(Span::new(0, 7), "Node.js/TypeScript"));
        assert!(!is_in_an_address(Span::new(0, 6), "recall@k and NDCG."));
        assert!(!is_in_an_address(Span::new(0, 5), "react@18.2"));
        // A link's text is not its address; a space of any width bounds it.
        let job = Job::parse("Requirements\n- Experience with [Terraform](https://www.terraform.io) and <a href=\"https://kafka.apache.org\">Kafka</a>\n- Experience with\u{a0}Go and Python\u{3000}Kubernetes\n");
        assert_eq!(
            names(&job),
            ["Terraform", "Kafka", "Go", "Python", "Kubernetes"]
        );
    }

    #[test]
    fn a_url_s_scheme_is_no_skill() {
        let job =
            Job::parse("Requirements\n- Kafka and S3: buckets\n- open(\"s3://my-bucket/x\")\n");
        assert_eq!(
            job.terms
                .iter()
                .find(|t| t.name == "S3")
                .map(|t| t.spans.len()),
            Some(1)
        );
    }

    #[test]
    fn a_negated_term_is_not_asked_for() {
        let job = Job::parse("Requirements\n- PostgreSQL, not dozens of microservices\n- Kafka, not Kubernetes\n- Not required: Go\n- You won't be on the on-call rotation\n- This isn't a DBA role\n- Not looking for a Nomad expert\n- It's no secret we love Rust\n- Our own Raft (not etcd/raft, we know)\n- Go / Raft\n");
        // "Not required: Go" is a part that asks for nothing; "Go / Raft"
        // asks for Go.
        assert_eq!(names(&job), ["PostgreSQL", "Kafka", "Rust", "Raft", "Go"]);
        // Only the mention the slash joins is negated.
        let raft = job.terms.iter().find(|t| t.name == "Raft").unwrap();
        assert_eq!(raft.spans.len(), 2, "{:?}", raft.spans);
    }

    #[test]
    fn a_generic_noun_heading_its_examples_is_no_name() {
        let job = Job::parse(
            "Requirements\n- Tools (Terraform, Ansible or similar)\n- Languages (Go, Rust)\n",
        );
        let read = names(&job);
        assert!(
            !read.contains(&"Tools") && !read.contains(&"Languages"),
            "{read:?}"
        );
        assert!(
            read.contains(&"Terraform") && read.contains(&"Rust"),
            "{read:?}"
        );
    }

    #[test]
    fn roles_held_are_no_skill() {
        let job = Job::parse("Requirements\n- 4+ years in infrastructure, platform or DevOps roles\n- Least-privilege roles in IAM\n");
        let read = names(&job);
        assert!(!read.contains(&"DevOps"), "{read:?}");
        let tokenize_all = |s: &str| tokenize(s, &[Span::new(0, s.len())]);
        assert!(names_roles_held(&tokenize_all("years in SRE roles"), 2, 1));
        assert!(!names_roles_held(
            &tokenize_all("least-privilege roles"),
            2,
            1
        ));
        assert!(!names_roles_held(
            &tokenize_all("years in Kafka and its SRE roles"),
            5,
            1
        ));
        assert!(!names_roles_held(
            &tokenize_all("Experience in designing RBAC roles"),
            3,
            1
        ));
        assert!(!names_roles_held(
            &tokenize_all("access in Snowflake with RBAC roles"),
            4,
            1
        ));
    }

    #[test]
    fn a_board_s_chip_the_posting_disowns_is_not_asked_for() {
        // Disowned by a cue, by a part's heading, by a negation, by a move
        // off it; the chips the text does not disown stay.
        for (chips, disowned) in [
            (
                "Tehnologije: Go · Kafka · Terraform",
                "Not needed: Terraform, we are switching it off.",
            ),
            (
                "Go   Kafka   Terraform",
                "What you won't do\nNo infra work: we haven't written Terraform since 2022.",
            ),
            (
                "Go    Kafka    Terraform",
                "What we don't use\nTerraform is gone.",
            ),
            (
                "Skills: Go · Kafka · Terraform",
                "We haven't written Terraform since 2022.",
            ),
            ("Go · Kafka · Terraform", "We moved off Terraform in 2024."),
        ] {
            let text = format!("Backend engineer\n\nRequirements\n- Go\n\n{chips}\n\n{disowned}\n");
            let job = Job::parse(&text);
            let mut found = names(&job);
            found.sort_unstable();
            assert_eq!(found, ["Go", "Kafka"], "{text}");
        }
        // Written otherwise in the disowned words ("let it go"): kept.
        let job = Job::parse("Backend engineer\n\nRequirements\n- Kafka\n\nSkills: Go · Kafka · Terraform\n\nWhat you won't need\nJava. We let it go in 2021.\n");
        assert!(names(&job).contains(&"Go"), "{:?}", names(&job));
        // A semicolon's repeated name disowns that name, not its clause.
        let job = Job::parse("Requirements\n- Our pipeline is Go and Kafka, with some legacy Perl; you won't need Perl.\n");
        assert_eq!(names(&job), ["Go", "Kafka"]);
        // Asked for in the text as well as chipped: kept; a chip row alone
        // is the job's.
        let job = Job::parse("Backend engineer\n\nRequirements\n- Terraform and Go\n\nGo · Kafka · Terraform\n\nNot needed: Java.\n");
        assert!(names(&job).contains(&"Terraform"), "{:?}", names(&job));
        let job = Job::parse("Backend engineer\n\nRequirements\n- Go\n\nTehnologije: Go · Kafka · Terraform\n\nWe ship weekly.\n");
        assert!(names(&job).contains(&"Terraform"), "{:?}", names(&job));
    }

    #[test]
    #[cfg(feature = "job-lexicon")]
    fn a_country_before_a_law_s_name_is_no_product_s_name() {
        for posting in [
            "Requirements\n- Knowledge of the Swiss Data Protection Act (nDSG)\n",
            "Requirements\n- The Kenya Data Protection Act\n",
        ] {
            let job = Job::parse(posting);
            assert!(
                names(&job).contains(&"Data Protection Act"),
                "{posting}: {:?}",
                names(&job)
            );
        }
    }

    #[test]
    fn a_skills_chip_row_lists_the_names_the_text_names_again() {
        // Most chips known: a wide gap parts its items as a comma does,
        // and an unknown chip the text names again is asked for.
        let text = "Skill requirement\nGo   Kafka   Docker   Wavelet   Glimmer   Terraform\n\nOne codebase for Wavelet and Glimmer phones.\n";
        let job = Job::parse(text);
        let read = names(&job);
        for asked in ["Go", "Wavelet", "Glimmer", "Terraform"] {
            assert!(read.contains(&asked), "{asked}: {read:?}");
        }
        assert!(!read.iter().any(|n| n.contains("Wavelet ")), "{read:?}");
        // Named in the row alone: the board's tag.
        let text =
            "Skills and Expertise\nJava   Docker   Wavelet   Kafka\n\nWe test our Java services.\n";
        assert!(!names(&Job::parse(text)).contains(&"Wavelet"));
        // Named again only in the title (a part that names no requirement).
        let text =
            "Senior Wavelet Engineer\n\nGo   Kafka   Docker   Wavelet\n\nRequirements\n- Go\n";
        assert!(!names(&Job::parse(text)).contains(&"Wavelet"));
        // A row of links, few chips known: no list at all.
        let text = "Privacy Policy   Terms   Wavelet   Glimmer\n\nRequirements\n- Go\n\nWavelet and Glimmer\n";
        let job = Job::parse(text);
        let read = names(&job);
        assert!(
            !read.contains(&"Wavelet") && !read.contains(&"Glimmer"),
            "{read:?}"
        );
    }

    #[test]
    fn a_term_said_unneeded_or_passed_over_is_not_asked_for() {
        let job = Job::parse(
            "Requirements\n- Rust isn't required, but a plus\n- Go isn't needed on day one\n- Kafka isn't required upfront, you will pick it up\n",
        );
        assert_eq!(names(&job), ["Rust", "Go", "Kafka"]);
        let job = Job::parse("Requirements\n- Python isn't needed, it's all TypeScript\n- Kotlin isn't required\n- We run Kanban rather than Scrum\n- Postgres instead of the old Oracle\n- Kafka rather than Pulsar\n- Rust is needed\n");
        let read = names(&job);
        for asked in ["TypeScript", "Postgres", "Kafka", "Rust"] {
            assert!(read.contains(&asked), "{asked}: {read:?}");
        }
        for not in ["Python", "Kotlin", "Scrum", "Oracle", "Pulsar"] {
            assert!(
                !read.iter().any(|n| n.eq_ignore_ascii_case(not)),
                "{not}: {read:?}"
            );
        }
        // A comma ends the reach: "rather than Kafka, Redis" asks for Redis.
        let job = Job::parse("Requirements\n- rather than Kafka, Redis\n");
        assert_eq!(names(&job), ["Redis"]);
    }

    #[test]
    fn a_past_stack_said_in_french_portuguese_german_or_done_is_not_asked_for() {
        if !cfg!(feature = "job-lexicon") {
            return;
        }
        let job = Job::parse("Requirements\n- Nous avons abandonné VMware en 2024 pour Kubernetes\n- Os últimos sistemas em Oracle foram desligados em 2023\n- Die alten Jenkins-Jobs und die VMs im eigenen Rechenzentrum in Gratkorn haben wir 2024 abgelöst.\n- We finished moving off our old ColdFusion app in 2023\n- Terraform\n");
        assert_eq!(names(&job), ["Kubernetes", "Terraform"]);
        // A move from a stack going on, or German's verb with another
        // subject, keeps the name; a move off one going on leaves it.
        let job = Job::parse(
            "Requirements\n- We are moving from Heroku to AWS\n- Flink hat Spark abgelöst\n- We're part-way through moving our data access off TypeORM onto Kysely\n",
        );
        let read = names(&job);
        assert!(
            read.contains(&"Heroku") && read.contains(&"Flink") && !read.contains(&"TypeORM"),
            "{read:?}"
        );
        // A going-on verb opening a duty's line asks for the stack it
        // works on.
        let job = Job::parse(
            "What you'll do\n- Retiring our legacy Jenkins pipelines\n- Migrating workloads off Heroku onto AWS\n- Phasing out Nagios\n",
        );
        let said = names(&job);
        for want in ["Jenkins", "Heroku", "Nagios"] {
            assert!(said.iter().any(|n| n.starts_with(want)), "{want}: {said:?}");
        }
    }

    #[test]
    fn the_company_s_past_stack_is_not_asked_for() {
        if !cfg!(feature = "job-lexicon") {
            return;
        }
        let job = Job::parse("Requirements\n- We retired Jenkins in 2024 and moved off Heroku to AWS.\n- Terraform; we moved away from MongoDB last year\n- Replace our CircleCI jobs\n- We replaced RabbitMQ with Kafka\n- You have replaced Chef with Ansible\n- We retired our old Nomad\n");
        assert_eq!(
            names(&job),
            ["AWS", "Terraform", "CircleCI", "Kafka", "Ansible", "Chef"]
        );
        let job = Job::parse("Requirements\n- Migrate our services to Kubernetes\n- We migrated off Jenkins last year\n");
        assert_eq!(names(&job), ["migrations", "Kubernetes"]);
        let lx = tailor_lexicon();
        let kind = |k: &str| -> Vec<&str> {
            crate::lexicon::entries(super::super::data::job_list("jd_roles"))
                .filter_map(|l| l.strip_prefix(k))
                .flat_map(|w| w.split(','))
                .map(str::trim)
                .collect()
        };
        let words = kind("retired:");
        assert!(!words.is_empty());
        for m in kind("moved:") {
            for l in kind("leaving:") {
                let job = Job::parse(&format!(
                    "Requirements\n- We {m} {l} Jenkins.\n- Terraform\n"
                ));
                assert!(names(&job) == ["Terraform"], "{m} {l}: {:?}", names(&job));
            }
        }
        for w in kind("purchase:") {
            assert!(lx.is_role_word(RoleWord::Purchase, w), "{w}");
            let job = Job::parse(&format!(
                "Requirements\n- Terraform; renew our Datadog {w} each year.\n"
            ));
            assert_eq!(names(&job), ["Terraform"], "{w}");
        }
        let job = Job::parse("Anforderungen\n- Du hast keine Scheu vor Kubernetes\n- Keine Berührungsängste mit Linux\n");
        assert_eq!(names(&job), ["Kubernetes", "Linux"]);
        for w in kind("unnegated:") {
            assert!(lx.is_role_word(RoleWord::Unnegated, w), "{w}");
            let job = Job::parse(&format!("Requirements\n- Terraform; no {w} Jenkins.\n"));
            assert_eq!(names(&job), ["Terraform", "Jenkins"], "{w}");
        }
        for w in kind("negation:") {
            assert!(lx.is_role_word(RoleWord::Negation, w), "{w}");
            let job = Job::parse(&format!("Requirements\n- Terraform; {w} Jenkins.\n"));
            assert_eq!(names(&job), ["Terraform"], "{w}");
        }
        for d in kind("determiner:") {
            let job = Job::parse(&format!(
                "Requirements\n- We retired {d} Jenkins.\n- Terraform\n"
            ));
            assert!(!names(&job).contains(&"Jenkins"), "{d}");
        }
        for w in words {
            assert!(lx.is_role_word(RoleWord::Retired, w), "{w}");
            let job = Job::parse(&format!(
                "Requirements\n- We {w} Jenkins last year.\n- Terraform\n"
            ));
            assert_eq!(names(&job), ["Terraform"], "{w}");
        }
    }

    #[test]
    fn a_name_joined_to_or_described_after_a_retired_one_is_retired_too() {
        if !cfg!(feature = "job-lexicon") {
            return;
        }
        for line in [
            "In 2024 we moved off New Relic and a homegrown Rundeck setup.",
            "We retired the last hand-built EC2 fleet.",
            "Last year we retired Jenkins and the last of our hand-written CloudFormation stacks.",
            "Nous avons quitté nos serveurs dédiés et Jenkins en 2023.",
            "Two years ago we replaced an ageing Splunk deployment with Microsoft Sentinel.",
        ] {
            let job = Job::parse(&format!("About us\n{line}\nRequirements\n- Terraform\n"));
            let said = names(&job);
            for gone in [
                "Rundeck",
                "EC2",
                "CloudFormation",
                "Jenkins",
                "Splunk",
                "New Relic",
            ] {
                assert!(!said.contains(&gone), "{line}: {said:?}");
            }
        }
        for line in [
            "We deprecated the v1 API and GraphQL is the future.",
            "We removed toil and Kubernetes is our platform.",
            "We moved off Heroku and Kubernetes on GKE is where you will work.",
            "We retired Jenkins and our new GitHub Actions pipelines.",
        ] {
            let job = Job::parse(&format!("Requirements\n- {line}\n"));
            let said = names(&job);
            assert!(
                ["GraphQL", "Kubernetes", "GitHub Actions"]
                    .iter()
                    .any(|k| said.contains(k)),
                "{line}: {said:?}"
            );
        }
        let job = Job::parse("Requirements\n- We replaced RabbitMQ with Kafka and Flink\n- We retired Jenkins and adopted GitHub Actions\n- We removed support for Kubernetes\n- We retired Jenkins. Kafka and Go\n");
        let said = names(&job);
        for kept in ["Kafka", "Flink", "GitHub Actions", "Kubernetes", "Go"] {
            assert!(said.contains(&kept), "{kept}: {said:?}");
        }
    }

    #[test]
    fn a_portuguese_no_is_an_article() {
        let job = Job::parse("Requisitos\n- Modelar os dados no Terraform para as áreas de crédito\n- Hoje rodamos tudo no GitHub Actions com deploy diário e testes em todo pull request\n- Você vai trabalhar com o time de dados\n");
        assert_eq!(names(&job), ["Terraform", "GitHub Actions", "testing"]);
        let job =
            Job::parse("Requisitos\n- Experiencia en Go, no Kotlin, con el equipo de datos\n");
        assert_eq!(names(&job), ["Go"]);
        // In English "no" before a name is still a negation, a stray "de" or not.
        let job = Job::parse("Requirements\n- Go; no Kubernetes experience needed, de facto\n");
        assert_eq!(names(&job), ["Go"]);
    }

    #[test]
    fn a_talk_s_topic_is_no_skill() {
        let job = Job::parse("Requirements\n- Kafka and Go\n- Bonus: your talk on Rust at a meetup, or a podcast about Terraform\n- Work on Kubernetes\n");
        assert_eq!(names(&job), ["Kafka", "Go", "Kubernetes"]);
        // A generated name too (the job lexicon's).
        #[cfg(feature = "job-lexicon")]
        {
            let job = Job::parse("Requirements\n- Go\n- Bonus: your talk on Phoenix PubSub\n");
            assert_eq!(names(&job), ["Go"]);
        }
        // No list read from the posting's structure brings a refused
        // name back as a phrase of its own.
        let job = Job::parse("Hi Sam,\n\nI came across your talk on stream processing at the JUG.\n\nRequirements\n- Java\n");
        assert_eq!(names(&job), ["Java"]);
        // The verb asks for what is talked about.
        let job =
            Job::parse("Requirements\n- Know PostgreSQL well enough to talk about query tuning\n");
        assert_eq!(names(&job), ["PostgreSQL", "query tuning"]);
        // The verb with a stage after the name is a talk.
        let job = Job::parse(
            "Requirements\n- Go\n\nOur CTO will talk about Kafka at QCon, and speak on Rust at meetups.\n",
        );
        assert_eq!(names(&job), ["Go"]);
        let job = Job::parse("Requirements\n- Able to talk about Kubernetes at C-level\n");
        assert_eq!(names(&job), ["Kubernetes"]);
        // A profile to link is no skill; a product of the same name is.
        #[cfg(feature = "job-lexicon")]
        for text in [
            "GitHub or GitLab profile (optional)",
            "Link al profilo LinkedIn o GitHub",
            "A link to your GitHub profile",
        ] {
            let job = Job::parse(&format!("Requirements\n- Go\n\nApply\n{text}\n"));
            assert_eq!(names(&job), ["Go"], "{text}");
        }
        #[cfg(feature = "job-lexicon")]
        {
            let job =
                Job::parse("Requirements\n- GitHub Actions and GitLab CI\n- Profile Go services\n");
            assert!(names(&job).contains(&"GitHub Actions"), "{:?}", names(&job));
            let job = Job::parse("Requirements\n- Scrum\n\nIhr Profil\n- Kotlin\n");
            assert!(names(&job).contains(&"scrum"), "{:?}", names(&job));
            // A profile that is a kind of person, or a product's feature.
            let job = Job::parse("Requirements\n- Go\n\nYou listed Jepsen on your profile.\n");
            assert_eq!(names(&job), ["Go"]);
            for (text, want) in [
                ("Cerchiamo un profilo Java senior", "Java"),
                ("Buscamos un perfil Python", "Python"),
                (
                    "Manage Salesforce profiles and permission sets",
                    "Salesforce",
                ),
            ] {
                let job = Job::parse(&format!("Requirements\n- {text}\n"));
                assert!(names(&job).contains(&want), "{text}: {:?}", names(&job));
            }
        }
    }

    #[test]
    #[cfg(feature = "job-lexicon")]
    fn contract_terms_articles_and_chat_chrome_name_no_skill() {
        for text in [
            "Regime CLT, 100% remoto; PLR anual",
            "RAL tra 45.000 e 58.000 €, CCNL Commercio",
            "Regolamento (UE) 2016/679",
            "Due biglietti al mese per gli spettacoli dei nostri clienti",
            "Tempo indeterminato",
            "Una prima alla Scala",
            "Read the pinned message before posting.",
        ] {
            let job = Job::parse(&format!("Requisiti\n- Go\n\n{text}\n"));
            assert_eq!(names(&job), ["Go"], "{text}");
        }
        // Written as the names they are, they are asked for.
        let job = Job::parse(
            "Requirements\n- DEI hiring practices\n- Messaging with Kafka\n- Grafana Tempo\n",
        );
        let found = names(&job);
        for want in ["diversity and inclusion", "messaging", "Grafana Tempo"] {
            assert!(found.contains(&want), "{want}: {found:?}");
        }
    }

    #[test]
    fn counted_machines_are_the_employer_s_kit() {
        let t = |s: &str| crate::text::tokenize(s, &[Span::new(0, s.len())]);
        for (s, at) in [("72 nodes, 288 GPUs", 4), ("an 8-GPU box", 3)] {
            let toks = t(s);
            assert_eq!(
                toks[at].lower.to_ascii_lowercase().trim_end_matches('s'),
                "gpu",
                "{s}"
            );
            assert!(super::counts_machines(&toks, at, 1), "{s}");
        }
        for (s, at) in [
            ("GPU programming", 0),
            ("1000+ GPU clusters", 2),
            ("3 Kafka clusters", 1),
        ] {
            assert!(!super::counts_machines(&t(s), at, 1), "{s}");
        }
    }

    #[test]
    fn a_derived_word_shares_its_root() {
        for (said, canonical) in [
            ("concurrent", "concurrency"),
            ("idempotent", "idempotency"),
            ("observable", "observability"),
            ("Resilient", "resilience"),
            ("containerized", "containers"),
        ] {
            assert!(super::is_a_derived_word(said, canonical), "{said}");
        }
        for (said, canonical) in [
            ("secure", "security"),
            ("monitoring", "observability"),
            ("concurrency", "concurrency"),
            ("data modeling", "modeling"),
            ("postgres", "PostgreSQL"),
        ] {
            assert!(!super::is_a_derived_word(said, canonical), "{said}");
        }
    }

    use super::*;

    #[test]
    fn a_name_in_capitals_is_no_plural_word() {
        let job = Job::parse("Requirements: GAMS and AMPL models for Ember Hollow Games.");
        let said: Vec<&str> = job.terms.iter().map(|t| t.spans[0].of(&job.text)).collect();
        assert!(
            said.contains(&"GAMS") && !said.contains(&"Games"),
            "{said:?}"
        );
        // Nor a word a heading writes in capitals: "GAMES" stems as "GAMS" does.
        let job =
            Job::parse("BRAMBLEGATE GAMES\n\nRequirements\n- GAMS models\n- C++ on game servers\n");
        let said: Vec<&str> = job
            .terms
            .iter()
            .flat_map(|t| t.spans.iter().map(|s| s.of(&job.text)))
            .collect();
        assert!(
            said.contains(&"GAMS") && !said.contains(&"GAMES"),
            "{said:?}"
        );
    }

    #[cfg(feature = "job-lexicon")]
    #[test]
    fn a_name_in_capitals_is_read_as_a_form_writes_it() {
        // NGINX's form "Nginx", in prose; "NgInX" is no form ("nginx", the
        // project's own spelling, is).
        let said = |text: &str| {
            let job = Job::parse(text);
            job.terms
                .iter()
                .flat_map(|t| t.spans.iter().map(|s| s.of(&job.text).to_string()))
                .collect::<Vec<_>>()
        };
        assert!(
            said("Requirements\n- Go\n\nWe run Nginx in front of the API.")
                .contains(&"Nginx".to_string())
        );
        assert!(
            !said("Requirements\n- Go\n\nWe run NgInX in front of the API.")
                .contains(&"NgInX".to_string())
        );
        // A name its own forms write in small letters is no acronym:
        // nginx's project writes it so.
        let job = Job::parse("What we run\n- nginx and Varnish at the edge\n");
        let said: Vec<&str> = job.terms.iter().map(|t| t.spans[0].of(&job.text)).collect();
        assert!(said.contains(&"nginx"), "{said:?}");
        // Not a path's or an image's word.
        let job =
            Job::parse("Requirements\n- Go\nFROM nginx:1.27\nCOPY dist/ /usr/share/nginx/html/\n");
        assert!(
            job.terms
                .iter()
                .all(|t| t.name != "NGINX" && t.name != "nginx"),
            "{:?}",
            job.terms
        );
    }

    #[test]
    fn a_word_shares_the_next_item_s_noun() {
        let job = Job::parse("- Write unit and integration tests\n- Lead design and code reviews");
        let named: Vec<(&str, &str)> = job
            .terms
            .iter()
            .map(|t| (t.name.as_str(), t.spans[0].of(&job.text)))
            .collect();
        assert_eq!(
            named,
            [
                ("unit testing", "unit"),
                ("integration testing", "integration tests"),
                ("design reviews", "design"),
                ("code review", "code reviews")
            ]
        );
        // The last item need not be known: "component tests" is not.
        let job = Job::parse("- Write unit and component tests with Jest");
        assert!(names(&job).contains(&"unit testing"), "{:?}", names(&job));
        // A line that ends on its "and" wraps on.
        for wrapped in ["Unit and\nintegration tests", "Unit and\ncomponent tests"] {
            let job = Job::parse(wrapped);
            assert!(names(&job).contains(&"unit testing"), "{wrapped}");
        }
        // No shared noun, a line between, or a known first word: no elision.
        for none in [
            "Unit,\nintegration tests",
            "Kafka and integration tests",
            "Unit\ncomponent tests",
            "Unit and\n\nintegration tests",
            "- Unit and component",
        ] {
            let job = Job::parse(none);
            assert!(job.terms.iter().all(|t| t.name != "unit testing"), "{none}");
        }
        for (none, not) in [
            (
                "- Design and implement systems for search",
                "design systems",
            ),
            ("- Work with data and ML engineers", "data engineering"),
            ("- Build and maintain pipelines in Airflow", "CI/CD"),
            ("- Build pipelines that load events into Snowflake", "CI/CD"),
        ] {
            let job = Job::parse(none);
            let named: Vec<String> = job
                .terms
                .iter()
                .map(|t| match t.key {
                    super::TermKey::Concept(c) => tailor_lexicon().concepts[c].name.clone(),
                    _ => t.name.clone(),
                })
                .collect();
            assert!(!named.iter().any(|n| n == not), "{none}: {named:?}");
        }
    }

    #[test]
    #[cfg(feature = "job-lexicon")]
    fn a_style_compound_asks_for_its_first_half() {
        let job = Job::parse("- Chase bugs through a Jepsen-style harness\n");
        assert_eq!(names(&job), ["Jepsen"]);
        let job = Job::parse("- Trip data is GDPR-sensitive; be AWS-certified\n");
        assert_eq!(names(&job), ["GDPR", "AWS"]);
    }

    #[test]
    #[cfg(feature = "job-lexicon")]
    fn a_stack_another_team_runs_is_not_asked_for() {
        for line in [
            "Nobody wants them back. The data team runs their own Snowflake account.",
            "The EHR integration team runs its own Mirth Connect interfaces.",
            "Le site est en PHP et maintenu par les équipes produit.",
            "L'équipe Data travaille sur ClickHouse de son côté.",
            "La app móvil en Flutter la hace el equipo de Canales.",
            "Not needed at all: frontend. The React app is Dana's and Dana likes it that way.",
            "The forecasting models are trained by the data science team.",
        ] {
            let job = Job::parse(&format!("About us\n{line}\nRequirements\n- Terraform\n"));
            assert_eq!(names(&job), ["Terraform"], "{line}");
        }
        let job = Job::parse("Requirements\n- You'll run your own Kubernetes clusters\n- Each team, with you, owns its own Kafka topics\n- Flink with its own state store\n- Go services maintained by you\n- Redis is Europe's favourite store here\n");
        assert_eq!(names(&job), ["Kubernetes", "Kafka", "Flink", "Go", "Redis"]);
        // The hire's own team or product, a duty on another team's work,
        // and a clause on the next line.
        for (posting, kept) in [
            ("Requirements\n- Our platform runs its own Kubernetes clusters across three regions\n", "Kubernetes"),
            ("Requirements\n- Our core product runs its own Kafka cluster\n", "Kafka"),
            ("About\nYou will join the Platform team. The team runs its own Kubernetes clusters.\n", "Kubernetes"),
            ("Requirements\n- Serve PyTorch models trained by the research team at low latency\n", "PyTorch"),
            ("Requirements\n- Review Terraform written by product teams\n", "Terraform"),
            ("Requisitos\n- Experiencia con Kafka gestionado por el equipo de datos\n", "Kafka"),
            ("Requirements\n- Go\nDe son côté, notre équipe aime le café.\n", "Go"),
        ] {
            assert!(names(&Job::parse(posting)).contains(&kept), "{posting}");
        }
    }

    #[test]
    #[cfg(feature = "job-lexicon")]
    fn a_term_left_to_another_team_is_not_asked_for() {
        let job = Job::parse(
            "Requisitos\n- Java y Spring Boot\n- El frontend (Angular) lo lleva otro equipo\n",
        );
        assert_eq!(names(&job), ["Java", "Spring Boot"]);
        let job = Job::parse("Requirements\n- Kafka, shared with another team\n- Go\n");
        assert_eq!(names(&job), ["Kafka", "Go"]);
        let job = Job::parse("Requirements\n- Angular, together with other teams\n");
        assert_eq!(names(&job), ["Angular"]);
        // Another team as the term's users, keepers or a place the hire was.
        for kept in [
            "Build Go services consumed by another team",
            "Previous Go experience in a different team is fine",
            "Go services that another team maintains",
            "Lead Go upgrades and help another team adopt them",
        ] {
            let job = Job::parse(&format!("Requirements\n- {kept}\n"));
            assert!(names(&job).contains(&"Go"), "{kept}: {:?}", names(&job));
        }
        let elsewhere = &tailor_lexicon().page_words.elsewhere;
        assert!(elsewhere.len() >= 10);
        for w in elsewhere {
            let said = format!("Angular lo lleva {w}");
            let t = tokenize(&said, &[Span::new(0, said.len())]);
            assert!(left_to_another_team(&t, 1, &said), "{w}");
        }
    }

    #[test]
    #[cfg(feature = "job-lexicon")]
    fn a_name_joined_to_a_word_of_another_language_is_asked_for() {
        let job = Job::parse(
            "Mitä toivomme sinulta\n• Kubernetes-kokemus tuotannosta\n• Vahva Linux-osaaminen\n\
             • AWS-palvelujen tuntemus\n• Ylläpidät PostgreSQL-tietokantoja\n",
        );
        assert_eq!(names(&job), ["Kubernetes", "Linux", "AWS", "PostgreSQL"]);
        // Georgian and Armenian case endings: the name, in its own script's
        // ending; not a name no lexicon knows, nor one in lowercase.
        let job = Job::parse(
            "მოთხოვნები\n• TypeScript-ის ან Kafka-ს ცოდნა\n• GitLab CI-ში\n• Go-ով ծրագրավորում\n• ცოდნა Zorblat-ის და go-ს\n",
        );
        assert_eq!(names(&job), ["TypeScript", "Kafka", "GitLab CI", "Go"]);
        assert!(is_a_native_ending("ის") && is_a_native_ending("кластер"));
        assert!(is_a_native_ending("இல்") && is_a_native_ending("களை"));
        assert!(is_a_lowercase_term("bootloader"));
        assert!(!is_a_lowercase_term("rust") && !is_a_lowercase_term("Kafka"));
        assert!(!is_a_lowercase_term("mail"));
        assert!(!is_a_native_ending("based") && !is_a_native_ending("ból"));
        assert!(!is_a_native_ending("") && !is_a_native_ending("3"));
        // Not an everyday word's name, a name going on, or English's own.
        for (head, tail) in [
            ("Go", "live"),
            ("Spring", "loaded"),
            ("GCP", "only"),
            ("Python", "3"),
            ("Jira", "wrangling"),
            ("Go", "Live"),
            ("Rest", "Budget"),
            ("Helm", "charts"),
            ("Security", "Team"),
            ("SRE", "team"),
            ("Chef", "Architekten"),
            ("Express", "Lieferung"),
            ("Lead", "Entwickler"),
            ("Swift", "Zahlungen"),
        ] {
            assert!(!is_a_named_compound(head, tail), "{head}-{tail}");
        }
        assert!(is_a_named_compound("Kafka", "Cluster"));
        // A German noun after a name that is also an English word, or
        // after a practice's ("Helm-Charts", "Observability-Plattform").
        for (head, tail) in [
            ("Helm", "Charts"),
            ("Backstage", "Portal"),
            ("Observability", "Plattform"),
        ] {
            assert!(is_a_named_compound(head, tail), "{head}-{tail}");
        }
        // A known acronym of a practice or a rule: "NIS2-richtlijn".
        assert!(is_a_named_compound("NIS2", "richtlijn"));
        assert!(
            !is_a_named_compound("ABCD", "richtlijn"),
            "no known acronym"
        );
        assert!(
            !is_a_named_compound("kafka", "cluster"),
            "written with its capital"
        );
        // A known name with a capital inside: "GitOps-prinsippet".
        assert!(is_a_named_compound("GitOps", "prinsippet"));
        assert!(has_an_inner_capital("DevOps"));
        for not in ["Go", "Observability", "GITOPS"] {
            assert!(!has_an_inner_capital(not), "{not}");
        }
        // Norwegian's and Danish's inflected acronym: "SLO-er", "API-ene".
        assert!(is_a_named_compound("SLO", "er"));
        assert!(is_a_named_compound("API", "ene"));
        assert!(is_a_named_compound("API", "k"));
        assert!(is_a_named_compound("API", "uri"));
        for (head, tail) in [("Slo", "er"), ("ZZQ", "er"), ("SLO", "only")] {
            assert!(!is_a_named_compound(head, tail), "{head}-{tail}");
        }
        let job = Job::parse("Krav\n- Definere SLO-er sammen med produktteamene\n");
        assert_eq!(names(&job), ["SLOs"]);
    }

    #[test]
    #[cfg(feature = "job-lexicon")]
    fn a_name_of_more_words_joined_to_a_word_of_another_language_is_asked_for() {
        let job = Job::parse(
            "Kvalifikasjoner\n• Erfaring med Delta Lake-tabeller og Power BI-rapporter\n\
             • Spring Boot-tjenester i Azure DevOps-pipelines\n• Du skal holde CI/CD-pipelinene grønne\n\
             • Баары Docker контейнерлеринде, Yandex Cloud'до иштейт\n",
        );
        let mut said: Vec<&str> = job.terms.iter().map(|t| t.spans[0].of(&job.text)).collect();
        said.sort_unstable();
        assert_eq!(
            said,
            [
                "Azure DevOps",
                "CI/CD",
                "Delta Lake",
                "Docker",
                "Power BI",
                "Spring Boot",
                "Yandex Cloud"
            ]
        );
        // A lowercase word, a number, an English verb's form or a line
        // break joins no name.
        for text in [
            "• Delta Lake-3 tables",
            "• Power BI-wrangling teams",
            "• Spring Boot-\nservices",
            "• spring boot-tjenester",
        ] {
            let tokens = tokenize(text, &[Span::new(0, text.len())]);
            assert!(name_before_a_hyphen(&tokens, 1, text).is_none(), "{text}");
        }
    }

    #[test]
    #[cfg(feature = "job-lexicon")]
    fn a_declining_language_s_ending_after_a_hyphen_keeps_the_name() {
        // Hungarian: "in GitLab CI", "with Docker", "with Git".
        let job = Job::parse(
            "Elvárások\n- A CI folyamat karbantartása GitLab CI-ban\n- Docker-rel és Git-tel\n",
        );
        let mut said: Vec<&str> = job.terms.iter().map(|t| t.spans[0].of(&job.text)).collect();
        said.sort_unstable();
        assert_eq!(said, ["CI", "Docker", "Git", "GitLab CI"]);
        // Estonian: "they run in GitLab CI", an acronym's "-s".
        let job = Job::parse("Nõuded\n- Testid jooksevad GitLab CI-s iga muudatuse peale\n");
        let said: Vec<&str> = job.terms.iter().map(|t| t.spans[0].of(&job.text)).collect();
        assert_eq!(said, ["GitLab CI"]);
        // An ending on a word of more words' name is two letters or more;
        // a vowel doubles nothing.
        let text = "- GitLab Runner-t";
        let tokens = tokenize(text, &[Span::new(0, text.len())]);
        assert!(name_before_a_hyphen(&tokens, 1, text).is_none(), "{text}");
        assert!(super::super::inflected::doubles_into("docker", "rel"));
        assert!(!super::super::inflected::doubles_into("docker", "val"));
        assert!(!super::super::inflected::doubles_into("java", "aal"));
        assert!(!super::super::inflected::doubles_into("docker", "rels"));
    }

    #[test]
    #[cfg(feature = "job-lexicon")]
    fn a_turkic_ending_after_an_apostrophe_keeps_the_name() {
        // Uzbek and Turkish: "freely on Linux", "in Redis", "on Kubernetes".
        let job = Job::parse("Talablar\n- Linux'da erkin ishlash\n- Redis'da va Kubernetes’te\n");
        let mut said: Vec<&str> = job.terms.iter().map(|t| t.spans[0].of(&job.text)).collect();
        said.sort_unstable();
        assert_eq!(said, ["Kubernetes", "Linux", "Redis"]);
        // English keeps its contractions and possessives; a lowercase or
        // unknown head names nothing.
        for text in ["Kafka's", "don't", "Linux'", "linux'da", "Qwerty'de"] {
            let tokens = tokenize(text, &[Span::new(0, text.len())]);
            assert!(suffixed_head(&tokens[0], text).is_none(), "{text}");
        }
    }

    #[test]
    #[cfg(feature = "job-lexicon")]
    fn onboarding_beside_hiring_is_the_onboarding_of_new_engineers() {
        let lx = tailor_lexicon();
        let is_onboarding = |t: &Term| matches!(t.key, TermKey::Concept(c) if lx.concepts[c].name == super::super::data::ENGINEER_ONBOARDING);
        for text in [
            "- Hire: owning the hiring plan, interviews and onboarding",
            "- Hiring for two roles, and making onboarding better for everyone",
        ] {
            let job = Job::parse(&format!("Requirements\n{text}\n"));
            assert!(
                job.terms.iter().any(is_onboarding),
                "{text}: {:?}",
                names(&job)
            );
        }
        // No word of hiring on its line, or whose onboarding it is before it.
        for text in [
            "- Improve the developer experience of our CLI and onboarding",
            "- Hiring for the team\n- Own onboarding flows",
            "- Seller onboarding and interviews with vendors",
            // The review's: the employer hiring, a user's interviews,
            // another clause, a contract's kind, the person hired.
            "We are hiring a senior engineer to rebuild onboarding and checkout.",
            "- Run user interviews and improve the onboarding experience",
            "- Build onboarding flows; work with the recruiting tools team",
            "- Improve the dashboard and onboarding (this is a contract to hire role)",
            "- Hired as the first mobile engineer; rebuilt onboarding for 2M users",
        ] {
            let job = Job::parse(&format!("Requirements\n{text}\n"));
            assert!(
                !job.terms.iter().any(is_onboarding),
                "{text}: {:?}",
                names(&job)
            );
        }
    }

    #[test]
    #[cfg(feature = "job-lexicon")]
    fn a_tool_s_name_is_no_practice_s_abbreviation() {
        // Mozilla's SOPS is no standard operating procedure; difficult
        // feedback is constructive feedback's.
        let job = Job::parse("Requirements\n- Manage Kubernetes secrets with SOPS and age\n- Giving difficult feedback\n");
        let said = names(&job);
        assert!(!said.iter().any(|n| n.contains("operating")), "{said:?}");
        assert!(
            !said.iter().any(|n| n.contains("conversations")),
            "{said:?}"
        );
    }

    #[test]
    #[cfg(feature = "job-lexicon")]
    fn a_longer_stem_form_wins_over_its_first_word_s_plain_form() {
        // "angol" is English; "angol nyelvtudás" (English language skills)
        // says more, and its span covers both words.
        let job = Job::parse("Elvárások\n- Angol nyelvtudás\n- Műszaki dokumentáció készítése\n");
        let said: Vec<&str> = job.terms.iter().map(|t| t.spans[0].of(&job.text)).collect();
        assert_eq!(said, ["Angol nyelvtudás", "Műszaki dokumentáció"]);
    }

    #[test]
    fn a_list_of_other_jobs_runs_over_their_titles() {
        // Before: each title, shaped as a heading, ended the skipped part
        // ("Lead Go Developer (Rust, Kafka)" asked for Go, Rust, Kafka).
        let job = Job::parse(
            "Requirements\n- Java\n\nJobs you might be interested in\n\
             Senior Full Stack Developer (Angular + Node)\nLead Go Developer (Rust, Kafka)\n\n\
             Staff Engineer, Payments\nAcme · Remote\n",
        );
        assert_eq!(names(&job), ["Java"]);
        // The job's own part after it is read, under any heading that is
        // no job's title (the review's: "About the role", "Your profile").
        for heading in [
            "Requirements",
            "About the role",
            "Your profile",
            "Tech stack",
        ] {
            let job = Job::parse(&format!(
                "Similar jobs\nLead Go Developer (Rust, Kafka)\nExperienced Backend Engineer (Elixir)\n\n\
                 {heading}\n- Java and PostgreSQL\n"
            ));
            assert_eq!(names(&job), ["Java", "PostgreSQL"], "{heading}");
        }
    }

    #[test]
    fn an_item_holding_its_own_negation_is_no_term() {
        let job = Job::parse("Krav\n- Go\n- Ingen tilkaldevagt\n- Pracujemy bez dyżurów\n");
        assert_eq!(names(&job), ["Go"]);
    }

    #[test]
    fn an_item_with_a_clause_s_word_is_no_term() {
        if !cfg!(feature = "job-lexicon") {
            return;
        }
        let job = Job::parse(
            "Requisitos\n• Projetar APIs REST claras (usamos OpenAPI)\n• Cerimônias do Scrum (planning, daily, review e retrospectiva)\n",
        );
        let said = names(&job);
        assert!(said.contains(&"OpenAPI"), "{said:?}");
        assert!(
            !said
                .iter()
                .any(|n| n.contains(' ') && (n.contains("usamos") || n.contains(" e "))),
            "{said:?}"
        );
        // A term's own words are no clause's: "Delta Lake", "load balancing".
        let job = Job::parse("Requirements\n- Delta Lake, Iceberg or Hudi table formats\n");
        assert!(names(&job).contains(&"Delta Lake"));
    }

    #[test]
    fn a_notation_glued_to_its_number_is_no_name() {
        let job = Job::parse(
            "Responsibilities:\n- Lead design, e.g. instant settlement on UPI and T+0 payouts\n",
        );
        assert!(
            !names(&job).iter().any(|n| n.starts_with('T')),
            "{:?}",
            names(&job)
        );
        assert!(names(&job).contains(&"UPI"), "{:?}", names(&job));
    }

    #[test]
    fn a_mail_s_signature_and_its_archive_ask_for_nothing() {
        // Thirtieth session: a mailing list's "-- " signature ("KelpFS PMC
        // member") and its archive's attachment line ("scrubbed").
        let job = Job::parse(
            "Requirements\n- Rust\n\nThanks,\nRuna\n\n-- \nRuna Holt\nEngineering lead\nKelpFS PMC member\n\n\
             -------------- next part --------------\nAn HTML attachment was scrubbed...\n\
             URL: <https://lists.example/attachment.html>\n",
        );
        assert_eq!(names(&job), ["Rust"]);
    }

    #[test]
    #[cfg(feature = "job-lexicon")]
    fn a_stack_said_gone_is_not_asked_for() {
        for text in [
            "The old VB6 rating tool is gone, so no need to know it.",
            "We finished moving off Chef in 2024; no need to know it.",
            "We are leaving Informatica behind; you will not need it.",
            "Jenkins has been retired.",
            "We don't use ZooKeeper, and neither is ZooKeeper our friend.",
            "Catatan: kami tidak memakai Java di tim ini.",
            // Twenty-ninth session: a verb's object before "off", a name
            // switched off, a German participle at the clause's end,
            // Italian "non … più", Portuguese "migramos do".
            "We moved the history store off Cassandra in 2024.",
            "We switched the last Jenkins servers off last autumn.",
            "Unser altes Delphi haben wir 2024 abgeschaltet.",
            "Unser altes Delphi-Abrechnungssystem haben wir 2024 abgeschaltet.",
            "Zabbix non lo usiamo più dal 2022.",
            "Il team non usa più Jenkins.",
            "Migramos do Hadoop em 2023.",
            // Thirtieth: an adverb after the copula; German's participle
            // after a place and a time.
            "The Sybase cluster was finally decommissioned.",
            "The last Scala service was retired in 2024.",
            "Die VMware-Cluster im Rechenzentrum Billwerder haben wir Ende 2024 abgeschaltet.",
            "Servrar och Nagios i källaren avvecklades förra året.",
            "Stare serwery Jenkins i maszyny wirtualne VMware wyłączyliśmy w 2024 r.",
            "Zespół pracuje w React – nie będziesz się nimi zajmować.",
            // Thirty-second: a future passive turned off, a phasing out,
            // a retiring going on, a negation over "or".
            "The Oracle estate will be switched off in Q2 next year.",
            "Vi faser ut Nagios i løpet av høsten.",
            "We are phasing out Jenkins.",
            "We are retiring the last Jenkins jobs this quarter.",
            "This role does NOT involve any MongoDB or NoSQL work.",
            "Ainda temos um monolito antigo em PHP que estamos aposentando aos poucos.",
            // Thirty-fourth: out of scope, not asked of the hire, the
            // reader's own question, and the same in Czech, Hungarian,
            // Turkish and Indonesian.
            "Our data engineers use dbt in their own repository, which is out of scope.",
            "You won't be asked to write PHP.",
            "The last Jenkins jobs go this winter and nobody will ask you to maintain them.",
            "gg, do I need CCNP for this?",
            "Staré joby v Jenkinsu vypínáme a nikdo po tobě nebude chtít je udržovat.",
            "Egy külön .NET csapat fejleszti, ez nem ennek a pozíciónak a része.",
            "Bu pozisyonda C# yazmanız beklenmiyor.",
            "Mobil uygulamamız Flutter ile ayrı bir ekip tarafından geliştiriliyor.",
            "Aplikasi mobile dikerjakan oleh tim Flutter, bukan tim ini.",
            // A cue ending its clause, or "either platform", points back
            // over a semicolon; another team's stack "isn't ours".
            "A few services use Gradle; they aren't something you'll need to know.",
            "A few services use Gradle; they aren’t something you’ll need to know.",
            "You won’t be asked to write PHP.",
            "The Oracle Database licence ends in June; this position will not support either platform.",
            "The data team runs Apache Flink on their cluster, and that isn't ours either.",
            // The stack's past told as such; a check before employment.
            "Some history, so you know: until last year we deployed with Jenkins onto Nomad.",
            "You will undergo a pre-employment check, including a National Police Check.",
            // Thirty-fifth: another team's or the past's, over a line
            // break; "either" ending a sentence points at the one before;
            // Greek, Vietnamese and Korean.
            "The mobile developers work in Swift and are not part of this hire.",
            "Our VMware hosts are looked after by the EUC team and are being\ndecommissioned; this role will not work on them.",
            "The finance team builds its reports in Looker. You won't maintain either.",
            "We still have a few services on Heroku; you won't touch them.",
            "Scala appears in old parts of the codebase, but it is not something we will interview for.",
            "Το παλιό back-office σε PHP το συντηρεί εξωτερικός συνεργάτης και δεν αφορά τη θέση.",
            "Đội BI hiện dùng Metabase, ứng viên không cần biết các công cụ này.",
            "관리자 페이지는 레거시 PHP 어드민이며, 이 포지션의 업무 범위에는 포함되지 않습니다.",
            "Aplicația este scrisă în PHP și este întreținută de altă echipă.",
            // Thirty-sixth: Chinese inside a run of characters, Russian,
            // Slovak and Hebrew.
            "舊的 PHP（Laravel）後台預計下線，新進同仁不需要接手；",
            "前端（React 網站、Flutter App）由另一個團隊負責。",
            "Старый Greenplum выводим из эксплуатации до конца года.",
            "Отчёты в Apache Superset строят аналитики — это не ваша зона ответственности.",
            "Aby bolo jasné, čo nepotrebuješ: VMware cluster vypíname do konca roka.",
            "לא נדרש ניסיון ב-Android או iOS – את האפליקציה מפתח צוות אחר.",
            // What has its own team, what is not needed.
            "The frontend (Angular) has its own team.",
            "5/5 not needed: Python (there's none on the platform side) or Jenkins (gone since 2023).",
            "We don't need enterprise LAN or Wi-Fi experience (there's no Cisco Meraki here).",
            "What you won't need\n- Mobile experience: our Android app (Kotlin) has its own team.\n- PHP: the old admin panel is being switched off in June.",
            // Thirty-seventh: a cue's object named again after a
            // semicolon, an agency's keeping, the parts that say
            // what the job is not; Latvian, Serbian, Swahili and Persian.
            "The climate models are written in Fortran by the Modelling group; you will not need Fortran.",
            "The old PHP box-office plugin is maintained by an agency.",
            "What we don't use: Flask or SQLAlchemy.",
            "Type hiring() below, or e-mail us.",
            "What you won't do\nNo mobile work: the Flutter app is built by a separate team. We haven't written PHP since 2022.",
            "Not part of this role\nThe MQTT broker belongs to Firmware, and so does C.",
            "Vecā Oracle datu noliktava tiek izslēgta līdz gada beigām.",
            "Power BI atskaites veido analītikas komanda, un tie šajā amatā nav jāzina.",
            "Jenkins i JMeter više ne koristimo.",
            "Backend je u Javi, ali od tebe ne očekujemo da pišeš Javu.",
            "Mfumo wa zamani wa Microsoft Access unaondolewa mwaka huu na hautahitaji matengenezo.",
            "نسخه iOS را تیم جداگانه‌ای با Swift می‌سازد و در این نقش با آن سروکار ندارید.",
        ] {
            let job = Job::parse(&format!("Requirements\n- Go\n\n{text}\n"));
            assert_eq!(names(&job), ["Go"], "{text}");
        }
        // A move or a switch still asks for where it goes.
        for (text, want) in [
            ("We switched to Kubernetes last year.", "Kubernetes"),
            // The thirty-seventh session's review: a plain label ends a
            // part of what is not needed; a reply's opening is no chrome.
            (
                "What you won't need\nPHP experience.\n\nTools: Terraform, Kubernetes",
                "Kubernetes",
            ),
            (
                "In reply to your questions: the role needs Terraform and Kubernetes.",
                "Kubernetes",
            ),
            (
                "You'll deploy to Kubernetes; the Platform team owns the clusters, so you won't need to.",
                "Kubernetes",
            ),
            ("We turned Kafka into our backbone.", "Kafka"),
            ("We moved our jobs to Airflow from cron.", "Airflow"),
            (
                "Zabbix non è più il nostro strumento, ma Prometheus sì.",
                "Prometheus",
            ),
            // The review's: what replaced the old stays; an object before
            // "from" is a move of data; "left" as kept; a feature off.
            ("Flink hat Spark 2023 abgelöst.", "Flink"),
            ("Kafka hat RabbitMQ abgelöst.", "Kafka"),
            ("Spark wurde 2023 durch Flink abgelöst.", "Flink"),
            ("Kotlin is the only language left in our stack.", "Kotlin"),
            ("Kafka is how we replaced RabbitMQ.", "Kafka"),
            // PCI's scope is no dismissal.
            (
                "Keep card data out of scope through tokenization with Vault.",
                "Vault",
            ),
            // The review's: a cue with a subject of its own points at
            // nothing before its semicolon; "something you'll need to know"
            // unnegated asks; a scope of compliance; a question answered
            // yes; a sentence about history that is no history.
            (
                "We use Rust; the billing monolith isn't ours but you will read it.",
                "Rust",
            ),
            (
                "Kubernetes kullanıyoruz; C# yazmanız beklenmiyor.",
                "Kubernetes",
            ),
            (
                "Terraform is something you'll need to know from day one.",
                "Terraform",
            ),
            (
                "Design tokenization with Vault so that most services are out of scope for PCI.",
                "Vault",
            ),
            ("Do I need Kubernetes experience? Yes.", "Kubernetes"),
            // "either" points back only from a sentence's end.
            (
                "We run Kafka. You won't maintain either Jenkins or Nomad.",
                "Kafka",
            ),
            // Thirty-fifth session's review: the sentence goes on to what
            // is asked; "either" reaches no list's item nor over a blank
            // line; a hard-wrapped passive is still the term's.
            (
                "You won't touch Java, everything new is written in Kotlin with Coroutines.",
                "Kotlin",
            ),
            (
                "Infrastructure is provisioned by a separate platform team using Terraform.",
                "Terraform",
            ),
            (
                "You'll help migrate our Jenkins pipelines to GitHub Actions while Jenkins is being retired.",
                "GitHub Actions",
            ),
            (
                "We can only hire people who have used Django in production.",
                "Django",
            ),
            ("Kafka and Terraform.\n\nYou won't maintain either.", "Kafka"),
            ("- Kafka and Terraform.\nYou won't maintain either.", "Kafka"),
            (
                "Analytics runs on Looker and Tableau, you won't maintain either.",
                "Go",
            ),
            (
                "Some history of running Kafka in production is expected.",
                "Kafka",
            ),
            ("Usiamo Kotlin e non più Java.", "Kotlin"),
            ("Non solo Java: anche Kotlin.", "Java"),
            ("Kafka non è più un esperimento.", "Kafka"),
            // Thirtieth session's review: an instrument, another clause, a
            // name describing the subject.
            (
                "Mit Terraform haben wir Ende 2023 die manuelle Konfiguration der Server abgelöst.",
                "Terraform",
            ),
            (
                "Vi kör Kubernetes sedan VMware avvecklades 2023.",
                "Kubernetes",
            ),
            (
                "Na Kubernetes przeszliśmy gdy VMware wyłączyliśmy.",
                "Kubernetes",
            ),
            ("The Kafka consumers were rewritten in Rust.", "Kafka"),
            ("Kafka messages are rarely dropped.", "Kafka"),
            ("It turned out Kafka was the answer.", "Kafka"),
            ("Kafka will be central to the platform.", "Kafka"),
            ("We rolled out Kubernetes in 2023.", "Kubernetes"),
            ("Experience with Go or Rust.", "Rust"),
            // Thirty-second session's review: a limit, not a negation; a
            // modal's "be"; the name doing the retiring; a duty; an
            // adjective.
            ("You won't just write Terraform or Pulumi here.", "Pulumi"),
            (
                "Own the pipelines so Kafka events must not be dropped.",
                "Kafka",
            ),
            (
                "Terraform state should be removed from laptops.",
                "Terraform",
            ),
            ("Kafka is retiring our old RabbitMQ setup.", "Kafka"),
            ("GitHub Actions is sunsetting Jenkins.", "GitHub Actions"),
            ("Kubernetes will be retiring the last VMs.", "Kubernetes"),
            ("Com Kafka estamos desligando o ActiveMQ legado.", "Kafka"),
            (
                "You will take over from our retiring COBOL developer.",
                "COBOL",
            ),
            (
                "Kafka ist das Rückgrat unserer Plattform und wir haben RabbitMQ abgelöst.",
                "Kafka",
            ),
            (
                "Our pipelines moved billions of events from Kafka into BigQuery.",
                "Kafka",
            ),
            (
                "We migrated the day's orders from Postgres into Snowflake.",
                "Postgres",
            ),
            ("We have left Postgres as our source of truth.", "Postgres"),
            (
                "We switched Kubernetes autoscaling off for batch jobs.",
                "Kubernetes",
            ),
        ] {
            let job = Job::parse(&format!("Requirements\n- Go\n\n{text}\n"));
            assert!(names(&job).contains(&want), "{text}: {:?}", names(&job));
        }
        // Asked for: what the stack is, and a comma ends the reach.
        let job = Job::parse(
            "Requirements\n- Kafka is core to us\n- Terraform, and the old box is gone\n",
        );
        assert_eq!(names(&job), ["Kafka", "Terraform"]);
        // Another subject is gone, not the name before it.
        for text in [
            "Terraform and the old scripts are gone",
            "Move workloads to Kubernetes as our VMs are retired",
            "We use Kafka now that RabbitMQ is deprecated",
        ] {
            let job = Job::parse(&format!("Requirements\n- {text}\n"));
            assert_eq!(job.terms.len(), 1, "{text}: {:?}", names(&job));
        }
        let job = Job::parse("Requirements\n- Build Go services as PHP is retired\n");
        assert_eq!(names(&job), ["Go"]);
        // "Shut down" is an imperative too: the duty needs what it shuts.
        let job = Job::parse("Requirements\n- Shut down our Hadoop cluster\n");
        assert_eq!(names(&job), ["Hadoop"]);
        // A name before a hyphen is negated as a name is.
        let job = Job::parse("Requirements\n- Go\n- We do not use Spring Boot-based services\n");
        assert_eq!(names(&job), ["Go"]);
        // What is not needed ends at the turn to what is; "it all on day
        // one" is asked for in time; "not only" is no negation.
        for (text, want) in [
            (
                "You won't need a degree, but you will need strong Go and Kubernetes skills.",
                vec!["Go", "Kubernetes"],
            ),
            (
                "You'll work with Kafka and PostgreSQL every day; no need to know it all on day one.",
                vec!["Kafka", "PostgreSQL"],
            ),
            ("Nicht nur Go, sondern auch Kafka.", vec!["Go", "Kafka"]),
        ] {
            let job = Job::parse(&format!("Requirements\n- {text}\n"));
            assert_eq!(names(&job), want, "{text}");
        }
        // A move going on needs what it moves from.
        let job = Job::parse("Requirements\n- We are moving from CFS to EEVDF\n");
        assert!(names(&job).contains(&"CFS"), "{:?}", names(&job));
    }

    #[test]
    #[cfg(feature = "job-lexicon")]
    fn a_vendor_s_other_product_is_not_the_vendor() {
        let job = Job::parse("Requirements\n- Oracle Forms and Oracle ATG\n- Go\n");
        assert!(!names(&job).contains(&"Oracle"), "{:?}", names(&job));
        let job = Job::parse("Requirements\n- Oracle and PostgreSQL\n- Oracle SQL tuning\n");
        assert!(names(&job).contains(&"Oracle"), "{:?}", names(&job));
    }

    #[test]
    #[cfg(feature = "job-lexicon")]
    fn an_everyday_word_name_after_an_unknown_capital_is_part_of_that_name() {
        let job = Job::parse("- Own Claimdesk Express, our intake form, in Node.js\n");
        assert_eq!(names(&job), ["Node.js"]);
        let job = Job::parse("- Node.js with Express and Koa\n- Using Express daily\n");
        assert_eq!(names(&job), ["Node.js", "Koa", "Express"]);
    }

    #[test]
    fn a_compound_asks_for_its_first_half() {
        let job = Job::parse("Requirements: Kafka-backed services and Kubernetes-native tooling.");
        let said: Vec<&str> = job.terms.iter().map(|t| t.spans[0].of(&job.text)).collect();
        assert_eq!(said, ["Kafka", "Kubernetes"]);
        assert!(Job::parse("Join the on-call rotation, end-to-end.")
            .terms
            .iter()
            .all(|t| t.spans[0].of(&job.text) != "end"));
    }

    fn names(job: &Job) -> Vec<&str> {
        job.terms.iter().map(|t| t.name.as_str()).collect()
    }

    /// A profile's "Badges" panel is skipped as a heading alone; a part
    /// headed "Badges and certifications we value" is the job's. Pruning
    /// old images is no model pruning.
    #[cfg(feature = "job-lexicon")]
    #[test]
    fn a_badges_part_and_pruning_images_read_as_written() {
        let job = Job::parse("Requirements\n- Go\n\nBadges and certifications we value\n- CKA\n");
        assert!(names(&job).contains(&"CKA"), "{:?}", names(&job));
        let job = Job::parse("Requirements\n- Go\n\nBadges\n- CKA\n");
        assert!(!names(&job).contains(&"CKA"), "{:?}", names(&job));
        let job = Job::parse("Requirements\n- Docker, including pruning old images and volumes\n");
        assert!(!names(&job).contains(&"model pruning"), "{:?}", names(&job));
    }

    /// A list of skills each headed by its name reads its heads as terms,
    /// in a language whose headings the data does not know.
    #[test]
    fn a_skill_list_s_run_in_heads_are_terms_in_any_language() {
        let job = Job::parse(
            "ಅಗತ್ಯತೆಗಳು\n\
             - ದತ್ತಾಂಶ ಮಾದರಿ: ವಿಶ್ಲೇಷಕರ ಜೊತೆ ಸ್ಕೀಮಾ ವಿನ್ಯಾಸ ಮಾಡಿದ ಅನುಭವ ಬೇಕು\n\
             - ಲೋಡ್ ಪರೀಕ್ಷೆ: ಪ್ರತಿ ಬಿಡುಗಡೆಯ ಮೊದಲು ಸನ್ನಿವೇಶಗಳನ್ನು ಬರೆದ ಅನುಭವ ಬೇಕು\n",
        );
        assert_eq!(names(&job), ["ದತ್ತಾಂಶ ಮಾದರಿ", "ಲೋಡ್ ಪರೀಕ್ಷೆ"]);
        // A head that names a known term adds nothing beside it.
        let job = Job::parse(
            "Requirements\n\
             - Kubernetes: you run the clusters our services are deployed to\n\
             - Load testing: you write the scenarios before every release\n",
        );
        assert_eq!(
            names(&job),
            ["Kubernetes", "load testing"],
            "{:?}",
            names(&job)
        );
    }

    #[test]
    fn an_answer_in_a_transcript_is_no_term() {
        let job = Job::parse("Maya: Is on-call part of it?\nTom: Yes, one week in six.\n");
        assert_eq!(names(&job), ["on-call"]);
    }

    #[test]
    fn an_exam_s_code_is_one_name_and_an_asset_is_nice() {
        let job = Job::parse(
            "Essential\n- Kafka and Terraform\n\nASSET QUALIFICATIONS:\n- Kafka, Microsoft SC-200 or AZ-104 certification.\n",
        );
        let names = names(&job);
        assert!(
            names.contains(&"SC-200") && names.contains(&"AZ-104"),
            "{names:?}"
        );
        let nice = |name: &str| job.terms.iter().any(|t| t.name == name && !t.required);
        assert!(nice("SC-200") && !nice("Kafka") && !nice("Terraform"));
        let text = "SC-200 Kafka-200 SC 200 GS-12";
        let tokens = tokenize(text, &[Span::new(0, text.len())]);
        let codes: Vec<usize> = (0..tokens.len())
            .map(|i| code_after(&tokens, i, text))
            .collect();
        assert!(codes[0] > 0, "{codes:?}");
        assert_eq!(codes[1..].iter().sum::<usize>(), 0, "{codes:?}");
    }

    #[test]
    fn a_clearance_is_no_term_and_across_opens_no_item() {
        let job = Job::parse("Requirements\n- Active TS/SCI with CI Polygraph.\n- Troubleshoot across Linux, networking and storage\n- TypeScript (TS) and Kafka\n");
        let names = names(&job);
        assert!(!names.iter().any(|n| n.starts_with("across")), "{names:?}");
        assert_eq!(
            job.terms
                .iter()
                .filter(|t| t.spans.iter().any(|s| s.of(&job.text) == "TS"))
                .count(),
            1,
            "only the TypeScript asked for: {names:?}"
        );
        assert!(
            job.terms
                .iter()
                .all(|t| !t.spans.iter().any(|s| s.start == 22)),
            "{names:?}"
        );
        assert!(
            !names.iter().any(|n| n.contains("SCI") || *n == "CI/CD"),
            "{names:?}"
        );
    }

    #[cfg(feature = "job-lexicon")]
    #[test]
    fn a_role_held_before_and_a_language_essential_are_asked_for() {
        let job = Job::parse("I need someone who has been a backend engineer, in Go.\n\nEnglish or French essential\n");
        let names = names(&job);
        for asked in ["backend engineer", "Go", "English", "French"] {
            assert!(names.contains(&asked), "{asked}: {names:?}");
        }
        let hire =
            Job::parse("As a Backend Engineer you will run Kafka.\nGerman is not required.\n- Not required: Spanish\n");
        let names = super::tests::names(&hire);
        assert!(
            !names.contains(&"Backend Engineer")
                && !names.contains(&"German")
                && !names.contains(&"Spanish"),
            "{names:?}"
        );
    }

    #[test]
    fn a_file_name_is_no_term() {
        let job = Job::parse("- Read HANDBOOK.md first (../HANDBOOK.md)\n- Kafka and S3 buckets\n");
        assert_eq!(names(&job), ["Kafka", "S3"]);
        assert!(names_a_file("HANDBOOK.md") && names_a_file("ladder.PDF"));
        assert!(!names_a_file("Node.js") && !names_a_file(".md") && !names_a_file("PDF"));
    }

    #[test]
    fn a_posting_in_html_is_read_by_its_parts() {
        let job = Job::parse(
            "{\"@type\": \"JobPosting\", \"description\": \"<p><strong>About Quarrybell</strong></p><p>We run Kafka for 3,000 shops.</p><p><strong>What you'll bring</strong></p><ul><li>Go and PostgreSQL</li></ul><p><strong>Nice to have</strong></p><ul><li>gRPC</li></ul>\"}",
        );
        let weighed: Vec<(&str, bool)> = job
            .terms
            .iter()
            .map(|t| (t.name.as_str(), t.required))
            .collect();
        assert_eq!(
            weighed,
            [("Go", true), ("PostgreSQL", true), ("gRPC", false)]
        );
    }

    #[test]
    fn a_term_wrapped_over_two_lines_is_named_on_one() {
        let job = Job::parse(
            "Requirements\n- Own our data\n  modelling\n- Payment schemes such as Faster\r\n  Payments or Bacs\n",
        );
        let names = names(&job);
        assert!(names.contains(&"data modelling"), "{names:?}");
        assert!(names.iter().all(|n| !n.contains(['\n', '\r'])), "{names:?}");
    }

    #[test]
    fn an_unknown_name_ends_at_its_line() {
        let job = Job::parse(
            "Attachments\n  ladder.pdf   scorecard.xlsx\n\nIssue Links\n  relates to  HIRE-490   Data Engineer (Spark/Airflow)   OPEN\n\nActivity:  All | Comments\n",
        );
        assert!(
            names(&job).iter().all(|n| !n.contains('\n')),
            "{:?}",
            names(&job)
        );
    }

    #[test]
    #[cfg(feature = "job-lexicon")]
    fn breaking_up_a_monolith_is_monolith_decomposition() {
        for posting in [
            "- Help migrate features out of the Django monolith",
            "- Lead the decomposition of the monolith into services",
            "- Experience splitting a monolith",
            "- Break up our Rails monolith",
        ] {
            let job = Job::parse(&format!("Requirements\n{posting}\n"));
            let asked = job.terms.iter().any(|t| match t.key {
                super::TermKey::Concept(c) => {
                    tailor_lexicon().concepts[c].name == "monolith decomposition"
                }
                _ => false,
            });
            assert!(asked, "{posting}: {:?}", names(&job));
        }
    }

    #[test]
    fn a_ci_pipeline_is_one_term_of_ci_cd() {
        // Before: "CI pipeline" listed twice ("CI", and "CI pipeline" as an
        // unknown term), "CI/CD pipelines" as "CI/CD" and a bogus "CD pipelines".
        for (posting, name) in [
            ("- CI/CD pipelines and Python", "CI/CD pipelines"),
            (
                "- Working in a CI pipeline (we use CircleCI)",
                "CI pipeline",
            ),
            ("- Improving our CI checks", "CI checks"),
            ("- Own our build and release pipelines", "CI/CD"),
        ] {
            let job = Job::parse(&format!("Requirements\n{posting}\n"));
            let ci: Vec<&str> = job
                .terms
                .iter()
                .map(|t| t.name.as_str())
                .filter(|&n| n != "CircleCI")
                .filter(|n| n.contains("CI") || n.contains("CD") || n.contains("pipeline"))
                .collect();
            assert_eq!(ci, [name], "{posting}");
        }
    }

    #[test]
    fn internals_and_fundamentals_keep_their_name() {
        // Before: "Linux" and "networking", the posting's qualifier dropped
        // (and a label "Linux internals" never listed).
        let job = Job::parse(
            "Requirements\n- Linux internals and networking fundamentals, DNS in particular\n",
        );
        let names = names(&job);
        assert!(names.contains(&"Linux internals"), "{names:?}");
        assert!(names.contains(&"networking fundamentals"), "{names:?}");
        assert!(!names.contains(&"Linux"), "{names:?}");
    }

    #[test]
    fn a_manager_s_stance_is_no_haskell_library() {
        let job = Job::parse(
            "Requirements\n- Servant leadership: you remove blockers\n- Help teams shape up their delivery process\n",
        );
        let read = names(&job);
        assert!(!read.iter().any(|n| n.starts_with("Servant")), "{read:?}");
        assert!(!read.iter().any(|n| n.contains("Shape")), "{read:?}");
        if tech_names().is_some() {
            let job = Job::parse("Requirements\n- Haskell with Servant and hasql\n");
            let read = names(&job);
            assert!(read.contains(&"Servant"), "{read:?}");
        }
    }

    #[test]
    fn a_listed_item_around_a_known_term_is_the_narrower_term() {
        let job = Job::parse(
            "Requirements\n\n\
             - Write approval tests, integration tests and fixture tests\n\
             - A good grasp of TCP and UDP multicast\n\
             - Experience with strong SQL, Kafka tools and Go\n\
             - Strong system design skills\n\
             - Run Kafka clusters and Terraform modules\n\
             - Run blameless post-incident reviews, and Python\n",
        );
        let names = names(&job);
        for term in [
            "approval tests",
            "fixture tests",
            "UDP multicast",
            "SQL",
            "Go",
            // The practice's own qualifier is part of its mention, no
            // narrower term.
            "blameless post-incident reviews",
        ] {
            assert!(names.contains(&term), "{term} in {names:?}");
        }
        for not in [
            "strong SQL",
            "post-incident reviews",
            "Kafka tools",
            "system design skills",
            "Kafka clusters",
            "Terraform modules",
        ] {
            assert!(!names.contains(&not), "{not} in {names:?}");
        }
    }

    #[test]
    fn managing_engineers_is_people_management_and_a_title_is_no_skill() {
        let kinds = |posting: &str| {
            Job::parse(posting)
                .terms
                .iter()
                .filter_map(|t| match t.key {
                    super::TermKey::Concept(c) => {
                        Some(super::tailor_lexicon().concepts[c].name.clone())
                    }
                    _ => None,
                })
                .collect::<Vec<_>>()
        };
        for posting in [
            "Requirements\n- 3+ years managing engineers\n",
            "Requirements\n- You have managed engineers before\n",
            // Not "engineering management" (a manager of managers).
            "Requirements\n- 2+ years managing software engineers\n",
            "Requirements\n- Experience managing people and budgets\n",
        ] {
            assert!(
                kinds(posting).iter().any(|c| c == "people management"),
                "{posting:?}: {:?}",
                kinds(posting)
            );
        }
        assert!(super::is_verb_form("managing") && super::is_verb_form("managed"));
        assert!(!super::is_verb_form("backend") && !super::is_verb_form("senior"));
        // A title or colleagues still ask for no skill.
        let titled =
            kinds("We are hiring a Senior Backend Engineer.\nPartner with data scientists.\n");
        assert!(
            !titled
                .iter()
                .any(|c| c == "backend engineering" || c == "data science"),
            "{titled:?}"
        );
    }

    #[test]
    fn a_plural_before_lead_to_is_its_verb() {
        let has = |posting: &str, term: &str| names(&Job::parse(posting)).contains(&term);
        assert!(has(
            "Responsibilities\n- Make sure postmortems lead to completed action items\n",
            "postmortems"
        ));
        // A role it heads is still no skill asked for.
        assert!(!has(
            "We are hiring a security lead to own the program.\n",
            "security"
        ));
        assert!(!has(
            "We're hiring a payments lead to own checkout.\n",
            "payments"
        ));
    }

    #[test]
    fn an_unknown_acronym_counts_where_requirements_are_written() {
        let has = |posting: &str, term: &str| names(&Job::parse(posting)).contains(&term);
        assert!(has("Requirements\n- Experience with KYC\n", "KYC"));
        assert!(has("You will build our KYC flows on Kafka.\n", "KYC"));
        assert!(has(
            "We value experience working with vendors on RMAs.\n",
            "RMAs"
        ));
        assert!(!has("All engineers are eligible for BSPCE.\n", "BSPCE"));
        assert!(!has(
            "Veterans should attach a DD-214 when they apply.\n",
            "DD-214"
        ));
    }

    #[test]
    fn hiring_in_a_page_s_labels_is_no_skill() {
        let has = |posting: &str, term: &str| names(&Job::parse(posting)).contains(&term);
        for chrome in [
            "Requirements\n- Go\n\nQ3 Hiring Plan\n",
            "Requirements\n- Go\n\n2025 Hiring Plan\n",
            "Requirements\n- Go\nOARLOCK HIRING MANUAL\n",
            "Requirements\n- Go\nYour Hired Assessment: Go, top 15% of all who took it\n",
        ] {
            assert!(!has(chrome, "hiring"), "{chrome}");
        }
        for asked in [
            "Responsibilities\n- Hiring\n- Mentoring\n",
            "What you'll do\nHiring and onboarding\nCode reviews\n",
            "Hiring: grow the team from four engineers to ten this year\n",
            "Skills: Hiring, mentoring and roadmaps for a team of eight\n",
            "You will own hiring for the platform group.\n",
            "What you'll do. People management for the seven. Hiring, from the advert to the last interview.\n",
            "[sticky · Aitana] Hiring: we want to grow to ten this year, and you'd run the process.\n",
            "Requirements\n- Lead Hiring for the platform team\n",
            "You will partner with the VP on Hiring across the org.\n",
            "REQUIREMENTS\n- 3+ YEARS OF HIRING AND MANAGING ENGINEERS\n",
        ] {
            assert!(has(asked, "hiring"), "{asked}");
        }
        for asked in [
            "Requirements\nPython\nSearch\nKafka\n",
            "Requirements\n- Deep experience in Search and Relevance\n",
            "Requirements\n- 5+ years of experience in Search, Ranking, or Recommendations\n",
        ] {
            assert!(has(asked, "search"), "{asked}");
        }
        // Read as a name of its own, as before.
        let full_text = "Requirements\nExperience with Full-Text Search in Postgres\n";
        assert!(has(full_text, "Full-Text Search"), "{full_text}");
        for w in &tailor_lexicon().page_words.chrome {
            let concepts = &tailor_lexicon().concepts;
            assert!(
                concepts.iter().any(|c| c.name.eq_ignore_ascii_case(w)),
                "chrome: {w} is no concept"
            );
        }
    }

    #[test]
    fn a_spoken_language_is_a_term_only_where_it_is_asked_for() {
        // The languages are the job lexicon's (`jd_terms.txt`).
        if !cfg!(feature = "job-lexicon") {
            return;
        }
        let has = |posting: &str, term: &str| names(&Job::parse(posting)).contains(&term);
        // Each fluency cue asks for the language in its clause; with none,
        // a sentence does not.
        assert!(!has("You bring Dutch.\n", "Dutch"));
        // A verb after it, in a clause of how it is written.
        assert!(has(
            "Some SQL is needed. Clear written English matters: bug reports go to clubs.\n",
            "English"
        ));
        assert!(!has(
            "What you'll do\n- Polish matters: we ship pixel-perfect UIs\n",
            "Polish"
        ));
        // After a word of how it is written, a lowercase word after it
        // qualifies nothing.
        assert!(has(
            "Requirements\n- Written English clear enough for a change request\n",
            "English"
        ));
        assert!(has(
            "Requirements\n- Explain a failure in written English so that anyone can act\n",
            "English"
        ));
        assert!(!has("Requirements\n- Polish furniture design\n", "Polish"));
        assert!(!has(
            "Requirements\n- Build the player for our spoken English lessons in React\n",
            "English"
        ));
        assert!(!has(
            "Requirements\n- Experience at senior level\n- Polish furniture design knowledge helps\n",
            "Polish"
        ));
        // A board's field of languages, above or as the line's label.
        assert!(has(
            "Overview\n\nLanguages\nEnglish\nEducation\nBachelor's degree\n",
            "English"
        ));
        assert!(has(
            "Job type    Full-time\nRequired languages    English, Danish\n",
            "Danish"
        ));
        assert!(has("Profil\nLangues : Anglais\n", "English"));
        // Under a label with Khmer's colon, each on its indented line.
        let khmer = "លក្ខខណ្ឌតម្រូវ\n• ភាសា៖\n  ភាសាខ្មែរ៖ ស្ទាត់ជំនាញ\n  ភាសាអង់គ្លេស៖ អាច\n";
        assert!(has(khmer, "Khmer") && has(khmer, "English"));
        // A name written outside ASCII with its capital, as a list's item
        // or a resume's language line writes it.
        assert!(has("Требования:\n• Английский язык\n", "English"));
        assert!(has("Требования:\n• Английский — B2\n", "English"));
        // A site's switcher and the posting's own language name no skill.
        assert!(!has("Language: English\nRequirements\n- Go\n", "English"));
        assert!(!has(
            "Job type    Full-time\nPosting language    German\n",
            "German"
        ));
        let eures = "Languages                English – B2 (required); Estonian – not required\n";
        assert!(has(eures, "English") && !has(eures, "Estonian"));
        let dashed = "Requirements\n- English at working level – German is not required\n";
        assert!(has(dashed, "English") && !has(dashed, "German"));
        for degree in [
            "- Fluent English – a degree is not required\n",
            "- Excellent English – relocation not required\n",
        ] {
            assert!(
                has(&format!("Requirements\n{degree}"), "English"),
                "{degree}"
            );
        }
        assert!(!has(
            "Languages and tools\nWe write our docs in plain English for every team.\n",
            "English"
        ));
        // Each language its own indented line under the label.
        let nested = "Requirements\n• Languages:\n  German: B2 at least.\n  Spanish: good.\n  English: enough to read technical documentation and write to customers.\n";
        assert!(has(nested, "Spanish") && has(nested, "English"), "{nested}");
        assert!(!has(
            "Languages\n  Note: lunch is in English on Fridays with the whole office.\n",
            "English"
        ));
        // A line of languages alone, under a part's heading.
        let alone = "Nice to have\nDanish or German.\nWind energy.\n";
        assert!(has(alone, "Danish") && has(alone, "German"), "{alone}");
        assert!(!has(
            "Nice to have\nDanish furniture or German cars.\n",
            "Danish"
        ));
        let wrapped = "About the role\nYou will answer tickets from customers who write to us in\nSpanish and Portuguese.\n";
        assert!(!has(wrapped, "Spanish"), "{wrapped}");
        assert!(!has(
            "Nice to have\nDanish furniture or German cars.\n",
            "Danish"
        ));
        // Unindented under the label, each its line's short label.
        let welsh = "Gofynion\nIeithoedd:\nCymraeg: rhugl, ar lafar ac yn ysgrifenedig. Cymraeg yw iaith y swyddfa.\nSaesneg: da. Mae rhai o'n cwsmeriaid yn ysgrifennu atom yn Saesneg.\n";
        assert!(has(welsh, "Welsh") && has(welsh, "English"), "{welsh}");
        assert!(!has(
            "Languages\nOur office note: lunch is in English on Fridays with the whole office.\n",
            "English"
        ));
        for cue in &tailor_lexicon().page_words.fluency {
            let posting = format!("You bring {cue} Dutch.\n");
            assert!(has(&posting, "Dutch"), "{posting:?}");
        }
        for (posting, language) in [
            (
                "Requirements\n- Fluent English; we write everything down\n",
                "English",
            ),
            ("Requirements\n- Business-level English\n", "English"),
            (
                "Requirements\n- You write and speak English fluently\n",
                "English",
            ),
            (
                "Requirements\n- Ukrainian is our everyday language inside the team\n",
                "Ukrainian",
            ),
            (
                "Requirements\n- Portuguese and English for daily work\n",
                "English",
            ),
            (
                "Requirements\n- Swedish is a merit, but not a requirement\n",
                "Swedish",
            ),
            ("Nice to have\n* Polish\n", "Polish"),
            ("We would love it if you speak German.\n", "German"),
            (
                "Requirements\n- Very good English; German at B2 or above\n",
                "German",
            ),
            // A language's own name, in a script without capitals, named
            // in English on the card.
            ("応募資格\n- 日本語（JLPT N2 以上）\n", "Japanese"),
            ("자격요건\n- 한국어 능통자 우대\n", "Korean"),
            ("Requirements\n- Bahasa Malaysia is a plus\n", "Malay"),
            (
                "Requirements\n- Fluent English, German not required\n",
                "English",
            ),
            // Its name in another tongue, lowercase, with an adjective
            // after: named in English.
            (
                "Profil recherché\n- Français courant et anglais professionnel.\n",
                "English",
            ),
            (
                "Profil recherché\n- Français courant et anglais professionnel.\n",
                "French",
            ),
            ("Ihr Profil\n- Sehr gute Deutschkenntnisse\n", "German"),
            ("Yêu cầu\n- Tiếng Anh đọc hiểu tài liệu\n", "English"),
            // A board's language row, its level after a dash.
            (
                "Požiadavky\n- Kafka\n  Anglický jazyk – mierne pokročilý (B1)\n",
                "English",
            ),
            (
                "Languages\n  English – upper intermediate (B2)\n",
                "English",
            ),
            (
                "Requisiti\n- Ottima conoscenza dell'italiano e dell'inglese\n",
                "Italian",
            ),
        ] {
            assert!(has(posting, language), "{posting:?}");
        }
        for (posting, language) in [
            (
                "Benefits\n- 26 days plus Polish public holidays\n",
                "Polish",
            ),
            ("We sell B2B software to Dutch retailers.\n", "Dutch"),
            (
                "Requirements\n- Deliveries to Dutch and German retailers with a C1 licence\n",
                "Dutch",
            ),
            (
                "Requirements\n- Polish the UI before each release\n",
                "Polish",
            ),
            (
                "Explain data to stakeholders in plain English.\n",
                "English",
            ),
            (
                "Requirements\n- Good English; German is not required\n",
                "German",
            ),
            (
                "Requirements\n- English at working level – German is not required\n",
                "German",
            ),
            ("The team is 12 engineers, English-speaking.\n", "English"),
            (
                "Requirements\n- Fluent English, German not required\n",
                "German",
            ),
            (
                "Requirements\n- Restore a Danish-style sideboard\n",
                "Danish",
            ),
            (
                "Requirements\n- Polishing UI details before launch\n",
                "Polish",
            ),
            (
                "We are a B2B marketplace for Dutch and Belgian retailers.\n",
                "Dutch",
            ),
            ("Our search handles queries in French and Dutch.\n", "Dutch"),
            // The team's language, in its own words: no list item, no cue.
            (
                "Trabajamos en remoto. La documentación técnica se escribe en inglés.\n",
                "inglés",
            ),
            (
                "From a €15 stool to a restored Danish sideboard.\n",
                "Danish",
            ),
        ] {
            assert!(!has(posting, language), "{posting:?}");
        }
    }

    #[test]
    fn a_title_across_an_ampersand_asks_for_no_skill() {
        let has = |posting: &str, term: &str| names(&Job::parse(posting)).contains(&term);
        assert!(!has(
            "We're hiring a Search & Relevance Engineer to improve ranking.\n",
            "search"
        ));
        assert!(has("Requirements\n- Search & Ranking at scale\n", "search"));
        assert!(!has(
            "We're hiring a Security and Compliance Lead to own audits.\n",
            "security"
        ));
    }

    #[test]
    fn a_posting_of_one_endless_line_reads_each_term_in_a_window() {
        // 20,000 asks for a language on one line: each reads at most 160
        // bytes each way (a whole line each made it minutes; the time is in
        // BENCHMARKS.md, not asserted here).
        let line = format!("Requirements\n- {}\n", "German is a plus, ".repeat(20_000));
        let job = Job::parse(&line);
        assert!(job.terms.len() <= 2, "{:?}", names(&job));
        let mid = line.len() / 2;
        let at = (mid..).find(|&i| line[i..].starts_with("German")).unwrap();
        let window = super::around(&line, Span::new(at, at + 6), &[]);
        assert!(window.end - window.start <= 2 * 160 + 6);
        // On a char boundary, with multi-byte text around.
        let text = "é".repeat(200) + "German" + &"東".repeat(200);
        let w = super::around(&text, Span::new(400, 406), &[]);
        assert!(text.get(w.start..w.end).is_some());
    }

    #[test]
    fn a_leaders_field_is_no_skill() {
        let has = |posting: &str, term: &str| names(&Job::parse(posting)).contains(&term);
        assert!(!has(
            "Interviews: a call with Rhona (Head of Security), then a pairing session.",
            "security"
        ));
        assert!(!has(
            "You will work with our VP of Security and Legal.",
            "security"
        ));
        assert!(has("- Knowledge of Security and compliance", "security"));
    }

    #[test]
    fn counts_and_the_employer_hiring_are_no_terms() {
        let has = |posting: &str, term: &str| names(&Job::parse(posting)).contains(&term);
        assert!(!has(
            "- Run a store of 64 shards across regions",
            "sharding"
        ));
        assert!(has(
            "- Experience with sharding and 24/7 on-call",
            "sharding"
        ));
        // A magnitude in words counts; a small count may modify a skill.
        assert!(!has(
            "- We move forty million messages a month",
            "messaging"
        ));
        assert!(has(
            "- Experience with three microservices frameworks",
            "microservices"
        ));
        // A word between a number and what it counts is no skill either.
        assert!(!has(
            "- Our servers hold about 40,000 concurrent players at peak",
            "concurrency"
        ));
        assert!(has(
            "- 5+ years of concurrent programming in Go",
            "concurrency"
        ));
        // Only a counting word does so: "Led 3 Scrum teams" names Scrum.
        if cfg!(feature = "job-lexicon") {
            assert!(has(
                "- Led 3 Scrum teams through quarterly planning",
                "scrum"
            ));
        }
        assert!(!has(
            "Hiring Elixir & Rust engineers across the EU.",
            "hiring"
        ));
        assert!(!has(
            "[Hiring] Junior Backend Developer (Node.js)",
            "hiring"
        ));
        assert!(has("- Own hiring and onboarding of engineers", "hiring"));
    }

    #[test]
    fn reporting_to_someone_is_no_practice() {
        let has = |posting: &str| names(&Job::parse(posting)).contains(&"reporting");
        assert!(!has("You will lead three teams, reporting to the CTO."));
        assert!(!has("- Reporting into our VP of Engineering"));
        assert!(!has("- You will report to the CISO and work with Legal"));
        assert!(!has("- Riders report a flat tyre in the app"));
        // "reporting" is a practice of the job lexicon's long tail.
        if cfg!(feature = "job-lexicon") {
            assert!(has("- Build financial reporting for the finance team"));
            assert!(has("- Own reporting to regulators and dashboards"));
        }
    }

    #[test]
    fn a_plain_lists_items_are_terms_beside_a_known_one() {
        let job = Job::parse(
            "Requirements\n\n\
             - Design for exactly-once semantics, event-time processing and watermarks\n\
             - Comfort with concurrency, memory models and atomics\n\
             - Partner with traders, quant researchers and sales desks\n\
             - Meet WCAG 2.2 AA: semantic HTML, correct ARIA and colour contrast\n",
        );
        let names = names(&job);
        for term in [
            "event-time processing",
            "watermarks",
            "memory models",
            "atomics",
            "ARIA",
        ] {
            assert!(names.contains(&term), "{term} in {names:?}");
        }
        // No known term among them: a list of people, not of skills.
        for not in [
            "traders",
            "quant researchers",
            "sales desks",
            "correct ARIA",
        ] {
            assert!(!names.contains(&not), "{not} in {names:?}");
        }
    }

    #[test]
    fn concepts_are_found_by_any_form_and_kept_whole() {
        let job = Job::parse(
            "You will run K8s clusters and Postgres, build distributed systems, \
             and join the on-call rotation for incident response.",
        );
        assert_eq!(
            names(&job),
            [
                "K8s",
                "Postgres",
                "distributed systems",
                "on-call rotation",
                "incident response"
            ]
        );
    }

    #[test]
    fn listed_names_become_terms_but_prose_capitals_do_not() {
        let job = Job::parse(
            "Acme is hiring. We use Zorbfish, Quillstack and Go. \
             Experience with Vexlar. Work with Product and Design teams. \
             Our office is in Seattle, Portland and Boise.",
        );
        assert_eq!(names(&job), ["Go", "Zorbfish", "Quillstack", "Vexlar"]);
        // A name shaped like a technology's vouches for its list; a
        // place's or a team's does not.
        let job = Job::parse(
            "LANTERN STACK — SYDNEY, NSW\n\nRequirements\n- Debug servers through IPMI and Zorbfish\n             - Support Austin, TX and Dallas\n- Partner with Wombat and Quokka engineers\n",
        );
        assert_eq!(names(&job), ["debugging", "IPMI", "Zorbfish"]);
    }

    #[test]
    fn seniority_signals_and_years() {
        let job = Job::parse(
            "7+ years of experience. You will mentor engineers and lead cross-team projects. \
             You have led a team, with strong leadership.",
        );
        // "lead cross-team projects" is a duty; "led a team" and
        // "leadership" ask for it.
        assert_eq!(
            names(&job),
            ["mentoring", "cross-team collaboration", "lead"]
        );
        let hire =
            Job::parse("Requirements:\n- A staff-level hire.\n- You will hire two engineers.");
        assert_eq!(hire.terms[0].spans.len(), 1, "one mention: 'hire two'");
        assert_eq!(job.years_required.map(|y| y.0), Some(7));
        let years = |s: &str| Job::parse(s).years_required.map(|y| y.0);
        assert_eq!(years("at least 5 years"), Some(5));
        assert_eq!(years("3-5 years of backend experience"), Some(3));
        assert_eq!(years("Founded 25 years ago. 5+ years of Go."), Some(5));
        assert_eq!(years("99.9% uptime for 40 years"), None);
        assert_eq!(years("a minimum 8 years in SRE"), Some(8));
        assert_eq!(Job::parse("a 401k plan").years_required, None);
    }

    // Gapped forms are the job lexicon's.
    #[cfg(feature = "job-lexicon")]
    #[test]
    fn a_gapped_mention_is_named_by_the_lexicon() {
        let job = Job::parse("Requirements\n- Monitor models in production for drift\n");
        assert_eq!(names(&job), ["model monitoring"]);
        // A gapped form ends at no longer name's first word.
        let job =
            Job::parse("Requirements\n- Write and review design docs, and run design reviews\n");
        assert_eq!(names(&job), ["design docs", "design reviews"]);
        // A form of the same concept inside the gap is part of the mention.
        let text = "Requirements\n- Tune slow queries in PostgreSQL\n";
        let job = Job::parse(text);
        let term = &job.terms[0];
        assert_eq!(term.name, "query optimization");
        assert_eq!(term.spans[0].of(text), "Tune slow queries");
    }

    // Helm is a generated name: the job lexicon's.
    #[cfg(feature = "job-lexicon")]
    #[test]
    fn a_room_or_a_council_named_after_a_skill_is_no_term() {
        let job = Job::parse(
            "Requirements\n- Go and Kafka\n- Show-and-tell is in the Helm Room; the Architecture Council signs off designs\n- Helm charts and Terraform\n",
        );
        assert_eq!(names(&job), ["Go", "Kafka", "Terraform", "Helm"]);
        // Helm is named once, in "Helm charts", not in the room's name.
        let helm = job.terms.iter().find(|t| t.name == "Helm").unwrap();
        assert_eq!(helm.spans.len(), 1);
        // A known name over both words is that name, not a room.
        let job = Job::parse("Requirements\n- Kotlin, Jetpack Room and Jetpack Compose\n");
        assert!(names(&job).contains(&"Jetpack Room"), "{:?}", names(&job));
        // A place's word with its number is where to go.
        let job = Job::parse(
            "Requirements\n- Kotlin and Go\n\nOffice hours: Thursday 14:30, Room 3B. Kotlin with Room on Android.\n",
        );
        let room = job.terms.iter().find(|t| t.name == "Room").unwrap();
        assert_eq!(room.spans.len(), 1, "{:?}", names(&job));
        assert!(room.spans[0].start > job.text.find("Room 3B").unwrap() + 4);
    }

    #[test]
    fn a_practice_s_letters_after_a_name_are_its_term() {
        // "University" is a name's word, not a skill; "ITIL" after it is.
        let job = Job::parse(
            "Requirements\n- Raise changes through the University ITIL process\n- Pebblerun Coach runs on Go\n",
        );
        assert!(names(&job).contains(&"ITIL"), "{:?}", names(&job));
        assert!(
            !names(&job).iter().any(|n| n.contains("Coach")),
            "{:?}",
            names(&job)
        );
        // Nor does a name run on into a known name's compound.
        let job = Job::parse("Requirements\n- Implement changes through the University's Kafka-backed change process\n");
        assert!(names(&job).contains(&"Kafka"), "{:?}", names(&job));
    }

    #[test]
    fn a_posting_s_company_benefits_idioms_and_team_names_name_no_terms() {
        let job = Job::parse(
            "Backend Engineer\nHalyard Streaming · Seattle · Reliability Engineering\n\n\
             About Halyard\nWe run Kafka for 9M viewers and care about mentoring.\n\n\
             Requirements\n- Go and PostgreSQL\n- Join the Security team and lead the charge on incident response\n\n\
             Pebblerun Coach is our running app.\n\
             Benefits: mentoring budget, 401(k).\n\
             Halyard is an equal opportunity employer committed to mentoring.\n",
        );
        assert_eq!(names(&job), ["Go", "PostgreSQL", "incident response"]);
        // A team a count of people makes one.
        let job = Job::parse(
            "Reliability Engineering is five SREs who run Kafka.
             **Forecast Infrastructure** is five engineers.
Reliability is everyone's job.
",
        );
        assert_eq!(names(&job), ["Kafka", "reliability"]);
        // A span of time or a share before the people is no team's size.
        let job = Job::parse(
            "Requirements\n- Python is 3 years minimum for engineers.\n\
             - Rust is 2 of our engineers' favourite languages.\n",
        );
        assert_eq!(names(&job), ["Python", "Rust"]);
        // A team in a title, a title, the employer's own tool.
        let job = Job::parse(
            "Senior Data Platform Engineer – Payments Core

             Requirements
- Mentoring engineers
- Ship with our in-house tool Anvil and Ansible, Terraform
",
        );
        assert_eq!(names(&job), ["mentoring", "Ansible", "Terraform"]);
        // A team word in a script without case.
        let job = Job::parse("Requirements\n- Terraform: SRE チーム（5名）\n");
        assert_eq!(names(&job), ["Terraform"]);
        // A name the posting calls its own ("RateDesk, our quoting engine"),
        // a region's letters.
        let job = Job::parse(
            "Requirements\n- Extend ShipTrack, our tracking API, and RateDesk, our quoting engine, in Node.js, Redis and PostgreSQL\n\
             - German for customers in the DACH region, with Kafka and Go\n",
        );
        // (German first in its item is asked for: a spoken language of the job
        // lexicon.)
        let mut expected = vec![
            "APIs",
            "Node.js",
            "Redis",
            "PostgreSQL",
            "German",
            "Kafka",
            "Go",
        ];
        if !cfg!(feature = "job-lexicon") {
            expected.retain(|&t| t != "German");
        }
        assert_eq!(names(&job), expected);
        // Colleagues, a team, values and people: no terms; the hire's own
        // title's skill is one.
        let job = Job::parse(
            "Requirements\n- Work with our machine learning scientists and our robotics QA team\n\
             - Build a culture of ownership with service owners\n\
             - Tailor a pitch for a fintech's platform team\n\
             - As our application security engineer, you know Go\n",
        );
        assert_eq!(names(&job), ["application security", "Go"]);
        // A header's fields and a department's proper name: no terms.
        let job = Job::parse(
            "Organisation: Wrenfield Digital Service, Northmere Combined Authority\n\
             Grade: Senior Executive Officer (SEO)\n\
             Security clearance: Security Check (SC)\n\n\
             Requirements\n- Work with our Network Operations Centre on Linux\n",
        );
        assert_eq!(names(&job), ["Linux"]);
    }

    #[test]
    #[cfg(feature = "job-lexicon")]
    fn a_place_or_a_count_names_no_practice_its_stem_shares() {
        // "Wales" stems to a write-ahead log's "wal"; "racks" to racking.
        let job = Job::parse(
            "Requirements\n- A third of our customers are in Wales.\n- We run two racks of our own hardware.\n",
        );
        assert!(names(&job).is_empty(), "{:?}", names(&job));
        let job = Job::parse("Requirements\n- WAL internals\n- Racking servers in our colo\n");
        let lx = tailor_lexicon();
        let concepts: Vec<&str> = job
            .terms
            .iter()
            .filter_map(|t| match t.key {
                TermKey::Concept(c) => Some(lx.concepts[c].name.as_str()),
                _ => None,
            })
            .collect();
        assert!(concepts.contains(&"data center operations"), "{concepts:?}");
    }

    #[test]
    fn everyday_words_name_no_technology() {
        // "go", "rest", "nodes", "reacted", "guard rails", "go-to-market":
        // technology names only when written as names.
        let job = Job::parse(
            "We go deep and rest well. Our 40 nodes reacted fast. Guard rails for our go-to-market platform.",
        );
        assert!(names(&job).is_empty(), "{:?}", names(&job));
        let job = Job::parse("You will write Go and REST services on Node, with React.");
        assert_eq!(names(&job), ["Go", "REST", "Node", "React"]);
    }
}
