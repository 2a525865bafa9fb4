//! Whole tasks by keyboard alone: Tab, Shift+Tab, Enter, Space, Escape and the arrows,
//! never a click. Focus must always have a home: after a control hides itself, after a
//! save that switched its button off for a moment, after turning a page.
use e2e::screens::export::{self, Export};
use e2e::screens::notifications::{self, Notifications};
use e2e::screens::order_statuses::{self, OrderStatuses};
use e2e::screens::orders::{self, Orders};
use e2e::screens::panel::{self, Panel};
use e2e::*;

/// Where focus is, for messages.
async fn focused(page: &Page) -> String {
    page.js("const a = document.activeElement; return a ? a.outerHTML.slice(0, 160) : 'nothing'").await.to_string()
}

#[tokio::test]
async fn find_an_order_that_needs_action_open_it_add_a_note_and_close_it() {
    let page = Page::open(CUSTOMER, "/orders").await;
    page.wait_for_rows().await;
    page.tab_to(&format!("{} button", orders::BANNER)).await;
    page.press(Key::Enter).await;
    page.wait("location.search.includes('needs_action=true')", "only the orders that need action").await;
    // The button went with the filter it set; focus is on the list's heading.
    page.wait_for_focus(orders::HEADING, "focus home").await;
    page.wait("document.querySelectorAll('tr.oc-row-attention').length > 0 && document.querySelectorAll('tr[data-order-id]').length === document.querySelectorAll('tr.oc-row-attention').length", "the waiting orders").await;
    let id = Orders(&page).ids().await[0].clone();

    page.tab_to(&orders::link(&id)).await;
    page.press(Key::Enter).await;
    Panel(&page).wait_loaded().await;
    assert!(page.focus_is(panel::PANEL).await, "the panel takes focus: {}", focused(&page).await);
    assert!(page.text("[data-testid=order-panel] .oc-action-text").await.starts_with("Your action:"));

    page.tab_to(panel::NOTE_INPUT).await;
    page.keys("Uploaded the purchase order.").await;
    page.tab_to(panel::ADD_NOTE).await;
    page.press(Key::Enter).await;
    Panel(&page).wait_for_note("Uploaded the purchase order.").await;
    // Ready for the next note, and Escape still closes the panel.
    page.wait_for_focus(panel::NOTE_INPUT, "focus in the box").await;
    page.press(Key::Escape).await;
    Panel(&page).wait_closed().await;
    page.wait_for_focus(&orders::link(&id), "focus on the row").await;
    page.close().await;
}

#[tokio::test]
async fn the_browsers_back_closes_the_panel_and_focus_returns_to_its_row() {
    let page = Page::open(CUSTOMER, "/orders").await;
    page.wait_for_rows().await;
    let id = Orders(&page).ids().await[0].clone();
    page.tab_to(&orders::link(&id)).await;
    page.press(Key::Enter).await;
    Panel(&page).wait_loaded().await;
    page.js("history.back()").await;
    Panel(&page).wait_closed().await;
    page.wait_for_focus(&orders::link(&id), "focus on the row after Back").await;
    page.close().await;
}

#[tokio::test]
async fn turning_the_page_starts_at_the_top_of_the_new_page() {
    let page = Page::open_with(CUSTOMER, "/orders?page_size=50", 2_000, (1280, 700)).await;
    page.wait_for_rows().await;
    page.tab_to("[data-testid=page-next]").await;
    assert!(page.js("return window.scrollY").await.as_f64().unwrap() > 100.0, "the pager is below the fold");
    page.press(Key::Enter).await;
    page.wait("location.search.includes('page=2')", "page 2").await;
    page.wait_for_focus(orders::HEADING, "focus on the heading").await;
    page.wait_for_rows().await;
    let top =
        page.js(&format!("return document.querySelector('{}').getBoundingClientRect().top", orders::HEADING)).await;
    let top = top.as_f64().unwrap();
    assert!((0.0..700.0).contains(&top), "the new page's heading is in view: {top}");
    page.close().await;
}

