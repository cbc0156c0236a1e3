//! Whole-resume fixtures in the styles text arrives in: pasted from PDF, Word
//! and Google Docs, Markdown, LaTeX-ish, one-liners, paragraphs, a strong and
//! a weak resume. Each `NAME.expect` says what a correct reading finds.

use bulletproof::engine::document::dates::{find_ranges, DateEnd};
use bulletproof::engine::document::{BlockKind, Document};
use bulletproof::engine::lexicon::SectionKind;
use bulletproof::engine::{check, Options, RuleId};

const FIXTURES: &[(&str, &str, &str)] = &[
    (
        "pdf_paste.txt",
        include_str!("fixtures/pdf_paste.txt"),
        include_str!("fixtures/pdf_paste.txt.expect"),
    ),
    (
        "word_paste.txt",
        include_str!("fixtures/word_paste.txt"),
        include_str!("fixtures/word_paste.txt.expect"),
    ),
    (
        "google_docs.txt",
        include_str!("fixtures/google_docs.txt"),
        include_str!("fixtures/google_docs.txt.expect"),
    ),
    (
        "markdown.md",
        include_str!("fixtures/markdown.md"),
        include_str!("fixtures/markdown.md.expect"),
    ),
    (
        "latexish.txt",
        include_str!("fixtures/latexish.txt"),
        include_str!("fixtures/latexish.txt.expect"),
    ),
    (
        "one_liners.txt",
        include_str!("fixtures/one_liners.txt"),
        include_str!("fixtures/one_liners.txt.expect"),
    ),
    (
        "paragraphs.txt",
        include_str!("fixtures/paragraphs.txt"),
        include_str!("fixtures/paragraphs.txt.expect"),
    ),
    (
        "strong_staff.txt",
        include_str!("fixtures/strong_staff.txt"),
        include_str!("fixtures/strong_staff.txt.expect"),
    ),
    (
        "junior_weak.txt",
        include_str!("fixtures/junior_weak.txt"),
        include_str!("fixtures/junior_weak.txt.expect"),
    ),
];

fn field<'a>(expect: &'a str, key: &str) -> &'a str {
    expect
        .lines()
        .find_map(|l| l.strip_prefix(key).and_then(|r| r.strip_prefix(':')))
        .unwrap_or_else(|| panic!("expect file has no {key}"))
        .trim()
}

fn list(s: &str) -> Vec<&str> {
    s.split(',')
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .collect()
}

fn section_name(k: SectionKind) -> &'static str {
    match k {
        SectionKind::Header => "header",
        SectionKind::Summary => "summary",
        SectionKind::Experience => "experience",
        SectionKind::Projects => "projects",
        SectionKind::OpenSource => "open_source",
        SectionKind::Skills => "skills",
        SectionKind::Education => "education",
        SectionKind::Publications => "publications",
        SectionKind::Certifications => "certifications",
        SectionKind::Awards => "awards",
        SectionKind::Other => "other",
    }
}

fn check_fixture(name: &str, text: &str, expect: &str) -> Vec<String> {
    let mut errors = Vec::new();
    let doc = Document::parse(text);
    let report = check(text, &Options::fixed_date());

    let sections: Vec<&str> = doc
        .sections
        .iter()
        .map(|s| section_name(s.kind))
        .filter(|s| *s != "header")
        .collect();
    let want = list(field(expect, "sections"));
    if sections != want {
        errors.push(format!("sections: got {sections:?}, want {want:?}"));
    }

    let work: Vec<_> = report
        .bullets
        .iter()
        .filter(|b| b.section.is_work())
        .collect();
    let want_n: usize = field(expect, "bullets").parse().unwrap();
    if work.len() != want_n {
        let got: Vec<&str> = work.iter().map(|b| b.text.as_str()).collect();
        errors.push(format!(
            "bullets: got {}, want {want_n}: {got:#?}",
            work.len()
        ));
    }
    let exp: Vec<_> = report
        .bullets
        .iter()
        .filter(|b| b.section == SectionKind::Experience)
        .collect();
    let clean = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    for (key, got) in [("first_bullet", exp.first()), ("last_bullet", exp.last())] {
        let want = field(expect, key);
        let got = got.map(|b| clean(&b.text)).unwrap_or_default();
        if got != want {
            errors.push(format!("{key}: got {got:?}, want {want:?}"));
        }
    }

    // Date ranges (not lone dates) on entry lines and other non-bullet lines.
    let mut ranges = 0;
    for b in &doc.blocks {
        if b.kind == BlockKind::Paragraph && !doc.sections[b.section].kind.is_work() {
            let t = b.tokens(text);
            ranges += find_ranges(&t, text)
                .iter()
                .filter(|r| r.end != DateEnd::On(r.start))
                .count();
        }
    }
    ranges += doc
        .entries
        .iter()
        .filter_map(|e| e.dates)
        .filter(|r| r.end != DateEnd::On(r.start))
        .count();
    let want_ranges: usize = field(expect, "date_ranges").parse().unwrap();
    if ranges != want_ranges {
        errors.push(format!("date_ranges: got {ranges}, want {want_ranges}"));
    }

    let fired: Vec<&str> = report.findings.iter().map(|f| f.rule.id()).collect();
    for id in list(field(expect, "must_find")) {
        assert!(RuleId::from_id(id).is_some(), "{name}: unknown rule {id}");
        if !fired.contains(&id) {
            errors.push(format!("must_find {id}: not reported"));
        }
    }
    for id in list(field(expect, "must_not_find")) {
        for f in report.findings.iter().filter(|f| f.rule.id() == id) {
            errors.push(format!(
                "must_not_find {id}: {:?} at line {}",
                f.span.of(text),
                f.line
            ));
        }
    }
    errors
}

#[test]
fn fixtures_read_as_expected() {
    let mut all = Vec::new();
    for (name, text, expect) in FIXTURES {
        for e in check_fixture(name, text, expect) {
            all.push(format!("{name}: {e}"));
        }
    }
    assert!(all.is_empty(), "\n{}", all.join("\n"));
}

#[test]
fn every_fixture_has_findings_spans_on_char_boundaries() {
    for (name, text, _) in FIXTURES {
        let r = check(text, &Options::fixed_date());
        for f in &r.findings {
            assert!(
                text.is_char_boundary(f.span.start) && text.is_char_boundary(f.span.end),
                "{name}"
            );
            assert!(
                f.span.start <= f.span.end && f.span.end <= text.len(),
                "{name}"
            );
        }
    }
}
