//! A few plain DOM helpers for the parts drawn imperatively (the highlight
//! layer, the panel's lists, the tip). Non-generic on purpose: they keep the
//! wasm small, and they only ever set text, never HTML.

use web_sys::{Document, Element, Node};

pub fn document() -> Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

/// `<tag class="…">`.
pub fn el(tag: &str, class: &str) -> Element {
    let e = document().create_element(tag).expect("valid tag");
    if !class.is_empty() {
        e.set_class_name(class);
    }
    e
}

/// `<tag class="…">text</tag>`, the text set as text.
pub fn text_el(tag: &str, class: &str, text: &str) -> Element {
    let e = el(tag, class);
    e.set_text_content(Some(text));
    e
}

pub fn set(e: &Element, name: &str, value: &str) {
    let _ = e.set_attribute(name, value);
}

pub fn add(parent: &Element, child: &Node) {
    let _ = parent.append_child(child);
}

/// Sets one CSS property through the CSSOM (allowed by a strict CSP, unlike
/// a `style` attribute).
pub fn style(e: &Element, property: &str, value: &str) {
    use wasm_bindgen::JsCast;
    if let Some(h) = e.dyn_ref::<web_sys::HtmlElement>() {
        let _ = h.style().set_property(property, value);
    }
}

/// Replaces all children of `parent` with `children`.
pub fn replace(parent: &Element, children: &[Element]) {
    parent.set_text_content(None);
    for c in children {
        add(parent, c);
    }
}
