//! Orders in customer view: Recent and Historical lists, the order side panel with
//! license totals and status history, notes, and the markup rule.
mod attention;
mod details;
mod export;
mod filters;
mod live;
mod notes;
mod page;
mod panel;
mod routes;
mod saved_views;
mod statuses;
mod table;
mod toolbar;
mod url;

pub use routes::OrdersRoutes;
