//! The editor: an ordinary `<textarea>`, never re-rendered while typing (so
//! the caret, IME composition and undo history are the browser's own), over a
//! mirror layer with the same font, padding and wrapping that draws the
//! highlights. The mirror sizes the editor, so neither scrolls on its own.
//!
//! Each input schedules one check for the next animation frame; the mirror is
//! redrawn in that frame, and the panel follows once typing pauses.

use std::time::Duration;

use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlDocument, HtmlElement, HtmlTextAreaElement};

use super::dom::{add, document, el, replace, set, style, text_el};
use super::storage::Key;
use super::{ask_to_forget, Checker, Layout};
use crate::engine::{OffsetTable, Report, Span};
use crate::present::{
    findings_at, lines, patch_lines, severity_name, signature_of, Line, LinePart,
};

/// How long typing must pause before the panel catches up.
const SETTLE: Duration = Duration::from_millis(300);
/// Above this size a full check takes long enough to be felt, so it waits
/// for a pause in typing instead of running after every keystroke.
const LARGE_TEXT: usize = 200_000;
const LARGE_SETTLE: Duration = Duration::from_millis(600);
/// Replacing the whole text is one undoable edit up to this size (ten
/// pages of resume are about 30 KB).
const UNDOABLE_REPLACE: usize = 64 * 1024;
/// Only this much of the text is checked (cut at a line break); the editor
/// keeps all of it. 1.5 MB is several hundred pages of resume.
const CHECK_LIMIT: usize = 1_500_000;

/// What the event handlers need about the text on screen.
struct Live {
    text: String,
    table: OffsetTable,
    frame_pending: bool,
    hover_pending: bool,
    pointer: (i32, i32),
    settle: Option<TimeoutHandle>,
    first_drawn: bool,
    /// The findings the tip shows, and whether the caret (not the pointer) opened it.
    tip: Option<(Vec<usize>, bool)>,
    /// The lines drawn in the mirror (patched between checks while typing).
    lines: Vec<Line>,
    /// A full check is scheduled for after this frame.
    check_pending: bool,
    /// The pending check of a large text (restarted by each keystroke).
    large_check: Option<TimeoutHandle>,
}

impl Live {
    fn starts(&self) -> Vec<usize> {
        self.lines.iter().map(|l| l.start).collect()
    }
}

/// One line of the highlight layer as a `<div>`: text nodes, `<mark>`s and
/// the margin marker, all set as text (never HTML).
fn render_line(line: &Line, text: &str, report: &Report) -> Element {
    let div = el("div", "ln");
    let src = &text[line.start..line.start + line.len];
    for part in &line.parts {
        match *part {
            LinePart::Text { col, len } => {
                add(&div, &document().create_text_node(&src[col..col + len]));
            }
            LinePart::Mark {
                col,
                len,
                finding,
                whole,
            } => {
                let f = &report.findings[finding];
                let mark = text_el(
                    "mark",
                    &format!(
                        "hl sev-{} cat-{}{}",
                        severity_name(f.severity),
                        f.rule.category().name(),
                        if whole { " whole" } else { "" }
                    ),
                    &src[col..col + len],
                );
                set(&mark, "data-rule", f.rule.id());
                set(&mark, "data-col", &col.to_string());
                set(&mark, "data-len", &len.to_string());
                add(&div, &mark);
            }
            LinePart::Marker(status) => {
                let m = el("span", &format!("bp-marker {}", status.class()));
                set(&m, "data-status", status.class());
                add(&div, &m);
            }
        }
    }
    if line.len == 0 {
        // An empty line still has a line's height, as in the textarea.
        add(&div, &document().create_text_node("\u{200b}"));
    }
    div
}

