//! Dates: roles so old they take space from recent work.

use super::{Context, RuleId, Sink};
use crate::document::dates::DateEnd;
use crate::lexicon::SectionKind;

/// Roles that ended longer ago than this are candidates for trimming.
pub const OLD_ROLE_YEARS: i32 = 15;

pub fn check(cx: &Context, sink: &mut Sink) {
    let today = cx.today.months(12);
    for e in &cx.doc.entries {
        if cx.doc.sections[e.section].kind != SectionKind::Experience {
            continue;
        }
        let Some(d) = e.dates else { continue };
        let DateEnd::On(end) = d.end else { continue };
        let age = today - end.months(12);
        if age > OLD_ROLE_YEARS * 12 {
            sink.emit(
                RuleId::OldRole,
                d.span,
                format!(
                    "This role ended about {} years ago; readers focus on the last 10–15.",
                    age / 12
                ),
                Some("Cut it to one line (title, company, years) or drop it.".into()),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::hits;
    use super::super::RuleId;

    #[test]
    fn old_roles_fire_and_recent_ones_do_not() {
        let text = "Experience\nEngineer, Acme   2015 – Present\n- Built things for 3 teams\nDeveloper, Old Co   2001 – 2005\n- Wrote Perl for 2 banks\nDeveloper, Mid Co   2012 – 2014\n- Wrote Java for 4 teams\n";
        // Options::fixed_date() is November 2026.
        assert_eq!(hits(text, RuleId::OldRole), vec!["2001 – 2005"]);
    }
}