#[tokio::test]
async fn after_a_page_change_focus_is_on_the_new_pages_heading() {
    // The link that had focus leaves with its page. Focus must land on the new page (its
    // heading, so the next Tab starts there), never on <body>, also when the new page's
    // chunk is still downloading.
    let page = Page::open(CUSTOMER, "/orders").await;
    page.wait_for_rows().await;
    page.tab_to(order_statuses::LINK).await;
    page.press(Key::Enter).await;
    OrderStatuses(&page).wait_loaded().await;
    page.wait_for_focus("#oc-order-statuses-title", "focus on the statuses' heading").await;
    page.tab_to(order_statuses::BACK).await;
    page.press(Key::Enter).await;
    page.wait_for_rows().await;
    page.wait_for_focus(orders::HEADING, "focus on the list's heading").await;
    // The navigation's own link stays, and so does focus on it.
    page.tab_to("[data-testid=nav-subscriptions]").await;
    page.press(Key::Enter).await;
    page.wait_for("[data-testid=status-reference-link]").await;
    assert!(
        page.focus_is("[data-testid=nav-subscriptions]").await,
        "focus left the navigation: {}",
        focused(&page).await
    );
    page.tab_to("[data-testid=status-reference-link]").await;
    page.press(Key::Enter).await;
    page.wait_for_focus("#oc-statuses-title", "focus on the subscription statuses' heading").await;
    page.close().await;
}

#[tokio::test]
async fn resetting_the_toggles_by_keyboard_brings_focus_back_to_reset() {
    // The button is switched off while the reset runs, which takes focus from it: it must
    // come back, not stay on <body>.
    let page = Page::open(SELLER, notifications::PATH).await;
    Notifications(&page).ready().await;
    page.tab_to("[data-testid=reset-toggles]").await;
    page.press(Key::Enter).await;
    page.tab_to("[data-testid=reset-confirm] [data-testid=confirm-ok]").await;
    page.press(Key::Enter).await;
    page.wait(
        "document.activeElement === document.querySelector('[data-testid=reset-toggles]') && !document.activeElement.disabled",
        "focus back on Reset",
    )
    .await;
    page.close().await;
}

#[tokio::test]
async fn toggle_an_email_edit_recipients_and_add_a_webhook() {
    let page = Page::open(SELLER, notifications::PATH).await;
    let screen = Notifications(&page);
    screen.ready().await;
    let key = "OrderStatusChanged";

    // Toggle the e-mail with Space.
    let before = screen.email_on(key).await;
    page.tab_to(&notifications::email_switch(key)).await;
    page.keys(" ").await;
    screen.idle(key).await;
    assert_eq!(screen.email_on(key).await, !before, "Space toggles the switch");
    assert!(page.focus_is(&notifications::email_switch(key)).await, "focus stays on the switch");

    // Open its edit dialog; add a custom Cc address.
    page.tab_to(&format!("[data-testid=edit-{key}]")).await;
    page.press(Key::Enter).await;
    page.wait(&format!("document.querySelector('{}').open", notifications::EDIT_DIALOG), "the dialog").await;
    page.tab_to("[data-testid=recipient-kind-cc]").await;
    for _ in 0..3 {
        page.press(Key::Down).await;
    }
    page.wait("document.querySelector('[data-testid=recipient-kind-cc]').value === 'email'", "a custom address").await;
    page.tab_to("[data-testid=recipient-email-cc]").await;
    page.keys("ops@example.com").await;
    page.tab_to("[data-testid=recipient-add-cc]").await;
    page.press(Key::Enter).await;
    page.wait(
        "document.querySelector('[data-testid=recipients-cc]').innerText.includes('ops@example.com')",
        "the chip",
    )
    .await;
    page.tab_to("[data-testid=email-save]").await;
    page.press(Key::Enter).await;
    page.wait("document.querySelector('[data-testid=edit-saved]').innerText !== ''", "saved").await;
    // Focus moves once the saved form has rendered (a frame after the message).
    page.wait_for_focus(notifications::TAB_EMAIL, "focus on the tab after saving").await;

    // The Webhook tab by the arrow keys (WAI-ARIA tabs), then its form.
    page.press(Key::Right).await;
    page.wait_for_focus(notifications::TAB_WEBHOOK, "the tab").await;
    assert_eq!(page.attr(notifications::TAB_WEBHOOK, "aria-selected").await.as_deref(), Some("true"));
    page.press(Key::Home).await;
    page.wait_for_focus(notifications::TAB_EMAIL, "Home").await;
    page.press(Key::End).await;
    page.wait_for_focus(notifications::TAB_WEBHOOK, "End").await;
    page.tab_to("[data-testid=webhook-url]").await;
    page.keys("https://hooks.example.com/marketplace").await;
    page.tab_to("[data-testid=webhook-save]").await;
    page.press(Key::Enter).await;
    page.wait("document.querySelector('[data-testid=edit-saved]').innerText.includes('ebhook')", "webhook saved").await;
    // The webhook is off: the console asks whether to turn it on, and Turn on does.
    page.wait("document.querySelector('[data-testid=webhook-turn-on]').open", "the question to turn it on").await;
    page.tab_to("[data-testid=webhook-turn-on] [data-testid=confirm-ok]").await;
    page.press(Key::Enter).await;
    page.wait(
        &format!("document.querySelector('[data-testid=notification-webhook-toggle-{key}]').getAttribute('aria-checked') === 'true'"),
        "the webhook on",
    )
    .await;
    let (_, body) =
        page.backend.request("GET", "/api/v1/notification-settings", &[("Authorization", "Bearer demo-seller")], None);
    let all: serde_json::Value = serde_json::from_str(&body).unwrap();
    let saved = all["events"].as_array().unwrap().iter().find(|e| e["info"]["key"] == key).unwrap().clone();
    assert_eq!(saved["webhook"]["url"], "https://hooks.example.com/marketplace");
    assert_eq!(saved["webhook_enabled"], true);
    assert!(saved["email"]["cc"].to_string().contains("ops@example.com"), "{}", saved["email"]);

    // Tab and Shift+Tab never leave the modal dialog.
    page.assert_tab_stays_inside(notifications::EDIT_DIALOG, 25).await;
    page.press(Key::Escape).await;
    page.wait(&format!("!document.querySelector('{}').open", notifications::EDIT_DIALOG), "closed").await;
    page.close().await;
}

