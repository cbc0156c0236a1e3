//! The text, JSON and GitHub Actions outputs (SARIF is in `sarif.rs`).

use std::io::{self, Write};

use bulletproof::engine::tailor::Scope;
use bulletproof::engine::Severity;

use crate::Checked;

/// One file: its report as before (schema 1). Several: each file's
/// report under its name.
pub fn write_json(out: &mut impl Write, checked: &[Checked]) -> io::Result<()> {
    #[derive(serde::Serialize)]
    struct File<'a> {
        file: &'a str,
        report: &'a bulletproof::engine::Report,
    }
    #[derive(serde::Serialize)]
    struct Files<'a> {
        schema: u32,
        files: Vec<File<'a>>,
    }
    let value = match checked {
        [one] => serde_json::to_value(&one.report),
        many => serde_json::to_value(Files {
            schema: 1,
            files: many
                .iter()
                .map(|c| File {
                    file: &c.name,
                    report: &c.report,
                })
                .collect(),
        }),
    }
    .map_err(io::Error::other)?;
    write_pretty(out, &value)
}

/// Pretty JSON and a newline. Serialized first, so a closed pipe is seen
/// as one (the caller ignores it) rather than as a serializer error.
pub fn write_pretty(out: &mut impl Write, value: &serde_json::Value) -> io::Result<()> {
    let text = serde_json::to_string_pretty(value).map_err(io::Error::other)?;
    out.write_all(text.as_bytes())?;
    writeln!(out)
}

/// GitHub Actions workflow commands: each finding lands on its lines of
/// the pull request (error, warning, or notice for info).
pub fn write_github(out: &mut impl Write, c: &Checked) -> io::Result<()> {
    let table = bulletproof::engine::OffsetTable::new(&c.text);
    let file = github_property(&c.name);
    for n in &c.report.input.notes {
        writeln!(
            out,
            "::notice file={file},title=bulletproof::{}",
            github_data(&n.message)
        )?;
    }
    for f in &c.report.findings {
        let level = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let (end_line, end_col) = table.line_col(f.span.end);
        let mut message = f.message.clone();
        if let Some(s) = &f.suggestion {
            message.push_str(&format!(" Suggestion: {s}"));
        }
        writeln!(
            out,
            "::{level} file={file},line={},col={},endLine={end_line},endColumn={end_col},title={}::{}",
            f.line,
            f.column,
            github_property(f.rule.id()),
            github_data(&message)
        )?;
    }
    Ok(())
}

/// A workflow command's message: `%`, CR and LF escaped.
pub fn github_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A workflow command's property value: also `:` and `,`.
pub fn github_property(s: &str) -> String {
    github_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// The findings as `FILE:LINE:COL rule message` lines, then the summary.
pub fn write_text(out: &mut impl Write, c: &Checked) -> io::Result<()> {
    let (name, report) = (&c.name, &c.report);
    let jd_name = c.jd_name.as_deref().unwrap_or("<jd>");
    let mut r = Ok(());
    for n in &report.input.notes {
        r = r.and_then(|()| writeln!(out, "{name}: note: {}", n.message));
    }
    for f in &report.findings {
        r = r.and_then(|()| {
            writeln!(
                out,
                "{name}:{}:{} {} {}",
                f.line,
                f.column,
                f.rule.id(),
                f.message
            )
        });
    }
    let t = &report.tailoring;
    if let Some(j) = &t.job {
        for f in &j.findings {
            r = r.and_then(|()| {
                writeln!(
                    out,
                    "{jd_name}:{}:{} {} {}",
                    f.line,
                    f.column,
                    f.rule.id(),
                    f.message
                )
            });
        }
        // A term, then in brackets the posting's other wordings read as it
        // and, for a missing one, the line that may show it.
        let named = |term: &str, also: &[String], line: Option<usize>| {
            let mut notes: Vec<String> = Vec::new();
            if !also.is_empty() {
                notes.push(format!("also “{}”", also.join("”, “")));
            }
            if let Some(line) = line {
                notes.push(format!("see line {line}"));
            }
            if notes.is_empty() {
                term.to_string()
            } else {
                format!("{term} ({})", notes.join("; "))
            }
        };
        let matched: Vec<String> = j
            .matched
            .iter()
            .map(|m| named(&m.term, &m.also, None))
            .collect();
        let missing: Vec<String> = j
            .missing
            .iter()
            .map(|m| named(&m.term, &m.also, m.pointers.first().map(|p| p.line)))
            .collect();
        r = r.and_then(|()| {
            writeln!(
                out,
                "\nJob match {:.0}%: matched {}; missing {}",
                j.match_rate * 100.0,
                if matched.is_empty() {
                    "none".into()
                } else {
                    matched.join(", ")
                },
                if missing.is_empty() {
                    "none".into()
                } else {
                    missing.join(", ")
                },
            )
        });
    }
    if let Some(role) = t.role {
        let themes: Vec<String> = t
            .themes
            .iter()
            .map(|th| match th.bullets.len() {
                0 => format!("{} missing", th.label),
                n => format!("{} ({n} bullets)", th.label),
            })
            .collect();
        r = r.and_then(|()| writeln!(out, "Role {}: {}", role.name(), themes.join(", ")));
    }
    if let Some(band) = t.band {
        let count = |s: Scope| t.scope.iter().filter(|b| b.scope == s).count();
        r = r.and_then(|()| {
            writeln!(
                out,
                "Band {}{}: {} task, {} feature, {} cross-team, {} organization bullets",
                band.name(),
                if t.band_estimated {
                    " (estimated from dates)"
                } else {
                    ""
                },
                count(Scope::Task),
                count(Scope::Feature),
                count(Scope::CrossTeam),
                count(Scope::Organization),
            )
        });
    }
    let cats: Vec<String> = report
        .score
        .categories
        .iter()
        .map(|(k, v)| format!("{} {v}", k.replace('_', " ")))
        .collect();
    r.and_then(|()| {
        writeln!(
        out,
        "\nScore {}/100 ({}) · {} · {}/{} work bullets quantified · about {} pages · read as {}",
        report.score.total,
        cats.join(", "),
        counts(&report.findings),
        report.stats.quantified_bullets.min(report.stats.work_bullets),
        report.stats.work_bullets,
        report.stats.estimated_pages,
        report.input.format.label()
    )
    })
}

/// "no findings", or "2 findings (1 error, 1 warning)".
fn counts(findings: &[bulletproof::engine::Finding]) -> String {
    let n = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    let parts: Vec<String> = [
        (n(Severity::Error), "error", "errors"),
        (n(Severity::Warning), "warning", "warnings"),
        (n(Severity::Info), "info", "info"),
    ]
    .into_iter()
    .filter(|(k, _, _)| *k > 0)
    .map(|(k, one, many)| format!("{k} {}", if k == 1 { one } else { many }))
    .collect();
    match findings.len() {
        0 => "no findings".into(),
        1 => format!("1 finding ({})", parts.join(", ")),
        k => format!("{k} findings ({})", parts.join(", ")),
    }
}
