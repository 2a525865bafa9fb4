//! The page-error rule, and the places that used to break it: a screen closed while one
//! of its timers or requests was still pending read a signal that was gone, which panics
//! ("Tried to access a reactive value that has already been disposed") and traps the wasm
//! (`RuntimeError: unreachable`). Each test waits past the app's longest timer (the 5 s
//! slow-server notice) with the screen closed, and `close()` fails on any page error.
use std::time::Duration;

use e2e::screens::notifications::{self, Notifications};
use e2e::screens::orders;
use e2e::screens::panel::{self, Panel};
use e2e::*;

/// Longer than every timer the app starts (the slow notice: 5 s; a row's highlight: 4 s).
const PAST_THE_LONGEST_TIMER: Duration = Duration::from_secs(6);

/// A module whose one export is `unreachable`: calling it traps as a wasm panic does.
const WASM_TRAP: &str = "const bytes = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0,
    7, 5, 1, 1, 102, 0, 0, 10, 5, 1, 3, 0, 0, 11]);
    setTimeout(() => new WebAssembly.Instance(new WebAssembly.Module(bytes)).exports.f(), 0);";

/// `close()` of a page that logged `error` fails.
async fn close_fails(page: Page) -> bool {
    tokio::spawn(page.close()).await.is_err_and(|e| e.is_panic())
}

#[tokio::test]
async fn the_rule_fails_a_test_on_a_wasm_trap_a_console_error_or_an_unexpected_failed_request() {
    // A clean page passes.
    let page = Page::open(CUSTOMER, "/orders").await;
    page.wait_for_rows().await;
    page.assert_no_page_errors().await;

    // A trap, as a panic in the app's wasm ends.
    page.js(WASM_TRAP).await;
    page.wait("true", "the trap to run").await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    let errors = page.page_errors().await;
    assert!(errors.iter().any(|e| e.message.contains("unreachable")), "the trap is seen: {errors:?}");
    assert!(close_fails(page).await, "close() fails after a trap");

    // A console error, as the panic hook writes one.
    let page = Page::open(CUSTOMER, "/orders").await;
    page.js("console.error('panicked at src/example.rs:1:1: injected')").await;
    assert!(close_fails(page).await, "close() fails after a console error");

    // A request that fails where the test expected none; the same one is allowed once the
    // test says it expects failed requests.
    // (Without a token the API answers 401.)
    let refused = "window.refused = fetch('/api/v1/orders/100000').then(r => r.status)";
    let page = Page::open(CUSTOMER, "/orders").await;
    page.js(refused).await;
    page.wait(
        "window.refused && (window.refused.then(s => window.refusedStatus = s), window.refusedStatus === 401)",
        "the 401",
    )
    .await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(close_fails(page).await, "close() fails after an unexpected failed request");
    let page = Page::open(CUSTOMER, "/orders").await;
    page.expect_failed_requests();
    page.js(refused).await;
    page.wait(
        "window.refused && (window.refused.then(s => window.refusedStatus = s), window.refusedStatus === 401)",
        "the 401",
    )
    .await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    page.close().await;
}

/// The order panel closed by Escape, by its Close button, and replaced by another order,
/// each before its requests' slow timers ran out.
#[tokio::test]
async fn closing_or_switching_the_order_panel_leaves_nothing_running() {
    let page = Page::open(CUSTOMER, "/orders?open=100090").await;
    let panel = Panel(&page);
    panel.wait_loaded().await;
    page.press(Key::Escape).await;
    panel.wait_closed().await;
    tokio::time::sleep(PAST_THE_LONGEST_TIMER).await;
    page.assert_no_page_errors().await;

    // Switch: open one order, then another from the list while the first is shown.
    page.wait_for_rows().await;
    let ids = page.order_ids().await;
    assert!(ids.len() >= 3, "rows to switch between: {ids:?}");
    page.click(&orders::link(&ids[0])).await;
    page.wait(&format!("document.querySelector('{}').innerText === 'Order #{}'", panel::TITLE, ids[0]), "first").await;
    page.click(&orders::link(&ids[1])).await;
    page.wait(&format!("document.querySelector('{}').innerText === 'Order #{}'", panel::TITLE, ids[1]), "second").await;
    page.click(panel::CLOSE).await;
    panel.wait_closed().await;
    tokio::time::sleep(PAST_THE_LONGEST_TIMER).await;
    page.close().await;
}

/// The panel closed while its order is still on its way (a slow server).
#[tokio::test]
async fn a_panel_closed_before_its_answer_arrives_ignores_the_answer() {
    let page = Page::open(CUSTOMER, "/orders").await;
    page.wait_for_rows().await;
    let id = page.order_ids().await[1].clone();
    page.backend.fault(serde_json::json!({"path": format!("/api/v1/orders/{id}"), "latency_ms": 2000, "times": 2}));
    page.click(&orders::link(&id)).await;
    page.wait_for(panel::PANEL).await;
    page.press(Key::Escape).await;
    Panel(&page).wait_closed().await;
    tokio::time::sleep(PAST_THE_LONGEST_TIMER).await;
    page.close().await;
}

/// The e-mail preview closed at once, and a switch toggled and saved.
#[tokio::test]
async fn closing_a_preview_and_toggling_a_switch_leave_nothing_running() {
    let page = Page::open(SELLER, notifications::PATH).await;
    let screen = Notifications(&page);
    screen.ready().await;
    page.click("[data-testid=preview-OrderNoteAdded]").await;
    page.wait(&format!("document.querySelector('{}').open", notifications::PREVIEW), "the preview").await;
    page.click(notifications::PREVIEW_CLOSE).await;
    page.wait(&format!("!document.querySelector('{}').open", notifications::PREVIEW), "closed").await;
    tokio::time::sleep(PAST_THE_LONGEST_TIMER).await;
    page.assert_no_page_errors().await;

    let before = screen.email_on("OrderNoteAdded").await;
    page.click(&notifications::email_switch("OrderNoteAdded")).await;
    screen.idle("OrderNoteAdded").await;
    assert_eq!(screen.email_on("OrderNoteAdded").await, !before);
    tokio::time::sleep(PAST_THE_LONGEST_TIMER).await;
    page.close().await;
}

/// Leaving the orders page while a live check and an export run.
#[tokio::test]
async fn leaving_the_orders_page_mid_export_leaves_nothing_running() {
    let page = Page::open(CUSTOMER, "/orders").await;
    page.wait_for_rows().await;
    page.backend.fault(serde_json::json!({"path": "/api/v1/orders", "latency_ms": 1500}));
    page.click(e2e::screens::export::BUTTON).await;
    page.click("[data-testid=nav-subscriptions]").await;
    page.wait_for("[data-testid=subscriptions-table]").await;
    tokio::time::sleep(PAST_THE_LONGEST_TIMER).await;
    page.backend.clear_faults();
    page.close().await;
}
