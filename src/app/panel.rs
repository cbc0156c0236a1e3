//! The panel: score and categories, the pictures (quantified gauge, metric
//! coverage), "fix these first", and every finding grouped by rule.
//!
//! It follows the settled report (so typing never waits for it) and is drawn
//! with plain DOM calls into containers Leptos owns; one delegated click
//! handler turns a click on anything with `data-start` into a selection.

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use super::dom::{add, el, replace, set, style, text_el};
use super::{Checker, Part};
use crate::engine::lexicon::MetricKind;
use crate::engine::{Report, RuleId, Span};
use crate::present::{panel_signatures, severity_name};

fn shorten(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let cut: String = s.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", cut.trim_end())
}

/// What a missing kind would look like, for the coverage chart.
fn example_for(kind: MetricKind) -> &'static str {
    match kind {
        MetricKind::Latency => "p99 from 480 ms to 120 ms",
        MetricKind::Throughput => "12k requests/s",
        MetricKind::Availability => "99.99% uptime",
        MetricKind::Scale => "200 nodes, 3 regions",
        MetricKind::Cost => "$1.4M a year saved",
        _ => "",
    }
}

fn draw_score(root: &Element, r: &Report) {
    let total = r.score.total.to_string();
    let score = el("div", "score");
    set(&score, "data-score", &total);
    set(&score, "data-testid", "score");
    set(&score, "role", "status");
    set(&score, "aria-label", &format!("Score {total} out of 100"));
    add(&score, &text_el("span", "score-total", &total));
    add(&score, &text_el("span", "score-of", "/100"));
    let bars = el("ul", "bars");
    for (name, v) in r.score.categories.iter() {
        let label = name.replace('_', " ");
        let li = el("li", "");
        add(&li, &text_el("span", "bar-name", &label));
        let bar = el("span", "bar");
        set(&bar, "role", "meter");
        set(&bar, "aria-label", &label);
        set(&bar, "aria-valuemin", "0");
        set(&bar, "aria-valuemax", "100");
        set(&bar, "aria-valuenow", &v.to_string());
        let fill = el("span", "fill");
        style(&fill, "width", &format!("{v}%"));
        add(&bar, &fill);
        add(&li, &bar);
        add(&li, &text_el("span", "bar-value", &v.to_string()));
        add(&bars, &li);
    }
    replace(root, &[score, bars]);
}

fn draw_pictures(root: &Element, r: &Report) {
    let quantified = r
        .bullets
        .iter()
        .filter(|b| b.section.is_work() && b.quantified)
        .count();
    let work = r.stats.work_bullets;
    let pct = (r.stats.quantified_share * 100.0).round() as u32;

    let gauge = el("div", "gauge");
    set(&gauge, "role", "img");
    set(&gauge, "data-share", &pct.to_string());
    set(
        &gauge,
        "aria-label",
        &format!("{quantified} of {work} work bullets quantified"),
    );
    let ring = el("div", "ring");
    style(&ring, "--pct", &pct.to_string());
    add(&ring, &text_el("span", "ring-value", &format!("{pct}%")));
    add(&gauge, &ring);
    add(
        &gauge,
        &text_el(
            "p",
            "gauge-caption",
            &format!("{quantified} of {work} work bullets have a number"),
        ),
    );

    let coverage = el("div", "coverage");
    add(&coverage, &text_el("h2", "", "Metrics the guides ask for"));
    let list = el("ul", "");
    for c in &r.stats.coverage {
        let present = !c.examples.is_empty();
        let li = el(
            "li",
            if present {
                "cov present"
            } else {
                "cov missing"
            },
        );
        set(&li, "data-kind", c.kind.name());
        let mark = text_el("span", "cov-mark", if present { "✓" } else { "–" });
        set(&mark, "aria-hidden", "true");
        add(&li, &mark);
        add(&li, &text_el("span", "cov-kind", c.kind.name()));
        let detail = if present {
            c.examples
                .iter()
                .map(|e| format!("“{e}”"))
                .collect::<Vec<_>>()
                .join(", ")
        } else {
            format!("missing: for example {}", example_for(c.kind))
        };
        add(&li, &text_el("span", "cov-detail", &detail));
        add(&list, &li);
    }
    add(&coverage, &list);
    replace(root, &[gauge, coverage]);
}

