//! A posting pasted with its markup: an ATS's HTML, a feed's escaped HTML
//! ("&lt;li&gt;"), a page's JSON-LD with `\u003cli\u003e` and `\n` inside
//! one long string; or out of a PDF, its words broken at line ends. A reader
//! sees paragraphs, list items and whole words; the parser reads lines. Each
//! tag becomes blanks of its own length, a block's tag ending a line and an
//! item's tag a list marker, so every byte offset still points into the
//! text as pasted (`Job` counts UTF-16 offsets on that text).

use std::borrow::Cow;

/// How a tag's opening bracket is written: as is, as an entity, as a JSON
/// escape. Each with its closing bracket.
const BRACKETS: [(&str, &str); 3] = [("<", ">"), ("&lt;", "&gt;"), ("\\u003c", "\\u003e")];

/// Tags that end a line: a paragraph, a heading, a division, a line break,
/// a list's edges.
const BLOCKS: [&str; 14] = [
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "tr",
    "section",
    "blockquote",
];

/// Tags that only style their words.
const INLINE: [&str; 9] = ["strong", "b", "em", "i", "u", "span", "a", "font", "li"];

/// `text` with its markup as lines, or `text` itself where it has none.
///
/// Good: "<p><strong>Requirements</strong></p><ul><li>Kafka</li></ul>"
/// reads as a heading line and a list item. Bad (kept as written): "p99 <
/// 200 ms", "Vec<u8>", "a -> b".
pub fn as_lines(text: &str) -> Cow<'_, str> {
    // A saved email: its message first, then that message's markup.
    // So is a notebook: its markdown cells.
    // So is an RTF file's text.
    let read = super::mail::as_lines(text)
        .or_else(|| super::notebook::as_lines(text))
        .or_else(|| super::rtf::as_lines(text));
    if let Some(read) = read {
        return Cow::Owned(as_lines(&read).into_owned());
    }
    let read = tags_as_lines(text);
    let read = match bbcode_as_lines(&read) {
        Some(plain) => Cow::Owned(plain),
        None => read,
    };
    let read = match diff_as_lines(&read) {
        Some(applied) => Cow::Owned(applied),
        None => read,
    };
    let read = match unnumbered(&read) {
        Some(plain) => Cow::Owned(plain),
        None => read,
    };
    match joined_at_line_ends(&read) {
        Some(joined) => Cow::Owned(joined),
        None => read,
    }
}

/// A posting pasted from a merge request's diff, as the file reads after
/// it: inside a hunk ("@@ -12,6 +12,9 @@"), an added line's "+" is a blank
/// and a removed line is blanked whole (its text is gone from the posting:
/// "- title: Senior Java Engineer"), as are the "--- a/" and "+++ b/" file
/// lines, the hunk headers, a file's header lines and a `git show`'s
/// commit above them. `None` where the text has no hunk. A removed line with non-ASCII
/// letters is kept as written, so UTF-16 offsets hold.
///
/// Good: "@@ -1,2 +1,2 @@\n-Java\n+Go\n" reads " \n Go". Bad (kept as
/// written): "- Go\n- Kafka" with no hunk above it (a list).
fn diff_as_lines(text: &str) -> Option<String> {
    if !text.lines().any(is_a_hunk_header) {
        return None;
    }
    let mut out = text.as_bytes().to_vec();
    let mut in_hunk = false;
    // A `git show`'s commit, above its first file: the hash, the author,
    // the message and the files' stat are the commit's, not the posting.
    let mut in_commit = false;
    let mut at = 0;
    let mut seen_a_hunk = false;
    for line in text.split_inclusive('\n') {
        let (start, body) = (at, line.trim_end_matches(['\n', '\r']));
        at += line.len();
        // A code host's web view numbers each line of its hunks, with the
        // review's comments between them: a numbered line is the hunk's
        // wherever it falls.
        if let Some(gutter) = numbered_hunk_gutter(body).filter(|_| seen_a_hunk) {
            match body.as_bytes()[gutter] {
                b'-' if body.is_ascii() => blank_ascii(&mut out[start..start + body.len()]),
                _ => blank_ascii(&mut out[start..=start + gutter]),
            }
            continue;
        }
        // It ends at the first file's header or hunk.
        in_commit = (in_commit || is_a_commit_line(body))
            && !body.starts_with("diff --git ")
            && !body.starts_with("--- a/")
            && !is_a_hunk_header(body);
        if in_commit || is_a_file_header(body) {
            blank_ascii(&mut out[start..start + body.len()]);
            in_hunk = false;
            continue;
        }
        if is_a_hunk_header(body) {
            blank_ascii(&mut out[start..start + body.len()]);
            in_hunk = true;
            seen_a_hunk = true;
            continue;
        }
        let file_line = body.starts_with("--- a/") || body.starts_with("+++ b/");
        if file_line || in_hunk && body.starts_with('-') {
            if body.is_ascii() {
                out[start..start + body.len()].fill(b' ');
            }
        } else if in_hunk && body.starts_with('+') {
            out[start] = b' ';
        } else if in_hunk && !(body.is_empty() || body.starts_with([' ', '\\'])) {
            // A line outside the diff's grammar ends the hunk: the
            // review's comments under it.
            in_hunk = false;
        }
    }
    // ASCII blanks over ASCII: still UTF-8.
    String::from_utf8(out).ok()
}

