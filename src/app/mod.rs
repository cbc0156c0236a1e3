//! The Leptos single-page app: the editor with live highlights and the panel.
//! A thin layer over [`crate::engine`]; what to draw comes from
//! [`crate::present`], and only the drawing lives here.

mod dom;
mod editor;
pub mod embed;
#[cfg(feature = "readers")]
mod files;
mod panel;
pub mod storage;
mod tailor;

use std::cell::RefCell;
use std::sync::Arc;

use leptos::prelude::*;
use web_sys::Element;

#[cfg(all(not(feature = "readers"), feature = "upgrade"))]
use crate::engine::read;
use crate::engine::tailor::{Band, Role};
#[cfg(any(feature = "readers", feature = "upgrade"))]
use crate::engine::Session;
use crate::engine::{Options, Report, Span, YearMonth};

/// The widget's element checks from scratch (see its `check_source`): it
/// keeps no session, and carries none of its code.
#[cfg(not(any(feature = "readers", feature = "upgrade")))]
#[derive(Default)]
struct Session {}
use crate::sample::SAMPLE_RESUME;
use editor::Editor;
use panel::Panel;
use storage::{Key, Store};
use tailor::Tailor;

/// This month, from the browser's clock.
fn today() -> YearMonth {
    let d = js_sys::Date::new_0();
    YearMonth::new(d.get_full_year() as i32, d.get_month() as u8 + 1)
}

/// One part of the checker a surface can show or leave out.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Part {
    Score,
    Metrics,
    Fit,
    FixFirst,
    Findings,
    /// The role and band pickers and the job-description pane.
    Job,
}

impl Part {
    pub const ALL: [Part; 6] = [
        Part::Score,
        Part::Metrics,
        Part::Fit,
        Part::FixFirst,
        Part::Findings,
        Part::Job,
    ];

    /// The name a widget's `panels` attribute uses.
    pub fn name(self) -> &'static str {
        match self {
            Part::Score => "score",
            Part::Metrics => "metrics",
            Part::Fit => "fit",
            Part::FixFirst => "fix-first",
            Part::Findings => "findings",
            Part::Job => "job",
        }
    }

    pub fn from_name(name: &str) -> Option<Part> {
        Part::ALL.into_iter().find(|p| p.name() == name)
    }
}

/// A set of [`Part`]s.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Parts(u8);

impl Parts {
    pub const NONE: Parts = Parts(0);
    pub const ALL: Parts = Parts((1 << Part::ALL.len()) - 1);

    pub fn with(self, part: Part) -> Parts {
        Parts(self.0 | 1 << part as u8)
    }

    pub fn has(self, part: Part) -> bool {
        self.0 & 1 << part as u8 != 0
    }
}

/// How the checker is laid out.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Layout {
    /// The app: the page's header and main landmark, the editor beside the panel.
    Page,
    /// A widget with the app's parts, side by side when its box is wide.
    Full,
    /// A widget in one column: the editor, then the chosen cards.
    Compact,
}

/// What differs between the app and an embedded widget.
#[derive(Clone, Debug)]
pub struct Setup {
    pub layout: Layout,
    pub parts: Parts,
    /// Where text is saved (a widget saves nothing unless its host opts in).
    pub store: Store,
    /// With nothing saved, start with this text, the sample resume (else an
    /// empty box). The app has it built in; the widget's loader fetches it
    /// (`sample.txt`) only for a widget with the `sample` attribute.
    pub sample: Option<String>,
    pub placeholder: String,
    /// The role and band to start with when none is saved.
    pub role: Option<Role>,
    pub band: Option<Band>,
    /// Texts to start with, before anything saved: a widget mounted again
    /// after its attributes changed keeps the reader's resume and job description.
    pub text: Option<String>,
    pub job_text: Option<String>,
}

impl Setup {
    /// The app on its own page.
    pub fn page() -> Self {
        Setup {
            layout: Layout::Page,
            parts: Parts::ALL,
            store: Store::page(),
            sample: Some(SAMPLE_RESUME.to_string()),
            placeholder: "Paste your resume here.".into(),
            role: handed("__bulletproofRole").and_then(|r| Role::from_name(&r)),
            band: handed("__bulletproofBand").and_then(|b| Band::from_name(&b)),
            text: handed("__bulletproofText"),
            job_text: handed("__bulletproofJob").filter(|j| !j.trim().is_empty()),
        }
    }

