//! Results: bullets with no number, improvements claimed without one, and
//! numbers that cannot be right.

use super::{BlockCx, BlockFacts, RuleId, Sink};
use crate::document::BlockKind;
use crate::lexicon::{lexicon, Claim, MetricKind, SectionKind};
use crate::metrics::Metric;
use crate::span::Span;
use crate::text::{Kind, Token};

/// A work bullet with no number, an improvement claimed without one, a
/// number that cannot be right.
pub fn check_block(cx: &BlockCx, sink: &mut Sink) {
    let (block, facts, section) = (cx.block, cx.facts, cx.section);
    let work = section.is_work() && matches!(block.kind, BlockKind::Bullet | BlockKind::Paragraph);
    // A vague improvement is the sharper call for the same fix (add the
    // number), so a bullet gets one or the other.
    let vague_fired = (work
        || (section == SectionKind::Summary && block.kind == BlockKind::Paragraph))
        && vague(cx, facts, sink);
    if work && !vague_fired && facts.metrics.is_empty() && !is_label_line(&facts.tokens) {
        missing(cx, block.span, facts, sink);
    }
    if block.kind != BlockKind::SkillLine {
        implausible(cx, facts, sink);
    }
}

/// "Tech: Go, Kafka" or "Stack — Go, Kafka": a label, not an achievement.
fn is_label_line(t: &[Token]) -> bool {
    t.iter().take(4).any(|t| t.is_punct(':'))
}

fn missing(cx: &BlockCx, span: Span, facts: &BlockFacts, sink: &mut Sink) {
    let lx = lexicon();
    let fitting: Vec<&str> = facts
        .topics
        .iter()
        .filter_map(|k| lx.topics.iter().find(|t| t.kind == *k))
        .map(|t| t.suggestion.as_str())
        .take(2)
        .collect();
    let (message, suggestion) = if fitting.is_empty() {
        (
            "No number shows the size or the result of this work.".to_string(),
            "Add how much, how many, how fast or how often: users served, requests per second, time or money saved.".to_string(),
        )
    } else {
        let kinds: Vec<&str> = facts.topics.iter().take(2).map(|k| k.name()).collect();
        let article = if kinds[0].starts_with(['a', 'e', 'i', 'o', 'u']) {
            "An"
        } else {
            "A"
        };
        (
            format!(
                "{article} {} bullet with no number to back it.",
                kinds.join(" and ")
            ),
            format!("Add {}.", fitting.join("; or ")),
        )
    };
    let _ = cx;
    sink.emit(RuleId::MissingMetric, span, message, Some(suggestion));
}

/// Whether a metric quantifies a change rather than only giving scope:
/// "by 40%", "to 120 ms", "5x", "$2M saved" do; "across 12 services" does not.
fn quantifies_change(m: &Metric) -> bool {
    m.comparative || !matches!(m.kind, MetricKind::Scale | MetricKind::Count)
}

/// "Cut a release", "cut over": not an improvement.
fn is_other_sense(t: &[Token], i: usize) -> bool {
    let w = t[i].lower.as_str();
    let next = t.get(i + 1).map(|n| n.lower.as_str());
    let next2 = t.get(i + 2).map(|n| n.lower.as_str());
    match w {
        "cut" | "cuts" => {
            matches!(
                next,
                Some(
                    "over"
                        | "releases"
                        | "release"
                        | "branches"
                        | "branch"
                        | "tags"
                        | "ties"
                        | "the"
                        | "a"
                )
            ) && (next != Some("the") && next != Some("a")
                || matches!(next2, Some("release" | "branch" | "tag"))
                || t.get(i + 3).is_some_and(|n| n.lower == "release"))
        }
        "lower" | "lowered" => matches!(next, Some("level" | "-level" | "case")),
        "grow" | "grew" => matches!(next, Some("up")),
        _ => false,
    }
}

