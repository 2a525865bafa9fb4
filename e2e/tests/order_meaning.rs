//! An order explained: what its status means (in the panel and on the statuses page), the
//! link to where a required action is done, and money that says what it is: the price of
//! one license for the line's own billing period, the change's own amount, and the cost
//! after the order. Expected words are the article's (orders-customer-view.txt), and
//! expected amounts are worked out here in cents, never by the app's arithmetic.
use e2e::screens::order_statuses::{self, OrderStatuses};
use e2e::screens::orders::Orders;
use e2e::screens::panel::{self, Panel};
use e2e::*;
use serde_json::Value;

/// orders-customer-view.txt, "Order statuses", word for word.
const MEANINGS: [(&str, &str); 9] = [
    ("provisioning_started", "Order provisioning has been started and not finished."),
    ("provisioning_finished", "Order provisioning has been finished offer has been purchased."),
    (
        "provisioning_failed",
        "Order provisioning has failed due to some circumstances, such as wrong contact, email, etc.",
    ),
    ("started", "Order has been started but not finished. The order has not been purchased yet."),
    ("deleted", "Order has been deleted from the shopping cart."),
    ("in_progress", "The order has been started to be purchased but is not finished yet."),
    ("draft", "The order has been started to be purchased and is saved as Draft to finish the purchasing process."),
    (
        "completed_with_errors",
        "The order has been completed and sent to the vendor, the vendor returns an error message with information \
         about why the order was not completed successfully, e.g., fields not filled completely, email address \
         invalid for the customer, etc.",
    ),
    ("completed", "Order has been completed, the order has been purchased."),
];

/// "12.34" → 1234 cents.
fn cents(money: &Value) -> i64 {
    let text = money["amount"].as_str().unwrap();
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let sign = if whole.starts_with('-') { -1 } else { 1 };
    let fraction = format!("{fraction:0<2}");
    sign * (whole.trim_start_matches('-').parse::<i64>().unwrap() * 100 + fraction[..2].parse::<i64>().unwrap())
}

/// Cents as English speakers in the US read euros: "€3,007.60", "-€1,565.44".
fn euros(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let (whole, fraction) = (cents.abs() / 100, cents.abs() % 100);
    let digits = whole.to_string();
    let mut grouped = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    format!("{sign}€{grouped}.{fraction:02}")
}

#[test]
fn euros_are_written_by_hand() {
    assert_eq!(euros(35_020), "€350.20");
    assert_eq!(euros(300_760), "€3,007.60");
    assert_eq!(euros(-156_544), "-€1,565.44");
    assert_eq!(euros(5), "€0.05");
}

fn orders(page: &Page, query: &str) -> Vec<Value> {
    let list = page.backend.get_json(&format!("/api/v1/orders?page_size=100&{query}"), "demo-customer", None);
    list["items"].as_array().unwrap().clone()
}

#[tokio::test]
async fn the_panel_says_what_the_status_means() {
    let page = Page::open(CUSTOMER, "/orders?page_size=100").await;
    page.wait_for_rows().await;
    let started = orders(&page, "view=recent&status=provisioning_started");
    let id = started.first().expect("the seed has orders in Provisioning started")["id"].as_str().unwrap().to_string();
    page.goto(&format!("/orders?page_size=100&open={id}")).await;
    Panel(&page).wait_loaded().await;
    assert_eq!(Panel(&page).status_meaning().await, "Order provisioning has been started and not finished.");
    page.assert_accessible("the panel with the status's meaning").await;
    page.close().await;
}

#[tokio::test]
async fn the_statuses_page_is_one_keyboard_step_from_the_list() {
    let page = Page::open(CUSTOMER, "/orders").await;
    page.wait_for_rows().await;
    page.tab_to(order_statuses::LINK).await;
    page.press(Key::Enter).await;
    let statuses = OrderStatuses(&page);
    statuses.wait_loaded().await;
    let shown = statuses.meanings().await;
    assert_eq!(shown.len(), 12, "every order status has a row: {shown:?}");
    for (key, meaning) in MEANINGS {
        let row = shown.iter().find(|(k, _)| k == key).unwrap_or_else(|| panic!("no row for {key}"));
        assert_eq!(row.1, meaning, "{key}");
    }
    assert_every(&shown, "status rows", |(_, meaning)| !meaning.trim().is_empty());
    page.assert_accessible("order statuses").await;
    page.click(order_statuses::BACK).await;
    Orders(&page).wait_for_rows().await;
    page.close().await;
}

