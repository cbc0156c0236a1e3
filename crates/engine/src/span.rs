//! Byte spans into the original text, and the one-pass tables that turn byte
//! offsets into line/column and UTF-16 offsets.

use serde::Serialize;

/// A half-open byte range `[start, end)` into the text that was checked.
/// Both ends always lie on UTF-8 character boundaries.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    pub const fn len(self) -> usize {
        self.end - self.start
    }

    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// The text this span covers.
    pub fn of(self, text: &str) -> &str {
        &text[self.start..self.end]
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    pub fn contains(self, offset: usize) -> bool {
        self.start <= offset && offset < self.end
    }

    pub fn overlaps(self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
}

/// Maps byte offsets to 1-based line and column (in characters) and to
/// UTF-16 code-unit offsets, each in O(1) after one pass over the text.
///
/// ASCII text (the common case) needs no tables at all: bytes, characters
/// and UTF-16 units coincide.
#[derive(Debug)]
pub struct OffsetTable {
    text_len: usize,
    line_starts: Vec<usize>,
    /// Per byte offset: characters before it. Empty for ASCII text.
    chars_before: Vec<u32>,
    /// Per byte offset: UTF-16 units before it. Empty for ASCII text.
    utf16_before: Vec<u32>,
}

impl OffsetTable {
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut line_starts = vec![0];
        for (i, &b) in bytes.iter().enumerate() {
            // A lone '\r' (old Mac line endings) also ends a line.
            if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
                line_starts.push(i + 1);
            }
        }
        if text.is_ascii() {
            return OffsetTable {
                text_len: bytes.len(),
                line_starts,
                chars_before: Vec::new(),
                utf16_before: Vec::new(),
            };
        }
        let mut chars_before = vec![0u32; bytes.len() + 1];
        let mut utf16_before = vec![0u32; bytes.len() + 1];
        let (mut chars, mut units) = (0u32, 0u32);
        for (i, c) in text.char_indices() {
            for b in i..i + c.len_utf8() {
                chars_before[b] = chars;
                utf16_before[b] = units;
            }
            chars += 1;
            units += c.len_utf16() as u32;
        }
        chars_before[bytes.len()] = chars;
        utf16_before[bytes.len()] = units;
        OffsetTable {
            text_len: bytes.len(),
            line_starts,
            chars_before,
            utf16_before,
        }
    }

    fn chars_at(&self, offset: usize) -> usize {
        if self.chars_before.is_empty() {
            offset
        } else {
            self.chars_before[offset] as usize
        }
    }

    /// UTF-16 code units before this byte offset (an offset past the end,
    /// from a stale span, counts as the end).
    pub fn utf16(&self, offset: usize) -> usize {
        let offset = offset.min(self.text_len);
        if self.utf16_before.is_empty() {
            offset
        } else {
            self.utf16_before[offset] as usize
        }
    }

    /// 1-based line and 1-based column in characters.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let line = self.line_starts.partition_point(|&s| s <= offset);
        let start = self.line_starts[line - 1];
        (line, self.chars_at(offset) - self.chars_at(start) + 1)
    }

    /// 1-based line of a byte offset.
    pub fn line(&self, offset: usize) -> usize {
        self.line_starts.partition_point(|&s| s <= offset)
    }

    /// The byte offset of a UTF-16 offset (for a caret position from
    /// JavaScript): the first character boundary at or after it.
    pub fn byte_of_utf16(&self, units: usize) -> usize {
        if self.utf16_before.is_empty() {
            return units.min(self.text_len);
        }
        let i = self.utf16_before.partition_point(|&u| (u as usize) < units);
        // Step back to the start of a character (bytes inside one share its count).
        let mut b = i.min(self.utf16_before.len() - 1);
        while b > 0 && self.utf16_before[b - 1] == self.utf16_before[b] {
            b -= 1;
        }
        b
    }

    pub fn utf16_span(&self, span: Span) -> Span {
        Span::new(self.utf16(span.start), self.utf16(span.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_line_and_column() {
        let t = OffsetTable::new("ab\ncd\r\nef");
        assert_eq!(t.line_col(0), (1, 1));
        assert_eq!(t.line_col(4), (2, 2));
        assert_eq!(t.line_col(7), (3, 1));
        assert_eq!(t.utf16(8), 8);
    }

    #[test]
    fn emoji_cjk_and_combining_marks() {
        // "é" as e + U+0301 is two chars; 🚀 is one char, two UTF-16 units.
        let text = "e\u{301}🚀中\nx";
        let t = OffsetTable::new(text);
        let x = text.find('x').unwrap();
        assert_eq!(t.line_col(x), (2, 1));
        let han = text.find('中').unwrap();
        assert_eq!(t.line_col(han), (1, 4));
        assert_eq!(t.utf16(han), 4);
        assert_eq!(t.utf16(text.len()), 7);
    }

    #[test]
    fn utf16_offsets_map_back_to_bytes() {
        let text = "a🚀b中c";
        let t = OffsetTable::new(text);
        for (b, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(t.byte_of_utf16(t.utf16(b)), b);
        }
        let ascii = OffsetTable::new("abc");
        assert_eq!(ascii.byte_of_utf16(2), 2);
        assert_eq!(ascii.byte_of_utf16(99), 3);
    }

    #[test]
    fn lone_carriage_return_ends_a_line() {
        let t = OffsetTable::new("a\rb");
        assert_eq!(t.line_col(2), (2, 1));
    }

    #[test]
    fn span_helpers() {
        let a = Span::new(2, 5);
        assert_eq!(a.cover(Span::new(4, 9)), Span::new(2, 9));
        assert!(a.overlaps(Span::new(4, 6)));
        assert!(!a.overlaps(Span::new(5, 6)));
        assert_eq!(Span::new(1, 3).of("abcd"), "bc");
    }
}
