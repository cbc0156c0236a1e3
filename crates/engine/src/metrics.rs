//! Finding the numbers in a bullet that measure something, and what they measure.
//!
//! A number is a metric when it states a result or a scale: 40%, 5x, 120 ms,
//! 50k QPS, 99.99%, 200 nodes, $2M, from 3 days to 4 hours, 39 PRs, dozens.
//! Years, date ranges, versions (Java 8), names with digits (S3, K8s), course
//! numbers (6.824), phone numbers and "24/7" are not.

use super::lexicon::{lexicon, MetricKind, Unit};
use super::span::Span;
use super::text::{Kind, Token};

#[derive(Clone, Debug, PartialEq)]
pub struct Metric {
    pub kind: MetricKind,
    pub span: Span,
    /// The numeric value, scaled by k/M/B and converted to milliseconds for times.
    pub value: Option<f64>,
    /// Whether the unit was a time (for from/to comparisons).
    pub is_time: bool,
    /// A latency percentile this number belongs to ("p99 of 120 ms" -> 99).
    pub percentile: Option<u32>,
    /// Introduced by "by", "to", "from", "of": it quantifies a change.
    pub comparative: bool,
}

/// Words that may sit between a quantity and what it counts ("12 backend services").
const MAX_ADJECTIVES: usize = 2;

/// Lowercase words that introduce a quantity; a capitalized word before a
/// number is otherwise read as a name with a version ("Java 8").
const QUANTITY_INTRODUCERS: &[&str] = &[
    "top",
    "over",
    "across",
    "about",
    "nearly",
    "around",
    "approximately",
    "approx",
    "by",
    "to",
    "from",
    "of",
    "than",
    "under",
    "only",
    "up",
    "some",
    "all",
    "the",
    "with",
    "for",
    "in",
    "at",
    "within",
    "below",
    "above",
    "almost",
    "roughly",
    "serving",
    "and",
    "or",
    "past",
    "beyond",
];

fn magnitude(suffix: &str) -> Option<f64> {
    Some(match suffix {
        "k" | "thousand" => 1e3,
        "m" | "mm" | "mn" | "million" | "millions" => 1e6,
        "b" | "bn" | "billion" | "billions" => 1e9,
        "t" | "trillion" => 1e12,
        _ => return None,
    })
}

fn time_ms(unit: &str) -> Option<f64> {
    Some(match unit {
        "ns" | "nanosecond" | "nanoseconds" => 1e-6,
        "µs" | "us" | "microsecond" | "microseconds" => 1e-3,
        "ms" | "msec" | "msecs" | "millisecond" | "milliseconds" => 1.0,
        "s" | "sec" | "secs" | "second" | "seconds" => 1e3,
        "min" | "mins" | "minute" | "minutes" => 6e4,
        "h" | "hr" | "hrs" | "hour" | "hours" => 3.6e6,
        "day" | "days" => 8.64e7,
        "week" | "weeks" | "wk" | "wks" => 6.048e8,
        "month" | "months" => 2.6e9,
        _ => return None,
    })
}

fn is_currency(t: &Token) -> bool {
    t.kind == Kind::Punct && matches!(t.lower.as_str(), "$" | "€" | "£" | "¥" | "₹")
}

fn is_per_word(t: &Token) -> bool {
    matches!(t.lower.as_str(), "per" | "a" | "an" | "each" | "every")
}

fn is_period_word(w: &str) -> bool {
    matches!(
        w,
        "s" | "sec"
            | "second"
            | "min"
            | "minute"
            | "hour"
            | "hr"
            | "h"
            | "day"
            | "week"
            | "month"
            | "year"
            | "yr"
            | "quarter"
            | "night"
            | "release"
            | "sprint"
    )
}

fn is_rate_word(w: &str) -> bool {
    matches!(
        w,
        "daily" | "weekly" | "monthly" | "hourly" | "nightly" | "annually" | "yearly" | "annual"
    )
}

/// After a unit, "/s", "per second", "a day", "daily": returns the index after it.
fn per_time(tokens: &[Token], i: usize) -> Option<(usize, String)> {
    let t = tokens.get(i)?;
    if t.is_punct('/') {
        let n = tokens.get(i + 1)?;
        let w = n.lower.as_str();
        if is_period_word(w.trim_end_matches('s')) || is_period_word(w) {
            return Some((i + 2, w.to_string()));
        }
        return None;
    }
    if is_per_word(t) {
        let n = tokens.get(i + 1)?;
        let w = n.lower.trim_end_matches('s');
        if is_period_word(w) {
            return Some((i + 2, w.to_string()));
        }
        return None;
    }
    if is_rate_word(&t.lower) {
        return Some((i + 1, t.lower.to_string()));
    }
    None
}

fn is_duration_per_time(unit_word: &str) -> bool {
    time_ms(unit_word).is_some_and(|ms| ms >= 6e4)
}

/// "customer 360 table": a singular noun after a number other than one is not
/// what the number counts ("3 tables", "1 table", "a 200-node cluster" are).
fn is_stray_singular(tokens: &[Token], k: usize, len: usize, value: Option<f64>) -> bool {
    if len != 1 || value.is_some_and(|v| v <= 1.0) {
        return false;
    }
    let w = &tokens[k].lower;
    if w.len() <= 3 || w.ends_with('s') || !w.chars().all(|c| c.is_ascii_alphabetic()) {
        return false;
    }
    let lx = lexicon();
    let plural_known = |p: String| {
        let t = super::text::tokenize(&p, &[Span::new(0, p.len())]);
        lx.units.match_at(&t, 0).is_some()
    };
    plural_known(format!("{w}s")) || plural_known(format!("{w}es"))
}

