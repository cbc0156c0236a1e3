//! The source readers (LaTeX, Markdown, JSON Resume, PDF-copy text), loaded
//! the first time a text needs them. The app's wasm is built without them to
//! keep its first load within budget; the page (`assets/readers.js`) or the
//! widget's loader defines `__bulletproofReaders()`, which resolves to the
//! readers' module (`src/bin/readers.rs`) once it has loaded.

use std::cell::RefCell;

use js_sys::{Array, Function, Promise, Reflect, Uint32Array, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::engine::read::{Format, Parts, Reading};

enum State {
    Idle,
    /// Loading; these run when it is done (each checker asks to check again).
    Loading(Vec<Box<dyn Fn()>>),
    Ready(Function),
    Failed,
}

thread_local! {
    static STATE: RefCell<State> = const { RefCell::new(State::Idle) };
}

pub enum Outcome {
    Read(Reading),
    /// The readers are loading; `on_ready` will run when they are there.
    Waiting,
    /// They could not be loaded (offline on a first visit, a broken
    /// deployment): the text is to be read as plain text.
    Unavailable,
}

fn get(o: &JsValue, key: &str) -> JsValue {
    Reflect::get(o, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

/// Reads `src` as `format` with the readers' module, loading it first if need be.
pub fn read(src: &str, format: Format, detected: bool, on_ready: impl Fn() + 'static) -> Outcome {
    let ready = STATE.with_borrow_mut(|state| match state {
        State::Ready(f) => Some(f.clone()),
        State::Failed => None,
        State::Loading(waiting) => {
            waiting.push(Box::new(on_ready));
            None
        }
        State::Idle => {
            *state = State::Loading(vec![Box::new(on_ready)]);
            None
        }
    });
    if let Some(read) = ready {
        return match call(&read, src, format, detected) {
            Some(r) => Outcome::Read(r),
            None => Outcome::Unavailable,
        };
    }
    STATE.with_borrow(|state| match state {
        State::Failed => Outcome::Unavailable,
        _ => {
            start_loading();
            Outcome::Waiting
        }
    })
}

fn call(read: &Function, src: &str, format: Format, detected: bool) -> Option<Reading> {
    let o = read
        .call2(
            &JsValue::NULL,
            &JsValue::from_str(src),
            &JsValue::from_str(format.name()),
        )
        .ok()?;
    let strings = |v: JsValue| -> Vec<String> {
        v.dyn_into::<Array>()
            .map(|a| a.iter().filter_map(|s| s.as_string()).collect())
            .unwrap_or_default()
    };
    let notes = get(&o, "notes")
        .dyn_into::<Array>()
        .map(|a| {
            a.iter()
                .filter_map(|n| {
                    let m = Reflect::get_u32(&n, 0).ok()?.as_string()?;
                    let at = Reflect::get_u32(&n, 1).ok()?.as_f64()? as i64;
                    Some((m, at))
                })
                .collect()
        })
        .unwrap_or_default();
    let parts = Parts {
        format: get(&o, "format").as_string()?,
        view: get(&o, "view").as_string()?,
        pieces: get(&o, "pieces").dyn_into::<Uint32Array>().ok()?.to_vec(),
        hints: get(&o, "hints").dyn_into::<Uint8Array>().ok()?.to_vec(),
        links: strings(get(&o, "links")),
        notes,
        identity: get(&o, "identity").as_bool()?,
    };
    Reading::from_parts(src, parts, detected)
}

/// Asks the page's loader for the readers' module, once.
fn start_loading() {
    thread_local!(static STARTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });
    if STARTED.replace(true) {
        return;
    }
    let global = js_sys::global();
    let loader = get(&global, "__bulletproofReaders").dyn_into::<Function>();
    let promise = loader
        .ok()
        .and_then(|f| f.call0(&JsValue::NULL).ok())
        .and_then(|p| p.dyn_into::<Promise>().ok());
    let Some(promise) = promise else {
        finish(None);
        return;
    };
    let loaded = Closure::<dyn FnMut(JsValue)>::new(|module: JsValue| {
        finish(get(&module, "read").dyn_into::<Function>().ok());
    });
    let failed = Closure::<dyn FnMut(JsValue)>::new(|_: JsValue| finish(None));
    let _ = promise.then2(&loaded, &failed);
    // Each runs at most once, for the page's lifetime.
    loaded.forget();
    failed.forget();
}

fn finish(read: Option<Function>) {
    let waiting = STATE.with_borrow_mut(|state| {
        let next = match read {
            Some(f) => State::Ready(f),
            None => State::Failed,
        };
        match std::mem::replace(state, next) {
            State::Loading(w) => w,
            _ => Vec::new(),
        }
    });
    for w in waiting {
        w();
    }
}
