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
    // Markup the reader skipped (a LaTeX command inside a bullet) is never
    // highlighted, even under a finding about the whole bullet.
    // (The first load reads plain text only: it has no markup to skip.)
    #[cfg(feature = "readers")]
    let markup = &report.input.markup;
    #[cfg(not(feature = "readers"))]
    let markup: &[Span] = &[];
    for m in markup {
        cuts.push(m.start.min(text.len()));
        cuts.push(m.end.min(text.len()));
    }
    let mut next_markup = 0;
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
    crate::engine::sort::sort_by_key(&mut cuts, |c| *c);
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
        while next_markup < markup.len() && markup[next_markup].end <= a {
            next_markup += 1;
        }
        if markup.get(next_markup).is_some_and(|m| m.start <= a) {
            out.push(Piece::Text(span));
            continue;
        }
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
    crate::engine::sort::sort_by_key(&mut hits, |&i| {
        (
            std::cmp::Reverse(report.findings[i].severity),
            report.findings[i].span.len(),
            i,
        )
    });
    hits
}

/// One line of the highlight layer, with a signature of everything drawn in
/// it, so the app redraws only the lines whose signature changed. Positions
/// are relative to the line, so typing on one line leaves the others' alone.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// Byte offset of the line in the text.
    pub start: usize,
    /// Byte length of the line (without its `\n`).
    pub len: usize,
    pub parts: Vec<LinePart>,
    pub signature: u64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinePart {
    /// Text from `col` (bytes, within the line) for `len` bytes.
    Text {
        col: usize,
        len: usize,
    },
    /// Marked text: `finding` indexes the report (not part of the signature).
    Mark {
        col: usize,
        len: usize,
        finding: usize,
        whole: bool,
    },
    Marker(Status),
}

/// FNV-1a: tiny, and good enough to tell two renderings of a line apart.
struct Fnv(u64);

impl Fnv {
    fn new() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
    fn bytes(&mut self, b: &[u8]) {
        for &x in b {
            self.0 ^= u64::from(x);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }
    fn num(&mut self, n: usize) {
        self.bytes(&(n as u64).to_le_bytes());
    }
}

/// A signature for plain text drawn as one block.
pub fn signature_of(text: &str) -> u64 {
    let mut h = Fnv::new();
    h.bytes(text.as_bytes());
    h.0
}

/// The highlight layer cut into lines (at `\n`; a textarea's value has no `\r`).
pub fn lines(text: &str, report: &Report) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::new();
    let mut start = 0;
    for l in text.split('\n') {
        out.push(Line {
            start,
            len: l.len(),
            parts: Vec::new(),
            signature: 0,
        });
        start += l.len() + 1;
    }
    let line_of =
        |offset: usize, out: &[Line]| out.partition_point(|l| l.start <= offset).saturating_sub(1);
    for piece in pieces(text, report) {
        match piece {
            Piece::Marker { status, bullet } => {
                let at = report.bullets[bullet].span.start;
                let i = line_of(at, &out);
                out[i].parts.push(LinePart::Marker(status));
            }
            Piece::Text(span) | Piece::Mark { span, .. } => {
                // A run may cross lines: cut it at each line end.
                let mut from = span.start;
                while from < span.end {
                    let i = line_of(from, &out);
                    let (line_start, line_end) = (out[i].start, out[i].start + out[i].len);
                    let to = span.end.min(line_end);
                    if to > from {
                        let (col, len) = (from - line_start, to - from);
                        out[i].parts.push(match piece {
                            Piece::Mark { finding, whole, .. } => LinePart::Mark {
                                col,
                                len,
                                finding,
                                whole,
                            },
                            _ => LinePart::Text { col, len },
                        });
                    }
                    from = (line_end + 1).max(to);
                }
            }
        }
    }
    for line in &mut out {
        let mut h = Fnv::new();
        h.bytes(&text.as_bytes()[line.start..line.start + line.len]);
        for part in &line.parts {
            match part {
                LinePart::Text { col, len } => {
                    h.num(0);
                    h.num(*col);
                    h.num(*len);
                }
                LinePart::Mark {
                    col,
                    len,
                    finding,
                    whole,
                } => {
                    let f = &report.findings[*finding];
                    h.num(1);
                    h.num(*col);
                    h.num(*len);
                    h.bytes(f.rule.id().as_bytes());
                    h.num(f.severity as usize);
                    h.num(usize::from(*whole));
                }
                LinePart::Marker(s) => {
                    h.num(2);
                    h.num(*s as usize);
                }
            }
        }
        line.signature = h.0;
    }
    out
}