/// Words that can never be the thing a number counts.
fn is_non_unit(w: &str) -> bool {
    matches!(
        w,
        "yoe"
            | "of"
            | "and"
            | "or"
            | "to"
            | "the"
            | "a"
            | "an"
            | "in"
            | "on"
            | "at"
            | "for"
            | "with"
            | "from"
            | "by"
            | "is"
            | "are"
            | "was"
            | "were"
    )
}

fn plural_like(t: &Token) -> bool {
    t.kind == Kind::Word
        && t.lower.len() >= 3
        && t.lower.ends_with('s')
        && !t.lower.ends_with("ss")
        && !t.lower.ends_with("us")
        && !lexicon()
            .verbs
            .get(t.lower.as_str())
            .is_some_and(|v| v.tense != super::lexicon::Tense::Present || *v.lemma == *t.lower)
}

fn word_is_verbish(t: &Token) -> bool {
    lexicon().verb(&t.lower).is_some() || t.lower.ends_with("ed") || t.lower.ends_with("ing")
}

/// Whether the number at `i` is joined ("/", "-", ".", "_", no spaces) to
/// a word before it, directly or through other numbers joined the same way.
fn joined_to_a_name(tokens: &[Token], mut i: usize) -> bool {
    while i >= 2 {
        let (sep, before) = (&tokens[i - 1], &tokens[i - 2]);
        let joined = !tokens[i].space_before
            && !sep.space_before
            && sep.kind == Kind::Punct
            && matches!(sep.lower.as_str(), "/" | "-" | "." | "_");
        if !joined {
            return false;
        }
        match before.kind {
            Kind::Word => return before.lower != "sub", // "sub-100ms" is a quantity
            Kind::Number => i -= 2,
            Kind::Punct => return false,
        }
    }
    false
}

/// Is the number at `i` a version or part of a name ("Java 8", "HTTP/2", "x86-64")?
fn is_version_or_name(tokens: &[Token], i: usize, text: &str, in_version_chain: bool) -> bool {
    let t = &tokens[i];
    let suffix = t.suffix();
    if !suffix.is_empty() && magnitude(suffix).is_none() && suffix != "x" {
        return false; // decided by the suffix logic
    }
    let next_is_quantity_mark = tokens.get(i + 1).is_some_and(|n| {
        !n.space_before && (n.is_punct('%') || n.is_punct('×') || n.is_punct('+') || n.lower == "x")
            || n.lower == "percent"
    }) || suffix == "x";
    if next_is_quantity_mark {
        return false;
    }
    if let Some(prev) = i.checked_sub(1).map(|p| &tokens[p]) {
        // Joined to the word before: HTTP/2, x86-64, Log4j-2, IPv6, and
        // through more digits: CVE-2021-44228. (Digits alone before it
        // make a range: "20-40 per hour".)
        if joined_to_a_name(tokens, i) {
            return true;
        }
        if !t.space_before && prev.kind == Kind::Word {
            return true;
        }
        // "to 17" after "from Java 8", "and 11" after "Java 8".
        if in_version_chain
            && (matches!(prev.lower.as_str(), "to" | "and" | "or" | "," | "->" | "→")
                || prev.is_punct(',')
                || prev.is_punct('-')
                || prev.is_punct('–'))
        {
            return true;
        }
        // Name + number: "Java 8", "Python 3.11", "Log4j 2", "Tier 1", "CS 161".
        if prev.kind == Kind::Word && i >= 2
            || (prev.kind == Kind::Word && i == 1 && !word_is_verbish(prev))
        {
            let capital =
                prev.first_char_upper(text) || prev.lower.chars().any(|c| c.is_ascii_digit());
            let function = QUANTITY_INTRODUCERS.contains(&prev.lower.as_str())
                || matches!(
                    prev.lower.as_str(),
                    "usd" | "eur" | "gbp" | "us" | "aud" | "cad"
                );
            if capital
                && !function
                && !word_is_verbish(prev)
                && !lexicon().number_words.contains(prev.lower.as_str())
            {
                return true;
            }
            if matches!(
                prev.lower.as_str(),
                "version"
                    | "v"
                    | "release"
                    | "rfc"
                    | "iso"
                    | "level"
                    | "tier"
                    | "sev"
                    | "phase"
                    | "gen"
                    | "type"
                    | "series"
                    | "route"
                    | "raid"
                    | "windows"
                    | "python"
                    | "java"
            ) {
                return true;
            }
        }
    }
    // "64-bit", "3-tier": a name for a kind of thing.
    if tokens
        .get(i + 1)
        .is_some_and(|d| d.is_punct('-') && !d.space_before)
        && tokens
            .get(i + 2)
            .is_some_and(|w| !w.space_before && names_a_kind(&w.lower))
    {
        return true;
    }
    // Course and section numbers with three or more decimals: 6.824.
    let d = t.digits(text);
    if let Some((_, frac)) = d.split_once('.') {
        if frac.len() >= 3 && !d.contains(',') && suffix.is_empty() {
            return true;
        }
        // Dotted versions: 1.2.3 is tokenized as one number with two dots.
        if frac.contains('.') {
            return true;
        }
    }
    false
}

/// "555-123-4567", "555-1234": digit groups joined by hyphens, three of
/// them, or two ending in four digits. "100-200 tickets" is a range.
fn is_phone_number(tokens: &[Token], i: usize, text: &str) -> bool {
    let joined = |k: usize| {
        tokens
            .get(k)
            .is_some_and(|d| d.is_punct('-') && !d.space_before)
            && tokens
                .get(k + 1)
                .is_some_and(|m| m.is_number() && !m.space_before && m.suffix().is_empty())
    };
    // The run of groups around `i`: back to its first, then forward.
    let mut start = i;
    while start >= 2
        && joined(start - 1)
        && tokens[start - 2].is_number()
        && tokens[start - 2].suffix().is_empty()
    {
        start -= 2;
    }
    let mut groups = vec![start];
    while joined(groups[groups.len() - 1] + 1) {
        groups.push(groups[groups.len() - 1] + 2);
    }
    let last = tokens[groups[groups.len() - 1]].digits(text).len();
    groups.len() >= 3 || groups.len() == 2 && last == 4
}

