use super::*;
use crate::read::Input;
use crate::{check, Level, Options, Report};

fn checked(src: &str, format: Format) -> Report {
    check(
        src,
        &Options {
            input: Input::Is(format),
            ..Options::fixed_date()
        },
    )
}

/// (rule id, the source text under its span) for each finding.
fn found(r: &Report, src: &str) -> Vec<(&'static str, String)> {
    r.findings
        .iter()
        .map(|f| (f.rule.id(), f.span.of(src).to_string()))
        .collect()
}

fn has(r: &Report, rule: RuleId, line: usize) -> bool {
    r.findings.iter().any(|f| f.rule == rule && f.line == line)
}

const LATEX: &str = r"\documentclass{article}
\begin{document}
\section{Experience}
\textbf{Backend Engineer} \hfill Acme \hfill Jan 2020 -- Present
\begin{itemize}
% bulletproof-disable-next-line verb/weak-opening -- the rota was the job
\item Responsible for the on-call rota of the payments team
\item Responsible for the deploy pipeline of the payments team
\item Cut p99 latency from 900 ms to 120 ms by sharding the ledger across 12 nodes
\end{itemize}
\end{document}
";

#[test]
fn a_comment_is_read_as_a_directive() {
    let d = parse_comment(
        " bulletproof-disable-next-line verb/weak-opening,metrics/missing -- why",
        10,
        Span::new(0, 80),
        true,
    )
    .unwrap();
    assert_eq!(d.scope, Scope::NextLine);
    let ids: Vec<Option<RuleId>> = d.rules.iter().map(|n| n.rule).collect();
    assert_eq!(
        ids,
        [Some(RuleId::WeakOpening), Some(RuleId::MissingMetric)]
    );
    assert_eq!(d.rules[0].span, Span::new(41, 58));
    for (body, scope) in [
        ("bulletproof-disable-line", Scope::Line),
        ("bulletproof-disable", Scope::Block),
        ("bulletproof-enable x", Scope::Enable),
        ("bulletproof-disabel", Scope::Unknown),
    ] {
        assert_eq!(
            parse_comment(body, 0, Span::new(0, 1), true).unwrap().scope,
            scope
        );
    }
    assert!(parse_comment(" see bulletproof-disable", 0, Span::new(0, 1), true).is_none());
    assert!(
        parse_comment("bulletproof-disable -- no ids", 0, Span::new(0, 1), true)
            .unwrap()
            .rules
            .is_empty()
    );
}

#[test]
fn latex_next_line_silences_that_bullet_only() {
    let r = checked(LATEX, Format::Latex);
    assert!(!has(&r, RuleId::WeakOpening, 7), "{:?}", found(&r, LATEX));
    assert!(has(&r, RuleId::WeakOpening, 8), "{:?}", found(&r, LATEX));
    // The rule it did not name still applies to that bullet.
    assert!(has(&r, RuleId::MissingMetric, 7), "{:?}", found(&r, LATEX));
    assert!(!r.findings.iter().any(|f| f.rule == RuleId::DisableUnused));
    // Without the comment the finding is there.
    let plain = LATEX.replace(
        "% bulletproof-disable-next-line verb/weak-opening -- the rota was the job\n",
        "",
    );
    let r = checked(&plain, Format::Latex);
    assert!(has(&r, RuleId::WeakOpening, 6));
}

#[test]
fn latex_disable_line_at_the_end_of_a_line() {
    let src = LATEX.replace(
        r"\item Responsible for the deploy pipeline of the payments team",
        r"\item Responsible for the deploy pipeline of the payments team % bulletproof-disable-line verb/weak-opening metrics/missing",
    );
    let r = checked(&src, Format::Latex);
    assert!(!has(&r, RuleId::WeakOpening, 8), "{:?}", found(&r, &src));
    assert!(!has(&r, RuleId::MissingMetric, 8), "{:?}", found(&r, &src));
}

#[test]
fn an_escaped_percent_is_not_a_comment() {
    let src = LATEX.replace(
        r"\item Responsible for the deploy pipeline of the payments team",
        r"\item Responsible for 100\% of deploys, bulletproof-disable-line verb/weak-opening",
    );
    let r = checked(&src, Format::Latex);
    assert!(has(&r, RuleId::WeakOpening, 8), "{:?}", found(&r, &src));
}

