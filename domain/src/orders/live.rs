//! The rules of the live orders list, as plain values over time passed in (so tests use
//! a fake clock): which rows changed between two answers, how long to wait after
//! failures, and which rows are highlighted when.
use super::{OrderList, OrderSummary};

/// Longest wait between checks after repeated failures.
pub const MAX_BACKOFF_SECONDS: u64 = 300;
/// How long a changed row stays highlighted after its latest change.
pub const HIGHLIGHT_MS: u64 = 4_000;

/// The orders on `after`'s page whose status differs from `before`'s.
pub fn status_changes<'a>(before: &OrderList, after: &'a OrderList) -> Vec<&'a OrderSummary> {
    after
        .items
        .iter()
        .filter(|new| before.items.iter().any(|old| old.id == new.id && old.status != new.status))
        .collect()
}

/// Seconds until the next check after `failures` failures in a row: the interval doubled
/// per failure, at most [`MAX_BACKOFF_SECONDS`], and never sooner than the server asked
/// (`Retry-After`).
pub fn next_check_seconds(interval_seconds: u64, failures: u32, retry_after: Option<u32>) -> u64 {
    let backoff =
        if failures == 0 { interval_seconds } else { (interval_seconds << failures.min(8)).min(MAX_BACKOFF_SECONDS) };
    backoff.max(retry_after.map_or(0, u64::from))
}

/// Rows highlighted because they just changed, each until [`HIGHLIGHT_MS`] after its
/// latest change: a row that changes again while highlighted keeps its highlight for the
/// full time from the new change.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Highlights {
    /// (order id, highlighted until, in ms of the caller's clock).
    rows: Vec<(String, f64)>,
}

impl Highlights {
    /// `ids` changed at `now_ms`.
    pub fn changed(&mut self, ids: &[String], now_ms: f64) {
        self.rows.retain(|(id, _)| !ids.contains(id));
        self.rows.extend(ids.iter().map(|id| (id.clone(), now_ms + HIGHLIGHT_MS as f64)));
    }

    /// Drops the highlights that are over at `now_ms`; true when one was.
    pub fn expire(&mut self, now_ms: f64) -> bool {
        let before = self.rows.len();
        self.rows.retain(|(_, until)| *until > now_ms);
        self.rows.len() != before
    }

    /// The highlighted rows' ids.
    pub fn ids(&self) -> Vec<String> {
        self.rows.iter().map(|(id, _)| id.clone()).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_second_change_within_the_highlight_keeps_it_for_the_full_time() {
        let mut h = Highlights::default();
        h.changed(&ids(&["100001"]), 0.0);
        h.changed(&ids(&["100001", "100002"]), 3_000.0);
        // The first change's time is over; the row changed again since.
        assert!(!h.expire(4_000.0));
        assert_eq!(h.ids(), ids(&["100001", "100002"]));
        assert!(h.expire(7_000.0));
        assert!(h.ids().is_empty());
    }

    #[test]
    fn each_row_keeps_its_own_time() {
        let mut h = Highlights::default();
        h.changed(&ids(&["a"]), 0.0);
        h.changed(&ids(&["b"]), 2_000.0);
        assert!(h.expire(4_000.0));
        assert_eq!(h.ids(), ids(&["b"]));
    }

    #[test]
    fn failures_double_the_wait_up_to_five_minutes_and_retry_after_wins() {
        assert_eq!(next_check_seconds(15, 0, None), 15);
        assert_eq!(next_check_seconds(15, 1, None), 30);
        assert_eq!(next_check_seconds(15, 2, None), 60);
        assert_eq!(next_check_seconds(15, 5, None), 300);
        assert_eq!(next_check_seconds(15, 30, None), 300);
        assert_eq!(next_check_seconds(15, 1, Some(120)), 120);
        assert_eq!(next_check_seconds(15, 0, Some(5)), 15);
    }

    #[test]
    fn only_rows_whose_status_moved_are_changes() {
        use crate::orders::OrderStatus;
        let json = |status: &str| {
            format!(
                r#"{{"items": [{{"id": "1", "number": "1", "status": "{status}", "created_at": "2026-11-20T10:00:00Z",
                "created_by": {{"user_name": "A", "organization_name": "B"}}, "licenses": [], "changes": [],
                "total": {{"amount": "1.00", "currency": "EUR"}}}},
                {{"id": "2", "number": "2", "status": "completed", "created_at": "2026-11-20T10:00:00Z",
                "created_by": {{"user_name": "A", "organization_name": "B"}}, "licenses": [], "changes": [],
                "total": {{"amount": "1.00", "currency": "EUR"}}}}], "total": 2, "page": 1, "page_size": 25}}"#
            )
        };
        let before: OrderList = serde_json::from_str(&json("provisioning_started")).unwrap();
        let after: OrderList = serde_json::from_str(&json("provisioning_finished")).unwrap();
        let changed = status_changes(&before, &after);
        assert_eq!(changed.len(), 1);
        assert_eq!((changed[0].id.as_str(), &changed[0].status), ("1", &OrderStatus::ProvisioningFinished));
        assert!(status_changes(&after, &after).is_empty());
    }
}
