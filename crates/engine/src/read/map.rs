//! The view a reader builds and the map from it back to the source.
//!
//! A reader appends to a [`ViewBuilder`]: runs copied verbatim from the
//! source, and short pieces it writes itself (a bullet marker for `\item`,
//! "%" for `\%`, a space for a line break inside a bullet). Each piece
//! remembers the source range it stands for, so any span in the view maps
//! back to a span of the source: exactly inside copied runs, and widened to
//! the whole source range inside written pieces.

use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Piece {
    view: usize,
    view_len: usize,
    src: usize,
    src_len: usize,
    /// Copied verbatim: every byte of the view is the source byte at the same offset.
    exact: bool,
}

/// How a view line is to be read, when the reader knows better than the
/// line's own look.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LineHint {
    #[default]
    Auto,
    /// A section heading (`\section{…}`, `## …`, a JSON Resume section).
    Heading,
    /// A role or project's title, company, place or dates line.
    Entry,
}

/// Maps view offsets back to the source.
#[derive(Clone, Debug, Default)]
pub struct SourceMap {
    pieces: Vec<Piece>,
    src_len: usize,
}

impl SourceMap {
    /// The map of a view that is the source itself.
    pub fn identity(len: usize) -> SourceMap {
        SourceMap {
            pieces: vec![Piece {
                view: 0,
                view_len: len,
                src: 0,
                src_len: len,
                exact: true,
            }],
            src_len: len,
        }
    }

    /// The source offset for a view offset that starts a span.
    pub fn start(&self, v: usize) -> usize {
        let i = self.pieces.partition_point(|p| p.view <= v);
        let Some(p) = i.checked_sub(1).map(|i| self.pieces[i]) else {
            return 0;
        };
        if v >= p.view + p.view_len {
            return p.src + p.src_len; // past the end of the view
        }
        if p.exact {
            p.src + (v - p.view)
        } else {
            p.src
        }
    }

    /// The source offset for a view offset that ends a span.
    pub fn end(&self, v: usize) -> usize {
        let i = self.pieces.partition_point(|p| p.view < v);
        let Some(p) = i.checked_sub(1).map(|i| self.pieces[i]) else {
            return self.pieces.first().map_or(0, |p| p.src);
        };
        if p.exact {
            p.src + (v - p.view).min(p.src_len)
        } else {
            p.src + p.src_len
        }
    }

    /// A view span as a source span.
    pub fn span(&self, s: Span) -> Span {
        let start = self.start(s.start);
        if s.is_empty() {
            return Span::new(start, start);
        }
        let end = self.end(s.end).max(start);
        Span::new(start, end.min(self.src_len))
    }

    /// The source ranges that no piece of the view stands for and that are
    /// not just whitespace: the markup a reader does not see (commands,
    /// comments, the preamble, front matter, JSON syntax).
    pub fn hidden(&self, src: &str) -> Vec<Span> {
        let mut covered: Vec<Span> = self
            .pieces
            .iter()
            .filter(|p| p.src_len > 0)
            .map(|p| Span::new(p.src, p.src + p.src_len))
            .collect();
        crate::sort::sort_by_key(&mut covered, |s| s.start);
        let mut out = Vec::new();
        let mut at = 0;
        let push_gap = |from: usize, to: usize, out: &mut Vec<Span>| {
            if from < to {
                // Trim whitespace at both ends; skip gaps that are only whitespace.
                let gap = &src[from..to];
                let lead = gap.len() - gap.trim_start().len();
                let trail = gap.len() - gap.trim_end().len();
                if lead < gap.len() {
                    out.push(Span::new(from + lead, to - trail));
                }
            }
        };
        for c in covered {
            push_gap(at, c.start, &mut out);
            at = at.max(c.end);
        }
        push_gap(at, src.len(), &mut out);
        out
    }
}

/// Builds a view of a source text, piece by piece.
pub struct ViewBuilder<'s> {
    src: &'s str,
    view: String,
    pieces: Vec<Piece>,
    hints: Vec<LineHint>,
    line: usize,
}

impl<'s> ViewBuilder<'s> {
    pub fn new(src: &'s str) -> Self {
        ViewBuilder {
            src,
            view: String::with_capacity(src.len() / 2),
            pieces: Vec::new(),
            hints: Vec::new(),
            line: 0,
        }
    }

