//! Date ranges on role lines: "Jan 2019 – Present", "2016–2019", "03/2018 - 06/2020".

use crate::span::Span;
use crate::text::{Kind, Token};

/// A year and month (month 1–12; 0 when only the year is known).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize)]
pub struct YearMonth {
    pub year: i32,
    pub month: u8,
}

impl YearMonth {
    pub const fn new(year: i32, month: u8) -> Self {
        YearMonth { year, month }
    }

    /// Months since year 0, taking an unknown month as `default_month`.
    pub fn months(self, default_month: u8) -> i32 {
        let m = if self.month == 0 {
            default_month
        } else {
            self.month
        };
        self.year * 12 + i32::from(m) - 1
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DateEnd {
    On(YearMonth),
    Present,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub struct DateRange {
    pub span: Span,
    pub start: YearMonth,
    pub end: DateEnd,
}

impl DateRange {
    pub fn is_current(&self) -> bool {
        self.end == DateEnd::Present
    }

    /// The last month of the range, `today` for a current role.
    pub fn end_or(&self, today: YearMonth) -> YearMonth {
        match self.end {
            DateEnd::On(ym) => ym,
            DateEnd::Present => today,
        }
    }
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

fn month_of(word: &str) -> Option<u8> {
    let w = word.trim_end_matches('.');
    if w.len() < 3 {
        return None;
    }
    let full = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    if w == "sept" {
        return Some(9);
    }
    MONTHS
        .iter()
        .zip(full)
        .position(|(abbr, full)| w == *abbr || w == full)
        .map(|i| i as u8 + 1)
}

fn season_of(word: &str) -> Option<u8> {
    match word {
        "spring" => Some(3),
        "summer" => Some(6),
        "fall" | "autumn" => Some(9),
        "winter" => Some(12),
        _ => None,
    }
}

fn is_present(word: &str) -> bool {
    matches!(
        word,
        "present" | "current" | "now" | "today" | "ongoing" | "presently" | "currently"
    )
}

/// The years a date may have.
pub const YEARS: std::ops::RangeInclusive<i32> = 1950..=2100;

/// A plain four-digit year in a plausible range.
fn year_of(tok: &Token, text: &str) -> Option<i32> {
    if tok.kind != Kind::Number || !tok.suffix().is_empty() {
        return None;
    }
    let d = tok.digits(text);
    if d.len() != 4 || !d.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let y: i32 = d.parse().ok()?;
    YEARS.contains(&y).then_some(y)
}

/// One date starting at `tokens[i]`: returns it and the index after it.
fn date_at(tokens: &[Token], i: usize, text: &str) -> Option<(YearMonth, usize)> {
    let t = tokens.get(i)?;
    if let Some(y) = year_of(t, text) {
        return Some((YearMonth::new(y, 0), i + 1));
    }
    // mm/yyyy or mm.yyyy
    if t.kind == Kind::Number && t.suffix().is_empty() {
        let d = t.digits(text);
        if let (Ok(m), Some(sep), Some(y)) = (
            d.parse::<u8>(),
            tokens.get(i + 1),
            tokens.get(i + 2).and_then(|y| year_of(y, text)),
        ) {
            if (1..=12).contains(&m)
                && (sep.is_punct('/') || sep.is_punct('-'))
                && !sep.space_before
            {
                return Some((YearMonth::new(y, m), i + 3));
            }
        }
        // "6.2019" is tokenized as one number; not a date form we accept.
        return None;
    }
    if t.kind == Kind::Word {
        let month = month_of(&t.lower).or_else(|| season_of(&t.lower))?;
        let mut j = i + 1;
        while tokens
            .get(j)
            .is_some_and(|p| p.is_punct('.') || p.is_punct(','))
        {
            j += 1;
        }
        let y = year_of(tokens.get(j)?, text)?;
        return Some((YearMonth::new(y, month), j + 1));
    }
    None
}

fn is_range_separator(t: &Token) -> bool {
    match t.kind {
        Kind::Punct => matches!(
            t.lower.as_str(),
            "-" | "–" | "—" | "‒" | "―" | "~" | "→" | "−" | "‐" | "‑"
        ),
        Kind::Word => matches!(
            t.lower.as_str(),
            "to" | "until" | "till" | "through" | "thru"
        ),
        Kind::Number => false,
    }
}

/// All date ranges in a line's tokens. A lone date ("Summer 2019") counts as a
/// range that starts and ends on it; "since 2019" runs to the present.
pub fn find_ranges(tokens: &[Token], text: &str) -> Vec<DateRange> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let Some((start, mut j)) = date_at(tokens, i, text) else {
            i += 1;
            continue;
        };
        let since = i > 0 && tokens[i - 1].lower == "since";
        let mut end = None;
        let mut k = j;
        let mut seps = 0;
        while tokens.get(k).is_some_and(is_range_separator) && seps < 2 {
            k += 1;
            seps += 1;
        }
        if seps > 0 {
            if let Some(t) = tokens.get(k) {
                if is_present(&t.lower) {
                    end = Some(DateEnd::Present);
                    j = k + 1;
                    // "to date"
                } else if t.lower == "date" {
                    end = Some(DateEnd::Present);
                    j = k + 1;
                } else if let Some((e, next)) = date_at(tokens, k, text) {
                    end = Some(DateEnd::On(e));
                    j = next;
                }
            }
        }
        let end = end.unwrap_or(if since {
            DateEnd::Present
        } else {
            DateEnd::On(start)
        });
        let first = if since { i - 1 } else { i };
        out.push(DateRange {
            span: tokens[first].span.cover(tokens[j - 1].span),
            start,
            end,
        });
        i = j;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn ranges(s: &str) -> Vec<(YearMonth, DateEnd, String)> {
        let t = tokenize(s, &[Span::new(0, s.len())]);
        find_ranges(&t, s)
            .into_iter()
            .map(|r| (r.start, r.end, r.span.of(s).to_string()))
            .collect()
    }

    #[test]
    fn month_year_to_present() {
        let r = ranges("Senior Engineer, Acme   Jan 2019 – Present");
        assert_eq!(
            r,
            vec![(
                YearMonth::new(2019, 1),
                DateEnd::Present,
                "Jan 2019 – Present".into()
            )]
        );
    }

    #[test]
    fn years_only() {
        let r = ranges("Beta Inc 2016–2019");
        assert_eq!(r[0].0, YearMonth::new(2016, 0));
        assert_eq!(r[0].1, DateEnd::On(YearMonth::new(2019, 0)));
    }

    #[test]
    fn numeric_months() {
        let r = ranges("03/2018 - 06/2020");
        assert_eq!(r[0].0, YearMonth::new(2018, 3));
        assert_eq!(r[0].1, DateEnd::On(YearMonth::new(2020, 6)));
        assert_eq!(r[0].2, "03/2018 - 06/2020");
    }

    #[test]
    fn full_names_dots_latex_and_words() {
        assert_eq!(
            ranges("Sept. 2017 to December 2018")[0].1,
            DateEnd::On(YearMonth::new(2018, 12))
        );
        assert_eq!(
            ranges("2018--2021")[0].1,
            DateEnd::On(YearMonth::new(2021, 0))
        );
        assert_eq!(ranges("since 2020")[0].1, DateEnd::Present);
        assert_eq!(ranges("May 2015 - Current")[0].0, YearMonth::new(2015, 5));
        assert_eq!(
            ranges("Summer 2019")[0].1,
            DateEnd::On(YearMonth::new(2019, 6))
        );
    }

    #[test]
    fn not_dates() {
        assert!(ranges("Handled 12000 requests").is_empty());
        assert!(ranges("Java 8, Python 3.11, 24/7").is_empty());
        assert!(ranges("May improve").is_empty());
    }
}
