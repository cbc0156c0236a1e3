//! The widget's wasm: the `<bulletproof-checker>` element's mount, for the
//! loader (`assets/widget/widget.js`). Built by `scripts/build-widget.mjs`.
//! The checker itself is `bulletproof::app`, the same as the app's; the
//! element's attributes are read by `bulletproof::app::embed`. (A binary
//! exports only its own `#[wasm_bindgen]` items, so they live here.)

#[cfg(target_arch = "wasm32")]
mod exports {
    use bulletproof::app::storage::Key;
    use bulletproof::app::{embed, mount_in, store_in_use, Mounted};
    use bulletproof::engine::tailor::{Band, Role};
    use wasm_bindgen::prelude::*;

    /// A mounted checker, kept by the loader until its element leaves the page.
    #[wasm_bindgen]
    pub struct Widget {
        mounted: Option<Mounted>,
        warnings: Vec<String>,
    }

    #[wasm_bindgen]
    impl Widget {
        /// What the attributes got wrong (the loader logs each).
        #[wasm_bindgen(getter)]
        pub fn warnings(&self) -> Vec<String> {
            self.warnings.clone()
        }

        /// Takes the view down (the text goes with it, unless the host opted in to saving).
        pub fn unmount(&mut self) {
            self.mounted = None;
        }
    }

    /// Mounts a checker into `root` (a `<div>` in the element's shadow
    /// root), set up from the element's `attributes` (`{ name: value }`);
    /// `texts` (`{ resume, job, sample, role, band }`, each optional): the
    /// reader's texts (and picks) when the loader mounts it again after its
    /// attributes changed or to bring in the role lens, and the
    /// sample resume the loader fetched for a `sample` attribute (the sample
    /// is not built into the element).
    #[wasm_bindgen(js_name = mount)]
    pub fn mount(root: web_sys::HtmlElement, attributes: JsValue, texts: JsValue) -> Widget {
        let read = |from: &JsValue, name: &str| {
            js_sys::Reflect::get(from, &JsValue::from_str(name))
                .ok()
                .and_then(|v| v.as_string())
        };
        let (mut setup, mut warnings) = embed::setup_from(|name| read(&attributes, name));
        if store_in_use(&setup.store) {
            warnings.push(
                "save: another checker on this page saves under the same name, so each would overwrite the other's text; give each its own save=\"name\"".into(),
            );
        }
        if texts.is_object() {
            setup.text = read(&texts, "resume");
            setup.job_text = read(&texts, "job");
            setup.sample = read(&texts, "sample");
            // The reader's picks when the loader moves to the build with the
            // role lens ("" is "no role", "from my dates").
            if let Some(r) = read(&texts, "role") {
                setup.role = Role::from_name(&r);
            }
            if let Some(b) = read(&texts, "band") {
                setup.band = Band::from_name(&b);
            }
            // The build it replaced may not have saved the last keys yet
            // (a job description's pause, say): a host that opted in keeps them.
            for (key, text) in [(Key::Resume, &setup.text), (Key::Job, &setup.job_text)] {
                if let Some(text) = text.as_deref().filter(|t| !t.is_empty()) {
                    setup.store.save(key, text);
                }
            }
        }
        Widget {
            mounted: Some(mount_in(root, setup)),
            warnings,
        }
    }
}

fn main() {}