/// BBCode's tags, as a forum's editor keeps them ("[b]Bonus[/b]",
/// "[url=…]", "[size=150]").
const BBCODE: [&str; 13] = [
    "b", "i", "u", "s", "size", "color", "url", "quote", "list", "code", "img", "center", "font",
];

/// A forum post pasted with its BBCode: each tag blanked, an item's "[*]"
/// a list marker on a line of its own. `None` where the text closes none
/// of the tags (a closing tag is what shows BBCode).
///
/// Good: "[b]Bonus[/b]\n[list][*]Go[*]Rust[/list]" reads "Bonus", "- Go",
/// "- Rust". Bad (kept as written): "array[i]", "[Go] and [Rust]".
fn bbcode_as_lines(text: &str) -> Option<String> {
    let closes = BBCODE
        .iter()
        .any(|tag| text.contains(&["[/", tag, "]"].concat()));
    if !closes {
        return None;
    }
    let mut out = text.as_bytes().to_vec();
    let mut at = 0;
    // Whether the line holds only blanks before `scan` (tags blanked
    // count): one pass over the text, not one per item.
    let (mut scan, mut blank) = (0, true);
    while let Some(open) = text[at..].find('[') {
        let start = at + open;
        at = start + 1;
        for &b in &out[scan..start] {
            if b == b'\n' {
                blank = true;
            } else if !b.is_ascii_whitespace() {
                blank = false;
            }
        }
        scan = start;
        // A tag is short and on one line.
        let Some(len) = text[start..]
            .bytes()
            .take(MOST_TAG)
            .take_while(|&b| b != b'\n')
            .position(|b| b == b']')
        else {
            continue;
        };
        let inner = &text[start + 1..start + len];
        if inner == "*" {
            // "[*]" as "- " on its line: a line break before it where the
            // item follows text on its line.
            out[start..start + 3].copy_from_slice(if blank { b"-  " } else { b"\n- " });
            (at, scan, blank) = (start + 3, start + 3, false);
            continue;
        }
        let closing = inner.starts_with('/');
        let name = inner.strip_prefix('/').unwrap_or(inner);
        let name = name.split(['=', ' ']).next().unwrap_or(name);
        // An index glued to a word ("array[i]") opens no tag.
        let glued = text[..start]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric);
        if (closing || !glued) && BBCODE.iter().any(|tag| name.eq_ignore_ascii_case(tag)) {
            blank_whole(
                &text[start..start + len + 1],
                &mut out[start..start + len + 1],
            );
            at = start + len + 1;
        }
    }
    // ASCII written over ASCII tags: still UTF-8.
    String::from_utf8(out).ok()
}

/// The fewest numbered lines in a row that make a paste's line numbers.
const NUMBERED_RUN: usize = 8;

