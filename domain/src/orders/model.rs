//! Order wire types: the list row, the full order, its items and notes.
use serde::{Deserialize, Serialize};

use super::{ActionRequired, Change, OrderStatus};
use crate::{Money, Role};

/// Who placed an order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CreatedBy {
    pub user_name: String,
    pub organization_name: String,
}

/// `GET /api/v1/orders`: one page of rows and, beside it, how many orders of the view are
/// in each status across every filter but the status (so each box of the status filter
/// says what choosing it shows).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrderList {
    pub items: Vec<OrderSummary>,
    /// Matching orders across all pages.
    pub total: u64,
    pub page: u32,
    pub page_size: u32,
    #[serde(default)]
    pub status_counts: Vec<(OrderStatus, u64)>,
    /// Per vendor with orders in the view, by name, across every filter but the vendor.
    #[serde(default)]
    pub vendor_counts: Vec<(String, u64)>,
}

impl OrderList {
    pub fn page_count(&self) -> u32 {
        crate::api::page_count(self.total, self.page_size)
    }

    pub fn count_of(&self, status: &OrderStatus) -> Option<u64> {
        self.status_counts.iter().find(|(s, _)| s == status).map(|(_, n)| *n)
    }
}

/// A row of the orders list (`GET /api/v1/orders`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrderSummary {
    pub id: String,
    /// The order number users quote, e.g. `"100042"`.
    pub number: String,
    pub status: OrderStatus,
    /// RFC 3339.
    pub created_at: String,
    pub created_by: CreatedBy,
    /// The licenses (offers) the order contains, one entry per item.
    pub licenses: Vec<String>,
    pub changes: Vec<Change>,
    /// The vendor's reason, for Provisioning failed and Completed with errors.
    #[serde(default)]
    pub failure_reason: Option<String>,
    #[serde(default)]
    pub action_required: Option<ActionRequired>,
    /// RFC 3339 date a Scheduled order runs on.
    #[serde(default)]
    pub scheduled_for: Option<String>,
    #[serde(default)]
    pub note_count: u32,
    /// The newest note, for the Note column.
    #[serde(default)]
    pub latest_note: Option<String>,
    pub total: Money,
}

impl OrderSummary {
    pub fn item_count(&self) -> usize {
        self.licenses.len()
    }
}

keyed_enum! {
    /// Whether an order line buys something new or changes an existing subscription.
    pub enum ItemKind {
        Purchase => "purchase";
        Update => "update";
        Suspension => "suspension";
        Cancellation => "cancellation";
        Markup => "markup";
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Addon {
    pub name: String,
    pub quantity: i64,
    pub unit_price: Money,
}

/// The subscription an order line belongs to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SubscriptionInfo {
    pub name: String,
    pub admin_email: String,
    pub first_name: String,
    pub last_name: String,
    /// Microsoft orders only.
    #[serde(default)]
    pub tenant_name: Option<String>,
    pub unit_price: Money,
    /// e.g. "Monthly", "Annual".
    pub billing_period: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrderItem {
    pub id: String,
    pub kind: ItemKind,
    pub offer: String,
    pub vendor: String,
    /// Licenses the subscription has before this order.
    pub current_quantity: i64,
    /// Licenses this order adds (positive) or removes (negative).
    pub quantity_change: i64,
    pub unit_price: Money,
    pub total: Money,
    #[serde(default)]
    pub addons: Vec<Addon>,
    pub subscription: SubscriptionInfo,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Payment {
    /// e.g. "Invoice", "Credit card ending 4242".
    pub method: String,
    pub billing_period: String,
    #[serde(default)]
    pub reference: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StatusEvent {
    pub status: OrderStatus,
    /// RFC 3339.
    pub at: String,
    #[serde(default)]
    pub by: Option<String>,
}

/// One order in full (`GET /api/v1/orders/{id}`): one JSON object, the list's fields and
/// the details. (The app reads the two parts separately from one parsed answer: serde's
/// `flatten` would cost the wasm a buffered second pass over every field.)
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Order {
    #[serde(flatten)]
    pub summary: OrderSummary,
    #[serde(flatten)]
    pub details: OrderDetails,
}

/// What `GET /api/v1/orders/{id}` adds to the list's fields.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OrderDetails {
    /// The subscription name(s) the order is about.
    pub description: String,
    pub items: Vec<OrderItem>,
    pub payment: Payment,
    pub status_history: Vec<StatusEvent>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Note {
    pub id: String,
    pub author: String,
    /// RFC 3339.
    pub created_at: String,
    pub text: String,
}

/// `POST /api/v1/orders/{id}/notes`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NewNote {
    pub text: String,
}

/// The order's lines `role` may see: markup lines are the seller's only.
pub fn visible_items(items: Vec<OrderItem>, role: &Role) -> Vec<OrderItem> {
    items.into_iter().filter(|item| role.sees_markup() || item.kind != ItemKind::Markup).collect()
}

/// An order line for tests: `change` licenses of one offer on top of `current`, at
/// `price` per license and `period`.
#[cfg(test)]
pub(crate) fn sample_item(kind: ItemKind, current: i64, change: i64, price: &str, period: &str) -> OrderItem {
    let price = Money::new(price, "EUR");
    OrderItem {
        id: "1".into(),
        kind,
        offer: "Microsoft 365 E3".into(),
        vendor: "Microsoft".into(),
        current_quantity: current,
        quantity_change: change,
        unit_price: price.clone(),
        total: price.clone(),
        addons: vec![],
        subscription: SubscriptionInfo {
            name: "Sub".into(),
            admin_email: "a@b.c".into(),
            first_name: "A".into(),
            last_name: "B".into(),
            tenant_name: None,
            unit_price: price,
            billing_period: period.into(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_lines_are_the_sellers_only() {
        let items = || {
            vec![
                sample_item(ItemKind::Purchase, 0, 5, "1.00", "Monthly"),
                sample_item(ItemKind::Markup, 5, 0, "1.00", "Monthly"),
            ]
        };
        assert_eq!(visible_items(items(), &Role::Customer).len(), 1);
        assert_eq!(visible_items(items(), &Role::CustomerAdmin).len(), 1);
        assert_eq!(visible_items(items(), &Role::SellerAdmin).len(), 2);
    }
}