#[tokio::test]
async fn a_seller_reverts_a_cancellation_request() {
    let page = Page::open(SELLER, "/subscriptions/sub-00002").await;
    page.wait_for("[data-testid=cancellation-requested]").await;
    page.tab_to("[data-testid=action-revert_to_in_progress]").await;
    page.press(Key::Enter).await;
    page.wait("document.querySelector('[data-testid=action-confirm]').open", "the confirmation").await;
    // Shift+Tab from the dialog's first control wraps to its last.
    page.tab_to("[data-testid=action-confirm] [data-testid=confirm-cancel]").await;
    page.shift_tab().await;
    assert!(
        page.focus_is("[data-testid=action-confirm] [data-testid=confirm-ok]").await,
        "Shift+Tab stays in the dialog: {}",
        focused(&page).await
    );
    page.press(Key::Enter).await;
    page.wait(
        "document.querySelector('[data-testid=request-status]').innerText.includes('Provisioning in Progress')",
        "the new status",
    )
    .await;
    assert!(page.text("[data-testid=action-done]").await.contains("cancellation request is withdrawn"));
    let home = page.js("return document.activeElement && document.activeElement !== document.body").await;
    assert_eq!(home, true, "focus has a home after the action: {}", focused(&page).await);
    page.close().await;
}

#[tokio::test]
async fn export_the_list() {
    let page = Page::open(CUSTOMER, "/orders?view=historical").await;
    page.wait_for_rows().await;
    let pager = page.text(".oc-pager span").await;
    let total: String = pager.rsplit('·').next().unwrap().chars().filter(char::is_ascii_digit).collect();
    page.tab_to(export::BUTTON).await;
    page.press(Key::Enter).await;
    let said = Export(&page).wait_for("done").await;
    assert_eq!(said, format!("Exported {total} orders."));
    page.close().await;
}

/// On a phone the panel covers the list: Tab stays inside it, and the list's sort
/// buttons, whose header row the cards hide, show while they have focus.
#[tokio::test]
async fn on_a_phone_tab_stays_in_the_panel_and_sort_buttons_show_when_focused() {
    let page = Page::open_with(CUSTOMER, "/orders", 2_000, (400, 800)).await;
    page.wait_for_rows().await;
    page.tab_to("[data-testid=sort-number]").await;
    let width = page.js("return document.activeElement.getBoundingClientRect().width").await.as_f64().unwrap();
    assert!(width > 20.0, "the focused sort button is visible: {width}px wide");

    let id = page.order_ids().await[0].clone();
    page.tab_to(&orders::link(&id)).await;
    page.press(Key::Enter).await;
    Panel(&page).wait_loaded().await;
    assert_eq!(page.attr(panel::PANEL, "aria-modal").await.as_deref(), Some("true"));
    page.assert_tab_stays_inside(panel::PANEL, 30).await;
    page.press(Key::Escape).await;
    Panel(&page).wait_closed().await;
    page.close().await;
}

