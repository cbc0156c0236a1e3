//! LaTeX: what the typeset page says. Comments, the preamble and commands
//! are markup; formatting commands are unwrapped; escapes and dashes are
//! read as the characters they print; the resume templates' macros (Jake's
//! Resume, sb2nov, Awesome-CV, moderncv) are read by the role of each
//! argument (`data/latex_macros.txt`). A command the table does not know is
//! markup: its name is never read as a word.

use std::sync::OnceLock;

use super::map::{LineHint, ViewBuilder};
use crate::hash::FastMap as HashMap;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    Text,
    Skip,
    Heading,
    Item,
    Head,
    Body,
    Line,
    Contact,
}

#[derive(Clone, Debug)]
struct Macro {
    roles: Vec<Role>,
    /// The index of the role that takes as many arguments as there are.
    variadic: Option<usize>,
}

#[derive(Clone, Debug)]
enum Known {
    Macro(Macro),
    Symbol(&'static str),
}

const DATA: &str = include_str!(concat!(env!("OUT_DIR"), "/latex_macros.txt"));

fn parse_role(s: &str) -> Option<Role> {
    Some(match s {
        "text" => Role::Text,
        "skip" => Role::Skip,
        "heading" => Role::Heading,
        "item" => Role::Item,
        "head" => Role::Head,
        "body" => Role::Body,
        "line" => Role::Line,
        "contact" => Role::Contact,
        _ => return None,
    })
}

/// One line of `latex_macros.txt`, or why it is not one.
fn parse_entry(line: &'static str) -> Result<(&'static str, Known), String> {
    if let Some((name, value)) = line.split_once(" = ").or_else(|| {
        line.strip_suffix(" =")
            .map(|n| (n, ""))
            .filter(|_| !line.contains(':'))
    }) {
        return Ok((name.trim(), Known::Symbol(value)));
    }
    let (name, roles) = line
        .split_once(':')
        .ok_or_else(|| format!("no ':' or '=' in {line:?}"))?;
    let mut m = Macro {
        roles: Vec::new(),
        variadic: None,
    };
    for (i, r) in roles.split_whitespace().enumerate() {
        let (r, plus) = match r.strip_suffix('+') {
            Some(r) => (r, true),
            None => (r, false),
        };
        if plus {
            if m.variadic.is_some() {
                return Err(format!("two variadic roles in {line:?}"));
            }
            m.variadic = Some(i);
        }
        m.roles
            .push(parse_role(r).ok_or_else(|| format!("unknown role {r:?} in {line:?}"))?);
    }
    if m.roles.is_empty() {
        return Err(format!("no roles in {line:?}"));
    }
    Ok((name.trim(), Known::Macro(m)))
}

fn table() -> &'static HashMap<&'static str, Known> {
    static TABLE: OnceLock<HashMap<&'static str, Known>> = OnceLock::new();
    TABLE.get_or_init(|| {
        DATA.lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| parse_entry(l).expect("latex_macros.txt entry"))
            .collect()
    })
}

/// Lists: a line break before and after them.
const LIST_ENVIRONMENTS: &[&str] = &[
    "itemize",
    "enumerate",
    "description",
    "cvitems",
    "cvhonors",
    "cventries",
    "cvskills",
    "compactitem",
    "compactenum",
    "outline",
];

/// Environments whose brace arguments are layout, by how many they take.
fn environment_parameters(name: &str) -> usize {
    match name {
        "tabular*" | "tabularx" | "tabulary" => 2,
        "tabular" | "longtable" | "array" | "minipage" | "multicols" | "wrapfigure" => 1,
        _ => 0,
    }
}

/// Combining marks for the accent commands (`\'e`, `\c{c}`).
fn accent_mark(c: &str) -> Option<char> {
    Some(match c {
        "'" => '\u{301}',
        "`" => '\u{300}',
        "^" => '\u{302}',
        "\"" => '\u{308}',
        "~" => '\u{303}',
        "=" => '\u{304}',
        "." => '\u{307}',
        "u" => '\u{306}',
        "v" => '\u{30C}',
        "H" => '\u{30B}',
        "c" => '\u{327}',
        "k" => '\u{328}',
        "r" => '\u{30A}',
        _ => return None,
    })
}

