//! Scope against experience: organization-level claims early in a career
//! with nothing to back them, task-level bullets only late in one, and the
//! artifacts that count as evidence.

use super::{Context, RuleId, Severity, Sink};
use crate::tailor::{Band, Scope};

/// Under-selling needs this many work bullets to judge.
const MIN_BULLETS: usize = 3;

pub fn check(cx: &Context, sink: &mut Sink) {
    let t = cx.tailor;
    // A band estimated from dates can be wrong (gaps, part-time work): then
    // the scope findings are notes, not warnings.
    let severity = if t.band_estimated {
        Severity::Info
    } else {
        RuleId::OverClaim.severity()
    };
    let mut first_work = None;
    let mut work = 0;
    let mut above_task = false;
    for (b, block, _) in cx.blocks() {
        let Some(s) = &t.scopes[b] else {
            continue;
        };
        work += 1;
        first_work.get_or_insert(block.span);
        above_task |= s.scope > Scope::Task;
        // Artifacts are what a reviewer can ask to see: they back a wide claim.
        if s.scope >= Scope::CrossTeam {
            for a in &s.artifacts {
                sink.emit(
                    RuleId::Artifact,
                    *a,
                    format!(
                        "Evidence: \"{}\" is something a reviewer can ask to see; it backs this {} claim.",
                        a.of(cx.text),
                        s.scope.label()
                    ),
                    None,
                );
            }
        }
        let Some(band) = t.band else {
            continue;
        };
        let backed = s.quantified || !s.artifacts.is_empty();
        if band.is_junior() && s.scope == Scope::Organization && !backed {
            let cue = s.cue.unwrap_or(block.span);
            sink.emit_with(
                RuleId::OverClaim,
                severity,
                cue,
                format!(
                    "\"{}\" claims organization-level scope with {}{} and nothing here backs it.",
                    cue.of(cx.text),
                    band.label(),
                    if t.band_estimated { " (from your dates)" } else { "" }
                ),
                Some(
                    "Say what you did and what it produced: a number, an RFC or design doc, who adopted it."
                        .into(),
                ),
            );
        }
    }
    if let (Some(band), Some(span)) = (t.band, first_work) {
        if band >= Band::Senior && work >= MIN_BULLETS && !above_task {
            sink.emit_with(
                RuleId::UnderSell,
                severity,
                span,
                format!(
                    "With {}{}, all {work} bullets read as task-level (implemented, fixed, added).",
                    band.label(),
                    if t.band_estimated {
                        " (from your dates)"
                    } else {
                        ""
                    }
                ),
                Some(
                    "Show the scope you had: what you owned, designed or led, and for whom.".into(),
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::experience;
    use crate::tailor::{Band, Scope};
    use crate::{check, Options, RuleId};

    fn with_band(bullets: &[&str], band: Band) -> crate::Report {
        let options = Options {
            band: Some(band),
            ..Options::fixed_date()
        };
        check(&experience(bullets), &options)
    }

    fn rules(r: &crate::Report, rule: RuleId) -> usize {
        r.findings.iter().filter(|f| f.rule == rule).count()
    }

    #[test]
    fn bullets_are_classified_by_verb_phrase_and_numbers() {
        let r = check(
            &experience(&[
                "Implemented retries in the billing client",
                "Owned the payments service end to end",
                "Led a cross-team migration of 12 services to gRPC",
                "Set the hiring bar for the platform org",
                "Drove adoption of tracing across 6 teams",
                "Fixed flaky integration tests",
            ]),
            &Options::fixed_date(),
        );
        let scopes: Vec<Scope> = r.tailoring.scope.iter().map(|s| s.scope).collect();
        assert_eq!(
            scopes,
            [
                Scope::Task,
                Scope::Feature,
                Scope::CrossTeam,
                Scope::Organization,
                Scope::CrossTeam,
                Scope::Task
            ]
        );
    }

    #[test]
    fn junior_org_claims_without_evidence_are_over_claims() {
        let bad = with_band(&["Set the hiring bar for the engineering org"], Band::Early);
        assert_eq!(rules(&bad, RuleId::OverClaim), 1);
        // The same claim with a number, or at a senior band, is fine.
        let backed = with_band(
            &["Set the hiring bar for the engineering org, hiring 14 engineers in 2024"],
            Band::Early,
        );
        assert_eq!(rules(&backed, RuleId::OverClaim), 0);
        let senior = with_band(&["Set the hiring bar for the engineering org"], Band::Staff);
        assert_eq!(rules(&senior, RuleId::OverClaim), 0);
    }

    #[test]
    fn senior_task_only_bullets_are_under_sold() {
        let tasks = [
            "Implemented retries in the billing client, cutting errors by 30%",
            "Fixed 40 flaky integration tests",
            "Added metrics to 3 endpoints",
        ];
        assert_eq!(rules(&with_band(&tasks, Band::Staff), RuleId::UnderSell), 1);
        assert_eq!(rules(&with_band(&tasks, Band::Early), RuleId::UnderSell), 0);
        let mut owned = tasks.to_vec();
        owned.push("Owned the ledger service through 2 re-architectures");
        assert_eq!(rules(&with_band(&owned, Band::Staff), RuleId::UnderSell), 0);
    }

    #[test]
    fn artifacts_back_wide_claims() {
        let r = with_band(
            &["Led a cross-team migration to gRPC, written up in an RFC adopted by 5 teams"],
            Band::Early,
        );
        let texts: Vec<&str> = r
            .findings
            .iter()
            .filter(|f| f.rule == RuleId::Artifact)
            .map(|f| f.message.as_str())
            .collect();
        assert_eq!(texts.len(), 1, "{texts:?}");
        assert!(texts[0].contains("RFC"));
    }
}
