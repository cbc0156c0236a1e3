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

/// Commands that only LaTeX source has, counted by kind. (Plain `contains`
/// only: this runs in the app's first load, where every byte counts.)
fn latex_signs(src: &str) -> usize {
    // Every sign starts with a backslash, which plain text seldom has: one
    // byte scan instead of fifteen substring searches per keystroke.
    if !src.contains('\\') {
        return 0;
    }
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
    SIGNS.iter().filter(|s| src.contains(*s)).count()
}

/// Markdown's own syntax, counted by kind: front matter, `#` headings,
/// `**bold**`, links, inline HTML.
fn markdown_signs(src: &str) -> usize {
    let t = src.trim_start_matches('\u{feff}');
    let front_matter = t.starts_with("---\n")
        || t.starts_with("---\r")
        || t.starts_with("+++\n")
        || t.starts_with("+++\r");
    let heading = t.starts_with('#')
        || src.contains('#')
            && (src.contains("\n# ") || src.contains("\n## ") || src.contains("\n### "));
    // A byte scan before each search: most texts have neither.
    let bold = src.contains('*') && src.find("**").is_some_and(|i| src[i + 2..].contains("**"));
    2 * usize::from(front_matter)
        + usize::from(heading)
        + usize::from(bold)
        + usize::from(src.contains(']') && src.contains("]("))
        + usize::from(
            src.contains('<')
                && (src.contains("<br") || src.contains("</") || src.contains("<!--")),
        )
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
