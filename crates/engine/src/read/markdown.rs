//! Markdown (CommonMark as resumes use it, with Jekyll/Hugo additions):
//! what the rendered page says. Front matter, fenced code, HTML comments,
//! shortcodes, images, link targets and emphasis marks are markup; headings
//! in any form are headings; a list item with its continuation lines is one
//! bullet; a paragraph's lines are one line, as the page shows them.

use super::map::{LineHint, ViewBuilder};
use crate::document::lines::{heading_kind, split_lines};
use crate::span::Span;

/// Reads a Markdown source; also returns the link targets it saw.
pub fn read(src: &str) -> (ViewBuilder<'_>, Vec<String>) {
    let lines = split_lines(src);
    let mut md = Md {
        s: src,
        b: ViewBuilder::new(src),
        links: Vec::new(),
        section_level: None,
    };
    let mut i = front_matter_end(src, &lines);
    let mut open = Open::None;
    while i < lines.len() {
        let line = lines[i];
        let text = line.of(src);
        let trimmed = text.trim_start();
        let indent = text.len() - trimmed.len();
        let at = line.start + indent;
        // Fenced code: hidden up to the closing fence.
        if let Some(fence) = fence_of(trimmed) {
            md.b.blank_line(line.start);
            i += 1;
            while i < lines.len() && !lines[i].of(src).trim_start().starts_with(fence) {
                i += 1;
            }
            i += 1;
            open = Open::None;
            continue;
        }
        // An HTML comment over several lines.
        if trimmed.starts_with("<!--") && !trimmed.contains("-->") {
            while i < lines.len() && !lines[i].of(src).contains("-->") {
                i += 1;
            }
            i += 1;
            continue;
        }
        if trimmed.is_empty() {
            md.b.blank_line(line.start);
            open = Open::None;
            i += 1;
            continue;
        }
        if is_thematic_break(trimmed) {
            md.b.blank_line(line.start);
            open = Open::None;
            i += 1;
            continue;
        }
        if let Some((level, content)) = atx_heading(trimmed) {
            md.heading(level, Span::new(at + content.0, at + content.1));
            open = Open::None;
            i += 1;
            continue;
        }
        // Setext: a paragraph line over "===" or "---".
        if open == Open::None {
            if let Some(next) = lines.get(i + 1).map(|l| l.of(src).trim()) {
                let under = !next.is_empty()
                    && (next.bytes().all(|b| b == b'=') || next.bytes().all(|b| b == b'-'))
                    && indent < 4;
                if under && list_marker(trimmed).is_none() {
                    let level = if next.starts_with('=') { 1 } else { 2 };
                    md.heading(level, Span::new(at, line.end));
                    i += 2;
                    continue;
                }
            }
        }
        if is_link_definition(trimmed) {
            if let Some(url) = trimmed.split_once("]:").map(|(_, u)| u.trim()) {
                md.links.push(url.to_ascii_lowercase());
            }
            i += 1;
            continue;
        }
        if let Some(m) = list_marker(trimmed) {
            md.b.end_line(line.start);
            md.b.put("• ", at, at + m);
            md.inline(at + m, line.end);
            open = Open::Item;
            md.hard_break_after(line);
            i += 1;
            continue;
        }
        if trimmed.starts_with('|') {
            md.b.end_line(line.start);
            // A header row (over its |---| line) titles the columns: not prose.
            let next = lines.get(i + 1).map_or("", |l| l.of(src).trim());
            if is_delimiter_row(next) {
                i += 1;
                continue;
            }
            md.table_row(Span::new(at, line.end));
            md.b.end_line(line.end);
            open = Open::None;
            i += 1;
            continue;
        }
        // Paragraph text, or the continuation of a list item or paragraph.
        let body = Span::new(
            at + trimmed.len() - trimmed.trim_start_matches('>').trim_start().len(),
            line.end,
        );
        if open == Open::None {
            md.b.end_line(line.start);
            if md.section_level.is_some() && looks_like_bold_title(body.of(src)) {
                md.b.hint(LineHint::Entry);
            }
            open = Open::Paragraph;
        } else {
            md.b.space(line.start.saturating_sub(1), at);
        }
        md.inline(body.start, body.end);
        if md.hard_break_after(line) {
            open = Open::None;
        }
        i += 1;
    }
    md.b.end_line(src.len());
    (md.b, md.links)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Open {
    None,
    Item,
    Paragraph,
}

struct Md<'s> {
    s: &'s str,
    b: ViewBuilder<'s>,
    links: Vec<String>,
    /// The heading level that names sections (`##` in most resumes); deeper
    /// headings under it are roles.
    section_level: Option<usize>,
}

