//! The orders list as CSV (RFC 4180), for `GET /orders/export`: one row per order the
//! caller may see, in the list's order. Dates are ISO 8601 as the API gives them; money
//! is a decimal and a currency column; the platform's own cells are English sentences
//! that never start like a formula, and a user's cell that would is defused.
use domain::orders::{visible_changes, ActionCase, ActionRequired, Change, ChangeKind, OrderSummary};
use domain::Role;

use crate::words::{english, english_filled};

/// The header row.
pub const CSV_HEADER: &str = "order_number,created_at,status,created_by,created_by_organization,requested_changes,\
items,total,currency,failure_reason,required_action,latest_note\r\n";

/// The UTF-8 byte-order mark a file starts with, so that Excel reads it as UTF-8 (×, →, –
/// and accented names stay whole); `?bom=false` leaves it out for scripts.
pub const CSV_BOM: &str = "\u{FEFF}";

/// One cell: quoted when it holds a comma, quote or line break (quotes doubled), and
/// prefixed with `'` when it begins with `=`, `+`, `-`, `@`, a tab or a carriage return,
/// so a spreadsheet shows it as text instead of running it (OWASP's CSV injection rule).
/// A plain negative amount (`-9.13`, a decrease's total) is no formula and stays a number.
pub fn csv_cell(value: &str) -> String {
    let risky = value.starts_with(['=', '+', '-', '@', '\t', '\r']) && !is_negative_decimal(value);
    let defused = if risky { format!("'{value}") } else { value.to_string() };
    if defused.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", defused.replace('"', "\"\""))
    } else {
        defused
    }
}

/// `-` then digits, with at most one `.` between digits: `-9.13`, `-560`.
fn is_negative_decimal(value: &str) -> bool {
    let Some(digits) = value.strip_prefix('-') else { return false };
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, "0"));
    let all_digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    all_digits(whole) && all_digits(fraction)
}

/// The order's row as `role` may see it (markup changes only for sellers); its status
/// as the platform names it in English, the language of exported data.
pub fn csv_row(order: &OrderSummary, role: &Role) -> String {
    let changes: Vec<String> = visible_changes(&order.changes, role).into_iter().map(describe).collect();
    let cells = [
        order.number.clone(),
        order.created_at.clone(),
        english("order_status", order.status.key()),
        order.created_by.user_name.clone(),
        order.created_by.organization_name.clone(),
        changes.join("; "),
        order.licenses.join("; "),
        order.total.amount.clone(),
        order.total.currency.clone(),
        order.failure_reason.clone().filter(|_| order.status.has_failure_reason()).unwrap_or_default(),
        order.action_required.as_ref().map(instruction).unwrap_or_default(),
        order.latest_note.clone().unwrap_or_default(),
    ];
    let mut row = cells.iter().map(|c| csv_cell(c)).collect::<Vec<_>>().join(",");
    row.push_str("\r\n");
    row
}

/// The change in plain words for the Requested changes column, in English (the
/// language of exported data).
fn describe(change: &Change) -> String {
    let licenses = |n: i64| if n.abs() == 1 { "license" } else { "licenses" };
    let offer = &change.offer;
    match (&change.kind, change.quantity) {
        (ChangeKind::NewSubscription, Some(n)) => {
            format!("New subscription: {offer}, {n} {}", licenses(n))
        }
        (ChangeKind::NewSubscription, None) => format!("New subscription: {offer}"),
        // Worded so that no cell starts with `+` or `-`, which a spreadsheet reads as
        // the start of a formula.
        (ChangeKind::LicenseIncrease, Some(n)) => {
            format!("{} {} added: {offer}", n.abs(), licenses(n))
        }
        (ChangeKind::LicenseDecrease, Some(n)) => {
            format!("{} {} removed: {offer}", n.abs(), licenses(n))
        }
        (ChangeKind::Addon, Some(n)) => format!("Add-on: {offer} ×{n}"),
        (ChangeKind::MarkupChange, _) => match (&change.markup, &change.detail) {
            (Some(step), _) => format!("Markup change: {offer} ({}% → {}%)", step.before, step.after),
            (None, Some(detail)) => format!("Markup change: {offer} ({detail})"),
            (None, None) => format!("Markup change: {offer}"),
        },
        (kind, _) => format!("{}: {offer}", english("change_kind", kind.key())),
    }
}

