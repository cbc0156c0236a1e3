//! The open-file module's wasm: a PDF's text runs laid out in reading order
//! and a DOCX read, for the worker that opens files
//! (`assets/open/worker.js`). Built by `scripts/build-open.mjs` with
//! `--features extract-wasm`; loaded the first time a PDF or DOCX is opened.

#[cfg(target_arch = "wasm32")]
mod exports {
    use bulletproof::extract::{self, layout};
    use serde::Serialize;
    use wasm_bindgen::prelude::*;

    fn to_js<T: Serialize>(value: &T) -> JsValue {
        value
            .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
            .unwrap_or(JsValue::NULL)
    }

    /// `{ text, notes }` or `{ error: { kind, message } }`.
    fn answer(result: Result<extract::Extracted, extract::ExtractError>) -> JsValue {
        #[derive(Serialize)]
        struct Failed {
            error: extract::ExtractError,
        }
        match result {
            Ok(out) => to_js(&out),
            Err(error) => to_js(&Failed { error }),
        }
    }

    /// A DOCX file's bytes to text.
    #[wasm_bindgen(js_name = readDocx)]
    pub fn read_docx(bytes: &[u8]) -> JsValue {
        answer(extract::docx::read(bytes))
    }

    /// A PDF's text runs to text. `pages` holds each page's width and
    /// height; `runs` six numbers per run (page index, x, baseline y, width,
    /// font size, unused); `texts` each run's string.
    #[wasm_bindgen(js_name = layOutPdf)]
    pub fn lay_out_pdf(
        pages: &[f32],
        runs: &[f32],
        texts: Vec<String>,
        total_pages: usize,
    ) -> JsValue {
        let mut doc = layout::PdfText {
            pages: pages
                .chunks_exact(2)
                .map(|p| layout::PdfPage {
                    width: p[0],
                    height: p[1],
                    runs: Vec::new(),
                })
                .collect(),
            total_pages,
        };
        for (run, text) in runs.chunks_exact(6).zip(texts) {
            let Some(page) = doc.pages.get_mut(run[0] as usize) else {
                continue;
            };
            page.runs.push(layout::TextRun {
                text,
                x: run[1],
                y: run[2],
                width: run[3],
                size: run[4],
            });
        }
        answer(layout::lay_out(&doc))
    }
}

fn main() {}