impl Md<'_> {
    fn heading(&mut self, level: usize, content: Span) {
        self.b.blank_line(content.start);
        let start = self.b.view().len();
        self.inline(content.start, content.end);
        let words = self.b.view()[start..].trim().to_string();
        let known = heading_kind(&words).is_some();
        let hint = match self.section_level {
            _ if known => {
                if self.section_level.is_none_or(|l| level < l) {
                    self.section_level = Some(level);
                }
                LineHint::Heading
            }
            Some(l) if level > l => LineHint::Entry,
            // "# Jane Doe" above everything is the name, not a section.
            None if level == 1 => LineHint::Auto,
            _ => LineHint::Heading,
        };
        self.b.hint(hint);
        self.b.blank_line(content.end);
    }

    /// Two trailing spaces, a backslash or `<br>` end the line on the page.
    fn hard_break_after(&mut self, line: Span) -> bool {
        let t = line.of(self.s);
        let hard = t.ends_with("  ")
            || t.ends_with('\\')
            || t.trim_end().to_ascii_lowercase().ends_with("<br>")
            || t.trim_end().to_ascii_lowercase().ends_with("<br/>")
            || t.trim_end().to_ascii_lowercase().ends_with("<br />");
        if hard {
            self.b.end_line(line.end);
        }
        hard
    }

    fn table_row(&mut self, row: Span) {
        let t = row.of(self.s);
        if is_delimiter_row(t) {
            return;
        }
        // The first cell labels the row: "Languages: Go, Python".
        let mut start = row.start;
        let mut cells = 0;
        for (k, _) in t.match_indices('|').chain([(t.len(), "")]) {
            let end = row.start + k;
            if end > start {
                let cell = &self.s[start..end];
                if !cell.trim().is_empty() {
                    let sep = if cells == 1 { ": " } else { ", " };
                    if cells > 0 {
                        self.b.put(sep, start.saturating_sub(1), start);
                    }
                    let lead = cell.len() - cell.trim_start().len();
                    self.inline(start + lead, start + cell.trim_end().len());
                    cells += 1;
                }
            }
            start = end + 1;
        }
    }

    /// Inline Markdown in `s[from..to]` (on one source line).
    fn inline(&mut self, from: usize, to: usize) {
        let s = self.s;
        let b = s.as_bytes();
        let mut i = from;
        while i < to {
            let c = b[i];
            match c {
                b'\\' if i + 1 < to && b[i + 1].is_ascii_punctuation() => {
                    self.b.put(&s[i + 1..i + 2], i, i + 2);
                    i += 2;
                }
                b'\\' if i + 1 == to => i += 1, // a hard break
                b'`' => {
                    let run = b[i..to].iter().take_while(|&&d| d == b'`').count();
                    let fence = &s[i..i + run];
                    match s[i + run..to].find(fence) {
                        Some(k) => {
                            let (a, e) = (i + run, i + run + k);
                            let inner = &s[a..e];
                            let lead = inner.len() - inner.trim_start().len();
                            self.b.copy(a + lead, a + inner.trim_end().len());
                            i = e + run;
                        }
                        None => {
                            self.b.copy(i, i + run);
                            i += run;
                        }
                    }
                }
                b'*' | b'_' => {
                    let run = b[i..to].iter().take_while(|&&d| d == c).count();
                    let before = s[..i].chars().next_back();
                    let after = s[i + run..to].chars().next();
                    let space_before = before.is_none_or(char::is_whitespace);
                    let space_after = after.is_none_or(char::is_whitespace);
                    let intraword = c == b'_'
                        && before.is_some_and(char::is_alphanumeric)
                        && after.is_some_and(char::is_alphanumeric);
                    if (space_before && space_after) || intraword {
                        self.b.copy(i, i + run);
                    }
                    i += run;
                }
                b'!' if s[i + 1..to].starts_with('[') => {
                    // An image: hidden whole, alt text and all.
                    i = self.link_end(i + 1, to).map_or(i + 1, |(_, _, end)| end);
                }
                b'[' => match self.link_end(i, to) {
                    Some((text_end, target, end)) => {
                        if let Some(t) = target {
                            self.links
                                .push(s[t.start..t.end].trim().to_ascii_lowercase());
                        }
                        self.inline(i + 1, text_end);
                        i = end;
                    }
                    None => {
                        self.b.copy(i, i + 1);
                        i += 1;
                    }
                },
                b'<' => i = self.angle(i, to),
                b'&' => i = self.entity(i, to),
                b'{' if s[i..to].starts_with("{{") || s[i..to].starts_with("{%") => {
                    // Hugo and Jekyll shortcodes and template tags.
                    let close = if s[i..to].starts_with("{%") {
                        "%}"
                    } else {
                        "}}"
                    };
                    i = s[i + 2..to].find(close).map_or(to, |k| i + 2 + k + 2);
                    while i < to && s[i..].starts_with('}') {
                        i += 1;
                    }
                }
                b' ' | b'\t' => {
                    self.b.space(i, i + 1);
                    i += 1;
                }
                _ => {
                    let end = b[i..to]
                        .iter()
                        .position(|&d| {
                            matches!(
                                d,
                                b'\\'
                                    | b'`'
                                    | b'*'
                                    | b'_'
                                    | b'!'
                                    | b'['
                                    | b'<'
                                    | b'&'
                                    | b'{'
                                    | b' '
                                    | b'\t'
                            )
                        })
                        .map_or(to, |k| i + k.max(1));
                    self.b.copy(i, end);
                    i = end;
                }
            }
        }
    }

    /// A link at `open` (`[`): the end of its text, its target, and the index after it.
    fn link_end(&self, open: usize, to: usize) -> Option<(usize, Option<Span>, usize)> {
        let s = self.s;
        let b = s.as_bytes();
        let mut depth = 0;
        let mut k = open;
        let close = loop {
            if k >= to {
                return None;
            }
            match b[k] {
                b'\\' => k += 1,
                b'[' => depth += 1,
                b']' => {
                    depth -= 1;
                    if depth == 0 {
                        break k;
                    }
                }
                _ => {}
            }
            k += 1;
        };
        match b.get(close + 1) {
            Some(b'(') if close + 1 < to => {
                let end = s[close + 2..to].find(')')? + close + 2;
                let target = s[close + 2..end].split_whitespace().next().map(|t| {
                    let start = close + 2 + s[close + 2..end].find(t).unwrap_or(0);
                    Span::new(start, start + t.len())
                });
                Some((close, target, end + 1))
            }
            Some(b'[') if close + 1 < to => {
                let end = s[close + 2..to].find(']')? + close + 2;
                Some((close, None, end + 1))
            }
            _ => Some((close, None, close + 1)),
        }
    }

    /// `<…>` at `i`: an autolink is read, an HTML tag or comment is hidden.
    fn angle(&mut self, i: usize, to: usize) -> usize {
        let s = self.s;
        if s[i..to].starts_with("<!--") {
            return s[i..to].find("-->").map_or(to, |k| i + k + 3);
        }
        let Some(close) = s[i..to].find('>').map(|k| i + k) else {
            self.b.copy(i, i + 1);
            return i + 1;
        };
        let inner = &s[i + 1..close];
        let is_url = inner.contains("://") || inner.starts_with("mailto:");
        if is_url && !inner.contains(char::is_whitespace) {
            self.links.push(inner.to_ascii_lowercase());
            self.b.copy(i + 1, close);
            return close + 1;
        }
        let tag = inner.trim_start_matches('/');
        if tag.starts_with(|c: char| c.is_ascii_alphabetic()) {
            let name: String = tag
                .chars()
                .take_while(char::is_ascii_alphanumeric)
                .collect::<String>()
                .to_ascii_lowercase();
            if let Some(h) = inner.find("href=") {
                let v = inner[h + 5..].trim_start_matches(['"', '\'']);
                let end = v.find(['"', '\'', ' ']).unwrap_or(v.len());
                self.links.push(v[..end].to_ascii_lowercase());
            }
            if name == "br" {
                self.b.space(i, close + 1);
            }
            return close + 1;
        }
        self.b.copy(i, i + 1);
        i + 1
    }

    /// `&amp;`, `&#8212;`: the character it names.
    fn entity(&mut self, i: usize, to: usize) -> usize {
        let s = self.s;
        let semi = s.as_bytes()[i..to.min(i + 10)]
            .iter()
            .position(|&b| b == b';')
            .map(|k| i + k);
        let decoded = semi.and_then(|semi| {
            let name = &s[i + 1..semi];
            let c = match name {
                "amp" => '&',
                "lt" => '<',
                "gt" => '>',
                "quot" => '"',
                "apos" => '\'',
                "nbsp" => ' ',
                "mdash" => '—',
                "ndash" => '–',
                "hellip" => '…',
                "middot" => '·',
                "bull" => '•',
                "rarr" => '→',
                "times" => '×',
                "copy" => '©',
                "reg" => '®',
                "trade" => '™',
                _ => {
                    let n = name.strip_prefix('#')?;
                    let code = match n.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                        None => n.parse().ok()?,
                    };
                    char::from_u32(code)?
                }
            };
            Some((c, semi + 1))
        });
        match decoded {
            Some((c, end)) => {
                if c == ' ' {
                    self.b.space(i, end);
                } else {
                    self.b.put(c.encode_utf8(&mut [0; 4]), i, end);
                }
                end
            }
            None => {
                self.b.copy(i, i + 1);
                i + 1
            }
        }
    }
}

