//! Live orders: rows follow the platform's status changes without a reload (stand-in's
//! `--simulate-progress`), announced once; polling stops while the page is hidden and
//! checks at once when it shows again; a 429 pauses it for as long as `Retry-After` says.
use std::time::{Duration, Instant};

use e2e::*;
use serde_json::json;

const TABLE_ROWS: &str = "[data-testid=orders-table] tr[data-order-id]";

/// How many times the app asked for the orders list, as the backend counted.
fn list_requests(backend: &Backend) -> u64 {
    let (_, body) = backend.request("GET", "/__dev/requests", &[], None);
    let counts: serde_json::Value = serde_json::from_str(&body).unwrap();
    counts["/api/v1/orders"].as_u64().unwrap_or(0)
}

/// Each row's id and status words.
async fn row_statuses(page: &Page) -> Vec<(String, String)> {
    let value = page
        .js(&format!(
            "return [...document.querySelectorAll('{TABLE_ROWS}')].map(r => [r.dataset.orderId, r.querySelector('td[data-column=status] .oc-badge').innerText.trim()])"
        ))
        .await;
    serde_json::from_value(value).unwrap()
}

#[tokio::test]
async fn a_status_change_shows_in_its_row_without_a_reload_and_is_announced_once() {
    let backend = Backend::start_with(2_000, &["--simulate-progress", "2"]);
    let page = Page::open_on(backend, CUSTOMER, "/orders?live=1&page_size=100", (1280, 900)).await;
    page.wait_for_rows().await;
    let before = row_statuses(&page).await;
    // A reload would lose this mark; focus and scroll must not move either.
    page.js("window.__sameDocument = true; window.scrollTo(0, 300);").await;
    let kept = before.last().map(|(id, _)| id.clone()).unwrap();
    page.js(&format!(
        "const a = document.querySelector('tr[data-order-id=\"{kept}\"] [data-testid=order-link]'); a.focus();"
    ))
    .await;
    let scroll = page.js("return window.scrollY").await;

    page.wait(
        "document.querySelector('[data-testid=orders-live-announcement]').innerText.trim() !== ''",
        "a status change to be announced",
    )
    .await;
    // The announcement and the rows are updated by separate effects: the rows follow
    // within a frame or two, not necessarily before the words.
    let mut after = row_statuses(&page).await;
    for _ in 0..50 {
        if after.iter().any(|(id, status)| before.iter().any(|(old, was)| old == id && was != status)) {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        after = row_statuses(&page).await;
    }
    let changed: Vec<&(String, String)> =
        after.iter().filter(|(id, status)| before.iter().any(|(old, was)| old == id && was != status)).collect();
    assert!(!changed.is_empty(), "a row's status changed on screen: {before:?} → {after:?}");
    let announcement = page.text("[data-testid=orders-live-announcement]").await;
    for (id, status) in &changed {
        let number = page.text(&format!("tr[data-order-id=\"{id}\"] [data-testid=order-link]")).await;
        assert!(
            announcement.contains(&format!("{number} is now {status}.")),
            "“{announcement}” names {number} and its new status {status}"
        );
    }
    let id = &changed[0].0;
    assert_eq!(
        page.js(&format!(
            "return document.querySelector('tr[data-order-id=\"{id}\"]').classList.contains('oc-row-changed')"
        ))
        .await,
        true,
        "the changed row is highlighted"
    );
    assert_eq!(page.js("return window.__sameDocument === true").await, true, "no reload");
    assert_eq!(page.js("return window.scrollY").await, scroll, "no scroll jump");
    assert_eq!(
        page.js("return document.activeElement.closest('tr') && document.activeElement.closest('tr').dataset.orderId")
            .await
            .as_str(),
        Some(kept.as_str()),
        "focus stays on the link it was on"
    );
    assert!(page.text("[data-testid=orders-live]").await.starts_with("Updated "));
    // The highlight is brief: each row's lasts its own 4 s (orders go on changing here).
    page.wait(
        &format!("!document.querySelector('tr[data-order-id=\"{id}\"]').classList.contains('oc-row-changed')"),
        "the highlight to fade",
    )
    .await;
    page.assert_accessible("live orders").await;
    page.close().await;
}

#[tokio::test]
async fn the_open_panel_follows_its_order_and_keeps_the_note_being_written() {
    let page = Page::open_on(Backend::start(500), CUSTOMER, "/orders?live=1&page_size=100", (1280, 900)).await;
    page.wait_for_rows().await;
    let waiting = row_statuses(&page).await.into_iter().find(|(_, status)| status == "Pending approval");
    let (id, _) = waiting.expect("a customer's Recent orders include one pending approval");
    page.click(&format!("tr[data-order-id=\"{id}\"] [data-testid=order-link]")).await;
    page.wait_for("[data-testid=order-panel] [data-testid=order-note-input]").await;
    let url = page.url().await;
    let draft = "Half-written: please call <b>me</b>";
    page.type_into("[data-testid=order-note-input]", draft).await;

    // The platform approves it: the order moves on to "Provisioning started".
    let (status, _) = page.backend.request("POST", &format!("/__dev/orders/{id}/progress"), &[], None);
    assert_eq!(status, 204);
    page.wait(
        &format!("document.querySelector('tr[data-order-id=\"{id}\"] .oc-badge').innerText.trim() === 'Provisioning started'"),
        "the row's new status",
    )
    .await;
    page.wait(
        "document.querySelector('[data-testid=order-panel]').innerText.includes('Provisioning started')",
        "the panel's new status",
    )
    .await;
    let number = page.text(&format!("tr[data-order-id=\"{id}\"] [data-testid=order-link]")).await;
    assert_eq!(
        page.text("[data-testid=orders-live-announcement]").await,
        format!("{number} is now Provisioning started.")
    );
    assert_eq!(page.js("return document.querySelector('[data-testid=order-note-input]').value").await, draft);
    page.wait(
        "document.activeElement === document.querySelector('[data-testid=order-note-input]')",
        "focus on the note",
    )
    .await;
    assert_eq!(page.url().await, url, "the panel stays open");
    page.close().await;
}

#[tokio::test]
async fn a_hidden_page_asks_nothing_and_checks_at_once_when_shown_again() {
    let page = Page::open_on(Backend::start(500), CUSTOMER, "/orders?live=4", (1280, 900)).await;
    page.wait_for_rows().await;
    page.wait("document.querySelector('[data-testid=orders-live]').innerText.startsWith('Updated ')", "a first check")
        .await;

    // Another tab in front hides this one.
    let app = page.client.window().await.unwrap();
    let other = page.client.new_window(true).await.unwrap();
    page.client.switch_to_window(other.handle).await.unwrap();
    page.client.goto("about:blank").await.unwrap();
    tokio::time::sleep(Duration::from_millis(500)).await;
    let hidden_at = list_requests(&page.backend);
    tokio::time::sleep(Duration::from_secs(9)).await;
    assert_eq!(list_requests(&page.backend), hidden_at, "no request while the page is hidden");

    page.client.switch_to_window(app).await.unwrap();
    let shown = Instant::now();
    while list_requests(&page.backend) == hidden_at {
        assert!(shown.elapsed() < Duration::from_secs(3), "a check at once when the page shows again");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    page.close().await;
}

#[tokio::test]
async fn a_429_pauses_live_updates_as_long_as_asked_and_errors_never_cover_the_rows() {
    let page = Page::open_on(Backend::start(500), CUSTOMER, "/orders?live=1", (1280, 900)).await;
    page.wait_for_rows().await;
    page.wait("document.querySelector('[data-testid=orders-live]').innerText.startsWith('Updated ')", "a first check")
        .await;
    let rows = page.order_ids().await;
    // Once a second, not more.
    let start = list_requests(&page.backend);
    tokio::time::sleep(Duration::from_secs(3)).await;
    let asked = list_requests(&page.backend) - start;
    assert!((1..=4).contains(&asked), "{asked} checks in 3 s at one a second");

    page.backend.fault(json!({"path": "/api/v1/orders", "status": 429, "retry_after": 4, "times": 1}));
    page.wait("document.querySelector('[data-testid=orders-live]').dataset.state === 'paused'", "the pause").await;
    let paused_at = (Instant::now(), list_requests(&page.backend));
    let said = page.text("[data-testid=orders-live]").await;
    assert!(said.contains("Live updates paused."), "{said:?} after {:?}", paused_at.0.elapsed());
    assert_eq!(page.order_ids().await, rows, "the rows stay");
    assert_eq!(page.count("[data-testid=error-notice]").await, 0, "no error over the data");

    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(list_requests(&page.backend), paused_at.1, "no request while Retry-After lasts");
    page.wait("document.querySelector('[data-testid=orders-live]').dataset.state === 'live'", "live updates again")
        .await;
    let waited = paused_at.0.elapsed();
    assert!(waited >= Duration::from_millis(3_500), "waited as Retry-After asked ({waited:?})");

    // A server that keeps failing: quiet, and a retry by hand once it is back.
    page.backend.fault(json!({"path": "/api/v1/orders", "status": 503}));
    page.wait("document.querySelector('[data-testid=orders-live]').dataset.state === 'paused'", "paused again").await;
    assert_eq!(page.count("[data-testid=error-notice]").await, 0);
    page.backend.clear_faults();
    page.click("[data-testid=orders-live-retry]").await;
    page.wait("document.querySelector('[data-testid=orders-live]').dataset.state === 'live'", "live after a retry")
        .await;
    assert_eq!(page.order_ids().await, rows);
    page.assert_accessible("live updates paused and resumed").await;
    page.close().await;
}
