use crate::Tone;

keyed_enum! {
    /// Order statuses, in the order the customer-view help article gives them.
    pub enum OrderStatus {
        ProvisioningStarted => "provisioning_started";
        ProvisioningFinished => "provisioning_finished";
        ProvisioningFailed => "provisioning_failed";
        Started => "started";
        Deleted => "deleted";
        Scheduled => "scheduled";
        PendingApproval => "pending_approval";
        ActionRequired => "action_required";
        InProgress => "in_progress";
        Draft => "draft";
        CompletedWithErrors => "completed_with_errors";
        Completed => "completed";
    }
}

keyed_enum! {
    /// Recent orders can still change; historical ones have been processed.
    pub enum OrderView {
        Recent => "recent";
        Historical => "historical";
    }
}

impl OrderStatus {
    /// Which view lists an order in this status. An unknown status is listed under
    /// Recent, where a user looks for orders that may need attention.
    pub fn view(&self) -> OrderView {
        use OrderStatus::*;
        match self {
            InProgress | Draft | CompletedWithErrors | Completed => OrderView::Historical,
            _ => OrderView::Recent,
        }
    }

    /// The status an order reaches next as the platform processes it, where that needs
    /// no one's action: approval leads to provisioning, provisioning finishes, a scheduled
    /// order starts, an order in progress completes. (Orders waiting for a customer's
    /// action, and ended ones, do not move on their own.)
    pub fn next_without_action(&self) -> Option<OrderStatus> {
        use OrderStatus::*;
        match self {
            PendingApproval | Scheduled => Some(ProvisioningStarted),
            ProvisioningStarted => Some(ProvisioningFinished),
            InProgress => Some(Completed),
            _ => None,
        }
    }

    /// Statuses that carry the vendor's failure reason.
    /// Whether the order may still change the subscription: not deleted, not failed, not a
    /// draft. Only such orders show the licenses a subscription will have after them.
    pub fn can_take_effect(&self) -> bool {
        !matches!(self, OrderStatus::Deleted | OrderStatus::ProvisioningFailed | OrderStatus::Draft)
    }

    pub fn has_failure_reason(&self) -> bool {
        matches!(self, OrderStatus::ProvisioningFailed | OrderStatus::CompletedWithErrors)
    }

    pub fn tone(&self) -> Tone {
        use OrderStatus::*;
        match self {
            ProvisioningFinished | Completed => Tone::Success,
            ProvisioningFailed | CompletedWithErrors => Tone::Danger,
            ActionRequired | PendingApproval => Tone::Warning,
            ProvisioningStarted | InProgress | Scheduled | Started => Tone::Info,
            Deleted | Draft | Unknown(_) => Tone::Neutral,
        }
    }

    /// Where the status comes in an order's life, for sorting by status: started in the
    /// cart, saved, sent, waiting (for a date, an approval, the customer), provisioned, and
    /// ended. A status this version does not know comes last.
    pub fn lifecycle_rank(&self) -> u8 {
        use OrderStatus::*;
        match self {
            Started => 0,
            Draft => 1,
            InProgress => 2,
            Scheduled => 3,
            PendingApproval => 4,
            ActionRequired => 5,
            ProvisioningStarted => 6,
            ProvisioningFinished => 7,
            ProvisioningFailed => 8,
            CompletedWithErrors => 9,
            Completed => 10,
            Deleted => 11,
            Unknown(_) => 12,
        }
    }

    /// `statuses` without repeats, in lifecycle order (unknown ones last, as they came).
    /// Rank by rank rather than a sort: a handful of statuses, and no sort code to ship.
    pub fn in_lifecycle_order(statuses: Vec<OrderStatus>) -> Vec<OrderStatus> {
        use OrderStatus::Unknown;
        let mut ordered: Vec<OrderStatus> = Vec::with_capacity(statuses.len());
        for rank in 0..=Unknown(String::new()).lifecycle_rank() {
            for status in &statuses {
                if status.lifecycle_rank() == rank && !ordered.contains(status) {
                    ordered.push(status.clone());
                }
            }
        }
        ordered
    }

    /// The statuses a view lists, in the order the help article gives them.
    pub fn in_view(view: &OrderView) -> Vec<OrderStatus> {
        OrderStatus::KNOWN.iter().filter(|status| &status.view() == view).cloned().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_and_historical_split_as_the_article_says() {
        let keys =
            |view: OrderView| OrderStatus::in_view(&view).iter().map(|s| s.key().to_string()).collect::<Vec<_>>();
        assert_eq!(
            keys(OrderView::Recent),
            [
                "provisioning_started",
                "provisioning_finished",
                "provisioning_failed",
                "started",
                "deleted",
                "scheduled",
                "pending_approval",
                "action_required"
            ]
        );
        assert_eq!(keys(OrderView::Historical), ["in_progress", "draft", "completed_with_errors", "completed"]);
    }

    #[test]
    fn sorting_by_status_follows_an_orders_life_not_its_key() {
        let mut statuses = OrderStatus::KNOWN.to_vec();
        statuses.push(OrderStatus::from_key("archived_by_vendor"));
        statuses.sort_by_key(OrderStatus::lifecycle_rank);
        let keys: Vec<&str> = statuses.iter().map(|s| s.key()).collect();
        assert_eq!(
            keys,
            [
                "started",
                "draft",
                "in_progress",
                "scheduled",
                "pending_approval",
                "action_required",
                "provisioning_started",
                "provisioning_finished",
                "provisioning_failed",
                "completed_with_errors",
                "completed",
                "deleted",
                "archived_by_vendor",
            ]
        );
    }

    #[test]
    fn unknown_status_keeps_its_key_and_lands_in_recent() {
        let status: OrderStatus = serde_json::from_str("\"on_hold\"").unwrap();
        assert_eq!(status, OrderStatus::Unknown("on_hold".into()));
        assert_eq!(status.key(), "on_hold");
        assert_eq!(status.view(), OrderView::Recent);
        assert_eq!(status.tone(), Tone::Neutral);
    }

    #[test]
    fn orders_move_on_without_anyone_only_where_the_platform_moves_them() {
        use OrderStatus::*;
        assert_eq!(PendingApproval.next_without_action(), Some(ProvisioningStarted));
        assert_eq!(ProvisioningStarted.next_without_action(), Some(ProvisioningFinished));
        assert_eq!(InProgress.next_without_action(), Some(Completed));
        for waiting in [ActionRequired, Draft, Completed, Deleted, ProvisioningFailed, Unknown("x".into())] {
            assert_eq!(waiting.next_without_action(), None, "{waiting:?}");
        }
    }

    #[test]
    fn failure_reasons_belong_to_the_failed_statuses() {
        let with_reason: Vec<_> = OrderStatus::KNOWN.iter().filter(|s| s.has_failure_reason()).collect();
        assert_eq!(with_reason, [&OrderStatus::ProvisioningFailed, &OrderStatus::CompletedWithErrors]);
    }
}
