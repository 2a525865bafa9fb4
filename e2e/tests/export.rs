//! Export CSV: the list on screen (view, filters, sort), every page, as the API streams
//! it; the role rule for markup; formula-like cells defused; progress, cancel and retry.
use e2e::screens::export::{self, Export};
use e2e::*;
use serde_json::{json, Value};

const HEADER: [&str; 12] = [
    "order_number",
    "created_at",
    "status",
    "created_by",
    "created_by_organization",
    "requested_changes",
    "items",
    "total",
    "currency",
    "failure_reason",
    "required_action",
    "latest_note",
];

/// Keeps every Blob the page turns into a download, so the test can read the file.
const CAPTURE_DOWNLOADS: &str = "window.__downloads = []; const made = URL.createObjectURL;
    URL.createObjectURL = b => { window.__downloads.push(b); return made.call(URL, b); };";

/// Records as a spreadsheet reads them (RFC 4180: quoted cells may hold commas, quotes,
/// line breaks), every record with the same number of cells.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    assert!(text.ends_with("\r\n"), "the file ends with a line break");
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(text.as_bytes());
    reader.records().map(|record| record.expect("an RFC 4180 record").iter().map(String::from).collect()).collect()
}

/// The exported file's text, once the export says it is done.
async fn exported(page: &Page, downloads_before: u64) -> String {
    page.wait(
        &format!("window.__downloads.length > {downloads_before} && document.querySelector('[data-testid=orders-export-status]').dataset.state === 'done'"),
        "the export to finish",
    )
    .await;
    let text = page
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1]; window.__downloads[window.__downloads.length - 1].text().then(done);",
            vec![],
        )
        .await
        .unwrap();
    text.as_str().unwrap().to_string()
}

/// The first bytes of the last exported file, as saved (a Blob's `text()` drops a BOM).
async fn first_bytes(page: &Page) -> Vec<u64> {
    let bytes = page
        .client
        .execute_async(
            "const done = arguments[arguments.length - 1]; window.__downloads[window.__downloads.length - 1].slice(0, 3).arrayBuffer().then(b => done([...new Uint8Array(b)]));",
            vec![],
        )
        .await
        .unwrap();
    bytes.as_array().unwrap().iter().map(|b| b.as_u64().unwrap()).collect()
}

/// The list's total, from the pager ("Page 1 of 12 · 287 in all").
async fn list_total(page: &Page) -> usize {
    let pager = page.text(".oc-pager span").await;
    let after = pager.rsplit('·').next().unwrap();
    after.chars().filter(char::is_ascii_digit).collect::<String>().parse().unwrap()
}

