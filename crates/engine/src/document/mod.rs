//! The document model: text in, structure out. Sections by heading, role
//! entries with their dates, and blocks (bullets and paragraphs) whose wrapped
//! lines are joined, all as byte spans into the original text.

pub mod dates;
pub mod lines;

use crate::lexicon::{lexicon, SectionKind};
use crate::read::LineHint;
use crate::span::Span;
use crate::text::{tokenize, Token};
use dates::{find_ranges, DateRange};
use lines::{classify, split_lines, Line, LineKind};

#[derive(Clone, Debug)]
pub struct Section {
    pub kind: SectionKind,
    /// The heading line, `None` for the header block before the first heading.
    pub heading: Option<Span>,
    /// First and one-past-last line index.
    pub lines: (usize, usize),
}

/// A role or project: its title/company/dates lines and the bullets below.
#[derive(Clone, Debug)]
pub struct Entry {
    pub section: usize,
    pub header: Span,
    pub dates: Option<DateRange>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BlockKind {
    /// A bullet point, with or without a marker.
    Bullet,
    /// Prose: a summary paragraph, or a paragraph where bullets belong.
    Paragraph,
    /// A line in a Skills section.
    SkillLine,
}

#[derive(Clone, Debug)]
pub struct Block {
    pub kind: BlockKind,
    /// Each wrapped line's text, in order.
    pub segments: Vec<Span>,
    /// From the first segment's start to the last segment's end.
    pub span: Span,
    pub marker: Option<Span>,
    /// Index of the line the text starts on (0-based).
    pub line: usize,
    pub section: usize,
    pub entry: Option<usize>,
}

impl Block {
    /// The text with wrapped lines joined by single spaces.
    pub fn joined(&self, text: &str) -> String {
        let mut out = String::with_capacity(self.span.len());
        for s in &self.segments {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(s.of(text));
        }
        out
    }

    /// Sentences across the wrapped lines, as if they were joined by spaces.
    pub fn sentences(&self, text: &str) -> usize {
        let mut n = 0;
        let mut prev_ends = false;
        for (i, seg) in self.segments.iter().enumerate() {
            let s = seg.of(text);
            n += sentence_count(s) - 1;
            if i == 0 || (prev_ends && s.chars().next().is_some_and(char::is_uppercase)) {
                n += 1;
            }
            prev_ends = ends_sentence(s);
        }
        n.max(1)
    }

    pub fn tokens(&self, text: &str) -> Vec<Token> {
        tokenize(text, &self.segments)
    }
}

#[derive(Clone, Debug, Default)]
pub struct Document {
    pub lines: Vec<Line>,
    pub sections: Vec<Section>,
    pub entries: Vec<Entry>,
    pub blocks: Vec<Block>,
    /// True when the text had no headings and was read as experience bullets.
    pub headless: bool,
}

impl Document {
    pub fn section_kind(&self, block: &Block) -> SectionKind {
        self.sections[block.section].kind
    }

    pub fn parse(text: &str) -> Document {
        Parser::new(text).run(&[])
    }

    /// Parses a reader's view, taking its word on which lines are headings
    /// and which are entry lines (see `read::LineHint`).
    pub fn parse_hinted(text: &str, hints: &[LineHint]) -> Document {
        Parser::new(text).run(hints)
    }
}

/// Connective words a wrapped line can end on mid-sentence.
const CONNECTIVES: &[&str] = &[
    "and",
    "or",
    "to",
    "by",
    "of",
    "the",
    "a",
    "an",
    "for",
    "with",
    "from",
    "in",
    "on",
    "at",
    "via",
    "using",
    "across",
    "into",
    "over",
    "under",
    "as",
    "than",
    "per",
    "while",
    "which",
    "that",
    "including",
    "plus",
    "between",
    "through",
    "within",
    "without",
    "its",
    "their",
    "our",
    "my",
    "both",
    "each",
    "all",
    "more",
    "less",
    "up",
    "down",
    "reducing",
    "improving",
    "cutting",
];

struct Parser<'t> {
    text: &'t str,
    doc: Document,
    /// The block that a following line may continue.
    open: Option<usize>,
    entry: Option<usize>,
    /// The last line was an entry header line (title/company/dates).
    in_header: bool,
    /// The current line is an entry line by the reader's word.
    hinted_entry: bool,
    /// The next line that is not blank is a bullet.
    bullet_follows: bool,
}

