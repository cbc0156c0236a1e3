//! JSON Resume (jsonresume.org's schema and its common variants): each
//! highlight a bullet, summaries paragraphs, skills' keywords the skills
//! section, dates from `startDate`/`endDate`. Every piece of the view is a
//! JSON string's content, with escapes (`\"`, `\u00e9`) mapped back to the
//! bytes that wrote them; section headings and date ranges are written by
//! the reader and point at the key or value they come from.

use super::map::{LineHint, ViewBuilder};
use crate::span::Span;

/// Why a text is not JSON, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    pub message: String,
    pub at: usize,
}

#[derive(Clone, Debug)]
enum Value {
    /// The span is the string's content, between its quotes.
    Str(Span),
    Num,
    Other,
    Arr(Vec<Value>),
    Obj(Vec<(Span, Value)>),
}

const MAX_DEPTH: usize = 96;

struct Parser<'s> {
    s: &'s [u8],
    i: usize,
    depth: usize,
}

impl Parser<'_> {
    fn err<T>(&self, what: &str) -> Result<T, JsonError> {
        let found = match self.s.get(self.i) {
            Some(&b) if b.is_ascii_graphic() => format!("‘{}’", b as char),
            Some(_) => "an unexpected character".into(),
            None => "the end".into(),
        };
        Err(JsonError {
            message: format!("expected {what} but found {found}"),
            at: self.i.min(self.s.len()),
        })
    }

    fn ws(&mut self) {
        while self.i < self.s.len() && matches!(self.s[self.i], b' ' | b'\t' | b'\n' | b'\r') {
            self.i += 1;
        }
    }

    fn value(&mut self) -> Result<Value, JsonError> {
        self.ws();
        match self.s.get(self.i) {
            Some(b'{') => self.nested(|p| p.object()),
            Some(b'[') => self.nested(|p| p.array()),
            Some(b'"') => self.string().map(Value::Str),
            Some(b'-' | b'0'..=b'9') => {
                let start = self.i;
                while self.i < self.s.len()
                    && matches!(
                        self.s[self.i],
                        b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9'
                    )
                {
                    self.i += 1;
                }
                let _ = start;
                Ok(Value::Num)
            }
            _ => {
                for word in ["true", "false", "null"] {
                    if self.s[self.i..].starts_with(word.as_bytes()) {
                        self.i += word.len();
                        return Ok(Value::Other);
                    }
                }
                self.err("a value")
            }
        }
    }

    fn nested(
        &mut self,
        f: impl FnOnce(&mut Self) -> Result<Value, JsonError>,
    ) -> Result<Value, JsonError> {
        if self.depth >= MAX_DEPTH {
            return Err(JsonError {
                message: "it is nested too deeply".into(),
                at: self.i,
            });
        }
        self.depth += 1;
        let v = f(self);
        self.depth -= 1;
        v
    }

    fn string(&mut self) -> Result<Span, JsonError> {
        self.i += 1;
        let start = self.i;
        while self.i < self.s.len() {
            match self.s[self.i] {
                b'"' => {
                    self.i += 1;
                    return Ok(Span::new(start, self.i - 1));
                }
                b'\\' => self.i += 2,
                b'\n' | b'\r' => return self.err("the closing quote of a string"),
                _ => self.i += 1,
            }
        }
        self.err("the closing quote of a string")
    }

    fn object(&mut self) -> Result<Value, JsonError> {
        self.i += 1;
        let mut out = Vec::new();
        self.ws();
        if self.s.get(self.i) == Some(&b'}') {
            self.i += 1;
            return Ok(Value::Obj(out));
        }
        loop {
            self.ws();
            if self.s.get(self.i) != Some(&b'"') {
                return self.err("a quoted key");
            }
            let key = self.string()?;
            self.ws();
            if self.s.get(self.i) != Some(&b':') {
                return self.err("‘:’ after a key");
            }
            self.i += 1;
            let v = self.value()?;
            out.push((key, v));
            self.ws();
            match self.s.get(self.i) {
                Some(b',') => self.i += 1,
                Some(b'}') => {
                    self.i += 1;
                    return Ok(Value::Obj(out));
                }
                _ => return self.err("‘,’ or ‘}’"),
            }
        }
    }

    fn array(&mut self) -> Result<Value, JsonError> {
        self.i += 1;
        let mut out = Vec::new();
        self.ws();
        if self.s.get(self.i) == Some(&b']') {
            self.i += 1;
            return Ok(Value::Arr(out));
        }
        loop {
            out.push(self.value()?);
            self.ws();
            match self.s.get(self.i) {
                Some(b',') => self.i += 1,
                Some(b']') => {
                    self.i += 1;
                    return Ok(Value::Arr(out));
                }
                _ => return self.err("‘,’ or ‘]’"),
            }
        }
    }
}