/// Where front matter (`---` YAML or `+++` TOML at the very top) ends, as a line index.
fn front_matter_end(src: &str, lines: &[Span]) -> usize {
    let Some(first) = lines.first().map(|l| l.of(src).trim_end()) else {
        return 0;
    };
    let first = first.trim_start_matches('\u{feff}');
    let closers: &[&str] = match first {
        "---" => &["---", "..."],
        "+++" => &["+++"],
        _ => return 0,
    };
    lines
        .iter()
        .skip(1)
        .position(|l| closers.contains(&l.of(src).trim_end()))
        .map_or(0, |k| k + 2)
}

fn fence_of(t: &str) -> Option<&'static str> {
    if t.starts_with("```") {
        Some("```")
    } else if t.starts_with("~~~") {
        Some("~~~")
    } else {
        None
    }
}

/// `|---|:--:|`: the line under a table's header row.
fn is_delimiter_row(t: &str) -> bool {
    t.starts_with('|')
        && t.contains('-')
        && t.bytes()
            .all(|b| matches!(b, b'|' | b'-' | b':' | b' ' | b'\t'))
}

fn is_thematic_break(t: &str) -> bool {
    let t = t.trim_end();
    let Some(c) = t.chars().next() else {
        return false;
    };
    matches!(c, '-' | '*' | '_')
        && t.chars().filter(|&x| x == c).count() >= 3
        && t.chars().all(|x| x == c || x == ' ' || x == '\t')
}