    /// A widget's defaults: nothing saved, an empty box.
    pub fn widget(layout: Layout) -> Self {
        let parts = match layout {
            Layout::Compact => Parts::NONE.with(Part::Score).with(Part::Findings),
            _ => Parts::ALL,
        };
        // Every field spelled out: the element's build never reaches
        // `Setup::page` and the sample text built into it.
        Setup {
            layout,
            parts,
            store: Store::off(),
            sample: None,
            placeholder: "Paste your resume here.".into(),
            role: None,
            band: None,
            text: None,
            job_text: None,
        }
    }
}

/// A mounted checker: its root and where it saves.
struct Root {
    element: Element,
    store: Store,
}

thread_local! {
    static ROOTS: RefCell<Vec<Root>> = const { RefCell::new(Vec::new()) };
}

/// Whether a mounted checker already saves under `store`'s keys (two
/// widgets with the same `save` name would overwrite each other's text).
pub fn store_in_use(store: &Store) -> bool {
    store.key(Key::Resume).is_some() && ROOTS.with_borrow(|r| r.iter().any(|m| m.store == *store))
}

/// A panic stops the whole wasm. A release build aborts at once, with no
/// hook and no message (scripts/wasm-release.env), and the page's plain
/// JavaScript (assets/guard.js, the widget's loader) sees the trap and
/// shows every checker's crash notice. A debug build logs the panic's
/// message to the console first.
fn install_panic_hook() {
    #[cfg(debug_assertions)]
    {
        static HOOK: std::sync::Once = std::sync::Once::new();
        HOOK.call_once(|| std::panic::set_hook(Box::new(console_error_panic_hook::hook)));
    }
}

/// Just before the full app replaces the first load's page: what the person
/// has in its editor and tailoring controls at this moment, for
/// [`Setup::page`]. Read now, not when the full app was asked for, so what
/// was typed while it loaded is kept.
/// Returns the control that had the focus (its id and selection), so the
/// person's typing goes on in the same place.
#[cfg(feature = "readers")]
fn take_over_page() -> Option<(String, u32, u32)> {
    use wasm_bindgen::JsCast;
    let doc = web_sys::window().and_then(|w| w.document())?;
    for (id, global) in [
        ("resume", "__bulletproofText"),
        ("role", "__bulletproofRole"),
        ("band", "__bulletproofBand"),
        ("jd", "__bulletproofJob"),
    ] {
        if let Some(value) = doc
            .get_element_by_id(id)
            .and_then(|e| js_sys::Reflect::get(&e, &"value".into()).ok())
            .filter(|v| v.is_string())
        {
            let _ = js_sys::Reflect::set(&js_sys::global(), &global.into(), &value);
        }
    }
    let active = doc.active_element()?;
    let id = active.id();
    let area = active.dyn_into::<web_sys::HtmlTextAreaElement>().ok();
    let (start, end) = area.map_or((0, 0), |a| {
        (
            a.selection_start().ok().flatten().unwrap_or(0),
            a.selection_end().ok().flatten().unwrap_or(0),
        )
    });
    ["resume", "jd", "role", "band"]
        .contains(&id.as_str())
        .then_some((id, start, end))
}

/// Focuses the full app's control that had the focus on the first load's
/// page, with the same selection in a text box.
#[cfg(feature = "readers")]
fn restore_focus(id: &str, start: u32, end: u32) {
    use wasm_bindgen::JsCast;
    let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    else {
        return;
    };
    if let Some(area) = el.dyn_ref::<web_sys::HtmlTextAreaElement>() {
        let _ = area.focus();
        let _ = area.set_selection_range(start, end);
    } else if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
        let _ = el.focus();
    }
}

/// What the first load handed to the full app: the text, and the role, band
/// and job description on its page (saved as well, unless the browser
/// would not).
fn handed(name: &str) -> Option<String> {
    #[cfg(feature = "readers")]
    return js_sys::Reflect::get(&js_sys::global(), &name.into())
        .ok()
        .and_then(|t| t.as_string());
    #[cfg(not(feature = "readers"))]
    {
        let _ = name;
        None
    }
}

/// Mounts the app on `<body>`.
pub fn start() {
    install_panic_hook();
    // The full app (with the readers) takes over from the first load's page,
    // with the text that needed it.
    #[cfg(feature = "readers")]
    let focus = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
        .and_then(|body| {
            let focus = take_over_page();
            body.set_text_content(None);
            focus
        });
    if let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    {
        ROOTS.with_borrow_mut(|r| {
            r.push(Root {
                element: body.into(),
                store: Store::page(),
            })
        });
    }
    leptos::mount::mount_to_body(App);
    #[cfg(feature = "readers")]
    if let Some((id, start, end)) = focus {
        restore_focus(&id, start, end);
    }
}