impl<'t> Parser<'t> {
    fn new(text: &'t str) -> Self {
        Parser {
            text,
            doc: Document::default(),
            open: None,
            entry: None,
            in_header: false,
            hinted_entry: false,
            bullet_follows: false,
        }
    }

    fn run(mut self, hints: &[LineHint]) -> Document {
        let text = self.text;
        let spans = split_lines(text);
        let mut lines: Vec<Line> = spans.iter().map(|s| classify(text, *s)).collect();
        promote_setext_headings(text, &mut lines);
        // Only readers give hints (the first load has none to apply).
        #[cfg(feature = "readers")]
        for (line, hint) in lines.iter_mut().zip(hints) {
            let body = lines::trim(text, line.span);
            match hint {
                LineHint::Auto => {}
                _ if body.is_empty() => {}
                LineHint::Heading => {
                    if !matches!(line.kind, LineKind::Heading { content: None, .. }) {
                        line.kind = LineKind::Heading {
                            kind: lines::heading_kind(body.of(text)).unwrap_or(SectionKind::Other),
                            content: None,
                        };
                    }
                }
                LineHint::Entry => line.kind = LineKind::Text { text: body },
            }
        }
        let headless = !lines
            .iter()
            .any(|l| matches!(l.kind, LineKind::Heading { .. }));
        self.doc.headless = headless;
        self.doc.sections.push(Section {
            kind: if headless {
                SectionKind::Experience
            } else {
                SectionKind::Header
            },
            heading: None,
            lines: (0, 0),
        });
        // Whether the next line that is not blank is a bullet, and not one
        // of contact details, per line (one pass from the end).
        let mut bullet_follows = vec![false; lines.len()];
        let mut next = false;
        for (i, line) in lines.iter().enumerate().rev() {
            bullet_follows[i] = next;
            match line.kind {
                LineKind::Blank => {}
                LineKind::Bullet { text: body, .. } => next = !gives_contact(body.of(text)),
                _ => next = false,
            }
        }
        for (i, line) in lines.iter().enumerate() {
            self.hinted_entry = hints.get(i) == Some(&LineHint::Entry);
            self.bullet_follows = bullet_follows[i];
            self.line(i, line);
        }
        let n = lines.len();
        if let Some(last) = self.doc.sections.last_mut() {
            last.lines.1 = n;
        }
        self.doc.lines = lines;
        self.doc
    }

    fn section(&self) -> SectionKind {
        self.doc
            .sections
            .last()
            .map_or(SectionKind::Header, |s| s.kind)
    }

    fn line(&mut self, i: usize, line: &Line) {
        let text = self.text;
        match line.kind {
            LineKind::Blank => {
                self.open = None;
            }
            LineKind::Rule | LineKind::Markup => {
                self.open = None;
            }
            LineKind::Heading { kind, content } => {
                // "# Jane Doe" above the first section is the name, not a
                // section; "INTERESTS" is a section whatever comes first.
                let body = lines::trim(text, line.span);
                if kind == SectionKind::Other
                    && self.section() == SectionKind::Header
                    && self.doc.sections.len() == 1
                    && lines::heading_named(body.of(text)).is_none()
                {
                    self.text_line(i, body, line);
                    return;
                }
                // "Tools: Docker, Git" inside Skills is a line of skills, not a new section.
                if let Some(c) = content {
                    if kind == self.section() {
                        self.text_line(i, lines::trim(text, line.span), line);
                        let _ = c;
                        return;
                    }
                }
                self.push_section(kind, Some(line.span), i);
                if let Some(c) = content {
                    self.text_line(i, c, line);
                }
            }
            LineKind::Bullet { marker, text: body } => {
                let kind = if self.section() == SectionKind::Skills
                    && looks_like_skill_list(body.of(text))
                {
                    BlockKind::SkillLine
                } else {
                    BlockKind::Bullet
                };
                self.push_block(kind, body, Some(marker), i);
                self.in_header = false;
            }
            LineKind::Text { text: body } => self.text_line(i, body, line),
        }
    }

    fn push_block(&mut self, kind: BlockKind, body: Span, marker: Option<Span>, line: usize) {
        let idx = self.doc.blocks.len();
        self.doc.blocks.push(Block {
            kind,
            segments: vec![body],
            span: body,
            marker,
            line,
            section: self.doc.sections.len() - 1,
            entry: self.entry,
        });
        self.open = Some(idx);
    }

