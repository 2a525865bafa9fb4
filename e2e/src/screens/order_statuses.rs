//! The order statuses page (`/orders/statuses`), linked from the orders list.
use crate::Page;

pub const LINK: &str = "[data-testid=order-status-reference-link]";
pub const TABLE: &str = "[data-testid=order-status-table]";
pub const BACK: &str = "[data-testid=back-to-orders]";

pub struct OrderStatuses<'a>(pub &'a Page);

impl OrderStatuses<'_> {
    pub async fn wait_loaded(&self) {
        self.0.wait_for(&format!("{TABLE} tr[data-status]")).await;
    }

    /// (status key, what it means) for every row.
    pub async fn meanings(&self) -> Vec<(String, String)> {
        let rows = self
            .0
            .js(&format!(
                "return [...document.querySelectorAll('{TABLE} tr[data-status]')]
                   .map(r => [r.dataset.status, r.querySelector('[data-testid=status-meaning]').innerText])"
            ))
            .await;
        serde_json::from_value(rows).unwrap()
    }
}
