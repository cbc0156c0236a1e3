//! What the screen shows, computed from a report without touching the DOM:
//! the highlight layer as a flat list of pieces, and per-bullet markers.
//! Pure Rust, so it is tested natively; `app` turns it into elements.

use crate::engine::{Finding, Report, Severity, Span};

/// One run of the highlight layer, in text order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece {
    /// Plain text.
    Text(Span),
    /// Text under a finding: the index of the finding shown for it (the most
    /// specific, then the most severe, of those covering it). `whole` when
    /// that finding is about the bullet as a whole (its length, its missing
    /// number), drawn more quietly than a mark on the words to change.
    Mark {
        span: Span,
        finding: usize,
        whole: bool,
    },
    /// A zero-width anchor at the start of a work bullet, drawn in the margin.
    Marker { status: Status, bullet: usize },
}

/// How a bullet stands, for its margin marker.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Status {
    /// Quantified and no warning.
    Strong,
    /// Only notes.
    Note,
    /// At least one warning.
    Weak,
    /// At least one error.
    Wrong,
}

impl Status {
    pub fn class(self) -> &'static str {
        match self {
            Status::Strong => "strong",
            Status::Note => "note",
            Status::Weak => "weak",
            Status::Wrong => "wrong",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Status::Strong => "strong bullet",
            Status::Note => "bullet with notes",
            Status::Weak => "bullet with warnings",
            Status::Wrong => "bullet with an error",
        }
    }
}

pub fn severity_name(s: Severity) -> &'static str {
    match s {
        Severity::Info => "info",
        Severity::Warning => "warning",
        Severity::Error => "error",
    }
}

/// Findings about a bullet as a whole (its length, its missing number) span
/// exactly the bullet.
fn is_whole_block(f: &Finding, bullet_spans: &[Span]) -> bool {
    bullet_spans
        .binary_search_by(|b| b.start.cmp(&f.span.start))
        .is_ok_and(|i| bullet_spans[i] == f.span)
}

/// The status of each work bullet from the findings that start inside it.
pub fn bullet_status(report: &Report) -> Vec<Status> {
    report
        .bullets
        .iter()
        .map(|b| {
            let from = report
                .findings
                .partition_point(|f| f.span.start < b.span.start);
            let worst = report.findings[from..]
                .iter()
                .take_while(|f| f.span.start < b.span.end)
                .map(|f| f.severity)
                .max();
            match worst {
                Some(Severity::Error) => Status::Wrong,
                Some(Severity::Warning) => Status::Weak,
                Some(Severity::Info) => Status::Note,
                None if b.quantified => Status::Strong,
                None => Status::Note,
            }
        })
        .collect()
}

/// The highlight layer: the text cut at every finding boundary, each run
/// marked with the finding that wins it, plus a marker at each work bullet.
pub fn pieces(text: &str, report: &Report) -> Vec<Piece> {
    let bullet_spans: Vec<Span> = report.bullets.iter().map(|b| b.span).collect();
    let statuses = bullet_status(report);
    // Events: finding starts/ends and bullet starts, swept in order.
    let marks: Vec<(usize, &Finding, bool)> = report
        .findings
        .iter()
        .enumerate()
        .filter(|(_, f)| !f.span.is_empty())
        .map(|(i, f)| (i, f, is_whole_block(f, &bullet_spans)))
        .collect();
    let mut cuts: Vec<usize> = Vec::with_capacity(marks.len() * 2 + bullet_spans.len() + 2);
    cuts.push(0);
    cuts.push(text.len());
    for (_, f, _) in &marks {
        cuts.push(f.span.start);
        cuts.push(f.span.end);
    }
    // Markers sit at the start of the bullet's line, so the margin is theirs.
    let anchors: Vec<usize> = bullet_spans
        .iter()
        .map(|b| text[..b.start].rfind(['\n', '\r']).map_or(0, |i| i + 1))
        .collect();
    for (b, &at) in report.bullets.iter().zip(&anchors) {
        if b.section.is_work() {
            cuts.push(at);
        }
    }
    cuts.sort_unstable();
    cuts.dedup();

    let mut out = Vec::with_capacity(cuts.len() * 2);
    let mut next_bullet = 0;
    let mut active: Vec<usize> = Vec::new(); // indices into `marks`, by start
    let mut next_mark = 0;
    for w in cuts.windows(2) {
        let (a, b) = (w[0], w[1]);
        while next_bullet < anchors.len() && anchors[next_bullet] <= a {
            if anchors[next_bullet] == a && report.bullets[next_bullet].section.is_work() {
                out.push(Piece::Marker {
                    status: statuses[next_bullet],
                    bullet: next_bullet,
                });
            }
            next_bullet += 1;
        }
        while next_mark < marks.len() && marks[next_mark].1.span.start <= a {
            active.push(next_mark);
            next_mark += 1;
        }
        active.retain(|&m| marks[m].1.span.end > a);
        let span = Span::new(a, b);
        // Words to change win over whole-bullet notes; then severity; then a
        // finding with a one-click fix; then the narrowest.
        let winner = active
            .iter()
            .map(|&m| marks[m])
            .max_by_key(|(_, f, whole)| {
                (
                    !whole,
                    f.severity,
                    f.replacement.is_some(),
                    std::cmp::Reverse(f.span.len()),
                )
            });
        out.push(match winner {
            Some((finding, _, whole)) => Piece::Mark {
                span,
                finding,
                whole,
            },
            None => Piece::Text(span),
        });
    }
    // A work bullet at the very end of the text (empty tail) still gets its marker.
    while next_bullet < bullet_spans.len() {
        if report.bullets[next_bullet].section.is_work() {
            out.push(Piece::Marker {
                status: statuses[next_bullet],
                bullet: next_bullet,
            });
        }
        next_bullet += 1;
    }
    // Merge neighbouring runs of the same kind so the DOM stays small.
    let mut merged: Vec<Piece> = Vec::with_capacity(out.len());
    for p in out {
        match (merged.last_mut(), &p) {
            (Some(Piece::Text(s)), Piece::Text(t)) => s.end = t.end,
            (
                Some(Piece::Mark { span, finding, .. }),
                Piece::Mark {
                    span: t,
                    finding: g,
                    ..
                },
            ) if finding == g => span.end = t.end,
            _ => merged.push(p),
        }
    }
    merged
}

