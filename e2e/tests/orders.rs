//! Orders: views, columns, action required, search/sort/paging in the URL, the side
//! panel, notes, the markup rule per role, and the loading / empty / error states.
use e2e::screens::orders::{self, Column, Orders};
use e2e::screens::panel::{self, Panel};
use e2e::*;
use serde_json::json;

const RECENT: [&str; 8] = [
    "Provisioning started",
    "Provisioning finished",
    "Provisioning failed",
    "Started",
    "Deleted",
    "Scheduled",
    "Pending approval",
    "Action required",
];
const HISTORICAL: [&str; 4] = ["In progress", "Draft", "Completed with errors", "Completed"];

async fn statuses(page: &Page) -> Vec<String> {
    Orders(page).statuses().await
}

#[tokio::test]
async fn recent_is_the_default_and_historical_is_one_click_away() {
    let page = Page::open(CUSTOMER, "/orders?page_size=100").await;
    page.wait_for_rows().await;
    assert_eq!(page.text("h1").await, "Recent orders");
    assert_every(&statuses(&page).await, "recent statuses", |s| RECENT.contains(&s.as_str()));
    assert_eq!(page.attr("[data-testid=orders-view-recent]", "aria-current").await.as_deref(), Some("page"));

    page.click("[data-testid=orders-view-historical]").await;
    page.wait("document.querySelector('h1').innerText === 'Historical orders'", "historical view").await;
    page.wait_for_rows().await;
    assert!(page.url().await.contains("view=historical"));
    assert_every(&statuses(&page).await, "historical statuses", |s| HISTORICAL.contains(&s.as_str()));
    page.assert_accessible("historical orders").await;

    // Active / Draft / All.
    page.click("[data-testid=orders-state-filter] input[value=draft]").await;
    page.wait("location.search.includes('state=draft')", "draft filter in the URL").await;
    page.wait_for_rows().await;
    assert_every(&statuses(&page).await, "draft statuses", |s| s == "Draft");
    page.click("[data-testid=orders-state-filter] input[value=active]").await;
    page.wait("location.search.includes('state=active')", "active filter").await;
    page.wait_for_rows().await;
    assert_every(&statuses(&page).await, "active statuses", |s| s != "Draft");

    page.click("[data-testid=orders-view-recent]").await;
    page.wait("document.querySelector('h1').innerText === 'Recent orders'", "back to recent").await;
    page.close().await;
}

#[tokio::test]
async fn rows_show_every_column_and_failure_reasons_open_by_keyboard() {
    let page = Page::open(CUSTOMER, "/orders?view=historical&page_size=100").await;
    page.wait_for_rows().await;
    let headers: Vec<String> = page
        .texts("[data-testid=orders-table] thead th")
        .await
        .iter()
        .map(|h| h.trim_end_matches([' ', '▲', '▼']).to_string())
        .collect();
    assert_eq!(headers, ["Order ID / items", "Requested changes", "Created by", "Date", "Status", "Note"]);
    let first = page.text(&orders::cells(Column::Order)).await;
    assert!(first.contains("Order #") && first.contains("item"), "{first}");
    // The date as the browser's Intl writes the row's own timestamp for en-US, by hand.
    let (shown, expected) = serde_json::from_value::<(String, String)>(
        page.js(&format!(
            "const cell = document.querySelector('{}'); const at = cell.querySelector('time').getAttribute('datetime');
             return [cell.innerText.trim(), new Intl.DateTimeFormat('en-US', {{ dateStyle: 'medium', timeStyle: 'short' }}).format(new Date(at))]",
            orders::cells(Column::Date)
        ))
        .await,
    )
    .unwrap();
    assert_eq!(shown, expected, "the date in the user's locale");

    // The vendor's reason behind "Why?": a real button, so keyboard and screen reader reach it.
    let toggle = "[data-testid=orders-table] [data-testid=failure-reason-toggle]";
    page.wait_for(toggle).await;
    page.js(&format!("document.querySelector('{toggle}').focus()")).await;
    page.press(Key::Enter).await;
    page.wait(&format!("document.querySelector('{toggle}').getAttribute('aria-expanded') === 'true'"), "reason open")
        .await;
    let reason_id = page.attr(toggle, "aria-controls").await.unwrap();
    let reason = page.text(&format!("[id='{reason_id}']")).await;
    // The vendor's words, as the API sent them for that row's order.
    let id = page
        .js(&format!("return document.querySelector('{toggle}').closest('tr').dataset.orderId"))
        .await
        .as_str()
        .unwrap()
        .to_string();
    let (_, body) = page.backend.request(
        "GET",
        &format!("/api/v1/orders/{id}"),
        &[("Authorization", "Bearer demo-customer")],
        None,
    );
    let sent: serde_json::Value = serde_json::from_str(&body).unwrap();
    let sent = sent["failure_reason"].as_str().expect("a failed order has a reason").to_string();
    assert!(!sent.is_empty() && reason.contains(&sent), "the reason {sent:?} is shown: {reason}");
    page.close().await;
}

