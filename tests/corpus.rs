//! The labelled corpus: hand-labelled bullets in many styles, checked as one
//! resume the way the accuracy evaluation does it. Prints precision, recall
//! and F1 per call so regressions show, and fails under the targets.
//!
//! Run alone with output: `cargo test --test corpus -- --nocapture`.

use bulletproof::engine::{check, Options, RuleId};

/// The calls a corpus can label, in the order they are reported.
const CALLS: [&str; 6] = [
    "quantified",
    "lead_verb",
    "weak_opening",
    "vague_improvement",
    "first_person",
    "filler",
];

struct Row {
    /// Per call in [`CALLS`]: the label, when the corpus has that column.
    labels: [Option<bool>; 6],
    text: String,
}

/// Rows of a corpus whose header names its label columns (any of
/// [`CALLS`]), then `text`.
fn rows(tsv: &str) -> Vec<Row> {
    let mut lines = tsv.lines();
    let header: Vec<&str> = lines.next().expect("a header").split('\t').collect();
    assert_eq!(header.last(), Some(&"text"), "the last column is the text");
    let columns: Vec<usize> = header[..header.len() - 1]
        .iter()
        .map(|h| {
            CALLS
                .iter()
                .position(|c| c == h)
                .unwrap_or_else(|| panic!("unknown column {h}"))
        })
        .collect();
    lines
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.splitn(header.len(), '\t').collect();
            assert_eq!(f.len(), header.len(), "bad corpus row: {l}");
            let mut labels = [None; 6];
            for (i, &call) in columns.iter().enumerate() {
                assert!(f[i] == "0" || f[i] == "1", "bad label {:?}: {l}", f[i]);
                labels[call] = Some(f[i] == "1");
            }
            Row {
                labels,
                text: f[f.len() - 1].to_string(),
            }
        })
        .collect()
}

#[derive(Default)]
struct Tally {
    tp: usize,
    fp: usize,
    fn_: usize,
    misses: Vec<String>,
}

impl Tally {
    fn add(&mut self, truth: bool, got: bool, text: &str) {
        match (truth, got) {
            (true, true) => self.tp += 1,
            (false, true) => {
                self.fp += 1;
                self.misses.push(format!("  FP: {text}"));
            }
            (true, false) => {
                self.fn_ += 1;
                self.misses.push(format!("  FN: {text}"));
            }
            _ => {}
        }
    }

    fn scores(&self) -> (f64, f64, f64) {
        let p = self.tp as f64 / (self.tp + self.fp).max(1) as f64;
        let r = self.tp as f64 / (self.tp + self.fn_).max(1) as f64;
        let f1 = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        (p, r, f1)
    }
}

/// F1 targets of the first two corpora, per call in [`CALLS`].
const TARGETS: [f64; 6] = [0.95, 0.95, 0.92, 0.85, 0.97, 0.0];

/// The corpus the rules were developed against.
#[test]
fn tuning_corpus_meets_accuracy_targets() {
    evaluate(
        "bullets.tsv",
        include_str!("corpus/bullets.tsv"),
        400,
        TARGETS,
    );
}

/// A second corpus, written independently and only measured against (its misses
/// were studied once for general causes, never patched bullet by bullet).
#[test]
fn heldout_corpus_meets_accuracy_targets() {
    evaluate(
        "heldout.tsv",
        include_str!("corpus/heldout.tsv"),
        400,
        TARGETS,
    );
}

/// Messy bullets (issue 14): duty and participation phrasing in all its
/// forms, first person and narrative framing, ranges and rates, years that
/// are counts and numbers that are not metrics, vague improvement in other
/// shapes, puffery; sloppy, terse, run-on and non-native English. Written
/// before the rules were tuned for them and measured untouched first; the
/// floors are that first measurement, to be raised as the rules improve
/// (BENCHMARKS.md, "Judgement").
#[test]
fn messy_corpus_holds_its_measured_floor() {
    evaluate(
        "messy.tsv",
        include_str!("corpus/messy.tsv"),
        150,
        // Measured untouched, 2026-12-01: F1 0.964, 0.988, 0.698, 0.727, 0.979, 0.667;
        // weak opening 0.891 once its duty, participation and narrative phrases
        // were added; filler 0.889 with the puffery phrases; vague improvement
        // 0.920 with its other shapes (0.941 until "lower" left the list: the
        // adjective, "lower environments", is far more common than the verb).
        // The second step (shapes, padding, before-and-after, listed duties):
        // 1.000, 1.000, 1.000, 0.979, 1.000, 1.000.
        [0.99, 0.99, 0.99, 0.97, 0.99, 0.99],
    );
}

