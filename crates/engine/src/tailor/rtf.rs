//! A posting pasted as raw RTF (a WordPad or Outlook file opened as
//! text): its control words, braces and the header's tables are blank,
//! each bullet's group is a "- " so its item reads as one, a paragraph
//! mark ends its line, and a line's text starts where its controls end. Every byte keeps its place: a letter outside ASCII
//! stays where it is written, so spans and UTF-16 offsets hold.

use super::markup::blank_ascii as blank;

/// Groups whose text is no part of the document: the header's tables, its
/// metadata, a picture's data.
const DESTINATIONS: [&str; 13] = [
    "fonttbl",
    "colortbl",
    "stylesheet",
    "info",
    "generator",
    "pict",
    "listtable",
    "listoverridetable",
    "rsidtbl",
    "themedata",
    "latentstyles",
    "datastore",
    "xmlnstbl",
];

/// The document's text as a reader sees it, or `None` where `text` is no
/// RTF ("{\rtf1" first).
///
/// Good: "{\rtf1\ansi {\fonttbl…}\b Requirements\b0\par\n{\pntext\f1\'B7\tab}Kafka\par\n}"
/// reads "Requirements" and "- Kafka" on their lines. Bad (none): "{\"rtf\":
/// 1}" (JSON).
pub fn as_lines(text: &str) -> Option<String> {
    if !cfg!(feature = "lens") || !text.trim_start().starts_with("{\\rtf") {
        return None;
    }
    let bytes = text.as_bytes();
    let mut out = bytes.to_vec();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'{' => {
                let word = control_word(bytes, i + 1);
                let skipped = bytes.get(i + 1..i + 3) == Some(b"\\*")
                    || word.is_some_and(|(w, _)| DESTINATIONS.contains(&w));
                if skipped || word.is_some_and(|(w, _)| w == "pntext") {
                    let end = group_end(bytes, i);
                    blank(&mut out[i..end]);
                    // A bullet's group: its item reads as one.
                    if !skipped && end - i >= 2 && bytes[end - 2].is_ascii() {
                        out[end - 2] = b'-';
                    }
                    i = end;
                } else {
                    out[i] = b' ';
                    i += 1;
                }
            }
            b'}' => {
                out[i] = b' ';
                i += 1;
            }
            b'\\' => {
                let end = match control_word(bytes, i) {
                    Some((word, end)) => {
                        // A paragraph mark ends its line where the file's
                        // own line goes on.
                        let breaks = matches!(word, "par" | "line")
                            && !matches!(bytes.get(end), Some(b'\n' | b'\r') | None);
                        blank(&mut out[i..end]);
                        if breaks {
                            out[end - 1] = b'\n';
                        }
                        end
                    }
                    // "\'b7": a character by its code; "\{", "\~": one symbol.
                    None if bytes.get(i + 1) == Some(&b'\'') => (i + 4).min(bytes.len()),
                    None => (i + 2).min(bytes.len()),
                };
                blank(&mut out[i..end]);
                i = end;
            }
            _ => i += 1,
        }
    }
    // A bullet on a line of controls only (a list's first, on its "\pard"
    // line): its item is the next line's words, no "-" alone.
    let mut start = 0;
    let read = String::from_utf8(out).ok()?;
    let mut out = read.clone().into_bytes();
    for line in read.split_inclusive('\n') {
        let t = line.trim();
        if t == "-" {
            blank(&mut out[start..start + line.len()]);
            start += line.len();
            continue;
        }
        // A line's text after its blanked controls starts a line of its
        // own, as the document shows it: not indented, so no heading reads
        // as the item above it wrapped.
        let lead = line.len() - line.trim_start_matches(' ').len();
        let controls = bytes[start..start + lead].iter().any(|b| *b != b' ');
        if controls && !t.is_empty() {
            out[start + lead - 1] = b'\n';
        }
        start += line.len();
    }
    String::from_utf8(out).ok()
}

/// The control word at `at` ("\par", "\fs32 ", "\fi-360"): its letters and
/// where it ends, after its number and the one space that may close it.
fn control_word(bytes: &[u8], at: usize) -> Option<(&str, usize)> {
    let rest = bytes.get(at..)?.strip_prefix(b"\\")?;
    let letters = rest.iter().take_while(|b| b.is_ascii_alphabetic()).count();
    if letters == 0 {
        return None;
    }
    let mut end = at + 1 + letters;
    if bytes.get(end) == Some(&b'-') {
        end += 1;
    }
    end += bytes[end..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    if bytes.get(end) == Some(&b' ') {
        end += 1;
    }
    let word = std::str::from_utf8(&rest[..letters]).ok()?;
    Some((word, end))
}

/// Where the group opening at `open` closes, after its "}" (its nested
/// groups and escaped braces inside it); the text's end if it never does.
fn group_end(bytes: &[u8], open: usize) -> usize {
    let mut depth = 0usize;
    let mut i = open;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 1,
            b'{' => depth += 1,
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    bytes.len()
}

#[cfg(all(test, feature = "lens"))]
mod tests {
    use super::*;

    fn lines(text: &str) -> Vec<String> {
        as_lines(text)
            .unwrap()
            .lines()
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|l| !l.is_empty())
            .collect()
    }

    #[test]
    fn an_rtf_file_reads_as_its_text() {
        let rtf = "{\\rtf1\\ansi{\\fonttbl{\\f0\\fswiss Calibri;}}\n{\\*\\generator Riched20}{\\info{\\title EM}{\\company Acme}}\n\\pard\\b What you need\\b0\\par\n\\pard{\\pntext\\f1\\'B7\\tab}{\\*\\pn\\pnlvlblt{\\pntxtb\\'B7}}\\fi-360\\li720\nKafka and Go.\\par\n{\\pntext\\f1\\'B7\\tab}Caf\u{e9} \\'a3 88,000\\rquote s pay\\par\n}";
        let read = as_lines(rtf).unwrap();
        assert_eq!(read.len(), rtf.len());
        assert_eq!(
            lines(rtf),
            ["What you need", "Kafka and Go.", "- Caf\u{e9} 88,000 s pay"]
        );
    }

    #[test]
    fn a_paragraph_mark_ends_its_line() {
        assert_eq!(lines("{\\rtf1 Go\\par Rust\\par}"), ["Go", "Rust"]);
        assert_eq!(as_lines("{\"rtf\": 1}"), None);
        // A group that never closes blanks to the end, no panic.
        assert_eq!(lines("{\\rtf1 Go\\par{\\fonttbl{\\f0 Calibri;}"), ["Go"]);
    }
}
