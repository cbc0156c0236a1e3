//! The widget's loader (`assets/widget/widget.js`) keeps its own list of
//! role names, to tell a `role` attribute of ours from an ARIA role without
//! loading any wasm: it must be the engine's list, no more, no less.

use bulletproof::engine::tailor::Role;

#[test]
fn the_loaders_role_names_are_the_engines() {
    let loader = include_str!("../assets/widget/widget.js");
    let list = loader
        .split_once("const ROLES = [")
        .and_then(|(_, rest)| rest.split_once(']'))
        .expect("widget.js has `const ROLES = [...]`")
        .0;
    let in_loader: Vec<&str> = list
        .split(',')
        .map(|n| n.trim().trim_matches('"'))
        .filter(|n| !n.is_empty())
        .collect();
    let in_engine: Vec<&str> = Role::NAMES.iter().map(|(n, _)| *n).collect();
    assert_eq!(in_loader, in_engine);
}
