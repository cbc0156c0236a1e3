//! The Leptos single-page app: a textarea checked on every input, with the
//! score and the findings listed. A thin layer over [`crate::engine`].

mod findings;

use leptos::html::Textarea;
use leptos::prelude::*;

use crate::engine::{check, Options, Report, YearMonth};
use crate::sample::SAMPLE_RESUME;
use findings::FindingsPanel;

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

#[component]
pub fn App() -> impl IntoView {
    let options = Options {
        today: Some(today()),
    };
    // The textarea is uncontrolled while typing (no caret jumps, undo intact);
    // this signal mirrors its text for the checker.
    let text = RwSignal::new(SAMPLE_RESUME.to_string());
    let report: Memo<Report> = Memo::new(move |_| text.with(|t| check(t, &options)));
    let editor = NodeRef::<Textarea>::new();

    let replace_text = move |value: &str| {
        if let Some(el) = editor.get() {
            el.set_value(value);
            let _ = el.focus();
        }
        text.set(value.to_string());
    };

    view! {
        <header class="top">
            <h1>"Bulletproof"</h1>
            <p class="tagline">"A resume checker for engineers. Everything runs in your browser; nothing you type leaves it."</p>
        </header>
        <main class="layout">
            <section class="editor" aria-label="Resume editor">
                <div class="editor-bar">
                    <label for="resume">"Your resume"</label>
                    <div class="actions">
                        <button type="button" on:click=move |_| replace_text("")>"Clear"</button>
                        <button type="button" on:click=move |_| replace_text(SAMPLE_RESUME)>"Load sample"</button>
                    </div>
                </div>
                <textarea
                    id="resume"
                    node_ref=editor
                    spellcheck="false"
                    placeholder="Paste your resume here: plain text from a PDF, Word, Google Docs or Markdown."
                    prop:defaultValue=SAMPLE_RESUME
                    on:input=move |ev| text.set(event_target_value(&ev))
                ></textarea>
            </section>
            <FindingsPanel report=report />
        </main>
    }
}
