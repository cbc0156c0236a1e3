//! A posting kept in a Jupyter notebook (an .ipynb file as saved): its
//! markdown cells are the ad; its code, their outputs and the notebook's
//! metadata are not ("import duckdb", "dbt models in production: 418",
//! "Python 3 (ipykernel)"). A reader sees the markdown cells' lines: each
//! source string's quotes and comma blank, its escapes decoded in place
//! ("\u2014", "\""), everything else blank, each line keeping its length.

use super::mail::{blank_lines, decode_words, Decoded};

/// The notebook's markdown as a reader sees it, or `None` where `text` is
/// no notebook saved as nbformat 4 writes it (one source line a line).
///
/// Good: "{\n \"cells\": [ {\"cell_type\": \"markdown\", \"source\": [\n
/// \"## Requirements\\n\",\n \"- Kafka\"\n ] } ] }". Bad (none): a JSON-LD
/// posting, a resume's JSON.
pub fn as_lines(text: &str) -> Option<String> {
    if !cfg!(feature = "lens") || !is_a_notebook(text) {
        return None;
    }
    let mut out = text.as_bytes().to_vec();
    let mut read_any = false;
    let mut markdown = false;
    let mut in_source = false;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let start = at;
        at += line.len();
        let bare = line.trim_end_matches(['\r', '\n']);
        let trimmed = bare.trim();
        if let Some(kind) = trimmed.strip_prefix("\"cell_type\":") {
            markdown = kind.trim().trim_end_matches(',').trim_matches('"') == "markdown";
        }
        let string = in_source && markdown && trimmed.starts_with('"');
        if string {
            read_any = true;
            let open = start + (bare.len() - bare.trim_start().len());
            read_source_line(
                &text[open..start + bare.len()],
                &mut out[open..start + bare.len()],
            );
            blank_lines(&mut out[start..open]);
        } else {
            blank_lines(&mut out[start..start + bare.len()]);
        }
        if trimmed.starts_with("\"source\": [") || trimmed.starts_with("\"source\":[") {
            in_source = !trimmed.ends_with(']') && !trimmed.ends_with("],");
        } else if in_source && trimmed.starts_with(']') {
            in_source = false;
        }
    }
    // A notebook saved another way (on one line, a cell's source as one
    // string) is read as written rather than lost.
    read_any.then(|| String::from_utf8(out).ok()).flatten()
}

/// An nbformat 4 notebook: a JSON object whose cells have a `cell_type`.
fn is_a_notebook(text: &str) -> bool {
    text.trim_start().starts_with('{')
        && text.contains("\"cells\":")
        && text.contains("\"cell_type\":")
        && text.contains("\"nbformat\"")
}

/// One source string (`"- Kafka on EKS\n",`) read as its line: the quotes,
/// the closing "\n" and the comma blank, escapes decoded where they are.
fn read_source_line(line: &str, out: &mut [u8]) {
    // The string ends at its last quote; after it, a comma or nothing.
    let close = line.rfind('"').filter(|&c| c > 0).unwrap_or(line.len());
    blank_lines(&mut out[..1]);
    blank_lines(&mut out[close..]);
    let inner = &line[1..close];
    let b = inner.as_bytes();
    let hex = |k: usize| {
        inner
            .get(k..k + 4)
            .and_then(|h| u32::from_str_radix(h, 16).ok())
            .and_then(char::from_u32)
    };
    decode_words(inner, &mut out[1..close], |r| {
        if b[r] != b'\\' {
            return Decoded::Plain;
        }
        match b.get(r + 1) {
            // The line's own break, written as an escape at the string's end.
            Some(b'n') if r + 2 == b.len() => Decoded::Byte(2, None),
            Some(b'n') => Decoded::Break(2),
            Some(b't') => Decoded::Byte(2, Some(b' ')),
            Some(&c @ (b'"' | b'\\' | b'/')) => Decoded::Byte(2, Some(c)),
            // "\u2014": one character of up to three bytes in six.
            Some(b'u') => match hex(r + 2) {
                Some(c) if c.is_ascii() => Decoded::Byte(6, Some(c as u8)),
                Some(c) => Decoded::Char(6, c),
                None => Decoded::Plain,
            },
            _ => Decoded::Plain,
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOTEBOOK: &str = r###"{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": [
    "## What we're looking for\n",
    "\n",
    "- Strong \"Python\" and SQL \u2014 dbt too\n",
    "- Kafka"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "outputs": [ { "text": [ "dbt models in production: 418\n" ] } ],
   "source": [
    "import duckdb\n",
    "print(1)"
   ]
  }
 ],
 "metadata": { "kernelspec": { "display_name": "Python 3 (ipykernel)" } },
 "nbformat": 4,
 "nbformat_minor": 5
}
"###;

    #[test]
    #[cfg(feature = "lens")]
    fn a_notebook_reads_as_its_markdown_cells() {
        let read = as_lines(NOTEBOOK).expect("a notebook");
        assert_eq!(read.len(), NOTEBOOK.len());
        let lines: Vec<String> = read
            .lines()
            .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|l| !l.is_empty())
            .collect();
        assert_eq!(
            lines,
            [
                "## What we're looking for",
                "- Strong \"Python\" and SQL — dbt too",
                "- Kafka"
            ]
        );
        // A line keeps its place.
        assert_eq!(read.find("- Kafka"), NOTEBOOK.find("- Kafka"));
    }

    #[test]
    #[cfg(feature = "lens")]
    fn a_notebook_saved_on_one_line_is_read_as_written() {
        let one_line = NOTEBOOK.replace('\n', " ");
        assert!(is_a_notebook(&one_line));
        assert_eq!(as_lines(&one_line), None);
        // Raw UTF-8 after an escape keeps its place.
        let nb = NOTEBOOK.replace("SQL \\u2014 dbt", "\\\"Kafka\\\"—Go and");
        assert_ne!(nb, NOTEBOOK);
        let read = as_lines(&nb).expect("a notebook");
        assert!(read.contains("\"Kafka\"  —Go"), "{read}");
        for (k, _) in read.char_indices() {
            assert!(nb.is_char_boundary(k), "{k}");
        }
    }

    #[test]
    fn json_that_is_no_notebook_is_left_alone() {
        for text in [
            r#"{"@type":"JobPosting","description":"Requirements\n- Go"}"#,
            r#"{"basics": {"name": "Ana"}, "work": []}"#,
        ] {
            assert!(!is_a_notebook(text), "{text}");
        }
        assert!(is_a_notebook(NOTEBOOK));
    }

    #[test]
    #[cfg(feature = "job-lexicon")]
    fn a_notebook_s_posting_names_no_code() {
        let job = super::super::job::Job::parse(NOTEBOOK);
        let mut names: Vec<&str> = job.terms.iter().map(|t| t.name.as_str()).collect();
        names.sort_unstable();
        assert_eq!(names, ["Kafka", "Python", "SQL", "dbt"]);
    }
}
