//! A PDF's positioned text laid out in the order a person reads it.
//!
//! pdf.js reads the file (in the browser's worker) and hands over each
//! text run with its baseline, left edge, width and font size; the order
//! the runs were drawn in means nothing. Here: runs on one baseline form a
//! row, split into segments where the gap is wider than a space; a gutter
//! (an x no row crosses for a long run of rows, with text on both sides,
//! the right side starting at one edge) splits those rows into columns, read
//! left then right (a run where nearly every row has text on both sides is a
//! table, read row by row). Rows that repeat at the top or bottom of pages,
//! and page numbers, are running headers and footers and are left out.

use super::{
    decode_char, normalize_bullet, ErrorKind, ExtractError, Extracted, FileNote, NoteKind,
};
use crate::engine::document::lines::is_page_number;
use crate::engine::read::pdf::joins_without_hyphen;

/// One text run as pdf.js gives it: `y` is the baseline in PDF units from
/// the page's bottom, `x` the left edge, `size` the font size.
#[derive(Debug, Clone, PartialEq, serde::Deserialize)]
pub struct TextRun {
    pub text: String,
    pub x: f32,
    pub y: f32,
    pub width: f32,
    pub size: f32,
}

#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
pub struct PdfPage {
    pub width: f32,
    pub height: f32,
    pub runs: Vec<TextRun>,
}

/// The pages that were read; `total_pages` counts the document's pages
/// (more than `pages.len()` when only the first ones were read).
/// (Deserializable from the JSON `tests/files/make.mjs` writes.)
#[derive(Debug, Clone, PartialEq, Default, serde::Deserialize)]
pub struct PdfText {
    pub pages: Vec<PdfPage>,
    pub total_pages: usize,
}

/// A run of text on a row, between gaps wider than a space.
#[derive(Debug, Clone)]
struct Segment {
    x0: f32,
    x1: f32,
    size: f32,
    text: String,
}

#[derive(Debug, Clone)]
struct Row {
    y: f32,
    size: f32,
    segments: Vec<Segment>,
}

impl Row {
    fn x0(&self) -> f32 {
        self.segments.first().map_or(0.0, |s| s.x0)
    }

    fn text(&self) -> String {
        let mut out = String::new();
        for (i, s) in self.segments.iter().enumerate() {
            // Segments are apart by more than a space: a tab stop (title and
            // dates, table cells).
            if i > 0 {
                out.push('\t');
            }
            // Left-out glyphs leave double spaces behind.
            for (j, word) in s.text.split_whitespace().enumerate() {
                if j > 0 {
                    out.push(' ');
                }
                out.push_str(word);
            }
        }
        out
    }
}

/// A gap wider than this (in ems) ends a segment: wider than any word space,
/// even in justified text.
const SEGMENT_GAP: f32 = 0.8;

/// Fewer rows than this are never columns: a short run is a title line
/// with its dates, not a layout.
const MIN_GUTTER_ROWS: usize = 5;
const MIN_ROWS_EACH_SIDE: usize = 3;

/// What the layout noticed, for the notes.
#[derive(Default)]
struct Noticed {
    columns: Vec<(String, String)>,
    table_rows: Vec<String>,
    running: Vec<String>,
    undecodable: usize,
    undecodable_example: Option<String>,
}

