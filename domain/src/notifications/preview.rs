//! The e-mail an event sends, filled with sample data, as the help centre describes it.
//! The result is plain text blocks: the app renders them as text, never as HTML. The
//! platform's templates are its data: the stand-in serves these through
//! `GET /notification-settings/{key}/preview`, and the app carries none of their text.
use serde::{Deserialize, Serialize};

use super::EventInfo;

/// Values the preview fills in.
#[derive(Clone, Debug, PartialEq)]
pub struct SampleData {
    pub customer_name: String,
    pub customer_organization: String,
    pub reseller_name: String,
    pub order_number: String,
    pub offer: String,
    pub vendor: String,
    pub error_details: String,
    pub support_url: String,
    pub year: i32,
}

impl SampleData {
    pub fn new(reseller_name: &str, year: i32) -> Self {
        SampleData {
            customer_name: "Alex Novak".into(),
            customer_organization: "Contoso Ltd".into(),
            reseller_name: reseller_name.into(),
            order_number: "100042".into(),
            offer: "Microsoft 365 Copilot".into(),
            vendor: "Microsoft".into(),
            error_details: "This offer is not available in your country and/or region anymore.".into(),
            support_url: "https://support.example.com".into(),
            year,
        }
    }
}

/// One part of the e-mail; `part` names it for tests and screen readers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Block {
    pub part: String,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EmailPreview {
    pub subject: String,
    pub blocks: Vec<Block>,
}

/// Who an event's e-mail goes to, from the catalogue's first lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reader {
    Customer,
    /// The reseller: approvals, new organisations and tenants, quote answers, catalogue.
    Seller,
    /// The vendor: provisioning details.
    Vendor,
}

pub fn reader(key: &str) -> Reader {
    match key {
        "OrderPendingApproval"
        | "CustomerCreatedDuringSync"
        | "OrganizationSignedUp"
        | "TenantCreated"
        | "OrganizationStatusChanged"
        | "CustomerApprovalPending"
        | "QuoteAccepted"
        | "QuoteChangeRequested"
        | "CatalogChanged"
        | "OfferAvailable" => Reader::Seller,
        "ProvisioningDetails" => Reader::Vendor,
        _ => Reader::Customer,
    }
}

fn greeting(reader: Reader, data: &SampleData) -> String {
    match reader {
        Reader::Customer => format!("Dear {},", data.customer_name),
        Reader::Seller => format!("Dear {} team,", data.reseller_name),
        Reader::Vendor => format!("Dear {} team,", data.vendor),
    }
}

fn block(part: &str, text: String) -> Block {
    Block { part: part.to_string(), text }
}

pub fn preview(event: &EventInfo, data: &SampleData) -> EmailPreview {
    let footer = block("footer", format!("© {} {}. All rights reserved.", data.year, data.reseller_name));
    let support =
        block("support", format!("Questions? Our Customer Support team is here to help: {}", data.support_url));
    match event.key.as_str() {
        "ActionRequired" => EmailPreview {
            subject: format!("Action required on order #{}", data.order_number),
            blocks: vec![
                block("greeting", format!("Dear {},", data.customer_name)),
                block(
                    "status",
                    format!("The status of your order #{} has changed to Action Required.", data.order_number),
                ),
                block(
                    "vendor",
                    "The vendor requires partner and/or customer action before the order can be provisioned.".into(),
                ),
                block("instruction", "Something should be done on the order item(s) listed below.".into()),
                block("offers", format!("Affected offers: {} (vendor: {})", data.offer, data.vendor)),
                support,
                footer,
            ],
        },
        "OfferProvisionError" => EmailPreview {
            subject: format!("{} could not be provisioned", data.offer),
            blocks: vec![
                block("greeting", format!("Dear {},", data.customer_organization)),
                block(
                    "summary",
                    format!(
                        "We regret to inform you that {} could not be provisioned due to a technical issue.",
                        data.offer
                    ),
                ),
                block("details", format!("Error details: {}", data.error_details)),
                block(
                    "support",
                    format!(
                        "If you have questions or need immediate assistance, contact our support team: {}",
                        data.support_url
                    ),
                ),
                block("closing", "We apologise for the inconvenience and appreciate your patience.".into()),
                block("signature", format!("Best Regards, {}", data.reseller_name)),
                footer,
            ],
        },
        _ => EmailPreview {
            subject: event.title.clone(),
            blocks: vec![
                block("greeting", greeting(reader(&event.key), data)),
                block("body", format!("{} This e-mail tells you about it.", event.description)),
                support,
                footer,
            ],
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notifications::catalogue;

    fn preview_of(key: &str) -> EmailPreview {
        let event = catalogue().into_iter().find(|e| e.key == key).unwrap();
        preview(&event, &SampleData::new("Res. Org N.", 2026))
    }

    fn parts(p: &EmailPreview) -> Vec<&str> {
        p.blocks.iter().map(|b| b.part.as_str()).collect()
    }

    #[test]
    fn action_required_has_the_documented_elements() {
        let p = preview_of("ActionRequired");
        assert_eq!(p.subject, "Action required on order #100042");
        assert_eq!(parts(&p), ["greeting", "status", "vendor", "instruction", "offers", "support", "footer"]);
        assert!(p.blocks[0].text.contains("Alex Novak"));
        assert!(p.blocks[1].text.contains("Action Required"));
        assert!(p.blocks[6].text.contains("2026 Res. Org N."));
    }

    #[test]
    fn provision_error_has_the_documented_elements() {
        let p = preview_of("OfferProvisionError");
        assert_eq!(parts(&p), ["greeting", "summary", "details", "support", "closing", "signature", "footer"]);
        assert!(p.blocks[0].text.contains("Contoso Ltd"));
        assert!(p.blocks[2].text.contains("not available in your country"));
        assert_eq!(p.blocks[5].text, "Best Regards, Res. Org N.");
    }

    #[test]
    fn sellers_and_vendors_are_not_greeted_as_the_customer() {
        assert_eq!(preview_of("QuoteAccepted").blocks[0].text, "Dear Res. Org N. team,");
        assert_eq!(preview_of("CustomerApprovalPending").blocks[0].text, "Dear Res. Org N. team,");
        assert_eq!(preview_of("ProvisioningDetails").blocks[0].text, "Dear Microsoft team,");
        assert_eq!(preview_of("QuoteSent").blocks[0].text, "Dear Alex Novak,");
    }

    #[test]
    fn every_event_has_a_preview_with_a_footer() {
        for event in catalogue() {
            let p = preview(&event, &SampleData::new("R", 2026));
            assert!(!p.subject.is_empty());
            assert_eq!(p.blocks.last().unwrap().part, "footer", "{}", event.key);
        }
    }
}
