//! The platform's e-mail templates, one per event in the catalogue, in each language it
//! sends e-mail in (`locales/{en,de,sv}.json`, `mail`): a subject and the blocks between
//! the greeting and the footer, with `{name}` placeholders filled from sample data for
//! the preview. Webhook-only events have none.
use std::collections::HashMap;

use domain::fill;
use domain::notifications::{Block, EmailPreview};
use serde::Deserialize;

#[derive(Clone, Debug, Deserialize)]
pub struct Mail {
    /// The greeting, support line and footer every template shares.
    words: SharedWords,
    /// Sample values that are words (a status, a date as the language writes it).
    samples: HashMap<String, String>,
    /// Event key → its template.
    templates: HashMap<String, Template>,
}

#[derive(Clone, Debug, Deserialize)]
struct SharedWords {
    dear: String,
    dear_team: String,
    support: String,
    footer: String,
}

#[derive(Clone, Debug, Deserialize)]
struct Template {
    subject: String,
    /// (part, text): the body between the greeting and the footer.
    blocks: Vec<(String, String)>,
}

/// Who an event's e-mail is addressed to, from the catalogue's first lines and the two
/// event articles.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Reader {
    /// A person at the customer, greeted by name.
    Customer,
    /// The customer organisation (OfferProvisionError: "Dear Custo. Org N.,").
    Organization,
    /// The reseller: approvals, new organisations and tenants, quote answers, offers.
    Seller,
    /// The vendor: provisioning details.
    Vendor,
}

fn reader(key: &str) -> Reader {
    match key {
        "OfferProvisionError" => Reader::Organization,
        "OrderPendingApproval"
        | "CustomerCreatedDuringSync"
        | "OrganizationSignedUp"
        | "TenantCreated"
        | "OrganizationStatusChanged"
        | "CustomerApprovalPending"
        | "QuoteAccepted"
        | "QuoteChangeRequested"
        | "OfferAvailable" => Reader::Seller,
        "ProvisioningDetails" => Reader::Vendor,
        _ => Reader::Customer,
    }
}

/// The sample's values that are names and numbers, the same in every language.
fn fixed_samples(reseller: &str, year: i32) -> Vec<(&'static str, String)> {
    let s = |v: &str| v.to_string();
    vec![
        ("customer", s("Alex Novak")),
        ("organization", s("Contoso Ltd")),
        ("reseller", s(reseller)),
        ("order", s("100042")),
        ("offer", s("Microsoft 365 Copilot")),
        ("target", s("Microsoft 365 E5")),
        ("vendor", s("Microsoft")),
        ("quantity", s("25")),
        ("upgraded", s("10")),
        ("tenant", s("contoso.onmicrosoft.com")),
        ("admin", s("alex.novak@contoso.example")),
        ("card", s("4242")),
        ("quote", s("Q-2026-0187")),
        ("currency", s("EUR")),
        ("old_currency", s("GBP")),
        ("url", s("https://support.example.com")),
        ("year", year.to_string()),
    ]
}

