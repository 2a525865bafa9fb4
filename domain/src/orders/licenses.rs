//! Licenses a subscription has after an order: the side panel's totals.
use super::{licenses_after, OrderItem, OrderStatus};

/// The licenses each subscription will have after the order (orders-customer-view.txt:
/// "the total amount of licenses that are available for the subscription"): per Purchase
/// or Update line, current quantity plus the change, as (item id, licenses). Never added
/// up across different subscriptions. Empty when the order cannot take effect (Deleted,
/// Provisioning failed, Draft) or has no such line (a suspension, a markup change). A
/// decrease below zero shows 0: a subscription cannot have negative licenses.
pub fn license_totals(items: &[OrderItem], status: &OrderStatus) -> Vec<(String, i64)> {
    if !status.can_take_effect() {
        return vec![];
    }
    items.iter().filter_map(|item| Some((item.id.clone(), licenses_after(item)?))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::orders::model::sample_item;
    use crate::orders::ItemKind;

    fn item(id: &str, kind: ItemKind, current: i64, change: i64) -> OrderItem {
        OrderItem { id: id.into(), ..sample_item(kind, current, change, "10.00", "Monthly") }
    }

    #[test]
    fn each_subscription_has_its_own_total_never_a_sum() {
        let items = [
            item("a", ItemKind::Purchase, 0, 10),
            item("b", ItemKind::Update, 20, 5),
            item("c", ItemKind::Update, 8, -3),
            item("d", ItemKind::Suspension, 4, 0),
        ];
        let totals = license_totals(&items, &OrderStatus::ProvisioningStarted);
        assert_eq!(totals, vec![("a".into(), 10), ("b".into(), 25), ("c".into(), 5)]);
    }

    #[test]
    fn no_totals_without_purchase_or_update_and_never_negative() {
        assert!(license_totals(&[item("d", ItemKind::Suspension, 4, 0)], &OrderStatus::Completed).is_empty());
        assert_eq!(license_totals(&[item("e", ItemKind::Update, 2, -5)], &OrderStatus::Completed), [("e".into(), 0)]);
    }

    #[test]
    fn orders_that_cannot_take_effect_have_no_totals() {
        let items = [item("a", ItemKind::Purchase, 0, 10)];
        for status in [OrderStatus::Deleted, OrderStatus::ProvisioningFailed, OrderStatus::Draft] {
            assert!(license_totals(&items, &status).is_empty(), "{status:?}");
        }
        assert_eq!(license_totals(&items, &OrderStatus::Scheduled).len(), 1);
    }
}
