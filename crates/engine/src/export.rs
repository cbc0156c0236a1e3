//! The report as a Markdown file a person keeps beside their resume:
//! the score, what to fix first, and every finding by line with its message
//! and suggestion. The resume's own words are quoted, escaped so they read
//! as text in any Markdown viewer (never as markup or HTML).

use std::fmt::Write;

use super::report::Report;
use super::rules::Severity;

/// `file` names the resume in the title; `date` is when it was checked.
pub fn markdown(report: &Report, src: &str, file: &str, date: &str) -> String {
    let mut out = String::new();
    let c = &report.score.categories;
    let _ = writeln!(out, "# Resume check: {}\n", escape(file));
    let _ = writeln!(
        out,
        "Score **{}/100**, checked {date} by Bulletproof (in the browser; nothing was uploaded).\n",
        report.score.total
    );
    let _ = writeln!(
        out,
        "| Impact | Bullet quality | Brevity | Evidence | Fit |"
    );
    let _ = writeln!(out, "| --- | --- | --- | --- | --- |");
    let fit = c.fit.map_or("–".to_string(), |f| f.to_string());
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} | {fit} |\n",
        c.impact, c.bullet_quality, c.brevity, c.evidence
    );
    if !report.priorities.is_empty() {
        let _ = writeln!(out, "## Fix these first\n");
        for (i, p) in report.priorities.iter().enumerate() {
            let _ = writeln!(
                out,
                "{}. Line {}: “{}” (+{} points)",
                i + 1,
                p.line,
                escape(&clip(&p.text, 90)),
                p.gain
            );
            for a in &p.actions {
                let _ = writeln!(out, "   - {}", escape(a));
            }
        }
        out.push('\n');
    }
    let _ = writeln!(out, "## Findings ({})\n", report.findings.len());
    if report.findings.is_empty() {
        out.push_str("Nothing to fix.\n");
    }
    let mut line = 0;
    for f in &report.findings {
        if f.line != line {
            line = f.line;
            let _ = writeln!(out, "\n### Line {line}\n");
        }
        let quoted = src.get(f.span.start..f.span.end).unwrap_or("").trim();
        let _ = write!(
            out,
            "- **{}** `{}`",
            severity_label(f.severity),
            f.rule.id()
        );
        if !quoted.is_empty() {
            let _ = write!(out, " at “{}”", escape(&clip(quoted, 60)));
        }
        let _ = writeln!(out, ": {}", escape(&f.message));
        if let Some(s) = &f.suggestion {
            let _ = writeln!(out, "  - Suggestion: {}", escape(s));
        }
    }
    out
}

fn severity_label(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "info",
    }
}

fn clip(s: &str, n: usize) -> String {
    let one_line = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= n {
        return one_line;
    }
    let mut out: String = one_line.chars().take(n).collect();
    out.push('…');
    out
}

/// Markdown's special characters escaped, `<` and `&` as entities: the text
/// shows as written and never becomes a link, emphasis or HTML.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '!' | '(' | ')' | '{' | '}' => {
                out.push('\\');
                out.push(c);
            }
            '\n' | '\r' | '\t' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{check_text, Options};

    #[test]
    fn the_report_lists_score_priorities_and_findings_by_line() {
        let src = "EXPERIENCE\nBackend Engineer, Acme 2019 – 2021\n- Responsible for the billing service\n- Cut p99 latency from 800 ms to 200 ms by caching sessions in Redis\n";
        let report = check_text(src, true, &Options::default());
        let md = markdown(&report, src, "resume.txt", "2026-11-30");
        assert!(
            md.starts_with("# Resume check: resume.txt\n\nScore **"),
            "{md}"
        );
        assert!(md.contains("| Impact | Bullet quality"));
        assert!(md.contains("### Line 3"), "{md}");
        assert!(
            md.contains("`verb/weak-opening` at “Responsible for”: "),
            "{md}"
        );
        assert!(md.contains("  - Suggestion: "), "{md}");
        assert!(md.contains("## Fix these first\n\n1. Line 3:"), "{md}");
    }

    #[test]
    fn resume_text_is_quoted_never_markup() {
        assert_eq!(
            escape("<img src=x onerror=alert(1)> *bold* [a](http://x) `c` #1 | &"),
            "&lt;img src=x onerror=alert\\(1\\)&gt; \\*bold\\* \\[a\\]\\(http://x\\) \\`c\\` \\#1 \\| &amp;"
        );
        let src = "EXPERIENCE\n- Responsible for <script>alert(1)</script> **everything**\n";
        let md = markdown(
            &check_text(src, true, &Options::default()),
            src,
            "a_b.md",
            "2026-11-30",
        );
        assert!(!md.contains("<script>"), "{md}");
        assert!(md.contains("# Resume check: a\\_b.md"));
    }
}