/// A second messy corpus (183 bullets in new domains: payments, telecom,
/// games, health, robotics, government), written by a session that never
/// saw the rules or their word lists and measured before and after issue
/// 14's first rules without being tuned on. Its misses were seen before the
/// second step, so a third corpus (`messy-final.tsv`) is the clean measure.
#[test]
fn untouched_messy_corpus_holds_its_measured_floor() {
    evaluate(
        "messy-untouched.tsv",
        include_str!("corpus/messy-untouched.tsv"),
        150,
        // Before issue 14's rules (2026-12-01): F1 0.948, 0.992, 0.765, 0.830,
        // 1.000, 0.667. With the first rules, untuned: 0.966, 0.992, 0.876,
        // 0.912, 1.000, 0.811. With the second step (written from messy.tsv's
        // misses and the classes, but after this corpus's misses had
        // been seen; three non-native phrases came from them): 0.966, 0.996,
        // 0.980, 0.929, 1.000, 0.952.
        [0.96, 0.99, 0.97, 0.92, 1.0, 0.95],
    );
}

/// The clean measure of issue 14's rules: a third messy corpus (168
/// bullets: insurance, airlines, energy, biotech, streaming, exchanges…),
/// written by a session that saw neither the rules nor the other messy
/// corpora, and measured once, after the rules were done. Its misses are
/// reported in BENCHMARKS.md, not patched.
#[test]
fn final_messy_corpus_holds_its_measured_floor() {
    evaluate(
        "messy-final.tsv",
        include_str!("corpus/messy-final.tsv"),
        150,
        // Measured once, 2026-12-01, with the rules done: F1 0.979, 0.991,
        // 0.969, 0.944, 1.000, 1.000 (before issue 14's rules: BENCHMARKS.md).
        [0.97, 0.99, 0.96, 0.94, 1.0, 0.99],
    );
}

fn evaluate(name: &str, tsv: &str, least: usize, targets: [f64; 6]) {
    let rows = rows(tsv);
    assert!(
        rows.len() >= least,
        "{name}: corpus too small: {}",
        rows.len()
    );
    // One resume, bullets as "- " lines under EXPERIENCE, as the evaluation lays it out.
    let mut text = String::from("SUMMARY\nBackend engineer.\n\nEXPERIENCE\n");
    let first_line = 5;
    for r in &rows {
        text.push_str("- ");
        text.push_str(r.text.trim_start_matches(['•', '▪', '*', '-', ' ']));
        text.push('\n');
    }
    text.push_str("\nSKILLS\nGo, Rust\n");
    let report = check(&text, &Options::fixed_date());

    let mut tallies: Vec<(&str, f64, Tally)> = CALLS
        .iter()
        .zip(targets)
        .map(|(&call, target)| (call, target, Tally::default()))
        .collect();
    for (i, r) in rows.iter().enumerate() {
        let line = first_line + i;
        let bullet = report
            .bullets
            .iter()
            .find(|b| b.line == line)
            .unwrap_or_else(|| panic!("no bullet on line {line}: {}", r.text));
        let has = |rule: RuleId| {
            report
                .findings
                .iter()
                .any(|f| f.rule == rule && bullet.span.contains(f.span.start))
        };
        let got = [
            bullet.quantified,
            bullet.lead_verb.is_some(),
            has(RuleId::WeakOpening),
            has(RuleId::VagueImprovement),
            has(RuleId::FirstPerson),
            has(RuleId::Filler),
        ];
        for (k, (_, _, t)) in tallies.iter_mut().enumerate() {
            if let Some(truth) = r.labels[k] {
                t.add(truth, got[k], &r.text);
            }
        }
    }
    let mut failed = Vec::new();
    println!(
        "\n{:<18} {:>9} {:>7} {:>6} {:>7}",
        "call", "precision", "recall", "F1", "target"
    );
    for (k, (call, target, t)) in tallies.iter().enumerate() {
        // A call this corpus has no column for.
        if rows.iter().all(|r| r.labels[k].is_none()) {
            continue;
        }
        let (p, r, f1) = t.scores();
        println!("{call:<18} {p:>9.3} {r:>7.3} {f1:>6.3} {target:>7.2}");
        if f1 < *target {
            failed.push(format!(
                "{name}: F1 {f1:.3} < {target}\n{}",
                t.misses.join("\n")
            ));
        }
    }
    if std::env::var_os("CORPUS_VERBOSE").is_some() {
        for (call, _, t) in &tallies {
            println!("{call}:\n{}", t.misses.join("\n"));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n\n"));
}
