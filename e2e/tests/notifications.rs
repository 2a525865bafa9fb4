//! Notification settings: the catalogue, switches that save at once (and flip back on
//! failure, and survive rapid clicks), recipients and webhook validation, previews, and
//! the read-only view.
use e2e::*;
use serde_json::{json, Value};

const PATH: &str = "/settings/notifications";

/// The platform's event catalogue as its articles name it: (key, title, category). Titles
/// are copied from notification-types.txt; the two events it does not list take their
/// own article's title (notification-action-required.txt,
/// notification-offer-provision-error.txt). Keys and categories are the API's.
const CATALOGUE: [(&str, &str, &str); 32] = [
    ("OrderStatusChanged", "The Status of the Order Changed", "orders"),
    ("OnPurchaseNotification", "Subscriptions Order Placed / Canceled", "orders"),
    ("OnPurchaseNotificationDisclaimer", "Disclaimer About Expected Provisioning Time", "orders"),
    ("OrderNoteAdded", "Order Note Added", "orders"),
    ("OrderPendingApproval", "Order Pending Approval", "orders"),
    ("ActionRequired", "Action required on Order", "orders"),
    ("ProvisioningDetails", "Receive Provisioning Details by Email", "orders"),
    ("ScheduledOrderCreated", "Scheduled Order - Created", "orders"),
    ("ScheduledOrderCanceled", "Custom Date Scheduled Order Cancellation", "orders"),
    ("ProposalSubmitted", "Proposal Submitted", "orders"),
    ("OfferProvisionSuccess", "Subscriptions - Provisioning Successful", "offers_and_subscriptions"),
    ("OfferProvisionError", "Subscriptions - provisioning failed", "offers_and_subscriptions"),
    ("SubscriptionRenewalSoon", "Subscriptions - Renewal Soon", "offers_and_subscriptions"),
    ("SubscriptionRenewalSuccessful", "Subscriptions - Renewal Successful", "offers_and_subscriptions"),
    ("SubscriptionRenewalFailed", "Subscriptions - Renewal Failed", "offers_and_subscriptions"),
    ("SubscriptionChangesSuccessful", "Subscriptions Changes Successful", "offers_and_subscriptions"),
    ("SubscriptionPartialUpgrade", "Subscription Changed Successfully - Partial Upgrade", "offers_and_subscriptions"),
    ("SubscriptionChangesFailed", "Subscriptions - Changes Failed", "offers_and_subscriptions"),
    ("CustomerCreatedDuringSync", "Organizations - Customer Created During Sync", "organizations"),
    ("OrganizationSignedUp", "Organizations – New Organization Signed Up", "organizations"),
    ("TenantCreated", "Organizations - New Tenant Created", "organizations"),
    ("OrganizationStatusChanged", "Organizations - Status Changed", "organizations"),
    ("CustomerApprovalPending", "Organizations - customer approval pending", "organizations"),
    ("CardPaymentSuccessful", "Payments - Automatic Payment by Card Successful", "payments"),
    ("PreferredCurrencyReset", "Payments – Preferred Currency Reset", "payments"),
    ("QuoteAccepted", "Quotes - Accepted", "quotes"),
    ("QuoteCanceled", "Quotes - Canceled", "quotes"),
    ("QuoteChangeRequested", "Quote - Change Requested", "quotes"),
    ("QuoteRejected", "Quotes - Rejected", "quotes"),
    ("QuoteSent", "Quotes - Sent/Received", "quotes"),
    ("CatalogChanged", "The Product Catalog Was Changed", "catalogue"),
    ("OfferAvailable", "Offers - Become Available", "catalogue"),
];

async fn ready(page: &Page) {
    page.wait_for("[data-testid^=notification-toggle-]").await;
}

fn server_event(page: &Page, key: &str) -> Value {
    let (_, body) =
        page.backend.request("GET", "/api/v1/notification-settings", &[("Authorization", "Bearer demo-seller")], None);
    let all: Value = serde_json::from_str(&body).unwrap();
    all["events"].as_array().unwrap().iter().find(|e| e["info"]["key"] == key).unwrap().clone()
}

