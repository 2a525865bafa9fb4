//! Subscription requests.
use std::future::Future;

use domain::query::encode_component;
use domain::subscriptions::{ActionRequest, Subscription, SubscriptionAction, SubscriptionList};
use web_sys::AbortController;

use super::{ApiClient, ApiError};

impl ApiClient {
    /// `query` is the list's query string (status, q, sort, dir, page, page_size).
    pub fn subscriptions(
        &self,
        query: &str,
        abort: &AbortController,
    ) -> impl Future<Output = Result<SubscriptionList, ApiError>> {
        let parts = self.get_parts(&format!("/subscriptions?{query}"), abort);
        async move { parts.await.map(|(page, counts)| SubscriptionList { page, counts }) }
    }

    pub fn subscription(
        &self,
        id: &str,
        abort: &AbortController,
    ) -> impl Future<Output = Result<Subscription, ApiError>> {
        self.get(&format!("/subscriptions/{}", encode_component(id)), abort)
    }

    pub fn subscription_action(
        &self,
        id: &str,
        action: SubscriptionAction,
    ) -> impl Future<Output = Result<Subscription, ApiError>> {
        let path = format!("/subscriptions/{}/actions", encode_component(id));
        self.write("POST", &path, Some(&ActionRequest { action }), &[])
    }
}
