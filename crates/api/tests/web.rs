//! check()'s report tape in a browser (wasm-bindgen-test in headless
//! Chromium, run by scripts/test.sh).
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// check()'s report as the tape's reader (`js/report.js`) builds
/// it, in one call, is the report serde-wasm-bindgen builds field by field:
/// the same JSON, non-ASCII text and a job description included.
#[wasm_bindgen_test]
fn the_report_read_from_its_tape_is_the_one_serde_builds() {
    use bulletproof_api::engine::tailor::Job;
    use bulletproof_api::engine::{check, OffsetTable, Options, YearMonth};
    use serde::Serialize;
    let job = std::sync::Arc::new(Job::parse(
        "Requirements\n- 5+ years of Go and Kafka (p99 latency)\n- Kubernetes, Terraform\nNice to have: Rust",
    ));
    let texts = [
        include_str!("../../../src/sample_resume.txt"),
        "EXPERIENCE\r\n• Responsible for the 日本 rollout 🚀 of Kafka\r\n• I helped improve p99 latency a lot\r\n",
        "\\section{Experience}\n\\begin{itemize}\n\\item Helped with caf\u{e9} \\textbf{Kubernetes}\n\\end{itemize}\n",
        "",
    ];
    for text in texts {
        for job in [None, Some(job.clone())] {
            let options = Options {
                today: Some(YearMonth::new(2026, 11)),
                job,
                ..Options::default()
            };
            let report = check(text, &options).into_utf16(
                &OffsetTable::new(text),
                options.job.as_deref().map(|j| &j.table),
            );
            let by_tape = bulletproof_api::tape::Tape::of(&report).to_js();
            let by_serde = report
                .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
                .unwrap();
            assert_eq!(
                js_sys::JSON::stringify(&by_tape).unwrap().as_string(),
                js_sys::JSON::stringify(&by_serde).unwrap().as_string(),
                "{text}"
            );
        }
    }
}

/// check() reads a job description once for a run of checks against it:
/// the report after another posting and back is the first one again, and
/// each posting's own terms are the ones reported missing.
#[wasm_bindgen_test]
fn a_job_description_read_once_gives_the_report_read_afresh() {
    use bulletproof_api::api::check_js;
    use wasm_bindgen::JsValue;
    let options = |jd: &str| {
        let o = js_sys::Object::new();
        js_sys::Reflect::set(&o, &"jobDescription".into(), &jd.into()).unwrap();
        js_sys::Reflect::set(&o, &"today".into(), &"2026-11".into()).unwrap();
        JsValue::from(o)
    };
    let json = |v: &JsValue| js_sys::JSON::stringify(v).unwrap().as_string().unwrap();
    let text = "EXPERIENCE\n• Built a Go service on Kafka for 3M users\n";
    let kafka = "Requirements\n- Kafka and Terraform\n";
    let cassandra = "Requirements\n- Cassandra and Ansible\n";
    let first = json(&check_js(text, options(kafka)).unwrap());
    let other = json(&check_js(text, options(cassandra)).unwrap());
    let again = json(&check_js(text, options(kafka)).unwrap());
    assert_eq!(first, again);
    assert!(
        first.contains("Terraform") && !first.contains("Cassandra"),
        "{first}"
    );
    assert!(
        other.contains("Cassandra") && !other.contains("Terraform"),
        "{other}"
    );
}