/// What the customer must do for an order that waits for them, in English.
fn instruction(action: &ActionRequired) -> String {
    let key = match (&action.case, &action.detail) {
        (ActionCase::FailedChangeOrder, Some(_)) => "failed_change_order_detail",
        (ActionCase::Unknown(_), _) => "unknown",
        (case, _) => case.key(),
    };
    let detail = action.detail.as_deref().unwrap_or_default();
    english_filled("action", key, &[("vendor", &action.vendor), ("detail", detail)])
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::orders::MarkupStep;

    #[test]
    fn cells_are_quoted_as_rfc_4180_says() {
        assert_eq!(csv_cell("plain"), "plain");
        assert_eq!(csv_cell("a,b"), "\"a,b\"");
        assert_eq!(csv_cell("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_cell("two\nlines"), "\"two\nlines\"");
        assert_eq!(csv_cell(""), "");
    }

    #[test]
    fn formula_like_cells_are_shown_as_text() {
        assert_eq!(csv_cell("=HYPERLINK(\"http://x\")"), "\"'=HYPERLINK(\"\"http://x\"\")\"");
        assert_eq!(csv_cell("+1"), "'+1");
        assert_eq!(csv_cell("-96 licenses: Adobe Acrobat Pro"), "'-96 licenses: Adobe Acrobat Pro");
        assert_eq!(csv_cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(csv_cell("\tcmd"), "'\tcmd");
        assert_eq!(csv_cell("a=b"), "a=b", "only the first character counts");
    }

    #[test]
    fn a_negative_amount_stays_a_number() {
        assert_eq!(csv_cell("-9.13"), "-9.13");
        assert_eq!(csv_cell("-560"), "-560");
        for risky in ["-1+1", "-9.", "-.5", "-", "-1.2.3", "-1e5", "-A1"] {
            assert_eq!(csv_cell(risky), format!("'{risky}"), "{risky}");
        }
    }

    fn change(kind: ChangeKind, quantity: Option<i64>) -> Change {
        Change { kind, offer: "Microsoft 365 E3".into(), quantity, detail: None, markup: None }
    }

    #[test]
    fn describes_each_change_in_plain_words() {
        assert_eq!(
            describe(&change(ChangeKind::NewSubscription, Some(10))),
            "New subscription: Microsoft 365 E3, 10 licenses"
        );
        assert_eq!(describe(&change(ChangeKind::LicenseIncrease, Some(5))), "5 licenses added: Microsoft 365 E3");
        assert_eq!(describe(&change(ChangeKind::LicenseDecrease, Some(1))), "1 license removed: Microsoft 365 E3");
        assert_eq!(describe(&change(ChangeKind::LicenseDecrease, Some(-3))), "3 licenses removed: Microsoft 365 E3");
        assert_eq!(describe(&change(ChangeKind::Suspension, None)), "Suspension: Microsoft 365 E3");
        let markup =
            Change { markup: Some(MarkupStep { before: 10.0, after: 12.5 }), ..change(ChangeKind::MarkupChange, None) };
        assert_eq!(describe(&markup), "Markup change: Microsoft 365 E3 (10% → 12.5%)");
        let worded = Change { detail: Some("10% → 12%".into()), ..change(ChangeKind::MarkupChange, None) };
        assert_eq!(describe(&worded), "Markup change: Microsoft 365 E3 (10% → 12%)");
        assert_eq!(
            describe(&change(ChangeKind::Unknown("transfer".into()), None)),
            "Unknown: transfer: Microsoft 365 E3"
        );
    }

    #[test]
    fn each_vendor_case_says_what_to_do() {
        let say = |case: ActionCase, vendor: &str, detail: Option<&str>| {
            instruction(&ActionRequired {
                case,
                vendor: vendor.into(),
                detail: detail.map(Into::into),
                action_url: None,
                action_label: None,
            })
        };
        assert_eq!(
            say(ActionCase::PurchaseOrderUpload, "Microsoft", None),
            "Microsoft selected this order for review: upload a PDF of your purchase order. It is uploaded in \
             Microsoft's partner tools, not in this console: send the PDF to your seller, who uploads it."
        );
        assert_eq!(
            say(ActionCase::AccountSetup, "Cisco", None),
            "Set up your Cisco account: provisioning starts only after that."
        );
        assert!(say(ActionCase::TermsAcceptance, "Google Workspace", None)
            .starts_with("Accept the Google Workspace Terms and Conditions: the subscription stays suspended"));
        assert_eq!(
            say(ActionCase::FailedChangeOrder, "Adobe", Some("quantity below minimum.")),
            "A change order failed at Adobe: quantity below minimum. Review it and submit the change again."
        );
        assert_eq!(
            say(ActionCase::FailedChangeOrder, "Adobe", None),
            "A change order failed at Adobe. Review it and submit the change again."
        );
        assert_eq!(
            say(ActionCase::from_key("kyc"), "Acme", None),
            "Acme needs an action on this order. Contact support for the next step."
        );
        // A vendor or detail holding braces is written as it is, never filled again.
        assert!(say(ActionCase::FailedChangeOrder, "{detail}", Some("x."))
            .starts_with("A change order failed at {detail}: x."));
    }
}