/// Redraws the lines whose signature changed since `previous` (the lines on
/// screen): typing on one line touches one `<div>`, so layout stays local.
/// Text past `cut` (unchecked) is one plain line block. Returns the lines now drawn.
fn draw(
    mirror: &HtmlElement,
    text: &str,
    cut: usize,
    report: &Report,
    previous: &[u64],
) -> Vec<Line> {
    let mut lines = lines(&text[..cut], report);
    if cut < text.len() {
        let rest = &text[cut + 1..];
        lines.push(Line {
            start: cut + 1,
            len: rest.len(),
            parts: vec![LinePart::Text {
                col: 0,
                len: rest.len(),
            }],
            signature: signature_of(rest),
        });
    }
    let sigs: Vec<u64> = lines.iter().map(|l| l.signature).collect();
    let on_screen = mirror.child_element_count() as usize;
    let previous = if on_screen == previous.len() {
        previous
    } else {
        &[]
    };
    let mut head = 0;
    while head < previous.len() && head < sigs.len() && previous[head] == sigs[head] {
        head += 1;
    }
    let mut tail = 0;
    while tail < previous.len() - head
        && tail < sigs.len() - head
        && previous[previous.len() - 1 - tail] == sigs[sigs.len() - 1 - tail]
    {
        tail += 1;
    }
    if previous.is_empty() {
        mirror.set_text_content(None);
    }
    let children = mirror.children();
    for _ in head..previous.len() - tail {
        if let Some(c) = children.item(head as u32) {
            c.remove();
        }
    }
    let frag = document().create_document_fragment();
    for line in &lines[head..sigs.len() - tail] {
        let _ = frag.append_child(&render_line(line, text, report));
    }
    let before = children.item(head as u32);
    let _ = mirror.insert_before(&frag, before.as_ref().map(|e| e.as_ref()));
    lines
}

/// The byte offset a mark stands for: its line's start plus its column.
fn mark_offset(mark: &Element, starts: &[usize]) -> Option<usize> {
    let line = mark.parent_element()?;
    let mut index = 0;
    let mut prev = line.previous_element_sibling();
    while let Some(p) = prev {
        index += 1;
        prev = p.previous_element_sibling();
    }
    let col: usize = mark.get_attribute("data-col")?.parse().ok()?;
    Some(starts.get(index)? + col)
}

/// The element that shows byte `offset`: the mark covering it, else its line.
fn element_at(mirror: &Element, starts: &[usize], offset: usize) -> Option<Element> {
    let index = starts.partition_point(|&s| s <= offset).checked_sub(1)?;
    let line = mirror.children().item(index as u32)?;
    let col = offset - starts[index];
    let marks = line.query_selector_all("mark").ok()?;
    let hit = (0..marks.length())
        .filter_map(|i| marks.item(i)?.dyn_into::<Element>().ok())
        .find(|m| {
            let at = |a: &str| m.get_attribute(a).and_then(|v| v.parse::<usize>().ok());
            matches!((at("data-col"), at("data-len")), (Some(c), Some(l)) if c <= col && col <= c + l)
        });
    Some(hit.unwrap_or(line))
}

/// Where the checked part of the text ends: all of it, or up to the last line
/// break before [`CHECK_LIMIT`].
fn check_cut(text: &str) -> usize {
    if text.len() <= CHECK_LIMIT {
        return text.len();
    }
    let mut at = CHECK_LIMIT;
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    text[..at].rfind('\n').unwrap_or(at)
}

/// "5.2" for 5,200,000 bytes, without float formatting (it costs the wasm 8 KB).
fn megabytes(bytes: usize) -> String {
    let tenths = (bytes + 50_000) / 100_000;
    format!("{}.{}", tenths / 10, tenths % 10)
}

const HINT: &str = "Paste from a PDF, Word, Google Docs or Markdown. Hover a highlight or put the caret in it to see why; Alt+Enter applies a suggested fix.";

/// Saves the text in this browser; says so when it cannot.
fn persist(checker: &Checker, text: &str) {
    // Every keystroke saves: borrow the store rather than copy it.
    if !checker
        .setup
        .with_value(|s| s.store.save(Key::Resume, text))
    {
        checker.status.set(Some(
            "This browser would not save your text (storage full or blocked): keep a copy of your own."
                .into(),
        ));
    }
}