/// A mounted checker; dropping it unmounts the view.
pub struct Mounted {
    root: Element,
    _view: Box<dyn std::any::Any>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        ROOTS.with_borrow_mut(|r| r.retain(|m| m.element != self.root));
    }
}

/// Mounts a checker with `setup` inside `root` (a widget's shadow root holds
/// `root`; ids and styles stay inside it).
pub fn mount_in(root: web_sys::HtmlElement, setup: Setup) -> Mounted {
    install_panic_hook();
    ROOTS.with_borrow_mut(|r| {
        r.push(Root {
            element: root.clone().into(),
            store: setup.store.clone(),
        })
    });
    let view = leptos::mount::mount_to(root.clone(), move || widget_view(setup));
    Mounted {
        root: root.into(),
        _view: Box::new(view),
    }
}

/// Shared between the editor and the panel.
#[derive(Clone, Copy)]
pub struct Checker {
    pub setup: StoredValue<Setup>,
    pub options: StoredValue<Options>,
    /// The engine's session for this editor's text: each check reuses what
    /// the last one found in the blocks a keystroke left alone.
    session: StoredValue<Session, LocalStorage>,
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
    /// The file the text came from (full app only: the first load hands files to it).
    #[cfg(feature = "readers")]
    pub opened: RwSignal<Option<files::Opened>>,
}

impl Checker {
    pub fn check(&self, text: &str) -> Arc<Report> {
        let upgrade = self.setup.with_value(|s| s.layout == Layout::Page);
        Arc::new(self.options.with_value(|o| {
            self.session
                .try_update_value(|session| check_source(session, text, o, upgrade))
                // The session is gone only once the checker is unmounted.
                .unwrap_or_else(|| check_source(&mut Session::default(), text, o, upgrade))
        }))
    }

    pub fn store(&self) -> Store {
        self.setup.with_value(|s| s.store.clone())
    }

    pub fn shows(&self, part: Part) -> bool {
        self.setup.with_value(|s| s.parts.has(part))
    }
}

/// The app on its own page: the header, the editor and job pane beside the panel.
#[component]
pub fn App() -> impl IntoView {
    let initial = provide_checker(Setup::page());
    #[cfg(feature = "readers")]
    files::install(expect_context::<Checker>());
    view! {
        <Header />
        <main class="layout">
            <div class="work">
                {file_notes()}
                <Editor initial=initial />
                <Tailor hidden=false />
            </div>
            <Panel />
        </main>
    }
}

/// A widget's checker: no page header (the page and its landmarks are the
/// host's). A separate view from the app's, so each binary carries only its
/// own.
fn widget_view(setup: Setup) -> impl IntoView {
    let class = if setup.layout == Layout::Compact {
        "layout compact"
    } else {
        "layout full"
    };
    let job = setup.parts.has(Part::Job);
    let initial = provide_checker(setup);
    view! {
        <div class=class>
            <div class="work">
                <Editor initial=initial />
                <Tailor hidden=!job />
            </div>
            <Panel />
        </div>
    }
}

/// Makes the [`Checker`] for a setup available to the views below, and
/// returns the text the editor starts with.
fn provide_checker(setup: Setup) -> String {
    let options = tailor::saved_options(
        &setup,
        Options {
            today: Some(today()),
            ..Options::default()
        },
    );
    // The person's own text if they have been here before, else the sample or nothing.
    let initial = setup
        .text
        .clone()
        .or_else(|| setup.store.load(Key::Resume))
        .or_else(|| setup.sample.clone())
        .unwrap_or_default();
    // A very large saved text is checked by the editor itself, within its limit.
    let mut session = Session::default();
    let first = Arc::new(check_source(
        &mut session,
        if initial.len() > 200_000 {
            ""
        } else {
            &initial
        },
        &options,
        setup.layout == Layout::Page,
    ));
    provide_context(Checker {
        setup: StoredValue::new(setup),
        options: StoredValue::new(options),
        session: StoredValue::new_local(session),
        live: RwSignal::new(first.clone()),
        settled: RwSignal::new(first),
        select: RwSignal::new(None),
        replace_all: RwSignal::new(None),
        erase: RwSignal::new(0),
        status: RwSignal::new(None),
        recheck: RwSignal::new(0),
        #[cfg(feature = "readers")]
        opened: RwSignal::new(None),
    });
    initial
}

