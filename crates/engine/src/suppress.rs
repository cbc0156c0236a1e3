//! Inline disables: comments in a source that tell the checker "this one is
//! fine", the way ESLint, Vale and markdownlint are told.
//!
//! ```text
//! % bulletproof-disable-next-line verb/weak-opening metrics/missing -- on-call rota, no number
//! \item Responsible for the on-call rota     % bulletproof-disable-line style/filler
//! <!-- bulletproof-disable style/filler --> … <!-- bulletproof-enable style/filler -->
//! "meta": { "bulletproof": { "disable": ["links/no-code"] } }      (JSON Resume: the whole file)
//! ```
//!
//! No ids means every rule. A directive only counts where the reader hid it
//! as a comment (LaTeX `%`, Markdown `<!-- -->`), so one quoted in the
//! resume's text is just text. `next-line` and `line` cover every finding of
//! a bullet that starts on that line, even on its wrapped lines. A directive
//! that silenced nothing, an unknown rule id and an unknown directive are
//! themselves reported (`disable/unused`, `disable/invalid`), so stale ones
//! get cleaned up and typos get noticed.

use super::read::Format;
use super::rules::{Finding, RuleId};
use super::span::Span;

/// Where a directive applies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// `bulletproof-disable-next-line`: the next line that is not blank or another directive.
    NextLine,
    /// `bulletproof-disable-line`: the line the comment is on.
    Line,
    /// `bulletproof-disable`: from here to a matching `bulletproof-enable` or the end.
    Block,
    /// `bulletproof-enable`.
    Enable,
    /// JSON Resume's `meta.bulletproof.disable`: the whole file.
    File,
    /// A word starting `bulletproof-` that is none of the above.
    Unknown,
}

impl Scope {
    fn from_word(word: &str) -> Scope {
        match word {
            "bulletproof-disable-next-line" => Scope::NextLine,
            "bulletproof-disable-line" => Scope::Line,
            "bulletproof-disable" => Scope::Block,
            "bulletproof-enable" => Scope::Enable,
            _ => Scope::Unknown,
        }
    }

    fn word(self) -> &'static str {
        match self {
            Scope::NextLine => "bulletproof-disable-next-line",
            Scope::Line => "bulletproof-disable-line",
            Scope::Block | Scope::Unknown => "bulletproof-disable",
            Scope::Enable => "bulletproof-enable",
            Scope::File => "meta.bulletproof.disable",
        }
    }
}

/// A rule id as written in a directive.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Named {
    pub span: Span,
    /// `None` when no rule has this id.
    pub rule: Option<RuleId>,
}

/// One directive in a source.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Directive {
    pub scope: Scope,
    /// The directive word (or, for JSON, the list entry) in the source.
    pub span: Span,
    /// The source lines the comment is on (start of its first line to the
    /// end of its last, line break excluded).
    pub lines: Span,
    /// The comment is all there is on its lines.
    pub alone: bool,
    /// The rule ids it names; empty for every rule.
    pub rules: Vec<Named>,
}

/// Reads a comment's body (`body` starts at source offset `at`) as a
/// directive, if it is one. Ids are split by spaces or commas; `--` starts
/// a free-text reason.
pub fn parse_comment(body: &str, at: usize, lines: Span, alone: bool) -> Option<Directive> {
    let lead = body.len() - body.trim_start().len();
    let rest = &body[lead..];
    if !rest.starts_with("bulletproof-") {
        return None;
    }
    let word_len = rest
        .find(|c: char| c.is_whitespace() || c == ',')
        .unwrap_or(rest.len());
    let word = &rest[..word_len];
    let start = at + lead;
    let mut rules = Vec::new();
    let mut i = lead + word_len;
    let is_gap = |c: char| c.is_whitespace() || c == ',';
    while let Some(c) = body[i..].chars().next() {
        if is_gap(c) {
            // Any whitespace, not only ASCII: a no-break space from a word
            // processor must not stop the scan.
            i += c.len_utf8();
            continue;
        }
        let end = body[i..].find(is_gap).map_or(body.len(), |n| i + n);
        let id = &body[i..end];
        if id.starts_with("--") {
            break; // the reason
        }
        rules.push(Named {
            span: Span::new(at + i, at + end),
            rule: RuleId::from_id(id),
        });
        i = end;
    }
    Some(Directive {
        scope: Scope::from_word(word),
        span: Span::new(start, start + word_len),
        lines,
        alone,
        rules,
    })
}

