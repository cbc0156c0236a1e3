//! The tailoring controls: the target role, the experience band, and the job
//! description pane, whose missing terms are highlighted like any finding.
//! Each change re-reads the options, saves them in this browser and asks the
//! editor to check again.

use std::sync::Arc;

use leptos::html;
use leptos::prelude::*;
use web_sys::Element;

use super::dom::{add, document, set, text_el};
use super::storage::Key;
use super::{Checker, Setup};
#[cfg(feature = "readers")]
use crate::engine::read::{Format, Input};
use crate::engine::tailor::{Band, Job, Role};
use crate::engine::{Options, Report, Span};

/// Only this much of a job description is read (they run a few KB).
const JOB_LIMIT: usize = 100_000;
/// How long typing in the job description pauses before it is read again.
const JOB_SETTLE: std::time::Duration = std::time::Duration::from_millis(150);

fn parse_job(text: &str) -> Option<Arc<Job>> {
    // The first load has no job-description matching (see `wants_lens`).
    if !cfg!(feature = "lens") || text.trim().is_empty() {
        return None;
    }
    let mut cut = text.len().min(JOB_LIMIT);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    Some(Arc::new(Job::parse(&text[..cut])))
}

/// The first load is built without job-description matching and the role
/// lens (the engine's `lens`): the first time a person picks a role or
/// pastes a job description, or comes back to saved ones, the full app
/// takes over, as for a source, with the text, role, band and job
/// description. Until it is there the check goes on without them.
#[cfg(all(feature = "upgrade", not(feature = "lens")))]
fn wants_lens(checker: Checker, role: &str, job: &str) {
    use wasm_bindgen::JsCast;
    if role.is_empty() && job.trim().is_empty() {
        return;
    }
    let text = document()
        .get_element_by_id("resume")
        .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
        .map(|t| t.value())
        .unwrap_or_default();
    if super::load_full_app(&text).as_deref() == Some("failed") {
        checker.status.set(Some(
            "Matching a role or job description needs a part of Bulletproof that could not be loaded. Reload the page to try again.".into(),
        ));
    }
}