    fn extend_open(&mut self, body: Span) {
        if let Some(b) = self.open.and_then(|o| self.doc.blocks.get_mut(o)) {
            b.segments.push(body);
            b.span = b.span.cover(body);
        }
    }

    fn text_line(&mut self, i: usize, body: Span, line: &Line) {
        let text = self.text;
        let s = body.of(text);
        if self.starts_unheaded_experience(body) {
            self.push_section(SectionKind::Experience, None, i);
        }
        let section = self.section();
        if self.hinted_entry && section.is_work() {
            self.entry_header(body, first_date_range(text, body));
            self.open = None;
            return;
        }
        if let Some(open) = self.open {
            let prev = &self.doc.blocks[open];
            if prev.kind != BlockKind::SkillLine || section != SectionKind::Skills {
                let prev_line_text = prev.segments.last().map_or("", |p| p.of(text));
                if is_continuation(prev, prev_line_text, s, line.indent, section) {
                    self.extend_open(body);
                    return;
                }
            } else if looks_like_continued_list(prev.segments.last().map_or("", |p| p.of(text))) {
                self.extend_open(body);
                return;
            }
        }
        match section {
            SectionKind::Experience | SectionKind::Projects | SectionKind::OpenSource => {
                // Read once for both the entry test and the entry's dates.
                let dates = first_date_range(text, body);
                if looks_like_entry_header(text, body, dates.is_some()) {
                    self.entry_header(body, dates);
                    self.open = None;
                } else {
                    let kind = if sentence_count(s) >= 2 && word_count(s) > 30 {
                        BlockKind::Paragraph
                    } else {
                        BlockKind::Bullet
                    };
                    self.push_block(kind, body, None, i);
                    self.in_header = false;
                }
            }
            SectionKind::Skills => {
                self.push_block(BlockKind::SkillLine, body, None, i);
            }
            SectionKind::Summary => {
                self.push_block(BlockKind::Paragraph, body, None, i);
            }
            _ => {
                // Header, education, awards…: prose lines are kept as paragraphs so
                // first-person and filler checks still see them, but they are not bullets.
                self.push_block(BlockKind::Paragraph, body, None, i);
            }
        }
    }

    /// Closes the section before line `i` and opens one of `kind` there.
    fn push_section(&mut self, kind: SectionKind, heading: Option<Span>, i: usize) {
        if let Some(last) = self.doc.sections.last_mut() {
            last.lines.1 = i;
        }
        self.doc.sections.push(Section {
            kind,
            heading,
            lines: (i, i + 1),
        });
        self.open = None;
        self.entry = None;
        self.in_header = false;
    }

    /// Whether a line above every heading starts the work history that has
    /// none of its own: a role's line with dates, bullets below it ("Acme —
    /// Senior Engineer (2022 – now)" over "- Tech lead for…", after the name
    /// and a summary). The header's own lines have no date range, or no
    /// bullets after them ("Open to work from March 2025").
    fn starts_unheaded_experience(&self, body: Span) -> bool {
        let text = self.text;
        self.doc.sections.len() == 1
            && self.section() == SectionKind::Header
            && self.bullet_follows
            && self
                .open
                .is_none_or(|o| self.doc.blocks[o].kind != BlockKind::Bullet)
            && !names_a_degree(body.of(text))
            && first_date_range(text, body)
                .is_some_and(|_| looks_like_entry_header(text, body, true))
    }

    fn entry_header(&mut self, body: Span, dates: Option<DateRange>) {
        let section = self.doc.sections.len() - 1;
        if self.in_header {
            if let Some(e) = self.entry.and_then(|e| self.doc.entries.get_mut(e)) {
                if e.section == section {
                    e.header = e.header.cover(body);
                    if e.dates.is_none() {
                        e.dates = dates;
                    }
                    return;
                }
            }
        }
        self.doc.entries.push(Entry {
            section,
            header: body,
            dates,
        });
        self.entry = Some(self.doc.entries.len() - 1);
        self.in_header = true;
    }
}

/// Underlined headings: "Experience" over "----------".
fn promote_setext_headings(text: &str, lines: &mut [Line]) {
    for i in 1..lines.len() {
        if lines[i].kind != LineKind::Rule {
            continue;
        }
        if let LineKind::Text { text: t } = lines[i - 1].kind {
            if let Some(kind) = lines::setext_heading(text, t) {
                lines[i - 1].kind = LineKind::Heading {
                    kind,
                    content: None,
                };
            }
        }
    }
}

