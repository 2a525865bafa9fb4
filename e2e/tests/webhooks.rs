//! Webhooks a seller can trust: only https (or a receiver on this computer), a question
//! when a webhook is saved while off, a test send that really reaches a local receiver
//! with the stored header, the delivery log with failures shown as failures, the body
//! the webhook receives with its fields described, and real deliveries for real events.
use std::time::Duration;

use e2e::receiver::{Answer, Receiver};
use e2e::*;
use serde_json::{json, Value};

const PATH: &str = "/settings/notifications";
const SELLER_TOKEN: &str = "Bearer demo-seller";

fn patch(page: &Page, key: &str, body: Value) -> (u16, String) {
    let path = format!("/api/v1/notification-settings/{key}");
    page.backend.request("PATCH", &path, &[("Authorization", SELLER_TOKEN)], Some(&body))
}

/// Stores `url` (and a header) as the event's webhook through the API, as a seller would.
fn store_webhook(page: &Page, key: &str, url: &str) {
    let webhook = json!({"url": url, "content_type": "application/json", "authorization": "Bearer hook-secret"});
    let (status, body) = patch(page, key, json!({ "webhook": webhook }));
    assert_eq!(status, 200, "{body}");
}

async fn open_webhook_tab(page: &Page, key: &str) {
    page.wait_for("[data-testid^=notification-toggle-]").await;
    page.click(&format!("[data-testid=edit-{key}]")).await;
    page.click("[data-testid=edit-tab-webhook]").await;
    page.wait_for("[data-testid=webhook-test]").await;
}

async fn test_outcome(page: &Page) -> String {
    page.click("[data-testid=webhook-test]").await;
    page.wait(
        "document.querySelector('[data-testid=webhook-test-result]').dataset.outcome !== undefined",
        "the test's outcome",
    )
    .await;
    page.attr("[data-testid=webhook-test-result]", "data-outcome").await.unwrap()
}

#[tokio::test]
async fn a_webhook_to_a_remote_http_url_is_refused() {
    let page = Page::open(SELLER, PATH).await;
    open_webhook_tab(&page, "OrderStatusChanged").await;
    page.type_into("[data-testid=webhook-url]", "http://hooks.example.com/orders").await;
    page.click("[data-testid=webhook-save]").await;
    page.wait(
        "document.querySelector('[data-testid=webhook-url-error]').innerText.includes('must start with https://')",
        "the refusal",
    )
    .await;
    assert_eq!(page.attr("[data-testid=webhook-url]", "aria-invalid").await.as_deref(), Some("true"));
    // The API refuses it too, with a clear message; a loopback receiver is the one
    // exception the stand-in makes, for local development.
    let remote = json!({"webhook": {"url": "http://hooks.example.com/orders", "content_type": "application/json"}});
    let (status, body) = patch(&page, "OrderStatusChanged", remote);
    assert_eq!(status, 422, "{body}");
    assert!(body.contains("https://"), "{body}");
    let local = json!({"webhook": {"url": "http://127.0.0.1:9/hook", "content_type": "application/json"}});
    assert_eq!(patch(&page, "OrderStatusChanged", local).0, 200);
    page.assert_no_page_errors().await;
    page.close().await;
}

