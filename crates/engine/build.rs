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
        fs::write(Path::new(&out).join(name), kept.join("\n") + "\n").expect("write OUT_DIR");
    }
}
