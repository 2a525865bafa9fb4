mod list;
mod request;
pub use list::SubscriptionsPage;
pub use request::SubscriptionRequestPage;