#[tokio::test]
async fn orders_waiting_for_the_customer_stand_out_and_say_what_to_do() {
    let page = Page::open(CUSTOMER, "/orders").await;
    let banner = page.text("[data-testid=action-required-banner]").await;
    assert!(banner.contains("need your action"), "{banner}");
    let counted: u64 = banner.split_whitespace().next().unwrap().parse().unwrap();
    page.click("[data-testid=action-required-banner] button").await;
    page.wait("location.search.includes('needs_action=true')", "the filter in the URL").await;
    page.wait_for_rows().await;
    page.goto("/orders?needs_action=true&page_size=100").await;
    page.wait_for_rows().await;
    let rows = page.count("tr[data-order-id]").await;
    assert_eq!(rows as u64, counted, "the banner counts every order that waits");
    assert_eq!(page.count("tr.oc-row-attention").await, rows, "every such row stands out");
    assert_eq!(page.count("[data-testid=action-required-text]").await, rows, "and says what to do");
    let instructions = page.texts("[data-testid=action-required-text]").await.join("\n");
    for expected in [
        "upload a PDF of your purchase order",
        "Set up your Cisco account",
        "Terms and Conditions",
        "A change order failed",
    ] {
        assert!(instructions.contains(expected), "missing {expected:?} in\n{instructions}");
    }
    // notification-action-required.txt: a Google Workspace order waiting for the terms
    // "remains in \"Provision started\" state"; the other cases are in Action required.
    let by_row = page
        .js("return [...document.querySelectorAll('tr[data-order-id]')].map(r => [
               r.querySelector('td[data-column=status] .oc-badge').innerText,
               r.querySelector('[data-testid=action-required-text]').innerText])")
        .await;
    let by_row: Vec<(String, String)> = serde_json::from_value(by_row).unwrap();
    let (google, others): (Vec<_>, Vec<_>) = by_row.iter().partition(|(_, text)| text.contains("Google Workspace"));
    assert!(!google.is_empty(), "the seed has a Google order waiting for its terms");
    for (status, text) in &google {
        assert_eq!(status, "Provisioning started");
        assert!(text.contains("Commitment billing starts at purchase, before activation"), "{text}");
    }
    assert_every(&others, "other waiting orders", |(status, _)| status == "Action required");
    page.close().await;
}

