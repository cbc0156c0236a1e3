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
/// UTF-16 code-unit offsets, after one pass over the text.
///
/// Bytes, characters and UTF-16 units coincide but for characters of more
/// than one byte, so only those are kept (none at all for ASCII text): a
/// count is a binary search among them, not a table of every byte (two
/// `u32`s per byte of a 30 KB resume on every keystroke).
#[derive(Debug)]
pub struct OffsetTable {
    text_len: usize,
    line_starts: Vec<usize>,
    /// The text's characters of more than one byte, in order.
    wide: Vec<Wide>,
}

/// A character of more than one byte, and how many fewer characters and
/// UTF-16 units than bytes the text before it holds.
#[derive(Debug, Clone, Copy)]
struct Wide {
    start: u32,
    bytes: u8,
    units: u8,
    fewer_chars: u32,
    fewer_units: u32,
}

impl OffsetTable {
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut line_starts = vec![0];
        let mut wide = Vec::new();
        let (mut fewer_chars, mut fewer_units) = (0, 0);
        let mut i = 0;
        loop {
            // Past plain ASCII to the next line break or wide character.
            i = crate::text::next_wide_or(bytes, i, b'\n', b'\r');
            let Some(&b) = bytes.get(i) else { break };
            if b < 0x80 {
                // A lone '\r' (old Mac line endings) also ends a line.
                if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
                    line_starts.push(i + 1);
                }
                i += 1;
                continue;
            }
            let c = text[i..].chars().next().unwrap_or_default();
            let (n, units) = (c.len_utf8() as u32, c.len_utf16() as u32);
            wide.push(Wide {
                start: i as u32,
                bytes: n as u8,
                units: units as u8,
                fewer_chars,
                fewer_units,
            });
            fewer_chars += n - 1;
            fewer_units += n - units;
            i += n as usize;
        }
        OffsetTable {
            text_len: bytes.len(),
            line_starts,
            wide,
        }
    }

    /// Characters (or UTF-16 units) before byte `offset`; an offset inside
    /// a character counts as its start.
    fn count(&self, offset: usize, units: bool) -> usize {
        let offset = offset.min(self.text_len);
        let i = self.wide.partition_point(|w| (w.start as usize) < offset);
        let Some(w) = i.checked_sub(1).map(|i| self.wide[i]) else {
            return offset;
        };
        let (fewer, width) = if units {
            (w.fewer_units, w.units)
        } else {
            (w.fewer_chars, 1)
        };
        let at_start = (w.start - fewer) as usize;
        let end = w.start as usize + usize::from(w.bytes);
        if offset < end {
            at_start
        } else {
            at_start + usize::from(width) + (offset - end)
        }
    }

    fn chars_at(&self, offset: usize) -> usize {
        self.count(offset, false)
    }

    /// UTF-16 code units before this byte offset (an offset past the end,
    /// from a stale span, counts as the end).
    pub fn utf16(&self, offset: usize) -> usize {
        self.count(offset, true)
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
        let unit_start = |w: &Wide| (w.start - w.fewer_units) as usize;
        let i = self.wide.partition_point(|w| unit_start(w) < units);
        let Some(w) = i.checked_sub(1).map(|i| self.wide[i]) else {
            return units.min(self.text_len);
        };
        let unit_end = unit_start(&w) + usize::from(w.units);
        let end = w.start as usize + usize::from(w.bytes);
        if units <= unit_end {
            end
        } else {
            (end + units - unit_end).min(self.text_len)
        }
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

    /// Every byte offset's counts, one character at a time: what the
    /// sparse table must agree with.
    #[cfg(not(target_arch = "wasm32"))]
    fn counted(text: &str) -> (Vec<usize>, Vec<usize>) {
        let (mut chars, mut units) = (vec![0; text.len() + 1], vec![0; text.len() + 1]);
        let (mut c, mut u) = (0, 0);
        for (i, ch) in text.char_indices() {
            for b in i..i + ch.len_utf8() {
                (chars[b], units[b]) = (c, u);
            }
            c += 1;
            u += ch.len_utf16();
        }
        (chars[text.len()], units[text.len()]) = (c, u);
        (chars, units)
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn counts_agree_with_counting_every_character(
            text in "(\\PC|\u{301}|🚀|中|\r\n|\n|\r|[a-z ]){0,40}"
        ) {
            let t = OffsetTable::new(&text);
            let (chars, units) = counted(&text);
            for b in 0..=text.len() + 2 {
                let at = b.min(text.len());
                proptest::prop_assert_eq!(t.utf16(b), units[at]);
                let line = t.line(at);
                let start = t.line_starts[line - 1];
                proptest::prop_assert_eq!(t.line_col(at), (line, chars[at] - chars[start] + 1));
            }
            for u in 0..=units[text.len()] + 2 {
                // The first character boundary whose count is at or after `u`.
                let expected = (0..=text.len())
                    .find(|&b| text.is_char_boundary(b) && units[b] >= u)
                    .unwrap_or(text.len());
                proptest::prop_assert_eq!(t.byte_of_utf16(u), expected);
            }
        }
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