fn draw_fix_first(root: &Element, r: &Report) {
    let title = text_el("h2", "", "Fix these first");
    if r.priorities.is_empty() {
        let p = text_el(
            "p",
            "muted",
            if r.bullets.is_empty() {
                "Nothing to rank yet."
            } else {
                "Nothing stands out: every bullet pulls its weight."
            },
        );
        replace(root, &[title, p]);
        return;
    }
    let list = el("ol", "");
    for (i, p) in r.priorities.iter().enumerate() {
        let li = el("li", "prio");
        set(&li, "data-line", &p.line.to_string());
        let button = el("button", "prio-bullet");
        set(&button, "type", "button");
        set(&button, "data-priority", &i.to_string());
        add(&button, &text_el("span", "gain", &format!("+{}", p.gain)));
        add(
            &button,
            &text_el("span", "prio-text", &shorten(&p.text, 110)),
        );
        add(&li, &button);
        let actions = el("ul", "prio-actions");
        for a in &p.actions {
            add(&actions, &text_el("li", "", a));
        }
        add(&li, &actions);
        add(&list, &li);
    }
    replace(root, &[title, list]);
}

fn draw_findings(root: &Element, r: &Report) {
    let title = text_el(
        "h2",
        "",
        &match r.findings.len() {
            0 if r.bullets.is_empty() => "Paste a resume to check it.".to_string(),
            0 => "No findings.".to_string(),
            1 => "1 finding".to_string(),
            n => format!("{n} findings"),
        },
    );
    let groups = el("div", "groups");
    for &rule in RuleId::ALL {
        let mine: Vec<_> = r
            .findings
            .iter()
            .enumerate()
            .filter(|(_, f)| f.rule == rule)
            .collect();
        if mine.is_empty() {
            continue;
        }
        let details = el("details", "group");
        set(&details, "open", "");
        set(&details, "data-rule", rule.id());
        let summary = el("summary", "");
        add(&summary, &text_el("code", "", rule.id()));
        add(&summary, &text_el("span", "count", &mine.len().to_string()));
        add(&summary, &text_el("span", "about", rule.about()));
        add(&details, &summary);
        let list = el("ul", "");
        let total = mine.len();
        // A long list helps nobody and costs the page: show the first ones.
        for (index, f) in mine.into_iter().take(GROUP_LIMIT) {
            let li = el("li", "");
            let b = el(
                "button",
                &format!("finding sev-{}", severity_name(f.severity)),
            );
            set(&b, "type", "button");
            set(&b, "data-rule", f.rule.id());
            set(&b, "data-line", &f.line.to_string());
            set(&b, "data-finding", &index.to_string());
            add(&b, &text_el("span", "where", &format!("line {}", f.line)));
            add(&b, &text_el("span", "message", &f.message));
            if let Some(s) = &f.suggestion {
                add(&b, &text_el("span", "suggestion", s));
            }
            add(&li, &b);
            add(&list, &li);
        }
        add(&details, &list);
        if total > GROUP_LIMIT {
            add(
                &details,
                &text_el(
                    "p",
                    "muted more",
                    &format!("…and {} more like these.", total - GROUP_LIMIT),
                ),
            );
        }
        add(&groups, &details);
    }
    replace(root, &[title, groups]);
}

/// A button that selects a resume span when clicked.
fn span_button(class: &str, span: Span) -> Element {
    let b = el("button", class);
    set(&b, "type", "button");
    set(&b, "data-span", &format!("{}-{}", span.start, span.end));
    b
}

/// "of the job description's 12 terms shown", or with nice-to-haves
/// "of the job description's 10 required and 4 nice-to-have terms shown
/// (a nice-to-have counts half)".
fn match_caption(j: &crate::engine::fit::JobMatch) -> String {
    let all = j.matched.iter().map(|m| m.required);
    let required = all.chain(j.missing.iter().map(|m| m.required));
    let (req, nice) = required.fold((0, 0), |(r, n), q| if q { (r + 1, n) } else { (r, n + 1) });
    if nice == 0 {
        format!("of the job description's {req} terms shown")
    } else {
        format!(
            "of the job description's {req} required and {nice} nice-to-have terms shown (a nice-to-have counts half)"
        )
    }
}

