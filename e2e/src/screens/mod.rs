//! Page objects: each screen's locators, declared once, and the steps a user takes on it,
//! so a test reads as those steps. Rows and cells are found by `data-testid` and `data-*`
//! hooks (`data-order-id`, `data-column`, `data-status`), never by translated words.
pub mod customers;
pub mod export;
pub mod filters;
pub mod notifications;
pub mod order_statuses;
pub mod orders;
pub mod panel;
pub mod saved_views;
pub mod subscriptions;
