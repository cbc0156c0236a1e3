//! Splitting text into lines and classifying each line on its own:
//! blank, heading, bullet (with its marker), rule, markup, or plain text.

use crate::lexicon::{lexicon, other_language_section, SectionKind};
use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineKind {
    Blank,
    /// A section heading. `content` is text after "Skills: …" on the same line.
    Heading {
        kind: SectionKind,
        content: Option<Span>,
    },
    /// A bullet: its marker and the text after it.
    Bullet {
        marker: Span,
        text: Span,
    },
    /// A line of only `---`, `===`, `___`: a separator, or a Setext underline.
    Rule,
    /// LaTeX or Markdown scaffolding with no prose (`\begin{itemize}`).
    Markup,
    /// Anything else: text span with surrounding whitespace trimmed.
    Text {
        text: Span,
    },
}

#[derive(Clone, Copy, Debug)]
pub struct Line {
    /// The line without its line ending.
    pub span: Span,
    pub kind: LineKind,
    /// Leading whitespace (tabs count as four).
    pub indent: usize,
}

/// Byte spans of each line, without the line ending (`\n`, `\r\n` or `\r`).
pub fn split_lines(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 32 + 1);
    let (mut start, mut i) = (0, 0);
    while i < bytes.len() {
        if bytes[i] == b'\n' || bytes[i] == b'\r' {
            out.push(Span::new(start, i));
            if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
                i += 1;
            }
            start = i + 1;
        }
        i += 1;
    }
    if start < bytes.len() || out.is_empty() {
        out.push(Span::new(start, bytes.len()));
    }
    out
}

fn is_blank_char(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{0}' | '\u{feff}' | '\u{200b}' | '\u{200e}' | '\u{200f}'
        )
}

/// Trim blank characters from both ends of a span.
pub fn trim(text: &str, span: Span) -> Span {
    let s = span.of(text);
    let start = s.len() - s.trim_start_matches(is_blank_char).len();
    let end = s.trim_end_matches(is_blank_char).len();
    if end <= start {
        return Span::new(span.start + start, span.start + start);
    }
    Span::new(span.start + start, span.start + end)
}

/// Characters that mark a bullet when followed by text.
const SYMBOL_MARKERS: &[char] = &[
    '•', '●', '▪', '◦', '–', '—', '·', '○', '■', '□', '►', '▸', '▹', '➢', '➤', '✓', '✔', '❖', '◆',
    '◇', '→', '⁃', '∙', '⦁', '-', '*', '+', '>', '~',
    // Japanese text marks a list item with a katakana middle dot; a social
    // post, with an emoji.
    '・', '･', '✅', '👉', '➕', '🔹', '🔸',
];

/// Whether `c` marks a list item when text follows it ("•", "✅", "→").
pub(crate) fn is_a_bullet_marker(c: char) -> bool {
    SYMBOL_MARKERS.contains(&c)
}

fn is_private_use(c: char) -> bool {
    ('\u{E000}'..='\u{F8FF}').contains(&c)
}

/// A trimmed line's text after its list marker ("- Go" -> "Go", "3. Kafka"
/// -> "Kafka"), when it is a list item: the resume's bullets and a
/// posting's lists are told apart the same way.
pub fn list_item_text(line: &str) -> Option<&str> {
    bullet_marker(line, Span::new(0, line.len())).map(|(_, body)| body.of(line))
}