/// A paste site's raw view with its line numbers ("1. ", "2. ", …, a
/// blank line numbered too) read without them: each number is blanked, so
/// "34. MUST HAVE" heads its part. `None` where no run of lines is so
/// numbered.
///
/// Good: "1. Title\n2.  \n3. - Go\n…" (numbered in a row, a blank one among
/// them), a CI log's gutter ("  9  Title\n 10\n 11  - Go"), a code review's
/// file view ("41\t## Not the job\n42\t\n43\t- Gerrit"). Bad (kept): a
/// numbered list ("1. Design …", "2. Build …"), whose items are each
/// written, with no line left blank.
fn unnumbered(text: &str) -> Option<String> {
    // (start, number's end, number, blank after it) of each line.
    let mut lines: Vec<(usize, usize, u32, bool)> = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        // A CI log's gutter right-aligns its numbers ("  9  text", " 12").
        let indent = body.len() - body.trim_start_matches(' ').len();
        let body = &body[indent..];
        let digits = body.bytes().take_while(u8::is_ascii_digit).count();
        let number = body[..digits].parse::<u32>().ok();
        let dotted = body[digits..].starts_with('.');
        // Undotted, a number is a gutter's only with blanks after it; a
        // code review's file view sets its numbers off by a tab ("43\t- Go").
        let gutter = indent > 0 && (body.len() == digits || body[digits..].starts_with("  "))
            || digits > 0 && body[digits..].starts_with('\t');
        match number.filter(|_| (dotted || gutter) && (1..=5).contains(&digits)) {
            Some(n) => {
                let end = digits + usize::from(dotted);
                let rest = &body[end..];
                lines.push((at + indent, at + indent + end, n, rest.trim().is_empty()));
            }
            None => lines.push((at, at, 0, false)),
        }
        at += line.len();
    }
    let mut out = text.as_bytes().to_vec();
    let mut changed = false;
    let mut i = 0;
    while i < lines.len() {
        let mut j = i + 1;
        while j < lines.len() && lines[i].2 > 0 && lines[j].2 == lines[j - 1].2 + 1 {
            j += 1;
        }
        let run = &lines[i..j];
        if run.len() >= NUMBERED_RUN && run.iter().any(|l| l.3) {
            for &(start, end, _, _) in run {
                out[start..end].fill(b' ');
            }
            changed = true;
        }
        i = j;
    }
    // ASCII blanks over ASCII digits: still UTF-8.
    changed.then(|| String::from_utf8(out).ok()).flatten()
}

/// `from` written into `out` (its bytes) as blanks of the same lengths,
/// line breaks kept: every character, not only ASCII, so nothing of a
/// comment or a tag shows ("<!-- 内部メモ -->"), and UTF-8 and UTF-16
/// offsets hold (a 2-byte letter becomes U+00A0, a 3-byte one U+3000, a
/// 4-byte one, two UTF-16 units, two U+00A0).
fn blank_whole(from: &str, out: &mut [u8]) {
    let mut at = 0;
    for c in from.chars() {
        let n = c.len_utf8();
        let blank: &[u8] = match (c, n) {
            ('\n', _) => b"\n",
            (_, 1) => b" ",
            (_, 2) => "\u{a0}".as_bytes(),
            (_, 3) => "\u{3000}".as_bytes(),
            _ => "\u{a0}\u{a0}".as_bytes(),
        };
        out[at..at + n].copy_from_slice(blank);
        at += n;
    }
}

/// ASCII blanked but line breaks, any other letter kept where it is: byte
/// and UTF-16 offsets hold, and the bytes stay UTF-8 (the RTF reader's
/// blank too).
pub(super) fn blank_ascii(line: &mut [u8]) {
    line.iter_mut()
        .filter(|b| b.is_ascii() && **b != b'\n')
        .for_each(|b| *b = b' ');
}

/// "commit 4f1c2ae9…": a `git show`'s or `git log`'s first line.
fn is_a_commit_line(line: &str) -> bool {
    line.strip_prefix("commit ").is_some_and(|rest| {
        let hash = rest.split(' ').next().unwrap_or_default();
        (7..=64).contains(&hash.len()) && hash.bytes().all(|b| b.is_ascii_hexdigit())
    })
}

/// A diff's header lines for a file, above its hunks: "diff --git a/… b/…",
/// "index 9d0e1aa..b3c77f2 100644", "new file mode 100644", "--- /dev/null".
fn is_a_file_header(line: &str) -> bool {
    line.starts_with("diff --git ")
        || line.starts_with("new file mode ")
        || line.starts_with("deleted file mode ")
        || line == "--- /dev/null"
        || line == "+++ /dev/null"
        || line.strip_prefix("index ").is_some_and(|rest| {
            rest.split_once("..")
                .is_some_and(|(a, _)| !a.is_empty() && a.bytes().all(|b| b.is_ascii_hexdigit()))
        })
}

/// Where a web view's hunk line has its "+", "-" or " " after the line
/// number (or the old and new numbers) and a tab: "12\t+- Kafka",
/// "7\t9\t ## Requirements". `None` for any other line.
///
/// Good: "12\t+- Kafka" (3), "7\t9\t text" (4). Bad: "12 engineers",
/// "2024\tGo", "+ Kafka".
fn numbered_hunk_gutter(line: &str) -> Option<usize> {
    let mut at = 0;
    for _ in 0..2 {
        let digits = line[at..].bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 || line.as_bytes().get(at + digits) != Some(&b'\t') {
            break;
        }
        at += digits + 1;
        if matches!(line.as_bytes().get(at), Some(b'+' | b'-' | b' ')) {
            return Some(at);
        }
    }
    None
}

