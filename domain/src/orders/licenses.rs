//! Licenses a subscription has after an order: the side panel's totals.
use super::{ItemKind, OrderItem};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LicenseTotals {
    /// (item id, licenses after the order) for each Purchase or Update line.
    pub per_item: Vec<(String, i64)>,
    pub total: i64,
}

/// Current quantity plus the change, per Purchase/Update item and in total. `None` when
/// the order has no such item (a suspension or a markup change has no license total).
/// A decrease below zero shows 0: a subscription cannot have negative licenses.
pub fn license_totals(items: &[OrderItem]) -> Option<LicenseTotals> {
    let per_item: Vec<(String, i64)> = items
        .iter()
        .filter(|item| matches!(item.kind, ItemKind::Purchase | ItemKind::Update))
        .map(|item| {
            let after = item.current_quantity.saturating_add(item.quantity_change).max(0);
            (item.id.clone(), after)
        })
        .collect();
    if per_item.is_empty() {
        return None;
    }
    let total = per_item.iter().map(|(_, n)| n).sum();
    Some(LicenseTotals { per_item, total })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::orders::SubscriptionInfo;
    use crate::Money;

    fn item(id: &str, kind: ItemKind, current: i64, change: i64) -> OrderItem {
        let price = Money::new("10.00", "EUR");
        OrderItem {
            id: id.into(),
            kind,
            offer: "Offer".into(),
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
                billing_period: "Monthly".into(),
            },
        }
    }

    #[test]
    fn totals_are_current_plus_change_for_purchase_and_update() {
        let items = [
            item("a", ItemKind::Purchase, 0, 10),
            item("b", ItemKind::Update, 20, 5),
            item("c", ItemKind::Update, 8, -3),
            item("d", ItemKind::Suspension, 4, 0),
        ];
        let totals = license_totals(&items).unwrap();
        assert_eq!(totals.per_item, vec![("a".into(), 10), ("b".into(), 25), ("c".into(), 5)]);
        assert_eq!(totals.total, 40);
    }

    #[test]
    fn no_totals_without_purchase_or_update_and_never_negative() {
        assert_eq!(license_totals(&[item("d", ItemKind::Suspension, 4, 0)]), None);
        assert_eq!(license_totals(&[item("e", ItemKind::Update, 2, -5)]).unwrap().total, 0);
    }
}