/// If the trimmed line starts with a bullet marker, its span and the text span.
fn bullet_marker(text: &str, line: Span) -> Option<(Span, Span)> {
    let s = line.of(text);
    let mut chars = s.char_indices();
    let (_, c) = chars.next()?;
    // LaTeX: \item text, \resumeItem{text}, \resumeSubItem{text}
    for cmd in ["\\item", "\\resumeItem", "\\resumeSubItem", "\\cvitem"] {
        if let Some(rest) = s.strip_prefix(cmd) {
            if rest.starts_with(|c: char| c.is_alphabetic()) {
                continue;
            }
            let marker = Span::new(line.start, line.start + cmd.len());
            let mut body = trim(text, Span::new(marker.end, line.end));
            let b = body.of(text);
            if b.starts_with('{') {
                body.start += 1;
                if body.of(text).ends_with('}') {
                    body.end -= 1;
                }
            }
            let body = trim(text, body);
            return (!body.is_empty()).then_some((marker, body));
        }
    }
    let marker_len;
    if SYMBOL_MARKERS.contains(&c) || is_private_use(c) {
        marker_len = c.len_utf8();
        let next = s[marker_len..].chars().next()?;
        let spaced = is_blank_char(next);
        // "-" "*" "+" ">" "~" need a space after them ("-5%" or "*args" are not bullets).
        let needs_space = matches!(c, '-' | '*' | '+' | '>' | '~');
        if needs_space && !spaced {
            return None;
        }
        // "--" "**bold**" are not bullets; "—" between words is a dash.
        if !spaced && !next.is_alphanumeric() && !matches!(next, '$' | '~' | '<' | '(' | '"' | '“')
        {
            return None;
        }
        if c == '*' && s[1..].trim_start().starts_with('*') {
            return None;
        }
    } else if c.is_ascii_digit() || (c.is_ascii_alphabetic() && s.len() > 2) {
        // "1." "12)" "(3)" "a)" numbered bullets.
        let digits = s.bytes().take_while(u8::is_ascii_digit).count();
        let n = if c.is_ascii_digit() { digits } else { 1 };
        let after = s.as_bytes().get(n).copied()?;
        let space_after = s
            .as_bytes()
            .get(n + 1)
            .is_some_and(|b| b.is_ascii_whitespace());
        if !(n <= 2 && matches!(after, b'.' | b')') && space_after) {
            return None;
        }
        if !c.is_ascii_digit() && after == b'.' {
            return None; // "A. Smith" is a name, not a list
        }
        marker_len = n + 1;
    } else if c == '(' {
        let close = s.find(')')?;
        if close > 3 || !s[1..close].bytes().all(|b| b.is_ascii_digit()) || close == 1 {
            return None;
        }
        marker_len = close + 1;
    } else {
        return None;
    }
    let marker = Span::new(line.start, line.start + marker_len);
    let body = trim(text, Span::new(marker.end, line.end));
    (!body.is_empty()).then_some((marker, body))
}

/// A heading marked with a block, as a Japanese resume marks its own: "■
/// 職務経歴", "◆ SKILLS", naming a section whole and with no lowercase
/// word ("● Leadership" is a Google Doc's item). Read with the lens, as
/// the other languages' headings are.
#[cfg(feature = "lens")]
fn block_heading(text: &str, body: Span) -> Option<LineKind> {
    if !body.of(text).starts_with(['■', '◆', '◇']) {
        return None;
    }
    // The block is the line's first character: its bullet's marker.
    let (_, words) = bullet_marker(text, body)?;
    if words.of(text).bytes().any(|b| b.is_ascii_lowercase()) {
        return None;
    }
    heading(text, words).filter(|h| matches!(h, LineKind::Heading { content: None, .. }))
}

#[cfg(not(feature = "lens"))]
fn block_heading(_: &str, _: Span) -> Option<LineKind> {
    None
}

/// Strip Markdown/LaTeX heading decoration and return the heading words.
pub(crate) fn heading_core(s: &str) -> (&str, usize) {
    let mut t = s.trim();
    for cmd in [
        "\\section*{",
        "\\section{",
        "\\subsection*{",
        "\\subsection{",
        "\\cvsection{",
    ] {
        if let Some(rest) = t.strip_prefix(cmd) {
            if let Some(end) = rest.find('}') {
                return (rest[..end].trim(), 0);
            }
        }
    }
    let hashes = t.len() - t.trim_start_matches('#').len();
    t = t.trim_start_matches('#').trim();
    for wrap in ["**", "__"] {
        if let Some(inner) = t.strip_prefix(wrap).and_then(|r| r.strip_suffix(wrap)) {
            t = inner.trim();
        }
    }
    (t, hashes)
}

fn normalize_heading(s: &str) -> String {
    // "技能：" ends in a full-width colon (a heading only the lens reads).
    #[cfg(feature = "lens")]
    let core = s.trim().trim_end_matches([':', '：']).trim();
    #[cfg(not(feature = "lens"))]
    let core = s.trim().trim_end_matches(':').trim();
    let mut out = String::with_capacity(core.len());
    for w in core.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        if w.is_ascii() {
            let at = out.len();
            out.push_str(w);
            out[at..].make_ascii_lowercase(); // no copy of each word to lowercase it
        } else {
            out.extend(w.chars().map(heading_lowercase));
        }
    }
    out
}

