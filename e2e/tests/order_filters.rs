//! Filters a person can use on the orders lists: several statuses (each box with its
//! count), a date range and its presets, a chip per filter in force that removes only
//! itself, "Clear all", all of it in the address (so a reload keeps it); and the status
//! sort in the order of an order's life. Expected rows come from the API, asked directly.
use e2e::screens::filters::{self, Filters};
use e2e::screens::orders::{self, Orders};
use e2e::*;
use serde_json::Value;

const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// A day as en-US writes it in the medium style: "2026-09-01" → "Sep 1, 2026".
fn us_day(day: &str) -> String {
    let (year, month, date) = (&day[..4], day[5..7].parse::<usize>().unwrap(), day[8..].parse::<u32>().unwrap());
    format!("{} {date}, {year}", MONTHS[month - 1])
}

#[test]
fn days_are_written_by_hand() {
    assert_eq!(us_day("2026-09-01"), "Sep 1, 2026");
    assert_eq!(us_day("2026-12-24"), "Dec 24, 2026");
}

/// Every order the API lists for `query`, across its pages.
fn api_orders(page: &Page, query: &str) -> Vec<Value> {
    let mut all = Vec::new();
    for n in 1.. {
        let answer =
            page.backend.get_json(&format!("/api/v1/orders?{query}&page_size=100&page={n}"), "demo-customer", None);
        let items = answer["items"].as_array().unwrap().clone();
        all.extend(items);
        if all.len() as u64 >= answer["total"].as_u64().unwrap() {
            return all;
        }
    }
    unreachable!()
}

fn ids(orders: &[Value]) -> Vec<String> {
    orders.iter().map(|o| o["id"].as_str().unwrap().to_string()).collect()
}

fn day_of(order: &Value) -> String {
    order["created_at"].as_str().unwrap()[..10].to_string()
}