/// Numbers that are years, phone numbers, "24/7", ordinals, dates.
fn is_not_a_quantity(tokens: &[Token], i: usize, text: &str) -> bool {
    let t = &tokens[i];
    let d = t.digits(text);
    let suffix = t.suffix();
    if matches!(suffix, "st" | "nd" | "rd" | "th") {
        return true;
    }
    // Phone numbers: +1 555, 555-123-4567, (555) 123-4567
    let prev = i.checked_sub(1).map(|p| &tokens[p]);
    let next = tokens.get(i + 1);
    if prev.is_some_and(|p| p.is_punct('+') && !t.space_before) {
        return true;
    }
    let digit_group_after = |sep: char| {
        next.is_some_and(|n| n.is_punct(sep) && !n.space_before)
            && tokens
                .get(i + 2)
                .is_some_and(|m| m.is_number() && !m.space_before && m.suffix().is_empty())
    };
    let digit_group_before = |sep: char| {
        prev.is_some_and(|p| p.is_punct(sep) && !t.space_before)
            && i >= 2
            && tokens[i - 2].is_number()
            && !prev.is_some_and(|p| p.space_before)
    };
    if d.len() >= 3 && suffix.is_empty() && is_phone_number(tokens, i, text) {
        return true;
    }
    if prev.is_some_and(|p| p.is_punct(')')) && d.len() >= 3 && digit_group_after('-') {
        return true;
    }
    // "24/7", "3/4", "03/2018": number/number.
    if digit_group_after('/') || digit_group_before('/') {
        return true;
    }
    // 24x7
    if d == "24" && suffix == "x7" {
        return true;
    }
    // Years: a plain 4-digit number in range, unless a unit follows ("2000 users").
    if d.len() == 4 && suffix.is_empty() || d.len() == 4 && suffix == "s" {
        if let Ok(y) = d.parse::<u32>() {
            if (1950..=2100).contains(&y) {
                let unit_follows = next.is_some_and(|n| {
                    lexicon().units.match_at(tokens, i + 1).is_some() && n.kind == Kind::Word
                });
                return !unit_follows || suffix == "s";
            }
        }
    }
    // "1:1s", "3:00", "16:9": times and ratios.
    if next.is_some_and(|n| n.is_punct(':') && !n.space_before)
        && tokens
            .get(i + 2)
            .is_some_and(|m| m.is_number() && !m.space_before)
        || prev.is_some_and(|p| p.is_punct(':') && !t.space_before)
            && i >= 2
            && tokens[i - 2].is_number()
    {
        return true;
    }
    false
}

struct Found {
    kind: MetricKind,
    end: usize,
    value: Option<f64>,
    is_time: bool,
    /// A before and after in one ("60 -> 9"): a change, whatever its kind.
    change: bool,
}

/// A number token and what the readings below share about it: its value
/// scaled by a magnitude ("10k", "10 million"), the suffix left once the
/// magnitude is read ("ms" in "200ms"), and where its words continue.
struct NumberAt<'a> {
    tokens: &'a [Token],
    i: usize,
    text: &'a str,
    value: Option<f64>,
    suffix: &'a str,
    /// The first token after the number, its magnitude word and a "+".
    next: usize,
}

impl<'a> NumberAt<'a> {
    fn new(tokens: &'a [Token], i: usize, text: &'a str) -> Self {
        let t = &tokens[i];
        let mut value = t.value(text);
        let mut suffix = t.suffix();
        let mut next = i + 1;
        if let Some(m) = magnitude(suffix) {
            value = value.map(|v| v * m);
            suffix = "";
        } else if let Some(m) = tokens
            .get(next)
            .filter(|n| n.kind == Kind::Word && n.lower.len() > 2)
            .and_then(|n| magnitude(&n.lower))
        {
            value = value.map(|v| v * m);
            next += 1;
        }
        // "200+", "10k+"
        if tokens
            .get(next)
            .is_some_and(|n| n.is_punct('+') && !n.space_before)
        {
            next += 1;
        }
        NumberAt {
            tokens,
            i,
            text,
            value,
            suffix,
            next,
        }
    }

    fn token(&self) -> &'a Token {
        &self.tokens[self.i]
    }

    /// The token at `self.next + k`.
    fn after(&self, k: usize) -> Option<&'a Token> {
        self.tokens.get(self.next + k)
    }

    fn found(&self, kind: MetricKind, end: usize) -> Option<Found> {
        Some(Found {
            kind,
            end,
            value: self.value,
            is_time: false,
            change: false,
        })
    }
}

/// How a number can be a metric, tried in order; the first that reads it wins.
/// A number none of them reads (a name such as "5G", a bare "3") is no metric.
const READINGS: [fn(&NumberAt) -> Option<Found>; 9] = [
    range,
    money,
    percentage,
    multiplier,
    nines,
    rate,
    in_units,
    before_after,
    bare_count,
];

/// What the number at `i` measures, if anything.
fn classify_number(tokens: &[Token], i: usize, text: &str) -> Option<Found> {
    let n = NumberAt::new(tokens, i, text);
    READINGS.iter().find_map(|read| read(&n))
}