/// A heading's capital in lower case, for the scripts resume headings are
/// written in: "EXPÉRIENCE", and with the lens "İŞ DENEYİMİ",
/// "UMIEJĘTNOŚCI", "KỸ NĂNG", "ОПЫТ РАБОТЫ", "ՀՄՏՈՒԹՅՈՒՆՆԵՐ" (and, with
/// the lens, a token's lowercase: `text::Lower`). Each block pairs its capitals
/// with their small letters by a fixed rule (`char::to_lowercase` would
/// bring in Unicode's case tables, about 9 KB gzipped of the first load).
pub(crate) fn heading_lowercase(c: char) -> char {
    let u = c as u32;
    let small = match u {
        // Latin-1's capitals, and Cyrillic's basic ones.
        0xC0..=0xDE if c != '×' => u + 0x20,
        // The other languages' headings are read with a job description
        // only (`lexicon::other_language_section`): so is their case.
        #[cfg(feature = "lens")]
        0x410..=0x42F => u + 0x20,
        #[cfg(feature = "lens")]
        0x400..=0x40F => u + 0x50,
        // Turkish dotted capital I.
        #[cfg(feature = "lens")]
        0x130 => u32::from(b'i'),
        // Latin Extended-A and Additional: capital, then its small letter.
        #[cfg(feature = "lens")]
        0x100..=0x137 | 0x14A..=0x177 | 0x1E00..=0x1E95 | 0x1EA0..=0x1EFF if u % 2 == 0 => u + 1,
        #[cfg(feature = "lens")]
        0x139..=0x148 | 0x179..=0x17E if u % 2 == 1 => u + 1,
        // Vietnamese's horned O and U ("ƯU TIÊN").
        #[cfg(feature = "lens")]
        0x1A0 | 0x1AF => u + 1,
        // Hausa's hooked letters ("Ƙungiyarmu", "Ɓoye", "Ɗalibai").
        #[cfg(feature = "lens")]
        0x198 => 0x199,
        #[cfg(feature = "lens")]
        0x181 => 0x253,
        #[cfg(feature = "lens")]
        0x18A => 0x257,
        #[cfg(feature = "lens")]
        0x1B3 => 0x1B4,
        // Romanian's S and T with a comma below ("COMPETENȚE").
        #[cfg(feature = "lens")]
        0x218..=0x21B if u % 2 == 0 => u + 1,
        // Cyrillic's other capitals, each before its small letter
        // (Ukrainian "Ґ", Kazakh "Қ", "Ә", "Ө"), and Armenian's ("Մ").
        #[cfg(feature = "lens")]
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x4FF if u % 2 == 0 => u + 1,
        #[cfg(feature = "lens")]
        0x531..=0x556 => u + 0x30,
        // Greek's capitals, then those with a tonos ("Απαιτούμενα", "Ώρες").
        #[cfg(feature = "lens")]
        0x391..=0x3AB if u != 0x3A2 => u + 0x20,
        #[cfg(feature = "lens")]
        0x386 => 0x3AC,
        #[cfg(feature = "lens")]
        0x388..=0x38A => u + 0x25,
        #[cfg(feature = "lens")]
        0x38C => 0x3CC,
        #[cfg(feature = "lens")]
        0x38E..=0x38F => u + 0x3F,
        _ => return c.to_ascii_lowercase(),
    };
    char::from_u32(small).unwrap_or(c)
}

/// The section a heading's lowercased name names, in English or (where a
/// job description is read) in another language.
fn section_named(name: &str) -> Option<SectionKind> {
    lexicon()
        .sections
        .get(name)
        .copied()
        .or_else(|| other_language_section(name))
}

/// Whether text is at most `limit` characters long: Burmese's
/// "ကျွမ်းကျင်မှုများ" (skills) is 17 letters and marks in 51 bytes, and
/// "Compétences / Kenntnisse / Fähigkeiten / Skills" 47 characters in 49.
fn within(text: &str, limit: usize) -> bool {
    text.chars().count() <= limit
}

