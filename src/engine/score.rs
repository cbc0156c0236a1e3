//! The score: 0–100, from four categories, deterministic. The README
//! documents the formula; bump [`SCORE_VERSION`] whenever it changes.

use std::collections::BTreeMap;

use serde::Serialize;

use super::rules::{Category, Finding, RuleId, Severity};

pub const SCORE_VERSION: &str = "1.0";

/// Category weights, summing to 1.
pub const WEIGHTS: [(Category, f64); 4] = [
    (Category::Impact, 0.40),
    (Category::BulletQuality, 0.30),
    (Category::Brevity, 0.15),
    (Category::Evidence, 0.15),
];

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Score {
    pub total: u32,
    pub categories: BTreeMap<&'static str, u32>,
    pub version: &'static str,
}

/// What the score needs besides the findings.
pub struct ScoreInput<'a> {
    pub findings: &'a [Finding],
    /// Work bullets (experience, projects, open source).
    pub work_bullets: usize,
    pub quantified_work_bullets: usize,
    /// Work bullets with at least one bullet-quality warning.
    pub work_bullets_with_quality_warnings: usize,
}

fn count(findings: &[Finding], rule: RuleId) -> f64 {
    findings.iter().filter(|f| f.rule == rule).count() as f64
}

fn clamp(x: f64) -> u32 {
    x.clamp(0.0, 100.0).round() as u32
}

pub fn score(input: &ScoreInput) -> Score {
    let f = input.findings;
    let mut categories = BTreeMap::new();
    if input.work_bullets == 0 {
        for c in Category::ALL {
            categories.insert(c.name(), 0);
        }
        return Score {
            total: 0,
            categories,
            version: SCORE_VERSION,
        };
    }
    let n = input.work_bullets as f64;
    // Impact: the share of quantified bullets, less vague and impossible claims.
    let impact = 100.0 * input.quantified_work_bullets as f64 / n
        - 8.0 * count(f, RuleId::VagueImprovement)
        - 20.0 * count(f, RuleId::Implausible);
    // Bullet quality: the share of bullets with no quality warning, less the
    // quality warnings elsewhere (summary filler, first person in prose).
    let quality_elsewhere = f
        .iter()
        .filter(|x| x.rule.category() == Category::BulletQuality && x.severity == Severity::Warning)
        .count() as f64;
    let in_bullets = input.work_bullets_with_quality_warnings as f64;
    let quality = 100.0 * (n - in_bullets) / n - 2.0 * (quality_elsewhere - in_bullets).max(0.0);
    let brevity = 100.0
        - 10.0 * count(f, RuleId::Dense)
        - 4.0 * count(f, RuleId::TooShort)
        - 25.0 * count(f, RuleId::Pages)
        - 5.0 * count(f, RuleId::OldRole);
    let evidence = 100.0
        - 25.0 * count(f, RuleId::NoCodeLink)
        - (5.0 * count(f, RuleId::BareSkill)).min(40.0)
        - 15.0 * count(f, RuleId::Definition);
    let values = [
        (Category::Impact, clamp(impact)),
        (Category::BulletQuality, clamp(quality)),
        (Category::Brevity, clamp(brevity)),
        (Category::Evidence, clamp(evidence)),
    ];
    let mut total = 0.0;
    for (c, v) in values {
        categories.insert(c.name(), v);
        let w = WEIGHTS
            .iter()
            .find(|(k, _)| *k == c)
            .map_or(0.0, |(_, w)| *w);
        total += w * f64::from(v);
    }
    Score {
        total: clamp(total),
        categories,
        version: SCORE_VERSION,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weights_sum_to_one() {
        let s: f64 = WEIGHTS.iter().map(|(_, w)| w).sum();
        assert!((s - 1.0).abs() < 1e-9);
    }

    #[test]
    fn all_quantified_and_clean_is_100() {
        let s = score(&ScoreInput {
            findings: &[],
            work_bullets: 4,
            quantified_work_bullets: 4,
            work_bullets_with_quality_warnings: 0,
        });
        assert_eq!(s.total, 100);
    }

    #[test]
    fn no_bullets_is_zero() {
        let s = score(&ScoreInput {
            findings: &[],
            work_bullets: 0,
            quantified_work_bullets: 0,
            work_bullets_with_quality_warnings: 0,
        });
        assert_eq!(s.total, 0);
    }
}
