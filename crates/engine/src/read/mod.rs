//! The reader layer: a source text in its own format (LaTeX, Markdown, JSON
//! Resume, or plain text as copied out of a PDF) turned into what a reader
//! of the finished resume sees, as plain text (the *view*) with a map from
//! every view offset back to a byte offset of the source. The engine checks
//! the view and maps every span of its report back, so findings land on the
//! words of the source and never on its markup. One module per format; the
//! rules never learn about formats.

pub mod detect;
pub mod hyphen;
#[cfg(feature = "readers")]
pub mod json;
#[cfg(feature = "readers")]
pub mod latex;
pub mod map;
#[cfg(feature = "readers")]
pub mod markdown;
#[cfg(feature = "readers")]
pub mod pdf;

use serde::Serialize;

pub use detect::detect;
pub use map::{LineHint, SourceMap, ViewBuilder};

use crate::span::Span;

/// A source format.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// Plain text: pasted from a PDF, Word or a web page, or typed.
    #[default]
    Text,
    Latex,
    Markdown,
    JsonResume,
}

impl Format {
    pub const ALL: [Format; 4] = [
        Format::Text,
        Format::Latex,
        Format::Markdown,
        Format::JsonResume,
    ];

    /// The name used by the CLI's `--input`, the JS API's `input` and the report.
    pub fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Latex => "latex",
            Format::Markdown => "markdown",
            Format::JsonResume => "json-resume",
        }
    }

    /// A name for people: "LaTeX", "JSON Resume".
    pub fn label(self) -> &'static str {
        match self {
            Format::Text => "Text",
            Format::Latex => "LaTeX",
            Format::Markdown => "Markdown",
            Format::JsonResume => "JSON Resume",
        }
    }

    pub fn from_name(name: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.name() == name)
    }

    /// The format a file's extension names, if any.
    pub fn from_file_name(name: &str) -> Option<Format> {
        let ext = name.rsplit_once('.')?.1.to_ascii_lowercase();
        Some(match ext.as_str() {
            "tex" | "latex" | "ltx" => Format::Latex,
            "md" | "markdown" | "mdown" | "mkd" => Format::Markdown,
            "json" => Format::JsonResume,
            "txt" | "text" => Format::Text,
            _ => return None,
        })
    }

    /// Escapes plain text for use inside this format's source, so a one-click
    /// replacement stays valid source (`30%` in LaTeX is a comment).
    pub fn escape(self, s: &str) -> String {
        match self {
            Format::Text | Format::Markdown => s.to_string(),
            Format::Latex => {
                let mut out = String::with_capacity(s.len());
                for c in s.chars() {
                    if matches!(c, '%' | '&' | '$' | '#' | '_') {
                        out.push('\\');
                    }
                    out.push(c);
                }
                out
            }
            Format::JsonResume => {
                let mut out = String::with_capacity(s.len());
                for c in s.chars() {
                    match c {
                        '"' => out.push_str("\\\""),
                        '\\' => out.push_str("\\\\"),
                        '\n' => out.push_str("\\n"),
                        _ => out.push(c),
                    }
                }
                out
            }
        }
    }
}

/// Which format to read the text as.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Input {
    /// Detected from the content (and the file name, when there is one).
    #[default]
    Auto,
    Is(Format),
}

/// Something the reader noticed that a person should know.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Note {
    pub message: String,
    /// Where, in the source, when it has a place.
    pub span: Option<Span>,
}

/// A source read as a reader sees it.
#[derive(Clone, Debug)]
pub struct Reading {
    pub format: Format,
    /// True when the format was detected rather than given.
    pub detected: bool,
    /// The text a reader sees (empty when the view is the source itself).
    pub view: String,
    pub map: SourceMap,
    /// Per view line, how to read it (lines past the end are `Auto`).
    pub hints: Vec<LineHint>,
    /// The view is the source, byte for byte.
    pub identity: bool,
    pub notes: Vec<Note>,
    /// Link targets the markup holds but the view may not show (`\href`'s
    /// URL, a JSON Resume profile), lowercased.
    pub links: Vec<String>,
    /// The source ranges the view does not show (see [`SourceMap::hidden`]).
    pub markup: Vec<Span>,
    /// Inline disables in the source's comments (or JSON Resume's `meta`).
    #[cfg(feature = "readers")]
    pub directives: Vec<crate::suppress::Directive>,
}

impl Reading {
    #[cfg(feature = "readers")]
    fn identity(src: &str, format: Format, detected: bool) -> Reading {
        Reading {
            format,
            detected,
            view: String::new(),
            map: SourceMap::identity(src.len()),
            hints: Vec::new(),
            identity: true,
            notes: Vec::new(),
            links: Vec::new(),
            markup: Vec::new(),
            directives: Vec::new(),
        }
    }

    #[cfg(feature = "readers")]
    fn built(b: ViewBuilder, format: Format, detected: bool, links: Vec<String>) -> Reading {
        let src = b.src();
        let (view, map, hints) = b.finish();
        let markup = map.hidden(src);
        Reading {
            directives: crate::suppress::scan(src, format, &markup),
            markup,
            format,
            detected,
            view,
            map,
            hints,
            identity: false,
            notes: Vec::new(),
            links,
        }
    }
}

/// The format `src` is to be read as, whether it was detected, and whether
/// reading it needs a reader (everything but clean plain text does).
pub fn plan(src: &str, input: Input, file_name: Option<&str>) -> (Format, bool, bool) {
    let (format, detected) = match input {
        Input::Is(f) => (f, false),
        Input::Auto => (detect(src, file_name), true),
    };
    let needs_reader = format != Format::Text || has_pdf_artefacts(src);
    (format, detected, needs_reader)
}

