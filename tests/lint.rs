//! The CLI as a linter for a resume repository: findings at the source's
//! lines and columns in each format, inline disables, `bulletproof.toml`
//! (discovery, precedence, every error), `--rule`, and `bulletproof rules`.
#![cfg(all(feature = "cli", not(target_arch = "wasm32")))]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A temporary git repository (a `.git` directory is all discovery looks for).
struct Repo(PathBuf);

impl Repo {
    fn new(name: &str) -> Repo {
        let dir = std::env::temp_dir().join(format!("bp-lint-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join(".git")).unwrap();
        Repo(dir)
    }

    fn write(&self, path: &str, text: &str) -> &Repo {
        let p = self.0.join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
        self
    }

    /// Runs `bulletproof` in `dir` (relative to the repository).
    fn run_in(&self, dir: &str, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_bulletproof"))
            .args(args)
            .current_dir(self.0.join(dir))
            .output()
            .unwrap()
    }

    fn run(&self, args: &[&str]) -> Output {
        self.run_in(".", args)
    }
}

impl Drop for Repo {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// `(line, column, rule)` of each finding in a text run's output for `file`.
fn findings(out: &Output, file: &str) -> Vec<(usize, usize, String)> {
    stdout(out)
        .lines()
        .filter_map(|l| l.strip_prefix(&format!("{file}:")))
        .filter_map(|l| {
            let mut parts = l.splitn(3, [':', ' ']);
            let line = parts.next()?.parse().ok()?;
            let col = parts.next()?.parse().ok()?;
            let rule = parts.next()?.split(' ').next()?.to_string();
            Some((line, col, rule))
        })
        .collect()
}

fn has(out: &Output, file: &str, line: usize, rule: &str) -> bool {
    findings(out, file)
        .iter()
        .any(|(l, _, r)| *l == line && r == rule)
}

const LATEX: &str = r"\documentclass{article}
% bulletproof-disable links/no-code -- the code is private
\begin{document}
\section{Experience}
\textbf{Backend Engineer} \hfill Acme \hfill Jan 2020 -- Present
\begin{itemize}
  \item Responsible for the on-call rota of the payments team
  % bulletproof-disable-next-line verb/weak-opening -- a rota is the job
  \item Responsible for the deploy pipeline of the payments team
  \item Responsible for the \textbf{ledger} service % bulletproof-disable-line
  \item Cut p99 latency from 900 ms to 120 ms by sharding the ledger across 12 nodes
\end{itemize}
% bulletproof-disable-next-line style/passive
\end{document}
";

const MARKDOWN: &str = "## Experience

### Backend Engineer, Acme (Jan 2020 – Present)

- **Responsible for** the on-call rota of the payments team
<!-- bulletproof-disable-next-line verb/weak-opening -->
- Responsible for the deploy pipeline of the payments team
<!-- bulletproof-disable metrics/missing -->
- Ran the weekly architecture review for the platform group
<!-- bulletproof-enable metrics/missing -->
- Ran the quarterly capacity review for the platform group
";

const JSON: &str = r#"{
  "basics": { "name": "Ada", "profiles": [{ "network": "GitHub", "url": "https://github.com/ada" }] },
  "work": [{
    "name": "Acme", "position": "Backend Engineer", "startDate": "2020-01",
    "highlights": [
      "Responsible for the on-call rota of the payments team",
      "Cut p99 latency from 900 ms to 120 ms by sharding the ledger"
    ]
  }],
  "meta": { "bulletproof": { "disable": ["metrics/missing", "style/passive"] } }
}
"#;

#[test]
fn latex_findings_sit_on_the_source_and_disables_apply() {
    let repo = Repo::new("latex");
    repo.write("resume.tex", LATEX);
    let out = repo.run(&["check", "resume.tex", "--today", "2026-11"]);
    let f = findings(&out, "resume.tex");
    // Line 7: the finding at the words, past `\item` and the indent.
    assert!(
        f.contains(&(7, 9, "verb/weak-opening".into())),
        "{f:?}\n{}",
        stdout(&out)
    );
    assert!(!has(&out, "resume.tex", 9, "verb/weak-opening"), "{f:?}");
    assert!(
        has(&out, "resume.tex", 9, "metrics/missing"),
        "only the named rule is off: {f:?}"
    );
    // disable-line with no ids: every rule on that line.
    assert!(!f.iter().any(|(l, _, _)| *l == 10), "{f:?}");
    // The block runs to the end: no links/no-code (a finding on the whole
    // document, placed at its start) anywhere.
    assert!(!f.iter().any(|(_, _, r)| r == "links/no-code"), "{f:?}");
    // A next-line with nothing to silence is stale.
    assert!(
        f.contains(&(13, 33, "disable/unused".into())),
        "{f:?}\n{}",
        stdout(&out)
    );
    assert_eq!(
        f.iter()
            .filter(|(_, _, r)| r.starts_with("disable/"))
            .count(),
        1
    );
}

#[test]
fn markdown_findings_sit_on_the_source_and_disables_apply() {
    let repo = Repo::new("markdown");
    repo.write("cv/resume.md", MARKDOWN);
    let out = repo.run(&["check", "cv/resume.md", "--today", "2026-11"]);
    let f = findings(&out, "cv/resume.md");
    // Inside the bold markers, not on them.
    assert!(f.contains(&(5, 5, "verb/weak-opening".into())), "{f:?}");
    assert!(!has(&out, "cv/resume.md", 7, "verb/weak-opening"), "{f:?}");
    assert!(has(&out, "cv/resume.md", 7, "metrics/missing"), "{f:?}");
    assert!(!has(&out, "cv/resume.md", 9, "metrics/missing"), "{f:?}");
    assert!(has(&out, "cv/resume.md", 11, "metrics/missing"), "{f:?}");
    assert!(
        !f.iter().any(|(_, _, r)| r.starts_with("disable/")),
        "{f:?}"
    );
}

#[test]
fn json_resume_meta_disables_the_whole_file() {
    let repo = Repo::new("json");
    repo.write("resume.json", JSON);
    let out = repo.run(&["check", "resume.json", "--today", "2026-11"]);
    let f = findings(&out, "resume.json");
    assert!(f.contains(&(6, 8, "verb/weak-opening".into())), "{f:?}");
    assert!(!f.iter().any(|(_, _, r)| r == "metrics/missing"), "{f:?}");
    // style/passive silenced nothing: reported on its entry in meta.
    assert!(f.contains(&(10, 62, "disable/unused".into())), "{f:?}");
}

#[test]
fn the_nearest_config_applies_and_flags_win() {
    let repo = Repo::new("config");
    repo.write("resume.md", MARKDOWN)
        .write("jobs/sre.txt", "SRE: Kubernetes, Terraform, Prometheus and incident response.\n")
        .write(
            "bulletproof.toml",
            "role = \"sre\"\njd = \"jobs/sre.txt\"\ntoday = \"2026-11\"\nfail_on = \"warning\"\n\n[rules]\n\"metrics/missing\" = \"off\"\n\"verb/weak-opening\" = \"error\"\n",
        )
        .write("old/resume.md", MARKDOWN)
        .write("old/.bulletproof.toml", "fail_on = \"never\"\n");
    let out = repo.run(&["check", "resume.md", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rules: Vec<&str> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert!(!rules.contains(&"metrics/missing"), "{rules:?}");
    let weak = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "verb/weak-opening")
        .unwrap();
    assert_eq!(weak["severity"], "error");
    assert_eq!(v["tailoring"]["role"], "sre");
    assert!(v["tailoring"]["job"]["missing"].as_array().unwrap().len() > 1);
    // Found from a subdirectory too: the file's directory upwards.
    let out = repo.run_in("jobs", &["check", "../resume.md", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["tailoring"]["role"], "sre");
    // The nearer .bulletproof.toml wins for the file beside it: it never fails.
    assert_eq!(repo.run(&["check", "old/resume.md"]).status.code(), Some(0));
    // Flags win: the rule back on, a fail_on of never, another role.
    let out = repo.run(&[
        "check",
        "resume.md",
        "--format",
        "json",
        "--rule",
        "metrics/missing=warning",
        "--fail-on",
        "never",
        "--role",
        "backend",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["rule"] == "metrics/missing"));
    assert_eq!(v["tailoring"]["role"], "backend");
    // --config replaces discovery.
    repo.write("strict.toml", "min_score = 100\n");
    let out = repo.run(&["check", "old/resume.md", "--config", "strict.toml"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
}

#[test]
fn discovery_stops_at_the_repository_root() {
    let outer = Repo::new("outer");
    outer
        .write("bulletproof.toml", "fail_on = \"info\"\n")
        .write("inner/resume.md", MARKDOWN);
    std::fs::create_dir_all(outer.0.join("inner/.git")).unwrap();
    // inner/ is its own repository: the outer file is not its configuration.
    let out = outer.run(&["check", "inner/resume.md"]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
}

#[test]
fn every_config_error_names_the_problem() {
    let cases: &[(&str, &str)] = &[
        ("rol = \"sre\"\n", "unknown field `rol`"),
        ("role = \"sr\"\n", "line 1: role = \"sr\": expected one of backend"),
        ("band = \"9-9\"\n", "band = \"9-9\""),
        ("today = \"2026-13\"\n", "today = \"2026-13\": month must be 1-12"),
        ("fail_on = \"sometimes\"\n", "fail_on = \"sometimes\""),
        ("min_score = 101\n", "min_score = 101: expected 0 to 100"),
        ("min_score = \"high\"\n", "invalid type"),
        ("jd = \"nowhere.txt\"\n", "jd = \"nowhere.txt\": no such file"),
        (
            "\n[rules]\n\"verb/weak-openin\" = \"off\"\n",
            "line 3: [rules] \"verb/weak-openin\" is not a rule id; did you mean verb/weak-opening?",
        ),
        (
            "[rules]\n\"verb/weak-opening\" = \"of\"\n",
            "expected one of off, info, warning, error",
        ),
        ("[rules\n", "TOML parse error"),
    ];
    for (text, want) in cases {
        let repo = Repo::new("errors");
        repo.write("resume.md", MARKDOWN)
            .write("bulletproof.toml", text);
        let out = repo.run(&["check", "resume.md"]);
        assert_eq!(out.status.code(), Some(2), "{text}");
        let err = stderr(&out);
        assert!(
            err.contains("bulletproof.toml") && err.contains(want),
            "{text:?}: {err}"
        );
        assert!(stdout(&out).is_empty(), "nothing printed before the error");
    }
    let repo = Repo::new("two");
    repo.write("resume.md", MARKDOWN)
        .write("bulletproof.toml", "")
        .write(".bulletproof.toml", "");
    let out = repo.run(&["check", "resume.md"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("keep one"), "{}", stderr(&out));
    let out = repo.run(&["check", "resume.md", "--config", "missing.toml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("missing.toml: no such configuration file"));
    for bad in [
        "verb/weak-openin=off",
        "verb/weak-opening=loud",
        "verb/weak-opening",
    ] {
        let out = repo.run(&[
            "check",
            "resume.md",
            "--config",
            "bulletproof.toml",
            "--rule",
            bad,
        ]);
        assert_eq!(out.status.code(), Some(2), "{bad}");
    }
}

#[test]
fn rules_lists_every_rule_id() {
    let repo = Repo::new("rules");
    let out = repo.run(&["rules"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    for id in ["verb/weak-opening", "disable/unused", "ats/text-box"] {
        assert!(text.lines().any(|l| l.starts_with(id)), "{id}: {text}");
    }
}

#[test]
fn a_source_checked_from_standard_input_uses_the_working_directory_config() {
    let repo = Repo::new("stdin");
    repo.write("bulletproof.toml", "fail_on = \"warning\"\n");
    let mut child = Command::new(env!("CARGO_BIN_EXE_bulletproof"))
        .args(["check", "-", "--input", "markdown"])
        .current_dir(&repo.0)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(MARKDOWN.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(Path::new(&repo.0).exists());
}