/// "@@ -12,12 +12,12 @@ roles:": a unified diff's hunk header.
fn is_a_hunk_header(line: &str) -> bool {
    line.strip_prefix("@@ -")
        .and_then(|rest| rest.split_once(" +"))
        .is_some_and(|(old, new)| {
            old.starts_with(|c: char| c.is_ascii_digit())
                && new.starts_with(|c: char| c.is_ascii_digit())
                && new.contains(" @@")
        })
}

/// Words a narrow page broke at a line end joined: "observ-\n  ability"
/// reads "observability\n   " (the word where it starts, the line break and
/// the indent after it, so the length holds). `None` where none is broken.
/// Only a lowercase ASCII rest is moved, so UTF-16 offsets hold too.
///
/// Good: "observ-\n  ability", "distri-\nbuted". Bad (kept): "event-\n
/// driven" (a compound's half), "Kafka-\nbased", "2-\n3x".
fn joined_at_line_ends(text: &str) -> Option<String> {
    if !text.contains("-\n") && !text.contains("-\r\n") {
        return None;
    }
    let mut out = text.as_bytes().to_vec();
    let mut changed = false;
    for (hyphen, _) in text.match_indices('-') {
        let after = &text[hyphen + 1..];
        let Some(rest) = after.strip_prefix('\n').or(after.strip_prefix("\r\n")) else {
            continue;
        };
        let indented = rest.trim_start_matches([' ', '\t']);
        let line_start = text[..hyphen].rfind('\n').map_or(0, |p| p + 1);
        let head = &text[line_start..=hyphen];
        if !crate::read::hyphen::joins_without_hyphen(head, indented) {
            continue;
        }
        // The rest of the word, letters to its end: moved only if all of
        // them are ASCII ("recher-\nché" stays as written).
        let letters = indented
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(indented.len());
        let word = indented[..letters]
            .bytes()
            .take_while(u8::is_ascii_lowercase)
            .count();
        if word == 0 || word != letters || COMPOUND_TAILS.contains(&&indented[..word]) {
            continue;
        }
        let gap = text.len() - hyphen - indented.len();
        let from = hyphen + gap;
        out.copy_within(from..from + word, hyphen);
        out[hyphen + word] = b'\n';
        out[hyphen + word + 1..from + word].fill(b' ');
        changed = true;
    }
    // ASCII moved over ASCII: still UTF-8.
    changed.then(|| String::from_utf8(out).unwrap_or_else(|_| text.to_string()))
}

/// Second halves that keep their hyphen whatever the first: "problem-" /
/// "solving", "customer-" / "facing".
const COMPOUND_TAILS: [&str; 12] = [
    "solving", "making", "oriented", "driven", "facing", "paced", "critical", "minded", "based",
    "focused", "level", "scale",
];

/// A comment written as prose over many lines that posts a job: no
/// markup, no code and no licence in it, and the word "hiring" (a job
/// posted in a POM's or a page's source: "<!--\n  We're hiring: …"),
/// read as text. An editor's note, markup or code commented out, a
/// licence header, or requirements an editor took off the page, are no
/// text of the page.
///
/// Good: ten lines of a posting under "We're hiring: Backend Engineer".
/// Bad: " wp:paragraph ", " 内部メモ: Java必須 ", "\n<p>Old perks</p>\n…"
/// (markup), an Apache licence header, old CSS rules (".docker { … }"),
/// "Old requirements, removed 2023-04:\n- 5+ years of Java\n…".
fn is_a_prose_comment(body: &str) -> bool {
    const LINES: usize = 8;
    let lines = || body.lines().map(str::trim).filter(|l| !l.is_empty());
    let code = |l: &str| l.ends_with([';', '{', '}']);
    let lower = body.to_ascii_lowercase();
    !body.contains('<')
        && lines().nth(LINES - 1).is_some()
        && !lines().any(code)
        && lower.contains("hiring")
        && !["license", "copyright", "warranties"]
            .iter()
            .any(|w| lower.contains(w))
}