fn parse(src: &str) -> Result<Value, JsonError> {
    let start = src.len() - src.trim_start_matches('\u{feff}').len();
    let mut p = Parser {
        s: src.as_bytes(),
        i: start,
        depth: 0,
    };
    let v = p.value()?;
    p.ws();
    if p.i < src.len() {
        return p.err("the end of the document");
    }
    Ok(v)
}

impl Value {
    fn get(&self, src: &str, keys: &[&str]) -> Option<(Span, &Value)> {
        let Value::Obj(fields) = self else {
            return None;
        };
        keys.iter()
            .find_map(|k| fields.iter().find(|(name, _)| name.of(src) == *k))
            .map(|(k, v)| (*k, v))
    }

    fn items(&self) -> &[Value] {
        match self {
            Value::Arr(v) => v,
            _ => &[],
        }
    }

    fn str_span(&self) -> Option<Span> {
        match self {
            Value::Str(s) if !s.is_empty() => Some(*s),
            _ => None,
        }
    }
}

/// One section of the schema: the keys that name it, the heading a reader
/// sees, and which fields make up its entries.
struct Section {
    keys: &'static [&'static str],
    heading: &'static str,
    /// Fields joined into the entry's title line.
    title: &'static [&'static [&'static str]],
    /// Fields read as a paragraph under the title.
    prose: &'static [&'static str],
    /// Arrays of bullets.
    bullets: &'static [&'static str],
}

const SECTIONS: &[Section] = &[
    Section {
        keys: &["work", "experience", "employment"],
        heading: "Experience",
        title: &[
            &["position", "title", "role"],
            &["name", "company", "organization"],
            &["location"],
        ],
        prose: &["summary", "description"],
        bullets: &["highlights", "accomplishments", "achievements"],
    },
    Section {
        keys: &["projects"],
        heading: "Projects",
        title: &[&["name", "title"], &["entity", "type"], &["roles"]],
        prose: &["description", "summary"],
        bullets: &["highlights", "accomplishments"],
    },
    Section {
        keys: &["volunteer"],
        heading: "Volunteering",
        title: &[&["position"], &["organization", "name"]],
        prose: &["summary", "description"],
        bullets: &["highlights"],
    },
    Section {
        keys: &["education"],
        heading: "Education",
        title: &[&["studyType"], &["area"], &["institution"], &["score"]],
        prose: &["summary"],
        bullets: &["courses", "highlights"],
    },
    Section {
        keys: &["awards"],
        heading: "Awards",
        title: &[&["title"], &["awarder"]],
        prose: &["summary"],
        bullets: &[],
    },
    Section {
        keys: &["certificates"],
        heading: "Certifications",
        title: &[&["name"], &["issuer"]],
        prose: &[],
        bullets: &[],
    },
    Section {
        keys: &["publications"],
        heading: "Publications",
        title: &[&["name"], &["publisher"]],
        prose: &["summary"],
        bullets: &[],
    },
];

struct Reader<'s> {
    s: &'s str,
    b: ViewBuilder<'s>,
    links: Vec<String>,
}

/// A JSON Resume read: the view, its links (`url`s and profiles) and the
/// entries of `meta.bulletproof.disable` (each string's content).
pub type Read<'s> = (ViewBuilder<'s>, Vec<String>, Vec<Span>);

/// Reads a JSON Resume.
pub fn read(src: &str) -> Result<Read<'_>, JsonError> {
    let root = parse(src)?;
    if !matches!(root, Value::Obj(_)) {
        return Err(JsonError {
            message: "a JSON Resume is an object ({ … }), and this is not one".into(),
            at: 0,
        });
    }
    let mut r = Reader {
        s: src,
        b: ViewBuilder::new(src),
        links: Vec::new(),
    };
    r.basics(&root);
    for section in SECTIONS {
        if let Some((key, list)) = root.get(src, section.keys) {
            r.section(section, key, list);
        }
    }
    if let Some((key, skills)) = root.get(src, &["skills"]) {
        r.skills(key, skills);
    }
    for (keys, heading) in [
        (&["languages"][..], "Languages"),
        (&["interests"][..], "Interests"),
    ] {
        if let Some((key, list)) = root.get(src, keys) {
            r.named_lists(heading, key, list);
        }
    }
    r.b.end_line(src.len());
    // The schema's `meta` is for tools: ours is `meta.bulletproof.disable`.
    let disables = root
        .get(src, &["meta"])
        .and_then(|(_, m)| m.get(src, &["bulletproof"]))
        .and_then(|(_, b)| b.get(src, &["disable"]))
        .map(|(_, list)| match list {
            Value::Str(s) => vec![*s],
            other => other.items().iter().filter_map(Value::str_span).collect(),
        })
        .unwrap_or_default();
    Ok((r.b, r.links, disables))
}

