//! The JavaScript API's wasm: exports `check` for the widget's loader
//! (`assets/widget/widget.js`), which fetches it on the first call. Built by
//! `scripts/build-widget.mjs` (`-p bulletproof-api`). (A binary exports
//! only its own `#[wasm_bindgen]` functions, so the export lives here and the
//! work in `bulletproof_api::api`.)

#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(target_arch = "wasm32")]
mod exports {
    use wasm_bindgen::prelude::*;

    /// `check(text, { jobDescription, role, band, today })`: the report, with UTF-16 spans.
    #[wasm_bindgen(js_name = check)]
    pub fn check(text: &str, options: JsValue) -> Result<JsValue, JsError> {
        bulletproof_api::api::check_js(text, options)
    }

    /// `useJobLexicon(names, terms)`: the job lexicon (`tech_names.txt`
    /// and `jd_terms.txt`, beside this module), which job descriptions are
    /// read with once given; false for texts that are not those lists.
    #[wasm_bindgen(js_name = useJobLexicon)]
    pub fn use_job_lexicon(names: &str, terms: &str) -> bool {
        bulletproof_api::engine::tailor::data::install_job_lexicon(names, terms)
    }
}

fn main() {}