/// An argument that is a setting rather than words: a length (`-4pt`,
/// `0.5\textwidth`), a colour or style name (`blue`), a command (`\fill`).
pub fn looks_like_parameter(arg: &str) -> bool {
    let t = arg.trim();
    if t.is_empty() || t.starts_with('\\') && !t.contains(' ') {
        return true;
    }
    if t.contains(char::is_whitespace) {
        return false;
    }
    let first = t.as_bytes()[0];
    if first.is_ascii_digit() || first == b'-' || first == b'.' {
        // "2pt", "-0.5em", "0.3\textwidth"; but "10x" or "2019" are words.
        let unit = t.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == '-');
        return matches!(
            unit,
            "pt" | "em" | "ex" | "cm" | "mm" | "in" | "bp" | "sp" | "pc" | "mu" | "px"
        ) || unit.starts_with('\\');
    }
    t.len() <= 10 && t.bytes().all(|b| b.is_ascii_lowercase())
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mode {
    /// Paragraphs, lists, tables: blank lines and `\\` end lines.
    Block,
    /// Inside an argument: everything on the current line.
    Inline,
    /// Between `$…$`.
    Math,
}

/// How deep macro arguments are read; deeper ones are read flat, so hostile
/// nesting stays linear.
const MAX_DEPTH: usize = 24;

struct Tex<'s> {
    s: &'s str,
    b: ViewBuilder<'s>,
    /// Argument counts from the document's own `\newcommand`s.
    arity: HashMap<String, usize>,
    links: Vec<String>,
    /// A separator is due before the next text on this line.
    pending_sep: Option<(&'static str, usize)>,
    /// A bullet is open: `\\` inside it is a space.
    in_item: bool,
    depth: usize,
}

/// Reads a LaTeX source. Also returns the link targets it saw (`\href`,
/// `\url`, profile macros), for the links check.
pub fn read(src: &str) -> (ViewBuilder<'_>, Vec<String>) {
    let mut t = Tex {
        s: src,
        b: ViewBuilder::new(src),
        arity: HashMap::default(),
        links: Vec::new(),
        pending_sep: None,
        in_item: false,
        depth: 0,
    };
    let (body, end) = match find_outside_comments(src, "\\begin{document}", 0) {
        Some(at) => {
            t.preamble(0, at);
            let from = at + "\\begin{document}".len();
            let end = find_outside_comments(src, "\\end{document}", from).unwrap_or(src.len());
            (from, end)
        }
        None => (0, src.len()),
    };
    t.run(body, end, Mode::Block);
    t.b.end_line(end);
    (t.b, t.links)
}

/// The first `needle` at or after `from` that is not inside a comment.
fn find_outside_comments(s: &str, needle: &str, from: usize) -> Option<usize> {
    let mut at = from;
    while let Some(i) = s[at..].find(needle) {
        let pos = at + i;
        let line_start = s[..pos].rfind(['\n', '\r']).map_or(0, |l| l + 1);
        if comment_start(&s[line_start..pos]).is_none() {
            return Some(pos);
        }
        at = pos + needle.len();
    }
    None
}

/// Where a `%` that is not `\%` starts a comment in `line`.
fn comment_start(line: &str) -> Option<usize> {
    let b = line.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'%' => return Some(i),
            _ => i += 1,
        }
    }
    None
}

fn is_letter(b: u8) -> bool {
    b.is_ascii_alphabetic()
}

impl<'s> Tex<'s> {
    fn byte(&self, i: usize) -> u8 {
        self.s.as_bytes().get(i).copied().unwrap_or(0)
    }