async fn checked(page: &Page, key: &str) -> String {
    page.attr(&format!("[data-testid=notification-toggle-{key}]"), "aria-checked").await.unwrap()
}

async fn idle(page: &Page, key: &str) {
    page.wait(
        &format!(
            "document.querySelector('[data-testid=notification-toggle-{key}]').getAttribute('aria-busy') === 'false'"
        ),
        "the save to finish",
    )
    .await;
}

#[tokio::test]
async fn the_whole_catalogue_is_there_grouped_and_searchable() {
    let page = Page::open(SELLER, PATH).await;
    ready(&page).await;
    assert_eq!(page.count("tr[data-event-key]").await, CATALOGUE.len(), "every event, and no other");
    for (key, title, category) in CATALOGUE {
        let row = page.text(&format!("tr[data-event-key='{key}']")).await;
        assert!(row.contains(title), "{title:?} in {row}");
        let shown_in = page
            .js(&format!(
                "return document.querySelector(\"tr[data-event-key='{key}']\").closest('section').dataset.category"
            ))
            .await;
        assert_eq!(shown_in, category, "{key}");
        // The catalogue change is a webhook only: no e-mail switch and no e-mail preview.
        let switch = if key == "CatalogChanged" {
            let row = format!("tr[data-event-key='{key}']");
            assert_eq!(page.count(&format!("{row} [data-testid=notification-toggle-{key}]")).await, 0);
            assert_eq!(page.count(&format!("{row} [data-testid=preview-{key}]")).await, 0);
            assert_eq!(page.text(&format!("{row} [data-testid=webhook-only]")).await, "Webhook only");
            format!("[data-testid=notification-webhook-toggle-{key}]")
        } else {
            format!("[data-testid=notification-toggle-{key}]")
        };
        assert_eq!(page.attr(&switch, "role").await.as_deref(), Some("switch"));
        assert!(page.attr(&switch, "aria-label").await.unwrap().contains(title));
    }
    // The article's own words find their event.
    page.type_into("[data-testid=event-search]", "expected provisioning").await;
    page.wait("document.querySelector(\"tr[data-event-key='QuoteAccepted']\").hidden", "other events hidden").await;
    assert_eq!(
        page.js("return [...document.querySelectorAll('tr[data-event-key]')].filter(r => !r.hidden).map(r => r.dataset.eventKey)").await,
        json!(["OnPurchaseNotificationDisclaimer"])
    );
    page.js("const s = document.querySelector('[data-testid=event-search]'); s.value = ''; s.dispatchEvent(new Event('input'))").await;
    page.wait("!document.querySelector(\"tr[data-event-key='QuoteAccepted']\").hidden", "all events again").await;
    // The platform's own event names, where its articles give them; no made-up key.
    let names = page.texts("[data-testid=event-name]").await;
    let mut shown: Vec<&str> = names.iter().map(String::as_str).collect();
    shown.sort();
    assert_eq!(
        shown,
        [
            "ActionRequired",
            "OfferProvisionError",
            "OnPurchaseNotification",
            "OnPurchaseNotification",
            "OrderNoteAdded",
            "OrderPendingApproval",
            "OrderStatusChanged"
        ]
    );
    assert!(!page.text("tr[data-event-key='ProvisioningDetails']").await.contains("ProvisioningDetails"));
    page.assert_accessible("notification settings").await;
    page.type_into("[data-testid=event-search]", "provision").await;
    page.wait("document.querySelector(\"tr[data-event-key='QuoteAccepted']\").hidden", "other events hidden").await;
    assert_eq!(
        page.js("return document.querySelector(\"tr[data-event-key='OfferProvisionError']\").hidden").await,
        false
    );
    assert_eq!(page.js("return document.querySelector('section[data-category=quotes]').hidden").await, true);
    page.close().await;
}

