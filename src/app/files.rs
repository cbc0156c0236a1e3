//! Files in and out, in the full app: "Open file…" (and a file dropped on
//! the page), "Save" and "Download report". Nothing leaves the browser: a
//! file is read by `assets/open/open.js` (a PDF or DOCX in a worker, loaded
//! the first time), and saving makes a download from a `Blob`.
//!
//! The first load has the same buttons; `assets/pwa.js` hands what the person
//! did to this app (`__bulletproofHand`), which takes over and carries it out.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{DragEvent, File, HtmlAnchorElement, HtmlInputElement, HtmlTextAreaElement};

use super::dom::document;
use super::Checker;
use crate::engine::read::{Format, Input};
use crate::engine::rules::ats::Placed;
use crate::engine::rules::RuleId;

/// The file the text came from, and what its reader noticed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Opened {
    pub name: String,
    /// "pdf", "docx" or "source".
    pub kind: String,
    /// (kind, message) of each note: columns, tables, text boxes, …
    pub notes: Vec<(String, String)>,
}

impl Opened {
    /// What "Save" calls the text: the same name for a source file, a `.txt`
    /// for the text of a PDF or DOCX.
    pub fn save_name(&self) -> String {
        if self.kind == "source" {
            self.name.clone()
        } else {
            format!("{}.txt", stem(&self.name))
        }
    }
}

fn stem(name: &str) -> &str {
    name.rsplit_once('.').map_or(name, |(s, _)| s)
}

