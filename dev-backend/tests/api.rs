//! The stand-in backend against its contract: roles, markup, paging, persistence, faults.
use std::path::PathBuf;
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::http::{Request, StatusCode};
use axum::Router;
use dev_backend::{app, data, store::Store, AppState};
use http_body_util::BodyExt;
use serde_json::{json, Value};
use tower::ServiceExt;

fn server_with(file: Option<PathBuf>) -> Router {
    let store = Store::open(data::generate(42, 2_000), file).unwrap();
    app(AppState::new(store, 0), None)
}

fn server() -> Router {
    server_with(None)
}

async fn call(
    router: &Router,
    method: &str,
    uri: &str,
    token: &str,
    headers: &[(&str, &str)],
    body: Option<Value>,
) -> (StatusCode, String) {
    let mut request = Request::builder().method(method).uri(uri).header("authorization", format!("Bearer {token}"));
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let request = match body {
        Some(body) => request.header("content-type", "application/json").body(Body::from(body.to_string())),
        None => request.body(Body::empty()),
    }
    .unwrap();
    let response = router.clone().oneshot(request).await.unwrap();
    let status = response.status();
    let bytes = response.into_body().collect().await.unwrap().to_bytes();
    (status, String::from_utf8_lossy(&bytes).into_owned())
}

async fn json_of(router: &Router, uri: &str, token: &str, headers: &[(&str, &str)]) -> Value {
    let (status, body) = call(router, "GET", uri, token, headers, None).await;
    assert_eq!(status, StatusCode::OK, "{uri}: {body}");
    serde_json::from_str(&body).unwrap()
}

const CONTOSO: (&str, &str) = ("x-on-behalf-of", "org-contoso");

fn ids(page: &Value) -> Vec<String> {
    page["items"].as_array().unwrap().iter().map(|o| o["id"].as_str().unwrap().to_string()).collect()
}

#[tokio::test]
async fn customers_see_only_their_organisation() {
    let router = server();
    let page = json_of(&router, "/api/v1/orders?page_size=100", "demo-customer", &[]).await;
    // Contoso owns every fifth generated order.
    assert!(ids(&page).iter().all(|id| id.parse::<u64>().unwrap() % 5 == 0));
    let (status, _) = call(&router, "GET", "/api/v1/orders/100001", "demo-customer", &[], None).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) =
        call(&router, "GET", "/api/v1/orders", "demo-customer", &[("x-on-behalf-of", "org-fabrikam")], None).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn sellers_need_customer_view_for_orders_and_unknown_tokens_are_refused() {
    let router = server();
    let (status, body) = call(&router, "GET", "/api/v1/orders", "demo-seller", &[], None).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(body.contains("customer_view_required"));
    let session = json_of(&router, "/api/v1/session", "demo-seller", &[CONTOSO]).await;
    assert_eq!(session["acting_for"]["name"], "Contoso Ltd");
    let (status, body) = call(&router, "GET", "/api/v1/session", "forged", &[], None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(serde_json::from_str::<Value>(&body).unwrap()["error"]["message"].is_string());
}

#[tokio::test]
async fn markup_is_stripped_for_customer_roles_and_markup_only_orders_hidden() {
    let router = server();
    // Order 100030 (index 30) changes only markup and belongs to Contoso.
    let seller = json_of(&router, "/api/v1/orders/100030", "demo-seller", &[CONTOSO]).await;
    assert!(seller["changes"].as_array().unwrap().iter().all(|c| c["kind"] == "markup_change"));
    for token in ["demo-customer", "demo-customer-admin"] {
        let (status, _) = call(&router, "GET", "/api/v1/orders/100030", token, &[], None).await;
        assert_eq!(status, StatusCode::NOT_FOUND, "{token}");
        for view in ["recent", "historical"] {
            let mut page_number = 1;
            loop {
                let page = json_of(
                    &router,
                    &format!("/api/v1/orders?view={view}&page_size=100&page={page_number}"),
                    token,
                    &[],
                )
                .await;
                for order in page["items"].as_array().unwrap() {
                    assert_ne!(order["id"], "100030");
                    assert!(
                        order["changes"].as_array().unwrap().iter().all(|c| c["kind"] != "markup_change"),
                        "{token} saw markup"
                    );
                }
                if page_number * 100 >= page["total"].as_u64().unwrap() {
                    break;
                }
                page_number += 1;
            }
        }
    }
    let seller_total =
        json_of(&router, "/api/v1/orders?view=recent", "demo-seller", &[CONTOSO]).await["total"].as_u64().unwrap();
    let customer_total =
        json_of(&router, "/api/v1/orders?view=recent", "demo-customer", &[]).await["total"].as_u64().unwrap();
    assert!(customer_total < seller_total, "markup-only orders are not counted for customers");
}

#[tokio::test]
async fn filtering_sorting_and_paging_happen_on_the_server() {
    let router = server();
    let first = json_of(&router, "/api/v1/orders?page_size=10", "demo-customer", &[]).await;
    let second = json_of(&router, "/api/v1/orders?page_size=10&page=2", "demo-customer", &[]).await;
    assert_eq!(ids(&first).len(), 10);
    assert_eq!(first["total"], second["total"]);
    assert!(ids(&first).iter().all(|id| !ids(&second).contains(id)));
    let dates: Vec<String> =
        first["items"].as_array().unwrap().iter().map(|o| o["created_at"].as_str().unwrap().to_string()).collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "newest first by default");
    let ascending = json_of(&router, "/api/v1/orders?sort=number&dir=asc&page_size=10", "demo-customer", &[]).await;
    let numbers: Vec<u64> = ids(&ascending).iter().map(|id| id.parse().unwrap()).collect();
    assert!(numbers.windows(2).all(|w| w[0] < w[1]));
    let drafts =
        json_of(&router, "/api/v1/orders?view=historical&state=draft&page_size=100", "demo-customer", &[]).await;
    assert!(drafts["items"].as_array().unwrap().iter().all(|o| o["status"] == "draft"));
    assert!(drafts["total"].as_u64().unwrap() > 0);
    let searched = json_of(&router, "/api/v1/orders?q=copilot&page_size=100", "demo-customer", &[]).await;
    assert!(searched["items"].as_array().unwrap().iter().all(|o| o.to_string().to_lowercase().contains("copilot")));
    let past_the_end = json_of(&router, "/api/v1/orders?page=9999", "demo-customer", &[]).await;
    assert_eq!(ids(&past_the_end).len(), 0);
}

