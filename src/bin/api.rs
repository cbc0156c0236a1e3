//! The JavaScript API's wasm: exports `check` for the widget's loader
//! (`assets/widget/widget.js`), which fetches it on the first call. Built by
//! `scripts/build-widget.mjs` with `--features js-api`. (A binary exports
//! only its own `#[wasm_bindgen]` functions, so the export lives here and the
//! work in `bulletproof::api`.)

#[cfg(target_arch = "wasm32")]
mod exports {
    use wasm_bindgen::prelude::*;

    /// `check(text, { jobDescription, role, band, today })`: the report, with UTF-16 spans.
    #[wasm_bindgen(js_name = check)]
    pub fn check(text: &str, options: JsValue) -> Result<JsValue, JsError> {
        bulletproof::api::check_js(text, options)
    }

    /// `useTechNames(text)`: the generated technology names
    /// (`tech_names.txt`, beside this module), which job descriptions are
    /// read with once given; false for a text that is not that list.
    #[wasm_bindgen(js_name = useTechNames)]
    pub fn use_tech_names(text: &str) -> bool {
        bulletproof::engine::tailor::data::install_tech_names(text)
    }
}

fn main() {}
