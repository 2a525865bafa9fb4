//! Per-area bundles: a screen downloads only the code it runs. Each area's screens are a
//! chunk of their own, as are the order panel's body and the export; the boot script
//! starts the first screen's chunk beside the main module, and a chunk that fails to
//! download says so, with a retry, while the rest of the app keeps working.
use e2e::screens::export::{self, Export};
use e2e::screens::notifications::{self, Notifications};
use e2e::screens::orders::{self, Orders};
use e2e::screens::panel::{self, Panel};
use e2e::screens::subscriptions;
use e2e::*;
use serde_json::json;

/// The chunk files the page has downloaded so far, by the name the build gave them
/// (`orders-console-split-orders-<hash>.wasm`), once per download.
async fn downloaded(page: &Page) -> Vec<String> {
    let names = page
        .js("return performance.getEntriesByType('resource').map((e) => e.name.split('/').pop()).filter((n) => n.endsWith('.wasm'))")
        .await;
    names.as_array().unwrap().iter().map(|n| n.as_str().unwrap().to_string()).collect()
}

/// How many downloads of the chunk `split` (`orders`, `order-details`, ...) there were.
async fn downloads_of(page: &Page, split: &str) -> usize {
    let prefix = format!("orders-console-split-{split}-");
    // `orders-console-split-orders-<hash>.wasm`, not `…-orders-export-<hash>.wasm`.
    let is_it = |name: &str| {
        name.strip_prefix(&prefix)
            .and_then(|rest| rest.strip_suffix(".wasm"))
            .is_some_and(|hash| hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit()))
    };
    downloaded(page).await.iter().filter(|n| is_it(n)).count()
}

async fn wait_downloaded(page: &Page, split: &str) {
    page.wait(
        &format!(
            "performance.getEntriesByType('resource').some((e) => /\\/orders-console-split-{split}-[0-9a-f]{{16}}\\.wasm$/.test(e.name))"
        ),
        &format!("the {split} chunk's download"),
    )
    .await;
}

#[tokio::test]
async fn a_first_visit_to_orders_downloads_the_orders_chunk_once_and_no_other_area() {
    let page = Page::open(CUSTOMER, "/orders").await;
    Orders(&page).wait_for_rows().await;
    let files = downloaded(&page).await;
    assert!(files.iter().any(|f| f.ends_with("_bg.wasm")), "the main module: {files:?}");
    // Started by the boot script and taken over by the loader: one download, not two.
    assert_eq!(downloads_of(&page, "orders").await, 1, "{files:?}");
    assert_eq!(downloads_of(&page, "subscriptions").await, 0, "{files:?}");
    assert_eq!(downloads_of(&page, "notifications").await, 0, "{files:?}");
    page.close().await;
}

#[tokio::test]
async fn each_area_opens_directly_and_by_navigation_and_back() {
    let page = Page::open(SELLER_IN_CUSTOMER_VIEW, notifications::PATH).await;
    Notifications(&page).ready().await;
    assert_eq!(downloads_of(&page, "notifications").await, 1);
    assert_eq!(downloads_of(&page, "orders").await, 0, "orders is not opened yet");

    page.click("[data-testid=nav-orders]").await;
    Orders(&page).wait_for_rows().await;
    assert_eq!(downloads_of(&page, "orders").await, 1);

    page.click("[data-testid=nav-subscriptions]").await;
    page.wait_for(subscriptions::ROWS).await;
    assert!(page.count(subscriptions::ROWS).await > 0, "subscriptions are listed");
    assert_eq!(downloads_of(&page, "subscriptions").await, 1);

    // Back to where it started: nothing is downloaded again, and the switches still work.
    page.click("[data-testid=nav-notifications]").await;
    Notifications(&page).ready().await;
    page.click("[data-testid=nav-orders]").await;
    Orders(&page).wait_for_rows().await;
    for split in ["orders", "subscriptions", "notifications"] {
        assert_eq!(downloads_of(&page, split).await, 1, "{split} once");
    }

    // The subscriptions area's other screens are in its chunk: a direct visit works too.
    page.goto("/subscriptions/statuses").await;
    page.wait_for("[data-testid=subscription-status-table]").await;
    page.close().await;
}

#[tokio::test]
async fn the_panel_and_the_export_come_in_chunks_of_their_own_that_work() {
    let page = Page::open(SELLER_IN_CUSTOMER_VIEW, "/orders").await;
    Orders(&page).wait_for_rows().await;
    // Not needed for the list's first paint, but warmed once it is painted.
    wait_downloaded(&page, "order-details").await;
    wait_downloaded(&page, "orders-export").await;
    let first = page.order_ids().await.into_iter().next().expect("a row");
    page.click(&orders::link(&first)).await;
    Panel(&page).wait_loaded().await;
    assert_eq!(downloads_of(&page, "order-details").await, 1);
    page.click(panel::CLOSE).await;
    Panel(&page).wait_closed().await;

    page.click(export::BUTTON).await;
    let said = Export(&page).wait_for("done").await;
    assert!(said.starts_with("Exported "), "{said}");
    assert_eq!(downloads_of(&page, "orders-export").await, 1);
    page.close().await;
}

#[tokio::test]
async fn an_order_link_starts_the_panels_chunk_with_the_list() {
    let page = Page::open(CUSTOMER, "/orders").await;
    Orders(&page).wait_for_rows().await;
    let first = page.order_ids().await.into_iter().next().expect("a row");
    // A new visit of the order's link, as from an e-mail (the resource list starts anew).
    page.goto(&format!("/orders?open={first}")).await;
    Panel(&page).wait_loaded().await;
    // The boot script started it; the loader took that download over.
    assert_eq!(downloads_of(&page, "order-details").await, 1);
    page.close().await;
}

#[tokio::test]
async fn a_chunk_that_fails_to_download_says_so_and_loads_on_retry() {
    let page = Page::open(SELLER_IN_CUSTOMER_VIEW, "/orders").await;
    Orders(&page).wait_for_rows().await;
    // Twice: the first visit and the next one fail, the retry gets it.
    page.backend.fault(json!({"path": "/orders-console-split-notifications-", "status": 503, "times": 2}));
    // The chunk loader logs why the download failed.
    page.expect_console_error("WebAssembly");

    page.click("[data-testid=nav-notifications]").await;
    page.wait_for("[data-testid=part-failed]").await;
    assert_eq!(
        page.text("[data-testid=part-failed] p").await,
        "This part of the console could not be loaded. Check your connection, then try again."
    );
    // The rest of the app keeps working.
    page.click("[data-testid=nav-orders]").await;
    Orders(&page).wait_for_rows().await;
    page.click("[data-testid=nav-notifications]").await;
    page.wait_for("[data-testid=part-retry]").await;
    page.click("[data-testid=part-retry]").await;
    Notifications(&page).ready().await;
    // The button went away with the retry; focus waits in the main area, not on the page.
    assert!(page.focus_is("#oc-main").await, "focus stays in the main area after Try again");
    let key = "OrderNoteAdded";
    let before = Notifications(&page).email_on(key).await;
    page.click(&notifications::email_switch(key)).await;
    Notifications(&page).idle(key).await;
    assert_ne!(Notifications(&page).email_on(key).await, before, "a switch works after the retry");
    page.close().await;
}