/// "Owned deploys, on-call, and improving the CI pipeline", "upkeep and
/// improvement of the claims ETL": the last item of a list of duties, not a
/// claim. A claim after a comma stays one: "Rewrote the cache, improving
/// hit rates".
fn is_listed_duty(t: &[Token], i: usize) -> bool {
    let w = t[i].lower.as_str();
    let listed = i > 0 && matches!(t[i - 1].lower.as_str(), "and" | "or" | "&");
    if !listed {
        return false;
    }
    let noun = matches!(
        w,
        "improvement" | "improvements" | "optimization" | "optimisation"
    );
    // An earlier comma in the same sentence makes "…, X and improving" a list.
    let sentence = t[..i]
        .iter()
        .rev()
        .take_while(|p| !(p.is_punct('.') || p.is_punct(';')));
    noun || w.ends_with("ing") && sentence.filter(|p| p.is_punct(',')).count() >= 1
}

/// Abbreviations whose period ends no sentence.
const ABBREVIATIONS: [&str; 7] = ["e.g", "i.e", "etc", "vs", "inc", "approx", "ca"];

/// Whether a later sentence than token `i`'s measures what it claims:
/// "…to improve utilization. Recovered 3 TB of orphaned volumes." does,
/// by a number of change, or by any number in a sentence that opens with a
/// verb (a result). "…; 40 teams use it" gives scope, not an answer.
fn measured_later(t: &[Token], facts: &BlockFacts, i: usize) -> bool {
    let ends = |j: usize| {
        t[j].is_punct(';')
            || (t[j].is_punct('.')
                && j > 0
                && !ABBREVIATIONS.contains(&t[j - 1].lower.as_str())
                && t.get(j + 1).is_some_and(|n| n.kind != Kind::Punct))
    };
    let Some(end) = (i..t.len()).find(|&j| ends(j)) else {
        return false;
    };
    let opens_with_verb = t
        .get(end + 1)
        .is_some_and(|n| n.kind == Kind::Word && lexicon().verb(&n.lower).is_some());
    facts
        .metrics
        .iter()
        .filter(|m| m.span.start > t[end].span.start)
        // "Recovered 3 TB…" answers a claim; "Mentored 2 interns" does not.
        .any(|m| opens_with_verb && m.kind != MetricKind::Count || quantifies_change(m))
}

/// Returns whether it fired.
fn vague(cx: &BlockCx, facts: &BlockFacts, sink: &mut Sink) -> bool {
    if facts.metrics.iter().any(quantifies_change) {
        return false;
    }
    let lx = lexicon();
    let t = &facts.tokens;
    let first = t.iter().position(|t| t.kind != Kind::Punct).unwrap_or(0);
    for i in 0..t.len() {
        // Every claim opens with a word: no lookup for punctuation or numbers.
        if t[i].kind != Kind::Word {
            continue;
        }
        // "Overhauled", "Modernized": only when no number says anything.
        let claim = lx
            .improvement
            .match_at(t, i)
            .filter(|(_, &list)| list == Claim::Improvement as usize || facts.metrics.is_empty());
        let Some((len, _)) = claim else {
            continue;
        };
        if measured_later(t, facts, i) {
            continue;
        }
        // A capital mid-sentence is a name: "Faster R-CNN", "Continuous Improvement guild".
        if i != first && t[i].first_char_upper(cx.text) {
            continue;
        }
        if is_other_sense(t, i) || is_listed_duty(t, i) {
            continue;
        }
        let span = t[i].span.cover(t[i + len - 1].span);
        let word = span.of(cx.text);
        let what = facts
            .topics
            .first()
            .and_then(|k| lx.topics.iter().find(|t| t.kind == *k))
            .map_or(
                "the before and after, or the size of the change".to_string(),
                |t| t.suggestion.clone(),
            );
        sink.emit(
            RuleId::VagueImprovement,
            span,
            format!("“{word}” claims an improvement but not how much."),
            Some(format!("Quantify it: {what}.")),
        );
        return true; // one per bullet: the fix is the same number
    }
    false
}