#[tokio::test]
async fn a_toggle_saves_at_once_and_survives_a_reload() {
    let page = Page::open(SELLER, PATH).await;
    ready(&page).await;
    assert_eq!(checked(&page, "OrderNoteAdded").await, "true");
    page.click("[data-testid=notification-toggle-OrderNoteAdded]").await;
    assert_eq!(checked(&page, "OrderNoteAdded").await, "false", "flips at once");
    idle(&page, "OrderNoteAdded").await;
    assert_eq!(server_event(&page, "OrderNoteAdded")["email_enabled"], false);
    page.goto(PATH).await;
    ready(&page).await;
    assert_eq!(checked(&page, "OrderNoteAdded").await, "false");
    page.close().await;
}

#[tokio::test]
async fn a_failed_save_flips_back_and_says_why() {
    let page = Page::open(SELLER, PATH).await;
    ready(&page).await;
    page.backend.fault(json!({"path": "/api/v1/notification-settings/ActionRequired", "method": "PATCH", "status": 503, "latency_ms": 1500, "times": 1}));
    page.click("[data-testid=notification-toggle-ActionRequired]").await;
    assert_eq!(checked(&page, "ActionRequired").await, "true", "flips at once");
    assert_eq!(
        page.attr("[data-testid=notification-toggle-ActionRequired]", "aria-busy").await.as_deref(),
        Some("true")
    );
    let message = page.text("tr[data-event-key=ActionRequired] [data-testid=toggle-error]").await;
    assert!(message.contains("was not turned on") && message.contains("503"), "{message}");
    assert_eq!(checked(&page, "ActionRequired").await, "false", "flipped back");
    assert_eq!(server_event(&page, "ActionRequired")["email_enabled"], false);
    page.close().await;
}

#[tokio::test]
async fn rapid_clicks_end_consistent_with_the_server() {
    let page = Page::open(SELLER, PATH).await;
    ready(&page).await;
    // Each save takes a while, so the clicks land while one is in flight.
    for _ in 0..5 {
        page.backend.fault(json!({"path": "/api/v1/notification-settings/QuoteAccepted", "method": "PATCH", "latency_ms": 250, "times": 1}));
    }
    page.js("const s = document.querySelector('[data-testid=notification-toggle-QuoteAccepted]'); for (let i = 0; i < 5; i++) s.click();").await;
    assert_eq!(checked(&page, "QuoteAccepted").await, "false", "five clicks from on: off");
    idle(&page, "QuoteAccepted").await;
    assert_eq!(checked(&page, "QuoteAccepted").await, "false");
    assert_eq!(server_event(&page, "QuoteAccepted")["email_enabled"], false);
    page.js("const s = document.querySelector('[data-testid=notification-toggle-QuoteAccepted]'); s.click(); s.click(); s.click(); s.click();").await;
    idle(&page, "QuoteAccepted").await;
    assert_eq!(checked(&page, "QuoteAccepted").await, "false");
    assert_eq!(server_event(&page, "QuoteAccepted")["email_enabled"], false, "four more clicks: still off");
    page.close().await;
}

