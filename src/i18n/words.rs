//! How the domain's values read in the user's language: the sentences the domain builds
//! in English for the platform (`Change::describe`, `ActionRequired::instruction`, ...)
//! built here from the locale file's words instead, by the same rules.
use domain::notifications::{FieldError, Recipient};
use domain::orders::{ActionCase, ActionRequired, Change, ChangeKind, NoteError, OrderStatus};

use super::text::{k, name_of, percent, t, tf, tn};
use domain::fill;

/// "Order #100042".
pub fn order_title(number: &str) -> String {
    tf(k::ORDER_TITLE, &[("number", number)])
}

/// One requested change of an order, e.g. "+5 licenses: Microsoft 365 E3".
pub fn change_text(change: &Change) -> String {
    let offer = change.offer.as_str();
    let with_offer = [("offer", offer)];
    match (&change.kind, change.quantity) {
        (ChangeKind::NewSubscription, Some(n)) => tn(k::CHANGE_NEW_SUBSCRIPTION_N, n.abs(), &with_offer),
        (ChangeKind::NewSubscription, None) => tf(k::CHANGE_NEW_SUBSCRIPTION, &with_offer),
        (ChangeKind::LicenseIncrease, Some(n)) => tn(k::CHANGE_LICENSE_INCREASE, n.abs(), &with_offer),
        (ChangeKind::LicenseDecrease, Some(n)) => tn(k::CHANGE_LICENSE_DECREASE, n.abs(), &with_offer),
        (ChangeKind::Addon, Some(n)) => tf(k::CHANGE_ADDON_N, &[("offer", offer), ("n", &n.to_string())]),
        (ChangeKind::MarkupChange, _) if change.markup.is_some() || change.detail.is_some() => {
            let detail = match change.markup {
                Some(step) => format!("{} → {}", percent(step.before), percent(step.after)),
                None => change.detail.clone().unwrap_or_default(),
            };
            tf(k::CHANGE_MARKUP_DETAIL, &[("offer", offer), ("detail", &detail)])
        }
        (kind, _) => tf(k::CHANGE_OTHER, &[("kind", &name_of("change_kind", kind.key())), ("offer", offer)]),
    }
}

/// What an order status means (orders-customer-view.txt), for the panel and the
/// statuses page.
pub fn status_meaning(status: &OrderStatus) -> String {
    match status {
        OrderStatus::Unknown(_) => t(k::ORDER_STATUSES_UNKNOWN),
        known => name_of("order_status_meaning", known.key()),
    }
}

/// What the customer must do for an order in Action required.
pub fn instruction_text(action: &ActionRequired) -> String {
    let vendor = action.vendor.as_str();
    match (&action.case, &action.detail) {
        (ActionCase::FailedChangeOrder, Some(detail)) => {
            tf(k::ACTION_FAILED_CHANGE_ORDER_DETAIL, &[("vendor", vendor), ("detail", detail)])
        }
        (ActionCase::Unknown(_), _) => tf(k::ACTION_UNKNOWN, &[("vendor", vendor)]),
        (case, _) => fill(&name_of("action", case.key()), &[("vendor", vendor)]),
    }
}

/// A recipient as the edit dialog lists it.
pub fn recipient_text(recipient: &Recipient) -> String {
    match recipient {
        Recipient::Contact { contact } => tf(k::RECIPIENT_CONTACT, &[("contact", contact)]),
        Recipient::Role { role } => tf(k::RECIPIENT_ROLE, &[("role", role)]),
        Recipient::User { name, .. } => name.clone(),
        Recipient::Email { address } => address.clone(),
        Recipient::Involved { party } => match party.as_str() {
            "customer" => t(k::RECIPIENT_INVOLVED_CUSTOMER),
            "platform_user" => t(k::RECIPIENT_INVOLVED_PLATFORM_USER),
            other => tf(k::RECIPIENT_INVOLVED_OTHER, &[("party", other)]),
        },
    }
}

/// A field the dialog refuses, by the domain's rule (`FieldError::code`).
pub fn field_error_text(error: &FieldError) -> String {
    fill(&name_of("invalid", error.code), &[("value", &error.value)])
}

/// A note the rules refuse before it is sent.
pub fn note_error_text(error: &NoteError) -> String {
    match error {
        NoteError::Empty => t(k::NOTE_EMPTY),
        NoteError::TooLong { chars } => {
            tn(k::NOTE_TOO_LONG, *chars as i64, &[("max", &domain::orders::NOTE_MAX_CHARS.to_string())])
        }
    }
}