/// The line around `at`: its start and its end (before the line break).
fn line_of(src: &str, at: usize) -> Span {
    let start = src[..at].rfind(['\n', '\r']).map_or(0, |i| i + 1);
    let end = src[at..].find(['\n', '\r']).map_or(src.len(), |i| at + i);
    Span::new(start, end)
}

/// Whether `from..to` lies wholly inside one hidden range (`markup` is
/// sorted): the reader hid the whole comment, so none of it is text.
fn hidden_through(markup: &[Span], from: usize, to: usize) -> bool {
    let i = markup.partition_point(|m| m.end <= from);
    markup
        .get(i)
        .is_some_and(|m| m.start <= from && to <= m.end)
}

/// The directives in a LaTeX or Markdown source's comments. `markup` is
/// what the reader hid: a comment it showed as text holds no directive.
pub fn scan(src: &str, format: Format, markup: &[Span]) -> Vec<Directive> {
    match format {
        Format::Latex => scan_latex(src, markup),
        Format::Markdown => scan_markdown(src, markup),
        Format::Text | Format::JsonResume => Vec::new(),
    }
}

fn scan_latex(src: &str, markup: &[Span]) -> Vec<Directive> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(n) = src[from..].find("bulletproof-") {
        let at = from + n;
        from = at + 1;
        let line = line_of(src, at);
        // The comment's `%`: the first one not escaped as `\%` from which the
        // reader hid the rest of the line (a `%` in a URL is not one).
        let comment_end = line.start + src[line.start..line.end].trim_end().len();
        let Some(pct) = comment_marks(&src[line.start..at])
            .map(|i| line.start + i)
            .find(|&p| hidden_through(markup, p, comment_end))
        else {
            from = line.end.max(from);
            continue;
        };
        let body_start =
            pct + 1 + src[pct + 1..].len() - src[pct + 1..].trim_start_matches('%').len();
        if src[body_start..at].trim().is_empty() {
            let alone = src[line.start..pct].trim().is_empty();
            out.extend(parse_comment(
                &src[body_start..line.end],
                body_start,
                line,
                alone,
            ));
        }
        from = line.end.max(from);
    }
    out
}

/// The byte indexes of the `%`s that may start a comment (an odd run of
/// backslashes before one escapes it).
fn comment_marks(s: &str) -> impl Iterator<Item = usize> + '_ {
    let b = s.as_bytes();
    (0..b.len()).filter(move |&i| {
        b[i] == b'%' && b[..i].iter().rev().take_while(|&&c| c == b'\\').count() % 2 == 0
    })
}

fn scan_markdown(src: &str, markup: &[Span]) -> Vec<Directive> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(n) = src[from..].find("<!--") {
        let open = from + n;
        let body_start = open + 4;
        let Some(close) = src[body_start..].find("-->").map(|i| body_start + i) else {
            break;
        };
        from = close + 3;
        if !hidden_through(markup, open, from) {
            // Not a comment the reader hid (inside code, say): look again
            // just past this `<!--`.
            from = body_start;
            continue;
        }
        let first = line_of(src, open);
        let last = line_of(src, close);
        let alone =
            src[first.start..open].trim().is_empty() && src[from..last.end].trim().is_empty();
        out.extend(parse_comment(
            &src[body_start..close],
            body_start,
            Span::new(first.start, last.end),
            alone,
        ));
    }
    out
}

/// The directives of a JSON Resume's `meta.bulletproof.disable` list (the
/// spans of its strings' contents).
pub fn json_disables(src: &str, entries: &[Span]) -> Vec<Directive> {
    entries
        .iter()
        .map(|&s| Directive {
            scope: Scope::File,
            span: s,
            lines: Span::new(0, src.len()),
            alone: false,
            rules: vec![Named {
                span: s,
                rule: RuleId::from_id(s.of(src).trim()),
            }],
        })
        .collect()
}