#[tokio::test]
async fn search_sort_and_paging_live_in_the_url_and_back_restores_them() {
    let page = Page::open(SELLER_IN_CUSTOMER_VIEW, "/orders").await;
    page.wait_for_rows().await;
    let first_page = page.order_ids().await;

    page.click("[data-testid=page-next]").await;
    page.wait("location.search.includes('page=2')", "page 2").await;
    page.wait_for_rows().await;
    let second_page = page.order_ids().await;
    assert_every(&second_page, "second page rows", |id| !first_page.contains(id));

    page.click("[data-testid=sort-number]").await;
    page.wait(
        "location.search.includes('sort=number') && !location.search.includes('page=2')",
        "sorted, back to page 1",
    )
    .await;
    page.click("[data-testid=sort-number]").await;
    page.wait("location.search.includes('dir=asc')", "ascending").await;
    page.wait_for_rows().await;
    let ascending: Vec<u64> = page.order_ids().await.iter().map(|id| id.parse().unwrap()).collect();
    assert!(ascending.len() > 1 && ascending.windows(2).all(|w| w[0] < w[1]), "{ascending:?}");
    assert_eq!(page.attr("th[aria-sort=ascending] button", "data-testid").await.as_deref(), Some("sort-number"));

    page.js("document.querySelector('[data-testid=page-size]').value = '50'; document.querySelector('[data-testid=page-size]').dispatchEvent(new Event('change'))").await;
    page.wait("location.search.includes('page_size=50')", "page size").await;
    page.wait("document.querySelectorAll('tr[data-order-id]').length === 50", "50 rows").await;

    page.type_into("[data-testid=orders-search]", "Copilot\n").await;
    page.wait("location.search.includes('q=Copilot')", "search in the URL").await;
    page.wait_for_rows().await;
    assert_every(&Orders(&page).column(Column::Order).await, "searched rows", |l| l.contains("Copilot"));

    // A link reopens exactly this screen.
    let url = page.url().await;
    let path = &url[url.find("/orders").unwrap()..];
    page.goto(path).await;
    page.wait_for_rows().await;
    assert_eq!(page.js("return document.querySelector('[data-testid=orders-search]').value").await, "Copilot");

    // Back undoes the search, Forward redoes it.
    page.client.back().await.unwrap();
    page.wait("!location.search.includes('q=Copilot')", "back").await;
    page.wait("document.querySelectorAll('tr[data-order-id]').length === 50", "the unsearched list").await;
    page.client.forward().await.unwrap();
    page.wait("location.search.includes('q=Copilot')", "forward").await;
    page.close().await;
}

#[tokio::test]
async fn the_side_panel_shows_the_order_with_license_totals_and_escape_returns_focus() {
    let page = Page::open(CUSTOMER, "/orders?page_size=50").await;
    page.wait_for_rows().await;
    // An order with a purchase or update line that can still take effect has license totals.
    let id = page.js("return [...document.querySelectorAll('tr[data-order-id]')].find(r => /New subscription|licenses:/.test(r.innerText)
        && !['deleted', 'provisioning_failed', 'draft'].includes(r.dataset.status)).dataset.orderId").await;
    let id = id.as_str().unwrap().to_string();
    let link = format!("tr[data-order-id='{id}'] [data-testid=order-link]");
    let href = page.attr(&link, "href").await.unwrap();
    assert!(href.contains(&format!("open={id}")), "a real link: {href}");

    // Keyboard: focus the row's link and press Enter.
    page.js(&format!("document.querySelector(\"{link}\").focus()")).await;
    page.press(Key::Enter).await;
    page.wait_for("[data-testid=order-panel] [data-testid=license-total]").await;
    assert_eq!(page.text("#oc-panel-title").await, format!("Order #{id}"));
    assert!(page.url().await.contains(&format!("open={id}")));
    // One total per subscription, each what that subscription will have; never a sum.
    let totals: Vec<i64> =
        page.texts("[data-testid=license-total-value] strong").await.iter().map(|n| n.parse().unwrap()).collect();
    let per_item: Vec<i64> =
        page.texts("[data-testid=item-license-total]").await.iter().map(|n| n.parse().unwrap()).collect();
    assert_eq!(totals, per_item);
    for label in
        ["Description", "Payment", "Order total", "per license", "This change", "Cost after the order", "Add-ons"]
    {
        assert!(page.text("[data-testid=order-panel]").await.contains(label), "{label}");
    }
    assert!(page.count("[data-testid=status-history] li").await >= 1);
    page.assert_accessible("order panel").await;

    page.press(Key::Escape).await;
    page.wait("document.querySelector('[data-testid=order-panel]') === null", "panel closed").await;
    page.wait(&format!("document.activeElement && document.activeElement.closest('tr') && document.activeElement.closest('tr').dataset.orderId === '{id}'"), "focus back on the row").await;
    assert!(!page.url().await.contains("open="));

    // The link opens the same order in a fresh tab (here: a fresh load of its URL).
    page.goto(&href).await;
    page.wait_for("[data-testid=order-panel] [data-testid=license-total]").await;
    page.close().await;
}

