//! A seller gets to a customer: the picker lists the customers at once and narrows as
//! they type; choosing one enters customer view (in the address, so a reload keeps it);
//! the banner switches to another customer and leaves customer view; customer names in
//! the subscriptions list open that customer's view. A host that sets the customer
//! itself (`data-on-behalf-of`) decides alone.
use e2e::screens::customers::{self, Picker};
use e2e::screens::orders::Orders;
use e2e::*;
use serde_json::Value;

/// The ids of the first page of `org`'s recent orders, as the API lists them.
fn first_orders(page: &Page, org: &str) -> Vec<String> {
    let list = page.backend.get_json("/api/v1/orders", "demo-seller", Some(org));
    let items: Vec<Value> = list["items"].as_array().unwrap().clone();
    assert!(!items.is_empty(), "{org} has orders");
    items.iter().map(|o| o["id"].as_str().unwrap().to_string()).collect()
}

async fn banner(page: &Page) -> String {
    page.wait_for(customers::BANNER).await;
    page.text(customers::BANNER).await
}

#[tokio::test]
async fn a_seller_picks_a_customer_switches_to_another_and_leaves_customer_view() {
    let page = Page::open(SELLER, "/orders").await;
    // The boot script asks for the orders page before it knows the role; a seller outside
    // customer view is refused it (403), and the picker takes its place.
    page.expect_failed_requests();
    let picker = Picker(&page);
    picker.wait_listed().await;
    assert_eq!(
        picker.names().await,
        ["Adatum Corporation", "Contoso Ltd", "Fabrikam GmbH", "Northwind Traders", "Tailspin Toys"],
        "every customer at once, before any typing"
    );
    assert_eq!(page.count(customers::BANNER).await, 0);
    page.assert_accessible("the customer picker").await;
    picker.search("north", &["Northwind Traders"]).await;
    picker.search("zzz", &[]).await;
    assert!(page.text("[data-testid=customer-none]").await.contains("zzz"));
    picker.search("con", &["Contoso Ltd"]).await;

    // By keyboard: to Contoso, Enter.
    page.tab_to(&customers::option("org-contoso")).await;
    page.press(Key::Enter).await;
    page.wait("location.pathname === '/customers/org-contoso/orders'", "Contoso's orders").await;
    Orders(&page).wait_for_ids(&first_orders(&page, "org-contoso")).await;
    assert!(banner(&page).await.contains("Acting for Contoso Ltd"));
    page.assert_accessible("orders in a customer view chosen in the app").await;

    // A reload keeps the customer.
    page.goto("/customers/org-contoso/orders").await;
    Orders(&page).wait_for_ids(&first_orders(&page, "org-contoso")).await;
    let link = page.attr("tr[data-order-id] [data-testid=order-link]", "href").await.unwrap();
    assert!(link.starts_with("/customers/org-contoso/orders?"), "links stay in the customer's view: {link}");

    // Switch customer: the picker, then Fabrikam.
    page.click(customers::SWITCH).await;
    picker.wait_listed().await;
    page.click(&customers::option("org-fabrikam")).await;
    page.wait("location.pathname === '/customers/org-fabrikam/orders'", "Fabrikam's orders").await;
    Orders(&page).wait_for_ids(&first_orders(&page, "org-fabrikam")).await;
    assert!(banner(&page).await.contains("Acting for Fabrikam GmbH"));

    // Leave customer view: the seller's own console, no banner, no orders.
    page.click(customers::LEAVE).await;
    page.wait("location.pathname === '/subscriptions'", "the seller's home").await;
    page.wait_for("tr[data-subscription-id]").await;
    assert_eq!(page.count(customers::BANNER).await, 0);
    let nav = page.texts("[data-testid=main-nav] a").await;
    assert!(!nav.contains(&"Orders".to_string()), "{nav:?}");
    page.close().await;
}

#[tokio::test]
async fn a_customer_name_in_the_subscriptions_list_opens_that_customers_view() {
    let page = Page::open(SELLER, "/subscriptions?q=Northwind&page_size=100").await;
    page.wait_for("tr[data-subscription-id] [data-testid=open-customer]").await;
    let names = page.texts("tr[data-subscription-id] [data-testid=open-customer]").await;
    assert_every(&names, "customer links", |name| name == "Northwind Traders");
    assert_eq!(
        page.attr("[data-testid=open-customer]", "aria-label").await.as_deref(),
        Some("Open Northwind Traders in customer view")
    );
    page.click("[data-testid=open-customer]").await;
    page.wait("location.pathname === '/customers/org-northwind/orders'", "Northwind's orders").await;
    Orders(&page).wait_for_ids(&first_orders(&page, "org-northwind")).await;
    assert!(banner(&page).await.contains("Northwind Traders"));
    page.close().await;
}

#[tokio::test]
async fn a_host_that_sets_the_customer_decides_alone() {
    // The demo's "seller in customer view" is a host page with data-on-behalf-of.
    let page = Page::open(SELLER_IN_CUSTOMER_VIEW, "/orders").await;
    page.wait_for_rows().await;
    assert!(banner(&page).await.contains("Contoso Ltd"));
    assert_eq!(page.count(customers::SWITCH).await + page.count(customers::LEAVE).await, 0, "no switch, no exit");
    assert_eq!(page.count("[data-testid=open-customer]").await, 0);
    // An address naming another customer does not override the host.
    page.goto("/customers/org-fabrikam/orders").await;
    page.wait_for("[data-testid=not-found]").await;
    assert_eq!(page.count(customers::PICKER).await, 0);
    page.goto("/customers").await;
    page.wait_for("[data-testid=not-found]").await;
    assert_eq!(page.count(customers::PICKER).await, 0);
    page.close().await;
}

#[tokio::test]
async fn customers_have_no_picker() {
    let page = Page::open(CUSTOMER, "/customers").await;
    page.wait_for("[data-testid=not-found]").await;
    assert_eq!(page.count(customers::PICKER).await, 0);
    page.close().await;
}