#[test]
fn a_wrapped_bullet_is_silenced_on_every_line() {
    let src = LATEX.replace(
        r"\item Responsible for the on-call rota of the payments team",
        "\\item Responsible for the on-call rota of the payments team,\n  a synergy of best-of-breed tooling",
    );
    let plain = src.replace(
        "% bulletproof-disable-next-line verb/weak-opening -- the rota was the job\n",
        "",
    );
    let plain = checked(&plain, Format::Latex);
    // The filler sits on the bullet's second line.
    let filler = plain
        .findings
        .iter()
        .find(|f| f.rule == RuleId::Filler)
        .expect("a filler finding");
    assert_eq!(filler.line, 7);
    let every = src.replace("verb/weak-opening -- the rota", "-- the rota");
    let r = checked(&every, Format::Latex);
    assert!(
        !r.findings.iter().any(|f| f.line == 7 || f.line == 8),
        "{:?}",
        found(&r, &every)
    );
}

#[test]
fn a_stale_disable_and_an_unknown_id_are_reported() {
    let src = LATEX.replace(
        "verb/weak-opening -- the rota",
        "verb/weak-openin style/passive -- the rota",
    );
    let r = checked(&src, Format::Latex);
    let invalid = r
        .findings
        .iter()
        .find(|f| f.rule == RuleId::DisableInvalid)
        .expect("unknown id reported");
    assert_eq!(invalid.span.of(&src), "verb/weak-openin");
    assert_eq!(
        invalid.suggestion.as_deref(),
        Some("Did you mean verb/weak-opening?")
    );
    assert_eq!((invalid.line, invalid.column), (6, 33));
    let unused = r
        .findings
        .iter()
        .find(|f| f.rule == RuleId::DisableUnused)
        .expect("stale disable reported");
    assert_eq!(unused.span.of(&src), "style/passive");
    assert_eq!(unused.severity, crate::Severity::Info);
    // The typo means the bullet is not silenced.
    assert!(has(&r, RuleId::WeakOpening, 7));
}

#[test]
fn stacked_next_line_directives_reach_the_same_bullet() {
    let src = LATEX.replace(
        "% bulletproof-disable-next-line verb/weak-opening -- the rota was the job\n",
        "% bulletproof-disable-next-line verb/weak-opening\n\n% bulletproof-disable-next-line metrics/missing\n",
    );
    let r = checked(&src, Format::Latex);
    assert!(
        !has(&r, RuleId::WeakOpening, 9) && !has(&r, RuleId::MissingMetric, 9),
        "{:?}",
        found(&r, &src)
    );
    assert!(!r.findings.iter().any(|f| f.rule == RuleId::DisableUnused));
}

const MARKDOWN: &str = "# Ada Lovelace

## Experience

### Backend Engineer, Acme (2020 – Present)

<!-- bulletproof-disable-next-line verb/weak-opening -->
- Responsible for the on-call rota of the payments team
- Responsible for the deploy pipeline of the payments team

<!-- bulletproof-disable metrics/missing -->
- Mentored the payments team through its move to Kafka
- Ran the weekly architecture review for the platform group
<!-- bulletproof-enable -->
- Ran the quarterly capacity review for the platform group
";

#[test]
fn markdown_next_line_and_blocks() {
    let r = checked(MARKDOWN, Format::Markdown);
    let f = found(&r, MARKDOWN);
    assert!(!has(&r, RuleId::WeakOpening, 8), "{f:?}");
    assert!(has(&r, RuleId::WeakOpening, 9), "{f:?}");
    assert!(!has(&r, RuleId::MissingMetric, 12), "{f:?}");
    assert!(!has(&r, RuleId::MissingMetric, 13), "{f:?}");
    assert!(has(&r, RuleId::MissingMetric, 15), "{f:?}");
    assert!(
        !r.findings.iter().any(|f| f.rule == RuleId::DisableUnused),
        "{f:?}"
    );
}

