//! In-browser tests (wasm-bindgen-test in headless Chromium): shared components and the
//! browser-dependent formatting, mounted into a real DOM.
#![cfg(target_arch = "wasm32")]

use domain::{Money, Tone};
use leptos::prelude::*;
use orders_console::api::ApiError;
use orders_console::i18n::{self, k, name_of, tf, tn};
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

/// Installs a language's words as the build ships them: an array in sorted key order.
fn install(lang: &str, locale: &str) {
    let text = match lang {
        "de" => include_str!("../locales/de.json"),
        "sv" => include_str!("../locales/sv.json"),
        _ => include_str!("../locales/en.json"),
    };
    let table = js_sys::JSON::parse(text).unwrap();
    let mut keys: Vec<String> =
        js_sys::Object::keys(table.unchecked_ref::<js_sys::Object>()).iter().filter_map(|k| k.as_string()).collect();
    keys.sort();
    let entries = js_sys::Array::new();
    for key in keys {
        entries.push(&js_sys::Reflect::get(&table, &key.into()).unwrap());
    }
    i18n::install(lang, locale, entries);
}

#[wasm_bindgen_test]
fn error_bodies_become_messages() {
    install("en", "en-US");
    let error = ApiError::from_status(422, &r#"{"error":{"code":"validation","message":"Too long."}}"#.into());
    assert_eq!(error.message(), "The server refused the request (HTTP 422).");
    assert_eq!(error.detail().as_deref(), Some("Too long."), "the server's own words are kept");
    let bad_gateway = ApiError::from_status(502, &"<html>Bad gateway</html>".into());
    assert_eq!(bad_gateway.message(), "The server had a problem (HTTP 502). Try again in a moment.");
    assert_eq!(bad_gateway.detail(), None, "a body that is not the error shape is not shown");
    assert!(ApiError::from_status(403, &"".into()).is_forbidden());
    assert_eq!(ApiError::from_status(401, &"".into()).message(), "Your session has expired. Sign in again.");
}

#[wasm_bindgen_test]
fn counts_follow_each_languages_plural_rules_and_number_format() {
    install("en", "en-US");
    assert_eq!(tn(k::ORDERS_ITEMS, 1, &[]), "1 item");
    assert_eq!(tn(k::ORDERS_ITEMS, 2, &[]), "2 items");
    assert_eq!(tn(k::ATTENTION_COUNT, 1200, &[]), "1,200 orders need your action.");
    assert_eq!(name_of("sub_status", "on_hold"), "Unknown: on_hold", "a status newer than the app is named as unknown");
    install("de", "de-DE");
    assert_eq!(tn(k::ORDERS_ITEMS, 1, &[]), "1 Position");
    assert_eq!(tn(k::ATTENTION_COUNT, 1200, &[]), "1.200 Bestellungen warten auf Sie.");
    assert_eq!(name_of("order_status", "completed"), "Abgeschlossen");
    assert_eq!(tf(k::ORDER_TITLE, &[("number", "100042")]), "Bestellung Nr. 100042");
    install("sv", "sv-SE");
    assert_eq!(tn(k::ORDERS_ITEMS, 1, &[]), "1 rad");
    assert_eq!(tn(k::ORDERS_ITEMS, 3, &[]), "3 rader");
    install("en", "en-US");
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
