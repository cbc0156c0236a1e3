//! One resume written in every source format people keep it in: four LaTeX
//! templates, three Markdown styles, two JSON Resume variants and a copy
//! out of a PDF. Each must read as a person reads it: the same bullets, the
//! same sections, a score within 2 points, and no finding on markup.

#![cfg(feature = "readers")]

use bulletproof::engine::document::Document;
use bulletproof::engine::lexicon::SectionKind;
use bulletproof::engine::read::{self, Format, Input};
use bulletproof::engine::{check, Options, Report, RuleId, Span};

const SOURCES: &[(&str, Format, &str)] = &[
    ("jake.tex", Format::Latex, include_str!("sources/jake.tex")),
    (
        "awesome.tex",
        Format::Latex,
        include_str!("sources/awesome.tex"),
    ),
    (
        "moderncv.tex",
        Format::Latex,
        include_str!("sources/moderncv.tex"),
    ),
    (
        "article.tex",
        Format::Latex,
        include_str!("sources/article.tex"),
    ),
    (
        "jekyll.md",
        Format::Markdown,
        include_str!("sources/jekyll.md"),
    ),
    ("hugo.md", Format::Markdown, include_str!("sources/hugo.md")),
    (
        "plain.md",
        Format::Markdown,
        include_str!("sources/plain.md"),
    ),
    (
        "resume.json",
        Format::JsonResume,
        include_str!("sources/resume.json"),
    ),
    (
        "variant.json",
        Format::JsonResume,
        include_str!("sources/variant.json"),
    ),
    (
        "pdf_copy.txt",
        Format::Text,
        include_str!("sources/pdf_copy.txt"),
    ),
];

const BULLETS: &str = include_str!("sources/bullets.txt");

fn report(src: &str) -> Report {
    check(src, &Options::fixed_date())
}

#[test]
fn the_format_is_detected_from_the_content_and_the_name() {
    for (name, format, src) in SOURCES {
        assert_eq!(read::detect(src, None), *format, "{name} by content");
        assert_eq!(read::detect(src, Some(name)), *format, "{name} by name");
        let r = report(src);
        assert_eq!(r.input.format, *format, "{name}");
        assert!(r.input.detected && r.input.notes.is_empty(), "{name}");
    }
}

#[test]
fn every_format_gives_the_same_bullets_as_a_reader_reads_them() {
    let want: Vec<&str> = BULLETS.lines().collect();
    for (name, _, src) in SOURCES {
        let r = report(src);
        let work: Vec<&str> = r
            .bullets
            .iter()
            .filter(|b| b.section.is_work())
            .map(|b| b.text.as_str())
            .collect();
        assert_eq!(work, want, "{name}");
        // Each bullet's span starts and ends on the words of the source.
        for b in r.bullets.iter().filter(|b| b.section.is_work()) {
            let s = b.span.of(src);
            let first = b.text.split_whitespace().next().unwrap();
            let last = b.text.split_whitespace().last().unwrap();
            assert!(s.starts_with(first), "{name}: {s:?}");
            assert!(s.ends_with(last), "{name}: {s:?}");
        }
    }
}

#[test]
fn every_format_finds_the_same_sections() {
    for (name, _, src) in SOURCES {
        let reading = read::read(src, Input::Auto, Some(name));
        let doc = Document::parse_hinted(&reading.view, &reading.hints);
        let kinds: Vec<SectionKind> = doc.sections.iter().map(|s| s.kind).collect();
        for want in [
            SectionKind::Summary,
            SectionKind::Experience,
            SectionKind::Skills,
            SectionKind::Education,
        ] {
            assert!(
                kinds.contains(&want),
                "{name}: {want:?} missing from {kinds:?}\n{}",
                reading.view
            );
        }
        assert!(
            kinds.contains(&SectionKind::Projects) || kinds.contains(&SectionKind::OpenSource),
            "{name}: {kinds:?}"
        );
        // Both roles are entries with their dates.
        let dated = doc.entries.iter().filter(|e| e.dates.is_some()).count();
        assert!(
            dated >= 3,
            "{name}: {dated} dated entries\n{}",
            reading.view
        );
    }
}