/// The job lexicon (the generated technology names and the long tail of
/// practices) is not built into the wasm: a build with the lens asks the
/// page for it (`__bulletproofJobLexicon`, in `assets/pwa.js` and the
/// widget's loader, which fetch `tech_names.txt` and `jd_terms.txt` once),
/// and `then` runs once it is in, to read the job description again with
/// it. Without it the curated concepts still match.
#[cfg(feature = "lens")]
fn with_job_lexicon(then: impl FnOnce() + 'static) {
    use crate::engine::tailor::data::{install_job_lexicon, tech_names};
    use wasm_bindgen::{closure::Closure, JsCast, JsValue};
    if tech_names().is_some() {
        return;
    }
    let Some(ask) = js_sys::Reflect::get(&js_sys::global(), &"__bulletproofJobLexicon".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    else {
        return;
    };
    let done = Closure::once_into_js(move |names: String, terms: String| {
        if install_job_lexicon(&names, &terms) {
            then();
        }
    });
    let _ = ask.call1(&JsValue::NULL, &done);
}

/// `options` with the role, band and job description saved in this browser,
/// else the setup's role and band.
pub fn saved_options(setup: &Setup, mut options: Options) -> Options {
    let store = &setup.store;
    options.role = store
        .load(Key::Role)
        .and_then(|r| Role::from_name(&r))
        .or(setup.role);
    options.band = store
        .load(Key::Band)
        .and_then(|b| Band::from_name(&b))
        .or(setup.band);
    options.job = setup
        .job_text
        .clone()
        .or_else(|| store.load(Key::Job))
        .and_then(|t| parse_job(&t));
    options
}

/// Fills a `<select>` with (value, label) options, selecting `current`.
fn fill(select: &Element, choices: &[(&str, &str)], current: &str) {
    select.set_text_content(None);
    for (value, label) in choices {
        let o = text_el("option", "", label);
        set(&o, "value", value);
        if *value == current {
            set(&o, "selected", "");
        }
        add(select, &o);
    }
}

/// The job description's highlights: each missing term where it is first
/// mentioned, drawn as text (never HTML) over the textarea.
fn draw_job_marks(mirror: &Element, text: &str, spans: &[Span]) {
    mirror.set_text_content(None);
    let mut at = 0;
    for span in spans {
        let (Some(before), Some(word)) = (text.get(at..span.start), text.get(span.start..span.end))
        else {
            continue;
        };
        add(mirror, &document().create_text_node(before));
        let mark = text_el("mark", "hl sev-info", word);
        set(&mark, "data-rule", "jd/missing-keyword");
        add(mirror, &mark);
        at = span.end;
    }
    // A trailing line break still takes a line, as in the textarea.
    let rest = text.get(at..).unwrap_or_default();
    add(
        mirror,
        &document().create_text_node(&format!("{rest}\u{200b}")),
    );
}

/// The missing-term findings on the job description, in text order.
fn job_marks(report: &Report) -> Vec<Span> {
    if !cfg!(feature = "lens") {
        return Vec::new();
    }
    let mut marks: Vec<Span> = report
        .tailoring
        .job
        .iter()
        .flat_map(|j| &j.findings)
        .map(|f| f.span)
        .collect();
    crate::engine::sort::sort_by_key(&mut marks, |m| m.start);
    marks.dedup_by(|b, a| b.start < a.end);
    marks
}

#[component]
pub fn Tailor(hidden: bool) -> impl IntoView {
    let checker = expect_context::<Checker>();
    let role = NodeRef::<html::Select>::new();
    let band = NodeRef::<html::Select>::new();
    #[cfg(feature = "readers")]
    let input = NodeRef::<html::Select>::new();
    #[cfg(feature = "readers")]
    let input_note = NodeRef::<html::P>::new();
    let area = NodeRef::<html::Textarea>::new();
    let mirror = NodeRef::<html::Div>::new();
    let (role0, band0) = checker
        .options
        .with_value(|o| (o.role.map_or("", Role::name), o.band.map_or("", Band::name)));
    // The whole saved text (the options hold only the part that is read).
    let job0 = checker
        .setup
        .with_value(|s| s.job_text.clone())
        .or_else(|| checker.store().load(Key::Job))
        .unwrap_or_default();
    #[cfg(all(feature = "upgrade", not(feature = "lens")))]
    let lens_at_start = !role0.is_empty() || !job0.trim().is_empty();
    // The job-description text last read, so role and band changes do not re-read it.
    let read = StoredValue::new(job0.clone());
    let pending = StoredValue::new_local(None::<TimeoutHandle>);

    // The job lexicon is for job descriptions: asked for once there is one
    // (a role alone does not need it), and again at the next change until
    // it is in (the page fetches it once and keeps the answer; a failed
    // fetch is tried again); once it is in, the job description is read
    // again.
    #[cfg(feature = "lens")]
    let want_lexicon = move |jd: &str| {
        if jd.trim().is_empty() {
            return;
        }
        // Says the pane is read with the whole lexicon (a style's and a
        // browser test's hook: the terms may change once it is in).
        let mark_read = move || {
            if let Some(a) = area.get_untracked() {
                set(&a, "data-lexicon", "in");
            }
        };
        if crate::engine::tailor::data::tech_names().is_some() {
            mark_read();
            return;
        }
        with_job_lexicon(move || {
            if read.is_disposed() {
                return;
            }
            let jd = read.get_value();
            checker.options.update_value(|o| o.job = parse_job(&jd));
            checker.recheck.update(|n| *n += 1);
            mark_read();
        });
    };
    #[cfg(feature = "lens")]
    want_lexicon(&job0);

    // Read the controls into the options, save them, check again.
    let changed = move || {
        // The pause timer can fire after a widget is unmounted.
        if read.is_disposed() {
            return;
        }
        let (Some(r), Some(b), Some(a)) = (
            role.get_untracked(),
            band.get_untracked(),
            area.get_untracked(),
        ) else {
            return;
        };
        let (r, b, jd) = (r.value(), b.value(), a.value());
        let same_job = read.with_value(|t| *t == jd);
        if !same_job {
            read.set_value(jd.clone());
            #[cfg(feature = "lens")]
            want_lexicon(&jd);
        }
        checker.options.update_value(|o| {
            o.role = Role::from_name(&r);
            o.band = Band::from_name(&b);
            if !same_job {
                o.job = parse_job(&jd);
            }
        });
        let store = checker.store();
        let saved =
            store.save(Key::Role, &r) & store.save(Key::Band, &b) & store.save(Key::Job, &jd);
        if !saved {
            checker.status.set(Some(
                "This browser would not save your settings; they last until you leave.".into(),
            ));
        }
        checker.recheck.update(|n| *n += 1);
        #[cfg(all(feature = "upgrade", not(feature = "lens")))]
        wants_lens(checker, &r, &jd);
    };

    // How to read the resume: detected, or as the person says.
    #[cfg(feature = "readers")]
    let input_changed = move || {
        let Some(i) = input.get_untracked() else {
            return;
        };
        let chosen = Format::from_name(&i.value()).map_or(Input::Auto, Input::Is);
        checker.options.update_value(|o| o.input = chosen);
        checker.recheck.update(|n| *n += 1);
    };

    // The band the dates suggest, in the band picker's first choice; the job
    // description's highlights, redrawn only when they change.
    let drawn = StoredValue::new(Vec::<Span>::new());
    Effect::new(move |_| {
        let report = checker.live.get();
        if let (Some(r), Some(b)) = (role.get(), band.get()) {
            // The choices, the first time.
            if r.child_element_count() == 0 {
                let mut roles = vec![("", "No target role")];
                roles.extend(Role::ALL.iter().map(|r| (r.name(), r.label())));
                fill(&r, &roles, role0);
                let mut bands = vec![("", "From my dates")];
                bands.extend(Band::ALL.iter().map(|b| (b.name(), b.label())));
                fill(&b, &bands, band0);
                #[cfg(all(feature = "upgrade", not(feature = "lens")))]
                if lens_at_start {
                    wants_lens(checker, role0, &read.get_value());
                }
            }
            #[cfg(feature = "readers")]
            if let Some(i) = input.get() {
                if i.child_element_count() == 0 {
                    let mut formats = vec![("", "Auto")];
                    formats.extend(Format::ALL.iter().map(|f| (f.name(), f.label())));
                    fill(&i, &formats, "");
                }
                i.set_attribute("data-format", report.input.format.name())
                    .ok();
                #[cfg(feature = "readers")]
                draw_input(&i, input_note.get().as_deref(), &report);
            }
            if let Some(first) = b.first_element_child() {
                let label = match (report.tailoring.band_estimated, report.tailoring.band) {
                    (true, Some(est)) => format!("From my dates: {}", est.label()),
                    _ => "From my dates".to_string(),
                };
                first.set_text_content(Some(&label));
            }
        }
        let (Some(m), Some(a)) = (mirror.get(), area.get()) else {
            return;
        };
        let marks = job_marks(&report);
        if drawn.with_value(|d| *d != marks) || m.child_nodes().length() == 0 {
            draw_job_marks(&m, &a.value(), &marks);
            drawn.set_value(marks);
        }
    });

    // "Forget my data" empties these too (the app has cleared the options).
    Effect::new(move |prev: Option<u32>| {
        let n = checker.erase.get();
        if prev.is_some_and(|p| p != n) {
            if let (Some(r), Some(b), Some(a)) = (
                role.get_untracked(),
                band.get_untracked(),
                area.get_untracked(),
            ) {
                r.set_value("");
                b.set_value("");
                a.set_value("");
                #[cfg(feature = "readers")]
                if let Some(i) = input.get_untracked() {
                    i.set_value("");
                }
            }
        }
        n
    });

    view! {
        <section class="editor tailor" aria-label="Tailoring" hidden=hidden>
            <div class="pickers">
                <label>"Target role" <select id="role" node_ref=role on:change=move |_| changed()></select></label>
                <label>"Experience" <select id="band" node_ref=band on:change=move |_| changed()></select></label>
                {read_as_view(
                    #[cfg(feature = "readers")]
                    input,
                    #[cfg(feature = "readers")]
                    input_changed,
                )}
            </div>
            {input_note_view(
                #[cfg(feature = "readers")]
                input_note,
            )}
            <label for="jd" class="editor-label">"Job description (optional)"</label>
            <p class="editor-hint" id="jd-hint">
                "Paste the posting to see which of its terms your resume shows, which it misses, and where your work may already show them. Stays in this browser."
            </p>
            <div class="stack jd-stack">
                <div class="mirror" node_ref=mirror aria-hidden="true"></div>
                <textarea
                    id="jd"
                    node_ref=area
                    spellcheck="false"
                    autocomplete="off"
                    aria-describedby="jd-hint"
                    placeholder="Paste a job description here."
                    prop:defaultValue=job0
                    on:input=move |_| {
                        // Typing in the job description re-reads it once typing pauses briefly.
                        if let Some(h) = pending.try_update_value(Option::take).flatten() {
                            h.clear();
                        }
                        let h = set_timeout_with_handle(changed, JOB_SETTLE).ok();
                        pending.set_value(h);
                    }
                ></textarea>
            </div>
        </section>
    }
}

/// "Read as: Auto / Text / LaTeX / Markdown / JSON Resume", in the full app
/// only: the first load reads plain text, and loads the full app for a source.
#[cfg(feature = "readers")]
fn read_as_view(input: NodeRef<html::Select>, changed: impl Fn() + 'static) -> impl IntoView {
    view! { <label>"Read as" <select id="input-format" node_ref=input on:change=move |_| changed()></select></label> }
}

#[cfg(not(feature = "readers"))]
fn read_as_view() -> impl IntoView {}

/// The reader's notes (invalid JSON read as text, …), in the full app only:
/// the first load reads plain text and has none.
#[cfg(feature = "readers")]
fn input_note_view(input_note: NodeRef<html::P>) -> impl IntoView {
    view! { <p class="editor-hint input-note" id="input-note" node_ref=input_note role="status" hidden></p> }
}

#[cfg(not(feature = "readers"))]
fn input_note_view() -> impl IntoView {}

/// "Auto" names the format that was detected; the notes say what the reader noticed.
#[cfg(feature = "readers")]
fn draw_input(select: &Element, note: Option<&web_sys::HtmlElement>, report: &Report) {
    if let Some(first) = select.first_element_child() {
        let label = if report.input.detected {
            format!("Auto: {}", report.input.format.label())
        } else {
            "Auto".to_string()
        };
        first.set_text_content(Some(&label));
    }
    if let Some(p) = note {
        let notes: Vec<&str> = report
            .input
            .notes
            .iter()
            .map(|n| n.message.as_str())
            .collect();
        let line = notes.join(" ");
        if p.text_content().unwrap_or_default() != line {
            p.set_text_content(Some(&line));
        }
        p.set_hidden(line.is_empty());
    }
}