#[tokio::test]
async fn each_line_says_what_its_change_costs_and_where_the_subscription_ends() {
    let page = Page::open(CUSTOMER, "/orders?page_size=100").await;
    page.wait_for_rows().await;
    // An order in a status that takes effect, with an increase, and one with a decrease.
    let candidates: Vec<Value> = orders(&page, "view=recent&status=provisioning_started")
        .into_iter()
        .chain(orders(&page, "view=recent&status=provisioning_finished"))
        .map(|summary| {
            let id = summary["id"].as_str().unwrap();
            page.backend.get_json(&format!("/api/v1/orders/{id}"), "demo-customer", None)
        })
        .collect();
    let with_update = |increase: bool| {
        candidates
            .iter()
            .find(|order| {
                order["items"].as_array().unwrap().iter().any(|item| {
                    let change = item["quantity_change"].as_i64().unwrap();
                    item["kind"] == "update" && (if increase { change > 0 } else { change < 0 })
                })
            })
            .unwrap_or_else(|| panic!("the seed has an update order (increase: {increase})"))
            .clone()
    };
    for order in [with_update(true), with_update(false)] {
        let id = order["id"].as_str().unwrap();
        page.goto(&format!("/orders?page_size=100&open={id}")).await;
        Panel(&page).wait_loaded().await;
        let mut total = 0;
        let items = order["items"].as_array().unwrap();
        assert!(!items.is_empty());
        for item in items {
            let item_id = item["id"].as_str().unwrap();
            let shown = Panel(&page).item(item_id).await;
            let (now, change) = (item["current_quantity"].as_i64().unwrap(), item["quantity_change"].as_i64().unwrap());
            let price = cents(&item["unit_price"]);
            let period = item["subscription"]["billing_period"].as_str().unwrap().to_lowercase();
            assert_eq!(shown.per_license, format!("{} per license, {period}", euros(price)), "{item_id}");
            let addons: i64 = item["addons"]
                .as_array()
                .unwrap()
                .iter()
                .map(|a| cents(&a["unit_price"]) * a["quantity"].as_i64().unwrap())
                .sum();
            if item["kind"] == "update" || item["kind"] == "purchase" {
                let after = (now + change).max(0);
                let changed = after - now;
                // e.g. +17 × €20.60 = €350.20; a decrease is negative.
                let sign = if changed > 0 { "+" } else { "" };
                assert_eq!(
                    shown.change,
                    format!("{sign}{changed} × {} = {}", euros(price), euros(changed * price)),
                    "{item_id}"
                );
                assert_eq!(
                    shown.cost_after,
                    format!("{after} × {} = {}", euros(price), euros(after * price)),
                    "{item_id}"
                );
                total += changed * price + addons;
            }
        }
        assert_eq!(
            page.text(panel::ORDER_TOTAL).await,
            euros(total),
            "order {id}: the total is the sum of its changes"
        );
        assert!(!page.text(panel::PANEL).await.contains("Billing period"), "no single period for the whole order");
    }
    page.close().await;
}

#[tokio::test]
async fn a_required_action_links_to_where_it_is_done() {
    let page = Page::open(CUSTOMER, "/orders?needs_action=true&page_size=100").await;
    page.wait_for_rows().await;
    let waiting: Vec<Value> = orders(&page, "view=recent&needs_action=true")
        .into_iter()
        .map(|s| page.backend.get_json(&format!("/api/v1/orders/{}", s["id"].as_str().unwrap()), "demo-customer", None))
        .collect();
    let of_case = |case: &str| {
        waiting
            .iter()
            .find(|o| o["action_required"]["case"] == case)
            .unwrap_or_else(|| panic!("the seed has a {case} order"))
            .clone()
    };
    for case in ["account_setup", "terms_acceptance"] {
        let order = of_case(case);
        page.goto(&format!("/orders?needs_action=true&page_size=100&open={}", order["id"].as_str().unwrap())).await;
        Panel(&page).wait_loaded().await;
        let link = Panel(&page).action_link().await.unwrap_or_else(|| panic!("{case}: a link"));
        assert_eq!(link.href, order["action_required"]["action_url"].as_str().unwrap(), "{case}");
        assert!(link.href.starts_with("https://"), "{case}");
        assert_eq!(link.text, order["action_required"]["action_label"].as_str().unwrap(), "{case}");
        assert_eq!(link.target, "_blank");
        assert!(link.rel.contains("noopener") && link.rel.contains("noreferrer"), "{case}: {}", link.rel);
    }
    // A purchase order is uploaded by the seller in Microsoft's tools: no link, and the
    // instruction says where it is done.
    let upload = of_case("purchase_order_upload");
    page.goto(&format!("/orders?needs_action=true&page_size=100&open={}", upload["id"].as_str().unwrap())).await;
    Panel(&page).wait_loaded().await;
    assert!(Panel(&page).action_link().await.is_none());
    assert!(page.text(panel::PANEL).await.contains("partner tools, not in this console"));
    page.close().await;
}