/// As `within` where other languages' headings are read (the lens); the
/// first load counts bytes, as its run-in, noted and long headings are
/// English ones.
fn within_with_the_lens(text: &str, limit: usize) -> bool {
    if cfg!(feature = "lens") {
        within(text, limit)
    } else {
        text.len() <= limit
    }
}

/// A heading with a note in brackets after it ("SELECTED ENGAGEMENTS
/// (2020 – present, freelance)", "Experience (selected)"): the section its
/// words before the note name.
///
/// Good: "SELECTED ENGAGEMENTS (2020 – present, freelance)". Bad: "Acme
/// (2019 – 2024)" (no section), "Skills" (no note).
fn noted_heading(core: &str) -> Option<SectionKind> {
    let (head, note) = core.split_once(" (")?;
    (note.ends_with(')') && within_with_the_lens(head, 48))
        .then(|| section_named(&normalize_heading(head)))
        .flatten()
}

/// A whole-line heading, or a "Skills: Go, Rust" heading with content.
fn heading(text: &str, line: Span) -> Option<LineKind> {
    let s = line.of(text);
    let (core, hashes) = heading_core(s);
    // Headings are short; only a short line is looked up whole (a long one
    // may still be "Skills: Go, Rust, …").
    let name = if within(core, 48) {
        normalize_heading(core)
    } else {
        String::new()
    };
    // A bilingual heading names its section in either half: "EXPERIENCIA /
    // EXPERIENCE", "Compétences / Skills".
    let known = name
        .split(" / ")
        .find_map(|half| section_named(half.trim()))
        .or_else(|| noted_heading(core));
    if !within_with_the_lens(s, 80) {
    } else if let Some(kind) = known {
        return Some(LineKind::Heading {
            kind,
            content: None,
        });
    }
    // "SECTION NAME" with letter-spacing or trailing decoration: "E X P E R I E N C E".
    let squeezed: String = core.chars().filter(|c| c.is_alphabetic()).collect();
    if s.len() <= 80
        && squeezed.len() >= 4
        && core.contains(' ')
        && core.split_whitespace().all(|w| w.chars().count() == 1)
    {
        if let Some(kind) = section_named(&squeezed.to_ascii_lowercase()) {
            return Some(LineKind::Heading {
                kind,
                content: None,
            });
        }
    }
    // "**Skills:** Go, Rust" or "Skills: Go, Rust"
    if let Some(colon) = s.find(':').filter(|&c| within_with_the_lens(&s[..c], 48)) {
        let (head, _) = heading_core(&s[..colon]);
        let head = head.trim_end_matches("**").trim_end_matches("__");
        let head = normalize_heading(head.trim_start_matches("**").trim_start_matches("__"));
        if let Some(kind) = section_named(&head) {
            if matches!(kind, SectionKind::Skills | SectionKind::Summary) {
                let mut after = colon + 1;
                let rest = &s[after..];
                for wrap in ["**", "__"] {
                    if rest.starts_with(wrap) {
                        after += 2;
                    }
                }
                let content = trim(text, Span::new(line.start + after, line.end));
                return Some(LineKind::Heading {
                    kind,
                    content: (!content.is_empty()).then_some(content),
                });
            }
        }
    }
    // A Markdown "#"/"##" heading or LaTeX section we do not know: a section of its own.
    let latex = s.trim_start().starts_with("\\section");
    if s.len() <= 80
        && ((1..=2).contains(&hashes) || latex)
        && !core.is_empty()
        && core.split_whitespace().count() <= 5
    {
        return Some(LineKind::Heading {
            kind: SectionKind::Other,
            content: None,
        });
    }
    None
}

fn is_rule(s: &str) -> bool {
    let t = s.trim();
    t.chars().count() >= 3
        && t.chars()
            .all(|c| matches!(c, '-' | '=' | '_' | '*' | '~' | '─' | '━' | '═'))
}

pub fn is_page_number(t: &str) -> bool {
    // "Page 1 of 2", "1 / 2", "- 1 -"
    if t.len() > 16 {
        return false;
    }
    let lower = t.to_ascii_lowercase();
    let words: Vec<&str> = lower.split_whitespace().collect();
    match words.as_slice() {
        ["page", n] | ["page", n, "of", _] | [n, "/", _] | ["-", n, "-"] => {
            n.bytes().all(|b| b.is_ascii_digit())
        }
        _ => false,
    }
}

