//! The panel: the score with its categories, and every finding.

use leptos::prelude::*;

use crate::engine::Report;

#[component]
pub fn FindingsPanel(report: Memo<Report>) -> impl IntoView {
    let total = move || report.with(|r| r.score.total);
    let categories = move || {
        report.with(|r| {
            r.score
                .categories
                .iter()
                .map(|(k, v)| (k.replace('_', " "), *v))
                .collect::<Vec<_>>()
        })
    };
    let findings = move || report.with(|r| r.findings.clone());
    let summary = move || {
        report.with(|r| {
            format!(
                "{} findings · {} of {} work bullets quantified",
                r.findings.len(),
                r.stats.quantified_bullets.min(r.stats.work_bullets),
                r.stats.work_bullets
            )
        })
    };
    view! {
        <aside class="panel" aria-label="Findings">
            <div class="score" role="status" aria-live="polite">
                <span class="score-total" data-testid="score">{total}</span>
                <span class="score-of">"/100"</span>
            </div>
            <ul class="categories">
                {move || categories()
                    .into_iter()
                    .map(|(name, v)| view! { <li><span>{name}</span><span class="cat-value">{v}</span></li> })
                    .collect_view()}
            </ul>
            <p class="summary">{summary}</p>
            <ol class="findings">
                {move || findings()
                    .into_iter()
                    .map(|f| {
                        let sev = format!("finding sev-{}", serde_severity(f.severity));
                        view! {
                            <li class=sev data-rule=f.rule.id()>
                                <span class="where">{format!("{}:{}", f.line, f.column)}</span>
                                <span class="rule">{f.rule.id()}</span>
                                <span class="message">{f.message.clone()}</span>
                                {f.suggestion.clone().map(|s| view! { <span class="suggestion">{s}</span> })}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </aside>
    }
}

fn serde_severity(s: crate::engine::Severity) -> &'static str {
    match s {
        crate::engine::Severity::Info => "info",
        crate::engine::Severity::Warning => "warning",
        crate::engine::Severity::Error => "error",
    }
}
