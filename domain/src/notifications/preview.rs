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
            error_details: PreviewWords::default().sample_error,
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

/// The sentences of the previews, with `{name}` placeholders: English by default; the
/// platform has them in each language it sends e-mail in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PreviewWords {
    pub dear: String,
    pub dear_team: String,
    pub footer: String,
    pub support: String,
    pub action_subject: String,
    pub action_status: String,
    pub action_vendor: String,
    pub action_instruction: String,
    pub action_offers: String,
    pub error_subject: String,
    pub error_summary: String,
    pub error_details: String,
    pub error_support: String,
    pub error_closing: String,
    pub error_signature: String,
    pub body: String,
    /// The sample's error from the vendor.
    pub sample_error: String,
}

impl Default for PreviewWords {
    fn default() -> Self {
        let s = |text: &str| text.to_string();
        PreviewWords {
            dear: s("Dear {name},"),
            dear_team: s("Dear {name} team,"),
            footer: s("© {year} {reseller}. All rights reserved."),
            support: s("Questions? Our Customer Support team is here to help: {url}"),
            action_subject: s("Action required on order #{order}"),
            action_status: s("The status of your order #{order} has changed to Action Required."),
            action_vendor: s("The vendor requires partner and/or customer action before the order can be provisioned."),
            action_instruction: s("Something should be done on the order item(s) listed below."),
            action_offers: s("Affected offers: {offer} (vendor: {vendor})"),
            error_subject: s("{offer} could not be provisioned"),
            error_summary: s("We regret to inform you that {offer} could not be provisioned due to a technical issue."),
            error_details: s("Error details: {details}"),
            error_support: s("If you have questions or need immediate assistance, contact our support team: {url}"),
            error_closing: s("We apologise for the inconvenience and appreciate your patience."),
            error_signature: s("Best Regards, {reseller}"),
            body: s("{description} This e-mail tells you about it."),
            sample_error: s("This offer is not available in your country and/or region anymore."),
        }
    }
}

/// `template` with each `{name}` replaced by its value.
fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(template.to_string(), |text, (name, value)| text.replace(&format!("{{{name}}}"), value))
}

fn block(part: &str, text: String) -> Block {
    Block { part: part.to_string(), text }
}

/// The event's e-mail in English.
pub fn preview(event: &EventInfo, data: &SampleData) -> EmailPreview {
    preview_in(event, data, &PreviewWords::default())
}

/// The event's e-mail in the language of `words` (`event` carries its title and
/// description in that language too).
pub fn preview_in(event: &EventInfo, data: &SampleData, words: &PreviewWords) -> EmailPreview {
    let w = words;
    let year = data.year.to_string();
    let footer = block("footer", fill(&w.footer, &[("year", &year), ("reseller", &data.reseller_name)]));
    let support = block("support", fill(&w.support, &[("url", &data.support_url)]));
    let order = [("order", data.order_number.as_str())];
    let offer = [("offer", data.offer.as_str())];
    match event.key.as_str() {
        "ActionRequired" => EmailPreview {
            subject: fill(&w.action_subject, &order),
            blocks: vec![
                block("greeting", fill(&w.dear, &[("name", &data.customer_name)])),
                block("status", fill(&w.action_status, &order)),
                block("vendor", w.action_vendor.clone()),
                block("instruction", w.action_instruction.clone()),
                block("offers", fill(&w.action_offers, &[("offer", &data.offer), ("vendor", &data.vendor)])),
                support,
                footer,
            ],
        },
        "OfferProvisionError" => EmailPreview {
            subject: fill(&w.error_subject, &offer),
            blocks: vec![
                block("greeting", fill(&w.dear, &[("name", &data.customer_organization)])),
                block("summary", fill(&w.error_summary, &offer)),
                block("details", fill(&w.error_details, &[("details", &data.error_details)])),
                block("support", fill(&w.error_support, &[("url", &data.support_url)])),
                block("closing", w.error_closing.clone()),
                block("signature", fill(&w.error_signature, &[("reseller", &data.reseller_name)])),
                footer,
            ],
        },
        _ => {
            let greeting = match reader(&event.key) {
                Reader::Customer => fill(&w.dear, &[("name", &data.customer_name)]),
                Reader::Seller => fill(&w.dear_team, &[("name", &data.reseller_name)]),
                Reader::Vendor => fill(&w.dear_team, &[("name", &data.vendor)]),
            };
            EmailPreview {
                subject: event.title.clone(),
                blocks: vec![
                    block("greeting", greeting),
                    block("body", fill(&w.body, &[("description", &event.description)])),
                    support,
                    footer,
                ],
            }
        }
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
