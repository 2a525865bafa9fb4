//! In-browser tests (wasm-bindgen-test in headless Chromium): shared components and the
//! browser-dependent formatting, mounted into a real DOM.
#![cfg(target_arch = "wasm32")]

use domain::{Money, Tone};
use leptos::prelude::*;
use orders_console::api::ApiError;
use orders_console::ui::{format_date, format_date_time, format_money, StatusBadge, Switch};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn container() -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let div = document.create_element("div").unwrap().dyn_into::<web_sys::HtmlElement>().unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div
}

async fn tick() {
    // Lets effects and DOM updates run.
    let promise = js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL);
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
fn money_follows_the_locale_and_keeps_bad_amounts_visible() {
    let money = Money::new("1234.5", "EUR");
    assert_eq!(format_money(&money, "en-US"), "€1,234.50");
    assert_eq!(format_money(&money, "de-DE").replace('\u{a0}', " "), "1.234,50 €");
    assert_eq!(format_money(&Money::new("12,5", "EUR"), "en-US"), "EUR 12,5");
    assert_eq!(format_money(&Money::new("1", "<b>"), "en-US"), "<b> 1");
}

#[wasm_bindgen_test]
fn dates_follow_the_locale_and_invalid_ones_show_as_sent() {
    assert_eq!(format_date("2026-11-20", "en-US"), "Nov 20, 2026");
    assert!(format_date_time("2026-11-20T11:36:17Z", "en-GB").contains("2026"));
    assert_eq!(format_date_time("yesterday", "en-US"), "yesterday");
}

#[wasm_bindgen_test]
fn error_bodies_become_messages() {
    let error = ApiError::from_status(422, &r#"{"error":{"code":"validation","message":"Too long."}}"#.into());
    assert_eq!(error.message(), "Too long.");
    assert!(ApiError::from_status(502, &"<html>Bad gateway</html>".into()).message().contains("HTTP 502"));
    assert!(ApiError::from_status(403, &"".into()).is_forbidden());
}

#[wasm_bindgen_test]
async fn badge_renders_server_text_as_text() {
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), || {
        view! { <StatusBadge label="Unknown: <img src=x onerror=alert(1)>" tone=Tone::Neutral/> }
    });
    tick().await;
    let badge = root.query_selector(".oc-badge").unwrap().unwrap();
    assert_eq!(badge.text_content().unwrap(), "Unknown: <img src=x onerror=alert(1)>");
    assert!(root.query_selector("img").unwrap().is_none(), "no element was created from the text");
    assert!(badge.class_name().contains("tone-neutral"));
}

#[wasm_bindgen_test]
async fn switch_announces_its_state_and_toggles() {
    let root = container();
    let on = RwSignal::new(false);
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        view! { <Switch checked=on.into() label="Email for Order Note Added" on_toggle=move |_| on.update(|v| *v = !*v)/> }
    });
    tick().await;
    let switch = root.query_selector("[role=switch]").unwrap().unwrap().dyn_into::<web_sys::HtmlElement>().unwrap();
    assert_eq!(switch.get_attribute("aria-checked").as_deref(), Some("false"));
    assert_eq!(switch.get_attribute("aria-label").as_deref(), Some("Email for Order Note Added"));
    switch.click();
    tick().await;
    assert_eq!(switch.get_attribute("aria-checked").as_deref(), Some("true"));
}
