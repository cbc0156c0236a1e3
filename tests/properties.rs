//! Property tests over the engine: it never panics, every span lies inside the
//! text on character boundaries, and UTF-16 offsets map back to the same text.
#![cfg(not(target_arch = "wasm32"))]

use bulletproof::engine::read::{self, Format, Input};
use bulletproof::engine::{check, OffsetTable, Options, Session, Span};
use proptest::prelude::*;

/// Resume-like text: lines mixing headings, markers, numbers, units, emoji,
/// CJK, combining marks, RTL, NUL, CRLF and tabs.
fn resume_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("EXPERIENCE".to_string()),
        Just("Skills: Go, K8s, Postgres".to_string()),
        Just("Senior Engineer, Acme   Jan 2019 – Present".to_string()),
        Just("- ".to_string()),
        Just("• ".to_string()),
        Just("\u{f0b7}\t".to_string()),
        Just("1. ".to_string()),
        Just("Responsible for ".to_string()),
        Just("Cut p99 from 480 ms to 120 ms ".to_string()),
        Just("by 120% ".to_string()),
        Just("$2M ".to_string()),
        Just("99.99% uptime ".to_string()),
        Just("I/O ".to_string()),
        Just("🚀 ".to_string()),
        Just("中文简历 ".to_string()),
        Just("e\u{301}\u{302} ".to_string()),
        Just("مرحبا \u{202e}".to_string()),
        Just("\u{0}".to_string()),
        Just("\r\n".to_string()),
        Just("\n".to_string()),
        Just("\r".to_string()),
        Just("\t".to_string()),
        "[a-zA-Z0-9 .,%$/()-]{0,12}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

fn assert_spans_ok(text: &str) {
    assert_spans_ok_as(text, Input::Auto);
}

fn assert_spans_ok_as(text: &str, input: Input) {
    let options = Options {
        input,
        ..Options::fixed_date()
    };
    let report = check(text, &options);
    let table = OffsetTable::new(text);
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let mut spans = Vec::new();
    for f in &report.findings {
        spans.push(f.span);
        assert_eq!((f.line, f.column), table.line_col(f.span.start), "{f:?}");
    }
    for b in &report.bullets {
        spans.push(b.span);
        spans.extend(b.metrics.iter().map(|m| m.span));
    }
    spans.extend(report.input.markup.iter().copied());
    // No finding starts or ends inside markup the reader hid, but those on
    // a disable comment, which lie wholly inside it.
    for f in &report.findings {
        let inside = |o: usize| {
            report
                .input
                .markup
                .iter()
                .any(|m: &Span| m.start < o && o < m.end)
        };
        if f.rule.id().starts_with("disable/") {
            assert!(
                report
                    .input
                    .markup
                    .iter()
                    .any(|m| m.start <= f.span.start && f.span.end <= m.end),
                "{f:?} off its comment"
            );
            continue;
        }
        assert!(
            !inside(f.span.start) && !inside(f.span.end),
            "{f:?} in markup"
        );
    }
    for s in spans {
        assert!(
            s.start <= s.end && s.end <= text.len(),
            "{s:?} outside {}",
            text.len()
        );
        assert!(
            text.is_char_boundary(s.start) && text.is_char_boundary(s.end),
            "{s:?}"
        );
        let u = table.utf16_span(s);
        let back = String::from_utf16(&utf16[u.start..u.end]).unwrap();
        assert_eq!(back, &text[s.start..s.end]);
    }
    assert!(report.score.total <= 100);
}

