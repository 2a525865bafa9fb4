//! Every notification event the platform sends, from the help centre's catalogue.
use serde::{Deserialize, Serialize};

keyed_enum! {
    pub enum Category {
        Orders => "orders", "Orders";
        OffersAndSubscriptions => "offers_and_subscriptions", "Offers and subscriptions";
        Organizations => "organizations", "Organisations";
        Payments => "payments", "Payments";
        Quotes => "quotes", "Quotes";
        Catalogue => "catalogue", "Catalogue";
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
}

/// The platform's event names the articles give (notification-types.txt and the two
/// event articles); `OnPurchaseNotification` names two templates.
const PLATFORM_NAMES: [&str; 6] = [
    "ActionRequired",
    "OfferProvisionError",
    "OrderStatusChanged",
    "OrderNoteAdded",
    "OrderPendingApproval",
    "OnPurchaseNotification",
];

const EVENTS: &[(&str, &str, &str, Category, &str)] = &[
    (
        "OrderStatusChanged",
        "OrderStatusChanged",
        "The status of the Order changed",
        Category::Orders,
        "When the status of an order changes.",
    ),
    (
        "OnPurchaseNotification",
        "OnPurchaseNotification",
        "Subscriptions Order placed / canceled",
        Category::Orders,
        "When an order is placed or a subscription is canceled.",
    ),
    (
        "OnPurchaseNotificationDisclaimer",
        "OnPurchaseNotification",
        "Order provisioning timeline disclaimer",
        Category::Orders,
        "When users submit an order: a disclaimer that provisioning can take time.",
    ),
    ("OrderNoteAdded", "OrderNoteAdded", "Order Note Added", Category::Orders, "When a note is added to any order."),
    (
        "OrderPendingApproval",
        "OrderPendingApproval",
        "Orders - pending approval",
        Category::Orders,
        "When an order waits for approval by the approving partners.",
    ),
    (
        "ActionRequired",
        "ActionRequired",
        "Action required on Order",
        Category::Orders,
        "When the vendor needs an action from the customer before an order can be provisioned.",
    ),
    (
        "ProvisioningDetails",
        "ProvisioningDetails",
        "Receive Provisioning Details by Email",
        Category::Orders,
        "When a customer places an order, the vendor receives the provisioning details by e-mail.",
    ),
    (
        "ScheduledOrderCreated",
        "ScheduledOrderCreated",
        "Scheduled Order - Created",
        Category::Orders,
        "When a scheduled change is planned (custom date, on renewal).",
    ),
    (
        "ScheduledOrderCanceled",
        "ScheduledOrderCanceled",
        "Custom Date Scheduled Order Cancellation",
        Category::Orders,
        "When a scheduled change on a custom date is canceled.",
    ),
    (
        "ProposalSubmitted",
        "ProposalSubmitted",
        "Proposal Submitted",
        Category::Orders,
        "When a seller saves an order draft for the end-customer's review.",
    ),
    (
        "OfferProvisionSuccess",
        "OfferProvisionSuccess",
        "Subscriptions - Provisioning Successful",
        Category::OffersAndSubscriptions,
        "When an offer is successfully provisioned by the vendor.",
    ),
    (
        "OfferProvisionError",
        "OfferProvisionError",
        "Subscriptions - provisioning failed",
        Category::OffersAndSubscriptions,
        "When an error occurs during order provisioning.",
    ),
    (
        "SubscriptionRenewalSoon",
        "SubscriptionRenewalSoon",
        "Subscriptions - Renewal Soon",
        Category::OffersAndSubscriptions,
        "60, 35 and 7 days before a subscription renews.",
    ),
    (
        "SubscriptionRenewalSuccessful",
        "SubscriptionRenewalSuccessful",
        "Subscriptions - Renewal Successful",
        Category::OffersAndSubscriptions,
        "When a subscription renewal succeeds.",
    ),
    (
        "SubscriptionRenewalFailed",
        "SubscriptionRenewalFailed",
        "Subscriptions - Renewal Failed",
        Category::OffersAndSubscriptions,
        "When a subscription renewal fails.",
    ),
    (
        "SubscriptionChangesSuccessful",
        "SubscriptionChangesSuccessful",
        "Subscriptions Changes Successful",
        Category::OffersAndSubscriptions,
        "When a subscription is successfully changed, including any status update.",
    ),
    (
        "SubscriptionPartialUpgrade",
        "SubscriptionPartialUpgrade",
        "Subscription Changed Successfully - Partial Upgrade",
        Category::OffersAndSubscriptions,
        "When a partial upgrade upgrades fewer licenses than the subscription has.",
    ),
    (
        "SubscriptionChangesFailed",
        "SubscriptionChangesFailed",
        "Subscriptions - Changes Failed",
        Category::OffersAndSubscriptions,
        "When an error occurs while changing a subscription.",
    ),
    (
        "CustomerCreatedDuringSync",
        "CustomerCreatedDuringSync",
        "Organizations - Customer Created During Sync",
        Category::Organizations,
        "When a new CSP customer or tenant is created during synchronisation.",
    ),
    (
        "OrganizationSignedUp",
        "OrganizationSignedUp",
        "Organizations – New Organization Signed Up",
        Category::Organizations,
        "When a new end-customer user signs up into the platform for the first time.",
    ),
    (
        "TenantCreated",
        "TenantCreated",
        "Organizations - New Tenant Created",
        Category::Organizations,
        "When a new Microsoft tenant is created.",
    ),
    (
        "OrganizationStatusChanged",
        "OrganizationStatusChanged",
        "Organizations - Status Changed",
        Category::Organizations,
        "When an organisation's status changes, such as from active to inactive.",
    ),
    (
        "CustomerApprovalPending",
        "CustomerApprovalPending",
        "Organizations - customer approval pending",
        Category::Organizations,
        "When a new organisation is created and waits for the reseller's approval.",
    ),
    (
        "CardPaymentSuccessful",
        "CardPaymentSuccessful",
        "Payments - Automatic Payment by Card Successful",
        Category::Payments,
        "When a card is saved and charged successfully.",
    ),
    (
        "PreferredCurrencyReset",
        "PreferredCurrencyReset",
        "Payments – Preferred Currency Reset",
        Category::Payments,
        "When the seller disables a currency the customer had chosen.",
    ),
    ("QuoteAccepted", "QuoteAccepted", "Quotes - Accepted", Category::Quotes, "When a customer accepts a quote."),
    (
        "QuoteCanceled",
        "QuoteCanceled",
        "Quotes - Canceled",
        Category::Quotes,
        "When the seller's account manager cancels a quote.",
    ),
    (
        "QuoteChangeRequested",
        "QuoteChangeRequested",
        "Quote - Change Requested",
        Category::Quotes,
        "When a customer requests a change to a quote.",
    ),
    (
        "QuoteRejected",
        "QuoteRejected",
        "Quotes - Rejected",
        Category::Quotes,
        "When the seller's account manager rejects a quote.",
    ),
    (
        "QuoteSent",
        "QuoteSent",
        "Quotes - Sent/Received",
        Category::Quotes,
        "When an account manager sends a new quote or a quote update.",
    ),
    (
        "CatalogChanged",
        "CatalogChanged",
        "The Product Catalog Was Changed",
        Category::Catalogue,
        "When significant changes are made to the product catalogue (webhook).",
    ),
    (
        "OfferAvailable",
        "OfferAvailable",
        "Offers - Become Available",
        Category::Catalogue,
        "When a vendor has an available product with an active offer.",
    ),
];

/// The whole catalogue, in display order (grouped by category).
pub fn catalogue() -> Vec<EventInfo> {
    EVENTS
        .iter()
        .map(|(key, event, title, category, description)| EventInfo {
            key: key.to_string(),
            event: PLATFORM_NAMES.contains(event).then(|| event.to_string()),
            title: title.to_string(),
            category: category.clone(),
            description: description.to_string(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn keys_are_unique_and_every_category_is_used() {
        let events = catalogue();
        let keys: HashSet<_> = events.iter().map(|e| e.key.as_str()).collect();
        assert_eq!(keys.len(), events.len());
        for category in Category::KNOWN {
            assert!(events.iter().any(|e| &e.category == category), "{category}");
        }
    }

    #[test]
    fn only_the_platforms_own_event_names_are_given() {
        let named: Vec<_> = catalogue().into_iter().filter_map(|e| e.event.map(|name| (e.key, name))).collect();
        assert_eq!(named.len(), 7, "six names, one of them for two templates: {named:?}");
        assert!(named.contains(&("OnPurchaseNotificationDisclaimer".into(), "OnPurchaseNotification".into())));
    }

    #[test]
    fn holds_the_order_events_and_the_provisioning_error() {
        let keys: HashSet<_> = catalogue().into_iter().map(|e| e.key).collect();
        for key in [
            "OrderStatusChanged",
            "OnPurchaseNotification",
            "OnPurchaseNotificationDisclaimer",
            "OrderNoteAdded",
            "OrderPendingApproval",
            "ActionRequired",
            "OfferProvisionError",
        ] {
            assert!(keys.contains(key), "{key}");
        }
        assert_eq!(keys.len(), 32);
    }
}
