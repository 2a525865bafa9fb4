//! What an order line costs, said the way a customer reads a bill: the price of one
//! license for its billing period, what the change itself adds or removes, and where the
//! subscription stands after the order. The order's total is the sum of its changes.
use super::{ItemKind, OrderItem};
use crate::Money;

/// The money of one order line.
#[derive(Clone, Debug, PartialEq)]
pub struct ItemCost {
    /// One license, for the subscription's billing period (`per_period`).
    pub per_license: Money,
    pub per_period: String,
    /// The change's own amount: licenses added (or removed, negative) × the price of one.
    /// `None` when the line changes no licenses (a suspension, a markup change).
    pub change: Option<Money>,
    /// The licenses the change adds (negative: removes), as far as the subscription has them.
    pub changed: i64,
    /// The add-ons bought with the line, at their own prices.
    pub addons: Option<Money>,
    /// Licenses, and what they cost per period, once the order has run.
    pub licenses_after: Option<i64>,
    pub cost_after: Option<Money>,
}

/// The licenses a Purchase or Update line leaves the subscription with (never below 0).
pub fn licenses_after(item: &OrderItem) -> Option<i64> {
    matches!(item.kind, ItemKind::Purchase | ItemKind::Update).then(|| after_change(item))
}

fn after_change(item: &OrderItem) -> i64 {
    item.current_quantity.saturating_add(item.quantity_change).max(0)
}

/// The line's licenses before and after it, where it changes them (`25 → 20`).
pub fn quantity_step(item: &OrderItem) -> Option<(i64, i64)> {
    (item.quantity_change != 0).then(|| (item.current_quantity, after_change(item)))
}

/// What the line's change costs: the licenses it changes, signed, times the unit price.
/// A decrease below zero licenses only removes the licenses the subscription had.
pub fn change_amount(item: &OrderItem) -> Option<Money> {
    let after = licenses_after(item)?;
    let changed = after - item.current_quantity;
    (changed != 0).then(|| item.unit_price.times(changed)).flatten()
}

fn addons_amount(item: &OrderItem) -> Option<Money> {
    let lines: Option<Vec<Money>> = item.addons.iter().map(|a| a.unit_price.times(a.quantity)).collect();
    Money::sum(&lines?)
}

pub fn item_cost(item: &OrderItem) -> ItemCost {
    let after = licenses_after(item);
    ItemCost {
        per_license: item.unit_price.clone(),
        per_period: item.subscription.billing_period.clone(),
        change: change_amount(item),
        changed: after.map_or(0, |n| n - item.current_quantity),
        addons: addons_amount(item),
        licenses_after: after,
        cost_after: after.and_then(|n| item.unit_price.times(n)),
    }
}

/// The order's total by the same rule as its lines: what its changes and add-ons cost
/// (a decrease lowers it). Zero for an order that changes no licenses; `None` when the
/// lines mix currencies or hold a malformed amount.
pub fn order_change_total(items: &[OrderItem]) -> Option<Money> {
    let currency = items.first().map(|i| i.unit_price.currency.clone())?;
    let zero = Money::new("0.00", currency);
    let mut parts = vec![zero];
    for item in items {
        let cost = item_cost(item);
        parts.extend(cost.change);
        parts.extend(cost.addons);
    }
    Money::sum(&parts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::orders::model::sample_item;
    use crate::orders::Addon;

    fn item(kind: ItemKind, current: i64, change: i64, price: &str, period: &str) -> OrderItem {
        sample_item(kind, current, change, price, period)
    }

    #[test]
    fn a_line_steps_from_its_licenses_to_what_it_leaves_never_below_none() {
        assert_eq!(quantity_step(&item(ItemKind::Update, 25, -5, "1.00", "Monthly")), Some((25, 20)));
        assert_eq!(quantity_step(&item(ItemKind::Update, 3, -9, "1.00", "Monthly")), Some((3, 0)));
        assert_eq!(quantity_step(&item(ItemKind::Suspension, 10, 0, "1.00", "Monthly")), None);
    }

    #[test]
    fn an_increase_costs_its_own_licenses_and_says_where_the_subscription_ends() {
        // Order 100180's case: 129 licenses, +17 at €20.60.
        let cost = item_cost(&item(ItemKind::Update, 129, 17, "20.60", "Annual"));
        assert_eq!(cost.change, Some(Money::new("350.20", "EUR"))); // 17 × 20.60
        assert_eq!(cost.licenses_after, Some(146));
        assert_eq!(cost.cost_after, Some(Money::new("3007.60", "EUR"))); // 146 × 20.60
        assert_eq!(cost.per_license, Money::new("20.60", "EUR"));
        assert_eq!(cost.per_period, "Annual");
    }

    #[test]
    fn a_decrease_is_negative() {
        // 64 licenses fewer at €24.46: -1565.44; 100 left cost 2446.00.
        let cost = item_cost(&item(ItemKind::Update, 164, -64, "24.46", "Monthly"));
        assert_eq!(cost.change, Some(Money::new("-1565.44", "EUR")));
        assert_eq!(cost.cost_after, Some(Money::new("2446.00", "EUR")));
    }

    #[test]
    fn a_decrease_past_zero_removes_only_what_there_was() {
        let cost = item_cost(&item(ItemKind::Update, 3, -5, "10.00", "Monthly"));
        assert_eq!(cost.change, Some(Money::new("-30.00", "EUR")));
        assert_eq!(cost.changed, -3);
        assert_eq!(cost.licenses_after, Some(0));
    }

    #[test]
    fn lines_that_change_no_licenses_have_no_change_amount() {
        for kind in [ItemKind::Suspension, ItemKind::Markup] {
            let cost = item_cost(&item(kind, 40, 0, "8.00", "Monthly"));
            assert_eq!((cost.change, cost.licenses_after, cost.cost_after), (None, None, None));
        }
    }

    #[test]
    fn the_order_total_adds_the_changes_and_add_ons() {
        let mut purchase = item(ItemKind::Purchase, 0, 10, "5.50", "Monthly");
        purchase.addons = vec![Addon { name: "Audio".into(), quantity: 10, unit_price: Money::new("1.25", "EUR") }];
        let items = [
            purchase,                                            // 10 × 5.50 = 55.00, add-ons 12.50
            item(ItemKind::Update, 20, -4, "12.00", "Annual"),   // -48.00
            item(ItemKind::Suspension, 7, 0, "3.00", "Monthly"), // nothing
        ];
        // 55.00 + 12.50 - 48.00 = 19.50
        assert_eq!(order_change_total(&items), Some(Money::new("19.50", "EUR")));
        assert_eq!(order_change_total(&items[2..]), Some(Money::new("0.00", "EUR")));
        assert_eq!(order_change_total(&[]), None);
    }
}
