//! Property tests over the engine: it never panics, every span lies inside the
//! text on character boundaries, and UTF-16 offsets map back to the same text.
#![cfg(not(target_arch = "wasm32"))]

use bulletproof::engine::{check, OffsetTable, Options};
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
    let report = check(text, &Options::fixed_date());
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

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn resume_like_text_never_panics_and_spans_hold(text in resume_like()) {
        assert_spans_ok(&text);
    }

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        assert_spans_ok(&text);
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