    /// Past a comment that starts at `i`: its line break and the next line's
    /// leading blanks (TeX skips both).
    fn skip_comment(&self, i: usize, to: usize) -> usize {
        // Bytes, not a `str` slice: `to` may be any byte bound (a comment
        // runs into a no-break space when an edit cut a line short).
        let rest = &self.s.as_bytes()[i..to];
        match rest.iter().position(|&b| b == b'\n' || b == b'\r') {
            Some(nl) => {
                let mut j = i + nl + 1;
                if self.byte(j - 1) == b'\r' && self.byte(j) == b'\n' {
                    j += 1;
                }
                while j < to && matches!(self.byte(j), b' ' | b'\t') {
                    j += 1;
                }
                j
            }
            None => to,
        }
    }

    /// The index of the `}` closing the group opened at `open`, before `to`.
    fn group_end(&self, open: usize, to: usize) -> Option<usize> {
        let b = self.s.as_bytes();
        let mut depth = 0usize;
        let mut i = open;
        while i < to {
            match b[i] {
                b'\\' => i += 1,
                b'%' => {
                    i = self.skip_comment(i, to);
                    continue;
                }
                b'{' => depth += 1,
                b'}' => {
                    // A `}` before any `{`: no group opens at `open`.
                    depth = depth.checked_sub(1)?;
                    if depth == 0 {
                        return Some(i);
                    }
                }
                _ => {}
            }
            i += 1;
        }
        None
    }

    /// Past blanks (at most one line break) and comments, to where an
    /// argument could start.
    fn skip_to_argument(&self, mut i: usize, to: usize) -> usize {
        let mut breaks = 0;
        while i < to {
            match self.byte(i) {
                b' ' | b'\t' => i += 1,
                b'\n' | b'\r' if breaks == 0 => {
                    breaks += 1;
                    i += if self.s[i..].starts_with("\r\n") {
                        2
                    } else {
                        1
                    };
                }
                b'%' => i = self.skip_comment(i, to),
                _ => break,
            }
        }
        i
    }

    /// Past a `[…]` option right at `i`.
    fn skip_option(&self, i: usize, to: usize) -> usize {
        if self.byte(i) != b'[' {
            return i;
        }
        match self.s[i..to].find(']') {
            Some(close) if !self.s[i..i + close].contains("\n\n") => i + close + 1,
            _ => i,
        }
    }

    /// The option's text right at `i`, and the index after it.
    fn option(&self, i: usize, to: usize) -> Option<(usize, usize, usize)> {
        let after = self.skip_option(i, to);
        (after > i).then_some((i + 1, after - 1, after))
    }

    /// Up to `max` brace arguments from `i`: their inner ranges, and the index after them.
    fn arguments(&self, mut i: usize, to: usize, max: usize) -> (Vec<(usize, usize)>, usize) {
        let mut args = Vec::new();
        i = self.skip_option(i, to);
        while args.len() < max {
            let j = self.skip_to_argument(i, to);
            if self.byte(j) != b'{' || j >= to {
                break;
            }
            let Some(close) = self.group_end(j, to) else {
                args.push((j + 1, to));
                i = to;
                break;
            };
            args.push((j + 1, close));
            i = self.skip_option(close + 1, to);
        }
        (args, i)
    }

    /// Writes the due separator before text on a line that already has some.
    fn before_text(&mut self) {
        if let Some((sep, at)) = self.pending_sep.take() {
            // Never between a bullet's marker and its first word.
            if !self.b.at_line_start() && !self.b.view().ends_with("• ") {
                let v = self.b.view();
                if v.ends_with(' ') {
                    self.b.put(sep.trim_start(), at, at);
                } else {
                    self.b.put(sep, at, at);
                }
            }
        }
    }

    fn end_line(&mut self, at: usize) {
        self.pending_sep = None;
        self.b.end_line(at);
        self.in_item = false;
    }

    fn blank_line(&mut self, at: usize) {
        self.pending_sep = None;
        self.b.blank_line(at);
        self.in_item = false;
    }

