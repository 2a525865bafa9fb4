//! The subscriptions list (`/subscriptions`) and a subscription's request view.
use crate::Page;

pub const TABLE: &str = "[data-testid=subscriptions-table]";
pub const ROWS: &str = "tr[data-subscription-id]";
pub const STATUS_FILTER: &str = "[data-testid=subscription-status-filter]";
pub const SEARCH: &str = "[data-testid=subscriptions-search]";
/// The "Cancellation requested" filter (a checkbox) and the marker on a row.
pub const CANCELLATION_FILTER: &str = "[data-testid=subscriptions-filter-cancellation]";
pub const CANCELLATION_MARKER: &str = "[data-testid=cancellation-requested]";

/// `column`'s cell (its `data-column` hook: `customer`, `vendor`, `status`, ...) in every row.
pub fn cells(column: &str) -> String {
    format!("{ROWS} td[data-column={column}]")
}

pub struct Subscriptions<'a>(pub &'a Page);

impl Subscriptions<'_> {
    /// The status key of each row (`data-status`), top to bottom.
    pub async fn status_keys(&self) -> Vec<String> {
        let keys =
            self.0.js(&format!("return [...document.querySelectorAll({ROWS:?})].map(r => r.dataset.status)")).await;
        keys.as_array().unwrap().iter().map(|k| k.as_str().unwrap_or("").to_string()).collect()
    }

    /// Each row's text in `column`, top to bottom.
    pub async fn column(&self, column: &str) -> Vec<String> {
        self.0.texts(&cells(column)).await
    }

    /// The subscription id of each row, top to bottom.
    pub async fn ids(&self) -> Vec<String> {
        let ids = self
            .0
            .js(&format!("return [...document.querySelectorAll({ROWS:?})].map(r => r.dataset.subscriptionId)"))
            .await;
        serde_json::from_value(ids).unwrap()
    }

    /// The ids of the rows that carry the cancellation-request marker.
    pub async fn marked_ids(&self) -> Vec<String> {
        let ids = self
            .0
            .js(&format!(
                "return [...document.querySelectorAll({ROWS:?})].filter(r => r.querySelector({CANCELLATION_MARKER:?})).map(r => r.dataset.subscriptionId)"
            ))
            .await;
        serde_json::from_value(ids).unwrap()
    }
}