#[tokio::test]
async fn notes_persist_across_a_restart_and_a_repeated_submit_adds_one() {
    let dir = std::env::temp_dir().join(format!("oc-backend-test-{}", std::process::id()));
    let file = dir.join("writes.json");
    let _ = std::fs::remove_dir_all(&dir);
    {
        let router = server_with(Some(file.clone()));
        let key = [("idempotency-key", "abc")];
        let body = Some(json!({"text": "  Please call me back  "}));
        let (first, _) =
            call(&router, "POST", "/api/v1/orders/100000/notes", "demo-customer", &key, body.clone()).await;
        let (again, _) = call(&router, "POST", "/api/v1/orders/100000/notes", "demo-customer", &key, body).await;
        assert_eq!((first, again), (StatusCode::CREATED, StatusCode::OK));
        let (empty, _) =
            call(&router, "POST", "/api/v1/orders/100000/notes", "demo-customer", &[], Some(json!({"text": "   "})))
                .await;
        assert_eq!(empty, StatusCode::UNPROCESSABLE_ENTITY);
        let (garbage, _) =
            call(&router, "POST", "/api/v1/orders/100000/notes", "demo-customer", &[], Some(json!({"txt": 1}))).await;
        assert_eq!(garbage, StatusCode::UNPROCESSABLE_ENTITY);
    }
    let restarted = server_with(Some(file));
    let notes = json_of(&restarted, "/api/v1/orders/100000/notes", "demo-customer", &[]).await;
    let texts: Vec<&str> = notes.as_array().unwrap().iter().map(|n| n["text"].as_str().unwrap()).collect();
    assert_eq!(texts.iter().filter(|t| **t == "Please call me back").count(), 1);
    let order = json_of(&restarted, "/api/v1/orders/100000", "demo-customer", &[]).await;
    assert_eq!(order["latest_note"], "Please call me back");
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn each_fault_mode_can_be_injected() {
    let router = server();
    let (status, body) =
        call(&router, "GET", "/api/v1/orders", "demo-customer", &[("x-fault", "status=503")], None).await;
    assert_eq!(status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(serde_json::from_str::<Value>(&body).unwrap()["error"]["code"], "injected_fault");
    let (status, body) =
        call(&router, "GET", "/api/v1/orders", "demo-customer", &[("x-fault", "malformed")], None).await;
    assert_eq!(status, StatusCode::OK);
    assert!(serde_json::from_str::<Value>(&body).is_err());
    let started = Instant::now();
    call(&router, "GET", "/api/v1/session", "demo-customer", &[("x-fault", "latency=300")], None).await;
    assert!(started.elapsed() >= Duration::from_millis(300));
    // A rule from the control endpoint applies to the next matching request only.
    let rule = json!({"path": "/api/v1/orders", "method": "GET", "status": 500, "times": 1});
    let (status, _) = call(&router, "POST", "/__dev/faults", "", &[], Some(rule)).await;
    assert_eq!(status, StatusCode::NO_CONTENT);
    let (first, _) = call(&router, "GET", "/api/v1/orders", "demo-customer", &[], None).await;
    let (second, _) = call(&router, "GET", "/api/v1/orders", "demo-customer", &[], None).await;
    assert_eq!((first, second), (StatusCode::INTERNAL_SERVER_ERROR, StatusCode::OK));
}

#[tokio::test]
async fn subscription_actions_follow_the_status_rules() {
    let router = server();
    let list = json_of(
        &router,
        "/api/v1/subscriptions?status=subscription_request_received&page_size=100",
        "demo-seller",
        &[],
    )
    .await;
    let items = list["items"].as_array().unwrap();
    let requested = items.iter().find(|s| s["cancellation_requested"] == true).expect("a cancellation request");
    let plain = items.iter().find(|s| s["cancellation_requested"] == false).expect("a plain request");
    let uri = |s: &Value| format!("/api/v1/subscriptions/{}/actions", s["id"].as_str().unwrap());
    let revert = Some(json!({"action": "revert_to_in_progress"}));
    let (status, _) = call(&router, "POST", &uri(plain), "demo-seller", &[], revert.clone()).await;
    assert_eq!(status, StatusCode::CONFLICT);
    let (status, _) = call(&router, "POST", &uri(requested), "demo-customer-admin", &[], revert.clone()).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, body) = call(&router, "POST", &uri(requested), "demo-seller", &[], revert).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(serde_json::from_str::<Value>(&body).unwrap()["status"], "provisioning_in_progress");
    // All 16 known statuses, then the generated one newer than the contract.
    let counts = list["status_counts"].as_array().unwrap().clone();
    assert_eq!(counts.len(), 17);
    assert_eq!(counts[16][0], "migrating");
}

#[tokio::test]
async fn notification_settings_are_the_sellers_and_validated() {
    let router = server();
    let (status, _) = call(&router, "GET", "/api/v1/notification-settings", "demo-customer-admin", &[], None).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let settings = json_of(&router, "/api/v1/notification-settings", "demo-seller", &[]).await;
    assert_eq!(settings["events"].as_array().unwrap().len(), 32);
    let uri = "/api/v1/notification-settings/ActionRequired";
    let (status, body) = call(&router, "PATCH", uri, "demo-seller", &[], Some(json!({"webhook_enabled": true}))).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "no URL yet: {body}");
    let (status, _) = call(&router, "PATCH", uri, "demo-seller", &[], Some(json!({"email": {"to": []}}))).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let webhook = json!({"webhook": {"url": "https://hooks.example.com/x", "content_type": "application/json", "authorization": "Bearer s3cret-token"}, "webhook_enabled": true});
    let (status, body) = call(&router, "PATCH", uri, "demo-seller", &[], Some(webhook)).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert!(!body.contains("s3cret"), "the secret is never echoed");
    assert!(body.contains("oken"), "only its last characters: {body}");
    let (status, _) = call(&router, "POST", "/api/v1/notification-settings/reset", "demo-seller", &[], None).await;
    assert_eq!(status, StatusCode::OK);
    let after = json_of(&router, "/api/v1/notification-settings", "demo-seller", &[]).await;
    let event =
        after["events"].as_array().unwrap().iter().find(|e| e["info"]["key"] == "ActionRequired").unwrap().clone();
    assert_eq!(event["webhook_enabled"], false, "reset turns toggles back");
    assert_eq!(event["webhook"]["url"], "https://hooks.example.com/x", "reset keeps the webhook");
}

