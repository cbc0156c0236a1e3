//! Component tests in headless Chromium (wasm-bindgen-test): mount the app,
//! type, see highlights with the right rule, click a finding, get the selection.
#![cfg(target_arch = "wasm32")]

use bulletproof::app::storage::{Key, Store};
use bulletproof::app::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

fn mount() -> (HtmlElement, impl Drop) {
    // Each test starts as a first visit: nothing saved.
    Store::page().forget();
    let document = web_sys::window().unwrap().document().unwrap();
    let container: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone(), App);
    (container, handle)
}

/// Lets the app's animation frame and the panel's settle timer run.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 450)
            .unwrap();
    });
    JsFuture::from(promise).await.unwrap();
    leptos::task::tick().await;
}

fn attrs(container: &HtmlElement, selector: &str, attr: &str) -> Vec<String> {
    let list = container.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .filter_map(|e| e.get_attribute(attr))
        .collect()
}

fn area(container: &HtmlElement) -> HtmlTextAreaElement {
    container
        .query_selector("#resume")
        .unwrap()
        .unwrap()
        .unchecked_into()
}

fn type_text(container: &HtmlElement, text: &str) {
    let a = area(container);
    a.set_value(text);
    let init = EventInit::new();
    init.set_bubbles(true);
    a.dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
}

#[wasm_bindgen_test]
async fn sample_is_highlighted_and_scored_on_mount() {
    let (container, _handle) = mount();
    settle().await;
    let marks = attrs(&container, "mark.hl", "data-rule");
    assert!(marks.iter().any(|r| r == "verb/weak-opening"), "{marks:?}");
    let score: u32 = attrs(&container, "[data-score]", "data-score")[0]
        .parse()
        .unwrap();
    assert!(score > 0 && score < 100);
    let lines = attrs(&container, ".finding", "data-line");
    assert!(!lines.is_empty() && lines.iter().all(|l| l.parse::<usize>().unwrap() > 0));
    container.remove();
}

#[wasm_bindgen_test]
async fn typing_updates_highlights_and_findings() {
    let (container, _handle) = mount();
    settle().await;
    type_text(
        &container,
        "EXPERIENCE\n- Responsible for the billing API\n",
    );
    settle().await;
    assert_eq!(
        attrs(&container, "mark.hl", "data-rule")[0],
        "verb/weak-opening"
    );
    let rules = attrs(&container, ".finding", "data-rule");
    assert!(
        rules.contains(&"verb/weak-opening".to_string()),
        "{rules:?}"
    );
    assert!(rules.contains(&"metrics/missing".to_string()), "{rules:?}");

    type_text(
        &container,
        "EXPERIENCE\n- Cut billing API p99 latency from 900 ms to 150 ms\n",
    );
    settle().await;
    let rules = attrs(&container, ".finding", "data-rule");
    assert!(
        !rules.contains(&"verb/weak-opening".to_string()),
        "{rules:?}"
    );
    assert!(attrs(&container, "mark.hl", "data-rule").is_empty());
    container.remove();
}

#[wasm_bindgen_test]
async fn clicking_a_finding_selects_its_span() {
    let (container, _handle) = mount();
    // Emoji before the finding: the selection is in UTF-16 units, the engine's spans in bytes.
    type_text(
        &container,
        "EXPERIENCE\n- 🚀 ok\n- Responsible for the billing API\n",
    );
    settle().await;
    let button: HtmlElement = container
        .query_selector(".finding[data-rule=\"verb/weak-opening\"]")
        .unwrap()
        .unwrap()
        .unchecked_into();
    button.click();
    leptos::task::tick().await;
    let a = area(&container);
    let (s, e) = (
        a.selection_start().unwrap().unwrap(),
        a.selection_end().unwrap().unwrap(),
    );
    let value: Vec<u16> = a.value().encode_utf16().collect();
    assert_eq!(
        String::from_utf16(&value[s as usize..e as usize]).unwrap(),
        "Responsible for"
    );
    container.remove();
}