pub fn lay_out(doc: &PdfText) -> Result<Extracted, ExtractError> {
    let mut noticed = Noticed::default();
    let mut pages: Vec<Vec<Row>> = doc
        .pages
        .iter()
        .map(|p| rows_of(&p.runs, &mut noticed))
        .collect();
    drop_running_rows(doc, &mut pages, &mut noticed);

    let readable: usize = pages
        .iter()
        .flatten()
        .flat_map(|r| &r.segments)
        .map(|s| s.text.chars().filter(|c| c.is_alphanumeric()).count())
        .sum();
    if readable < 20 {
        return Err(ExtractError::new(
            ErrorKind::NoText,
            "This PDF has no text to read: its pages are pictures (a scan, or text turned into \
             shapes). An applicant tracking system cannot read it either, so it cannot be checked. \
             Export a PDF from the document it was made from, or open that document.",
        ));
    }

    let mut lines: Vec<String> = Vec::new();
    for rows in pages {
        let mut blocks = Vec::new();
        order(rows, 0, &mut blocks, &mut noticed);
        for block in blocks {
            emit_block(&block, &mut lines);
        }
    }
    join_hyphenated(&mut lines);
    let mut text = lines.join("\n");
    while text.contains("\n\n\n") {
        text = text.replace("\n\n\n", "\n\n");
    }
    let text = text.trim_matches('\n').to_string();
    Ok(Extracted {
        notes: notes(doc, &noticed),
        text: text + "\n",
    })
}

/// Runs grouped into rows by baseline, each row's runs into segments.
fn rows_of(runs: &[TextRun], noticed: &mut Noticed) -> Vec<Row> {
    let mut runs: Vec<(TextRun, String)> = runs
        .iter()
        .filter(|r| r.size > 0.0 && r.x.is_finite() && r.y.is_finite())
        .map(|r| {
            let mut text = String::with_capacity(r.text.len());
            if is_unmapped_symbol(&r.text) {
                return (r.clone(), "•".to_string());
            }
            let mut lost = 0;
            for c in r.text.chars() {
                if !decode_char(c, &mut text) {
                    lost += 1;
                }
            }
            if lost > 0 {
                noticed.undecodable += lost;
                if noticed.undecodable_example.is_none() && !text.trim().is_empty() {
                    noticed.undecodable_example = Some(text.trim().to_string());
                }
            }
            (r.clone(), text)
        })
        .filter(|(_, t)| !t.trim().is_empty())
        .collect();
    runs.sort_by(|a, b| b.0.y.total_cmp(&a.0.y));

    /// Runs on one baseline: its y, the largest font size, the runs.
    struct Line {
        y: f32,
        size: f32,
        members: Vec<(TextRun, String)>,
    }
    let mut lines: Vec<Line> = Vec::new();
    for run in runs {
        match lines.last_mut() {
            Some(line) if (line.y - run.0.y).abs() <= 0.4 * line.size.min(run.0.size) => {
                line.size = line.size.max(run.0.size);
                line.members.push(run);
            }
            _ => lines.push(Line {
                y: run.0.y,
                size: run.0.size,
                members: vec![run],
            }),
        }
    }
    lines
        .into_iter()
        .map(
            |Line {
                 y,
                 size,
                 mut members,
             }| {
                members.sort_by(|a, b| a.0.x.total_cmp(&b.0.x));
                let mut segments: Vec<Segment> = Vec::new();
                for (run, text) in members {
                    let x1 = run.x + run.width.max(0.0);
                    if let Some(last) = segments.last_mut() {
                        let gap = run.x - last.x1;
                        if gap <= SEGMENT_GAP * run.size {
                            let spaced = last.text.ends_with(' ') || text.starts_with(' ');
                            if gap > 0.15 * run.size && !spaced {
                                last.text.push(' ');
                            }
                            last.text.push_str(&text);
                            last.x1 = last.x1.max(x1);
                            continue;
                        }
                    }
                    segments.push(Segment {
                        x0: run.x,
                        x1,
                        size: run.size,
                        text,
                    });
                }
                Row { y, size, segments }
            },
        )
        .collect()
}

/// A run that is one C1 control character: a symbol font's glyph with no
/// map to text, which in a resume is the list bullet (pdfTeX's Computer
/// Modern bullet comes out as U+0088).
fn is_unmapped_symbol(text: &str) -> bool {
    let mut chars = text.chars();
    matches!(
        (chars.next(), chars.next()),
        (Some('\u{80}'..='\u{9f}'), None)
    )
}

