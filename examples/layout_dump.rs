//! Lays out the text runs pdf.js read out of a PDF, saved as JSON by
//! `tests/files/make.mjs` (a debugging aid for the PDF layout):
//!   cargo run --example layout_dump -- tests/files/two-column.runs.json
use bulletproof::extract::layout::{lay_out, PdfText};

fn main() {
    let path = std::env::args().nth(1).expect("a .runs.json file");
    let doc: PdfText =
        serde_json::from_str(&std::fs::read_to_string(path).expect("readable")).expect("runs JSON");
    match lay_out(&doc) {
        Ok(out) => {
            print!("{}", out.text);
            for n in out.notes {
                println!("NOTE {:?}: {} {:?}", n.kind, n.message, n.lines);
            }
        }
        Err(e) => println!("ERROR {:?}: {}", e.kind, e.message),
    }
}
