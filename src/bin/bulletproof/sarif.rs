//! SARIF 2.1.0 (OASIS Static Analysis Results Interchange Format), the
//! format code-scanning services read: one run, every rule with its
//! description and default level, each finding a result with its region in
//! the source (lines and columns in characters, as `columnKind` says), a
//! fix where the finding has a one-click replacement, and each file's score
//! in the run's property bag. `tests/sarif.test.mjs` validates the
//! output against the published schema.

use std::io::{self, Write};

use bulletproof::engine::{Finding, OffsetTable, RuleId, Severity};
use serde_json::{json, Value};

use crate::Checked;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

fn level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A file name as a URI reference: relative paths stay relative (to the
/// repository, where code scanning resolves them), absolute ones become
/// `file://` URIs; anything outside the unreserved set is percent-encoded.
pub fn uri(name: &str) -> String {
    if name == "<stdin>" {
        return "stdin".into();
    }
    let path = name.replace('\\', "/");
    let path = path.strip_prefix("./").unwrap_or(&path);
    let mut out = String::new();
    if path.starts_with('/') {
        out.push_str("file://");
    }
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn region(table: &OffsetTable, f: &Finding) -> Value {
    let (end_line, end_column) = table.line_col(f.span.end);
    json!({
        "startLine": f.line,
        "startColumn": f.column,
        "endLine": end_line,
        "endColumn": end_column,
    })
}

fn result(uri: &str, table: &OffsetTable, f: &Finding) -> Value {
    let mut text = f.message.clone();
    if let Some(s) = f.suggestion.as_deref().filter(|s| *s != f.message) {
        text.push(' ');
        text.push_str(s);
    }
    let location = json!({
        "physicalLocation": {
            "artifactLocation": { "uri": uri },
            "region": region(table, f),
        }
    });
    let mut r = json!({
        "ruleId": f.rule.id(),
        "ruleIndex": RuleId::ALL.iter().position(|&r| r == f.rule),
        "level": level(f.severity),
        "message": { "text": text },
        "locations": [location],
    });
    if let Some(replacement) = &f.replacement {
        r["fixes"] = json!([{
            "description": { "text": format!("Replace with “{replacement}”.") },
            "artifactChanges": [{
                "artifactLocation": { "uri": uri },
                "replacements": [{
                    "deletedRegion": region(table, f),
                    "insertedContent": { "text": replacement },
                }],
            }],
        }]);
    }
    r
}

/// The whole SARIF log for the checked files.
pub fn log(checked: &[Checked]) -> Value {
    let rules: Vec<Value> = RuleId::ALL
        .iter()
        .map(|r| {
            json!({
                "id": r.id(),
                "shortDescription": { "text": r.about() },
                "defaultConfiguration": { "level": level(r.severity()) },
                "properties": { "category": r.category().name() },
            })
        })
        .collect();
    let mut results = Vec::new();
    let mut notes = Vec::new();
    let mut scores = Vec::new();
    for c in checked {
        let uri = uri(&c.name);
        let table = OffsetTable::new(&c.text);
        results.extend(c.report.findings.iter().map(|f| result(&uri, &table, f)));
        // Findings on the job description itself (terms the resume never shows).
        if let (Some(job), Some(parsed), Some(jd)) = (&c.report.tailoring.job, &c.job, &c.jd_name) {
            let jd_uri = self::uri(jd);
            results.extend(
                job.findings
                    .iter()
                    .map(|f| result(&jd_uri, &parsed.table, f)),
            );
        }
        for n in &c.report.input.notes {
            let mut location =
                json!({ "physicalLocation": { "artifactLocation": { "uri": uri } } });
            if let Some(span) = n.span {
                let (line, column) = table.line_col(span.start);
                location["physicalLocation"]["region"] =
                    json!({ "startLine": line, "startColumn": column });
            }
            notes.push(json!({
                "level": "note",
                "message": { "text": n.message },
                "locations": [location],
            }));
        }
        scores.push(json!({ "file": c.name, "score": c.report.score.total }));
    }
    json!({
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": "bulletproof",
                    "version": env!("CARGO_PKG_VERSION"),
                    "rules": rules,
                }
            },
            "invocations": [{
                "executionSuccessful": true,
                "toolExecutionNotifications": notes,
            }],
            "columnKind": "unicodeCodePoints",
            "results": results,
            "properties": { "scores": scores },
        }]
    })
}

pub fn write(out: &mut impl Write, checked: &[Checked]) -> io::Result<()> {
    crate::output::write_pretty(out, &log(checked))
}

#[cfg(test)]
mod tests {
    use super::uri;

    #[test]
    fn file_names_become_uri_references() {
        assert_eq!(uri("resume.tex"), "resume.tex");
        assert_eq!(uri("./cv/My Resume.md"), "cv/My%20Resume.md");
        assert_eq!(
            uri("/home/ada/cv/résumé.tex"),
            "file:///home/ada/cv/r%C3%A9sum%C3%A9.tex"
        );
        assert_eq!(uri("<stdin>"), "stdin");
    }
}