/// A test hook: `window.__bpForcePanic = true` makes the next check panic, so
/// the crash recovery can be tested on the real build.
fn forced_panic() -> bool {
    web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"__bpForcePanic".into()).ok())
        .is_some_and(|v| v.is_truthy())
}

/// Keeps the last frames' check and draw times in `window.__bpTimings`, for
/// the latency harness (`scripts/latency.mjs`) and for anyone curious.
fn record_timing(check_ms: f64, draw_ms: f64, save_ms: f64) {
    let Some(w) = web_sys::window() else { return };
    let key = wasm_bindgen::JsValue::from_str("__bpTimings");
    let list = js_sys::Reflect::get(&w, &key)
        .ok()
        .and_then(|v| v.dyn_into::<js_sys::Array>().ok())
        .unwrap_or_else(|| {
            let a = js_sys::Array::new();
            let _ = js_sys::Reflect::set(&w, &key, &a);
            a
        });
    if list.length() >= 1000 {
        list.shift();
    }
    let entry = js_sys::Array::of3(&check_ms.into(), &draw_ms.into(), &save_ms.into());
    list.push(&entry);
}

/// Replaces the selection with `with` through the browser's editing command,
/// so Ctrl+Z undoes it like typing would.
fn insert_text(area: &HtmlTextAreaElement, with: &str) {
    let doc: HtmlDocument = document().unchecked_into();
    let done = if with.is_empty() {
        doc.exec_command("delete").unwrap_or(false)
    } else {
        doc.exec_command_with_show_ui_and_value("insertText", false, with)
            .unwrap_or(false)
    };
    if !done {
        // Without execCommand the edit still happens, only outside the undo history.
        let _ = area.set_range_text(with);
        if let Ok(ev) = web_sys::Event::new("input") {
            let _ = area.dispatch_event(&ev);
        }
    }
}

/// Fills the tip with the findings' explanations and shows it under `anchor`.
fn draw_tip(tip: &Element, stack: &Element, anchor: &Element, report: &Report, findings: &[usize]) {
    let mut items = Vec::new();
    for &i in findings {
        let Some(f) = report.findings.get(i) else {
            continue;
        };
        let sev = severity_name(f.severity);
        let item = el("div", &format!("tip-item sev-{sev}"));
        set(&item, "data-rule", f.rule.id());
        let head = el("div", "tip-head");
        add(&head, &text_el("span", "tip-sev", sev));
        add(&head, &text_el("code", "tip-rule", f.rule.id()));
        add(&item, &head);
        add(&item, &text_el("p", "tip-message", &f.message));
        match &f.replacement {
            Some(r) => {
                let b = text_el("button", "apply", &format!("Replace with “{r}”"));
                set(&b, "type", "button");
                set(&b, "data-apply", &i.to_string());
                add(&item, &b);
            }
            None => {
                if let Some(s) = &f.suggestion {
                    add(&item, &text_el("p", "tip-suggestion", s));
                }
            }
        }
        items.push(item);
    }
    replace(tip, &items);
    let r = anchor.get_bounding_client_rect();
    let c = stack.get_bounding_client_rect();
    style(
        tip,
        "top",
        &format!("{}px", (r.bottom() - c.top() + 4.0) as i32),
    );
    style(
        tip,
        "left",
        &format!("{}px", (r.left() - c.left()).max(0.0) as i32),
    );
    let _ = tip.remove_attribute("hidden");
}

