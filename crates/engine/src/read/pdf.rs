//! Plain text as copied out of a PDF: ligatures (ﬁ, ﬂ) read as their
//! letters, words hyphenated at a line end joined, soft hyphens and form
//! feeds dropped, running headers and footers with page numbers left out.
//! Spans still cover the original characters. Text without any of these
//! is not rebuilt at all (`read` returns `None`).

use super::map::ViewBuilder;
use crate::document::lines::{is_page_number, split_lines};
use crate::hash::{FastMap as HashMap, FastSet as HashSet};
use crate::span::Span;

pub use super::hyphen::joins_without_hyphen;

/// The letters a typographic ligature stands for (also used by `extract`).
pub fn ligature(c: char) -> Option<&'static str> {
    Some(match c {
        'ﬀ' => "ff",
        'ﬁ' => "fi",
        'ﬂ' => "fl",
        'ﬃ' => "ffi",
        'ﬄ' => "ffl",
        'ﬅ' | 'ﬆ' => "st",
        _ => return None,
    })
}

/// Lines that repeat at page breaks: running headers and footers.
fn running_lines(src: &str, lines: &[Span]) -> HashSet<usize> {
    let page_break: Vec<bool> = lines
        .iter()
        .map(|l| {
            let t = l.of(src).trim();
            is_page_number(t) || t.contains('\u{c}')
        })
        .collect();
    let mut drop: HashSet<usize> = (0..lines.len()).filter(|&i| page_break[i]).collect();
    if drop.is_empty() {
        return drop;
    }
    let near_break = |i: usize| {
        let from = i.saturating_sub(3);
        let to = (i + 4).min(lines.len());
        (from..to).any(|k| page_break[k])
    };
    let mut seen: HashMap<String, Vec<usize>> = HashMap::default();
    for (i, l) in lines.iter().enumerate() {
        let t = l.of(src).trim();
        if t.is_empty() || t.len() > 100 || page_break[i] {
            continue;
        }
        let key: String = t
            .chars()
            .map(|c| if c.is_ascii_digit() { '#' } else { c })
            .collect();
        seen.entry(key).or_default().push(i);
    }
    for places in seen.values().filter(|p| p.len() >= 2) {
        if !places[1..].iter().all(|&i| near_break(i)) {
            continue;
        }
        for (k, &i) in places.iter().enumerate() {
            // The first copy at the very top is the resume's own header.
            if k == 0 && i < 5 {
                continue;
            }
            drop.insert(i);
        }
    }
    drop
}

/// Reads `src` through its PDF artefacts, or `None` when it has none.
pub fn read(src: &str) -> Option<ViewBuilder<'_>> {
    if !super::has_pdf_artefacts(src) {
        return None;
    }
    let lines = split_lines(src);
    let dropped = running_lines(src, &lines);
    let kept: Vec<usize> = (0..lines.len()).filter(|i| !dropped.contains(i)).collect();
    let mut b = ViewBuilder::new(src);
    let mut changed = !dropped.is_empty();
    let mut join_next = false;
    for (k, &i) in kept.iter().enumerate() {
        let line = lines[i];
        let mut text = line;
        if join_next {
            // The rest of a hyphenated word: no indent before it.
            let t = line.of(src);
            text.start += t.len() - t.trim_start().len();
        }
        let next = kept.get(k + 1).map(|&n| lines[n].of(src).trim_start());
        join_next = next.is_some_and(|n| joins_without_hyphen(line.of(src).trim_end(), n));
        let mut end = text.end;
        if join_next {
            end = line.start + line.of(src).trim_end().len() - 1;
            changed = true;
        }
        let mut run = text.start;
        for (o, c) in src[text.start..end].char_indices() {
            let at = text.start + o;
            let replace = match c {
                '\u{AD}' | '\u{C}' => Some(""),
                _ => ligature(c),
            };
            if let Some(r) = replace {
                b.copy(run, at);
                b.put(r, at, at + c.len_utf8());
                run = at + c.len_utf8();
                changed = true;
            }
        }
        b.copy(run, end);
        if !join_next {
            b.put("\n", line.end, line.end);
        }
    }
    changed.then_some(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(src: &str) -> Option<String> {
        read(src).map(|b| b.finish().0)
    }

    #[test]
    fn hyphen_joins() {
        assert!(joins_without_hyphen("Built data pipe-", "lines for"));
        assert!(!joins_without_hyphen("Led a cross-", "team effort"));
        assert!(!joins_without_hyphen("Kafka-", "based"));
        assert!(!joins_without_hyphen("cut 2-", "3x"));
        assert!(!joins_without_hyphen("Built it -", "then"));
        assert!(!joins_without_hyphen("Built pipe-", "Lines"));
    }

    #[test]
    fn clean_text_is_not_rebuilt() {
        assert_eq!(view("EXPERIENCE\n- Built X\n- Cut cost by 30%\n"), None);
    }

    #[test]
    fn artefacts_are_read_through() {
        let src = "Jane Doe\nEXPERIENCE\n• Built eﬃcient data pipe-\n  lines for 40 teams\n• Led a cross-\nteam eﬀort\nJane Doe\nPage 1 of 2\n• Cut p99 by 30%\n";
        let b = read(src).unwrap();
        let (view, map, _) = b.finish();
        assert_eq!(
            view,
            "Jane Doe\nEXPERIENCE\n• Built efficient data pipelines for 40 teams\n• Led a cross-\nteam effort\n• Cut p99 by 30%"
        );
        let at = view.find("pipelines").unwrap();
        assert_eq!(map.span(Span::new(at, at + 9)).of(src), "pipe-\n  lines");
        let at = view.find("efficient").unwrap();
        assert_eq!(map.span(Span::new(at, at + 9)).of(src), "eﬃcient");
    }
}
