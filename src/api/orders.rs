//! Order requests.
use std::future::Future;

use domain::orders::{NewNote, Note, Order, OrderList, OrdersQuery};
use domain::query::encode_component;
use domain::query::ListQuery;
use web_sys::AbortController;

use super::{ApiClient, ApiError};

/// The list request for `query`.
pub fn orders_path(query: &OrdersQuery) -> String {
    format!("/orders?{}", query.to_query_string())
}

impl ApiClient {
    pub fn orders(
        &self,
        query: &OrdersQuery,
        abort: &AbortController,
    ) -> impl Future<Output = Result<OrderList, ApiError>> {
        self.get(&orders_path(query), abort)
    }

    /// The list again, unless it is unchanged since the answer that carried `etag`.
    pub fn orders_if_changed(
        &self,
        query: &OrdersQuery,
        etag: Option<String>,
        abort: &AbortController,
    ) -> impl Future<Output = Result<Option<super::client::Tagged<OrderList>>, ApiError>> {
        self.get_if_changed(&orders_path(query), etag, abort)
    }

    pub fn order(&self, id: &str, abort: &AbortController) -> impl Future<Output = Result<Order, ApiError>> {
        let parts = self.get_parts(&format!("/orders/{}", encode_component(id)), abort);
        async move { parts.await.map(|(summary, details)| Order { summary, details }) }
    }

    pub fn order_notes(&self, id: &str, abort: &AbortController) -> impl Future<Output = Result<Vec<Note>, ApiError>> {
        self.get(&format!("/orders/{}/notes", encode_component(id)), abort)
    }

    /// `idempotency_key` is the same for every retry of one submitted note, so the server
    /// adds it once however often it arrives.
    pub fn add_note(
        &self,
        id: &str,
        text: String,
        idempotency_key: &str,
    ) -> impl Future<Output = Result<Note, ApiError>> {
        let path = format!("/orders/{}/notes", encode_component(id));
        self.write("POST", &path, Some(&NewNote { text }), &[("Idempotency-Key", idempotency_key)])
    }
}