/// The posting's other wordings of a term, after its name: "slow queries
/// also “query optimisation”" says the posting's words were read.
#[cfg(feature = "lens")]
fn add_also(term: &Element, also: &[String]) {
    if !also.is_empty() {
        let quoted: Vec<String> = also.iter().map(|a| format!("“{a}”")).collect();
        add(
            term,
            &text_el("span", "also", &format!(" also {}", quoted.join(", "))),
        );
    }
}

#[cfg(not(feature = "lens"))]
fn add_also(_: &Element, _: &[String]) {}

/// Job match, the role's themes and the scope of the bullets by band.
fn draw_tailoring(root: &Element, r: &Report) {
    let t = &r.tailoring;
    let mut parts = vec![text_el("h2", "", "Fit")];
    // The first load has no job description or role lens (the engine's
    // `lens`; the full app takes over when they are wanted): no drawing code for them.
    let lens = cfg!(feature = "lens");
    if let Some(j) = t.job.as_ref().filter(|_| lens) {
        let pct = (j.match_rate * 100.0).round() as u32;
        let head = el("div", "match");
        set(&head, "data-match", &pct.to_string());
        add(&head, &text_el("span", "match-value", &format!("{pct}%")));
        add(&head, &text_el("span", "match-caption", &match_caption(j)));
        let bar = el("span", "bar");
        set(&bar, "role", "meter");
        set(&bar, "aria-label", "Job match");
        set(&bar, "aria-valuenow", &pct.to_string());
        let fill = el("span", "fill");
        style(&fill, "width", &format!("{pct}%"));
        add(&bar, &fill);
        add(&head, &bar);
        parts.push(head);
        let matched = el("ul", "terms matched");
        set(&matched, "aria-label", "Matched terms");
        for m in &j.matched {
            let li = el("li", if m.required { "" } else { "nice" });
            let b = span_button("term", m.places[0].span);
            set(&b, "data-term", &m.term);
            b.set_text_content(Some(&m.term));
            add_also(&b, &m.also);
            let nice = if m.required { "" } else { " (nice to have)" };
            set(
                &b,
                "title",
                &format!("line {}: “{}”{nice}", m.places[0].line, m.places[0].text),
            );
            add(&li, &b);
            add(&matched, &li);
        }
        parts.push(matched);
        // Missing: the required terms, then the nice-to-haves under their label.
        let missing = el("ul", "terms missing");
        set(&missing, "aria-label", "Missing required terms");
        let nice = el("ul", "terms missing nice");
        set(&nice, "aria-label", "Missing nice-to-have terms");
        for m in &j.missing {
            let li = el("li", "");
            set(&li, "data-term", &m.term);
            let term = text_el("span", "term", &m.term);
            add_also(&term, &m.also);
            add(&li, &term);
            for p in &m.pointers {
                let b = span_button("pointer", p.span);
                b.set_text_content(Some(&format!("line {} may show it (“{}”)", p.line, p.text)));
                add(&li, &b);
            }
            add(if m.required { &missing } else { &nice }, &li);
        }
        parts.push(missing);
        if nice.child_element_count() > 0 {
            parts.push(text_el("p", "terms-label", "Nice to have, not required:"));
            parts.push(nice);
        }
    }
    if lens && !t.themes.is_empty() {
        let themes = el("ul", "themes");
        set(&themes, "aria-label", "Role themes");
        for th in &t.themes {
            let li = el(
                "li",
                if th.evidenced {
                    "theme shown"
                } else {
                    "theme missing"
                },
            );
            set(&li, "data-theme", &th.id);
            let lines: Vec<String> = th.bullets.iter().map(|p| p.line.to_string()).collect();
            let label = match lines.len() {
                0 => format!("{}: not shown", th.label),
                1 => format!("{}: line {}", th.label, lines[0]),
                _ => format!("{}: lines {}", th.label, lines.join(", ")),
            };
            match th.bullets.first() {
                Some(first) => {
                    let b = span_button("theme-tile", first.span);
                    b.set_text_content(Some(&label));
                    add(&li, &b);
                }
                None => add(&li, &text_el("span", "theme-tile", &label)),
            }
            add(&themes, &li);
        }
        parts.push(themes);
    }
    if let Some(band) = t.band {
        let n = t.scope.len();
        let caption = format!(
            "{}{}: scope of your {n} work bullet{}",
            band.label(),
            if t.band_estimated {
                " (from your dates)"
            } else {
                ""
            },
            if n == 1 { "" } else { "s" }
        );
        parts.push(text_el("p", "scope-caption", &caption));
        let stack = el("div", "scope-bar");
        set(&stack, "role", "img");
        let mut counts = [0usize; 4];
        for s in &t.scope {
            counts[s.scope as usize] += 1;
        }
        let names = ["task", "feature", "cross-team", "organization"];
        let described: Vec<String> = names
            .iter()
            .zip(counts)
            .map(|(n, c)| format!("{c} {n}"))
            .collect();
        set(&stack, "aria-label", &described.join(", "));
        for (i, c) in counts.iter().enumerate() {
            if *c > 0 {
                let seg = text_el("span", &format!("seg s{i}"), &described[i]);
                style(&seg, "flex-grow", &c.to_string());
                add(&stack, &seg);
            }
        }
        parts.push(stack);
    }
    if parts.len() == 1 {
        parts.push(text_el(
            "p",
            "muted",
            "Pick a target role or paste a job description to see how your resume fits.",
        ));
    }
    replace(root, &parts);
}