/// A stretch of the source where a rule (or every rule) is off.
#[derive(Clone, Debug)]
struct Region {
    rule: Option<RuleId>,
    /// Rules an `enable` turned back on inside a disable of every rule.
    except: Vec<RuleId>,
    span: Span,
    /// Which entry of [`Suppressor::entries`] it comes from.
    entry: usize,
}

/// A `disable` still open while the directives are read in order.
struct Open {
    rule: Option<RuleId>,
    except: Vec<RuleId>,
    from: usize,
    entry: usize,
}

/// One thing a directive turns off: all rules, or one named rule.
#[derive(Clone, Copy, Debug)]
struct Entry {
    directive: usize,
    /// Index into the directive's `rules`; `None` for every rule.
    name: Option<usize>,
    uses: u32,
}

/// The directives of one source, ready to silence findings.
#[derive(Debug, Default)]
pub struct Suppressor {
    directives: Vec<Directive>,
    regions: Vec<Region>,
    entries: Vec<Entry>,
    /// `enable` directives (or their ids) that ended no disable.
    idle_enables: Vec<(usize, Option<usize>)>,
}

impl Suppressor {
    pub fn new(src: &str, directives: Vec<Directive>) -> Suppressor {
        let mut s = Suppressor {
            directives,
            ..Suppressor::default()
        };
        // A disable stays open until an enable for its rule, or an enable
        // with no ids, ends it. An enable naming rules inside a disable of
        // every rule turns just those back on (as ESLint does).
        let mut open: Vec<Open> = Vec::new();
        for (d, dir) in s.directives.iter().enumerate() {
            let named: Vec<(RuleId, usize)> = dir
                .rules
                .iter()
                .enumerate()
                .filter_map(|(i, n)| Some((n.rule?, i)))
                .collect();
            let targets: Vec<(Option<RuleId>, Option<usize>)> = if dir.rules.is_empty() {
                vec![(None, None)]
            } else {
                named.iter().map(|&(r, i)| (Some(r), Some(i))).collect()
            };
            match dir.scope {
                Scope::Unknown => {}
                Scope::Enable => {
                    let here = dir.span.start;
                    let mut ended = vec![false; targets.len()];
                    let mut still = Vec::new();
                    for o in open.drain(..) {
                        let close = |o: &Open, regions: &mut Vec<Region>| {
                            regions.push(Region {
                                rule: o.rule,
                                except: o.except.clone(),
                                span: Span::new(o.from, here),
                                entry: o.entry,
                            });
                        };
                        if dir.rules.is_empty() {
                            close(&o, &mut s.regions);
                            ended.iter_mut().for_each(|e| *e = true);
                        } else if let Some(j) = o
                            .rule
                            .and_then(|r| targets.iter().position(|t| t.0 == Some(r)))
                        {
                            close(&o, &mut s.regions);
                            ended[j] = true;
                        } else if o.rule.is_none() {
                            // Every rule stays off but the ones named here.
                            let back_on: Vec<usize> = (0..targets.len())
                                .filter(|&j| targets[j].0.is_some_and(|r| !o.except.contains(&r)))
                                .collect();
                            if back_on.is_empty() {
                                still.push(o);
                                continue;
                            }
                            close(&o, &mut s.regions);
                            let mut except = o.except;
                            for &j in &back_on {
                                ended[j] = true;
                                except.extend(targets[j].0);
                            }
                            still.push(Open {
                                rule: None,
                                except,
                                from: here,
                                entry: o.entry,
                            });
                        } else {
                            still.push(o);
                        }
                    }
                    open = still;
                    for (j, t) in targets.iter().enumerate() {
                        if !ended[j] {
                            s.idle_enables.push((d, t.1));
                        }
                    }
                }
                scope => {
                    let span = match scope {
                        Scope::NextLine => next_line(src, &s.directives, dir.lines.end),
                        Scope::Line => Some(dir.lines),
                        Scope::File => Some(Span::new(0, src.len())),
                        _ => None,
                    };
                    for (rule, name) in targets {
                        let entry = s.entries.len();
                        s.entries.push(Entry {
                            directive: d,
                            name,
                            uses: 0,
                        });
                        match (scope, span) {
                            (_, Some(span)) => s.regions.push(Region {
                                rule,
                                except: Vec::new(),
                                span,
                                entry,
                            }),
                            (Scope::Block, None) => open.push(Open {
                                rule,
                                except: Vec::new(),
                                from: dir.span.end,
                                entry,
                            }),
                            // A next-line with no line after it silences nothing.
                            _ => {}
                        }
                    }
                }
            }
        }
        for o in open {
            s.regions.push(Region {
                rule: o.rule,
                except: o.except,
                span: Span::new(o.from, src.len()),
                entry: o.entry,
            });
        }
        s
    }

