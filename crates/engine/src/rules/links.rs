//! Links: open-source work is strong evidence, so a code host link is expected.

use super::{Context, RuleId, Sink};
use crate::span::Span;

/// Code hosts whose link shows public work.
pub const CODE_HOSTS: &[&str] = &[
    "github.com",
    "gitlab.com",
    "codeberg.org",
    "bitbucket.org",
    "sr.ht",
    "git.sr.ht",
    "sourcehut.org",
    "github.io",
];

pub fn check(cx: &Context, sink: &mut Sink) {
    // Nothing to ask of an empty or tiny text.
    if cx.doc.blocks.len() < 3 {
        return;
    }
    let linked = |h: &&str| cx.links.iter().any(|l| l.contains(h));
    if names_a_code_host(cx.text) || CODE_HOSTS.iter().any(linked) {
        return;
    }
    // Point at the header (the first non-blank line), where contact links live.
    let first = cx
        .doc
        .lines
        .iter()
        .find(|l| !l.span.of(cx.text).trim().is_empty())
        .map_or(Span::new(0, 0), |l| {
            crate::document::lines::trim(cx.text, l.span)
        });
    sink.emit(
        RuleId::NoCodeLink,
        first,
        "No GitHub, GitLab or Codeberg link: public code is the strongest evidence an engineer can give.",
        Some("Add your profile link to the header, and link the repositories your best bullets mention.".into()),
    );
}

/// Whether `text` names a code host, in any case. Every host has a dot, so
/// only the text around its dots is compared: no lowercase copy of the
/// whole text and no eight searches through it on every keystroke.
fn names_a_code_host(text: &str) -> bool {
    let b = text.as_bytes();
    (0..b.len()).filter(|&i| b[i] == b'.').any(|dot| {
        CODE_HOSTS.iter().any(|h| {
            let before = h.find('.').unwrap_or(0);
            dot.checked_sub(before)
                .and_then(|from| b.get(from..from + h.len()))
                .is_some_and(|w| w.eq_ignore_ascii_case(h.as_bytes()))
        })
    })
}

#[cfg(test)]
mod tests {
    use super::names_a_code_host;

    #[test]
    fn code_hosts_in_any_case_and_place() {
        for text in [
            "github.com/jane",
            "Jane · GitHub.com/jane",
            "see https://GITLAB.COM/x.",
            "a.b git.sr.ht/~jane",
            "jane.github.io",
            "…codeberg.org",
        ] {
            assert!(names_a_code_host(text), "{text}");
        }
        for text in [
            "github dot com",
            "gitlab.co",
            "codeberg",
            ".com",
            "hub.com",
            "",
        ] {
            assert!(!names_a_code_host(text), "{text}");
        }
    }

    use super::super::testing::{experience, hits};
    use super::super::RuleId;

    #[test]
    fn no_code_link_fires_once() {
        let text = experience(&[
            "Built A for 3 teams",
            "Built B for 4 teams",
            "Built C for 5 teams",
        ]);
        assert_eq!(hits(&text, RuleId::NoCodeLink).len(), 1);
    }

    #[test]
    fn any_code_host_satisfies_it() {
        for host in [
            "github.com/jane",
            "https://gitlab.com/jane",
            "codeberg.org/jane",
        ] {
            let text = format!(
                "Jane Doe · {host}\n{}",
                experience(&["Built A for 3 teams", "Built B", "Built C"])
            );
            assert!(hits(&text, RuleId::NoCodeLink).is_empty(), "{host}");
        }
    }
}