/// Source-like text: the markup of every format the readers know, mixed
/// with resume words, emoji, CJK, combining marks and CRLF.
fn source_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("\\documentclass{article}\n".to_string()),
        Just("\\begin{document}\n".to_string()),
        Just("\\section{Experience}\n".to_string()),
        Just("\\begin{itemize}\n".to_string()),
        Just("\\item ".to_string()),
        Just("\\resumeItem{".to_string()),
        Just("\\resumeSubheading{Acme}{2019 -- 2021}{SRE}{Berlin}\n".to_string()),
        Just("\\cventry{".to_string()),
        Just("\\textbf{".to_string()),
        Just("\\href{https://x.io}{".to_string()),
        Just("}".to_string()),
        Just("{".to_string()),
        Just("% comment\n".to_string()),
        Just("30\\% ".to_string()),
        Just("\\'e".to_string()),
        Just("$|$".to_string()),
        Just("---\n".to_string()),
        Just("+++\n".to_string()),
        Just("## Experience\n".to_string()),
        Just("### Staff SRE, **Acme**\n".to_string()),
        Just("**".to_string()),
        Just("[link](https://x.io)".to_string()),
        Just("![img](a.png)".to_string()),
        Just("<i class=\"fa\"></i>".to_string()),
        Just("<!-- ".to_string()),
        Just(" -->".to_string()),
        Just("{{< x >}}".to_string()),
        // Inline disables, whole and broken, in each format's comments.
        Just("% bulletproof-disable-next-line verb/weak-opening\n".to_string()),
        Just("% bulletproof-disable-line ".to_string()),
        Just("% bulletproof-disable metrics/missing,🚀 -- why\n".to_string()),
        Just("% bulletproof-enable\n".to_string()),
        Just("% bulletproof-disable\u{a0}verb/weak-opening\u{3000}x\u{b}\n".to_string()),
        Just("<!-- bulletproof-disable-next-line -->\n".to_string()),
        Just("<!-- bulletproof-enable style/fil".to_string()),
        Just("bulletproof-disabl e\u{301} ".to_string()),
        Just("\"meta\": {\"bulletproof\": {\"disable\": [\"links/no-code\", \"x".to_string()),
        Just("```\n".to_string()),
        Just("| a | b |\n|---|---|\n".to_string()),
        Just("&amp;".to_string()),
        Just("{\"work\": [{\"highlights\": [\"".to_string()),
        Just("\\u00e9\\\"\\ud83d\\ude80".to_string()),
        Just("\"]}]}".to_string()),
        Just("\", \"".to_string()),
        Just("ﬁ".to_string()),
        Just("pipe-\nlines ".to_string()),
        Just("Page 1 of 2\n".to_string()),
        Just("\u{c}".to_string()),
        Just("- Cut p99 from 480 ms to 120 ms ".to_string()),
        Just("Responsible for ".to_string()),
        Just("🚀 中文 e\u{301} ".to_string()),
        Just("\r\n".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        "[a-zA-Z0-9 .,%$/()-]{0,12}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

/// An edit: where (a fraction of the text), how many characters go, what comes in.
fn edits() -> impl Strategy<Value = Vec<(f64, usize, String)>> {
    let insert = prop_oneof![
        Just(String::new()),
        Just("\n".to_string()),
        Just("\n- ".to_string()),
        Just("7".to_string()),
        Just(" ms".to_string()),
        Just("Led ".to_string()),
        Just("EXPERIENCE\n".to_string()),
        Just("🚀".to_string()),
        Just("\\item ".to_string()),
        Just("**".to_string()),
        "[a-zA-Z0-9 .,%$/()-]{0,4}",
    ];
    prop::collection::vec((0.0..1.0f64, 0..4usize, insert), 1..12)
}

/// `text` with `edit` applied, on character boundaries.
fn apply((at, remove, insert): &(f64, usize, String), text: &mut String) {
    let mut start = (text.len() as f64 * at) as usize;
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    let end = text[start..]
        .char_indices()
        .nth(*remove)
        .map_or(text.len(), |(i, _)| start + i);
    text.replace_range(start..end, insert);
}

fn every_input() -> impl Strategy<Value = Input> {
    prop_oneof![
        Just(Input::Auto),
        Just(Input::Is(Format::Text)),
        Just(Input::Is(Format::Latex)),
        Just(Input::Is(Format::Markdown)),
        Just(Input::Is(Format::JsonResume)),
    ]
}

/// Posting-like text: headings, cues, parentheses, acronyms, idioms, places,
/// boilerplate and markup in any order, with emoji, CJK and combining marks.
fn posting_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Nice to have\n".to_string()),
        Just("Requirements:\n".to_string()),
        Just("About Acme\n".to_string()),
        Just("Benefits: ".to_string()),
        Just("- ".to_string()),
        Just("Experience with ".to_string()),
        Just("such as ".to_string()),
        Just("(e.g. ".to_string()),
        Just("(".to_string()),
        Just(")".to_string()),
        Just(" is a plus. ".to_string()),
        Just("ideally ".to_string()),
        Just("KYC, PCI DSS, SOC 2, AZ-400 ".to_string()),
        Just("Kafka, Kotlin and Temporal ".to_string()),
        Just("Boston, MA · Hybrid ".to_string()),
        Just("We are a startup. ".to_string()),
        Just("lead the charge ".to_string()),
        Just("e.g. ".to_string()),
        Just("🚀 東京 e\u{301} ".to_string()),
        Just(", ".to_string()),
        Just(" and ".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        // Pasted markup: HTML, a feed's entities, JSON-LD's escapes.
        Just("<p><strong>".to_string()),
        Just("</li><li>".to_string()),
        Just("&lt;li&gt;&amp;&nbsp;".to_string()),
        Just("\\u003cp\\u003e\\n\"@type\" ".to_string()),
        Just("<".to_string()),
        // A word a PDF broke at a line end.
        Just("observ-\n  ".to_string()),
        Just("-\r\n".to_string()),
        // A saved email's quoted-printable, a notebook's JSON escapes, raw
        // UTF-8 beside them.
        Just("you=E2=80=99ll =C3=A9=E9=\n".to_string()),
        Just("=\r\n=3D=2".to_string()),
        Just("\\\"Kafka\\\"—Go \\u2014\\n".to_string()),
        // An RTF file's controls, groups and escapes.
        Just("\\par\n{\\pntext\\f1\\'B7\\tab}".to_string()),
        Just("{\\*\\generator Riched}\\b0 \\'a3{".to_string()),
        "[a-zA-Z0-9 .,:;()/-]{0,12}",
        any::<char>().prop_map(String::from),
    ];
    let body = prop::collection::vec(piece, 0..60).prop_map(|v| v.concat());
    // As pasted, saved as an email, kept in a notebook's markdown cell, or
    // saved as RTF.
    (0..4usize, body).prop_map(|(kind, body)| match kind {
        0 => body,
        3 => format!("{{\\rtf1\\ansi{{\\fonttbl{{\\f0 Calibri;}}}}\n\\pard {body}\\par\n}}"),
        1 => format!(
            "From: a@b.example\nTo: c@d.example\nSubject: Job\nMIME-Version: 1.0\n\
             Content-Type: multipart/alternative; boundary=\"b1\"\n\n--b1\n\
             Content-Type: text/plain; charset=\"UTF-8\"\n\
             Content-Transfer-Encoding: quoted-printable\n\n{body}\n--b1--\n"
        ),
        _ => {
            let lines: String = body.lines().map(|l| format!("    \"{l}\\n\",\n")).collect();
            format!(
                "{{\n \"cells\": [\n  {{\n   \"cell_type\": \"markdown\",\n   \"source\": [\n{lines}   ]\n  }}\n ],\n \"nbformat\": 4\n}}\n"
            )
        }
    })
}