/// `text` with its tags as lines (see [`as_lines`]).
fn tags_as_lines(text: &str) -> Cow<'_, str> {
    let has_tags = BRACKETS
        .iter()
        .any(|(open, _)| text.contains(&format!("{open}li")) || text.contains(&format!("{open}p")));
    // A JSON-LD posting writes its line breaks as "\n" in one string.
    let json = text.contains("\"@type\"") || text.contains("\"description\":");
    let mut comments = text.contains("<!--");
    if !has_tags && !json && !comments {
        return Cow::Borrowed(text);
    }
    let mut out = text.as_bytes().to_vec();
    let mut at = 0;
    // Where the last list item's tag ended: "<li><p>Kafka" is one item.
    let mut item_end: Option<usize> = None;
    while at < text.len() {
        if let Some((len, kind)) = tag_at(text, at) {
            let in_an_item = item_end.is_some_and(|e| text[e..at].trim().is_empty());
            // Every character of a broken tag blanked as itself ("<li<a Ü>"):
            // UTF-16 offsets hold too.
            blank_whole(&text[at..at + len], &mut out[at..at + len]);
            let ascii = |k: usize| text.as_bytes()[at + k].is_ascii();
            let blank = &mut out[at..at + len];
            // The line break ends the blank, so the next line starts at its
            // edge, not indented as a wrapped line would be.
            match kind {
                Tag::Block if !in_an_item => blank[len - 1] = b'\n',
                Tag::Item => {
                    if ascii(len - 3) && ascii(len - 2) {
                        blank[len - 3] = b'\n';
                        blank[len - 2] = b'-';
                    }
                    item_end = Some(at + len);
                    // "<li>\n  Kafka": the item's text goes on its line.
                    let after = &text.as_bytes()[at + len..];
                    let indent = after.iter().take_while(|b| b.is_ascii_whitespace()).count();
                    for b in &mut out[at + len..at + len + indent] {
                        *b = b' ';
                    }
                }
                Tag::Block | Tag::Inline => {}
            }
            at += len;
        } else if comments && text[at..].starts_with("<!--") {
            // A comment ("<!-- wp:paragraph -->", an editor's note) is
            // no text of the posting; its line breaks stay.
            match text[at + 4..].find("-->") {
                Some(end) if is_a_prose_comment(&text[at + 4..at + 4 + end]) => {
                    // Only its marks go: a job written into a page's or a
                    // POM's source reads as the page's text.
                    out[at..at + 4].fill(b' ');
                    let close = at + 4 + end;
                    out[close..close + 3].fill(b' ');
                    at = close + 3;
                }
                Some(end) => {
                    let end = at + 4 + end + 3;
                    blank_whole(&text[at..end], &mut out[at..end]);
                    at = end;
                }
                // Never closed: no comment, and none after it either
                // (one search, not one per opening).
                None => {
                    comments = false;
                    at += 4;
                }
            }
        } else if json && text[at..].starts_with("\\n") && !text[..at].ends_with('\\') {
            // A JSON string's line break.
            out[at] = b' ';
            out[at + 1] = b'\n';
            at += 2;
        } else if text[at..].starts_with("&nbsp;") || text[at..].starts_with("&amp;") {
            let len = if text.as_bytes()[at + 1] == b'n' {
                6
            } else {
                5
            };
            out[at..at + len].fill(b' ');
            if len == 5 {
                out[at] = b'&';
            }
            at += len;
        } else {
            at += text[at..].chars().next().map_or(1, char::len_utf8);
        }
    }
    // Whole tags blanked, ASCII written over ASCII: still UTF-8.
    Cow::Owned(String::from_utf8(out).unwrap_or_else(|_| text.to_string()))
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Tag {
    Block,
    Item,
    Inline,
}

/// The known tag at `at`, its length and kind: "<li>", "</p>", "<br/>",
/// "&lt;li&gt;", "\u003cp class=\"x\"\u003e".
fn tag_at(text: &str, at: usize) -> Option<(usize, Tag)> {
    let rest = &text[at..];
    let (open, close) = BRACKETS.iter().find(|(open, _)| rest.starts_with(open))?;
    let inner = &rest[open.len()..];
    // "</p>", and JSON's escaped slash: "<\/p>".
    let name_start = if inner.starts_with('/') {
        1
    } else if inner.starts_with("\\/") {
        2
    } else {
        0
    };
    let name_len = inner[name_start..]
        .bytes()
        .take_while(u8::is_ascii_alphanumeric)
        .count();
    let name = inner[name_start..name_start + name_len].to_ascii_lowercase();
    let kind = if name == "li" && name_start == 0 {
        Tag::Item
    } else if BLOCKS.contains(&name.as_str()) {
        Tag::Block
    } else if INLINE.contains(&name.as_str()) {
        Tag::Inline
    } else {
        return None;
    };
    // A tag is short and on one line: "p99 < 200 ms … >" is no tag. The
    // search looks no further than a tag may run.
    let mut reach = inner.len().min(MOST_TAG + close.len());
    while !inner.is_char_boundary(reach) {
        reach -= 1;
    }
    let end = inner[..reach].find(close)?;
    let attributes = inner.get(name_start + name_len..end)?;
    let tag_shaped =
        !attributes.contains('\n') && (attributes.is_empty() || attributes.starts_with([' ', '/']));
    tag_shaped.then_some((open.len() + end + close.len(), kind))
}

