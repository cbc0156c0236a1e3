//! The `<bulletproof-checker>` element's attributes, read into a [`Setup`]
//! (the README's "Embed" section documents each). A bad value never stops
//! the widget: it is left out and named in a warning for the console.

use super::storage::Store;
use super::{Layout, Part, Parts, Setup};
use crate::engine::tailor::{Band, Role};

/// A widget's setup from `get(attribute)` (`None` when absent), and the
/// warnings for values it could not use.
pub fn setup_from(get: impl Fn(&str) -> Option<String>) -> (Setup, Vec<String>) {
    let mut warnings = Vec::new();
    let layout = if get("compact").is_some() {
        Layout::Compact
    } else {
        Layout::Full
    };
    let mut setup = Setup::widget(layout);
    if let Some(list) = get("panels") {
        let mut parts = Parts::NONE;
        for name in list.split([',', ' ']).filter(|n| !n.is_empty()) {
            match Part::from_name(name) {
                Some(p) => parts = parts.with(p),
                None => warnings.push(format!(
                    "panels: no panel is called “{name}”; the panels are {}",
                    Part::ALL.map(Part::name).join(", ")
                )),
            }
        }
        setup.parts = parts;
    }
    // `target-role` says the same as `role` without looking like an ARIA role.
    if let Some(r) = get("target-role").or_else(|| get("role")) {
        setup.role = Role::from_name(&r);
        if setup.role.is_none() {
            warnings.push(format!(
                "role: no role is called “{r}”; use {}",
                Role::ALL.map(Role::name).join(", ")
            ));
        }
    }
    if let Some(b) = get("band") {
        setup.band = Band::from_name(&b);
        if setup.band.is_none() {
            warnings.push(format!(
                "band: no band is called “{b}”; use {}",
                Band::ALL.map(Band::name).join(", ")
            ));
        }
    }
    if let Some(t) = get("theme") {
        if !["light", "dark", "auto"].contains(&t.as_str()) {
            warnings.push(format!("theme: “{t}” is not light, dark or auto"));
        }
    }
    if let Some(p) = get("placeholder") {
        setup.placeholder = p;
    }
    // Saving is the host's choice: `save` or `save="name"` (one name per
    // widget that should keep its own text).
    if let Some(name) = get("save") {
        let name = name.trim();
        setup.store = Store::widget(if name.is_empty() { "default" } else { name });
    }
    (setup, warnings)
}