impl Reader<'_> {
    /// A JSON string's content, escapes read.
    fn string(&mut self, span: Span) {
        let s = self.s;
        let b = s.as_bytes();
        let mut i = span.start;
        let mut run = i;
        while i < span.end {
            if b[i] != b'\\' {
                i += 1;
                continue;
            }
            self.b.copy(run, i);
            let esc = b.get(i + 1).copied().unwrap_or(b' ');
            let (text, len): (String, usize) = match esc {
                b'n' | b'r' | b't' => (" ".into(), 2),
                b'u' => {
                    let code = |at: usize| {
                        s.get(at..at + 4)
                            .and_then(|h| u32::from_str_radix(h, 16).ok())
                    };
                    match code(i + 2) {
                        Some(hi @ 0xD800..=0xDBFF) if s[i + 6..].starts_with("\\u") => {
                            let lo = code(i + 8).unwrap_or(0xDC00);
                            let c =
                                0x10000 + ((hi - 0xD800) << 10) + (lo.wrapping_sub(0xDC00) & 0x3FF);
                            (char::from_u32(c).unwrap_or('\u{FFFD}').to_string(), 12)
                        }
                        Some(c) => (char::from_u32(c).unwrap_or('\u{FFFD}').to_string(), 6),
                        None => ("\u{FFFD}".into(), 2),
                    }
                }
                _ => {
                    // `\"`, `\\`, `\/`; or, in broken JSON, any character.
                    let c = s[i + 1..].chars().next().unwrap_or(' ');
                    (c.to_string(), 1 + c.len_utf8())
                }
            };
            let end = (i + len).min(span.end);
            // A no-break space reads as a space.
            if text == " " || text == "\u{a0}" {
                self.b.space(i, end);
            } else {
                self.b.put(&text, i, end);
            }
            i = end;
            run = i;
        }
        self.b.copy(run, span.end);
    }

    fn heading(&mut self, text: &str, key: Span) {
        self.b.blank_line(key.start);
        self.b.hint(LineHint::Heading);
        self.b.put(text, key.start, key.end);
        self.b.blank_line(key.end);
    }

    fn link(&mut self, v: Option<(Span, &Value)>) {
        if let Some(url) = v.and_then(|(_, v)| v.str_span()) {
            self.links.push(url.of(self.s).to_ascii_lowercase());
        }
    }

    fn basics(&mut self, root: &Value) {
        let s = self.s;
        let Some((_, basics)) = root.get(s, &["basics"]) else {
            return;
        };
        for keys in [&["name"][..], &["label", "headline"]] {
            if let Some(v) = basics.get(s, keys).and_then(|(_, v)| v.str_span()) {
                self.b.end_line(v.start);
                self.string(v);
                self.b.end_line(v.end);
            }
        }
        // Contact details on one line, as a header shows them.
        let mut first = true;
        let mut contact = |r: &mut Self, v: Span| {
            if !first {
                r.b.put(" | ", v.start, v.start);
            }
            first = false;
            r.string(v);
        };
        for key in ["email", "phone", "url", "website"] {
            if let Some(v) = basics.get(s, &[key]).and_then(|(_, v)| v.str_span()) {
                if matches!(key, "url" | "website") {
                    self.links.push(v.of(s).to_ascii_lowercase());
                }
                contact(self, v);
            }
        }
        if let Some((_, profiles)) = basics.get(s, &["profiles"]) {
            for p in profiles.items() {
                self.link(p.get(s, &["url"]));
                let network = p.get(s, &["network"]).and_then(|(_, v)| v.str_span());
                let user = p.get(s, &["username"]).and_then(|(_, v)| v.str_span());
                if let (Some(n), Some(u)) = (network, user) {
                    let host = n.of(s).to_ascii_lowercase();
                    if matches!(host.as_str(), "github" | "gitlab" | "codeberg") {
                        self.links
                            .push(format!("{host}.com/{}", u.of(s).to_ascii_lowercase()));
                    }
                }
                if let Some(v) = p.get(s, &["url"]).and_then(|(_, v)| v.str_span()).or(user) {
                    contact(self, v);
                }
            }
        }
        self.b.end_line(s.len());
        if let Some((key, summary)) = basics.get(s, &["summary", "objective"]) {
            if let Some(v) = summary.str_span() {
                self.heading("Summary", key);
                self.string(v);
                self.b.end_line(v.end);
            }
        }
    }

    fn date_range(&mut self, entry: &Value) {
        let s = self.s;
        let start = entry.get(s, &["startDate", "start", "date", "releaseDate"]);
        let end = entry.get(s, &["endDate", "end"]);
        let Some(start) = start.and_then(|(_, v)| v.str_span()) else {
            return;
        };
        let Some(from) = month_year(start.of(s)) else {
            return;
        };
        let has_end_key = entry.get(s, &["endDate", "end"]).is_some();
        self.b.put(&from, start.start, start.end);
        match end.and_then(|(_, v)| v.str_span()) {
            Some(e) => match month_year(e.of(s)) {
                Some(to) => self.b.put(&format!(" – {to}"), e.start, e.end),
                None => {
                    self.b.put(" – ", e.start, e.start);
                    self.string(e);
                }
            },
            // No end date: still there, unless it is a one-date entry (an award).
            None if !has_end_key && entry.get(s, &["startDate", "start"]).is_some() => {
                self.b.put(" – Present", start.end, start.end)
            }
            None => {}
        }
    }

    fn section(&mut self, section: &Section, key: Span, list: &Value) {
        let s = self.s;
        if list.items().is_empty() {
            return;
        }
        self.heading(section.heading, key);
        for entry in list.items() {
            self.b.blank_line(key.end);
            self.b.hint(LineHint::Entry);
            let mut any = false;
            for alternatives in section.title {
                if let Some(v) = entry.get(s, alternatives).and_then(|(_, v)| v.str_span()) {
                    if any {
                        self.b.put(" | ", v.start, v.start);
                    }
                    self.string(v);
                    any = true;
                }
            }
            if let Some(start) = self.start_date(entry) {
                if any {
                    self.b.put(" | ", start.start - 1, start.start - 1);
                }
                self.date_range(entry);
            }
            self.link(entry.get(s, &["url", "website"]));
            self.b.end_line(s.len());
            for p in section.prose {
                if let Some(v) = entry.get(s, &[p]).and_then(|(_, v)| v.str_span()) {
                    self.b.end_line(v.start);
                    self.string(v);
                    self.b.end_line(v.end);
                }
            }
            for list in section.bullets {
                if let Some((_, items)) = entry.get(s, &[list]) {
                    for item in items.items() {
                        if let Some(v) = item.str_span() {
                            self.b.end_line(v.start);
                            // The marker stands for the string's opening quote.
                            self.b.put("• ", v.start - 1, v.start);
                            self.string(v);
                            self.b.end_line(v.end);
                        }
                    }
                }
            }
            if let Some((_, keywords)) = entry.get(s, &["keywords", "technologies"]) {
                self.keyword_line("Technologies", keywords);
            }
        }
    }

    /// The start date's string, when it is one the reader can read.
    fn start_date(&self, entry: &Value) -> Option<Span> {
        let v = entry
            .get(self.s, &["startDate", "start", "date", "releaseDate"])?
            .1
            .str_span()?;
        month_year(v.of(self.s)).map(|_| v)
    }

    /// "Name: a, b, c" from an array of strings.
    fn keyword_line(&mut self, label: &str, keywords: &Value) {
        let words: Vec<Span> = keywords
            .items()
            .iter()
            .filter_map(Value::str_span)
            .collect();
        let Some(first) = words.first() else {
            return;
        };
        self.b.end_line(first.start);
        self.b
            .put(&format!("{label}: "), first.start - 1, first.start - 1);
        for (k, w) in words.iter().enumerate() {
            if k > 0 {
                self.b.put(", ", w.start - 1, w.start - 1);
            }
            self.string(*w);
        }
        self.b.end_line(words[words.len() - 1].end);
    }

    fn skills(&mut self, key: Span, skills: &Value) {
        let s = self.s;
        if skills.items().is_empty() {
            return;
        }
        self.heading("Skills", key);
        for group in skills.items() {
            let name = group.get(s, &["name"]).and_then(|(_, v)| v.str_span());
            let keywords = group.get(s, &["keywords"]).map(|(_, v)| v);
            let words: Vec<Span> = keywords
                .map(|k| k.items().iter().filter_map(Value::str_span).collect())
                .unwrap_or_default();
            let Some(at) = name.or(words.first().copied()) else {
                continue;
            };
            self.b.end_line(at.start);
            if let Some(n) = name {
                self.string(n);
                if !words.is_empty() {
                    self.b.put(": ", n.end, n.end);
                }
            }
            for (k, w) in words.iter().enumerate() {
                if k > 0 {
                    self.b.put(", ", w.start - 1, w.start - 1);
                }
                self.string(*w);
            }
            self.b.end_line(at.end);
        }
    }

    /// Languages and interests: one line each.
    fn named_lists(&mut self, heading: &str, key: Span, list: &Value) {
        let s = self.s;
        if list.items().is_empty() {
            return;
        }
        self.heading(heading, key);
        for item in list.items() {
            let name = item
                .get(s, &["language", "name"])
                .and_then(|(_, v)| v.str_span());
            if let Some(n) = name {
                self.b.end_line(n.start);
                self.string(n);
                if let Some(f) = item.get(s, &["fluency"]).and_then(|(_, v)| v.str_span()) {
                    self.b.put(": ", f.start - 1, f.start - 1);
                    self.string(f);
                }
                if let Some((_, kw)) = item.get(s, &["keywords"]) {
                    let words: Vec<Span> = kw.items().iter().filter_map(Value::str_span).collect();
                    for (k, w) in words.iter().enumerate() {
                        self.b
                            .put(if k == 0 { ": " } else { ", " }, w.start - 1, w.start - 1);
                        self.string(*w);
                    }
                }
                self.b.end_line(n.end);
            }
        }
    }
}