#[tokio::test]
async fn notes_are_added_once_kept_on_failure_and_bounded() {
    let page = Page::open(CUSTOMER, "/orders?open=100000").await;
    page.wait_for("[data-testid=order-notes]").await;
    let input = "[data-testid=order-note-input]";

    // A failed save keeps the text and says why.
    page.backend.fault(json!({"path": "/api/v1/orders/100000/notes", "method": "POST", "status": 500, "times": 1}));
    page.type_into(input, "Please <b>call</b> me").await;
    page.click("[data-testid=add-note]").await;
    page.wait("document.querySelector('[data-testid=note-error]').innerText.includes('not added')", "the error").await;
    assert_eq!(page.js(&format!("return document.querySelector('{input}').value")).await, "Please <b>call</b> me");

    // A double click sends one note.
    page.js("const b = document.querySelector('[data-testid=add-note]'); b.click(); b.click();").await;
    page.wait("[...document.querySelectorAll('[data-testid=order-note]')].some(n => n.innerText.includes('Please <b>call</b> me'))", "the note, as text").await;
    assert_eq!(page.js(&format!("return document.querySelector('{input}').value")).await, "");
    let (_, body) =
        page.backend.request("GET", "/api/v1/orders/100000/notes", &[("Authorization", "Bearer demo-customer")], None);
    assert_eq!(body.matches("Please <b>call</b> me").count(), 1, "{body}");
    assert_eq!(page.count("[data-testid=order-note] b").await, 0, "HTML in a note is text");

    // Over the limit: the counter says so and the button stays off.
    page.js(&format!(
        "const t = document.querySelector('{input}'); t.value = 'x'.repeat(501); t.dispatchEvent(new Event('input'))"
    ))
    .await;
    page.wait("document.querySelector('[data-testid=note-counter]').innerText === '501 / 500'", "counter").await;
    assert_eq!(page.js("return document.querySelector('[data-testid=add-note]').disabled").await, true);

    // The note shows in the list's Note column after closing.
    page.press(Key::Escape).await;
    Panel(&page).wait_closed().await;
    page.wait(
        &format!(
            "document.querySelector(\"{}\").innerText.includes('Please <b>call</b> me')",
            orders::cell("100000", Column::Note)
        ),
        "the note in the Note column",
    )
    .await;
    page.close().await;
}

#[tokio::test]
async fn markup_changes_are_for_the_seller_only() {
    // Order 100030 changes only markup; 100000s with markup and other changes exist too.
    for identity in [CUSTOMER, CUSTOMER_ADMIN] {
        let page = Page::open(identity, "/orders?page_size=100").await;
        page.wait_for_rows().await;
        assert!(!page.order_ids().await.contains(&"100030".to_string()), "{identity} sees a markup-only order");
        assert!(!page.text("[data-testid=orders-table]").await.contains("Markup"), "{identity} sees markup");
        // Hidden from the role and mistyped read alike, with a way back and no retry.
        page.expect_failed_requests(); // the API's 404s
        for id in ["100030", "999999"] {
            page.goto(&format!("/orders?open={id}")).await;
            let notice = page.text(panel::UNAVAILABLE).await;
            assert_eq!(
                notice.lines().next().unwrap_or(""),
                format!("Order #{id} is not available to you or does not exist.")
            );
            assert_eq!(page.count(&format!("{} [data-testid=error-notice]", panel::PANEL)).await, 0, "no retry");
            page.click("[data-testid=order-unavailable-back]").await;
            Panel(&page).wait_closed().await;
            page.wait("!location.search.includes('open=')", "the address without the order").await;
        }
        page.close().await;
    }
    let page = Page::open(SELLER_IN_CUSTOMER_VIEW, "/orders?page_size=100").await;
    page.wait_for_rows().await;
    assert!(page.order_ids().await.contains(&"100030".to_string()));
    assert!(page.text("tr[data-order-id='100030']").await.contains("Markup change"));
    page.close().await;
}