/// A range, "4–8 deploys/day", "10-15 engineers", "2–3x faster": read as
/// what its second number is, spanning both.
fn range(n: &NumberAt) -> Option<Found> {
    let dash = n.tokens.get(n.i + 1)?;
    let end = n.tokens.get(n.i + 2)?;
    let joined = !dash.space_before && !end.space_before;
    if !(joined && (dash.is_punct('-') || dash.is_punct('–')) && end.kind == Kind::Number) {
        return None;
    }
    let second = classify_number(n.tokens, n.i + 2, n.text)?;
    // "$10-15k/month": the currency before the first number prices both.
    Some(match money(n) {
        Some(_) => Found {
            kind: MetricKind::Cost,
            ..second
        },
        None => second,
    })
}

/// A number of things per period with the things left unsaid: "40 per
/// hour", "(20-40/day)", "3 a week".
fn rate(n: &NumberAt) -> Option<Found> {
    let (end, _) = per_time(n.tokens, n.next)?;
    // "a" and "every" need a period after them; "3 daily" is no rate.
    is_per_word(n.after(0)?)
        .then(|| n.found(MetricKind::Throughput, end))
        .flatten()
        .or_else(|| {
            n.after(0)
                .is_some_and(|w| w.is_punct('/') && !w.space_before)
                .then(|| n.found(MetricKind::Throughput, end))
                .flatten()
        })
}

fn is_currency_code(w: &str) -> bool {
    matches!(w, "usd" | "eur" | "gbp")
}

/// Money: "$2M", "€300k", "USD 40k", "40k dollars", "$3k/month".
fn money(n: &NumberAt) -> Option<Found> {
    let before = n.i.checked_sub(1).map(|p| &n.tokens[p]);
    if before.is_some_and(|b| is_currency(b) || is_currency_code(&b.lower)) {
        let end = per_time(n.tokens, n.next).map_or(n.next, |(k, _)| k);
        return n.found(MetricKind::Cost, end);
    }
    n.after(0)
        .filter(|w| is_currency_code(&w.lower) || matches!(w.lower.as_str(), "dollars" | "euros"))
        .and_then(|_| n.found(MetricKind::Cost, n.next + 1))
}

/// "40%", "40 percent", "3 percentage points".
fn percentage(n: &NumberAt) -> Option<Found> {
    let w = n.after(0)?;
    if w.is_punct('%') || w.lower == "percent" || w.lower == "pct" {
        return n.found(MetricKind::Percentage, n.next + 1);
    }
    (w.lower == "percentage" && n.after(1).is_some_and(|p| p.lower == "points"))
        .then(|| n.found(MetricKind::Percentage, n.next + 2))
        .flatten()
}

/// "5x", "10×", "3 times", "4 fold", "2 x" (not "2 x 4", a size).
fn multiplier(n: &NumberAt) -> Option<Found> {
    if n.suffix == "x" {
        return n.found(MetricKind::Multiplier, n.next);
    }
    let w = n.after(0)?;
    let joined_mark = (w.is_punct('×') || w.lower == "x") && !w.space_before;
    let word = matches!(w.lower.as_str(), "times" | "fold");
    let lone_x = w.lower == "x" && n.after(1).is_none_or(|m| m.kind != Kind::Number);
    (joined_mark || word || lone_x)
        .then(|| n.found(MetricKind::Multiplier, n.next + 1))
        .flatten()
}

/// Nines of availability: "5 9s".
fn nines(n: &NumberAt) -> Option<Found> {
    (n.suffix == "s" && n.token().digits(n.text) == "9")
        .then(|| n.found(MetricKind::Availability, n.next))
        .flatten()
}

/// A number with a unit, in its suffix ("200ms", "40TB", "50krps") or in the
/// words after it ("120 ms", "12 backend services", "a 200-node cluster").
fn in_units(n: &NumberAt) -> Option<Found> {
    let (unit, word, end) = if n.suffix.is_empty() {
        unit_in_words(n)?
    } else {
        unit_in_suffix(n)?
    };
    let (mut kind, is_time) = match unit {
        Unit::Latency => (MetricKind::Latency, true),
        Unit::Duration => (MetricKind::Time, true),
        Unit::Throughput => (MetricKind::Throughput, false),
        Unit::Data | Unit::Scale => (MetricKind::Scale, false),
        Unit::Count => (MetricKind::Count, false),
    };
    let mut value = n.value;
    if is_time {
        if let Some(ms) = time_ms(word) {
            value = value.map(|v| v * ms);
        }
    }
    let mut end = end;
    if let Some((k, _)) = per_time(n.tokens, end) {
        end = k;
        if is_duration_per_time(word) {
            kind = MetricKind::Time; // "20 hours/week saved"
        } else if !is_time {
            kind = MetricKind::Throughput;
        }
    }
    Some(Found {
        kind,
        end,
        value,
        is_time,
        change: false,
    })
}

/// "200ms": the whole suffix is a unit.
fn unit_in_suffix<'a>(n: &NumberAt<'a>) -> Option<(Unit, &'a str, usize)> {
    let probe = super::text::tokenize(n.suffix, &[Span::new(0, n.suffix.len())]);
    match lexicon().units.match_at(&probe, 0) {
        Some((len, u)) if len == probe.len() => Some((*u, n.suffix, n.next)),
        _ => None,
    }
}