pub use crate::text::word_count;

/// Sentences, counted by terminal punctuation followed by a space and a
/// capital (and not after a capital, as in "J. Smith").
pub fn sentence_count(s: &str) -> usize {
    let b = s.as_bytes();
    let mut n = 1;
    for i in 1..b.len().saturating_sub(2) {
        if matches!(b[i], b'.' | b'!' | b'?')
            && b[i + 1] == b' '
            && !b[i - 1].is_ascii_uppercase()
            && s[i + 2..].chars().next().is_some_and(char::is_uppercase)
        {
            n += 1;
        }
    }
    n
}

fn ends_sentence(s: &str) -> bool {
    s.trim_end()
        .trim_end_matches(['"', '”', ')', '\''])
        .ends_with(['.', '!', '?'])
}

fn starts_lower(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_lowercase)
}

fn last_word_lower(s: &str) -> String {
    s.split_whitespace()
        .last()
        .unwrap_or("")
        .to_ascii_lowercase()
}

fn first_word_is_verb(s: &str) -> bool {
    let w: String = s
        .split_whitespace()
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| !c.is_alphanumeric() && c != '-')
        .to_ascii_lowercase();
    lexicon().verb(&w).is_some()
}

/// "Responsible for the billing API" reads like a title by its capitals, but
/// a weak opening starts a duty, never a job title.
fn opens_weakly(s: &str) -> bool {
    // The longest weak opening has four words: the first 40 bytes hold it.
    let mut cut = s.len().min(40);
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &s[..cut];
    let tokens = tokenize(head, &[Span::new(0, head.len())]);
    lexicon()
        .weak_openings
        .match_at(&tokens, 0)
        .is_some_and(|(n, _)| !crate::rules::verb::is_label(&tokens, n))
}

/// Does `line` continue the block whose last line was `prev`? PDF and Word
/// pastes break one bullet across several lines.
fn is_continuation(
    block: &Block,
    prev: &str,
    line: &str,
    indent: usize,
    section: SectionKind,
) -> bool {
    let prev_trim = prev.trim_end();
    if prev_trim.ends_with([',', ';', ':', '-', '–', '(', '/', '&', '+'])
        && !ends_sentence(prev_trim)
    {
        return true;
    }
    if CONNECTIVES.contains(&last_word_lower(prev_trim).as_str()) {
        return true;
    }
    if starts_lower(line) {
        return true;
    }
    let marked = block.marker.is_some();
    if section.is_work() || section == SectionKind::Header {
        if has_date_range(line) || ends_sentence(prev_trim) {
            return false;
        }
        // Markdown list continuation: an indented line under a marked bullet.
        if marked && indent >= 2 {
            return true;
        }
        // In a marked list, an unmarked line that does not look like a new
        // entry or a new sentence is the rest of the bullet.
        if marked && !looks_like_title_line(line) && !has_link(line) {
            return true;
        }
        // Marker-less bullets wrapped mid-sentence: the next line starts with a
        // digit, a symbol, or a name ("Redis and Memcached").
        if !marked
            && !first_word_is_verb(line)
            && !looks_like_title_line(line)
            && word_count(prev_trim) >= 6
        {
            return true;
        }
        return false;
    }
    // Summary and other prose: consecutive lines form one paragraph.
    if block.kind == BlockKind::Paragraph && !ends_sentence(prev_trim) {
        return true;
    }
    block.kind == BlockKind::Paragraph && matches!(section, SectionKind::Summary)
}

fn has_link(s: &str) -> bool {
    let l = s.to_ascii_lowercase();
    l.contains("http://")
        || l.contains("https://")
        || l.contains("github.com")
        || l.contains("gitlab.com")
        || l.contains("www.")
}

fn has_date_range(s: &str) -> bool {
    first_date_range(s, Span::new(0, s.len())).is_some()
}

/// The first date range in `text[body]`.
fn first_date_range(text: &str, body: Span) -> Option<DateRange> {
    if !has_year_digits(body.of(text)) {
        return None;
    }
    let tokens = tokenize(text, &[body]);
    find_ranges(&tokens, text).into_iter().next()
}

