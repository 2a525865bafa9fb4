//! The body each event's webhook receives: one envelope (event, id, time, organisation)
//! around the event's `data`, with every field described, as the platform's webhook
//! documentation gives it. The test send posts this sample; the Webhook tab shows it.
use domain::notifications::{EventInfo, PayloadField, WebhookPayload};
use serde_json::{json, Value};

/// (path, type, description) of a field of an event's body.
type Field = (&'static str, &'static str, &'static str);

const ENVELOPE: [Field; 6] = [
    ("event", "string", "The platform's event name."),
    (
        "id",
        "string",
        "The event's unique id: a repeated delivery of the same event keeps it, so a receiver can skip repeats.",
    ),
    ("occurred_at", "string (RFC 3339)", "When the event happened, in UTC."),
    ("test", "boolean", "True for a test send from the Webhook tab: nothing happened."),
    ("organization.id", "string", "The id of the customer organization the event is about."),
    ("organization.name", "string", "The name of the customer organization the event is about."),
];

const ORDER: [Field; 6] = [
    ("data.order.id", "string", "The order's id in the API (GET /orders/{id})."),
    ("data.order.number", "string", "The order number the customer sees."),
    ("data.order.status", "string", "The order's status key, e.g. provisioning_finished."),
    ("data.order.items[].offer", "string", "The offer an order line is about."),
    ("data.order.items[].vendor", "string", "The vendor of the offer."),
    ("data.order.items[].quantity_change", "number", "Licenses the line adds (positive) or removes (negative)."),
];

const SUBSCRIPTION: [Field; 5] = [
    ("data.subscription.id", "string", "The subscription's id in the API (GET /subscriptions/{id})."),
    ("data.subscription.offer", "string", "The offer the subscription is for."),
    ("data.subscription.vendor", "string", "The vendor of the offer."),
    ("data.subscription.quantity", "number", "The subscription's licenses."),
    ("data.subscription.status", "string", "The subscription's status key, e.g. active."),
];

const VENDOR_ERROR: Field = ("data.error", "string", "The vendor's reason for the failure.");

fn order_sample() -> Value {
    json!({"order": {
        "id": "100042",
        "number": "100042",
        "status": "provisioning_finished",
        "items": [{"offer": "Microsoft 365 Copilot", "vendor": "Microsoft", "quantity_change": 25}]
    }})
}

fn subscription_sample() -> Value {
    json!({"subscription": {
        "id": "sub-00042",
        "offer": "Microsoft 365 Copilot",
        "vendor": "Microsoft",
        "quantity": 25,
        "status": "active"
    }})
}

/// `base` with `extra`'s members added.
fn with(mut base: Value, extra: Value) -> Value {
    if let (Some(base), Value::Object(extra)) = (base.as_object_mut(), extra) {
        base.extend(extra);
    }
    base
}

fn about_order(extra: Value, fields: &[Field]) -> (Value, Vec<Field>) {
    (with(order_sample(), extra), ORDER.iter().chain(fields).copied().collect())
}

fn about_subscription(extra: Value, fields: &[Field]) -> (Value, Vec<Field>) {
    (with(subscription_sample(), extra), SUBSCRIPTION.iter().chain(fields).copied().collect())
}

fn quote(key: &str) -> (Value, Vec<Field>) {
    let status = match key {
        "QuoteAccepted" => "accepted",
        "QuoteCanceled" => "canceled",
        "QuoteRejected" => "rejected",
        "QuoteSent" => "sent",
        _ => "change_requested",
    };
    let mut fields = vec![
        ("data.quote.id", "string", "The quote's id."),
        ("data.quote.status", "string", "The quote's status key after the event."),
    ];
    let mut quote = json!({"id": "Q-2026-0187", "status": status});
    if key == "QuoteChangeRequested" {
        quote["comment"] = json!("Could you quote 30 licenses instead of 25?");
        fields.push(("data.quote.comment", "string", "What the customer asks to change."));
    }
    (json!({ "quote": quote }), fields)
}

/// The event's `data` and its fields.
fn data(key: &str) -> (Value, Vec<Field>) {
    match key {
        "OrderNoteAdded" => about_order(
            json!({"note": {"author": "Maria Keller", "text": "Please keep the old tenant until the end of the month."}}),
            &[
                ("data.note.author", "string", "Who wrote the note."),
                ("data.note.text", "string", "The note as written: plain text, line breaks kept."),
            ],
        ),
        "ActionRequired" => about_order(
            json!({"action": {"case": "purchase_order_upload", "vendor": "Microsoft"}}),
            &[
                (
                    "data.action.case",
                    "string",
                    "What the customer must do: purchase_order_upload, account_setup, terms_acceptance or failed_change_order.",
                ),
                ("data.action.vendor", "string", "The vendor that asks for the action."),
            ],
        ),
        "ScheduledOrderCreated" | "ScheduledOrderCanceled" => about_order(
            json!({"scheduled_for": "2026-12-15T00:00:00Z"}),
            &[("data.scheduled_for", "string (RFC 3339)", "When the scheduled change takes effect.")],
        ),
        "OfferProvisionError" | "SubscriptionRenewalFailed" | "SubscriptionChangesFailed" => about_subscription(
            json!({"error": "This offer is not available in your country and/or region anymore."}),
            &[VENDOR_ERROR],
        ),
        "SubscriptionRenewalSoon" => about_subscription(
            json!({"renewal_date": "2026-12-15", "days_before": 35}),
            &[
                ("data.renewal_date", "string (date)", "The day the subscription renews."),
                ("data.days_before", "number", "Days left until the renewal: 60, 35 or 7."),
            ],
        ),
        "SubscriptionPartialUpgrade" => about_subscription(
            json!({"upgraded_quantity": 10, "target_offer": "Microsoft 365 E5"}),
            &[
                ("data.upgraded_quantity", "number", "Licenses that were upgraded."),
                ("data.target_offer", "string", "The offer the licenses were upgraded to."),
            ],
        ),
        "OfferProvisionSuccess" | "SubscriptionRenewalSuccessful" | "SubscriptionChangesSuccessful" => {
            about_subscription(json!({}), &[])
        }
        "CustomerCreatedDuringSync" | "TenantCreated" => (
            json!({"tenant": "contoso.onmicrosoft.com", "vendor": "Microsoft"}),
            vec![
                ("data.tenant", "string", "The organization's tenant at the vendor."),
                ("data.vendor", "string", "The vendor of the tenant."),
            ],
        ),
        "OrganizationSignedUp" => (
            json!({"user": {"name": "Alex Novak", "email": "alex.novak@contoso.example"}}),
            vec![
                ("data.user.name", "string", "The user who signed up."),
                ("data.user.email", "string", "The user's e-mail address."),
            ],
        ),
        "OrganizationStatusChanged" => (
            json!({"status": {"before": "active", "after": "inactive"}}),
            vec![
                ("data.status.before", "string", "The organization's status before the change."),
                ("data.status.after", "string", "The organization's status after the change."),
            ],
        ),
        "CustomerApprovalPending" => (
            json!({"approval_url": "https://marketplace.example.com/organizations/org-contoso/approve"}),
            vec![("data.approval_url", "string", "Where the reseller approves the organization.")],
        ),
        "CardPaymentSuccessful" => (
            json!({"card": {"brand": "visa", "last4": "4242"}}),
            vec![
                ("data.card.brand", "string", "The card's brand."),
                ("data.card.last4", "string", "The card number's last four digits."),
            ],
        ),
        "PreferredCurrencyReset" => (
            json!({"currency": {"before": "GBP", "after": "EUR"}}),
            vec![
                ("data.currency.before", "string", "The currency the customer had chosen (ISO 4217)."),
                ("data.currency.after", "string", "The customer's preferred currency now (ISO 4217)."),
            ],
        ),
        "QuoteAccepted" | "QuoteCanceled" | "QuoteRejected" | "QuoteSent" | "QuoteChangeRequested" => quote(key),
        "CatalogChanged" => (
            json!({"changes": [{"offer": "Microsoft 365 E3", "vendor": "Microsoft", "change": "price"}]}),
            vec![
                ("data.changes[].offer", "string", "The offer that changed."),
                ("data.changes[].vendor", "string", "The vendor of the offer."),
                ("data.changes[].change", "string", "What changed: added, removed, price or terms."),
            ],
        ),
        "OfferAvailable" => (
            json!({"offer": {"name": "Microsoft 365 Copilot", "vendor": "Microsoft"}}),
            vec![
                ("data.offer.name", "string", "The offer that became available."),
                ("data.offer.vendor", "string", "The vendor of the offer."),
            ],
        ),
        // The order events without fields of their own (status changed, placed, approval,
        // provisioning details, proposal, disclaimer).
        _ => about_order(json!({}), &[]),
    }
}

/// The organisation a sample body is about (a test send, the documented sample).
const SAMPLE_ORGANIZATION: (&str, &str) = ("org-contoso", "Contoso Ltd");

/// The event's sample body at `at`, as a test send posts it.
pub fn sample(info: &EventInfo, at: &str) -> Value {
    body_with(info, SAMPLE_ORGANIZATION, at, true, data(&info.key).0)
}

/// The envelope around `data`.
pub fn body_with(info: &EventInfo, organization: (&str, &str), at: &str, test: bool, data: Value) -> Value {
    json!({
        "event": info.event.clone().unwrap_or_else(|| info.key.clone()),
        "id": format!("evt-{}-{}", info.key, at.replace([':', '-'], "")),
        "occurred_at": at,
        "test": test,
        "organization": {"id": organization.0, "name": organization.1},
        "data": data,
    })
}

/// What the Webhook tab shows: the sample body, laid out, and each field described in
/// the caller's language (`words` turns the English description into it).
pub fn documented(info: &EventInfo, at: &str, words: impl Fn(&str) -> String) -> WebhookPayload {
    let (data, fields) = data(&info.key);
    let sample = body_with(info, SAMPLE_ORGANIZATION, at, true, data);
    WebhookPayload {
        sample: serde_json::to_string_pretty(&sample).unwrap_or_default(),
        fields: ENVELOPE
            .iter()
            .chain(fields.iter())
            .map(|(name, kind, description)| PayloadField {
                name: name.to_string(),
                kind: kind.to_string(),
                description: words(description),
            })
            .collect(),
    }
}

/// Every description any event's fields use, for the test that each has its words.
#[cfg(test)]
pub fn all_descriptions() -> Vec<&'static str> {
    let mut all: Vec<&str> = ENVELOPE.iter().map(|f| f.2).collect();
    for info in crate::catalogue::catalogue() {
        all.extend(data(&info.key).1.iter().map(|f| f.2));
    }
    all.sort();
    all.dedup();
    all
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every leaf's path in `value`: `data.order.items[].offer`.
    fn leaves(value: &Value, path: String, out: &mut Vec<String>) {
        match value {
            Value::Object(members) => {
                for (name, member) in members {
                    let path = if path.is_empty() { name.clone() } else { format!("{path}.{name}") };
                    leaves(member, path, out);
                }
            }
            Value::Array(items) => items.iter().for_each(|item| leaves(item, format!("{path}[]"), out)),
            _ => out.push(path),
        }
    }

    #[test]
    fn every_field_of_every_body_is_documented_and_every_documented_field_is_sent() {
        for info in crate::catalogue::catalogue() {
            let payload = documented(&info, "2026-12-03T10:00:00Z", str::to_string);
            let sample: Value = serde_json::from_str(&payload.sample).unwrap();
            let mut sent = Vec::new();
            leaves(&sample, String::new(), &mut sent);
            sent.sort();
            sent.dedup();
            let mut described: Vec<String> = payload.fields.iter().map(|f| f.name.clone()).collect();
            described.sort();
            assert_eq!(sent, described, "{}", info.key);
            assert_eq!(sample["event"], info.event.clone().unwrap_or(info.key.clone()));
            assert_eq!(sample["test"], true);
        }
    }
}