#[test]
fn every_format_scores_within_two_points() {
    let scores: Vec<(&str, u32)> = SOURCES
        .iter()
        .map(|(n, _, s)| (*n, report(s).score.total))
        .collect();
    let (lo, hi) = (
        scores.iter().map(|s| s.1).min().unwrap(),
        scores.iter().map(|s| s.1).max().unwrap(),
    );
    assert!(hi - lo <= 2, "{scores:?}");
    // The same findings, too: two weak openings, and the bare skills.
    for (name, _, src) in SOURCES {
        let r = report(src);
        let weak = r
            .findings
            .iter()
            .filter(|f| f.rule == RuleId::WeakOpening)
            .count();
        assert_eq!(weak, 2, "{name}");
        assert!(
            r.stats.estimated_pages < 1.0,
            "{name}: {} pages",
            r.stats.estimated_pages
        );
    }
}

/// True when `s` in `src` touches a range the reader hid.
fn touches_markup(markup: &[Span], s: Span) -> bool {
    markup
        .iter()
        .any(|m| m.contains(s.start) || (s.end > 0 && m.contains(s.end - 1)))
}

#[test]
fn no_finding_falls_on_markup() {
    for (name, format, src) in SOURCES {
        let r = report(src);
        if *format != Format::Text {
            assert!(!r.input.markup.is_empty(), "{name}");
        }
        for f in &r.findings {
            let s = f.span.of(src);
            assert!(
                !touches_markup(&r.input.markup, f.span),
                "{name}: {:?} on {s:?}",
                f.rule
            );
            let first = s.chars().next().unwrap();
            let last = s.chars().last().unwrap();
            for c in [first, last] {
                assert!(
                    !matches!(
                        c,
                        '\\' | '{' | '}' | '"' | '*' | '[' | ']' | '<' | '>' | '#'
                    ),
                    "{name}: {:?} on {s:?}",
                    f.rule
                );
            }
        }
        // The finding's line is the source line the words are on.
        for f in &r.findings {
            let line = src.lines().nth(f.line - 1).unwrap();
            let word = f.span.of(src).split_whitespace().next().unwrap();
            assert!(
                line.contains(word),
                "{name}:{} {word:?} not on {line:?}",
                f.line
            );
        }
    }
}

#[test]
fn markup_inside_a_bullet_stays_out_of_its_findings() {
    // A weak opening inside LaTeX formatting: the finding covers the words only.
    let src = "\\section{Experience}\n\\begin{itemize}\n\\item \\textbf{Responsible for} the 30\\% cut\n\\end{itemize}\n";
    let r = report(src);
    let f = r
        .findings
        .iter()
        .find(|f| f.rule == RuleId::WeakOpening)
        .unwrap();
    assert_eq!(f.span.of(src), "Responsible for");
    assert_eq!((f.line, f.column), (3, 15));
    // A one-click fix is escaped for the source it goes into.
    let src =
        "\\section{Experience}\n\\begin{itemize}\n\\item Utilized Go to cut cost\n\\end{itemize}\n";
    for f in report(src)
        .findings
        .iter()
        .filter(|f| f.replacement.is_some())
    {
        assert!(
            !f.replacement.as_ref().unwrap().contains('%')
                || f.replacement.as_ref().unwrap().contains("\\%")
        );
    }
}

#[test]
fn escapes_in_json_map_back_to_the_bytes_that_wrote_them() {
    let src = r#"{"work":[{"name":"Acme","position":"SRE","startDate":"2020-01","highlights":["Responsible for the \"edge\" fleet \u2014 40 nodes","Cut p99 by 30% \ud83d\ude80"]}]}"#;
    let r = report(src);
    assert_eq!(
        r.bullets[0].text,
        "Responsible for the \"edge\" fleet — 40 nodes"
    );
    assert_eq!(
        r.bullets[0].span.of(src),
        r#"Responsible for the \"edge\" fleet \u2014 40 nodes"#
    );
    assert_eq!(r.bullets[1].text, "Cut p99 by 30% 🚀");
    let m = &r.bullets[1].metrics[0];
    assert_eq!(m.span.of(src), m.text);
}

#[test]
fn invalid_json_is_text_with_a_note_not_a_crash() {
    let src = "{\"work\": [{\"highlights\": [\"Built X\",]}]}";
    let r = report(src);
    assert_eq!(r.input.format, Format::Text);
    assert_eq!(r.input.notes.len(), 1);
    assert!(r.input.notes[0].message.contains("not valid JSON"));
}

#[test]
fn an_explicit_input_overrides_detection() {
    let src = include_str!("sources/jake.tex");
    let o = Options {
        input: Input::Is(Format::Text),
        ..Options::fixed_date()
    };
    let r = check(src, &o);
    assert_eq!(r.input.format, Format::Text);
    assert!(!r.input.detected);
    assert!(r.input.markup.is_empty());
}
