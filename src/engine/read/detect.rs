//! Which format a text is in, from the file name when there is one and
//! otherwise from what the text holds. Plain text is the safe default: a
//! text is only read as LaTeX or Markdown on clear signs of it.

use super::Format;

/// The format of `src`, named by `file_name`'s extension or detected.
pub fn detect(src: &str, file_name: Option<&str>) -> Format {
    if let Some(f) = file_name.and_then(Format::from_file_name) {
        return f;
    }
    let t = src.trim_start_matches('\u{feff}').trim_start();
    if t.starts_with('{') {
        return Format::JsonResume;
    }
    if latex_signs(src) >= 3 {
        return Format::Latex;
    }
    if markdown_signs(src) >= 2 {
        return Format::Markdown;
    }
    Format::Text
}

/// Commands that only LaTeX source has, counted (up to a few).
fn latex_signs(src: &str) -> usize {
    if src.contains("\\documentclass") || src.contains("\\begin{document}") {
        return 3;
    }
    const SIGNS: &[&str] = &[
        "\\begin{",
        "\\end{",
        "\\item",
        "\\section",
        "\\textbf{",
        "\\emph{",
        "\\href{",
        "\\resume",
        "\\cventry",
        "\\cvitem",
        "\\hfill",
        "\\\\",
        "\\%",
    ];
    let mut n = 0;
    for s in SIGNS {
        n += src.matches(s).take(2).count();
        if n >= 3 {
            break;
        }
    }
    n
}

/// Markdown's own syntax, counted by kind: front matter, `#` headings,
/// `**bold**`, links, inline HTML.
fn markdown_signs(src: &str) -> usize {
    let mut n = 0;
    let first = src
        .trim_start_matches('\u{feff}')
        .lines()
        .next()
        .unwrap_or("");
    if first.trim_end() == "---" || first.trim_end() == "+++" {
        n += 2;
    }
    if src
        .lines()
        .any(|l| l.starts_with("# ") || l.starts_with("## ") || l.starts_with("### "))
    {
        n += 1;
    }
    let bold = src.matches("**").count();
    if bold >= 2 {
        n += 1;
    }
    if src.contains("](") {
        n += 1;
    }
    if src.contains("<br") || src.contains("</") || src.contains("<!--") {
        n += 1;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn by_file_name_first() {
        assert_eq!(detect("plain", Some("cv.tex")), Format::Latex);
        assert_eq!(detect("{", Some("cv.md")), Format::Markdown);
        assert_eq!(detect("\\item x", Some("cv.txt")), Format::Text);
    }

    #[test]
    fn by_content() {
        assert_eq!(detect("\\documentclass{article}", None), Format::Latex);
        assert_eq!(
            detect(
                "\\section{Experience}\n\\begin{itemize}\n\\item Built X\n",
                None
            ),
            Format::Latex
        );
        assert_eq!(detect("  {\"basics\": {}}", None), Format::JsonResume);
        assert_eq!(
            detect("## Experience\n- Built **Kafka** pipelines\n", None),
            Format::Markdown
        );
        assert_eq!(detect("---\ntitle: CV\n---\nHello", None), Format::Markdown);
        // Plain resumes with dashes for bullets stay text.
        assert_eq!(
            detect("EXPERIENCE\n- Built X\n- Cut cost by 30%\n", None),
            Format::Text
        );
        assert_eq!(
            detect("Skills: C#, F#, C++\n# of users: 10k", None),
            Format::Text
        );
    }
}
