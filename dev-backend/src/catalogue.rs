//! Every notification event the platform sends, from the help centre's catalogue
//! (notification-types.txt, and the two events with an article of their own): the
//! platform's data, in English; `language.rs` words it in the caller's language.
use domain::notifications::{Category, EventInfo};

/// Events the platform sends only as a webhook.
const WEBHOOK_ONLY: [&str; 1] = ["CatalogChanged"];

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

/// Titles and first lines as notification-types.txt publishes them (US spelling), and for
/// the two events with an article of their own, that article's.
const EVENTS: &[(&str, &str, &str, Category, &str)] = &[
    (
        "OrderStatusChanged",
        "OrderStatusChanged",
        "The Status of the Order Changed",
        Category::Orders,
        "When the status of an order changes.",
    ),
    (
        "OnPurchaseNotification",
        "OnPurchaseNotification",
        "Subscriptions Order Placed / Canceled",
        Category::Orders,
        "When an order is placed or a subscription is canceled.",
    ),
    (
        "OnPurchaseNotificationDisclaimer",
        "OnPurchaseNotification",
        "Disclaimer About Expected Provisioning Time",
        Category::Orders,
        "When users submit an order, a disclaimer notification shows that provisioning can take time.",
    ),
    (
        "OrderNoteAdded",
        "OrderNoteAdded",
        "Order Note Added",
        Category::Orders,
        "When a note is added to any order.",
    ),
    (
        "OrderPendingApproval",
        "OrderPendingApproval",
        "Order Pending Approval",
        Category::Orders,
        "An alert when an order waits for approval by the approving partners.",
    ),
    (
        "ActionRequired",
        "ActionRequired",
        "Action required on Order",
        Category::Orders,
        "Alerts Customers when additional action is required on their Order before it can be provisioned by the Vendor.",
    ),
    (
        "ProvisioningDetails",
        "ProvisioningDetails",
        "Receive Provisioning Details by Email",
        Category::Orders,
        "When a customer places an order, the vendor receives an email with the provisioning details.",
    ),
    (
        "ScheduledOrderCreated",
        "ScheduledOrderCreated",
        "Scheduled Order - Created",
        Category::Orders,
        "When a Scheduled Change is planned (Custom Date, On Renewal).",
    ),
    (
        "ScheduledOrderCanceled",
        "ScheduledOrderCanceled",
        "Custom Date Scheduled Order Cancellation",
        Category::Orders,
        "When a scheduled change is canceled on a custom date.",
    ),
    (
        "ProposalSubmitted",
        "ProposalSubmitted",
        "Proposal Submitted",
        Category::Orders,
        "When a seller saves an order draft for the end-customer’s review.",
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
        "When a subscription's renewal is approaching: 60, 35 and 7 days before it.",
    ),
    (
        "SubscriptionRenewalSuccessful",
        "SubscriptionRenewalSuccessful",
        "Subscriptions - Renewal Successful",
        Category::OffersAndSubscriptions,
        "When a subscription renewal is successful.",
    ),
    (
        "SubscriptionRenewalFailed",
        "SubscriptionRenewalFailed",
        "Subscriptions - Renewal Failed",
        Category::OffersAndSubscriptions,
        "When a subscription renewal is failed.",
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
        "When a partial upgrade is performed (the upgraded quantity is less than the subscription's).",
    ),
    (
        "SubscriptionChangesFailed",
        "SubscriptionChangesFailed",
        "Subscriptions - Changes Failed",
        Category::OffersAndSubscriptions,
        "When an error occurs during an attempt to change a subscription.",
    ),
    (
        "CustomerCreatedDuringSync",
        "CustomerCreatedDuringSync",
        "Organizations - Customer Created During Sync",
        Category::Organizations,
        "When a new CSP customer or tenant is created during synchronization.",
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
        "When the status of organization changes, such as from active to inactive.",
    ),
    (
        "CustomerApprovalPending",
        "CustomerApprovalPending",
        "Organizations - customer approval pending",
        Category::Organizations,
        "When a new organization is created, the reseller receives a notification to approve it.",
    ),
    (
        "CardPaymentSuccessful",
        "CardPaymentSuccessful",
        "Payments - Automatic Payment by Card Successful",
        Category::Payments,
        "When your card is saved successfully.",
    ),
    (
        "PreferredCurrencyReset",
        "PreferredCurrencyReset",
        "Payments – Preferred Currency Reset",
        Category::Payments,
        "When the seller disables a currency previously selected by the customer.",
    ),
    (
        "QuoteAccepted",
        "QuoteAccepted",
        "Quotes - Accepted",
        Category::Quotes,
        "When a customer accepts a quote.",
    ),
    (
        "QuoteCanceled",
        "QuoteCanceled",
        "Quotes - Canceled",
        Category::Quotes,
        "When a quote is canceled by the Seller’s account manager.",
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
        "When a quote is rejected by the Seller’s account manager.",
    ),
    (
        "QuoteSent",
        "QuoteSent",
        "Quotes - Sent/Received",
        Category::Quotes,
        "When a new quote or a quote update is sent by an account manager.",
    ),
    (
        "CatalogChanged",
        "CatalogChanged",
        "The Product Catalog Was Changed",
        Category::Catalogue,
        "You can set up webhooks to receive alerts about significant catalog changes.",
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
            webhook_only: WEBHOOK_ONLY.contains(key),
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
            assert!(events.iter().any(|e| &e.category == category), "{category:?}");
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
