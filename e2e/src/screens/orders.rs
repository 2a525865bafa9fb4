//! The orders list: `/orders`.
use crate::Page;

pub const TABLE: &str = "[data-testid=orders-table]";
/// Every row of the list (no skeleton, no empty state).
pub const ROWS: &str = "[data-testid=orders-table] tr[data-order-id]";
pub const BANNER: &str = "[data-testid=action-required-banner]";
pub const SEARCH: &str = "[data-testid=orders-search]";
pub const HEADING: &str = "#orders-title";

/// The list's columns, as the `data-column` hooks name them.
#[derive(Clone, Copy, Debug)]
pub enum Column {
    Order,
    Changes,
    CreatedBy,
    Date,
    Status,
    Note,
}

impl Column {
    fn key(self) -> &'static str {
        match self {
            Column::Order => "order",
            Column::Changes => "changes",
            Column::CreatedBy => "created-by",
            Column::Date => "date",
            Column::Status => "status",
            Column::Note => "note",
        }
    }
}

/// The row of order `id`.
pub fn row(id: &str) -> String {
    format!("{ROWS}[data-order-id='{id}']")
}

/// The link that opens order `id` in the panel.
pub fn link(id: &str) -> String {
    format!("{} [data-testid=order-link]", row(id))
}

/// `column`'s cell in every row.
pub fn cells(column: Column) -> String {
    format!("{ROWS} td[data-column={}]", column.key())
}

/// `column`'s cell in the row of order `id`.
pub fn cell(id: &str, column: Column) -> String {
    format!("{} td[data-column={}]", row(id), column.key())
}

pub struct Orders<'a>(pub &'a Page);

impl Orders<'_> {
    /// Waits until the list shows rows and is not loading.
    pub async fn wait_for_rows(&self) {
        self.0.wait_for_rows().await;
    }

    /// The order ids of the rows, top to bottom.
    pub async fn ids(&self) -> Vec<String> {
        self.0.order_ids().await
    }

    /// The status each row shows, in words, top to bottom.
    pub async fn statuses(&self) -> Vec<String> {
        self.0.texts(&format!("{} .oc-badge", cells(Column::Status))).await
    }

    /// The status key of each row (`data-status`), top to bottom.
    pub async fn status_keys(&self) -> Vec<String> {
        let keys =
            self.0.js(&format!("return [...document.querySelectorAll({ROWS:?})].map(r => r.dataset.status)")).await;
        keys.as_array().unwrap().iter().map(|k| k.as_str().unwrap_or("").to_string()).collect()
    }

    /// Each row's text in `column`, top to bottom.
    pub async fn column(&self, column: Column) -> Vec<String> {
        self.0.texts(&cells(column)).await
    }

    /// Waits until the list, no longer loading, shows exactly the orders `ids`, in order.
    pub async fn wait_for_ids(&self, ids: &[String]) {
        let expected = serde_json::to_string(ids).unwrap();
        self.0
            .wait(
                &format!(
                    "JSON.stringify([...document.querySelectorAll({ROWS:?})].map(r => r.dataset.orderId)) === {expected:?}
                     && document.querySelector({TABLE:?}).getAttribute('aria-busy') === 'false'"
                ),
                &format!("the rows {expected}"),
            )
            .await;
    }

    pub async fn row_count(&self) -> usize {
        self.0.count(ROWS).await
    }

    /// Opens order `id` in the side panel by its link.
    pub async fn open(&self, id: &str) {
        self.0.click(&link(id)).await;
        self.0.wait_for(crate::screens::panel::PANEL).await;
    }
}
