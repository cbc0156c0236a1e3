//! The Fit report: what tailoring found (`tailor::TailorFacts`), assembled
//! after the rules ran, with the job description's findings and the
//! resume's stuffing among them. It sits above both the rules and the
//! tailoring facts they read, so the layers read top to bottom: facts
//! (`facts`, `tailor`), then `rules`, then `fit` and the report.

use serde::Serialize;

use crate::document::Document;
use crate::rules::{Finding, RuleId};
use crate::span::Span;
use crate::tailor::data::tailor_lexicon;
use crate::tailor::{Band, ConceptKind, Mention, Role, Scope, TailorFacts};

/// The report's `tailoring` section.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Tailoring {
    pub role: Option<Role>,
    pub band: Option<Band>,
    /// True when the band was estimated from the resume's dates.
    pub band_estimated: bool,
    pub job: Option<JobMatch>,
    /// The role's themes (empty with no role).
    pub themes: Vec<ThemeReport>,
    /// Every work bullet's scope.
    pub scope: Vec<ScopeReport>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct JobMatch {
    /// Matched terms (and years, when stated) over all of them, 0–1.
    pub match_rate: f64,
    pub matched: Vec<MatchedTerm>,
    pub missing: Vec<MissingTerm>,
    pub years_required: Option<u32>,
    pub years_met: Option<bool>,
    /// Findings on the job description's own text (spans index it):
    /// `jd/missing-keyword`.
    pub findings: Vec<Finding>,
    /// The resume's `jd/stuffing` findings (also in the report's findings).
    pub stuffing: Vec<Finding>,
}