fn get(v: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(v, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

fn global_fn(name: &str) -> Option<js_sys::Function> {
    get(&js_sys::global(), name).dyn_into().ok()
}

/// Opens a file: its text replaces the editor's as one undoable edit.
pub fn open(checker: Checker, file: File) {
    let name = file.name();
    let promise = global_fn("__bulletproofRead")
        .and_then(|read| read.call1(&JsValue::NULL, &file).ok())
        .and_then(|p| p.dyn_into::<js_sys::Promise>().ok());
    let Some(promise) = promise else {
        checker.status.set(Some(format!(
            "{name} could not be opened: the file reader is missing. Your text is unchanged."
        )));
        return;
    };
    checker.status.set(Some(format!("Opening {name}…")));
    leptos::task::spawn_local(async move {
        match wasm_bindgen_futures::JsFuture::from(promise).await {
            Ok(answer) => opened(checker, &answer),
            Err(e) => {
                web_sys::console::error_2(&"Bulletproof: opening a file failed".into(), &e);
                checker.status.set(Some(format!(
                    "{name} could not be opened (the file reader did not load; are you offline?). Your text is unchanged."
                )));
            }
        }
    });
}

fn opened(checker: Checker, answer: &JsValue) {
    let name = get(answer, "name").as_string().unwrap_or_default();
    let error = get(answer, "error");
    if !error.is_undefined() && !error.is_null() {
        let message = get(&error, "message").as_string().unwrap_or_default();
        checker
            .status
            .set(Some(format!("{message} Your text is unchanged.")));
        return;
    }
    let text = get(answer, "text").as_string().unwrap_or_default();
    let kind = get(answer, "kind").as_string().unwrap_or_default();
    let format = get(answer, "format")
        .as_string()
        .and_then(|f| Format::from_name(&f));
    let mut notes = Vec::new();
    let mut placed = Vec::new();
    for n in js_sys::Array::from(&get(answer, "notes")).iter() {
        let kind = get(&n, "kind").as_string().unwrap_or_default();
        let lines: Vec<String> = js_sys::Array::from(&get(&n, "lines"))
            .iter()
            .filter_map(|l| l.as_string())
            .collect();
        // Tables and text boxes are also noted on their lines (`ats/*`).
        let rule = match kind.as_str() {
            "table" => Some(RuleId::AtsTable),
            "text-box" => Some(RuleId::AtsTextBox),
            _ => None,
        };
        if let Some(rule) = rule.filter(|_| !lines.is_empty()) {
            placed.push(Placed { rule, lines });
        }
        notes.push((kind, get(&n, "message").as_string().unwrap_or_default()));
    }
    // A source file is read as its extension says; a PDF's or DOCX's text as detected.
    let input = format.map_or(Input::Auto, Input::Is);
    checker.options.update_value(|o| {
        o.input = input;
        o.ats = placed;
    });
    if let Some(select) = document()
        .get_element_by_id("input-format")
        .and_then(|e| e.dyn_into::<web_sys::HtmlSelectElement>().ok())
    {
        select.set_value(format.map_or("", Format::name));
    }
    checker.opened.set(Some(Opened { name, kind, notes }));
    checker.status.set(None);
    checker.replace_all.set(Some(text));
}

fn editor_text() -> String {
    document()
        .get_element_by_id("resume")
        .and_then(|e| e.dyn_into::<HtmlTextAreaElement>().ok())
        .map(|a| a.value())
        .unwrap_or_default()
}

/// "Save": the editor's text under the opened file's name (a `.tex` stays a
/// `.tex`), or `resume` with the extension of the format it reads as.
pub fn save(checker: Checker) {
    let name = checker
        .opened
        .with_untracked(|o| o.as_ref().map(Opened::save_name))
        .unwrap_or_else(|| {
            let ext = match checker.live.with_untracked(|r| r.input.format) {
                Format::Latex => "tex",
                Format::Markdown => "md",
                Format::JsonResume => "json",
                Format::Text => "txt",
            };
            format!("resume.{ext}")
        });
    download(&name, &editor_text(), "text/plain;charset=utf-8");
}

/// "Download report": the report as Markdown, named after the resume.
pub fn download_report(checker: Checker) {
    let file = checker
        .opened
        .with_untracked(|o| o.as_ref().map(|o| o.name.clone()))
        .unwrap_or_else(|| "resume".into());
    let text = editor_text();
    let report = checker.check(&text);
    let date: String = String::from(js_sys::Date::new_0().to_iso_string())
        .chars()
        .take(10)
        .collect();
    let md = crate::engine::export::markdown(&report, &text, &file, &date);
    download(
        &format!("{}-report.md", stem(&file)),
        &md,
        "text/markdown;charset=utf-8",
    );
}

fn download(name: &str, content: &str, mime: &str) {
    let parts = js_sys::Array::of1(&content.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Ok(a) = document()
        .create_element("a")
        .map(|a| a.unchecked_into::<HtmlAnchorElement>())
    {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    // The download has started by the next task; the URL can go.
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(w) = web_sys::window() {
        let _ =
            w.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 1000);
    }
}

/// Page-wide: a file dropped anywhere opens; the first load's hand-off is
/// carried out.
pub fn install(checker: Checker) {
    let _ = js_sys::Reflect::set(&js_sys::global(), &"__bulletproofFull".into(), &true.into());
    let Some(window) = web_sys::window() else {
        return;
    };
    let has_files = |e: &DragEvent| {
        e.data_transfer().is_some_and(|d| {
            d.types()
                .iter()
                .any(|t| t.as_string().as_deref() == Some("Files"))
        })
    };
    let over = Closure::<dyn Fn(DragEvent)>::new(move |e: DragEvent| {
        if has_files(&e) {
            e.prevent_default();
        }
    });
    let dropped = Closure::<dyn Fn(DragEvent)>::new(move |e: DragEvent| {
        let file = e
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0));
        if let Some(file) = file {
            e.prevent_default();
            open(checker, file);
        }
    });
    let _ = window.add_event_listener_with_callback("dragover", over.as_ref().unchecked_ref());
    let _ = window.add_event_listener_with_callback("drop", dropped.as_ref().unchecked_ref());
    over.forget();
    dropped.forget();

    let hand = get(&js_sys::global(), "__bulletproofHand");
    if hand.is_undefined() {
        return;
    }
    let _ = js_sys::Reflect::set(
        &js_sys::global(),
        &"__bulletproofHand".into(),
        &JsValue::UNDEFINED,
    );
    // After the editor is mounted (its effects run in the next tick).
    leptos::task::spawn_local(async move {
        let file = get(&hand, "file").dyn_into::<File>().ok();
        let act = get(&hand, "act").as_string();
        if let Some(file) = file {
            open(checker, file);
        } else if act.as_deref() == Some("save-file") {
            save(checker);
        } else if act.as_deref() == Some("save-report") {
            download_report(checker);
        }
    });
}

/// The header's file buttons, with their handlers.
pub fn actions_view() -> impl IntoView {
    let checker = expect_context::<Checker>();
    let chosen = move |e: leptos::ev::Event| {
        let Some(input) = e
            .target()
            .and_then(|t| t.dyn_into::<HtmlInputElement>().ok())
        else {
            return;
        };
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            open(checker, file);
        }
        // The same file can be chosen again.
        input.set_value("");
    };
    view! {
        <label class="button open-file">"Open file…"<input type="file" id="open-file" accept=ACCEPT on:change=chosen /></label>
        <button type="button" id="save-file" on:click=move |_| save(checker)>"Save"</button>
        <button type="button" id="save-report" on:click=move |_| download_report(checker)>"Download report"</button>
    }
}

pub const ACCEPT: &str = ".pdf,.docx,.tex,.md,.markdown,.json,.txt";

/// What the opened PDF or DOCX would look like to an applicant tracking
/// system: the reader's notes, until the person dismisses them.
#[component]
pub fn FileNotes() -> impl IntoView {
    let checker = expect_context::<Checker>();
    let notes = move || {
        checker.opened.with(|o| {
            o.as_ref()
                .map(|o| (o.name.clone(), o.notes.clone()))
                .filter(|(_, n)| !n.is_empty())
        })
    };
    view! {
        <section class="file-notes card" id="file-notes" aria-label="What an applicant tracking system would see" hidden=move || notes().is_none()>
            <h2>{move || notes().map(|(name, _)| format!("What an applicant tracking system would see in {name}"))}</h2>
            <ul>
                {move || notes().map(|(_, n)| n.into_iter().map(|(kind, message)| view! { <li data-kind=kind>{message}</li> }).collect_view())}
            </ul>
            <button type="button" class="dismiss" on:click=move |_| checker.opened.update(|o| if let Some(o) = o { o.notes.clear() })>"Dismiss"</button>
        </section>
    }
}