/// `## Title ##`: the level and the content's range within `t`.
fn atx_heading(t: &str) -> Option<(usize, (usize, usize))> {
    let level = t.bytes().take_while(|&b| b == b'#').count();
    if !(1..=6).contains(&level) {
        return None;
    }
    let rest = &t[level..];
    if !rest.is_empty() && !rest.starts_with([' ', '\t']) {
        return None;
    }
    let start = level + (rest.len() - rest.trim_start().len());
    let mut end = t.trim_end().len();
    let closing = t[..end].trim_end_matches('#');
    if closing.len() < end && (closing.ends_with(' ') || closing.len() <= start) {
        end = closing.trim_end().len();
    }
    Some((level, (start, end.max(start))))
}

/// The length of a list marker and the blank after it (`- `, `* `, `+ `, `1. `, `2) `).
fn list_marker(t: &str) -> Option<usize> {
    let b = t.as_bytes();
    let n = match b.first()? {
        b'-' | b'*' | b'+' => 1,
        b'0'..=b'9' => {
            let d = b.iter().take_while(|c| c.is_ascii_digit()).count();
            if d > 9 || !matches!(b.get(d), Some(b'.' | b')')) {
                return None;
            }
            d + 1
        }
        _ => return None,
    };
    match b.get(n) {
        Some(b' ' | b'\t') => {
            let blanks = b[n..]
                .iter()
                .take_while(|c| matches!(c, b' ' | b'\t'))
                .count();
            (n + blanks < b.len()).then_some(n + blanks)
        }
        _ => None,
    }
}