/// The unit among the next few words: "3 regions", "14 of our services",
/// "4 product squads", "39 PRs" (an unknown plural counts), "5-person team".
fn unit_in_words<'a>(n: &NumberAt<'a>) -> Option<(Unit, &'a str, usize)> {
    let (tokens, lx) = (n.tokens, lexicon());
    let mut k = n.next;
    let mut skipped = 0;
    while let Some(w) = tokens.get(k) {
        if w.kind == Kind::Punct && (w.space_before || !w.is_punct('-')) {
            return None;
        }
        if w.is_punct('-') {
            if k == n.next && !w.space_before {
                if let Some(found) = hyphenated_count(tokens, k) {
                    return Some(found);
                }
            }
            k += 1;
            continue;
        }
        // "14 of our services", "3 of the 5 regions"
        if w.lower == "of"
            && skipped == 0
            && k == n.next
            && tokens.get(k + 1).is_some_and(|d| {
                matches!(
                    d.lower.as_str(),
                    "our" | "the" | "their" | "its" | "his" | "her" | "my"
                )
            })
        {
            k += 2;
            skipped = 1;
            continue;
        }
        if is_non_unit(&w.lower) && skipped == 0 {
            return None;
        }
        if let Some((len, u)) = lx.units.match_at(tokens, k) {
            if is_stray_singular(tokens, k, len, n.value) {
                // "4 product squads": a singular noun used as an adjective.
                skipped += 1;
                k += 1;
                continue;
            }
            return (skipped <= MAX_ADJECTIVES).then_some((*u, w.lower.as_str(), k + len));
        }
        if w.kind == Kind::Number || skipped > MAX_ADJECTIVES || is_non_unit(&w.lower) {
            return None;
        }
        // An unknown plural noun right after the number counts things: "39 PRs".
        if plural_like(w) && (skipped == 0 || !word_is_verbish(w)) {
            return Some((Unit::Count, w.lower.as_str(), k + 1));
        }
        skipped += 1;
        k += 1;
    }
    None
}

/// "90-package monorepo", "5-person team": the number joined by a hyphen
/// (at `dash`) to the word it counts.
fn hyphenated_count(tokens: &[Token], dash: usize) -> Option<(Unit, &str, usize)> {
    let w = tokens
        .get(dash + 1)
        .filter(|w| w.kind == Kind::Word && !w.space_before && !names_a_kind(&w.lower))?;
    let unit = lexicon()
        .units
        .match_at(tokens, dash + 1)
        .map_or(Unit::Count, |(_, u)| *u);
    Some((unit, w.lower.as_str(), dash + 2))
}

/// After a hyphen, words that make the number part of a name for a kind of
/// thing, not a count of things: "64-bit", "3-tier", "two-phase", "one-way".
fn names_a_kind(w: &str) -> bool {
    matches!(
        w,
        "bit" | "way" | "phase" | "tier" | "factor" | "step" | "layer" | "d"
    )
}

/// "pages/week 60 -> 9", "queue 480→120": a bare number changed into
/// another, read as the second one reads (else a count), spanning both.
fn before_after(n: &NumberAt) -> Option<Found> {
    let (tokens, k) = (n.tokens, n.next);
    if !n.suffix.is_empty() {
        return None; // "5G -> 4G": names
    }
    let arrow = match (tokens.get(k), tokens.get(k + 1)) {
        (Some(a), _) if a.is_punct('→') => 1,
        (Some(a), Some(b))
            if (a.is_punct('-') || a.is_punct('=')) && b.is_punct('>') && !b.space_before =>
        {
            2
        }
        _ => return None,
    };
    let to = k + arrow;
    if tokens.get(to)?.kind != Kind::Number || is_version_bump(n, &tokens[to]) {
        return None;
    }
    let f = classify_number(tokens, to, n.text).or_else(|| n.found(MetricKind::Count, to + 1))?;
    Some(Found { change: true, ..f })
}

/// "1.27 → 1.29": two decimals with the same whole part are versions.
fn is_version_bump(n: &NumberAt, to: &Token) -> bool {
    let (a, b) = (n.token().digits(n.text), to.digits(n.text));
    matches!((a.split_once('.'), b.split_once('.')), (Some((x, _)), Some((y, _))) if x == y)
}

/// A number with no unit that still counts something: after a comparison
/// ("grew to 40", "by about 300"), large on its own ("1,200", "15000"),
/// or with a magnitude ("10k", "3 million", "200+"). Not a suffix that is
/// no unit: "5G", "3D", "2FA" are names.
fn bare_count(n: &NumberAt) -> Option<Found> {
    if !n.suffix.is_empty() {
        return None;
    }
    let t = n.token();
    let magnitude_in_suffix = magnitude(t.suffix()).is_some();
    let counts = magnitude_in_suffix
        || t.value(n.text).is_some()
            && (after_a_comparison(n)
                || is_large_on_its_own(n)
                || t.suffix().is_empty() && n.next > n.i + 1);
    counts.then(|| n.found(MetricKind::Count, n.next)).flatten()
}

/// "to 40", "from about 300", "than ~12": a comparison word before the
/// number, past any approximation.
fn after_a_comparison(n: &NumberAt) -> bool {
    let mut p = n.i;
    while p > 0
        && matches!(
            n.tokens[p - 1].lower.as_str(),
            "~" | "<"
                | ">"
                | "≈"
                | "about"
                | "around"
                | "roughly"
                | "approximately"
                | "only"
                | "just"
        )
    {
        p -= 1;
    }
    p.checked_sub(1).is_some_and(|p| {
        matches!(
            n.tokens[p].lower.as_str(),
            "to" | "from" | "by" | "of" | "than" | "over" | "under"
        )
    })
}

/// "1,200", "15000": separators, or a value of a thousand or more that is
/// not four digits (those may be years).
fn is_large_on_its_own(n: &NumberAt) -> bool {
    let d = n.token().digits(n.text);
    d.contains(',') || n.value.is_some_and(|v| v >= 1000.0) && d.len() != 4
}