#[tokio::test]
async fn save_the_list_as_a_view_and_open_it_again() {
    use e2e::screens::saved_views::{self, SavedViews};
    let page = Page::open(CUSTOMER, "/orders?view=historical&state=draft").await;
    page.wait_for_rows().await;
    page.tab_to(saved_views::TOGGLE).await;
    page.press(Key::Enter).await;
    page.wait_for(saved_views::NAME).await;
    page.tab_to(saved_views::NAME).await;
    page.keys("My drafts").await;
    page.press(Key::Enter).await;
    page.wait(&format!("document.querySelector({:?}).innerText.includes('My drafts')", saved_views::STATUS), "saved")
        .await;
    assert!(page.focus_is(saved_views::NAME).await, "focus stays in the form: {}", focused(&page).await);
    assert_eq!(SavedViews(&page).names().await, ["My drafts"]);
    // Somewhere else, then back by the view's link.
    page.tab_to("[data-testid=orders-view-recent]").await;
    page.press(Key::Enter).await;
    page.wait("!location.search.includes('state=draft')", "recent orders").await;
    page.tab_to("[data-testid=saved-view-open]").await;
    page.press(Key::Enter).await;
    page.wait("location.search === '?view=historical&state=draft'", "the saved view").await;
    page.wait_for_rows().await;
    assert_every(&Orders(&page).status_keys().await, "drafts", |s| s == "draft");
    page.close().await;
}

/// Chrome lets a page refuse Escape once per user gesture; a further Escape closes a
/// dialog without a cancel the page can stop. Pressed again and again over unsaved edits,
/// Escape still asks before anything typed is lost, and focus never falls to the page.
#[tokio::test]
async fn escape_pressed_again_and_again_still_asks_before_losing_a_typed_url() {
    let page = Page::open(SELLER, notifications::PATH).await;
    Notifications(&page).ready().await;
    let key = "OrderStatusChanged";
    let edit_open = format!("document.querySelector('{}').open", notifications::EDIT_DIALOG);
    let asked = "document.querySelector('[data-testid=discard-confirm]').open";
    // Open is not enough: the question must be the one a user sees and types into, on top
    // of the edit dialog (a dialog shown again after it opened covers it) with focus in it.
    let asked_on_top = "(() => { const d = document.querySelector('[data-testid=discard-confirm]'); \
        if (!d.open) return false; const r = d.getBoundingClientRect(); \
        const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2); \
        return d.contains(hit) && d.contains(document.activeElement); })()";
    page.tab_to(&format!("[data-testid=edit-{key}]")).await;
    page.press(Key::Enter).await;
    page.wait(&edit_open, "the edit dialog").await;
    page.press(Key::Right).await;
    page.tab_to("[data-testid=webhook-url]").await;
    page.keys("https://typed.example.com").await;
    for round in 1..=3 {
        page.press(Key::Escape).await;
        page.wait(asked_on_top, &format!("the discard question, on top with focus, round {round}")).await;
        page.press(Key::Escape).await;
        page.wait(&format!("!{asked}"), &format!("the question closed, round {round}")).await;
        assert!(page.js(&format!("return {edit_open}")).await.as_bool().unwrap(), "still editing, round {round}");
        let typed = page.js("return document.querySelector('[data-testid=webhook-url]').value").await;
        assert_eq!(typed.as_str(), Some("https://typed.example.com"), "round {round}");
        let focus_in_dialog =
            format!("return document.querySelector('{}').contains(document.activeElement)", notifications::EDIT_DIALOG);
        assert!(
            page.js(&focus_in_dialog).await.as_bool().unwrap(),
            "focus inside the dialog: {}",
            focused(&page).await
        );
    }
    page.press(Key::Escape).await;
    page.wait(asked_on_top, "the question once more, on top with focus").await;
    page.tab_to("[data-testid=discard-confirm] [data-testid=confirm-ok]").await;
    page.press(Key::Enter).await;
    page.wait(&format!("!{edit_open}"), "closed after Discard").await;
    page.wait_for_focus(&format!("[data-testid=edit-{key}]"), "focus back on Edit").await;
    page.close().await;
}
