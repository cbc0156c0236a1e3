//! A posting's structure: the parts that name no requirement. "About us",
//! benefits and perks, equal-opportunity boilerplate, the header line of
//! company, place and team, idioms ("lead the charge") and team names
//! ("the Security team") are where a matcher reads bogus terms; `Job::parse`
//! reads no term inside them.

use super::data::{
    is_a_known_technology, is_a_known_word, is_han, tailor_lexicon, Headings, NiceReach, RoleWord,
};
use crate::document::lines::list_item_text;
use crate::hash::FastMap;
use crate::span::Span;
use crate::text::{Kind, Token};

/// What a heading or an inline label says its part is: `true` for a part
/// with no requirements in it.
fn names_no_requirements(label: &str) -> bool {
    let l = heading_words(label);
    let lx = tailor_lexicon();
    if is_one_of(&l, &lx.no_requirement_headings)
        || lx.field_headings.has(&l)
        || names_an_owned_panel(&l)
        || is_a_man_page_s(label, &["BUGS", "SYNOPSIS"])
    {
        return true;
    }
    // "About Tidewater", "About us": the company. Not "About the role",
    // "About you", "About the team": the job.
    l.strip_prefix("about ")
        .is_some_and(|rest| !lx.job_headings.iter().any(|h| rest == *h))
}

/// A man page's section, headed in capitals as man pages are: its BUGS
/// (what the job lacks) and SYNOPSIS (the command that applies) name no
/// requirement, its OPTIONS are what would be nice. In other case the words
/// are a posting's own ("Bugs" over a QA job's duties).
///
/// Good: "BUGS", "SYNOPSIS", "OPTIONS". Bad: "Bugs", "Synopsis", "Options:
/// Kafka or RabbitMQ".
fn is_a_man_page_s(label: &str, sections: &[&str]) -> bool {
    let t = label.trim();
    sections.contains(&t)
}

/// A company's own panel, headed with its possessive: a stack-sharing
/// site's "Brindlecombe's Tech Stack" lists the company's tools, not the
/// job's (its "Tech stack" heading alone is the job's).
///
/// Good: "brindlecombe's tech stack", "acme’s stack". Bad: "tech stack",
/// "what's our stack".
fn names_an_owned_panel(l: &str) -> bool {
    let Some((first, rest)) = l.split_once(' ') else {
        return false;
    };
    let owner = first
        .strip_suffix("'s")
        .or_else(|| first.strip_suffix("’s"));
    owner.is_some_and(|o| {
        !o.is_empty() && !matches!(o, "it" | "what" | "that" | "here" | "there" | "let" | "who")
    }) && tailor_lexicon().owned_headings.iter().any(|h| h == rest)
}

/// A heading's or a label's words, to compare: no colon, no Markdown
/// emphasis or heading marks ("**Nice to have:**"), no question marks
/// ("¿Quiénes somos?"), lowercase.
fn heading_words(label: &str) -> String {
    let t = label.trim_matches(|c: char| {
        c.is_whitespace() || matches!(c, ':' | '*' | '_' | '#' | '?' | '¿')
    });
    let mut out = String::with_capacity(t.len());
    // Most labels are ASCII: byte by byte, the same rule.
    if t.is_ascii() {
        let b = t.as_bytes();
        let letter = |k: Option<&u8>| k.is_some_and(u8::is_ascii_alphabetic);
        for (k, &c) in b.iter().enumerate() {
            let c = if c == b'0' && k > 0 && letter(b.get(k - 1)) && letter(b.get(k + 1)) {
                b'o'
            } else {
                c.to_ascii_lowercase()
            };
            out.push(char::from(c));
        }
        return out;
    }
    let mut before = None;
    let mut chars = t.chars().peekable();
    while let Some(c) = chars.next() {
        // A flyer's OCR reads the letter O as a zero ("Y0U'LL NEED", "N0T
        // NEEDED"): between two letters, it is one.
        let letter = |c: Option<char>| c.is_some_and(char::is_alphabetic);
        let c = if c == '0' && letter(before) && letter(chars.peek().copied()) {
            'o'
        } else {
            c
        };
        out.push(crate::document::lines::heading_lowercase(c));
        before = Some(c);
    }
    out
}

/// A line as a reader sees it: trimmed, without a Markdown heading's marks
/// or its bold ("## Benefits", "**Extra credit**" -> "Benefits", "Extra
/// credit") or a toggle's arrow ("▸ What we offer"), so it heads its part
/// as a plain heading would.
fn undecorated(line: &str) -> &str {
    if let Some(cell) = first_cell(line) {
        return cell;
    }
    if let Some(label) = sheet_row_label(line) {
        return label;
    }
    let line = without_controls(line);
    let line = without_comment_mark(line);
    if let Some(value) = json_heading(line) {
        return value;
    }
    if let Some(value) = po_heading(line) {
        return value;
    }
    let core = crate::document::lines::heading_core(line).0;
    let core = wiki_heading(core).unwrap_or(core);
    let core = textile_heading(core).unwrap_or(core);
    let core = rst_directive(core).unwrap_or(core);
    let core = without_help_tag(core);
    let core = without_a_tag(core);
    let core = without_edit_link(core);
    let core = without_section_number(core);
    let core = without_container(core);
    let core = without_banner_rules(core);
    // A Notion toggle's heading ("▸ What we offer") is no list item; "►"
    // and "▶" are a Word document's bullets.
    let core = core.strip_prefix('▸').map_or(core, str::trim_start);
    without_icon(core)
}

/// A Markdown heading inside a code comment, as a posting written in a
/// code editor's comments is pasted ("// ### Nice to have", "-- ##
/// Requirements"): the heading, without its comment's mark.
///
/// Good: "// ### Nice to have" -> "### Nice to have". Bad (kept): "//
/// Requirements" (no heading's mark), "--## Kafka" (no space), "// #
/// TODO".
fn without_comment_mark(line: &str) -> &str {
    let t = line.trim_start();
    let Some(rest) = t.strip_prefix("// ").or_else(|| t.strip_prefix("-- ")) else {
        return line;
    };
    let rest = rest.trim_start();
    let hashes = rest.bytes().take_while(|&b| b == b'#').count();
    if (2..=4).contains(&hashes) && rest[hashes..].starts_with(' ') {
        rest
    } else {
        line
    }
}

/// A heading without the one word of the container it is in, before a
/// dash, where what follows names the job's part or a nice part: a card's
/// checklist ("Checklist — Must have  (0/5)") or a form's section ("Part B –
/// Nice to have") heads that part.
///
/// Good: "Checklist — Must have (0/5)" -> "Must have (0/5)", "Section –
/// Requirements" -> "Requirements". Bad (kept): "Checklist — launch
/// tasks", "Backend Engineer — Requirements" (a title), "Preferred —
/// Qualifications" (a qualifier, no container), "Checklist".
fn without_container(t: &str) -> &str {
    let Some((head, rest)) = t.split_once(" — ").or_else(|| t.split_once(" – ")) else {
        return t;
    };
    let rest = rest.trim_start();
    // A container's word, not a qualifier ("Preferred — Qualifications",
    // "Benefits — Requirements" head their own parts).
    let container = matches!(
        head.trim().to_ascii_lowercase().as_str(),
        "checklist" | "section" | "part" | "tab" | "step"
    );
    if container && (names_the_job(rest) || names_nice_part(rest)) {
        rest
    } else {
        t
    }
}

/// A heading without the number a document's section carries ("1.3 SIFA
/// ZA ZIADA", "2.1 Requirements"), where what follows names a part: the
/// number is the section's place, not its name.
///
/// Good: "1.3 SIFA ZA ZIADA (zitazingatiwa)" -> "SIFA ZA ZIADA
/// (zitazingatiwa)", "2.1 Requirements" -> "Requirements". Bad (kept): "3.5
/// years of Go" (no part), "1. Requirements" (a list's number, read as
/// one), "v1.2 Benefits".
fn without_section_number(t: &str) -> &str {
    let Some((number, rest)) = t.split_once(' ') else {
        return t;
    };
    let number = number.trim_end_matches('.');
    let dotted = number.contains('.')
        && number
            .split('.')
            .all(|n| (1..=2).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()));
    let rest = rest.trim_start();
    // A whole heading the lists hold, a note in brackets aside: not "2.1
    // Benefits realisation experience", a criterion.
    let name = rest
        .strip_suffix(')')
        .and_then(|r| r.split_once(" ("))
        .map_or(rest, |(name, _)| name);
    let words = heading_words(name);
    let lx = tailor_lexicon();
    // A part's word may lead a short name ("Requirements", "Key
    // responsibilities" after "responsibilit").
    let part = words.split_whitespace().count() <= 3
        && !words.bytes().any(|b| b.is_ascii_digit())
        && lx
            .job_part_words
            .starting_as(&words)
            .any(|w| words.starts_with(w));
    let whole = part || lx.nice_headings.has(&words) || lx.no_requirement_headings.has(&words);
    if dotted && whole {
        rest
    } else {
        t
    }
}

/// A pictograph or a symbol an interface draws (an emoji, "✖", "⚠", "➤"),
/// not a list's bullet.
fn is_an_icon(c: char) -> bool {
    (is_a_pictograph(c) || matches!(c as u32, 0x2190..=0x21FF | 0x2300..=0x23FF))
        && !crate::document::lines::is_a_bullet_marker(c)
}

/// An emoji or a pictograph's block: symbols and dingbats, arrows and
/// shapes, and the emoji planes.
fn is_a_pictograph(c: char) -> bool {
    matches!(c as u32, 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0x1F000..=0x1FAFF)
}

/// A line without the icon a social post or a chat sets before a heading
/// ("⭐️ Nice to have", "🎁 We offer", "🛠 Stack"): an emoji or a pictograph,
/// its variation selector, then a space. A bullet's marker stays ("✅
/// Requirements" is a list item's text either way, and "• Go" an item).
///
/// Good: "⭐️ Nice to have" -> "Nice to have", "🎮 About the team" -> "About
/// the team". Bad (kept): "• Go", "→ Kafka", "★★★★★ 4.9" (no space after
/// one icon), "C++".
fn without_icon(t: &str) -> &str {
    let mut chars = t.char_indices();
    let Some((_, first)) = chars.next() else {
        return t;
    };
    // Ticks, crosses and ballot boxes mark a checklist's rows ("✗ Do you
    // have a spec?"), no heading's icon.
    let checklist = matches!(first as u32, 0x2610..=0x2612 | 0x2713..=0x2718);
    let pictograph =
        is_a_pictograph(first) && !checklist && !crate::document::lines::is_a_bullet_marker(first);
    if !pictograph {
        return t;
    }
    // Past its variation selector, skin tone and any emoji a joiner ties
    // to it ("🙋🏽", "👩‍💻"); not a second icon ("★★★★★ 4.9").
    let modifier = |c: char| matches!(c as u32, 0xFE0F | 0x1F3FB..=0x1F3FF);
    let mut rest = t[first.len_utf8()..].trim_start_matches(modifier);
    while let Some(joined) = rest.strip_prefix('\u{200D}') {
        let mut chars = joined.chars();
        if chars.next().is_none() {
            break;
        }
        rest = chars.as_str().trim_start_matches(modifier);
    }
    match rest.strip_prefix(' ') {
        Some(after) if after.starts_with(|c: char| c.is_alphanumeric()) => after,
        _ => t,
    }
}

/// A line its markup marks as a heading, a wiki's or a JSON section's: it
/// heads its part with no blank line before it.
fn is_marked_heading(line: &str) -> bool {
    json_heading(line).is_some()
        || wiki_heading(line.trim()).is_some()
        || textile_heading(line.trim()).is_some()
}

/// A Jira or Redmine wiki heading (Textile) without its mark: "h2. Nice
/// to have" -> "Nice to have".
///
/// Good: "h2. Nice to have", "h3. Requirements". Bad: "h2." (nothing
/// after), "h264. codec", "h2.5 rollout".
fn textile_heading(t: &str) -> Option<&str> {
    let b = t.as_bytes();
    let marked = b.len() > 4 && b[0] == b'h' && (b'1'..=b'6').contains(&b[1]) && &b[2..4] == b". ";
    let rest = t.get(4..)?.trim();
    (marked && !rest.is_empty()).then_some(rest)
}

/// A wiki's heading without its marks: "=== Nice to have ===" -> "Nice to
/// have"; AsciiDoc's, with no closing run ("== Nice to have").
///
/// Good: "== What you'll do ==", "=== Nice to have". Bad: "==> logs <=="
/// (no space after its opening run), "a == b", "= Title" (a document's
/// title, one mark).
fn wiki_heading(t: &str) -> Option<&str> {
    let inner = t.strip_prefix("==")?;
    let inner = inner.strip_suffix("==").unwrap_or(inner);
    let inner = inner.trim_matches('=');
    let closed = inner.ends_with(' ') || !inner.contains('=');
    (inner.starts_with(' ') && closed && !inner.trim().is_empty()).then(|| inner.trim())
}

/// A line without the bracketed tag a board sets before a note: its kind
/// and author ("[sticky · Pau] Not this job: …").
///
/// Good: "[sticky · Joel] Nice: Kotlin" -> "Nice: Kotlin". Bad (kept):
/// "[Kafka](https://kafka.apache.org)" (a link), "[x] Go" and "[ ] Rust"
/// (tick boxes), "[Kafka, Flink and Spark Streaming and more]" (all of it
/// in brackets), "[1] Kleppmann" (a reference), "[10:32] Requirements:",
/// "[HIRING] Junior SRE" (a tagged title).
fn without_a_tag(t: &str) -> &str {
    let Some(inner) = t.strip_prefix('[') else {
        return t;
    };
    let Some(close) = inner.find(']') else {
        return t;
    };
    let tag = &inner[..close];
    let rest = &inner[close + 1..];
    // A note's kind and its author, set apart by a dot: not a thread's
    // "[HIRING]" (a tagged title), a chat's "[14/03/25, 9:16 PM]" or a
    // row of buttons' "[ Apply now ]".
    let authored = tag.contains(['·', '•'])
        && tag.chars().any(char::is_alphabetic)
        && !tag.contains(|c: char| c.is_ascii_digit())
        && tag.split_whitespace().count() <= 5;
    if authored && rest.starts_with(' ') && !rest.trim().is_empty() {
        rest.trim_start()
    } else {
        t
    }
}

/// A reader's review under a page, opening with its stars: "★ 5 — "Wish
/// the MySQL people made one of these." — ada_db". Read as written, before
/// its star is taken for an icon.
///
/// Good: "★ 5 — "Great deck"", "★★★★☆ 4 · “Clear and short”". Bad: "★ 5+
/// years of Go" (a starred bullet), "★ 5 years with Kafka", "★ 5 — Go
/// (expert)" (a skills matrix).
fn is_a_review(line: &str) -> bool {
    let t = line.trim();
    let stars = t.chars().take_while(|c| matches!(c, '★' | '☆')).count();
    let mut words = t.trim_start_matches(['★', '☆']).split_whitespace();
    stars >= 1
        && words
            .next()
            .is_some_and(|w| matches!(w, "1" | "2" | "3" | "4" | "5"))
        && words
            .next()
            .is_some_and(|w| matches!(w, "—" | "–" | "-" | "·"))
        // Its words quoted: a skills matrix's "★ 5 — Go (expert)" is none.
        && words
            .next()
            .is_some_and(|w| w.starts_with(['"', '“', '«', '\'', '‘']))
}

/// A figure's or a table's caption in a report the posting sits in:
/// "Figure 1: Minimum night flow per district (log scale)", "Fig. 3 —
/// Flow".
///
/// Good: "Figure 1: Night flow", "Fig. 2. Latency", "Table 3 — Meters".
/// Bad: "Figures: we like them", "Table stakes: Go and Kafka", "Figure
/// out our on-call rota", "Table 2. Kafka and Flink are a must.".
fn is_a_caption(t: &str) -> bool {
    let figure = !t.starts_with("Table ");
    let Some(rest) = ["Figure ", "Fig. ", "Table "]
        .iter()
        .find_map(|p| t.strip_prefix(p))
    else {
        return false;
    };
    let number = rest
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(rest.len());
    let after = rest[number..].trim_start();
    // "Table 2. Kafka and Flink are a must." may be a sentence; a figure's
    // number with its full stop is a caption.
    number > 0
        && rest.starts_with(|c: char| c.is_ascii_digit())
        && (after.starts_with([':', '—', '–', '|']) || figure && rest[..number].ends_with('.'))
}

/// A Vim help file's heading without the tag set right of it: "4.
/// Optional features      *acme-optional*" -> "4. Optional features".
///
/// Good: "3. Requirements    *x-requirements*". Bad (kept): "Go *and*
/// Rust" (one space: emphasis), "*bold*".
fn without_help_tag(t: &str) -> &str {
    let Some(head) = t
        .strip_suffix('*')
        .and_then(|r| r.rfind("  *").map(|at| &t[..at]))
    else {
        return t;
    };
    let tag = t[head.len()..].trim_start();
    let tag_shaped = tag.len() > 2 && !tag[1..tag.len() - 1].contains([' ', '*']);
    if tag_shaped && !head.trim().is_empty() {
        head.trim_end()
    } else {
        t
    }
}

/// A wiki page's heading without the edit link a reader's selection takes
/// with it: "Requirements[edit]" -> "Requirements", "Desirable [edit
/// source]" -> "Desirable".
///
/// Good: "Out of scope[edit]", "Package [edit source]". Bad (kept):
/// "[edit]" alone, "Edit the config [edit mode]".
fn without_edit_link(t: &str) -> &str {
    ["[edit]", "[edit source]"]
        .iter()
        .find_map(|tag| t.strip_suffix(tag))
        .map(str::trim_end)
        .filter(|head| !head.is_empty())
        .unwrap_or(t)
}

/// A reStructuredText directive's title, or its name where it has none:
/// ".. tip:: Also welcome" -> "Also welcome", ".. warning::" ->
/// "warning". Its indented block is its part.
///
/// Good: ".. tip:: Also welcome", ".. note::". Bad: ".. _careers:" (a
/// link's target), "... and more", ".. 2 cores" (no directive's name).
fn rst_directive(t: &str) -> Option<&str> {
    // Admonitions and their kin title a block; "code-block", "include",
    // "image" take an argument, no title.
    const TITLED: [&str; 11] = [
        "note",
        "tip",
        "hint",
        "important",
        "warning",
        "caution",
        "attention",
        "admonition",
        "topic",
        "sidebar",
        "rubric",
    ];
    let (name, title) = t.strip_prefix(".. ")?.split_once("::")?;
    let title = title.trim();
    TITLED
        .contains(&name)
        .then_some(if title.is_empty() { name } else { title })
}

/// A posting's JSON, pretty-printed: a section's heading is a string
/// under a key that names one, and reads as that heading.
///
/// Good: `"heading": "Nice to have",` -> "Nice to have", `"title":
/// "Benefits"`, `"similar": [` -> "similar". Bad: `"description": "Nice to have Kafka"` (a value, not
/// a heading), `"heading": "Go", "items": […]` (more after it).
fn json_heading(line: &str) -> Option<&str> {
    let t = line.trim();
    let (key, value) = t.split_once(':')?;
    let key = key.trim().strip_prefix('"')?.strip_suffix('"')?;
    let value = value.trim();
    // A key that opens a list or an object heads a part it names:
    // `"similar": [`, not `"items": [`.
    if matches!(value, "[" | "{") {
        return (names_no_requirements(key) || names_nice_part(key)).then_some(key);
    }
    if !matches!(key, "heading" | "title" | "label" | "section") {
        return None;
    }
    let value = value.strip_suffix(',').unwrap_or(value).trim_end();
    let value = value.strip_prefix('"')?.strip_suffix('"')?;
    // An item's "title" or "label" ("Learning budget", "Kafka") is no
    // heading unless it names a part.
    let names_a_part = matches!(key, "heading" | "section")
        || names_no_requirements(value)
        || names_nice_part(value)
        || names_the_job(value);
    (!value.contains('"') && names_a_part).then_some(value)
}

/// A gettext catalogue's message that names a part ("msgid \"Nice to
/// have\""): the site's template pasted as its translation file, where
/// the heading's message heads the messages after it.
///
/// Good: `msgid "Nice to have"` -> "Nice to have", `msgstr "Benefits"`.
/// Bad: `msgid "Crossplane"` (no part), `msgid ""` (a long message's
/// opening).
fn po_heading(line: &str) -> Option<&str> {
    let t = line.trim();
    let value = t
        .strip_prefix("msgid \"")
        .or_else(|| t.strip_prefix("msgstr \""))?
        .strip_suffix('"')?;
    let names_a_part = !value.is_empty()
        && !value.contains('"')
        && (names_no_requirements(value) || names_nice_part(value) || names_the_job(value));
    names_a_part.then_some(value)
}

/// A card's or a board's panel heading with its controls on its line,
/// set apart by a run of spaces: the heading alone.
///
/// Good: "Activity          Show details" -> "Activity", "Checklist: Before
/// posting    Hide checked items   Delete" -> "Checklist: Before posting".
/// Bad (kept): "Department    Platform Engineering" (a field's value),
/// "Go    Rust    Kafka" (a table's columns).
fn without_controls(line: &str) -> &str {
    let t = line.trim();
    let Some(gap) = t.find("   ") else {
        return line;
    };
    let beside = &tailor_lexicon().page_words.beside;
    let controls = t[gap..]
        .split("  ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .all(|c| beside.iter().any(|k| c.eq_ignore_ascii_case(k)));
    if controls {
        &t[..gap]
    } else {
        line
    }
}

/// A Markdown table's row: its first cell, trimmed ("| Nice to have | |" ->
/// "Nice to have"). A row heads a part only when that cell names one
/// ([`heads_a_part`]): "| Perk | Detail |" under "Benefits" goes on with it.
fn first_cell(line: &str) -> Option<&str> {
    let row = line.trim().strip_prefix('|')?;
    Some(row.split('|').next().unwrap_or_default().trim())
}

/// A plain-text banner's heading, ruled out to the line's width ("-- WHAT
/// WE NEED -------", "== Benefits ====="): the words between the rules.
///
/// Good: "-- NICE, NOT NEEDED ------" -> "NICE, NOT NEEDED", "== Apply
/// ==========" -> "Apply". Bad (kept): "----------" (a rule alone), "--
/// Rust" (an option's or a list's dash), "-- " (a signature's mark),
/// "Go --- Rust".
fn without_banner_rules(t: &str) -> &str {
    let rule = |c: char| c == '-' || c == '=';
    let opens = t.starts_with("--") || t.starts_with("==");
    let closes = t.ends_with("---") || t.ends_with("===");
    let inner = t.trim_matches(|c: char| rule(c) || c == ' ');
    if opens && closes && inner.chars().any(char::is_alphanumeric) {
        inner
    } else {
        t
    }
}

/// A line drawn as a rule across the page ("————", "-----", "═════"):
/// it sets off what is under it as a blank line would.
///
/// Good: "————", "-----", "=====", "───". Bad: "--", "-- Rust", "—
/// Kafka —".
fn is_a_rule(t: &str) -> bool {
    let t = t.trim();
    t.chars().count() >= 3
        && t.chars()
            .all(|c| matches!(c, '—' | '–' | '-' | '_' | '=' | '*' | '~' | '─' | '━' | '═'))
}

/// A published spreadsheet's row as copied: its number, a tab, the label
/// cell, a tab, the value ("13\tDesirable\t- Welsh (…)"). The label heads
/// the row as a heading line would, and the value cell's lines read on
/// under it to the next row that heads a part.
///
/// Good: "13\tDesirable\t- Welsh" -> "Desirable", "17\t\t" -> "" (an
/// empty row). Bad: "2024\tGo" (one cell), "12345\tA\tB" (no row's number),
/// "- Go\tRust\tKafka".
fn sheet_row_label(line: &str) -> Option<&str> {
    let (number, rest) = line.split_once('\t')?;
    let (label, _) = rest.split_once('\t')?;
    ((1..=4).contains(&number.len()) && number.bytes().all(|b| b.is_ascii_digit()))
        .then(|| label.trim())
}

/// A spreadsheet's row with a label: it heads its row's part, ending the
/// row above's ("2\tBenefits\tPension" ends at "3\tDatabases\tRedis").
fn is_a_labelled_sheet_row(line: &str) -> bool {
    sheet_row_label(line).is_some_and(|l| !l.is_empty())
}

/// A list item's wrapped line, after the item's line with no blank line
/// between: indented, or opening in lowercase. It heads no part, whatever
/// its words ("* Own observability across\n  about 70 services" is no
/// "About …" heading).
///
/// Good: "  about 70 services" after "* Own observability". Bad: "Nice to
/// have" after an item (a heading), "  - Kafka" (an item of its own).
fn wraps_an_item(line: &str, after_an_item: bool) -> bool {
    let t = line.trim();
    after_an_item
        && !t.is_empty()
        && !is_list_item(t)
        && (line.starts_with([' ', '\t']) || t.starts_with(|c: char| c.is_ascii_lowercase()))
}

/// Whether heading words `l` are one of `headings`, alone or with more
/// words or a count after ("Benefits and perks", "Similar jobs (12)"); a bilingual heading's either half
/// ("Wer wir sind / Who we are", "ميزة إضافية | Nice to have").
fn is_one_of(l: &str, headings: &Headings) -> bool {
    halves(l).any(|l| {
        headings.starting_as(l).any(|h| {
            l.strip_prefix(h)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '(', '（']))
        })
    })
}

/// A bilingual heading's halves, either side of " / ", or of one " | "
/// with a half in a script without Latin letters ("متطلبات |
/// Requirements"). "DevOps Engineer | Contract" is a title and its terms, a
/// line of more cells ("Acme | Senior SRE | Remote") a header: neither is a
/// heading in two tongues.
fn halves(l: &str) -> impl Iterator<Item = &str> {
    let bilingual = l.split_once(" | ").is_some_and(|(a, b)| {
        !b.contains(" | ")
            && [a, b]
                .iter()
                .any(|h| !h.bytes().any(|c| c.is_ascii_alphabetic()))
    });
    let bar = if bilingual { " | " } else { " / " };
    // "Person specification — Desirable": a part of a part, named after
    // a dash.
    l.split(" / ").flat_map(move |h| h.split(bar))
}

/// A heading underlined as plain text and Markdown underline one, with a
/// run of `-` or `=` on the next line at least half its length: it heads
/// its part whatever its words, numbered or not.
///
/// Good: "3. The system today" over "-------------------", "Benefits"
/// over "========". Bad: a sentence ending in a full stop over "---", "---"
/// itself, "title: Staff SRE" over "---" (YAML's fields and its rule).
fn is_underlined(t: &str, next: Option<&str>) -> bool {
    let Some(next) = next.map(str::trim) else {
        return false;
    };
    let rule = next.len() >= 3
        && (next.bytes().all(|b| b == b'-') || next.bytes().all(|b| b == b'='))
        && 2 * next.len() >= t.chars().count();
    rule && !t.is_empty()
        && t.split_whitespace().count() <= 12
        && !t.ends_with(['.', ',', ';'])
        && !t.trim_end_matches(':').contains(':')
        && !t.starts_with(['-', '='])
        && !is_a_block_attribute(t)
        // A bulleted item over a block's closing delimiter ("* FFmpeg"
        // over AsciiDoc's "===="): the item is no heading.
        && !(is_list_item(t) && t.starts_with(['*', '•', '+', '·']))
}

/// The most lines a page's footer runs over under its copyright line.
const FOOTER_LINES: usize = 20;

/// The most lines a job board's panel runs over before a blank line.
const PANEL_LINES: usize = 8;

/// [`is_heading`], for the job's reader.
pub(super) fn is_a_heading_line(line: &str) -> bool {
    is_heading(line)
}

/// A line that reads as a heading: short, no sentence end, no list item
/// ("- Go and Rust", "• 401(k)", "3. Kafka"), no application form's field
/// ("First Name *").
fn is_heading(line: &str) -> bool {
    let t = line.trim();
    // A closing parenthesis glosses the heading ("Meriter (it's a plus if
    // you have)"): the heading's words are those before it.
    let named = t
        .strip_suffix(')')
        .and_then(|t| t.split_once(" ("))
        .map_or(t, |(name, _)| name);
    // A bilingual heading's halves are counted apart ("Funciones del cargo
    // / What you'll do"); a heading the lexicon holds whole is one however
    // long ("It would be great if you also have").
    // The cheap tests first: most lines are prose or list items.
    !t.is_empty()
        && !t.ends_with(['.', ',', ';'])
        && !t.ends_with(" *")
        && !t.trim_end_matches(':').contains(':')
        && t.split_whitespace().count() <= 12
        && !is_an_option(t)
        && t.chars().any(char::is_alphanumeric)
        && (!is_list_item(t) || is_a_numbered_section(t))
        && !is_a_block_attribute(t)
        && (named
            .split(" / ")
            .all(|half| half.split_whitespace().count() <= 6)
            || is_a_known_heading(named))
}

/// An AsciiDoc block's attribute line ("[TIP]", "[NOTE]", "[abstract]",
/// "[source,python]"): markup over the block under it, no heading of a
/// part, though a delimiter ("====") underlines it.
///
/// Good: "[TIP]", "[source,python]". Bad: "[Requirements]" (a part's
/// name), "[ Apply ]" (a button), "[Go] and [Rust]".
fn is_a_block_attribute(t: &str) -> bool {
    let Some(inner) = t.strip_prefix('[').and_then(|r| r.strip_suffix(']')) else {
        return false;
    };
    inner.starts_with(|c: char| c.is_ascii_alphabetic() || c == '.' || c == '#')
        && !inner.contains([' ', '[', ']'])
        && !names_the_job(inner)
        && !names_nice_part(inner)
        && !names_no_requirements(inner)
}

/// A command's option, as a man page lists one ("--sigstore"): an item,
/// not a heading.
///
/// Good: "--sigstore", "--nix". Bad: "---" (a rule), "-- " (a signature's
/// mark), "Requirements".
fn is_an_option(t: &str) -> bool {
    t.strip_prefix("--")
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_alphabetic()))
}

/// Whether `t`'s words are, whole, one of the lexicon's nice-to-have or
/// no-requirement headings: such a line heads its part at any length.
///
/// Good: "It would be great if you also have". Bad: "It would be great if
/// you also have Rust" (more words), "Requirements" (no whole entry of
/// those lists; a short heading needs none).
fn is_a_known_heading(t: &str) -> bool {
    let l = heading_words(t);
    let lx = tailor_lexicon();
    lx.nice_headings.has(&l) || lx.no_requirement_headings.has(&l)
}

/// "6. PRE-EMPLOYMENT CHECKS", "2. KEY RESPONSIBILITIES": a Word job
/// description's numbered section, shouted, is a heading, not a list item.
///
/// Good: "6. PRE-EMPLOYMENT CHECKS". Bad: "3. Kafka", "1. AWS CDK" (no
/// part's name: an item), "- KEY SKILLS" (no number).
pub(super) fn is_a_numbered_section(t: &str) -> bool {
    let numbered = t.starts_with(|c: char| c.is_ascii_digit());
    let Some(rest) = list_item_text(t).filter(|_| numbered) else {
        return false;
    };
    let shouted = rest.split_whitespace().count() >= 2
        && rest.bytes().any(|b| b.is_ascii_uppercase())
        && !rest.bytes().any(|b| b.is_ascii_lowercase());
    if shouted {
        return names_no_requirements(rest) || names_the_job(rest) || names_nice_part(rest);
    }
    // "2. Key responsibilities", "4. Terms and conditions": a few words,
    // capitalised, no sentence's end, naming a part by its heading or by a
    // part's own last word. Not "1. Experience with Kafka" nor "2.
    // Excellent communication skills" (criteria that say "experience" or
    // "skills").
    const PART_NOUNS: [&str; 6] = [
        "responsibilit",
        "requirement",
        "qualification",
        "specification",
        "duties",
        "criteria",
    ];
    let words = heading_words(rest);
    let last = words.rsplit(' ').next().unwrap_or_default();
    rest.split_whitespace().count() <= 4
        && rest.starts_with(|c: char| c.is_ascii_uppercase())
        && !rest.ends_with(['.', ',', ';'])
        && (names_no_requirements(rest)
            || names_nice_part(rest)
            || PART_NOUNS.iter().any(|p| last.starts_with(p))
            // "2. The team": a job part's heading, word for word.
            || tailor_lexicon().job_headings.has(&words))
}

/// A list item numbered in Roman numerals, as civil-service postings number
/// criteria: "i. Strong SQL", "ii) Experience with GCP".
///
/// Good: "ii. Experience with GCP", "iv) Terraform". Bad: "I. M. Pei",
/// "vi is my editor", "mix. Kafka".
fn is_a_roman_item(t: &str) -> bool {
    let Some((numeral, rest)) = t.split_once(['.', ')']) else {
        return false;
    };
    !numeral.is_empty()
        && numeral.len() <= 4
        && numeral.bytes().all(|b| matches!(b, b'i' | b'v' | b'x'))
        && rest.starts_with(' ')
        && rest.trim_start().starts_with(|c: char| c.is_alphanumeric())
}

/// A heading-shaped line that does head a part: after a blank line, ending
/// in a colon, or naming a part ("Nice to have", "Benefits",
/// "Requirements"). An unbulleted item under a heading ("Rust", "Kafka
/// Connect") is heading-shaped too, and does not.
fn heads_a_part(t: &str, after_blank: bool) -> bool {
    // "4. Optional features": a numbered section's name, number aside.
    let name = without_marker(t);
    is_heading(t)
        && (after_blank
            || t.ends_with(':')
            || names_nice_part(name)
            || names_no_requirements(name)
            || names_the_job(name))
}

/// "Requirements", "What you'll do", "Minimum qualifications", "About you":
/// a heading of the job's own parts.
///
/// Good: "Requirements", "What you'll do". Bad: "Rust", "Kafka Connect".
fn names_the_job(label: &str) -> bool {
    let l = heading_words(label);
    tailor_lexicon().job_part_words.inside(&l)
}

/// The most words a line of a board's list of other jobs has: a title, a
/// company and place line, a salary; a longer line is prose, the page's
/// own again.
const LISTING_WORDS: usize = 12;

/// Whether a heading opens with a word of the job's parts
/// ("Requirements", "What you'll do"), not only holds one as a job's title
/// may ("Senior Full Stack Developer").
fn opens_with_a_part(label: &str) -> bool {
    let l = heading_words(label);
    tailor_lexicon()
        .job_part_words
        .starting_as(&l)
        .any(|w| l.starts_with(w))
}

/// Whether a label names a posting's part, whatever the part: one to skip
/// ("Benefits"), a nice-to-have one ("Bonus"), the job's own
/// ("Requirements", "About the role").
pub(super) fn labels_a_part(label: &str) -> bool {
    names_no_requirements(label)
        || names_nice_part(label)
        || opens_with_a_part(label)
        || names_the_job(label)
}

/// A line without its list marker: "- Nice to have: Rust" -> "Nice to have: Rust".
fn without_marker(t: &str) -> &str {
    list_item_text(t).or_else(|| criterion_text(t)).unwrap_or(t)
}

/// A person specification's numbered criterion, as a British academic or
/// public-sector advert numbers them: "E1" essential, "D2" desirable, the
/// code before the criterion's words.
///
/// Good: "E1 Degree in computer science" ("Degree in computer science"),
/// "D2: Experience with Triton", "D10. Experience with DVC". Bad: "S3 and
/// DynamoDB", "P99 latency", "E2E tests", "Design docs", "D3 and
/// Highcharts", "D3  React  TypeScript", "E5 instances".
fn criterion_text(t: &str) -> Option<&str> {
    let t = t.trim_start();
    let bytes = t.as_bytes();
    let digits = bytes
        .iter()
        .skip(1)
        .take_while(|b| b.is_ascii_digit())
        .count();
    if !matches!(bytes.first(), Some(b'E' | b'D')) || !(1..=2).contains(&digits) {
        return None;
    }
    let rest = &t[1 + digits..];
    let rest = rest.strip_prefix(['.', ':', ')']).unwrap_or(rest);
    // A criterion opens with a capital: not "D3 and Highcharts" (D3.js),
    // nor a row of cells ("D3  React  TypeScript"), where a gap follows.
    rest.strip_prefix([' ', '\t'])
        .map(str::trim_start)
        .filter(|r| {
            r.starts_with(|c: char| c.is_uppercase()) && !r.contains("  ") && !r.contains('\t')
        })
}

/// The code of a person specification's criterion at the start of a line
/// ("E1", "D3"): no name of its own (D3 is no D3.js).
fn criterion_code(line: &str, start: usize) -> Option<Span> {
    let lead = line.len() - line.trim_start().len();
    criterion_text(line)?;
    let code = line[lead..].split([' ', '.', ':', ')']).next()?;
    Some(Span::new(start + lead, start + lead + code.len()))
}

/// Whether a line's first colon is a label's: not one between two digits,
/// as a clock's ("Stockholm 14:32") or a ratio's ("16:9") is.
///
/// Good: "Benefits: gym", "Requirements:", "Requirements:Go", "**Pay:**
/// $150k". Bad: "Sweden · Stockholm 14:32".
fn has_a_label(t: &str) -> bool {
    if run_in_heading(t).is_some() {
        return true;
    }
    let Some(i) = t.find(':') else {
        return false;
    };
    let digit_before = t[..i].ends_with(|c: char| c.is_ascii_digit());
    let digit_after = t[i + 1..].starts_with(|c: char| c.is_ascii_digit());
    !(digit_before && digit_after)
}

/// The label before a line's colon, list marker aside ("Bonus: Rust" -> "Bonus").
fn label_of(t: &str) -> &str {
    if let Some(head) = run_in_heading(t) {
        return head;
    }
    let t = without_marker(t);
    t.split_once(':').map_or(t, |(l, _)| l)
}

/// A paragraph's run-in heading, set off by a full stop as a colon sets off
/// a label: "Extra credit. Experience with search relevance.", "Not the
/// job. People management: …". Only a heading the lexicon knows.
///
/// Good: "Extra credit. Experience with …" -> "Extra credit", "Perks. 30
/// days' holiday" -> "Perks". Bad: "The system. The core …" (no part's
/// name), "Go. Rust.", "Benefits, perks. Yes" (a comma).
fn run_in_heading(t: &str) -> Option<&str> {
    let (head, rest) = t.split_once(". ")?;
    let known = head.split_whitespace().count() <= 6
        && !head.contains([',', ':'])
        && head.starts_with(|c: char| c.is_uppercase())
        && rest.starts_with(|c: char| {
            c.is_uppercase() || c.is_ascii_digit() || c == '£' || c == '$' || c == '€'
        })
        && !tailor_lexicon().field_headings.has(&heading_words(head))
        && (names_nice_part(head) || names_no_requirements(head) || opens_with_a_part(head));
    known.then_some(head)
}

pub(super) fn is_list_item(line: &str) -> bool {
    list_item_text(line).is_some()
        || is_a_roman_item(line.trim_start())
        || criterion_text(line).is_some()
}

/// Whether a heading or an inline label names a nice-to-have part
/// ("Nice to have", "Bonus points:", "Preferred qualifications").
fn names_nice_part(label: &str) -> bool {
    let words = heading_words(label);
    let lx = tailor_lexicon();
    let nice = &lx.nice_headings;
    // A board's own name for its requirements, written whole, over a
    // shorter nice heading it starts with: "Desired Experience &
    // Qualification" (a South African board's) is not "Desired experience".
    let longest = |headings: &Headings| {
        headings
            .starting_as(&words)
            .filter(|h| words.starts_with(h))
            .map(str::len)
            .max()
    };
    if let (Some(part), Some(shorter)) = (longest(&lx.job_part_words), longest(nice)) {
        if part > shorter {
            return false;
        }
    }
    // "Person specification — Desirable": a part of a part, named after
    // its last dash (only a nice part: "Requirements – Contract role" is
    // no contract's part).
    is_one_of(&words, nice)
        || is_a_man_page_s(label, &["OPTIONS"])
        || words
            .rsplit(['—', '–'])
            .next()
            .is_some_and(|last| last.len() < words.len() && is_one_of(last.trim(), nice))
}

/// The parts of `text` that ask for something without requiring it: a
/// nice-to-have heading's part, an inline "Bonus: …" line, and a sentence
/// with a cue of `jd_nice_cues.txt` ("Flink is a plus."). In text order.
pub fn nice_to_have(text: &str, tokens: &[Token]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut nice: Option<usize> = None;
    // The part a cue sentence opened: its list ends at a paragraph too.
    let mut cued = false;
    let mut after_blank = true;
    let mut after_an_item = false;
    let mut at = 0;
    let mut lines = text.split_inclusive('\n').peekable();
    while let Some(line) = lines.next() {
        let (start, end) = (at, at + line.len());
        at = end;
        let t = undecorated(line);
        let label = label_of(t);
        let underlined = is_underlined(t, lines.peek().copied());
        let wraps = !underlined && !is_marked_heading(line) && wraps_an_item(line, after_an_item);
        after_an_item = is_list_item(t) || wraps;
        if wraps {
            after_blank = false;
            continue;
        }
        let a_paragraph = after_blank
            && !t.is_empty()
            && !line.starts_with([' ', '\t'])
            && !is_list_item(t)
            && !is_an_option(t);
        if cued && a_paragraph {
            if let Some(from) = nice.take() {
                out.push(Span::new(from, start));
            }
            cued = false;
        }
        let heads = underlined
            || heads_a_part(
                t,
                (after_blank && first_cell(line).is_none())
                    || is_marked_heading(line)
                    || is_a_labelled_sheet_row(line),
            );
        if heads {
            if let Some(from) = nice.take() {
                out.push(Span::new(from, start));
            }
            // A heading's part runs to the next heading, not a paragraph.
            cued = false;
        }
        if heads && names_nice_part(label) {
            nice = Some(start);
        } else if !heads
            && nice.is_none()
            && (is_heading(label)
                && (t.contains(':') || run_in_heading(t).is_some())
                && names_nice_part(label)
                || marks_its_row_nice(t)
                || marks_its_row_nice(line))
        {
            // An inline "Bonus: Rust", or a data row marked nice.
            out.push(Span::new(start, end));
        } else if nice.is_none() && cues_a_nice_list(tokens, Span::new(start, end), text) {
            // A cue sentence, long or short enough to head a part ("These
            // would be a plus:").
            nice = Some(start);
            cued = true;
        }
        after_blank = t.is_empty();
    }
    if let Some(from) = nice {
        out.push(Span::new(from, text.len()));
    }
    out.extend(right_column_nice(text));
    let lx = tailor_lexicon();
    let mut i = 0;
    while i < tokens.len() {
        let Some((n, &reach)) = lx.nice_cues.match_at(tokens, i) else {
            i += 1;
            continue;
        };
        let cue = tokens[i].span.cover(tokens[i + n - 1].span);
        let sentence = sentence_around(text, cue);
        let s = match reach {
            NiceReach::Before => {
                // "(Java 17 or later preferred)": the parenthesis only; but
                // "Terraform (nice to have)": what it follows.
                let open = text[sentence.start..cue.start]
                    .rfind('(')
                    .map(|p| sentence.start + p)
                    .filter(|&p| !text[p..cue.start].contains(')'))
                    .filter(|&p| !text[p + 1..cue.start].trim().is_empty());
                // "There's nice to have, nobody expects them: Docker,
                // Celery": the list after its colon too.
                // Not "Python is a plus, but these are required: Kafka",
                // nor from inside a parenthesis ("(all welcome!) → Networking
                // basics: TCP").
                let between = &text[cue.end..sentence.end];
                let lists = open.is_none()
                    && between.split_once(':').is_some_and(|(head, _)| {
                        !super::job::says_any(head, "required|must|need|essential|but ")
                    });
                let end = if lists { sentence.end } else { cue.end };
                Span::new(open.unwrap_or(sentence.start), end)
            }
            NiceReach::After => Span::new(cue.start, clause_end(text, cue.end, sentence.end)),
            NiceReach::Sentence => sentence,
        };
        // "Some things would be welcome but are not required. If you …":
        // a sentence that names nothing heads the rest of its paragraph.
        let s = match heads_a_nice_paragraph(text, tokens, sentence) {
            Some(end) => Span::new(s.start.min(sentence.start), end),
            None => s,
        };
        let held = out
            .iter()
            .any(|o: &Span| o.start <= s.start && s.end <= o.end);
        if !held {
            out.push(s);
        }
        i += n;
    }
    crate::sort::sort_by_key(&mut out, |s| s.start);
    out
}

/// A nice part laid out as a column beside another ("MUST HAVE      NICE
/// TO HAVE", a paper's two columns "…fixed   | NICE TO HAVE"): under its
/// heading, each row's cell from the heading's column on, to the first row
/// with nothing there or with no gap before the column (a line of prose
/// running across it).
///
/// Good: "MUST HAVE        NICE TO HAVE\nGo               Rust\n" (Rust).
/// Bad: "NICE TO HAVE\nRust" (one column: read as a heading is), "Base
/// salary   Bonus   Equity" (the nice cell is not the last), "You will be
/// on call with Kubernetes" under a table (prose across the column).
fn right_column_nice(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    // The nice column's first character, counted in characters.
    let mut column: Option<usize> = None;
    for (span, line) in lines(text) {
        // A posting's columns are a few dozen rows; a paste of thousands
        // of them (hostile) is read no further.
        if out.len() >= MAX_COLUMN_ROWS {
            break;
        }
        let start = span.start;
        let body = line.trim_end_matches(['\r', '\n']);
        if let Some(c) = column {
            let cell = body.char_indices().nth(c).map(|(b, _)| b);
            // The two characters before the column: a gap or a bar.
            let gap = body
                .chars()
                .skip(c.saturating_sub(2))
                .take(2.min(c))
                .all(|ch| ch == ' ' || ch == '|');
            match cell {
                Some(b) if gap && !body[b..].trim().is_empty() => {
                    out.push(Span::new(start + b, start + body.len()));
                }
                _ => column = None,
            }
            continue;
        }
        column = nice_column_heading(body);
    }
    out
}

/// The most rows [`right_column_nice`] reads.
const MAX_COLUMN_ROWS: usize = 200;

/// Where, in characters, a nice heading stands as a line's later cell
/// after three spaces or a bar ("MUST HAVE      NICE TO HAVE").
fn nice_column_heading(body: &str) -> Option<usize> {
    // The last cell: after the last run of three spaces or a bar.
    let body = body.trim_end();
    let gap = ["   ", " | "].iter().filter_map(|g| body.rfind(g)).max()?;
    let at = body.len() - body[gap..].trim_start_matches([' ', '|']).len();
    let cell = &body[at..];
    (!body[..gap].trim().is_empty() && is_heading(cell) && names_nice_part(cell))
        .then(|| body[..at].chars().count())
}

/// A data row whose quoted field says the row is nice to have: a dump's
/// `VALUES (412, 'nice', 2, 'Terraform')`, a JSON item's `"kind":
/// "preferred"`.
///
/// Good: "(412, 'nice', 2, 'Terraform');", `{"kind": "bonus", "text":
/// "Rust"}`. Bad: "'Terraform is nice to have'" (a sentence, quoted),
/// "(412, 'must', 1, 'Go')".
fn marks_its_row_nice(t: &str) -> bool {
    // A Markdown table's row with a cell that says so ("| Ray | 1 | Nice
    // |"): the row's terms are wanted, not required.
    if let Some(cells) = t.trim().strip_prefix('|') {
        let nice = &tailor_lexicon().nice_headings;
        let cells: Vec<&str> = cells.split('|').map(str::trim).collect();
        return cells.len() >= 3
            && cells
                .iter()
                .any(|c| !c.is_empty() && c.len() <= 24 && nice.has(&heading_words(c)));
    }
    // A row: a tuple, an object or an array, its fields set apart by commas.
    // A dump's "INSERT INTO … VALUES (412, 'nice', …)": the values.
    let row = t.find("VALUES (").map_or(t.trim_start(), |at| &t[at + 7..]);
    if !row.starts_with(['(', '{', '[']) || !row.contains(',') {
        return false;
    }
    let nice = &tailor_lexicon().nice_headings;
    ['\'', '"'].iter().any(|&q| {
        let mut from = 0;
        // Each value quoted whole, a field's separator on both sides.
        while let Some(open) = t[from..].find(q).map(|o| from + o) {
            let Some(close) = t[open + 1..].find(q).map(|c| open + 1 + c) else {
                return false;
            };
            let before = t[..open].trim_end().chars().next_back();
            let after = t[close + 1..].trim_start().chars().next();
            let field = matches!(before, Some('(' | ',' | ':' | '[' | '{'))
                && matches!(after, Some(',' | ')' | '}' | ']' | ':'));
            let value = &t[open + 1..close];
            if field && value.len() <= 24 && is_one_of(&heading_words(value), nice) {
                return true;
            }
            from = close + 1;
        }
        false
    })
}

/// Where the paragraph that `sentence` opens ends, when the sentence says
/// only that what follows is not required: it opens the paragraph, ends
/// with a full stop, is short, and names no term of its own.
///
/// Good: "Some things would be welcome but are not required. If you know
/// RailML, …". Bad: "Kafka is a plus. You will need Go." (it names a
/// term), a cue sentence inside a paragraph.
fn heads_a_nice_paragraph(text: &str, tokens: &[Token], sentence: Span) -> Option<usize> {
    // A blank line above it (blanks where markup was count as one).
    let before = text[..sentence.start].trim_end_matches([' ', '\t']);
    let above = before.strip_suffix('\n').map(|b| {
        b.strip_suffix('\r')
            .unwrap_or(b)
            .trim_end_matches([' ', '\t'])
    });
    let opens = before.is_empty() || above.is_some_and(|b| b.is_empty() || b.ends_with('\n'));
    let said = sentence.of(text).trim_end();
    let first = tokens.partition_point(|t| t.span.start < sentence.start);
    let words = &tokens[first..tokens.partition_point(|t| t.span.end <= sentence.end)];
    let lx = tailor_lexicon();
    let names_a_term = (0..words.len()).any(|i| {
        lx.concept_at(words, i, text).is_some()
            || super::job::tech_name_at(words, i, text).is_some()
    });
    if !opens || !said.ends_with('.') || words.len() > 12 || names_a_term {
        return None;
    }
    // The paragraph runs to a blank line, no further than a sentence's
    // reach a few times over.
    let from = sentence.end;
    let mut hi = (from + 2000).min(text.len());
    while !text.is_char_boundary(hi) {
        hi -= 1;
    }
    let end = text[from..hi].find("\n\n").map_or(hi, |p| from + p);
    (end > from && text.is_char_boundary(end)).then_some(end)
}

/// A sentence that opens a list of what is wanted, not required: it ends
/// in a colon and holds a cue of `jd_nice_cues.txt`. Its part runs to the
/// next heading, or to the paragraph after its list.
///
/// Good: "The following are welcome but not required:", "These would be a
/// plus:". Bad: "You will need:" (no cue), "Flink is a plus." (a sentence:
/// its cue reaches it alone).
fn cues_a_nice_list(tokens: &[Token], line: Span, text: &str) -> bool {
    if !line.of(text).trim_end().ends_with(':') {
        return false;
    }
    let cues = &tailor_lexicon().nice_cues;
    let first = tokens.partition_point(|t| t.span.start < line.start);
    (first..tokens.len())
        .take_while(|&i| tokens[i].span.end <= line.end)
        .any(|i| cues.match_at(tokens, i).is_some())
}

/// Where the clause from `from` ends: at ", and", ", but", "; " or the
/// sentence's end (`end`); a list's commas ("HPC, research or lab") do not
/// end it.
fn clause_end(text: &str, from: usize, end: usize) -> usize {
    [", and ", ", but ", ", while ", "; "]
        .iter()
        .filter_map(|c| text[from..end].find(c))
        .min()
        .map_or(end, |p| from + p)
}

/// The shortest line a hard-wrapped paragraph breaks (e-mail wraps at 72
/// and plain-text pages at 60 to 80).
const WRAP_WIDTH: usize = 55;

/// Whether a line ends with its phrase left open: on a word that cannot
/// end one ("managed by the"), or on a capitalised word after one ("by the
/// Cloud", a name going on over the line break).
///
/// Good: "is managed by the Cloud", "owned by our", "runs on". Bad: "Strong
/// Python and Kafka", "experience with Go".
fn ends_mid_phrase(line: &str) -> bool {
    const OPEN: [&str; 16] = [
        "the", "a", "an", "of", "by", "to", "in", "on", "at", "for", "with", "from", "and", "or",
        "our", "your",
    ];
    let mut words = line.split_whitespace().rev();
    let Some(last) = words.next() else {
        return false;
    };
    let open = |w: &str| OPEN.iter().any(|o| w.eq_ignore_ascii_case(o));
    open(last)
        || last.starts_with(|c: char| c.is_ascii_uppercase())
            && words
                .next()
                .is_some_and(|w| matches!(w, "the" | "our" | "your" | "its" | "their"))
}

/// Whether a line's first word goes on with a small word, as a name's
/// last word does ("Services team and is out of scope"), not a list's
/// item ("Terraform, Ansible and Jenkins").
///
/// Good: "Services team and is out of scope". Bad: "Terraform, Ansible".
fn continues_a_name(line: &str) -> bool {
    let mut words = line.split_whitespace();
    words
        .next()
        .is_some_and(|w| w.bytes().all(|b| b.is_ascii_alphanumeric()))
        && words
            .next()
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_lowercase()))
}

/// The sentence (or list line) around `span`: from the last line break
/// or sentence end before it to the next after it. "Node.js" and "e.g."
/// end nothing: a sentence end needs a space after it.
fn sentence_around(text: &str, span: Span) -> Span {
    let bytes = text.as_bytes();
    // "e.g. ", "i.e. ", "etc. ", "vs. " end no sentence.
    let abbreviation = |p: usize| {
        ["e.g", "i.e", "etc", "vs"]
            .iter()
            .any(|a| p >= a.len() && bytes[p - a.len()..p].eq_ignore_ascii_case(a.as_bytes()))
    };
    // A hard-wrapped sentence goes on over its line break: the line ends
    // in a word or a comma and the next starts with a small letter ("React
    // (the widget is React and you'd\ndip into it), Terraform").
    // Only a line near a wrapping width: a short line ending in a word is
    // a line of its own ("Strong Python and Kafka").
    let wraps = |p: usize| {
        let end = if p > 0 && bytes[p - 1] == b'\r' {
            p - 1
        } else {
            p
        };
        let line_start = bytes[..end]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |k| k + 1);
        // In any script: "συντηρεί\nεξωτερικός"; in a script with no
        // capitals, after a comma only ("중이며,\n이 포지션의"): a list's
        // items in Chinese end in letters too.
        let last = text[..end].chars().next_back();
        let next = text.get(p + 1..).and_then(|n| n.chars().next());
        let comma = matches!(last, Some(',' | '，' | '、'));
        end > 0
            && end - line_start >= WRAP_WIDTH
            && (last.is_some_and(char::is_alphabetic) || comma || matches!(last, Some('(' | ')')))
            && (next.is_some_and(char::is_lowercase)
                || comma && next.is_some_and(|c| c.is_alphabetic() && !c.is_uppercase())
                // "…managed by the Cloud\nServices team and is out of
                // scope": a phrase left open, a long line after.
                || bytes.get(p + 1).is_some_and(u8::is_ascii_uppercase)
                    && ends_mid_phrase(&text[line_start..end])
                    && {
                        // The next line, read only here.
                        let next_line = text[p + 1..].split('\n').next().unwrap_or("");
                        next_line.len() >= WRAP_WIDTH && continues_a_name(next_line)
                    })
    };
    let is_end = |p: usize| match bytes[p] {
        b'\n' => !wraps(p),
        b'.' => bytes.get(p + 1).is_none_or(u8::is_ascii_whitespace) && !abbreviation(p),
        b';' | b'!' | b'?' => bytes.get(p + 1).is_none_or(u8::is_ascii_whitespace),
        // The last byte of a full stop, semicolon, exclamation or question
        // mark in Chinese or Japanese ("。", "；", "！", "？"), which need no
        // space after them.
        0x82 | 0x9B | 0x81 | 0x9F => ["。", "；", "！", "？"]
            .iter()
            .any(|m| bytes[..=p].ends_with(m.as_bytes())),
        _ => false,
    };
    // A sentence is not longer than this: a text with no sentence ends (a
    // hostile paste) costs no more per cue.
    const REACH: usize = 400;
    let lo = span.start.saturating_sub(REACH);
    let hi = (span.end + REACH).min(text.len());
    let from = (lo..span.start)
        .rev()
        .find(|&p| is_end(p))
        .map_or(lo, |p| p + 1);
    let to = (span.end..hi).find(|&p| is_end(p)).map_or(hi, |p| p + 1);
    // On a character's boundary (a bound may fall inside one).
    let from = (from..span.start)
        .find(|&p| text.is_char_boundary(p))
        .unwrap_or(span.start);
    let to = (to..text.len())
        .find(|&p| text.is_char_boundary(p))
        .unwrap_or(text.len());
    Span::new(from, to)
}

/// The parts of `text` that name no requirement, in text order.
pub fn no_requirements(text: &str, tokens: &[Token]) -> Vec<Span> {
    read_parts(text, tokens).0
}

/// [`no_requirements`], and of those parts the ones that say what the job
/// does not need: a part headed so ("What we don't use", "Šta nije deo
/// posla") and a sentence with a cue of it ("…we won't need Java", "Hadoop
/// уже выключен"). A board's chips that name what these disown are the
/// board's tags, not the job's (`Job::parse`).
pub(super) fn read_parts(text: &str, tokens: &[Token]) -> (Vec<Span>, Vec<Span>) {
    let mut out = Vec::new();
    let mut disowned = Vec::new();
    let mut skipping: Option<usize> = None; // since this offset, under a heading
                                            // Where the company's own part ("About us") starts after its heading.
    let mut about_body: Option<usize> = None;
    let mut in_a_form = false; // that heading an application form's
    let mut in_a_panel = false; // that heading a job board's panel
    let mut rows = false; // that panel a block of field rows
    let mut panel_lines = 0;
    let mut signature = false; // that panel a mail's signature
    let mut listing = false; // that skipped part a list of other jobs
    let mut disowning = false; // that skipped part what the job does not need
                               // A chat export with a forwarded posting in it: its stamped lines are
                               // the group talking. A posting sent as one stamped line is read.
    let in_a_chat = text.lines().any(|l| is_a_chat_message(l.trim()))
        && text.lines().any(|l| {
            let l = l.trim();
            l.split_whitespace().count() >= 3 && !is_a_chat_message(l)
        });
    // A brief kept as LaTeX: its comment lines are the writers' notes.
    let latex = is_latex(text);
    let markup_doc = is_asciidoc_or_rst(text);
    let mut about: Option<usize> = None; // since this offset, an about-us paragraph
    let mut paragraph_start = true;
    let mut after_blank = true;
    // Under a heading of the job's own ("About the role"): no about-us there.
    let mut in_the_job = false;
    // The "Company · Place" header line comes before the first heading
    // after the title (the first line).
    let mut headed = false;
    let mut titled = false;
    let mut title_seen = false;
    let mut after_an_item = false;
    let mut in_a_timetable = false;
    // Under a profile's name line with its connection degree, the
    // person's headline ("Talent Partner at Kestrelmoor | Hiring …").
    let mut headline_next = false;
    // A programme's or an agenda's page: one of its rows names a talk.
    let programme = text.lines().any(|l| {
        let l = l.trim();
        is_a_timetable_row(l)
            && super::data::page_words_of("agenda").any(|w| super::job::says_any(l, w))
    });
    let mut at = 0;
    // Line numbers, counted once: where a copyright line stands.
    let line_count = text.split_inclusive('\n').count();
    // Where the job's first part is headed, found once if a count of
    // comments asks.
    let mut first_part: Option<Option<usize>> = None;
    let mut line_no = 0;
    let mut lines = text.split_inclusive('\n').peekable();
    while let Some(line) = lines.next() {
        let (start, end) = (at, at + line.len());
        at = end;
        line_no += 1;
        let t = undecorated(line);
        let headline = headline_next && !t.is_empty() && is_a_headline(t);
        if headline || gives_a_connection_degree(t) {
            headline_next = gives_a_connection_degree(t);
            out.push(Span::new(start, end));
            continue;
        }
        headline_next &= t.is_empty();
        out.extend(criterion_code(line, start));
        let label = label_of(t);
        let underlined = is_underlined(t, lines.peek().copied());
        let wraps = !underlined && !is_marked_heading(line) && wraps_an_item(line, after_an_item);
        after_an_item = is_list_item(t) || wraps;
        // A job board's panel runs to a blank line, over its headings, for
        // a few lines at most; a block of field rows ends at the job's own
        // heading too ("Location    Remote\nRequirements").
        if in_a_panel {
            panel_lines += 1;
            // "Required languages    English" among a board's fields is
            // the job's: read, and the fields after it skipped again.
            let field = t.split("  ").next().and_then(|f| f.split('\t').next());
            if rows && field.is_some_and(labels_languages) {
                if let Some(from) = skipping.take().filter(|&from| from < start) {
                    out.extend(skipped_part(text, from, about_body.take(), start));
                }
                skipping = Some(end);
                continue;
            }
            let the_jobs = is_heading(t) && (names_the_job(t) || names_nice_part(t));
            // A signature pasted without its blank line ends at the job's
            // own heading or list ("Regards,\nAmit\nRequirements:").
            let ends = t.is_empty()
                || panel_lines > PANEL_LINES
                || (rows || signature) && the_jobs
                || signature && is_list_item(t);
            if !ends {
                continue;
            }
            in_a_panel = false;
            if let Some(from) = skipping.take() {
                out.extend(skipped_part(text, from, about_body.take(), start));
            }
        }
        // A table's row heads a part only by naming one.
        let heads = underlined
            || !wraps
                && heads_a_part(
                    t,
                    (after_blank && first_cell(line).is_none())
                        || is_marked_heading(line)
                        || is_a_labelled_sheet_row(line),
                );
        let follows_a_blank = after_blank;
        after_blank = t.is_empty();
        if heads {
            in_the_job = names_the_job(t);
        }
        // An about-us paragraph runs to the next blank line or heading.
        if t.is_empty() || heads {
            if let Some(from) = about.take() {
                out.extend(about_us_unread(text, Span::new(from, start)));
            }
        } else if paragraph_start && skipping.is_none() && !in_the_job && opens_about_us(t) {
            about = Some(start);
        }
        paragraph_start = t.is_empty() || heads;
        // An inline label ("Benefits: …", "Requirements: Go") is a part's
        // edge too; a list item's label ("- Meaningful work: …" under "Why
        // Kestrel") only when it names a part.
        // After a sentence's end, only a part's own name is a label: "13th
        // cheque in December. Hybrid: Tuesdays" goes on with its part,
        // "Min. Qualifications: Go" ends it.
        let after_a_stop = label.rsplit_once(". ").map(|(_, l)| l);
        let labels_a_part = !wraps
            && is_heading(label)
            && after_a_stop
                .is_none_or(|l| names_the_job(l) || names_nice_part(l) || names_no_requirements(l))
            && has_a_label(t)
            // Inside a part of what is not needed, a label ends it only
            // opening with a part's word: "- Mobile experience: our
            // Android app has its own team" and "No mobile work: the
            // Flutter app is built by a separate team" under "What you
            // won't need" go on ("- Core requirements: Go" under Benefits
            // ends Benefits).
            && if skipping.is_some() && disowning {
                opens_with_a_part(label)
                    || names_nice_part(label)
                    || names_no_requirements(label)
                    || !is_list_item(t)
                        && !disowns_by_its_words(label)
                        // "Keng Pentester-Plaz: de Penetratiounstest mécht
                        // eng extern Firma" explains what is not needed,
                        // right under it; after a blank line, or naming a
                        // stack ("Our stack: Go on Kubernetes"), the job's.
                        && (follows_a_blank
                            || names_its_stack(t)
                            || super::extract::run_in_head(t).is_none())
            } else {
                // Inside a skipped part, a line of an unknown label and its
                // description goes on with it ("Sectionly: Band management
                // for community groups" under "Similar products"); not in
                // a line that names a stack: "Our platform today: Docker
                // on Kubernetes, with Helm" after "About us" is the job's.
                // Right under it only: "Your mission: design our
                // ingestion pipelines" after a blank line is the job's.
                let described = skipping.is_some()
                    && !follows_a_blank
                    && !names_its_stack(t)
                    && super::extract::run_in_head(t).is_some()
                    && !opens_with_a_part(label);
                !is_list_item(t) && !described
                    || names_the_job(label)
                    || names_nice_part(label)
                    || names_no_requirements(label)
            };
        // In an application form's part, an inline label closes it only
        // when it names a part: "Accepted file types: pdf" does not.
        let names_a_part =
            || names_the_job(label) || names_nice_part(label) || names_no_requirements(label);
        // Inside a skipped part, a label of its own kind ("• Gehalt: …"
        // under "What we offer") goes on with it, as does one whose last
        // word names such a part ("Health benefits: Dental plan" under
        // "Benefits"; not "Tools: Go, Kafka").
        let of_its_kind = label.split_whitespace().count() >= 2
            && label
                .split_whitespace()
                .next_back()
                .is_some_and(names_no_requirements);
        let goes_on = skipping.is_some()
            && !heads
            && (is_list_item(t) && names_no_requirements(label) || of_its_kind);
        // A list of other jobs goes on over their titles, each shaped as a
        // heading, to the job's own part.
        // A title's words may name a part ("Full Stack Developer"): a
        // heading shaped as a job's title goes on with the list; any other
        // ("About the role", "Your profile", "Overview") ends it, as does a
        // line of prose.
        // A forum's topic "Hiring: Embedded Rust engineer" is one of them.
        let in_a_listing = listing
            && skipping.is_some()
            && t.split_whitespace().count() <= LISTING_WORDS
            && (is_a_job_title(label)
                || heading_words(label) == "hiring" && t.contains("   ")
                // A card's row, its parts apart by middle dots ("Android
                // Meetup at Dewmarket: Kotlin in production · Wed, Jul 2 ·
                // Free"): another item, whatever its colon, in the list's
                // own block (after a blank line, "Team: Payments · Berlin"
                // is the page's again).
                || t.contains(" · ")
                    && !follows_a_blank
                    && !(opens_with_a_part(label) || names_nice_part(label))
                || !(heads || labels_a_part || opens_with_a_part(label) || names_nice_part(label)));
        if in_a_listing {
            continue;
        }
        if heads || labels_a_part && (!in_a_form || names_a_part()) && !goes_on {
            // A new heading closes a skipped part…
            listing = false;
            if let Some(from) = skipping.take() {
                out.extend(skipped_part(text, from, about_body.take(), start));
                if disowning {
                    disowned.push(Span::new(from, start));
                }
            }
            // …and may open one: a heading line runs to the next heading,
            // an inline label ("Benefits: …") to the end of its line.
            in_a_form = false;
            disowning = false;
            if names_no_requirements(label) {
                if heads {
                    skipping = Some(start);
                    let words = heading_words(label);
                    disowning = words.split_whitespace().any(is_a_negation);
                    about_body = names_the_company(&words).then_some(end);
                    in_a_form = is_one_of(&words, &tailor_lexicon().form_headings);
                    // "Status          Hiring": a block of field rows
                    // runs to a blank line, as a panel does, whatever
                    // follows it.
                    rows = is_a_field_row(t);
                    signature = false;
                    listing = is_one_of(&words, &tailor_lexicon().listing_headings);
                    in_a_panel = is_one_of(&words, &tailor_lexicon().panel_headings)
                        || names_an_owned_panel(&words)
                        || rows;
                    panel_lines = 0;
                } else {
                    // A field's paragraph with a job notice in it (an
                    // abstract page's "Comments: 14 pages … Tessarine Labs
                    // is hiring a Machine Learning Engineer …"): the
                    // field's own words only, the notice read.
                    // Where `t` sits in the line (`undecorated` trims it).
                    let at = (t.as_ptr() as usize)
                        .checked_sub(line.as_ptr() as usize)
                        .filter(|&at| at + t.len() <= line.len());
                    let to = at
                        .zip(hiring_notice_in(t))
                        .map_or(end, |(at, n)| start + at + n);
                    out.push(Span::new(start, to));
                }
                continue;
            }
        }
        if skipping.is_some() {
            continue;
        }
        // A mail's signature, under its sign-off, runs to a blank line as a
        // board's panel does, over the labels in it ("Desk: (919) …").
        // "-- ": a mail's signature delimiter, the same.
        if signs_off(t) || line.trim_end_matches(['\r', '\n']) == "-- " {
            skipping = Some(start);
            (in_a_panel, rows, panel_lines, signature, listing) = (true, false, 0, true, false);
            continue;
        }
        // A programme's or an agenda's rows, with their wrapped lines: talks
        // and breaks, not the job.
        if programme && is_a_timetable_row(t)
            || in_a_timetable && line.starts_with([' ', '\t']) && !t.is_empty()
        {
            in_a_timetable = true;
            out.push(Span::new(start, end));
            continue;
        }
        in_a_timetable = false;
        // A feed post's comments: its reactions bar, and all under it.
        // A blog's "Comments (7)" heads its comments below the post; under
        // a title (a theme's count of them) it heads nothing.
        let below_the_post = line_no > 10;
        // A mail archive's attachment line: its own, not the text after it
        // (a plain-text attachment is shown inline there).
        if parts_an_attachment(t) {
            out.push(Span::new(start, end));
            continue;
        }
        // A bare count among a post's header ("54 upvotes\n12 comments\n
        // Share"), the job's first part under it, heads no comments.
        let in_the_header = |first_part: &mut Option<Option<usize>>| {
            let first = *first_part.get_or_insert_with(|| first_job_part(text));
            first.is_some_and(|at| at > start)
        };
        let opens =
            opens_the_comments(t) && !(counts_the_replies(t) && in_the_header(&mut first_part));
        if opens || heads_the_comments(t) && below_the_post {
            out.push(Span::new(start, text.len()));
            break;
        }
        // A page's copyright line below the post, a few lines from the
        // end, opens its footer: links and menus to the end ("© 2025
        // Indeed", "Accessibility at Indeed"). A notice under a manual's
        // title is no footer, nor a PDF page's footer with the job's
        // parts or lists after it.
        let footer = || {
            below_the_post
                && line_count - line_no <= FOOTER_LINES
                && !text[end..].lines().any(|l| {
                    let l = undecorated(l);
                    is_list_item(l) || is_heading(l) && (names_the_job(l) || names_nice_part(l))
                })
        };
        if is_a_copyright_line(t) && footer() {
            out.push(Span::new(start, text.len()));
            break;
        }
        // The title: the first line naming the hire, above the first heading.
        let title = !title_seen && !headed && is_a_job_title(t);
        title_seen |= title;
        if !headed && is_header_line(t)
            || is_a_menu(t)
            || is_a_button_row(t)
            || is_a_search_bar(t)
            || is_a_chip_list(t)
            || is_a_field_row(t)
            || is_a_site_control(t)
            || credits_a_tool(t)
            || is_a_row_of_links(t)
            || announces_a_hire(t)
            || is_an_issue_event(t)
            || marks_a_forward(t)
            || gives_an_address(t)
            // The line as written: `undecorated` reads "#DevOps" as a heading's mark.
            || is_a_hashtag_line(line)
            || in_a_chat && is_a_chat_message(t)
            || is_an_empty_element(t)
            || is_a_tick_box(line)
            || is_a_shell_prompt(t)
            || is_a_code_import(t)
            || is_a_repository_link(t)
            || is_a_classifier(t)
            || markup_doc && is_an_attribute_entry(t)
            || latex && is_a_latex_comment(line)
            || is_a_required_field(t)
            || opens_with_a_place(t)
            || offers_a_place_or_remote(t)
            || states_pay(t)
            || lists_the_steps(t)
            || is_a_listing_row(t)
            || is_a_caption(t)
            || is_a_review(line)
            || is_another_job(t)
            || is_a_founders_bio(t)
            || is_a_tagged_title(t)
            || title
        {
            out.push(Span::new(start, end));
        }
        headed |= heads && titled;
        // A page's menu or breadcrumbs above the title are not it.
        titled |= !t.is_empty() && !is_a_menu(t);
    }
    match (skipping, about) {
        (Some(from), _) => {
            out.extend(skipped_part(text, from, about_body, text.len()));
            if disowning {
                disowned.push(Span::new(from, text.len()));
            }
        }
        (None, Some(from)) => out.extend(about_us_unread(text, Span::new(from, text.len()))),
        (None, None) => {}
    }
    out.extend(a_page_above_its_job(text));
    out.extend(footer_blocks(text));
    out.extend(repeated_lines(text));
    out.extend(others_in_a_chat_log(text));
    out.extend(others_in_a_copied_chat(text));
    out.extend(others_in_a_room(text));
    out.extend(channel_headers(text));
    out.extend(sponsored_lines(text));
    out.extend(front_matter(text));
    out.extend(forum_replies(text));
    out.extend(reference_codes(text));
    out.extend(hashtags(text));
    out.extend(wiki_links(text));
    out.extend(benefit_sentences(text));
    let lower = text.to_ascii_lowercase();
    out.extend(equal_opportunity(text, &lower));
    let (cued, unneeded) = cued_sentences(text, &lower);
    out.extend(cued);
    out.extend(unneeded.iter().copied());
    disowned.extend(unneeded);
    out.extend(idioms_and_teams(text, tokens));
    // In text order, the longer of two at one start first; a part inside
    // another found already is dropped.
    crate::sort::sort_by_key(&mut out, |s| (s.start, usize::MAX - s.end));
    let mut reach = 0;
    out.retain(|s| {
        let inside = s.end <= reach;
        reach = reach.max(s.end);
        !inside
    });
    (out, disowned)
}

/// A product's or a project's page that carries a job further down: a
/// registry's package, an extension's listing, a project's docs or an
/// incident report, and then "We're hiring" (`turn:` of jd_headings.txt)
/// with the job's parts under it. What stands above the turn is the page's
/// own (the product's features, the formats it reads, what broke), not the
/// job's. Only where no heading of the job's own stands above the turn and
/// one stands below it: a posting that opens with its requirements, or a
/// "Join us" over nothing but an address, keeps all its words.
fn a_page_above_its_job(text: &str) -> Vec<Span> {
    let mut turn = None;
    // The rule drawn above the turn ("————"), when one is: the same rule
    // below the job closes it, and what follows is the page's again (a
    // plugin's release notes and reviews).
    let mut rule_above: Option<&str> = None;
    let mut previous = "";
    // A heading of the job's above the turn: the page's own (a module's
    // "Requirements") only when the turn names the job's title.
    let mut the_jobs_above = false;
    let mut at = 0;
    let mut after_blank = true;
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let t = undecorated(line);
        let first = after_blank;
        let above = std::mem::replace(&mut previous, line.trim());
        after_blank = t.is_empty() || is_a_rule(t);
        if turn.is_none() && first {
            if let Some(titled) = turns_here(t) {
                // What speaks to the candidate above it ("We're looking
                // for a Data Engineer with Python") is the job's already.
                if the_jobs_above && !titled || speaks_to_a_candidate(&text[..start]) {
                    return Vec::new();
                }
                turn = Some(start);
                rule_above = is_a_rule(above).then_some(above);
                continue;
            }
        }
        // Any line: "Senior Go Engineer\nRequirements" heads the job's part
        // with no blank line above it; below the turn, an inline label does
        // too ("Nice to have: watchOS, Core Location").
        let inline = turn.is_some() && !is_heading(t) && has_a_label(t) && is_heading(label_of(t));
        if !is_heading(t) && !inline {
            continue;
        }
        let first = first || inline;
        let name = if inline {
            label_of(t)
        } else {
            without_marker(t)
        };
        if names_the_job(name) || names_nice_part(name) {
            match turn {
                None => the_jobs_above = true,
                Some(from) if first => {
                    let mut page = Vec::new();
                    if from > 0 {
                        page.push(Span::new(0, from));
                    }
                    page.extend(rule_above.and_then(|rule| below_the_closing_rule(text, at, rule)));
                    return page;
                }
                Some(_) => {}
            }
        }
    }
    Vec::new()
}

/// A site's footer pasted with the posting, a link a line: a run of five
/// short lines or more with no sentence's stop, two of them the site's own
/// links (`footer:` of jd_page_words.txt: "Privacy", "Terms", "Help"),
/// and the site's one-line note after it where its paragraph ends there
/// ("… is not affiliated with Apple.").
///
/// Good: "Dart language\nReport package\nPolicy\nTerms\nSecurity\nPrivacy\nHelp\nRSS/atom feed".
/// Bad: six skills a line with no site's link, "Privacy\nTerms" (two
/// lines), a list of sentences.
fn footer_blocks(text: &str) -> Vec<Span> {
    // A link: no list item, no heading of a part, no technology alone.
    let short = |l: &str| {
        !l.is_empty()
            && l.split_whitespace().count() <= 4
            && !l.ends_with(['.', ',', '!', '?', ';', ':'])
    };
    let lines: Vec<(Span, &str)> = lines(text).map(|(s, l)| (s, l.trim())).collect();
    // The lexicon's lookups only where five short lines run together: most
    // lines of a posting are in no such run.
    let mut link = vec![false; lines.len()];
    let mut k = 0;
    while k < lines.len() {
        let start = k;
        while k < lines.len() && short(lines[k].1) {
            k += 1;
        }
        if k - start >= 5 {
            for (j, (_, l)) in lines.iter().enumerate().take(k).skip(start) {
                link[j] = !is_list_item(l)
                    && !names_the_job(l)
                    && !names_nice_part(l)
                    && !super::data::is_a_known_technology(l);
            }
        }
        k += usize::from(k == start);
    }
    let mut out = Vec::new();
    let mut footer_words: Option<Vec<&str>> = None;
    let mut i = 0;
    while i < lines.len() {
        if !link[i] {
            i += 1;
            continue;
        }
        let from = i;
        while i < lines.len() && link[i] {
            i += 1;
        }
        if i - from < 5 {
            continue;
        }
        let words =
            footer_words.get_or_insert_with(|| super::data::page_words_of("footer").collect());
        let is_own = |l: &str| words.iter().any(|w| l.eq_ignore_ascii_case(w));
        let own = lines[from..i].iter().filter(|(_, l)| is_own(l)).count();
        // From the site's first own link: the lines above it may be the
        // page's (its name, a last item).
        let Some(first) = (from..i).find(|&k| is_own(lines[k].1)) else {
            continue;
        };
        if own < 2 || i - first < 4 {
            continue;
        }
        let from = first;
        // The site's note: one line of prose that ends its paragraph.
        let note = i < lines.len()
            && !lines[i].1.is_empty()
            && lines.get(i + 1).is_none_or(|(_, l)| l.is_empty());
        let to = if note { i + 1 } else { i };
        out.push(Span::new(lines[from].0.start, lines[to - 1].0.end));
        i = to;
    }
    out
}

/// What follows the rule that closes a job set off by `rule` above it,
/// from `from` on: the page's own again.
fn below_the_closing_rule(text: &str, from: usize, rule: &str) -> Option<Span> {
    // A plain-text posting may draw the same rule between all its parts:
    // the closing one has no heading of the job's, or of a nice part,
    // after it.
    let the_jobs_after = |at: usize| {
        text[at..].lines().any(|l| {
            let l = undecorated(l);
            is_heading(l) && (names_the_job(without_marker(l)) || names_nice_part(l))
        })
    };
    let mut at = from;
    for line in text[from..].split_inclusive('\n') {
        at += line.len();
        if line.trim() == rule && !the_jobs_after(at) {
            return (at < text.len()).then(|| Span::new(at, text.len()));
        }
    }
    None
}

/// Whether the page above a turn already speaks to a candidate: "We're
/// looking for a Data Engineer", the job's "you'll". (A repository's
/// "readme: we're hiring" commit names the turn, not the job.)
fn speaks_to_a_candidate(above: &str) -> bool {
    let lower = above.to_ascii_lowercase();
    ["you'll", "you’ll", "you will", "looking for"]
        .iter()
        .any(|w| first_whole_word(&lower, w).is_some())
}

/// A line that turns a page to its job: a turn's heading, set off with
/// rules ("—— WE'RE HIRING ——") or not, or one with the job's title after
/// a colon ("We're hiring: QA Automation Engineer").
///
/// Whether the turn names the job's title: `Some(true)` for "We're
/// hiring: QA Automation Engineer", `Some(false)` for a heading alone.
///
/// Good: "We're hiring", "—— WE'RE HIRING ——", "We're hiring: QA
/// Automation Engineer". Bad: "We're hiring: if you know Go and like
/// boats, write to us at jobs@acme.example today" (a sentence).
fn turns_here(t: &str) -> Option<bool> {
    // "We're hiring! (yes, in an add-on description)": an aside after it.
    let t = t
        .strip_suffix(')')
        .and_then(|t| t.split_once(" ("))
        .map_or(t, |(turn, _)| turn);
    let core = t.trim_matches(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'));
    if is_heading(core) && turns_to_the_job(core) {
        return Some(false);
    }
    // "Ostervane is hiring a Database Administrator": the title after it.
    let hiring_a = [" is hiring a ", " is hiring an ", " is hiring "]
        .iter()
        .any(|joint| {
            core.split_once(joint).is_some_and(|(name, title)| {
                turns_to_the_job(&format!("{name} is hiring"))
                    && (1..=8).contains(&title.split_whitespace().count())
                    && is_a_job_title(title.trim())
            })
        });
    let titled = core.split_once(':').is_some_and(|(label, title)| {
        (1..=8).contains(&title.split_whitespace().count())
            && turns_to_the_job(label)
            && is_a_job_title(title.trim())
    });
    (hiring_a || titled).then_some(true)
}

/// A heading that turns a page to its job: a `turn:` heading whole, or
/// one and a name ("Working at Greyhithe", "Careers at Wrenfold").
///
/// Good: "We're hiring", "Work with us", "Working at Greyhithe". Bad:
/// "Hiring", "Working at scale is hard for us".
fn turns_to_the_job(label: &str) -> bool {
    let words = heading_words(label);
    let turns = &tailor_lexicon().turn_headings;
    // "Mossgarth is hiring": the name before it.
    let named_hiring = words.strip_suffix(" is hiring").is_some_and(|name| {
        let written = label.trim();
        let written = written.get(..name.len()).unwrap_or(written);
        name.split_whitespace().count() <= 2
            && written
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase))
            && !matches!(
                name,
                "nobody"
                    | "everyone"
                    | "everybody"
                    | "someone"
                    | "somebody"
                    | "who"
                    | "it"
                    | "he"
                    | "she"
                    | "this"
                    | "that"
            )
    });
    named_hiring
        || turns.has(&words)
        || turns.starting_as(&words).any(|h| {
            words
                .strip_prefix(h)
                .and_then(|rest| rest.strip_prefix(' '))
                .is_some_and(|name| {
                    name.split_whitespace().count() <= 2
                        && label
                            .split_whitespace()
                            .last()
                            .is_some_and(|w| w.starts_with(char::is_uppercase))
                })
        })
}

/// Whether the cue at `at..end` ends its line's label of a nice part, the
/// label's start at its line's: "Welcome, not required:", "Nice, not
/// required:". Not "Not required: Java" (a part of what is not needed).
fn ends_a_nice_label(text: &str, at: usize, end: usize) -> bool {
    let from = text[..at].rfind('\n').map_or(0, |n| n + 1);
    let label_end = if text[..end].ends_with(':') {
        end - 1
    } else if text[end..].starts_with(':') {
        end
    } else {
        return false;
    };
    at > from && names_nice_part(without_marker(&text[from..label_end]))
}

/// A chat log's line, as IRC and Matrix clients export one: "09:06
/// <Kerstin Wimbrel> what you'd do: …" gives its sender; "09:02 * @kerstin
/// joined the room", an event, gives "*".
///
/// Good: "09:06 <Kerstin Wimbrel> must have: Go", "[09:06] <kw> Go". Bad:
/// "09:30  Keynote" (a programme's row), "<p>Go</p>".
fn chat_log_sender(line: &str) -> Option<&str> {
    let t = line.trim_start();
    if let Some(sender) = tabbed_chat_sender(t.trim_end()) {
        return Some(sender);
    }
    let t = t.strip_prefix('[').unwrap_or(t);
    let (clock, rest) = t.split_once(' ')?;
    let clock = clock.trim_end_matches(']');
    let time = clock.split_once(':').is_some_and(|(h, m)| {
        (1..=2).contains(&h.len())
            && m.len() >= 2
            && h.bytes()
                .chain(m.bytes())
                .all(|b| b.is_ascii_digit() || b == b':')
    });
    if !time {
        return None;
    }
    // An event: "* @kw joined the room", "* Kerstin reacted with 🎉".
    if let Some(event) = rest.strip_prefix("* ") {
        let said = [" joined", " left", " changed", " reacted", " invited"];
        let event = event.starts_with('@') || said.iter().any(|w| event.contains(w));
        return event.then_some("*");
    }
    let name = rest.strip_prefix('<')?.split_once("> ")?.0;
    (!name.is_empty() && name.len() <= 60).then_some(name)
}

/// A LINE chat export's line: clock, sender and message set apart by tabs
/// ("13:49\tBeam\tis Django ok?"); a line of two fields is the app's
/// event ("14:11\tPim unsent a message."), "*".
///
/// Good: "09:03\tFah\tanyone going?", "14:11\tPim Rattanakul unsent a
/// message.". Bad: "09:30\tKeynote" (no sender's field and no event),
/// "Go\tRust\tKafka" (no clock).
fn tabbed_chat_sender(t: &str) -> Option<&str> {
    let (clock, rest) = t.split_once('\t')?;
    if !is_a_clock(clock) {
        return None;
    }
    match rest.split_once('\t') {
        Some((name, _)) => (!name.is_empty() && name.len() <= 60).then_some(name),
        None => {
            let said = [
                " unsent a message",
                " changed the ",
                " left the ",
                " joined the ",
                " invited ",
            ];
            said.iter().any(|w| rest.contains(w)).then_some("*")
        }
    }
}

/// The fewest lines of a chat log that make the text one.
const CHAT_LOG_LINES: usize = 5;

/// A chat log's lines that are not the poster's: the room's questions and
/// replies ("do you use kubernetes?"), its events and its bots. The poster
/// is the sender of the most lines.
fn others_in_a_chat_log(text: &str) -> Vec<Span> {
    let mut lines: Vec<(Span, &str)> = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if let Some(sender) = chat_log_sender(line) {
            lines.push((Span::new(at, at + line.len()), sender));
        }
        at += line.len();
    }
    if lines.len() < CHAT_LOG_LINES {
        return Vec::new();
    }
    // Rows of a tab-separated table with clock times ("09:00\tPlatform\t
    // Kubernetes upgrades") are no chat: a LINE export says it is one, in
    // its header or an event of the app's.
    let tabbed = |l: &str| tabbed_chat_sender(l.trim()).is_some();
    let a_line_export = text.starts_with("[LINE]")
        || text
            .lines()
            .any(|l| tabbed(l) && l.matches('\t').count() == 1);
    if !a_line_export {
        lines.retain(|(span, _)| !tabbed(span.of(text)));
        if lines.len() < CHAT_LOG_LINES {
            return Vec::new();
        }
    }
    // Sorted, each sender's lines are a run: a long log costs a sort.
    let mut senders: Vec<&str> = lines
        .iter()
        .map(|(_, s)| *s)
        .filter(|s| *s != "*")
        .collect();
    crate::sort::sort_by_key(&mut senders, |s| *s);
    let (mut poster, mut most, mut run) = (None, 0, 0);
    for (k, s) in senders.iter().enumerate() {
        run = if k > 0 && senders[k - 1] == *s {
            run + 1
        } else {
            1
        };
        if run > most {
            (poster, most) = (Some(*s), run);
        } else if run == most {
            // A tie names no poster: nothing is skipped but events.
            poster = None;
        }
    }
    if poster.is_none() {
        return lines
            .into_iter()
            .filter(|(_, s)| *s == "*")
            .map(|(span, _)| span)
            .collect();
    }
    lines
        .into_iter()
        .filter(|(_, s)| Some(*s) != poster)
        .map(|(span, _)| span)
        .collect()
}

/// The fewest messages of a chat copied from WhatsApp's web view that make
/// the text one.
const CHAT_MESSAGES: usize = 3;

/// A chat copied from WhatsApp's web view: each message is its sender's
/// line ("~ Tunde Fashola-Reid", or "You"), its text, and its clock on a
/// line of its own ("10:47", "11:06 ✓✓"). The messages of all but the
/// poster, the sender of the longest message (the post), are the group's
/// questions and replies ("Do they need Python?"), not the job's.
fn others_in_a_copied_chat(text: &str) -> Vec<Span> {
    let mut messages: Vec<(Span, &str)> = Vec::new();
    let mut open: Option<(usize, &str)> = None;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let t = line.trim();
        if let Some(sender) = chat_sender_line(t) {
            open = Some((at, sender));
        } else if is_a_chat_clock(t) {
            if let Some((from, sender)) = open.take() {
                messages.push((Span::new(from, at + line.len()), sender));
            }
        }
        at += line.len();
    }
    if messages.iter().filter(|(_, s)| *s != "You").count() < CHAT_MESSAGES {
        return Vec::new();
    }
    // The poster is the sender of the longest message, the post itself:
    // not whoever asked most ("Is it remote?", "Also, salary?"). A tie
    // names none.
    let longest = messages
        .iter()
        .map(|(span, _)| span.len())
        .max()
        .unwrap_or(0);
    let mut posters = messages
        .iter()
        .filter(|(span, _)| span.len() == longest)
        .map(|(_, s)| *s);
    let poster = posters.next();
    if posters.any(|s| Some(s) != poster) {
        return Vec::new();
    }
    messages
        .into_iter()
        .filter(|(_, s)| Some(*s) != poster)
        .map(|(span, _)| span)
        .collect()
}

/// A room's or a forum thread's messages as Element and Discourse show
/// them: each opens with its sender's line, the name (or handle and name)
/// and, after a wide gap, its time or date ("Kostya          10:31",
/// "kestrel_dev   May 12"). The messages of all but the poster, the
/// sender of the longest message (the post), are the room's questions
/// ("Do you use Raft anywhere?"), not the job's.
fn others_in_a_room(text: &str) -> Vec<Span> {
    let mut messages: Vec<(Span, &str)> = Vec::new();
    let mut open: Option<(usize, &str)> = None;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if let Some(sender) = room_sender(line.trim()) {
            if let Some((from, who)) = open.take() {
                messages.push((Span::new(from, at), who));
            }
            open = Some((at, sender));
        }
        at += line.len();
    }
    if let Some((from, who)) = open {
        messages.push((Span::new(from, text.len()), who));
    }
    if messages.len() < CHAT_MESSAGES {
        return Vec::new();
    }
    let longest = messages
        .iter()
        .map(|(span, _)| span.len())
        .max()
        .unwrap_or(0);
    let poster = messages
        .iter()
        .find(|(span, _)| span.len() == longest)
        .map(|(_, s)| *s);
    // A conversation, not a board's dated rows ("Posted     May 12",
    // "Apply by     Jun 30") nor a day's timetable: the poster answers
    // (writes again) and someone else asks.
    let answers = messages.iter().filter(|(_, s)| Some(*s) == poster).count() >= 2;
    let others: Vec<Span> = messages
        .into_iter()
        .filter(|(_, s)| Some(*s) != poster)
        .map(|(span, _)| span)
        .collect();
    let asks = others.iter().any(|m| m.of(text).contains('?'));
    if !answers || !asks {
        return Vec::new();
    }
    // Another's message ends at its first blank line: what follows is no
    // longer its reply.
    others
        .into_iter()
        .map(|m| {
            let body = m.of(text);
            let head = body.find('\n').map_or(body.len(), |n| n + 1);
            let end = body[head..]
                .find("\n\n")
                .or_else(|| body[head..].find("\n\r\n"))
                .map_or(m.end, |b| m.start + head + b + 1);
            Span::new(m.start, end)
        })
        .collect()
}

/// A room's message header: a sender's name or handle (and name), a wide
/// gap, and a time ("10:31") or a short date ("May 12").
///
/// Good: "Kostya          10:31" (Kostya), "Gretchen Alder (she/her)
/// 10:14", "ollie_lattimer   Ollie Vance   May 12" (ollie_lattimer). Bad:
/// "Go    Rust    Kafka", "Standup   10:30" is one (a short line is a
/// sender's), "Requirements:   May 12", "- Kafka   May 12" (an item).
fn room_sender(t: &str) -> Option<&str> {
    let (head, stamp) = t.rsplit_once("  ")?;
    let stamp = stamp.trim();
    let date = stamp.split_once(' ').is_some_and(|(month, day)| {
        const MONTHS: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        MONTHS.contains(&month)
            && (1..=2).contains(&day.len())
            && day.bytes().all(|b| b.is_ascii_digit())
    });
    if !(date || is_a_chat_clock(stamp)) {
        return None;
    }
    let mut cells = head.split("  ").map(str::trim).filter(|c| !c.is_empty());
    let sender = cells.next()?;
    let shaped = |c: &str| {
        c.split_whitespace().count() <= 4
            && c.starts_with(|ch: char| ch.is_alphabetic())
            && !c.contains([':', ',', '?', '!'])
            && !is_list_item(c)
    };
    (shaped(sender) && cells.clone().count() <= 1 && cells.all(shaped)).then_some(sender)
}

/// A copied chat message's sender line: "~ Name" (a contact not saved),
/// or "You".
///
/// Good: "~ Tunde Fashola-Reid", "~ Efe", "You". Bad: "~5 years", "~
/// Requirements: Go", "Younger teams".
fn chat_sender_line(t: &str) -> Option<&str> {
    if t == "You" {
        return Some(t);
    }
    let name = t.strip_prefix("~ ")?.trim();
    let shaped = !name.is_empty()
        && name.split_whitespace().count() <= 4
        && name.starts_with(|c: char| c.is_alphabetic())
        && !name.contains([':', ',', '.', '?', '!']);
    shaped.then_some(name)
}

/// A chat message's clock on its own line, with its read ticks: "10:47",
/// "11:06 ✓✓", "9:05 PM".
fn is_a_chat_clock(t: &str) -> bool {
    let t = t.trim_end_matches(['✓', ' ']);
    let t = t
        .strip_suffix(" AM")
        .or_else(|| t.strip_suffix(" PM"))
        .unwrap_or(t);
    is_a_clock(t)
}

/// A clock's hours and minutes: "9:05", "10:47" (not "10:4", "1:1").
fn is_a_clock(t: &str) -> bool {
    t.split_once(':').is_some_and(|(h, m)| {
        (1..=2).contains(&h.len())
            && m.len() == 2
            && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
    })
}

/// Hashtags and chat channels ("#hiring", "#golang", "#hiring-data"): a
/// post's tags and a workspace's rooms, never what the job asks for.
/// Not "C#" or "F#" (a letter before), "#1" (a number), a Markdown
/// heading's "# Requirements" (a space after), nor a tag in a list's item
/// ("- Experience with #Kubernetes": the item asks for it).
///
/// Good: "#hiring", "(#DevOps)", "#hiring-sre". Bad: "C#", "#1", "# Go",
/// "- Skills (#Kafka, #Redis)".
fn hashtags(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    for (at, _) in text.match_indices('#') {
        let before = text[..at].chars().next_back();
        let opens = before.is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '['));
        if !opens || !text[at + 1..].starts_with(char::is_alphabetic) {
            continue;
        }
        let line_start = text[..at].rfind('\n').map_or(0, |p| p + 1);
        if is_list_item(text[line_start..at].trim_start()) {
            continue;
        }
        let len = text[at + 1..]
            .find(|c: char| !(c.is_alphanumeric() || matches!(c, '_' | '-')))
            .unwrap_or(text.len() - at - 1);
        // A word's own hyphen ends no tag; a trailing one is no part of it.
        let end = at + 1 + len;
        let end = if bytes[end - 1] == b'-' { end - 1 } else { end };
        out.push(Span::new(at, end));
    }
    out
}

/// A tracker's or a board's reference: an issue key or a vacancy's code
/// ("WEBOPS-2291", "ref TD-SRE-04", "Ref HT/JBD/07"), which names a ticket
/// or an advert, never a skill. A known name stays ("SHA-256").
///
/// Good: "WEBOPS-2291", "SPK-BE-19", "Ref HT/JBD/07". Bad: "Go-1", "IPv6",
/// "SHA-256" (known), "a 24-7 rota".
fn reference_codes(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut after_ref = false;
    for (at, word) in text.split_inclusive(char::is_whitespace).scan(0, |at, w| {
        let start = *at;
        *at += w.len();
        Some((start, w))
    }) {
        let core = word.trim_matches(|c: char| {
            c.is_whitespace()
                || matches!(
                    c,
                    ',' | '.' | ';' | ':' | '(' | ')' | '[' | ']' | '"' | '\''
                )
        });
        if core.is_empty() {
            continue;
        }
        let start = at + word.find(core).unwrap_or(0);
        let code = after_ref && core.bytes().any(|b| b.is_ascii_digit())
            || is_an_issue_key(core)
            || is_a_file_number(core);
        if code && !super::data::is_a_known_technology(core) {
            out.push(Span::new(start, start + core.len()));
        }
        after_ref = matches!(core, "ref" | "Ref" | "REF" | "Reference" | "reference");
    }
    out
}

/// An issue key or a code of capitals and digits between hyphens, ending
/// in digits: "WEBOPS-2291", "TD-SRE-04", "CC-4410".
///
/// Good: "WEBOPS-2291", "SPK-BE-19". Bad: "Go-1" (lowercase), "24-7",
/// "K8S" (no hyphen), "AZ-104" (an exam), "ITSG-33" (a standard),
/// "SHA-256".
fn is_an_issue_key(word: &str) -> bool {
    let Some((head, number)) = word.rsplit_once('-') else {
        return false;
    };
    number.len() >= 2
        && number.bytes().all(|b| b.is_ascii_digit())
        && head.len() >= 2
        && head.starts_with(|c: char| c.is_ascii_uppercase())
        && head
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-')
        // Not an exam's, a standard's or an algorithm's name, one head
        // and a short number: "AZ-104", "ITSG-33", "SHA-256".
        && (head.contains('-') || number.len() >= 4)
        // Nor a standards body's numbered standard ("ISO-27001", "IEC-62443").
        && !super::data::page_words_of("standards").any(|body| {
            head.split('-').next().is_some_and(|h| h.eq_ignore_ascii_case(body))
        })
}

/// A label that says by its own words what is not needed: "No mobile
/// work", "Not needed", "Without PHP".
///
/// Good: "No mobile work", "Nothing in Java", "Keng Pentester-Plaz". Bad:
/// "Tools", "Mobile experience", "Net new services", "Keen interest in".
fn disowns_by_its_words(label: &str) -> bool {
    let words = heading_words(label);
    let first = words.split_whitespace().next().unwrap_or_default();
    matches!(first, "no" | "not" | "never" | "without" | "nothing")
        // "Keng Pentester-Plaz": another tongue's "not" (not "net", an
        // English word: "Net new services: Go").
        || first != "net" && is_a_negation(first)
        || words
            .split_whitespace()
            .any(|w| w.ends_with("n't") || w.ends_with("n’t"))
}

/// A public body's file number, its parts apart by slashes, two of them
/// numbers: "MAHUMA/AJ/12/VOL.III/47", "HR/2025/014".
///
/// Good: "MAHUMA/AJ/12/VOL.III/47", "HR/2025/014". Bad: "LAN/WAN",
/// "TCP/IP", "CI/CD" (no number), "HTTP/2" (two parts), "HTTP/1.1/2/3"
/// (a known name), "ISO/IEC/27001" (standards bodies).
fn is_a_file_number(word: &str) -> bool {
    let parts: Vec<&str> = word.split('/').collect();
    let numbers = parts
        .iter()
        .filter(|p| p.bytes().all(|b| b.is_ascii_digit()))
        .count();
    // Not a protocol's versions ("HTTP/1.1/2/3") nor a standard's bodies
    // ("ISO/IEC/27001").
    let named = |p: &str| {
        super::data::is_a_known_technology(p)
            || super::data::page_words_of("standards").any(|b| b.eq_ignore_ascii_case(p))
    };
    // A file's numbers run to two digits or more somewhere ("12", "2025"),
    // a protocol's versions do not.
    let long_number = parts
        .iter()
        .any(|p| p.len() >= 2 && p.bytes().all(|b| b.is_ascii_digit()));
    parts.len() >= 3
        && parts.iter().all(|p| !p.is_empty())
        && numbers >= 2
        && long_number
        && word.bytes().any(|b| b.is_ascii_uppercase())
        && !parts.iter().any(|p| named(p))
}

/// A forum thread's replies: from the first reply's header ("Re: [HIRING]
/// Lead Backend Engineer" over "by dev_deano » Tue Sep 23, 2025") to the
/// end; readers' questions and the poster's answers, not the posting.
///
/// Good: "Re: Lead Engineer\nby dev_deano » Tue Sep 23". Bad: a mail's
/// "Subject: Re: Backend role" (no forum header under it), "Re: Go".
fn forum_replies(text: &str) -> Option<Span> {
    let mut at = 0;
    let mut lines = text.split_inclusive('\n').peekable();
    while let Some(line) = lines.next() {
        let next = lines.peek().map_or("", |l| l.trim());
        let by = next
            .strip_prefix("by ")
            .is_some_and(|rest| rest.contains(" » "));
        if line.starts_with("Re: ") && by {
            return Some(Span::new(at, text.len()));
        }
        at += line.len();
    }
    None
}

/// The most lines a note's front matter runs over.
const FRONT_MATTER_LINES: usize = 60;

/// A note's front matter, from its opening "---" (YAML) or "+++" (TOML, a
/// Hugo page's) to its closing one: the note's fields (tags, owner, team,
/// dates), not the posting.
///
/// Good: "---\ntitle: Staff Engineer\ntags: [hiring]\n---\n",
/// "+++\ntitle = \"SRE\"\ntags = [\"hiring\"]\n[params]\n  team = \"Fleet\"\n+++\n".
/// Bad: "---" as a rule under a heading, a block with a line that is no
/// field.
fn front_matter(text: &str) -> Option<Span> {
    let (fence, body) = ["---", "+++"].into_iter().find_map(|fence| {
        let rest = text.strip_prefix(fence)?;
        let body = rest
            .strip_prefix('\n')
            .or_else(|| rest.strip_prefix("\r\n"))?;
        Some((fence, body))
    })?;
    let toml = fence == "+++";
    let mut at = text.len() - body.len();
    let mut fields = 0;
    for line in body.split_inclusive('\n').take(FRONT_MATTER_LINES) {
        let t = line.trim_end();
        at += line.len();
        if t == fence || !toml && t == "..." {
            return (fields >= 2).then_some(Span::new(0, at));
        }
        // A field's key is a lowercase name ("title", "created_at"), not a
        // heading ("Requirements:"); TOML's is set with "=", and its tables
        // are named in brackets ("[params]").
        let key = if toml {
            t.trim_start().split_once(" = ")
        } else {
            t.split_once(':')
        };
        let field = key.is_some_and(|(key, _)| {
            !key.is_empty()
                && key
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'_' || b == b'-')
        });
        let table = toml && t.starts_with('[') && t.ends_with(']');
        fields += usize::from(field);
        if !(field || table || t.is_empty() || t.starts_with([' ', '\t', '-'])) {
            return None;
        }
    }
    None
}

/// A wiki's links to a dated note ("[[Hiring Committee 2025-10-06]]", a
/// meeting's) or to a person's page ("[[User:TBarraclough|Tom]]"): a
/// note's or a person's name, not a requirement. A link to a page on a
/// technology ("[[Gradle]]", "[[DORA metrics]]") is the posting's.
fn wiki_links(text: &str) -> Vec<Span> {
    const LONGEST: usize = 200;
    let mut out = Vec::new();
    for (open, _) in text.match_indices("[[") {
        let rest = &text[open + 2..];
        let reach = rest
            .char_indices()
            .take_while(|&(i, c)| i < LONGEST && c != '\n')
            .last()
            .map_or(0, |(i, c)| i + c.len_utf8());
        let Some(close) = rest[..reach].find("]]") else {
            continue;
        };
        let target = &rest[..close];
        let dated = target.as_bytes().windows(10).any(|w| {
            w.iter().enumerate().all(|(i, b)| match i {
                4 | 7 => *b == b'-',
                _ => b.is_ascii_digit(),
            })
        });
        if dated || target.starts_with("User:") {
            out.push(Span::new(open, open + 2 + close + 2));
        }
    }
    out
}

/// A posting pasted as LaTeX source: a document class, an environment
/// or an item command.
fn is_latex(text: &str) -> bool {
    ["\\documentclass", "\\begin{", "\\item "]
        .iter()
        .any(|sign| text.contains(sign))
}

/// A LaTeX source's comment line, which no reader of the typeset brief
/// sees: "% TODO(Hollis): confirm the band", "  % removed Scala from the
/// requirements".
///
/// Good: "% TODO: check the band", "  %% old: Scala". Bad: "\\item 20\\% travel"
/// (an escaped percent), "Go % of the time" (not at the line's start).
fn is_a_latex_comment(line: &str) -> bool {
    line.trim_start().starts_with('%')
}

/// A chat export's message line: "[14/03/25, 9:16:01 PM] Rohan: Does it
/// need Python?", "14/03/2025, 21:16 - Rohan: …". A posting forwarded into
/// a group is its lines without a stamp; the stamped ones are the group
/// talking (replies, "Forwarded many times", attachments).
///
/// Good: "[14/03/25, 9:16:01 PM] Rohan CSE-B: Does it need Python?",
/// "14/03/2025, 21:16 - Sneha: prepare DP". Bad: "[Kafka] 3 years",
/// "2024, 12 months of Go".
fn is_a_chat_message(t: &str) -> bool {
    // On bytes: a stamp is ASCII, and a byte test is a fraction of the
    // code a `char` pattern costs in the wasm (BENCHMARKS.md).
    let b = t.as_bytes();
    let b = b.strip_prefix(b"[").unwrap_or(b);
    // "14/03/25" or "14.03.2025": digits and two separators, then ", ".
    let date_len = b
        .iter()
        .position(|&c| !(c.is_ascii_digit() || c == b'/' || c == b'.'))
        .unwrap_or(b.len());
    let separators = b[..date_len]
        .iter()
        .filter(|&&c| c == b'/' || c == b'.')
        .count();
    let Some(rest) = b[date_len..].strip_prefix(b", ") else {
        return false;
    };
    // The time ends at its first other byte: a space, "]", or the narrow
    // no-break space newer exports put before "PM".
    let time_len = rest
        .iter()
        .position(|&c| !(c.is_ascii_digit() || c == b':'))
        .unwrap_or(rest.len());
    // A system line ("… - Messages and calls are end-to-end encrypted")
    // has no sender's colon: it is the app's too.
    (5..=10).contains(&date_len)
        && separators == 2
        && time_len >= 4
        && rest[..time_len].contains(&b':')
}

/// A row of a programme or an agenda: a clock time, a run of spaces (or
/// one before a capital, as a calendar invite's agenda has it), and what
/// happens then ("09:30  Keynote: …", "15:00 Welcome (Priya)").
///
/// Good: "09:30  Keynote: \"Twenty years\"", "9.00   Coffee", "15:15 How
/// the staff level works". Bad: "09:30 stand-up with the team" (one space
/// and a small letter: a sentence), "Sweden · Stockholm 14:32", "24/7
/// on-call".
fn is_a_timetable_row(t: &str) -> bool {
    let digits = |s: &str| !s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit());
    let Some((clock, rest)) = t.split_once(|c: char| c.is_whitespace()) else {
        return false;
    };
    let time = clock
        .split_once([':', '.'])
        .is_some_and(|(h, m)| digits(h) && m.len() == 2 && digits(m));
    time && (rest.starts_with([' ', '\t']) || rest.starts_with(char::is_uppercase))
        && !rest.trim().is_empty()
}

/// Where the first heading of the job's own parts ("You have:",
/// "Requirements") stands after a blank line: a count of comments above it
/// sits in the post's header, one below it opens the comments.
fn first_job_part(text: &str) -> Option<usize> {
    let mut after_blank = true;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let t = undecorated(line);
        if after_blank && is_heading(t) && names_the_job(without_marker(t)) {
            return Some(start);
        }
        after_blank = t.is_empty();
    }
    None
}

/// A feed post's reactions bar, under which its comments run to the end:
/// "Like      Comment      Repost      Send", "👍 Like   💬 Comment   ↗ Share".
///
/// Good: "Like      Comment      Repost      Send". Bad: "Comment your
/// code", "Like Kafka, we use Pulsar".
fn opens_the_comments(t: &str) -> bool {
    counts_the_replies(t)
        || is_a_reactions_bar(t)
        || is_a_comment_header(t)
        || sorts_the_comments(t)
}

/// A thread's sort control alone on its line, over its comments: "Sort
/// by: Best", "Sort by  Top ▾".
///
/// Good: "Sort by: Best", "Sort by: Controversial", "Sort by  New ▾",
/// "sort: Hot Top New Old Controversial" (a forum's bar of orders).
/// Bad: "Sort by: Relevance" (a board's results, not comments), "Sort by
/// best effort first, then retry".
fn sorts_the_comments(t: &str) -> bool {
    let sort = |w: &str| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "best" | "top" | "new" | "old" | "controversial" | "q&a" | "hot"
        )
    };
    let t = t.trim();
    let words = |rest: &str| -> Vec<String> {
        rest.split(|c: char| c.is_whitespace() || c == ':')
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .map(str::to_string)
            .collect()
    };
    if let Some(rest) = t.strip_prefix("Sort by") {
        return matches!(words(rest).as_slice(), [w] if sort(w));
    }
    // A forum's sort bar, its orders in a row: "sort: Hot Top New Old
    // Controversial".
    t.get(..5).is_some_and(|p| p.eq_ignore_ascii_case("sort:")) && {
        let orders = words(&t[5..]);
        orders.len() >= 3 && orders.iter().all(|w| sort(w))
    }
}

/// A mail archive's line between a message and its attachments:
/// "-------------- next part --------------".
///
/// Good: "-------------- next part --------------". Bad: "--- Part 2:
/// the next part of the job ---" (words of its own), "next part".
fn parts_an_attachment(t: &str) -> bool {
    t.trim()
        .strip_prefix("---")
        .and_then(|rest| rest.trim_start_matches('-').strip_suffix("---"))
        .is_some_and(|inner| inner.trim_end_matches('-').trim() == "next part")
}

/// A blog's comment section headed with its count in brackets, and a
/// control or two after: "Top comments (7)      Subscribe", "Discussion
/// (12)".
///
/// Good: "Top comments (7)   Subscribe", "Comments (12)". Bad: "Comments
/// (2) on every review we ran", "Top comments (the best ones)".
fn heads_the_comments(t: &str) -> bool {
    let Some((head, rest)) = t.trim().split_once(" (") else {
        return false;
    };
    let Some((count, after)) = rest.split_once(')') else {
        return false;
    };
    let section = matches!(
        head.to_ascii_lowercase().as_str(),
        "comments" | "top comments" | "discussion" | "responses"
    );
    section
        && !count.is_empty()
        && count.bytes().all(|b| b.is_ascii_digit())
        && after.split_whitespace().count() <= 2
}

/// A thread's comment header, over the first reply: a handle, or a name
/// with how long ago ("@kestrel-dev commented on 3 Mar", "Dan Abrams
/// commented 2 days ago", "k-ferrante commented 9 days ago"), or a site's
/// lowercase handle, marked as one, with its age alone ("mwynwen-dafis 3
/// days ago").
///
/// Good: "@kestrel-dev commented 2 days ago", "@acme-eng Owner commented
/// on 3 Mar", "Dan Abrams commented yesterday", "k-ferrante commented 9
/// days ago", "nb_water 1 day ago". Bad: "We commented on every PR",
/// "The CTO commented on 3 RFCs", "we commented 2 days ago", "Shipped 3
/// days ago", "posted 3 days ago", "updated 2 hours ago", "rolled back 2
/// days ago".
fn is_a_comment_header(t: &str) -> bool {
    let is_ago = |w: &str| matches!(w, "ago" | "yesterday" | "today");
    let Some((who, when)) = t.split_once(" commented ") else {
        // "mwynwen-dafis 3 days ago": a handle with a handle's mark, a
        // count, a unit, "ago" ("posted 3 days ago" is a board's age line).
        let words: Vec<&str> = t.split_whitespace().collect();
        return matches!(
            words.as_slice(),
            [who, n, _, "ago"] if is_a_lowercase_handle(who)
                && who.contains(|c: char| matches!(c, '-' | '_' | '.') || c.is_ascii_digit())
                && n.bytes().all(|b| b.is_ascii_digit())
        );
    };
    let ago = when.split_whitespace().any(is_ago);
    let handle = who.split_whitespace().count() == 1
        && who.contains(['-', '_'])
        && is_a_lowercase_handle(who);
    (1..=3).contains(&who.split_whitespace().count())
        && when.split_whitespace().count() <= 6
        && (who.starts_with('@') || ago && (who.starts_with(char::is_uppercase) || handle))
}

/// A site's user handle: one lowercase word of letters, digits, dashes,
/// underscores and dots ("mwynwen-dafis", "nbrightwater", "k_ferrante").
fn is_a_lowercase_handle(w: &str) -> bool {
    w.starts_with(|c: char| c.is_ascii_lowercase())
        && w.bytes().all(|b| {
            b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'-' | b'_' | b'.')
        })
}

/// A thread's count of its replies, over them: "4 replies from Ines
/// Barros, Tomasz Lis and 2 others", "12 comments", "42 comments · 9
/// shares".
///
/// Good: "4 replies from Ines Barros and 2 others", "12 comments". Bad:
/// "3 replies to every ticket within an hour", "5 comments per review".
fn counts_the_replies(t: &str) -> bool {
    let mut words = t.split_whitespace();
    let counted = words
        .next()
        .is_some_and(|n| n.bytes().all(|b| b.is_ascii_digit()));
    let noun = words.next().is_some_and(|w| {
        matches!(
            w.to_ascii_lowercase().as_str(),
            "replies" | "reply" | "comments" | "comment"
        )
    });
    // "43 Comments      Sort by  Best ▾", "312 Comments   ≡ Sort by": a
    // comment section's own controls.
    counted
        && noun
        && words.next().is_none_or(|w| {
            // A control's glyph, not a dash that goes on with a sentence.
            matches!(w, "from" | "Sort")
                || !w.is_ascii() && !w.chars().any(|c| c.is_alphanumeric() || "–—".contains(c))
        })
}

/// "Like      Comment      Repost      Send": a feed post's reactions bar,
/// in English or as another interface writes it (`reaction:` words of
/// jd_page_words.txt): three of its words or more and nothing else.
///
/// Good: "Like   Comment", "👍 Interessant   💬 Reageren   🔁 Opnieuw
/// plaatsen   ➤ Verzenden". Bad: "Like to comment on designs?", "Share
/// and send" (prose: "and" is no reaction), "Reageren" alone.
fn is_a_reactions_bar(t: &str) -> bool {
    let words: Vec<&str> = t
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphabetic))
        .collect();
    let english = words.len() <= 5
        && words.contains(&"Like")
        && words.contains(&"Comment")
        && words.iter().all(|w| {
            matches!(
                *w,
                "Like" | "Comment" | "Repost" | "Share" | "Send" | "Reply"
            )
        });
    english
        || (3..=8).contains(&words.len())
            && words.iter().all(|w| {
                tailor_lexicon()
                    .page_words
                    .reactions
                    .iter()
                    .any(|r| r.eq_ignore_ascii_case(w))
            })
}

/// A mail's sign-off, alone on its line: "Thanks & Regards,", "Best,",
/// "Mit freundlichen Grüßen".
///
/// Good: "Thanks & Regards,", "Cheers!". Bad: "Best practices,", "Regards
/// to the team, …" (more than the sign-off).
fn signs_off(t: &str) -> bool {
    let words = heading_words(t.trim_end_matches([',', '!', '.']));
    !words.is_empty() && tailor_lexicon().signoffs.contains(&words)
}

/// The header's "Company · Place · Team" line: a short line with a
/// middle dot between its parts, or two bars.
///
/// Good: "Mosswood · London, UK (hybrid, Shoreditch office)", "DENVER, CO /
/// ENGINEERING / FULL-TIME". Bad: "- Go · Rust" (a list item).
fn is_header_line(t: &str) -> bool {
    let parts = t.matches(" · ").count() >= 1
        || t.matches(" | ").count() >= 2
        || t.matches(" / ").count() >= 2;
    // Lever writes the fields one to a line, each ending in " /".
    let field = t.ends_with(" /") && t.split_whitespace().count() <= 5;
    // A "Who is hiring?" comment's first line runs longer: company, title,
    // place, contract, pay and a link, four bars or more between them.
    let fields = t.matches(" | ").count() >= 4 && t.split_whitespace().count() <= 40;
    (parts && t.split_whitespace().count() <= 16 || field || fields) && !is_list_item(t)
}

/// A hiring process's steps in a row, not a list item ("Document
/// screening → Technical interview → Offer"): how the hire is made, not
/// what it asks for. A step that is a known name makes it a data flow.
///
/// Good: "Screening → Interview → Offer". Bad: "p99 → 40 ms" (one arrow),
/// "- Build pipelines: Debezium → Kafka → Snowflake", "Postgres → Debezium
/// → Kafka" (known names), "'→ Ship with Docker, Git → Help load test'"
/// (a name with its punctuation), "WHAT YOU NEED → A degree, a bootcamp
/// or a portfolio → Solid data structures" (an image's text: steps are a
/// few words each, five at most on average).
fn lists_the_steps(t: &str) -> bool {
    t.matches('→').count() >= 2
        && !is_list_item(t)
        && !t
            .split_whitespace()
            .map(|w| {
                w.trim_matches(|c: char| {
                    matches!(c, ',' | '.' | ';' | ':' | '\'' | '"' | '(' | ')')
                })
            })
            .any(is_a_known_technology)
        && {
            let steps = t.split('→').skip(1);
            let words: usize = steps
                .clone()
                .map(|step| step.split_whitespace().count())
                .sum();
            words <= 5 * steps.count()
        }
}

/// A forum post's title, tagged for a jobs board: "[HIRING] Junior SRE
/// (1-3 yrs), Leeds hybrid, £36-42k". The title names the role; the post
/// below it asks.
///
/// Good: "[HIRING] Junior SRE (1-3 yrs), Leeds", "[Hiring] Rust engineer".
/// Bad: "- [hiring] Go" (a list item), "[HIRING]" alone, "[Remote] Go".
fn is_a_tagged_title(t: &str) -> bool {
    let Some(rest) = t.strip_prefix('[') else {
        return false;
    };
    rest.split_once(']').is_some_and(|(tag, after)| {
        tag.eq_ignore_ascii_case("hiring")
            && !after.trim().is_empty()
            // "[Hiring] Rust dev who knows Kafka and Terraform, remote, DM
            // me": a post that is all title asks in it.
            && !after.contains(" who ")
            && !after.contains(" with ")
    })
}

/// A founder's line on a startup's page: a name, an officer's title, then
/// their past ("Priya Ramaswell, CEO — previously ran edge infrastructure
/// at a CDN"). Their past is theirs, not the job's.
///
/// Good: "Priya Ramaswell, CEO — previously ran edge infrastructure at a
/// CDN", "Oskar Lindqvale, CTO: spent seven years on storage", "Mia Berg,
/// co-founder — built Kafka tooling". Bad: "Report to the CTO — you own
/// Kafka", "Kafka, CDC — pipelines", "- Ana Ruiz, CTO — x" (a list item).
fn is_a_founders_bio(t: &str) -> bool {
    let Some((name, rest)) = t.split_once(", ") else {
        return false;
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    let title = [" — ", " – ", " - ", ": "]
        .iter()
        .filter_map(|sep| rest.split_once(sep).map(|(title, _)| title))
        .min_by_key(|title| title.len());
    (2..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(char::is_alphabetic)
        })
        && title.is_some_and(|title| {
            // ASCII case only: no Unicode case tables in the wasm.
            matches!(title, "CEO" | "CTO" | "COO" | "CFO" | "CPO")
                || ["founder", "co-founder", "cofounder"]
                    .iter()
                    .any(|f| title.eq_ignore_ascii_case(f))
        })
        && !is_list_item(t)
}

/// An item of a list of other jobs: a title, a dash, then the employer,
/// its place and pay set apart by commas ("• Staff Data Engineer (Scala) —
/// Pinwheel Freight, remote EU", a newsletter's "Also hiring").
///
/// Good: "• Senior Frontend Engineer (Vue) — Tamsbeck Health, Leipzig,
/// €80–95k". Bad: "- Backend Engineer — Payments" (no employer and place),
/// "- Senior Engineer — owns Kafka, Flink and Spark" (a technology),
/// "- Staff Engineer — leads design reviews, writes RFCs." (a sentence).
fn is_another_job(t: &str) -> bool {
    let t = without_marker(t);
    [" — ", " – "].iter().any(|sep| {
        t.split_once(sep).is_some_and(|(title, rest)| {
            let parts: Vec<&str> = rest.split(", ").collect();
            (2..=4).contains(&parts.len())
                && parts.iter().all(|p| {
                    !p.trim().is_empty()
                        && p.split_whitespace().count() <= 4
                        && !super::data::is_a_known_technology(p.trim())
                        && !p.split_whitespace().any(super::data::is_a_known_technology)
                })
                // The employer first, by its name.
                && parts[0].starts_with(char::is_uppercase)
                && title.split_whitespace().count() <= 7
                && names_a_role(title)
                && !t.trim_end().ends_with('.')
                && !rest.contains(sep)
        })
    })
}

/// A row's last cell that states a pay: a currency's sign ("₹6 – 9
/// ലക്ഷം", "₦400,000 a wata") or a range of amounts, four digits or more
/// ("8 000 – 11 000 сомонӣ"), not years ("4+ years", "3–5 years").
fn states_a_pay_cell(c: &str) -> bool {
    let sign = c.contains([
        '₹', '₦', '$', '€', '£', '¥', '₩', '₽', '₸', '₺', '₴', '₫', '₱', '₪', '৳', '₵',
    ]);
    let digits = c.bytes().filter(u8::is_ascii_digit).count();
    sign || digits >= 4 && c.contains(['–', '-'])
}

/// A row of a board's list of other jobs: a title, then its place, pay or
/// employer, each set apart by a dash.
///
/// Good: "Senior Django Engineer — Leeds — £70,000 per annum — Agency:
/// Penfold Talent", "Python Developer – Salford – Hargrove Digital",
/// "Senior Azure Engineer · Lowthwaite Water · Booth S03". Bad:
/// "Backend Engineer — Payments" (two cells), "- Staff Engineer — owns
/// Kafka — and Flink" (a list item), "Kafka — Flink — Spark" (no role),
/// "Backend Engineer · Go · Kafka" (a title and its stack).
///
/// In a language whose role nouns the data does not know, four cells or
/// more that end on the pay: "ജാവ ഡെവലപ്പർ — സാഗര സോഫ്റ്റ്‌വെയർ —
/// കോഴിക്കോട് — ₹6 – 9 ലക്ഷം", "Барномасози Java — «Помир Софт» — Душанбе
/// — 8 000 – 11 000 сомонӣ".
fn is_a_listing_row(t: &str) -> bool {
    [" — ", " – ", " · "].iter().any(|sep| {
        let cells: Vec<&str> = t.split(sep).map(str::trim).collect();
        let paid_last = cells.len() >= 4
            && cells.last().is_some_and(|c| states_a_pay_cell(c))
            && !super::data::is_a_known_technology(cells[0]);
        cells.len() >= 3
            && cells
                .iter()
                .all(|c| !c.is_empty() && c.split_whitespace().count() <= 8)
            && (names_a_role(cells[0]) || paid_last)
            && !cells[1..]
                .iter()
                .any(|c| super::data::is_a_known_technology(c))
            && !is_list_item(t)
            && !t.trim_end().ends_with('.')
    })
}

/// The posting's title: a short line above the first heading whose role
/// noun ends it or comes before a separator or a level ("Senior Backend
/// Engineer (Kotlin)", "Staff Engineer – Storage", "Data Engineer II"). It
/// names the hire, not a requirement; what the role asks for is said again
/// below it.
///
/// Good: "Senior Backend Engineer (Kotlin)", "Engineering Manager,
/// Payments", "Software Development Engineer in Test (SDET) II", "[Hiring]
/// Distributed Systems Engineer (Elixir/Erlang) — Knotwater — Hamburg or
/// remote EU — €85–110k" (the title before its first dash).
/// Bad: "We are hiring engineers to build our Kafka platform."
/// (a sentence), "Own and lead our Go and Kafka services" (a duty), "- Lead
/// design reviews", "Requirements".
fn is_a_job_title(t: &str) -> bool {
    // A forum's or a board's title line goes on after the title: "[Hiring]
    // Distributed Systems Engineer (Elixir) — Knotwater — Hamburg — €85k".
    let head = [" — ", " – ", " | "]
        .iter()
        .filter_map(|sep| t.find(sep))
        .min()
        .map_or(t, |at| &t[..at]);
    (names_a_role(t) || names_a_role(head)) && !t.trim_end().ends_with('.') && !is_list_item(t)
}

/// Whether a title's words, twelve at most, hold a role's noun at its end
/// or before a separator, a level or a capitalised field ("Engineer in
/// Test"): the title part of [`is_a_job_title`].
fn names_a_role(title: &str) -> bool {
    let lx = tailor_lexicon();
    let words: Vec<&str> = title.split_whitespace().collect();
    words.len() <= 12
        && words.iter().enumerate().skip(1).any(|(k, w)| {
            let core = w
                .trim_matches(|c: char| !c.is_alphanumeric())
                .to_ascii_lowercase();
            let role =
                lx.is_role_word(RoleWord::Person, &core) || lx.is_role_word(RoleWord::Role, &core);
            let next = words.get(k + 1);
            role && (w.ends_with([',', ':'])
                || next.is_none_or(|next| {
                    next.starts_with(['(', '–', '-', '|', '/', '·', '@'])
                        || matches!(*next, "I" | "II" | "III" | "IV" | "at")
                        || *next == "in"
                            && words
                                .get(k + 2)
                                .is_some_and(|w| w.starts_with(char::is_uppercase))
                }))
        })
}

/// A line that opens with a place, a city and its region's letters, alone
/// or before the header's other fields: the posting's location.
///
/// Good: "London, UK", "Austin, TX  ·  Hybrid", "Melbourne, VIC (Hybrid) |
/// Permanent". Bad: "Go, AWS" (a known name), "Kafka, SQS and Redis",
/// "Acme, Inc.", "Platform Engineering, SRE" (known letters).
fn opens_with_a_place(t: &str) -> bool {
    let Some((city, rest)) = t.split_once(", ") else {
        return false;
    };
    let code_len = rest.bytes().take_while(|b| b.is_ascii_uppercase()).count();
    let after = rest[code_len..].trim_start();
    let words = city.split(' ').count();
    (2..=3).contains(&code_len)
        && !is_a_known_word(&rest[..code_len])
        && (after.is_empty() || after.starts_with(['·', '|', '/', '(', '–', '-']))
        && (1..=3).contains(&words)
        && city.split(' ').all(is_a_place_s_word)
}

/// A word of a place's name: a capital, letters (a hyphen, a dot), no
/// word the lexicon knows. "St.", "Croix-Rousse", "Utrecht"; not "Go".
fn is_a_place_s_word(w: &str) -> bool {
    w.starts_with(|c: char| c.is_uppercase())
        && w.chars().all(|c| c.is_alphabetic() || c == '-' || c == '.')
        && !is_a_known_word(w)
}

/// A location line: a place (with its district in brackets) and how far
/// from it one may work, alone on its line or after a comment's mark:
/// "Utrecht or remote in NL", "// Cardiff (Bute Street) or remote within
/// the UK", "Lyon (Croix-Rousse), hybrid, 2 days a week in the office".
///
/// Good: those. Bad: "Kubernetes or remote-first tooling" (a known name),
/// "- Berlin or remote" (a list item: a duty's or an answer's), "Work from
/// home, hybrid" (not a name's words), "Kubernetes, Terraform, Go,
/// Tailscale, remote-first" and "Experience with Buildkite, BuildBuddy or
/// remote caching" (a list before it), "GIS: ArcGIS, QGIS, Landsat or
/// remote sensing imagery" (a skill after "remote"), "SCADA or remote
/// monitoring" (capitals).
fn offers_a_place_or_remote(t: &str) -> bool {
    if is_list_item(t) {
        return false;
    }
    let t = t.trim().trim_start_matches(['/', '#', ' ']);
    let lower = t.to_ascii_lowercase();
    let Some((at, marker)) = [
        " or remote",
        ", hybrid",
        ", remote",
        " · hybrid",
        " · remote",
    ]
    .iter()
    .filter_map(|m| lower.find(m).map(|at| (at, m.len())))
    .min() else {
        return false;
    };
    // How far: the line's end, a bracket or a separator, or where ("in
    // NL", "within the UK"), not a skill ("remote sensing").
    let after = &lower[at + marker..];
    let rest = after.trim_start();
    let how_far = rest.is_empty()
        || [",", "(", "·", "|", "in ", "within ", "from "]
            .iter()
            .any(|w| rest.starts_with(w))
        || after.starts_with("-first")
        || after.starts_with("-friendly");
    // "Cardiff (Bute Street)": the district in brackets is the place's.
    let place = t[..at].trim_end();
    let place = match place.split_once(" (") {
        Some((city, district)) if district.ends_with(')') => city,
        _ => place,
    };
    let words = place.split(' ').count();
    how_far
        && (1..=3).contains(&words)
        && place
            .split(' ')
            .all(|w| is_a_place_s_word(w) && w.chars().any(char::is_lowercase))
}

/// A pay line: not a list item, it opens (after a label such as "Salary:")
/// with an amount of money, a currency's letters or sign before a number
/// written in thousands ("PLN 26,000–34,000 GROSS/MONTH (UOP)", "£65,000 –
/// £80,000 plus bonus", "S$9,500 a month", "USD 120k"). What else it says
/// (a tax's or a contract's letters) is pay too.
///
/// Good: "PLN 26,000–34,000 GROSS/MONTH", "Base: €70.000", "CA$145k".
/// Bad (a requirement): "ISO 27001 and SOC 2", "AWS 5+ years", "- Owned
/// $500k+ AWS budgets", "Managed $2,000,000 cloud spend".
fn states_pay(t: &str) -> bool {
    if is_list_item(t) {
        return false;
    }
    // Past an emoji or a symbol before the amount ("💰 €4,800–6,300").
    let t = t.trim_start_matches(|c: char| !c.is_alphanumeric() && !"$£€¥₹".contains(c));
    let mut words = t.split_whitespace().peekable();
    // Past a label: "Salary:", "Base pay:".
    if t.split_whitespace().take(3).any(|w| w.ends_with(':')) {
        while words.next().is_some_and(|w| !w.ends_with(':')) {}
    }
    let Some(w) = words.next() else {
        return false;
    };
    // The money's letters and sign: "PLN", "£", "S$", "CA$", "USD120k".
    let (unit, amount) = w.split_at(
        w.bytes()
            .position(|b| b.is_ascii_digit())
            .unwrap_or(w.len()),
    );
    let sign = unit
        .chars()
        .next_back()
        .is_some_and(|c| "$£€¥₹".contains(c) && unit.len() - c.len_utf8() <= 2);
    let currency = unit.len() == 3
        && unit.bytes().all(|b| b.is_ascii_uppercase())
        && tailor_lexicon().is_role_word(RoleWord::Money, &unit.to_ascii_lowercase());
    // "PLN 26,000": the number is the next word.
    let amount = match amount {
        "" if currency => words.peek().copied().unwrap_or(""),
        a => a,
    };
    (sign || currency) && is_an_amount(amount) || states_pay_amount_first(t)
}

/// Pay written amount first, its currency after: "19 000–25 000 zł netto",
/// "45 000 kr/mån", "4.500 € brutto", "16 000–21 000 PLN".
///
/// Good: "19 000–25 000 zł netto (+ VAT) / mies.", "45 000 kr/mån". Bad:
/// "45 000 devices online", "3 zł" (no thousands), "- 19 000 zł" (a list
/// item, read by its list).
fn states_pay_amount_first(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().take(6).collect();
    let Some(first) = words.first() else {
        return false;
    };
    let thousands = first.bytes().all(|b| b.is_ascii_digit())
        && (1..=3).contains(&first.len())
        && words
            .get(1)
            .is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()))
        || is_an_amount(first.split(['–', '-']).next().unwrap_or(first));
    let currency = |w: &str| {
        let w = w.trim_end_matches(['.', ',', ')']);
        let unit = w.split('/').next().unwrap_or(w);
        matches!(
            unit,
            "zł" | "kr" | "€" | "$" | "£" | "Kč" | "Ft" | "lei" | "₹"
        ) || unit.len() == 3
            && unit.bytes().all(|b| b.is_ascii_uppercase())
            && tailor_lexicon().is_role_word(RoleWord::Money, &unit.to_ascii_lowercase())
    };
    thousands && words[1..].iter().any(|w| currency(w))
}

/// "26,000", "70.000", "9,500", "120k", "1,300,000–1,500,000": digits in
/// thousands, or with a "k".
fn is_an_amount(w: &str) -> bool {
    let digits = w.bytes().take_while(|b| b.is_ascii_digit()).count();
    let rest = &w.as_bytes()[digits..];
    (1..=3).contains(&digits)
        && match rest {
            [b',' | b'.', a, b, c, ..] => [a, b, c].iter().all(|d| d.is_ascii_digit()),
            [b'k' | b'K', ..] => true,
            _ => false,
        }
}

/// A careers page's menu or button row, breadcrumbs or site title, pasted
/// with the posting: short items set apart by runs of spaces or tabs
/// ("Products   Solutions   Careers   Request a demo"), by " > ", or a
/// name and "Careers".
///
/// Good: "Products   Solutions   Careers   Request a demo", "Jobs\tTeams\tSign
/// in", "Home > Open roles > Engineering", "Apply online    Download job
/// description (PDF)    Back to vacancies", "Find Work ▾    My Jobs ▾
/// Messages", "GitLab   Menu   Search GitLab   Issues 14   Merge requests 3",
/// "BEAM Commons   Latest   Top   ☰   Sign Up   Log In", "Grid view   🔍
/// Search   Download CSV   ⤢ View larger version", "😊  📎  Send an
/// encrypted message…  ➤", "reed.co.uk   Jobs
/// Courses   Sign in   Register CV", "create new paste
/// /  faq  /  tools  /  api  /  scraping api  /  news", "Wszystkie  JS  HTML
/// PHP  Ruby  Python  Java  .Net  Scala  C  Mobile  Testing  DevOps" (a
/// board's filters). Bad: "Go, Rust and Kafka",
/// "Requirements:  Go" (one gap), "p99 > 200 ms", "Go    Rust    Kafka    SQL"
/// (a table's columns).
fn is_a_menu(t: &str) -> bool {
    // The items, set apart by tabs or runs of spaces; a site's own word
    // must be one of them: a skills table pasted with spaces between its
    // columns ("Go    Rust    Kafka") is no menu, nor is "Kubernetes
    // CronJobs" with trailing spaces.
    let items = t
        .trim()
        .split('\t')
        .flat_map(|cell| cell.split("  "))
        .map(str::trim)
        .filter(|item| !item.is_empty())
        // "🔍 Search": a toolbar's item after its icon.
        .map(without_icon);
    let site_words = &tailor_lexicon().page_words.menu;
    let (mut count, mut site, mut all_first) = (0, false, false);
    // Three items or more need two gaps: most lines have none, and no item
    // is compared with the site's words.
    let gaps = t.trim().matches('\t').count() + t.trim().matches("  ").count();
    for item in items.take_while(|_| gaps >= 2) {
        count += 1;
        // "All  JS  HTML  …": a filter bar's first item.
        all_first |= count == 1
            && tailor_lexicon()
                .page_words
                .filters
                .iter()
                .any(|w| w.eq_ignore_ascii_case(item));
        // "My Jobs ▾": a drop-down menu's item. "Log In" is "Log in".
        site |= site_words.iter().any(|w| w.eq_ignore_ascii_case(item))
            || is_a_site_control(item)
            || item.ends_with('▾');
    }
    // No sentence's stops or commas; a site's name ("reed.co.uk") may
    // have dots.
    let menu =
        count >= 3 && site && !t.contains(',') && !t.contains(". ") && !t.trim_end().ends_with('.');
    // "Home > Open roles > Engineering > …": breadcrumbs.
    // (Only a line with one of their marks is searched for them.)
    let crumbs = t.contains(['>', '›', '‹', '»', '«'])
        && [" > ", " › ", " ‹ ", " » ", " « "]
            .iter()
            .any(|sep| t.matches(sep).count() >= 2);
    // "Tamarind Basket | Careers": the site's title.
    let site = (t.ends_with("Careers") || t.ends_with("Jobs"))
        && [" | ", " - ", " – "].iter().any(|s| t.contains(s));
    // A word of the menu's own, not the slashes between its items.
    let words = t
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count();
    // A board's filter bar may run long, one or two words an item ("All
    // JS  HTML  PHP  Ruby  Python  …  Other").
    let plain = !t.contains(',') && !t.contains(". ") && !t.trim_end().ends_with('.');
    let filters = all_first && plain && count >= 10 && words <= 2 * count;
    (menu || crumbs || site) && words <= 16 || filters
}

/// A careers site's own control on a line by itself, pasted with the
/// posting: a link or a button, no requirement ("Search for Jobs" is no
/// search skill, "GitHub URL" no GitHub).
///
/// Good: "Search for Jobs", "Skip to main content", "Sign In", "GitHub
/// URL", "Try Premium for SGD0", "Back to vacancies", "Download job
/// description (PDF)", "Log in with Singpass", "Search models, datasets,
/// users...", "★★★★★ 4.8 on the App Store". Bad: "Search relevance and ranking", "GitHub
/// Actions" (skills), "- Sign in with SAML" (a list item), "Download
/// and parse satellite imagery" (a duty).
fn is_a_site_control(t: &str) -> bool {
    let t = t.trim();
    let lower = t.to_ascii_lowercase();
    let words = t.split_whitespace().count();
    // "Subscribe to get new remote Elixir jobs by email": a board's alert.
    // "Get the best Go jobs in your inbox": the same, offered.
    let offered = lower.starts_with("get the best ")
        && lower.contains(" jobs")
        && (lower.contains("inbox") || lower.contains("email"));
    let alert = (lower.starts_with("subscribe")
        && (lower.contains(" new ") && lower.contains(" jobs") || lower.contains("job alert"))
        || offered)
        && words <= 12;
    // "★★★★★ 4.8 on the App Store · 4.7 on Google Play": an app's rating.
    let stars = t.chars().take_while(|c| matches!(c, '★' | '☆')).count();
    let rating = stars >= 3
        && t.trim_start_matches(['★', '☆'])
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit());
    // "Back to vacancies", "← Go back to all jobs": the way back.
    let way = lower.trim_start_matches(['←', '‹', '«', '<', ' ']);
    let way = way.strip_prefix("go ").unwrap_or(way);
    let back = way.starts_with("back to ") && way.split_whitespace().count() <= 4;
    // "Download job description (PDF)": the posting as a file; "Download
    // CSV", "Download report": a page's button.
    // Not a tool's own download ("Download Terraform").
    let file = lower.get("download ".len()..).unwrap_or_default();
    let format = matches!(
        file,
        "csv" | "json" | "pdf" | "png" | "svg" | "xlsx" | "xml" | "zip"
    );
    let download = lower.starts_with("download ")
        && (words <= 2 && (format || !super::data::is_a_known_technology(file))
            || (lower.contains("job description") || lower.contains("pdf")) && words <= 6);
    // "Log in with Singpass", "Sign in with Google": a way in.
    let way_in =
        (lower.starts_with("log in with ") || lower.starts_with("sign in with ")) && words <= 5;
    // "Open in Figma": a button that opens the page's file in its tool,
    // alone on its line (not "Run in Kubernetes", a duty whose bullet a
    // paste lost).
    let opens_in = lower.starts_with("open in ") && words <= 4 && !t.ends_with(['.', ',', ':']);
    let premium = "try premium for ";
    // "Search models, datasets, users...": a search box's placeholder,
    // its shortcut after a gap too ("Search...   Ctrl K").
    let boxed = if lower.starts_with("search") {
        without_a_key_after_a_gap(&lower)
    } else {
        &lower
    };
    let placeholder = (boxed.starts_with("search ") || boxed.starts_with("search."))
        && (boxed.ends_with("...") || boxed.ends_with('…'))
        && boxed.split_whitespace().count() <= 6
        && !t[..boxed.len()]
            .split(|c: char| !c.is_alphanumeric())
            // A name as written, capitalised: "go" is the placeholder's.
            .any(|w| w.starts_with(char::is_uppercase) && super::data::is_a_known_technology(w));
    let search_box = is_a_search_box(t);
    // "Search (Ctrl+Alt+E)": a word or two with a keyboard shortcut is an
    // app's control.
    let control = without_a_shortcut(t);
    let shortcut = control.len() < t.len() && control.split_whitespace().count() <= 2;
    back || download
        || way_in
        || opens_in
        || rating
        || placeholder
        || search_box
        || shortcut
        || alert
        || is_an_attachment(&lower)
        || is_a_language_bar(t)
        || tailor_lexicon()
            .page_words
            .control
            .iter()
            .any(|c| control.eq_ignore_ascii_case(c))
        || t.len() <= premium.len() + 8
            && t.get(..premium.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(premium))
}

/// A site's search box on its line: "Search" and what the site holds
/// (`searched:` of jd_page_words.txt), alone or within a place of the
/// site's.
///
/// Or "Search" and the site's name, written as one word with a capital
/// inside ("Search BoardGameGeek"), no technology's.
///
/// Or "Search the" and the site's one thing ("Search the CPAN"), or a
/// count of what it holds ("Search 96,000+ libraries").
///
/// Good: "Search packages", "Search conversations within
/// pennine-data-folk", "Search this site", "Search BoardGameGeek", "Search
/// the CPAN", "Search 96,000+ libraries". Bad
/// (the job's): "Search relevance and ranking", "Search infrastructure",
/// "Search jobs in Elasticsearch", "Search Relevance" (a team), "Search
/// posts." (a sentence), "Search OpenSearch".
fn is_a_search_box(t: &str) -> bool {
    let Some(rest) = t
        .strip_prefix("Search ")
        .or_else(|| t.strip_prefix("search "))
    else {
        return false;
    };
    let site = rest.trim_end();
    let named = site.chars().all(|c| c.is_ascii_alphanumeric())
        && site.starts_with(|c: char| c.is_ascii_uppercase())
        && site.chars().skip(1).any(|c| c.is_ascii_uppercase())
        && site.chars().any(|c| c.is_ascii_lowercase())
        && !is_a_known_word(site);
    if named {
        return true;
    }
    // "Search the CPAN", "Search 96,000+ libraries": the site's one thing,
    // or a count of what it holds.
    let words: Vec<&str> = site.split_whitespace().collect();
    let one_thing = match words[..] {
        ["the", _] => true,
        [count] | [count, _] => {
            count.ends_with('+') && count.starts_with(|c: char| c.is_ascii_digit())
        }
        _ => false,
    };
    if one_thing {
        return true;
    }
    let rest = site.to_ascii_lowercase();
    super::data::page_words_of("searched").any(|w| {
        rest.strip_prefix(w)
            .is_some_and(|after| after.is_empty() || after.starts_with(" within "))
    })
}

/// `t` without a keyboard shortcut a wide gap sets after it ("search...
/// ctrl k", "search…   ⌘k"), lowercase.
///
/// Good: "search...   ctrl k" and "search...   ctrl k      handbook   careers"
/// are "search...". Bad (kept): "search...",
/// "kafka   flink", "search   ctrl and alt keys in our editor".
fn without_a_key_after_a_gap(lower: &str) -> &str {
    // The cells a wide gap sets apart: the box, its key, a menu after.
    let mut cells = lower.split("  ").map(str::trim).filter(|c| !c.is_empty());
    let (Some(head), Some(key)) = (cells.next(), cells.next()) else {
        return lower;
    };
    let shortcut = key.len() <= 12
        && (key.starts_with("ctrl") || key.starts_with("cmd") || key.starts_with('⌘'))
        && key.split_whitespace().count() <= 3;
    if shortcut {
        head.trim_end()
    } else {
        lower
    }
}

/// `t` without a keyboard shortcut in parentheses at its end ("Search
/// (Ctrl+Alt+E)", "New chat (⌘N)", Office's "Search (Alt + Q)").
///
/// Good: "Search (Ctrl+Alt+E)" and "Search (Alt + Q)" are "Search". Bad:
/// "Kafka (Streams)", "Search (alt and ctrl keys in our editor)" stay.
fn without_a_shortcut(t: &str) -> &str {
    let Some((head, tail)) = t.rsplit_once(" (") else {
        return t;
    };
    let key = tail.strip_suffix(')').unwrap_or("");
    // Office spaces its keys: "Alt + Q".
    let spaced = key.replace(" + ", "+");
    let key = spaced.as_str();
    let shortcut = ["ctrl+", "alt+", "shift+", "cmd+", "⌘", "⌥"]
        .iter()
        .any(|k| {
            key.get(..k.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(k))
        });
    if shortcut && !key.contains(' ') {
        head.trim_end()
    } else {
        t
    }
}

/// A file to download, its type and size in parentheses at the line's
/// end ("Cloud Platform Engineer JD and PS (PDF, 318.2KB)"), `lower`
/// lowercased: a document's name, no skill.
///
/// Good: "benefits summary (pdf, 1.1mb)". Bad: "terraform (pdf export)".
fn is_an_attachment(lower: &str) -> bool {
    let Some(inner) = lower
        .trim_end()
        .strip_suffix(')')
        .and_then(|l| l.rsplit_once('('))
        .map(|(_, inner)| inner)
    else {
        return false;
    };
    let Some((kind, size)) = inner.split_once(',') else {
        return false;
    };
    let size = size.trim();
    super::job::DOCUMENT_TYPES.contains(&kind.trim())
        && ["kb", "mb", "bytes"].iter().any(|u| size.ends_with(u))
        && size.starts_with(|c: char| c.is_ascii_digit())
}

/// A repository's language bar, each name with its share ("Rust 91.2%  C
/// 4.1%  Python 3.0%"): what its code is written in, no skill asked for.
///
/// Good: "Rust 91.2%  C 4.1%  Python 3.0%  Shell 1.7%". Bad: "Rust 91.2%"
/// (one share), "Cut p99 by 40% with Rust", "Stack: Kotlin 80.0% Java
/// 20.0%" (a label), "Kotlin 80% Java 20%" (whole shares).
fn is_a_language_bar(t: &str) -> bool {
    let (mut shares, mut names) = (0, 0);
    for w in t.split_whitespace() {
        if let Some(n) = w.strip_suffix('%') {
            // GitHub's shares, one decimal each ("91.2%"); no float
            // parsing (its code costs the wasm).
            let decimal = n.split_once('.').is_some_and(|(a, b)| {
                !a.is_empty()
                    && !b.is_empty()
                    && a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit())
            });
            if names == 0 || !decimal {
                return false;
            }
            shares += 1;
            names = 0;
        } else {
            names += 1;
            // "Stack: Kotlin 80%": a label is no language's name.
            if names > 3 || w.ends_with(':') {
                return false;
            }
        }
    }
    shares >= 2 && names == 0
}

/// A line with a British postcode is an address: "Haverleigh Business
/// Park, Unit 4, Northampton NN4 9QX" names the office, no skill.
///
/// Good: "Unit 4, Northampton NN4 9QX", "London SW1A 1AA". Bad: "S3
/// buckets", "EC2 and S3 2x", "- Build B2B 3PL integrations" (an item).
fn gives_an_address(t: &str) -> bool {
    let outward = |w: &str| {
        let letters = w.bytes().take_while(u8::is_ascii_uppercase).count();
        let rest = &w.as_bytes()[letters..];
        (1..=2).contains(&letters)
            && (1..=2).contains(&rest.len())
            && rest[0].is_ascii_digit()
            && rest
                .iter()
                .all(|b| b.is_ascii_digit() || b.is_ascii_uppercase())
    };
    // The inward code's letters are never C, I, K, M, O or V; it ends the
    // line or its clause ("… NN4 9QX, 2 days a week").
    let inward = |w: &str, last: bool| {
        let code = w.trim_end_matches([',', ')', '.']);
        let b = code.as_bytes();
        b.len() == 3
            && b[0].is_ascii_digit()
            && b[1..]
                .iter()
                .all(|c| c.is_ascii_uppercase() && !b"CIKMOV".contains(c))
            && (last || code.len() < w.len())
    };
    let words: Vec<&str> = t.split_whitespace().collect();
    !is_list_item(t)
        && words.len() <= 16
        && (words
            .windows(2)
            .enumerate()
            .any(|(k, w)| outward(w[0]) && inward(w[1], k + 2 == words.len()))
            || words.windows(4).any(is_a_street_then_a_town))
}

/// A continental address's street, house number, postcode and town:
/// "Søndervang Allé 14, 8000 Aarhus C", "Hauptstraße 5a, 10115 Berlin",
/// "Rue du Lac 12, 1003 Lausanne". The street's last word has a capital,
/// the number a comma, the postcode four or five digits, the town a
/// capital.
///
/// Good: ["Allé", "14,", "8000", "Aarhus"]. Bad: ["in", "2023,", "2024",
/// "Kubernetes"] (no street), ["Kubernetes", "1.29,", "2024", "Edition"],
/// ["Windows", "10,", "2016", "Server"] (a year is a version's).
fn is_a_street_then_a_town(w: &[&str]) -> bool {
    let number = w[1].strip_suffix(',').is_some_and(|n| {
        let digits = n.trim_end_matches(|c: char| c.is_ascii_lowercase());
        (1..=4).contains(&digits.len())
            && digits.bytes().all(|b| b.is_ascii_digit())
            && n.len() - digits.len() <= 1
    });
    // A recent year is a version's ("Windows 10, 2016 Server", "SQL Server
    // 2017, 2019 Enterprise"), not a postcode.
    let year = |n: &str| n.len() == 4 && n.parse::<u32>().is_ok_and(|y| (1990..=2039).contains(&y));
    let postcode = (4..=5).contains(&w[2].len())
        && w[2].bytes().all(|b| b.is_ascii_digit())
        && !year(w[2])
        && !year(w[1].trim_end_matches(','));
    w[0].starts_with(char::is_uppercase)
        && number
        && postcode
        && w[3].starts_with(char::is_uppercase)
}

/// A mail client's line over a forwarded or quoted mail: the posting
/// follows it, the line itself asks for nothing ("message" is no
/// messaging).
///
/// Good: "---------- Forwarded message ---------", "-----Original
/// Message-----", "Begin forwarded message:". Bad: "- Message queues"
/// (an item), "Forwarded messages between Kafka clusters" (a duty).
fn marks_a_forward(t: &str) -> bool {
    let words = t
        .trim()
        .trim_matches(|c: char| c == '-' || c == ':' || c.is_whitespace())
        .to_ascii_lowercase();
    matches!(
        words.as_str(),
        "forwarded message" | "original message" | "begin forwarded message"
    )
}

/// A line of hashtags only, a social post's tags: "#DevOps #Kubernetes
/// #Vilnius #relocation" files the post, it asks for nothing.
///
/// Good: "#DevOps #Kubernetes #AWS". Bad: "## Requirements" (a heading),
/// "#1 priority: Kafka" (words after), "C# and F#".
fn is_a_hashtag_line(t: &str) -> bool {
    // A blog's tags share their line with its share links ("#postgres
    // #hiring      Share:  𝕏  in").
    let t = t.split_once("  Share:").map_or(t, |(tags, _)| tags);
    // A video's tags share theirs with its counts, each a cell after a run
    // of spaces ("21,404 views  3 weeks ago  #rust #hiring").
    let gap = t.as_bytes().windows(2).rposition(|w| w == b"  ");
    let t = match gap.map(|at| t.split_at(at)) {
        Some((counts, tags))
            if counts
                .split("  ")
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .all(|c| c.starts_with(|c: char| c.is_ascii_digit())) =>
        {
            tags
        }
        _ => t,
    };
    let mut words = t.split_whitespace().peekable();
    words.peek().is_some()
        && words.all(|w| {
            w.strip_prefix('#')
                .is_some_and(|tag| tag.starts_with(|c: char| c.is_alphabetic()))
        })
}

/// A Python import, a notebook's code cell pasted with its page: "import
/// numpy as np", "from sklearn.metrics import f1_score". Its names are
/// the notebook's, no requirement.
///
/// Good: "import numpy as np", "import torchaudio", "from a.b import c, d".
/// Bad: "import the data from S3" (a duty), "Import NumPy arrays".
fn is_a_code_import(t: &str) -> bool {
    let module = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_lowercase() || c == '_')
            && w.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'.')
    };
    let words: Vec<&str> = t.split_whitespace().collect();
    match words.as_slice() {
        ["import", m] => module(m),
        ["import", m, "as", alias] => module(m) && module(alias),
        ["from", m, "import", names @ ..] => {
            module(m)
                && !names.is_empty()
                && names.iter().all(|n| {
                    n.trim_end_matches(',')
                        .chars()
                        .all(|c| c.is_alphanumeric() || c == '_')
                })
        }
        _ => false,
    }
}

/// A repository's link as a docs site's header shows it, its owner and
/// name alone on the line ("pollenhurst/docs"): no "docs" asked for.
///
/// Good: "pollenhurst/docs", "acme-io/helm-charts". Bad: "CI/CD", "TCP/IP",
/// "ci/cd", "Go/Rust", "a/b", "python/django" (two technologies).
fn is_a_repository_link(t: &str) -> bool {
    let part = |p: &str| {
        p.len() >= 3
            && p.bytes().all(|b| {
                b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'-' | b'_' | b'.')
            })
    };
    let technology = super::data::is_a_known_technology;
    t.split_once('/').is_some_and(|(owner, name)| {
        part(owner) && part(name) && !technology(owner) && !technology(name)
    })
}

/// A command typed at a shell's prompt, pasted with its output: "$ pandoc
/// … brief.docx", "$ curl -s https://…". The command's words are no
/// requirement.
///
/// Good: "$ pandoc --track-changes=all jd.docx", "$ curl -s
/// https://acme.example". Bad: "$150k base" (pay), "$ 150,000" (pay).
fn is_a_shell_prompt(t: &str) -> bool {
    t.strip_prefix("$ ")
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_lowercase()))
        || is_an_install_command(t)
        // A script run from its directory: "./publish-advert.sh --to careers".
        || t.strip_prefix("./").is_some_and(|rest| {
            let script = rest.split_whitespace().next().unwrap_or_default();
            // A script's file name, with its extension: not "./configure-style builds".
            !rest.starts_with(char::is_whitespace)
                && !script.contains('/')
                && script.rsplit_once('.').is_some_and(|(name, ext)| !name.is_empty() && (1..=4).contains(&ext.len()))
        })
}

/// A package page's install line ("pip install riverbank", "> npm i
/// @knapweed/preview"): the package's, not a skill asked for.
///
/// Good: "pip install riverbank", "> npm i @acme/x", "go get
/// example.com/x", "docker pull acme/agent   Copy". Bad: "Install
/// Terraform on every runner" (a duty), "> We use npm" (a quote).
fn is_an_install_command(t: &str) -> bool {
    const INSTALLS: [&str; 15] = [
        "docker pull ",
        "docker run ",
        "helm install ",
        "pip install ",
        "pipx install ",
        "npm i ",
        "npm install ",
        "yarn add ",
        "pnpm add ",
        "cargo add ",
        "cargo install ",
        "go get ",
        "go install ",
        "gem install ",
        "composer require ",
    ];
    let command = t.strip_prefix("> ").unwrap_or(t);
    // The package and perhaps a flag: "pip install and conda environments
    // are second nature" and "go get things done" are sentences.
    INSTALLS.iter().any(|i| {
        command.strip_prefix(i).is_some_and(|package| {
            package.split_whitespace().count() <= 2 && !package.trim_end().ends_with('.')
        })
    }) && !t.contains(" and ")
}

/// Whether `text` is an AsciiDoc or reStructuredText source: a document
/// title ("= Site Reliability Engineer") or a directive (".. tip::"). Only
/// there is ":name: value" an attribute entry (":rocket: Go" in a chat is
/// an emoji).
fn is_asciidoc_or_rst(text: &str) -> bool {
    text.lines()
        .any(|l| l.starts_with("= ") || l.starts_with(".. ") && l.contains("::"))
}

/// An AsciiDoc document's attribute entry or a reStructuredText field
/// (":location: Pittsburgh, PA", ":toc: left", ":keywords: jobs, hiring"):
/// the page's settings and metadata.
///
/// Good: ":location: Pittsburgh, PA", ":sectnums:". Bad: ":doc:`/x` is
/// where we keep it" (an inline role, no entry), "Requirements:", ": Go".
fn is_an_attribute_entry(t: &str) -> bool {
    let Some((name, rest)) = t.strip_prefix(':').and_then(|r| r.split_once(':')) else {
        return false;
    };
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        && (rest.is_empty() || rest.starts_with(' '))
}

/// A package index's classifier ("Framework :: Django", "Programming
/// Language :: Python :: 3.13"): the package's metadata.
///
/// Good: "Framework :: Django", "Topic :: Office/Business". Bad: "Go ::
/// a systems language, used daily for our services" (a sentence), "a::b".
fn is_a_classifier(t: &str) -> bool {
    // The index's own roots: a recruiter's "Must Have Skills :: Java" is
    // the job's.
    const ROOTS: [&str; 10] = [
        "Programming Language",
        "Framework",
        "Topic",
        "License",
        "Development Status",
        "Intended Audience",
        "Operating System",
        "Environment",
        "Natural Language",
        "Typing",
    ];
    t.split_once(" :: ")
        .is_some_and(|(root, _)| ROOTS.contains(&root))
        && t.split(" :: ")
            .all(|part| part.split_whitespace().count() <= 4)
}

/// A form's tick box with its option ("☐ Flux", "☑ Yes"): the choices a
/// question offers the applicant, not what the job asks for.
///
/// Good: "☐ Flux", "☒ Nomad". Bad: "- Flux" (an item), "✓ Terraform" (a
/// posting's own check-mark bullet), "□ AWSの利用経験" (a Japanese
/// posting's bullet).
fn is_a_tick_box(t: &str) -> bool {
    t.trim_start()
        .strip_prefix(['☐', '☑', '☒'])
        .is_some_and(|rest| rest.starts_with(' ') && !rest.trim().is_empty())
}

/// A feed's or a page source's element on a line by itself, with no text
/// between tags: its attributes file the posting ("<category
/// term=\"Security\"/>").
///
/// Good: "<category term=\"Security\"/>", "<link href=\"…\"/>". Bad:
/// "<title>Senior SRE</title>" (text), "- <5 ms p99 />" (an item).
fn is_an_empty_element(t: &str) -> bool {
    let t = t.trim();
    t.starts_with('<')
        && t.ends_with("/>")
        && t[1..].starts_with(|c: char| c.is_ascii_alphabetic())
        && !t[1..].contains('<')
}

/// An issue's or a topic's title that announces the hire: "Hiring:" and
/// the job's title ("Hiring: part-time DevOps engineer (0.6 FTE) #212"),
/// whose "hiring" asks for no hiring skill.
///
/// Good: "Hiring: part-time DevOps engineer (0.6 FTE) #212", "Hiring:
/// Senior Backend Engineer". Bad: "Hiring: you'll interview candidates with us" (no
/// title), "Hiring and mentoring engineers".
fn announces_a_hire(t: &str) -> bool {
    t.split_once(':').is_some_and(|(label, title)| {
        heading_words(label) == "hiring" && is_a_job_title(title.trim())
    })
}

/// Where a notes field's paragraph turns to a job notice (`notes:` of
/// jd_page_words.txt, an abstract page's "Comments:"): the sentence that
/// says someone is hiring for a role ("Tessarine Labs (Stornoway; on site
/// or hybrid) is hiring a Machine Learning Engineer to …"), read from its
/// start. Only in a paragraph, as a field's short value names no role;
/// never in an about-us or benefits field, where another job's notice is
/// the company's news.
///
/// Good: "Comments: 14 pages, 6 figures. Job notice from the authors:
/// Tessarine Labs is hiring a Machine Learning Engineer to take …" -> the
/// offset of "Job notice". Bad: "Comments: 14 pages, 6 figures" (no
/// notice), "Notes: the team is hiring a lot this year, …" (no role),
/// "About us: … Acme is hiring a Machine Learning Engineer to …" (no
/// notes field).
fn hiring_notice_in(t: &str) -> Option<usize> {
    const PARAGRAPH_WORDS: usize = 30;
    const CUES: [&str; 4] = [
        " is hiring a ",
        " is hiring an ",
        " are hiring a ",
        " are hiring an ",
    ];
    if t.split_whitespace().count() < PARAGRAPH_WORDS {
        return None;
    }
    let colon = t.find(':')?;
    let label = heading_words(&t[..colon]);
    if !super::data::page_words_of("notes").any(|w| w == label) {
        return None;
    }
    // Lowercased in ASCII only: its offsets are the line's.
    let lower = t.to_ascii_lowercase();
    let (at, after) = CUES
        .iter()
        .filter_map(|cue| lower.find(cue).map(|at| (at, at + cue.len())))
        .min()?;
    // The role's title: its words up to "to", "for", a comma or a stop.
    let title = t[after..]
        .split([',', '.', ';', '!', '?'])
        .next()?
        .split(" to ")
        .next()?
        .split(" for ")
        .next()?;
    // `names_a_role` looks for the role's noun after a title's first word.
    if !names_a_role(&format!("a {}", title.trim())) {
        return None;
    }
    let sentence = [". ", "! ", "? "]
        .iter()
        .filter_map(|stop| t[..at].rfind(stop).map(|k| k + stop.len()))
        .max()
        .unwrap_or(0);
    Some(sentence.max(colon + 1))
}

/// An issue tracker's event line, under the issue it is about: "ramona
/// added the hiring label 5 days ago", "ramona pinned this 5 days ago".
///
/// Good: "ramona added the hiring label 5 days ago", "kofi-dev removed the
/// backend label yesterday". Bad: "We added Kafka 2 years ago" (a
/// sentence, no handle), "- added the Go label" (a list item).
fn is_an_issue_event(t: &str) -> bool {
    let mut words = t.split_whitespace();
    let (Some(handle), Some(verb)) = (words.next(), words.next()) else {
        return false;
    };
    let rest: Vec<&str> = words.collect();
    let handle_like = handle
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, '-' | '_' | '.'))
        && !matches!(
            handle,
            "we" | "i" | "you" | "they" | "he" | "she" | "it" | "our" | "the" | "team"
        );
    // What an event acts on: a label, the issue, a commit.
    let on_the_issue = rest.iter().any(|w| {
        matches!(
            *w,
            "label" | "labels" | "this" | "issue" | "commit" | "milestone"
        ) || w.starts_with('#')
    });
    let event = matches!(
        verb,
        "added"
            | "removed"
            | "pinned"
            | "unpinned"
            | "referenced"
            | "assigned"
            | "unassigned"
            | "locked"
            | "closed"
            | "reopened"
    );
    let when = rest
        .last()
        .is_some_and(|w| matches!(*w, "ago" | "yesterday" | "today"));
    handle_like && event && when && on_the_issue && rest.len() <= 8 && !is_list_item(t)
}

/// A page's credit to the tool it was made with, pasted with it: "Made
/// with Notion", "Powered by iCIMS", "Get Notion free", its copyright line.
///
/// Good: "Made with Notion", "Powered by Greenhouse", "Get Notion free",
/// "© 2025 Oracle Taleo. All rights reserved.".
/// Bad: "Built with Rust and Kafka, our pipeline…" (a sentence), "-
/// Powered by Kafka" (a list item). A footer's row may end with it, its
/// cells apart by wide gaps ("← Current Status    Powered by Atlassian
/// Statuspage").
fn credits_a_tool(t: &str) -> bool {
    let t = t.trim();
    // The row's other cells chrome, no technology's name: "Linux, Bash
    // Built with Terraform" is a requirement's two columns.
    let t = match t.rsplit_once("   ") {
        Some((rest, last)) if !is_list_item(t) && stack_names(rest).is_empty() => last.trim(),
        _ => t,
    };
    let lower = t.to_ascii_lowercase();
    let words = t.split_whitespace().count();
    let credit = ["made with ", "powered by ", "built with ", "created with "]
        .iter()
        .any(|p| lower.starts_with(p));
    let free_tier = lower.starts_with("get ") && lower.ends_with(" free");
    // "Copyright © 2025 Oracle Taleo. All rights reserved.": the page's owner.
    (credit || free_tier) && words <= 4 && !is_list_item(t) || is_a_copyright_line(t)
}

/// A site's row of links set apart by middle dots or bars, two of them
/// its footer's (`footer:` of jd_page_words.txt): "about us · help · terms
/// · privacy · advertise · blog · API". A row of the job's facts is none.
///
/// Good: "about us · help · terms · privacy · advertise · blog · API",
/// "Help | Privacy | Terms | Status". Bad: "Go · Kafka · Terraform ·
/// PostgreSQL", "Remote · Full time · Help desk · Privacy engineering".
fn is_a_row_of_links(t: &str) -> bool {
    let t = t.trim();
    let sep = if t.contains(" · ") { " · " } else { " | " };
    let links: Vec<&str> = t.split(sep).map(str::trim).collect();
    // The row's shape first: most lines have no such separator, and the
    // footer's words are looked up only for a row.
    let shaped = links.len() >= 4
        && links.iter().all(|l| {
            !l.is_empty() && l.split_whitespace().count() <= 3 && !l.ends_with(['.', ',', ':'])
        });
    // "Privacy", "Accessibility": footer links, and a job's focus too.
    shaped
        && links
            .iter()
            .filter(|l| {
                !is_a_known_word(l)
                    && super::data::page_words_of("footer").any(|w| l.eq_ignore_ascii_case(w))
            })
            .count()
            >= 2
}

/// A page's copyright line: "© 2025 Indeed", "Copyright © 2025 Oracle
/// Taleo. All rights reserved.".
///
/// Good: "© 2025 Indeed", "Copyright 2024 Acme Ltd". Bad: "Copyright law
/// experience is a plus" (no mark, year or rights), a paragraph.
fn is_a_copyright_line(t: &str) -> bool {
    let t = t.trim();
    let lower = t.to_ascii_lowercase();
    let year = t
        .split(|c: char| !c.is_ascii_digit())
        .any(|n| n.len() == 4 && (n.starts_with("19") || n.starts_with("20")));
    // A footer's row goes on past it in parts set apart by middle dots or
    // bars ("© 2025 CVLL, Vennford University · Accessibility · Privacy ·
    // Built with Hugo"): the copyright is its first part.
    let first = t.split(" · ").next().unwrap_or(t);
    let first = first.split(" | ").next().unwrap_or(first);
    (lower.starts_with("copyright") || t.starts_with('©'))
        && (t.contains('©') || lower.contains("rights reserved") || year)
        && first.split_whitespace().count() <= 12
}

/// A profile's headline, under its name line: a title "at" a company, or
/// parts set apart with "|" or "·" ("Talent Partner at Kestrelmoor |
/// Hiring engineers who like hard problems"). Not a post's first line.
///
/// Good: "Talent Partner at Acme | Hiring", "Staff Engineer · Rust".
/// Bad: "We're hiring! Rust, Kafka and Postgres", "Requirements".
fn is_a_headline(t: &str) -> bool {
    let t = t.trim();
    t.split_whitespace().count() <= 20
        && (t.contains(" | ") || t.contains(" · ") || t.contains(" at "))
        && !t.ends_with(['.', '!', '?', ':'])
}

/// A profile's name line with its connection degree, as a network shows
/// it: "Priya Lowe (She/Her) · 2nd". The line under it is the person's
/// headline, not the job.
///
/// Good: "Priya Lowe (She/Her) · 2nd", "Sam Hart · 3rd+". Bad: "Go · 2nd
/// language", "Kafka · Flink".
fn gives_a_connection_degree(t: &str) -> bool {
    let t = t.trim_end();
    ["· 1st", "· 2nd", "· 3rd", "· 3rd+"]
        .iter()
        .any(|d| t.ends_with(d))
}

/// An application form's required field, marked with a closing asterisk:
/// "First Name *", "I agree to … for recruitment purposes (RODO). *". A
/// posting's requirement carries no such mark.
///
/// Good: "First Name *", "I agree to the privacy policy. *". Bad: "- Go
/// and Rust *", "**Requirements**", "Kafka, Flink*" (a footnote's mark on
/// a name), "*Terraform is a must*" (emphasis).
fn is_a_required_field(t: &str) -> bool {
    let t = t.trim();
    let Some(before) = t.strip_suffix('*') else {
        return false;
    };
    let mark_alone = before.ends_with([' ', '.', ')', '?']);
    !t.starts_with('*') && !before.contains("**") && mark_alone && !is_list_item(t)
}

/// A job board's buttons pasted as bracketed items: nothing outside them.
///
/// Good: "[ Easy Apply ]  [ Save ]  [ Report this job ]", "[Apply]". Bad:
/// "[Kafka](https://kafka.apache.org) streams", "Go [required]".
fn is_a_button_row(t: &str) -> bool {
    let t = t.trim();
    // The row may end in controls set apart by a wide gap ("[ Omba Sasa ]
    // [ Pakua Tangazo (PDF) ]   Shiriki"), each a word or three, after two
    // buttons or more, none a tick box ("[x]  Kubernetes").
    let Some((buttons, tail)) = t.rsplit_once(']') else {
        return false;
    };
    let pieces = || buttons.split(']').map(str::trim).filter(|p| !p.is_empty());
    let tick = |p: &str| p.len() <= 3 && p.strip_prefix('[').is_some_and(|x| x.trim().len() <= 1);
    let controls = tail.is_empty()
        || tail.starts_with("  ")
            && pieces().count() >= 2
            && !pieces().any(tick)
            && tail
                .split("  ")
                .map(str::trim)
                .filter(|c| !c.is_empty())
                .all(|c| c.split_whitespace().count() <= 3 && !c.contains([',', '.', '[', ']']));
    t.starts_with('[')
        && controls
        && pieces().all(|piece| piece.starts_with('[') && !piece[1..].contains('['))
}

/// A board's search form pasted as a row: a labelled field's placeholder,
/// more fields apart by wide gaps, and its button last ("Keywords: job
/// title, skills or company      Location: county or town      [Search]").
///
/// Good: "Search jobs: keyword      [Search]", "ค้นหางาน: ตำแหน่งงาน, บริษัท
/// จังหวัด      [ค้นหา]". Bad: "Skills: Go, Kafka [required]" (no gap),
/// "Languages: Python, Scala   [required]" (no search), "Go      [Search]"
/// (no field's label), "- Tools: Go      [Search]" (a list's item).
fn is_a_search_bar(t: &str) -> bool {
    let t = t.trim();
    let Some((fields, button)) = t.rsplit_once("  ") else {
        return false;
    };
    // The button searches (`search:` of jd_page_words.txt): a row's tag
    // ("[required]") or a tick box ("[ ]") is no search form's.
    let searches = button
        .trim()
        .strip_prefix('[')
        .and_then(|b| b.strip_suffix(']'))
        .is_some_and(|b| {
            let b = b.trim().to_ascii_lowercase();
            super::data::page_words_of("search").any(|w| w == b)
        });
    searches && fields.contains(": ") && !fields.contains(['[', ']']) && !is_list_item(t)
}

/// An ATS's field set out as a row, its name and value apart by a wide gap
/// rather than a colon, the name one of the fields that name no requirement.
///
/// Good: "Department    Platform Engineering", "Locations\tStockholm".
/// Bad: "Kafka    Flink" (no field), "Department of Platform Engineering"
/// (no gap), "- Department    Platform" (a list item).
fn is_a_field_row(t: &str) -> bool {
    let t = t.trim();
    let Some(gap) = t.find("  ").or_else(|| t.find('\t')) else {
        return false;
    };
    let (name, value) = t.split_at(gap);
    !value.trim().is_empty() && name.split(' ').count() <= 3 && !is_list_item(t) && {
        let lx = tailor_lexicon();
        let name = heading_words(name);
        lx.no_requirement_headings.has(&name) || lx.field_headings.has(&name)
    }
}

/// A board's label of the languages a job asks for (`spoken:` in
/// jd_page_words.txt), alone or after one word.
///
/// Good: "Languages", "Required languages:", "Langues". Bad: "Languages
/// and tools", "Programming languages we use", "Language" (a site's
/// switcher), "Posting language".
pub(super) fn labels_languages(label: &str) -> bool {
    let l = label
        .trim()
        .trim_end_matches([':', '：', '៖'])
        .trim()
        .to_ascii_lowercase();
    // A site's switcher ("Language: English ▾") or the posting's own
    // ("Posting language    German") names no skill.
    let of_the_page = |head: &str| {
        matches!(
            head.trim(),
            "posting" | "site" | "page" | "display" | "ad" | "job ad" | "interface"
        )
    };
    l != "language"
        && tailor_lexicon().page_words.spoken.iter().any(|w| {
            l == *w
                || l.strip_suffix(w.as_str()).is_some_and(|head| {
                    head.ends_with(' ')
                        && head.split_whitespace().count() == 1
                        && !of_the_page(head)
                })
        })
}

/// Each line of `text` with its span, its line break included.
fn lines(text: &str) -> impl Iterator<Item = (Span, &str)> {
    text.split_inclusive('\n').scan(0, |at, line| {
        let span = Span::new(*at, *at + line.len());
        *at += line.len();
        Some((span, line))
    })
}

/// Each line of `text` with text on it: its span (its line break
/// included) and its words, trimmed.
fn non_blank_lines(text: &str) -> impl Iterator<Item = (Span, &str)> {
    lines(text)
        .map(|(span, line)| (span, line.trim()))
        .filter(|(_, t)| !t.is_empty())
}

/// A channel's or a group's header: its name over its count of subscribers
/// or members ("DevOps & SRE Jobs | Europe + Relocation 🚀" over "18,412
/// subscribers"), the place the post was shared, not the post.
fn channel_headers(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut before: Option<Span> = None;
    for (span, t) in non_blank_lines(text) {
        if counts_a_following(t) {
            // The channel's name: a short line, no sentence and no item.
            let named = before.filter(|b| {
                let name = b.of(text).trim();
                name.split_whitespace().count() <= 10
                    && !name.ends_with(['.', ':'])
                    && !is_list_item(name)
            });
            out.extend(named);
            out.push(span);
        }
        before = Some(span);
    }
    out
}

/// A feed's advertisement: the "Sponsored" mark and the line under it
/// ("Learn Kubernetes in 30 days — Kursivo Academy."), someone else's
/// product, not the job's.
fn sponsored_lines(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut mark: Option<Span> = None;
    for (span, t) in non_blank_lines(text) {
        if matches!(t, "Sponsored" | "Sponsorisé" | "Gesponsert") {
            mark = Some(span);
        } else if marked_sponsored(t).is_some_and(calls_to_action) {
            mark = None;
            out.push(span);
        } else if let Some(m) = mark.take() {
            // Only an advertisement's shape: a call to action ends it. A
            // form's "Visa / Sponsored" over the job's next line is no ad.
            if calls_to_action(t) {
                out.extend([m, span]);
            }
        }
    }
    out
}

/// The advertisement after a feed's mark on its own line: "Promoted ·
/// Learn Java in 30 days", "Sponsored: Kursivo Academy".
///
/// Good: "Promoted · Learn Java in 30 days" ("Learn Java in 30 days").
/// Bad: "Promoted to staff in 2023", "Sponsored visas: yes".
fn marked_sponsored(t: &str) -> Option<&str> {
    ["Promoted", "Sponsored"].iter().find_map(|m| {
        let rest = t.strip_prefix(m)?;
        rest.strip_prefix(" · ").or_else(|| rest.strip_prefix(": "))
    })
}

/// An advertisement's call to action: "Start free trial →", "Learn more".
///
/// Good: "Learn Kubernetes in 30 days — Kursivo Academy. Start free trial
/// →". Bad: "Python and Django experience required."
fn calls_to_action(t: &str) -> bool {
    let lower = t.to_ascii_lowercase();
    t.ends_with(['→', '›'])
        || [
            "learn more",
            "start free trial",
            "free trial",
            "sign up",
            "try it free",
            "shop now",
            "install now",
        ]
        .iter()
        .any(|c| lower.contains(c))
}

/// "18,412 subscribers", "3.4K members", "1 204 followers": a channel's
/// or a group's count, alone on its line.
///
/// Good: "18,412 subscribers", "3.4K members". Bad: "18 subscribers to our
/// Kafka topics", "subscribers", "Kafka subscribers".
fn counts_a_following(t: &str) -> bool {
    let Some((count, noun)) = t.rsplit_once(' ') else {
        return false;
    };
    let count = count.trim_end_matches(['K', 'k', 'M']);
    matches!(
        noun,
        "subscribers" | "members" | "followers" | "abonnés" | "Mitglieder"
    ) && count.starts_with(|c: char| c.is_ascii_digit())
        && count
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ',' | '.' | ' ' | '\u{a0}'))
}

/// Lines of three or more words found more than once, the same to the
/// letter: a page's running header or footer copied with each page of a
/// PDF ("Greenbarrow Ltd      Job Profile – Data Engineer"), or the title
/// shown again by the page's chrome. A requirement is stated once; a list
/// item may be repeated in a posting's two languages, and is kept. So is a
/// line whose every copy is part of text pasted again ([`pasted_again`]).
fn repeated_lines(text: &str) -> Vec<Span> {
    let mut lines: Vec<(usize, &str)> = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if !line.trim().is_empty() {
            lines.push((at, line));
        }
        at += line.len();
    }
    let texts: Vec<&str> = lines.iter().map(|l| l.1.trim()).collect();
    let prose: Vec<bool> = texts
        .iter()
        .map(|t| t.ends_with(['.', '!', '?']) || is_list_item(t))
        .collect();
    let candidate = |t: &str| t.split_whitespace().nth(2).is_some() && !is_list_item(t);
    // The copies of each line, found by sorting: a paste of one line
    // thousands of times costs no more than a few hundred lines.
    let mut order: Vec<usize> = (0..texts.len()).filter(|&i| candidate(texts[i])).collect();
    crate::sort::sort_by_key(&mut order, |&i| (texts[i], i));
    let mut out = Vec::new();
    for copies in order.chunk_by(|&a, &b| texts[a] == texts[b]) {
        for &i in copies {
            let others = copies.iter().filter(|&&j| j != i).take(MAX_COPIES);
            if others.copied().any(|j| !pasted_again(&texts, &prose, i, j)) {
                out.push(Span::new(lines[i].0, lines[i].0 + lines[i].1.len()));
            }
        }
    }
    crate::sort::sort_by_key(&mut out, |s| s.start);
    out
}

/// The most copies of a line [`repeated_lines`] compares it with: a
/// posting repeats a header a page; thousands are a hostile paste.
const MAX_COPIES: usize = 64;

/// Non-blank lines the same, in a row, around a line and its copy, for
/// the copy to be a paste of the text around it.
const PASTED_RUN: usize = 4;

/// Whether non-blank lines `i` and `j` (the same) lie in runs of
/// [`PASTED_RUN`] or more lines the same, line for line, one of them a
/// sentence or a list item (`prose`): a posting, or a part of it, pasted
/// again. A page's header and footer are a few short lines, no sentence,
/// however many of them meet ("Acme Ltd", "Confidential", "Job Profile –
/// Data Engineer"). It looks no further than it needs, so a text of one
/// line pasted a thousand times costs no more than comparing the lines.
fn pasted_again(lines: &[&str], prose: &[bool], i: usize, j: usize) -> bool {
    let same = |a: usize, b: usize| lines[a] == lines[b];
    let before = (1..=i.min(j))
        .take(PASTED_RUN)
        .take_while(|&k| same(i - k, j - k))
        .count();
    let after = (1..lines.len() - i.max(j))
        .take(PASTED_RUN)
        .take_while(|&k| same(i + k, j + k))
        .count();
    before + 1 + after >= PASTED_RUN && prose[i - before..=i + after].contains(&true)
}

/// The sentences (and list items) of `text` that state pay or benefits.
fn benefit_sentences(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let mut from = at;
        at += line.len();
        for piece in line.split_inclusive(". ") {
            let to = from + piece.len();
            if states_benefits(piece) {
                let lead = piece.len() - piece.trim_start().len();
                let lead = lead.max(pay_clause_at(piece));
                out.push(Span::new(from + lead, from + piece.trim_end().len()));
            }
            from = to;
        }
    }
    out
}

/// Where a duty's pay begins: a later clause of it that opens with pay's
/// word and states the pay, its amount with it ("Join the on-call rota,
/// one week in six, paid at £300 a week on top of salary" is a duty, then
/// its pay). 0 where no clause does, or where what comes before states
/// benefits too: the whole sentence is the benefits.
///
/// Good: "Join the on-call rota, paid at £300 a week on top of salary" ->
/// at "paid". Bad: "We offer four weeks off, RRSP matching and a PTO plan"
/// (no clause opens with pay) -> 0, "Paid on-call, £300 a week" -> 0,
/// "Mentoring from seniors, a conference budget, paid parental leave and
/// a pension" (no amount: one benefit among others) -> 0.
fn pay_clause_at(piece: &str) -> usize {
    let mut at = 0;
    for (k, clause) in piece.split_inclusive(", ").enumerate() {
        let pays = clause
            .split_whitespace()
            .next()
            .is_some_and(|w| matches!(w, "paid" | "compensated" | "remunerated"));
        // The pay of a duty names its amount ("paid at £300 a week"); "paid
        // parental leave" is a benefit among others.
        let amount = clause.contains(|c: char| c.is_ascii_digit());
        if k > 0 && pays && amount && states_benefits(clause) && !states_benefits(&piece[..at]) {
            return at;
        }
        at += clause.len();
    }
    0
}

/// Words of a sentence that asks something of the candidate: "Experience
/// in insurance or banking" is a domain, not a benefit.
const ASKS_OF_THE_CANDIDATE: &[&str] = &[
    "experience",
    "experienced",
    "expertise",
    "knowledge",
    "familiarity",
    "background",
    "understanding",
    "exposure",
    "proficiency",
    "years",
    "domain",
    "build",
    "building",
    "design",
    "designing",
];

/// A sentence or a list item that says what the job gives: two words of
/// pay or benefits (`benefit:` in `jd_roles.txt`), or one and an amount of
/// money, or one in a line of six words or fewer; never with a technology
/// named ("Build our pension service in Kotlin") or the candidate's
/// experience asked for.
///
/// Good: "with an ITP1 occupational pension, 30 days of holiday",
/// "Package: ₹1.1–1.4 crore fixed, plus ESOPs", "- ESOPs", "- Occupational
/// pension (ITP1)". Bad: "Build salary and pension services on Kafka",
/// "Experience with payroll, pensions and tax reporting for our clients".
fn states_benefits(sentence: &str) -> bool {
    let lx = tailor_lexicon();
    let words: Vec<&str> = sentence.split_whitespace().collect();
    let mut benefits = 0;
    let mut money = false;
    for (i, w) in words.iter().enumerate() {
        let core = w.trim_matches(|c: char| !c.is_alphanumeric());
        if is_a_known_technology(core) {
            return false;
        }
        let lower = core.to_ascii_lowercase();
        if ASKS_OF_THE_CANDIDATE.contains(&lower.as_str()) {
            return false;
        }
        benefits += usize::from(lx.is_role_word(RoleWord::Benefit, &lower));
        let amount = w.trim_start_matches(|c: char| !c.is_ascii_digit());
        let sign = w.starts_with(['$', '€', '£', '₹', '¥']) && !amount.is_empty();
        let coded = is_an_amount(amount)
            && [i.wrapping_sub(1), i + 1].iter().any(|&j| {
                words
                    .get(j)
                    .is_some_and(|c| lx.is_role_word(RoleWord::Money, &c.to_ascii_lowercase()))
            });
        money |= sign || coded;
    }
    benefits >= 2 || benefits == 1 && (money || words.len() <= 6)
}

/// A job board's skill chips, cut short with a count: the board's reading
/// of the posting, not the employer's words.
///
/// Good: "Skills: PHP, Laravel, MySQL +4 more". Bad: "Kafka, Flink and 2
/// more years of Go", "+2 years of Rust".
fn is_a_chip_list(t: &str) -> bool {
    t.trim_end()
        .strip_suffix(" more")
        .and_then(|rest| rest.rsplit_once('+'))
        .is_some_and(|(before, n)| {
            !before.trim().is_empty() && !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())
        })
}

/// The lines of `text` that are a board's row of chips ([`is_a_chip_row`]).
pub(super) fn chip_rows(text: &str) -> Vec<Span> {
    let mut at = 0;
    let mut out = Vec::new();
    for line in text.split_inclusive('\n') {
        if is_a_chip_row(line) {
            out.push(Span::new(at, at + line.trim_end().len()));
        }
        at += line.len();
    }
    out
}

/// A board's row of skill chips: three names or more, each of a few words,
/// apart by a middle dot or a wide gap, after a short label or alone
/// ("Tehnologije: Playwright · TypeScript · Selenium", "Python    SQL
/// ClickHouse    Hadoop").
///
/// Good: "Tehnologije: Playwright · k6 · Selenium", "Java   Spring Boot
/// MySQL   PHP". Bad: "Go · Rust" (two), "We use Go · we like Rust · and
/// we ship weekly, daily." (prose), "- Go   Rust   Kafka" (a list's item).
fn is_a_chip_row(line: &str) -> bool {
    let t = line.trim();
    // Most lines have no gap or dot to part chips: no list to build.
    if !t.contains(" · ") && !t.contains("  ") && !t.contains('\t') || is_list_item(t) {
        return false;
    }
    let t = match t.split_once(": ") {
        Some((label, rest)) if label.split_whitespace().count() <= 3 => rest,
        _ => t,
    };
    let items: Vec<&str> = if t.contains(" · ") {
        t.split(" · ").map(str::trim).collect()
    } else {
        t.split("  ")
            .flat_map(|c| c.split('\t'))
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .collect()
    };
    // A table's row has a number in a cell ("Kafka    Expert    3").
    items.len() >= 3
        && items.iter().all(|i| {
            (1..=4).contains(&i.split_whitespace().count())
                && !i.ends_with(['.', ',', ';', '!', '?'])
                && !i.bytes().all(|b| b.is_ascii_digit())
        })
}

/// An about-us paragraph that names the stack the hire will work in, two
/// known technologies or more written with their capitals: the team's
/// own, which a posting asks for as much as its lists do.
///
/// Good: "Merrowlink runs Tessel, a replicated event store. The data path
/// is Rust; the control plane is written in Go." Bad: "Acme is a fintech
/// in Leeds. We go where our customers are." (no name, "go" a verb).
fn names_its_stack(paragraph: &str) -> bool {
    stack_names(paragraph).len() >= 2
}

/// A site's list of links under its "About" heading, one short line each
/// with no sentence's stop ("PyPI Blog\nContribute on GitHub\nReport
/// security issue"): the site's, however many names it holds.
///
/// Good: "Blog\nContribute on GitHub\nReport security issue\nPrivacy".
/// Bad: "We run Go on AWS.\nOur data lives in Kafka." (sentences), one
/// line, "Go\nKafka\nPostgreSQL" (the stack, a name a line).
fn is_a_link_list(text: &str) -> bool {
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    // A technology's name alone is the stack listed, no link.
    let links = lines
        .iter()
        .filter(|l| {
            l.split_whitespace().count() <= 4
                && !l.ends_with(['.', '!', '?', ','])
                && !is_a_known_technology(l)
        })
        .count();
    lines.len() >= 3 && links * 4 >= lines.len() * 3
}

/// The known technologies `text` names with their capitals, each once.
fn stack_names(text: &str) -> Vec<&str> {
    let mut names: Vec<&str> = Vec::new();
    for word in text.split_whitespace() {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric() && !matches!(c, '+' | '#'));
        if word.starts_with(|c: char| c.is_ascii_uppercase())
            && !names.contains(&word)
            && super::data::is_a_known_technology(word)
        {
            names.push(word);
        }
    }
    names
}

/// A skipped part from `from` to `to`: all of it, or, for the company's
/// own part (`body` where it starts after its heading), its heading and
/// what of its body names no stack ([`about_us_unread`]).
fn skipped_part(text: &str, from: usize, body: Option<usize>, to: usize) -> Vec<Span> {
    match body {
        Some(body)
            if body < to && (names_its_stack(&text[body..to]) || hires_in(&text[body..to])) =>
        {
            let mut out = vec![Span::new(from, body)];
            out.extend(about_us_unread(text, Span::new(body, to)));
            out
        }
        _ => vec![Span::new(from, to)],
    }
}

/// The company's own part's heading: "About us", "Who we are", "About
/// Tidewater" (`about:`, or "About" and a name). Not "About the role".
fn names_the_company(words: &str) -> bool {
    let lx = tailor_lexicon();
    is_one_of(words, &lx.about_headings)
        || words
            .strip_prefix("about ")
            .is_some_and(|rest| !lx.job_headings.iter().any(|h| rest == *h))
}

/// What of an about-us paragraph names no requirement: all of it, or,
/// where it names the team's stack, its sentences that name no known
/// technology nor the team ("Dunnock makes a backup tool people run from
/// cron on NAS boxes." goes; "It is written in Go." and "Keel is the team
/// that owns replication." stay).
fn about_us_unread(text: &str, paragraph: Span) -> Vec<Span> {
    let words = paragraph.of(text);
    let stack = names_its_stack(words);
    if !stack && !hires_in(words) {
        return vec![paragraph];
    }
    let bytes = words.as_bytes();
    let mut out = Vec::new();
    let mut from = 0;
    for end in 0..=bytes.len() {
        let ends = end == bytes.len()
            || matches!(bytes[end], b'.' | b'!' | b'?' | b';')
                && bytes.get(end + 1).is_none_or(u8::is_ascii_whitespace);
        if !ends {
            continue;
        }
        let to = (end + 1).min(bytes.len());
        let sentence = &words[from..to];
        // "Keel is the team that owns replication": the hire's team's work.
        let the_team = sentence.contains(" team ");
        // "We are **not** hiring for Weir Cloud (Terraform, AWS)": no stack
        // of the hire's.
        let negated = super::job::says_any(sentence, "not |not*|not_|n't |no longer |never ");
        // "Our customers migrate from Oracle with our tool": others' stack.
        let others = names_others_stack(sentence);
        let names = !the_team && stack_names(sentence).is_empty();
        // A hiring sentence is read up to its first negation: "…a Go
        // engineer who has never touched Java" asks for Go, not Java;
        // "…as a product, not tickets" for the product; "We are not hiring
        // a DBA" for nothing.
        let read_to = if is_a_link_list(sentence) {
            0
        } else if hires_in(sentence) && !others {
            first_negation(sentence).unwrap_or(sentence.len())
        } else if !stack || names || negated || others {
            0
        } else {
            sentence.len()
        };
        if !sentence[read_to..].trim().is_empty() {
            out.push(Span::new(
                paragraph.start + from + read_to,
                paragraph.start + to,
            ));
        }
        from = to;
    }
    out
}

/// Whether an about-us paragraph or sentence turns to the job ("We're
/// hiring a Platform Engineer to …", `hires:` of jd_page_words.txt), its
/// cue a whole word: not "We're looking forward to meeting you".
fn hires_in(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    tailor_lexicon()
        .page_words
        .hires
        .iter()
        .any(|w| first_whole_word(&lower, w).is_some())
}

/// A heading's word that says "not" in the posting's tongue: what follows
/// is what the job is not ("Šta nije deo posla", "Kas nav šī amata daļa",
/// "این موارد لازم نیست", "Bu vəzifəyə aid deyil"). Thai, Lao and Khmer
/// write it unspaced, a word that holds "ไม่", "ບໍ່" or "មិន"; Mongolian as a verb's ending ("хамаарахгүй",
/// does not belong). The words are `negation:` of jd_page_words.txt: Kazakh
/// writes a negative verb ("кірмейді", is not part), Tamil a negative
/// participle ("சேராதவை", what does not belong).
///
/// Good: "not", "nije", "deyil", "хамаарахгүй", "кірмейді". Bad: "note",
/// "nothing", "гүйцэтгэх" (-гүй only at a word's end), "гүй" alone.
fn is_a_negation(word: &str) -> bool {
    word.contains("ไม่")
        || word.contains("ບໍ່")
        || word.contains("មិន")
        || word.ends_with("гүй") && word.chars().count() > 4
        || tailor_lexicon()
            .page_words
            .negations
            .iter()
            .any(|n| n == word)
}

/// Where a sentence's first negation starts ("not", "never", "no longer",
/// "…n't"), as a whole word.
///
/// Good: "who has never touched Java" -> at "never", "we aren't hiring"
/// -> at "aren't". Bad: "nothing", "knot", "Notion" (no negation).
fn first_negation(sentence: &str) -> Option<usize> {
    let lower = sentence.to_ascii_lowercase();
    let words = [
        "not",
        "never",
        "no longer",
        "aren't",
        "isn't",
        "don't",
        "won't",
        "doesn't",
    ];
    words
        .iter()
        .filter_map(|w| first_whole_word(&lower, w))
        .min()
}

/// An about-us sentence about others' stack (`clientele:` of
/// `jd_page_words.txt`): "Our customers migrate from Oracle with our
/// tool", "add-ons for Jira and Confluence". Not "We run Kafka on AWS".
fn names_others_stack(sentence: &str) -> bool {
    let lower = sentence.to_ascii_lowercase();
    tailor_lexicon()
        .page_words
        .clientele
        .iter()
        .any(|w| first_whole_word(&lower, w).is_some())
}

/// Where `word` first stands in `hay` as a whole word or words, no letter
/// or digit on either side: "but" in ", but you will need Go", not in
/// "butter".
fn first_whole_word(hay: &str, word: &str) -> Option<usize> {
    whole_words(hay, word).next()
}

/// Where `word` stands in `hay` as a whole word or words, in order.
pub(super) fn whole_words<'a>(hay: &'a str, word: &'a str) -> impl Iterator<Item = usize> + 'a {
    hay.match_indices(word)
        .map(|(at, _)| at)
        .filter(move |&at| {
            let before = hay[..at].chars().next_back();
            let after = hay[at + word.len()..].chars().next();
            before.is_none_or(|c| !c.is_alphanumeric())
                && after.is_none_or(|c| !c.is_alphanumeric())
        })
}

/// A paragraph that opens by introducing the employer: "FathomDB is a
/// distributed SQL database…", "At Halyard, we…", "We are a…", "We're…".
/// Not a known technology introduced ("Kafka is central to our stack") nor
/// the job ("This role is…", "You are…").
fn opens_about_us(t: &str) -> bool {
    for we in ["We are ", "We're ", "We’re "] {
        if let Some(rest) = t.strip_prefix(we) {
            // "We are looking for an SRE…" is the job.
            let next = rest.split_whitespace().next().unwrap_or_default();
            // "We are a small company, so you will also…": the first
            // sentence speaks of the hire, so the paragraph is the job's.
            let sentence = rest.split(". ").next().unwrap_or(rest);
            // "you will", "you'll": what the hire will do ("helps your
            // team" is the company's pitch).
            let to_you = [
                "you will",
                "you'll",
                "you’ll",
                "you would",
                "you'd",
                "you’d",
            ]
            .iter()
            .any(|w| sentence.contains(w));
            return !to_you
                && !matches!(
                    next,
                    "looking" | "hiring" | "seeking" | "searching" | "building"
                );
        }
    }
    if let Some(rest) = t.strip_prefix("At ") {
        return rest.split_once(',').is_some_and(|(name, _)| {
            name.split_whitespace().count() <= 3 && name.starts_with(char::is_uppercase)
        });
    }
    let words: Vec<&str> = t.split_whitespace().take(5).collect();
    let lx = tailor_lexicon();
    // "is a/an/the/one of", "was founded", "builds …": not "is hiring".
    let introduces = |at: usize| match words[at] {
        // "is 19 people who …": a headcount introduces the company.
        "is" => words.get(at + 1).is_some_and(|n| {
            matches!(*n, "a" | "an" | "the" | "one")
                || n.bytes().all(|b| b.is_ascii_digit())
                    && words
                        .get(at + 2)
                        .is_some_and(|p| matches!(*p, "people" | "engineers" | "of"))
        }),
        "was" => words.get(at + 1) == Some(&"founded"),
        w => matches!(
            w,
            "builds"
                | "makes"
                | "helps"
                | "powers"
                | "provides"
                | "runs"
                | "writes"
                | "develops"
                | "designs"
                | "operates"
                | "offers"
                | "connects"
                | "serves"
        ),
    };
    let Some(verb) = (0..words.len()).find(|&at| introduces(at)) else {
        return false;
    };
    let name = &words[..verb];
    // No known technology ("Kafka is…") and no verb ("Knowing Kotlin is…").
    let technology = |w: &str| {
        let w = w.to_ascii_lowercase();
        lx.forms
            .match_word(&w)
            .is_some_and(|&c| lx.concepts[c].kind == super::ConceptKind::Tech)
            || super::data::tech_names().is_some_and(|t| t.forms.match_word(&w).is_some())
    };
    let known = |w: &str| {
        let w = w.to_ascii_lowercase();
        lx.forms.match_word(&w).is_some()
            || crate::lexicon::lexicon().verb(&w).is_some()
            || w.ends_with("ing")
    };
    (1..=3).contains(&name.len())
        && name.iter().all(|w| w.starts_with(char::is_uppercase))
        && !lx.stopwords.contains(name[0].to_ascii_lowercase().as_str())
        // No technology in it ("Knowing Go is…"), and a first word no
        // concept or verb: "Thistledown Networks runs…" is an employer
        // though "networks" is a concept's word.
        && !name.iter().any(|w| technology(w))
        && !known(name[0])
}

/// The sentences a page word `opens:` opens and those an `eligibility:`
/// or an `unneeded:` one is in (`jd_page_words.txt`), each cue a whole
/// word or words. `lower`
/// is `text` lowercased in ASCII only: its offsets are `text`'s (and no
/// Unicode case tables in the wasm). The sentences an `unneeded:` cue is
/// in come apart, second.
fn cued_sentences(text: &str, lower: &str) -> (Vec<Span>, Vec<Span>) {
    let words = &tailor_lexicon().page_words;
    let opening = words.opens.iter().map(|c| (c, true, false));
    let eligibility = words.eligibility.iter().map(|c| (c, false, false));
    let unneeded = words.unneeded.iter().map(|c| (c, false, true));
    let cues: Vec<(&String, bool, bool)> = opening.chain(eligibility).chain(unneeded).collect();
    // One pass over the text for the hundred-odd cues, not one search each:
    // a cue starts a word, so only there, by its first two bytes.
    let mut first = [false; 256];
    // (A map's key type the engine has already: another costs the wasm
    // its own copy of the map's code.)
    let two = |a: u8, b: u8| u32::from(a) << 8 | u32::from(b);
    let mut by_start: FastMap<u32, Vec<usize>> = FastMap::default();
    for (k, (cue, ..)) in cues.iter().enumerate() {
        if let [a, b, ..] = *cue.as_bytes() {
            first[usize::from(a)] = true;
            by_start.entry(two(a, b)).or_default().push(k);
        }
    }
    let bytes = lower.as_bytes();
    let mut out = Vec::new();
    let mut unneeded = Vec::new();
    for at in 0..bytes.len().saturating_sub(1) {
        if !first[usize::from(bytes[at])] {
            continue;
        }
        let Some(list) = by_start.get(&two(bytes[at], bytes[at + 1])) else {
            continue;
        };
        // Whole words: "we offer" is not "we offered", "…do i need" no cue.
        // Chinese writes no spaces: its cues are read inside a run of
        // characters ("新進同仁不需要接手").
        if !lower.is_char_boundary(at)
            || lower[..at].ends_with(|c: char| c.is_alphanumeric() && !is_han(c))
        {
            continue;
        }
        for &k in list {
            let (cue, opens, back) = cues[k];
            let Some(end) = cue_end(bytes, at, cue.as_bytes()) else {
                continue;
            };
            let whole = cue.ends_with(|c: char| !c.is_alphanumeric() || is_han(c))
                || !lower[end..].starts_with(|c: char| c.is_alphanumeric());
            // An opening cue at a sentence's or line's start only, past a
            // console's or a composer's icons ("✖ Uncaught ReferenceError").
            let before = lower[..at].trim_end_matches([' ', '\t']);
            let icons = || {
                before
                    .rsplit('\n')
                    .next()
                    .is_some_and(|l| !l.is_empty() && l.chars().all(|c| c == ' ' || is_an_icon(c)))
            };
            if !whole
                || opens && !(before.is_empty() || before.ends_with(['.', '\n', ':']) || icons())
            {
                continue;
            }
            let mut sentence = sentence_around(text, Span::new(at, end));
            // "Do I need Kubernetes experience? Yes.": an answer says it is.
            if back && answered_yes(&lower[sentence.end.max(end)..]) {
                continue;
            }
            // "Welcome, not required: OGC standards, …": the cue ends a nice
            // part's label, which says what follows is wanted.
            if back && ends_a_nice_label(text, at, end) {
                continue;
            }
            if back {
                // "熟悉 Go 與 Kafka（此職缺不需要 Java）", "Go (you won't need
                // Java)": a cue inside brackets disowns what they hold.
                if let Some(inner) = bracket_around(text, sentence, Span::new(at, end)) {
                    sentence = inner;
                }
                // "舊的 PHP 系統不需要接手，但需要熟悉 Kafka": a Chinese cue's
                // clause ends at the next comma.
                if cue.contains(is_han) {
                    if let Some(comma) = text[end..sentence.end.max(end)].find('，') {
                        sentence.end = end + comma;
                    }
                }
                // "You won't need a degree, but you will need Go": what is
                // not needed ends at the turn to what is.
                if let Some(turn) =
                    first_contrast(&lower[end..sentence.end.max(end)], &words.contrast)
                {
                    sentence.end = end + turn;
                }
                // "…moving off Chef in 2024; no need to know it": what is
                // not needed is named in the clause before the semicolon,
                // when the cue points back to it and ends there ("…; you
                // won't need deep JavaScript" names its own; "no need to
                // know it all on day one" asks for it in time).
                let before = text[..sentence.start].trim_end();
                let clause = &lower[sentence.start.min(at)..at];
                // "…; you won't touch them": the cue names its object.
                let own_object = cue.ends_with(" them") || cue.ends_with(" it");
                let rest = &lower[end..sentence.end.max(end)];
                let back_over = points_back(rest, clause)
                    || own_object
                        && rest
                            .trim_start()
                            .trim_start_matches(['.', '!'])
                            .trim()
                            .is_empty();
                // "…written in Fortran and developed by the Modelling
                // group; you will not need Fortran.": the cue's object
                // names again what the clause before it does, and that
                // mention is disowned too (not the clause's other names).
                // A name, written with its capital: not "…; you won't need
                // to." after "deploy to Kubernetes".
                let named_again = |p: usize| {
                    let object = rest.trim().trim_end_matches(['.', '!']).trim();
                    let from = sentence_around(text, Span::new(p, p)).start;
                    let written = &text[end..sentence.end.max(end)];
                    let shaped = !object.is_empty()
                        && written.trim_start().starts_with(char::is_uppercase)
                        && object.split_whitespace().count() <= 3;
                    shaped
                        .then(|| first_whole_word(&lower[from..p], object))
                        .flatten()
                        .map(|at| Span::new(from + at, from + at + object.len()))
                };
                if before.ends_with(';') && back_over {
                    let p = before.len() - 1;
                    sentence.start = sentence_around(text, Span::new(p, p)).start;
                } else if let Some(again) =
                    before.strip_suffix(';').and_then(|b| named_again(b.len()))
                {
                    unneeded.push(again);
                }
                // "…the analytics team uses Looker. You won't maintain
                // either.": "either" ending a short sentence of its own
                // names the two in the sentence before, in its paragraph,
                // not a list's item.
                let rest = rest.trim_start();
                let subject = lower[sentence.start.min(at)..at].split_whitespace().count();
                let before = text[..sentence.start].trim_end();
                let same_paragraph = !text[before.len()..sentence.start].contains("\n\n")
                    && !text[before.len()..sentence.start].contains("\n\r\n");
                if cue.ends_with(" either")
                    && subject <= 1
                    && rest.trim_start_matches(['.', '!', ';']).trim().is_empty()
                    && before.ends_with(['.', '!', ';'])
                    && same_paragraph
                {
                    let p = before.len() - 1;
                    let previous = sentence_around(text, Span::new(p, p));
                    if !is_list_item(text[previous.start..].trim_start()) {
                        sentence.start = previous.start;
                    }
                }
                unneeded.push(sentence);
            } else {
                out.push(sentence);
            }
        }
    }
    (out, unneeded)
}

/// The inside of the brackets around `cue` in `sentence`, when it is in
/// some: an opening one before it with no closing one between, and a
/// closing one after it, in its sentence.
///
/// Good: "Go (you won't need Java)" -> "you won't need Java". Bad: "You
/// won't need Java (or Kotlin)" (the cue is outside).
fn bracket_around(text: &str, sentence: Span, cue: Span) -> Option<Span> {
    let before = &text[sentence.start..cue.start];
    let open = before.rfind(['(', '（'])?;
    if before[open..].contains([')', '）']) {
        return None;
    }
    let after = &text[cue.end..sentence.end.max(cue.end)];
    let close = after.find([')', '）'])?;
    let open_len = before[open..].chars().next().map_or(1, char::len_utf8);
    Some(Span::new(sentence.start + open + open_len, cue.end + close))
}

/// Where cue `cue` ends when it starts at `at` in `lower`, a space of
/// the cue standing for any run of spaces and line breaks ("are being\n
/// decommissioned", a hard-wrapped line).
///
/// Good: ("are being\r\ndecommissioned", "are being decommissioned").
/// Bad: ("are beingdecommissioned", "are being decommissioned").
fn cue_end(lower: &[u8], at: usize, cue: &[u8]) -> Option<usize> {
    let mut p = at;
    for &c in cue {
        if c == b' ' {
            let from = p;
            while lower.get(p).is_some_and(u8::is_ascii_whitespace) {
                p += 1;
            }
            if p == from {
                return None;
            }
        } else if lower.get(p) == Some(&c) {
            p += 1;
        } else {
            return None;
        }
    }
    Some(p)
}

/// Where in `rest` (lowercase) the first word of `contrast` starts, as a
/// whole word.
fn first_contrast(rest: &str, contrast: &[String]) -> Option<usize> {
    contrast
        .iter()
        .filter_map(|w| first_whole_word(rest, w))
        .min()
}

/// Whether an `unneeded:` cue's rest (`rest`, lowercase) is a pronoun
/// ending its clause, " either platform.", or nothing where the cue's own
/// clause (`clause`, lowercase, up to the cue) opens with a pronoun: " it.",
/// " them;", " either platform." and "…; they aren't something you'll need
/// to know." point back; " it all on day one", " deep javascript" and "…;
/// the legacy PHP admin is out of scope." (a subject of its own) do not.
///
/// Good: (" it.", ""), (" either platform.", "this position "), (".",
/// "they're being folded in and "). Bad: (" it all on day one.", ""), (" deep
/// javascript.", ""), (".", "the legacy php admin ").
fn points_back(rest: &str, clause: &str) -> bool {
    let rest = rest.trim_start();
    if rest.is_empty() || rest.starts_with(['.', ';', '!']) {
        let subject: String = clause
            .trim_start()
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect();
        return matches!(
            subject.as_str(),
            "they" | "it" | "these" | "those" | "that" | "both" | "neither" | "none"
        );
    }
    [
        "it",
        "them",
        "that",
        "those",
        "either platform",
        "either of them",
        "either one",
        // After a cue ending "either": "will not support either platform".
        "platform",
        "of them",
    ]
    .iter()
    .any(|p| {
        rest.strip_prefix(p).is_some_and(|after| {
            after.trim_start().is_empty()
                || after.trim_start().starts_with(['.', ';', '!', ')', ','])
        })
    })
}

/// Whether what follows a question (`after`, lowercase) answers it "yes"
/// ("Do I need Kubernetes experience? Yes."): then it asks for what it
/// names.
///
/// Good: " yes.", "\nyes, every day". Bad: " nope", " yesterday".
fn answered_yes(after: &str) -> bool {
    let after = after.trim_start_matches(|c: char| c.is_whitespace() || c == '?');
    after
        .strip_prefix("yes")
        .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphanumeric()))
}

/// Sentences of equal-opportunity boilerplate ("…is an equal opportunity
/// employer", "…committed to equal opportunities…").
fn equal_opportunity(text: &str, lower: &str) -> Vec<Span> {
    let mut out = Vec::new();
    for cue in [
        "equal opportunit",
        "equal employment opportunit",
        "regardless of race",
    ] {
        for (at, _) in lower.match_indices(cue) {
            let from = lower[..at].rfind(['.', '\n']).map_or(0, |p| p + 1);
            // To the end of its paragraph: what follows is more of it.
            let to = lower[at..].find('\n').map_or(text.len(), |p| at + p + 1);
            out.push(Span::new(from, to));
        }
    }
    out
}

/// Idioms ("lead the charge", "wear many hats": `jd_idioms.txt`) and team
/// names ("the Security team", "Storage & Consensus team": a capitalised
/// run before a team word).
/// "as is hiring the people who join them": "is" after "as" compares a
/// duty with the one before it; the employer is not "hiring" there.
///
/// Good: "… a real part of this job, as is hiring". Bad: "Acme is hiring".
fn compares(tokens: &[Token], i: usize) -> bool {
    i > 0 && tokens[i - 1].lower == "as" && matches!(tokens[i].lower.as_str(), "is" | "are")
}

fn idioms_and_teams(text: &str, tokens: &[Token]) -> Vec<Span> {
    let lx = tailor_lexicon();
    let mut out = Vec::new();
    for i in 0..tokens.len() {
        if let Some((n, _)) = lx
            .idioms
            .match_at(tokens, i)
            .filter(|_| !compares(tokens, i))
        {
            out.push(tokens[i].span.cover(tokens[i + n - 1].span));
        }
        let team = tokens[i].kind == Kind::Word
            && matches!(
                tokens[i].lower.as_str(),
                "team"
                    | "teams"
                    | "org"
                    | "organization"
                    | "group"
                    | "squad"
                    | "squads"
                    | "department"
                    | "division"
                    | "branch"
                    | "directorate"
                    | "pod"
                    | "pods"
                    | "guild"
                    | "tribe"
            )
            || is_a_community_of_practice(tokens, i);
        if !team {
            continue;
        }
        // Back over the capitalised words (and "&") naming it, on its line
        // ("- Go\n\nIl team …" names no team "Go Il").
        let mut from = i;
        while from > 0 {
            let p = &tokens[from - 1];
            let named = p.kind == Kind::Word && p.first_char_upper(text) || p.is_punct('&');
            if !named || super::extract::line_break(text, p, &tokens[from]) {
                break;
            }
            from -= 1;
        }
        if from < i && names_kinds_of_teams(text, tokens, from, i) {
            continue;
        }
        // "our robotics QA team": lowercase words and an owner before
        // the capitals.
        from = owned_team_words(tokens, from).unwrap_or(from);
        if from < i {
            out.push(tokens[from].span.cover(tokens[i].span));
        }
    }
    out
}

/// "running Scrum or Kanban teams", "Experience with Agile teams": a
/// capitalised word before a plural team word, with nothing to say whose
/// teams they are, names a kind of team (one that works that way), not a
/// team of the employer's; the word is the skill. The capitals run from
/// `from` to the team word at `team`.
///
/// Good: "running Kanban teams", "in an Agile team". Bad (teams by name):
/// "the Platform teams",
/// "our Payments squads", "Storage & Consensus teams", "the Security team".
fn names_kinds_of_teams(text: &str, tokens: &[Token], from: usize, team: usize) -> bool {
    let plural = matches!(tokens[team].lower.as_str(), "teams" | "squads" | "pods");
    // Back over the teams named before it ("the Scheduling, Visits and
    // Billing teams"): the owner comes before them all.
    let mut from = from;
    while from > 1 {
        let (joint, name) = (&tokens[from - 1], &tokens[from - 2]);
        let joins = joint.is_punct(',') || matches!(joint.lower.as_str(), "and" | "or");
        if !(joins && name.kind == Kind::Word && name.first_char_upper(text)) {
            break;
        }
        from -= 2;
        while from > 0
            && tokens[from - 1].kind == Kind::Word
            && tokens[from - 1].first_char_upper(text)
        {
            from -= 1;
        }
    }
    let owned = from.checked_sub(1).is_some_and(|p| {
        let t = &tokens[p];
        t.is_punct('\'')
            || t.is_punct('’')
            || t.lower.ends_with("'s")
            || matches!(
                t.lower.as_str(),
                "the" | "our" | "your" | "their" | "its" | "other" | "sister" | "partner" | "s"
            )
    });
    // "Acme's Payments squads": the owner inside the capitals.
    let named = tokens[from..team]
        .iter()
        .any(|t| t.is_punct('&') || t.lower.ends_with("'s") || t.lower.ends_with("’s"));
    // "Work in an Agile team using Scrum": one team, but any that works
    // that way (not "a Data Engineering team", a team's name).
    let any_one = !plural
        && team == from + 1
        && WAYS_OF_WORKING.contains(&tokens[from].lower.as_str())
        && from
            .checked_sub(1)
            .is_some_and(|p| matches!(tokens[p].lower.as_str(), "a" | "an"));
    (plural || any_one) && !owned && !named
}

/// Ways a team works that a posting asks the hire to work in ("an Agile
/// team", "a Scrum team"); a team named otherwise is one of the employer's.
const WAYS_OF_WORKING: &[&str] = &["agile", "scrum", "kanban", "lean", "cross-functional"];

/// "the Reliability Engineering community of practice": a community of
/// practice is a team of its own (as "guild" and "tribe" are).
///
/// Good: "community of practice". Bad: "the Rust community", "community
/// building".
fn is_a_community_of_practice(tokens: &[Token], i: usize) -> bool {
    tokens[i].lower == "community"
        && tokens.get(i + 1).is_some_and(|t| t.lower == "of")
        && tokens.get(i + 2).is_some_and(|t| t.lower == "practice")
}

/// "with our experimentation team", "the data platform team": one or two
/// lowercase words between a possessive or "the" and a team word name the
/// team. Where they start.
///
/// Good: "our experimentation team", "a fintech's platform team". Bad: "a
/// team", "experimentation and team".
fn owned_team_words(tokens: &[Token], team: usize) -> Option<usize> {
    (1..=2).find_map(|n| {
        let from = team.checked_sub(n)?;
        let owner = tokens.get(from.checked_sub(1)?)?;
        let words = tokens[from..team]
            .iter()
            .all(|t| t.kind == Kind::Word && !matches!(t.lower.as_str(), "and" | "or"));
        // "a fintech's platform team": a possessive's "s" owns it too.
        let possessive = owner.lower.ends_with("'s")
            || owner.lower.ends_with("’s")
            || owner.lower == "s"
                && from >= 2
                && (tokens[from - 2].is_punct('\'') || tokens[from - 2].is_punct('’'));
        let owned = matches!(owner.lower.as_str(), "our" | "the" | "your" | "their") || possessive;
        (words && owned).then_some(from)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    /// The parts `find` reads in `text`, trimmed.
    fn parts(find: fn(&str, &[Token]) -> Vec<Span>, text: &str) -> Vec<&str> {
        let tokens = tokenize(text, &[Span::new(0, text.len())]);
        find(text, &tokens)
            .iter()
            .map(|s| s.of(text).trim())
            .collect()
    }

    fn skipped(text: &str) -> Vec<&str> {
        parts(no_requirements, text)
    }

    /// A skipped part goes on over lines of a label and its description
    /// ("Sectionly: Band management for community groups"), unless the
    /// line names a stack or a part; a part of what is not needed, over
    /// such lines however they start.
    #[test]
    fn a_described_label_goes_on_with_a_skipped_part() {
        let products = "Requirements\n- Go\n\nSimilar products\n\
            Sectionly: Band management for community groups and choirs\n\
            Tempo Board: Rehearsal planner for theatre companies and casts\n";
        assert_eq!(
            skipped(products),
            [
                "Similar products\nSectionly: Band management for community groups and choirs\n\
              Tempo Board: Rehearsal planner for theatre companies and casts"
            ]
        );
        let stack = "About us\nWe make booking software for small hotels.\n\
            Our platform today: Docker containers on Kubernetes, with Helm charts\n";
        assert!(
            !skipped(stack).iter().any(|s| s.contains("Helm")),
            "{:?}",
            skipped(stack)
        );
        // After a blank line, a described label is the job's again.
        let mission = "Perks\n- Remote work\n- Learning budget\n\n\
            Your mission: design our ingestion pipelines and the data warehouse\n";
        assert!(
            !skipped(mission).iter().any(|s| s.contains("ingestion")),
            "{:?}",
            skipped(mission)
        );
        let stack_after = "What you won't need\n- A computer science degree\n\n\
            Our stack: Go services on Kubernetes with PostgreSQL and Kafka underneath\n";
        assert!(
            !skipped(stack_after).iter().any(|s| s.contains("Kafka")),
            "{:?}",
            skipped(stack_after)
        );
        let not_needed = "Requirements\n- Go\n\nWat dës Plaz net ass\n\
            Keen IT-Support: d'Laptoppen betreit eise Partner, Pëtschent IT.\n";
        assert!(
            skipped(not_needed).iter().any(|s| s.contains("IT-Support")),
            "{:?}",
            skipped(not_needed)
        );
    }

    #[test]
    fn every_page_word_does_what_its_kind_says() {
        let words = &tailor_lexicon().page_words;
        for cue in &words.opens {
            let line = format!("Go and Kafka.\n{cue} ten things.\n");
            assert_eq!(skipped(&line), [format!("{cue} ten things.")], "{cue}");
        }
        // Past a console's icon; not past a list's bullet or a word.
        let console = "Go and Kafka.\n✖ Uncaught ReferenceError: jQuery is not defined\n";
        assert!(
            skipped(console).iter().any(|s| s.contains("jQuery")),
            "{:?}",
            skipped(console)
        );
        let worded = "Go and Kafka.\nThen uncaught referenceerror: jQuery.\n";
        assert!(!skipped(worded).iter().any(|s| s.contains("jQuery")));
        for cue in words.eligibility.iter().chain(&words.unneeded) {
            let line = format!("Go and Kafka.\nYou have {cue} ten things.\n");
            assert_eq!(skipped(&line).len(), 1, "{cue}");
        }
        for word in &words.menu {
            assert!(is_a_menu(&format!("Acme   About   {word}")), "{word}");
        }
        for control in &words.control {
            assert!(is_a_site_control(control), "{control}");
        }
        for control in &words.beside {
            assert_eq!(
                without_controls(&format!("Activity     {control}")),
                "Activity"
            );
        }
    }

    #[test]
    fn every_heading_entry_heads_its_part() {
        let lx = tailor_lexicon();
        for heading in lx.nice_headings.iter() {
            let text = format!("Requirements\n- Go\n\n{heading}\n- Rust\n");
            assert_eq!(nice(&text), [format!("{heading}\n- Rust")], "{heading}");
        }
        for heading in lx.no_requirement_headings.iter() {
            let text = format!("Requirements\n- Go\n\n{heading}\n- Rust\n");
            assert!(
                skipped(&text).iter().any(|s| s.ends_with("- Rust")),
                "{heading}: {:?}",
                skipped(&text)
            );
        }
        for heading in lx.owned_headings.iter() {
            let text =
                format!("Requirements\n- Go\n\nAcme's {heading}\n  Rust  Kafka\n\nWe use Zig.\n");
            assert_eq!(
                skipped(&text),
                ["Acme's {heading}\n  Rust  Kafka".replace("{heading}", heading)],
                "{heading}"
            );
            assert!(!names_an_owned_panel(heading), "{heading}");
        }
        assert!(!names_an_owned_panel("what's stack"));
    }

    #[test]
    fn a_shell_s_command_asks_for_nothing() {
        assert!(is_a_shell_prompt("$ pandoc --track-changes=all jd.docx"));
        assert!(!is_a_shell_prompt("$150k base"));
        assert!(!is_a_shell_prompt("$ 150,000"));
        assert!(is_a_shell_prompt("pip install riverbank"));
        assert!(is_a_shell_prompt(
            "docker pull brumbyfold/shipyard-agent      Copy"
        ));
        assert!(!is_a_shell_prompt(
            "docker run our agents on every build host and keep them patched."
        ));
        assert!(is_a_shell_prompt("> npm i @knapweed/preview"));
        assert!(!is_a_shell_prompt("Install Terraform on every runner"));
        assert!(!is_a_shell_prompt("> We use npm"));
        assert!(is_a_shell_prompt(
            "./publish-advert.sh hiring:staff --to careers"
        ));
        assert!(!is_a_shell_prompt("./ and more"));
        assert!(!is_a_shell_prompt(
            "./configure-style builds with CMake and Bazel are daily bread"
        ));
        assert!(!is_a_shell_prompt(
            "pip install and conda environments are second nature to you."
        ));
        assert!(!is_a_shell_prompt("go get things done attitude"));
        assert!(is_a_classifier("Framework :: Django"));
        assert!(is_a_classifier("Programming Language :: Python :: 3.13"));
        assert!(!is_a_classifier(
            "Go :: a systems language, used daily for our services"
        ));
        assert!(!is_a_classifier("a::b"));
        assert!(!is_a_classifier(
            "Must Have Skills :: Java, Spring Boot, Kafka"
        ));
        assert!(is_an_attribute_entry(":location: Pittsburgh, PA"));
        assert!(is_an_attribute_entry(":sectnums:"));
        assert!(!is_an_attribute_entry(":doc:`/x` is where we keep it"));
        assert!(!is_an_attribute_entry("Requirements:"));
        assert!(!is_an_attribute_entry(": Go"));
        let chat = "Requirements\n:white_check_mark: 5+ years of Kubernetes\n:rocket: Go\n";
        assert!(
            !skipped(chat).iter().any(|s| s.contains("Kubernetes")),
            "{:?}",
            skipped(chat)
        );
        let adoc = "= Staff SRE\n:location: Pittsburgh, PA\n\n== What we need\n* Go\n";
        assert!(
            skipped(adoc).iter().any(|s| s.contains("Pittsburgh")),
            "{:?}",
            skipped(adoc)
        );
        assert!(marks_its_row_nice("VALUES (412, 'nice', 2, 'Terraform');"));
        assert!(marks_its_row_nice("| Ray | 1 | Working | Nice | |"));
        assert!(marks_its_row_nice(
            "| Xarray and Zarr | 1 | Nice to have | Our datasets are Zarr stores |"
        ));
        assert!(!marks_its_row_nice("| Go | 1 | Working | Must | |"));
        assert!(!marks_its_row_nice("| Go | Nice work on the Go services |"));
        assert!(marks_its_row_nice(
            "INSERT INTO req (id, kind) VALUES (412, 'nice', 2, 'Terraform');"
        ));
        let hires =
            "Mentoring is part of the job, as is hiring the people who join.\nAcme is hiring.\n";
        let tokens = tokenize(hires, &[Span::new(0, hires.len())]);
        let idioms = idioms_and_teams(hires, &tokens);
        assert_eq!(idioms.len(), 1, "{idioms:?}");
        assert_eq!(idioms[0].of(hires), "is hiring");
        assert!(idioms[0].start > hires.find('\n').unwrap());
        // A contract's kind and the file a recruiter asks for.
        let sms = "6 month contract to hire. Word doc preferred";
        let tokens = tokenize(sms, &[Span::new(0, sms.len())]);
        let idioms: Vec<&str> = idioms_and_teams(sms, &tokens)
            .iter()
            .map(|s| s.of(sms))
            .collect();
        assert_eq!(idioms, ["contract to hire", "Word doc"]);
        let thread =
            "Requirements\n- Go\n\nRe: Lead Engineer\nby dev_deano » Tue Sep 23\n\nAny Laravel?\n";
        let replies = forum_replies(thread).unwrap();
        assert_eq!(
            replies.of(thread),
            "Re: Lead Engineer\nby dev_deano » Tue Sep 23\n\nAny Laravel?\n"
        );
        assert_eq!(forum_replies("Subject: Re: Backend role\nHi Ana,\n"), None);
        assert!(marks_its_row_nice(r#"{"kind": "bonus", "text": "Rust"}"#));
        assert!(!marks_its_row_nice("'Terraform is nice to have'"));
        assert!(!marks_its_row_nice("VALUES (412, 'must', 1, 'Go');"));
        assert!(!marks_its_row_nice(
            r#"- Go (we say "nice", we mean required)"#
        ));
        assert!(!marks_its_row_nice(
            "- Terraform (our teams' preferred tool)"
        ));
        assert!(!marks_its_row_nice("'nice"));
        assert!(is_a_menu("Board index ‹ Community ‹ Jobs & Gigs"));
        assert_eq!(
            skipped("Requirements\n- Go\n\n$ kubectl get pods -n kafka\n"),
            ["$ kubectl get pods -n kafka"]
        );
    }

    #[test]
    fn a_form_s_tick_boxes_ask_for_nothing() {
        assert!(is_a_tick_box("☐ Flux"));
        assert!(is_a_tick_box("☒ Nomad"));
        assert!(!is_a_tick_box("□ AWSの利用経験"));
        assert!(!is_a_tick_box("- Flux"));
        assert!(!is_a_tick_box("✓ Terraform"));
        assert!(!is_a_tick_box("☐"));
        let form = "Requirements\n- Argo CD\n\nWhich have you used? (tick all that apply)\n☐ Argo CD\n☐ Flux\n";
        assert_eq!(skipped(form), ["☐ Argo CD", "☐ Flux"]);
    }

    #[test]
    fn a_thread_s_comments_ask_for_nothing() {
        assert!(is_a_comment_header("@kestrel-dev commented 2 days ago"));
        assert!(is_a_comment_header("@acme-eng Owner commented yesterday"));
        assert!(is_a_comment_header("k-ferrante commented 9 days ago"));
        assert!(is_a_comment_header("mwynwen-dafis 3 days ago"));
        assert!(is_a_comment_header("nb_water 1 day ago"));
        assert!(!is_a_comment_header("posted 3 days ago"));
        assert!(!is_a_comment_header("updated 2 hours ago"));
        let aged = "Senior Backend Engineer\nposted 3 days ago\n\nRequirements\n- 5+ years of Go\n";
        assert!(
            skipped(aged).iter().all(|s| !s.contains("Go")),
            "{:?}",
            skipped(aged)
        );
        assert!(!is_a_comment_header("we commented 2 days ago"));
        assert!(!is_a_comment_header("Shipped 3 days ago"));
        assert!(!is_a_comment_header("rolled back 2 days ago"));
        assert!(is_a_comment_header("@acme-eng Owner commented on 3 Mar"));
        assert!(is_a_comment_header("Dan Abrams commented yesterday"));
        assert!(!is_a_comment_header("The CTO commented on 3 RFCs"));
        assert!(!is_a_comment_header("We commented on every PR"));
        assert!(!is_a_comment_header("Reviewed and commented on RFCs daily"));
        // A count in a post's header, the post and its job's parts under
        // it: no comments yet.
        let header = "Building in Public\n54 upvotes\n12 comments\nShare\n\nWe need a frontend engineer.\n\nYou have:\n- React\n- TypeScript\n";
        assert!(
            skipped(header).iter().all(|s| !s.contains("React")),
            "{:?}",
            skipped(header)
        );
        let below = "Requirements\n- Go\n\n12 comments\nAna: is C++ fine?\n";
        assert!(skipped(below).iter().any(|s| s.contains("C++")));
        let quoted = "Go developer wanted\n\nRequirements\n- Go\n\n12 comments\n\nalice 2h ago\nWe hire too:\n\nRequirements\n- Java\n";
        assert!(skipped(quoted).iter().any(|s| s.contains("Java")));
        assert!(heads_the_comments("Top comments (7)      Subscribe"));
        assert!(heads_the_comments("Comments (12)"));
        assert!(!heads_the_comments("Comments (2) on every review we ran"));
        assert!(!heads_the_comments("Top comments (the best ones)"));
        let post = "We're hiring\n\nAcme builds parcel software.\n\nRequirements\n- Go\n- Kafka\n- SQL\n\nApply below.\n";
        let blog = format!("{post}\nTop comments (7)   Subscribe\n\n  Ana Ruiz • Apr 22\n  Is C++ fine?\n\n  Kai Lee • Apr 23\n  Nice.\n");
        assert!(
            skipped(&blog).iter().any(|s| s.contains("C++")),
            "{:?}",
            skipped(&blog)
        );
        // Under the title, a theme's count heads nothing.
        let top = "We're hiring\nComments (3)\n\nRequirements\n- Go\n";
        assert!(
            !skipped(top).iter().any(|s| s.contains("- Go")),
            "{:?}",
            skipped(top)
        );
        let gist = "Requirements\n- Go\n\n@kestrel-dev commented 2 days ago\nWe use Nx, would that transfer?\n";
        assert!(skipped(gist).iter().any(|s| s.contains("Nx")));
    }

    #[test]
    fn every_agenda_word_marks_a_programme() {
        assert!(super::super::data::page_words_of("agenda").count() >= 10);
        for w in super::super::data::page_words_of("agenda") {
            let page = format!("10:20  {w}\n11:00  Zephyr on RISC-V\n\nRequirements\n- Yocto\n");
            assert!(skipped(&page).iter().any(|s| s.contains("RISC-V")), "{w}");
        }
        // A typical day's rows are the job's.
        let day = "A typical day\n09:30  Stand-up, then pair on the Kafka consumer\n11:00  Review Terraform PRs\n";
        assert!(skipped(day).is_empty(), "{:?}", skipped(day));
    }

    #[test]
    fn a_programme_s_rows_ask_for_nothing() {
        assert!(is_a_timetable_row("09:30  Keynote: \"Twenty years\""));
        assert!(is_a_timetable_row("9.00   Coffee"));
        assert!(!is_a_timetable_row("09:30 stand-up with the team"));
        assert!(is_a_timetable_row(
            "15:15 How the staff level works (Oskar)"
        ));
        assert!(!is_a_timetable_row("Sweden · Stockholm 14:32"));
        assert!(!is_a_timetable_row("24/7  on-call"));
        assert!(!is_a_timetable_row("10:20"));
        let page = "10:20  Zephyr on RISC-V\n09:30  Keynote\n       — Dr. Lars Udsen\n\nWhat you need\n• Strong C and Yocto.\n";
        let skips = skipped(page);
        assert!(skips.iter().any(|s| s.contains("RISC-V")), "{skips:?}");
        assert!(skips.iter().any(|s| s.contains("Udsen")), "{skips:?}");
        assert!(skips.iter().all(|s| !s.contains("Yocto")), "{skips:?}");
        // A board's other openings with their count.
        assert!(
            skipped("Go.\n\nSimilar jobs (12)\nSenior iOS Engineer (Swift)\n")
                .iter()
                .any(|s| s.contains("Swift"))
        );
        // An event page's other events, each a card's row with its colon.
        let events = "Go.\n\nOther events you may like\nJava User Group: Spring Boot 3 stories · Tue, May 20\nRuby Night: Rails 8 · Thu, May 22\n\nRequirements\n- Kotlin\n";
        let skips = skipped(events);
        assert!(skips.iter().any(|s| s.contains("Rails 8")), "{skips:?}");
        assert!(skips.iter().all(|s| !s.contains("Kotlin")), "{skips:?}");
        // After the list's block, a row with middle dots is the page's.
        let team = "Go.\n\nSimilar jobs\nPlatform Engineer at Acme\n\nTeam: Payments · Berlin · Hybrid\nYou will run our ledger on Kafka.\n\nRequirements\n- Terraform\n";
        let skips = skipped(team);
        assert!(skips.iter().all(|s| !s.contains("Kafka")), "{skips:?}");
    }

    #[test]
    fn an_underlined_heading_heads_its_part() {
        assert!(is_underlined(
            "3. The system today",
            Some("-------------------\n")
        ));
        assert!(is_underlined("Benefits", Some("========\n")));
        assert!(!is_underlined("We run Kafka.", Some("---\n")));
        assert!(!is_underlined("title: Staff SRE", Some("---\n")));
        assert!(!is_underlined(
            "A long line of words over a short rule",
            Some("---\n")
        ));
        assert!(!is_underlined("---", Some("---\n")));
        // A numbered section's heading, underlined, closes the part before
        // it and opens its own.
        let text = "1. Perks\n--------\n\nA gym.\n\n2. The system today\n-------------------\n\nWe run Kafka.\n\n3. Things you do NOT need\n-------------------------\n\nHaskell.\n";
        let skips = skipped(text);
        assert!(skips.iter().any(|s| s.contains("gym")), "{skips:?}");
        assert!(skips.iter().all(|s| !s.contains("Kafka")), "{skips:?}");
        assert!(skips.iter().any(|s| s.contains("Haskell")), "{skips:?}");
        // A nice heading that says what is not required is nice.
        let text = "Requirements\n- Go\n\nNot required but nice to have:\n- Rust\n";
        assert!(skipped(text).is_empty(), "{:?}", skipped(text));
        assert_eq!(nice(text), ["Not required but nice to have:\n- Rust"]);
        let text = "Nice to have\n------------\n\nRust.\n\n4. What you will do\n------------------\n\nRun Kafka.\n";
        assert_eq!(nice(text), ["Nice to have\n------------\n\nRust."]);
    }

    #[test]
    fn a_panel_heading_with_its_controls_heads_its_part() {
        assert_eq!(
            without_controls("Activity          Show details\n"),
            "Activity"
        );
        assert_eq!(
            without_controls("Checklist: Before posting    Hide checked items   Delete"),
            "Checklist: Before posting"
        );
        assert_eq!(
            without_controls("Department    Platform Engineering"),
            "Department    Platform Engineering"
        );
        let card = "Requirements\n- Go\n\nActivity          Show details\n[DS] Dan  3 Mar at 10:47\n     Should Kafka go in?\n";
        assert!(
            skipped(card).iter().any(|s| s.contains("Kafka")),
            "{:?}",
            skipped(card)
        );
    }

    #[test]
    fn a_latex_brief_s_comments_ask_for_nothing() {
        let brief = "% TODO: confirm the band\n\\begin{itemize}\n  % removed Scala from the requirements\n  \\item Go and Kafka, 20\\% travel\n\\end{itemize}\n";
        assert_eq!(
            skipped(brief),
            [
                "% TODO: confirm the band",
                "% removed Scala from the requirements"
            ]
        );
        // Outside a LaTeX source a line may open with a percent.
        assert!(skipped("Requirements\n% of time on call: 20\n- Go\n").is_empty());
        assert!(!is_a_latex_comment("\\item 20\\% travel"));
        assert!(!is_a_latex_comment("Go % of the time"));
    }

    #[test]
    fn a_group_s_chat_a_post_s_comments_and_a_client_s_panel_ask_for_nothing() {
        let chat = "[14/03/25, 9:13:02 PM] Placement Cell: Forwarded many times\n*Skills required:*\n- Java or Go\n[14/03/25, 9:16:01 PM] Rohan: Does it need Python?\n14/03/2025, 21:17 - Sneha: prepare DP and graphs\n";
        let skipped_chat = skipped(chat);
        assert!(
            skipped_chat.iter().any(|s| s.contains("Python")),
            "{skipped_chat:?}"
        );
        assert!(
            skipped_chat.iter().any(|s| s.contains("DP and graphs")),
            "{skipped_chat:?}"
        );
        assert!(
            !skipped_chat.iter().any(|s| s.contains("Java")),
            "{skipped_chat:?}"
        );
        for not in [
            "[Kafka] 3 years",
            "2024, 12 months of Go",
            "3/4, 12 months: Go",
        ] {
            assert!(!is_a_chat_message(not), "{not}");
        }
        // Newer exports' narrow no-break space, and an Android system line.
        assert!(is_a_chat_message(
            "[14/03/25, 9:16:01\u{202f}PM] Rohan: Python?"
        ));
        assert!(is_a_chat_message(
            "14/03/2025, 21:10 - Messages and calls are end-to-end encrypted."
        ));
        // A posting sent as one stamped line, with no body of its own, is read.
        let one = "[14/03/25, 9:13 PM] HR: Need a Java dev, 3 yrs Spring Boot\n";
        assert!(skipped(one).is_empty(), "{:?}", skipped(one));
        let post = "What you'd do:\n→ Run Slurm\n\nLike      Comment      Repost      Send\n\nTom • 1st\nStaff SRE at Paxwell\nYou built the Ray clusters\n";
        let comments = skipped(post);
        assert!(
            comments.iter().any(|s| s.contains("Ray clusters")),
            "{comments:?}"
        );
        assert!(
            !comments.iter().any(|s| s.contains("Slurm")),
            "{comments:?}"
        );
        for not in [
            "Comment your code",
            "Like, Comment and review the Kafka RFC",
            "3 replies to every ticket within an hour",
            "5 comments per review",
            "5 comments — each answered within a day",
            "20 comments / week on design docs is normal here.",
            "Sort by: Relevance",
            "Sort by best effort first, then retry",
            "sort: new hires take the top three tickets",
            "Share and send the design doc",
            "Reageren",
            "Interessant? Reageren kan via de link.",
        ] {
            assert!(!opens_the_comments(not), "{not}");
        }
        // Another interface's bar, with its icons.
        for bar in [
            "👍 Interessant   💬 Reageren   🔁 Opnieuw plaatsen   ➤ Verzenden",
            "Gefällt mir   Kommentieren   Reposten   Senden",
            "Recomendar   Comentar   Compartir   Enviar",
        ] {
            assert!(opens_the_comments(bar), "{bar}");
        }
        assert!(parts_an_attachment(
            "-------------- next part --------------"
        ));
        for not in ["--- Part 2: the next part of the job ---", "next part"] {
            assert!(!parts_an_attachment(not), "{not}");
        }
        for count in [
            "4 replies from Ines Barros, Tomasz Lis and 2 others",
            "12 comments",
            "42 comments · 9 shares",
            "43 Comments          Sort by  Best ▾   Login",
            "312 Comments     ≡ Sort by",
            "Sort by: Best",
            "Sort by  New ▾",
            "sort: Hot Top New Old Controversial",
        ] {
            assert!(opens_the_comments(count), "{count}");
        }
        // A benefit's label goes on with the benefits.
        let offer =
            "Wir bieten / What we offer\n• Gehalt: € 4.150 brutto\n• Gleitzeit ohne Kernzeit\n";
        assert!(
            skipped(offer).iter().any(|s| s.contains("Gleitzeit")),
            "{:?}",
            skipped(offer)
        );
        // So does an indented label under it, but not a part of the job.
        let benefits = "Benefits\n  Health benefits: Dental plan, Vision care\n  Other benefits: Free parking\n\nRequirements\n  Languages: English\n";
        let skipped_benefits = skipped(benefits);
        assert!(
            skipped_benefits.iter().any(|s| s.contains("Free parking")),
            "{skipped_benefits:?}"
        );
        assert!(!skipped_benefits.iter().any(|s| s.contains("English")));
        // A posting indented throughout: a label as deep as the heading
        // ends its part.
        let mail = "  What we offer\n  Remote work, 30 days off.\n  Tools: Go, Kafka, Kubernetes\n";
        assert!(
            !skipped(mail).iter().any(|s| s.contains("Kafka")),
            "{:?}",
            skipped(mail)
        );
        // A clock's colon labels nothing: the client's panel runs on over it.
        let client = "About the client\nPayment method verified\nSweden · Stockholm 14:32\n23 jobs posted · 74% hire rate\n";
        assert!(skipped(client).iter().any(|s| s.contains("hire rate")));
        assert!(has_a_label("Benefits: gym") && has_a_label("Requirements:"));
        assert_eq!(
            run_in_heading("Extra credit. Experience with search relevance."),
            Some("Extra credit")
        );
        assert_eq!(run_in_heading("Perks. 30 days' holiday."), Some("Perks"));
        for bad in [
            "The system. The core marketplace is Perl.",
            "Go. Rust.",
            "Benefits, perks. Yes",
        ] {
            assert_eq!(run_in_heading(bad), None, "{bad}");
        }
        let run_in = "What we're after. Deep PostgreSQL knowledge.\nExtra credit. Experience with OpenSearch.\nNot the job. People management: our managers do that. The label printers run Windows.\nPerks. A £500 book allowance.\n";
        let toks = tokenize(run_in, &[Span::new(0, run_in.len())]);
        let nice = nice_to_have(run_in, &toks);
        let at = run_in.find("OpenSearch").unwrap();
        assert!(nice.iter().any(|s| s.start <= at && at < s.end), "{nice:?}");
        let unread = skipped(run_in);
        assert!(unread.iter().any(|s| s.contains("Windows")), "{unread:?}");
        assert!(
            !unread.iter().any(|s| s.contains("PostgreSQL")),
            "{unread:?}"
        );
        assert!(!has_a_label("Sweden · Stockholm 14:32"));
        assert!(has_a_label("Requirements:Go, Kafka"));
        assert!(credits_a_tool(
            "Copyright © 2025 Oracle Taleo. All rights reserved."
        ));
        assert!(!credits_a_tool(
            "Copyright and open-source licensing compliance (GPL, DMCA)"
        ));
        assert!(is_a_menu(
            "Gigfield     Find Work ▾    My Jobs ▾    Reports ▾    Messages"
        ));
        // A board's filter bar, long, one or two words an item.
        assert!(is_a_menu("Wszystkie  JS  HTML  PHP  Ruby  Python  Java  .Net  Scala  C  Mobile  Testing  DevOps  Admin  UX/UI  PM  Game  Analytics  Security  Data  Go  Support  ERP  Architecture  Other"));
        assert!(!is_a_menu(
            "Go  Rust  Kafka  SQL  Python  Java  Scala  C  Flink  Spark  Redis  Other"
        ));
        assert!(!is_a_menu("All  Go  Rust  Kafka  Python"));
        let text = "Requirements\n- Go\n\nRecommended Skills\nAmazon Web Services   Troubleshooting (Problem Solving)   ServiceNow   Java\n\nSee similar jobs\nSenior Java Developer (Kafka) · Przelewnik · Warszawa\n";
        let skipped = skipped(text);
        for part in ["ServiceNow", "Senior Java Developer"] {
            assert!(
                skipped.iter().any(|s| s.contains(part)),
                "{part}: {skipped:?}"
            );
        }
    }

    #[test]
    fn a_mail_s_signature_and_a_vendor_s_fields_ask_for_nothing() {
        let text = "Duration: 12+ Months (possible extension)\nInterview: Video + 1 round F2F\nMust Have Skills:\n- Java and Selenium Grid.\n\nThanks & Regards,\nRahul Verma | Sr. Technical Recruiter\nDesk: (919) 555-0162 | Kafka Staffing\n\nNote: reply with REMOVE.\n";
        let skipped = skipped(text);
        for part in ["Duration", "Interview", "Rahul Verma", "Desk: (919)"] {
            assert!(
                skipped.iter().any(|s| s.contains(part)),
                "{part}: {skipped:?}"
            );
        }
        // A signature pasted without its blank line ends at the job's heading.
        let tight = super::tests::skipped("Regards,\nAmit\nRequirements:\n- Java\n- Spring\n");
        assert!(!tight.iter().any(|s| s.contains("Java")), "{tight:?}");
        assert!(tight.iter().any(|s| s.contains("Amit")), "{tight:?}");
        assert!(
            !skipped.iter().any(|s| s.contains("Selenium Grid")),
            "{skipped:?}"
        );
        for signoff in [
            "Thanks & Regards,",
            "Best,",
            "Cheers!",
            "Mit freundlichen Grüßen",
        ] {
            assert!(signs_off(signoff), "{signoff}");
        }
        for line in ["Best practices,", "Regards to the team, Kafka", "- Best"] {
            assert!(!signs_off(line), "{line}");
        }
    }

    #[test]
    fn numbered_sections_and_roman_criteria_are_read_as_written() {
        let text = "3. Person specification\nEssential:\ni. Strong SQL\nDesirable:\ni. Terraform\nii. Experience with Looker\n\n4. Terms and conditions\nFlexible working and Kubernetes training days.\n";
        let nice = parts(nice_to_have, text);
        assert!(
            nice.iter()
                .any(|p| p.contains("Terraform") && p.contains("Looker")),
            "{nice:?}"
        );
        assert!(skipped(text)
            .iter()
            .any(|s| s.contains("Kubernetes training")));
        assert!(is_a_numbered_section("2. Key responsibilities"));
        assert!(is_a_numbered_section("4. Terms and conditions"));
        assert!(is_a_numbered_section("2. The team"));
        // Its part is the hire's team's, no longer the company's.
        let text = "1. About Acme\nAcme insures cats. We started in 2014.\n\n2. The team\nClaims is the group behind claims.\n\nThe teams work in Kanban and share an on-call rotation. We use Go and Kafka.\n";
        assert!(!skipped(text).iter().any(|s| s.contains("Kanban")));
        assert!(skipped(text).iter().any(|s| s.contains("insures cats")));
        for item in [
            "2. The team behind claims",
            "1. Experience with Kafka",
            "3. Strong SQL skills",
            "2. Requirements are strict.",
            "2. Excellent communication skills",
            "1. Experience of line management",
        ] {
            assert!(!is_a_numbered_section(item), "{item}");
        }
        assert!(is_a_roman_item("ii. Experience with GCP") && is_a_roman_item("iv) Terraform"));
        for not in ["I. M. Pei", "vi is my editor", "mix. Kafka", "ii.Kafka"] {
            assert!(!is_a_roman_item(not), "{not}");
        }
    }

    #[test]
    fn a_table_s_rows_head_a_part_only_by_naming_one() {
        let text = "| Must have | Why |\n|---|---|\n| Terraform | code |\n\n| Nice to have | |\n|---|---|\n| Rust | a rewrite |\n\n**Benefits**\n\n| Perk | Detail |\n|---|---|\n| Learning budget | Kafka Summit |\n";
        let nice = parts(nice_to_have, text);
        assert_eq!(nice.len(), 1);
        assert!(nice[0].contains("Rust") && !nice[0].contains("Terraform"));
        let skipped = skipped(text);
        assert!(
            skipped.iter().any(|s| s.contains("Kafka Summit")),
            "{skipped:?}"
        );
        assert_eq!(first_cell("| Nice to have | |"), Some("Nice to have"));
        assert_eq!(first_cell("Nice to have"), None);
    }

    #[test]
    fn a_visa_line_asks_for_nothing() {
        let text = "Must Have:\n* EKS\n\nVisa: USC/GC only. No third parties.\n";
        assert_eq!(skipped(text), ["Visa: USC/GC only."]);
        // The card scheme in a list is no label.
        assert!(skipped("Card schemes:\nVisa\nMastercard\n").is_empty());
    }

    #[test]
    fn an_address_line_asks_for_nothing() {
        let line = "Where: Haverleigh Business Park, Unit 4, Northampton NN4 9QX";
        assert_eq!(skipped(&format!("Requirements\n- Kafka\n{line}\n")), [line]);
        assert!(gives_an_address("London SW1A 1AA"));
        assert!(gives_an_address(
            "Fjordvang A/S, Søndervang Allé 14, 8000 Aarhus C"
        ));
        assert!(gives_an_address("Hauptstraße 5a, 10115 Berlin"));
        assert!(!gives_an_address(
            "We moved in 2023, 2024 Kubernetes upgrades"
        ));
        assert!(!gives_an_address("Kubernetes 1.29, 2024 Edition"));
        assert!(!gives_an_address(
            "You will maintain Windows 10, 2016 Server images"
        ));
        assert!(!gives_an_address(
            "Administer SQL Server 2017, 2019 Enterprise and Azure SQL"
        ));
        for bad in [
            "- Kafka and S3 buckets",
            "EC2 and S3 2x faster",
            "- Write 40 KB of C",
            "- Build B2B 3PL integrations in Kafka",
            "Meet P1 4HR SLAs on EC2",
        ] {
            assert!(!gives_an_address(bad), "{bad}");
        }
    }

    #[test]
    fn a_forward_line_hashtags_and_an_empty_element_ask_for_nothing() {
        for line in [
            "---------- Forwarded message ---------",
            "-----Original Message-----",
            "Begin forwarded message:",
            "#DevOps #Kubernetes #AWS #relocation",
            "<category term=\"Security\"/>",
        ] {
            let text = format!("Requirements\n- Kafka\n\n{line}\n");
            assert_eq!(skipped(&text), [line], "{line}");
        }
        assert!(!marks_a_forward(
            "Forwarded messages between Kafka clusters"
        ));
        assert!(!marks_a_forward("- Message queues"));
        assert!(is_a_hashtag_line(
            "#postgres  #reliability  #hiring          Share:  𝕏   in   ✉"
        ));
        assert!(is_a_hashtag_line(
            "21,404 views  3 weeks ago  #rust #distributedsystems #hiring"
        ));
        assert!(!is_a_hashtag_line("3 years  Go and Kafka  #1"));
        assert!(!is_a_hashtag_line("## Requirements"));
        assert!(!is_a_hashtag_line("#1 priority: Kafka"));
        assert!(!is_a_hashtag_line("C# and F#"));
        assert!(!is_a_hashtag_line(""));
        assert!(!is_an_empty_element("<title>Senior SRE</title>"));
        assert!(!is_an_empty_element("- <5 ms p99 />"));
    }

    #[test]
    fn a_wrapped_item_line_heads_no_part() {
        let text = "Responsibilities\n* Own observability across\n  about 70 services\n* Do capacity planning\n";
        assert!(skipped(text).is_empty());
        // A heading after an item, and an item of its own under one, still are.
        assert_eq!(
            skipped("- Go\nAbout Halyard\nWe stream.\n"),
            ["About Halyard\nWe stream."]
        );
        assert!(wraps_an_item("  about 70 services", true));
        assert!(wraps_an_item("and Kafka", true));
        assert!(!wraps_an_item("  about 70 services", false));
        assert!(!wraps_an_item("  - Kafka", true));
        assert!(!wraps_an_item("Nice to have", true));
    }

    #[test]
    fn company_benefits_and_boilerplate_are_skipped() {
        let text = "Senior SRE\nHalyard · Seattle, WA · Hybrid\n\nAbout Halyard\nWe stream sports to 9M viewers on Kafka.\n\nAbout the role\nRun Kafka and Kubernetes.\n\nBenefits: 401(k), Unlimited PTO.\nHalyard is an equal opportunity employer.\n";
        assert_eq!(
            skipped(text),
            [
                "Halyard · Seattle, WA · Hybrid",
                "About Halyard\nWe stream sports to 9M viewers on Kafka.",
                "Benefits: 401(k), Unlimited PTO.",
                "Halyard is an equal opportunity employer."
            ]
        );
    }

    #[test]
    fn an_about_us_paragraph_and_a_one_dot_header_are_skipped() {
        let text = "Storage Engineer\nFathomDB · Boston, MA (Seaport office)\n\nFathomDB is a distributed SQL database.\nIt spans regions.\n\nKafka is central to our stack. You know SQL.\n";
        assert_eq!(
            skipped(text),
            [
                "Storage Engineer",
                "FathomDB · Boston, MA (Seaport office)",
                "FathomDB is a distributed SQL database.\nIt spans regions."
            ]
        );
        // Its sentence that turns to the job is the job's, unless it turns
        // away ("not hiring").
        let text = "Platform Engineer\n\nTessford runs Ledgerleaf, a bookkeeping app. We're hiring a Platform Engineer to treat it as a product, not tickets. It has users.\n\nTessford builds Weir, a ledger. We are not hiring a DBA for it.\n";
        let unread = skipped(text);
        assert!(unread.contains(&"Tessford runs Ledgerleaf, a bookkeeping app."));
        assert!(unread.contains(&"It has users."), "{unread:?}");
        assert!(
            !unread.iter().any(|s| s.contains("as a product")),
            "{unread:?}"
        );
        assert!(
            unread.iter().any(|s| s.contains("not hiring a DBA")),
            "{unread:?}"
        );
        // Read to its first negation; a cue is a whole word ("looking
        // forward" is no "looking for"); under an "About us" heading too.
        let text = "Platform Engineer\n\nFernby builds payroll software. We're hiring a Go engineer who has never touched Java, and that's fine.\n\nAbout us\nFernby builds payroll software. We are hiring a Platform Engineer to own our Terraform estate.\n";
        let unread = skipped(text);
        assert!(
            unread.iter().any(|s| s.starts_with("never touched Java")),
            "{unread:?}"
        );
        assert!(
            !unread.iter().any(|s| s.contains("a Go engineer")),
            "{unread:?}"
        );
        assert!(
            !unread.iter().any(|s| s.contains("Terraform estate")),
            "{unread:?}"
        );
        assert_eq!(first_negation("who has never touched Java"), Some(8));

        assert_eq!(first_negation("nothing in Notion"), None);
        assert!(hires_in("We're looking for a Go engineer"));
        assert!(!hires_in("We're looking forward to meeting you"));
        // The title names the hire; a duty or a sentence is no title.
        assert!(is_a_job_title("Senior Backend Engineer (Kotlin)"));
        assert!(is_a_job_title("Engineering Manager, Payments"));
        assert!(is_a_job_title(
            "[Hiring] Distributed Systems Engineer (Elixir/Erlang) — Knotwater — Hamburg or remote EU — €85–110k"
        ));
        assert!(is_a_job_title(
            "Software Development Engineer in Test (SDET) II"
        ));
        assert!(!is_a_job_title("Hire an engineer in the team"));
        assert!(!is_a_job_title("- Lead design reviews"));
        assert!(!is_a_job_title("Lead design reviews"));
        assert!(!is_a_job_title(
            "We are hiring engineers to build our Kafka platform."
        ));
        assert!(!is_a_job_title("Own and lead our Go and Kafka services"));
        assert!(is_a_job_title(
            "Data Engineer II – Commercial Data Platform"
        ));
        assert!(is_a_job_title("Staff Engineer – Storage"));
        assert!(opens_about_us("At Halyard, we stream sports."));
        assert!(opens_about_us("We're a team of 40."));
        assert!(!opens_about_us("This role is remote."));
        assert!(!opens_about_us("You are curious."));
        assert!(!opens_about_us("Build services in Go."));
        assert!(!opens_about_us("Acme is hiring."));
        assert!(!opens_about_us("Knowing Go is a plus."));
        assert!(!opens_about_us("We are looking for an SRE who codes."));
        assert!(!opens_about_us(
            "We are a small company, so you will also spend time with buyers."
        ));
        assert!(opens_about_us("We are a small company. You will like it."));
        assert!(opens_about_us(
            "We are Acme, the platform that helps your team get paid."
        ));
        assert!(opens_about_us("Thistledown Networks runs a CDN."));
        assert!(opens_about_us(
            "Gorselake is 19 people who think nobody should lose a Saturday."
        ));
        assert!(!opens_about_us("Gorselake is 19 degrees warmer."));
        assert!(!opens_about_us("Kafka Streams is a must."));
        assert!(names_its_stack(
            "Merrowlink runs Tessel, a replicated event store. The data path is Rust; the control plane is written in Go."
        ));
        assert!(!names_its_stack(
            "Acme is a fintech in Leeds. We go where our customers are."
        ));
        assert!(!names_its_stack("Acme runs Kafka. Kafka is our backbone."));
        let text = "Dunnock makes dnk, a backup tool people run from cron on NAS boxes. It is written\nin Go. Releases ship for Linux and FreeBSD. Keel is the team that owns replication.\n";
        let unread: Vec<&str> = about_us_unread(text, Span::new(0, text.len()))
            .iter()
            .map(|s| s.of(text))
            .collect();
        assert_eq!(
            unread,
            ["Dunnock makes dnk, a backup tool people run from cron on NAS boxes."]
        );
        let not_hiring =
            "We are **not** hiring for Weir Cloud (Terraform, AWS) now. We run Go on Kubernetes.\n";
        let unread: Vec<&str> = about_us_unread(not_hiring, Span::new(0, not_hiring.len()))
            .iter()
            .map(|s| s.of(not_hiring))
            .collect();
        assert_eq!(
            unread,
            ["We are **not** hiring for Weir Cloud (Terraform, AWS) now."]
        );
        // A paragraph that ends the text is read by its sentences too.
        let last = "Backend Engineer\n\nDunnock makes dnk, a backup tool people run from cron on NAS boxes. It is written in Go. Releases ship for Linux.\n";
        let tokens = tokenize(last, &[Span::new(0, last.len())]);
        let skipped: Vec<&str> = no_requirements(last, &tokens)
            .iter()
            .map(|s| s.of(last))
            .collect();
        assert!(!skipped.iter().any(|s| s.contains("Go.")), "{skipped:?}");
        assert!(skipped.iter().any(|s| s.contains("NAS")), "{skipped:?}");
        let blurb = "Acme is a fintech in Leeds. We go where our customers are.\n";
        assert_eq!(
            about_us_unread(blurb, Span::new(0, blurb.len())),
            [Span::new(0, blurb.len())]
        );
    }

    #[test]
    fn an_issue_s_title_and_events_ask_for_nothing() {
        assert!(announces_a_hire(
            "Hiring: part-time DevOps engineer (0.6 FTE) #212"
        ));
        assert!(announces_a_hire("Hiring: Senior Backend Engineer"));
        assert!(!announces_a_hire(
            "Hiring: you'll interview candidates with us"
        ));
        assert!(!announces_a_hire("Hiring and mentoring engineers"));
        assert!(is_an_issue_event(
            "ramona added the hiring label 5 days ago"
        ));
        assert!(is_an_issue_event(
            "kofi-dev removed the backend label yesterday"
        ));
        assert!(!is_an_issue_event("We added Kafka 2 years ago"));
        assert!(!is_an_issue_event("we added Kafka 2 years ago"));
        assert!(!is_an_issue_event("- added the Go label 2 days ago"));
    }

    #[test]
    fn a_field_s_paragraph_may_turn_to_a_job_notice() {
        let notice = "Comments: 14 pages, 6 figures, 3 tables. Dataset and code released under CC BY 4.0. Job notice from the authors: Tessarine Labs (Stornoway; on site or hybrid) is hiring a Machine Learning Engineer to take models like this one from paper to sea, in PyTorch.";
        let at = hiring_notice_in(notice).unwrap();
        assert!(notice[at..].starts_with("Job notice"), "{}", &notice[at..]);
        let exclaimed = "Comments: 14 pages and 6 figures and 3 tables, with the code and the data released under CC BY 4.0 for anyone to use? Yes! Tessarine Labs is hiring a Machine Learning Engineer! PyTorch on the buoys.";
        let at = hiring_notice_in(exclaimed).unwrap();
        assert!(
            exclaimed[at..].starts_with("Tessarine"),
            "{}",
            &exclaimed[at..]
        );
        for bad in [
            "Comments: 14 pages, 6 figures, 3 tables",
            "About us: We are a 40-person studio in Leeds that builds booking software for dentists and vets. Acme is hiring a Machine Learning Engineer to join us in spring. Our stack is Kubernetes, Terraform and Kafka on AWS.",
            "Notes: the team is hiring a lot this year, and the lab has moved twice since the first version of this paper was put out, so the addresses below are old and the code link is new and the data is the same.",
        ] {
            assert_eq!(hiring_notice_in(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_nice_label_that_says_not_required_asks_for_its_items() {
        let nice = "Welcome, not required: OGC standards, WebGPU, conference talks.";
        let at = nice.find("not required").unwrap();
        assert!(ends_a_nice_label(nice, at, at + "not required".len()));
        let unneeded = "Not required: Java, PHP.";
        assert!(!ends_a_nice_label(unneeded, 0, "Not required".len()));
    }

    #[test]
    fn a_site_s_links_under_about_are_no_stack() {
        assert!(is_a_link_list(
            "PyPI Blog\nContribute on GitHub\nReport security issue\nPrivacy Notice\n"
        ));
        assert!(!is_a_link_list(
            "We run Go on AWS.\nOur data lives in Kafka.\nWe like it.\n"
        ));
        assert!(!is_a_link_list("Contribute on GitHub"));
        assert!(!is_a_link_list("Go\nKafka\nPostgreSQL\nKubernetes\n"));
    }

    #[test]
    #[cfg(feature = "job-lexicon")]
    fn a_site_s_links_under_about_ask_for_nothing() {
        // PyPI and GitHub make the part name a stack; its links are no
        // sentence of it.
        let page = "Engineer\n\nRequirements\n- Python\n\nAbout PyPI\nPyPI Blog\nContribute on GitHub\nSecurity advisories\nPrivacy Notice\n";
        let job = crate::tailor::Job::parse(page);
        let named: Vec<&str> = job.terms.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(named, ["Python"]);
    }

    #[test]
    fn ordinary_postings_keep_their_requirements_under_the_new_page_rules() {
        let kept = |text: &str, words: &[&str]| {
            let unread = skipped(text);
            for w in words {
                assert!(
                    !unread.iter().any(|s| s.contains(w)),
                    "{w} skipped in {text:?}: {unread:?}"
                );
            }
        };
        // The same rule between every part: the last closes nothing.
        kept(
            "Acme builds robots.\n==========\nWe're hiring: Senior Backend Engineer\n==========\nAbout the role\nYou will own the fleet API.\n==========\nRequirements\n- Go\n- Kafka\n==========\nHow to apply\n",
            &["Go", "Kafka"],
        );
        // A menu above the job, blank lines lost: no footer.
        kept(
            "Jobs\nAbout\nHelp\nSenior Backend Engineer\nRequirements\n- Go\n- Kafka\n- PostgreSQL\n",
            &["Go", "Kafka", "PostgreSQL"],
        );
        // A skills list right above a footer: only the footer is the site's.
        kept(
            "Skills\nGo\nKafka\nPostgreSQL\nAbout\nContact\nPrivacy\nTerms\n",
            &["Go", "Kafka"],
        );
        // English "Net" is no negation.
        kept(
            "What this job is not\nNo mobile work: the apps team owns iOS.\nNet new services: Go, Kafka, PostgreSQL\n",
            &["Go", "Kafka"],
        );
        // A spreadsheet's labelled row ends the row above's part.
        kept(
            "1\tLanguages\tGo, Rust\n2\tBenefits\tPension, gym\n3\tDatabases\tPostgreSQL, Redis\n4\tMessaging\tKafka\n",
            &["PostgreSQL", "Redis", "Kafka"],
        );
        // Two technologies a slash apart are no repository's link.
        kept(
            "Requirements\npython/django\npostgres/redis\n",
            &["python", "postgres"],
        );
        // A field's word is no run-in heading.
        kept(
            "Requirements\nTravel. Occasional visits to customers running Terraform.\n",
            &["Terraform"],
        );
        assert!(!turns_to_the_job("The team is hiring"));
        assert!(!turns_to_the_job("Nobody is hiring"));
    }

    #[test]
    fn a_translation_file_s_part_message_heads_the_messages_after_it() {
        assert_eq!(po_heading("msgid \"Nice to have\""), Some("Nice to have"));
        for bad in ["msgid \"Crossplane\"", "msgid \"\"", "Nice to have"] {
            assert_eq!(po_heading(bad), None, "{bad}");
        }
        let po = "#: job.html:58\nmsgid \"Nice to have\"\nmsgstr \"Dymunol\"\n\n#: job.md:39\nmsgid \"Crossplane\"\nmsgstr \"Crossplane\"\n\n#: job.md:41\nmsgid \"FFmpeg, or packaging video as HLS.\"\nmsgstr \"\"\n";
        let toks = tokenize(po, &[Span::new(0, po.len())]);
        let nice = nice_to_have(po, &toks);
        for w in ["Crossplane", "FFmpeg", "HLS"] {
            let at = po.find(w).unwrap();
            assert!(
                nice.iter().any(|s| s.start <= at && at < s.end),
                "{w}: {nice:?}"
            );
        }
    }

    #[test]
    fn a_spreadsheet_s_row_is_headed_by_its_label_cell() {
        assert_eq!(
            sheet_row_label("13\tDesirable\t- Welsh\n"),
            Some("Desirable")
        );
        assert_eq!(sheet_row_label("17\t\t\n"), Some(""));
        for bad in ["2024\tGo\n", "12345\tA\tB\n", "- Go\tRust\tKafka\n"] {
            assert_eq!(sheet_row_label(bad), None, "{bad:?}");
        }
        let sheet = "\tA\tB\n12\tWhat we're looking for\t- Python\n- Kafka\n13\tDesirable\t- Welsh\n- Rust\n14\tNot this job\t- WordPress\n15\tWhat we offer\tA pension\n";
        let toks = tokenize(sheet, &[Span::new(0, sheet.len())]);
        let nice = nice_to_have(sheet, &toks);
        let covered = |w: &str| {
            let at = sheet.find(w).unwrap();
            nice.iter().any(|s| s.start <= at && at < s.end)
        };
        assert!(covered("Welsh") && covered("Rust"));
        assert!(!covered("Kafka") && !covered("WordPress"));
        let skipped = no_requirements(sheet, &toks);
        let skipped_at = |w: &str| {
            let at = sheet.find(w).unwrap();
            skipped.iter().any(|s| s.start <= at && at < s.end)
        };
        assert!(skipped_at("WordPress") && skipped_at("pension"));
        assert!(!skipped_at("Python") && !skipped_at("Rust"));
    }

    #[test]
    fn a_notebook_s_import_and_a_repository_s_link_are_no_requirement() {
        for good in [
            "import numpy as np",
            "import torchaudio",
            "from a.b import c, d",
        ] {
            assert!(is_a_code_import(good), "{good}");
        }
        for bad in [
            "import the data from S3",
            "Import NumPy arrays",
            "from S3 import data",
        ] {
            assert!(!is_a_code_import(bad), "{bad}");
        }
        for good in ["pollenhurst/docs", "acme-io/helm-charts"] {
            assert!(is_a_repository_link(good), "{good}");
        }
        for bad in [
            "CI/CD",
            "TCP/IP",
            "ci/cd",
            "Go/Rust",
            "a/b",
            "owner/repo/path",
        ] {
            assert!(!is_a_repository_link(bad), "{bad}");
        }
        assert_eq!(
            skipped("Setup\nimport numpy as np\n"),
            ["import numpy as np"]
        );
    }

    #[test]
    fn a_site_s_footer_a_link_a_line_is_the_site_s() {
        let page = "Requirements\n- Go\n\nDart language\nReport package\nPolicy\nTerms\nSecurity\nPrivacy\nHelp\nRSS/atom feed\n";
        // From the site's first own link ("Policy").
        let from = page.find("Policy").unwrap();
        assert_eq!(footer_blocks(page), [Span::new(from, page.len())]);
        // Within a paragraph, after its prose, with the site's note.
        let sheet = "Use this Package\nAdd it to Package.swift with .package(url:from:).\nSwift Package Index\nAbout\nPrivacy\nBuild system\nBlog\nIt is a project of its own community.\n";
        let from = sheet.find("About").unwrap();
        assert_eq!(footer_blocks(sheet), [Span::new(from, sheet.len())]);
        for kept in [
            "Skills\nGo\nRust\nKafka\nSecurity\nTerraform\nAWS\n",
            "Privacy\nTerms\n",
            "We use Go.\nWe use Rust.\nPrivacy\nTerms\nHelp\nKafka is nice.\n",
        ] {
            assert_eq!(footer_blocks(kept), [], "{kept}");
        }
        // Each of the site's own words makes a footer with one other.
        for w in super::super::data::page_words_of("footer") {
            let other = if w == "help" { "Privacy" } else { "Help" };
            let page = format!("{w}\nBlog\n{other}\nNews\nStatus\n");
            assert_eq!(footer_blocks(&page).len(), 1, "{w}");
        }
    }

    #[test]
    fn a_banner_s_heading_is_its_words_between_the_rules() {
        assert_eq!(
            without_banner_rules("-- NICE, NOT NEEDED ------"),
            "NICE, NOT NEEDED"
        );
        assert_eq!(without_banner_rules("== Apply =========="), "Apply");
        for kept in ["----------", "-- Rust", "-- ", "Go --- Rust"] {
            assert_eq!(without_banner_rules(kept), kept);
        }
        for rule in ["————", "-----", "=====", "───"] {
            assert!(is_a_rule(rule), "{rule}");
        }
        for bad in ["--", "-- Rust", "— Kafka —"] {
            assert!(!is_a_rule(bad), "{bad}");
        }
    }

    #[test]
    fn a_page_above_its_job_is_the_page_s_own() {
        let page = "Hobthrush Lens\n\nFeatures\n• Warnings for PostgreSQL and MySQL migrations\n\nWork with us\nWe are eleven people.\n\nRequirements\n- Go\n";
        let turn = page.find("Work with us").unwrap();
        assert_eq!(a_page_above_its_job(page), [Span::new(0, turn)]);
        // The job's own heading above the turn (after a blank line or
        // not), a role's summary above it, or no part below it: kept.
        for kept in [
            "Requirements\n- Go\n\nWe're hiring\nWhat you'll do\n- Kafka\n",
            "Senior Go Engineer\nRequirements\n- Go\n\nWe're hiring\nRemote.\n\nNice to have\n- Rust\n",
            "Data Engineer\n\nWe're looking for a Data Engineer with Python and SQL.\n\nWork with us\nAt Acme, …\n\nWhat you'll do\n- Airflow\n",
            "Acme\n\nWe use Go and Kafka.\n\nWork with us\nEmail jobs@acme.example.\n",
            "Senior Backend Engineer\n\nRequirements\n- Go\n\nWe're hiring: apply below today\n\nNice to have\n- Rust\n",
        ] {
            assert_eq!(a_page_above_its_job(kept), [], "{kept}");
        }
        for good in [
            "We're hiring",
            "Work with us",
            "Working at Greyhithe",
            "Mossgarth is hiring",
        ] {
            assert!(turns_to_the_job(good), "{good}");
        }
        assert_eq!(
            turns_here("Mossgarth is hiring: Mobile Engineer (Flutter)"),
            Some(true)
        );
        assert_eq!(
            turns_here("Ostervane is hiring a Database Administrator"),
            Some(true)
        );
        assert_eq!(
            turns_here("Ostervane is hiring a lot of people this year"),
            None
        );
        assert!(!turns_to_the_job("nobody is hiring"));
        for bad in ["Join us", "Join our team!"] {
            assert!(!turns_to_the_job(bad), "{bad}");
        }
        assert_eq!(turns_here("—— WE'RE HIRING ——"), Some(false));
        assert_eq!(
            turns_here("We're hiring! (yes, in an add-on description)"),
            Some(false)
        );
        assert_eq!(
            turns_here("We're hiring: QA Automation Engineer"),
            Some(true)
        );
        assert_eq!(
            turns_here("We're hiring: if you know Go and like boats, write to us at jobs@acme.example today"),
            None
        );
        // A module's own "Requirements" above a turn that names the job.
        let module = "Usage\nmodule \"x\" {}\n\nRequirements\nterraform >= 1.6\n\nWe're hiring: Platform Engineer\nWe run 140 clusters.\n\nWhat you'll do\n- Terraform\n";
        let turn = module.find("We're hiring").unwrap();
        assert_eq!(a_page_above_its_job(module), [Span::new(0, turn)]);
        // A turn set off by a rule, and the same rule closing the job: the
        // release notes under it are the page's too.
        let plugin = "Features:\n• Lock warnings for PostgreSQL\n————\nWe're hiring: Staff Engineer\nCambridge.\n\nWhat we're after\n• Rust\n————\n\nWhat's New\nLock levels on PostgreSQL 16\n";
        let turn = plugin.find("We're hiring").unwrap();
        let after = plugin.rfind("————\n").unwrap() + "————\n".len();
        assert_eq!(
            a_page_above_its_job(plugin),
            [Span::new(0, turn), Span::new(after, plugin.len())]
        );
        for bad in ["Hiring", "Working at scale is hard", "working at speed"] {
            assert!(!turns_to_the_job(bad), "{bad}");
        }
    }

    #[test]
    fn a_heading_says_not_in_its_own_tongue() {
        for good in [
            "not",
            "nije",
            "deyil",
            "хамаарахгүй",
            "кірмейді",
            "ไม่ใช่",
            "ວຽກນີ້ບໍ່ລວມ",
            "ការងារនេះមិនរួមបញ្ចូល",
            "சேராதவை",
            "ያልሆኑ",
            "non",
            "кирбейт",
        ] {
            assert!(is_a_negation(good), "{good}");
        }
        for bad in [
            "note",
            "nothing",
            "гүйцэтгэх",
            "гүй",
            "нүүр",
            "none",
            "ezagutza",
        ] {
            assert!(!is_a_negation(bad), "{bad}");
        }
    }

    #[test]
    fn benefits_said_in_a_sentence_are_skipped() {
        let text =
            "You know Go. We offer four weeks off, RRSP matching and a PTO plan. You mentor.";
        assert_eq!(
            skipped(text),
            ["We offer four weeks off, RRSP matching and a PTO plan."]
        );
        assert!(skipped("Services we offer customers run on Go.").is_empty());
        // A duty's pay, after it, is skipped; the duty is read.
        let duty =
            "- Join the on-call rota, one week in six, paid at £300 a week on top of salary\n";
        assert_eq!(skipped(duty), ["paid at £300 a week on top of salary"]);
        assert_eq!(
            pay_clause_at("Join the on-call rota, paid at £300 a week on top of salary"),
            23
        );
        assert_eq!(
            pay_clause_at("We offer four weeks off, RRSP matching and a PTO plan"),
            0
        );
        assert_eq!(pay_clause_at("Paid on-call, £300 a week"), 0);
        assert_eq!(
            pay_clause_at(
                "Mentoring and coaching from senior engineers, a conference budget, paid parental leave and a pension."
            ),
            0
        );
    }

    #[test]
    fn a_wiki_heading_heads_its_part_past_its_edit_link() {
        assert_eq!(without_edit_link("Out of scope[edit]"), "Out of scope");
        assert_eq!(without_edit_link("Package [edit source]"), "Package");
        assert_eq!(without_edit_link("[edit]"), "[edit]");
        assert_eq!(
            without_edit_link("Edit the config [edit mode]"),
            "Edit the config [edit mode]"
        );
        let text =
            "Essential[edit]\n* Java\n\nDesirable[edit]\n* Rust\n\nOut of scope[edit]\n* C#\n";
        assert_eq!(nice(text), ["Desirable[edit]\n* Rust"]);
        assert_eq!(skipped(text), ["Out of scope[edit]\n* C#"]);
    }

    #[test]
    fn benefits_listed_as_bullets_stay_skipped() {
        let text = "Benefits\n- 401(k) match\n- Parental leave\n\nRequirements\n- Go\n";
        assert_eq!(
            skipped(text),
            ["Benefits\n- 401(k) match\n- Parental leave"]
        );
    }

    #[test]
    fn markdown_headings_head_their_parts() {
        let text = "## Requirements\n- Go\n\n**Benefits**\n- 30 days of holiday\n\n### About Acme\nAcme ships.\n\n**Pay:** $150k\n";
        assert_eq!(
            skipped(text),
            [
                "**Benefits**\n- 30 days of holiday",
                "### About Acme\nAcme ships.",
                "**Pay:** $150k"
            ]
        );
        assert_eq!(
            nice("**Requirements**\n- Go\n\n## Nice to have\n- Rust\n"),
            ["## Nice to have\n- Rust"]
        );
    }

    #[test]
    fn an_application_form_a_levers_header_and_the_steps_name_no_requirement() {
        let text = "Site Reliability Engineer II\nTORONTO, ON /\nENGINEERING – RELIABILITY /\nFULL-TIME /\n\nRequirements\n- Go\n\nScreening → Technical interview → Offer\n\nApply for this Job\n* Required\n\nFirst Name *\nResume/CV *\nAccepted file types: pdf, doc, docx\n";
        let tokens = tokenize(text, &[Span::new(0, text.len())]);
        let skipped: Vec<&str> = no_requirements(text, &tokens)
            .iter()
            .map(|s| s.of(text).trim_end())
            .collect();
        for part in [
            "ENGINEERING – RELIABILITY /",
            "Screening → Technical interview → Offer",
        ] {
            assert!(skipped.contains(&part), "{part} in {skipped:?}");
        }
        let form = text.find("First Name").unwrap();
        assert!(no_requirements(text, &tokens)
            .iter()
            .any(|s| s.start < form && text.len() <= s.end + 1));
        assert!(!skipped.iter().any(|s| s.contains("- Go")));
        assert!(!lists_the_steps(
            "- Build pipelines: Debezium → Kafka → Snowflake"
        ));
        assert!(!lists_the_steps("Postgres → Debezium → Kafka"));
        assert!(lists_the_steps(
            "Our process: Document screening → Technical interview → Offer"
        ));
        assert!(lists_the_steps(
            "Screening → Technical interview (online) → Final interview at the Minato Mirai office → Offer"
        ));
        assert!(!lists_the_steps(
            "'→ Ship with Docker, Git → Help load test every launch'."
        ));
        assert!(!lists_the_steps(
            "[Photo 4 of 8] text that says 'WHAT YOU NEED → A degree, a bootcamp or a portfolio → Solid data structures and algorithms'."
        ));
    }

    #[test]
    fn a_ticket_s_or_an_advert_s_code_names_no_skill() {
        let text = "Closes WEBOPS-2291. Apply quoting ref TD-SRE-04 or Ref HT/JBD/07; SHA-256 and Go-1 and a 24-7 rota, Kafka 3.\n";
        let codes: Vec<&str> = reference_codes(text).iter().map(|s| s.of(text)).collect();
        assert_eq!(codes, ["WEBOPS-2291", "TD-SRE-04", "HT/JBD/07"]);
        assert!(is_an_issue_key("CC-4410"));
        for number in ["MAHUMA/AJ/12/VOL.III/47", "HR/2025/014"] {
            assert!(is_a_file_number(number), "{number}");
        }
        for name in [
            "LAN/WAN",
            "TCP/IP",
            "CI/CD",
            "HTTP/2",
            "a/b/1",
            "HTTP/1.1/2/3",
            "ISO/IEC/27001",
        ] {
            assert!(!is_a_file_number(name), "{name}");
        }
        assert!(!is_an_issue_key("Go-1"));
        assert!(!is_an_issue_key("24-7"));
        assert!(!is_an_issue_key("K8S"));
        assert!(!is_an_issue_key("AZ-104"));
        assert!(!is_an_issue_key("ITSG-33"));
        assert!(is_an_issue_key("LED-26-004"));
        for standard in [
            "ISO-26262",
            "ISO-27001",
            "NIST-800-53",
            "IEC-62443",
            "MIL-STD-1553",
            "IEEE-1588",
        ] {
            assert!(!is_an_issue_key(standard), "{standard}");
        }
        assert!(is_an_issue_key("SPK-BE-19"));
    }

    #[test]
    fn a_line_chat_export_reads_its_poster_only() {
        assert_eq!(tabbed_chat_sender("09:03\tFah\tanyone going?"), Some("Fah"));
        assert_eq!(
            tabbed_chat_sender("14:11\tPim Rattanakul unsent a message."),
            Some("*")
        );
        assert_eq!(tabbed_chat_sender("09:30\tKeynote"), None);
        assert_eq!(tabbed_chat_sender("Go\tRust\tKafka"), None);
        let text = "08:58\tNok\tmorning\n09:01\tBeam\t[Sticker]\n13:46\tPim\t\"Pomelotta is hiring\nWhat we need\n- Python\"\n13:47\tPim\t[Photo]\n13:49\tBeam\tis Django ok?\n13:52\tPim\tyes\n13:53\tFah\tdo they use Java?\n14:11\tPim unsent a message.\n";
        let skipped: Vec<&str> = others_in_a_chat_log(text)
            .iter()
            .map(|s| s.of(text))
            .collect();
        assert!(skipped.iter().any(|s| s.contains("Django")), "{skipped:?}");
        assert!(skipped.iter().any(|s| s.contains("Java")), "{skipped:?}");
        assert!(skipped.iter().any(|s| s.contains("unsent")), "{skipped:?}");
        assert!(!skipped.iter().any(|s| s.contains("hiring")), "{skipped:?}");
        // A rota's table with clock times is no chat.
        let rota = "09:00\tPlatform\tKubernetes upgrades\n13:00\tPlatform\tTerraform\n17:00\tData\tAirflow and dbt\n21:00\tSecurity\tVault and Falco\n01:00\tData\tSnowflake loads\n05:00\tPlatform\tPatching\n";
        assert!(others_in_a_chat_log(rota).is_empty());
    }

    #[test]
    fn a_hard_wrapped_sentence_goes_on_over_its_line_break() {
        for newline in ["\n", "\r\n"] {
            let text = format!("Bonus points if you've used React (the booking widget is React and you'd{newline}dip into it now and then), Terraform, Redis or GraphQL.{newline}You will own Kafka.{newline}");
            let nice = nice(&text);
            assert!(nice.iter().any(|s| s.contains("GraphQL")), "{nice:?}");
            assert!(!nice.iter().any(|s| s.contains("Kafka")), "{nice:?}");
        }
        // A short line is its own, though the next starts small.
        let text = "Requirements\nStrong Python and Kafka\nexperience with Terraform is a plus\n";
        let nice = nice(text);
        assert!(!nice.iter().any(|s| s.contains("Kafka")), "{nice:?}");
        // A list's items each end at their line.
        let list = "Nice to have:\n- Rust\nRequirements:\n- go and kafka\n";
        let cue = list.find("Rust").unwrap();
        let s = sentence_around(list, Span::new(cue, cue + 4));
        assert_eq!(s.of(list), "- Rust\n");
        // A phrase left open goes on over a capital ("by the Cloud\nServices
        // team"); a line that closes its phrase ends there.
        let note = "Please note: our existing OpenStack research cloud is managed by the Cloud\nServices team and is out of scope for this role. We are not seeking it.\n";
        let cue = note.find("out of scope").unwrap();
        let s = sentence_around(note, Span::new(cue, cue + 12));
        assert!(s.of(note).starts_with("Please note"), "{:?}", s.of(note));
        let items = "Experience running large fleets of services written in Go\nStrong understanding of networking and of Linux performance tuning\n";
        let cue = items.find("Strong").unwrap();
        let s = sentence_around(items, Span::new(cue, cue + 6));
        assert!(s.of(items).starts_with("Strong"), "{:?}", s.of(items));
        // In a script with no capitals or no ASCII: a small letter, or
        // after a comma.
        let greek = "Σημείωση: το παλιό back-office σε .NET και Windows Server το συντηρεί\nεξωτερικός συνεργάτης και δεν αφορά τη θέση.\n";
        let cue = greek.find("δεν").unwrap();
        let s = sentence_around(greek, Span::new(cue, cue + 6));
        assert!(s.of(greek).starts_with("Σημείωση"), "{:?}", s.of(greek));
        let korean = "참고: 가맹점 관리자 페이지는 프론트엔드 팀이 레거시 PHP 어드민에서 React로 옮기는 중이며,\n이 포지션의 업무 범위에는 포함되지 않습니다.\n";
        let cue = korean.find("포함").unwrap();
        let s = sentence_around(korean, Span::new(cue, cue + 6));
        assert!(s.of(korean).starts_with("참고"), "{:?}", s.of(korean));
        let chinese = "熟悉 Go 語言與分散式系統的設計與實作經驗\n具備 Kubernetes 維運經驗者加分\n";
        let cue = chinese.find("加分").unwrap();
        let s = sentence_around(chinese, Span::new(cue, cue + 6));
        assert!(s.of(chinese).starts_with("具備"), "{:?}", s.of(chinese));
        // Not into a list's next item.
        let items = "Hands-on experience designing event-driven systems on AWS for the Cloud\nTerraform, Ansible and Jenkins are used by the ops team and are not part of this hire.\n";
        let cue = items.find("not part").unwrap();
        let s = sentence_around(items, Span::new(cue, cue + 8));
        assert!(s.of(items).starts_with("Terraform"), "{:?}", s.of(items));
        assert!(continues_a_name("Services team and is out of scope"));
        assert!(!continues_a_name("Terraform, Ansible and Jenkins"));
        for (line, open) in [
            ("is managed by the Cloud", true),
            ("owned by our", true),
            ("runs on", true),
            ("Strong Python and Kafka", false),
            ("experience with Go", false),
        ] {
            assert_eq!(ends_mid_phrase(line), open, "{line}");
        }
    }

    #[test]
    fn a_cue_inside_a_parenthesis_takes_no_list_after_it() {
        let text = "Requirements\n'WHAT YOU NEED → A degree (all welcome!) → Networking basics: TCP vs UDP'.\n";
        let tokens = tokenize(text, &[Span::new(0, text.len())]);
        let nice: Vec<&str> = nice_to_have(text, &tokens)
            .iter()
            .map(|s| s.of(text))
            .collect();
        assert!(nice.iter().all(|s| !s.contains("TCP")), "{nice:?}");
        // Outside one it does: "There's nice to have: Docker".
        let text = "Requirements\nThese are nice to have, nobody expects them: Docker, Celery.\n";
        let tokens = tokenize(text, &[Span::new(0, text.len())]);
        let nice: Vec<&str> = nice_to_have(text, &tokens)
            .iter()
            .map(|s| s.of(text))
            .collect();
        assert!(nice.iter().any(|s| s.contains("Celery")), "{nice:?}");
    }

    #[test]
    fn a_label_still_ends_a_skipped_part_outside_a_form() {
        let text = "About us\nWe are a fintech.\nTech: Postgres, Kafka, Terraform\n";
        let tokens = tokenize(text, &[Span::new(0, text.len())]);
        let skipped = no_requirements(text, &tokens);
        let tech = text.find("Tech:").unwrap();
        assert!(
            !skipped.iter().any(|s| s.start <= tech && tech < s.end),
            "{skipped:?}"
        );
        assert!(!names_the_job("Commissions"));
    }

    #[test]
    #[cfg(feature = "lens")]
    fn a_turkish_heading_in_capitals_heads_its_part() {
        // "İ" and "I" both lower to "i": "NİTELİKLER", "HAKKINDA".
        assert!(names_the_job("ARANAN NİTELİKLER"));
        assert!(names_the_job("İŞ TANIMI"));
        assert!(names_the_job("İş Tanımı"));
        assert!(names_nice_part("TERCİH SEBEBİ"));
        assert!(names_no_requirements("ŞİRKET HAKKINDA"));
        assert!(names_no_requirements("Şirket Hakkında"));
        assert!(!names_no_requirements("ARANAN NİTELİKLER"));
    }

    #[test]
    fn a_jira_wiki_heading_heads_its_part() {
        assert_eq!(textile_heading("h2. Nice to have"), Some("Nice to have"));
        for t in ["h2.", "h2. ", "h264. codec", "h2.5 rollout", "high. level"] {
            assert_eq!(textile_heading(t), None, "{t}");
        }
        let text = "h3. Requirements\n* Go\nh3. Nice to have\n* Rust\n";
        assert_eq!(nice(text), ["h3. Nice to have\n* Rust"]);
        let text = "// ### Requirements\n// * Go\n//\n// ### Nice to have\n// * Rust\n";
        assert_eq!(nice(text), ["// ### Nice to have\n// * Rust"]);
        assert_eq!(
            without_comment_mark("// ### Nice to have"),
            "### Nice to have"
        );
        for kept in ["// Requirements", "--## Kafka", "// # TODO"] {
            assert_eq!(without_comment_mark(kept), kept);
        }
    }

    #[test]
    fn the_company_s_own_part_is_read_where_it_names_the_stack() {
        let text = "## Who we are\n\nNine engineers in nine time zones. Our cloud runs on AWS, on Kubernetes.\n\n## Requirements\n- Rust\n";
        assert_eq!(
            skipped(text),
            ["## Who we are", "Nine engineers in nine time zones."]
        );
        // A sentence on customers' or partners' stack is not the team's.
        let text = "About Acme\nWe run Go on AWS. Our customers migrate from Oracle to PostgreSQL with our tool.\n\nRequirements\n- Rust\n";
        assert!(
            skipped(text).iter().any(|s| s.contains("Oracle")),
            "{:?}",
            skipped(text)
        );
        // With no stack named, all of it, heading and all.
        let text = "About Acme\nAcme ships parcels.\nRequirements\n- Rust\n";
        assert_eq!(skipped(text), ["About Acme\nAcme ships parcels."]);
        // "About the app": what the job works on, read whole.
        let text = "About the app\nWe wrap it with Capacitor. Strings are in nine languages.\nRequirements\n- Rust\n";
        assert!(skipped(text).is_empty(), "{:?}", skipped(text));
        assert!(names_no_requirements("About the company"));
        assert!(!names_no_requirements("About the stack"));
        // "About the platform": the company's market, as "About us".
        assert!(names_no_requirements("About the platform"));
    }

    #[test]
    fn a_bilingual_or_german_or_french_heading_heads_its_part() {
        assert!(names_no_requirements("Wer wir sind / Who we are"));
        assert!(names_no_requirements("Das bieten wir / What we offer"));
        assert!(names_no_requirements("Qui sommes-nous ?"));
        assert!(names_no_requirements("Ce que nous offrons"));
        assert!(names_nice_part("Schön wäre / Nice to have"));
        assert!(names_the_job("Deine Aufgaben / Your responsibilities"));
        assert!(names_the_job("Profil recherché"));
        assert!(names_the_job("Vos missions"));
        assert!(!names_no_requirements(
            "Deine Aufgaben / Your responsibilities"
        ));
        // Spanish and Portuguese, with their question marks.
        assert!(names_no_requirements("¿Quiénes somos?"));
        assert!(names_no_requirements("Benefícios"));
        assert!(names_nice_part("Deseable"));
        assert!(names_nice_part("Diferenciais"));
        assert!(names_the_job("¿Qué harás?"));
        assert!(names_the_job("Requisitos"));
        // Naukri's requirements are its "Desired Candidate Profile".
        assert!(!names_nice_part("Desired Candidate Profile"));
        assert!(names_the_job("Desired Candidate Profile"));
        assert!(names_nice_part("Desired qualifications"));
        assert!(names_nice_part("Desired experience"));
        assert!(!names_nice_part("Desired Experience & Qualification"));
        // French and Swedish nice-to-haves.
        assert!(names_nice_part("Les petits plus"));
        assert!(names_nice_part("Ce serait un plus"));
        assert!(names_nice_part("Meriterande"));
        assert!(names_nice_part("Meriter (it's a plus if you have)"));
        // A nice part in a column beside the required one, and in a
        // paper's second column after a bar; it ends at an empty cell.
        let text = "MUST HAVE          NICE TO HAVE\nGo                 Rust\nKafka              Terraform\nPostgreSQL\nBash               Lua\n";
        let nice: Vec<&str> = right_column_nice(text).iter().map(|s| s.of(text)).collect();
        assert_eq!(nice, ["Rust", "Terraform"]);
        let paper = "Oven cleaning, fixed  | NICE TO HAVE\n£5,450 — hatchback    | * Grafana\nTrailer                |\n";
        let nice: Vec<&str> = right_column_nice(paper)
            .iter()
            .map(|s| s.of(paper))
            .collect();
        assert_eq!(nice, ["* Grafana"]);
        assert!(right_column_nice("NICE TO HAVE\nRust\n").is_empty());
        // The review's: a pay table's middle cell, prose across the
        // column, a left cell running into it.
        assert!(right_column_nice(
            "Base salary     Bonus     Equity\n£80k            10%       0.1%\n"
        )
        .is_empty());
        let prose = "MUST HAVE    NICE TO HAVE\nGo           Rust\nYou will be on call with Kubernetes and PostgreSQL every day.\n";
        let nice: Vec<&str> = right_column_nice(prose)
            .iter()
            .map(|s| s.of(prose))
            .collect();
        assert_eq!(nice, ["Rust"]);
        let wide = "MUST HAVE   NICE TO HAVE\n5+ years of Go and Kafka   Rust\n";
        assert!(right_column_nice(wide).is_empty());
        assert!(
            right_column_nice("We use Go and Rust   Nice to have: Kafka.\nTerraform\n").is_empty()
        );
        // A lead-in with no colon over its list.
        assert!(names_nice_part("It's a plus if you have"));
        assert!(heads_a_part("It's a plus if you have", true));
        assert!(!heads_a_part(
            "It's a plus if you have shipped Rust in production.",
            true
        ));
        // Each half of a bilingual heading is a heading's length, though
        // the two together run longer.
        assert!(is_heading("Funciones del cargo / What you'll do"));
        // A long heading the lexicon holds whole.
        assert!(is_heading("It would be great if you also have"));
        assert!(names_nice_part("It would be great if you also have"));
        assert!(!is_heading(
            "It would be great if you also have Rust skills"
        ));
        assert!(heads_a_part("Funciones del cargo / What you'll do", false));
        assert!(!is_heading(
            "We run Kafka, Flink and Spark on our own cluster / bare metal"
        ));
        // Other jobs a board suggests, in its own language.
        for other_jobs in ["Empleos similares", "Похожие вакансии", "似ている募集"]
        {
            assert!(names_no_requirements(other_jobs), "{other_jobs}");
        }
    }

    #[test]
    fn a_tagged_post_title_is_the_role_s() {
        for good in [
            "[HIRING] Junior SRE (1-3 yrs), Leeds",
            "[Hiring] Rust engineer",
        ] {
            assert!(is_a_tagged_title(good), "{good}");
        }
        for bad in [
            "- [hiring] Go",
            "[HIRING]",
            "[Remote] Go engineer",
            "[Hiring] Rust dev who knows Kafka and Terraform, remote, DM me",
        ] {
            assert!(!is_a_tagged_title(bad), "{bad}");
        }
    }

    #[test]
    fn pay_lines_are_money_not_terms() {
        for good in [
            "PLN 26,000–34,000 GROSS/MONTH (UOP) OR PLN 30,000–40,000 NET + VAT (B2B)",
            "£65,000 – £80,000 + bonus",
            "Base: €70.000 – €85.000",
            "S$9,500 a month",
            "USD 120k – 150k",
            "CA$145k",
            "💰 €4,800–6,300 gross / month (B2B or employment contract)",
            "19 000–25 000 zł netto (+ VAT) / mies. (kontrakt B2B)",
            "45 000 kr/mån",
            "4.500 € brutto",
        ] {
            assert!(states_pay(good), "{good}");
        }
        for bad in [
            "ISO 27001 and SOC 2",
            "SOC 2 Type II",
            "AWS 5+ years",
            "- $ cost awareness",
            "Run 64 shards on 3,000 nodes",
            "Our 1,200 engineers",
            "- QPS 10,000 at peak",
            "- Owned $500k+ AWS budgets with Terraform",
            "Managed $2,000,000 cloud spend on AWS and GCP",
            "45 000 devices online, 200 nodes",
            "3 zł a coffee",
            "- 19 000 zł",
        ] {
            assert!(!states_pay(bad), "{bad}");
        }
    }

    #[test]
    fn pay_place_and_pitch_labels_are_skipped() {
        let text = "SDET II\n\nCTC: ₹28–38 LPA + ESOPs\nWork mode: Hybrid, our HSR Layout office\nMonthly salary: S$9,500 plus AWS (annual wage supplement)\n\nWhy Kestrel\n- Meaningful work: robots\n- Field trips (sunscreen provided)\n\nWhat you'll do\n- Test UPI flows\n";
        assert_eq!(
            skipped(text),
            [
                "CTC: ₹28–38 LPA + ESOPs",
                "Work mode: Hybrid, our HSR Layout office",
                "Monthly salary: S$9,500 plus AWS (annual wage supplement)",
                "Why Kestrel\n- Meaningful work: robots\n- Field trips (sunscreen provided)"
            ]
        );
    }

    #[test]
    fn how_to_apply_and_eligibility_sentences_are_skipped() {
        let text = "You know Node. $125k + 401(k). Apply with a GitHub link. To apply, send a CV.";
        assert_eq!(
            skipped(text),
            ["Apply with a GitHub link.", "To apply, send a CV."]
        );
        let text = "Run Terraform. Successful candidates must pass basic security checks (BPSS). You must have the right to work in the UK.";
        assert_eq!(
            skipped(text),
            [
                "Successful candidates must pass basic security checks (BPSS).",
                "You must have the right to work in the UK."
            ]
        );
        assert_eq!(
            skipped("Set alert for similar jobs\nEasy Apply\nYou run alerting."),
            ["Set alert for similar jobs", "Easy Apply"]
        );
        // The writers' questions in a card's comments; the reader's are the job's.
        assert_eq!(
            skipped("- Go and Kafka\n     Should we mention Jenkins? Three jobs still run there.\nDo you know Rust?\n"),
            ["Should we mention Jenkins?"]
        );
        // A board's posted line; what is dismissed after a sentence.
        assert_eq!(
            skipped("Posted 2 days ago · 🔥 Actively hiring · 58 applicants\nYou run Go.\n"),
            ["Posted 2 days ago · 🔥 Actively hiring · 58 applicants"]
        );
        assert_eq!(
            skipped("Nice if you've touched Terraform. Not needed: a CS degree, or knowing what ITIL stands for.\n"),
            ["Not needed: a CS degree, or knowing what ITIL stands for."]
        );
        // A cue inside a requirement's sentence does not open one.
        assert!(skipped("Build tools to apply schema changes.").is_empty());
        assert!(skipped("Stream Kafka topics posted to S3.").is_empty());
        assert!(skipped("Add automated security checks to CI.").is_empty());
    }

    #[test]
    fn an_asciidoc_block_attribute_heads_no_part() {
        assert!(is_a_block_attribute("[TIP]"));
        assert!(is_a_block_attribute("[source,python]"));
        assert!(!is_a_block_attribute("[Requirements]"));
        assert!(!is_a_block_attribute("[ Apply ]"));
        assert!(!is_a_block_attribute("[Go] and [Rust]"));
        assert!(!is_heading("[NOTE]"));
        assert!(!is_heading("===="));
        assert!(!is_underlined("[TIP]", Some("====")));
        assert!(!is_underlined("* FFmpeg", Some("====")));
        let text = "== Nice to have\n\n[TIP]\n====\nNone are required.\n\n* BGP\n* FFmpeg\n====\n";
        let tokens = tokenize(text, &[Span::new(0, text.len())]);
        let nice = nice_to_have(text, &tokens);
        let at = text.find("FFmpeg").unwrap();
        assert!(nice.iter().any(|s| s.start <= at && at < s.end), "{nice:?}");
    }

    #[test]
    fn a_row_of_chips_is_told_from_prose_and_lists() {
        for row in [
            "Tehnologije: Playwright · k6 · Selenium",
            "Java   Spring Boot   MySQL   PHP",
            "Cloud Security    AWS    Penetration Testing    ISO 27001",
        ] {
            assert!(is_a_chip_row(row), "{row}");
        }
        for not in [
            "Go · Rust",
            "We use Go · we like Rust · and we ship weekly, daily.",
            "- Go   Rust   Kafka",
            "Requirements",
            "Kafka          Expert          3",
        ] {
            assert!(!is_a_chip_row(not), "{not}");
        }
        let text = "Intro.\nGo · Rust · Kafka\n";
        let rows: Vec<&str> = chip_rows(text).iter().map(|s| s.of(text)).collect();
        assert_eq!(rows, ["Go · Rust · Kafka"]);
    }

    #[test]
    fn a_button_row_and_skill_chips_are_chrome() {
        assert!(is_a_button_row(
            "[ Easy Apply ]  [ Save ]  [ Report this job ]"
        ));
        assert!(is_a_button_row("[Apply]"));
        assert!(is_a_button_row(
            "[ Omba Sasa ]   [ Pakua Tangazo (PDF) ]   Shiriki"
        ));
        assert!(!is_a_button_row("[Go] and [Rust]   Kafka, Flink"));
        assert!(!is_a_button_row("[Apply] with Go and Kafka"));
        for not in [
            "[x]  Kubernetes",
            "[Must]  PostgreSQL",
            "[Python, SQL, Airflow]   Required",
            "[Nice to have: Helm, ArgoCD,",
        ] {
            assert!(!is_a_button_row(not), "{not}");
        }
        assert!(!is_a_button_row(
            "[Kafka](https://kafka.apache.org) streams"
        ));
        assert!(!is_a_button_row("Go [required]"));
        assert!(!is_a_button_row("[Go] and [Rust]"));
        for bar in [
            "Search jobs: keyword      [Search]",
            "Keywords: job title, skills or company      Location: county or town      [Search]",
            "ค้นหางาน: ตำแหน่งงาน, บริษัท      จังหวัด      [ค้นหา]",
        ] {
            assert!(is_a_search_bar(bar), "{bar}");
        }
        for not in [
            "Skills: Go, Kafka [required]",
            "Languages: Python, Scala   [required]",
            "Streaming: Kafka, Flink   [preferred]",
            "Warehouse: Snowflake      [ ]",
            "Go      [Search]",
            "- Tools: Go      [Search]",
            "Tools: Go      [Kafka] and [Rust]",
        ] {
            assert!(!is_a_search_bar(not), "{not}");
        }
        assert!(is_a_chip_list("Skills: PHP, Laravel, MySQL +4 more"));
        assert!(is_a_chip_list(
            "Skills: Amazon Web Services (AWS), Cost Management, +7 more"
        ));
        assert!(!is_a_chip_list("Kafka, Flink and 2 more"));
        assert!(!is_a_chip_list("+2 more"));
        assert!(!is_a_chip_list("Go +more"));
        for control in [
            "Search for Jobs",
            "Skip to main content",
            "GitHub URL",
            "Try Premium for SGD0",
            "Back to vacancies",
            "← Go back to all jobs",
            "Download job description (PDF)",
            "Subscribe to get new remote Elixir jobs by email",
            "Search (Ctrl+Alt+E)",
            "Search (Alt + Q)",
            "Cloud Platform Engineer JD and PS (PDF, 318.2KB)",
            "Rust 91.2%  C 4.1%  Python 3.0%  Shell 1.7%",
            "Log in with Singpass",
            "Sign in with Google",
            "Search models, datasets, users...",
            "Search people, jobs, posts…",
            "Search or go to…",
            "Get the best Go jobs in your inbox",
            "★★★★★ 4.8 on the App Store · 4.7 on Google Play · 310k monthly makers",
            "Search packages",
            "Search conversations within pennine-data-folk",
            "Search this site",
            "Search BoardGameGeek",
            "Search the CPAN",
            "Search the site",
            "Search 96,000+ libraries",
            "Comment",
            "Like",
            "View on GitHub",
            "Search...   Ctrl K",
            "Search...   Ctrl K                 Handbook   Engineering   Careers",
            "Open in Figma",
        ] {
            assert!(is_a_site_control(control), "{control}");
        }
        for not in [
            "Search (alt and ctrl keys in our editor)",
            "Search relevance and ranking",
            "Search infrastructure",
            "Search Engineer",
            "Search Platform",
            "Search Nextdoor",
            "Search Relevance",
            "Search jobs in Elasticsearch",
            "Search docs with Algolia",
            "Search Elasticsearch",
            "Search OpenSearch",
            "Search MLOps",
            "Search the logs with Kibana",
            "Search 96,000 libraries",
            "Search posts.",
            "Search packages, ranking and query understanding for the registry in Rust",
            "GitHub Actions",
            "- Sign in with SAML",
            "Download and parse satellite imagery",
            "Back to back meetings are rare here, and we write things down",
            "Go back to basics with Kafka and Go in every service",
            "Subscribe to Kafka topics and publish jobs' results to downstream consumers",
            "Search relevance (Ctrl+F works too)",
            "Terraform (PDF export)",
            "Rust 91.2%",
            "Cut p99 by 40% with Rust, 20% with Go",
            "Search",
            "Stack: Kotlin 80.0% Java 20.0%",
            "Kotlin 80% Java 20%",
            "Sign in with SAML to every internal tool and rotate its keys",
            "Search relevance, ranking and query understanding for our catalogue...",
            "Get the best out of Kafka and Go for our jobs platform",
            "★ Built the rating service in Go",
            "★★★★☆ PostgreSQL",
            "Search relevance with Elasticsearch and Vespa...",
            "Search ranking, relevance and OpenSearch…",
            "Open in production, run in Kubernetes: our Go services",
            "Run in Kubernetes on AWS and GCP with Terraform",
            "Run in Kubernetes",
            "Run in AWS Lambda",
        ] {
            assert!(!is_a_site_control(not), "{not}");
        }
        let text =
            "Requirements\n[ Easy Apply ]  [ Save ]\nSkills: PHP, MySQL +4 more\n- PHP and MySQL\n";
        assert_eq!(
            skipped(text),
            ["[ Easy Apply ]  [ Save ]", "Skills: PHP, MySQL +4 more"]
        );
    }

    #[test]
    fn field_rows_running_headers_and_other_openings_are_chrome() {
        assert!(is_a_field_row("Department    Platform Engineering"));
        assert!(is_a_field_row("Locations\tStockholm"));
        assert!(!is_a_field_row("Kafka    Flink"));
        assert!(!is_a_field_row("Department of Platform Engineering"));
        assert!(!is_a_field_row("- Department    Platform"));
        // A field's name exactly: a skill table's row is no field.
        assert!(!is_a_field_row("Type systems    TypeScript, Rust"));
        assert!(!is_a_field_row("Contract testing    Pact"));
        let text = "Acme Ltd      Job Profile – Data Engineer\nRequirements\n- dbt and Airflow\n- dbt and Airflow\nAcme Ltd      Job Profile – Data Engineer\nSimilar Jobs (2)\nSenior Go Engineer – Payments\n";
        assert_eq!(
            skipped(text),
            [
                "Acme Ltd      Job Profile – Data Engineer",
                "Acme Ltd      Job Profile – Data Engineer",
                "Similar Jobs (2)\nSenior Go Engineer – Payments"
            ]
        );
    }

    #[test]
    fn a_posting_pasted_twice_keeps_its_prose() {
        let once = "About the role\nYou will own our Kafka ingestion and its schema registry.\nYou have run Postgres at scale for three years.\nRequirements\n- Go\n";
        let twice = format!("{once}\n{once}");
        assert!(skipped(&twice).is_empty(), "{:?}", skipped(&twice));
        // A part pasted again keeps it too.
        let part = format!("{once}{}", &once[15..]);
        assert!(skipped(&part).is_empty(), "{:?}", skipped(&part));
        // A header of two lines copied with each page is still chrome.
        let pages = "Acme Ltd Data Platform\nJob Profile – Data Engineer\nYou will own Kafka ingestion.\nAcme Ltd Data Platform\nJob Profile – Data Engineer\nYou have run Postgres at scale.\n";
        assert_eq!(
            skipped(pages),
            [
                "Acme Ltd Data Platform",
                "Job Profile – Data Engineer",
                "Acme Ltd Data Platform",
                "Job Profile – Data Engineer"
            ]
        );
        // A header after the same footer on every page but the first, and
        // a header of four lines: still chrome.
        let tall = "Acme Ltd\nJob Profile – Data Engineer\nRef DE-2291 for all roles\nConfidential\nYou will own Kafka ingestion.\nAcme Ltd\nJob Profile – Data Engineer\nRef DE-2291 for all roles\nConfidential\nYou have run Postgres at scale.\n";
        assert_eq!(skipped(tall).len(), 4, "{:?}", skipped(tall));
        let footed = "You will own Kafka ingestion.\nAcme Ltd\nConfidential\nAcme Ltd Data Platform\nJob Profile – Data Engineer\nYou have run Postgres at scale.\nAcme Ltd\nConfidential\nAcme Ltd Data Platform\nJob Profile – Data Engineer\nYou know Terraform well.\nAcme Ltd\nConfidential\n";
        assert_eq!(skipped(footed).len(), 4, "{:?}", skipped(footed));
        let job = crate::tailor::Job::parse(&twice);
        let names: Vec<&str> = job.terms.iter().map(|t| t.name.as_str()).collect();
        assert!(
            names.contains(&"Kafka") && names.contains(&"Postgres"),
            "{names:?}"
        );
    }

    #[test]
    fn pay_and_benefits_in_a_sentence_or_a_short_item_are_skipped() {
        assert!(states_benefits(
            "The salary is SEK 85,000 per month, with an ITP1 occupational pension, 30 days of holiday."
        ));
        assert!(states_benefits(
            "Package: ₹1.1–1.4 crore fixed, plus ESOPs and a relocation allowance."
        ));
        assert!(states_benefits("- ESOPs"));
        assert!(states_benefits("- Occupational pension (ITP1)"));
        assert!(states_benefits(
            "We offer €60k–€75k and an annual learning stipend"
        ));
        assert!(!states_benefits(
            "Build salary and pension services on Kafka"
        ));
        assert!(!states_benefits(
            "Experience with payroll, pensions and tax reporting for our clients"
        ));
        assert!(!states_benefits("- Own the on-call rotation"));
        assert!(!states_benefits("* Experience in insurance or banking"));
        assert!(!states_benefits("- Insurance or banking domain"));
        assert!(!states_benefits(
            "3+ years building pension and insurance platforms"
        ));
        assert!(!states_benefits(
            "You will build our pension and insurance products."
        ));
        let text = "Requirements\n- Go and Kafka\n- Occupational pension (ITP1)\nYou run SLOs. We pay CAD $118,000 with a dental plan.\n";
        assert_eq!(
            skipped(text),
            [
                "- Occupational pension (ITP1)",
                "We pay CAD $118,000 with a dental plan."
            ]
        );
    }

    #[test]
    fn a_boards_panels_schedule_and_a_who_is_hiring_line_are_chrome() {
        let text = "Acme | Staff Engineer (Go) | REMOTE (US) | Full-time | $180k | https://acme.example/jobs\n\nProfile insights\nFind out how your skills align\nSkills\nDo you have experience in C#?\nYes   No   Skip\n\nRequirements\n- Go and Kafka\n\nSchedule:\n- Day shift\n- Monday to Friday\n\nJobs near Dublin, OH\n.NET Developer - Westerville, OH\n\nIndustry: Logistics\n\nStatus          Hiring\nLast edited     2 days ago\n\n▸ The problem\n  • Finish the Bazel migration";
        assert_eq!(
            skipped(text),
            [
                "Acme | Staff Engineer (Go) | REMOTE (US) | Full-time | $180k | https://acme.example/jobs",
                "Profile insights\nFind out how your skills align\nSkills\nDo you have experience in C#?\nYes   No   Skip",
                "Schedule:\n- Day shift\n- Monday to Friday",
                "Jobs near Dublin, OH\n.NET Developer - Westerville, OH",
                "Industry: Logistics",
                "Status          Hiring"
            ]
        );
    }

    #[test]
    fn naukris_fields_are_chrome() {
        let text = "Desired Candidate Profile\n- Java and Kafka\n\nRole: Data Engineer\nIndustry Type: Internet (E-Commerce)\nDepartment: Engineering - Software & QA\nEducation\nUG: B.Tech/B.E. in Any Specialization\nPG: Any Postgraduate\n\nKey Skills\nSkills highlighted with '★' are preferred keyskills\n★Kafka   ★Flink   ETL   Python\n\nAbout company\n";
        let skipped = skipped(text);
        for chrome in [
            "Industry Type: Internet (E-Commerce)",
            "Department: Engineering - Software & QA",
            "UG: B.Tech/B.E. in Any Specialization",
        ] {
            assert!(skipped.contains(&chrome), "{chrome:?} in {skipped:?}");
        }
        assert!(!skipped.iter().any(|s| s.contains("Java")), "{skipped:?}");
    }

    #[test]
    fn a_block_of_field_rows_ends_at_the_jobs_own_heading() {
        let text = "Location    Remote\nRequirements\n- Go\n- Kafka\n";
        assert_eq!(skipped(text), ["Location    Remote"]);
    }

    #[test]
    fn a_page_s_footer_and_a_profile_s_headline_are_no_requirements() {
        assert!(is_a_copyright_line("© 2025 Indeed"));
        assert!(is_a_copyright_line("Copyright 2024 Acme Ltd"));
        assert!(!is_a_copyright_line("Copyright law experience is a plus"));
        assert!(is_a_copyright_line(
            "© 2025 CVLL, School of Informatics, Vennford University · Accessibility · Privacy · Built with Hugo, hosted on GitHub Pages"
        ));
        let mut text = String::from("Backend Engineer\n\nRequirements\n");
        for item in [
            "Go",
            "Kafka",
            "Postgres",
            "Terraform",
            "AWS",
            "Docker",
            "Linux",
            "gRPC",
            "Redis",
        ] {
            text.push_str(&format!("- {item}\n"));
        }
        text.push_str("\n© 2025 Indeed\nAccessibility at Indeed\nPrivacy Center\n");
        let found = skipped(&text);
        assert!(found.iter().any(|s| s.contains("Accessibility at Indeed")));
        assert!(!found.iter().any(|s| s.contains("Redis")));
        // A PDF page's footer with the job's parts after it opens none.
        let mut text = String::from("Data Engineer\n\nAbout us\n");
        for _ in 0..10 {
            text.push_str("We build things.\n");
        }
        text.push_str("© 2024 Acme Group plc. Confidential. Page 1 of 2\n\nKey Requirements\n- Python\n- Spark\n");
        assert!(!skipped(&text).iter().any(|s| s.contains("Spark")));
        // A copyright line in a page's header opens no footer.
        assert!(!skipped("© 2025 Acme\nRequirements\n- Go\n")
            .iter()
            .any(|s| s.contains("Go")));
        assert!(gives_a_connection_degree("Priya Lowe (She/Her) · 2nd"));
        assert!(gives_a_connection_degree("Sam Hart · 3rd+"));
        assert!(!gives_a_connection_degree("Kafka · Flink"));
        let text = "Priya Lowe (She/Her) · 2nd\nTalent Partner at Acme | Hiring engineers who like hard problems\n\nRequirements\n- Go\n";
        let found = skipped(text);
        assert!(found.iter().any(|s| s.contains("Hiring engineers")));
        assert!(!found.iter().any(|s| s.contains("- Go")));
    }

    #[test]
    fn credits_required_fields_and_numbered_sections_are_read_as_such() {
        for row in [
            "about us · help · terms · privacy · advertise · blog · API",
            "Help | Privacy | Terms | Status",
        ] {
            assert!(is_a_row_of_links(row), "{row}");
        }
        for row in [
            "Go · Kafka · Terraform · PostgreSQL",
            "Remote · Full time · Help desk · Privacy engineering",
            "Accessibility · Performance · Privacy · Security",
            "Accessibility | Privacy | Internationalization | Testing",
            "Help · Terms",
        ] {
            assert!(!is_a_row_of_links(row), "{row}");
        }
        assert!(credits_a_tool("Made with Notion"));
        assert!(credits_a_tool("Get Notion free"));
        assert!(credits_a_tool("Powered by iCIMS"));
        assert!(credits_a_tool(
            "← Current Status    Powered by Atlassian Statuspage"
        ));
        assert!(!credits_a_tool("Linux, Bash      Built with Terraform"));
        assert!(!credits_a_tool("Python    Powered by Kubernetes"));
        assert!(!credits_a_tool(
            "Built with Rust and Kafka, our pipeline moves 2 TB a day."
        ));
        assert!(is_a_required_field("First Name *"));
        assert!(is_a_required_field(
            "I agree to Acme processing my data for recruitment (RODO). *"
        ));
        assert!(!is_a_required_field("**Requirements**"));
        assert!(!is_a_required_field("- Go and Rust *"));
        assert!(!is_a_required_field("Kafka, Flink*"));
        assert!(!is_a_required_field(
            "*Experience with Terraform is a must*"
        ));
        let text = "Requirements\n- Go\n\n6. PRE-EMPLOYMENT CHECKS\n\nA basic Disclosure and Barring Service (DBS) check.\n\n7. KEY SKILLS\n- Kafka\n";
        assert_eq!(
            skipped(text),
            ["6. PRE-EMPLOYMENT CHECKS\n\nA basic Disclosure and Barring Service (DBS) check."]
        );
        assert!(!is_a_numbered_section("3. Kafka"));
        assert!(!is_a_numbered_section("1. AWS CDK"));
        assert!(is_a_numbered_section("2. KEY RESPONSIBILITIES"));
        // A field's word heads nothing more than itself.
        assert!(names_no_requirements("Industry"));
        assert!(!names_no_requirements("Industry experience"));
    }

    #[test]
    fn fields_menus_and_lever_headers_are_skipped() {
        let text = "Acme | Careers\nHome > Open roles > Engineering > SRE\n\nSite Reliability Engineer\nDENVER, CO / ENGINEERING – RELIABILITY / FULL-TIME\n\nProducts   Solutions   Careers   Request a demo\n\nRequirements\n- Go and Kafka\n\nType: Permanent, full-time\nYour contact: Corinne Bächli, Talent Acquisition\n\nJob grade\nSenior Executive Officer (SEO)\n\nVacancy reference: DS-04127";
        assert_eq!(
            skipped(text),
            [
                "Acme | Careers",
                "Home > Open roles > Engineering > SRE",
                "Site Reliability Engineer",
                "DENVER, CO / ENGINEERING – RELIABILITY / FULL-TIME",
                "Products   Solutions   Careers   Request a demo",
                "Type: Permanent, full-time",
                "Your contact: Corinne Bächli, Talent Acquisition",
                "Job grade\nSenior Executive Officer (SEO)",
                "Vacancy reference: DS-04127"
            ]
        );
        assert!(!is_a_menu("Requirements:  Go, Rust"));
        assert!(!is_a_menu("Alert when p99 > 200 ms"));
        assert!(!is_a_menu("Go      Rust      Kafka      Terraform"));
        assert!(!is_a_menu("Go   Rust   Kafka"));
        // The location, wherever the header puts it.
        for place in [
            "London, UK",
            "Austin, TX  ·  Hybrid",
            "Melbourne, VIC (Hybrid) | Permanent",
        ] {
            assert!(opens_with_a_place(place), "{place}");
        }
        for not in [
            "Go, AWS",
            "Kafka, SQS and Redis",
            "Acme, Inc.",
            "London, the UK",
            "We run Go, AWS",
            "Platform Engineering, SRE",
        ] {
            assert!(!opens_with_a_place(not), "{not}");
        }
        for place in [
            "Utrecht or remote in NL",
            "Cardiff (Bute Street) or remote within the UK",
            "Lyon (Croix-Rousse), hybrid, 2 days a week in the office",
            "// Cardiff (Bute Street) or remote within the UK",
            "Nottingham or remote (UK) · £45k–£55k · full time",
        ] {
            assert!(offers_a_place_or_remote(place), "{place}");
        }
        for not in [
            "Kubernetes or remote-first tooling",
            "Go, Kafka or remote-first tooling",
            "Kubernetes, Terraform, Go, Tailscale, remote-first",
            "Experience with Buildkite, BuildBuddy or remote caching for Bazel",
            "GIS: ArcGIS, QGIS, Landsat or remote sensing imagery",
            "Industrial: Modbus, OPC UA, SCADA, remote monitoring of PLCs",
            "SCADA or remote monitoring",
            "Join our team in Berlin, Munich or remote within Germany with Go and PostgreSQL.",
            "- Berlin or remote",
            "Work from home, hybrid",
        ] {
            assert!(!offers_a_place_or_remote(not), "{not}");
        }
        // A job board's three buttons.
        assert!(is_a_menu("Save job   Not interested   Report job"));
        assert!(is_a_menu(
            "create new paste  /  syntax languages  /  archive  /  faq  /  tools  /  night mode  /  api  /  scraping api  /  news  /  pro"
        ));
        assert!(is_a_menu(
            "GitLab   Menu   Search GitLab   Issues 14   Merge requests 3   To-Do 7"
        ));
        assert!(is_a_menu(
            "BEAM Commons   Latest   Top   ☰   Sign Up   Log In"
        ));
        assert!(is_a_menu(
            "Apply online    Download job description (PDF)    Back to vacancies"
        ));
        assert!(!is_a_menu("Kubernetes CronJobs    "));
        assert!(!is_a_menu("Spark Jobs   Data Products   Airflow"));
        // A hiring process's steps and a job board's panel.
        assert_eq!(
            skipped("Requirements\n- Go\n\nSelection process:\nDocument screening → Casual interview → Offer\n\nHiring Insights\nJob activity\n"),
            [
                "Selection process:\nDocument screening → Casual interview → Offer",
                "Hiring Insights\nJob activity"
            ]
        );
        assert!(opens_about_us(
            "Halyard Maritime Systems writes the software terminals use."
        ));
    }

    #[test]
    fn teams_by_other_names_are_skipped() {
        assert_eq!(
            skipped("Join the Reliability Engineering community of practice and run SLOs."),
            ["Reliability Engineering community"]
        );
        assert_eq!(
            skipped("You sit in the Payments Platform pod."),
            ["Payments Platform pod"]
        );
        assert!(skipped("Active in the Rust community.").is_empty());
    }

    fn nice(text: &str) -> Vec<&str> {
        parts(nice_to_have, text)
    }

    #[test]
    fn a_public_board_s_fields_ask_for_nothing() {
        let text = "Arbeitszeit: Vollzeit, Teilzeit möglich\nFachliche Fragen: Herr Jannik Oltmanns, Tel. 0431 000 4471\nEducación mínima: Universidad / Profesional\nTyön tyyppi: Vakituinen, Kokoaikatyö\nIhr Profil\n- PostgreSQL\n";
        let skipped = skipped(text);
        for part in ["Vollzeit", "Jannik", "Universidad", "Vakituinen"] {
            assert!(
                skipped.iter().any(|s| s.contains(part)),
                "{part}: {skipped:?}"
            );
        }
        assert!(
            !skipped.iter().any(|s| s.contains("PostgreSQL")),
            "{skipped:?}"
        );
    }

    #[test]
    fn a_part_of_what_the_job_does_not_ask_is_skipped() {
        let text = "Czego oczekujemy\n- Rust\n\nNie wymagamy\n- znajomości Scali ani Akka\n\nWhat we don't require\n- a degree in Haskell\n\nCo oferujemy\n- MultiSport\n";
        let skipped = skipped(text);
        for part in ["Scali ani Akka", "Haskell"] {
            assert!(
                skipped.iter().any(|s| s.contains(part)),
                "{part}: {skipped:?}"
            );
        }
        assert!(!skipped.iter().any(|s| s.contains("Rust")), "{skipped:?}");
    }

    #[test]
    fn a_person_specification_s_numbered_criteria_are_its_items() {
        let spec = "Person specification\nEssential\nE1 Degree in computer science\nE2 Experience with Kubernetes\n \nDesirable\nD1 Experience with JAX or ONNX\nD3 Familiarity with data versioning tools such as DVC\n \nHow to apply\nOnline.\n";
        let nice = nice(spec);
        assert!(
            nice.iter().any(|p| p.contains("JAX") && p.contains("DVC")),
            "{nice:?}"
        );
        assert!(!nice.iter().any(|p| p.contains("Kubernetes")), "{nice:?}");
        let skipped = skipped(spec);
        assert!(
            skipped.contains(&"D3") && skipped.contains(&"E1"),
            "{skipped:?}"
        );
        assert_eq!(
            criterion_text("D2: Experience with Triton"),
            Some("Experience with Triton")
        );
        assert_eq!(
            criterion_text("D10. Experience with DVC"),
            Some("Experience with DVC")
        );
        assert_eq!(
            criterion_text("E1   Significant hands-on experience operating PostgreSQL"),
            Some("Significant hands-on experience operating PostgreSQL")
        );
        for not in [
            "S3 and DynamoDB",
            "P99 latency",
            "E2E tests",
            "Design docs",
            "D3",
            "D3 and Highcharts for dashboards",
            "D3  React  TypeScript",
            "D2 and D3 are the two levels",
            "E5 instances",
        ] {
            assert_eq!(criterion_text(not), None, "{not}");
        }
    }

    #[test]
    fn a_channel_s_header_asks_for_nothing() {
        let post = "DevOps & SRE Jobs | Europe + Relocation 🚀\n18,412 subscribers\n\nAcme — DevOps Engineer\nRequirements\n- Kafka\n";
        let skipped = skipped(post);
        assert!(
            skipped.contains(&"DevOps & SRE Jobs | Europe + Relocation 🚀"),
            "{skipped:?}"
        );
        assert!(skipped.contains(&"18,412 subscribers"), "{skipped:?}");
        assert!(!skipped.iter().any(|s| s.contains("Kafka")), "{skipped:?}");
        assert!(counts_a_following("3.4K members"));
        let ad = "Requirements\n- Go\n\nSponsored\nLearn Kubernetes in 30 days — Kursivo Academy. Start free trial →\n\nJoin\n";
        let ads: Vec<&str> = sponsored_lines(ad).iter().map(|s| s.of(ad)).collect();
        assert_eq!(
            ads,
            [
                "Sponsored\n",
                "Learn Kubernetes in 30 days — Kursivo Academy. Start free trial →\n"
            ]
        );
        let form = "Visa\nSponsored\nPython and Django experience required.\n";
        assert!(sponsored_lines(form).is_empty());
        // The mark and its advertisement on one line.
        let inline = "- Go\nPromoted · Learn Java in 30 days 🔥 Start your free trial at Codebrook Academy\nPromoted to staff in 2023 for the Kafka work\n";
        let ads: Vec<&str> = sponsored_lines(inline)
            .iter()
            .map(|s| s.of(inline))
            .collect();
        assert_eq!(
            ads,
            ["Promoted · Learn Java in 30 days 🔥 Start your free trial at Codebrook Academy\n"]
        );
        assert_eq!(marked_sponsored("Sponsored: Kursivo"), Some("Kursivo"));
        assert_eq!(marked_sponsored("Sponsored visas: yes"), None);
        // A count under a line of prose leaves the prose.
        let prose = "Our open-source project runs on Kafka and Rust.\n12,000 members\n";
        assert_eq!(channel_headers(prose).len(), 1);
        for bad in [
            "18 subscribers to our Kafka topics",
            "subscribers",
            "Kafka subscribers",
        ] {
            assert!(!counts_a_following(bad), "{bad}");
        }
    }

    #[test]
    fn a_room_s_and_a_thread_s_questions_are_not_the_job_s() {
        let room = "Gretchen Alder (she/her)     10:14\nHiring: DevOps Engineer. We need Ansible, Terraform and Debian.\nApply by mail.\n\nKostya     10:31\nDo you need Nix?\n\nGretchen Alder (she/her)     10:36\nNo Nix here.\n\nines.r     10:48\nIs Puppet still around?\n";
        let others: Vec<&str> = others_in_a_room(room).iter().map(|s| s.of(room)).collect();
        assert_eq!(
            others,
            [
                "Kostya     10:31\nDo you need Nix?\n",
                "ines.r     10:48\nIs Puppet still around?\n"
            ]
        );
        let thread = "ollie_lattimer   Ollie Vance   May 12\nWe are hiring for Rust, Tokio and QUIC work on our storage core.\n\nkestrel_dev   May 12\nAny C++?\n\nollie_lattimer   May 12\nNone.\n";
        let others: Vec<&str> = others_in_a_room(thread)
            .iter()
            .map(|s| s.of(thread))
            .collect();
        assert_eq!(others, ["kestrel_dev   May 12\nAny C++?\n"]);
        // A board's dated fields and a day's timetable are no room.
        let board = "Backend Engineer\nPosted          May 12\n\nRequirements\n- Go\n- Kafka\n\nApply by          Jun 30\nAbout us\nWe build logistics software for freight companies across Europe.\nStart date          Aug 1\n";
        assert!(others_in_a_room(board).is_empty());
        let day = "Standup          09:30\nPairing on Go services?\nLunch          12:00\nFood.\nDeep work          13:00\nGo and Kafka.\n";
        assert!(others_in_a_room(day).is_empty());
        assert_eq!(room_sender("Kostya          10:31"), Some("Kostya"));
        assert_eq!(
            room_sender("ollie_lattimer   Ollie Vance   May 12"),
            Some("ollie_lattimer")
        );
        for not in [
            "Go    Rust    Kafka",
            "Requirements:   May 12",
            "- Kafka   May 12",
            "Go, Rust   10:30",
        ] {
            assert_eq!(room_sender(not), None, "{not}");
        }
        // One sender's rows (a day's timetable) are no room.
        assert!(
            others_in_a_room("Intro   10:00\nx\nIntro   11:00\ny\nIntro   12:00\nz\n").is_empty()
        );
    }

    #[test]
    fn a_copied_chat_s_replies_are_not_the_job_s() {
        let chat = "Grads 💻\n\n~ Ada Obi\n↪ Forwarded\n*ENGINEER*\n- TypeScript\n10:42\n\n~ Efe\nDo they need Python?\n10:51\n\n~ Ada Obi\nNo, it's all TS\n10:53\n\n~ Kunle\nApplied ✅\n11:05\n\nYou\nThanks 🙌🏾\n11:06 ✓✓\n";
        let others: Vec<&str> = others_in_a_copied_chat(chat)
            .iter()
            .map(|s| s.of(chat))
            .collect();
        assert_eq!(
            others,
            [
                "~ Efe\nDo they need Python?\n10:51\n",
                "~ Kunle\nApplied ✅\n11:05\n",
                "You\nThanks 🙌🏾\n11:06 ✓✓\n"
            ]
        );
        // Two messages, or a tie, name no poster's.
        assert!(others_in_a_copied_chat("~ A\nGo\n10:42\n~ B\nRust?\n10:43\n").is_empty());
        assert!(
            others_in_a_copied_chat("~ A\nGo\n10:42\n~ B\nRx\n10:43\n~ C\nok\n10:44\n").is_empty()
        );
        // The poster wrote the post, not the most messages.
        let asked = "~ Ada Obi\nHiring\n- Go and PostgreSQL\n- Kafka\n10:42\n~ Efe\nIs it remote?\n10:51\n~ Efe\nAlso, salary?\n10:52\n~ Kunle\nApplied\n11:05\n";
        let others = others_in_a_copied_chat(asked);
        assert_eq!(others.len(), 3);
        assert!(!others.iter().any(|s| s.of(asked).contains("Kafka")));
        assert!(chat_sender_line("~5 years").is_none());
        assert!(chat_sender_line("~ Requirements: Go").is_none());
        assert!(
            is_a_chat_clock("9:05 PM") && !is_a_chat_clock("10:4") && !is_a_chat_clock("Go: 1:1")
        );
    }

    #[test]
    fn a_heading_behind_an_icon_heads_its_part() {
        let post = "Requirements\n• Strong Linux\n\n⭐️ Nice to have\n• Russian\n• Go\n\n🎁 We offer\n• Latest MacBook Pro\n";
        assert_eq!(nice(post), ["⭐️ Nice to have\n• Russian\n• Go"]);
        assert!(skipped(post)
            .iter()
            .any(|p| p.contains("Latest MacBook Pro")));
        assert_eq!(without_icon("🎮 About the team"), "About the team");
        assert_eq!(without_icon("🛠 Stack"), "Stack");
        assert_eq!(without_icon("🙋🏽 Nice to have"), "Nice to have");
        assert_eq!(
            without_icon("✗ Do you have a spec?"),
            "✗ Do you have a spec?"
        );
        assert_eq!(without_icon("☐ Flux"), "☐ Flux");
        assert_eq!(
            without_icon("👩\u{200d}💻 About the team"),
            "About the team"
        );
        for kept in [
            "• Go",
            "→ Kafka",
            "★★★★★ 4.9",
            "C++",
            "⭐",
            "✅ Requirements",
        ] {
            assert_eq!(without_icon(kept), kept);
        }
    }

    #[test]
    fn a_hashtag_or_a_channel_asks_for_nothing() {
        let text = "reposts appreciated #hiring #platformengineering (#DevOps) in #hiring-sre-.\nC# and F#, #1 pick\n# Requirements\n";
        let tags: Vec<&str> = hashtags(text).iter().map(|s| s.of(text)).collect();
        assert_eq!(
            tags,
            ["#hiring", "#platformengineering", "#DevOps", "#hiring-sre"]
        );
        let items = "- Experience with #Kubernetes (we love it)\n- Skills (#Kafka, #Redis)\n";
        assert!(hashtags(items).is_empty());
        let job = super::super::job::Job::parse(
            "Requirements\n- Go and Kubernetes\n\nPlease share! #hiring #kubernetes #golang\n",
        );
        let names: Vec<&str> = job.terms.iter().map(|t| t.name.as_str()).collect();
        assert_eq!(names, ["Go", "Kubernetes"]);
        let spans: Vec<&str> = job.terms[1]
            .spans
            .iter()
            .map(|s| {
                &"Requirements\n- Go and Kubernetes\n\nPlease share! #hiring #kubernetes #golang\n"
                    [s.start..s.end]
            })
            .collect();
        assert_eq!(spans, ["Kubernetes"]);
    }

    #[test]
    fn a_heading_s_zero_between_letters_is_an_o() {
        assert_eq!(heading_words("N0T NEEDED:"), "not needed");
        assert_eq!(heading_words("Y0U'LL NEED"), "you'll need");
        // The same rule past ASCII (a line read char by char, not byte by
        // byte).
        assert_eq!(heading_words("N0T NÉEDED:"), "not néeded");
        assert_eq!(heading_words("Web 2.0"), "web 2.0");
        assert_eq!(heading_words("H100 GPUs"), "h100 gpus");
        let flyer = "Y0U'LL NEED\n• PostgreSQL\n\nN0T NEEDED: Oracle (we left it in 2022)\n";
        assert!(skipped(flyer).iter().any(|s| s.contains("Oracle")));
    }

    #[test]
    fn a_cue_in_brackets_or_a_chinese_clause_disowns_no_more() {
        let read = |posting: &str| -> Vec<String> {
            super::super::job::Job::parse(posting)
                .terms
                .iter()
                .map(|t| t.name.clone())
                .collect()
        };
        assert_eq!(
            read("Requirements\n- 熟悉 Go 與 Kafka（此職缺不需要 Java）\n"),
            ["Go", "Kafka"]
        );
        assert_eq!(
            read("Requirements\n- Go and Kafka (you won't need Java)\n"),
            ["Go", "Kafka"]
        );
        assert_eq!(
            read("條件要求\n舊的 PHP 系統不需要接手，但需要熟悉 Kafka 與 Redis。\n"),
            ["Kafka", "Redis"]
        );
        // "но" turns to what is needed (Kafka; ClickHouse with the job
        // lexicon).
        let russian = read("Требования\n• Старый Greenplum выводим из эксплуатации, но нужен опыт с ClickHouse и Kafka.\n");
        assert!(
            russian.contains(&"Kafka".to_string()) && !russian.contains(&"Greenplum".to_string()),
            "{russian:?}"
        );
        let text = "Go (you won't need Java) and Rust";
        let cue = text.find("won't").unwrap();
        let inner = bracket_around(text, Span::new(0, text.len()), Span::new(cue, cue + 5));
        assert_eq!(inner.map(|s| s.of(text)), Some("you won't need Java"));
        assert_eq!(
            bracket_around(
                "You won't need Java (or Kotlin)",
                Span::new(0, 31),
                Span::new(4, 9)
            ),
            None
        );
        // An item's label naming the job ends a benefits part, not one of
        // what is not needed.
        assert_eq!(
            read("Benefits\n- 30 days of holiday\n- Core requirements: Go, Kubernetes and Terraform\n"),
            ["Go", "Kubernetes", "Terraform"]
        );
    }

    #[test]
    fn a_chinese_sentence_ends_at_its_own_marks() {
        // "不需要接手" skips its sentence to the full-width semicolon; the
        // next sentence (Kafka) stays, and so does one after "。".
        let text = "說明：舊的 PHP 後台預計下線，新進同仁不需要接手；服務之間以 Kafka 溝通。另外用 Redis。";
        let lower = text.to_ascii_lowercase();
        let (cued, skipped) = cued_sentences(text, &lower);
        assert!(cued.is_empty());
        assert_eq!(skipped.len(), 1);
        let words = skipped[0].of(text);
        assert!(words.contains("PHP") && words.ends_with('；'), "{words}");
        assert!(!words.contains("Kafka"));
        let kafka = text.find("Kafka").unwrap();
        let around = sentence_around(text, Span::new(kafka, kafka + 5)).of(text);
        assert!(
            around.ends_with('。') && !around.contains("Redis"),
            "{around}"
        );
        assert!(is_han('需') && is_han('團') && !is_han('a') && !is_han('я') && !is_han('ー'));
    }

    #[test]
    #[cfg(feature = "lens")]
    fn every_nice_cue_makes_its_reach_nice() {
        // Each entry of jd_nice_cues.txt, where it reaches: the words before
        // it, after it, or its whole sentence.
        for line in crate::lexicon::entries(super::super::data::job_list("jd_nice_cues")) {
            let (reach, cue) = line.split_once(':').unwrap();
            let cue = cue.trim();
            let said = match reach {
                "after" => format!("You know Go.\n{cue} Rust.\n"),
                _ => format!("You know Go.\nRust {cue}.\n"),
            };
            let found = nice(&said);
            assert!(
                found.iter().any(|p| p.contains("Rust")) && !found.iter().any(|p| p.contains("Go")),
                "{line}: {found:?}"
            );
        }
    }

    #[test]
    #[cfg(feature = "lens")]
    fn a_sentence_that_names_nothing_heads_its_nice_paragraph() {
        let text = "You know Go.\n\nSome things would be welcome but are not required. If you know RailML, good. German helps.\n\nYou write Kotlin.\n";
        assert_eq!(
            nice(text),
            ["Some things would be welcome but are not required. If you know RailML, good. German helps."]
        );
        // A line of blanks (markup blanked) above it is a blank line.
        let blanked = "You know Go.\n   \n  None of the following is required. Rust helps.\n\nYou write Kotlin.\n";
        assert_eq!(
            nice(blanked),
            ["None of the following is required. Rust helps."]
        );
        // Not where it says the rest is required.
        let but =
            "You know Go. Python is a plus, but these are required: Kafka and Rust. You write C.\n";
        assert!(
            nice(but).iter().all(|p| !p.contains("Kafka")),
            "{:?}",
            nice(but)
        );
        // A cue before a colon: the list after it too.
        let spoken = "You know Go. Then there's nice to have, nobody expects them: Docker and AWS. You write Rust.\n";
        assert_eq!(
            nice(spoken),
            ["Then there's nice to have, nobody expects them: Docker and AWS."]
        );
        // A cue sentence that names a term is that term's alone.
        let named = "You know Go.\n\nKafka is a plus. You will need Rust.\n";
        assert_eq!(nice(named), ["Kafka is a plus"]);
        // A long paragraph of wide letters is cut on a character's edge.
        let wide = format!("Go.\n\nThis would help. {}\n", "é".repeat(1100));
        assert_eq!(nice(&wide).len(), 1);
        // Inside a paragraph, a cue sentence heads nothing.
        let inside = "You know Go. Some things would be welcome. You will need Rust.\n";
        assert!(
            nice(inside).iter().all(|p| !p.contains("Rust")),
            "{:?}",
            nice(inside)
        );
    }

    #[test]
    fn a_chat_log_s_other_senders_ask_for_nothing() {
        let log = "09:02 * @kw joined the room\n09:04 <Kerstin> hiring a backend dev\n09:06 <Kerstin> must have: Go and Git\n09:07 <Kerstin> nice if: Redis\n09:10 <Jannik> do you use Kubernetes?\n09:11 <Kerstin> no, two VMs\n";
        let skipped = skipped(log);
        assert!(
            skipped.iter().any(|s| s.contains("Kubernetes")),
            "{skipped:?}"
        );
        assert!(skipped.iter().any(|s| s.contains("joined")), "{skipped:?}");
        assert!(
            !skipped.iter().any(|s| s.contains("Go and Git")),
            "{skipped:?}"
        );
        assert_eq!(chat_log_sender("[09:06] <kw> Go"), Some("kw"));
        assert_eq!(chat_log_sender("09:30  Keynote"), None);
        assert_eq!(chat_log_sender("<p>Go</p>"), None);
        // A few stamped lines are no log.
        assert!(others_in_a_chat_log("09:04 <A> Go\n09:05 <B> Rust?\n").is_empty());
        // A tie names no poster; a schedule's starred rows are no events.
        let tie = "09:01 <kw> need Go\n09:02 <kw> and Kafka\n09:03 <bob> cool\n09:04 <bob> remote?\n09:05 * @kw joined\n";
        assert_eq!(others_in_a_chat_log(tie).len(), 1);
        assert_eq!(
            chat_log_sender("09:30 * Coding: Go and Kafka pairing"),
            None
        );
    }

    #[test]
    fn a_note_s_fields_and_links_ask_for_nothing() {
        let note = "---\ntitle: Staff Engineer\ntags: [hiring, kafka]\nowner: \"[[Priya]]\"\n---\n# Staff Engineer\nApproved by [[Hiring Committee 2025-10-06]].\n## You bring\n- Kafka and [[Gradle]]\n";
        let skipped = skipped(note);
        assert!(
            skipped.iter().any(|s| s.contains("tags: [hiring, kafka]")),
            "{skipped:?}"
        );
        assert!(
            skipped.contains(&"[[Hiring Committee 2025-10-06]]"),
            "{skipped:?}"
        );
        assert!(
            !skipped.iter().any(|s| s.contains("[[Gradle]]")),
            "{skipped:?}"
        );
        assert!(
            !skipped.iter().any(|s| s.contains("- Kafka")),
            "{skipped:?}"
        );
        // A rule under a heading, or a block of prose, is no front matter.
        assert_eq!(front_matter("---\nWe build ledgers.\n---\n"), None);
        // A Hugo page's TOML front matter, its tables too.
        let hugo = "+++\ntitle = \"Backend Engineer (Go)\"\ntags = [\"hiring\", \"go\"]\n\n[params]\n  team = \"Fleet & Billing\"\n+++\n\n## What you'll do\n";
        assert_eq!(
            front_matter(hugo),
            Some(Span::new(0, hugo.find("\n\n##").unwrap() + 1))
        );
        assert_eq!(front_matter("+++\nRequirements = Go\n+++\n"), None);
        assert_eq!(
            front_matter("+++\ntitle = \"SRE\"\nslug = \"sre\"\n---\n"),
            None
        );
        assert_eq!(front_matter("Staff Engineer\n---\n"), None);
        assert_eq!(
            front_matter("---\nRequirements:\n- Go\n- Kafka\n---\n"),
            None
        );
    }

    #[test]
    fn a_caption_a_review_and_a_download_button_ask_for_nothing() {
        for caption in [
            "Figure 1: Minimum night flow per district (log scale)",
            "Fig. 2. Latency by region",
            "Table 3 — Meters by district",
        ] {
            assert!(is_a_caption(caption), "{caption}");
        }
        for line in [
            "Figures: we like them",
            "Table stakes: Go and Kafka",
            "Figure out our on-call rota",
            "Table 2. Kafka and Flink are a must.",
        ] {
            assert!(!is_a_caption(line), "{line}");
        }
        assert!(is_a_review(
            "★ 5 — \"Wish the Redis people made one.\" — ada_db"
        ));
        assert!(is_a_review("★★★★☆ 4 · “Clear and short”"));
        assert!(!is_a_review("★ 5+ years of Go"));
        assert!(!is_a_review("★ 5 years with Kafka"));
        assert!(!is_a_review("★ 5 — Go (expert)"));
        assert!(is_a_site_control("Download CSV"));
        assert!(!is_a_site_control("Download Terraform"));
        assert!(!is_a_site_control("Download speeds matter to our users"));
        let report =
            "Requirements\n- Go\n\nFigure 1: Flow per district (log scale)\nDownload CSV\n\n\
            Reviews\n★ 5 — \"Wish the MySQL people made one.\" — ada_db\n";
        let job = crate::tailor::Job::parse(report);
        assert!(
            job.terms
                .iter()
                .all(|t| !matches!(t.name.as_str(), "scalability" | "CSV" | "MySQL")),
            "{:?}",
            job.terms
        );
    }

    #[test]
    fn a_part_s_word_heads_a_compound_but_not_a_product() {
        let names = |text: &str| -> Vec<String> {
            crate::tailor::Job::parse(text)
                .terms
                .iter()
                .map(|t| t.name.clone())
                .collect()
        };
        let compound =
            "Benefits\n- Free lunch\n- Gym budget\nOur Techstack\n- Go, Kafka, PostgreSQL\n";
        assert!(
            names(compound).iter().any(|n| n == "Kafka"),
            "{:?}",
            names(compound)
        );
        let tasks =
            "Was wir bieten\n- Obstkorb\nDeine Hauptaufgaben\n- Go-Services auf Kafka betreiben\n";
        assert!(
            names(tasks).iter().any(|n| n == "Kafka"),
            "{:?}",
            names(tasks)
        );
        assert!(!labels_a_part("Paystack"));
    }

    #[test]
    fn a_tag_before_a_label_is_set_aside() {
        assert_eq!(
            without_a_tag("[sticky · Pau] Not this job: writing code"),
            "Not this job: writing code"
        );
        for kept in [
            "[10:32] Requirements:",
            "[14/03/25, 9:16:01 PM] Rohan · CSE: Does it need Python?",
            "[HIRING] Junior SRE (1-3 yrs), Leeds hybrid",
            "[ Apply now ]   [ Save ]",
            "[Kafka](https://kafka.apache.org)",
            "[x] Go",
            "[ ] Rust",
            "[Kafka, Flink and Spark Streaming and more]",
        ] {
            assert_eq!(without_a_tag(kept), kept);
        }
        let board = "What we need\n[sticky · Ana] Go and PostgreSQL\n\
            [sticky · Pau] Not this job: the support tooling in Zendesk.\n";
        let job = crate::tailor::Job::parse(board);
        let names: Vec<&str> = job.terms.iter().map(|t| t.name.as_str()).collect();
        assert!(
            names.contains(&"Go") && !names.contains(&"Zendesk"),
            "{names:?}"
        );
    }

    #[test]
    fn a_board_s_other_jobs_ask_for_nothing() {
        assert!(is_a_listing_row(
            "Senior Django Engineer — Leeds — £70,000 per annum — Agency: Penfold Talent"
        ));
        assert!(is_a_listing_row(
            "Python Developer – Salford – Hargrove Digital"
        ));
        assert!(!is_a_listing_row("Backend Engineer — Payments"));
        assert!(!is_a_listing_row(
            "- Staff Engineer — owns Kafka — and Flink"
        ));
        assert!(!is_a_listing_row("Kafka — Flink — Spark"));
        assert!(is_a_listing_row(
            "ಜಾವಾ ಡೆವಲಪರ್ — ಕಾವೇರಿ ಸಾಫ್ಟ್‌ವೇರ್ — ಮೈಸೂರು — ₹6 – 9 ಲಕ್ಷ"
        ));
        assert!(!is_a_listing_row("Go — Kafka — Flink — 3 years"));
        assert!(!is_a_listing_row(
            "Machine learning — computer vision — model deployment — 4+ years"
        ));
        assert!(is_a_listing_row(
            "Барномасози Java — «Помир Софт» — Душанбе — 8 000 – 11 000 сомонӣ"
        ));
        assert!(!is_a_listing_row(
            "Senior Platform Engineer — Kubernetes — Terraform"
        ));
        // A middle dot sets the cells apart too.
        assert!(is_a_listing_row(
            "Senior Azure Engineer · Lowthwaite Water · Booth S03"
        ));
        assert!(is_a_listing_row(
            ".NET Developer · Stockport · £50,000 - £60,000"
        ));
        assert!(!is_a_listing_row("Backend Engineer · Go · Kafka"));
        // A forum's suggested topics, one a "Hiring:" thread.
        let forum = "Requirements\n- Go\n\nSuggested Topics\nHiring: Embedded Rust engineer (Berlin)        Jobs   4   May 2\nRust + WASM frontend role at Tidepool     Jobs   11  Apr 28\n";
        assert!(
            skipped(forum).iter().any(|s| s.contains("Embedded Rust")),
            "{:?}",
            skipped(forum)
        );
        // A "Hiring:" title after a list of other jobs is the job's own.
        let titled = "Other open roles\nFrontend Engineer\n\nHiring: Senior Go Engineer\nYou'll build services in Go on Kafka and PostgreSQL.\n";
        assert!(
            !skipped(titled).iter().any(|s| s.contains("Kafka")),
            "{:?}",
            skipped(titled)
        );
        assert!(is_a_menu(
            "reed.co.uk   Jobs   Courses   Career advice   Sign in   Register CV"
        ));
    }

    #[test]
    fn a_newsletter_s_other_jobs_ask_for_nothing() {
        for other in [
            "• Senior Frontend Engineer (Vue) — Tamsbeck Health, Leipzig, €80–95k",
            "• Staff Data Engineer (Scala) — Pinwheel Freight, remote EU",
            "Site Reliability Engineer — Hexmoor, remote worldwide",
        ] {
            assert!(is_another_job(other), "{other}");
        }
        for not in [
            "- Backend Engineer — Payments",
            "- Senior Engineer — owns Kafka, Flink and Spark",
            "- Staff Engineer — leads design reviews, writes RFCs.",
            "- Go, Rust — Kafka, Flink",
            "• Experience influencing engineers across many teams without being their manager — stakeholder management, in other words",
        ] {
            assert!(!is_another_job(not), "{not}");
        }
    }

    #[test]
    fn a_founders_past_is_not_the_job() {
        for bio in [
            "Priya Ramaswell, CEO — previously ran edge infrastructure at a CDN",
            "Oskar Lindqvale, CTO: spent seven years on storage",
            "Mia Berg, co-founder — built Kafka tooling",
        ] {
            assert!(is_a_founders_bio(bio), "{bio}");
        }
        for not in [
            "Report to the CTO — you own Kafka",
            "Kafka, CDC — pipelines",
            "- Ana Ruiz, CTO — ran Kafka",
            "Go, Rust, CTO — x",
        ] {
            assert!(!is_a_founders_bio(not), "{not}");
        }
    }

    #[test]
    fn a_part_named_after_a_dash_heads_its_part() {
        let text =
            "Person specification — Essential\n- Go\n\nPerson specification — Desirable\n- Rust\n";
        assert_eq!(nice(text), ["Person specification — Desirable\n- Rust"]);
    }

    #[test]
    fn nice_to_have_parts_lines_and_sentences() {
        let text =
            "Requirements\n- Go\n- Kafka\n\nNice to have\n- Rust\n- Flink\n\nBenefits\n- PTO\n";
        assert_eq!(nice(text), ["Nice to have\n- Rust\n- Flink"]);
        assert_eq!(
            nice("You know Go.\nBonus: Rust, Zig\n"),
            ["Bonus: Rust, Zig"]
        );
        assert_eq!(
            nice("You know Go and Node.js. Flink is a plus. You mentor."),
            ["Flink is a plus"]
        );
        assert!(nice("Requirements\n- Go and Kafka\n").is_empty());
        // A heading glossed in parentheses heads its part.
        assert_eq!(
            nice(
                "Requirements\n- Go\n\nMeriter (it's a plus if you have)\n- Swedish\n- PagerDuty\n"
            ),
            ["Meriter (it's a plus if you have)\n- Swedish\n- PagerDuty"]
        );
        // MoSCoW headings: should and could are wanted, not required.
        assert_eq!(
            nice("MUST HAVE\n* Ruby\nSHOULD HAVE\n* Redis\nCOULD HAVE\n* Elixir\n"),
            ["SHOULD HAVE\n* Redis", "COULD HAVE\n* Elixir"]
        );
        // Each cue's reach: before it, after it to the clause's end, or a parenthesis.
        assert_eq!(
            nice("- Java (Java 17 preferred) with Spring Data JPA."),
            ["(Java 17 preferred"]
        );
        assert_eq!(
            nice("You have Linux, ideally in HPC, research or labs, and you know Bash."),
            ["ideally in HPC, research or labs"]
        );
        assert_eq!(
            nice("We use Go. It would be a plus if you ran GPFS. You know Bash."),
            ["would be a plus if you ran GPFS."]
        );
        // A parenthesis of the cue alone reaches what it follows; "e.g."
        // ends no sentence; a marker before a label and an unbulleted item
        // under a heading change nothing.
        assert_eq!(
            nice("- Terraform (nice to have)\n"),
            ["- Terraform (nice to have"]
        );
        assert_eq!(
            nice("IaC (e.g. Terraform) is a plus."),
            ["IaC (e.g. Terraform) is a plus"]
        );
        assert_eq!(
            nice("- Nice to have: Rust\n- Go\n"),
            ["- Nice to have: Rust"]
        );
        assert_eq!(
            nice("Nice to have\nRust\nFlink\n\nBenefits\nPTO\n"),
            ["Nice to have\nRust\nFlink"]
        );
        assert_eq!(nice("Bonus: Rust\nKafka\n"), ["Bonus: Rust"]);
        // A man page's OPTIONS are what would be nice ("Nice to have, none
        // required."), its options are the part's items, not headings; a
        // posting's own "Options" is no man page's.
        assert_eq!(
            nice("REQUIREMENTS\n  Go.\n\nOPTIONS\n  The following are welcome but not required:\n\n  --nix  Nix.\n\n  --sigstore\n    Sigstore.\n\nENVIRONMENT\n  Remote.\n"),
            ["OPTIONS\n  The following are welcome but not required:\n\n  --nix  Nix.\n\n  --sigstore\n    Sigstore."]
        );
        assert_eq!(
            nice("REQUIREMENTS\n  Go.\n\nOPTIONS\n  Nice to have, none required.\n\n  --ceph Ceph storage.\n\nSALARY\n  £50,000.\n"),
            ["OPTIONS\n  Nice to have, none required.\n\n  --ceph Ceph storage."]
        );
        assert!(nice("Requirements\n- Go\n\nOptions\n- Experience with Kafka\n").is_empty());
        // Its BUGS and SYNOPSIS name no requirement; a QA job's "Bugs" does.
        assert!(names_no_requirements("BUGS") && names_no_requirements("SYNOPSIS"));
        assert!(!names_no_requirements("Bugs") && !names_no_requirements("Synopsis"));
        assert!(nice("You will need:\n- Go\n").is_empty());
        assert_eq!(
            nice("Requirements\n- Go\nThese would be a plus:\n- Rust\n\nYou will run Kafka and Terraform.\n"),
            ["These would be a plus:\n- Rust"]
        );
        // A nice-to-have heading after a cue sentence's part runs to the
        // next heading, past its paragraphs.
        assert_eq!(
            nice("These would be a plus:\n- Rust\n\nNice to have\n- Flink\n\nAnd Beam, too.\n\nBenefits\n- PTO\n"),
            ["These would be a plus:\n- Rust", "Nice to have\n- Flink\n\nAnd Beam, too."]
        );
        // Other languages' headings, a wiki's and a JSON section's.
        assert_eq!(
            nice("Wymagania\n- Kotlin\n\nMile widziane:\n- Java\n"),
            ["Mile widziane:\n- Java"]
        );
        assert_eq!(
            nice("Yêu cầu\n- Java\n\nƯu tiên ứng viên có:\n- Appium\n"),
            ["Ưu tiên ứng viên có:\n- Appium"]
        );
        assert_eq!(
            nice("== Requirements ==\n* Go\n=== Nice to have ===\n* Nix.\n== How we hire ==\n"),
            ["=== Nice to have ===\n* Nix."]
        );
        assert_eq!(
            nice("متطلبات | Requirements\n- Go\nميزة إضافية | Nice to have\n- Swift\n"),
            ["ميزة إضافية | Nice to have\n- Swift"]
        );
        let json = "{\n  \"heading\": \"Requirements\",\n  \"items\": [\"Go\"]\n},\n{\n  \"heading\": \"Nice to have\",\n  \"items\": [\n    \"Envoy\"\n  ]\n},\n{\n  \"heading\": \"Benefits\",\n";
        assert_eq!(
            nice(json),
            ["\"heading\": \"Nice to have\",\n  \"items\": [\n    \"Envoy\"\n  ]\n},\n{"]
        );
    }

    #[test]
    fn wiki_and_json_headings_read_as_their_words() {
        assert_eq!(wiki_heading("=== Nice to have ==="), Some("Nice to have"));
        assert_eq!(wiki_heading("==> logs <=="), None);
        assert_eq!(wiki_heading("== =="), None);
        assert_eq!(wiki_heading("=== Nice to have"), Some("Nice to have"));
        assert_eq!(wiki_heading("== a == b"), None);
        assert_eq!(wiki_heading("= Title"), None);
        assert_eq!(rst_directive(".. tip:: Also welcome"), Some("Also welcome"));
        assert_eq!(
            without_help_tag("4. Optional features      *acme-optional*"),
            "4. Optional features"
        );
        assert_eq!(without_help_tag("Go *and* Rust"), "Go *and* Rust");
        assert_eq!(without_help_tag("      *acme-staff*"), "      *acme-staff*");
        assert_eq!(rst_directive(".. warning::"), Some("warning"));
        assert_eq!(rst_directive(".. _careers:"), None);
        assert_eq!(rst_directive(".. 2 cores:: x"), None);
        assert_eq!(rst_directive(".. code-block:: python"), None);
        assert_eq!(undecorated(".. tip:: Also welcome\n"), "Also welcome");
        assert_eq!(
            undecorated("1.3 SIFA ZA ZIADA (zitazingatiwa)"),
            "SIFA ZA ZIADA (zitazingatiwa)"
        );
        assert_eq!(undecorated("2.1 Requirements"), "Requirements");
        assert_eq!(
            undecorated("Checklist — Must have  (0/5)"),
            "Must have  (0/5)"
        );
        assert_eq!(undecorated("Section – Nice to have"), "Nice to have");
        for kept in [
            "Preferred — Qualifications",
            "Bonus — Skills",
            "Benefits — Requirements",
            "Checklist — launch tasks",
            "Backend Engineer — Requirements",
            "Checklist",
            "3.5 years of Go",
            "1. Requirements",
            "v1.2 Benefits",
            "2.1 Benefits realisation experience",
            "1.1 Similar experience with Kafka or Pulsar",
            "1.2 About 3 years of Rust",
        ] {
            assert_eq!(undecorated(kept), kept);
        }
        assert_eq!(
            json_heading("  \"heading\": \"Nice to have\","),
            Some("Nice to have")
        );
        assert_eq!(json_heading("\"title\": \"Benefits\""), Some("Benefits"));
        assert_eq!(
            json_heading("\"description\": \"Nice to have Kafka\","),
            None
        );
        assert_eq!(
            json_heading("\"heading\": \"Go\", \"items\": [\"x\"]"),
            None
        );
        assert_eq!(json_heading("    \"similar\": ["), Some("similar"));
        assert_eq!(json_heading("\"items\": [\"Go\"]"), None);
        // An item's title or label is no heading unless it names a part.
        assert_eq!(json_heading("  \"label\": \"Kafka\","), None);
        assert_eq!(json_heading("\"title\": \"Learning budget\","), None);
        // Bilingual halves need a half in another script.
        assert!(halves("ميزة إضافية | Nice to have").any(|h| h == "Nice to have"));
        assert_eq!(halves("DevOps Engineer | Contract").count(), 1);
        assert!(is_an_option("--sigstore"));
        assert!(!is_an_option("---"));
        assert!(!is_an_option("-- "));
    }

    #[test]
    fn lowercase_team_names_are_skipped() {
        let text = "Run A/B tests with our experimentation team. Join the data platform team.";
        assert_eq!(
            parts(idioms_and_teams, text),
            ["experimentation team", "data platform team"]
        );
        // A team's name is on its line: a list item's name above is not it.
        let text = "Requirements\n- Go\n\nPlatform team runs Kafka.";
        assert_eq!(parts(idioms_and_teams, text), ["Platform team"]);
    }

    #[test]
    fn a_label_after_a_sentence_s_end_goes_on_with_its_part() {
        let text = "Requirements\n- Go\n\nPackage & Remuneration\nA provident fund. 13th cheque\n\
                    in December. Hybrid: Tuesdays at our office,\n12 Main Lane. Study assistance \
                    for cloud certifications.\n";
        let found = skipped(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].starts_with("Package & Remuneration"), "{found:?}");
        assert!(found[0].ends_with("cloud certifications."), "{found:?}");
        // An abbreviated part's name still ends it.
        let text = "Compensation\n$150k base plus equity.\nMin. Qualifications: Go, Kafka\n";
        assert_eq!(skipped(text), ["Compensation\n$150k base plus equity."]);
    }

    #[test]
    fn a_kind_of_team_is_no_team_name() {
        // Teams that work a way, with no owner: the way is the skill.
        let text = "- Experience running Scrum or Kanban teams.";
        assert!(parts(idioms_and_teams, text).is_empty());
        let text = "- Work in an Agile team using Scrum.";
        assert!(parts(idioms_and_teams, text).is_empty());
        // One team by its name, though "a" comes before it.
        let text = "- Join a Data Engineering team of six.";
        assert_eq!(parts(idioms_and_teams, text), ["Data Engineering team"]);
        // Teams by name: an owner, a possessive, an ampersand, or one team.
        let text = "Partner with the Platform teams and Acme's Payments squads. \
                    Join Storage & Consensus teams or the Security team. \
                    Work with the Scheduling, Visits and Billing teams.";
        assert_eq!(
            parts(idioms_and_teams, text),
            [
                "Platform teams",
                "Acme's Payments squads",
                "Join Storage & Consensus teams",
                "Security team",
                "Billing teams"
            ]
        );
    }

    #[test]
    fn idioms_and_team_names_are_skipped_but_requirements_are_not() {
        let text = "You will join the Storage & Consensus team and lead the charge on Raft. Experience with consensus and security.";
        assert_eq!(
            skipped(text),
            ["Storage & Consensus team", "lead the charge"]
        );
        // A hiring process's test is no testing asked for.
        let text = "Two interviews and no coding test. Unit testing with pytest.";
        assert_eq!(skipped(text), ["coding test"]);
        // A federal condition of hire is no service asked for.
        let text = "- Males born after 12/31/1959 must be registered with Selective Service.";
        assert_eq!(skipped(text), ["Selective Service"]);
        assert!(names_no_requirements("Perks"));
        assert!(names_no_requirements("What we offer:"));
        assert!(names_no_requirements("What's in it for you"));
        assert!(names_no_requirements("What’s in it for you?"));
        assert!(!names_no_requirements("About the role"));
        assert!(!names_no_requirements("Requirements"));
    }
}
