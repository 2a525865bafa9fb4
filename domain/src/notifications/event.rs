//! What a notification event is, as the API describes it: its key, the platform's name
//! for it, title, category and when it fires. The catalogue itself is the platform's data.
use serde::{Deserialize, Serialize};

keyed_enum! {
    pub enum Category {
        Orders => "orders";
        OffersAndSubscriptions => "offers_and_subscriptions";
        Organizations => "organizations";
        Payments => "payments";
        Quotes => "quotes";
        Catalogue => "catalogue";
    }
}

/// What an event is: its stable key, title, category and when it fires.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventInfo {
    /// Unique per template. The platform's `OnPurchaseNotification` names two templates,
    /// so the provisioning-time disclaimer has its own key here and names the event below.
    pub key: String,
    /// The platform's own event name (what a webhook receives), where its articles give
    /// it; `None` where they do not, so no made-up name is ever shown.
    #[serde(default)]
    pub event: Option<String>,
    pub title: String,
    pub category: Category,
    pub description: String,
    /// Sent only as a webhook (the catalogue change): no e-mail, so no e-mail toggle, no
    /// recipients and no preview.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub webhook_only: bool,
}
