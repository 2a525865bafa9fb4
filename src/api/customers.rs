//! The seller's customer organisations, for the customer picker.
use std::future::Future;

use domain::api::Page;
use domain::query::encode_pairs;
use domain::session::Organization;
use web_sys::AbortController;

use super::{ApiClient, ApiError};

impl ApiClient {
    /// The first page of customers whose name holds `search` (all of them when empty).
    pub fn customers(
        &self,
        search: &str,
        abort: &AbortController,
    ) -> impl Future<Output = Result<Page<Organization>, ApiError>> {
        let query = encode_pairs([("search", search.to_string()), ("page_size", "100".to_string())]);
        self.get(&format!("/customers?{query}"), abort)
    }
}
