//! The JavaScript API of the widget bundle: `check(text, options)` returns
//! the same report as the CLI's JSON, with spans in UTF-16 code units so they
//! index JavaScript strings directly. Options are one object:
//! `{ jobDescription, role, band, today, input, rules }`, all optional;
//! `input` is the text's format ("text", "latex", "markdown", "json-resume"),
//! detected from the content when left out or "auto"; `rules` sets rules
//! off or to a severity, as `[rules]` in the CLI's `bulletproof.toml` does.

use std::cell::RefCell;
use std::sync::Arc;

use wasm_bindgen::prelude::*;

use crate::engine::read::{Format, Input};
use crate::engine::tailor::{Band, Job, Role};
use crate::engine::{Level, OffsetTable, Options, RuleId, Session, YearMonth};

/// The option names, as JavaScript spells them (the fields below, camelCase).
const OPTION_NAMES: [&str; 6] = ["jobDescription", "role", "band", "today", "input", "rules"];

#[derive(Default)]
struct JsOptions {
    job_description: Option<String>,
    role: Option<String>,
    band: Option<String>,
    /// "YYYY-MM"; defaults to this month.
    today: Option<String>,
    /// "auto" (the default), "text", "latex", "markdown" or "json-resume".
    input: Option<String>,
    /// `{ "links/no-code": "off", "verb/weak-opening": "error" }`.
    rules: Vec<(String, String)>,
}

/// Option `name` of `js`: a string, or absent (`undefined`, `null`). Read
/// by hand rather than by serde: its error messages format floats, 11 KB
/// of the module before wasm-opt for a message nobody needs.
fn string_option(js: &JsValue, name: &str) -> Result<Option<String>, JsError> {
    let v = js_sys::Reflect::get(js, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED);
    if v.is_undefined() || v.is_null() {
        return Ok(None);
    }
    v.as_string()
        .map(Some)
        .ok_or_else(|| bad(&format!("options: {name} must be a string")))
}

/// The `rules` option: an object whose values are strings.
fn rules_option(js: &JsValue) -> Result<Vec<(String, String)>, JsError> {
    let v = js_sys::Reflect::get(js, &JsValue::from_str("rules")).unwrap_or(JsValue::UNDEFINED);
    if v.is_undefined() || v.is_null() {
        return Ok(Vec::new());
    }
    let Some(obj) = v
        .dyn_ref::<js_sys::Object>()
        .filter(|_| !js_sys::Array::is_array(&v))
    else {
        return Err(bad(
            "options: rules must be an object of rule ids and levels",
        ));
    };
    js_sys::Object::entries(obj)
        .iter()
        .map(|pair| {
            let pair = js_sys::Array::from(&pair);
            let id = pair.get(0).as_string().unwrap_or_default();
            let level = pair.get(1).as_string().ok_or_else(|| {
                bad(&format!(
                    "options: rules: {id:?} must be a level (a string)"
                ))
            })?;
            Ok((id, level))
        })
        .collect()
}

fn bad(what: &str) -> JsError {
    JsError::new(&format!("bulletproof.check: {what}"))
}