/// A row's text with the page's own number written as "#", and where it
/// sits (to 4 units): a running header is the same text in the same place on
/// every page ("Page 2 of 3" and "Page 3 of 3" alike), where body text that
/// repeats moves about.
fn running_key(row: &Row, page_number: usize) -> (String, i32) {
    let page = page_number.to_string();
    let mut key = String::new();
    let line = row.text().to_ascii_lowercase();
    let mut rest = line.as_str();
    while let Some(start) = rest.find(|c: char| c.is_ascii_digit()) {
        key.push_str(&rest[..start]);
        let digits = rest[start..]
            .find(|c: char| !c.is_ascii_digit())
            .map_or(rest.len(), |e| start + e);
        let number = &rest[start..digits];
        key.push_str(if number == page { "#" } else { number });
        rest = &rest[digits..];
    }
    key.push_str(rest);
    (key, (row.y / 4.0).round() as i32)
}

/// Rows in the top or bottom eighth of a page that are page numbers, or
/// that repeat on another page's top or bottom.
fn drop_running_rows(doc: &PdfText, pages: &mut [Vec<Row>], noticed: &mut Noticed) {
    let in_band = |page: &PdfPage, row: &Row| {
        let band = page.height / 8.0;
        page.height > 0.0 && (row.y > page.height - band || row.y < band)
    };
    let mut seen: crate::engine::hash::FastMap<(String, i32), usize> = Default::default();
    for (n, (page, rows)) in doc.pages.iter().zip(pages.iter()).enumerate() {
        let mut keys: Vec<(String, i32)> = rows
            .iter()
            .filter(|r| in_band(page, r))
            .map(|r| running_key(r, n + 1))
            .collect();
        keys.sort();
        keys.dedup();
        for k in keys {
            *seen.entry(k).or_default() += 1;
        }
    }
    for (n, (page, rows)) in doc.pages.iter().zip(pages.iter_mut()).enumerate() {
        rows.retain(|r| {
            if !in_band(page, r) {
                return true;
            }
            let text = r.text();
            let t = text.trim();
            let page_number =
                is_page_number(t) || (t.len() <= 3 && t.bytes().all(|b| b.is_ascii_digit()));
            let running = page_number || seen.get(&running_key(r, n + 1)).is_some_and(|&n| n >= 2);
            if running && !noticed.running.contains(&text) {
                noticed.running.push(text);
            }
            !running
        });
    }
}

/// Rows into blocks read top to bottom, columns split off left then right.
fn order(rows: Vec<Row>, depth: usize, out: &mut Vec<Vec<Row>>, noticed: &mut Noticed) {
    let gutter = if depth < 2 { find_gutter(&rows) } else { None };
    let Some(Gutter {
        x,
        start,
        end,
        table,
    }) = gutter
    else {
        if !rows.is_empty() {
            out.push(rows);
        }
        return;
    };
    let mut rows = rows;
    let below = rows.split_off(end);
    let band = rows.split_off(start);
    order(rows, depth, out, noticed);
    if table {
        // Every row of the table, for the notes on its lines.
        noticed
            .table_rows
            .extend(band.iter().filter(|r| r.segments.len() > 1).map(Row::text));
        out.push(band);
    } else {
        let (left, right) = split_at(band, x);
        noticed
            .columns
            .push((first_words(&left), first_words(&right)));
        order(left, depth + 1, out, noticed);
        order(right, depth + 1, out, noticed);
    }
    order(below, depth, out, noticed);
}

fn first_words(rows: &[Row]) -> String {
    let text = rows.first().map(Row::text).unwrap_or_default();
    let words: Vec<&str> = text.split_whitespace().take(4).collect();
    words.join(" ")
}