const REDUCE: &[&str] = &[
    "reduced",
    "reduce",
    "reduces",
    "cut",
    "cuts",
    "decreased",
    "decrease",
    "lowered",
    "lower",
    "slashed",
    "minimized",
    "shrank",
    "shrunk",
    "trimmed",
    "dropped",
    "reduction",
    "decrease",
];
const INCREASE: &[&str] = &[
    "increased",
    "increase",
    "increases",
    "grew",
    "grow",
    "raised",
    "boosted",
    "doubled",
    "tripled",
    "expanded",
    "scaled",
];

fn implausible(cx: &BlockCx, facts: &BlockFacts, sink: &mut Sink) {
    // Every reading below is of the block's figures: most blocks have none,
    // and need not have their words compared against the two lists.
    if facts.metrics.is_empty() {
        return;
    }
    let t = &facts.tokens;
    let has = |list: &[&str]| t.iter().any(|w| list.contains(&w.lower.as_str()));
    // Which way the bullet claims its figures went, read only when a figure
    // asks (a cut of 100% or more, or "from X to Y"): a scan of every word
    // against both lists.
    let direction = std::cell::OnceCell::new();
    let direction = || *direction.get_or_init(|| (has(REDUCE), has(INCREASE)));
    for m in &facts.metrics {
        let v = m.value.unwrap_or(0.0);
        let text = m.span.of(cx.text);
        if m.kind == MetricKind::Availability && text.contains('%') && v > 100.0 {
            sink.emit(
                RuleId::Implausible,
                m.span,
                format!("{text} availability is more than all of the time."),
                Some(
                    "Check the figure: availability is at most 100% (99.99% is four nines).".into(),
                ),
            );
        } else if text.contains('%') && v >= 100.0 && m.comparative && direction() == (true, false)
        {
            sink.emit(
                RuleId::Implausible,
                m.span,
                format!("A cut of {text} would leave nothing (or less than nothing)."),
                Some("Give the real before and after, or say “eliminated” if it is gone.".into()),
            );
        }
    }
    // Percentiles: p99 cannot be below p50.
    let lat: Vec<&Metric> = facts
        .metrics
        .iter()
        .filter(|m| m.percentile.is_some() && m.value.is_some())
        .collect();
    for a in &lat {
        for b in &lat {
            if a.percentile < b.percentile && a.value > b.value {
                sink.emit(
                    RuleId::Implausible,
                    a.span.cover(b.span),
                    format!(
                        "p{} is lower than p{}, which cannot happen.",
                        b.percentile.unwrap_or(0),
                        a.percentile.unwrap_or(0)
                    ),
                    Some("Check which figure is which percentile.".into()),
                );
            }
        }
    }
    // "from X to Y" that goes the wrong way for the verb.
    for pair in facts.metrics.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let between = cx.text[a.span.end..b.span.start].trim();
        let joins = ["to", "→", "->", "down to", "up to"];
        if !joins.iter().any(|j| between.eq_ignore_ascii_case(j)) {
            continue;
        }
        let (Some(x), Some(y)) = (a.value, b.value) else {
            continue;
        };
        if a.is_time != b.is_time {
            continue;
        }
        let (reducing, increasing) = direction();
        let wrong = (reducing && !increasing && y > x) || (increasing && !reducing && y < x);
        if wrong {
            sink.emit(
                RuleId::Implausible,
                a.span.cover(b.span),
                format!(
                    "“{}” goes the wrong way for a claim that it {}.",
                    a.span.cover(b.span).of(cx.text),
                    if reducing { "went down" } else { "went up" }
                ),
                Some("Check the order of the before and after figures.".into()),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{experience, hits};
    use super::super::RuleId;
    use crate::{check, Options};

    #[test]
    fn missing_metric_names_the_fitting_kind() {
        let text = experience(&[
            // ("to lower latency" would be a vague improvement, a finding of its own.)
            "Rewrote the checkout service with a latency budget per call",
            "Cut p99 latency from 480 ms to 120 ms",
        ]);
        let r = check(&text, &Options::fixed_date());
        let m: Vec<_> = r
            .findings
            .iter()
            .filter(|f| f.rule == RuleId::MissingMetric)
            .collect();
        assert_eq!(m.len(), 1);
        assert!(
            m[0].suggestion.as_deref().unwrap().contains("p99"),
            "{:?}",
            m[0]
        );
    }

    #[test]
    fn cost_bullets_ask_for_money() {
        let text = experience(&["Moved batch jobs to spot instances to save on cloud costs"]);
        let r = check(&text, &Options::fixed_date());
        let m = r
            .findings
            .iter()
            .find(|f| f.rule == RuleId::MissingMetric)
            .unwrap();
        assert!(m.suggestion.as_deref().unwrap().contains("money"), "{m:?}");
    }

    #[test]
    fn vague_improvements() {
        let text = experience(&[
            "Improved reliability of the ingestion pipeline",
            "Optimized SQL queries across 12 services",
            "Reduced p99 latency by 40%",
            "Cut the 2.3 release and ran the rollout",
            "Trained Faster R-CNN models on 8 GPUs",
            "Expanded the service to 3 regions",
        ]);
        assert_eq!(
            hits(&text, RuleId::VagueImprovement),
            vec!["Improved", "Optimized"]
        );
    }

    /// Issue 14: betterment claimed in other shapes, and the reverse false alarms.
    #[test]
    fn vague_improvement_in_other_shapes() {
        let text = experience(&[
            "Split the config loader into modules for easier maintenance",
            "Wrote a setup script to make onboarding smoother",
            "Rebuilt the settings page for a better user experience",
            "Overhauled the alerting rules for the storage fleet",
            "Modernized the legacy billing frontend",
            // A number anywhere answers a renovation.
            "Modernized the billing frontend used by 300 customers",
            // Measured in the next sentence.
            "Consolidated idle volumes to improve utilization. Recovered 3 TB of orphaned storage.",
            // Scope in the next sentence, and an abbreviation's period, answer nothing.
            "Improved reliability of the deploy pipeline; 40 teams use it",
            "Optimized the CI cache (e.g. Gradle, npm) for 120 engineers",
            // Measured in the same one, as before.
            "Made the deploy pipeline faster, from 40 to 12 minutes",
        ]);
        assert_eq!(
            hits(&text, RuleId::VagueImprovement),
            vec![
                "easier",
                "smoother",
                "better user experience",
                "Overhauled",
                "Modernized",
                "Improved",
                "Optimized"
            ]
        );
    }

    #[test]
    fn a_later_count_does_not_answer_a_claim() {
        let text =
            experience(&["Improved reliability of the deploy pipeline. Mentored 2 interns."]);
        assert_eq!(hits(&text, RuleId::VagueImprovement), vec!["Improved"]);
    }

    #[test]
    fn an_improvement_listed_among_duties_is_no_claim() {
        let text = experience(&[
            "Led a team of 5. Owned deploys, on-call, and improving the CI pipeline.",
            "Managed 7 engineers; duties covered hiring, roadmaps and improving incident reviews.",
            "Owned the upkeep and improvement of the claims ETL",
        ]);
        assert_eq!(hits(&text, RuleId::VagueImprovement), Vec::<&str>::new());
        let claims = experience(&["Rewrote the cache layer, improving hit rates"]);
        assert_eq!(hits(&claims, RuleId::VagueImprovement), vec!["improving"]);
    }

    #[test]
    fn implausible_numbers() {
        let text = experience(&[
            "Reduced error rate by 120% in 2 quarters",
            "Held 100.5% uptime for the API",
            "Brought p50 to 80 ms and p99 to 40 ms",
            "Cut build time from 4 minutes to 9 minutes",
            "Reduced latency by 40% from 200 ms to 120 ms",
        ]);
        let h = hits(&text, RuleId::Implausible);
        assert_eq!(
            h,
            vec![
                "120%",
                "100.5%",
                "80 ms and p99 to 40 ms",
                "4 minutes to 9 minutes"
            ]
        );
    }
}