#[tokio::test]
async fn a_customer_filters_historical_orders_by_two_statuses_and_dates_and_takes_the_chips_off() {
    let page = Page::open(CUSTOMER, "/orders?view=historical&page_size=100").await;
    page.wait_for_rows().await;
    let filters = Filters(&page);
    filters.open().await;

    // One box per historical status, in lifecycle order, each with the API's count.
    let counts = page.backend.get_json("/api/v1/orders?view=historical", "demo-customer", None);
    let boxes = filters.boxes().await;
    let keys: Vec<&str> = boxes.iter().map(|(key, _, _)| key.as_str()).collect();
    assert_eq!(keys, ["draft", "in_progress", "completed_with_errors", "completed"]);
    for (key, label, checked) in &boxes {
        let n = counts["status_counts"].as_array().unwrap().iter().find(|c| c[0] == key.as_str()).unwrap()[1].clone();
        assert!(label.ends_with(&format!("({n})")), "{key}: {label}");
        assert!(!checked, "{key}: nothing chosen yet");
    }
    page.assert_accessible("historical orders with the filters open").await;

    // Two statuses.
    filters.toggle_status("completed").await;
    filters.toggle_status("completed_with_errors").await;
    assert!(page.url().await.contains("status=completed_with_errors%2Ccompleted"), "{}", page.url().await);
    let chosen = api_orders(&page, "view=historical&status=completed,completed_with_errors");
    assert!(!chosen.is_empty());
    assert_every(&chosen, "chosen orders", |o| {
        ["completed", "completed_with_errors"].contains(&o["status"].as_str().unwrap())
    });
    let first_hundred: Vec<String> = ids(&chosen).into_iter().take(100).collect();
    Orders(&page).wait_for_ids(&first_hundred).await;

    // A date range in the middle of their dates.
    let mut days: Vec<String> = chosen.iter().map(day_of).collect();
    days.sort();
    let (from, to) = (days[days.len() / 4].clone(), days[days.len() * 3 / 4].clone());
    filters.set_date(filters::FROM, &from).await;
    filters.set_date(filters::TO, &to).await;
    let in_range: Vec<Value> =
        chosen.iter().filter(|o| (from.as_str()..=to.as_str()).contains(&day_of(o).as_str())).cloned().collect();
    assert!(!in_range.is_empty() && in_range.len() < chosen.len(), "the range narrows: {from}..{to}");
    Orders(&page).wait_for_ids(&ids(&in_range)).await;
    assert_eq!(
        filters.chips().await,
        [
            "Status: Completed with errors".to_string(),
            "Status: Completed".to_string(),
            format!("From {}", us_day(&from)),
            format!("Until {}", us_day(&to)),
        ]
    );
    assert_eq!(page.text(filters::TOGGLE).await, "Filters (4)");

    // A chip removes only itself; focus stays in the chips.
    filters.remove_chip("Status: Completed").await;
    let errors_in_range: Vec<Value> =
        in_range.iter().filter(|o| o["status"] == "completed_with_errors").cloned().collect();
    assert!(!errors_in_range.is_empty(), "completed with errors in {from}..{to}");
    Orders(&page).wait_for_ids(&ids(&errors_in_range)).await;
    assert_eq!(filters.chips().await.len(), 3);
    assert!(page.focus_is(filters::CLEAR).await, "focus stays with the chips");
    let checked: Vec<String> = filters.boxes().await.into_iter().filter(|(_, _, on)| *on).map(|(k, _, _)| k).collect();
    assert_eq!(checked, ["completed_with_errors"]);

    // A reload keeps every filter: they are the address.
    let address = page.url().await;
    page.goto(&address[page.backend.url.len()..]).await;
    Orders(&page).wait_for_ids(&ids(&errors_in_range)).await;
    assert_eq!(filters.chips().await.len(), 3);
    assert_eq!(page.attr(filters::TOGGLE, "aria-expanded").await.as_deref(), Some("true"), "open, since it filters");
    page.assert_accessible("historical orders filtered, with chips").await;

    // Clear all: every order again, focus on the list's heading.
    page.click(filters::CLEAR).await;
    page.wait(&format!("document.querySelectorAll({:?}).length === 0", filters::CHIP), "no chips").await;
    let every = api_orders(&page, "view=historical");
    Orders(&page).wait_for_ids(&ids(&every).into_iter().take(100).collect::<Vec<_>>()).await;
    assert!(page.focus_is(orders::HEADING).await, "focus on the list's heading");
    page.close().await;
}

#[tokio::test]
async fn a_preset_filters_the_last_days_and_the_keyboard_reaches_every_filter() {
    let page = Page::open(CUSTOMER, "/orders?page_size=100").await;
    page.wait_for_rows().await;
    page.tab_to(filters::TOGGLE).await;
    page.press(Key::Enter).await;
    page.wait_for(&filters::status_box("provisioning_started")).await;
    page.tab_to(&filters::status_box("provisioning_started")).await;
    page.press(Key::Space).await;
    page.wait("location.search.includes('status=provisioning_started')", "the status in the address").await;
    assert!(page.focus_is(&filters::status_box("provisioning_started")).await, "the box keeps focus");
    page.tab_to("[data-testid=orders-filter-last-30]").await;
    page.press(Key::Enter).await;
    page.wait("location.search.includes('from=')", "the preset in the address").await;
    let url = page.url().await;
    let from = url.split("from=").nth(1).unwrap()[..10].to_string();
    // Thirty days back from today (UTC), by the calendar.
    let today = chrono_free_today();
    assert_eq!(from, days_back(&today, 30), "{url}");
    let expected = api_orders(&page, &format!("view=recent&status=provisioning_started&from={from}"));
    Orders(&page).wait_for_ids(&ids(&expected).into_iter().take(100).collect::<Vec<_>>()).await;
    assert_every(&expected, "recent orders of the last 30 days", |o| day_of(o) >= from);
    assert_eq!(page.attr("[data-testid=orders-filter-last-30]", "aria-pressed").await.as_deref(), Some("true"));
    page.close().await;
}

