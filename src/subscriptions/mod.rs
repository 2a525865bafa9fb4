//! Subscriptions: the lifecycle status reference, the list with status counts, the
//! request view, and the state-changing actions a seller may take.
mod actions;
mod page;
mod request;
mod routes;
mod statuses;
mod table;
mod toolbar;

pub use routes::SubscriptionsRoutes;
