//! A webhook's test send, its delivery log and the payload it receives, as
//! `/notification-settings/{key}/webhook/{test,deliveries,payload}` return them.
use serde::{Deserialize, Serialize};

/// The outcome of one POST to the webhook's URL (a test send or a real event).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Delivery {
    /// When it was sent (RFC 3339).
    pub at: String,
    /// The receiver's HTTP status; `None` when no answer came (refused, timed out).
    pub status: Option<u16>,
    /// How long the receiver took, in milliseconds.
    pub ms: u64,
    /// Why it failed, in the platform's words, when it did.
    #[serde(default)]
    pub error: Option<String>,
    /// A test send from the Webhook tab, not a real event.
    #[serde(default)]
    pub test: bool,
}

impl Delivery {
    /// Delivered: the receiver answered with a 2xx status.
    pub fn succeeded(&self) -> bool {
        self.error.is_none() && self.status.is_some_and(|s| (200..300).contains(&s))
    }
}

/// One field of a webhook's body, documented.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PayloadField {
    /// Its path in the body: `data.order.number`.
    pub name: String,
    /// `string`, `number`, `boolean`, `object`, or `string (RFC 3339)` and the like.
    #[serde(rename = "type")]
    pub kind: String,
    pub description: String,
}

/// What the webhook receives for an event: a sample body and a description of each field.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WebhookPayload {
    /// The sample body as JSON text, laid out by the platform: the app shows it as it is
    /// (and so carries no JSON writer).
    pub sample: String,
    pub fields: Vec<PayloadField>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_2xx_answer_is_a_delivery() {
        let d = |status: Option<u16>, error: Option<&str>| Delivery {
            at: "2026-12-03T10:00:00Z".into(),
            status,
            ms: 12,
            error: error.map(Into::into),
            test: true,
        };
        assert!(d(Some(200), None).succeeded());
        assert!(d(Some(204), None).succeeded());
        assert!(!d(Some(500), None).succeeded());
        assert!(!d(Some(301), None).succeeded());
        assert!(!d(None, Some("timed out")).succeeded());
    }
}