/// The most bytes between a tag's brackets.
const MOST_TAG: usize = 120;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_commit_s_header_and_a_file_s_header_are_blanked() {
        let show = "$ git show 4f1c2ae\ncommit 4f1c2ae9b07d3e51c8a2f6e0d41b97a3c55e8d10\nAuthor: Tomasz Hobb\n\n    Approved in #hiring. Closes HIRE-212.\n\n roles.md | 2 ++\n\ndiff --git a/roles.md b/roles.md\nnew file mode 100644\nindex 0000000..e4a2b91\n--- /dev/null\n+++ b/roles.md\n@@ -0,0 +1,2 @@\n+## Requirements\n+- Kafka\n";
        let read = as_lines(show);
        assert_eq!(read.len(), show.len());
        assert_eq!(
            lines(show),
            ["$ git show 4f1c2ae", "## Requirements", "- Kafka"]
        );
    }

    #[test]
    fn a_forum_post_s_bbcode_is_blanked() {
        let post = "[size=150][b]Bonus[/b][/size]\n[list]\n[*]Some Go\n[*][url=https://x.example/a]PCI DSS[/url][*]Varnish\n[/list]\nSee array[i] \u{1F600} [Go]\n";
        let read = as_lines(post);
        assert_eq!(read.len(), post.len());
        assert_eq!(
            lines(post),
            [
                "Bonus",
                "- Some Go",
                "- PCI DSS",
                "- Varnish",
                "See array[i] \u{1F600} [Go]"
            ]
        );
        // A long line of items reads in one pass.
        let long = format!("[/b]{}", "[*]Go".repeat(50_000));
        let read = as_lines(&long);
        assert_eq!(read.len(), long.len());
        assert_eq!(lines(&long).len(), 50_000);
        // A tag's non-ASCII address is blanked whole.
        let url = "[url=https://münchen.example/jobs]Jobs[/url]\n";
        assert_eq!(lines(url), ["Jobs"]);
        // No closing tag: no BBCode.
        let plain = "[b]Go\n[*] Rust\n";
        assert_eq!(as_lines(plain), plain);
    }

    #[test]
    fn an_html_comment_is_blanked() {
        let page = "<!-- wp:heading -->\n<h2>Nice to have</h2>\n<!-- /wp:heading -->\n\n<!-- wp:paragraph -->\n<p>Rust, Québec</p>\n<!-- /wp:paragraph -->\n";
        let read = as_lines(page);
        assert_eq!(read.len(), page.len());
        assert_eq!(lines(page), ["Nice to have", "Rust, Québec"]);
        // Whatever the comment holds is blanked, offsets kept in UTF-16 too.
        let wide = "<p>Go</p><!-- 内部メモ: Java必須 😀 é -->\n";
        let read = as_lines(wide);
        assert_eq!(read.len(), wide.len());
        assert_eq!(read.encode_utf16().count(), wide.encode_utf16().count());
        assert_eq!(lines(wide), ["Go"]);
        // Never closed: kept as written.
        assert_eq!(lines("<p>Go <!-- and Rust</p>"), ["Go <!-- and Rust"]);
        // Markup commented out over many lines stays blanked.
        let old = format!("<p>Go</p>\n<!--\n{}-->\n", "<p>Perl</p>\n".repeat(9));
        assert_eq!(lines(&old), ["Go"]);
    }

    #[test]
    fn a_posting_written_in_a_comment_is_read() {
        let body: String = std::iter::once("  We're hiring: Backend Engineer\n".to_string())
            .chain((1..=8).map(|n| format!("  Line {n} of the job, Kafka ✓\n")))
            .collect();
        let pom = format!("<?xml version=\"1.0\"?>\n<!--\n{body}-->\n<project>\n  <name>rates</name>\n</project>\n");
        let read = as_lines(&pom);
        assert_eq!(read.len(), pom.len());
        let read_lines = lines(&pom);
        assert!(
            read_lines.iter().any(|l| l == "Line 1 of the job, Kafka ✓"),
            "{read_lines:?}"
        );
        assert!(read_lines.iter().any(|l| l == "Line 8 of the job, Kafka ✓"));
        assert!(!read_lines.iter().any(|l| l.contains("--")));
        // Commented out by an editor, a licence, or code: blanked.
        for body in [
            "Old requirements, removed 2023-04:\n- 5+ years of Java\n- Spring Boot\n- Oracle\n- Kubernetes\n- AWS\n- Angular\n- Jenkins\n",
            "Licensed to the Apache Software Foundation (ASF) under one\nor more contributor agreements. We are hiring.\na\nb\nc\nd\ne\nf\n",
            "We are hiring\n.docker {\n  color: red;\n}\n.terraform {\n  color: blue;\n}\nend\n",
        ] {
            assert_eq!(lines(&format!("<p>Go</p>\n<!--\n{body}-->\n")), ["Go"], "{body}");
        }
        // Seven lines: a note, blanked.
        let note: String = (1..=7).map(|n| format!("note {n}\n")).collect();
        assert_eq!(lines(&format!("<p>Go</p>\n<!--\n{note}-->\n")), ["Go"]);
    }

    #[test]
    fn a_broken_tag_keeps_utf16_offsets() {
        for page in [
            "<ul><li<a Ü>Kafka</li></ul>",
            "<p>Go<li é>Rust</li>",
            "<ul><li title=\"日本\">Go</li></ul>",
        ] {
            let read = as_lines(page);
            assert_eq!(read.len(), page.len(), "{page}");
            assert_eq!(
                read.encode_utf16().count(),
                page.encode_utf16().count(),
                "{page}"
            );
        }
        assert_eq!(
            lines("<ul><li>Go</li><li>Rust</li></ul>"),
            ["- Go", "- Rust"]
        );
    }

    #[test]
    fn a_paste_s_line_numbers_are_blanked() {
        let paste = "raw  download\n\n1. LEAD SRE\n2.  \n3. THE JOB\n4. - Run incidents\n5.  \n6. MUST HAVE\n7. - Linux\n8. - Ansible\n9. - Terraform\n10. - BGP\n\nPublic Pastes\n";
        let read = as_lines(paste);
        assert_eq!(read.len(), paste.len());
        assert!(read.contains("\n   MUST HAVE\n"), "{read:?}");
        assert!(read.contains("\n    - BGP\n"), "{read:?}");
        // A numbered list keeps its numbers: no line of it is left blank.
        let list = (1..=10)
            .map(|n| format!("{n}. Build service {n}\n"))
            .collect::<String>();
        assert_eq!(as_lines(&list), list);
        // Nor do a few numbered lines make a paste.
        let short = "1. Go\n2.  \n3. Rust\n";
        assert_eq!(as_lines(short), short);
        // A CI log's gutter: right-aligned numbers, a blank line numbered.
        let log = "  >  Render ads   9s\n  8  render: roles/sre.md\n  9  Platform Engineer\n 10\n 11  Nice to have\n 12  - Backstage\n 13  - Cilium\n 14\n 15  We offer: leave\n  >  Complete job\n";
        let read = as_lines(log);
        assert_eq!(read.len(), log.len());
        assert!(read.contains("\n     Nice to have\n"), "{read:?}");
        assert!(read.contains("\n     - Cilium\n"), "{read:?}");
        // Numbers with one space after them and text are no gutter.
        let counts = (1..=10)
            .map(|n| format!("  {n} services\n"))
            .collect::<String>();
        assert_eq!(as_lines(&counts), counts);
        // A code review's file view: each number set off by a tab.
        let view = "36\t- Sigstore\n37\t\n38\t## Not the job\n39\t\n40\t- Gerrit admin\n41\t- Windows agents\n42\t\n43\t## Perks\n44\t- Lunch\n";
        let read = as_lines(view);
        assert_eq!(read.len(), view.len());
        assert!(read.contains("\n  \t## Not the job\n"), "{read:?}");
        // A table's rows of years and values keep their numbers.
        let years = (2010..=2020)
            .map(|y| format!("{y}\tGo\n"))
            .collect::<String>();
        assert_eq!(as_lines(&years), years);
    }

    fn lines(text: &str) -> Vec<String> {
        as_lines(text)
            .lines()
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|l| !l.is_empty())
            .collect()
    }

    #[test]
    fn a_diff_reads_as_the_file_after_it() {
        let text = "--- a/jobs.md\n+++ b/jobs.md\n@@ -1,3 +1,3 @@ roles:\n ## Requirements\n-- Java\n+- Go and Kafka\n+- Raft\nLooks good to me\n- Rust\n";
        let read = as_lines(text);
        assert_eq!(read.len(), text.len());
        assert_eq!(
            read,
            format!(
                "{0}\n{0}\n{2}\n ## Requirements\n{1}\n - Go and Kafka\n - Raft\nLooks good to me\n- Rust\n",
                " ".repeat(13),
                " ".repeat(7),
                " ".repeat(22)
            )
        );
        // A list with no hunk above it is a list.
        assert_eq!(as_lines("- Go\n- Kafka\n"), "- Go\n- Kafka\n");
        // A web view numbers its lines, with the review's comments between.
        let web = "@@ -0,0 +1,4 @@\n1\t+## Requirements\n@ana ana 2 days ago\nSure?\n2\t+- Go\n3\t-- Java\n4\t4\t ## Benefits\n";
        let read = as_lines(web);
        assert_eq!(read.len(), web.len());
        assert_eq!(
            lines(web),
            [
                "## Requirements",
                "@ana ana 2 days ago",
                "Sure?",
                "- Go",
                "## Benefits"
            ]
        );
        assert_eq!(numbered_hunk_gutter("12\t+- Kafka"), Some(3));
        assert_eq!(numbered_hunk_gutter("7\t9\t text"), Some(4));
        assert_eq!(numbered_hunk_gutter("12 engineers"), None);
        assert_eq!(numbered_hunk_gutter("2024\tGo"), None);
        // No hunk header above: a table's numbers are no diff's.
        assert_eq!(as_lines("1\t+ Kafka\n"), "1\t+ Kafka\n");
        assert!(!is_a_hunk_header("@@ not a hunk @@"));
    }

    #[test]
    fn html_reads_as_headings_and_items() {
        let text = "<p><strong>What you'll bring</strong></p><ul><li>Kafka</li><li>Go or Rust</li></ul><p>Nice to have</p>";
        assert_eq!(
            lines(text),
            [
                "What you'll bring",
                "- Kafka",
                "- Go or Rust",
                "Nice to have"
            ]
        );
        assert_eq!(as_lines(text).len(), text.len());
    }

    #[test]
    fn escaped_html_and_json_read_the_same() {
        let entity = "&lt;p&gt;Requirements&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Kafka &amp; Flink&lt;/li&gt;&lt;/ul&gt;";
        assert_eq!(lines(entity), ["Requirements", "- Kafka & Flink"]);
        let json = r#""description": "\u003cp\u003eRequirements\u003c/p\u003e\u003cul\u003e\u003cli\u003eKafka\u003c/li\u003e\u003c/ul\u003e\nBenefits""#;
        assert_eq!(
            lines(json),
            [
                "\"description\": \"",
                "Requirements",
                "- Kafka",
                "Benefits\""
            ]
        );
    }

    #[test]
    fn a_line_after_a_tag_starts_at_its_edge() {
        // Not indented: a heading after an item is no item's wrapped line.
        let read = as_lines("<p>Requirements<br>• Go<br>Benefits<br>• Gym</p>");
        assert!(read.lines().any(|l| l.trim_end() == "Benefits"), "{read:?}");
        let json =
            r#"{"@type":"JobPosting","description":"Requirements\n- Go\nNice to have\n- Rust"}"#;
        assert!(as_lines(json)
            .lines()
            .any(|l| l.trim_end() == "Nice to have"));
        // A paragraph inside an item is the item's text.
        assert_eq!(
            lines("<ul><li><p>Kafka</p></li><li>\n  <p>Flink</p></li></ul>"),
            ["- Kafka", "- Flink"]
        );
        // JSON's escaped slash closes a tag too.
        assert_eq!(
            lines(r#"\u003cp\u003eRequirements\u003c\/p\u003e\u003cli\u003eGo\u003c\/li\u003e"#),
            ["Requirements", "- Go"]
        );
    }

    #[test]
    fn text_without_markup_is_kept() {
        for text in [
            "p99 < 200 ms and > 99.9% uptime",
            "Vec<u8> parsing",
            "a -> b",
            "printf(\"%d\\n\", x)",
        ] {
            assert!(matches!(as_lines(text), Cow::Borrowed(_)), "{text}");
        }
        // A bracket that opens no known tag is left as written.
        let text = "<p>Latency p99 <200 ms</p>";
        assert_eq!(lines(text), ["Latency p99 <200 ms"]);
    }

    #[test]
    fn a_word_broken_at_a_line_end_is_joined() {
        let text = "• Run the observ-\n  ability stack for 40 distri-\r\n  buted services\n• Event-\n  driven design, Kafka-\nbased, cut 2-\n3x, profil recher-\nché, problem-\nsolving\n";
        let read = as_lines(text);
        assert_eq!(read.len(), text.len());
        assert_eq!(
            lines(text),
            [
                "• Run the observability",
                "stack for 40 distributed",
                "services",
                "• Event-",
                "driven design, Kafka-",
                "based, cut 2-",
                "3x, profil recher-",
                "ché, problem-",
                "solving"
            ]
        );
        // The word starts where the posting's does.
        let at = text.find("observ").unwrap();
        assert_eq!(&read[at..at + 13], "observability");
    }

    #[test]
    fn offsets_and_characters_are_kept() {
        let text = "<p>Café · 東京 🚀</p><ul><li>Kafka</li></ul>";
        let read = as_lines(text);
        assert_eq!(read.len(), text.len());
        let at = text.find("Kafka").unwrap();
        assert_eq!(&read[at..at + 5], "Kafka");
        assert!(read.contains("Café · 東京 🚀"));
    }
}