    pub fn src(&self) -> &'s str {
        self.src
    }

    /// What the view holds so far.
    pub fn view(&self) -> &str {
        &self.view
    }

    /// Appends `src[start..end]` verbatim. It must hold no line break: the
    /// reader decides where the view's lines end.
    pub fn copy(&mut self, start: usize, end: usize) {
        if start >= end {
            return;
        }
        let s = &self.src[start..end];
        debug_assert!(!s.contains(['\n', '\r']), "copied a line break: {s:?}");
        let view = self.view.len();
        self.view.push_str(s);
        if let Some(last) = self.pieces.last_mut() {
            if last.exact && last.src + last.src_len == start && last.view + last.view_len == view {
                last.view_len += end - start;
                last.src_len += end - start;
                return;
            }
        }
        self.pieces.push(Piece {
            view,
            view_len: end - start,
            src: start,
            src_len: end - start,
            exact: true,
        });
    }

    /// Appends `s`, standing for `src[start..end]` (which may be empty).
    pub fn put(&mut self, s: &str, start: usize, end: usize) {
        if s.is_empty() {
            return;
        }
        let view = self.view.len();
        self.view.push_str(s);
        self.line += s.bytes().filter(|&b| b == b'\n').count();
        self.pieces.push(Piece {
            view,
            view_len: s.len(),
            src: start,
            src_len: end - start,
            exact: false,
        });
    }

    /// Appends one space for the whitespace at `src[start..end]`, unless the
    /// view already ends with a space or a line break.
    pub fn space(&mut self, start: usize, end: usize) {
        if self.view.is_empty() || self.view.ends_with([' ', '\n']) {
            return;
        }
        self.put(" ", start, end);
    }

    /// Drops trailing spaces from the current view line.
    fn trim_line_end(&mut self) {
        while self.view.ends_with(' ') {
            let Some(last) = self.pieces.last_mut() else {
                break;
            };
            self.view.pop();
            last.view_len -= 1;
            if last.exact {
                last.src_len -= 1;
            }
            if last.view_len == 0 {
                self.pieces.pop();
            }
        }
    }

    /// Ends the current view line (if it has anything on it) at source offset `at`.
    pub fn end_line(&mut self, at: usize) {
        self.trim_line_end();
        if !self.view.is_empty() && !self.view.ends_with('\n') {
            self.put("\n", at, at);
        }
    }

    /// Ends the current line and leaves one blank line, which closes any
    /// block a following line might otherwise continue.
    pub fn blank_line(&mut self, at: usize) {
        self.end_line(at);
        if !self.view.is_empty() && !self.view.ends_with("\n\n") {
            self.put("\n", at, at);
        }
    }

    /// True when nothing is on the current view line yet.
    pub fn at_line_start(&self) -> bool {
        self.view.is_empty() || self.view.ends_with('\n')
    }

    /// Marks the current view line.
    pub fn hint(&mut self, hint: LineHint) {
        if self.hints.len() <= self.line {
            self.hints.resize(self.line + 1, LineHint::Auto);
        }
        self.hints[self.line] = hint;
    }

    pub fn finish(mut self) -> (String, SourceMap, Vec<LineHint>) {
        self.trim_line_end();
        // No trailing line breaks: they are all written pieces.
        while self.view.ends_with('\n') {
            let last = self.pieces.pop().expect("a piece wrote the line break");
            self.view.truncate(last.view);
            self.trim_line_end();
        }
        let map = SourceMap {
            pieces: self.pieces,
            src_len: self.src.len(),
        };
        (self.view, map, self.hints)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn copied_runs_map_exactly_and_written_pieces_widen() {
        let src = r"\item Cut cost by 30\% in Q3";
        let mut b = ViewBuilder::new(src);
        b.put("• ", 0, 5);
        b.copy(6, 20); // "Cut cost by 30"
        b.put("%", 20, 22); // "\%"
        b.copy(22, src.len());
        let (view, map, _) = b.finish();
        assert_eq!(view, "• Cut cost by 30% in Q3");
        let v = |s: &str| {
            let at = view.find(s).unwrap();
            map.span(Span::new(at, at + s.len())).of(src).to_string()
        };
        assert_eq!(v("Cut"), "Cut");
        assert_eq!(v("30%"), r"30\%");
        assert_eq!(v("%"), r"\%");
        assert_eq!(v("in Q3"), "in Q3");
        assert_eq!(v("•"), r"\item");
        assert_eq!(map.hidden(src), Vec::<Span>::new());
    }

    #[test]
    fn hidden_ranges_are_what_no_piece_stands_for() {
        let src = "% a comment\nBuilt it\n";
        let mut b = ViewBuilder::new(src);
        b.copy(12, 20);
        let (view, map, _) = b.finish();
        assert_eq!(view, "Built it");
        assert_eq!(map.hidden(src), vec![Span::new(0, 11)]);
    }

    #[test]
    fn spaces_collapse_and_lines_end_clean() {
        let src = "a  b";
        let mut b = ViewBuilder::new(src);
        b.copy(0, 1);
        b.space(1, 2);
        b.space(2, 3);
        b.copy(3, 4);
        b.space(4, 4);
        b.end_line(4);
        b.hint(LineHint::Heading);
        b.copy(0, 1);
        let (view, _, hints) = b.finish();
        assert_eq!(view, "a b\na");
        assert_eq!(hints, vec![LineHint::Auto, LineHint::Heading]);
    }
}
