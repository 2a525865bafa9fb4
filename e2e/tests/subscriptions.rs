//! Subscriptions: the status reference, the list with filter and counts, the request
//! view, each allowed action with its failure path, read-only customers, unknown statuses.
use e2e::screens::subscriptions::Subscriptions;
use e2e::*;
use serde_json::json;

// Generated data: sub-00002, sub-00066 and sub-00098 are received requests the customer
// asked to cancel; sub-00018 is one without such a request; sub-00040 has a status this
// client does not know.
const CANCEL_REQUESTED: [&str; 3] = ["sub-00002", "sub-00066", "sub-00098"];

async fn wait_for_list(page: &Page) {
    page.wait("document.querySelectorAll('[data-testid=subscriptions-table] tr[data-subscription-id]').length > 0 && document.querySelector('[data-testid=subscriptions-table]').getAttribute('aria-busy') === 'false'", "subscription rows").await;
}

/// The status table of subscription-statuses.txt, copied word for word (its typography,
/// its blank cells and its missing spaces included): the app must say what it says.
const STATUS_TABLE: [(&str, &str, &str); 16] = [
    ("Draft", "A customer subscription is in draft mode but has not been submitted yet.", "View Request: When selecting the Viewing Request option from the subscriptions table list, a new page displays your customer’s request details.At this point in the flow, there’re no actions to trigger yet."),
    ("Subscription Request Received", "A customer subscription has been sent to the Service Provider team for review.", "When the customer requests cancellation, you can revert the request to in progress or submitted status instead of just canceling the request."),
    ("Generating Contract", "You are working on creating a contract for your customer.", ""),
    ("Contract Ready for Review", "Your contract is ready to send to your customer.", ""),
    ("Contract Signed", "The customer has accepted the contract you have generated.", ""),
    ("Provisioning in Progress", "The Service Provider is working on enabling the customer’s service.", "View Request: When selecting the Viewing Request option from the subscriptions table list, a new page displays your customer’s request details.Important: At this point in the flow, there’re no actions to trigger yet."),
    ("Active", "The customer’s subscription is now active, and they can start using your service.", "View Request: When selecting the Viewing Request option from the subscriptions table list, a new page displays your customer’s request details."),
    ("Expired", "The customer's subscription has expired based on your contract terms.", "View Request: See customer’s subscription request details to properly manage the request. At this point in the flow, there’re no more actions to trigger."),
    ("Pending Cancellation", "You requested to cancel the customer’s subscription.", "View Request: When selecting the Viewing Request option from the subscriptions table list, a new page displays your customer’s request details. At this point in the flow, there’re no more actions to trigger."),
    ("Canceled", "The customer’s subscription has been canceled.", "View Request: When selecting the Viewing Request option from the subscriptions table list, a new page displays your customer’s request details. At this point in the flow, there’re no more actions to trigger."),
    ("Decommissioning", "The customer’s service is getting deactivated.", "View Request: When selecting the Viewing Request option from the subscriptions table list, a new page displays your customer’s request details. At this point in the flow, there’re no more actions to trigger."),
    ("Provisioning Failed", "The customer’s service provisioning has failed.", ""),
    ("Denied", "The provisioning request has been denied.", "View Request: When selecting the Viewing Request option from the subscriptions table list, a new page displays your customer’s request details. At this point in the flow, there’re no more actions to trigger."),
    ("Validating", "The Service Provider is processing the customer request.", "View Request: When selecting the Viewing Request option from the subscriptions table list, a new page displays your customer’s request details. At this point in the flow, there’re no more actions to trigger."),
    ("Activating", "The customer’s service is getting activated for customer’s use.", "View Request: When selecting the Viewing Request option from the subscriptions table list, a new page displays your customer’s request details. At this point in the flow, there’re no more actions to trigger."),
    ("Activation Failed", "The customer’s service failed to get activated.", "View Request: When selecting the Viewing Request option from the subscriptions table list, a new page displays your customer’s request details. At this point in the flow, there’re no more actions to trigger."),
];

#[tokio::test]
async fn the_status_table_lists_all_sixteen_with_descriptions_and_actions() {
    let page = Page::open(SELLER, "/subscriptions").await;
    page.click("[data-testid=status-reference-link]").await;
    page.wait_for("[data-testid=subscription-status-table]").await;
    assert_eq!(page.count("[data-testid=subscription-status-table] tbody tr[data-status]").await, 16);
    let rows = page
        .js("return [...document.querySelectorAll('[data-testid=subscription-status-table] tbody tr')].map(r =>
               [...r.querySelectorAll('th, td')].map(c => c.textContent.trim()))")
        .await;
    let rows: Vec<Vec<String>> = serde_json::from_value(rows).unwrap();
    assert_eq!(rows.len(), STATUS_TABLE.len());
    for (row, (status, description, action)) in rows.iter().zip(STATUS_TABLE) {
        assert_eq!(row, &[status.to_string(), description.to_string(), action.to_string()]);
    }
    page.assert_accessible("subscription status table").await;
    page.close().await;
}