#[tokio::test]
async fn a_customer_exports_exactly_the_filtered_list_without_markup_and_with_formulas_defused() {
    let page = Page::open(CUSTOMER, "/orders?view=historical&state=active&sort=number&dir=asc&page_size=10").await;
    page.wait_for_rows().await;
    let first = page.order_ids().await[0].clone();
    let formula = r#"=HYPERLINK("http://example.com","open me")"#;
    let (status, _) = page.backend.request(
        "POST",
        &format!("/api/v1/orders/{first}/notes"),
        &[("Authorization", "Bearer demo-customer")],
        Some(&json!({ "text": formula })),
    );
    assert_eq!(status, 201, "note added behind the UI's back");
    let total = list_total(&page).await;
    assert!(total > 10, "the view has more than one page ({total})");
    let on_screen = page.texts("[data-testid=order-link]").await;

    page.js(CAPTURE_DOWNLOADS).await;
    page.click("[data-testid=orders-export]").await;
    let text = exported(&page, 0).await;
    assert_eq!(first_bytes(&page).await, [0xEF, 0xBB, 0xBF], "a UTF-8 byte-order mark, for Excel");
    let records = parse_csv(&text);
    assert_eq!(records[0], HEADER, "the header row");
    let rows = &records[1..];
    assert_eq!(rows.len(), total, "every page of the list, and nothing else");
    // The platform's change cells start with a letter or a digit: nothing a spreadsheet
    // would read as a formula, and no defusing quote either.
    let changes: Vec<&str> = rows.iter().flat_map(|r| r[5].split("; ")).filter(|c| !c.is_empty()).collect();
    assert!(!changes.is_empty(), "the file has requested changes");
    assert_every(&changes, "change cells starting with a letter or digit", |c| {
        c.chars().next().is_some_and(char::is_alphanumeric)
    });
    assert!(changes.iter().any(|c| c.contains(" added: ") || c.contains(" removed: ")), "{changes:?}");
    assert_eq!(
        page.text("[data-testid=orders-export-status]").await,
        format!("Exported {total} orders."),
        "the status says how many"
    );
    // In the list's order: the first page is the file's first rows.
    for (row, link) in rows.iter().zip(&on_screen) {
        assert!(link.ends_with(&row[0]), "{link} is order {}", row[0]);
    }
    assert_every(rows, "active rows", |r| r[2] != "Draft" && !r[2].is_empty());
    assert_every(rows, "rows with ISO dates", |r| r[1].len() >= 20 && r[1].as_bytes()[10] == b'T');
    assert_every(rows, "rows with a decimal and a currency", |r| r[7].parse::<f64>().is_ok() && r[8].len() == 3);
    assert!(!text.contains("Markup"), "a customer's export has no markup");
    // The note is shown as text by a spreadsheet: a quote before the formula.
    let noted = rows.iter().find(|r| page_id_matches(r, &first)).expect("the noted order is in the file");
    assert_eq!(noted[11], format!("'{formula}"));
    assert!(text.contains(r#""'=HYPERLINK(""http://example.com"",""open me"")""#), "quoted as RFC 4180 says");
    page.assert_accessible("orders after an export").await;
    page.close().await;
}

/// Order ids are the order numbers in the stand-in's data.
fn page_id_matches(row: &[String], id: &str) -> bool {
    row[0] == id
}

#[tokio::test]
async fn a_seller_in_customer_view_sees_markup_and_an_export_can_be_cancelled_and_retried() {
    let page = Page::open(SELLER_IN_CUSTOMER_VIEW, "/orders?page_size=10").await;
    page.wait_for_rows().await;
    let total = list_total(&page).await;
    page.js(CAPTURE_DOWNLOADS).await;

    // Slow: progress shows and cancel stops it; nothing is saved.
    page.backend.fault(json!({"path": "/api/v1/orders/export", "latency_ms": 3000, "times": 1}));
    page.click("[data-testid=orders-export]").await;
    page.wait("document.querySelector('[data-testid=orders-export-status]').dataset.state === 'running'", "running")
        .await;
    assert!(page.text("[data-testid=orders-export-status]").await.starts_with("Exporting"));
    page.click("[data-testid=orders-export-cancel]").await;
    page.wait(
        "document.querySelector('[data-testid=orders-export-status]').dataset.state === 'cancelled'",
        "cancelled",
    )
    .await;
    assert_eq!(page.text("[data-testid=orders-export-status]").await, "Export cancelled.");
    assert_eq!(page.js("return window.__downloads.length").await, 0);

    // A failure says so and offers a retry, which works; a double click exports once.
    page.backend.fault(json!({"path": "/api/v1/orders/export", "status": 500, "times": 1}));
    page.click("[data-testid=orders-export]").await;
    page.wait("document.querySelector('[data-testid=orders-export-status]').dataset.state === 'failed'", "failed")
        .await;
    assert!(page
        .text("[data-testid=orders-export-status]")
        .await
        .starts_with("The export failed and no file was saved."));
    assert_eq!(page.text("[data-testid=orders-export]").await, "Try the export again");
    page.js("const b = document.querySelector('[data-testid=orders-export]'); b.click(); b.click();").await;
    let text = exported(&page, 0).await;
    let records = parse_csv(&text);
    assert_eq!(records.len() - 1, total);
    assert!(text.contains("Markup change"), "a seller's export has the markup lines");
    let (_, counts) = page.backend.request("GET", "/__dev/requests", &[], None);
    let counts: Value = serde_json::from_str(&counts).unwrap();
    assert_eq!(counts["/api/v1/orders/export"], 3, "cancelled, failed, and one for the double click");
    page.close().await;
}

/// An export is complete or it failed: a file cut short, an answer that is not CSV, or
/// one that does not say how many orders it holds is never saved as if whole.
#[tokio::test]
async fn a_cut_or_foreign_answer_fails_the_export_and_saves_no_file() {
    let page = Page::open(CUSTOMER, "/orders").await;
    page.wait_for_rows().await;
    let total = list_total(&page).await;
    assert!(total > 100, "enough orders to cut the file short ({total})");
    page.js(CAPTURE_DOWNLOADS).await;
    let export = Export(&page);

    // Cut cleanly after the header and 86 orders, as a proxy closing early would.
    page.backend.fault(json!({"path": "/api/v1/orders/export", "cut_after_lines": 87, "times": 1}));
    page.click(export::BUTTON).await;
    let said = export.wait_for("failed").await;
    assert_eq!(
        said,
        format!("The export failed and no file was saved. The download stopped after 86 of {total} orders.")
    );
    assert_eq!(page.text(export::BUTTON).await, "Try the export again");

    // A gateway's HTML page with status 200, and an empty CSV answer without a count.
    page.backend.fault(json!({"path": "/api/v1/orders/export", "content_type": "text/html; charset=utf-8",
        "body": "<html><body>Bad gateway</body></html>", "times": 1}));
    page.click(export::BUTTON).await;
    let said = export.wait_for("failed").await;
    assert_eq!(
        said,
        "The export failed and no file was saved. The server sent something other than a CSV file (text/html; charset=utf-8)."
    );
    page.backend.fault(json!({"path": "/api/v1/orders/export", "content_type": "text/csv", "body": "", "times": 1}));
    page.click(export::BUTTON).await;
    let said = export.wait_for("failed").await;
    assert_eq!(said, "The export failed and no file was saved. The server did not say how many orders it would send.");
    assert_eq!(page.js("return window.__downloads.length").await, 0, "no file saved for any of them");

    // The retry then exports the whole list.
    page.click(export::BUTTON).await;
    let text = exported(&page, 0).await;
    assert_eq!(parse_csv(&text).len() - 1, total);
    assert_eq!(page.text(export::STATUS).await, format!("Exported {total} orders."));
    page.close().await;
}

/// A server that stops sending is named after five seconds, can be cancelled, and fails
/// the export after thirty seconds without a byte.
#[tokio::test]
async fn a_stalled_export_says_so_can_be_cancelled_and_gives_up_after_thirty_seconds() {
    let page = Page::open(CUSTOMER, "/orders").await;
    page.wait_for_rows().await;
    page.js(CAPTURE_DOWNLOADS).await;
    let export = Export(&page);

    page.backend.fault(json!({"path": "/api/v1/orders/export", "stall_after_lines": 11, "times": 1}));
    page.click(export::BUTTON).await;
    export.wait_for("running").await;
    tokio::time::sleep(std::time::Duration::from_secs(3)).await;
    assert_eq!(export.state().await, "running", "quiet for the first seconds");
    let said = export.wait_for("stalled").await;
    assert!(said.starts_with("Still waiting for the server…"), "{said}");
    page.click(export::CANCEL).await;
    assert_eq!(export.wait_for("cancelled").await, "Export cancelled.");

    page.backend.fault(json!({"path": "/api/v1/orders/export", "stall_after_lines": 0, "times": 1}));
    page.click(export::BUTTON).await;
    export.wait_for("stalled").await;
    let started = std::time::Instant::now();
    page.wait_long(
        "document.querySelector('[data-testid=orders-export-status]').dataset.state === 'failed'",
        "the export to give up",
        std::time::Duration::from_secs(40),
    )
    .await;
    assert!(started.elapsed() >= std::time::Duration::from_secs(20), "not before thirty seconds in all");
    assert_eq!(
        page.text(export::STATUS).await,
        "The export failed and no file was saved. The server sent nothing for 30 seconds."
    );
    assert_eq!(page.js("return window.__downloads.length").await, 0);
    page.close().await;
}

/// A session that expires during an export goes through the host's renewal and the
/// export goes on; without a renewal the export says the session expired.
#[tokio::test]
async fn an_export_on_an_expired_session_renews_it_or_says_it_expired() {
    // The partner portal renews its token when told the session expired.
    let page = Page::new(browser((1280, 900), &[]).await, Backend::start(300));
    page.client.goto(&format!("{}/partner/console/orders", page.backend.url)).await.unwrap();
    page.wait("document.body.dataset.consoleReady === 'de'", "the console").await;
    page.wait_for_rows().await;
    page.expect_failed_requests(); // the 401 that starts the renewal
    page.js(CAPTURE_DOWNLOADS).await;
    page.backend.request("POST", "/__dev/tokens/expire", &[], Some(&json!({"token": "demo-seller"})));
    page.click(export::BUTTON).await;
    let text = exported(&page, 0).await;
    assert_eq!(parse_csv(&text).len() - 1, list_total(&page).await, "the whole list after the renewal");
    page.close().await;

    // The demo page renews nothing.
    let page = Page::open(CUSTOMER, "/orders").await;
    page.wait_for_rows().await;
    page.expect_failed_requests();
    page.js(CAPTURE_DOWNLOADS).await;
    page.backend.request("POST", "/__dev/tokens/expire", &[], Some(&json!({"token": "demo-customer"})));
    page.click(export::BUTTON).await;
    page.wait_long(
        "document.querySelector('[data-testid=orders-export-status]').dataset.state === 'failed'",
        "the export to fail",
        std::time::Duration::from_secs(20),
    )
    .await;
    assert_eq!(
        page.text(export::STATUS).await,
        "The export failed and no file was saved. Your session has expired. Sign in again. \
         (The session token has expired. Sign in again.)"
    );
    assert_eq!(page.js("return window.__downloads.length").await, 0);
    page.close().await;
}

/// The export of a filtered view (two statuses and a date range, chosen with the filter
/// controls) holds exactly the orders the filtered list counts, and no other.
#[tokio::test]
async fn the_export_of_a_filtered_view_has_exactly_the_filtered_total() {
    use e2e::screens::filters::{self, Filters};
    let page = Page::open(CUSTOMER, "/orders?view=historical&page_size=10").await;
    page.wait_for_rows().await;
    let filters = Filters(&page);
    filters.open().await;
    filters.toggle_status("completed").await;
    filters.toggle_status("in_progress").await;
    let (from, to) = ("2026-01-01", "2026-10-31");
    filters.set_date(filters::FROM, from).await;
    filters.set_date(filters::TO, to).await;
    let query = format!("view=historical&status=in_progress,completed&from={from}&to={to}");
    let api = page.backend.get_json(&format!("/api/v1/orders?{query}&page_size=10"), "demo-customer", None);
    let total = api["total"].as_u64().unwrap() as usize;
    let everything = page.backend.get_json("/api/v1/orders?view=historical", "demo-customer", None);
    assert!(
        total > 10 && (total as u64) < everything["total"].as_u64().unwrap(),
        "a filter that narrows, over pages: {total}"
    );
    page.wait(&format!("document.querySelector('.oc-pager span').innerText.includes('{total}')"), "the filtered total")
        .await;
    assert_eq!(list_total(&page).await, total);

    page.js(CAPTURE_DOWNLOADS).await;
    page.click(export::BUTTON).await;
    let records = parse_csv(&exported(&page, 0).await);
    let rows = &records[1..];
    assert_eq!(rows.len(), total, "exactly the filtered total");
    assert_every(rows, "rows in the chosen statuses", |r| r[2] == "Completed" || r[2] == "In progress");
    assert_every(rows, "rows in the date range", |r| (from..="2026-10-31T23:59:59Z").contains(&r[1].as_str()));
    assert_eq!(Export(&page).state().await, "done");
    page.close().await;
}

/// The file is named after the day the user exported on, in their own time zone: far
/// east of UTC and far west of it, at least one of which is on another date than UTC.
#[tokio::test]
async fn the_files_name_carries_the_users_date_not_utcs() {
    let page = Page::open(CUSTOMER, "/orders?view=historical&page_size=10").await;
    page.wait_for_rows().await;
    page.js(CAPTURE_DOWNLOADS).await;
    page.js(
        "window.__names = []; HTMLAnchorElement.prototype.click = function () { window.__names.push(this.download); };",
    )
    .await;
    let mut dates = Vec::new();
    for (n, zone) in ["Pacific/Kiritimati", "Pacific/Pago_Pago"].into_iter().enumerate() {
        let override_zone = Cdp { command: "Emulation.setTimezoneOverride", params: json!({ "timezoneId": zone }) };
        page.client.issue_cmd(override_zone).await.expect("the time zone override");
        page.click("[data-testid=orders-export]").await;
        page.wait(&format!("window.__names.length > {n}"), "the file to be saved").await;
        let name = page.js(&format!("return window.__names[{n}]")).await;
        let local = page
            .js("const d = new Date(); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`")
            .await;
        assert_eq!(name, format!("orders-historical-{}.csv", local.as_str().unwrap()), "in {zone}");
        dates.push(local.as_str().unwrap().to_string());
    }
    assert_ne!(dates[0], dates[1], "the two zones are on different dates, so one of them is not UTC's");
    page.close().await;
}