/// `[id]: https://…`
fn is_link_definition(t: &str) -> bool {
    t.starts_with('[')
        && t.find("]:")
            .is_some_and(|k| !t[..k].contains(' ') || k < 40)
}

/// "**Acme Corp** — Staff Engineer": a line that opens in bold and reads
/// like a title, as Markdown resumes write their roles.
/// A bold label ("**Skills:** Go, Rust") is not a title.
fn looks_like_bold_title(t: &str) -> bool {
    let Some(wrap) = ["**", "__"].into_iter().find(|w| t.starts_with(w)) else {
        return false;
    };
    let bold = t[2..].split(wrap).next().unwrap_or("");
    let after = t[2..].split_once(wrap).map_or("", |(_, a)| a);
    !bold.trim_end().ends_with(':')
        && !after.starts_with(':')
        && t.split_whitespace().count() <= 14
        && !t.trim_end().ends_with('.')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(src: &str) -> String {
        read(src).0.finish().0
    }

    #[test]
    fn list_markers() {
        assert_eq!(list_marker("- Built"), Some(2));
        assert_eq!(list_marker("12. Built"), Some(4));
        assert_eq!(list_marker("3) Built"), Some(3));
        assert_eq!(list_marker("-5% cost"), None);
        assert_eq!(list_marker("**bold**"), None);
        assert_eq!(list_marker("2019. Built"), Some(6));
    }

    #[test]
    fn bold_titles_and_labels() {
        assert!(looks_like_bold_title("**Acme Corp** — Staff Engineer"));
        assert!(looks_like_bold_title("__Acme__, 2019 – 2021"));
        assert!(!looks_like_bold_title("**Skills:** Go, Rust"));
        assert!(!looks_like_bold_title("**Skills**: Go, Rust"));
        assert!(!looks_like_bold_title("**Note** this is a sentence."));
        assert!(!looks_like_bold_title("Acme Corp"));
    }

    #[test]
    fn headings() {
        assert_eq!(atx_heading("## Experience"), Some((2, (3, 13))));
        assert_eq!(atx_heading("## Experience ##"), Some((2, (3, 13))));
        assert_eq!(atx_heading("#hashtag"), None);
        assert_eq!(atx_heading("####### seven"), None);
    }

    #[test]
    fn inline_markup_is_unwrapped() {
        assert_eq!(
            view("- Cut **p99** from [400 ms](https://x.io/a) to `120 ms` &amp; kept _snake_case_ <b>a</b>"),
            "• Cut p99 from 400 ms to 120 ms & kept snake_case a"
        );
        assert_eq!(
            view("- Used ![logo](l.png) Kafka {{< icon \"go\" >}}"),
            "• Used Kafka"
        );
        assert_eq!(view("- 2 * 3 = 6 and a\\*b"), "• 2 * 3 = 6 and a*b");
    }

    #[test]
    fn blocks() {
        let src = "---\ntitle: CV\nlayout: page\n---\n# Jane Doe\n\n## <i class=\"fa fa-briefcase\"></i> Experience\n\n### Staff Engineer, Acme (2020–2024)\n\n- Led the move\n  to Kafka\n- Cut cost\n\n```\ncode\n```\nPlain  \nnext\n";
        assert_eq!(
            view(src),
            "Jane Doe\n\nExperience\n\nStaff Engineer, Acme (2020–2024)\n\n• Led the move to Kafka\n• Cut cost\n\nPlain\nnext"
        );
        let (b, _) = read(src);
        let (_, _, hints) = b.finish();
        assert_eq!(hints[2], LineHint::Heading);
        assert_eq!(hints[4], LineHint::Entry);
    }
}
