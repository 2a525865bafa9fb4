//! The orders list as CSV (RFC 4180), for `GET /orders/export`: one row per order the
//! caller may see, in the list's order. Dates are ISO 8601 as the API gives them; money
//! is a decimal and a currency column; a cell that a spreadsheet would run as a formula
//! is defused.
use super::{visible_changes, OrderSummary};
use crate::Role;

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
    let changes: Vec<String> = visible_changes(&order.changes, role).iter().map(|c| c.describe()).collect();
    let cells = [
        order.number.clone(),
        order.created_at.clone(),
        order.status.label(),
        order.created_by.user_name.clone(),
        order.created_by.organization_name.clone(),
        changes.join("; "),
        order.licenses.join("; "),
        order.total.amount.clone(),
        order.total.currency.clone(),
        order.failure_reason.clone().filter(|_| order.status.has_failure_reason()).unwrap_or_default(),
        order.action_required.as_ref().map(|action| action.instruction()).unwrap_or_default(),
        order.latest_note.clone().unwrap_or_default(),
    ];
    let mut row = cells.iter().map(|c| csv_cell(c)).collect::<Vec<_>>().join(",");
    row.push_str("\r\n");
    row
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
