//! The app shell: every demo role signs in, sees its navigation and the orders page.
use e2e::*;

async fn nav(page: &Page) -> Vec<String> {
    page.wait_for("[data-testid=main-nav]").await;
    page.texts("[data-testid=main-nav] a").await
}

#[tokio::test]
async fn customer_sees_orders_and_subscriptions_with_data() {
    let page = Page::open(CUSTOMER, "/").await;
    page.wait_for_rows().await;
    assert_eq!(nav(&page).await, ["Orders", "Subscriptions"]);
    assert!(page.url().await.ends_with("/orders"), "home leads to orders");
    assert!(page.text("[data-testid=signed-in-as]").await.contains("Customer · Contoso Ltd"));
    assert_eq!(page.count("[data-testid=acting-for]").await, 0);
    page.assert_accessible("orders as customer").await;
    page.close().await;
}

#[tokio::test]
async fn customer_admin_sees_the_same_areas() {
    let page = Page::open(CUSTOMER_ADMIN, "/orders").await;
    page.wait_for_rows().await;
    assert_eq!(nav(&page).await, ["Orders", "Subscriptions"]);
    assert!(page.text("[data-testid=signed-in-as]").await.contains("Customer admin"));
    page.close().await;
}

#[tokio::test]
async fn seller_in_customer_view_sees_the_banner_and_all_areas() {
    let page = Page::open(SELLER_IN_CUSTOMER_VIEW, "/orders").await;
    page.wait_for_rows().await;
    assert_eq!(nav(&page).await, ["Orders", "Subscriptions", "Notification settings"]);
    assert!(page.text("[data-testid=acting-for]").await.contains("Acting for Contoso Ltd"));
    page.assert_accessible("orders as seller in customer view").await;
    // Notification settings are the seller's own: no customer banner over them.
    page.click("[data-testid=nav-notifications]").await;
    page.wait_for("[data-testid=notification-events]").await;
    assert_eq!(page.count("[data-testid=acting-for]").await, 0, "settings do not look like Contoso's");
    page.click("[data-testid=nav-subscriptions]").await;
    page.wait_for("tr[data-subscription-id]").await;
    assert!(
        page.text("[data-testid=acting-for]").await.contains("Acting for Contoso Ltd"),
        "back on a customer screen"
    );
    page.close().await;
}

#[tokio::test]
async fn seller_outside_customer_view_is_offered_a_customer_for_orders() {
    let page = Page::open(SELLER, "/").await;
    assert_eq!(nav(&page).await, ["Subscriptions", "Notification settings"]);
    // The boot script asks for the orders page before it knows the role (that is what
    // makes a customer's first visit fast); the API refuses it to a seller with 403.
    page.expect_failed_requests();
    page.goto("/orders").await;
    // No orders of its own: it picks the customer to act for (tests/customers.rs).
    page.wait_for("[data-testid=customer-picker] [data-testid=customer-option]").await;
    assert!(page.text("[data-testid=customer-picker]").await.contains("Orders are shown in customer view."));
    assert_eq!(page.count("tr[data-order-id]").await, 0);
    page.close().await;
}

#[tokio::test]
async fn an_unknown_address_says_so() {
    let page = Page::open(CUSTOMER, "/no/such/screen").await;
    assert!(page.text("[data-testid=not-found]").await.contains("Page not found"));
    page.close().await;
}

#[tokio::test]
async fn a_failed_session_request_says_what_failed_and_retries() {
    let page = Page::open(CUSTOMER, "/orders").await;
    page.backend.fault(serde_json::json!({"path": "/api/v1/session", "status": 503, "times": 1}));
    page.goto("/orders").await;
    let notice = page.text("[data-testid=error-notice]").await;
    assert!(notice.contains("Loading your session failed"), "{notice}");
    page.click("[data-testid=error-notice] button").await;
    page.wait_for_rows().await;
    page.close().await;
}