    /// The preamble: only the document's own command definitions (for their
    /// argument counts) and the header details are read.
    fn preamble(&mut self, from: usize, to: usize) {
        let mut i = from;
        while i < to {
            match self.byte(i) {
                b'%' => i = self.skip_comment(i, to),
                b'\\' => {
                    let (name, after) = self.command_name(i + 1, to);
                    if self.is_definition(name) {
                        i = self.definition(name, after, to);
                    } else if let Some(Known::Macro(m)) = table().get(name) {
                        if m.roles.contains(&Role::Contact) {
                            i = self.apply(name, m, i, after, to);
                        } else {
                            i = after;
                        }
                    } else {
                        i = after.max(i + 1);
                    }
                }
                _ => i += 1,
            }
        }
        self.end_line(to);
    }

    fn is_definition(&self, name: &str) -> bool {
        matches!(
            name,
            "newcommand"
                | "renewcommand"
                | "providecommand"
                | "newcommand*"
                | "renewcommand*"
                | "def"
        )
    }

    /// `\newcommand{\name}[2]{…}` or `\def\name#1#2{…}`: records the
    /// argument count and returns the index past the definition.
    fn definition(&mut self, kind: &str, mut i: usize, to: usize) -> usize {
        i = self.skip_to_argument(i, to);
        let braced = self.byte(i) == b'{';
        let name_at = if braced { i + 1 } else { i };
        if self.byte(name_at) != b'\\' {
            return i;
        }
        let (name, after_name) = self.command_name(name_at + 1, to);
        let name = name.to_string();
        i = after_name;
        if braced {
            i = self.group_end(name_at - 1, to).map_or(to, |c| c + 1);
        }
        let mut count = 0;
        if kind == "def" {
            while self.byte(i) == b'#' && self.byte(i + 1).is_ascii_digit() {
                count += 1;
                i += 2;
            }
        } else {
            i = self.skip_to_argument(i, to);
            if let Some((a, b, after)) = self.option(i, to) {
                count = self.s[a..b].trim().parse().unwrap_or(0);
                i = after;
                // An optional argument's default: [1][default]
                i = self.skip_option(i, to);
            }
        }
        self.arity.insert(name, count);
        let j = self.skip_to_argument(i, to);
        if self.byte(j) == b'{' {
            self.group_end(j, to).map_or(to, |c| c + 1)
        } else {
            j
        }
    }

    /// A command's name (letters, or one other character) starting at `i`,
    /// with a trailing `*`; and the index after it.
    fn command_name(&self, i: usize, to: usize) -> (&'s str, usize) {
        let b = self.s.as_bytes();
        if i >= to {
            return ("", to);
        }
        if !is_letter(b[i]) {
            let len = self.s[i..].chars().next().map_or(1, char::len_utf8);
            return (&self.s[i..i + len], i + len);
        }
        let mut j = i;
        while j < to && is_letter(b[j]) {
            j += 1;
        }
        if j < to && b[j] == b'*' {
            return (&self.s[i..=j], j + 1);
        }
        (&self.s[i..j], j)
    }