#[test]
fn a_hundred_thousand_orders_generate_quickly() {
    let started = Instant::now();
    let data = data::generate(42, 100_000);
    assert_eq!(data.orders.len(), 100_000);
    // Generous for unoptimised test builds; the release binary takes about half a second.
    assert!(started.elapsed() < Duration::from_secs(20), "{:?}", started.elapsed());
}

/// A line's total is what its change costs: +17 at 20.60 is 350.20, a decrease is
/// negative (never the cost of every license after it), and the order's total is the sum
/// of its lines. Checked on what the API sends, with cents counted by hand here (not with the
/// generator's own money arithmetic, which would only agree with itself).
#[tokio::test]
async fn a_line_costs_its_own_change_and_an_order_the_sum_of_its_lines() {
    let router = server();
    // "20.60" is 2060 cents; every amount the stand-in writes has at most two decimals.
    let cents = |money: &Value| -> i64 {
        let text = money["amount"].as_str().unwrap();
        let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
        let fraction = format!("{fraction:0<2}");
        assert_eq!(fraction.len(), 2, "{text}");
        let sign = if whole.starts_with('-') { -1 } else { 1 };
        sign * (whole.trim_start_matches('-').parse::<i64>().unwrap() * 100 + fraction.parse::<i64>().unwrap())
    };
    let page = json_of(&router, "/api/v1/orders?page_size=100", "demo-customer", &[]).await;
    let (mut updates, mut decreases) = (0, 0);
    for summary in page["items"].as_array().unwrap() {
        let id = summary["id"].as_str().unwrap();
        let order = json_of(&router, &format!("/api/v1/orders/{id}"), "demo-customer", &[]).await;
        let lines: i64 = order["items"].as_array().unwrap().iter().map(|item| cents(&item["total"])).sum();
        assert_eq!(cents(&order["total"]), lines, "order {id}: the total is the sum of its lines");
        for item in order["items"].as_array().unwrap() {
            if item["kind"] != "update" {
                continue;
            }
            let (now, change) = (item["current_quantity"].as_i64().unwrap(), item["quantity_change"].as_i64().unwrap());
            let after = (now + change).max(0);
            let addons: i64 = item["addons"]
                .as_array()
                .unwrap()
                .iter()
                .map(|a| cents(&a["unit_price"]) * a["quantity"].as_i64().unwrap())
                .sum();
            // The change's own licenses, signed (a decrease costs less, never more).
            let expected = cents(&item["unit_price"]) * (after - now) + addons;
            assert_eq!(cents(&item["total"]), expected, "order {id}: {now} {change:+} at {}", item["unit_price"]);
            assert_eq!(cents(&item["total"]) < 0, change < 0 && addons == 0, "order {id}: a decrease is negative");
            updates += 1;
            decreases += usize::from(change < 0);
        }
    }
    assert!(updates > 10 && decreases > 3, "the seed has updates to check: {updates}, {decreases} decreases");
}