/// "2019-03-01" or "2019-03" as "Mar 2019"; "2019" as itself.
fn month_year(iso: &str) -> Option<String> {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let mut parts = iso.trim().split('-');
    let year = parts.next()?;
    if year.len() != 4 || !year.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    match parts.next() {
        Some(m) => {
            let m: usize = m.parse().ok()?;
            Some(format!("{} {year}", MONTHS.get(m.checked_sub(1)?)?))
        }
        None => Some(year.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(month_year("2019-03-01").as_deref(), Some("Mar 2019"));
        assert_eq!(month_year("2019-12").as_deref(), Some("Dec 2019"));
        assert_eq!(month_year("2019").as_deref(), Some("2019"));
        assert_eq!(month_year("2019-13"), None);
        assert_eq!(month_year("soon"), None);
    }

    #[test]
    fn errors_say_where() {
        let e = parse("{\"a\": [1, 2}").unwrap_err();
        assert_eq!(e.at, 11);
        assert!(e.message.contains("‘,’ or ‘]’"), "{}", e.message);
        assert!(parse(&"[".repeat(10_000)).is_err());
        assert!(parse("{\"a\": \"open").is_err());
        assert!(parse("{} x").is_err());
    }

    #[test]
    fn escapes_read_and_map_back() {
        let src = r#"{"work":[{"name":"Caf\u00e9 Co","position":"SRE","startDate":"2020-01","highlights":["Cut \"p99\" by 40%\nfast","😀 \ud83d\ude00 ok"]}]}"#;
        let (b, _, _) = read(src).unwrap();
        let (view, map, hints) = b.finish();
        assert_eq!(
            view,
            "Experience\n\nSRE | Café Co | Jan 2020 – Present\n• Cut \"p99\" by 40% fast\n• 😀 😀 ok"
        );
        assert_eq!(hints[0], LineHint::Heading);
        assert_eq!(hints[2], LineHint::Entry);
        let at = view.find("\"p99\"").unwrap();
        assert_eq!(map.span(Span::new(at, at + 5)).of(src), r#"\"p99\""#);
        let at = view.find("é").unwrap();
        assert_eq!(map.span(Span::new(at, at + 2)).of(src), r"\u00e9");
        let at = view.rfind("😀").unwrap();
        assert_eq!(map.span(Span::new(at, at + 4)).of(src), r"\ud83d\ude00");
    }

    #[test]
    fn skills_and_basics() {
        let src = r#"{"basics":{"name":"Jane","email":"j@x.io","profiles":[{"network":"GitHub","username":"jd","url":"https://github.com/jd"}],"summary":"SRE."},"skills":[{"name":"Infra","keywords":["Kubernetes","Terraform"]}]}"#;
        let (b, links, _) = read(src).unwrap();
        assert_eq!(
            b.finish().0,
            "Jane\nj@x.io | https://github.com/jd\n\nSummary\n\nSRE.\n\nSkills\n\nInfra: Kubernetes, Terraform"
        );
        assert!(links.iter().any(|l| l.contains("github.com/jd")));
    }
}