    /// Reads `s[from..to]` in `mode`.
    fn run(&mut self, from: usize, to: usize, mode: Mode) {
        let b = self.s.as_bytes();
        let mut i = from;
        while i < to {
            let c = b[i];
            match c {
                b'%' => i = self.skip_comment(i, to),
                b'\\' => i = self.command(i, to, mode),
                b'{' | b'}' => i += 1,
                b'$' if mode != Mode::Math => {
                    let close = self.s[i + 1..to]
                        .match_indices('$')
                        .map(|(k, _)| i + 1 + k)
                        .find(|&k| b[k - 1] != b'\\');
                    match close {
                        Some(close) => {
                            self.depth += 1;
                            self.run(i + 1, close, Mode::Math);
                            self.depth -= 1;
                            i = close + 1;
                        }
                        None => i += 1,
                    }
                }
                b'$' => i += 1,
                b'~' => {
                    self.b.space(i, i + 1);
                    i += 1;
                }
                b'&' => {
                    self.pending_sep = Some((" | ", i));
                    i += 1;
                }
                b'-' => {
                    let n = b[i..to].iter().take_while(|&&d| d == b'-').count();
                    self.before_text();
                    match n {
                        2 => self.b.put("–", i, i + 2),
                        3 => self.b.put("—", i, i + 3),
                        _ => self.b.copy(i, i + n),
                    }
                    i += n;
                }
                b'`' | b'\'' if b.get(i + 1) == Some(&c) && i + 1 < to => {
                    self.before_text();
                    self.b.put(if c == b'`' { "“" } else { "”" }, i, i + 2);
                    i += 2;
                }
                b' ' | b'\t' => {
                    self.b.space(i, i + 1);
                    i += 1;
                }
                b'\n' | b'\r' => i = self.line_break(i, to, mode),
                b'^' | b'_' if mode == Mode::Math => i += 1,
                _ => {
                    let end = b[i..to]
                        .iter()
                        .position(|&d| {
                            matches!(
                                d,
                                b'%' | b'\\'
                                    | b'{'
                                    | b'}'
                                    | b'$'
                                    | b'~'
                                    | b'&'
                                    | b'-'
                                    | b'`'
                                    | b'\''
                                    | b' '
                                    | b'\t'
                                    | b'\n'
                                    | b'\r'
                                    | b'^'
                                    | b'_'
                            )
                        })
                        .map_or(to, |k| i + k.max(1));
                    self.before_text();
                    self.b.copy(i, end);
                    i = end;
                }
            }
        }
    }

    /// A line break at `i`: a space, or (followed by a blank line) the end
    /// of a paragraph.
    fn line_break(&mut self, i: usize, to: usize, mode: Mode) -> usize {
        let b = self.s.as_bytes();
        let mut j = i + if self.s[i..].starts_with("\r\n") {
            2
        } else {
            1
        };
        let mut blank = false;
        loop {
            let k = j + b[j..to]
                .iter()
                .take_while(|&&d| d == b' ' || d == b'\t')
                .count();
            if k < to && matches!(b[k], b'\n' | b'\r') {
                blank = true;
                j = k + if self.s[k..].starts_with("\r\n") {
                    2
                } else {
                    1
                };
            } else {
                j = k;
                break;
            }
        }
        if blank && mode == Mode::Block {
            self.blank_line(i);
        } else {
            self.b.space(i, j);
        }
        j
    }

    /// A command at `i` (the backslash); returns the index after it.
    fn command(&mut self, i: usize, to: usize, mode: Mode) -> usize {
        let (name, after) = self.command_name(i + 1, to);
        match name {
            "" => return to,
            "\\" => {
                let mut j = after;
                if self.byte(j) == b'*' {
                    j += 1;
                }
                j = self.skip_option(j, to);
                if mode == Mode::Block {
                    // On the page, a new line, even inside an item (Jake's
                    // skills are one \item with a line per group).
                    self.end_line(i);
                } else if mode == Mode::Inline && !self.in_item {
                    self.pending_sep = Some((" | ", i));
                } else {
                    self.b.space(i, j);
                }
                return j;
            }
            "%" | "&" | "$" | "_" | "#" | "{" | "}" => {
                self.before_text();
                self.b.put(name, i, after);
                return after;
            }
            " " | "," | ";" | ":" | "quad" | "qquad" | "enspace" | "hfill" | "hfil" => {
                if matches!(name, "hfill" | "hfil") {
                    self.pending_sep = Some((" | ", i));
                } else {
                    self.b.space(i, after);
                }
                return after;
            }
            "!" | "/" | "-" | "@" | "\n" | "\r" => return after,
            "newline" | "linebreak" | "par" | "bigskip" | "medskip" | "smallskip" => {
                if mode == Mode::Block {
                    self.end_line(i);
                } else {
                    self.b.space(i, after);
                }
                return after;
            }
            "item" => return self.item(i, after, to),
            "begin" | "end" => return self.environment(name == "begin", i, after, to),
            "(" | ")" | "[" | "]" => return after,
            _ => {}
        }
        if let Some(mark) = accent_mark(name) {
            if let Some(j) = self.accent(mark, i, after, to) {
                return j;
            }
        }
        if self.is_definition(name) {
            return self.definition(name, after, to);
        }
        match table().get(name) {
            Some(Known::Symbol(text)) => {
                self.before_text();
                let mut j = after;
                if self.s[j..to].starts_with("{}") {
                    j += 2;
                }
                if text.is_empty() {
                    self.b.space(i, j);
                } else {
                    self.b.put(text, i, j);
                }
                j
            }
            Some(Known::Macro(m)) if self.depth < MAX_DEPTH => self.apply(name, m, i, after, to),
            _ => self.unknown(after, to),
        }
    }

