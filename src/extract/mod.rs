//! Binary documents to the plain text a reader sees, with what an applicant
//! tracking system would trip over. Pure Rust, no web imports: the CLI uses
//! it directly, and the browser runs it as its own wasm module in a worker
//! (`src/bin/extract.rs`, `assets/open/worker.js`) the first time a PDF or
//! DOCX is opened.
//!
//! - [`layout`]: a PDF's positioned text (pdf.js reads the file) laid out in
//!   reading order: lines from baselines, words from gaps, columns from where
//!   lines start, running headers and footers left out.
//! - [`docx`]: a Word file's paragraphs, list bullets, tables, text boxes,
//!   headers and footers (zip + XML).
//!
//! Either way the result is [`Extracted`]: text for the editor, checked like
//! pasted text, and [`FileNote`]s for the page to show.

pub mod docx;
pub mod layout;

use serde::Serialize;

/// What was read out of a file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Extracted {
    /// One line per line of the document, bullets as "• ", a blank line
    /// between blocks.
    pub text: String,
    pub notes: Vec<FileNote>,
}

/// Something about the file that a person should know: what an applicant
/// tracking system (ATS) would see differently from a human reader.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FileNote {
    pub kind: NoteKind,
    pub message: String,
    /// The lines of the text it concerns (a table's rows, a text box's
    /// paragraphs), for findings on them; empty when it has no place.
    pub lines: Vec<String>,
}

impl FileNote {
    /// The rule that notes this on its lines, if it has a place.
    pub fn rule(&self) -> Option<crate::engine::rules::RuleId> {
        use crate::engine::rules::RuleId;
        match self.kind {
            NoteKind::Table if !self.lines.is_empty() => Some(RuleId::AtsTable),
            NoteKind::TextBox if !self.lines.is_empty() => Some(RuleId::AtsTextBox),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum NoteKind {
    /// Text set in two or more columns.
    Columns,
    /// Text in a table.
    Table,
    /// Text in a text box (DOCX).
    TextBox,
    /// Text in running headers or footers.
    HeaderFooter,
    /// Characters that do not decode to text (icon fonts, missing maps).
    Undecodable,
    /// Only the first pages were read.
    Truncated,
}

/// Why a file could not be read. The page shows the message and keeps the
/// editor's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExtractError {
    pub kind: ErrorKind,
    pub message: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ErrorKind {
    /// Not the kind of file its name says.
    NotThisFormat,
    /// Damaged: parts missing or unreadable.
    Damaged,
    /// Password-protected.
    Encrypted,
    /// Over a size cap (the file, or what it inflates to).
    TooLarge,
    /// No text to read: a scan, or an empty document.
    NoText,
}

impl ExtractError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Self {
            kind,
            message: message.into(),
        }
    }
}

impl std::fmt::Display for ExtractError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ExtractError {}

/// The largest file the page or the CLI opens.
pub const MAX_FILE_BYTES: usize = 20 * 1024 * 1024;

/// A character as text: ligatures spelled out, soft hyphens dropped, odd
/// spaces as spaces, bullet glyphs (Word's Symbol-font bullet, LaTeX's) as
/// "•". `None` for a character that does not decode (private use, U+FFFD).
pub(crate) fn decode_char(c: char, out: &mut String) -> bool {
    if let Some(letters) = crate::engine::read::pdf::ligature(c) {
        out.push_str(letters);
        return true;
    }
    match c {
        '\u{ad}' | '\u{200b}' | '\u{feff}' => {}
        '\u{a0}' | '\u{2002}'..='\u{200a}' | '\u{202f}' => out.push(' '),
        c if is_private_use_bullet(c) => out.push('•'),
        '\u{fffd}' | '\u{e000}'..='\u{f8ff}' => return false,
        c if c.is_control() && !matches!(c, '\t' | '\n') => {}
        c => out.push(c),
    }
    true
}

/// The private-use code points Word's Symbol and Wingdings bullets come
/// out as.
fn is_private_use_bullet(c: char) -> bool {
    matches!(
        c,
        '\u{f0b7}' | '\u{f0a7}' | '\u{f076}' | '\u{f0d8}' | '\u{f0fc}' | '\u{f06e}' | '\u{f0a8}'
    )
}

/// Glyphs that mark a list item at the start of a line.
fn is_bullet_glyph(c: char) -> bool {
    matches!(
        c,
        '•' | '●'
            | '▪'
            | '■'
            | '◦'
            | '○'
            | '‣'
            | '∙'
            | '➢'
            | '►'
            | '▸'
            | '❖'
            | '✓'
            | '✔'
            | '⁃'
    ) || is_private_use_bullet(c)
}

/// A line's text with a leading bullet glyph (and the spaces after it) as
/// "• ". Returns whether it was a bullet.
pub(crate) fn normalize_bullet(line: &mut String) -> bool {
    let t = line.trim_start();
    let mut chars = t.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    // "·" is a bullet only at the start of a line; "-" and "*" when a space follows.
    let rest = chars.as_str();
    let is_marker = is_bullet_glyph(first)
        || (matches!(first, '·' | '-' | '–' | '*') && rest.starts_with([' ', '\t']));
    if !is_marker {
        return false;
    }
    let body = rest.trim_start().to_string();
    *line = format!("• {body}");
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn characters_decode_to_what_a_reader_sees() {
        let mut s = String::new();
        for c in "ﬁle\u{ad}system\u{a0}x".chars() {
            assert!(decode_char(c, &mut s));
        }
        assert_eq!(s, "filesystem x");
        let mut s = String::new();
        assert!(!decode_char('\u{f09b}', &mut s), "an icon font's glyph");
        assert!(!decode_char('\u{fffd}', &mut s));
        assert!(decode_char('\u{f0b7}', &mut s), "Word's bullet");
        assert_eq!(s, "•");
    }

    #[test]
    fn bullet_markers_become_one_style() {
        for (line, want) in [
            ("•\tCut p99 latency", Some("• Cut p99 latency")),
            ("  ● Led the migration", Some("• Led the migration")),
            ("- Built a queue", Some("• Built a queue")),
            ("\u{f0b7} Word bullet", Some("• Word bullet")),
            ("-40% cost", None),
            ("·dot", None),
            ("Skills: Go", None),
        ] {
            let mut s = line.to_string();
            let is = normalize_bullet(&mut s);
            assert_eq!(is.then_some(s.as_str()), want, "{line:?}");
        }
    }
}