#[tokio::test]
async fn empty_results_offer_to_clear_and_errors_keep_the_last_good_data() {
    let page = Page::open(CUSTOMER, "/orders?q=no-such-order-anywhere").await;
    let empty = page.text("[data-testid=empty-state]").await;
    assert!(empty.contains("No orders match"), "{empty}");
    page.click("[data-testid=clear-filters]").await;
    page.wait_for_rows().await;
    let before = page.order_ids().await;

    page.backend.fault(json!({"path": "/api/v1/orders", "method": "GET", "status": 503, "times": 1}));
    page.click("[data-testid=page-next]").await;
    let notice = page.text("[data-testid=error-notice]").await;
    assert!(notice.contains("Loading orders failed") && notice.contains("503"), "{notice}");
    assert_eq!(page.order_ids().await, before, "the last good page stays on screen");
    page.click("[data-testid=error-notice] button").await;
    page.wait("document.querySelector('[data-testid=error-notice]') === null", "retry").await;
    page.wait_for_rows().await;
    assert_ne!(page.order_ids().await, before);

    page.backend.fault(json!({"path": "/api/v1/orders", "method": "GET", "malformed": true, "times": 1}));
    page.click("[data-testid=page-next]").await;
    assert!(page.text("[data-testid=error-notice]").await.contains("cannot read"));
    page.close().await;
}

#[tokio::test]
async fn narrow_screens_get_cards_without_sideways_scrolling() {
    let page = Page::open_with(CUSTOMER, "/orders", 2_000, (400, 800)).await;
    page.wait_for_rows().await;
    assert_eq!(page.js("return window.innerWidth").await, 400);
    let overflow = page.js("return document.documentElement.scrollWidth").await.as_u64().unwrap();
    assert!(overflow <= 400, "page is {overflow}px wide at 400px");
    page.goto("/orders?open=100000").await;
    page.wait_for("[data-testid=order-panel] [data-testid=order-notes]").await;
    page.assert_accessible("orders at 400px with the panel").await;
    page.close().await;
}

#[tokio::test]
async fn a_slow_backend_shows_the_table_shape_and_keeps_what_is_on_screen_and_typed() {
    let page = Page::open(CUSTOMER, "/subscriptions").await;
    page.backend.fault(json!({"path": "/api/v1/orders", "method": "GET", "latency_ms": 1500, "times": 2}));
    page.goto("/orders").await;
    // While the first page loads: the table's shape, marked busy.
    page.wait("document.querySelectorAll('[data-testid=orders-table] tr.oc-skeleton').length > 0", "skeleton rows")
        .await;
    assert_eq!(page.attr("[data-testid=orders-table]", "aria-busy").await.as_deref(), Some("true"));
    // Typing while it loads is kept.
    page.type_into("[data-testid=orders-search]", "Cisco").await;
    page.wait_for_rows().await;
    assert_eq!(page.js("return document.querySelector('[data-testid=orders-search]').value").await, "Cisco");
    let before = page.order_ids().await;

    // A slow next page: the current rows stay, marked as updating.
    page.backend.fault(json!({"path": "/api/v1/orders", "method": "GET", "latency_ms": 1500, "times": 1}));
    page.click("[data-testid=page-next]").await;
    page.wait("document.querySelector('.oc-updating').innerText.includes('Updating')", "updating").await;
    assert_eq!(page.order_ids().await, before);
    page.wait("!document.querySelector('.oc-updating').innerText.includes('Updating')", "the new page").await;
    assert_ne!(page.order_ids().await, before);
    assert_eq!(
        page.js("return document.querySelector('[data-testid=orders-search]').value").await,
        "Cisco",
        "paging keeps typed text"
    );
    page.close().await;
}

/// A scheduled order says when it is scheduled for, in the user's locale, in the list and
/// in the panel; no other order does.
#[tokio::test]
async fn scheduled_orders_show_the_date_they_are_scheduled_for() {
    let page = Page::open(CUSTOMER, "/orders?status=scheduled").await;
    page.wait_for_rows().await;
    assert_every(&statuses(&page).await, "scheduled statuses", |s| s == "Scheduled");
    let rows = page.count("[data-testid=orders-table] tr[data-order-id]").await;
    let dates = page.texts("[data-testid=orders-table] tr[data-order-id] [data-testid=scheduled-for]").await;
    assert_eq!(dates.len(), rows, "every scheduled row has its date");
    let en_us_date = |text: &str| {
        let date = text.trim_start_matches("Scheduled for ");
        text.starts_with("Scheduled for ")
            && date.split(' ').count() == 3
            && date.ends_with(|c: char| c.is_ascii_digit())
            && !date.contains('-')
    };
    assert_every(&dates, "scheduled dates", |d| en_us_date(d));
    page.click("tr[data-order-id] [data-testid=order-link]").await;
    let in_panel = page.text("[data-testid=order-panel] [data-testid=scheduled-for]").await;
    assert_eq!(in_panel, dates[0]);

    page.goto("/orders?status=provisioning_started").await;
    page.wait_for_rows().await;
    assert_eq!(page.count("[data-testid=scheduled-for]").await, 0);
    page.close().await;
}

