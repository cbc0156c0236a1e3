//! The Leptos single-page app: the editor with live highlights and the panel.
//! A thin layer over [`crate::engine`]; what to draw comes from
//! [`crate::present`], and only the drawing lives here.

mod dom;
mod editor;
mod panel;

use std::sync::Arc;

use leptos::prelude::*;

use crate::engine::{check, Options, Report, Span, YearMonth};
use crate::sample::SAMPLE_RESUME;
use editor::Editor;
use panel::Panel;

/// This month, from the browser's clock.
fn today() -> YearMonth {
    let d = js_sys::Date::new_0();
    YearMonth::new(d.get_full_year() as i32, d.get_month() as u8 + 1)
}

/// Mounts the app on `<body>`.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(App);
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
}

impl Checker {
    pub fn check(&self, text: &str) -> Arc<Report> {
        Arc::new(self.options.with_value(|o| check(text, o)))
    }
}

#[component]
pub fn App() -> impl IntoView {
    let options = Options {
        today: Some(today()),
    };
    let first = Arc::new(check(SAMPLE_RESUME, &options));
    let checker = Checker {
        options: StoredValue::new(options),
        live: RwSignal::new(first.clone()),
        settled: RwSignal::new(first),
        select: RwSignal::new(None),
        replace_all: RwSignal::new(None),
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
            </div>
        </header>
        <main class="layout">
            <Editor initial=SAMPLE_RESUME />
            <Panel />
        </main>
    }
}