/// Asked again with the page's `ETag`, the list answers `304` while nothing changed, and
/// the new page once an order moved on.
#[tokio::test]
async fn the_list_answers_304_until_an_order_on_it_moves() {
    let store = Store::open(data::generate(42, 300), None).unwrap();
    let state = AppState::new(store, 0);
    let router = app(state.clone(), None);
    let request = |etag: Option<String>| {
        let mut request = Request::builder().uri("/api/v1/orders").header("authorization", "Bearer demo-customer");
        if let Some(etag) = etag {
            request = request.header("if-none-match", etag);
        }
        request.body(Body::empty()).unwrap()
    };
    let first = router.clone().oneshot(request(None)).await.unwrap();
    assert_eq!(first.status(), StatusCode::OK);
    let etag = first.headers()["etag"].to_str().unwrap().to_string();
    let again = router.clone().oneshot(request(Some(etag.clone()))).await.unwrap();
    assert_eq!(again.status(), StatusCode::NOT_MODIFIED);
    assert!(again.into_body().collect().await.unwrap().to_bytes().is_empty(), "a 304 has no body");
    // (A move of an order the customer may not see, a markup-only one, changes nothing.)
    for tick in 0..3 {
        state.store.progress.tick(&state.store.data, 42, &format!("2026-11-22T12:00:0{tick}Z"));
    }
    let moved = router.clone().oneshot(request(Some(etag.clone()))).await.unwrap();
    assert_eq!(moved.status(), StatusCode::OK, "an order on the first page moved on");
    assert_ne!(moved.headers()["etag"].to_str().unwrap(), etag);
}