#[tokio::test]
async fn sorting_by_status_follows_an_orders_life() {
    let page = Page::open(CUSTOMER, "/orders?view=historical&page_size=100&sort=status&dir=asc").await;
    page.wait_for_rows().await;
    let keys = Orders(&page).status_keys().await;
    assert!(!keys.is_empty());
    let mut seen: Vec<String> = keys.clone();
    seen.dedup();
    assert_eq!(seen, ["draft", "in_progress", "completed_with_errors", "completed"], "ascending: {keys:?}");
    page.close().await;
}

/// Today in UTC as `YYYY-MM-DD`, from the system clock.
fn chrono_free_today() -> String {
    let seconds = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs() as i64;
    civil(seconds.div_euclid(86_400))
}

/// The day `n` days before `day`, counted one day at a time on a calendar.
fn days_back(day: &str, n: u32) -> String {
    let (mut year, mut month, mut date): (i64, u32, u32) =
        (day[..4].parse().unwrap(), day[5..7].parse().unwrap(), day[8..].parse().unwrap());
    for _ in 0..n {
        if date > 1 {
            date -= 1;
            continue;
        }
        if month == 1 {
            year -= 1;
            month = 12;
        } else {
            month -= 1;
        }
        date = month_length(year, month);
    }
    format!("{year:04}-{month:02}-{date:02}")
}