#[test]
fn silencing_a_missing_metric_counts_the_bullet_as_quantified() {
    let without = MARKDOWN.replace("<!-- bulletproof-disable metrics/missing -->\n", "");
    let without = without.replace("<!-- bulletproof-enable -->\n", "");
    let before = checked(&without, Format::Markdown);
    let after = checked(MARKDOWN, Format::Markdown);
    assert!(after.score.categories.impact > before.score.categories.impact);
    // The facts stay the facts.
    assert_eq!(
        after.stats.quantified_bullets,
        before.stats.quantified_bullets
    );
    assert!(after
        .priorities
        .iter()
        .all(|p| p.line != 12 && p.line != 13));
}

#[test]
fn a_directive_in_plain_text_or_shown_text_is_just_text() {
    let text = "Experience\n- bulletproof-disable-next-line verb/weak-opening\n- Responsible for the on-call rota\n";
    let r = checked(text, Format::Text);
    assert!(has(&r, RuleId::WeakOpening, 3));
    // Inside Markdown code, not a comment.
    let md = "## Experience\n\n- `<!-- bulletproof-disable-next-line -->`\n- Responsible for the on-call rota of the team\n";
    let r = checked(md, Format::Markdown);
    assert!(has(&r, RuleId::WeakOpening, 4), "{:?}", found(&r, md));
}

#[test]
fn json_resume_meta_disables_for_the_whole_file() {
    let src = r#"{
  "basics": { "name": "Ada" },
  "work": [{ "name": "Acme", "position": "Backend Engineer", "startDate": "2020-01",
    "highlights": ["Responsible for the on-call rota of the payments team",
                   "Responsible for the deploy pipeline of the payments team"] }],
  "meta": { "bulletproof": { "disable": ["verb/weak-opening", "links/no-cod"] } }
}"#;
    let r = checked(src, Format::JsonResume);
    let f = found(&r, src);
    assert!(
        !r.findings.iter().any(|f| f.rule == RuleId::WeakOpening),
        "{f:?}"
    );
    assert!(
        r.findings.iter().any(|f| f.rule == RuleId::MissingMetric),
        "{f:?}"
    );
    let invalid = r
        .findings
        .iter()
        .find(|f| f.rule == RuleId::DisableInvalid)
        .unwrap();
    assert_eq!(invalid.span.of(src), "links/no-cod");
    assert_eq!(invalid.line, 6);
}

#[test]
fn configured_levels_turn_rules_off_or_change_their_severity() {
    let options = Options {
        input: Input::Is(Format::Latex),
        levels: vec![
            (RuleId::MissingMetric, Level::Off),
            (RuleId::WeakOpening, Level::Error),
        ],
        ..Options::fixed_date()
    };
    let r = check(LATEX, &options);
    assert!(!r.findings.iter().any(|f| f.rule == RuleId::MissingMetric));
    let weak = r
        .findings
        .iter()
        .find(|f| f.rule == RuleId::WeakOpening)
        .unwrap();
    assert_eq!(weak.severity, crate::Severity::Error);
    let base = checked(LATEX, Format::Latex);
    assert!(r.score.categories.impact > base.score.categories.impact);
}

#[test]
fn a_comment_the_reader_did_not_hide_whole_holds_no_directive() {
    // The first `<!--` is not a comment to the reader (it shows the lines
    // after it), so its "ids" are text, not unknown rule ids.
    let src = " --><!-- bulletproof-enable style/fil\\documentclass{article}\n\\documentclass{article}\n<!-- bulletproof-disable-next-line -->\n";
    let r = checked(src, Format::Markdown);
    assert!(
        !r.findings.iter().any(|f| f.rule == RuleId::DisableInvalid),
        "{:?}",
        found(&r, src)
    );
}

#[test]
fn ids_may_be_separated_by_any_whitespace() {
    // A no-break space from a word processor, an ideographic space, a tab.
    let d = parse_comment(
        " bulletproof-disable-line\u{a0}verb/weak-opening\u{3000}metrics/missing\tstyle/filler",
        0,
        Span::new(0, 1),
        true,
    )
    .unwrap();
    let ids: Vec<Option<RuleId>> = d.rules.iter().map(|n| n.rule).collect();
    assert_eq!(
        ids,
        [
            Some(RuleId::WeakOpening),
            Some(RuleId::MissingMetric),
            Some(RuleId::Filler)
        ]
    );
}