#[tokio::test]
async fn the_list_filters_by_status_with_counts_and_keeps_it_in_the_url() {
    let page = Page::open(SELLER, "/subscriptions").await;
    wait_for_list(&page).await;
    let option = page
        .js("return document.querySelector('[data-testid=subscription-status-filter] option[value=active]').innerText")
        .await;
    let count: u64 = option
        .as_str()
        .unwrap()
        .trim_start_matches("Active (")
        .trim_end_matches(')')
        .parse()
        .expect("a count per status");
    page.js("const s = document.querySelector('[data-testid=subscription-status-filter]'); s.value = 'active'; s.dispatchEvent(new Event('change'))").await;
    page.wait("location.search.includes('status=active')", "the filter in the URL").await;
    page.wait(
        &format!("document.querySelector('.oc-pager').innerText.includes('{count} in all')"),
        "the count matches the list",
    )
    .await;
    wait_for_list(&page).await;
    let statuses = Subscriptions(&page).status_keys().await;
    assert_eq!(statuses.len() as u64, count.min(25), "a full first page of the count");
    assert_every(&statuses, "filtered subscriptions", |s| s == "active");
    page.assert_accessible("subscriptions list").await;

    // Sorting and search are in the URL too.
    page.click("[data-testid=sort-quantity]").await;
    page.wait("location.search.includes('sort=quantity')", "sort").await;
    page.type_into("[data-testid=subscriptions-search]", "Cisco\n").await;
    page.wait("location.search.includes('q=Cisco')", "search").await;
    wait_for_list(&page).await;
    assert_every(&Subscriptions(&page).column("vendor").await, "searched vendors", |v| v == "Cisco");
    page.close().await;
}

#[tokio::test]
async fn a_status_the_client_does_not_know_is_shown_not_hidden() {
    let page = Page::open(SELLER, "/subscriptions").await;
    wait_for_list(&page).await;
    // Counted and filterable like any other, so "All statuses" adds up to the list.
    let option = page.js("return document.querySelector('[data-testid=subscription-status-filter] option[value=migrating]').innerText").await;
    assert_eq!(option, "Unknown: migrating (5)");
    let all = page
        .js("return document.querySelector('[data-testid=subscription-status-filter] option[value=\"\"]').innerText")
        .await;
    assert!(page.text(".oc-pager").await.contains(&format!(
        "{} in all",
        all.as_str().unwrap().trim_start_matches("All statuses (").trim_end_matches(')')
    )));
    page.goto("/subscriptions?q=sub-00040").await;
    wait_for_list(&page).await;
    assert_eq!(page.text("tr[data-subscription-id='sub-00040'] .oc-badge").await, "Unknown: migrating");
    page.click("tr[data-subscription-id='sub-00040'] [data-testid=view-request]").await;
    page.wait_for("[data-testid=request-fields]").await;
    assert!(page.text("[data-testid=request-status]").await.contains("Unknown: migrating"));
    page.close().await;
}

#[tokio::test]
async fn each_allowed_action_is_confirmed_and_changes_the_status() {
    let expected = [
        ("revert_to_in_progress", "Provisioning in Progress"),
        ("revert_to_submitted", "Subscription Request Received"),
        ("confirm_cancellation", "Pending Cancellation"),
    ];
    let page = Page::open(SELLER, "/subscriptions").await;
    for (id, (action, status)) in CANCEL_REQUESTED.iter().zip(expected) {
        page.goto(&format!("/subscriptions/{id}")).await;
        page.wait_for("[data-testid=cancellation-requested]").await;
        assert_eq!(page.count("[data-testid=subscription-actions] button[data-testid^=action-]").await, 3);
        // Cancel in the dialog changes nothing.
        page.click(&format!("[data-testid=action-{action}]")).await;
        page.wait("document.querySelector('[data-testid=action-confirm]').open", "the confirmation").await;
        page.click("[data-testid=confirm-cancel]").await;
        page.wait("!document.querySelector('[data-testid=action-confirm]').open", "dialog closed").await;
        assert!(page.text("[data-testid=request-status]").await.contains("Subscription Request Received"));
        // Confirm runs it; the confirmation says what it does to the status.
        page.click(&format!("[data-testid=action-{action}]")).await;
        page.wait("document.querySelector('[data-testid=action-confirm]').open", "the confirmation").await;
        let said = page.text("[data-testid=action-confirm] p").await;
        assert!(said.contains(status), "{said}");
        if action == "revert_to_submitted" {
            assert!(said.contains("without the cancellation request"), "{said}");
        }
        page.click("[data-testid=confirm-ok]").await;
        page.wait(
            &format!("document.querySelector('[data-testid=request-status]').innerText.includes('{status}')"),
            status,
        )
        .await;
        let done = page.text("[data-testid=action-done]").await;
        assert!(done.contains(status), "{done}");
        if action.starts_with("revert") {
            assert!(done.contains("cancellation request is withdrawn"), "a visible change: {done}");
        }
        assert_eq!(page.count("[data-testid=cancellation-requested]").await, 0);
    }
    page.close().await;
}

