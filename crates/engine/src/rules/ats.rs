//! What an applicant tracking system (ATS) may skip or misread, on the lines
//! it concerns: lines an opened PDF or Word file held in a table or a text
//! box. The file's reader names the lines (`Options::ats`); they are found in
//! the text by their words, so the findings follow the text as it is edited
//! and go away when the line is rewritten. Notes (info): they cost no points.

use super::{Context, RuleId, Sink};
use crate::document::lines::split_lines;

/// Lines of an opened file that sat somewhere an ATS may not read.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    pub rule: RuleId,
    /// The lines' text, as the reader wrote them into the editor.
    pub lines: Vec<String>,
}

/// The message and suggestion for a placement.
fn words(rule: RuleId) -> (&'static str, &'static str) {
    match rule {
        RuleId::AtsTextBox => (
            "This line was in a text box in the file: many applicant tracking systems skip text boxes.",
            "Move it into the body of the document.",
        ),
        _ => (
            "This line was in a table in the file: some applicant tracking systems skip tables or run their cells together.",
            "Write it as a plain line or bullet.",
        ),
    }
}

pub fn check(cx: &Context, sink: &mut Sink) {
    if cx.ats.is_empty() {
        return;
    }
    let lines = split_lines(cx.text);
    for placed in cx.ats {
        let (message, suggestion) = words(placed.rule);
        for line in &lines {
            let text = line.of(cx.text);
            let trimmed = text.trim();
            if trimmed.is_empty() || !placed.lines.iter().any(|l| l.trim() == trimmed) {
                continue;
            }
            let start = line.start + (text.len() - text.trim_start().len());
            let span = crate::span::Span::new(start, start + trimmed.len());
            sink.emit(placed.rule, span, message, Some(suggestion.to_string()));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::RuleId;
    use crate::{check, Options};

    fn placed(text: &str, rule: RuleId, lines: &[&str]) -> Vec<String> {
        let options = Options {
            ats: vec![super::Placed {
                rule,
                lines: lines.iter().map(|l| l.to_string()).collect(),
            }],
            ..Options::fixed_date()
        };
        check(text, &options)
            .findings
            .iter()
            .filter(|f| f.rule == rule)
            .map(|f| f.span.of(text).to_string())
            .collect()
    }

    const RESUME: &str = "EXPERIENCE\nEngineer, Acme   2020 – 2024\n- Cut p99 latency from 800 ms to 200 ms\n\nSKILLS\nLanguages\tGo, Rust\n  Storage\tPostgreSQL  \n";

    #[test]
    fn the_lines_a_file_held_in_a_table_are_noted_where_they_are() {
        let got = placed(
            RESUME,
            RuleId::AtsTable,
            &["Languages\tGo, Rust", "Storage\tPostgreSQL"],
        );
        assert_eq!(got, ["Languages\tGo, Rust", "Storage\tPostgreSQL"]);
    }

    #[test]
    fn a_rewritten_line_or_no_file_gives_no_finding() {
        assert!(placed(
            RESUME,
            RuleId::AtsTextBox,
            &["Certified Kubernetes Administrator"]
        )
        .is_empty());
        assert!(placed(RESUME, RuleId::AtsTable, &[]).is_empty());
        let plain = check(RESUME, &Options::fixed_date());
        assert!(plain
            .findings
            .iter()
            .all(|f| !f.rule.id().starts_with("ats/")));
    }

    #[test]
    fn ats_notes_cost_no_points() {
        let with = check(
            RESUME,
            &Options {
                ats: vec![super::Placed {
                    rule: RuleId::AtsTable,
                    lines: vec!["Languages\tGo, Rust".into()],
                }],
                ..Options::fixed_date()
            },
        );
        assert_eq!(with.score, check(RESUME, &Options::fixed_date()).score);
    }
}
