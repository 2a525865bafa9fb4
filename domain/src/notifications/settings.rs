//! Per-event settings as `GET /api/v1/notification-settings` returns them and
//! `PATCH /api/v1/notification-settings/{key}` changes them.
use serde::{Deserialize, Serialize};

use super::EventInfo;
use crate::session::Organization;

/// One recipient of an e-mail: `{"type": "contact", "contact": "Primary"}` and so on.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", try_from = "RecipientWire")]
pub enum Recipient {
    /// An organisation contact, e.g. "Primary".
    Contact { contact: String },
    /// All users with a role.
    Role { role: String },
    /// One user.
    User { id: String, name: String },
    /// A custom address.
    Email { address: String },
    /// The one person an event is about: `customer` (the customer involved, for
    /// ActionRequired) or `platform_user` (the platform user who performed the operation,
    /// for OfferProvisionError).
    Involved { party: String },
}

/// How a recipient arrives, read as one flat object. serde's own reading of an
/// internally tagged enum buffers every value first, which costs the wasm about 12 KB;
/// this costs one small struct.
#[derive(Deserialize)]
struct RecipientWire {
    #[serde(rename = "type")]
    kind: String,
    contact: Option<String>,
    role: Option<String>,
    id: Option<String>,
    name: Option<String>,
    address: Option<String>,
    party: Option<String>,
}

impl TryFrom<RecipientWire> for Recipient {
    type Error = &'static str;

    fn try_from(wire: RecipientWire) -> Result<Self, Self::Error> {
        let missing = "a recipient lacks a field its type needs";
        Ok(match wire.kind.as_str() {
            "contact" => Recipient::Contact { contact: wire.contact.ok_or(missing)? },
            "role" => Recipient::Role { role: wire.role.ok_or(missing)? },
            "user" => Recipient::User { id: wire.id.ok_or(missing)?, name: wire.name.ok_or(missing)? },
            "email" => Recipient::Email { address: wire.address.ok_or(missing)? },
            "involved" => Recipient::Involved { party: wire.party.ok_or(missing)? },
            _ => return Err("a recipient of a type this console does not know"),
        })
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EmailSettings {
    pub to: Vec<Recipient>,
    #[serde(default)]
    pub cc: Vec<Recipient>,
    #[serde(default)]
    pub bcc: Vec<Recipient>,
    /// True while the values come from the level above (platform or distributor).
    #[serde(default)]
    pub inherited: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WebhookSettings {
    pub url: String,
    pub content_type: String,
    /// The Authorization header is a secret: the server only says whether one is set and
    /// its last characters.
    #[serde(default)]
    pub authorization_hint: Option<String>,
    #[serde(default)]
    pub inherited: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventSetting {
    /// What the event is: the platform's catalogue entry.
    pub info: EventInfo,
    pub email_enabled: bool,
    pub webhook_enabled: bool,
    pub email: EmailSettings,
    pub webhook: WebhookSettings,
}

/// A contact some customer organisations lack: e-mails to it are silently not sent.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct MissingContact {
    pub contact: String,
    pub organizations_without: u32,
    /// The organisations that lack it (the API may send only the first ones).
    #[serde(default)]
    pub organizations: Vec<Organization>,
}

/// How many organisations a warning names before it says "and N more".
pub const NAMED_ORGANIZATIONS: usize = 5;

impl MissingContact {
    /// The organisations to name (at most [`NAMED_ORGANIZATIONS`]) and how many more lack
    /// the contact without being named.
    pub fn named(&self) -> (&[Organization], u32) {
        let shown = &self.organizations[..self.organizations.len().min(NAMED_ORGANIZATIONS)];
        (shown, self.organizations_without.saturating_sub(shown.len() as u32))
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NotificationSettings {
    pub events: Vec<EventSetting>,
    #[serde(default)]
    pub missing_contacts: Vec<MissingContact>,
    /// Organisation contacts, roles and users a recipient can name.
    #[serde(default)]
    pub directory: RecipientDirectory,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct RecipientDirectory {
    pub contacts: Vec<String>,
    pub roles: Vec<String>,
    pub users: Vec<DirectoryUser>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DirectoryUser {
    pub id: String,
    pub name: String,
}

/// What may change in one request; absent fields stay as they are.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EventUpdate {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_enabled: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webhook_enabled: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<EmailSettings>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub webhook: Option<WebhookUpdate>,
    /// Restore the inherited e-mail recipients.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub reset_email: bool,
    /// Restore the inherited webhook settings.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub reset_webhook: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WebhookUpdate {
    pub url: String,
    pub content_type: String,
    /// `None` keeps the stored header; `Some("")` removes it.
    #[serde(default)]
    pub authorization: Option<String>,
}

pub const CONTENT_TYPES: [&str; 2] = ["application/json", "application/x-www-form-urlencoded"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recipients_read_back_what_they_write() {
        let all = vec![
            Recipient::Contact { contact: "Primary".into() },
            Recipient::Role { role: "Customer admin".into() },
            Recipient::User { id: "u-1".into(), name: "Alex Novak".into() },
            Recipient::Email { address: "ops@example.com".into() },
            Recipient::Involved { party: "customer".into() },
        ];
        let json = serde_json::to_string(&all).unwrap();
        assert!(json.starts_with(r#"[{"type":"contact","contact":"Primary"}"#), "{json}");
        assert_eq!(serde_json::from_str::<Vec<Recipient>>(&json).unwrap(), all);
    }

    #[test]
    fn a_warning_names_five_organisations_then_counts_the_rest() {
        let org = |n: u32| Organization { id: format!("org-{n}"), name: format!("Org {n}") };
        let missing = |names: u32, without: u32| MissingContact {
            contact: "Primary".into(),
            organizations_without: without,
            organizations: (1..=names).map(org).collect(),
        };
        let two = missing(2, 2);
        assert_eq!((two.named().0.len(), two.named().1), (2, 0));
        let seven = missing(7, 7);
        let (shown, more) = seven.named();
        assert_eq!(
            shown.iter().map(|o| o.name.as_str()).collect::<Vec<_>>(),
            ["Org 1", "Org 2", "Org 3", "Org 4", "Org 5"]
        );
        assert_eq!(more, 2);
        // The API named only three of forty.
        assert_eq!(missing(3, 40).named().1, 37);
    }

    #[test]
    fn a_recipient_of_an_unknown_type_or_without_its_field_is_refused() {
        assert!(serde_json::from_str::<Recipient>(r#"{"type":"pigeon","address":"x"}"#).is_err());
        assert!(serde_json::from_str::<Recipient>(r#"{"type":"user","id":"u-1"}"#).is_err());
    }
}