/// The export holds every order of the filtered list (all pages), in RFC 4180 CSV, with
/// the customer's rules: no markup lines, no markup-only orders, formulas defused.
#[tokio::test]
async fn the_export_is_the_whole_filtered_list_as_csv() {
    let router = server();
    let list = json_of(&router, "/api/v1/orders?view=historical&page_size=10", "demo-customer", &[]).await;
    let (status, csv) = call(&router, "GET", "/api/v1/orders/export?view=historical", "demo-customer", &[], None).await;
    assert_eq!(status, StatusCode::OK);
    // A byte-order mark first, so Excel reads the file as UTF-8.
    let csv = csv.strip_prefix('\u{FEFF}').expect("a UTF-8 BOM first");
    let lines: Vec<&str> = csv.split("\r\n").filter(|l| !l.is_empty()).collect();
    assert_eq!(lines[0], "order_number,created_at,status,created_by,created_by_organization,requested_changes,items,total,currency,failure_reason,required_action,latest_note");
    assert_eq!(lines.len() as u64 - 1, list["total"].as_u64().unwrap(), "every page, not the one shown");
    assert!(!csv.contains("Markup change"), "a customer's export has no markup");
    assert!(lines[1].split(',').nth(1).unwrap().ends_with('Z'), "ISO dates: {}", lines[1]);
    let seller = call(&router, "GET", "/api/v1/orders/export", "demo-seller", &[CONTOSO], None).await.1;
    assert!(seller.contains("Markup change"), "the seller's export keeps markup");
    // No change cell starts like a formula; failure reasons and actions have columns.
    assert!(
        seller.contains(" licenses added: ") && !seller.contains(",'+") && !seller.contains(",'-"),
        "changes as words"
    );
    assert!(
        seller.contains("This offer is not available") || seller.contains("The tenant's domain"),
        "failure reasons"
    );
    assert!(seller.contains("A change order failed at") || seller.contains("upload a PDF"), "required actions");
    let (_, plain) =
        call(&router, "GET", "/api/v1/orders/export?view=historical&bom=false", "demo-customer", &[], None).await;
    assert!(plain.starts_with("order_number,"), "?bom=false for scripts");
}