#[wasm_bindgen_test]
async fn typed_text_is_saved_in_this_browser_only() {
    let (container, _handle) = mount();
    type_text(&container, "EXPERIENCE\n- Saved locally 🚀\n");
    settle().await;
    assert_eq!(
        Store::page().load(Key::Resume).as_deref(),
        Some("EXPERIENCE\n- Saved locally 🚀\n")
    );
    container.remove();
    Store::page().forget();
    assert_eq!(Store::page().load(Key::Resume), None);
}

#[wasm_bindgen_test]
async fn hostile_text_stays_text() {
    let (container, _handle) = mount();
    type_text(
        &container,
        "EXPERIENCE\n- Responsible for <img src=x onerror=alert(1)> things\n",
    );
    settle().await;
    assert!(container.query_selector("img").unwrap().is_none());
    let mirror = container.query_selector(".mirror").unwrap().unwrap();
    assert!(mirror.text_content().unwrap().contains("<img src=x"));
    container.remove();
}

#[wasm_bindgen_test]
async fn a_job_description_and_a_role_fill_the_fit_card() {
    let (container, _handle) = mount();
    settle().await;
    type_text(
        &container,
        "EXPERIENCE\nEngineer, Acme   Jan 2020 – Present\n- Cut p99 latency from 480 ms to 120 ms on 40 K8s services\n",
    );
    let role: web_sys::HtmlSelectElement = container
        .query_selector("#role")
        .unwrap()
        .unwrap()
        .unchecked_into();
    role.set_value("sre");
    role.dispatch_event(&Event::new("change").unwrap()).unwrap();
    let jd: HtmlTextAreaElement = container
        .query_selector("#jd")
        .unwrap()
        .unwrap()
        .unchecked_into();
    jd.set_value("We run Kubernetes and Terraform.");
    jd.dispatch_event(&Event::new("input").unwrap()).unwrap();
    // The job description is read after a short pause, then the panel settles.
    settle().await;
    settle().await;
    assert_eq!(
        attrs(&container, ".terms.matched .term", "data-term"),
        ["Kubernetes"]
    );
    assert_eq!(
        attrs(&container, ".terms.missing li", "data-term"),
        ["Terraform"]
    );
    assert_eq!(
        attrs(&container, ".jd-stack mark.hl", "data-rule"),
        ["jd/missing-keyword"]
    );
    assert_eq!(
        attrs(&container, ".themes li", "data-theme"),
        ["slos", "automation", "incidents", "deploys"]
    );
    // The score now counts fit.
    let bars = container.query_selector_all(".bars li").unwrap().length();
    assert_eq!(bars, 5);
    Store::page().forget();
    container.remove();
}

/// A `<div>` inside a fresh element's open shadow root, the way the widget's
/// loader mounts a checker.
fn shadow_box() -> (Element, HtmlElement) {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let init = js_sys::Object::new();
    js_sys::Reflect::set(&init, &"mode".into(), &"open".into()).unwrap();
    let attach: js_sys::Function = js_sys::Reflect::get(&host, &"attachShadow".into())
        .unwrap()
        .unchecked_into();
    let shadow = attach.call1(&host, &init).unwrap();
    let root: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    root.set_class_name("bp");
    shadow
        .unchecked_ref::<web_sys::Node>()
        .append_child(&root)
        .unwrap();
    (host, root)
}

/// Present and without the `hidden` attribute (the stylesheet is not loaded
/// here; the e2e tests check what is displayed).
fn not_hidden(root: &HtmlElement, selector: &str) -> bool {
    root.query_selector(selector)
        .unwrap()
        .is_some_and(|e| !e.has_attribute("hidden"))
}