/// A server that does not answer for five seconds is said to be slow; the user may keep
/// waiting or ask again, and what is on screen stays.
#[tokio::test]
async fn a_slow_server_is_named_after_five_seconds_with_keep_waiting_and_try_again() {
    let page = Page::open(CUSTOMER, "/orders").await;
    page.wait_for_rows().await;
    let first = page.order_ids().await;

    page.backend.fault(json!({"path": "/api/v1/orders", "method": "GET", "latency_ms": 8000, "times": 1}));
    page.click("[data-testid=page-next]").await;
    tokio::time::sleep(std::time::Duration::from_secs(3)).await;
    assert_eq!(page.count("[data-testid=slow-notice]").await, 0, "quiet for the first seconds");
    assert!(page.text("[data-testid=slow-notice]").await.contains("Still waiting for the server"));
    assert_eq!(page.order_ids().await, first, "the rows on screen stay");
    page.click("[data-testid=keep-waiting]").await;
    page.wait("document.querySelector('[data-testid=slow-notice]') === null", "the notice put away").await;
    page.wait_for_rows().await;
    page.wait(&format!("document.querySelector('tr[data-order-id]').dataset.orderId !== '{}'", first[0]), "page 2")
        .await;
    let second = page.order_ids().await;

    page.backend.fault(json!({"path": "/api/v1/orders", "method": "GET", "latency_ms": 8000, "times": 1}));
    page.click("[data-testid=page-next]").await;
    page.click("[data-testid=slow-retry]").await;
    page.wait("document.querySelector('[data-testid=slow-notice]') === null", "asked again").await;
    page.wait(&format!("document.querySelector('tr[data-order-id]').dataset.orderId !== '{}'", second[0]), "page 3")
        .await;
    assert_eq!(page.count("[data-testid=error-notice]").await, 0);
    assert!(page.url().await.contains("page=3"));
    page.close().await;
}

/// Orders that cannot take effect (deleted, failed, drafts) promise no license totals.
#[tokio::test]
async fn orders_that_cannot_take_effect_show_no_license_totals() {
    for (view, status) in
        [("recent", "deleted"), ("recent", "provisioning_failed"), ("historical&state=draft", "draft")]
    {
        let page = Page::open(CUSTOMER, &format!("/orders?view={view}&status={status}")).await;
        page.wait_for_rows().await;
        page.click("tr[data-order-id] [data-testid=order-link]").await;
        page.wait_for("[data-testid=order-panel] [data-testid=status-history]").await;
        assert_eq!(page.count("[data-testid=license-total]").await, 0, "{status}");
        assert_eq!(page.count("[data-testid=item-license-total]").await, 0, "{status}");
        page.close().await;
    }
}

