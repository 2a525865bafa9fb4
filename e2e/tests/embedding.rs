//! The app embedded in a partner portal page (`public/partner-portal.html`): configured by
//! the host element (token, customer view, base path, locale), routing under the base path,
//! and styles that stay inside the app.
use e2e::*;

#[tokio::test]
async fn a_partner_portal_embeds_the_console_under_its_own_path_and_locale() {
    let page = Page::open(CUSTOMER, "/orders").await;
    page.client.goto(&format!("{}/partner/console", page.backend.url)).await.unwrap();
    // The portal allows no inline script: the app starts from its own files alone.
    let policy = page.attr("meta[http-equiv=Content-Security-Policy]", "content").await.unwrap();
    assert_eq!(policy, "script-src 'self' 'wasm-unsafe-eval'");
    // The home redirect stays under the base path.
    page.wait("location.pathname === '/partner/console/orders'", "the orders screen under the base path").await;
    page.wait_for_rows().await;
    assert!(page.text("[data-testid=acting-for]").await.contains("Contoso Ltd"), "the host's on-behalf-of is used");
    let date = page.text("tr[data-order-id] td time").await;
    assert!(date.contains(".11.2026") || date.contains("Nov. 2026"), "German dates from data-locale: {date}");

    let href = page.attr("tr[data-order-id] [data-testid=order-link]", "href").await.unwrap();
    assert!(href.starts_with("/partner/console/orders?"), "{href}");
    page.click("tr[data-order-id] [data-testid=order-link]").await;
    page.wait_for("[data-testid=order-panel] [data-testid=order-notes]").await;
    assert!(page.url().await.contains("/partner/console/orders?open="));
    page.click("[data-testid=nav-subscriptions]").await;
    page.wait("location.pathname === '/partner/console/subscriptions'", "navigation under the base path").await;
    // The page's chunk may still be on its way: its heading is there once its table is.
    page.wait_for(".oc-root [data-testid=subscriptions-table]").await;

    // The app's styles stay inside its root; the host's stay outside it.
    let host = page.js("const h = document.querySelector('[data-testid=portal-header] h1'); return [getComputedStyle(h).color, getComputedStyle(document.body).fontFamily, getComputedStyle(document.body).backgroundColor]").await;
    assert_eq!(host, serde_json::json!(["rgb(128, 0, 128)", "Georgia, serif", "rgb(251, 248, 241)"]));
    // ...and the host's broad rules (`h1 { color: purple }`) do not restyle the app.
    let app_heading = page.js("return getComputedStyle(document.querySelector('.oc-root h1')).color").await;
    assert_eq!(app_heading, "rgb(27, 36, 48)");
    page.assert_accessible("embedded console").await;
    page.close().await;
}

/// A first visit straight to a list (a link from an e-mail): the boot script sends the
/// session and that page's request while the wasm loads, and the app takes both answers
/// instead of asking again.
#[tokio::test]
async fn the_first_requests_travel_with_the_wasm_and_are_sent_once() {
    let backend = Backend::start(2_000);
    let page = Page::new(browser((1280, 900), &[]).await, backend);
    page.client.goto(&format!("{}/orders?view=historical&page=2", page.backend.url)).await.unwrap();
    page.wait_for_rows().await;
    assert_eq!(page.text("h1").await, "Historical orders");
    assert!(page.text(".oc-pager span").await.starts_with("Page 2 of"));
    let sent = page
        .js("const names = performance.getEntriesByType('resource').map(e => e.name);
             return [names.filter(n => n.endsWith('/api/v1/session')).length,
                     names.filter(n => n.endsWith('/api/v1/orders?view=historical&page=2')).length,
                     performance.getEntriesByName('orders-console:early-requests').length,
                     'ordersConsoleEarly' in document.querySelector('[data-orders-console]')]")
        .await;
    assert_eq!(
        sent,
        serde_json::json!([1, 1, 1, false]),
        "[session requests, page requests, boot mark, answers left unadopted]"
    );

    // A broken early answer is reported like any other, and a retry asks again.
    page.backend.fault(serde_json::json!({"path": "/api/v1/orders", "method": "GET", "malformed": true, "times": 1}));
    page.client.goto(&format!("{}/orders", page.backend.url)).await.unwrap();
    assert!(page.text("[data-testid=error-notice]").await.contains("Loading orders failed"));
    assert!(page.text("[data-testid=error-notice]").await.contains("cannot read"));
    page.click("[data-testid=error-notice] button").await;
    page.wait_for_rows().await;
    page.backend.fault(serde_json::json!({"path": "/api/v1/session", "method": "GET", "status": 503, "times": 1}));
    page.client.goto(&format!("{}/orders", page.backend.url)).await.unwrap();
    assert!(page.text("[data-testid=error-notice]").await.contains("Loading your session failed"));
    page.click("[data-testid=error-notice] button").await;
    page.wait_for_rows().await;
    page.close().await;
}

#[test]
fn the_stylesheet_is_scoped_under_the_app_root() {
    let css = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../style/orders-console.css")).unwrap();
    // Without comments, every rule's selector list is the text between the previous
    // `}` or `{` (or `;` inside an at-rule) and its `{`.
    let mut text = String::new();
    let mut rest = css.as_str();
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        rest = rest[start..].split_once("*/").map_or("", |(_, after)| after);
    }
    text.push_str(rest);
    let mut selectors = 0;
    for chunk in text.split('{').collect::<Vec<_>>().iter().take(text.matches('{').count()) {
        let selector = chunk.rsplit(['}', ';']).next().unwrap().trim();
        if selector.starts_with('@') {
            continue;
        }
        for part in selector.split(',') {
            // `:where(.oc-root)` holds the theme's defaults, with no specificity.
            let part = part.trim();
            assert!(part.starts_with(".oc-root") || part == ":where(.oc-root)", "unscoped selector: {part:?}");
            selectors += 1;
        }
    }
    assert!(selectors > 50, "read the stylesheet: {selectors} selectors");
}