fn is_markup(s: &str) -> bool {
    let t = s.trim();
    if is_page_number(t) {
        return true;
    }
    if t.starts_with("\\begin") || t.starts_with("\\end") || t == "\\\\" || t == "}" || t == "{" {
        return true;
    }
    // A lone LaTeX command with no prose: \resumeSubHeadingListStart, \vspace{2pt}
    t.starts_with('\\')
        && !t.contains(' ')
        && t.chars().filter(|c| c.is_alphabetic()).count() > 0
        && !t.contains("section")
}

pub fn classify(text: &str, span: Span) -> Line {
    let s = span.of(text);
    let indent = s
        .chars()
        .take_while(|c| is_blank_char(*c))
        .map(|c| if c == '\t' { 4 } else { 1 })
        .sum();
    let body = trim(text, span);
    let kind = if body.is_empty() {
        LineKind::Blank
    } else if is_rule(body.of(text)) {
        LineKind::Rule
    } else if let Some(h) = block_heading(text, body) {
        h
    } else if let Some((marker, text_span)) = bullet_marker(text, body) {
        // Bullets first: most lines of a resume are bullets, and a heading
        // starts with a bullet marker only as a block ([`block_heading`]).
        LineKind::Bullet {
            marker,
            text: text_span,
        }
    } else if let Some(h) = heading(text, body) {
        h
    } else if is_markup(body.of(text)) {
        LineKind::Markup
    } else {
        LineKind::Text { text: body }
    };
    Line { span, kind, indent }
}

/// The section a heading's words name: the whole name ("Work History"),
/// else its last words ("Past Experience" -> "experience", "Selected
/// Open Source Work" -> "open source work"), with any leading icons,
/// emoji or numbering dropped.
pub fn heading_kind(words: &str) -> Option<SectionKind> {
    let core = words.trim_start_matches(|c: char| !c.is_alphanumeric());
    let name = normalize_heading(heading_core(core).0);
    if let Some(k) = section_named(&name) {
        return Some(k);
    }
    let sections = &lexicon().sections;
    let mut rest = name.as_str();
    while let Some((_, tail)) = rest.split_once(' ') {
        if let Some(&k) = sections.get(tail) {
            return Some(k);
        }
        rest = tail;
    }
    None
}

/// The heading kind a line of text would have as a Setext heading (underlined).
pub fn setext_heading(text: &str, span: Span) -> Option<SectionKind> {
    heading_named(span.of(text))
}

