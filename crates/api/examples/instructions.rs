//! The check's instruction count, the steady measure of its work that
//! timings on a shared 2-core machine are not (BENCHMARKS.md). Built at the
//! release profile's opt-level, the wasm's, and run under callgrind:
//!
//!   cargo build --release -p bulletproof-api --example instructions
//!   valgrind --tool=callgrind target/release/examples/instructions PAGES RUNS [session|again|edited] [api]
//!
//! It checks the benchmarks' PAGES-page resume once (the word lists load),
//! then RUNS times: from scratch, through a `Session` with one key typed
//! in the middle and taken out again (`session`), or through a `Session`
//! with the same text again (`again`, as `scripts/peers.mjs` times it), or
//! through a `Session` with every number changed before each check
//! (`edited`, as `edited()` in `scripts/resume-of-words.mjs`: most blocks
//! new, so little is reused). The count of RUNS = 0 taken from
//! that of RUNS = 20, over 20, is one check's. A fourth argument `api` adds
//! what the JavaScript API's `check()` does with each report in the wasm:
//! its spans in UTF-16, and its tape (`crates/api/src/tape.rs`).

use bulletproof_api::engine::{check, OffsetTable, Options, Report, Session};
use bulletproof_api::tape::Tape;
use std::hint::black_box;

#[path = "../../../benches/resume.rs"]
mod resume;
use resume::resume_of;

fn main() {
    let pages: usize = std::env::args().nth(1).map_or(2, |a| a.parse().unwrap());
    let runs: usize = std::env::args().nth(2).map_or(20, |a| a.parse().unwrap());
    let mode = std::env::args().nth(3).unwrap_or_default();
    let session = matches!(mode.as_str(), "session" | "again" | "edited");
    let api = std::env::args().nth(4).is_some_and(|a| a == "api");
    // What check() in src/api.rs does with a report before JavaScript reads it.
    let mut tape = Tape::empty();
    let mut handed_over = |report: Report, text: &str| {
        if api {
            tape.write(&report.into_utf16(&OffsetTable::new(text), None));
            black_box(&tape);
        } else {
            black_box(report);
        }
    };
    let text = resume_of(pages * 500);
    let options = Options::default();
    let middle = text.len() / 2;
    let middle = (middle..).find(|&i| text.is_char_boundary(i)).unwrap();
    let keyed = [
        text.clone(),
        if mode == "again" {
            text.clone()
        } else {
            format!("{}x{}", &text[..middle], &text[middle..])
        },
    ];
    // Made whatever RUNS is, so the count of RUNS = 0 takes their cost away.
    let edits: Vec<String> = (0..20).map(|run| edited(&text, run)).collect();
    let mut s = Session::default();
    black_box(s.check(&keyed[0], &options)); // the lists load once
    for n in 0..runs {
        let t = black_box(if mode == "edited" {
            &edits[n % edits.len()]
        } else {
            &keyed[if session { (n + 1) % 2 } else { 0 }]
        });
        let report = if session {
            s.check(t, &options)
        } else {
            check(t, &options)
        };
        handed_over(report, t);
    }
}

/// `text` with every whole number changed, differently for each run and
/// each place: `edited()` in `scripts/resume-of-words.mjs` (`\b\d+\b`).
fn edited(text: &str, run: usize) -> String {
    let word = |b: Option<&u8>| b.is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_');
    let bytes = text.as_bytes();
    let (mut out, mut k, mut i) = (String::new(), 0, 0);
    while i < bytes.len() {
        let end = (i..bytes.len())
            .find(|&j| !bytes[j].is_ascii_digit())
            .unwrap_or(bytes.len());
        if end > i && !word(i.checked_sub(1).and_then(|p| bytes.get(p))) && !word(bytes.get(end)) {
            let n: u64 = text[i..end].parse().unwrap_or(0);
            out += &(n + 7 * (run as u64 + 1) + (k % 97) * 1000).to_string();
            k += 1;
            i = end;
        } else {
            let next = end.max(i + 1);
            let next = (next..=bytes.len())
                .find(|&j| text.is_char_boundary(j))
                .unwrap();
            out += &text[i..next];
            i = next;
        }
    }
    out
}
