//! What an order asks to change, in plain words, and who may see it.
use serde::{Deserialize, Serialize};

use crate::Role;

keyed_enum! {
    pub enum ChangeKind {
        NewSubscription => "new_subscription";
        LicenseIncrease => "license_increase";
        LicenseDecrease => "license_decrease";
        Suspension => "suspension";
        Reactivation => "reactivation";
        Cancellation => "cancellation";
        Addon => "addon";
        MarkupChange => "markup_change";
    }
}

/// One requested change of an order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Change {
    pub kind: ChangeKind,
    /// The offer (or add-on) the change is about.
    pub offer: String,
    /// Licenses added or removed; absent for changes without a quantity.
    #[serde(default)]
    pub quantity: Option<i64>,
    /// Extra detail in the platform's words, where it has no field of its own.
    #[serde(default)]
    pub detail: Option<String>,
    /// A markup change's rates before and after, so each reader writes them in their own
    /// locale (`8% → 9%`, `8 % → 9 %`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub markup: Option<MarkupStep>,
}

/// A markup rate before and after a change, in percent (`8.5` is 8.5 %).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct MarkupStep {
    pub before: f64,
    pub after: f64,
}

impl Change {
    pub fn is_markup(&self) -> bool {
        self.kind == ChangeKind::MarkupChange
    }

    /// The signed change in license count this change makes, if it makes one.
    pub fn license_delta(&self) -> Option<i64> {
        let n = self.quantity?;
        match self.kind {
            ChangeKind::NewSubscription | ChangeKind::LicenseIncrease => Some(n.abs()),
            ChangeKind::LicenseDecrease => Some(-n.abs()),
            _ => None,
        }
    }
}

/// The changes a role may see: customer roles never see a markup change.
pub fn visible_changes<'a>(changes: &'a [Change], role: &Role) -> Vec<&'a Change> {
    changes.iter().filter(|change| role.sees_markup() || !change.is_markup()).collect()
}

/// An order whose only change is markup is hidden from customer roles entirely.
pub fn order_visible_to(changes: &[Change], role: &Role) -> bool {
    role.sees_markup() || changes.is_empty() || !visible_changes(changes, role).is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(kind: ChangeKind, quantity: Option<i64>) -> Change {
        Change { kind, offer: "Microsoft 365 E3".into(), quantity, detail: None, markup: None }
    }

    #[test]
    fn customers_never_see_markup_and_markup_only_orders_vanish() {
        let markup_only = [change(ChangeKind::MarkupChange, None)];
        let mixed = [change(ChangeKind::MarkupChange, None), change(ChangeKind::LicenseIncrease, Some(2))];
        for role in [Role::Customer, Role::CustomerAdmin] {
            assert!(!order_visible_to(&markup_only, &role));
            assert!(order_visible_to(&mixed, &role));
            assert_eq!(visible_changes(&mixed, &role).len(), 1);
            assert!(!visible_changes(&mixed, &role)[0].is_markup());
        }
        assert!(order_visible_to(&markup_only, &Role::SellerAdmin));
        assert_eq!(visible_changes(&mixed, &Role::SellerAdmin).len(), 2);
    }

    #[test]
    fn license_deltas_are_signed() {
        assert_eq!(change(ChangeKind::NewSubscription, Some(10)).license_delta(), Some(10));
        assert_eq!(change(ChangeKind::LicenseDecrease, Some(4)).license_delta(), Some(-4));
        assert_eq!(change(ChangeKind::Suspension, None).license_delta(), None);
    }
}
