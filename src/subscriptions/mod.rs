//! Subscriptions: the lifecycle status reference, the list with status counts, the
//! request view, and the state-changing actions a seller may take.
mod actions;
mod list;
mod request;
mod statuses;

pub use list::SubscriptionsPage;
pub use request::SubscriptionRequestPage;
pub use statuses::StatusReferencePage;