/// What each panel card shows, as a signature: the app redraws a card only
/// when its signature changes, so typing inside a bullet (which moves spans
/// but changes no message) costs the panel nothing. Order: score, pictures,
/// fix-first, findings, fit (whose buttons carry spans, so spans count).
pub fn panel_signatures(r: &Report) -> [u64; 5] {
    let mut score = Fnv::new();
    score.num(r.score.total as usize);
    for (_, v) in r.score.categories.iter() {
        score.num(v as usize);
    }
    let mut pictures = Fnv::new();
    pictures.num(r.stats.work_bullets);
    pictures.num((r.stats.quantified_share * 1000.0) as usize);
    pictures.num(r.bullets.iter().filter(|b| b.quantified).count());
    for c in &r.stats.coverage {
        pictures.num(c.examples.len());
        for e in &c.examples {
            pictures.bytes(e.as_bytes());
        }
    }
    let mut fix = Fnv::new();
    fix.num(r.bullets.len());
    for p in &r.priorities {
        fix.num(p.line);
        fix.num(p.gain as usize);
        fix.bytes(p.text.as_bytes());
        for a in &p.actions {
            fix.bytes(a.as_bytes());
        }
    }
    let mut findings = Fnv::new();
    findings.num(r.bullets.len());
    for f in &r.findings {
        findings.bytes(f.rule.id().as_bytes());
        findings.num(f.severity as usize);
        findings.num(f.line);
        findings.bytes(f.message.as_bytes());
        if let Some(s) = &f.suggestion {
            findings.bytes(s.as_bytes());
        }
    }
    let mut fit = Fnv::new();
    let t = &r.tailoring;
    fit.num(t.band.map_or(9, |b| b as usize));
    fit.num(usize::from(t.band_estimated));
    fit.num(t.scope.len());
    for s in &t.scope {
        fit.num(s.scope as usize);
    }
    // Buttons carry spans and labels carry lines: both must be current, or a
    // click would select stale text.
    let place = |fit: &mut Fnv, p: &crate::engine::fit::Place| {
        fit.num(p.line);
        fit.num(p.span.start);
        fit.num(p.span.end);
        fit.bytes(p.text.as_bytes());
    };
    // The first load has no lens: no themes or job match to sign.
    let lens = cfg!(feature = "lens");
    for th in t.themes.iter().filter(|_| lens) {
        fit.bytes(th.id.as_bytes());
        fit.num(th.bullets.len());
        for p in &th.bullets {
            place(&mut fit, p);
        }
    }
    if let Some(j) = t.job.as_ref().filter(|_| lens) {
        fit.num((j.match_rate * 1000.0) as usize);
        for m in &j.matched {
            fit.bytes(m.term.as_bytes());
            fit.num(m.also.len());
            for a in &m.also {
                fit.num(a.len());
                fit.bytes(a.as_bytes());
            }
            place(&mut fit, &m.places[0]);
        }
        for m in &j.missing {
            fit.bytes(m.term.as_bytes());
            fit.num(m.also.len());
            for a in &m.also {
                fit.num(a.len());
                fit.bytes(a.as_bytes());
            }
            for p in &m.pointers {
                place(&mut fit, p);
            }
        }
    }
    [score.0, pictures.0, fix.0, findings.0, fit.0]
}