/// Number words: "two regions", "dozens of services", "doubled", "four nines".
fn number_word(tokens: &[Token], i: usize) -> Option<Found> {
    let t = &tokens[i];
    let lx = lexicon();
    // "three-fold", "twofold", "tenfold"
    if let Some(stem) = t.lower.strip_suffix("fold") {
        let stem = stem.trim_end_matches('-');
        if lx.number_words.contains(stem) {
            return Some(Found {
                kind: MetricKind::Multiplier,
                end: i + 1,
                value: None,
                is_time: false,
                change: false,
            });
        }
    }
    if !lx.number_words.contains(t.lower.as_str()) {
        return None;
    }
    // `six` in code quotes is a name, not a number.
    if i > 0 && tokens[i - 1].is_punct('`') && !t.space_before {
        return None;
    }
    let next = tokens.get(i + 1);
    match t.lower.as_str() {
        "doubled" | "doubling" | "tripled" | "tripling" | "quadrupled" | "halved" | "halving" => {
            return Some(Found {
                kind: MetricKind::Multiplier,
                end: i + 1,
                value: None,
                is_time: false,
                change: false,
            });
        }
        "twice" => {
            return Some(Found {
                kind: MetricKind::Multiplier,
                end: i + 1,
                value: Some(2.0),
                is_time: false,
                change: false,
            });
        }
        "half" => {
            // "in half", "by half": a multiplier; "half of the fleet" is a share.
            let prev = i.checked_sub(1).map(|p| tokens[p].lower.as_str());
            let next = tokens.get(i + 1).map(|n| n.lower.as_str());
            let multiplier =
                matches!(prev, Some("in" | "by")) || matches!(next, Some("the" | "as"));
            return multiplier.then_some(Found {
                kind: MetricKind::Multiplier,
                end: i + 1,
                value: Some(0.5),
                is_time: false,
                change: false,
            });
        }
        "double" | "triple" => {
            // "double the throughput" is a multiplier; "double-checked" is one word.
            return next
                .is_some_and(|n| matches!(n.lower.as_str(), "the" | "our" | "its" | "their"))
                .then_some(Found {
                    kind: MetricKind::Multiplier,
                    end: i + 1,
                    value: None,
                    is_time: false,
                    change: false,
                });
        }
        "zero" => {
            let n = next?;
            let ok = matches!(
                n.lower.as_str(),
                "downtime"
                    | "data"
                    | "incidents"
                    | "outages"
                    | "errors"
                    | "defects"
                    | "regressions"
                    | "sev-1"
                    | "sev1"
                    | "p0"
                    | "customer-facing"
                    | "user-facing"
                    | "production"
            );
            return ok.then_some(Found {
                kind: MetricKind::Availability,
                end: i + 2,
                value: Some(0.0),
                is_time: false,
                change: false,
            });
        }
        _ => {}
    }
    if let Some(n) = next {
        if n.lower == "nines" || n.lower == "9s" {
            return Some(Found {
                kind: MetricKind::Availability,
                end: i + 2,
                value: None,
                is_time: false,
                change: false,
            });
        }
    }
    // "one of" is excluded by the word list; "two"… followed by a noun, or "dozens of".
    let mut j = i + 1;
    if tokens.get(j).is_some_and(|n| n.lower == "of") {
        j += 1;
    }
    while tokens
        .get(j)
        .is_some_and(|n| lx.number_words.contains(n.lower.as_str()) || n.lower == "of")
    {
        j += 1;
    }
    let mut end = i + 1;
    let mut kind = MetricKind::Count;
    for k in j..(j + 1 + MAX_ADJECTIVES).min(tokens.len()) {
        if tokens[k].kind != Kind::Word {
            break;
        }
        if let Some((len, u)) = lx.units.match_at(tokens, k) {
            end = k + len;
            kind = match u {
                Unit::Latency => MetricKind::Latency,
                Unit::Duration => MetricKind::Time,
                Unit::Throughput => MetricKind::Throughput,
                Unit::Data | Unit::Scale => MetricKind::Scale,
                Unit::Count => MetricKind::Count,
            };
            break;
        }
    }
    if end == i + 1
        && tokens
            .get(i + 1)
            .is_some_and(|n| n.kind == Kind::Word && !is_non_unit(&n.lower))
    {
        end = i + 2;
    }
    Some(Found {
        kind,
        end,
        value: None,
        is_time: false,
        change: false,
    })
}

/// The metric kinds a bullet is about, from its topic words, in order of
/// appearance but with scale last: "optimized database queries" is about
/// latency more than about the database.
pub fn topic_kinds(tokens: &[Token]) -> Vec<MetricKind> {
    let lx = lexicon();
    let mut kinds = Vec::new();
    for i in 0..tokens.len() {
        if let Some((_, &idx)) = lx.topic_words.match_at(tokens, i) {
            let k = lx.topics[idx].kind;
            if !kinds.contains(&k) {
                kinds.push(k);
            }
        }
    }
    if let Some(pos) = kinds.iter().position(|k| *k == MetricKind::Scale) {
        let scale = kinds.remove(pos);
        kinds.push(scale);
    }
    kinds
}

/// A percentile marker ("p99", "p99.9", "P50") at token `i`.
fn percentile(t: &Token) -> Option<u32> {
    let rest = t.lower.strip_prefix('p')?;
    let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
    if digits.is_empty() || rest.chars().any(|c| !c.is_ascii_digit() && c != '.') {
        return None;
    }
    digits.parse().ok()
}

/// All metrics in a bullet's tokens.
#[cfg(test)]
pub fn extract(tokens: &[Token], text: &str) -> Vec<Metric> {
    extract_on_topics(tokens, text, &topic_kinds(tokens))
}

