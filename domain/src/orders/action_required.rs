//! What a customer must do for an order in Action required, per vendor case.
use serde::{Deserialize, Serialize};

keyed_enum! {
    pub enum ActionCase {
        PurchaseOrderUpload => "purchase_order_upload", "Upload the purchase order";
        AccountSetup => "account_setup", "Set up the vendor account";
        TermsAcceptance => "terms_acceptance", "Accept the terms and conditions";
        FailedChangeOrder => "failed_change_order", "Resolve the failed change order";
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

    /// The instruction shown on the order, so it does not get stuck unnoticed.
    pub fn instruction(&self) -> String {
        let vendor = &self.vendor;
        match &self.case {
            ActionCase::PurchaseOrderUpload => {
                format!(
                    "{vendor} selected this order for review: upload a PDF of your purchase order. It is uploaded in \
                     {vendor}'s partner tools, not in this console: send the PDF to your seller, who uploads it."
                )
            }
            ActionCase::AccountSetup => {
                format!("Set up your {vendor} account: provisioning starts only after that.")
            }
            ActionCase::TermsAcceptance => format!(
                "Accept the {vendor} Terms and Conditions: the subscription stays suspended, and the order in \
                 Provisioning started, until you do. Commitment billing starts at purchase, before activation."
            ),
            ActionCase::FailedChangeOrder => match &self.detail {
                Some(detail) => {
                    format!("A change order failed at {vendor}: {detail} Review it and submit the change again.")
                }
                None => format!("A change order failed at {vendor}. Review it and submit the change again."),
            },
            ActionCase::Unknown(_) => {
                format!("{vendor} needs an action on this order. Contact support for the next step.")
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_vendor_case_says_what_to_do() {
        let say = |case: ActionCase, vendor: &str, detail: Option<&str>| {
            ActionRequired {
                case,
                vendor: vendor.into(),
                detail: detail.map(Into::into),
                action_url: None,
                action_label: None,
            }
            .instruction()
        };
        assert!(say(ActionCase::PurchaseOrderUpload, "Microsoft", None).contains("upload a PDF of your purchase order"));
        assert!(say(ActionCase::AccountSetup, "Cisco", None).contains("Set up your Cisco account"));
        assert!(say(ActionCase::TermsAcceptance, "Google Workspace", None).contains("Terms and Conditions"));
        assert!(say(ActionCase::FailedChangeOrder, "Adobe", Some("quantity below minimum"))
            .contains("quantity below minimum"));
        assert!(say(ActionCase::from_key("kyc"), "Acme", None).contains("Contact support"));
    }

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