fn split_at(rows: Vec<Row>, x: f32) -> (Vec<Row>, Vec<Row>) {
    let mut left = Vec::new();
    let mut right = Vec::new();
    for row in rows {
        let (l, r): (Vec<Segment>, Vec<Segment>) =
            row.segments.into_iter().partition(|s| s.x1 <= x);
        for (side, segments) in [(&mut left, l), (&mut right, r)] {
            if !segments.is_empty() {
                side.push(Row {
                    y: row.y,
                    size: row.size,
                    segments,
                });
            }
        }
    }
    (left, right)
}

#[derive(Debug, PartialEq)]
struct Gutter {
    x: f32,
    start: usize,
    end: usize,
    table: bool,
}

/// The longest run of rows that an x between two segments splits cleanly,
/// if it is a layout: text on both sides in enough rows, and the right side
/// starting at one edge (not right-aligned dates).
fn find_gutter(rows: &[Row]) -> Option<Gutter> {
    if rows.len() < MIN_GUTTER_ROWS {
        return None;
    }
    let left_edge = rows.iter().map(Row::x0).fold(f32::INFINITY, f32::min);
    let mut candidates: Vec<f32> = rows
        .iter()
        .flat_map(|r| r.segments.iter().map(|s| s.x0 - 1.0))
        .filter(|&x| x > left_edge + 20.0)
        .collect();
    candidates.sort_by(f32::total_cmp);
    candidates.dedup_by(|a, b| (*a - *b).abs() < 2.0);

    let mut best: Option<Gutter> = None;
    for &x in &candidates {
        let crosses = |r: &Row| r.segments.iter().any(|s| s.x0 < x && s.x1 > x + 0.5);
        let mut i = 0;
        while i < rows.len() {
            if crosses(&rows[i]) {
                i += 1;
                continue;
            }
            let start = i;
            while i < rows.len() && !crosses(&rows[i]) {
                i += 1;
            }
            let band = &rows[start..i];
            if let Some(layout) = splits_as_layout(band, x) {
                let better = best.as_ref().is_none_or(|b| band.len() > b.end - b.start);
                if better {
                    // A table is only its paired rows.
                    let (start, end, table) = match layout {
                        Layout::Table { first, last } => (start + first, start + last + 1, true),
                        Layout::Columns => (start, i, false),
                    };
                    best = Some(Gutter {
                        x,
                        start,
                        end,
                        table,
                    });
                }
            }
        }
    }
    best
}

enum Layout {
    Columns,
    /// The rows of the band from `first` to `last` pair left and right.
    Table {
        first: usize,
        last: usize,
    },
}

/// Whether rows split at `x` look like two columns or a table, or neither.
fn splits_as_layout(band: &[Row], x: f32) -> Option<Layout> {
    if band.len() < MIN_GUTTER_ROWS {
        return None;
    }
    let right: Vec<&Segment> = band
        .iter()
        .filter_map(|r| r.segments.iter().find(|s| s.x0 >= x))
        .collect();
    let left = band
        .iter()
        .filter(|r| r.segments.iter().any(|s| s.x1 <= x))
        .count();
    if left < MIN_ROWS_EACH_SIDE || right.len() < MIN_ROWS_EACH_SIDE {
        return None;
    }
    // The right side starts at the gutter (a column's left edge) in most rows.
    let at_edge = right
        .iter()
        .filter(|s| s.x0 - x <= 1.0 + 0.5 * s.size)
        .count();
    if at_edge == 0
        || (right.iter().filter(|s| s.x0 - x <= 2.0 * s.size).count() as f32)
            < 0.6 * right.len() as f32
    {
        return None;
    }
    // Short text ending at one edge is right-aligned (dates at the margin),
    // even when it happens to start at one x too ("Mar 2019", "Jan 2020").
    let right_end = right.iter().map(|s| s.x1).fold(f32::MIN, f32::max);
    let ends_aligned = right.iter().filter(|s| right_end - s.x1 < 3.0).count();
    let band_x0 = band.iter().map(Row::x0).fold(f32::INFINITY, f32::min);
    let mut widths: Vec<f32> = right.iter().map(|s| s.x1 - s.x0).collect();
    widths.sort_by(f32::total_cmp);
    let short = widths[widths.len() / 2] < 0.25 * (right_end - band_x0);
    if ends_aligned as f32 >= 0.8 * right.len() as f32 && short {
        return None;
    }
    // A table pairs (nearly) every row on the right with one on the left.
    // Rows with only left-side text before or after the right side's first
    // and last rows (a heading, the end of a paragraph) do not count.
    let has_left = |r: &Row| r.segments.iter().any(|s| s.x1 <= x);
    let has_right = |r: &Row| r.segments.iter().any(|s| s.x0 >= x);
    let first = band.iter().position(has_right)?;
    let last = band.iter().rposition(has_right)?;
    let paired = &band[first..=last];
    let both = paired
        .iter()
        .filter(|r| has_left(r) && has_right(r))
        .count();
    Some(if both as f32 >= 0.8 * paired.len() as f32 {
        Layout::Table { first, last }
    } else {
        Layout::Columns
    })
}