/// The section a heading's words name, whole ("Interests"), not by their
/// last words as [`heading_kind`] also reads them ("Engineering
/// Leadership", a name's line).
pub fn heading_named(words: &str) -> Option<SectionKind> {
    section_named(&normalize_heading(heading_core(words).0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(s: &str) -> LineKind {
        classify(s, Span::new(0, s.len())).kind
    }

    fn bullet_text(s: &str) -> Option<&str> {
        match kind(s) {
            LineKind::Bullet { text, .. } => Some(&s[text.start..text.end]),
            _ => None,
        }
    }

    #[test]
    fn splits_all_line_endings() {
        let t = "a\r\nb\nc\rd";
        let lines: Vec<_> = split_lines(t).iter().map(|s| s.of(t)).collect();
        assert_eq!(lines, ["a", "b", "c", "d"]);
        assert_eq!(split_lines("").len(), 1);
        assert_eq!(split_lines("a\n").len(), 1);
        let t = "a\r\r\nb\n\r\n\n";
        let lines: Vec<_> = split_lines(t).iter().map(|s| s.of(t)).collect();
        assert_eq!(lines, ["a", "", "b", "", ""]);
    }

    #[test]
    fn headings_in_many_styles() {
        for h in [
            "Experience",
            "WORK EXPERIENCE",
            "## Professional Experience",
            "Employment:",
            "**Projects**",
            "\\section{Technical Skills}",
            "\\section*{Education}",
            "E X P E R I E N C E",
            "Open Source",
            // A one-word heading for the roles held.
            "WORK",
        ] {
            assert!(matches!(kind(h), LineKind::Heading { .. }), "{h}");
        }
        assert!(matches!(
            kind("Experience with Kafka at scale"),
            LineKind::Text { .. }
        ));
        assert!(matches!(kind("Work with Kafka"), LineKind::Text { .. }));
        // With the lens, a block mark heads a section it names whole; an
        // item is an item.
        #[cfg(feature = "lens")]
        assert!(matches!(kind("■ SKILLS"), LineKind::Heading { .. }));
        #[cfg(feature = "lens")]
        assert!(matches!(kind("◆ EXPERIENCE"), LineKind::Heading { .. }));
        assert_eq!(bullet_text("● Leadership"), Some("Leadership"));
        assert_eq!(bullet_text("◆ Tools"), Some("Tools"));
        assert_eq!(bullet_text("■ Skills in Go"), Some("Skills in Go"));
        assert_eq!(bullet_text("• Skills"), Some("Skills"));
    }

    #[test]
    fn a_bilingual_heading_names_its_section_in_either_half() {
        let section = |s: &str| match kind(s) {
            LineKind::Heading { kind, .. } => Some(kind),
            _ => None,
        };
        assert_eq!(section("HABILIDADES / SKILLS"), Some(SectionKind::Skills));
        assert_eq!(
            section("Experience / Experiencia"),
            Some(SectionKind::Experience)
        );
        assert_eq!(section("CI / CD"), None);
    }

    #[test]
    fn a_heading_in_another_european_language_names_its_section() {
        let section = |s: &str| match kind(s) {
            LineKind::Heading { kind, .. } => Some(kind),
            _ => None,
        };
        assert_eq!(section("Compétences"), Some(SectionKind::Skills));
        assert_eq!(section("Kenntnisse"), Some(SectionKind::Skills));
        // The rarer ones and other languages', read with the lens (served
        // with the job lexicon in a browser).
        if cfg!(feature = "lens") {
            assert_eq!(section("Herramientas"), Some(SectionKind::Skills));
            assert_eq!(section("Ferramentas"), Some(SectionKind::Skills));
            assert_eq!(
                section("Experiência profissional"),
                Some(SectionKind::Experience)
            );
            assert_eq!(section("Opleiding"), Some(SectionKind::Education));
            // A short heading in a script of three bytes a letter, marks
            // and all, is longer in bytes than a long English one.
            assert_eq!(section("ကျွမ်းကျင်မှုများ"), Some(SectionKind::Skills));
            assert_eq!(section("လုပ်ငန်းအတွေ့အကြုံ"), Some(SectionKind::Experience));
            // So is one run in before its content, or before a note.
            assert!(matches!(
                kind("ကျွမ်းကျင်မှုများ: Python, Go"),
                LineKind::Heading {
                    kind: SectionKind::Skills,
                    content: Some(_)
                }
            ));
            assert_eq!(
                section("လုပ်ငန်းအတွေ့အကြုံ (၂၀၁၉ – ယနေ့)"),
                Some(SectionKind::Experience)
            );
        }
        // A long line with a slash is a line of skills, not a bilingual
        // heading, however many bytes it takes.
        let skills =
            "Languages / Tools: Python, Go, Rust, TypeScript, Docker, Kubernetes, Terraform";
        assert!(
            !matches!(kind(skills), LineKind::Heading { content: None, .. }),
            "{:?}",
            kind(skills)
        );
        assert_eq!(section("Berufserfahrung"), Some(SectionKind::Experience));
        assert_eq!(
            section("Experiencia profesional"),
            Some(SectionKind::Experience)
        );
        assert_eq!(section("Langues"), Some(SectionKind::Other));
        assert_eq!(
            section("EXPÉRIENCE PROFESSIONNELLE"),
            Some(SectionKind::Experience)
        );
        assert_eq!(section("ESPERIENZA"), Some(SectionKind::Experience));
        assert_eq!(section("COMPETENZE"), Some(SectionKind::Skills));
    }

    #[test]
    #[cfg(feature = "lens")]
    fn a_heading_in_capitals_of_other_scripts_names_its_section() {
        use SectionKind::*;
        let section = |s: &str| match kind(s) {
            LineKind::Heading { kind, .. } => Some(kind),
            _ => None,
        };
        for (heading, kind) in [
            ("EXPERIÊNCIA", Experience),
            ("COMPETÊNCIAS", Skills),
            ("FORMAÇÃO ACADÊMICA", Education),
            ("İŞ DENEYİMİ", Experience),
            ("DOŚWIADCZENIE ZAWODOWE", Experience),
            ("UMIEJĘTNOŚCI", Skills),
            ("WYKSZTAŁCENIE", Education),
            ("KINH NGHIỆM LÀM VIỆC", Experience),
            ("KỸ NĂNG", Skills),
            ("ОПЫТ РАБОТЫ", Experience),
            ("Навыки", Skills),
            ("PENGALAMAN KERJA", Experience),
            ("Werkervaring", Experience),
            ("職務経歴", Experience),
            ("技能：", Skills),
            ("경력", Experience),
            ("ทักษะ", Skills),
            ("COMPETENȚE", Skills),
            ("EXPERIENȚĂ PROFESIONALĂ", Experience),
            ("EDUCAȚIE", Education),
            ("TYÖKOKEMUS", Experience),
            ("VZDĚLÁNÍ", Education),
        ] {
            assert_eq!(section(heading), Some(kind), "{heading}");
        }
        // A capital is lowered by its own block's rule, no other.
        assert_eq!(heading_lowercase('Ł'), 'ł');
        assert_eq!(heading_lowercase('Ž'), 'ž');
        assert_eq!(heading_lowercase('Ё'), 'ё');
        assert_eq!(heading_lowercase('ł'), 'ł');
        assert_eq!(heading_lowercase('×'), '×');
        assert_eq!(heading_lowercase('技'), '技');
        assert_eq!(heading_lowercase('Ư'), 'ư');
        assert_eq!(heading_lowercase('Ơ'), 'ơ');
        #[cfg(feature = "lens")]
        {
            let greek = "ΑΠΑΙΤΟΎΜΕΝΑ ΆΈΉΊΌΎΏ ΪΫ Σ";
            let small: String = greek.chars().map(heading_lowercase).collect();
            assert_eq!(small, "απαιτούμενα άέήίόύώ ϊϋ σ");
            assert_eq!(heading_lowercase('\u{3A2}'), '\u{3A2}');
            let hausa: String = "ƘƁƊƳ".chars().map(heading_lowercase).collect();
            assert_eq!(hausa, "ƙɓɗƴ");
        }
        assert_eq!(heading_lowercase('ư'), 'ư');
    }

    #[test]
    fn inline_skills_heading_keeps_content() {
        let s = "**Skills:** Go, Rust, Kafka";
        match kind(s) {
            LineKind::Heading { kind, content } => {
                assert_eq!(kind, SectionKind::Skills);
                assert_eq!(content.unwrap().of(s), "Go, Rust, Kafka");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn bullet_markers() {
        for (line, text) in [
            ("- Built X", "Built X"),
            ("* Built X", "Built X"),
            ("• Built X", "Built X"),
            ("•Built X", "Built X"),
            ("● Built X", "Built X"),
            ("▪ Built X", "Built X"),
            ("◦ Built X", "Built X"),
            ("– Built X", "Built X"),
            ("· Built X", "Built X"),
            ("・Swift Concurrency を使う", "Swift Concurrency を使う"),
            ("✅ English", "English"),
            ("👉 Deploying on AWS", "Deploying on AWS"),
            ("\u{f0b7}\tBuilt X", "Built X"),
            ("1. Built X", "Built X"),
            ("12) Built X", "Built X"),
            ("(3) Built X", "Built X"),
            ("\\item Built X", "Built X"),
            ("\\resumeItem{Built X}", "Built X"),
            ("  - Built X  ", "Built X"),
        ] {
            assert_eq!(bullet_text(line), Some(text), "{line:?}");
        }
        for not in [
            "-5% error rate",
            "**Bold** text",
            "2019 - 2021",
            "A. Smith",
            "Built X",
            "--",
        ] {
            assert_eq!(bullet_text(not), None, "{not:?}");
        }
    }

    #[test]
    fn rules_and_markup() {
        assert_eq!(kind("-----"), LineKind::Rule);
        assert_eq!(kind("\\begin{itemize}"), LineKind::Markup);
        assert_eq!(kind("   \t"), LineKind::Blank);
        assert_eq!(kind("Page 1 of 2"), LineKind::Markup);
    }
}