/// Applies a one-line edit (typing, deleting within a line) to lines drawn
/// for `old`, so the highlight layer can follow a keystroke before the next
/// check: marks after the edit shift, a mark the edit falls in grows or
/// shrinks. Returns the edited line's index, or `None` when the edit adds or
/// removes a line break (then a fresh check and draw are needed).
pub fn patch_lines(lines: &mut [Line], old: &str, new: &str) -> Option<usize> {
    let (ob, nb) = (old.as_bytes(), new.as_bytes());
    let mut prefix = ob.iter().zip(nb).take_while(|(a, b)| a == b).count();
    while !old.is_char_boundary(prefix) || !new.is_char_boundary(prefix) {
        prefix -= 1;
    }
    let room = ob.len().min(nb.len()) - prefix;
    let mut suffix = ob
        .iter()
        .rev()
        .zip(nb.iter().rev())
        .take(room)
        .take_while(|(a, b)| a == b)
        .count();
    while !old.is_char_boundary(ob.len() - suffix) || !new.is_char_boundary(nb.len() - suffix) {
        suffix -= 1;
    }
    let removed = &old[prefix..ob.len() - suffix];
    let inserted = &new[prefix..nb.len() - suffix];
    if removed.contains(['\n', '\r']) || inserted.contains(['\n', '\r']) {
        return None;
    }
    let index = lines
        .partition_point(|l| l.start <= prefix)
        .checked_sub(1)?;
    let delta = inserted.len() as isize - removed.len() as isize;
    let line = &mut lines[index];
    let col = prefix - line.start;
    let (cut, put) = (removed.len(), inserted.len());
    // Old column -> new column: before the edit unchanged, inside it to its end.
    let map = |x: usize| {
        if x <= col {
            x
        } else if x >= col + cut {
            (x as isize + delta) as usize
        } else {
            col + put
        }
    };
    let mut parts = Vec::with_capacity(line.parts.len() + 1);
    for part in &line.parts {
        match *part {
            LinePart::Text { col: c, len } => {
                let (a, b) = (map(c), map(c + len));
                if b > a {
                    parts.push(LinePart::Text { col: a, len: b - a });
                }
            }
            LinePart::Mark {
                col: c,
                len,
                finding,
                whole,
            } => {
                let (a, b) = (map(c), map(c + len));
                if b > a {
                    parts.push(LinePart::Mark {
                        col: a,
                        len: b - a,
                        finding,
                        whole,
                    });
                }
            }
            LinePart::Marker(s) => parts.push(LinePart::Marker(s)),
        }
    }
    let new_len = (line.len as isize + delta) as usize;
    let covered: usize = parts
        .iter()
        .map(|p| match p {
            LinePart::Text { len, .. } | LinePart::Mark { len, .. } => *len,
            LinePart::Marker(_) => 0,
        })
        .sum();
    if covered < new_len {
        // Typing into an empty line: nothing to grow, so the text stands alone.
        parts.push(LinePart::Text {
            col: new_len - (new_len - covered),
            len: new_len - covered,
        });
    }
    line.parts = parts;
    line.len = new_len;
    line.signature = 0;
    for l in &mut lines[index + 1..] {
        l.start = (l.start as isize + delta) as usize;
    }
    Some(index)
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
    fn lines_cover_the_text_and_keep_other_lines_stable_while_typing() {
        let text =
            "EXPERIENCE\n- Responsible for the billing API\n- Cut p99 from 480 ms to 120 ms\n";
        let r = check(text, &Options::fixed_date());
        let a = lines(text, &r);
        assert_eq!(a.len(), text.split('\n').count());
        for l in &a {
            let covered: usize = l
                .parts
                .iter()
                .map(|p| match p {
                    LinePart::Text { len, .. } | LinePart::Mark { len, .. } => *len,
                    LinePart::Marker(_) => 0,
                })
                .sum();
            assert_eq!(covered, l.len);
        }
        // Type on the last bullet: the first two lines keep their signatures.
        let typed = text.replace("120 ms", "125 ms");
        let b = lines(&typed, &check(&typed, &Options::fixed_date()));
        assert_eq!(a[0].signature, b[0].signature);
        assert_eq!(a[1].signature, b[1].signature);
        assert_ne!(a[2].signature, b[2].signature);
    }

    fn rendered(text: &str, lines: &[Line]) -> String {
        lines
            .iter()
            .map(|l| {
                let src = &text[l.start..l.start + l.len];
                l.parts
                    .iter()
                    .map(|p| match *p {
                        LinePart::Text { col, len } => src[col..col + len].to_string(),
                        LinePart::Mark {
                            col,
                            len,
                            whole: false,
                            ..
                        } => format!("[{}]", &src[col..col + len]),
                        LinePart::Mark { col, len, .. } => src[col..col + len].to_string(),
                        LinePart::Marker(_) => String::new(),
                    })
                    .collect::<String>()
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn panel_signatures_ignore_moves_but_not_changes() {
        let a = "EXPERIENCE\n- Responsible for the API\n";
        let b = "EXPERIENCE\n- Responsible for the APIs\n";
        let c = "EXPERIENCE\n- Cut p99 by 40% on the API\n";
        let sig = |t: &str| panel_signatures(&check(t, &Options::fixed_date()));
        assert_eq!(sig(a)[3], sig(b)[3]);
        assert_ne!(sig(a)[3], sig(c)[3]);
        assert_ne!(sig(a)[0], sig(c)[0]);
        // The fit card follows the role.
        let role = Options {
            role: Some(crate::engine::tailor::Role::Backend),
            ..Options::fixed_date()
        };
        assert_ne!(sig(c)[4], panel_signatures(&check(c, &role))[4]);
    }

    #[test]
    fn patching_follows_typing_inside_and_after_marks() {
        let old = "EXPERIENCE\n- Responsible for the API\n- Cut p99 by 40% in 🚀 2 weeks\n";
        let r = check(old, &Options::fixed_date());
        let mut l = lines(old, &r);
        assert_eq!(
            rendered(old, &l).lines().nth(1),
            Some("- [Responsible for] the API")
        );
        // Typing inside the mark grows it; the next line's start moves.
        let new = old.replace("Responsible", "Responsiblee");
        assert_eq!(patch_lines(&mut l, old, &new), Some(1));
        assert_eq!(
            rendered(&new, &l).lines().nth(1),
            Some("- [Responsiblee for] the API")
        );
        assert_eq!(&new[l[2].start..l[2].start + 5], "- Cut");
        // Typing after it leaves it alone; deleting inside shrinks it.
        let newer = new.replace("the API", "the APIs");
        patch_lines(&mut l, &new, &newer).unwrap();
        let newest = newer.replace("Responsiblee for", "Resp for");
        patch_lines(&mut l, &newer, &newest).unwrap();
        assert_eq!(
            rendered(&newest, &l).lines().nth(1),
            Some("- [Resp for] the APIs")
        );
        // Emoji and an empty line.
        let e = newest.replace("🚀", "🚀🚀");
        assert_eq!(patch_lines(&mut l, &newest, &e), Some(2));
        assert!(rendered(&e, &l).contains("🚀🚀 2 weeks"));
        let last = format!("{e}x");
        assert_eq!(patch_lines(&mut l, &e, &last), Some(3));
        assert!(rendered(&last, &l).ends_with("\nx"));
        // A new line needs a full redraw.
        assert_eq!(patch_lines(&mut l, &last, &format!("{last}\n")), None);
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
    #[cfg(feature = "readers")]
    fn markup_inside_a_bullet_is_never_highlighted() {
        let text = "\\section{Experience}\n\\begin{itemize}\n\\item Worked on the \\textbf{billing} API for \\emph{teams}\n\\end{itemize}\n";
        let r = check(text, &Options::fixed_date());
        assert!(!r.input.markup.is_empty());
        let marked: Vec<&str> = pieces(text, &r)
            .iter()
            .filter_map(|p| match p {
                Piece::Mark { span, .. } => Some(span.of(text)),
                _ => None,
            })
            .collect();
        assert!(!marked.is_empty());
        assert!(marked.concat().contains("billing"), "{marked:?}");
        for m in marked {
            assert!(!m.contains(['\\', '{', '}']), "{m:?}");
        }
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