#[component]
pub fn Editor(initial: String) -> impl IntoView {
    let checker = expect_context::<Checker>();
    let area = NodeRef::<html::Textarea>::new();
    let mirror = NodeRef::<html::Div>::new();
    let stack = NodeRef::<html::Div>::new();
    let tip = NodeRef::<html::Div>::new();
    let status_line = NodeRef::<html::P>::new();
    let (placeholder, on_page) = checker
        .setup
        .with_value(|s| (s.placeholder.clone(), s.layout == Layout::Page));
    // The page's timings are for its benchmarks; a host's page gets no globals.
    let instrument = on_page;
    // A widget whose host opted in to saving says so, with its own way to
    // erase it (the page has "Forget my data" in its header).
    let saving = !on_page && checker.store().key(Key::Resume).is_some();
    Effect::new(move |_| {
        let message = checker.status.get();
        if let Some(p) = status_line.get() {
            p.set_text_content(message.as_deref());
        }
    });
    let live = StoredValue::new_local(Live {
        text: initial.clone(),
        table: OffsetTable::new(&initial),
        frame_pending: false,
        hover_pending: false,
        pointer: (0, 0),
        settle: None,
        first_drawn: false,
        tip: None,
        lines: Vec::new(),
        check_pending: false,
        large_check: None,
    });

    let hide_tip = move || {
        // Nothing to do when no tip is shown: touching the textarea's
        // attributes on every key would make the browser restyle it.
        if live.with_value(|l| l.tip.is_none()) {
            return;
        }
        live.update_value(|l| l.tip = None);
        if let Some(t) = tip.get_untracked() {
            let _ = t.set_attribute("hidden", "");
        }
        if let Some(a) = area.get_untracked() {
            let _ = a.set_attribute("aria-describedby", "bp-hint");
        }
    };

    // Check the textarea's text and redraw the lines that changed.
    // Frames and timers can fire after a widget is unmounted, when its
    // values are gone: each scheduled step checks first (a read of a disposed
    // value panics, and one panic stops every checker on the page).
    let refresh = move || {
        if live.is_disposed() {
            return;
        }
        let (Some(a), Some(m)) = (area.get_untracked(), mirror.get_untracked()) else {
            return;
        };
        let perf = web_sys::window().and_then(|w| w.performance());
        let now = || perf.as_ref().map_or(0.0, |p| p.now());
        let t0 = now();
        let text = a.value();
        // Saved once per key, before the check (so a check that fails loses
        // nothing) but after the keystroke's frame is painted: `frame` saves
        // nothing. Timed apart from the check.
        let t_read = now();
        persist(&checker, &text);
        let t_saved = now();
        if forced_panic() {
            panic!("forced panic (the crash-recovery test hook)");
        }
        let cut = check_cut(&text);
        let report = checker.check(&text[..cut]);
        checker.status.set((cut < text.len()).then(|| {
            format!(
                "Your text is {} MB; Bulletproof checks the first {} MB of it. Nothing is lost: the editor keeps all of it.",
                megabytes(text.len()),
                megabytes(cut)
            )
        }));
        let t1 = now();
        let previous: Vec<u64> = live.with_value(|l| l.lines.iter().map(|l| l.signature).collect());
        let drawn = draw(&m, &text, cut, &report, &previous);
        let t2 = now();
        if instrument {
            let check = (t_read - t0) + (t1 - t_saved);
            record_timing(check, t2 - t1, t_saved - t_read);
        }
        let first = live.with_value(|l| !l.first_drawn);
        live.update_value(|l| {
            l.table = OffsetTable::new(&text);
            l.lines = drawn;
            l.text = text;
            l.frame_pending = false;
            l.check_pending = false;
            l.first_drawn = true;
            if let Some(h) = l.settle.take() {
                h.clear();
            }
        });
        if first && instrument {
            // For the cold-load benchmark: when the first highlights were inserted
            // (before the frame that renders them).
            if let Some(w) = web_sys::window() {
                let now = w.performance().map_or(0.0, |p| p.now());
                let _ = js_sys::Reflect::set(&w, &"__bpFirstHighlight".into(), &now.into());
            }
        }
        checker.live.set(report.clone());
        let settle = set_timeout_with_handle(move || checker.settled.set(report), SETTLE).ok();
        live.update_value(|l| l.settle = settle);
    };

    // The frame after a keystroke: move the highlights with the edit (cheap),
    // and check the text right after this frame is painted. An edit that adds
    // or removes a line is checked and drawn in this frame.
    // A large text is checked (and saved) once typing pauses, not after every key.
    let check_after_pause = move || {
        live.update_value(|l| {
            if let Some(h) = l.large_check.take() {
                h.clear();
            }
            l.check_pending = true;
        });
        let h = set_timeout_with_handle(refresh, LARGE_SETTLE).ok();
        live.update_value(|l| l.large_check = h);
    };

    let frame = move || {
        if live.is_disposed() {
            return;
        }
        live.update_value(|l| l.frame_pending = false);
        if live.with_value(|l| l.text.len() > LARGE_TEXT) {
            // A very large text: even reading it back costs milliseconds per key,
            // so the layer waits for a pause in typing and catches up at once.
            check_after_pause();
            return;
        }
        let (Some(a), Some(m)) = (area.get_untracked(), mirror.get_untracked()) else {
            return;
        };
        let text = a.value();
        let report = checker.live.get_untracked();
        // Patch the drawn lines in place and render the edited one (no copy of the text).
        let patched = live
            .try_update_value(|l| {
                let i = patch_lines(&mut l.lines, &l.text, &text)?;
                l.text = text;
                Some((i, render_line(&l.lines[i], &l.text, &report)))
            })
            .flatten();
        let Some((i, div)) = patched else {
            refresh();
            return;
        };
        if let Some(old) = m.children().item(i as u32) {
            let _ = old.replace_with_with_node_1(&div);
        }
        if live.with_value(|l| l.text.len() > LARGE_TEXT) {
            // Saving megabytes on every key would be felt; a large text is saved
            // by the check after the pause and when the page is left (assets/guard.js).
            check_after_pause();
        } else {
            // The check after this frame is painted saves the text.
            if !live.with_value(|l| l.check_pending) {
                live.update_value(|l| l.check_pending = true);
                set_timeout(refresh, Duration::ZERO);
            }
        }
    };

    let schedule = move || {
        if !live.with_value(|l| l.frame_pending) {
            live.update_value(|l| l.frame_pending = true);
            request_animation_frame(frame);
        }
    };

    // First draw as soon as the elements exist.
    Effect::new(move |_| {
        if area.get().is_some() && mirror.get().is_some() {
            refresh();
        }
    });

    let utf16_span = move |span: Span| live.with_value(|l| l.table.utf16_span(span));

    // Show the tip for the findings at a byte offset, anchored on their mark.
    let show_tip_at = move |offset: usize, anchor: Option<Element>, from_caret: bool| {
        let report = checker.live.get_untracked();
        let hits = findings_at(&report, offset);
        if hits.is_empty() {
            if live.with_value(|l| l.tip.as_ref().is_some_and(|t| t.1 == from_caret)) {
                hide_tip();
            }
            return;
        }
        let (Some(s), Some(m), Some(t), Some(a)) = (
            stack.get_untracked(),
            mirror.get_untracked(),
            tip.get_untracked(),
            area.get_untracked(),
        ) else {
            return;
        };
        if live.with_value(|l| l.tip.as_ref().is_some_and(|t| t.0 == hits)) {
            return;
        }
        let anchor = anchor.or_else(|| live.with_value(|l| element_at(&m, &l.starts(), offset)));
        let Some(anchor) = anchor else { return };
        draw_tip(&t, &s, &anchor, &report, &hits);
        let _ = a.set_attribute("aria-describedby", "bp-hint bp-tip");
        live.update_value(|l| l.tip = Some((hits, from_caret)));
    };

    let caret_moved = move || {
        let Some(a) = area.get_untracked() else {
            return;
        };
        let (Ok(Some(start)), Ok(Some(end))) = (a.selection_start(), a.selection_end()) else {
            return;
        };
        if start != end || live.with_value(|l| l.frame_pending || l.check_pending) {
            return;
        }
        let offset = live.with_value(|l| l.table.byte_of_utf16(start as usize));
        show_tip_at(offset, None, true);
    };

    let hover = move || {
        if live.is_disposed() {
            return;
        }
        live.update_value(|l| l.hover_pending = false);
        let (x, y) = live.with_value(|l| l.pointer);
        // The mirror ignores the pointer (the textarea must get it), so find the
        // mark under it by its boxes rather than by hit testing.
        let (fx, fy) = (f64::from(x), f64::from(y));
        let hit = mirror.get_untracked().and_then(|m| {
            let marks = m.query_selector_all("mark.hl").ok()?;
            (0..marks.length())
                .filter_map(|i| marks.item(i)?.dyn_into::<Element>().ok())
                .find(|mark| {
                    let rects = mark.get_client_rects();
                    (0..rects.length()).filter_map(|i| rects.item(i)).any(|r| {
                        r.left() <= fx && fx <= r.right() && r.top() <= fy && fy <= r.bottom()
                    })
                })
        });
        match hit {
            Some(mark) => {
                if let Some(at) = live.with_value(|l| mark_offset(&mark, &l.starts())) {
                    show_tip_at(at, Some(mark), false);
                }
            }
            None => {
                if live.with_value(|l| l.tip.as_ref().is_some_and(|t| !t.1)) {
                    hide_tip();
                }
            }
        }
    };

    let apply = move |finding: usize| {
        let report = checker.live.get_untracked();
        let Some(f) = report.findings.get(finding) else {
            return;
        };
        let (Some(a), Some(with)) = (area.get_untracked(), f.replacement.clone()) else {
            return;
        };
        let u = utf16_span(f.span);
        let _ = a.focus();
        let _ = a.set_selection_range(u.start as u32, u.end as u32);
        insert_text(&a, &with);
        hide_tip();
    };

    // The panel asks for a span: select it and bring it into view.
    Effect::new(move |_| {
        let Some(span) = checker.select.get() else {
            return;
        };
        let Some(a) = area.get_untracked() else {
            return;
        };
        let u = utf16_span(span);
        let _ = a.focus();
        let _ = a.set_selection_range(u.start as u32, u.end as u32);
        let target = mirror
            .get_untracked()
            .and_then(|m| live.with_value(|l| element_at(&m, &l.starts(), span.start)));
        let opts = web_sys::ScrollIntoViewOptions::new();
        opts.set_block(web_sys::ScrollLogicalPosition::Center);
        match target {
            Some(t) => t.scroll_into_view_with_scroll_into_view_options(&opts),
            None => a.scroll_into_view_with_scroll_into_view_options(&opts),
        }
        checker.select.set(None);
    });

    // Clear / Load sample: replace everything as one undoable edit.
    Effect::new(move |_| {
        let Some(text) = checker.replace_all.get() else {
            return;
        };
        let Some(a) = area.get_untracked() else {
            return;
        };
        let _ = a.focus();
        a.select();
        // Chromium's insertText grows with the number of lines squared (a
        // 37-page PDF's 150 KB took 16 s); past a resume's size the text is
        // set directly, outside the undo history.
        if text.len() <= UNDOABLE_REPLACE {
            insert_text(&a, &text);
        }
        if a.value() != text {
            a.set_value(&text);
        }
        let _ = a.set_selection_range(0, 0);
        hide_tip();
        refresh();
        checker.replace_all.set(None);
    });

    // The role, band or job description changed: check again.
    Effect::new(move |prev: Option<u32>| {
        let n = checker.recheck.get();
        if prev.is_some_and(|p| p != n) {
            refresh();
        }
        n
    });

    // "Forget my data": empty the editor and erase what was saved.
    Effect::new(move |prev: Option<u32>| {
        let n = checker.erase.get();
        if prev.is_some_and(|p| p != n) {
            if let Some(a) = area.get_untracked() {
                a.set_value("");
                hide_tip();
                refresh();
                checker.store().forget();
                checker.status.set(Some(
                    "Erased: nothing of yours is stored in this browser now.".into(),
                ));
            }
        }
        n
    });

    let on_keydown = move |ev: web_sys::KeyboardEvent| match ev.key().as_str() {
        "Escape" => hide_tip(),
        // Alt+Enter applies the fix under the caret.
        "Enter" if ev.alt_key() => {
            let report = checker.live.get_untracked();
            let first = live.with_value(|l| {
                l.tip.as_ref().and_then(|(f, _)| {
                    f.iter().copied().find(|&i| {
                        report
                            .findings
                            .get(i)
                            .is_some_and(|f| f.replacement.is_some())
                    })
                })
            });
            if let Some(i) = first {
                ev.prevent_default();
                apply(i);
            }
        }
        _ => {}
    };

    view! {
        <section class="editor" aria-label="Resume editor">
            <label for="resume" class="editor-label">"Your resume"</label>
            <p class="editor-hint" id="bp-hint">
                {HINT}
                <span hidden=!saving>
                    " Kept in this browser only. "
                    <button type="button" class="forget" on:click=move |_| ask_to_forget(checker)>"Forget it"</button>
                </span>
            </p>
            <p class="status" role="status" node_ref=status_line></p>
            <div class="stack" node_ref=stack>
                <div class="mirror" node_ref=mirror aria-hidden="true"></div>
                <textarea
                    id="resume"
                    node_ref=area
                    spellcheck="false"
                    autocomplete="off"
                    aria-describedby="bp-hint"
                    placeholder=placeholder
                    prop:defaultValue=initial.clone()
                    on:input=move |ev: web_sys::Event| {
                        hide_tip();
                        // Mid-composition (IME) text is not final: check when it is.
                        let composing = ev
                            .dyn_ref::<web_sys::InputEvent>()
                            .is_some_and(web_sys::InputEvent::is_composing);
                        if !composing {
                            schedule();
                        }
                    }
                    on:compositionend=move |_: web_sys::CompositionEvent| schedule()
                    on:keyup=move |_| caret_moved()
                    on:click=move |_| caret_moved()
                    on:keydown=on_keydown
                    on:mousemove=move |ev: web_sys::MouseEvent| {
                        live.update_value(|l| l.pointer = (ev.client_x(), ev.client_y()));
                        if !live.with_value(|l| l.hover_pending) {
                            live.update_value(|l| l.hover_pending = true);
                            request_animation_frame(hover);
                        }
                    }
                    on:mouseleave=move |ev: web_sys::MouseEvent| {
                        let into_tip = ev
                            .related_target()
                            .and_then(|t| t.dyn_into::<Element>().ok())
                            .is_some_and(|e| e.closest(".tip").ok().flatten().is_some());
                        if !into_tip && live.with_value(|l| l.tip.as_ref().is_some_and(|t| !t.1)) {
                            hide_tip();
                        }
                    }
                ></textarea>
                <div
                    class="tip"
                    id="bp-tip"
                    role="tooltip"
                    hidden
                    node_ref=tip
                    on:mouseleave=move |_| {
                        if live.with_value(|l| l.tip.as_ref().is_some_and(|t| !t.1)) {
                            hide_tip();
                        }
                    }
                    on:click=move |ev| {
                        let target = ev.target().and_then(|t| t.dyn_into::<Element>().ok());
                        let index = target
                            .and_then(|t| t.closest("[data-apply]").ok().flatten())
                            .and_then(|b| b.get_attribute("data-apply"))
                            .and_then(|i| i.parse().ok());
                        if let Some(i) = index {
                            apply(i);
                        }
                    }
                ></div>
            </div>
        </section>
    }
}