/// A resume place: 1-based line, span and the text there.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Place {
    pub line: usize,
    pub span: Span,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MatchedTerm {
    pub term: String,
    /// The posting's other wordings of it ("query optimisation" beside
    /// "slow queries"), as first written.
    pub also: Vec<String>,
    pub kind: ConceptKind,
    /// Asked for as a requirement, not as a nice-to-have.
    pub required: bool,
    /// Where the resume shows it (at most five places).
    pub places: Vec<Place>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MissingTerm {
    pub term: String,
    /// The posting's other wordings of it, as first written.
    pub also: Vec<String>,
    pub kind: ConceptKind,
    /// Asked for as a requirement, not as a nice-to-have.
    pub required: bool,
    /// Its first mention in the job description.
    pub job_span: Span,
    /// Bullets where the person's work might already show it; `text` is the
    /// word that suggests so.
    pub pointers: Vec<Place>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ThemeReport {
    pub id: String,
    pub label: String,
    pub evidenced: bool,
    /// The bullets that evidence it (their first line and span).
    pub bullets: Vec<Place>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ScopeReport {
    pub line: usize,
    pub span: Span,
    pub scope: Scope,
    /// The words that set the scope.
    pub cue: Option<String>,
    /// Artifacts named in the bullet.
    pub artifacts: Vec<String>,
}

/// How two wordings are told apart: case, hyphens and a plural's "s" aside
/// ("Firewalls" is "firewall", "on-call" is "on call").
fn wording_key(w: &str) -> String {
    let mut key: String = w
        .chars()
        .map(|c| {
            if c == '-' {
                ' '
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    if key.len() > 3 && key.ends_with('s') && !key.ends_with("ss") {
        key.pop();
    }
    key
}

/// The posting's wordings of a term other than its name, in the order it
/// writes them: a reader sees that "query optimisation" was read, under
/// "slow queries". A gapped mention ("review … pull requests") is a
/// sentence, and a word sharing the next item's noun ("unit" in "unit and
/// integration tests") a fragment, not wordings: left out (more than five
/// words; one word that opens the term's name).
fn other_wordings(posting: &str, term: &crate::tailor::job::Term) -> Vec<String> {
    let mut keys = vec![wording_key(&term.name)];
    let mut out = Vec::new();
    // In the posting's order, as packed keys (the sort the findings use).
    let mut at: Vec<u128> = term
        .spans
        .iter()
        .map(|s| (s.start as u128) << 64 | s.end as u128)
        .collect();
    crate::sort::sort_keys(&mut at);
    for k in at {
        let w = posting[(k >> 64) as usize..k as u64 as usize].trim();
        let words = w.split_whitespace().count();
        let opens_the_name = words == 1
            && term
                .name
                .split_whitespace()
                .next()
                .is_some_and(|first| first.eq_ignore_ascii_case(w) && first != term.name);
        if w.is_empty() || words > 5 || opens_the_name || w.contains(['\n', '\r']) {
            continue;
        }
        let key = wording_key(w);
        if !keys.contains(&key) {
            keys.push(key);
            out.push(w.to_string());
        }
    }
    out
}

/// The `tailoring` section from what tailoring gathered (`facts`);
/// `job_findings` are the findings on the job description, `findings` the
/// resume's (for the stuffing copies).
pub fn report(
    facts: &TailorFacts,
    text: &str,
    doc: &Document,
    job_findings: Vec<Finding>,
    findings: &[Finding],
) -> Tailoring {
    let lx = tailor_lexicon();
    let place = |m: &Mention, whole: bool| {
        let block = &doc.blocks[m.block];
        // The document's own line table: a mention in a wrapped line or in
        // an entry's title above its block, with any line ending.
        let line = doc.lines.partition_point(|l| l.span.end < m.span.start);
        Place {
            line: line + 1,
            span: m.span,
            text: if whole {
                block.joined(text)
            } else {
                m.span.of(text).to_string()
            },
        }
    };
    // Without the lens a check has no job description (`tailor::lenses`):
    // none of the match's assembly is built.
    let job = facts.lens_job().map(|j| {
        // Each with where the posting first names it.
        let mut matched: Vec<(usize, MatchedTerm)> = Vec::new();
        let mut missing: Vec<(usize, MissingTerm)> = Vec::new();
        for ((t, hits), found) in j.terms.iter().zip(&facts.term_hits).zip(&facts.pointers) {
            let first = t.spans.iter().map(|s| s.start).min().unwrap_or(0);
            if hits.is_empty() {
                let pointers = found
                    .iter()
                    .map(|m| Place {
                        span: doc.blocks[m.block].span,
                        ..place(m, false)
                    })
                    .collect();
                missing.push((
                    first,
                    MissingTerm {
                        term: t.name.clone(),
                        also: other_wordings(&j.text, t),
                        kind: t.kind,
                        required: t.required,
                        job_span: t.spans[0],
                        pointers,
                    },
                ));
            } else {
                matched.push((
                    first,
                    MatchedTerm {
                        term: t.name.clone(),
                        also: other_wordings(&j.text, t),
                        kind: t.kind,
                        required: t.required,
                        places: hits.iter().take(5).map(|m| place(m, false)).collect(),
                    },
                ));
            }
        }
        // Required terms first; in the posting's order within each.
        crate::sort::sort_by_key(&mut missing, |(at, m)| (!m.required, *at));
        crate::sort::sort_by_key(&mut matched, |(at, m)| (!m.required, *at));
        let missing: Vec<MissingTerm> = missing.into_iter().map(|(_, m)| m).collect();
        let matched: Vec<MatchedTerm> = matched.into_iter().map(|(_, m)| m).collect();
        JobMatch {
            match_rate: (facts.match_rate().unwrap_or(0.0) * 1000.0).round() / 1000.0,
            matched,
            missing,
            years_required: j.years_required.map(|y| y.0),
            years_met: facts.years_met(),
            findings: job_findings,
            stuffing: findings
                .iter()
                .filter(|f| f.rule == RuleId::Stuffing)
                .cloned()
                .collect(),
        }
    });
    let themes = facts
        .themes
        .iter()
        .filter(|_| cfg!(feature = "lens"))
        .map(|(t, hits)| ThemeReport {
            id: lx.themes[*t].id.clone(),
            label: lx.themes[*t].label.clone(),
            evidenced: !hits.is_empty(),
            bullets: hits.iter().map(|m| place(m, true)).collect(),
        })
        .collect();
    let scope = doc
        .blocks
        .iter()
        .zip(&facts.scopes)
        .filter_map(|(b, s)| {
            let s = s.as_ref()?;
            Some(ScopeReport {
                line: b.line + 1,
                span: b.span,
                scope: s.scope,
                cue: s.cue.map(|c| c.of(text).to_string()),
                artifacts: s.artifacts.iter().map(|a| a.of(text).to_string()).collect(),
            })
        })
        .collect();
    Tailoring {
        role: facts.role,
        band: facts.band,
        band_estimated: facts.band_estimated,
        job,
        themes,
        scope,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tailor::job::Job;
    use std::sync::Arc;

    fn job_of(posting: &str, resume: &str) -> JobMatch {
        let options = crate::Options {
            job: Some(Arc::new(Job::parse(posting))),
            ..crate::Options::default()
        };
        crate::check(resume, &options).tailoring.job.unwrap()
    }

    #[test]
    fn a_term_lists_the_postings_other_wordings_once_each() {
        let posting = "Requirements\n- Large-scale distributed systems\n- Microservices on Kubernetes: a microservice per team, K8s\n- Design distributed systems that scale, on kubernetes\n";
        let j = job_of(
            posting,
            "EXPERIENCE\n- Ran distributed systems at 40k rps\n",
        );
        let ds = j.matched.iter().find(|m| m.term == "distributed systems");
        // Named once, its other wording listed once; the same words again add nothing.
        assert_eq!(ds.unwrap().also, ["Large-scale distributed systems"]);
        // A plural or a capital is the same wording; an abbreviation is not.
        let ms = j.missing.iter().find(|m| m.term == "microservices");
        assert_eq!(ms.unwrap().also, Vec::<String>::new());
        let k8s = j.missing.iter().find(|m| m.term == "Kubernetes");
        assert_eq!(k8s.unwrap().also, ["K8s"]);
    }

    #[test]
    #[cfg(feature = "job-lexicon")]
    fn a_resume_in_an_inflecting_language_shows_the_stems_it_was_asked_for() {
        let posting =
            "Mitä teet\n• Osallistut päivystykseen (viikko kuudesta, korvaus maksetaan erikseen)\n\
                       • Kubernetes-kokemus tuotannosta\n";
        let resume = "TYÖKOKEMUS\nSRE — Pihlaja Oy, Tampere   2023 – nyt\n\
                      • Päivystys viikko neljästä; kolme Kubernetes-klusteria AWS:ssä\n";
        let j = job_of(posting, resume);
        let matched: Vec<&str> = j.matched.iter().map(|m| m.term.as_str()).collect();
        assert_eq!(matched, ["on-call", "Kubernetes"], "{:?}", j.missing);
    }

    #[test]
    #[cfg(feature = "job-lexicon")]
    fn a_title_held_shows_its_practice_and_a_company_s_name_does_not() {
        let posting = "Requirements\n- DevOps experience\n- Data engineering\n- Kafka\n";
        let resume = "EXPERIENCE\nSenior DevOps Engineer — Havnefront Data AS, Oslo   2020 – 2022\n- Ran Kafka clusters with 40 brokers.\n";
        let j = job_of(posting, resume);
        let devops = j.matched.iter().find(|m| m.term == "DevOps");
        // Shown on the title's own line, above the entry's first bullet.
        assert_eq!(devops.map(|m| m.places[0].line), Some(2), "{:?}", j.matched);
        assert!(j.missing.iter().any(|m| m.term == "data engineering"));
        // A practice in the company's name is none held.
        let j = job_of(
            posting,
            "EXPERIENCE\nEngineer — DevOps Labs, Oslo   2020 – 2022\n- Ran Kafka clusters.\n",
        );
        assert!(
            j.missing.iter().any(|m| m.term == "DevOps"),
            "{:?}",
            j.matched
        );
    }

    #[test]
    #[cfg(feature = "job-lexicon")]
    fn a_gapped_form_s_gap_is_read_too() {
        let j = job_of(
            "Requirements\n- Debugging\n- Concurrency\n",
            "EXPERIENCE\n- Found and fixed concurrency bugs in the flush path with ThreadSanitizer.\n",
        );
        let matched: Vec<&str> = j.matched.iter().map(|m| m.term.as_str()).collect();
        assert_eq!(matched, ["debugging", "concurrency"], "{:?}", j.missing);
    }

    #[test]
    #[cfg(feature = "job-lexicon")]
    fn a_name_asked_for_is_read_inside_a_known_phrase() {
        let j = job_of(
            "Requirements\n- Develop firmware for ARM Cortex-M microcontrollers: drivers, control loops, power management\n",
            "EXPERIENCE\n- Ported the drive unit to FreeRTOS and wrote drivers for the UART and SPI peripherals.\n",
        );
        assert!(
            j.matched.iter().any(|m| m.term == "drivers"),
            "{:?}",
            j.missing
        );
    }

    #[test]
    #[cfg(feature = "job-lexicon")]
    fn version_control_is_no_api_versioning() {
        let posting = "Requirements\n- Version control for the API specs\n- API versioning\n";
        let j = job_of(
            posting,
            "EXPERIENCE\n- Versioned the rider API (/v3 to /v4).\n",
        );
        assert!(
            j.matched.iter().any(|m| m.term == "API versioning"),
            "{:?}",
            j.missing
        );
        let j = job_of(
            posting,
            "EXPERIENCE\n- Kept version control for the API in Git.\n",
        );
        assert!(
            j.missing.iter().any(|m| m.term == "API versioning"),
            "{:?}",
            j.matched
        );
    }

    #[test]
    fn a_shared_noun_s_first_word_is_no_wording() {
        let j = job_of(
            "Requirements\n- Write unit and integration tests\n- Unit tests in Go\n",
            "EXPERIENCE\n- Ran Go services\n",
        );
        let unit = j.missing.iter().find(|m| m.term == "unit testing");
        assert_eq!(unit.unwrap().also, ["Unit tests"]);
    }

    #[test]
    fn a_resume_s_shared_noun_shows_each_item() {
        let j = job_of(
            "Requirements\n- Unit testing and integration testing\n",
            "EXPERIENCE\n- Wrote unit and integration tests for billing, cutting escaped bugs 40%\n",
        );
        let matched: Vec<&str> = j.matched.iter().map(|m| m.term.as_str()).collect();
        assert_eq!(matched, ["unit testing", "integration testing"]);
        assert!(j.missing.is_empty());
    }

    #[test]
    #[cfg(feature = "job-lexicon")]
    fn three_of_a_topic_s_parts_show_the_topic() {
        let posting = "Requirements\n- Networking\n";
        let three = "EXPERIENCE\n- Ran internal DNS and HAProxy load balancers\n- Debugged BGP sessions with our transit providers\n";
        assert!(job_of(posting, three)
            .matched
            .iter()
            .any(|m| m.term == "networking"));
        // Two are pointers, not the topic shown.
        let two = "EXPERIENCE\n- Ran internal DNS and HAProxy load balancers\n";
        let j = job_of(posting, two);
        assert!(
            j.missing.iter().any(|m| m.term == "networking"),
            "{:?}",
            j.matched
        );
    }

    #[test]
    #[cfg(feature = "job-lexicon")]
    fn repartitioning_shows_partitioning() {
        let j = job_of(
            "Requirements\n- Tune Spark jobs: partitioning, file sizes, cluster sizing\n",
            "EXPERIENCE\n- Tuned slow Spark jobs by fixing skewed joins and repartitioning\n",
        );
        assert!(
            j.matched.iter().any(|m| m.term == "partitioning"),
            "{:?}",
            j.missing.iter().map(|m| &m.term).collect::<Vec<_>>()
        );
    }

    /// A resume says the stack or the pages it built, not the practice's
    /// name: "across the full stack", "responsive web pages".
    #[test]
    #[cfg(feature = "job-lexicon")]
    fn the_full_stack_and_responsive_pages_show_their_practices() {
        let j = job_of(
            "Requirements\n- Full stack development with responsive design\n",
            "EXPERIENCE\n- Shipped checkout features across the full stack in React and Go\n- Built responsive web pages for 3 storefronts\n",
        );
        // Named as the posting spells it.
        let matched: Vec<&str> = j.matched.iter().map(|m| m.term.as_str()).collect();
        for term in ["full stack development", "responsive design"] {
            assert!(matched.contains(&term), "{term}: matched {matched:?}");
        }
    }

    /// "Kubernetes version upgrades", or clusters upgraded, are cluster
    /// upgrades.
    #[test]
    #[cfg(feature = "job-lexicon")]
    fn version_upgrades_show_cluster_upgrades() {
        for resume in [
            "EXPERIENCE\n- Own the twice-yearly Kubernetes version upgrades for 8 teams\n",
            "EXPERIENCE\n- Upgraded 12 production EKS clusters with no downtime\n",
        ] {
            let j = job_of("Requirements\n- Own cluster upgrades\n", resume);
            let matched: Vec<&str> = j.matched.iter().map(|m| m.term.as_str()).collect();
            assert!(
                matched.contains(&"cluster upgrades"),
                "{resume}: matched {matched:?}"
            );
        }
    }

    #[test]
    fn wordings_differ_by_more_than_case_hyphens_and_a_plural() {
        assert_eq!(wording_key("On-call"), wording_key("on call"));
        assert_eq!(wording_key("Firewalls"), wording_key("firewall"));
        assert_ne!(wording_key("access"), wording_key("acces"));
        assert_ne!(
            wording_key("slow queries"),
            wording_key("query optimisation")
        );
    }
}
