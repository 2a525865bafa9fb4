//! The JSON API, one module per resource. docs/api.md is the contract these implement.
pub mod customers;
pub mod notifications;
pub mod orders;
pub mod progress;
pub mod session;
pub mod subscriptions;
pub mod views;

/// Now, as RFC 3339.
pub use crate::clock::now;

/// Pairs from `?a=1&b=2`, borrowed for the domain's query parsers.
pub fn pairs(params: &[(String, String)]) -> impl Iterator<Item = (&str, &str)> {
    params.iter().map(|(k, v)| (k.as_str(), v.as_str()))
}

/// The slice of `items` for a 1-based page.
pub fn page_of<T: Clone>(items: &[T], page: u32, page_size: u32) -> Vec<T> {
    let start = (page.saturating_sub(1) as usize).saturating_mul(page_size as usize);
    items.iter().skip(start).take(page_size as usize).cloned().collect()
}
