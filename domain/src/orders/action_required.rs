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
}

impl ActionRequired {
    /// The instruction shown on the order, so it does not get stuck unnoticed.
    pub fn instruction(&self) -> String {
        let vendor = &self.vendor;
        match &self.case {
            ActionCase::PurchaseOrderUpload => {
                format!("{vendor} selected this order for review: upload a PDF of your purchase order.")
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
                    format!("A change order failed at {vendor}: {detail}. Review it and submit the change again.")
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
            ActionRequired { case, vendor: vendor.into(), detail: detail.map(Into::into) }.instruction()
        };
        assert!(say(ActionCase::PurchaseOrderUpload, "Microsoft", None).contains("upload a PDF of your purchase order"));
        assert!(say(ActionCase::AccountSetup, "Cisco", None).contains("Set up your Cisco account"));
        assert!(say(ActionCase::TermsAcceptance, "Google Workspace", None).contains("Terms and Conditions"));
        assert!(say(ActionCase::FailedChangeOrder, "Adobe", Some("quantity below minimum"))
            .contains("quantity below minimum"));
        assert!(say(ActionCase::from_key("kyc"), "Acme", None).contains("Contact support"));
    }
}