#[tokio::test]
async fn a_failed_action_says_why_and_leaves_the_status() {
    let page = Page::open(SELLER, "/subscriptions/sub-00002").await;
    page.backend
        .fault(json!({"path": "/api/v1/subscriptions/sub-00002/actions", "method": "POST", "status": 500, "times": 1}));
    page.click("[data-testid=action-revert_to_in_progress]").await;
    page.wait("document.querySelector('[data-testid=action-confirm]').open", "the confirmation").await;
    page.click("[data-testid=confirm-ok]").await;
    let notice = page.text("[data-testid=subscription-actions] [data-testid=error-notice]").await;
    assert!(notice.contains("Changing the status failed"), "{notice}");
    assert!(page.text("[data-testid=status-unchanged]").await.contains("unchanged"));
    assert!(page.text("[data-testid=request-status]").await.contains("Subscription Request Received"));
    let (_, body) = page.backend.request(
        "GET",
        "/api/v1/subscriptions/sub-00002",
        &[("Authorization", "Bearer demo-seller")],
        None,
    );
    assert!(body.contains("\"status\":\"subscription_request_received\""), "server unchanged too");
    page.close().await;
}

#[tokio::test]
async fn a_request_without_a_cancellation_request_has_no_state_changes() {
    let page = Page::open(SELLER, "/subscriptions/sub-00018").await;
    assert!(page.text("[data-testid=no-actions]").await.contains("No action changes the status"));
    page.close().await;
}

#[tokio::test]
async fn customers_see_only_their_subscriptions_read_only() {
    let page = Page::open(CUSTOMER_ADMIN, "/subscriptions?page_size=100").await;
    wait_for_list(&page).await;
    assert!(page.text("[data-testid=read-only-note]").await.contains("Read-only"));
    assert_every(&Subscriptions(&page).column("customer").await, "customers", |c| c == "Contoso Ltd");
    page.goto("/subscriptions/sub-00002").await;
    page.wait_for("[data-testid=request-fields]").await;
    assert!(page.text("[data-testid=read-only-note]").await.contains("only your seller"));
    assert_eq!(page.count("[data-testid=subscription-actions]").await, 0);
    page.expect_failed_requests(); // the 404 of another organisation's subscription
    page.goto("/subscriptions/sub-00066").await;
    let notice = page.text("[data-testid=error-notice]").await;
    assert!(notice.contains("not found"), "another organisation's subscription: {notice}");
    page.close().await;
}

/// Dates in the customer's request read in the user's locale, not as the API's ISO text.
#[tokio::test]
async fn request_dates_are_shown_in_the_users_locale() {
    let page = Page::open(SELLER, "/subscriptions/sub-00002").await;
    page.wait_for("[data-testid=request-fields]").await;
    let fields = page
        .js("return Object.fromEntries([...document.querySelectorAll('[data-testid=request-fields] dt')]
               .map(dt => [dt.textContent, dt.nextElementSibling.textContent]))")
        .await;
    let requested_on = fields["Requested on"].as_str().unwrap();
    assert!(!requested_on.contains('-') && requested_on.split(' ').count() == 3, "{requested_on}");
    let (_, body) = page.backend.request(
        "GET",
        "/api/v1/subscriptions/sub-00002",
        &[("Authorization", "Bearer demo-seller")],
        None,
    );
    let sent: serde_json::Value = serde_json::from_str(&body).unwrap();
    let iso =
        sent["request"].as_array().unwrap().iter().find(|f| f["label"] == "Requested on").unwrap()["value"].clone();
    let expected = page
        .js(&format!("return new Intl.DateTimeFormat(navigator.language, {{dateStyle: 'medium', timeZone: 'UTC'}}).format(new Date({iso}))"))
        .await;
    assert_eq!(requested_on, expected);
    page.close().await;
}

