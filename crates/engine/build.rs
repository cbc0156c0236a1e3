//! Copies the engine's word lists (`data/*.txt`) into OUT_DIR
//! without their comments and blank lines: the comments document the lists
//! for people, and the wasm need not carry them.

use std::{env, fs, path::Path};

fn main() {
    let out = env::var("OUT_DIR").expect("OUT_DIR");
    let dir = Path::new("data");
    println!("cargo:rerun-if-changed={}", dir.display());
    for entry in fs::read_dir(dir).expect("data") {
        let path = entry.expect("a data file").path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).expect("UTF-8 data file");
        let kept: Vec<&str> = text
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        let name = path.file_name().expect("a file name");
        // Without the lens (the first load), a concept's hints and gapped
        // forms are never read: they stay out of the wasm.
        let lens = env::var_os("CARGO_FEATURE_LENS").is_some();
        let kept: Vec<String> = if name == "concepts.txt" && !lens {
            kept.iter().map(|l| without_lens_fields(l)).collect()
        } else {
            kept.iter().map(|l| l.to_string()).collect()
        };
        fs::write(Path::new(&out).join(name), kept.join("\n") + "\n").expect("write OUT_DIR");
    }
}

/// A `concepts.txt` line as the first load reads it: name, kind, the forms
/// without a gap ("review … pull requests" is the lens's), broader concept;
/// no hints (the fifth field, read for a job description only).
fn without_lens_fields(line: &str) -> String {
    let fields: Vec<&str> = line.split('|').map(str::trim).collect();
    let forms: Vec<&str> = fields
        .get(2)
        .map(|f| {
            f.split(',')
                .map(str::trim)
                .filter(|f| !f.is_empty() && !f.contains('…'))
                .collect()
        })
        .unwrap_or_default();
    let forms = forms.join(", ");
    let mut kept: Vec<&str> = fields.iter().take(2).copied().collect();
    kept.push(&forms);
    kept.extend(fields.get(3));
    kept.join(" | ")
}
