//! Component tests in headless Chromium (wasm-bindgen-test): mount the app,
//! type, and see the findings update.
#![cfg(target_arch = "wasm32")]

use bulletproof::app::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Event, EventInit, HtmlElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

fn mount() -> (HtmlElement, impl Drop) {
    let document = web_sys::window().unwrap().document().unwrap();
    let container: HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&container).unwrap();
    let handle = leptos::mount::mount_to(container.clone(), App);
    (container, handle)
}

fn rules(container: &HtmlElement) -> Vec<String> {
    let list = container.query_selector_all(".finding").unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .filter_map(|e| e.get_attribute("data-rule"))
        .collect()
}

fn type_text(container: &HtmlElement, text: &str) {
    let area: HtmlTextAreaElement = container
        .query_selector("#resume")
        .unwrap()
        .unwrap()
        .unchecked_into();
    area.set_value(text);
    let init = EventInit::new();
    init.set_bubbles(true);
    area.dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
}

#[wasm_bindgen_test]
async fn sample_is_checked_on_mount() {
    let (container, _handle) = mount();
    leptos::task::tick().await;
    let r = rules(&container);
    assert!(r.iter().any(|x| x == "verb/weak-opening"), "{r:?}");
    let score = container
        .query_selector("[data-testid=score]")
        .unwrap()
        .unwrap();
    let n: u32 = score.text_content().unwrap().parse().unwrap();
    assert!(n > 0 && n < 100);
    container.remove();
}

#[wasm_bindgen_test]
async fn typing_updates_the_findings() {
    let (container, _handle) = mount();
    leptos::task::tick().await;
    type_text(
        &container,
        "EXPERIENCE\n- Responsible for the billing API\n",
    );
    leptos::task::tick().await;
    let r = rules(&container);
    assert!(r.contains(&"verb/weak-opening".to_string()), "{r:?}");
    assert!(r.contains(&"metrics/missing".to_string()), "{r:?}");

    type_text(
        &container,
        "EXPERIENCE\n- Cut billing API p99 latency from 900 ms to 150 ms\n",
    );
    leptos::task::tick().await;
    let r = rules(&container);
    assert!(!r.contains(&"verb/weak-opening".to_string()), "{r:?}");
    assert!(!r.contains(&"metrics/missing".to_string()), "{r:?}");
    container.remove();
}

#[wasm_bindgen_test]
async fn hostile_text_stays_text() {
    let (container, _handle) = mount();
    leptos::task::tick().await;
    type_text(
        &container,
        "EXPERIENCE\n- Responsible for <img src=x onerror=alert(1)> things\n",
    );
    leptos::task::tick().await;
    assert!(container.query_selector(".panel img").unwrap().is_none());
    container.remove();
}