    /// `\'e`, `\'{e}`, `\c{c}`: the letter with its combining mark.
    fn accent(&mut self, mark: char, i: usize, after: usize, to: usize) -> Option<usize> {
        let (letter, end) = if self.byte(after) == b'{' {
            let close = self.group_end(after, to)?;
            (self.s[after + 1..close].trim(), close + 1)
        } else {
            let j = self.skip_to_argument(after, to);
            let c = self.s[j..to].chars().next()?;
            if after == j
                && !c.is_alphabetic()
                && !self.s[i + 1..after].starts_with(|c: char| !c.is_alphabetic())
            {
                return None;
            }
            (&self.s[j..j + c.len_utf8()], j + c.len_utf8())
        };
        let letter = letter.strip_prefix('\\').unwrap_or(letter);
        if letter.chars().count() != 1 {
            return None;
        }
        let mut out = String::from(letter);
        out.push(mark);
        self.before_text();
        self.b.put(&out, i, end);
        Some(end)
    }

    /// A command nobody listed: the name is markup; brace arguments that
    /// hold words are read, settings are not.
    fn unknown(&mut self, after: usize, to: usize) -> usize {
        let mut j = self.skip_option(after, to);
        loop {
            if self.byte(j) != b'{' || j >= to {
                return j;
            }
            // Settings are short: only a short group is looked into, so a
            // long or unclosed one costs nothing here.
            let Some(close) = self.group_end(j, to.min(j + 64)) else {
                return j;
            };
            if !looks_like_parameter(&self.s[j + 1..close]) {
                // Read as a plain group (the main loop hides the braces).
                return j;
            }
            j = self.skip_option(close + 1, to);
        }
    }

    /// `\item` (with an optional `[label]`): a new bullet.
    fn item(&mut self, i: usize, after: usize, to: usize) -> usize {
        self.end_line(i);
        let mut j = after;
        let mut label = None;
        if let Some((a, b, next)) = self.option(j, to) {
            j = next;
            // "\item[Languages:] Go" is a description list; "[--]" is a marker.
            if self.s[a..b].bytes().filter(u8::is_ascii_alphabetic).count() >= 2 {
                label = Some((a, b));
            }
        }
        self.b.put("• ", i, j);
        self.in_item = true;
        if let Some((a, b)) = label {
            self.inline(a, b);
            self.b.space(b, b + 1);
        }
        j
    }

    fn inline(&mut self, from: usize, to: usize) {
        self.depth += 1;
        let item = self.in_item;
        self.run(from, to, Mode::Inline);
        self.in_item = item;
        self.depth -= 1;
    }

    fn environment(&mut self, begin: bool, i: usize, after: usize, to: usize) -> usize {
        let j = self.skip_to_argument(after, to);
        let (name, mut end) = match (self.byte(j), self.group_end(j, to)) {
            (b'{', Some(close)) => (self.s[j + 1..close].trim(), close + 1),
            _ => return after,
        };
        if !begin {
            self.end_line(i);
            return end;
        }
        if LIST_ENVIRONMENTS.contains(&name) {
            self.end_line(i);
        }
        end = self.skip_option(end, to);
        let (_, e) = self.arguments(end, to, environment_parameters(name));
        e
    }

