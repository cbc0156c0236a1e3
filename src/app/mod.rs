//! The Leptos single-page app: the editor with live highlights and the panel.
//! A thin layer over [`crate::engine`]; what to draw comes from
//! [`crate::present`], and only the drawing lives here.

mod dom;
mod editor;
mod panel;
pub mod storage;
mod tailor;

use std::sync::Arc;

use leptos::prelude::*;

use crate::engine::{check, Options, Report, Span, YearMonth};
use crate::sample::SAMPLE_RESUME;
use editor::Editor;
use panel::Panel;
use tailor::Tailor;

/// This month, from the browser's clock.
fn today() -> YearMonth {
    let d = js_sys::Date::new_0();
    YearMonth::new(d.get_full_year() as i32, d.get_month() as u8 + 1)
}

/// Mounts the app on `<body>`.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_crash_notice();
    }));
    leptos::mount::mount_to_body(App);
}

/// After a panic the wasm is gone: say so plainly, point at the saved text,
/// and offer a reload that needs no code of ours (a plain link).
fn show_crash_notice() {
    let Some(w) = web_sys::window() else { return };
    let _ = js_sys::Reflect::set(&w, &"__bpCrashed".into(), &true.into());
    let Some(body) = w.document().and_then(|d| d.body()) else {
        return;
    };
    let notice = dom::el("div", "crash");
    dom::set(&notice, "role", "alert");
    dom::add(
        &notice,
        &dom::text_el(
            "p",
            "",
            "Something went wrong inside the checker and it stopped. Your text is saved in this browser; reload to pick up where you left off.",
        ),
    );
    let reload = dom::text_el("a", "reload", "Reload");
    dom::set(&reload, "href", "");
    dom::add(&notice, &reload);
    let _ = body.prepend_with_node_1(&notice);
}

/// Shared between the editor and the panel.
#[derive(Clone, Copy)]
pub struct Checker {
    pub options: StoredValue<Options>,
    /// The report for the text on screen, updated every frame the text changes.
    pub live: RwSignal<Arc<Report>>,
    /// The same report once typing pauses: the panel follows this one, so a
    /// keystroke never waits for the panel to redraw.
    pub settled: RwSignal<Arc<Report>>,
    /// Set by the panel: select this byte span in the editor and show it.
    pub select: RwSignal<Option<Span>>,
    /// Set by the app's buttons: replace the whole text.
    pub replace_all: RwSignal<Option<String>>,
    /// Set by "Forget my data" (after confirmation): empty the editor and erase storage.
    pub erase: RwSignal<u32>,
    /// A line for the person: storage trouble, a text too big to check whole.
    pub status: RwSignal<Option<String>>,
    /// Bumped when the options change (role, band, job description): the
    /// editor checks its text again.
    pub recheck: RwSignal<u32>,
}

impl Checker {
    pub fn check(&self, text: &str) -> Arc<Report> {
        Arc::new(self.options.with_value(|o| check(text, o)))
    }
}

#[component]
pub fn App() -> impl IntoView {
    let options = tailor::saved_options(Options {
        today: Some(today()),
        ..Options::default()
    });
    // The person's own text if they have been here before, else the sample.
    let initial = storage::load().unwrap_or_else(|| SAMPLE_RESUME.to_string());
    // A very large saved text is checked by the editor itself, within its limit.
    let first = Arc::new(check(
        if initial.len() > 200_000 {
            ""
        } else {
            &initial
        },
        &options,
    ));
    let checker = Checker {
        options: StoredValue::new(options),
        live: RwSignal::new(first.clone()),
        settled: RwSignal::new(first),
        select: RwSignal::new(None),
        replace_all: RwSignal::new(None),
        erase: RwSignal::new(0),
        status: RwSignal::new(None),
        recheck: RwSignal::new(0),
    };
    let forget = move |_| {
        let ok = web_sys::window()
            .and_then(|w| {
                w.confirm_with_message(
                    "Erase your resume from this browser? This empties the editor and deletes the saved copy.",
                )
                .ok()
            })
            .unwrap_or(false);
        if ok {
            // The tailoring options go too, before the editor checks its (now empty) text.
            checker.options.update_value(|o| {
                o.role = None;
                o.band = None;
                o.job = None;
            });
            checker.erase.update(|n| *n += 1);
        }
    };
    provide_context(checker);

    view! {
        <header class="top">
            <div class="brand">
                <h1>"Bulletproof"</h1>
                <p class="tagline">"Checks an engineer's resume as you type. It runs in your browser; nothing you type leaves it."</p>
            </div>
            <div class="actions">
                <button type="button" on:click=move |_| checker.replace_all.set(Some(String::new()))>"Clear"</button>
                <button type="button" on:click=move |_| checker.replace_all.set(Some(SAMPLE_RESUME.to_string()))>"Load sample"</button>
                <button type="button" on:click=forget>"Forget my data"</button>
            </div>
        </header>
        <main class="layout">
            <div class="work">
                <Editor initial=initial />
                <Tailor />
            </div>
            <Panel />
        </main>
    }
}