/// Checks a text in whatever format it is. Built with the readers (the
/// full app), a source is read and checked in place.
#[cfg(feature = "readers")]
fn check_source(session: &mut Session, text: &str, options: &Options, _upgrade: bool) -> Report {
    session.check(text, options)
}

/// Checks a text in whatever format it is. The first load has no readers:
/// plain text is checked at once; a source makes the page load the full app
/// (`assets/pwa.js`), which takes over with the same text. Until it is
/// there nothing is shown, since markup read as prose would light up the
/// whole editor. A widget (`upgrade` false) reads everything as text.
#[cfg(all(not(feature = "readers"), feature = "upgrade"))]
fn check_source(session: &mut Session, text: &str, options: &Options, upgrade: bool) -> Report {
    let (format, detected, needs_reader) = read::plan(text, options.input, None);
    if !needs_reader || !upgrade {
        return session.check_text(text, detected, options);
    }
    if load_full_app(text).as_deref() != Some("loading") {
        // Offline on a first visit, say: plain text is better than nothing.
        return session.check_text(text, detected, options);
    }
    let mut r = session.check_text("", detected, options);
    r.input.format = format;
    r
}

/// Asks the page (`assets/pwa.js`) to load the full app, which takes over
/// with `text`: "loading", or "failed" once it could not be loaded.
#[cfg(all(not(feature = "readers"), feature = "upgrade"))]
pub(crate) fn load_full_app(text: &str) -> Option<String> {
    js_sys::Reflect::get(&js_sys::global(), &"__bulletproofUpgrade".into())
        .ok()
        .and_then(|f| wasm_bindgen::JsCast::dyn_into::<js_sys::Function>(f).ok())
        .and_then(|f| f.call1(&wasm_bindgen::JsValue::NULL, &text.into()).ok())
        .and_then(|s| s.as_string())
}

/// The widget's element reads text only (it never loads the full app).
/// It checks from scratch: a widget's texts are short, and reusing blocks
/// (1.1 KB gzipped) does not fit its first load's budget.
#[cfg(not(any(feature = "readers", feature = "upgrade")))]
fn check_source(_session: &mut Session, text: &str, options: &Options, _upgrade: bool) -> Report {
    crate::engine::check_text(
        text,
        matches!(options.input, crate::engine::read::Input::Auto),
        options,
    )
}

/// "Forget my data": after the person confirms, empty the editor and erase
/// everything this checker stored (the role, band and job description too).
pub(crate) fn ask_to_forget(checker: Checker) {
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
            o.input = crate::engine::read::Input::Auto;
        });
        checker.erase.update(|n| *n += 1);
    }
}

/// The app's header: its name, and the buttons that replace or erase the text.
#[component]
fn Header() -> impl IntoView {
    let checker = expect_context::<Checker>();
    let forget = move |_| ask_to_forget(checker);
    view! {
        <header class="top">
            <div class="brand">
                <h1>"Bulletproof"</h1>
                <p class="tagline">"Checks an engineer's resume as you type. It runs in your browser; nothing you type leaves it."</p>
            </div>
            <div class="actions">
                {file_actions()}
                <button type="button" on:click=move |_| checker.replace_all.set(Some(String::new()))>"Clear"</button>
                <button type="button" on:click=move |_| checker.replace_all.set(Some(SAMPLE_RESUME.to_string()))>"Load sample"</button>
                <button type="button" on:click=forget>"Forget my data"</button>
            </div>
        </header>
    }
}

/// Open, Save and Download report. The full app handles them; the first
/// load has the same buttons and `assets/pwa.js` hands a click, a chosen file
/// or a drop to the full app (the file readers and the report export live
/// there, off the first load).
#[cfg(feature = "readers")]
fn file_actions() -> impl IntoView {
    files::actions_view()
}

#[cfg(not(feature = "readers"))]
fn file_actions() -> impl IntoView {
    view! {
        <label class="button open-file">"Open file…"<input type="file" id="open-file" accept=".pdf,.docx,.tex,.md,.markdown,.json,.txt" /></label>
        <button type="button" id="save-file">"Save"</button>
        <button type="button" id="save-report">"Download report"</button>
    }
}

#[cfg(feature = "readers")]
fn file_notes() -> impl IntoView {
    view! { <files::FileNotes /> }
}

#[cfg(not(feature = "readers"))]
fn file_notes() -> impl IntoView {}