#[tokio::test]
async fn a_test_send_reaches_the_receiver_with_the_stored_header_and_is_logged() {
    let receiver = Receiver::start(Answer::Status(200));
    let page = Page::open(SELLER, PATH).await;
    open_webhook_tab(&page, "OrderNoteAdded").await;
    assert!(page.count("[data-testid=webhook-deliveries]").await == 0);
    page.wait_for("[data-testid=webhook-deliveries-none]").await;
    // No URL saved yet: nothing to test.
    assert_eq!(page.js("return document.querySelector('[data-testid=webhook-test]').disabled").await, true);
    page.type_into("[data-testid=webhook-url]", &receiver.url).await;
    page.type_into("[data-testid=webhook-authorization]", "Bearer hook-secret").await;
    page.click("[data-testid=webhook-save]").await;

    // Saved while off: the console asks, and Turn on turns it on.
    page.wait("document.querySelector('[data-testid=webhook-turn-on]').open", "the question to turn it on").await;
    page.click("[data-testid=webhook-turn-on] [data-testid=confirm-ok]").await;
    page.wait(
        "document.querySelector('[data-testid=notification-webhook-toggle-OrderNoteAdded]').getAttribute('aria-checked') === 'true'",
        "the webhook on",
    )
    .await;

    assert_eq!(test_outcome(&page).await, "delivered");
    assert!(page.text("[data-testid=webhook-test-result]").await.contains("answered 200"));
    let got = receiver.wait_for(1);
    assert_eq!(got.len(), 1, "one POST reached the receiver");
    let request = &got[0];
    assert_eq!(request.method, "POST");
    assert_eq!(request.path, "/hooks/orders");
    assert_eq!(request.header("authorization"), Some("Bearer hook-secret"), "the stored header");
    assert_eq!(request.header("content-type"), Some("application/json"));
    let body: Value = serde_json::from_str(&request.body).unwrap();
    assert_eq!(body["event"], "OrderNoteAdded");
    assert_eq!(body["test"], true);
    assert!(body["data"]["note"]["text"].is_string(), "{body}");

    // The delivery log shows it, marked as a test.
    page.wait_for("[data-testid=webhook-delivery]").await;
    let rows = page.count("[data-testid=webhook-delivery]").await;
    assert_eq!(rows, 1);
    assert_eq!(page.attr("[data-testid=webhook-delivery]", "data-outcome").await.as_deref(), Some("delivered"));
    assert_eq!(page.attr("[data-testid=webhook-delivery]", "data-status").await.as_deref(), Some("200"));
    assert!(page.text("[data-testid=webhook-delivery]").await.contains("Test send"));

    // The body the webhook receives, each field described.
    page.click("[data-testid=webhook-payload] summary").await;
    page.wait_for("[data-testid=webhook-payload-fields]").await;
    let fields = page.text("[data-testid=webhook-payload-fields]").await;
    for field in ["event", "occurred_at", "organization.name", "data.order.number", "data.note.text"] {
        assert!(fields.contains(field), "{field} in {fields}");
    }
    assert!(fields.contains("line breaks kept"), "a description: {fields}");
    assert!(page.text("[data-testid=webhook-payload-sample]").await.contains("\"event\": \"OrderNoteAdded\""));
    page.assert_accessible("the Webhook tab with its deliveries and payload").await;

    // A real event: a note added to an order is delivered too, not as a test.
    let note = json!({"text": "First line\nsecond line"});
    let (status, body) = page.backend.request(
        "POST",
        "/api/v1/orders/100000/notes",
        &[("Authorization", SELLER_TOKEN), ("X-On-Behalf-Of", "org-contoso")],
        Some(&note),
    );
    assert_eq!(status, 201, "{body}");
    let got = receiver.wait_for(2);
    assert_eq!(got.len(), 2, "the real event arrived");
    let event: Value = serde_json::from_str(&got[1].body).unwrap();
    assert_eq!(event["test"], false);
    assert_eq!(event["data"]["note"]["text"], "First line\nsecond line");
    assert_eq!(event["data"]["order"]["number"], "100000");
    assert_eq!(event["organization"]["name"], "Contoso Ltd");
    page.assert_no_page_errors().await;
    page.close().await;
}

#[tokio::test]
async fn a_receiver_answering_500_or_not_at_all_shows_as_failed() {
    let failing = Receiver::start(Answer::Status(500));
    let page = Page::open(SELLER, PATH).await;
    store_webhook(&page, "OfferProvisionError", &failing.url);
    page.goto(PATH).await;
    open_webhook_tab(&page, "OfferProvisionError").await;
    assert_eq!(test_outcome(&page).await, "failed");
    let said = page.text("[data-testid=webhook-test-result]").await;
    assert!(said.starts_with("Not delivered") && said.contains("500"), "{said}");
    assert_eq!(failing.wait_for(1).len(), 1, "the receiver got the POST");
    page.wait_for("[data-testid=webhook-delivery]").await;
    assert_eq!(page.attr("[data-testid=webhook-delivery]", "data-outcome").await.as_deref(), Some("failed"));
    assert_eq!(page.attr("[data-testid=webhook-delivery]", "data-status").await.as_deref(), Some("500"));
    page.close().await;

    // One that keeps the sender waiting past 5 seconds.
    let hanging = Receiver::start(Answer::After(Duration::from_secs(8)));
    let page = Page::open(SELLER, PATH).await;
    store_webhook(&page, "OfferProvisionError", &hanging.url);
    page.goto(PATH).await;
    open_webhook_tab(&page, "OfferProvisionError").await;
    assert_eq!(test_outcome(&page).await, "failed");
    let said = page.text("[data-testid=webhook-test-result]").await;
    assert!(said.contains("did not answer within 5 seconds"), "{said}");
    page.wait_for("[data-testid=webhook-delivery]").await;
    assert_eq!(page.attr("[data-testid=webhook-delivery]", "data-outcome").await.as_deref(), Some("failed"));
    assert_eq!(page.attr("[data-testid=webhook-delivery]", "data-status").await, None);
    page.assert_no_page_errors().await;
    page.close().await;
}

#[tokio::test]
async fn leave_off_keeps_the_webhook_off() {
    let receiver = Receiver::start(Answer::Status(204));
    let page = Page::open(SELLER, PATH).await;
    open_webhook_tab(&page, "QuoteSent").await;
    page.type_into("[data-testid=webhook-url]", &receiver.url).await;
    page.click("[data-testid=webhook-save]").await;
    page.wait("document.querySelector('[data-testid=webhook-turn-on]').open", "the question").await;
    page.click("[data-testid=webhook-turn-on] [data-testid=confirm-cancel]").await;
    page.wait("!document.querySelector('[data-testid=webhook-turn-on]').open", "answered").await;
    // The Save button that had focus was off while saving: focus needs a home in the dialog.
    page.wait_for_focus(screens::notifications::TAB_WEBHOOK, "focus back in the edit dialog after Leave off").await;
    assert_eq!(
        page.attr("[data-testid=notification-webhook-toggle-QuoteSent]", "aria-checked").await.as_deref(),
        Some("false")
    );
    // Off, it can still be tested.
    assert_eq!(test_outcome(&page).await, "delivered");
    page.close().await;
}