#[tokio::test]
async fn reset_to_default_resets_the_toggles_after_a_confirmation() {
    let page = Page::open(SELLER, PATH).await;
    ready(&page).await;
    page.click("[data-testid=notification-toggle-QuoteSent]").await;
    idle(&page, "QuoteSent").await;
    page.click("[data-testid=reset-toggles]").await;
    page.wait("document.querySelector('[data-testid=reset-confirm]').open", "the confirmation").await;
    // Each confirmation on the page is announced by its own title (two live here).
    let titles = page
        .js("const dialogs = [...document.querySelectorAll('dialog[data-testid$=\"-confirm\"]')];
             const ids = dialogs.map(d => d.getAttribute('aria-labelledby'));
             return [dialogs.length, new Set(ids).size, ids.filter(id => document.querySelectorAll('#' + CSS.escape(id)).length === 1).length,
                     document.getElementById(document.querySelector('[data-testid=reset-confirm]').getAttribute('aria-labelledby')).textContent]")
        .await;
    assert_eq!(titles[0], titles[1], "distinct title ids: {titles}");
    assert_eq!(titles[0], titles[2], "each names one element: {titles}");
    assert!(titles[0].as_u64().unwrap() >= 2, "{titles}");
    assert_eq!(titles[3], "Reset every toggle to its default?");
    page.click("[data-testid=reset-confirm] [data-testid=confirm-ok]").await;
    page.wait(
        "document.querySelector('[data-testid=notification-toggle-QuoteSent]').getAttribute('aria-checked') === 'true'",
        "back to default",
    )
    .await;
    assert_eq!(server_event(&page, "QuoteSent")["email_enabled"], true);
    page.close().await;
}

#[tokio::test]
async fn recipients_need_a_to_and_valid_addresses() {
    let page = Page::open(SELLER, PATH).await;
    ready(&page).await;
    page.click("[data-testid=edit-ActionRequired]").await;
    page.wait("document.querySelector('[data-testid=edit-dialog]').open", "the dialog").await;
    assert!(page.text("[data-testid=edit-dialog] [data-testid=inherited]").await.contains("Inherited"));
    page.assert_accessible("edit dialog").await;

    // Remove the only To recipient: saving is refused.
    page.click("[data-testid=recipients-to] [data-testid=recipient] button").await;
    page.click("[data-testid=email-save]").await;
    assert!(page.text("[data-testid=recipients-error-to]").await.contains("at least one"));

    // A bad custom address is refused where it is typed.
    page.js("const s = document.querySelector('[data-testid=recipient-kind-to]'); s.value = 'email'; s.dispatchEvent(new Event('change'))").await;
    page.type_into("[data-testid=recipient-email-to]", "not-an-address").await;
    page.click("[data-testid=recipient-add-to]").await;
    assert!(page.text("[data-testid=recipients-error-to]").await.contains("not a valid e-mail address"));
    assert_eq!(page.count("[data-testid=recipients-to] [data-testid=recipient]").await, 0);

    // A good one is added and saved; the event no longer inherits.
    page.js("document.querySelector('[data-testid=recipient-email-to]').value = ''").await;
    page.type_into("[data-testid=recipient-email-to]", "ops@contoso.example").await;
    page.click("[data-testid=recipient-add-to]").await;
    page.wait_for("[data-testid=recipients-to] [data-testid=recipient]").await;
    // A Primary contact in Cc warns too; a Technical one does not.
    page.js("const s = document.querySelector('[data-testid=recipient-choice-cc]'); s.value = 'Technical'; s.dispatchEvent(new Event('change'))").await;
    page.click("[data-testid=recipient-add-cc]").await;
    page.wait_for("[data-testid=recipients-cc] [data-testid=recipient]").await;
    assert_eq!(page.count("[data-testid=recipients-cc] [data-testid=missing-contact-warning]").await, 0);
    page.js("const s = document.querySelector('[data-testid=recipient-choice-cc]'); s.value = 'Primary'; s.dispatchEvent(new Event('change'))").await;
    page.click("[data-testid=recipient-add-cc]").await;
    assert!(page
        .text("[data-testid=recipients-cc] [data-testid=missing-contact-warning]")
        .await
        .contains("silently not be sent"));
    page.click("[data-testid=email-save]").await;
    page.wait("document.querySelector('[data-testid=edit-saved]').innerText.includes('Recipients saved')", "saved")
        .await;
    let saved = server_event(&page, "ActionRequired");
    assert_eq!(saved["email"]["to"], json!([{"type": "email", "address": "ops@contoso.example"}]));
    assert_eq!(saved["email"]["inherited"], false);

    // The per-tab reset restores the inherited values.
    page.click("[data-testid=email-reset]").await;
    page.wait(
        "document.querySelector('[data-testid=edit-saved]').innerText.includes('Inherited recipients restored')",
        "restored",
    )
    .await;
    assert_eq!(server_event(&page, "ActionRequired")["email"]["inherited"], true);
    page.close().await;
}

#[tokio::test]
async fn the_webhook_needs_a_valid_url_and_its_secret_is_never_echoed() {
    let page = Page::open(SELLER, PATH).await;
    ready(&page).await;
    page.click("[data-testid=edit-OrderStatusChanged]").await;
    page.click("[data-testid=edit-tab-webhook]").await;
    page.click("[data-testid=webhook-save]").await;
    assert!(page.text("[data-testid=webhook-url-error]").await.contains("Enter the webhook URL"));
    page.type_into("[data-testid=webhook-url]", "ftp://hooks.example.com").await;
    page.click("[data-testid=webhook-save]").await;
    page.wait(
        "document.querySelector('[data-testid=webhook-url-error]').innerText.includes('https://')",
        "scheme error",
    )
    .await;
    page.js("document.querySelector('[data-testid=webhook-url]').value = ''").await;
    page.type_into("[data-testid=webhook-url]", "https://hooks.example.com/orders").await;
    page.type_into("[data-testid=webhook-authorization]", "Bearer top-secret-value").await;
    page.click("[data-testid=webhook-save]").await;
    page.wait("document.querySelector('[data-testid=edit-saved]').innerText.includes('Webhook saved')", "saved").await;
    let (_, body) =
        page.backend.request("GET", "/api/v1/notification-settings", &[("Authorization", "Bearer demo-seller")], None);
    assert!(!body.contains("top-secret"), "the secret is not sent back");
    assert_eq!(page.js("return document.querySelector('[data-testid=webhook-authorization]').value").await, "");
    assert!(page.attr("[data-testid=webhook-authorization]", "placeholder").await.unwrap().contains("alue"));
    page.close().await;
}

#[tokio::test]
async fn closing_with_unsaved_changes_asks_first() {
    let page = Page::open(SELLER, PATH).await;
    ready(&page).await;
    page.click("[data-testid=edit-OrderNoteAdded]").await;
    page.click("[data-testid=edit-tab-webhook]").await;
    page.type_into("[data-testid=webhook-url]", "https://typed.example.com").await;
    page.press(Key::Escape).await;
    page.wait("document.querySelector('[data-testid=discard-confirm]').open", "the question").await;
    page.click("[data-testid=discard-confirm] [data-testid=confirm-cancel]").await;
    assert_eq!(
        page.js("return document.querySelector('[data-testid=webhook-url]').value").await,
        "https://typed.example.com",
        "kept"
    );
    page.click("[data-testid=edit-close]").await;
    page.wait("document.querySelector('[data-testid=discard-confirm]').open", "asked again").await;
    page.click("[data-testid=discard-confirm] [data-testid=confirm-ok]").await;
    page.wait("!document.querySelector('[data-testid=edit-dialog]').open", "closed").await;
    page.close().await;
}

#[tokio::test]
async fn previews_show_the_documented_elements_as_text() {
    let page = Page::open(SELLER, PATH).await;
    ready(&page).await;
    page.click("[data-testid=preview-ActionRequired]").await;
    page.wait("document.querySelector('[data-testid=email-preview]').open", "the preview").await;
    assert_eq!(page.text("[data-testid=preview-subject]").await, "Action required on order #100042");
    let parts = page
        .js("return [...document.querySelectorAll('[data-testid=email-preview] [data-part]')].map(p => p.dataset.part)")
        .await;
    assert_eq!(parts, json!(["greeting", "status", "vendor", "instruction", "offers", "support", "footer"]));
    assert!(page.text("[data-testid=email-preview] [data-part=footer]").await.contains("Bluesky Cloud Reseller"));
    page.assert_accessible("e-mail preview").await;
    page.click("[data-testid=preview-close]").await;
    page.click("[data-testid=preview-OfferProvisionError]").await;
    page.wait("document.querySelector('[data-testid=preview-subject]') && document.querySelector('[data-testid=preview-subject]').innerText.includes('could not be provisioned')", "the second preview").await;
    let parts = page
        .js("return [...document.querySelectorAll('[data-testid=email-preview] [data-part]')].map(p => p.dataset.part)")
        .await;
    assert_eq!(parts, json!(["greeting", "summary", "details", "support", "closing", "signature", "footer"]));
    assert!(page
        .text("[data-testid=email-preview] [data-part=signature]")
        .await
        .contains("Best Regards, Bluesky Cloud Reseller"));

    // An event sent to the seller greets the seller, not a customer.
    page.click("[data-testid=preview-close]").await;
    page.click("[data-testid=preview-QuoteAccepted]").await;
    page.wait("document.querySelector('[data-testid=email-preview] [data-part=greeting]')", "the third preview").await;
    assert_eq!(
        page.text("[data-testid=email-preview] [data-part=greeting]").await,
        "Dear Bluesky Cloud Reseller team,"
    );
    page.close().await;
}

#[tokio::test]
async fn a_seller_user_may_look_but_not_change() {
    let page = Page::open("seller-user", PATH).await;
    ready(&page).await;
    assert!(page.text("[data-testid=read-only-note]").await.contains("Only a seller admin"));
    assert_eq!(
        page.js("return document.querySelector('[data-testid=notification-toggle-ActionRequired]').disabled").await,
        true
    );
    assert_eq!(page.count("[data-testid=reset-toggles]").await, 0);
    page.click("[data-testid=edit-ActionRequired]").await;
    page.wait("document.querySelector('[data-testid=edit-dialog]').open", "the dialog").await;
    assert_eq!(page.count("[data-testid=email-save]").await, 0);
    // A dialog to look at: no editing words in it, on either tab.
    let title = page.text("#oc-edit-title").await;
    assert!(title.starts_with("View: "), "{title}");
    const DIALOG_TEXT: &str = "const d = document.querySelector('[data-testid=edit-dialog]');
        return d.innerText + ' ' + [...d.querySelectorAll('[placeholder]')].map(e => e.placeholder).join(' ')";
    let email = page.js(DIALOG_TEXT).await.as_str().unwrap().to_string();
    page.click("#oc-tab-webhook").await;
    let webhook = page.js(DIALOG_TEXT).await.as_str().unwrap().to_string();
    for text in [&email, &webhook] {
        for editing in
            ["Edit:", "saving here", "at least one", "(required)", "(optional)", "type to replace", "Remove the stored"]
        {
            assert!(!text.contains(editing), "a viewer reads no {editing:?}: {text}");
        }
    }
    page.assert_accessible("the view dialog of a seller user").await;
    page.close().await;
}

#[tokio::test]
async fn a_403_is_shown_as_such() {
    let page = Page::open(SELLER, "/subscriptions").await;
    page.backend.fault(json!({"path": "/api/v1/notification-settings", "method": "GET", "status": 403, "times": 1}));
    page.goto(PATH).await;
    assert!(page.text("[data-testid=forbidden]").await.contains("You do not have access"));
    page.close().await;
}

#[tokio::test]
async fn customers_do_not_see_the_area() {
    let page = Page::open(CUSTOMER_ADMIN, PATH).await;
    assert!(page.text("[data-testid=no-access]").await.contains("Notification settings"));
    assert!(!page.text("[data-testid=main-nav]").await.contains("Notification"));
    page.close().await;
}

/// The recipients the articles give two events, in their own words
/// (notification-action-required.txt, notification-offer-provision-error.txt), and the
/// article's advice to turn ActionRequired on, so it starts off.
#[tokio::test]
async fn default_recipients_are_the_articles() {
    let page = Page::open(SELLER, PATH).await;
    ready(&page).await;
    assert_eq!(checked(&page, "ActionRequired").await, "false");
    let recipients = |field: &'static str| {
        let page = &page;
        async move { page.texts(&format!("[data-testid=recipients-{field}] [data-testid=recipient]")).await }
    };
    page.click("[data-testid=edit-ActionRequired]").await;
    page.wait("document.querySelector('[data-testid=edit-dialog]').open", "the dialog").await;
    let to = recipients("to").await;
    assert_eq!(to.len(), 1, "{to:?}");
    assert!(to[0].starts_with("Customer involved in the event"), "{to:?}");
    assert!(recipients("cc").await.is_empty() && recipients("bcc").await.is_empty());
    page.click("[data-testid=edit-close]").await;
    page.wait("!document.querySelector('[data-testid=edit-dialog]').open", "closed").await;

    page.click("[data-testid=edit-OfferProvisionError]").await;
    page.wait("document.querySelector('[data-testid=edit-dialog]').open", "the dialog").await;
    let to = recipients("to").await;
    assert_eq!(to.len(), 1, "one person: {to:?}");
    assert!(to[0].starts_with("Platform User involved in the event"), "{to:?}");
    let cc = recipients("cc").await;
    assert!(cc.len() == 1 && cc[0].starts_with("Seller Primary"), "{cc:?}");

    // The Primary contact, which some customers lack, warns that e-mails to them would
    // silently not be sent (../shared/domain/README.md).
    page.js("const s = document.querySelector('[data-testid=recipient-choice-bcc]'); s.value = 'Primary'; s.dispatchEvent(new Event('change'))").await;
    page.click("[data-testid=recipient-add-bcc]").await;
    let warning = page.text("[data-testid=recipients-bcc] [data-testid=missing-contact-warning]").await;
    assert!(warning.contains("Primary contact") && warning.contains("silently not be sent"), "{warning}");
    page.close().await;
}

