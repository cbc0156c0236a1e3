//! The engine's layers read top to bottom (ARCHITECTURE.md): the document
//! and the per-block facts at the bottom, then the tailoring facts, then the
//! rules, then the Fit report. A module may use what is below it, never
//! what is above; this test reads the sources and says which import broke it.

use std::fs;
use std::path::Path;

/// (module files, the modules they must not use).
const BELOW: &[(&[&str], &[&str])] = &[
    (
        &[
            "facts.rs",
            "metrics.rs",
            "verbs.rs",
            "text.rs",
            "lexicon.rs",
        ],
        &["tailor", "rules", "fit"],
    ),
    (&["tailor"], &["rules", "fit"]),
    (&["rules"], &["fit"]),
];

fn sources(entry: &str) -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let path = root.join(entry);
    let files: Vec<_> = if path.is_dir() {
        fs::read_dir(&path)
            .expect("a module folder")
            .map(|e| e.expect("an entry").path())
            .collect()
    } else {
        vec![path]
    };
    files
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .map(|p| {
            (
                p.display().to_string(),
                fs::read_to_string(&p).expect("a source file"),
            )
        })
        .collect()
}

#[test]
fn no_module_uses_a_layer_above_it() {
    let mut broken = Vec::new();
    for (modules, above) in BELOW {
        for module in *modules {
            for (file, text) in sources(module) {
                for (n, line) in text.lines().enumerate() {
                    let code = line.split("//").next().unwrap_or("");
                    for m in *above {
                        let uses = [
                            format!("crate::{m}::"),
                            format!("super::{m}::"),
                            format!("crate::{m}}}"),
                            format!("use super::{m};"),
                            format!("use crate::{m};"),
                        ];
                        if uses.iter().any(|u| code.contains(u.as_str())) {
                            broken.push(format!("{file}:{}: uses {m}: {}", n + 1, line.trim()));
                        }
                    }
                }
            }
        }
    }
    assert!(broken.is_empty(), "{}", broken.join("\n"));
}