fn month_length(year: i64, month: u32) -> u32 {
    match month {
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 to a date, by walking forward a year and a month at a time.
fn civil(mut days: i64) -> String {
    let mut year = 1970;
    loop {
        let length = if month_length(year, 2) == 29 { 366 } else { 365 };
        if days < length {
            break;
        }
        days -= length;
        year += 1;
    }
    let mut month = 1;
    while days >= i64::from(month_length(year, month)) {
        days -= i64::from(month_length(year, month));
        month += 1;
    }
    format!("{year:04}-{month:02}-{:02}", days + 1)
}

#[test]
fn the_calendar_walk_is_right() {
    assert_eq!(civil(0), "1970-01-01");
    assert_eq!(civil(20_790), "2026-12-03");
    assert_eq!(days_back("2026-12-03", 30), "2026-11-03");
    assert_eq!(days_back("2028-03-01", 1), "2028-02-29");
}

#[tokio::test]
async fn a_vendor_narrows_the_list_to_orders_with_its_items() {
    let page = Page::open(CUSTOMER, "/orders?view=historical&page_size=100").await;
    page.wait_for_rows().await;
    let filters = Filters(&page);
    filters.open().await;
    let counts = page.backend.get_json("/api/v1/orders?view=historical", "demo-customer", None);
    let cisco = counts["vendor_counts"].as_array().unwrap().iter().find(|c| c[0] == "Cisco").unwrap()[1].clone();
    let options = filters.vendor_options().await;
    assert_eq!(options[0], "All vendors");
    assert!(options.contains(&format!("Cisco ({cisco})")), "{options:?}");
    filters.choose_vendor("Cisco").await;
    assert!(page.url().await.contains("vendor=Cisco"));
    let expected = api_orders(&page, "view=historical&vendor=Cisco");
    assert!(!expected.is_empty());
    assert_eq!(expected.len() as u64, cisco.as_u64().unwrap());
    Orders(&page).wait_for_ids(&ids(&expected).into_iter().take(100).collect::<Vec<_>>()).await;
    assert_eq!(filters.chips().await, ["Vendor: Cisco"]);
    filters.remove_chip("Vendor: Cisco").await;
    page.wait(&format!("document.querySelectorAll({:?}).length === 0", filters::CHIP), "no chips").await;
    assert_eq!(page.js(&format!("return document.querySelector({:?}).value", filters::VENDOR)).await, "");
    page.close().await;
}

/// The whole walk: filter Historical by two statuses and a date range, take one
/// chip off, save the view, reload, open it from saved views; then rename and delete it.
#[tokio::test]
async fn a_filtered_view_is_saved_kept_after_a_reload_and_opened_in_one_click() {
    use e2e::screens::saved_views::{self, SavedViews};
    let page = Page::open(CUSTOMER, "/orders?view=historical").await;
    page.wait_for_rows().await;
    let filters = Filters(&page);
    filters.open().await;
    filters.toggle_status("completed").await;
    filters.toggle_status("completed_with_errors").await;
    filters.set_date(filters::FROM, "2026-07-01").await;
    filters.set_date(filters::TO, "2026-11-30").await;
    assert_eq!(filters.chips().await.len(), 4);
    filters.remove_chip("Status: Completed").await;
    assert_eq!(filters.chips().await.len(), 3);
    let query = "view=historical&status=completed_with_errors&from=2026-07-01&to=2026-11-30";
    let expected = api_orders(&page, query);
    assert!(!expected.is_empty());
    Orders(&page).wait_for_ids(&ids(&expected).into_iter().take(25).collect::<Vec<_>>()).await;

    let views = SavedViews(&page);
    views.open().await;
    assert_eq!(views.names().await, Vec::<String>::new());
    page.assert_accessible("saved views, none yet").await;
    views.save_as("Errors since July").await;
    assert_eq!(page.text(saved_views::STATUS).await, "Saved “Errors since July”.");
    let stored = page.backend.get_json("/api/v1/views?list=orders", "demo-customer", None);
    assert_eq!(stored[0]["name"], "Errors since July");
    assert_eq!(stored[0]["query"], query, "the filters, in the list's own words");
    // The same name again is refused before anything is sent.
    views.save_as_refused("errors since july").await;

    // Elsewhere, then a reload: the view is still there, one click away.
    page.click(filters::CLEAR).await;
    page.wait(&format!("document.querySelectorAll({:?}).length === 0", filters::CHIP), "no chips").await;
    page.goto("/orders").await;
    page.wait_for_rows().await;
    views.open().await;
    assert_eq!(views.names().await, ["Errors since July"]);
    views.open_view("Errors since July").await;
    page.wait(&format!("location.search === '?{query}'"), "the saved view's address").await;
    Orders(&page).wait_for_ids(&ids(&expected).into_iter().take(25).collect::<Vec<_>>()).await;
    assert_eq!(filters.chips().await.len(), 3);
    assert_eq!(
        page.js("return document.querySelector('[data-testid=saved-view-open]').getAttribute('aria-current')").await,
        "true"
    );
    page.assert_accessible("a saved view opened").await;

    // Rename, then delete (confirmed).
    views.click_in_row("Errors since July", "saved-view-rename").await;
    page.wait_for("[data-testid=saved-view-new-name]").await;
    page.js("const i = document.querySelector('[data-testid=saved-view-new-name]'); i.value = 'Autumn errors'; i.dispatchEvent(new Event('input', { bubbles: true }));").await;
    page.click("[data-testid=saved-view-rename-save]").await;
    page.wait(
        &format!("document.querySelector({:?}).innerText === 'Renamed to “Autumn errors”.'", saved_views::STATUS),
        "renamed",
    )
    .await;
    assert_eq!(views.names().await, ["Autumn errors"]);
    assert!(page.focus_is(saved_views::NAME).await, "focus has a home after the row changed");
    views.click_in_row("Autumn errors", "saved-view-delete").await;
    page.wait("document.querySelector('dialog[open] [data-testid=confirm-ok]') !== null", "the confirmation").await;
    page.click("dialog[open] [data-testid=confirm-ok]").await;
    page.wait(
        &format!("document.querySelector({:?}).innerText === 'Deleted “Autumn errors”.'", saved_views::STATUS),
        "deleted",
    )
    .await;
    assert_eq!(page.backend.get_json("/api/v1/views?list=orders", "demo-customer", None), serde_json::json!([]));
    assert!(page.text(saved_views::PANEL).await.contains("No saved views yet."));
    page.close().await;
}
