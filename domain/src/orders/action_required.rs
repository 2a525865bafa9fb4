//! What a customer must do for an order in Action required, per vendor case.
use serde::{Deserialize, Serialize};

keyed_enum! {
    pub enum ActionCase {
        PurchaseOrderUpload => "purchase_order_upload";
        AccountSetup => "account_setup";
        TermsAcceptance => "terms_acceptance";
        FailedChangeOrder => "failed_change_order";
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActionRequired {
    pub case: ActionCase,
    pub vendor: String,
    /// What failed, for a failed change order.
    #[serde(default)]
    pub detail: Option<String>,
    /// Where the customer does it, when the platform has a page for it (the vendor's
    /// account setup, the terms to accept), with the button's words.
    #[serde(default)]
    pub action_url: Option<String>,
    #[serde(default)]
    pub action_label: Option<String>,
}

impl ActionRequired {
    /// The link to act on, as (url, label): only an `https://` address with a label is
    /// offered as a button; anything else (a `javascript:` URL, plain http, no label) is
    /// not a link the console will follow.
    pub fn link(&self) -> Option<(&str, &str)> {
        let url = self.action_url.as_deref()?.trim();
        let label = self.action_label.as_deref()?.trim();
        let host = url.strip_prefix("https://")?;
        (!host.is_empty() && !label.is_empty() && !url.chars().any(char::is_whitespace)).then_some((url, label))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_https_links_with_words_are_offered() {
        let with = |url: &str, label: &str| ActionRequired {
            case: ActionCase::AccountSetup,
            vendor: "Cisco".into(),
            detail: None,
            action_url: Some(url.into()),
            action_label: Some(label.into()),
        };
        assert_eq!(
            with("https://id.cisco.example/setup", "Set up").link(),
            Some(("https://id.cisco.example/setup", "Set up"))
        );
        assert_eq!(with("javascript:alert(1)", "Set up").link(), None);
        assert_eq!(with("http://id.cisco.example/setup", "Set up").link(), None);
        assert_eq!(with("https://", "Set up").link(), None);
        assert_eq!(with("https://id.cisco.example/a b", "Set up").link(), None);
        assert_eq!(with("https://id.cisco.example/setup", "  ").link(), None);
    }
}