/// A customer reads the status in words meant for the customer, not the provider's.
#[tokio::test]
async fn customers_read_status_words_meant_for_them() {
    let page = Page::open(CUSTOMER, "/subscriptions?status=pending_cancellation").await;
    wait_for_list(&page).await;
    page.click("tr[data-subscription-id] [data-testid=view-request]").await;
    let status = page.text("[data-testid=request-status]").await;
    assert!(
        status.contains("Pending Cancellation") && status.contains("Your subscription is being cancelled."),
        "{status}"
    );
    assert!(!status.contains("You requested to cancel the customer"), "{status}");
    page.close().await;
}

/// A seller tells a request to cancel from any other received request at a glance: the
/// marker is on exactly the rows whose request is a cancellation, and the filter keeps
/// only those, its count saying how many beforehand.
#[tokio::test]
async fn the_cancellation_marker_is_on_exactly_the_requests_to_cancel() {
    use e2e::screens::subscriptions::{CANCELLATION_FILTER, CANCELLATION_MARKER};
    let path = "/subscriptions?status=subscription_request_received&page_size=100";
    let page = Page::open(SELLER, path).await;
    wait_for_list(&page).await;
    let api = page.backend.get_json(&format!("/api/v1{path}"), "demo-seller", None);
    let rows = api["items"].as_array().unwrap();
    let requested: Vec<String> = rows
        .iter()
        .filter(|s| s["cancellation_requested"] == true)
        .map(|s| s["id"].as_str().unwrap().to_string())
        .collect();
    for id in CANCEL_REQUESTED {
        assert!(requested.contains(&id.to_string()), "the seed's {id} asks to cancel");
    }
    assert!(requested.len() < rows.len(), "some received requests are not cancellations");
    let list = Subscriptions(&page);
    assert_eq!(list.ids().await.len(), rows.len());
    assert_eq!(list.marked_ids().await, requested, "marked rows are the requests to cancel");
    assert_every(&page.texts(CANCELLATION_MARKER).await, "markers", |text| text == "Cancellation requested");
    page.assert_accessible("received requests with markers").await;

    let label =
        page.js(&format!("return document.querySelector({CANCELLATION_FILTER:?}).closest('label').innerText")).await;
    assert_eq!(label.as_str().unwrap().trim(), format!("Cancellation requested ({})", requested.len()));
    page.tab_to(CANCELLATION_FILTER).await;
    page.press(Key::Space).await;
    page.wait("location.search.includes('cancellation_requested=true')", "the filter in the address").await;
    page.wait(
        &format!("document.querySelectorAll('tr[data-subscription-id]').length === {} && document.querySelector('[data-testid=subscriptions-table]').getAttribute('aria-busy') === 'false'", requested.len()),
        "only the requests to cancel",
    )
    .await;
    assert_eq!(list.ids().await, requested);
    assert_eq!(list.marked_ids().await, requested, "every row left is marked");
    assert!(page.focus_is(CANCELLATION_FILTER).await, "the box keeps focus");
    page.close().await;
}

/// The right voice for the role: a customer's status page speaks to the customer (and
/// lists no provider's actions); a seller user is told a seller admin changes statuses.
#[tokio::test]
async fn each_role_is_told_what_is_meant_for_it() {
    let page = Page::open(CUSTOMER, "/subscriptions/statuses").await;
    page.wait_for("[data-testid=subscription-status-table] tr[data-status]").await;
    let cells = page
        .js("return [...document.querySelectorAll('[data-testid=subscription-status-table] tbody tr')].map(r => r.querySelectorAll('th, td').length)")
        .await;
    let cells: Vec<u64> = serde_json::from_value(cells).unwrap();
    assert_eq!(cells.len(), 16);
    assert_every(&cells, "rows of status and meaning only", |n| *n == 2);
    let table = page.text("[data-testid=subscription-status-table]").await;
    assert!(table.contains("Your subscription is being cancelled."), "{table}");
    assert!(!table.contains("your customer") && !table.contains("customer’s"), "no provider's words: {table}");
    page.assert_accessible("status page for a customer").await;
    page.close().await;

    let page = Page::open("seller-user", "/subscriptions?page_size=100").await;
    wait_for_list(&page).await;
    assert_eq!(
        page.text("[data-testid=read-only-note]").await,
        "Read-only: you are signed in as Seller user. Only a seller admin can change the status of subscriptions."
    );
    page.click("tr[data-subscription-id] [data-testid=view-request]").await;
    page.wait_for("[data-testid=request-fields]").await;
    let note = page.text("[data-testid=read-only-note]").await;
    assert!(note.contains("Only a seller admin can change") && !note.contains("your seller"), "{note}");
    page.close().await;
}