#[tokio::test]
async fn webhooks_are_https_and_webhook_only_events_have_no_e_mail() {
    let router = server();
    let uri = "/api/v1/notification-settings/OrderStatusChanged";
    let to = |url: &str| json!({"webhook": {"url": url, "content_type": "application/json"}});
    let (status, body) = call(&router, "PATCH", uri, "demo-seller", &[], Some(to("http://hooks.example.com/x"))).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{body}");
    assert!(body.contains("https://"), "{body}");
    for local in ["http://127.0.0.1:9000/hook", "http://localhost:9000/hook"] {
        let (status, body) = call(&router, "PATCH", uri, "demo-seller", &[], Some(to(local))).await;
        assert_eq!(status, StatusCode::OK, "the stand-in accepts a loopback receiver: {body}");
    }
    // A test send to a port nothing listens on: no answer, said as such.
    let (status, body) = call(&router, "POST", &format!("{uri}/webhook/test"), "demo-seller", &[], None).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    let outcome: Value = serde_json::from_str(&body).unwrap();
    assert_eq!(outcome["status"], Value::Null);
    assert_eq!(outcome["error"], "unreachable");
    let log = json_of(&router, &format!("{uri}/webhook/deliveries"), "demo-seller", &[]).await;
    assert_eq!(log.as_array().unwrap().len(), 1);
    assert_eq!(log[0]["test"], true);
    // Without a URL there is nothing to test; a seller user may look, not send.
    let other = "/api/v1/notification-settings/QuoteSent/webhook/test";
    assert_eq!(call(&router, "POST", other, "demo-seller", &[], None).await.0, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        call(&router, "POST", &format!("{uri}/webhook/test"), "demo-seller-user", &[], None).await.0,
        StatusCode::FORBIDDEN
    );
    // The payload, described in the caller's language.
    let payload =
        json_of(&router, &format!("{uri}/webhook/payload"), "demo-seller", &[("accept-language", "de-DE")]).await;
    assert!(payload["sample"].as_str().unwrap().contains("\"event\": \"OrderStatusChanged\""));
    assert_eq!(payload["fields"][0]["description"], "Der Ereignisname der Plattform.");

    let catalog = "/api/v1/notification-settings/CatalogChanged";
    let (status, _) = call(&router, "PATCH", catalog, "demo-seller", &[], Some(json!({"email_enabled": true}))).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "no e-mail to turn on");
    assert_eq!(
        call(&router, "GET", &format!("{catalog}/preview"), "demo-seller", &[], None).await.0,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_platforms_words_come_in_the_callers_language() {
    let router = server();
    let german = [CONTOSO, ("accept-language", "de-DE")];
    let list =
        json_of(&router, "/api/v1/orders?status=provisioning_failed&page_size=100", "demo-seller", &german).await;
    let reasons: Vec<&str> =
        list["items"].as_array().unwrap().iter().filter_map(|o| o["failure_reason"].as_str()).collect();
    assert!(!reasons.is_empty());
    for reason in &reasons {
        assert!(!reason.contains(" the ") && !reason.contains("The "), "in German: {reason}");
    }
    // Every third order is paid by card; order 100000 is Contoso's.
    let order = json_of(&router, "/api/v1/orders/100000", "demo-seller", &german).await;
    assert_eq!(order["payment"]["method"], "Kreditkarte mit den Endziffern 4242");
    let english = json_of(&router, "/api/v1/orders/100000", "demo-seller", &[CONTOSO]).await;
    assert_eq!(english["payment"]["method"], "Credit card ending 4242");
}

/// The Cisco account setup and the Google terms carry the page where the customer does
/// it, with the button's words in the caller's language; a purchase order has no link
/// (the seller uploads it in Microsoft's partner tools).
#[tokio::test]
async fn required_actions_carry_a_link_where_the_platform_has_one() {
    let router = server();
    let page =
        json_of(&router, "/api/v1/orders?view=recent&needs_action=true&page_size=100", "demo-customer", &[]).await;
    let mut seen = std::collections::HashMap::new();
    for summary in page["items"].as_array().unwrap() {
        let id = summary["id"].as_str().unwrap();
        let order = json_of(&router, &format!("/api/v1/orders/{id}"), "demo-customer", &[]).await;
        let action = &order["action_required"];
        let case = action["case"].as_str().unwrap().to_string();
        let url = action["action_url"].as_str();
        match case.as_str() {
            "account_setup" | "terms_acceptance" => {
                assert!(url.unwrap().starts_with("https://"), "order {id}: {case}");
                assert!(!action["action_label"].as_str().unwrap().is_empty());
            }
            _ => assert_eq!(url, None, "order {id}: {case}"),
        }
        seen.entry(case).or_insert(id.to_string());
    }
    assert!(seen.contains_key("account_setup") && seen.contains_key("terms_acceptance"), "{seen:?}");
    let cisco = &seen["account_setup"];
    let german =
        json_of(&router, &format!("/api/v1/orders/{cisco}"), "demo-customer", &[("accept-language", "de-DE")]).await;
    assert_eq!(german["action_required"]["action_label"], "Cisco-Konto einrichten");
}

/// The cancellation filter leaves exactly the subscriptions that carry a customer's
/// cancellation request, and its count (across every other filter) says so beforehand.
#[tokio::test]
async fn the_cancellation_filter_keeps_the_requests_to_cancel_and_counts_them() {
    let router = server();
    let base = "/api/v1/subscriptions?status=subscription_request_received&page_size=100";
    let all = json_of(&router, base, "demo-seller", &[]).await;
    let rows = all["items"].as_array().unwrap();
    let expected: Vec<&str> =
        rows.iter().filter(|s| s["cancellation_requested"] == true).map(|s| s["id"].as_str().unwrap()).collect();
    assert!(!expected.is_empty() && expected.len() < rows.len(), "the seed mixes both kinds: {}", rows.len());
    assert_eq!(all["cancellation_requested"], expected.len() as u64);
    let only = json_of(&router, &format!("{base}&cancellation_requested=true"), "demo-seller", &[]).await;
    let shown: Vec<&str> = only["items"].as_array().unwrap().iter().map(|s| s["id"].as_str().unwrap()).collect();
    assert_eq!(shown, expected);
    assert_eq!(only["total"], expected.len() as u64);
    assert_eq!(only["cancellation_requested"], expected.len() as u64, "the count ignores its own filter");
    // The status counts follow the cancellation filter: only requests carry one.
    let counts = only["status_counts"].as_array().unwrap();
    let received = counts.iter().find(|c| c[0] == "subscription_request_received").unwrap();
    assert_eq!(received[1], expected.len() as u64);
    let active = counts.iter().find(|c| c[0] == "active").unwrap();
    assert_eq!(active[1], 0);
}

/// Two statuses and a date range narrow the list to exactly the orders that pass all
/// three; the counts per status ignore the status filter; the export writes the same
/// orders; sorting by status follows the lifecycle.
#[tokio::test]
async fn orders_filter_by_several_statuses_and_a_date_range() {
    let router = server();
    let mut pages = Vec::new();
    for page in 1..=5 {
        let path = format!("/api/v1/orders?view=historical&page_size=100&page={page}");
        pages.push(json_of(&router, &path, "demo-customer", &[]).await);
    }
    let every = &pages[0];
    let all: Vec<&Value> = pages.iter().flat_map(|p| p["items"].as_array().unwrap()).collect();
    assert!(all.len() > 20, "the seed has many historical orders: {}", all.len());
    assert_eq!(every["total"], all.len() as u64, "five pages hold them all");
    // A range that holds some orders but not all: the middle of the seed's dates.
    let mut days: Vec<&str> = all.iter().map(|o| &o["created_at"].as_str().unwrap()[..10]).collect();
    days.sort();
    let (from, to) = (days[days.len() / 4], days[days.len() * 3 / 4]);
    let chosen = ["completed", "completed_with_errors"];
    let expected: Vec<&str> = all
        .iter()
        .filter(|o| chosen.contains(&o["status"].as_str().unwrap()))
        .filter(|o| (from..=to).contains(&&o["created_at"].as_str().unwrap()[..10]))
        .map(|o| o["id"].as_str().unwrap())
        .collect();
    assert!(!expected.is_empty(), "the range {from}..{to} holds completed orders");
    let query = format!("view=historical&status=completed,completed_with_errors&from={from}&to={to}");
    let list = json_of(&router, &format!("/api/v1/orders?{query}&page_size=100"), "demo-customer", &[]).await;
    let shown: Vec<&str> = list["items"].as_array().unwrap().iter().map(|o| o["id"].as_str().unwrap()).collect();
    assert_eq!(shown, expected);
    assert_eq!(list["total"], expected.len() as u64);
    // Counts: every historical status, each as if it alone were chosen within the range.
    let counts = list["status_counts"].as_array().unwrap();
    let keys: Vec<&str> = counts.iter().map(|c| c[0].as_str().unwrap()).collect();
    assert_eq!(keys, ["in_progress", "draft", "completed_with_errors", "completed"]);
    for count in counts {
        let status = count[0].as_str().unwrap();
        let by_hand = all
            .iter()
            .filter(|o| o["status"] == status && (from..=to).contains(&&o["created_at"].as_str().unwrap()[..10]))
            .count();
        assert_eq!(count[1], by_hand as u64, "{status}");
    }
    let (status, csv) =
        call(&router, "GET", &format!("/api/v1/orders/export?{query}"), "demo-customer", &[], None).await;
    assert_eq!(status, StatusCode::OK);
    let numbers: Vec<&str> =
        csv.split("\r\n").skip(1).filter(|l| !l.is_empty()).map(|l| l.split(',').next().unwrap()).collect();
    let expected_numbers: Vec<&str> =
        list["items"].as_array().unwrap().iter().map(|o| o["number"].as_str().unwrap()).collect();
    assert_eq!(numbers, expected_numbers, "the export holds the filtered orders, in the list's order");
    // A day that is no date filters nothing.
    let lenient =
        json_of(&router, "/api/v1/orders?view=historical&from=last-week&page_size=100", "demo-customer", &[]).await;
    assert_eq!(lenient["total"], every["total"]);
    // Status order: ascending runs draft, in progress, completed with errors, completed.
    let sorted =
        json_of(&router, "/api/v1/orders?view=historical&sort=status&dir=asc&page_size=100", "demo-customer", &[])
            .await;
    let mut statuses: Vec<&str> =
        sorted["items"].as_array().unwrap().iter().map(|o| o["status"].as_str().unwrap()).collect();
    statuses.dedup();
    assert_eq!(statuses, ["draft", "in_progress", "completed_with_errors", "completed"]);
}

/// A seller's customers, by name, narrowed by a search; customers may not list others.
#[tokio::test]
async fn a_seller_lists_and_searches_its_customers() {
    let router = server();
    let all = json_of(&router, "/api/v1/customers", "demo-seller", &[]).await;
    let names: Vec<&str> = all["items"].as_array().unwrap().iter().map(|o| o["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Adatum Corporation", "Contoso Ltd", "Fabrikam GmbH", "Northwind Traders", "Tailspin Toys"]);
    assert_eq!(all["total"], 5);
    let found = json_of(&router, "/api/v1/customers?search=%20FAB", "demo-seller", &[]).await;
    assert_eq!(found["items"], json!([{"id": "org-fabrikam", "name": "Fabrikam GmbH"}]));
    let paged = json_of(&router, "/api/v1/customers?page=2&page_size=10", "demo-seller", &[]).await;
    assert_eq!((paged["items"].as_array().unwrap().len(), paged["total"].as_u64()), (0, Some(5)));
    let (status, _) = call(&router, "GET", "/api/v1/customers", "demo-customer", &[], None).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

/// The vendor filter keeps the orders with an item of that vendor; the counts per vendor
/// ignore it, and a customer's counts know no markup item.
#[tokio::test]
async fn orders_filter_by_vendor_with_counts() {
    let router = server();
    let base = "/api/v1/orders?view=historical&page_size=100";
    let every = json_of(&router, base, "demo-customer", &[]).await;
    let counts = every["vendor_counts"].as_array().unwrap();
    let vendors: Vec<&str> = counts.iter().map(|c| c[0].as_str().unwrap()).collect();
    assert!(vendors.contains(&"Cisco") && vendors.contains(&"Microsoft"), "{vendors:?}");
    let mut sorted = vendors.clone();
    sorted.sort();
    assert_eq!(vendors, sorted, "by name");
    let cisco = json_of(&router, &format!("{base}&vendor=Cisco"), "demo-customer", &[]).await;
    let cisco_count = counts.iter().find(|c| c[0] == "Cisco").unwrap()[1].as_u64().unwrap();
    assert_eq!(cisco["total"].as_u64().unwrap(), cisco_count);
    assert!(cisco_count > 0 && cisco_count < every["total"].as_u64().unwrap());
    for summary in cisco["items"].as_array().unwrap() {
        let id = summary["id"].as_str().unwrap();
        let order = json_of(&router, &format!("/api/v1/orders/{id}"), "demo-customer", &[]).await;
        let has = order["items"].as_array().unwrap().iter().any(|item| item["vendor"] == "Cisco");
        assert!(has, "order {id} has a Cisco item");
    }
    assert_eq!(cisco["vendor_counts"], every["vendor_counts"], "the vendor's own filter is left out of its counts");
}

/// Saves an orders view named `name` for the customer, with no key.
async fn save_view(router: &Router, name: &str) -> (StatusCode, String) {
    let body = json!({"list": "orders", "name": name, "query": ""});
    call(router, "POST", "/api/v1/views", "demo-customer", &[], Some(body)).await
}

/// Saved views belong to their user: saved once however often the save arrives, renamed,
/// deleted, names unique per list, another user sees none, and they outlive a restart.
#[tokio::test]
async fn saved_views_are_kept_per_user() {
    let file = std::env::temp_dir().join(format!("views-{}.json", std::process::id()));
    let _ = std::fs::remove_file(&file);
    let router = server_with(Some(file.clone()));
    let body = json!({"list": "orders", "name": "  Failed this quarter ", "query": "view=historical&status=completed_with_errors"});
    let key = [("idempotency-key", "k-1")];
    let (status, first) = call(&router, "POST", "/api/v1/views", "demo-customer", &key, Some(body.clone())).await;
    assert_eq!(status, StatusCode::CREATED, "{first}");
    let (status, again) = call(&router, "POST", "/api/v1/views", "demo-customer", &key, Some(body.clone())).await;
    assert_eq!((status, again.clone()), (StatusCode::OK, first.clone()), "a repeated save adds nothing");
    let view: Value = serde_json::from_str(&first).unwrap();
    assert_eq!(view["name"], "Failed this quarter");
    let id = view["id"].as_str().unwrap();
    let (status, _) = save_view(&router, "failed THIS quarter").await;
    assert_eq!(status, StatusCode::CONFLICT);
    let (status, _) = save_view(&router, " ").await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let listed = json_of(&router, "/api/v1/views?list=orders", "demo-customer", &[]).await;
    assert_eq!(listed, json!([view]));
    assert_eq!(
        json_of(&router, "/api/v1/views?list=orders", "demo-customer-admin", &[]).await,
        json!([]),
        "another user's"
    );
    let (status, renamed) =
        call(&router, "PATCH", &format!("/api/v1/views/{id}"), "demo-customer", &[], Some(json!({"name": "Errors"})))
            .await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(serde_json::from_str::<Value>(&renamed).unwrap()["name"], "Errors");
    let (status, _) = call(&router, "DELETE", &format!("/api/v1/views/{id}"), "demo-customer-admin", &[], None).await;
    assert_eq!(status, StatusCode::NOT_FOUND, "not theirs");
    // A restart keeps it.
    let restarted = server_with(Some(file.clone()));
    let kept = json_of(&restarted, "/api/v1/views?list=orders", "demo-customer", &[]).await;
    assert_eq!(kept[0]["name"], "Errors");
    let (status, _) = call(&restarted, "DELETE", &format!("/api/v1/views/{id}"), "demo-customer", &[], None).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(json_of(&restarted, "/api/v1/views?list=orders", "demo-customer", &[]).await, json!([]));
    let _ = std::fs::remove_file(&file);
}