/// orders-customer-view.txt's details, checked against what the API sent: every
/// subscription field in the panel, markup hidden from a customer on an order that also
/// has other changes, and the Note column showing the latest note.
#[tokio::test]
async fn the_panel_the_markup_rule_and_the_note_column_follow_the_article() {
    let page = Page::open(CUSTOMER, "/orders?page_size=100").await;
    page.wait_for_rows().await;
    let get = |path: &str, token: &str, org: Option<&str>| {
        let mut headers = vec![("Authorization", format!("Bearer {token}"))];
        if let Some(org) = org {
            headers.push(("X-On-Behalf-Of", org.to_string()));
        }
        let headers: Vec<(&str, &str)> = headers.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let (_, body) = page.backend.request("GET", path, &headers, None);
        serde_json::from_str::<serde_json::Value>(&body).unwrap()
    };

    // An order with a markup change and other changes, as the seller sees it.
    let seller_view = get("/api/v1/orders?page_size=100", "demo-seller", Some("org-contoso"));
    let mixed = seller_view["items"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| {
            let kinds: Vec<&str> =
                o["changes"].as_array().unwrap().iter().map(|c| c["kind"].as_str().unwrap()).collect();
            kinds.contains(&"markup_change") && kinds.iter().any(|k| *k != "markup_change")
        })
        .expect("the seed has an order with markup and other changes");
    let id = mixed["id"].as_str().unwrap().to_string();
    assert!(page.order_ids().await.contains(&id), "a customer still sees order {id}");
    assert!(!page.text(&format!("tr[data-order-id='{id}']")).await.contains("Markup"));
    page.goto(&format!("/orders?page_size=100&open={id}")).await;
    page.wait_for("[data-testid=order-panel] [data-testid=status-history]").await;
    assert!(!page.text("[data-testid=order-panel]").await.contains("Markup"), "no markup line in the panel");

    // Every subscription field of every item, as sent.
    let order = get(&format!("/api/v1/orders/{id}"), "demo-customer", None);
    page.js("document.querySelectorAll('[data-testid=order-panel] details').forEach(d => d.open = true)").await;
    let panel = page.text("[data-testid=order-panel]").await;
    for item in order["items"].as_array().unwrap() {
        let sub = &item["subscription"];
        for field in ["admin_email", "first_name", "last_name", "tenant_name"] {
            if let Some(value) = sub[field].as_str() {
                assert!(panel.contains(value), "{field} {value} in the panel");
            }
        }
        let billing = sub["billing_period"].as_str().unwrap().to_lowercase();
        assert!(panel.contains(&format!("per license, {billing}")), "the price and its period");
    }
    for label in ["Admin e-mail", "Name", "Surname", "Price"] {
        assert!(panel.contains(label), "{label}");
    }

    // The Note column shows the latest note and how many there are.
    for text in ["First note for the column.", "The latest note wins."] {
        page.type_into("[data-testid=order-note-input]", text).await;
        page.click("[data-testid=add-note]").await;
        page.wait(
            &format!("document.querySelector('[data-testid=order-notes]').innerText.includes({text:?})"),
            "the note",
        )
        .await;
    }
    page.goto("/orders?page_size=100").await;
    page.wait_for_rows().await;
    let cell = page.text(&orders::cell(&id, Column::Note)).await;
    assert!(cell.contains("The latest note wins.") && !cell.contains("First note"), "{cell}");
    page.close().await;
}

/// An address the list cannot show as written is corrected in place: a page past the
/// last shows the last one, a page size the API does not offer the nearest one that it
/// does, each visible in the URL.
#[tokio::test]
async fn a_page_past_the_last_and_an_unoffered_page_size_are_corrected_in_the_url() {
    let page = Page::open(CUSTOMER, "/orders?page=99").await;
    page.wait_for_rows().await;
    let pager = page.text(".oc-pager span").await;
    // "Page 8 of 8 · 178 in all": the last page, which is the page shown.
    let pages: String = pager.split(" of ").nth(1).unwrap().chars().take_while(char::is_ascii_digit).collect();
    page.wait(&format!("location.search === '?page={pages}'"), "the last page in the URL").await;
    assert!(page.text(".oc-pager span").await.starts_with(&format!("Page {pages} of {pages}")));
    assert_eq!(page.count("[data-testid=empty-state]").await, 0, "no \"no orders\" beside a total");
    assert!(Orders(&page).row_count().await > 0);

    page.goto("/orders?page_size=7").await;
    page.wait("location.search === '?page_size=10'", "the nearest offered size in the URL").await;
    page.wait("document.querySelectorAll('tr[data-order-id]').length === 10", "ten rows").await;
    assert_eq!(page.js("return document.querySelector('[data-testid=page-size]').value").await, "10");
    // Back does not return to the address that was corrected.
    page.client.back().await.unwrap();
    page.wait("!location.search.includes('page_size=7')", "no way back to the uncorrected address").await;
    page.close().await;
}
