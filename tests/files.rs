//! Whole files through the extract readers: the DOCX test files written by
//! python-docx (tests/files/make_docx.py) read exactly as their .txt says,
//! the bad ones fail with their own kind of error, and the text read out of
//! a DOCX is checked like pasted text. The PDFs' text runs (as pdf.js read
//! them, saved by tests/files/make.mjs) lay out as their .txt says; the
//! whole path through pdf.js in a worker runs in Chromium
//! (tests/e2e/files.test.mjs).
#![cfg(all(feature = "extract", not(target_arch = "wasm32")))]

use bulletproof::engine::{check, Options};
use bulletproof::extract::layout::{lay_out, PdfText};
use bulletproof::extract::{docx, ErrorKind, NoteKind};

fn file(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/tests/files/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

#[test]
fn resume_docx_reads_as_a_reader_sees_it() {
    let out = docx::read(&file("resume.docx")).unwrap();
    assert_lines_are_in_the_text(&out);
    let want = String::from_utf8(file("resume.docx.txt")).unwrap();
    assert_eq!(out.text, want);
    let kinds: Vec<NoteKind> = out.notes.iter().map(|n| n.kind).collect();
    assert_eq!(
        kinds,
        [NoteKind::Table, NoteKind::TextBox, NoteKind::HeaderFooter]
    );
}

/// The words the weak-opening findings cover, and the number of work bullets.
fn checked(text: &str) -> (Vec<&str>, usize) {
    let report = check(text, &Options::default());
    let weak = report
        .findings
        .iter()
        .filter(|f| f.rule.id() == "verb/weak-opening")
        .map(|f| &text[f.span.start..f.span.end])
        .collect();
    (weak, report.stats.work_bullets)
}

#[test]
fn the_text_of_a_docx_is_checked_like_pasted_text() {
    let out = docx::read(&file("resume.docx")).unwrap();
    let (weak, work_bullets) = checked(&out.text);
    assert_eq!(weak, ["Responsible for", "Helped"]);
    assert_eq!(work_bullets, 5);
}

#[test]
fn bad_docx_files_say_what_is_wrong() {
    for (name, kind) in [
        ("bomb.docx", ErrorKind::TooLarge),
        ("not-a-docx.docx", ErrorKind::NotThisFormat),
        ("truncated.docx", ErrorKind::Damaged),
        ("one-column.pdf", ErrorKind::NotThisFormat),
    ] {
        let err = docx::read(&file(name)).unwrap_err();
        assert_eq!(err.kind, kind, "{name}: {}", err.message);
        assert!(
            err.message.ends_with('.'),
            "{name}: a sentence: {}",
            err.message
        );
    }
}

/// Every line a note names is a whole line of the text (the `ats/*`
/// findings find them there).
fn assert_lines_are_in_the_text(out: &bulletproof::extract::Extracted) {
    let lines: Vec<&str> = out.text.lines().collect();
    for note in &out.notes {
        for l in &note.lines {
            assert!(
                lines.contains(&l.as_str()),
                "{:?} names {l:?}, not a line of the text",
                note.kind
            );
        }
    }
}

fn runs(name: &str) -> PdfText {
    serde_json::from_slice(&file(&format!("{name}.runs.json"))).unwrap()
}

#[test]
fn pdf_text_runs_lay_out_as_a_reader_sees_them() {
    for (name, kinds) in [
        ("one-column", vec![]),
        ("two-column", vec![NoteKind::Columns]),
        (
            "table-header",
            vec![NoteKind::Table, NoteKind::HeaderFooter],
        ),
        ("disc-bullets", vec![]),
        ("latex", vec![]),
    ] {
        let out = lay_out(&runs(name)).unwrap();
        let want = String::from_utf8(file(&format!("{name}.pdf.txt"))).unwrap();
        assert_eq!(out.text, want, "{name}");
        let got: Vec<NoteKind> = out.notes.iter().map(|n| n.kind).collect();
        assert_eq!(got, kinds, "{name}");
        assert_lines_are_in_the_text(&out);
    }
    assert_eq!(lay_out(&runs("scan")).unwrap_err().kind, ErrorKind::NoText);
}

#[test]
fn the_text_of_every_test_pdf_is_checked_with_its_weak_bullets_found() {
    for (name, work_bullets) in [
        ("one-column", 7),
        ("two-column", 7),
        ("table-header", 7),
        ("disc-bullets", 7),
        ("latex", 5),
    ] {
        let out = lay_out(&runs(name)).unwrap();
        let (weak, bullets) = checked(&out.text);
        assert_eq!(weak, ["Responsible for", "Worked on improving"], "{name}");
        assert_eq!(bullets, work_bullets, "{name}");
    }
}
