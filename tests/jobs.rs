//! The job-posting corpus (issue 15): postings written for the purpose,
//! modelled on real ones, each with its must-have and nice-to-have terms,
//! its traps (employer, place, benefits, idioms) and a resume written
//! against it, labelled with the terms it shows; three also have a stuffed
//! resume. Scored the way the bullets corpus is: it prints, over all
//! postings,
//! - how many must-have terms the report lists at all (matched or missing,
//!   by its name or among the posting's other wordings listed under it,
//!   spaces and hyphens aside, or by a term that covers, in the posting,
//!   where the label's words are),
//! - recall: terms the resume shows that the report calls matched,
//! - precision of matched terms (a match the resume does not show, or one
//!   read only from a trap, is wrong; a term nobody labelled is counted apart),
//! - traps read as terms (a job term whose mention lies inside a trap),
//! - clean resumes flagged as stuffed, stuffed resumes flagged,
//!
//! and fails under the floors. Run alone with output:
//! `cargo test --test jobs -- --nocapture` (`JOBS_VERBOSE=1` lists the misses).

#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use bulletproof::engine::tailor::Job;
use bulletproof::engine::{check, Options, RuleId, Span, YearMonth};

/// A labelled term: its canonical name and the other ways it is written.
struct Label {
    must: bool,
    names: Vec<String>,
    /// The same as written in terms.tsv, lowercased: where the posting says
    /// them (`covered`).
    written: Vec<String>,
}