#[test]
fn a_configured_severity_changes_neither_findings_nor_score() {
    let options = |levels| Options {
        input: Input::Is(Format::Latex),
        levels,
        ..Options::fixed_date()
    };
    let base = check(LATEX, &options(vec![]));
    for level in [Level::Error, Level::Info] {
        let r = check(LATEX, &options(vec![(RuleId::WeakOpening, level)]));
        assert_eq!(r.score, base.score, "{level:?}");
        assert_eq!(r.findings.len(), base.findings.len());
    }
}

#[test]
fn disable_and_enable_on_one_line_cover_what_lies_between() {
    let src = "## Experience\n\n- Built the ledger <!-- bulletproof-disable style/filler --> with synergy <!-- bulletproof-enable style/filler --> and synergy\n";
    let r = checked(src, Format::Markdown);
    let fillers: Vec<usize> = r
        .findings
        .iter()
        .filter(|f| f.rule == RuleId::Filler)
        .map(|f| f.span.start)
        .collect();
    assert_eq!(
        fillers,
        [src.rfind("synergy").unwrap()],
        "{:?}",
        found(&r, src)
    );
    assert!(!r.findings.iter().any(|f| f.rule == RuleId::DisableUnused));
}

#[test]
fn an_enable_naming_a_rule_turns_it_back_on_inside_a_disable_of_all() {
    let src = "## Experience\n\n<!-- bulletproof-disable -->\n- Responsible for the on-call rota of the team\n<!-- bulletproof-enable verb/weak-opening -->\n- Responsible for the deploy pipeline of the team\n<!-- bulletproof-enable metrics/missing -->\n";
    let r = checked(src, Format::Markdown);
    let f = found(&r, src);
    assert!(
        !has(&r, RuleId::WeakOpening, 4) && !has(&r, RuleId::MissingMetric, 4),
        "{f:?}"
    );
    assert!(has(&r, RuleId::WeakOpening, 6), "{f:?}");
    // Every other rule is still off on line 6.
    assert!(!has(&r, RuleId::MissingMetric, 6), "{f:?}");
    // That second enable ended metrics/missing's part of the disable: not idle.
    assert!(
        !r.findings.iter().any(|f| f.rule == RuleId::DisableUnused),
        "{f:?}"
    );
}

#[test]
fn an_enable_that_ends_nothing_is_reported() {
    let src = "## Experience\n\n- Responsible for the on-call rota of the team\n<!-- bulletproof-enable verb/weak-opening -->\n";
    let r = checked(src, Format::Markdown);
    let unused: Vec<(usize, &str)> = r
        .findings
        .iter()
        .filter(|f| f.rule == RuleId::DisableUnused)
        .map(|f| (f.line, f.span.of(src)))
        .collect();
    assert_eq!(unused, [(4, "verb/weak-opening")]);
}

#[test]
fn a_disable_for_a_rule_configured_off_is_not_stale() {
    let options = Options {
        input: Input::Is(Format::Latex),
        levels: vec![(RuleId::WeakOpening, Level::Off)],
        ..Options::fixed_date()
    };
    let r = check(LATEX, &options);
    assert!(!r
        .findings
        .iter()
        .any(|f| f.rule == RuleId::DisableUnused || f.rule == RuleId::WeakOpening));
}

#[test]
fn an_escaped_percent_in_a_url_before_the_comment_does_not_hide_it() {
    let src = LATEX.replace(
        r"\item Responsible for the deploy pipeline of the payments team",
        r"\item Responsible for the \href{https://x.io/jos\%C3\%A9}{deploy} pipeline % bulletproof-disable-line verb/weak-opening",
    );
    let r = checked(&src, Format::Latex);
    assert!(!has(&r, RuleId::WeakOpening, 8), "{:?}", found(&r, &src));
    assert!(
        !r.findings
            .iter()
            .any(|f| f.rule.id().starts_with("disable/")),
        "{:?}",
        found(&r, &src)
    );
}
