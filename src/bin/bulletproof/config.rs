//! `bulletproof.toml` (or `.bulletproof.toml`): a resume repository's
//! settings, found from a checked file's directory upwards to the
//! repository's root, or given with `--config`.
//!
//! ```toml
//! role = "sre"
//! band = "5-8"
//! jd = "jobs/acme-sre.txt"     # relative to this file
//! today = "2026-11"
//! fail_on = "warning"
//! min_score = 70
//!
//! [rules]
//! "links/no-code" = "off"
//! "verb/weak-opening" = "error"
//! ```
//!
//! Unknown keys, rule ids and values are errors that name them (exit 2).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use bulletproof::engine::tailor::{Band, Role};
use bulletproof::engine::{Level, RuleId, YearMonth};
use serde::Deserialize;
use toml::Spanned;

use crate::{parse_band, parse_month, parse_role, FailOn};

/// The names a configuration file may have, in the order they are looked for.
pub const NAMES: [&str; 2] = ["bulletproof.toml", ".bulletproof.toml"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    role: Option<Spanned<String>>,
    band: Option<Spanned<String>>,
    jd: Option<Spanned<String>>,
    today: Option<Spanned<String>>,
    fail_on: Option<Spanned<String>>,
    min_score: Option<Spanned<i64>>,
    #[serde(default)]
    rules: BTreeMap<String, Spanned<String>>,
}

/// A configuration file's settings, checked.
#[derive(Clone, Debug, Default)]
pub struct Config {
    pub role: Option<Role>,
    pub band: Option<Band>,
    /// The job description's path, made relative to where the run is.
    pub jd: Option<PathBuf>,
    pub today: Option<YearMonth>,
    pub fail_on: Option<FailOn>,
    pub min_score: Option<u32>,
    pub levels: Vec<(RuleId, Level)>,
}

/// The configuration file for a file in `dir`: the nearest one from `dir`
/// upwards, stopping at the repository's root (a directory holding `.git`).
/// Two in one directory is an error: which one wins would be a guess.
pub fn discover(dir: &Path) -> Result<Option<PathBuf>, String> {
    let start = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let start = start
        .canonicalize()
        .map_err(|e| format!("{}: cannot look for a configuration: {e}", dir.display()))?;
    for d in start.ancestors() {
        let found: Vec<PathBuf> = NAMES
            .iter()
            .map(|n| d.join(n))
            .filter(|p| p.is_file())
            .collect();
        match found.as_slice() {
            [] => {}
            [one] => return Ok(Some(relative(one))),
            [a, b, ..] => {
                return Err(format!(
                    "{} and {} are both here; keep one",
                    a.display(),
                    b.display()
                ))
            }
        }
        if d.join(".git").exists() {
            break;
        }
    }
    Ok(None)
}

/// A path under the working directory as a relative one, as people name it.
fn relative(p: &Path) -> PathBuf {
    std::env::current_dir()
        .and_then(|d| d.canonicalize())
        .ok()
        .and_then(|d| p.strip_prefix(d).ok().map(Path::to_path_buf))
        .unwrap_or_else(|| p.to_path_buf())
}

/// Reads and checks a configuration file.
pub fn load(path: &Path) -> Result<Config, String> {
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => format!("{name}: no such configuration file"),
        _ => format!("{name}: cannot read: {e}"),
    })?;
    parse(&text, path).map_err(|e| format!("{name}: {e}"))
}

/// Parses a configuration's text; `path` is where relative paths start.
pub fn parse(text: &str, path: &Path) -> Result<Config, String> {
    let raw: Raw = toml::from_str(text).map_err(|e| {
        // toml's message is "TOML parse error at line L, column C" and a
        // snippet; keep it, on one line per part.
        e.to_string().trim_end().to_string()
    })?;
    let line = |span: std::ops::Range<usize>| 1 + text[..span.start].matches('\n').count();
    let value = |key: &str, v: &Spanned<String>, problem: String| {
        format!(
            "line {}: {key} = \"{}\": {problem}",
            line(v.span()),
            v.get_ref()
        )
    };
    let check = |key: &str,
                 v: &Option<Spanned<String>>,
                 f: &dyn Fn(&str) -> Result<(), String>|
     -> Result<(), String> {
        match v {
            Some(v) => f(v.get_ref()).map_err(|p| value(key, v, p)),
            None => Ok(()),
        }
    };
    let mut c = Config::default();
    check("role", &raw.role, &|s| parse_role(s).map(|_| ()))?;
    c.role = raw.role.as_ref().and_then(|v| parse_role(v.get_ref()).ok());
    check("band", &raw.band, &|s| parse_band(s).map(|_| ()))?;
    c.band = raw.band.as_ref().and_then(|v| parse_band(v.get_ref()).ok());
    check("today", &raw.today, &|s| parse_month(s).map(|_| ()))?;
    c.today = raw
        .today
        .as_ref()
        .and_then(|v| parse_month(v.get_ref()).ok());
    check("fail_on", &raw.fail_on, &|s| {
        FailOn::from_name(s).map(|_| ())
    })?;
    c.fail_on = raw
        .fail_on
        .as_ref()
        .and_then(|v| FailOn::from_name(v.get_ref()).ok());
    if let Some(m) = &raw.min_score {
        let n = *m.get_ref();
        if !(0..=100).contains(&n) {
            return Err(format!(
                "line {}: min_score = {n}: expected 0 to 100",
                line(m.span())
            ));
        }
        c.min_score = Some(n as u32);
    }
    if let Some(jd) = &raw.jd {
        let base = path.parent().unwrap_or(Path::new("."));
        let p = base.join(jd.get_ref());
        if !p.is_file() {
            return Err(value("jd", jd, format!("no such file ({})", p.display())));
        }
        c.jd = Some(p);
    }
    for (id, level) in &raw.rules {
        let Some(rule) = RuleId::from_id(id) else {
            let hint = RuleId::closest(id)
                .map_or(String::new(), |r| format!("; did you mean {}?", r.id()));
            return Err(format!(
                "line {}: [rules] \"{id}\" is not a rule id{hint} (`bulletproof rules` lists them)",
                line(level.span())
            ));
        };
        let Some(l) = Level::from_name(level.get_ref()) else {
            return Err(value(
                &format!("[rules] \"{id}\""),
                level,
                format!("expected one of {}", Level::NAMES.join(", ")),
            ));
        };
        c.levels.push((rule, l));
    }
    Ok(c)
}