/// A block's rows as lines: bullets as "• ", a blank line where the gap
/// above a row is wider than the block's usual line pitch.
fn emit_block(rows: &[Row], lines: &mut Vec<String>) {
    // The pitch of wrapped lines: the smallest step between rows that is a
    // line apart (at least 0.8 of the text size). Items, entries and
    // headings add space above themselves; a blank line marks where that
    // space is over half a line more than the pitch.
    let mut sizes: Vec<f32> = rows.iter().map(|r| r.size).collect();
    sizes.sort_by(f32::total_cmp);
    let size = sizes.get(sizes.len() / 2).copied().unwrap_or(0.0);
    let pitch = rows
        .windows(2)
        .map(|w| w[0].y - w[1].y)
        .filter(|&p| p >= 0.8 * size)
        .fold(f32::INFINITY, f32::min);
    let blank_above = |gap: f32| pitch.is_finite() && gap > (1.6 * pitch).max(pitch + 0.9 * size);
    if !lines.is_empty() {
        lines.push(String::new());
    }
    let rows = join_wrapped_cells(rows);
    for (i, row) in rows.iter().enumerate() {
        if i > 0 && blank_above(rows[i - 1].y - row.y) {
            lines.push(String::new());
        }
        let mut text = row.text();
        normalize_bullet(&mut text);
        lines.push(text);
    }
}

/// Two rows of two cells each, both wrapped onto the second row (a title
/// beside its dates in a narrow column: "Senior Engineer," / "Mar 2021 –"
/// over "Larkspur Payments" / "Present"): one row, each cell whole.
fn join_wrapped_cells(rows: &[Row]) -> Vec<Row> {
    let mut out: Vec<Row> = Vec::with_capacity(rows.len());
    for row in rows {
        if let Some(prev) = out.last_mut() {
            if wraps_into(prev, row) {
                for (a, b) in prev.segments.iter_mut().zip(&row.segments) {
                    a.text = format!("{} {}", a.text.trim_end(), b.text.trim_start());
                    a.x1 = a.x1.max(b.x1);
                }
                // Space above the next row is measured from the lower one.
                prev.y = row.y;
                continue;
            }
        }
        out.push(row.clone());
    }
    out
}

/// Whether `next` continues both cells of `row` (see `join_wrapped_cells`).
fn wraps_into(row: &Row, next: &Row) -> bool {
    let [a0, a1] = row.segments.as_slice() else {
        return false;
    };
    let [b0, b1] = next.segments.as_slice() else {
        return false;
    };
    let aligned = (a0.x0 - b0.x0).abs() < 2.0 && (a1.x0 - b1.x0).abs() < 2.0;
    let close = row.y - next.y <= 1.5 * row.size;
    aligned && close && (ends_unfinished(&a0.text) || ends_unfinished(&a1.text))
}