/// Every finding whose span contains `offset` (byte), most severe first.
pub fn findings_at(report: &Report, offset: usize) -> Vec<usize> {
    let mut hits: Vec<usize> = report
        .findings
        .iter()
        .enumerate()
        .filter(|(_, f)| f.span.start <= offset && offset <= f.span.end && !f.span.is_empty())
        .map(|(i, _)| i)
        .collect();
    hits.sort_by_key(|&i| {
        (
            std::cmp::Reverse(report.findings[i].severity),
            report.findings[i].span.len(),
        )
    });
    hits
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{check, Options, RuleId};

    fn text_of(text: &str, pieces: &[Piece]) -> String {
        pieces
            .iter()
            .map(|p| match p {
                Piece::Text(s) | Piece::Mark { span: s, .. } => s.of(text),
                Piece::Marker { .. } => "",
            })
            .collect()
    }

    #[test]
    fn pieces_cover_the_text_exactly() {
        for text in [
            crate::sample::SAMPLE_RESUME,
            "",
            "EXPERIENCE\n- Responsible for 🚀 中文 stuff\r\n- I helped\n",
        ] {
            let r = check(text, &Options::fixed_date());
            assert_eq!(text_of(text, &pieces(text, &r)), text);
        }
    }

    #[test]
    fn marks_sit_on_the_words_and_markers_on_bullets() {
        let text =
            "EXPERIENCE\n- Responsible for the billing API\n- Cut p99 from 480 ms to 120 ms\n";
        let r = check(text, &Options::fixed_date());
        let p = pieces(text, &r);
        let marks: Vec<(RuleId, &str)> = p
            .iter()
            .filter_map(|p| match p {
                Piece::Mark {
                    span,
                    finding,
                    whole: false,
                } => Some((r.findings[*finding].rule, span.of(text))),
                _ => None,
            })
            .collect();
        assert_eq!(marks, vec![(RuleId::WeakOpening, "Responsible for")]);
        let markers: Vec<Status> = p
            .iter()
            .filter_map(|p| match p {
                Piece::Marker { status, .. } => Some(*status),
                _ => None,
            })
            .collect();
        assert_eq!(markers, vec![Status::Weak, Status::Strong]);
    }

    #[test]
    fn overlapping_findings_show_the_most_severe_then_the_narrowest() {
        let text = "EXPERIENCE\n- I reduced error rate by 120% for the team\n";
        let r = check(text, &Options::fixed_date());
        let p = pieces(text, &r);
        let shown: Vec<RuleId> = p
            .iter()
            .filter_map(|p| match p {
                Piece::Mark { finding, .. } => Some(r.findings[*finding].rule),
                _ => None,
            })
            .collect();
        assert!(shown.contains(&RuleId::Implausible), "{shown:?}");
        assert!(shown.contains(&RuleId::FirstPerson), "{shown:?}");
        let at = text.find("120%").unwrap();
        let hits = findings_at(&r, at);
        assert_eq!(r.findings[hits[0]].rule, RuleId::Implausible);
    }
}