    /// A listed macro at `i` with its name ending at `after`.
    fn apply(&mut self, name: &str, m: &Macro, i: usize, after: usize, to: usize) -> usize {
        let mut label = None;
        let mut start = after;
        if let Some((a, b, next)) = self.option(after, to) {
            label = Some(self.s[a..b].trim().to_ascii_lowercase());
            start = next;
        }
        let wanted = match (self.arity.get(name), m.variadic) {
            (Some(&n), _) => n,
            (None, Some(_)) => 9,
            (None, None) => m.roles.len(),
        };
        let (args, end) = self.arguments(start, to, wanted);
        if args.is_empty() {
            return end;
        }
        let roles = assign_roles(m, args.len());
        self.depth += 1;
        let first = roles[0];
        match first {
            Role::Heading => {
                self.blank_line(i);
                self.b.hint(LineHint::Heading);
            }
            Role::Head => {
                self.blank_line(i);
                self.b.hint(LineHint::Entry);
            }
            Role::Item => {
                self.end_line(i);
                self.b.put("• ", i, args[0].0 - 1);
                self.in_item = true;
            }
            Role::Line => self.end_line(i),
            Role::Contact => {
                let own_line = matches!(name, "name" | "firstname" | "familyname");
                if own_line {
                    self.end_line(i);
                } else {
                    self.pending_sep = Some((" | ", i));
                }
            }
            _ => {}
        }
        let mut prev: Option<Role> = None;
        for (&(a, b), &role) in args.iter().zip(&roles) {
            let had_text = !self.b.at_line_start();
            match role {
                Role::Skip => {
                    if name == "href" {
                        self.links.push(self.s[a..b].trim().to_ascii_lowercase());
                    }
                    continue;
                }
                Role::Text => {
                    if name == "url" {
                        self.links.push(self.s[a..b].trim().to_ascii_lowercase());
                    }
                    self.run(a, b, Mode::Inline);
                }
                Role::Heading => self.run(a, b, Mode::Inline),
                Role::Item | Role::Line => {
                    if prev == Some(role) && had_text {
                        self.pending_sep = Some((": ", a - 1));
                    }
                    let item = self.in_item;
                    self.run(a, b, Mode::Inline);
                    self.in_item = item;
                }
                Role::Head => {
                    if had_text {
                        self.pending_sep = Some((" | ", a - 1));
                    }
                    self.run(a, b, Mode::Inline);
                }
                Role::Contact => {
                    let value = self.s[a..b].trim();
                    let host = match (name, label.as_deref()) {
                        ("github", _) | ("social", Some("github")) => Some("github.com/"),
                        ("gitlab", _) | ("social", Some("gitlab")) => Some("gitlab.com/"),
                        ("homepage", _) => Some(""),
                        _ => None,
                    };
                    if let Some(host) = host {
                        self.links
                            .push(format!("{host}{}", value.to_ascii_lowercase()));
                    }
                    if had_text && prev == Some(Role::Contact) {
                        self.pending_sep = Some((" ", a - 1));
                    }
                    self.run(a, b, Mode::Inline);
                }
                Role::Body => {
                    self.end_line(a);
                    self.run(a, b, Mode::Block);
                    self.end_line(b);
                }
            }
            prev = Some(role);
        }
        if first == Role::Heading {
            self.blank_line(end);
        } else if matches!(first, Role::Head | Role::Item | Role::Line)
            || matches!(name, "name" | "firstname" | "familyname")
        {
            self.end_line(end);
        }
        self.depth -= 1;
        end
    }
}

/// The role of each of `n` arguments.
fn assign_roles(m: &Macro, n: usize) -> Vec<Role> {
    let roles = &m.roles;
    match m.variadic {
        Some(k) => {
            let after = (roles.len() - k - 1).min(n.saturating_sub(k + 1));
            (0..n)
                .map(|i| {
                    if i < k {
                        roles[i]
                    } else if i >= n - after {
                        roles[roles.len() - (n - i)]
                    } else {
                        roles[k]
                    }
                })
                .collect()
        }
        None => (0..n).map(|i| roles[i.min(roles.len() - 1)]).collect(),
    }
}

#[cfg(test)]
mod tests;
