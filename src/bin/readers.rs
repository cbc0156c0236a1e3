//! The source readers' wasm (`bulletproof-readers`): LaTeX, Markdown, JSON
//! Resume and PDF-copy text, loaded by the app and the element the first
//! time a text needs them (`scripts/build-readers.mjs`). The app checks the
//! view it gets back with its own engine; nothing but the parts of a reading
//! crosses between the two modules.

#[cfg(target_arch = "wasm32")]
mod exports {
    use bulletproof::engine::read::{self, Format, Input};
    use js_sys::{Array, Object, Reflect, Uint32Array, Uint8Array};
    use wasm_bindgen::prelude::*;

    fn set(o: &Object, key: &str, value: &JsValue) {
        let _ = Reflect::set(o, &JsValue::from_str(key), value);
    }

    /// Reads `source` as `format` ("text", "latex", "markdown",
    /// "json-resume"): `{ format, view, pieces, hints, links, notes, identity }`
    /// (see `read::Parts`).
    #[wasm_bindgen]
    pub fn read(source: &str, format: &str) -> JsValue {
        let input = Format::from_name(format).map_or(Input::Auto, Input::Is);
        let parts = read::read(source, input, None).into_parts();
        let o = Object::new();
        set(&o, "format", &JsValue::from_str(&parts.format));
        set(&o, "view", &JsValue::from_str(&parts.view));
        set(&o, "pieces", &Uint32Array::from(&parts.pieces[..]).into());
        set(&o, "hints", &Uint8Array::from(&parts.hints[..]).into());
        let links: Array = parts.links.iter().map(|l| JsValue::from_str(l)).collect();
        set(&o, "links", &links.into());
        let notes: Array = parts
            .notes
            .iter()
            .map(|(m, at)| {
                let n = Array::new();
                n.push(&JsValue::from_str(m));
                n.push(&JsValue::from_f64(*at as f64));
                JsValue::from(n)
            })
            .collect();
        set(&o, "notes", &notes.into());
        set(&o, "identity", &JsValue::from_bool(parts.identity));
        o.into()
    }
}

fn main() {}
