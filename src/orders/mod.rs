//! Orders in customer view: Recent and Historical lists, the order side panel with
//! license totals and status history, notes, and the markup rule.
mod attention;
mod details;
mod notes;
mod page;
mod panel;
mod table;
mod toolbar;
mod url;

pub use page::OrdersPage;

use domain::orders::OrdersQuery;
use domain::query::ListQuery;

use crate::api::{early, orders::orders_path, ApiClient};

/// On a cold start at the orders screen, sends the first page's request together with
/// the session's instead of after it (the page takes the answer when it asks), unless
/// the boot script sent it already.
pub fn prefetch_first_page(client: &ApiClient, base_path: &str) {
    let Some(location) = web_sys::window().map(|w| w.location()) else { return };
    let (Ok(path), Ok(search)) = (location.pathname(), location.search()) else { return };
    if path.strip_prefix(base_path) != Some("/orders") {
        return;
    }
    let path = orders_path(&OrdersQuery::from_query_string(&search));
    if !early::is_early(&path) {
        client.prefetch(&path);
    }
}
