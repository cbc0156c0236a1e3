//! The command-line interface, run as a person would run it.
#![cfg(all(feature = "cli", not(target_arch = "wasm32")))]

use std::io::Write;
use std::process::{Command, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_bulletproof"))
}

const RESUME: &str = "EXPERIENCE\nEngineer, Acme   Jan 2020 – Present\n- Responsible for the billing API\n- Cut p99 latency from 480 ms to 120 ms\n";

fn run_stdin(args: &[&str], input: &[u8]) -> std::process::Output {
    let mut child = bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // A run that fails on its arguments may exit before reading its input.
    if let Err(e) = child.stdin.take().unwrap().write_all(input) {
        assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "{e}");
    }
    child.wait_with_output().unwrap()
}

/// The JSON report of a run that must succeed (exit 0, stderr shown if not).
fn json_ok(out: &std::process::Output) -> serde_json::Value {
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn json_report_has_the_documented_shape() {
    let out = run_stdin(
        &["check", "-", "--format", "json", "--today", "2026-11"],
        RESUME.as_bytes(),
    );
    let v = json_ok(&out);
    assert_eq!(v["schema"], 1);
    assert!(v["score"]["total"].as_u64().unwrap() <= 100);
    assert!(v["score"]["categories"]["impact"].is_u64());
    assert!(v["score"]["version"].is_string());
    for key in [
        "words",
        "bullets",
        "quantified_bullets",
        "estimated_pages",
        "metric_kinds",
    ] {
        assert!(!v["stats"][key].is_null(), "stats.{key}");
    }
    let bullets = v["bullets"].as_array().unwrap();
    assert_eq!(bullets.len(), 2);
    assert_eq!(bullets[0]["line"], 3);
    assert_eq!(bullets[0]["section"], "experience");
    assert_eq!(bullets[0]["lead_verb"], serde_json::Value::Null);
    assert_eq!(bullets[1]["lead_verb"], "Cut");
    assert_eq!(bullets[1]["quantified"], true);
    assert_eq!(bullets[1]["metrics"][0]["kind"], "latency");
    assert_eq!(bullets[1]["metrics"][0]["text"], "480 ms");
    let span = &bullets[1]["metrics"][0]["span"];
    let (s, e) = (
        span["start"].as_u64().unwrap() as usize,
        span["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&RESUME[s..e], "480 ms");
    let f = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "verb/weak-opening")
        .unwrap();
    assert_eq!(f["severity"], "warning");
    assert_eq!(f["line"], 3);
    assert_eq!(f["column"], 3);
    assert!(f["message"].is_string());
    assert!(f.get("suggestion").is_some());
}

#[test]
fn text_output_lists_file_line_col_rule_and_score() {
    let dir = std::env::temp_dir().join(format!("bp-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("resume.txt");
    std::fs::write(&path, RESUME).unwrap();
    let out = bin()
        .args(["check", path.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let s = String::from_utf8(out.stdout).unwrap();
    let want = format!("{}:3:3 verb/weak-opening ", path.display());
    assert!(s.contains(&want), "{s}");
    assert!(s.contains("Score "), "{s}");
}

#[test]
fn missing_file_is_exit_2_with_a_message() {
    let out = bin()
        .args(["check", "/nonexistent/resume.txt"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no such file"));
}

#[test]
fn non_utf8_input_is_exit_2() {
    let out = run_stdin(&["check"], &[0x66, 0x6f, 0xff, 0xfe, 0x0a]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not UTF-8"));
}

#[test]
fn bad_arguments_are_exit_2() {
    assert_eq!(
        bin()
            .args(["check", "--format", "xml"])
            .output()
            .unwrap()
            .status
            .code(),
        Some(2)
    );
    assert_eq!(
        bin().args(["frobnicate"]).output().unwrap().status.code(),
        Some(2)
    );
    assert_eq!(bin().output().unwrap().status.code(), Some(2));
}

#[test]
fn jd_role_and_band_flags_fill_the_tailoring_section() {
    let jd = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/tailoring/jd_payments_backend.txt"
    );
    let out = run_stdin(
        &[
            "check", "-", "--format", "json", "--today", "2026-11", "--jd", jd, "--role", "sre",
            "--band", "3-5",
        ],
        RESUME.as_bytes(),
    );
    let v = json_ok(&out);
    let t = &v["tailoring"];
    assert_eq!(t["role"], "sre");
    assert_eq!(t["band"], "3-5");
    assert!(t["job"]["match_rate"].as_f64().unwrap() < 0.2);
    assert!(t["job"]["missing"].as_array().unwrap().len() > 10);
    assert_eq!(t["themes"].as_array().unwrap().len(), 4);
    assert!(v["score"]["categories"]["fit"].is_u64());

    // The text format says the same in words, with findings on the JD's lines.
    let out = run_stdin(
        &["check", "-", "--jd", jd, "--role", "backend"],
        RESUME.as_bytes(),
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("jd_payments_backend.txt:4:"), "{text}");
    assert!(text.contains("Job match "), "{text}");
    assert!(text.contains("Role backend: APIs and contracts"), "{text}");

    // Unknown names are bad arguments, exit 2, naming the choices.
    let out = run_stdin(&["check", "-", "--role", "wizard"], RESUME.as_bytes());
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("backend, sre, staff"));
    let out = run_stdin(&["check", "-", "--band", "4"], RESUME.as_bytes());
    assert_eq!(out.status.code(), Some(2));
    let out = run_stdin(
        &["check", "-", "--jd", "/nonexistent/jd.txt"],
        RESUME.as_bytes(),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no such file"));
}

#[cfg(feature = "extract")]
#[test]
fn a_docx_is_read_to_its_text_and_a_pdf_is_sent_to_the_app() {
    let files = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/files/");
    let out = bin()
        .args(["check", &format!("{files}resume.docx")])
        .output()
        .unwrap();
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("resume.docx: note: 1 text box"), "{text}");
    // Lines are the text's: line 6 is the duty-phrased bullet.
    assert!(text.contains("resume.docx:6:3 verb/weak-opening"), "{text}");
    // The table's rows and the text box's line are noted on their lines.
    assert!(text.contains("resume.docx:13:1 ats/table"), "{text}");
    assert!(text.contains("resume.docx:16:1 ats/text-box"), "{text}");
    for (name, says) in [
        ("bomb.docx", "zip bomb"),
        ("truncated.docx", "damaged"),
        ("one-column.pdf", "browser app"),
    ] {
        let out = bin()
            .args(["check", &format!("{files}{name}")])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{name}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains(says),
            "{name}"
        );
    }
}

/// A file in a fresh temporary directory.
fn temp_file(name: &str, text: &str) -> String {
    let dir = std::env::temp_dir().join(format!("bp-cli-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.to_string_lossy().into_owned()
}

const WEAK: &str =
    "EXPERIENCE\nEngineer, Acme   Jan 2020 – Present\n- Responsible for the billing API\n";
const STRONG: &str = "EXPERIENCE\nEngineer, Acme   Jan 2020 – Present\n- Cut p99 latency of the billing API from 800 ms to 200 ms by caching sessions in Redis\n";

#[test]
fn several_files_are_grouped_in_text_and_listed_in_json() {
    let (a, b) = (temp_file("a.txt", WEAK), temp_file("b.md", STRONG));
    let out = bin()
        .args(["check", &a, &b, "--today", "2026-11", "--fail-on", "never"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8(out.stdout).unwrap();
    let a_at = text
        .find(&format!("{a}:3:3 verb/weak-opening"))
        .expect("a's finding");
    let b_score = text.rfind("Score").unwrap();
    assert!(
        a_at < text.find("Score").unwrap() && b_score > a_at,
        "{text}"
    );
    assert_eq!(text.matches("Score ").count(), 2, "{text}");
    let out = bin()
        .args(["check", &a, &b, "--format", "json", "--fail-on", "never"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["schema"], 1);
    assert_eq!(v["files"][0]["file"], a.as_str());
    assert_eq!(v["files"][1]["file"], b.as_str());
    assert_eq!(v["files"][1]["report"]["input"]["format"], "markdown");
    // One file keeps the single report.
    let one = bin()
        .args(["check", &a, "--format", "json"])
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&one.stdout).unwrap();
    assert_eq!(v["schema"], 1);
    assert!(v["findings"].is_array() && v.get("files").is_none());
}

#[test]
fn exit_codes_follow_the_bar() {
    let (weak, strong) = (temp_file("weak.txt", WEAK), temp_file("strong.txt", STRONG));
    let code = |args: &[&str]| bin().args(args).output().unwrap().status.code();
    // The default bar is error: a weak opening is a warning.
    assert_eq!(code(&["check", &weak]), Some(0));
    assert_eq!(code(&["check", &weak, "--fail-on", "warning"]), Some(1));
    assert_eq!(code(&["check", &strong, "--fail-on", "warning"]), Some(0));
    assert_eq!(
        code(&["check", &strong, &weak, "--fail-on", "warning"]),
        Some(1),
        "any file fails the run"
    );
    // A skill never shown in use is a note (info): only the info bar fails on it.
    let noted = temp_file("noted.txt", &format!("{STRONG}\nSKILLS\nHaskell\n"));
    assert_eq!(code(&["check", &noted, "--fail-on", "warning"]), Some(0));
    assert_eq!(code(&["check", &noted, "--fail-on", "info"]), Some(1));
    assert_eq!(code(&["check", &weak, "--fail-on", "never"]), Some(0));
    let error = temp_file(
        "error.txt",
        "EXPERIENCE\nEngineer, Acme   2020 – 2024\n- Raised uptime to 140% for 3 services\n",
    );
    assert_eq!(
        code(&["check", &error]),
        Some(1),
        "metrics/implausible is an error"
    );
    assert_eq!(
        code(&["check", &weak, "--min-score", "100", "--fail-on", "never"]),
        Some(1)
    );
    assert_eq!(
        code(&["check", &strong, "--min-score", "100"]),
        Some(0),
        "a score at the bar passes"
    );
    assert_eq!(code(&["check", &strong, "--min-score", "0"]), Some(0));
    assert_eq!(code(&["check", &strong, "--min-score", "101"]), Some(2));
    assert_eq!(code(&["check", &strong, "--fail-on", "sometimes"]), Some(2));
    assert_eq!(
        code(&["check", &strong, "/no/such/file.txt"]),
        Some(2),
        "a missing file stops the run"
    );
    assert_eq!(code(&["check", "-", "--jd", "-"]), Some(2));
}

#[test]
fn github_format_puts_each_finding_on_its_lines() {
    let weak = temp_file("r,es:ume.txt", &format!("{WEAK}\nSKILLS\nHaskell\n"));
    let out = bin()
        .args(["check", &weak, "--format", "github", "--today", "2026-11"])
        .output()
        .unwrap();
    let text = String::from_utf8(out.stdout).unwrap();
    let file = weak.replace(':', "%3A").replace(',', "%2C");
    let want = format!(
        "::warning file={file},line=3,col=3,endLine=3,endColumn=18,title=verb/weak-opening::"
    );
    assert!(text.lines().any(|l| l.starts_with(&want)), "{want}\n{text}");
    assert!(
        text.lines()
            .any(|l| l.starts_with("::notice ") && l.contains("title=context/bare-skill::")),
        "{text}"
    );
    assert!(
        text.lines().all(|l| l.starts_with("::")),
        "only workflow commands: {text}"
    );
}
