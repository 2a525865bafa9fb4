//! The console in the host's language (German in the partner portal, Swedish from the demo
//! bar), the host's session (an expired token renewed by the host without losing what the
//! user typed), the ready event, and one area at a time (`data-area`).
use std::collections::BTreeSet;

use e2e::*;
use serde_json::{Map, Value};

fn words(lang: &str) -> Map<String, Value> {
    let path = format!("{}/../locales/{lang}.json", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

/// The English catalogue's words that `lang` words differently: each entry's text between
/// its placeholders, long enough to be telling (a lone "Add" could be a product's name).
fn english_only(lang: &str) -> BTreeSet<String> {
    let (english, other) = (words("en"), words(lang));
    let mut fragments = BTreeSet::new();
    for (key, value) in &english {
        if other.get(key) == Some(value) {
            continue;
        }
        let texts: Vec<&str> = match value {
            Value::String(text) => vec![text.as_str()],
            Value::Object(forms) => forms.values().filter_map(Value::as_str).collect(),
            _ => vec![],
        };
        for text in texts {
            for piece in text.split('{').map(|p| p.split_once('}').map_or(p, |(_, rest)| rest)) {
                let piece = piece.trim_matches(|c: char| !c.is_alphanumeric());
                if piece.len() >= 6 && piece.contains(' ') {
                    fragments.insert(piece.to_string());
                }
            }
        }
    }
    fragments
}

/// Every English fragment found in the app's text, labels, placeholders and titles.
async fn english_left(page: &Page, fragments: &BTreeSet<String>) -> Vec<String> {
    let shown = page
        .js("const root = document.querySelector('[data-orders-console]');
             const attributes = [...root.querySelectorAll('[aria-label],[placeholder],[title],[data-label]')]
               .flatMap(e => ['aria-label', 'placeholder', 'title', 'data-label'].map(a => e.getAttribute(a) || ''));
             const dialogs = [...root.querySelectorAll('dialog[open]')].map(d => d.innerText);
             return [root.innerText, ...dialogs, ...attributes].join('\\n');")
        .await;
    let shown = shown.as_str().unwrap_or_default().to_string();
    fragments.iter().filter(|f| shown.contains(f.as_str())).cloned().collect()
}

async fn assert_no_english(page: &Page, fragments: &BTreeSet<String>, screen: &str) {
    let left = english_left(page, fragments).await;
    assert!(left.is_empty(), "{screen}: English words left: {left:?}");
}

/// The platform's own English sentences (vendors' failure reasons, payment methods,
/// field descriptions) that the stand-in words in `lang`: the keys of its terms.
fn platform_english(lang: &str) -> BTreeSet<String> {
    let path = format!("{}/../dev-backend/locales/{lang}.json", env!("CARGO_MANIFEST_DIR"));
    let words: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let terms = words["terms"].as_object().unwrap();
    terms
        .iter()
        .filter(|(english, said)| said.as_str() != Some(english.as_str()) && english.contains(' '))
        .map(|(english, _)| english.clone())
        .collect()
}

/// An order of `org` the API has in `status`, paid by card, with the view it is in.
fn card_paid_order_in(page: &Page, status: &str, org: &str) -> (&'static str, String) {
    for view in ["recent", "historical"] {
        let path = format!("/api/v1/orders?view={view}&status={status}&page_size=100");
        let list = page.backend.get_json(&path, "demo-seller", Some(org));
        for order in list["items"].as_array().unwrap() {
            let id = order["id"].as_str().unwrap();
            let order = page.backend.get_json(&format!("/api/v1/orders/{id}"), "demo-seller", Some(org));
            if order["payment"]["method"].as_str().is_some_and(|m| m.contains("4242")) {
                return (view, id.to_string());
            }
        }
    }
    panic!("no card-paid order in {status}")
}

#[tokio::test]
async fn the_panel_of_a_failed_card_paid_order_shows_no_english_in_german_or_swedish() {
    let english: BTreeSet<String> = english_only("de").into_iter().chain(platform_english("de")).collect();
    // Enough orders that every status has card-paid ones (every third order is paid by card).
    let page = portal_with("/partner/console/orders", 2_000).await;
    page.wait_for_rows().await;
    for status in ["provisioning_failed", "completed_with_errors"] {
        let (view, id) = card_paid_order_in(&page, status, "org-contoso");
        reopen(&page, &format!("/partner/console/orders?view={view}&open={id}")).await;
        page.wait_for("[data-testid=order-panel] [data-testid=order-notes]").await;
        page.wait("document.querySelector('[data-testid=order-panel] .oc-loading') === null", "the order").await;
        let panel = page.text("[data-testid=order-panel]").await;
        assert!(panel.contains("Kreditkarte mit den Endziffern 4242"), "the payment in German: {panel}");
        assert_no_english(&page, &english, &format!("the panel of a card-paid order in {status}")).await;
    }
    // A markup change's rates are written as German writes percentages (8 % → 9 %).
    let list =
        page.backend.get_json("/api/v1/orders?view=historical&page_size=100", "demo-seller", Some("org-contoso"));
    let markup = list["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["changes"].to_string().contains("markup_change"))
        .map(|o| o["id"].as_str().unwrap().to_string())
        .expect("an order with a markup change");
    reopen(&page, &format!("/partner/console/orders?view=historical&open={markup}")).await;
    page.wait_for("[data-testid=order-panel] [data-testid=order-notes]").await;
    let changes = page.js("return document.querySelector('[data-testid=order-panel]').innerText").await;
    let changes = changes.as_str().unwrap_or_default();
    assert!(changes.contains("\u{a0}% → "), "percentages as German writes them: {changes}");

    // The Webhook tab: the body's fields described in German.
    reopen(&page, "/partner/console/settings/notifications").await;
    page.click("[data-testid=edit-OrderNoteAdded]").await;
    page.click("[data-testid=edit-tab-webhook]").await;
    page.click("[data-testid=webhook-payload] summary").await;
    page.wait_for("[data-testid=webhook-payload-fields] dd").await;
    assert!(page.text("[data-testid=webhook-payload-fields]").await.contains("Wer die Notiz geschrieben hat."));
    assert_no_english(&page, &english, "the Webhook tab in German").await;
    page.assert_no_page_errors().await;
    page.close().await;

    // The same panel in Swedish.
    let swedish: BTreeSet<String> = english_only("sv").into_iter().chain(platform_english("sv")).collect();
    let backend = Backend::start(2_000);
    let page = Page::open_on(backend, SELLER_IN_CUSTOMER_VIEW, "/?lang=sv-SE", (1280, 900)).await;
    let (view, id) = card_paid_order_in(&page, "provisioning_failed", "org-contoso");
    page.goto(&format!("/orders?view={view}&open={id}")).await;
    page.wait_for("[data-testid=order-panel] [data-testid=order-notes]").await;
    page.wait("document.querySelector('[data-testid=order-panel] .oc-loading') === null", "the order").await;
    assert!(page.text("[data-testid=order-panel]").await.contains("Kreditkort som slutar på 4242"));
    assert_no_english(&page, &swedish, "the panel of a failed card-paid order in Swedish").await;
    page.assert_no_page_errors().await;
    page.close().await;
}

/// Loads `path` of the portal afresh and waits for the console to say it is ready.
async fn reopen(page: &Page, path: &str) {
    page.client.goto(&format!("{}{path}", page.backend.url)).await.unwrap();
    page.wait("document.body.dataset.consoleReady === 'de'", "the console's ready event").await;
}

async fn note_typed(page: &Page) -> String {
    let value = page.js("return document.querySelector('[data-testid=order-note-input]').value").await;
    value.as_str().unwrap_or_default().to_string()
}

async fn portal(path: &str) -> Page {
    portal_with(path, 300).await
}

async fn portal_with(path: &str, orders: usize) -> Page {
    let backend = Backend::start(orders);
    let page = Page::new(browser((1280, 900), &[]).await, backend);
    page.client.goto(&format!("{}{path}", page.backend.url)).await.unwrap();
    page.wait("document.body.dataset.consoleReady === 'de'", "the console's ready event").await;
    page
}

#[tokio::test]
async fn the_german_portal_shows_every_screen_in_german() {
    let english = english_only("de");
    assert!(english.len() > 150, "read the catalogues: {} fragments", english.len());
    let page = portal("/partner/console/orders").await;
    assert_eq!(page.attr("[data-orders-console]", "lang").await.as_deref(), Some("de"));
    page.wait_for_rows().await;
    assert_eq!(page.text(".oc-root h1").await, "Aktuelle Bestellungen");
    assert_no_english(&page, &english, "recent orders").await;
    page.assert_accessible("recent orders in German").await;

    page.click("tr[data-order-id] [data-testid=order-link]").await;
    page.wait_for("[data-testid=order-panel] [data-testid=order-notes]").await;
    page.wait("document.querySelector('[data-testid=order-panel] .oc-loading') === null", "the order").await;
    assert_no_english(&page, &english, "order panel").await;
    page.assert_accessible("order panel in German").await;
    page.click("[data-testid=order-panel-close]").await;

    page.click("[data-testid=orders-view-historical]").await;
    page.wait_for_rows().await;
    assert_no_english(&page, &english, "historical orders").await;
    let filters = e2e::screens::filters::Filters(&page);
    filters.open().await;
    filters.toggle_status("completed").await;
    filters.set_date(e2e::screens::filters::FROM, "2026-09-01").await;
    page.wait_for(e2e::screens::filters::CHIP).await;
    assert_no_english(&page, &english, "historical orders, filtered, with chips").await;
    page.assert_accessible("filters and chips in German").await;
    page.click("[data-testid=saved-views-toggle]").await;
    page.wait_for("[data-testid=saved-views] .oc-view-list li").await;
    assert_no_english(&page, &english, "saved views").await;
    page.assert_accessible("saved views in German").await;
    page.click(e2e::screens::filters::CLEAR).await;
    page.click("[data-testid=order-status-reference-link]").await;
    page.wait_for("[data-testid=order-status-table] tr[data-status]").await;
    assert_no_english(&page, &english, "order statuses").await;
    page.click("[data-testid=back-to-orders]").await;
    page.wait_for_rows().await;

    page.click("[data-testid=nav-subscriptions]").await;
    page.wait_for("tr[data-subscription-id]").await;
    assert_no_english(&page, &english, "subscriptions").await;
    page.assert_accessible("subscriptions in German").await;
    page.click("tr[data-subscription-id] [data-testid=view-request]").await;
    page.wait_for("[data-testid=request-status]").await;
    assert_no_english(&page, &english, "subscription request").await;
    page.click("[data-testid=nav-subscriptions]").await;
    page.click("[data-testid=status-reference-link]").await;
    page.wait_for("[data-testid=subscription-status-table]").await;
    assert_no_english(&page, &english, "status reference").await;

    page.click("[data-testid=nav-notifications]").await;
    page.wait_for("[data-testid=notification-events]").await;
    assert_no_english(&page, &english, "notification settings").await;
    page.assert_accessible("notification settings in German").await;
    page.click("[data-testid=edit-ActionRequired]").await;
    page.wait_for("[data-testid=edit-dialog][open]").await;
    assert_no_english(&page, &english, "edit dialog").await;
    page.click("[data-testid=edit-close]").await;
    page.click("[data-testid=preview-ActionRequired]").await;
    page.wait_for("[data-testid=email-preview] [data-testid=preview-subject]").await;
    assert_no_english(&page, &english, "e-mail preview").await;
    assert!(
        page.text("[data-testid=preview-subject]").await.contains("Aktion erforderlich"),
        "the platform's words in German too"
    );
    page.close().await;
}

#[tokio::test]
async fn swedish_from_the_host_on_one_screen_of_each_area() {
    let english = english_only("sv");
    let page = Page::open(SELLER_IN_CUSTOMER_VIEW, "/?lang=sv-SE").await;
    page.goto("/orders").await;
    page.wait_for_rows().await;
    assert_eq!(page.attr("[data-orders-console]", "lang").await.as_deref(), Some("sv"));
    assert_eq!(page.text("h1").await, "Aktuella beställningar");
    assert!(page.text(".oc-pager span").await.starts_with("Sida 1 av"), "plural and number words in Swedish");
    assert_no_english(&page, &english, "orders in Swedish").await;
    page.goto("/subscriptions").await;
    page.wait_for("tr[data-subscription-id]").await;
    assert_eq!(page.text("h1").await, "Prenumerationer");
    assert_no_english(&page, &english, "subscriptions in Swedish").await;
    page.goto("/?demo=seller").await;
    page.goto("/settings/notifications").await;
    page.wait_for("[data-testid=notification-events]").await;
    assert_eq!(page.text("h1").await, "Aviseringsinställningar");
    assert_no_english(&page, &english, "notification settings in Swedish").await;
    // The seller's customer picker, then a customer's orders with the saved views open.
    page.expect_failed_requests(); // the boot script's early orders request, before the role is known
    page.goto("/orders").await;
    page.wait_for("[data-testid=customer-picker] [data-testid=customer-option]").await;
    assert_no_english(&page, &english, "the customer picker in Swedish").await;
    page.assert_accessible("the customer picker in Swedish").await;
    page.click("[data-testid=customer-option][data-customer-id=org-contoso]").await;
    page.wait_for_rows().await;
    page.click("[data-testid=saved-views-toggle]").await;
    page.wait_for("[data-testid=saved-views] .oc-view-list li").await;
    assert_no_english(&page, &english, "saved views in Swedish").await;
    page.assert_accessible("saved views in Swedish").await;
    page.close().await;
}

/// The portal's token expires while a seller writes a note with an order open: the app
/// tells the host, the host renews the token, the app sends the note again, and the open
/// panel and the list stay as they were.
#[tokio::test]
async fn an_expired_session_renewed_by_the_host_loses_nothing() {
    let page = portal("/partner/console/orders?q=Microsoft").await;
    page.wait_for_rows().await;
    page.click("tr[data-order-id] [data-testid=order-link]").await;
    page.wait_for("[data-testid=order-panel] [data-testid=order-note-input]").await;
    let opened = page.url().await;
    page.type_into("[data-testid=order-note-input]", "Bitte bis Freitag bereitstellen").await;
    // The host's session ends behind the app's back.
    let (status, _) =
        page.backend.request("POST", "/__dev/tokens/expire", &[], Some(&serde_json::json!({"token": "demo-seller"})));
    assert_eq!(status, 200);
    page.expect_failed_requests(); // the 401 that starts the renewal
    page.js("window.expired = []; document.addEventListener('orders-console:auth-expired', e => window.expired.push(e.detail.purpose))").await;
    // What the screen says while it waits for the host (the renewal is quick here).
    page.js("window.renewing = []; new MutationObserver(() => {
        const notice = document.querySelector('[data-testid=session-renewing]');
        if (notice && !window.renewing.includes(notice.innerText)) window.renewing.push(notice.innerText);
    }).observe(document.body, { childList: true, subtree: true, characterData: true })")
        .await;
    page.click("[data-testid=add-note]").await;
    page.wait("[...document.querySelectorAll('[data-testid=order-note]')].some(n => n.innerText.includes('Bitte bis Freitag'))", "the note saved after the renewal").await;
    let purposes = page.js("return window.expired").await;
    assert_eq!(purposes.as_array().map(Vec::len), Some(1), "the host heard once: {purposes}");
    assert!(purposes[0].as_str().unwrap().starts_with("POST /orders/"), "{purposes}");
    assert_ne!(page.attr("[data-orders-console]", "data-token").await.as_deref(), Some("demo-seller"));
    assert_eq!(page.url().await, opened, "the open panel and the search stay");
    assert_eq!(note_typed(&page).await, "", "the sent note left the box");
    assert_eq!(page.text("[data-testid=note-error]").await, "");
    assert_eq!(
        page.js("return window.renewing").await,
        serde_json::json!(["Ihre Sitzung wird erneuert… Alles auf dem Bildschirm bleibt erhalten."]),
        "the renewal was said, in German"
    );
    assert_eq!(page.count("[data-testid=session-renewing]").await, 0, "and put away once renewed");
    page.close().await;
}

/// Without a host that renews the token, the app says the session expired and keeps the text.
#[tokio::test]
async fn an_expired_session_without_a_renewal_says_so_and_keeps_the_text() {
    let page = Page::open(CUSTOMER, "/orders").await;
    page.wait_for_rows().await;
    page.click("tr[data-order-id] [data-testid=order-link]").await;
    page.wait_for("[data-testid=order-panel] [data-testid=order-note-input]").await;
    page.type_into("[data-testid=order-note-input]", "Kept while the session is gone").await;
    page.backend.request("POST", "/__dev/tokens/expire", &[], Some(&serde_json::json!({"token": "demo-customer"})));
    page.expect_failed_requests(); // the 401s
    page.click("[data-testid=add-note]").await;
    // At once: the app waits for the host to renew the session, and says so.
    let renewing = page.text("[data-testid=session-renewing]").await;
    assert_eq!(renewing, "Renewing your session… Everything on screen stays as it is.");
    assert_eq!(note_typed(&page).await, "Kept while the session is gone");
    page.wait_long(
        "document.querySelector('[data-testid=note-error]').innerText.includes('session has expired')",
        "the expiry message",
        std::time::Duration::from_secs(20),
    )
    .await;
    assert_eq!(page.count("[data-testid=session-renewing]").await, 0, "the wait is over");
    assert_eq!(note_typed(&page).await, "Kept while the session is gone");
    page.close().await;
}

#[tokio::test]
async fn one_area_mounts_without_the_consoles_navigation() {
    let page = portal("/partner/orders").await;
    page.wait("location.pathname === '/partner/orders/orders'", "the area's home under its base path").await;
    page.wait_for_rows().await;
    assert_eq!(page.count("[data-testid=main-nav]").await, 0, "no navigation of the app's own");
    assert_eq!(page.count("[data-testid=signed-in-as]").await, 0);
    assert!(page.text("[data-testid=acting-for]").await.contains("Contoso Ltd"), "who the seller acts for stays said");
    let href = page.attr("tr[data-order-id] [data-testid=order-link]", "href").await.unwrap();
    assert!(href.starts_with("/partner/orders/orders?"), "links stay inside the area: {href}");
    page.click("tr[data-order-id] [data-testid=order-link]").await;
    page.wait_for("[data-testid=order-panel] [data-testid=order-notes]").await;
    page.assert_accessible("orders area alone").await;
    // Another area's address is not part of this one.
    page.client.goto(&format!("{}/partner/orders/subscriptions", page.backend.url)).await.unwrap();
    page.wait_for("[data-testid=not-found]").await;
    assert_eq!(page.count("[data-testid=subscriptions-table]").await, 0);
    page.close().await;
}