fn options_from(js: JsValue) -> Result<Options, JsError> {
    let o: JsOptions = if js.is_undefined() || js.is_null() {
        JsOptions::default()
    } else {
        // A misspelt option would otherwise be ignored without a word.
        if !js.is_object() {
            return Err(bad("options must be an object"));
        }
        if let Some(obj) = js.dyn_ref::<js_sys::Object>() {
            for key in js_sys::Object::keys(obj)
                .iter()
                .filter_map(|k| k.as_string())
            {
                if !OPTION_NAMES.contains(&key.as_str()) {
                    return Err(bad(&format!(
                        "unknown option `{key}`; the options are {}",
                        OPTION_NAMES.join(", ")
                    )));
                }
            }
        }
        JsOptions {
            job_description: string_option(&js, "jobDescription")?,
            role: string_option(&js, "role")?,
            band: string_option(&js, "band")?,
            today: string_option(&js, "today")?,
            input: string_option(&js, "input")?,
            rules: rules_option(&js)?,
        }
    };
    let role = match o.role.as_deref() {
        None | Some("") => None,
        Some(r) => Some(Role::from_name(r).ok_or_else(|| {
            bad(&format!(
                "unknown role {r:?}; use {}",
                Role::ALL.map(Role::name).join(", ")
            ))
        })?),
    };
    let band = match o.band.as_deref() {
        None | Some("") => None,
        Some(b) => Some(Band::from_name(b).ok_or_else(|| {
            bad(&format!(
                "unknown band {b:?}; use {}",
                Band::ALL.map(Band::name).join(", ")
            ))
        })?),
    };
    let input = match o.input.as_deref() {
        None | Some("") | Some("auto") => Input::Auto,
        Some(i) => Input::Is(Format::from_name(i).ok_or_else(|| {
            bad(&format!(
                "unknown input {i:?}; use auto, {}",
                Format::ALL.map(Format::name).join(", ")
            ))
        })?),
    };
    let today = match o.today.as_deref() {
        Some(t) => {
            let (y, m) = t
                .split_once('-')
                .ok_or_else(|| bad("today must be YYYY-MM"))?;
            let (y, m) = (y.parse::<i32>(), m.parse::<u8>());
            match (y, m) {
                (Ok(y), Ok(m)) if (1..=12).contains(&m) => YearMonth::new(y, m),
                _ => return Err(bad("today must be YYYY-MM")),
            }
        }
        None => {
            let d = js_sys::Date::new_0();
            YearMonth::new(d.get_full_year() as i32, d.get_month() as u8 + 1)
        }
    };
    let mut levels = Vec::new();
    for (id, level) in &o.rules {
        let rule = RuleId::from_id(id).ok_or_else(|| match RuleId::closest(id) {
            Some(r) => bad(&format!("unknown rule {id:?}; did you mean {:?}?", r.id())),
            None => bad(&format!("unknown rule {id:?}")),
        })?;
        let level = Level::from_name(level).ok_or_else(|| {
            bad(&format!(
                "rule {id:?}: unknown level {level:?}; use {}",
                Level::NAMES.join(", ")
            ))
        })?;
        levels.push((rule, level));
    }
    // Without the lens no check reads a job description (the loader fetches
    // `api-lens` for one): the posting's reader stays out of this module.
    let job = o
        .job_description
        .filter(|j| cfg!(feature = "lens") && !j.trim().is_empty())
        .map(job_for);
    Ok(Options {
        today: Some(today),
        role,
        band,
        job,
        input,
        ats: Vec::new(),
        levels,
    })
}

/// The job description read for `text`: the last one again when the text
/// is the same and no job lexicon came in since (a page checks a resume as
/// it is edited against one posting; reading the posting is most of such a
/// check's time).
fn job_for(text: String) -> Arc<Job> {
    let lexicon = crate::engine::tailor::data::tech_names().is_some();
    LAST_JOB.with_borrow_mut(|last| match last {
        Some((seen, with_lexicon, job)) if *seen == text && *with_lexicon == lexicon => {
            Arc::clone(job)
        }
        _ => {
            let job = Arc::new(Job::parse(&text));
            *last = Some((text, lexicon, Arc::clone(&job)));
            job
        }
    })
}

thread_local! {
    /// The last job description, whether the job lexicon was in when it
    /// was read, and what was read.
    static LAST_JOB: RefCell<Option<(String, bool, Arc<Job>)>> = const { RefCell::new(None) };
    /// The last check's blocks and their facts. A page that checks a text
    /// as it is edited changes a block or two between calls; the others are
    /// not read again (the engine's `Session`, the app's live check). The
    /// report is the one a check from scratch gives.
    static SESSION: RefCell<Session> = RefCell::default();
    /// The last report's tape: written over by the next, in the same buffers.
    static TAPE: RefCell<crate::tape::Tape> = RefCell::new(crate::tape::Tape::empty());
}

/// Checks a resume: `check(text, { jobDescription, role, band, today })`.
/// Exported to JavaScript by this crate's binary (`src/main.rs`): a
/// binary exports only its own `#[wasm_bindgen]` functions.
pub fn check_js(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    let options = options_from(options)?;
    let report = SESSION.with_borrow_mut(|session| session.check(text, &options));
    let report = report.into_utf16(
        &OffsetTable::new(text),
        options.job.as_deref().map(|j| &j.table),
    );
    // One call builds the objects (src/tape.rs), not one per field.
    Ok(TAPE.with_borrow_mut(|tape| {
        tape.write(&report);
        tape.to_js()
    }))
}