#[wasm_bindgen_test]
async fn widgets_in_shadow_roots_check_independently_and_store_nothing() {
    use bulletproof::app::{mount_in, Layout, Setup};
    Store::page().forget();
    let (host_a, a) = shadow_box();
    let (host_b, b) = shadow_box();
    let _first = mount_in(a.clone(), Setup::widget(Layout::Compact));
    let _second = mount_in(b.clone(), Setup::widget(Layout::Full));
    settle().await;
    // Widgets start empty (no sample unless asked), each with its own editor.
    assert_eq!(area(&a).value(), "");
    assert_eq!(area(&b).value(), "");
    type_text(&a, "Responsible for the billing API");
    settle().await;
    assert!(attrs(&a, "mark.hl", "data-rule").contains(&"verb/weak-opening".to_string()));
    assert!(
        attrs(&b, "mark.hl", "data-rule").is_empty(),
        "the other widget is untouched"
    );
    assert_eq!(area(&b).value(), "");
    // Compact shows the score and the findings only; full shows every part.
    assert!(not_hidden(&a, ".score-card") && not_hidden(&a, ".findings-card"));
    assert!(
        !not_hidden(&a, ".pictures") && !not_hidden(&a, ".fix-first") && !not_hidden(&a, ".tailor")
    );
    assert!(not_hidden(&b, ".pictures") && not_hidden(&b, ".fit") && not_hidden(&b, ".tailor"));
    // No page chrome inside a widget, and nothing stored without the host's opt-in.
    assert!(a
        .query_selector("header")
        .unwrap()
        .is_none_or(|h| h.has_attribute("hidden")));
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    assert_eq!(storage.length().unwrap(), 0);
    host_a.remove();
    host_b.remove();
}

#[wasm_bindgen_test]
fn element_attributes_become_a_setup() {
    use bulletproof::app::{embed, Layout, Part};
    use bulletproof::engine::tailor::{Band, Role};
    let attrs = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| v.to_string())
        }
    };
    let (setup, warnings) = embed::setup_from(attrs(&[]));
    assert_eq!(setup.layout, Layout::Full);
    assert!(Part::ALL.iter().all(|&p| setup.parts.has(p)));
    assert_eq!(
        setup.store.key(Key::Resume),
        None,
        "saves nothing by default"
    );
    assert!(setup.sample.is_none() && warnings.is_empty());

    let (setup, warnings) = embed::setup_from(attrs(&[
        ("compact", ""),
        ("panels", "score, bogus fit"),
        ("role", "sre"),
        ("band", "8-12"),
        ("sample", ""),
        ("placeholder", "One bullet"),
        ("save", "blog"),
    ]));
    assert_eq!(setup.layout, Layout::Compact);
    assert!(setup.parts.has(Part::Score) && setup.parts.has(Part::Fit));
    assert!(!setup.parts.has(Part::Findings) && !setup.parts.has(Part::Job));
    assert_eq!(
        (setup.role, setup.band),
        (Some(Role::Sre), Some(Band::Staff))
    );
    assert_eq!(
        setup.sample, None,
        "the sample's text comes from the loader (texts.sample), not an attribute"
    );
    assert_eq!(setup.placeholder, "One bullet");
    assert_eq!(
        setup.store.key(Key::Resume).as_deref(),
        Some("bulletproof.widget.blog.resume.v1")
    );
    assert_eq!(warnings.len(), 1);
    assert!(warnings[0].contains("bogus") && warnings[0].contains("fix-first"));

    // target-role wins over role; bad values are warned about and left out.
    let (setup, warnings) = embed::setup_from(attrs(&[
        ("role", "backend"),
        ("target-role", "wizard"),
        ("band", "4"),
        ("theme", "neon"),
    ]));
    assert_eq!((setup.role, setup.band), (None, None));
    assert_eq!(warnings.len(), 3, "{warnings:?}");
}

#[wasm_bindgen_test]
async fn pasted_latex_is_read_and_only_its_prose_is_highlighted() {
    let (container, _handle) = mount();
    settle().await;
    type_text(&container, include_str!("sources/jake.tex"));
    settle().await;
    let list = container.query_selector_all("mark.hl").unwrap();
    let marks: Vec<(String, String)> = (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .map(|e| {
            (
                e.get_attribute("data-rule").unwrap_or_default(),
                e.text_content().unwrap_or_default(),
            )
        })
        .collect();
    let weak: Vec<&str> = marks
        .iter()
        .filter(|(r, _)| r == "verb/weak-opening")
        .map(|(_, t)| t.as_str())
        .collect();
    assert_eq!(
        weak,
        ["Responsible for", "Worked on improving"],
        "{marks:?}"
    );
    for (rule, text) in &marks {
        assert!(!text.contains(['\\', '{', '}']), "{rule} on {text:?}");
    }
    let format = attrs(&container, "#input-format", "data-format");
    assert_eq!(format, ["latex"]);
    container.remove();
}