/// All metrics in a bullet's tokens, given its [`topic_kinds`] (which the
/// block's facts keep too: found once per block).
pub fn extract_on_topics(tokens: &[Token], text: &str, topics: &[MetricKind]) -> Vec<Metric> {
    let mut out: Vec<Metric> = Vec::new();
    let mut i = 0;
    let mut version_chain = false;
    let mut last_percentile: Option<(u32, usize)> = None;
    while i < tokens.len() {
        let t = &tokens[i];
        if let Some(p) = percentile(t) {
            last_percentile = Some((p, i));
        }
        let found = match t.kind {
            Kind::Number => {
                if is_not_a_quantity(tokens, i, text) {
                    None
                } else if is_version_or_name(tokens, i, text, version_chain) {
                    version_chain = true;
                    i += 1;
                    continue;
                } else {
                    classify_number(tokens, i, text)
                }
            }
            Kind::Word => number_word(tokens, i),
            Kind::Punct => None,
        };
        if t.kind == Kind::Word && !matches!(t.lower.as_str(), "to" | "and" | "or") {
            version_chain = version_chain && t.first_char_upper(text);
        }
        let Some(f) = found else {
            i += 1;
            continue;
        };
        let start = if i > 0
            && (is_currency(&tokens[i - 1])
                || matches!(tokens[i - 1].lower.as_str(), "~" | "<" | ">" | "≈"))
        {
            i - 1
        } else {
            i
        };
        let prev_word = start.checked_sub(1).map(|p| tokens[p].lower.as_str());
        // "used by 200 developers" gives scope; "cut by 200 servers" gives the change.
        let agent_by = prev_word == Some("by")
            && start.checked_sub(2).is_some_and(|p| {
                let w = &tokens[p];
                lexicon().improvement.match_at(tokens, p).is_none()
                    && (w.lower.ends_with("ed")
                        || lexicon()
                            .verb(&w.lower)
                            .is_some_and(|v| v.tense != super::lexicon::Tense::Present))
            });
        let comparative = (matches!(
            prev_word,
            Some("by" | "to" | "from" | "than" | "under" | "below" | "within" | "in")
        ) && !agent_by)
            || f.change
            || matches!(f.kind, MetricKind::Multiplier);
        let mut kind = f.kind;
        // Percentages and multipliers take the kind of what the bullet is about.
        if matches!(kind, MetricKind::Percentage | MetricKind::Multiplier) {
            let v = f.value.unwrap_or(0.0);
            let availability_words = tokens[f.end.min(tokens.len())..]
                .iter()
                .take(3)
                .chain(tokens[..start].iter().rev().take(4))
                .any(|w| {
                    matches!(
                        w.lower.as_str(),
                        "uptime" | "availability" | "sla" | "slo" | "available" | "durability"
                    )
                });
            if kind == MetricKind::Percentage
                && (availability_words
                    || ((99.0..=100.0).contains(&v) && t.digits(text).contains('.')))
            {
                kind = MetricKind::Availability;
            } else if let Some(&k) = topics.iter().find(|k| **k != MetricKind::Scale) {
                kind = k;
            }
        }
        let end = f.end.clamp(i + 1, tokens.len());
        let pct = last_percentile
            .filter(|(_, at)| i - at <= 4)
            .map(|(p, _)| p);
        out.push(Metric {
            kind,
            span: tokens[start].span.cover(tokens[end - 1].span),
            value: f.value,
            is_time: f.is_time,
            percentile: if f.is_time { pct } else { None },
            comparative,
        });
        i = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn metrics(s: &str) -> Vec<(MetricKind, String)> {
        let t = tokenize(s, &[Span::new(0, s.len())]);
        extract(&t, s)
            .into_iter()
            .map(|m| (m.kind, m.span.of(s).to_string()))
            .collect()
    }

    fn quantified(s: &str) -> bool {
        !metrics(s).is_empty()
    }

    #[test]
    fn latency_percent_and_time() {
        assert_eq!(
            metrics("Cut p99 checkout latency from 480 ms to 120 ms"),
            vec![
                (MetricKind::Latency, "480 ms".into()),
                (MetricKind::Latency, "120 ms".into())
            ]
        );
        assert_eq!(
            metrics("Reduced latency by 40%"),
            vec![(MetricKind::Latency, "40%".into())]
        );
        assert_eq!(
            metrics("p99 under 200ms"),
            vec![(MetricKind::Latency, "200ms".into())]
        );
        assert_eq!(
            metrics("from 3 days to 4 hours")[0],
            (MetricKind::Time, "3 days".into())
        );
        assert_eq!(
            metrics("saving 20 hours/week")[0],
            (MetricKind::Time, "20 hours/week".into())
        );
    }

    #[test]
    fn throughput() {
        assert_eq!(
            metrics("serving 50k QPS")[0],
            (MetricKind::Throughput, "50k QPS".into())
        );
        assert_eq!(
            metrics("at 1,200 req/s")[0],
            (MetricKind::Throughput, "1,200 req/s".into())
        );
        assert_eq!(
            metrics("1B transactions/day")[0],
            (MetricKind::Throughput, "1B transactions/day".into())
        );
        assert_eq!(
            metrics("50k messages per second")[0],
            (MetricKind::Throughput, "50k messages per second".into())
        );
    }

    #[test]
    fn availability() {
        assert_eq!(metrics("kept 99.99% uptime")[0].0, MetricKind::Availability);
        assert_eq!(
            metrics("four nines of availability")[0],
            (MetricKind::Availability, "four nines".into())
        );
        assert_eq!(metrics("with zero downtime")[0].0, MetricKind::Availability);
    }

    #[test]
    fn scale_money_counts_and_multipliers() {
        assert_eq!(
            metrics("a 200-node cluster")[0],
            (MetricKind::Scale, "200-node".into())
        );
        assert_eq!(
            metrics("across 3 regions")[0],
            (MetricKind::Scale, "3 regions".into())
        );
        assert_eq!(
            metrics("stored 40 TB")[0],
            (MetricKind::Scale, "40 TB".into())
        );
        assert_eq!(metrics("a team of 5")[0].0, MetricKind::Count);
        assert_eq!(
            metrics("saving $2M a year")[0],
            (MetricKind::Cost, "$2M a year".into())
        );
        assert_eq!(metrics("saving €300k")[0].0, MetricKind::Cost);
        assert_eq!(
            metrics("merged 39 PRs")[0],
            (MetricKind::Count, "39 PRs".into())
        );
        assert_eq!(metrics("5x faster builds")[0].1, "5x");
        assert_eq!(metrics("10× faster")[0].1, "10×");
        assert!(quantified("Doubled throughput"));
        assert!(quantified("dozens of services"));
        assert!(quantified("Onboarded two teams"));
        assert!(quantified("Upgraded 40 services from Java 8 to Java 17"));
    }

    #[test]
    fn not_metrics() {
        for s in [
            "Migrated from Java 8 to Java 17",
            "Upgraded Python 3.11 and Log4j 2",
            "Adopted HTTP/2 and IPv6",
            "Moved files to S3 and EC2 on K8s",
            "Added i18n for x86 and ARM64 builds",
            "Built Web3 and 5G and P2P demos",
            "Took MIT 6.824",
            "Call 555-123-4567",
            "Ran the 24/7 on-call rotation",
            "Joined in 2019 and stayed until 2021",
            "Improved p99 latency",
            "One of the first engineers",
            "Led the first migration",
            "Wrote RFC 7519 tokens",
            "Used Windows 10 and iOS 16",
            "Upgraded Spring Boot 2 to 3",
        ] {
            assert_eq!(metrics(s), vec![], "{s}");
        }
    }

    #[test]
    fn ranges_and_rates_are_metrics() {
        for (s, kind) in [
            ("Shipped 4–8 deploys/day", MetricKind::Throughput),
            ("Triaged alerts (20-40 per hour)", MetricKind::Throughput),
            // A multiplier takes the kind of what got faster.
            ("Made builds 2–3x faster", MetricKind::Latency),
            ("Led 10–15 engineers", MetricKind::Scale),
            ("Ran 3-5 interviews a week", MetricKind::Throughput),
        ] {
            let found = metrics(s);
            assert!(found.iter().any(|(k, _)| *k == kind), "{s}: {found:?}");
        }
    }

    #[test]
    fn a_bare_number_changed_into_another_is_a_metric() {
        assert_eq!(
            metrics("Reduced pages/week 60 -> 9 for storage")[0].1,
            "60 -> 9"
        );
        assert_eq!(metrics("queue depth 480→120")[0].1, "480→120");
        assert_eq!(
            metrics("p99 480ms -> 120ms").len(),
            2,
            "units read as before"
        );
        assert_eq!(metrics("Moved from 5G -> 4G fallback"), vec![]);
    }

    #[test]
    fn money_ranges_version_ranges_and_phone_numbers() {
        assert_eq!(
            metrics("Saved $10-15k/month in licences")[0],
            (MetricKind::Cost, "$10-15k/month".into())
        );
        assert_eq!(metrics("Saved €2-3M a year")[0].0, MetricKind::Cost);
        assert_eq!(metrics("Ran Java 8-17 migrations"), vec![]);
        assert_eq!(metrics("Upgraded the clusters 1.27 → 1.29"), vec![]);
        assert!(quantified("Handled 100-200 tickets a day"));
        assert_eq!(metrics("Call 555-123-4567 or 555-1234"), vec![]);
    }

    #[test]
    fn year_shaped_counts_are_counts() {
        for s in [
            "Rolled the agent out to over 2000 hosts",
            "Onboarded about 1900 customers",
            "Ran a fleet of 2020 nodes",
            "Supported more than 2000 merchants",
            "Grew the cluster to nearly 2048 cores",
        ] {
            assert!(quantified(s), "{s}");
        }
        for s in [
            "Joined in 2019",
            "On call since 2016",
            "Platform engineer, 2016–2019",
            "Led the 2020 migration to GKE",
        ] {
            assert_eq!(metrics(s), vec![], "{s}");
        }
    }

    #[test]
    fn names_with_numbers_are_not_metrics() {
        let read_as_metrics = [
            "Replaced one-way hashing of tokens",
            "Implemented two-phase commit across shards",
            "Ported the codec to 64-bit",
            "Wrote firmware for an 8-bit microcontroller",
            "Tuned L2 cache usage in the parser",
            "Built a Layer 7 load balancer",
            "Rewrote the tools in Python 3",
            "Added HTTP/2 and OAuth 2.0 to the gateway",
            "Prototyped Web3 wallets over 5G",
            "Cross-compiled for x86-64",
            "Moved blobs to S3 on EC2 m5.large instances",
            "Kept the 24/7 rotation staffed",
            "Fixed JIRA-4411 and PROJ-12 in the billing service",
            "Patched CVE-2021-44228 in the Log4j dependency",
            "Upgraded the agent to v2.3.1",
            "Promoted to Level 2 reviewer",
            "Answered Tier 1 support tickets",
        ]
        .into_iter()
        .map(|s| (s, metrics(s)))
        .filter(|(_, m)| !m.is_empty())
        .collect::<Vec<_>>();
        assert!(read_as_metrics.is_empty(), "{read_as_metrics:#?}");
    }

    #[test]
    fn percentiles_are_attached_to_latencies() {
        let s = "p50 of 20 ms and p99 of 90 ms";
        let t = tokenize(s, &[Span::new(0, s.len())]);
        let m = extract(&t, s);
        assert_eq!(
            m.iter().map(|m| m.percentile).collect::<Vec<_>>(),
            [Some(50), Some(99)]
        );
    }
}
