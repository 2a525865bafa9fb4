//! Saved views (`/views`): a user's named filters and sort, stored by the platform.
use std::future::Future;

use domain::query::encode_component;
use domain::views::{NewView, RenameView, SavedView};
use web_sys::AbortController;

use super::{ApiClient, ApiError};

impl ApiClient {
    pub fn views(&self, list: &str, abort: &AbortController) -> impl Future<Output = Result<Vec<SavedView>, ApiError>> {
        self.get(&format!("/views?list={}", encode_component(list)), abort)
    }

    /// `idempotency_key` is the same for every retry of one save, so it is stored once.
    pub fn save_view(&self, view: NewView, idempotency_key: &str) -> impl Future<Output = Result<SavedView, ApiError>> {
        self.write("POST", "/views", Some(&view), &[("Idempotency-Key", idempotency_key)])
    }

    pub fn rename_view(&self, id: &str, name: String) -> impl Future<Output = Result<SavedView, ApiError>> {
        self.write("PATCH", &format!("/views/{}", encode_component(id)), Some(&RenameView { name }), &[])
    }

    pub fn delete_view(&self, id: &str) -> impl Future<Output = Result<SavedView, ApiError>> {
        self.write::<(), _>("DELETE", &format!("/views/{}", encode_component(id)), None, &[])
    }
}