#[tokio::test]
async fn every_events_preview_is_its_own_in_every_language() {
    let page = Page::open(SELLER, PATH).await;
    ready(&page).await;
    for lang in ["en", "de-DE", "sv-SE"] {
        let mut bodies = std::collections::BTreeMap::new();
        for (key, _, _) in CATALOGUE {
            let path = format!("/api/v1/notification-settings/{key}/preview");
            let (status, body) = page.backend.request(
                "GET",
                &path,
                &[("Authorization", "Bearer demo-seller"), ("Accept-Language", lang)],
                None,
            );
            if key == "CatalogChanged" {
                assert_eq!(status, 404, "a webhook-only event has no e-mail");
                continue;
            }
            assert_eq!(status, 200, "{lang} {key}: {body}");
            let mail: Value = serde_json::from_str(&body).unwrap();
            let text: Vec<String> = mail["blocks"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|b| !["greeting", "support", "footer"].contains(&b["part"].as_str().unwrap()))
                .map(|b| b["text"].as_str().unwrap().to_string())
                .collect();
            assert!(text.len() >= 2, "{lang} {key}: a body of its own");
            assert!(!text.join(" ").contains("This e-mail tells you about it"), "{lang} {key}: filler");
            if let Some(other) = bodies.insert(text.join("\n"), key) {
                panic!("{lang}: {key} and {other} share a body");
            }
        }
        assert_eq!(bodies.len(), CATALOGUE.len() - 1, "{lang}");
    }
    // And on screen: two events, two different e-mails.
    page.click("[data-testid=preview-ScheduledOrderCreated]").await;
    page.wait_for("[data-testid=email-preview] [data-part=plan]").await;
    let first = page.text("[data-testid=email-preview] .oc-mail").await;
    page.click("[data-testid=preview-close]").await;
    page.click("[data-testid=preview-QuoteSent]").await;
    page.wait_for("[data-testid=email-preview] [data-part=valid]").await;
    let second = page.text("[data-testid=email-preview] .oc-mail").await;
    assert_ne!(first, second);
    assert!(second.contains("Q-2026-0187"), "{second}");
    page.close().await;
}

#[tokio::test]
async fn the_events_tab_names_the_organisations_without_a_primary_contact() {
    let page = Page::open(SELLER, PATH).await;
    ready(&page).await;
    let warning = page.text("[data-testid=missing-contacts]").await;
    assert!(warning.contains("2 customer organizations have no Primary contact"), "{warning}");
    let named = page.texts("[data-testid=missing-contact-org]").await;
    assert_eq!(named, ["Tailspin Toys", "Adatum Corporation"]);
    let href = page.attr("[data-testid=missing-contact-org]", "href").await.unwrap_or_default();
    assert!(href.ends_with("/customers/org-tailspin/orders"), "a link to the organization: {href}");
    assert_eq!(page.count("[data-testid=missing-contact-more]").await, 0, "all named: no 'and N more'");
    page.assert_no_page_errors().await;
    page.close().await;
}
