//! Subscription lifecycle: the 16 statuses, what each means, and what a seller may do.
mod model;
mod query;

pub use model::*;
pub use query::{SubscriptionSort, SubscriptionsQuery};