/// How a term's name is compared: lowercase, hyphens and runs of spaces as
/// one space, a plural's "s" off ("roadmaps" is "roadmap": a reader sees
/// one term).
fn norm(s: &str) -> String {
    s.to_lowercase()
        .replace(['-', '‐', '_'], " ")
        .split_whitespace()
        .map(|w| match w.strip_suffix('s') {
            Some(one) if w.len() > 3 && !one.ends_with('s') => one,
            _ => w,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether one of `spans` covers a place where `posting` (lowercased)
/// says `words` (lowercased) as whole words.
fn covered(posting: &str, words: &str, spans: &[Span]) -> bool {
    let edge = |c: Option<char>| !c.is_some_and(char::is_alphanumeric);
    posting.match_indices(words).any(|(at, m)| {
        let end = at + m.len();
        edge(posting[..at].chars().next_back())
            && edge(posting[end..].chars().next())
            && spans.iter().any(|s| s.start <= at && end <= s.end)
    })
}

fn read(dir: &Path, file: &str) -> Option<String> {
    fs::read_to_string(dir.join(file)).ok()
}

fn labels(dir: &Path) -> Vec<Label> {
    read(dir, "terms.tsv")
        .expect("terms.tsv")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let f: Vec<&str> = l.split('\t').collect();
            assert!(f.len() >= 2, "{}: bad terms.tsv line {l:?}", dir.display());
            assert!(f[0] == "must" || f[0] == "nice", "{}: {l:?}", dir.display());
            let mut written = vec![f[1].trim().to_ascii_lowercase()];
            if let Some(alts) = f.get(2) {
                written.extend(
                    alts.split(',')
                        .map(|a| a.trim().to_ascii_lowercase())
                        .filter(|a| !a.is_empty()),
                );
            }
            Label {
                must: f[0] == "must",
                names: written.iter().map(|w| norm(w)).collect(),
                written,
            }
        })
        .collect()
}

fn lines(dir: &Path, file: &str) -> Vec<String> {
    read(dir, file)
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

#[derive(Default)]
struct Tally {
    must: usize,
    must_listed: usize,
    shown: usize,
    shown_matched: usize,
    matched_right: usize,
    matched_wrong: usize,
    matched_unlabelled: usize,
    /// Terms the report lists (matched or missing) that no label names:
    /// the upper bound of its noise ("file formats such", "ideally").
    listed: usize,
    listed_unlabelled: usize,
    traps: usize,
    traps_read: usize,
    clean: usize,
    clean_flagged: usize,
    stuffed: usize,
    stuffed_flagged: usize,
    /// Listed terms with a label, and those whose required/nice-to-have
    /// weight agrees with it.
    weighed: usize,
    weighed_right: usize,
    misses: Vec<String>,
}

fn options(posting: &str) -> Options {
    Options {
        today: Some(YearMonth::new(2026, 11)),
        job: Some(Arc::new(Job::parse(posting))),
        ..Options::default()
    }
}

fn score(dir: &Path, t: &mut Tally) {
    let name = dir.file_name().unwrap().to_string_lossy().to_string();
    let posting = read(dir, "posting.txt").expect("posting.txt");
    let resume = read(dir, "resume.txt").expect("resume.txt");
    let labels = labels(dir);
    let shows: Vec<String> = lines(dir, "shows.tsv").iter().map(|s| norm(s)).collect();
    for s in &shows {
        assert!(
            labels.iter().any(|l| l.names[0] == *s),
            "{name}: shows.tsv names {s:?}, not a canonical term of terms.tsv"
        );
    }

    // Where the traps are in the posting, and which of the job's terms were
    // read only from inside one ("Storage & Consensus team", "Austin, TX").
    let trap_at: Vec<(usize, usize)> = lines(dir, "traps.txt")
        .iter()
        .flat_map(|x| {
            posting
                .match_indices(x.as_str())
                .map(|(at, m)| (at, at + m.len()))
        })
        .collect();
    let inside = |s: &Span| trap_at.iter().any(|&(a, b)| s.start >= a && s.end <= b);
    let parsed = Job::parse(&posting);
    let only_in_traps = |term: &str| {
        parsed
            .terms
            .iter()
            .find(|t| norm(&t.name) == term)
            .is_some_and(|t| t.spans.iter().all(inside))
    };
    let report = check(&resume, &options(&posting));
    let job = report.tailoring.job.as_ref().expect("a job section");
    let matched: Vec<String> = job.matched.iter().map(|m| norm(&m.term)).collect();
    let listed: Vec<String> = matched
        .iter()
        .cloned()
        .chain(job.missing.iter().map(|m| norm(&m.term)))
        .collect();
    // A term's name, then the posting's other wordings the report lists
    // under it ("query optimisation" under "slow queries"): a label is
    // listed, or matched, when any of them names it.
    let wordings = |term: &String, also: &[String]| -> Vec<String> {
        std::iter::once(term.clone())
            .chain(also.iter().map(|a| norm(a)))
            .collect()
    };
    let matched_wordings: Vec<Vec<String>> = matched
        .iter()
        .zip(&job.matched)
        .map(|(m, r)| wordings(m, &r.also))
        .collect();
    let listed_wordings: Vec<String> = matched_wordings
        .iter()
        .flatten()
        .cloned()
        .chain(
            job.missing
                .iter()
                .flat_map(|m| wordings(&norm(&m.term), &m.also)),
        )
        .collect();
    // A term names a label by one of its names, spaces and hyphens aside
    // ("post-mortems" is "postmortems"), or else by covering, in the
    // posting, where the label's words are: the report's "on-call rotation"
    // read from "Take part in an on-call rotation" lists the labelled
    // "on-call", "Docker images" lists "Docker". Not the other way: "Linux"
    // read from "Linux internals" does not list "Linux internals".
    // `JOBS_BY_NAME=1` scores by the name alone, as before issue 15's
    // fourteenth session.
    let by_name_only = std::env::var_os("JOBS_BY_NAME").is_some();
    let lower_posting = posting.to_ascii_lowercase();
    let by_name = |term: &str| {
        let joined = term.replace(' ', "");
        labels
            .iter()
            .find(|l| l.names.iter().any(|n| n == term))
            .or_else(|| {
                (!by_name_only).then(|| {
                    labels
                        .iter()
                        .find(|l| l.names.iter().any(|n| n.replace(' ', "") == joined))
                })?
            })
    };
    // A label some listed term names is not claimed again by another's
    // cover ("AWS Certified" does not list "AWS" when "AWS" is listed).
    let named: Vec<&Label> = listed_wordings.iter().filter_map(|x| by_name(x)).collect();
    let label_of = |term: &str| {
        let found = by_name(term);
        if found.is_some() || by_name_only {
            return found;
        }
        let spans: Vec<Span> = parsed
            .terms
            .iter()
            .filter(|t| norm(&t.name) == term)
            .flat_map(|t| t.spans.iter().copied())
            .collect();
        labels
            .iter()
            .filter(|l| !named.iter().any(|n| std::ptr::eq(*n, *l)))
            .filter_map(|l| {
                let longest = l
                    .written
                    .iter()
                    .filter(|w| covered(&lower_posting, w, &spans))
                    .map(String::len)
                    .max()?;
                Some((longest, l))
            })
            .max_by_key(|&(n, _)| n)
            .map(|(_, l)| l)
    };

    // Required or nice-to-have, as the report says, against the label.
    let required: Vec<(String, bool)> = job
        .matched
        .iter()
        .map(|m| (norm(&m.term), m.required))
        .chain(job.missing.iter().map(|m| (norm(&m.term), m.required)))
        .collect();
    for (term, req) in &required {
        if let Some(l) = label_of(term) {
            t.weighed += 1;
            if *req == l.must {
                t.weighed_right += 1;
            } else {
                t.misses.push(format!(
                    "  {name}: {term} weighed {}, labelled {}",
                    if *req { "required" } else { "nice" },
                    if l.must { "must" } else { "nice" }
                ));
            }
        }
    }
    for x in &listed {
        t.listed += 1;
        if label_of(x).is_none() {
            t.listed_unlabelled += 1;
            t.misses
                .push(format!("  {name}: listed, not labelled: {x}"));
        }
    }
    let names_label =
        |x: &String, l: &Label| label_of(x).is_some_and(|found| std::ptr::eq(found, l));
    for l in labels.iter().filter(|l| l.must) {
        t.must += 1;
        if listed_wordings.iter().any(|x| names_label(x, l)) {
            t.must_listed += 1;
        } else {
            t.misses
                .push(format!("  {name}: must-have not listed: {}", l.names[0]));
        }
    }
    for s in &shows {
        t.shown += 1;
        let l = label_of(s).expect("checked above");
        if matched_wordings.iter().flatten().any(|m| names_label(m, l)) {
            t.shown_matched += 1;
        } else {
            t.misses
                .push(format!("  {name}: shown but not matched: {s}"));
        }
    }
    // Each label is counted once per posting: by a term's name first, then
    // by a wording the report matched under another term's name, which is
    // a match of its own label, right only if the resume shows that
    // ("point-in-time recovery" under "backup and recovery").
    let mut counted: Vec<&String> = Vec::new();
    for m in &matched {
        match label_of(m) {
            None if only_in_traps(m) => {
                t.matched_wrong += 1;
                t.misses.push(format!("  {name}: matched a trap: {m}"));
            }
            Some(l) if counted.contains(&&l.names[0]) => {}
            Some(l) if shows.contains(&l.names[0]) => {
                counted.push(&l.names[0]);
                t.matched_right += 1;
            }
            Some(l) => {
                counted.push(&l.names[0]);
                t.matched_wrong += 1;
                t.misses.push(format!(
                    "  {name}: matched but not shown: {m} ({})",
                    l.names[0]
                ));
            }
            None => t.matched_unlabelled += 1,
        }
    }
    for w in matched_wordings.iter().flat_map(|all| &all[1..]) {
        let Some(l) = label_of(w) else { continue };
        if counted.contains(&&l.names[0]) {
            continue;
        }
        counted.push(&l.names[0]);
        if shows.contains(&l.names[0]) {
            t.matched_right += 1;
        } else {
            t.matched_wrong += 1;
            t.misses.push(format!(
                "  {name}: matched as another wording, not shown: {w} ({})",
                l.names[0]
            ));
        }
    }
    for x in lines(dir, "traps.txt") {
        t.traps += 1;
        let at: Vec<(usize, usize)> = posting
            .match_indices(x.as_str())
            .map(|(at, m)| (at, at + m.len()))
            .collect();
        let read_from = parsed.terms.iter().find(|term| {
            term.spans
                .iter()
                .any(|s| at.iter().any(|&(a, b)| s.start >= a && s.end <= b))
        });
        if let Some(term) = read_from {
            t.traps_read += 1;
            t.misses.push(format!(
                "  {name}: trap read as a term: {x} ({})",
                term.name
            ));
        }
    }
    let stuffed_flag = |text: &str| {
        check(text, &options(&posting))
            .findings
            .iter()
            .any(|f| f.rule == RuleId::Stuffing)
    };
    t.clean += 1;
    if stuffed_flag(&resume) {
        t.clean_flagged += 1;
        t.misses
            .push(format!("  {name}: clean resume flagged as stuffed"));
    }
    if let Some(stuffed) = read(dir, "resume-stuffed.txt") {
        t.stuffed += 1;
        if stuffed_flag(&stuffed) {
            t.stuffed_flagged += 1;
        } else {
            t.misses
                .push(format!("  {name}: stuffed resume not flagged"));
        }
    }
}

fn postings(root: &Path) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = fs::read_dir(root)
        .unwrap_or_else(|e| panic!("{}: {e}", root.display()))
        .map(|e| e.expect("an entry").path())
        .filter(|p| p.join("posting.txt").exists())
        .collect();
    dirs.sort();
    dirs
}

fn ratio(a: usize, b: usize) -> f64 {
    a as f64 / b.max(1) as f64
}

/// The floors: the corpus measured untouched, before issue 15's work
/// (BENCHMARKS.md, "Job-description matching"); raised as the matcher
/// improves. `JOBS_DIR=<dir>` scores another corpus of the same shape
/// instead and prints it, with no floors (a new corpus, measured before
/// anything is tuned to it).
#[test]
fn job_postings_meet_their_floors() {
    match std::env::var_os("JOBS_DIR") {
        Some(dir) => {
            measure(Path::new(&dir));
        }
        None => Floors::MEASURED.hold(&measure(&corpus("tests/jobs"))),
    }
}

/// The second corpus (`tests/jobs-2/`), with its floors measured untouched.
#[test]
fn the_second_corpus_meets_its_floors() {
    if std::env::var_os("JOBS_DIR").is_none() {
        Floors::SECOND.hold(&measure(&corpus("tests/jobs-2")));
    }
}

/// The third and fourth corpora (`tests/jobs-3/`, `tests/jobs-4/`), tuned
/// on since issue 15's third session.
#[test]
fn the_third_corpus_meets_its_floors() {
    if std::env::var_os("JOBS_DIR").is_none() {
        Floors::THIRD.hold(&measure(&corpus("tests/jobs-3")));
    }
}

#[test]
fn the_fourth_corpus_meets_its_floors() {
    if std::env::var_os("JOBS_DIR").is_none() {
        Floors::FOURTH.hold(&measure(&corpus("tests/jobs-4")));
    }
}

/// The fifth (`tests/jobs-5/`), tuned on since issue 15's fourth session.
#[test]
fn the_fifth_corpus_meets_its_floors() {
    if std::env::var_os("JOBS_DIR").is_none() {
        Floors::FIFTH.hold(&measure(&corpus("tests/jobs-5")));
    }
}

/// The sixth (`tests/jobs-6/`), tuned on since the middle of issue 15's
/// fourth session.
#[test]
fn the_sixth_corpus_meets_its_floors() {
    if std::env::var_os("JOBS_DIR").is_none() {
        Floors::SIXTH.hold(&measure(&corpus("tests/jobs-6")));
    }
}

/// The seventh (`tests/jobs-7/`), tuned on since issue 15's fifth session.
#[test]
fn the_seventh_corpus_meets_its_floors() {
    if std::env::var_os("JOBS_DIR").is_none() {
        Floors::SEVENTH.hold(&measure(&corpus("tests/jobs-7")));
    }
}

/// The eighth (`tests/jobs-8/`), tuned on since the middle of issue 15's
/// fifth session.
#[test]
fn the_eighth_corpus_meets_its_floors() {
    if std::env::var_os("JOBS_DIR").is_none() {
        Floors::EIGHTH.hold(&measure(&corpus("tests/jobs-8")));
    }
}

#[test]
fn the_ninth_corpus_meets_its_floors() {
    if std::env::var_os("JOBS_DIR").is_none() {
        Floors::NINTH.hold(&measure(&corpus("tests/jobs-9")));
    }
}

/// The tenth (`tests/jobs-10/`), tuned on since issue 15's seventh session.
#[test]
fn the_tenth_corpus_meets_its_floors() {
    if std::env::var_os("JOBS_DIR").is_none() {
        Floors::TENTH.hold(&measure(&corpus("tests/jobs-10")));
    }
}

/// The eleventh (`tests/jobs-11/`), tuned on since issue 15's eighth
/// session.
#[test]
fn the_eleventh_corpus_meets_its_floors() {
    if std::env::var_os("JOBS_DIR").is_none() {
        Floors::ELEVENTH.hold(&measure(&corpus("tests/jobs-11")));
    }
}

/// The twelfth (`tests/jobs-12/`), tuned on since issue 15's thirteenth
/// session.
#[test]
fn the_twelfth_corpus_meets_its_floors() {
    if std::env::var_os("JOBS_DIR").is_none() {
        Floors::TWELFTH.hold(&measure(&corpus("tests/jobs-12")));
    }
}

/// The thirteenth (`tests/jobs-13/`), tuned on since issue 15's fourteenth
/// session.
#[test]
fn the_thirteenth_corpus_meets_its_floors() {
    if std::env::var_os("JOBS_DIR").is_none() {
        Floors::THIRTEENTH.hold(&measure(&corpus("tests/jobs-13")));
    }
}

/// The fourteenth and fifteenth (`tests/jobs-14/`, `tests/jobs-15/`),
/// tuned on since issue 15's sixteenth session, the sixteenth
/// (`tests/jobs-16/`) since the seventeenth and the seventeenth
/// (`tests/jobs-17/`) since the eighteenth, the eighteenth
/// (`tests/jobs-18/`) since the nineteenth, the nineteenth
/// (`tests/jobs-19/`) since the twentieth, the twentieth
/// (`tests/jobs-20/`) since the twenty-first, the twenty-first
/// (`tests/jobs-21/`) since the twenty-second, the twenty-second
/// (`tests/jobs-22/`) since the twenty-third, the twenty-third
/// (`tests/jobs-23/`) since the twenty-fourth, the twenty-fourth
/// (`tests/jobs-24/`) since the twenty-fifth, the twenty-fifth and
/// twenty-sixth (`tests/jobs-25/`, `tests/jobs-26/`) since the
/// twenty-sixth, the twenty-seventh (`tests/jobs-27/`) since the
/// twenty-seventh, the twenty-eighth (`tests/jobs-28/`) since the
/// twenty-eighth, the twenty-ninth (`tests/jobs-29/`) since the
/// twenty-ninth, the thirtieth (`tests/jobs-30/`) since the thirtieth,
/// the thirty-first (`tests/jobs-31/`) since the thirty-first, the
/// thirty-second (`tests/jobs-32/`) since the thirty-second, the
/// thirty-third (`tests/jobs-33/`) since the thirty-third, the
/// thirty-fourth (`tests/jobs-34/`) since the thirty-fourth, the
/// thirty-fifth (`tests/jobs-35/`) since the thirty-fifth, the
/// thirty-sixth (`tests/jobs-36/`) since the thirty-sixth, the
/// thirty-seventh (`tests/jobs-37/`) since the thirty-seventh, the
/// thirty-eighth and thirty-ninth (`tests/jobs-38/`, `tests/jobs-39/`)
/// since the thirty-eighth, the fortieth (`tests/jobs-40/`) since the
/// thirty-ninth, the forty-first and forty-second (`tests/jobs-41/`,
/// `tests/jobs-42/`) since the fortieth, the forty-third and forty-fourth
/// (`tests/jobs-43/`, `tests/jobs-44/`) since the forty-first, the
/// forty-fifth and forty-sixth (`tests/jobs-45/`, `tests/jobs-46/`) since
/// the forty-second, the forty-seventh (`tests/jobs-47/`) since the
/// forty-third, the forty-eighth (`tests/jobs-48/`) since the
/// forty-fourth, the forty-ninth (`tests/jobs-49/`) since the forty-fifth,
/// the fiftieth (`tests/jobs-50/`) since the forty-sixth, the fifty-first
/// (`tests/jobs-51/`) since the forty-seventh; `tests/jobs-52/` is
/// untouched.
#[test]
fn the_fourteenth_to_fifty_first_corpora_meet_their_floors() {
    if std::env::var_os("JOBS_DIR").is_none() {
        Floors::FOURTEENTH.hold(&measure(&corpus("tests/jobs-14")));
        Floors::FIFTEENTH.hold(&measure(&corpus("tests/jobs-15")));
        Floors::SIXTEENTH.hold(&measure(&corpus("tests/jobs-16")));
        Floors::SEVENTEENTH.hold(&measure(&corpus("tests/jobs-17")));
        Floors::EIGHTEENTH.hold(&measure(&corpus("tests/jobs-18")));
        Floors::NINETEENTH.hold(&measure(&corpus("tests/jobs-19")));
        Floors::TWENTIETH.hold(&measure(&corpus("tests/jobs-20")));
        Floors::TWENTY_FIRST.hold(&measure(&corpus("tests/jobs-21")));
        Floors::TWENTY_SECOND.hold(&measure(&corpus("tests/jobs-22")));
        Floors::TWENTY_THIRD.hold(&measure(&corpus("tests/jobs-23")));
        Floors::TWENTY_FOURTH.hold(&measure(&corpus("tests/jobs-24")));
        Floors::TWENTY_FIFTH.hold(&measure(&corpus("tests/jobs-25")));
        Floors::TWENTY_SIXTH.hold(&measure(&corpus("tests/jobs-26")));
        Floors::TWENTY_SEVENTH.hold(&measure(&corpus("tests/jobs-27")));
        Floors::TWENTY_EIGHTH.hold(&measure(&corpus("tests/jobs-28")));
        Floors::TWENTY_NINTH.hold(&measure(&corpus("tests/jobs-29")));
        Floors::THIRTIETH.hold(&measure(&corpus("tests/jobs-30")));
        Floors::THIRTY_FIRST.hold(&measure(&corpus("tests/jobs-31")));
        Floors::THIRTY_SECOND.hold(&measure(&corpus("tests/jobs-32")));
        Floors::THIRTY_THIRD.hold(&measure(&corpus("tests/jobs-33")));
        Floors::THIRTY_FOURTH.hold(&measure(&corpus("tests/jobs-34")));
        Floors::THIRTY_FIFTH.hold(&measure(&corpus("tests/jobs-35")));
        Floors::THIRTY_SIXTH.hold(&measure(&corpus("tests/jobs-36")));
        Floors::THIRTY_SEVENTH.hold(&measure(&corpus("tests/jobs-37")));
        Floors::THIRTY_EIGHTH.hold(&measure(&corpus("tests/jobs-38")));
        Floors::THIRTY_NINTH.hold(&measure(&corpus("tests/jobs-39")));
        Floors::FORTIETH.hold(&measure(&corpus("tests/jobs-40")));
        Floors::FORTY_FIRST.hold(&measure(&corpus("tests/jobs-41")));
        Floors::FORTY_SECOND.hold(&measure(&corpus("tests/jobs-42")));
        Floors::FORTY_THIRD.hold(&measure(&corpus("tests/jobs-43")));
        Floors::FORTY_FOURTH.hold(&measure(&corpus("tests/jobs-44")));
        Floors::FORTY_FIFTH.hold(&measure(&corpus("tests/jobs-45")));
        Floors::FORTY_SIXTH.hold(&measure(&corpus("tests/jobs-46")));
        Floors::FORTY_SEVENTH.hold(&measure(&corpus("tests/jobs-47")));
        Floors::FORTY_EIGHTH.hold(&measure(&corpus("tests/jobs-48")));
        Floors::FORTY_NINTH.hold(&measure(&corpus("tests/jobs-49")));
        Floors::FIFTIETH.hold(&measure(&corpus("tests/jobs-50")));
        Floors::FIFTY_FIRST.hold(&measure(&corpus("tests/jobs-51")));
    }
}

fn corpus(dir: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(dir)
}

struct Measured {
    listed: f64,
    recall: f64,
    precision: f64,
    t: Tally,
}

/// Scores every posting under `root` and prints the figures.
fn measure(root: &Path) -> Measured {
    let dirs = postings(root);
    assert!(dirs.len() >= 15, "too few postings: {}", dirs.len());
    let mut t = Tally::default();
    for d in &dirs {
        score(d, &mut t);
    }
    let listed = ratio(t.must_listed, t.must);
    let recall = ratio(t.shown_matched, t.shown);
    let precision = ratio(t.matched_right, t.matched_right + t.matched_wrong);
    println!("\n{} postings", dirs.len());
    println!(
        "must-have terms listed      {listed:.3} ({} of {})",
        t.must_listed, t.must
    );
    println!(
        "recall of shown terms       {recall:.3} ({} of {})",
        t.shown_matched, t.shown
    );
    println!(
        "precision of matched terms  {precision:.3} ({} right, {} wrong, {} unlabelled)",
        t.matched_right, t.matched_wrong, t.matched_unlabelled
    );
    println!(
        "required/nice as labelled   {:.3} ({} of {})",
        ratio(t.weighed_right, t.weighed),
        t.weighed_right,
        t.weighed
    );
    println!(
        "listed terms not labelled   {} of {}",
        t.listed_unlabelled, t.listed
    );
    println!(
        "traps read as terms         {} of {}",
        t.traps_read, t.traps
    );
    println!(
        "clean resumes flagged       {} of {}",
        t.clean_flagged, t.clean
    );
    println!(
        "stuffed resumes flagged     {} of {}",
        t.stuffed_flagged, t.stuffed
    );
    if std::env::var_os("JOBS_VERBOSE").is_some() {
        println!("{}", t.misses.join("\n"));
    }
    Measured {
        listed,
        recall,
        precision,
        t,
    }
}

struct Floors {
    listed: f64,
    /// Required or nice-to-have as labelled.
    weighed: f64,
    recall: f64,
    precision: f64,
    traps_read: usize,
    clean_flagged: usize,
    stuffed_missed: usize,
}

impl Floors {
    /// `tests/jobs-2/`, untouched: at e1f87f8 (before issue 15's matcher)
    /// listed 0.585 (275 of 470), recall 0.573 (200 of 349), precision
    /// 0.962, traps 2 of 206, clean flagged 3 of 16, stuffed 3 of 3; after
    /// this stop's matcher, listed 0.757 (356 of 470), recall 0.734 (256 of
    /// 349), precision 0.975, required/nice as labelled 0.973, traps 3 of
    /// 206, clean flagged 3 of 16, stuffed 3 of 3. Then tuned (its three
    /// false alarms seen: a posting's tool list said again, PromQL beside
    /// Prometheus, JVM beside Java; vendors' bare names): listed 0.768,
    /// recall 0.742, precision 0.975, traps 3, clean flagged 0. With the
    /// narrower names split out: listed 0.777, recall 0.748. With benefits
    /// said in a sentence skipped and an employer whose name ends in a
    /// concept's word ("Thistledown Networks runs…") read as one: traps 1.
    /// Issue 15's third session (terms named as the posting writes them,
    /// curated cloud services and tools, the third corpus's misses): listed
    /// 0.864, recall 0.837, precision 0.975; with the domain vocabulary
    /// written with tests/jobs-4's misses in view: listed 0.881, recall
    /// 0.842, precision 0.978. Issue 15's fourth session (tests/jobs-5's
    /// misses, gapped forms, names shaped like a technology's): listed
    /// 0.900, recall 0.860, precision 0.975. Issue 15's sixth session
    /// (the scorer counts each label once, and wordings matched under
    /// another term's name): precision 0.969. Issue 15's fourteenth session
    /// (a term lists a label whose words it covers in the posting): listed
    /// 0.966, recall 0.923, precision 0.964 ("Error monitoring with Sentry"
    /// now names the labelled "monitoring", observability, which the resume
    /// does not show). Issue 15's nineteenth session (a tool is a kind of
    /// its practice: Triton of model serving, Trivy of container security):
    /// precision 0.956, the resumes' "deployed perception models behind
    /// NVIDIA Triton" and "added Trivy image scans to the build" now
    /// matching terms their labels leave unshown. Twenty-eighth session:
    /// 0.954, FreeRTOS now a kind of RTOS, and its firmware resume's
    /// "sensors running FreeRTOS" labelled as no RTOS (jobs-4, -9, -17,
    /// -18, -19, -20 and -22 label such evidence as showing it).
    /// Twenty-ninth session: 0.949, rightsizing now a kind of cost
    /// optimization, and its lakehouse resume's "Cut Snowflake spend 35%
    /// through warehouse right-sizing" labelled as no cost optimization
    /// (its own commerce resume's "Cut AWS spend … through rightsizing" is
    /// labelled as showing it).
    const SECOND: Floors = Floors {
        listed: 0.895,
        weighed: 0.97,
        recall: 0.855,
        precision: 0.945,
        traps_read: 1,
        clean_flagged: 0,
        stuffed_missed: 0,
    };

    /// `tests/jobs-3/`: untouched through issue 15's second session (at
    /// e1f87f8 listed 0.589, recall 0.576, precision 0.949, traps 6 of 215,
    /// clean flagged 1; at its end listed 0.792, recall 0.765, precision
    /// 0.954, traps 7). Tuned in the third: listed 0.958, recall 0.910,
    /// precision 0.961, required/nice 0.990, traps 5, clean flagged 1;
    /// with duty verbs ("own", "lead"), "a staff-level hire", lowercase
    /// team names and "CA$" read as no term: traps 1; with the domain
    /// vocabulary and density held to bullets of 12 words: traps 0, clean
    /// flagged 0. Issue 15's fourth session: listed 0.960, recall 0.916,
    /// precision 0.959. Twenty-seventh session: precision 0.950 (0.9497), down
    /// from 0.956, by a labelling difference, not a misreading: its two resumes
    /// that design star schemas are labelled as not showing data modeling,
    /// where jobs-11, -13, -16, -17, -19, -20, -26 and -27 label the same
    /// evidence as showing it (dimensional modeling is now a kind of data
    /// modeling). Twenty-eighth: 0.944, by two more such differences: "a
    /// second reviewer" on every pull request labelled as no code review,
    /// and "Test all interface code with xUnit" as no unit testing (unit
    /// test frameworks are now kinds of unit testing, which gained recall
    /// on twelve corpora).
    const THIRD: Floors = Floors {
        listed: 0.955,
        weighed: 0.98,
        recall: 0.91,
        precision: 0.94,
        traps_read: 0,
        clean_flagged: 0,
        stuffed_missed: 0,
    };

    /// `tests/jobs-4/`: untouched until issue 15's third session (at
    /// 25accbb listed 0.698, recall 0.706, precision 0.946, traps 7 of 270,
    /// clean flagged 3 of 16; untouched at 51802d8 listed 0.769, recall
    /// 0.760). Tuned with its misses in view: listed 0.890, recall 0.839,
    /// precision 0.957, traps 4, clean flagged 0. Issue 15's fourth
    /// session: listed 0.903, recall 0.861, precision 0.960.
    const FOURTH: Floors = Floors {
        listed: 0.90,
        weighed: 0.975,
        recall: 0.855,
        precision: 0.95,
        traps_read: 4,
        clean_flagged: 0,
        stuffed_missed: 0,
    };

    /// `tests/jobs-5/`: untouched through issue 15's third session (at
    /// 25accbb listed 0.658, recall 0.679, precision 0.972, traps 12 of
    /// 249, clean flagged 3 of 16; at e072dbb listed 0.771, recall 0.778,
    /// precision 0.966, traps 11, clean flagged 3). Tuned in the fourth with
    /// its misses in view: listed 0.895, recall 0.864, precision 0.975,
    /// traps 1, clean flagged 0. Its labeller counted "e.g." examples as
    /// nice-to-haves, hence required/nice 0.85. Issue 15's sixth session
    /// (each label counted once): precision 0.970 (354 of 365).
    const FIFTH: Floors = Floors {
        listed: 0.89,
        weighed: 0.84,
        recall: 0.86,
        precision: 0.965,
        traps_read: 1,
        clean_flagged: 0,
        stuffed_missed: 0,
    };

    /// `tests/jobs-6/`: untouched until the middle of issue 15's fourth
    /// session (at e072dbb listed 0.819, recall 0.759, precision 0.942,
    /// traps 20 of 268, clean flagged 0 of 16; at edbf6e6 listed 0.834,
    /// recall 0.787, precision 0.944, traps 19). Then tuned with its
    /// misses in view: listed 0.924, recall 0.845, precision 0.953, traps
    /// 12; with a header's fields and departments' proper names read as
    /// none, traps 6. A verb before its object (issue 15, eighth session)
    /// reads "Tune the performance and cost" as performance, which a
    /// resume's "delivery performance reporting" already matched wrongly:
    /// precision 0.950 -> 0.948, listed 0.940 -> 0.942. Issue 15's
    /// nineteenth session (Security Hub and GuardDuty a kind of cloud
    /// security): precision 0.944, a resume's "investigated GuardDuty
    /// findings" now showing the cloud security its labels leave unshown.
    const SIXTH: Floors = Floors {
        listed: 0.92,
        weighed: 0.95,
        recall: 0.84,
        precision: 0.94,
        traps_read: 4,
        clean_flagged: 0,
        stuffed_missed: 0,
    };

    /// `tests/jobs-7/`: untouched until issue 15's fifth session
    /// (at e072dbb listed 0.815, recall 0.783, precision 0.977, traps 20 of
    /// 303; at e79b3fc listed 0.841, recall 0.821, precision 0.978, traps
    /// 17). Then tuned with its misses in view: listed 0.910, recall 0.873,
    /// precision 0.979, required/nice 0.985, traps 5.
    const SEVENTH: Floors = Floors {
        listed: 0.90,
        weighed: 0.98,
        recall: 0.87,
        precision: 0.97,
        traps_read: 3,
        clean_flagged: 0,
        stuffed_missed: 0,
    };

    /// `tests/jobs-8/`: untouched until the middle of issue 15's fifth
    /// session (at cad9542 listed 0.827, recall 0.816, precision 0.939,
    /// traps 38 of 328, clean flagged 1 of 16; at 559362f, after tuning on
    /// `tests/jobs-7`, listed 0.833, recall 0.828, precision 0.939, traps
    /// 34). Then tuned with its misses in view: precision 0.948, traps 18,
    /// clean flagged 0. Issue 15's sixth session (each term's other
    /// wordings listed; the scorer counts them, and a wording matched under
    /// another term's name against its own label): listed 0.898, recall
    /// 0.884, precision 0.952. Issue 15's tenth session: spoken languages
    /// are terms where a posting asks for them, as the other corpora label
    /// them ("German is a plus" is a nice-to-have in `jobs-6`, `jobs-10`,
    /// `jobs-11`); this corpus labels three such asks as traps ("German is
    /// an advantage", "You speak Swedish, German or Spanish", "French is
    /// welcome too"), left as labelled: traps 19. Precision 0.946 -> 0.943
    /// in issue 15's twenty-eighth session: a resume's "incident lead" now
    /// shows incident command, and this corpus labels "when you're the
    /// incident commander" a trap where jobs-28 labels it asked for.
    const EIGHTH: Floors = Floors {
        listed: 0.89,
        weighed: 0.98,
        recall: 0.875,
        precision: 0.94,
        traps_read: 19,
        clean_flagged: 0,
        stuffed_missed: 0,
    };

    /// `tests/jobs-9/`: untouched until the start of issue 15's sixth
    /// session (at 8fbd647 listed 0.807, recall 0.753, precision 0.956,
    /// traps 19 of 380, clean flagged 3 of 16). Each term's other wordings
    /// listed (and counted): listed 0.837, recall 0.774. Then tuned with
    /// its misses in view: listed 0.860, recall 0.793, precision 0.956,
    /// traps 5 (the title read as none), clean flagged 0.
    const NINTH: Floors = Floors {
        listed: 0.855,
        weighed: 0.95,
        recall: 0.79,
        precision: 0.95,
        traps_read: 3,
        clean_flagged: 0,
        stuffed_missed: 0,
    };

    /// `tests/jobs-10/`: untouched until issue 15's seventh session (at
    /// 8fbd647 listed 0.793, recall 0.730, precision 0.985, traps 33 of
    /// 354; at c3835bb listed 0.831, recall 0.760, precision 0.976, traps
    /// 26, clean flagged 1 of 16). A plain list's items beside a known
    /// term: listed 0.848, recall 0.770, precision 0.977. Pay lines, an
    /// application form, Lever's header fields, a process's steps and
    /// "reporting to" read as none: traps 20, precision 0.985. A listed
    /// item around a known term as the narrower term: listed 0.859, recall
    /// 0.774. Nine names it asks for named (curation): listed 0.876,
    /// recall 0.779. Issue 15's thirteenth session: a count ("64 shards")
    /// and a count or a possessive as an item: traps 10.
    const TENTH: Floors = Floors {
        listed: 0.87,
        weighed: 0.925,
        recall: 0.775,
        precision: 0.98,
        traps_read: 10,
        clean_flagged: 0,
        stuffed_missed: 0,
    };

    /// `tests/jobs-11/`: untouched until issue 15's eighth session (at
    /// c3835bb listed 0.760, recall 0.670, precision 0.938, traps 43 of
    /// 372, clean flagged 2 of 16; at 0b7dcca listed 0.772, recall 0.678,
    /// precision 0.942, traps 38). A verb before its object: listed 0.774,
    /// recall 0.676. Then opened: a job board's button row and skill chips
    /// read as none, traps 35. Issue 15's ninth session: field rows,
    /// running headers, other openings and benefit sentences read as none
    /// (traps 31); a product of a name's family and a gloss are not
    /// stuffing (clean flagged 0). Issue 15's tenth session: a careers
    /// site's controls ("Search for Jobs", "GitHub URL") and a "Submit your
    /// application" form read as none, "managing engineers" as people
    /// management: listed 0.904, recall 0.780, traps 28; an acronym the
    /// lexicon does not know counts only in a list item or in a sentence
    /// with a known term or an ask for experience: traps 27; spoken
    /// languages asked for: recall 0.789; a title across an "&" ("a Search
    /// & Relevance Engineer"): traps 25; a hiring process's "coding
    /// test": traps 24. Issue 15's thirteenth session: a count ("~40M
    /// messages a day"): traps 22; job boards' fields (LinkedIn, Workday,
    /// Seek, Naukri, USAJOBS, German and French pages): traps 19.
    const ELEVENTH: Floors = Floors {
        listed: 0.9,
        weighed: 0.96,
        recall: 0.785,
        precision: 0.94,
        traps_read: 19,
        clean_flagged: 0,
        stuffed_missed: 0,
    };

    /// `tests/jobs-12/`: untouched until issue 15's thirteenth session (at
    /// 0b7dcca listed 0.845, recall 0.784, precision 0.982, traps 40 of
    /// 372, clean flagged 2 of 16; at 0d8319e listed 0.875, recall 0.800,
    /// precision 0.982, traps 31). Then opened: a job board's panels and
    /// field rows read to a blank line, schedule, industry and status
    /// fields, a "Who is hiring?" comment's first line, a title "Engineer
    /// in Test", a leader's field ("Head of Security"), "report to" and
    /// the verb "report", a role's level ("SDE II"), a Notion toggle's
    /// heading and a duty's lone verb in a list read as none: traps 17,
    /// required/nice 0.945. A bilingual resume heading ("HABILIDADES /
    /// SKILLS") and a gapped form's gap counted as three words at most in
    /// keyword density: clean flagged 0. Japanese list items ("・MVVM")
    /// and a gapped form ending at no longer name's first word: listed
    /// 0.878, recall 0.805. 24 long-tail entries and 11 generated names:
    /// listed 0.919, recall 0.834, required/nice 0.941. Resume wordings
    /// ("disaster recovery exercises", "regression pack", "Designed the
    /// public carrier API" with its article outside the gap): recall 0.851.
    /// A Word description's numbered sections ("6. PRE-EMPLOYMENT
    /// CHECKS"), a page's credit ("Made with Notion"), a form's required
    /// field, "security clearance", a count ("64 shards"), the employer
    /// hiring, a count or a possessive as an item and a parenthesis that
    /// holds a clause read as none: traps 11. Spanish and Portuguese
    /// headings ("Deseable", "Lo que buscamos"): required/nice 0.952. A
    /// resume's shared noun ("unit and integration tests"): recall 0.858.
    /// The concepts' Spanish forms (twentieth session) read "la
    /// documentación técnica se escribe en inglés", a fact about the team,
    /// as documentation, as its English wording is: traps 10. A degree's
    /// field ("Bachelor's degree in Computer Science") is read as a
    /// requirement from the twentieth session on, as jobs-15 to jobs-19
    /// label it (25 must labels); this corpus labels it a trap: traps 13,
    /// precision 0.979.
    const TWELFTH: Floors = Floors {
        listed: 0.915,
        weighed: 0.95,
        recall: 0.855,
        precision: 0.975,
        traps_read: 13,
        clean_flagged: 0,
        stuffed_missed: 0,
    };

    /// `tests/jobs-13/`: untouched until issue 15's fourteenth session (at
    /// 0d8319e listed 0.901, recall 0.849, precision 0.970, traps 31 of
    /// 367, clean flagged 2 of 16; at 0bd12f6 listed 0.901, recall 0.858,
    /// traps 29, clean flagged 1; by that session's scorer, a term listing
    /// a label whose words it covers: listed 0.918, recall 0.869). Then
    /// opened: "Linux internals" and "networking fundamentals" named as
    /// written, French and Swedish nice-to-have and benefits headings,
    /// Naukri's "Desired Candidate Profile" and fields, an item after "accessed
    /// through", a forum post's "[Hiring]" tag, "Back to vacancies",
    /// "Selective Service" and six generated names (Axum, SQLx, jOOQ,
    /// Checkov, OVHcloud, SquashFS): listed 0.934, recall 0.872, precision
    /// 0.971, required/nice 0.992, traps 21, clean flagged 1. A row of
    /// the site's controls and a heading glossed in parentheses ("Meriter
    /// (it's a plus if you have)"): required/nice 0.998, traps 19. Issue
    /// 15's fifteenth session (gapped forms over their own concept's form,
    /// a one-word derivation named by the lexicon, practice phrases the
    /// lexicon lacks, versions, qualifiers, "practices"/"pattern", resume
    /// wordings, talks, negation, counted hardware, titles' specialties):
    /// listed 0.956, recall 0.898, precision 0.975, traps 17, clean 0.
    /// A degree's field read as a requirement (see TWELFTH), labelled a
    /// trap here: traps 16.
    const THIRTEENTH: Floors = Floors {
        listed: 0.95,
        weighed: 0.99,
        recall: 0.90,
        precision: 0.97,
        traps_read: 16,
        clean_flagged: 0,
        stuffed_missed: 0,
    };

    /// `tests/jobs-14/`: untouched through issue 15's fifteenth session
    /// (listed 0.900 -> 0.913, recall 0.907 -> 0.912, precision 0.981,
    /// traps 43 -> 42, clean flagged 0). Opened in the sixteenth: tools that
    /// do a practice, Karpenter, LiveView, Absinthe, "n't" negation, "Go on
    /// site", a monitor, ScaNN as written, a CEFR level: listed 0.921,
    /// recall 0.925, precision 0.984, required/nice 0.924, traps 37. In
    /// the seventeenth an ATS's "Job Segment" and "Accepted files" fields:
    /// traps 34; a "Visa:" line: 33. In the nineteenth a technology in a
    /// gapped form's gap is read ("Build gRPC APIs" asks for gRPC), and so
    /// is the legacy one in "splitting out of a Rails monolith": traps 34.
    const FOURTEENTH: Floors = Floors {
        listed: 0.92,
        weighed: 0.92,
        recall: 0.92,
        precision: 0.98,
        traps_read: 34,
        clean_flagged: 0,
        stuffed_missed: 0,
    };

    /// `tests/jobs-15/`: written blind in issue 15's fifteenth session and
    /// measured untouched at the start of the sixteenth (listed 0.861,
    /// recall 0.739, precision 0.958, required/nice 0.960, traps 47, clean
    /// flagged 0, stuffed 3 of 3); then opened: listed 0.873, recall 0.769,
    /// precision 0.963, traps 37. Its labeller counts inferred evidence
    /// ("set technical direction" shows technical strategy), hence recall.
    /// Precision 0.963 -> 0.957 in the twenty-eighth session: with unit test
    /// frameworks kinds of unit testing and Scrum a kind of agile, it labels
    /// "integration tests with JUnit" as no unit testing and "two-week
    /// Scrum sprints" as no agile (the change gained recall on twelve
    /// corpora, this one 0.781 -> 0.784).
    const FIFTEENTH: Floors = Floors {
        listed: 0.87,
        weighed: 0.955,
        recall: 0.765,
        precision: 0.955,
        traps_read: 37,
        clean_flagged: 0,
        stuffed_missed: 0,
    };

    /// `tests/jobs-16/`: written blind in issue 15's sixteenth session and
    /// measured untouched there (listed 0.846 -> 0.850, recall 0.708 ->
    /// 0.727, precision 0.985, traps 44 -> 38); opened in the seventeenth:
    /// a wrapped item heads no part, markup read as lines, chrome (forwards,
    /// hashtags, addresses, file names, boards' other jobs), tools that show
    /// their practice: listed 0.902, recall 0.815, precision 0.981,
    /// required/nice 0.966, traps 18.
    const SIXTEENTH: Floors = Floors {
        listed: 0.90,
        weighed: 0.96,
        recall: 0.81,
        precision: 0.98,
        traps_read: 18,
        clean_flagged: 0,
        stuffed_missed: 0,
    };

    /// `tests/jobs-17/`, written blind in issue 15's seventeenth session
    /// and untouched there (listed 0.834 -> 0.837, recall 0.661 -> 0.676,
    /// traps 51 -> 46); opened in the eighteenth: a mail's signature, a
    /// chat's stamped lines and a post's comments, a title held as
    /// evidence, a gapped form's gap read, products that are their kind of
    /// thing: listed 0.880, recall 0.800, precision 0.976, required/nice
    /// 0.961, traps 20. PgBouncer a kind of connection pooling (twentieth
    /// session): "put PgBouncer in front" shows it, which the labels leave
    /// unshown: precision 0.974.
    const SEVENTEENTH: Floors = Floors {
        listed: 0.88,
        weighed: 0.96,
        recall: 0.80,
        precision: 0.97,
        traps_read: 20,
        clean_flagged: 0,
        stuffed_missed: 0,
    };

    /// `tests/jobs-18/`, written blind in issue 15's eighteenth session
    /// and untouched there (listed 0.855 -> 0.856, recall 0.720 -> 0.731,
    /// traps 43 -> 42); opened in the nineteenth: a bilingual heading's
    /// halves, other jobs' panels in a board's language, long headings the
    /// lexicon holds, kinds of teams, agency briefs' parts, reply counts,
    /// emoji bullets, a gap's technology, security and storage tools as
    /// kinds of their practices: listed 0.919, recall 0.836, precision
    /// 0.976, required/nice 0.985, traps 24.
    const EIGHTEENTH: Floors = Floors {
        listed: 0.915,
        weighed: 0.98,
        recall: 0.83,
        precision: 0.975,
        traps_read: 24,
        clean_flagged: 0,
        stuffed_missed: 0,
    };

    /// `tests/jobs-19/`, written blind in issue 15's nineteenth session
    /// and untouched there (listed 0.812 -> 0.820, recall 0.631 -> 0.644,
    /// traps 55, clean flagged 1 -> 2); opened in the twentieth: a
    /// resume's headings and the concepts' names in other languages, a
    /// degree's field, a Portuguese "no", a LaTeX brief's comments, other
    /// jobs' panels, a diff, a card's comments and checklist, the writers'
    /// questions, stuffing counted by places, nice-to-have headings:
    /// listed 0.916, recall 0.739, precision 0.968, required/nice 0.975,
    /// traps 34, clean flagged 0.
    const NINETEENTH: Floors = Floors {
        listed: 0.91,
        weighed: 0.97,
        recall: 0.735,
        precision: 0.965,
        traps_read: 34,
        clean_flagged: 0,
        stuffed_missed: 0,
    };

    /// `tests/jobs-20/`, written blind in issue 15's twentieth session and
    /// untouched there (listed 0.743 -> 0.761, recall 0.649 -> 0.670, traps
    /// 59 -> 58, clean flagged 1); opened in the twenty-first: nice-to-have
    /// headings in more languages, a wiki's and a JSON section's, spoken
    /// languages named in other tongues, other jobs' panels in eleven
    /// languages, Polish, Dutch and Vietnamese forms, French and Italian
    /// elisions, the company's past stack, titles not counted as stuffing:
    /// listed 0.861, recall 0.742, precision 0.968, required/nice 1.000,
    /// traps 41, clean flagged 0. (An Org file's reader, since reverted for
    /// its size, had read one trap fewer.)
    const TWENTIETH: Floors = Floors {
        listed: 0.86,
        weighed: 0.99,
        recall: 0.74,
        precision: 0.965,
        traps_read: 41,
        clean_flagged: 0,
        stuffed_missed: 0,
    };

    /// `tests/jobs-21/`, written blind in issue 15's twenty-first session
    /// and untouched there (listed 0.798 -> 0.803, recall 0.686 -> 0.691,
    /// traps 68 -> 65, clean flagged 1); opened in the twenty-second:
    /// underlined headings, a programme's rows, a form's tick boxes, a
    /// shell's prompt, a thread's comments, other openings' panels, Swedish
    /// and more security forms, negations in eight more languages, a
    /// company's purchases, resume headings marked with a block and in more
    /// languages: listed 0.888, recall 0.739, precision 0.974,
    /// required/nice 0.932, traps 36, clean flagged 0.
    const TWENTY_FIRST: Floors = Floors {
        listed: 0.885,
        weighed: 0.93,
        recall: 0.735,
        precision: 0.97,
        traps_read: 36,
        clean_flagged: 0,
        stuffed_missed: 0,
    };

    /// `tests/jobs-22/`, written blind in issue 15's twenty-second session
    /// and untouched there (listed 0.843 -> 0.845, recall 0.809, traps 43
    /// -> 44, clean flagged 4 -> 2); opened in the twenty-third: stem
    /// forms for Finnish, Czech and Romanian, a name joined by a hyphen to
    /// a word of another language, those languages' headings and cues, a
    /// saved email's and a notebook's text, a clause's list no keyword
    /// run, and names and practices the postings asked for: listed 0.938,
    /// recall 0.900, precision 0.988, required/nice 0.962, traps 32,
    /// clean flagged 0.
    const TWENTY_SECOND: Floors = Floors {
        listed: 0.935,
        weighed: 0.96,
        recall: 0.895,
        precision: 0.985,
        traps_read: 32,
        clean_flagged: 0,
        stuffed_missed: 0,
    };

    /// `tests/jobs-23/`, written blind in issue 15's twenty-second session
    /// and untouched in the twenty-third (listed 0.849 -> 0.853, recall
    /// 0.719 -> 0.722, traps 37); opened in the twenty-fourth: declined
    /// names, Hungarian and Croatian parts and forms, raw RTF, a paste's
    /// line numbers, a git show's commit, a note's front matter, a
    /// company's stack panel, a board's other jobs, a nice paragraph's
    /// opening sentence, a concept read inside a practice's words, and the
    /// names and practices the postings asked for: listed 0.930, recall
    /// 0.790, precision 0.969, required/nice 0.992, traps 9, clean flagged
    /// 0.
    const TWENTY_THIRD: Floors = Floors {
        listed: 0.925,
        weighed: 0.985,
        recall: 0.785,
        precision: 0.965,
        traps_read: 9,
        clean_flagged: 0,
        stuffed_missed: 0,
    };

    /// `tests/jobs-24/`, written blind in issue 15's twenty-third session
    /// and untouched in the twenty-fourth (listed 0.886 -> 0.893, recall
    /// 0.802 -> 0.836, traps 53); opened in the twenty-fifth:
    /// Catalan and Slovenian postings and resumes, AsciiDoc, reStructuredText,
    /// BBCode, a Vim help file, HTML comments, a dump's rows marked nice, a
    /// package page's metadata, a forum's replies, possessives, and the
    /// names and practices the postings asked for: listed 0.978, recall
    /// 0.938, precision 0.965, required/nice 0.989, traps 35, clean flagged
    /// 0.
    const TWENTY_FOURTH: Floors = Floors {
        listed: 0.975,
        weighed: 0.985,
        recall: 0.935,
        precision: 0.960,
        traps_read: 35,
        clean_flagged: 0,
        stuffed_missed: 0,
    };

    /// `tests/jobs-25/`, written blind in issue 15's twenty-fourth session
    /// and untouched in the twenty-fifth (listed 0.901 -> 0.904, recall
    /// 0.885 -> 0.889, traps 55 -> 54); opened in the twenty-sixth: Greek
    /// and Slovak postings and resumes, a page's TOML front matter, an
    /// image's alt text, a team's stack in an about-us paragraph, tickets'
    /// and adverts' codes: listed 0.977, recall 0.957, precision 0.977,
    /// required/nice 0.973, traps 41, clean flagged 0. (Readers of a CI
    /// run's log and of Hugo's shortcodes, since taken out for their size,
    /// had read 0.982 required/nice and 37 traps.)
    const TWENTY_FIFTH: Floors = Floors {
        listed: 0.975,
        weighed: 0.970,
        recall: 0.955,
        precision: 0.975,
        traps_read: 41,
        clean_flagged: 0,
        stuffed_missed: 0,
    };

    /// `tests/jobs-26/`, written blind in issue 15's twenty-fifth session
    /// (its totals read there to find a regression; its README's opening
    /// read at the start of the twenty-sixth, before any change); opened in
    /// the middle of the twenty-sixth (listed 0.957, recall 0.873, traps
    /// 40 with that session's first changes): Bulgarian and Danish, a LINE
    /// chat, a wiki's chrome, hard-wrapped sentences: listed 0.976, recall
    /// 0.906, precision 0.982, required/nice 0.967, traps 30, clean flagged
    /// 0. (Readers of a gettext catalogue, Texinfo, a text-format message,
    /// a Dockerfile, source files' imports and a wiki's plugins, since taken
    /// out for their size, had read 0.993 required/nice and 19 traps.)
    const TWENTY_SIXTH: Floors = Floors {
        listed: 0.975,
        weighed: 0.965,
        recall: 0.905,
        precision: 0.975,
        traps_read: 30,
        clean_flagged: 0,
        stuffed_missed: 0,
    };

    /// `tests/jobs-27/`, written blind in issue 15's twenty-sixth session
    /// (only its totals read there); opened at the start of the
    /// twenty-seventh (listed 0.887, recall 0.851, precision 0.992,
    /// required/nice 0.919, traps 41, clean flagged 2): Turkish, Norwegian
    /// and Indonesian boards, names before a hyphen, stacks said gone, the
    /// company's own part naming its stack: listed 0.962, recall 0.917,
    /// precision 0.992, required/nice 0.967, traps 27, clean flagged 0;
    /// after the review, 28 ("shut down our Hadoop cluster" is read as an
    /// imperative would be); 29 since issue 15's fortieth session, whose
    /// Turkic endings after an apostrophe read "Jenkins'i geçen yıl
    /// emekliye ayırdık" (retired last year) as Jenkins, and whose review
    /// took back the retirement phrase (it dropped "ve GitHub Actions'a
    /// geçtik", the stack moved to, with it).
    const TWENTY_SEVENTH: Floors = Floors {
        listed: 0.955,
        weighed: 0.96,
        recall: 0.91,
        precision: 0.985,
        traps_read: 29,
        clean_flagged: 0,
        stuffed_missed: 0,
    };

    /// `tests/jobs-28/`, written blind in issue 15's twenty-seventh session
    /// from realistic sources (boards and careers pages with their chrome, a
    /// recruiter's mail, PDF and Word copies, a Hacker News comment); only
    /// its totals read there (listed 0.928 -> 0.930, recall 0.742 -> 0.756,
    /// precision 0.996, traps 47 -> 45). Opened in the twenty-eighth:
    /// Azure's architecture words, resumes' own words for incident command,
    /// capacity planning and disaster recovery, numbered shouted sections,
    /// teams a count of people names, similar jobs in German and French,
    /// unit test frameworks as kinds of unit testing: listed 0.993, recall
    /// 0.886, precision 1.000, required/nice 0.980, traps 29, clean 0; after
    /// the review (a board's "Skills and credentials" panel no longer
    /// skipped, as an employer's own heading of that name would be; gapped
    /// forms narrowed): listed 0.991, recall 0.883, traps 31.
    const TWENTY_EIGHTH: Floors = Floors {
        listed: 0.985,
        weighed: 0.975,
        recall: 0.88,
        precision: 0.99,
        traps_read: 31,
        clean_flagged: 0,
        stuffed_missed: 0,
    };

    /// `tests/jobs-29/`: written blind in issue 15's twenty-eighth session
    /// from more realistic sources (Indeed, Built In, BambooHR,
    /// SmartRecruiters, Wellfound, Ashby, Levels.fyi, Glassdoor, Gupy,
    /// Personio, a French government board, a careers page, Notion, a
    /// Google Doc, an InMail, Slack); only its totals read there (listed
    /// 0.945 -> 0.947, recall 0.703 -> 0.721, precision 0.975, traps 54 ->
    /// 52, clean flagged 1). Opened in the twenty-ninth: a one-word "WORK"
    /// heading, "2. The team" ending the company's part, cost optimization
    /// apart from FinOps, resumes' own words for on-call, SLOs, capacity,
    /// toil, postmortems, hiring and stakeholders, Italian, German, French
    /// and Portuguese forms, retired stacks in four languages, a page's
    /// footer and a profile's headline, a stack's bracketed gloss no
    /// stuffing: listed 0.974, recall 0.864, precision 0.986, required/nice
    /// 0.972, traps 25, clean 0; after the review narrowed forms that read
    /// everyday sentences ("Sous la supervision du CTO", "Customers bought
    /// what we built", "Ordered the backlog by capacity") and took "left"
    /// out of the retiring verbs ("We have left Postgres as our source of
    /// truth"): recall 0.852, traps 26.
    const TWENTY_NINTH: Floors = Floors {
        listed: 0.97,
        weighed: 0.965,
        recall: 0.85,
        precision: 0.98,
        traps_read: 26,
        clean_flagged: 0,
        stuffed_missed: 0,
    };

    /// `tests/jobs-30/`: written blind in issue 15's twenty-ninth session
    /// from sources no corpus had used (Reed, Naukri, XING, InfoJobs,
    /// Platsbanken, Pracuj.pl, USAJOBS, a university portal, a mailing
    /// list, Discord, Confluence, Jira, Jobvite, Taleo, We Work Remotely,
    /// Reddit); only its totals read there (listed 0.938, recall 0.815 ->
    /// 0.822, precision 0.983, traps 47 -> 44, clean flagged 2). Opened in
    /// the thirtieth: a board's list of other jobs over its titles, a
    /// mail's signature and archive, German compounds with a capital
    /// ("Helm-Charts"), retired stacks in Swedish and Polish, pay written
    /// amount first, Spanish, German, Polish and Swedish forms, resumes'
    /// words for idempotency, code review, capacity and documentation, an
    /// Open Source section, technical leadership from "Technical lead":
    /// listed 0.994, recall 0.941, precision 0.985, required/nice 0.995,
    /// traps 18, clean 0; after the review took "rewritten" out of the
    /// retiring words ("The Kafka consumers were rewritten in Rust") and
    /// Swedish "nätverk" out of networking's forms ("ett stort nätverk av
    /// kunder"): listed 0.992, traps 19.
    const THIRTIETH: Floors = Floors {
        listed: 0.99,
        weighed: 0.99,
        recall: 0.94,
        precision: 0.98,
        traps_read: 19,
        clean_flagged: 0,
        stuffed_missed: 0,
    };

    /// The thirty-first corpus (untouched at the start of issue 15's
    /// thirty-first session: listed 0.932, recall 0.863, precision 0.951,
    /// weighed 0.972, traps 46 of 339), opened once the thirty-second was
    /// written: a heading behind an icon ("⭐️ Nice to have"), a chat copied
    /// from WhatsApp's web view, a term dismissed or passed over ("isn't
    /// needed", "rather than"), a past stack in French, Portuguese and
    /// German with its participle far on, a continental address, a
    /// channel's header and a feed's advertisement, roles held ("in MLOps
    /// roles"), reproducibility and the misses' wordings: listed 0.956,
    /// recall 0.900, precision 0.967, weighed 1.000, traps 27 (after the
    /// review took back bare "reproducible", "gc", "build pipelines" and
    /// "development plans", each read in an everyday sense too).
    const THIRTY_FIRST: Floors = Floors {
        listed: 0.95,
        weighed: 0.99,
        recall: 0.90,
        precision: 0.96,
        traps_read: 27,
        clean_flagged: 0,
        stuffed_missed: 0,
    };

    /// The thirty-second corpus (untouched at the start of issue 15's
    /// thirty-second session: listed 0.917, recall 0.846, precision 0.997,
    /// weighed 0.996, traps 42 of 357), opened once the thirty-third was
    /// written: boards' other-jobs lists in five languages, a feed's
    /// reactions bar in Dutch, a stack retiring or phased out, a negation
    /// over "or", a founder's bio, Norwegian's inflected acronyms
    /// ("SLO-er"), a product's name holding a known word ("Redgate SQL
    /// Monitor"), clause words in unknown items and competencies asked for
    /// in words: listed 0.965, recall 0.893, precision 0.997, weighed
    /// 0.998, traps 10; after the review took back the "Redgate SQL
    /// Monitor" rule, "Also hiring" and "We don't care about" as headings
    /// (each read a plain posting's words as a product's or a list's),
    /// listed 0.960, recall 0.891, traps 13.
    const THIRTY_SECOND: Floors = Floors {
        listed: 0.95,
        weighed: 0.99,
        recall: 0.89,
        precision: 0.99,
        traps_read: 13,
        clean_flagged: 0,
        stuffed_missed: 0,
    };

    /// The thirty-third corpus (untouched at the start of issue 15's
    /// thirty-third session: listed 0.905, recall 0.846, precision 0.979,
    /// weighed 0.963, traps 58 of 390, clean flagged 2 of 16), opened once
    /// the thirty-fourth was written: a header line of spoken languages,
    /// PL/SQL beside SQL (the two clean resumes flagged), Polish, German,
    /// Finnish and French forms, a stack left with another ("moved off New
    /// Relic and a homegrown Rundeck setup") or run by another team ("The
    /// data team runs their own Snowflake account"), a board's generated
    /// skill chips and filter bar, numbered person-specification criteria,
    /// a board's field of languages, "Nie wymagamy" and public boards'
    /// fields: listed 0.951, recall 0.893, precision 0.988, weighed 0.974,
    /// traps 34, clean flagged 0.
    const THIRTY_THIRD: Floors = Floors {
        listed: 0.95,
        weighed: 0.97,
        recall: 0.89,
        precision: 0.98,
        traps_read: 34,
        clean_flagged: 0,
        stuffed_missed: 0,
    };

    /// The thirty-fourth corpus (untouched at the start of issue 15's
    /// thirty-fourth session: listed 0.861, recall 0.883, precision 0.987,
    /// weighed 0.960, traps 36 of 371), opened once the thirty-fifth was
    /// written: network, security and storage products, Cisco
    /// certifications by track, Czech, Hungarian, Indonesian, Turkish and
    /// Japanese forms, a declining language's ending after a hyphen
    /// ("GitLab CI-ban"), onboarding beside hiring, and what a posting says
    /// it does not need ("out of scope", "won't be asked to", "do I need
    /// CCNP for this?"): listed 0.985, recall 0.977, precision 0.985,
    /// weighed 0.961, traps 16, clean flagged 0.
    /// Traps 17 since issue 15's fortieth session: Espresso became a known
    /// name, and "Our mobile team writes its own XCUITest and Espresso
    /// suites and they will keep owning those" reads it (the phrase that
    /// dropped it was taken back: it dropped "you will … keep owning them").
    const THIRTY_FOURTH: Floors = Floors {
        listed: 0.98,
        weighed: 0.96,
        recall: 0.97,
        precision: 0.98,
        traps_read: 17,
        clean_flagged: 0,
        stuffed_missed: 0,
    };

    /// The thirty-fifth corpus (untouched at the start of issue 15's
    /// thirty-fourth and thirty-fifth sessions: listed 0.920, recall 0.857
    /// then 0.860, precision 0.996, weighed 0.985, traps 48 of 363, one
    /// clean resume flagged), opened once the thirty-sixth was written: a
    /// resume's roles above every heading, what a posting leaves to another
    /// team or is retiring (over a line break, in Greek, Romanian,
    /// Vietnamese and Korean), other jobs' lists, a repository's language
    /// bar, a term at a line's end no subject of the next line's passive,
    /// an example in its skill's brackets no stuffing, and the forms of
    /// the four new languages: listed 0.994, recall 0.925, precision
    /// 1.000, weighed 0.983, traps 9, clean flagged 0; after the review
    /// took back cues that skipped whole sentences ("by a separate team",
    /// "is being retired") and e-commerce, listed 0.991, recall 0.918,
    /// weighed 0.985, traps 13.
    const THIRTY_FIFTH: Floors = Floors {
        listed: 0.99,
        weighed: 0.98,
        recall: 0.91,
        precision: 0.99,
        traps_read: 13,
        clean_flagged: 0,
        stuffed_missed: 0,
    };

    /// The thirty-sixth corpus (untouched at the start of issue 15's
    /// thirty-fifth and thirty-sixth sessions: listed 0.890, recall 0.774,
    /// precision 0.992, weighed 0.923, traps 57 of 375, one clean resume
    /// flagged), opened once the thirty-seventh was written: Traditional
    /// Chinese, Russian, Slovak and Hebrew (a Hebrew prefix before a Latin
    /// name, Chinese sentences and cues inside runs of characters, a
    /// concept's non-ASCII forms with their capital, their parts' headings
    /// and what each leaves to others), Hebrew resume headings, parts of
    /// what a posting does not need, hashtags, a footer's copyright row, a
    /// topic shown by three of its parts: listed 0.980, recall 0.859,
    /// weighed 0.965, traps 24; after the review took back "there is no",
    /// "siete" and loose wordings, listed 0.978, recall 0.852, precision
    /// 0.992, weighed 0.963, traps 25, clean flagged 0.
    const THIRTY_SIXTH: Floors = Floors {
        listed: 0.97,
        weighed: 0.96,
        recall: 0.85,
        precision: 0.99,
        traps_read: 25,
        clean_flagged: 0,
        stuffed_missed: 0,
    };

    /// Measured after issue 15's thirty-seventh session opened it (start:
    /// listed 0.883, recall 0.786, precision 0.987, weighed 0.947, traps 54,
    /// clean flagged 1): Latvian, Serbian, Swahili and Persian parts, cues
    /// and forms, a board's chips the text disowns, a room's and a thread's
    /// other senders, resume-only forms: listed 0.997, recall 0.891,
    /// precision 0.996, weighed 0.990, traps 9; after the review took back
    /// "Filipino" alone and a Persian job title as forms, recall 0.884.
    /// The Serbian resume that says
    /// "se pokreće u Docker kontejnerima kroz GitLab CI na svaki merge
    /// request" as the posting does (ten words) is still flagged.
    const THIRTY_SEVENTH: Floors = Floors {
        listed: 0.99,
        weighed: 0.98,
        recall: 0.88,
        precision: 0.99,
        traps_read: 9,
        clean_flagged: 1,
        stuffed_missed: 0,
    };

    /// Measured after issue 15's thirty-eighth session opened it (start:
    /// listed 0.897, recall 0.800, precision 0.996, weighed 0.956, traps 46,
    /// clean flagged 2): Lithuanian, Ukrainian, Thai and Filipino parts,
    /// cues, forms and resume headings, a board's skills chip row, an
    /// about-us sentence that turns to the job, a card's checklist parts,
    /// Thai words kept whole with their marks: listed 1.000, recall 0.887,
    /// precision 0.996, weighed 1.000, traps 4, clean flagged 0; after the
    /// review took back "Filipino" alone in a resume (a nationality too),
    /// recall 0.883. Traps 5 since the forty-second session read "p99"
    /// alone as tail latency: its labels hold "p99 under 300 ms" as a
    /// figure, jobs-46's "measured at p99" as an ask.
    const THIRTY_EIGHTH: Floors = Floors {
        listed: 0.99,
        weighed: 0.99,
        recall: 0.88,
        precision: 0.99,
        traps_read: 5,
        clean_flagged: 0,
        stuffed_missed: 0,
    };

    /// Measured after issue 15's thirty-eighth session opened it too
    /// (start: listed 0.807, recall 0.746, precision 0.982, weighed 0.940,
    /// traps 50, clean flagged 2; untouched until then): Icelandic,
    /// Georgian, Armenian and Albanian parts, cues, forms and resume
    /// headings, a Latin name's case ending in its own script
    /// ("TypeScript-ის"), capitals lowered in other scripts: listed 0.945,
    /// recall 0.836, precision 0.984, weighed 0.976, traps 33, clean
    /// flagged 0.
    const THIRTY_NINTH: Floors = Floors {
        listed: 0.94,
        weighed: 0.97,
        recall: 0.83,
        precision: 0.98,
        traps_read: 33,
        clean_flagged: 0,
        stuffed_missed: 0,
    };

    /// `tests/jobs-40/` (written blind in issue 15's thirty-eighth session,
    /// opened in the thirty-ninth: Macedonian, Azerbaijani, Kazakh and
    /// Mongolian boards, a mailing, a wiki, an event page, an SSH session,
    /// a Gist, Hugging Face Posts): listed 0.868 -> 0.988, recall 0.748 ->
    /// 0.881, traps 61 -> 15, clean resumes flagged 5 -> 0.
    const FORTIETH: Floors = Floors {
        listed: 0.98,
        weighed: 0.99,
        recall: 0.88,
        precision: 0.98,
        traps_read: 15,
        clean_flagged: 0,
        stuffed_missed: 0,
    };

    /// `tests/jobs-41/` (written blind in issue 15's thirty-ninth session,
    /// opened in the fortieth: Hindi, Malay, Uzbek and Bosnian boards, a
    /// Zoom chat, nbviewer, an npm README, Steam, Kijiji, a pull request's
    /// web view, Google Groups, Calendly, Nextdoor, Patreon, Paylocity, a
    /// man page): listed 0.843 -> 0.990, recall 0.827 -> 0.949, traps 47
    /// -> 12, clean resumes flagged 2 -> 0.
    const FORTY_FIRST: Floors = Floors {
        listed: 0.99,
        weighed: 0.99,
        recall: 0.94,
        precision: 0.97,
        traps_read: 12,
        clean_flagged: 0,
        stuffed_missed: 0,
    };

    /// `tests/jobs-42/` (written blind in issue 15's fortieth session and
    /// opened in it, after jobs-41: Nepali, Bengali, Basque and Belarusian
    /// boards, Asana, Google Chat, Artifact Hub, Google Play, Kaggle, Open
    /// Collective, itch.io, Viva Engage, GitBook, Kickstarter, Hashnode,
    /// Docker Hub): listed 0.830 -> 0.987, recall 0.786 -> 0.908, traps 64
    /// -> 28, clean resumes flagged 1 -> 0.
    const FORTY_SECOND: Floors = Floors {
        listed: 0.98,
        weighed: 0.99,
        recall: 0.90,
        precision: 0.97,
        traps_read: 28,
        clean_flagged: 0,
        stuffed_missed: 0,
    };
    /// `tests/jobs-43/`, opened in the forty-first session. Its one clean
    /// resume flagged copies eleven words of the posting in a row
    /// (Galician "e scripts de proba en Python para o banco de ensaio"),
    /// which the copied-run check is there to say.
    const FORTY_THIRD: Floors = Floors {
        listed: 0.98,
        weighed: 0.99,
        recall: 0.94,
        precision: 0.99,
        traps_read: 13,
        clean_flagged: 1,
        stuffed_missed: 0,
    };
    /// `tests/jobs-44/`, opened in the forty-first session.
    const FORTY_FOURTH: Floors = Floors {
        listed: 0.98,
        weighed: 0.99,
        recall: 0.96,
        precision: 0.99,
        traps_read: 19,
        clean_flagged: 0,
        stuffed_missed: 0,
    };
    /// `tests/jobs-45/`, opened in the forty-second session. Its clean
    /// Catalan resume copies a duty's ten words ("Proves unitàries amb
    /// pytest per a tot el codi nou"), which the copied-run check is there
    /// to say.
    const FORTY_FIFTH: Floors = Floors {
        listed: 0.99,
        weighed: 0.99,
        recall: 0.97,
        precision: 0.98,
        traps_read: 7,
        clean_flagged: 1,
        stuffed_missed: 0,
    };

    /// `tests/jobs-46/`, opened in the forty-second session; traps 13
    /// after the review (a footer is read from the site's first own link:
    /// "Perl Foundation" above it is read).
    const FORTY_SIXTH: Floors = Floors {
        listed: 0.98,
        weighed: 0.99,
        recall: 0.96,
        precision: 0.97,
        traps_read: 13,
        clean_flagged: 0,
        stuffed_missed: 0,
    };

    /// `tests/jobs-47/`, opened in the forty-third session. Its recall
    /// waits on resumes that show a skill in other words than any form
    /// ("an unscripted hour on anything new" for exploratory testing). A
    /// spreadsheet ribbon's "Automate" tab reads as automation (after the
    /// review: a verb alone on its line is also a sub-heading).
    const FORTY_SEVENTH: Floors = Floors {
        listed: 0.99,
        weighed: 0.99,
        recall: 0.87,
        precision: 0.98,
        traps_read: 13,
        clean_flagged: 0,
        stuffed_missed: 0,
    };

    /// `tests/jobs-48/`, opened in the forty-fourth session after its
    /// untouched reading moved with the run-in heads of skill lists. Its
    /// recall waits on resumes that show a skill in other words ("Review
    /// security-relevant pull requests" for secure code review); a Deepnote
    /// sidebar's integrations and an app's release notes read as terms.
    const FORTY_EIGHTH: Floors = Floors {
        listed: 0.97,
        weighed: 0.99,
        recall: 0.78,
        precision: 0.98,
        traps_read: 16,
        clean_flagged: 0,
        stuffed_missed: 0,
    };

    /// `tests/jobs-49/`, opened in the forty-fifth session after its
    /// untouched reading moved with run-in heads whose descriptions share
    /// a word with English ("we", Turkmen's and). Its traps are a
    /// newsreader's thread list, a blog's tags, an editor's status bar and
    /// terminal, and a commenter's questions.
    const FORTY_NINTH: Floors = Floors {
        listed: 0.99,
        weighed: 0.99,
        recall: 0.98,
        precision: 0.99,
        traps_read: 13,
        clean_flagged: 0,
        stuffed_missed: 0,
    };

    /// `tests/jobs-50/`, opened in the forty-sixth session after its
    /// untouched reading (listed .871, recall .849, traps 63) moved with
    /// nothing built in the forty-fifth. Eight of its traps named the must
    /// asked for in their own line and were trimmed or removed (its
    /// README). Its traps are a Hackage page's metadata, forum replies'
    /// questions, course and licence titles, a stream's video titles and a
    /// compiler's output, a title's place; its misses, unknown names in
    /// prose and "in plain English".
    const FIFTIETH: Floors = Floors {
        listed: 0.95,
        weighed: 0.98,
        recall: 0.93,
        precision: 0.98,
        traps_read: 36,
        clean_flagged: 0,
        stuffed_missed: 0,
    };

    /// `tests/jobs-51/`, opened in the forty-seventh session after its
    /// untouched reading (listed .911, recall .917, traps 31, two clean
    /// resumes flagged). Its traps are hiring and testing read in page
    /// chrome and replies ("Test Pressing", "asking for my brother"),
    /// names in forum questions and a disowned app's framework; its
    /// misses, Samoan's run-in heads and "Android ma iOS".
    const FIFTY_FIRST: Floors = Floors {
        listed: 0.96,
        weighed: 0.98,
        recall: 0.97,
        precision: 0.97,
        traps_read: 23,
        clean_flagged: 0,
        stuffed_missed: 0,
    };

    fn hold(&self, m: &Measured) {
        let t = &m.t;
        assert!(m.listed >= self.listed, "listed {:.3}", m.listed);
        assert!(m.recall >= self.recall, "recall {:.3}", m.recall);
        assert!(
            m.precision >= self.precision,
            "precision {:.3}",
            m.precision
        );
        let weighed = ratio(t.weighed_right, t.weighed);
        assert!(weighed >= self.weighed, "required/nice {weighed:.3}");
        assert!(t.traps_read <= self.traps_read, "traps {}", t.traps_read);
        assert!(
            t.clean_flagged <= self.clean_flagged,
            "clean flagged {}",
            t.clean_flagged
        );
        assert!(
            t.stuffed_flagged >= t.stuffed.saturating_sub(self.stuffed_missed),
            "stuffed flagged {} of {}",
            t.stuffed_flagged,
            t.stuffed
        );
    }

    /// Untouched, 2026-12-01 (a71db7b's matcher): listed 0.403 (152 of
    /// 377), recall 0.370 (104 of 281), precision 0.955 (105 right, 5
    /// wrong, 38 unlabelled), traps 11 of 147, clean flagged 2 of 16,
    /// stuffed flagged 3 of 3. With a posting's structure read (causes 6
    /// and 7 of issue 15): traps 4 of 147, clean flagged 1 of 16. With the
    /// generated technology names (native builds) and the practices list,
    /// written with this corpus's misses in view: listed 0.745, recall
    /// 0.651, precision 0.969. With acronyms and cued lists' items read
    /// as terms, the about-us paragraph, the one-dot header line and
    /// places, roles and contract terms skipped: listed 0.830, recall
    /// 0.744, precision 0.972, traps 2. With the generated names widened
    /// to 1,356 (simple-icons' developer brands, every linguist language,
    /// a reviewed drop list): listed 0.849, recall 0.762, precision 0.973.
    /// With the job lexicon's long tail (jd_terms.txt, 436 practices and
    /// competencies written without this corpus in view, their broader
    /// links partial evidence only), person titles no practice, PySpark
    /// its own name and stuffing's density limit at half: listed 0.915,
    /// recall 0.822, precision 0.975, traps 2, clean flagged 0. With
    /// vendors' products also named bare ("Parquet", "SQL Server"): listed
    /// 0.926, recall 0.836, precision 0.976; after a review's fixes to how
    /// a posting's parts are read, listed 0.928, required/nice 0.995; with
    /// application security, WCAG and technical writing their own names
    /// (narrower, not forms of the broader): listed 0.931, recall 0.840.
    /// Issue 15's third session: listed 0.958, recall 0.879; then listed
    /// 0.960, recall 0.886, traps 1. The fourth: listed 0.968, recall
    /// 0.918, precision 0.974.
    const MEASURED: Floors = Floors {
        listed: 0.965,
        weighed: 0.99,
        recall: 0.91,
        precision: 0.97,
        traps_read: 1,
        clean_flagged: 0,
        stuffed_missed: 0,
    };
}