/// Findings listed per rule; the count in the summary stays exact.
const GROUP_LIMIT: usize = 40;

/// Draws one card of the panel from a report.
type DrawCard = fn(&Element, &Report);

/// The span a click asks for: a finding or a priority, by its index in the
/// report the panel shows (indices stay valid until the panel redraws).
pub fn clicked_span(ev: &web_sys::MouseEvent, r: &Report) -> Option<Span> {
    let target: Element = ev.target()?.dyn_into().ok()?;
    let hit = target
        .closest("[data-finding], [data-priority], [data-span]")
        .ok()??;
    if let Some((a, b)) = hit
        .get_attribute("data-span")
        .as_deref()
        .and_then(|s| s.split_once('-'))
    {
        return Some(Span::new(a.parse().ok()?, b.parse().ok()?));
    }
    let index = |a: &str| hit.get_attribute(a).and_then(|v| v.parse::<usize>().ok());
    match (index("data-finding"), index("data-priority")) {
        (Some(i), _) => r.findings.get(i).map(|f| f.span),
        (_, Some(i)) => r.priorities.get(i).map(|p| p.span),
        _ => None,
    }
}

#[component]
pub fn Panel() -> impl IntoView {
    let checker = expect_context::<Checker>();
    let score = NodeRef::<html::Section>::new();
    let pictures = NodeRef::<html::Section>::new();
    let fix_first = NodeRef::<html::Section>::new();
    let findings = NodeRef::<html::Section>::new();
    let fit = NodeRef::<html::Section>::new();

    // Redraw only the cards whose content changed (a card left out of this
    // surface has no node and is never drawn).
    let drawn = StoredValue::new([0u64; 5]);
    Effect::new(move |_| {
        let report = checker.settled.get();
        let now = panel_signatures(&report);
        let before = drawn.get_value();
        let cards: [(Option<Element>, DrawCard); 5] = [
            (score.get().map(Into::into), draw_score),
            (pictures.get().map(Into::into), draw_pictures),
            (fix_first.get().map(Into::into), draw_fix_first),
            (findings.get().map(Into::into), draw_findings),
            (fit.get().map(Into::into), draw_tailoring),
        ];
        for (i, (root, draw)) in cards.into_iter().enumerate() {
            if let Some(root) = root.filter(|r| !r.has_attribute("hidden")) {
                if now[i] != before[i] || root.child_element_count() == 0 {
                    draw(&root, &report);
                }
            }
        }
        drawn.set_value(now);
    });
    let shows = move |part| checker.shows(part);

    view! {
        <aside
            class="panel"
            aria-label="Results"
            on:click=move |ev| {
                if let Some(span) = checker.settled.with_untracked(|r| clicked_span(&ev, r)) {
                    checker.select.set(Some(span));
                }
            }
        >
            <section class="card score-card" aria-label="Score" aria-live="polite" hidden=!shows(Part::Score) node_ref=score></section>
            <section class="card pictures" aria-label="Metrics at a glance" hidden=!shows(Part::Metrics) node_ref=pictures></section>
            <section class="card fit" aria-label="Fit to the role and job" hidden=!shows(Part::Fit) node_ref=fit></section>
            <section class="card fix-first" aria-label="Fix these first" hidden=!shows(Part::FixFirst) node_ref=fix_first></section>
            <section class="card findings-card" aria-label="Findings" hidden=!shows(Part::Findings) node_ref=findings></section>
        </aside>
    }
}