/// Text that cannot end a cell: a trailing comma, dash or joining word.
fn ends_unfinished(text: &str) -> bool {
    let t = text.trim_end();
    t.ends_with([',', '–', '—', '-', '&', '/'])
        || t.rsplit(' ')
            .next()
            .is_some_and(|w| matches!(w, "and" | "of" | "for" | "at" | "the" | "to" | "in"))
}

/// A word hyphenated at a line end is put back together on the first line
/// ("pipe-" / "lines are" → "pipelines" / "are"); compounds keep their
/// hyphen ("cross-team").
fn join_hyphenated(lines: &mut [String]) {
    for i in 0..lines.len().saturating_sub(1) {
        let head = lines[i].trim_end();
        if !head.ends_with('-') || head.ends_with("--") {
            continue;
        }
        let last_word = head
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or("")
            .to_string();
        let next = lines[i + 1].trim_start().to_string();
        let Some(first_word) = next.split_whitespace().next() else {
            continue;
        };
        let letters = last_word.trim_end_matches('-');
        if letters.is_empty() || !letters.chars().last().is_some_and(char::is_alphabetic) {
            continue;
        }
        let joined = if joins_without_hyphen(&last_word, first_word) {
            format!("{}{}", head.trim_end_matches('-'), first_word)
        } else if first_word.chars().next().is_some_and(char::is_lowercase) {
            format!("{head}{first_word}")
        } else {
            continue;
        };
        lines[i] = joined;
        lines[i + 1] = next[first_word.len()..].trim_start().to_string();
    }
}

fn notes(doc: &PdfText, noticed: &Noticed) -> Vec<FileNote> {
    let mut notes = Vec::new();
    for (left, right) in &noticed.columns {
        notes.push(FileNote {
            kind: NoteKind::Columns,
            message: format!(
                "Two columns: read as the left column (from “{left}”), then the right (from “{right}”). \
                 Many applicant tracking systems read straight across the page and mix the columns; \
                 one column reads the same everywhere."
            ),
            lines: Vec::new(),
        });
    }
    if !noticed.table_rows.is_empty() {
        notes.push(FileNote {
            kind: NoteKind::Table,
            message: format!(
                "Text laid out as a table (“{}”…): read row by row here, but some applicant tracking \
                 systems read tables cell by cell or skip them.",
                noticed.table_rows[0].replace('\t', " ")
            ),
            lines: noticed.table_rows.clone(),
        });
    }
    if !noticed.running.is_empty() {
        notes.push(FileNote {
            kind: NoteKind::HeaderFooter,
            message: format!(
                "Running headers or footers left out (“{}”). Applicant tracking systems often skip \
                 them, so nothing that matters (contact details) should be only there.",
                noticed.running[0].replace('\t', " ")
            ),
            lines: Vec::new(),
        });
    }
    if noticed.undecodable > 0 {
        let example = noticed
            .undecodable_example
            .as_deref()
            .map(|e| format!(" (near “{}”)", e.chars().take(40).collect::<String>()))
            .unwrap_or_default();
        notes.push(FileNote {
            kind: NoteKind::Undecodable,
            message: format!(
                "{} character{} did not decode to text{example}: icons from an icon font, or a font \
                 with no map to letters. An applicant tracking system sees nothing there, or garbage.",
                noticed.undecodable,
                if noticed.undecodable == 1 { "" } else { "s" }
            ),
            lines: Vec::new(),
        });
    }
    if doc.total_pages > doc.pages.len() {
        notes.push(FileNote {
            kind: NoteKind::Truncated,
            message: format!(
                "Only the first {} of {} pages were read. A resume is one or two pages; a long \
                 document is rarely read to the end.",
                doc.pages.len(),
                doc.total_pages
            ),
            lines: Vec::new(),
        });
    }
    notes
}

#[cfg(test)]
mod tests;