impl Mail {
    /// The event's e-mail filled with sample data, signed by `reseller`; `None` for an
    /// event without an e-mail (webhook only) or unknown.
    pub fn preview(&self, key: &str, reseller: &str, year: i32) -> Option<EmailPreview> {
        let template = self.templates.get(key)?;
        let fixed = fixed_samples(reseller, year);
        let mut values: Vec<(&str, &str)> = fixed.iter().map(|(k, v)| (*k, v.as_str())).collect();
        values.extend(self.samples.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        let value = |name: &str| values.iter().find(|(k, _)| *k == name).map_or("", |(_, v)| *v).to_string();
        let w = &self.words;
        let greeting = match reader(key) {
            Reader::Customer => fill(&w.dear, &[("name", &value("customer"))]),
            Reader::Organization => fill(&w.dear, &[("name", &value("organization"))]),
            Reader::Seller => fill(&w.dear_team, &[("name", reseller)]),
            Reader::Vendor => fill(&w.dear_team, &[("name", &value("vendor"))]),
        };
        let block = |part: &str, text: String| Block { part: part.to_string(), text };
        let mut blocks = vec![block("greeting", greeting)];
        blocks.extend(template.blocks.iter().map(|(part, text)| block(part, fill(text, &values))));
        // A template with its own support words keeps them; the others get the shared line.
        if !template.blocks.iter().any(|(part, _)| part == "support") {
            blocks.push(block("support", fill(&w.support, &values)));
        }
        blocks.push(block("footer", fill(&w.footer, &values)));
        Some(EmailPreview { subject: fill(&template.subject, &values), blocks })
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashSet;

    use crate::language::mail_in;

    fn catalogue() -> Vec<domain::notifications::EventInfo> {
        crate::catalogue::catalogue()
    }

    #[test]
    fn every_e_mail_event_has_its_own_template_in_every_language() {
        for lang in ["en", "de", "sv"] {
            let mail = mail_in(lang);
            let mut bodies = HashSet::new();
            let mut subjects = HashSet::new();
            for event in catalogue() {
                let preview = mail.preview(&event.key, "Res. Org N.", 2026);
                if event.webhook_only {
                    assert!(preview.is_none(), "{lang}: {} sends no e-mail", event.key);
                    continue;
                }
                let preview = preview.unwrap_or_else(|| panic!("{lang}: no template for {}", event.key));
                assert_eq!(preview.blocks.first().map(|b| b.part.as_str()), Some("greeting"));
                assert_eq!(preview.blocks.last().map(|b| b.part.as_str()), Some("footer"));
                let body: Vec<&str> = preview
                    .blocks
                    .iter()
                    .filter(|b| !["greeting", "support", "footer"].contains(&b.part.as_str()))
                    .map(|b| b.text.as_str())
                    .collect();
                assert!(body.len() >= 2, "{lang}: {} has a body of its own", event.key);
                for text in preview.blocks.iter().map(|b| &b.text).chain([&preview.subject]) {
                    assert!(!text.contains('{') && !text.contains('}'), "{lang}: {}: unfilled {text:?}", event.key);
                }
                assert!(bodies.insert(body.join("\n")), "{lang}: {} shares its body with another event", event.key);
                assert!(subjects.insert(preview.subject.clone()), "{lang}: {} shares its subject", event.key);
            }
        }
    }

    #[test]
    fn the_two_documented_events_have_the_articles_elements() {
        let mail = mail_in("en");
        let action = mail.preview("ActionRequired", "Res. Org N.", 2026).unwrap();
        assert_eq!(action.subject, "Action required on order #100042");
        let parts: Vec<&str> = action.blocks.iter().map(|b| b.part.as_str()).collect();
        assert_eq!(parts, ["greeting", "status", "vendor", "instruction", "offers", "support", "footer"]);
        assert_eq!(action.blocks[0].text, "Dear Alex Novak,");
        assert!(action.blocks[3].text.contains("Something should be done"));
        assert!(action.blocks[6].text.starts_with("© 2026 Res. Org N."));

        let error = mail.preview("OfferProvisionError", "Res. Org N.", 2026).unwrap();
        let parts: Vec<&str> = error.blocks.iter().map(|b| b.part.as_str()).collect();
        assert_eq!(parts, ["greeting", "summary", "details", "support", "closing", "signature", "footer"]);
        assert_eq!(error.blocks[0].text, "Dear Contoso Ltd,");
        assert!(error.blocks[1].text.starts_with("We regret to inform you that Microsoft 365 Copilot"));
        assert!(error.blocks[2].text.contains("This offer is not available in your country and/or region anymore."));
        assert_eq!(error.blocks[5].text, "Best Regards, Res. Org N.");
    }

    #[test]
    fn sellers_and_vendors_are_not_greeted_as_the_customer() {
        let mail = mail_in("en");
        let greeting = |key: &str| mail.preview(key, "Res. Org N.", 2026).unwrap().blocks[0].text.clone();
        assert_eq!(greeting("QuoteAccepted"), "Dear Res. Org N. team,");
        assert_eq!(greeting("CustomerApprovalPending"), "Dear Res. Org N. team,");
        assert_eq!(greeting("ProvisioningDetails"), "Dear Microsoft team,");
        assert_eq!(greeting("QuoteSent"), "Dear Alex Novak,");
    }
}
