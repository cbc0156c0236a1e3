//! The score: 0–100, from four categories, deterministic. The README
//! documents the formula; bump [`SCORE_VERSION`] whenever it changes.

use serde::Serialize;

use super::rules::{Category, Finding, RuleId, Severity};

pub const SCORE_VERSION: &str = "1.1";

/// Category weights, summing to 1, with no role or job description.
pub const WEIGHTS: [(Category, f64); 5] = [
    (Category::Impact, 0.40),
    (Category::BulletQuality, 0.30),
    (Category::Brevity, 0.15),
    (Category::Evidence, 0.15),
    (Category::Fit, 0.0),
];

/// Weights when a role or a job description is given: fit counts 20%.
pub const TAILORED_WEIGHTS: [(Category, f64); 5] = [
    (Category::Impact, 0.35),
    (Category::BulletQuality, 0.25),
    (Category::Brevity, 0.10),
    (Category::Evidence, 0.10),
    (Category::Fit, 0.20),
];

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Score {
    pub total: u32,
    pub categories: Categories,
    pub version: &'static str,
}

/// Each category's score, 0–100 (a JSON object keyed by category name).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Categories {
    pub impact: u32,
    pub bullet_quality: u32,
    pub brevity: u32,
    pub evidence: u32,
    /// Role themes shown and job-description match, less stuffing; `None`
    /// (and weightless) with no role and no job description.
    pub fit: Option<u32>,
}

impl Categories {
    /// (name, score) in the order of [`Category::ALL`]; fit only when counted.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, u32)> {
        [
            (Category::Impact.name(), Some(self.impact)),
            (Category::BulletQuality.name(), Some(self.bullet_quality)),
            (Category::Brevity.name(), Some(self.brevity)),
            (Category::Evidence.name(), Some(self.evidence)),
            (Category::Fit.name(), self.fit),
        ]
        .into_iter()
        .filter_map(|(n, v)| Some((n, v?)))
    }
}

/// The counts the score is made of. Counting (rather than scanning findings)
/// lets the engine ask "what if this bullet were fixed?" cheaply.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Tally {
    per_rule: [i64; RuleId::ALL.len()],
    /// Bullet-quality warnings anywhere.
    quality_warnings: i64,
    /// Work bullets (experience, projects, open source).
    pub work_bullets: i64,
    pub quantified: i64,
    /// Work bullets with at least one bullet-quality warning.
    pub flagged: i64,
    /// The fit category before stuffing penalties, when a role or job is given.
    pub fit: Option<f64>,
}

impl Tally {
    /// Counts (`sign` 1) or uncounts (`sign` -1) a finding.
    pub fn add(&mut self, f: &Finding, sign: i64) {
        // Scope findings from a band estimated from dates are notes (info):
        // they inform but cost nothing, since the estimate can be wrong.
        let estimated_scope =
            f.severity == Severity::Info && matches!(f.rule, RuleId::OverClaim | RuleId::UnderSell);
        if estimated_scope {
            return;
        }
        self.per_rule[f.rule as usize] += sign;
        if is_quality_warning(f) {
            self.quality_warnings += sign;
        }
    }

    fn count(&self, rule: RuleId) -> f64 {
        self.per_rule[rule as usize] as f64
    }
}

pub fn is_quality_warning(f: &Finding) -> bool {
    f.rule.category() == Category::BulletQuality && f.severity == Severity::Warning
}

fn clamp(x: f64) -> u32 {
    x.clamp(0.0, 100.0).round() as u32
}

pub fn score(t: &Tally) -> Score {
    if t.work_bullets <= 0 {
        return Score {
            total: 0,
            categories: Categories::default(),
            version: SCORE_VERSION,
        };
    }
    let n = t.work_bullets as f64;
    // Impact: the share of quantified bullets, less vague and impossible claims.
    let impact = 100.0 * t.quantified as f64 / n
        - 8.0 * t.count(RuleId::VagueImprovement)
        - 20.0 * t.count(RuleId::Implausible);
    // Bullet quality: the share of bullets with no quality warning, less the
    // quality warnings elsewhere (summary filler, first person in prose).
    let flagged = t.flagged as f64;
    let quality = 100.0 * (n - flagged) / n - 2.0 * (t.quality_warnings as f64 - flagged).max(0.0);
    let brevity = 100.0
        - 10.0 * t.count(RuleId::Dense)
        - 4.0 * t.count(RuleId::TooShort)
        - 25.0 * t.count(RuleId::Pages)
        - 5.0 * t.count(RuleId::OldRole);
    let evidence = 100.0
        - 25.0 * t.count(RuleId::NoCodeLink)
        - (5.0 * t.count(RuleId::BareSkill)).min(40.0)
        - 15.0 * t.count(RuleId::Definition)
        - 10.0 * t.count(RuleId::OverClaim);
    let impact = impact - 10.0 * t.count(RuleId::UnderSell);
    let fit = t
        .fit
        .map(|base| clamp(base - 10.0 * t.count(RuleId::Stuffing)));
    let categories = Categories {
        impact: clamp(impact),
        bullet_quality: clamp(quality),
        brevity: clamp(brevity),
        evidence: clamp(evidence),
        fit,
    };
    let weights = if fit.is_some() {
        &TAILORED_WEIGHTS
    } else {
        &WEIGHTS
    };
    let values = [
        categories.impact,
        categories.bullet_quality,
        categories.brevity,
        categories.evidence,
        fit.unwrap_or(0),
    ];
    // The weights are in the order of `values`.
    let total: f64 = weights
        .iter()
        .zip(values)
        .map(|((_, w), v)| w * f64::from(v))
        .sum();
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
        for weights in [WEIGHTS, TAILORED_WEIGHTS] {
            let s: f64 = weights.iter().map(|(_, w)| w).sum();
            assert!((s - 1.0).abs() < 1e-9);
            let order: Vec<Category> = weights.iter().map(|(c, _)| *c).collect();
            assert_eq!(order, Category::ALL);
        }
    }

    #[test]
    fn all_quantified_and_clean_is_100() {
        let t = Tally {
            work_bullets: 4,
            quantified: 4,
            ..Tally::default()
        };
        assert_eq!(score(&t).total, 100);
    }

    #[test]
    fn no_bullets_is_zero() {
        assert_eq!(score(&Tally::default()).total, 0);
    }

    #[test]
    fn each_unquantified_bullet_costs_impact() {
        let t = Tally {
            work_bullets: 4,
            quantified: 2,
            ..Tally::default()
        };
        let s = score(&t);
        assert_eq!(s.categories.impact, 50);
        assert_eq!(s.total, 80);
    }
}