    pub fn is_empty(&self) -> bool {
        self.directives.is_empty()
    }

    /// Whether a finding of `rule` is silenced, given the source offsets it
    /// is anchored at (its own start, and the start of the bullet it is
    /// in). Counts the use, so stale directives can be told.
    pub fn silences(&mut self, rule: RuleId, anchors: &[usize]) -> bool {
        let mut hit = false;
        for r in &self.regions {
            let covers = anchors.iter().any(|&a| r.span.start <= a && a < r.span.end);
            if covers && r.rule.is_none_or(|x| x == rule) && !r.except.contains(&rule) {
                self.entries[r.entry].uses += 1;
                hit = true;
            }
        }
        hit
    }

    /// Findings on the directives themselves (source spans; line and
    /// column left for the caller): unknown directives and rule ids, and
    /// directives that silenced nothing.
    pub fn findings(&self, src: &str) -> Vec<Finding> {
        let mut out = Vec::new();
        for d in &self.directives {
            if d.scope == Scope::Unknown {
                out.push(finding(
                    RuleId::DisableInvalid,
                    d.span,
                    format!("“{}” is not a directive.", d.span.of(src)),
                    "Use bulletproof-disable-next-line, bulletproof-disable-line, bulletproof-disable or bulletproof-enable.".into(),
                ));
                continue;
            }
            for n in d.rules.iter().filter(|n| n.rule.is_none()) {
                let id = n.span.of(src);
                let suggestion = match RuleId::closest(id) {
                    Some(r) => format!("Did you mean {}?", r.id()),
                    None => "Rule ids are listed by `bulletproof rules`.".into(),
                };
                out.push(finding(
                    RuleId::DisableInvalid,
                    n.span,
                    format!(
                        "“{id}” is not a rule id, so this {} turns nothing off.",
                        d.scope.word()
                    ),
                    suggestion,
                ));
            }
        }
        for &(d, name) in &self.idle_enables {
            let d = &self.directives[d];
            let (span, what) = match name {
                Some(i) => (d.rules[i].span, d.rules[i].span.of(src).to_string()),
                None => (d.span, "every rule".to_string()),
            };
            out.push(finding(
                RuleId::DisableUnused,
                span,
                format!("This bulletproof-enable for {what} ends no bulletproof-disable."),
                "Remove it, or add the disable it was meant to end.".into(),
            ));
        }
        for e in self.entries.iter().filter(|e| e.uses == 0) {
            let d = &self.directives[e.directive];
            let (span, what) = match e.name {
                Some(i) => (d.rules[i].span, d.rules[i].span.of(src).to_string()),
                None => (d.span, "any rule".to_string()),
            };
            out.push(finding(
                RuleId::DisableUnused,
                span,
                format!("This {} for {what} silenced nothing.", d.scope.word()),
                "Remove it: the finding it was for is gone.".into(),
            ));
        }
        out
    }
}

fn finding(rule: RuleId, span: Span, message: String, suggestion: String) -> Finding {
    Finding {
        rule,
        severity: rule.severity(),
        line: 0,
        column: 0,
        span,
        message,
        suggestion: Some(suggestion),
        replacement: None,
    }
}

/// The line after `end` that is not blank and not a directive alone.
fn next_line(src: &str, directives: &[Directive], end: usize) -> Option<Span> {
    let mut at = end;
    while at < src.len() {
        // Past the line break.
        at += match &src.as_bytes()[at..] {
            [b'\r', b'\n', ..] => 2,
            _ => 1,
        };
        if at > src.len() {
            break;
        }
        let line = line_of(src, at);
        let directive_alone = directives
            .iter()
            .any(|d| d.alone && d.lines.start <= line.start && line.end <= d.lines.end);
        if !line.of(src).trim().is_empty() && !directive_alone {
            return Some(line);
        }
        at = line.end;
    }
    None
}

#[cfg(test)]
mod tests;
