//! `--simulate-progress SECONDS`: orders move on while the stand-in runs, as they do on
//! the platform (approval, provisioning; see `OrderStatus::next_without_action`), so
//! live updates can be seen and tested. Every so many seconds each customer organisation
//! has one of its newest movable Recent orders (the ones a user watches) move to its next
//! status, chosen from the seed and the tick's number, so a run is repeatable. Moves are
//! kept in memory only.
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::RwLock;

use domain::orders::{Order, OrderStatus, OrderSummary, OrderView, StatusEvent};

use crate::data::Dataset;

/// How many of an organisation's newest movable orders a tick chooses from.
const NEWEST: usize = 8;

#[derive(Default)]
pub struct Progress {
    /// Order index → the statuses it moved through, oldest first, with when.
    moved: RwLock<HashMap<usize, Vec<(OrderStatus, String)>>>,
    ticks: AtomicU64,
}

impl Progress {
    fn current(&self, index: usize) -> Option<(OrderStatus, String)> {
        self.moved.read().unwrap_or_else(|e| e.into_inner()).get(&index).and_then(|moves| moves.last().cloned())
    }

    /// The order's summary as it is now.
    pub fn summary<'a>(&self, data: &'a Dataset, index: usize) -> Cow<'a, OrderSummary> {
        let summary = &data.orders[index].summary;
        match self.current(index) {
            None => Cow::Borrowed(summary),
            Some((status, _)) => {
                let mut moved = summary.clone();
                moved.status = status;
                Cow::Owned(moved)
            }
        }
    }

    /// The whole order as it is now, its moves in the status history.
    pub fn order(&self, data: &Dataset, index: usize) -> Order {
        let mut order = data.orders[index].clone();
        let moves = self.moved.read().unwrap_or_else(|e| e.into_inner()).get(&index).cloned().unwrap_or_default();
        for (status, at) in moves {
            order.summary.status = status.clone();
            order.details.status_history.push(StatusEvent { status, at, by: Some("Platform".into()) });
        }
        order
    }

    /// Moves one order of each customer organisation on.
    pub fn tick(&self, data: &Dataset, seed: u64, now: &str) {
        let tick = self.ticks.fetch_add(1, Ordering::SeqCst);
        for customer in 0..data.customers.len() {
            let movable: Vec<(usize, OrderStatus)> = (0..data.orders.len())
                .filter(|&i| data.order_customer[i] == customer)
                .filter_map(|i| {
                    let summary = self.summary(data, i);
                    let watched = summary.status.view() == OrderView::Recent && summary.action_required.is_none();
                    summary.status.next_without_action().filter(|_| watched).map(|next| (i, next))
                })
                .take(NEWEST)
                .collect();
            if movable.is_empty() {
                continue;
            }
            let (index, next) = movable[((seed + tick) % movable.len() as u64) as usize].clone();
            self.moved
                .write()
                .unwrap_or_else(|e| e.into_inner())
                .entry(index)
                .or_default()
                .push((next, now.to_string()));
        }
    }

    /// Moves one order on at once (`POST /__dev/orders/{id}/progress`, for tests and
    /// demos): its new status, or `None` when it has no next status of its own.
    pub fn advance(&self, data: &Dataset, index: usize, now: &str) -> Option<OrderStatus> {
        let next = self.summary(data, index).status.next_without_action()?;
        self.moved
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .entry(index)
            .or_default()
            .push((next.clone(), now.to_string()));
        Some(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_tick_moves_one_newest_order_per_organisation_the_same_way_every_run() {
        let data = crate::data::generate(7, 300);
        let (one, two) = (Progress::default(), Progress::default());
        for progress in [&one, &two] {
            progress.tick(&data, 7, "2026-11-22T10:00:00Z");
            progress.tick(&data, 7, "2026-11-22T10:00:05Z");
        }
        let moved = |p: &Progress| {
            let mut keys: Vec<usize> = p.moved.read().unwrap().keys().copied().collect();
            keys.sort();
            keys
        };
        assert_eq!(moved(&one), moved(&two), "deterministic from the seed");
        assert!(!moved(&one).is_empty());
        for index in moved(&one) {
            let before = &data.orders[index].summary.status;
            let order = one.order(&data, index);
            assert_ne!(&order.summary.status, before);
            assert_eq!(order.details.status_history.last().unwrap().status, order.summary.status);
        }
    }
}