/// Whether `s` has a run of exactly four digits that reads as a year
/// ([`dates::YEARS`]): every date form has one, and a year
/// token's digits are such a run. Most lines with numbers ("4800 ms",
/// "12,000 users") have none, and are not tokenized for dates.
fn has_year_digits(s: &str) -> bool {
    let (mut run, mut value) = (0, 0i32);
    for &b in s.as_bytes().iter().chain([b' '].iter()) {
        if b.is_ascii_digit() {
            run += 1;
            value = value.saturating_mul(10).saturating_add(i32::from(b - b'0'));
        } else {
            if run == 4 && dates::YEARS.contains(&value) {
                return true;
            }
            (run, value) = (0, 0);
        }
    }
    false
}

/// "Senior Engineer, Acme" or "Acme Corp — Berlin": short, mostly capitalized,
/// with no sentence punctuation at the end.
fn looks_like_title_line(s: &str) -> bool {
    let t = s.trim();
    if ends_sentence(t) || t.len() > 120 {
        return false;
    }
    // Parenthesized notes do not count: "Tidewater (personal project, Go)".
    let mut outside = String::with_capacity(t.len());
    let mut depth = 0usize;
    for c in t.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    let words: Vec<&str> = outside
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    if words.is_empty() || words.len() > 12 {
        return false;
    }
    let small = [
        "of", "and", "at", "the", "in", "for", "&", "de", "on", "a", "to",
    ];
    let capped = words
        .iter()
        .filter(|w| {
            let w = w.trim_start_matches(|c: char| !c.is_alphanumeric());
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                || small.contains(&w.to_ascii_lowercase().as_str())
        })
        .count();
    capped * 10 >= words.len() * 8
}

/// Title/company/dates lines in Experience and Projects.
fn looks_like_entry_header(text: &str, body: Span, has_dates: bool) -> bool {
    let s = body.of(text);
    let t = s.trim();
    if t.starts_with("###") || t.starts_with('\\') || t.starts_with("**") {
        return true;
    }
    if has_dates && word_count(t) <= 16 {
        return true;
    }
    if first_word_is_verb(t) || opens_weakly(t) {
        return false;
    }
    let separated = [" | ", " @ ", "\t", " – ", " — ", " - ", " · "]
        .iter()
        .any(|sep| t.contains(sep));
    if (separated || has_link(t)) && !ends_sentence(t) {
        return word_count(t) <= 14;
    }
    looks_like_title_line(t)
}

/// Whether a line names a degree or a school ("MSc Computer Science, UCL
/// (2015 – 2016)"): an education entry, not a role.
///
/// Good: "MSc Computer Science, UCL (2015 – 2016)", "University of Leeds —
/// 2012 – 2015". Bad: "Acme — Senior Engineer (2022 – now)".
fn names_a_degree(s: &str) -> bool {
    const DEGREE: [&str; 18] = [
        "bsc",
        "msc",
        "ba",
        "ma",
        "bs",
        "ms",
        "beng",
        "meng",
        "phd",
        "mba",
        "bachelor",
        "bachelors",
        "master",
        "masters",
        "degree",
        "diploma",
        "university",
        "college",
    ];
    s.split(|c: char| !c.is_alphanumeric()).any(|w| {
        DEGREE.iter().any(|d| w.eq_ignore_ascii_case(d))
            || w.get(..9)
                .is_some_and(|p| p.eq_ignore_ascii_case("universit"))
    })
}

/// Whether a bullet gives contact details (an e-mail address, a phone
/// number), not a piece of work.
///
/// Good: "jane@example.com", "+44 20 7946 0000". Bad: "Cut p99 by 40%".
fn gives_contact(s: &str) -> bool {
    s.contains('@') || s.bytes().filter(u8::is_ascii_digit).count() >= 9 && !s.contains('%')
}

/// A skills line that ends with a comma continues on the next line.
fn looks_like_continued_list(prev: &str) -> bool {
    prev.trim_end().ends_with([',', '/', '&', '|', ';'])
}

/// "Languages: Go, Rust" or "Go · Rust · Kafka": a list rather than a sentence.
fn looks_like_skill_list(s: &str) -> bool {
    let seps = s.matches([',', '|', '·', ';', '/']).count();
    seps >= 1 && !first_word_is_verb(s) || s.contains(':')
}

#[cfg(test)]
mod tests;