/// A case the session property found (a comment's line scanned up to a
/// bound inside a no-break space): read as LaTeX, it must check, not panic.
#[test]
fn a_latex_comment_before_a_no_break_space_checks() {
    let mut text = "\\cventry{\\cventry{\\cventry{```\n```\n\\documentclass{article}\n- Cut p99 from 480 ms to 120 ms <!-- \\u00e9\\\"\\ud83d\\ude80\\cventry{}% bulletproof-enable\n\"]}]}\r\n\\cventry{\\cventry{**\"meta\": {\"bulletproof\": {\"disable\": [\"links/no-code\", \"xResponsible for 30\\% ```\n\\begin{itemize}\n\\resumeSubheading{Acme}{2019 -- 2021}{SRE}{Berlin}\n\\'e\", \"\"]}]}\\textbf{\\cventry{\\resumeItem{% bulletproof-enable\n\\item \\item \r\n**---\n% bulletproof-disable\u{a0}verb/weak-opening\u{3000}x\u{b}\n{\"work\": [{\"highlights\": [\"".to_string();
    let options = Options {
        input: Input::Is(Format::Latex),
        ..Options::fixed_date()
    };
    let mut session = Session::default();
    assert_eq!(session.check(&text, &options), check(&text, &options));
    for edit in [
        (0.931867372443598, 0, " ms".to_string()),
        (0.7354566766465722, 1, String::new()),
    ] {
        apply(&edit, &mut text);
        assert_eq!(session.check(&text, &options), check(&text, &options));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// A job description of any shape is read without a panic, and every
    /// term's mentions lie inside it on character boundaries; a check with
    /// it keeps the resume's spans whole too.
    #[test]
    fn any_job_description_is_read_and_its_spans_hold(jd in posting_like(), resume in resume_like()) {
        let job = bulletproof::engine::tailor::Job::parse(&jd);
        for t in &job.terms {
            for s in &t.spans {
                prop_assert!(s.start <= s.end && s.end <= jd.len(), "{s:?} in {jd:?}");
                prop_assert!(jd.is_char_boundary(s.start) && jd.is_char_boundary(s.end));
            }
        }
        let options = Options { job: Some(std::sync::Arc::new(job)), ..Options::fixed_date() };
        let r = check(&resume, &options);
        for f in &r.findings {
            prop_assert!(f.span.end <= resume.len() && resume.is_char_boundary(f.span.start) && resume.is_char_boundary(f.span.end));
        }
    }

    #[test]
    fn source_like_text_in_every_format_never_panics_and_spans_hold(
        text in source_like(),
        input in every_input(),
    ) {
        assert_spans_ok_as(&text, input);
    }

    #[test]
    fn reader_views_map_every_span_onto_char_boundaries(
        text in source_like(),
        input in every_input(),
    ) {
        let r = read::read(&text, input, None);
        let mut at = 0;
        for (i, c) in r.view.char_indices().chain([(r.view.len(), ' ')]) {
            let _ = c;
            for end in [i, r.view.len()] {
                if at <= end {
                    let s = r.map.span(Span::new(at, end));
                    prop_assert!(s.start <= s.end && s.end <= text.len());
                    prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
                }
            }
            at = i;
        }
    }

    #[test]
    fn resume_like_text_never_panics_and_spans_hold(text in resume_like()) {
        assert_spans_ok(&text);
    }

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        assert_spans_ok(&text);
    }

    /// The report's word count is counted line by line with the page
    /// estimate; it must be the whole text's.
    #[test]
    fn the_word_count_is_the_whole_texts(text in "[a-z1 \\-.\r\n\t\u{200b}é]{0,80}") {
        let report = bulletproof::engine::check_text(&text, false, &Options::default());
        prop_assert_eq!(report.stats.words, bulletproof::engine::text::word_count(&text));
    }

    /// The live check reuses unchanged blocks' facts between edits; every
    /// report must be the one a check from scratch gives.
    #[test]
    fn a_session_reports_what_a_check_from_scratch_does(
        start in prop_oneof![resume_like(), source_like()],
        edits in edits(),
        input in every_input(),
    ) {
        let options = Options { input, ..Options::fixed_date() };
        let mut session = Session::default();
        let mut text = start;
        prop_assert_eq!(session.check(&text, &options), check(&text, &options));
        for edit in &edits {
            apply(edit, &mut text);
            prop_assert_eq!(session.check(&text, &options), check(&text, &options), "after {:?}: {:?}", edit, text);
            let plain = bulletproof::engine::check_text(&text, true, &options);
            prop_assert_eq!(session.check_text(&text, true, &options), plain);
        }
    }

    /// The same with a role and a job description coming and going between
    /// edits: a session keeps each block's tailoring facts (mentions, scope)
    /// and must never hand them to a check they do not fit.
    #[test]
    fn a_session_with_lenses_coming_and_going_reports_what_a_check_does(
        start in resume_like(),
        edits in edits(),
        lenses in proptest::collection::vec(0usize..4, 1..6),
    ) {
        let job = std::sync::Arc::new(bulletproof::engine::tailor::Job::parse(include_str!(
            "tailoring/jd_payments_backend.txt"
        )));
        let options = |n: usize| Options {
            role: (n & 1 == 1).then_some(bulletproof::engine::tailor::Role::Backend),
            job: (n & 2 == 2).then(|| job.clone()),
            ..Options::fixed_date()
        };
        let mut session = Session::default();
        let mut text = start;
        for (k, edit) in edits.iter().enumerate() {
            let o = options(lenses[k % lenses.len()]);
            prop_assert_eq!(session.check(&text, &o), check(&text, &o), "{:?}", text);
            apply(edit, &mut text);
        }
    }

    /// The JavaScript API's `check()` keeps one session for every call: a
    /// page may check unrelated texts, in any format, one after another,
    /// and an earlier one's blocks must never leak into a later report.
    #[test]
    fn a_session_over_unrelated_texts_and_formats_reports_what_a_check_does(
        calls in proptest::collection::vec(
            (prop_oneof![resume_like(), source_like()], every_input()),
            1..6,
        ),
    ) {
        let mut session = Session::default();
        for (text, input) in &calls {
            let options = Options { input: *input, ..Options::fixed_date() };
            prop_assert_eq!(session.check(text, &options), check(text, &options), "{:?}", text);
        }
    }

    #[test]
    fn check_is_deterministic(text in resume_like()) {
        let a = check(&text, &Options::fixed_date());
        let b = check(&text, &Options::fixed_date());
        prop_assert_eq!(a, b);
    }
}

#[test]
fn large_and_odd_inputs() {
    let mut big = String::new();
    while big.len() < 1_000_000 {
        big.push_str("- Cut p99 latency from 480 ms to 120 ms for 🚀 中文 users\r\n");
    }
    assert_spans_ok(&big);
    assert_spans_ok(&"x".repeat(10_000));
    assert_spans_ok("");
    assert_spans_ok("\u{0}\u{0}\u{0}");
    assert_spans_ok(&"•".repeat(5000));
}

#[test]
fn utf16_report_spans_index_javascript_strings() {
    let text =
        "EXPERIENCE\n- 🚀 Cut p99 latency from 480 ms to 120 ms\n- Responsible for 中文 docs\n";
    let report = check(text, &Options::fixed_date());
    let table = OffsetTable::new(text);
    let utf16: Vec<u16> = text.encode_utf16().collect();
    let bytes_report = report.clone();
    let u = report.into_utf16(&table, None);
    assert_eq!(u.span_unit, "utf16");
    for (a, b) in bytes_report.findings.iter().zip(&u.findings) {
        let js = String::from_utf16(&utf16[b.span.start..b.span.end]).unwrap();
        assert_eq!(js, &text[a.span.start..a.span.end]);
    }
}