/// Signs of text copied out of a PDF: ligatures, soft hyphens, form feeds,
/// words hyphenated at a line end.
pub fn has_pdf_artefacts(src: &str) -> bool {
    // One pass, every check: only four bytes can start an artefact.
    // U+FB00–U+FB06 are EF AC 80–86 in UTF-8; a soft hyphen is C2 AD.
    // (Page-number lines alone need no reader: the plain reading skips them.)
    let b = src.as_bytes();
    let mut from = 0;
    loop {
        // Most bytes are none of the four: skipped eight at a time.
        let i = crate::text::next_wide_or(b, from, b'-', 0x0C);
        let Some(&c) = b.get(i) else { break };
        // Past the whole character: a continuation byte starts nothing,
        // and CJK text would otherwise stop the scan at every byte.
        from = i + match c {
            0xF0.. => 4,
            0xE0.. => 3,
            0xC0.. => 2,
            _ => 1,
        };
        let found = match c {
            0x0C => true,
            b'-' => matches!(b.get(i + 1), Some(b'\n' | b'\r')),
            0xC2 => b.get(i + 1) == Some(&0xAD),
            0xEF => {
                b.get(i + 1) == Some(&0xAC)
                    && b.get(i + 2).is_some_and(|d| (0x80..=0x86).contains(d))
            }
            _ => false,
        };
        if found {
            return true;
        }
    }
    false
}

/// Reads `src` as `input` says (detecting the format for [`Input::Auto`]).
#[cfg(feature = "readers")]
pub fn read(src: &str, input: Input, file_name: Option<&str>) -> Reading {
    let (format, detected) = match input {
        Input::Is(f) => (f, false),
        Input::Auto => (detect(src, file_name), true),
    };
    match format {
        Format::Text => match pdf::read(src) {
            Some(b) => Reading::built(b, format, detected, Vec::new()),
            None => Reading::identity(src, format, detected),
        },
        Format::Latex => {
            let (b, links) = latex::read(src);
            Reading::built(b, format, detected, links)
        }
        Format::Markdown => {
            let (b, links) = markdown::read(src);
            Reading::built(b, format, detected, links)
        }
        Format::JsonResume => match json::read(src) {
            Ok((b, links, disables)) => {
                let mut r = Reading::built(b, format, detected, links);
                r.directives = crate::suppress::json_disables(src, &disables);
                r
            }
            Err(e) => {
                // Invalid JSON is read as text, with a note saying why.
                let mut r = match pdf::read(src) {
                    Some(b) => Reading::built(b, Format::Text, detected, Vec::new()),
                    None => Reading::identity(src, Format::Text, detected),
                };
                r.notes.push(Note {
                    message: format!(
                        "This is not valid JSON ({}), so it was read as plain text.",
                        e.message
                    ),
                    span: Some(Span::new(e.at, e.at)),
                });
                r
            }
        },
    }
}

#[cfg(all(test, feature = "readers"))]
mod tests {
    use super::*;

    #[test]
    fn pdf_artefacts_are_found_and_nothing_else() {
        for src in [
            "e\u{FB01}cient",
            "e\u{FB06}",
            "micro\u{AD}services",
            "page\u{C}two",
            "distri-\nbuted",
            "distri-\r\nbuted",
            // After characters of two, three and four bytes.
            "é\u{C}",
            "中文\u{AD}",
            "🚀-\nx",
            "日本\u{FB02}",
        ] {
            assert!(has_pdf_artefacts(src), "{src:?}");
        }
        for src in [
            "well-known\n- Built",
            "café €5 東京 😀 e\u{301}",
            "\u{FB17}\u{FB00}"[..3].to_string().as_str(),
            "ends with a hyphen-",
            "",
        ] {
            assert!(!has_pdf_artefacts(src), "{src:?}");
        }
    }

    #[test]
    fn formats_by_name_and_extension() {
        for f in Format::ALL {
            assert_eq!(Format::from_name(f.name()), Some(f));
        }
        assert_eq!(Format::from_file_name("cv/resume.TEX"), Some(Format::Latex));
        assert_eq!(Format::from_file_name("resume.md"), Some(Format::Markdown));
        assert_eq!(Format::from_file_name("a.markdown"), Some(Format::Markdown));
        assert_eq!(
            Format::from_file_name("resume.json"),
            Some(Format::JsonResume)
        );
        assert_eq!(Format::from_file_name("resume.txt"), Some(Format::Text));
        assert_eq!(Format::from_file_name("resume.pdf"), None);
        assert_eq!(Format::from_file_name("resume"), None);
    }

    #[test]
    fn escapes_keep_the_source_valid() {
        assert_eq!(Format::Latex.escape("30% & $5"), r"30\% \& \$5");
        assert_eq!(Format::JsonResume.escape(r#"a "b" \c"#), r#"a \"b\" \\c"#);
        assert_eq!(Format::Markdown.escape("30%"), "30%");
    }

    #[test]
    fn invalid_json_is_read_as_text_with_a_note() {
        let r = read("{\"work\": [", Input::Is(Format::JsonResume), None);
        assert_eq!(r.format, Format::Text);
        assert_eq!(r.notes.len(), 1);
        assert!(
            r.notes[0].message.contains("not valid JSON"),
            "{:?}",
            r.notes
        );
    }
}
