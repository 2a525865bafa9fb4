//! The 16 statuses (by key: the app words them), what each allows, and a subscription as
//! the API sends it.
use serde::{Deserialize, Serialize};

use crate::{Role, Tone};

keyed_enum! {
    /// The statuses of the service-provider portal's status table, in its order.
    pub enum SubscriptionStatus {
        Draft => "draft";
        RequestReceived => "subscription_request_received";
        GeneratingContract => "generating_contract";
        ContractReadyForReview => "contract_ready_for_review";
        ContractSigned => "contract_signed";
        ProvisioningInProgress => "provisioning_in_progress";
        Active => "active";
        Expired => "expired";
        PendingCancellation => "pending_cancellation";
        Canceled => "canceled";
        Decommissioning => "decommissioning";
        ProvisioningFailed => "provisioning_failed";
        Denied => "denied";
        Validating => "validating";
        Activating => "activating";
        ActivationFailed => "activation_failed";
    }
}

impl SubscriptionStatus {
    pub fn is_failure(&self) -> bool {
        use SubscriptionStatus::*;
        matches!(self, ProvisioningFailed | ActivationFailed | Denied)
    }

    pub fn tone(&self) -> Tone {
        use SubscriptionStatus::*;
        match self {
            Active => Tone::Success,
            ProvisioningFailed | ActivationFailed | Denied => Tone::Danger,
            PendingCancellation | Decommissioning | ContractReadyForReview => Tone::Warning,
            RequestReceived
            | GeneratingContract
            | ContractSigned
            | ProvisioningInProgress
            | Validating
            | Activating => Tone::Info,
            Draft | Expired | Canceled | Unknown(_) => Tone::Neutral,
        }
    }
}

keyed_enum! {
    /// Actions that change a subscription's state.
    pub enum SubscriptionAction {
        RevertToInProgress => "revert_to_in_progress";
        RevertToSubmitted => "revert_to_submitted";
        ConfirmCancellation => "confirm_cancellation";
    }
}

impl SubscriptionAction {
    /// The status after the action succeeds.
    pub fn target(&self) -> Option<SubscriptionStatus> {
        match self {
            SubscriptionAction::RevertToInProgress => Some(SubscriptionStatus::ProvisioningInProgress),
            SubscriptionAction::RevertToSubmitted => Some(SubscriptionStatus::RequestReceived),
            SubscriptionAction::ConfirmCancellation => Some(SubscriptionStatus::PendingCancellation),
            SubscriptionAction::Unknown(_) => None,
        }
    }
}

/// The actions a role may take on a subscription. Only sellers act; the only state change
/// the status table allows is answering a customer's cancellation request on a received
/// request: revert it to in progress or to submitted, or go ahead and cancel.
pub fn allowed_actions(
    status: &SubscriptionStatus,
    cancellation_requested: bool,
    role: &Role,
) -> Vec<SubscriptionAction> {
    if !role.can_act_on_subscriptions() || !cancellation_requested {
        return vec![];
    }
    match status {
        SubscriptionStatus::RequestReceived => vec![
            SubscriptionAction::RevertToInProgress,
            SubscriptionAction::RevertToSubmitted,
            SubscriptionAction::ConfirmCancellation,
        ],
        _ => vec![],
    }
}

/// One line of the customer's request. `type` says how to show the value: `"date"` is an
/// ISO date shown in the user's locale; anything else (or nothing) is text as sent.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RequestField {
    pub label: String,
    pub value: String,
    #[serde(default, rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
}

impl RequestField {
    pub fn is_date(&self) -> bool {
        self.kind.as_deref() == Some("date")
    }
}

/// A subscription (`GET /api/v1/subscriptions/{id}`); list rows use the same shape.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Subscription {
    pub id: String,
    pub customer: crate::session::Organization,
    pub offer: String,
    pub vendor: String,
    pub quantity: i64,
    pub status: SubscriptionStatus,
    /// Dates as `YYYY-MM-DD`.
    #[serde(default)]
    pub start_date: Option<String>,
    #[serde(default)]
    pub end_date: Option<String>,
    #[serde(default)]
    pub renewal_date: Option<String>,
    #[serde(default)]
    pub cancellation_requested: bool,
    #[serde(default)]
    pub failure_reason: Option<String>,
    /// The customer's request, for View Request.
    #[serde(default)]
    pub request: Vec<RequestField>,
    /// What the signed-in user may do now, decided by the server.
    #[serde(default)]
    pub allowed_actions: Vec<SubscriptionAction>,
}

/// `GET /api/v1/subscriptions`: a page plus the count per status across the whole filter,
/// in one JSON object (the app reads the two parts separately, as for `Order`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SubscriptionList {
    #[serde(flatten)]
    pub page: crate::api::Page<Subscription>,
    #[serde(flatten)]
    pub counts: StatusCounts,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StatusCounts {
    /// Per status, across every filter but the status.
    pub status_counts: Vec<(SubscriptionStatus, u64)>,
    /// How many carry a customer's cancellation request, across every filter but that
    /// one (so the filter's count says what turning it on leaves).
    #[serde(default)]
    pub cancellation_requested: u64,
}

/// `POST /api/v1/subscriptions/{id}/actions`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ActionRequest {
    pub action: SubscriptionAction,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn there_are_sixteen_statuses() {
        assert_eq!(SubscriptionStatus::KNOWN.len(), 16);
    }

    #[test]
    fn only_a_seller_answers_a_cancellation_request_on_a_received_request() {
        let received = SubscriptionStatus::RequestReceived;
        assert_eq!(allowed_actions(&received, true, &Role::SellerAdmin).len(), 3);
        assert!(allowed_actions(&received, false, &Role::SellerAdmin).is_empty());
        assert!(allowed_actions(&received, true, &Role::CustomerAdmin).is_empty());
        for status in SubscriptionStatus::KNOWN.iter().filter(|s| **s != received) {
            assert!(allowed_actions(status, true, &Role::SellerAdmin).is_empty(), "{status:?}");
        }
    }

    #[test]
    fn reverting_lands_in_the_named_status() {
        assert_eq!(SubscriptionAction::RevertToInProgress.target(), Some(SubscriptionStatus::ProvisioningInProgress));
        assert_eq!(SubscriptionAction::RevertToSubmitted.target(), Some(SubscriptionStatus::RequestReceived));
        assert_eq!(SubscriptionAction::from_key("explode").target(), None);
    }

    #[test]
    fn failed_statuses_are_the_three_with_reasons() {
        let failed: Vec<_> = SubscriptionStatus::KNOWN.iter().filter(|s| s.is_failure()).map(|s| s.key()).collect();
        assert_eq!(failed, ["provisioning_failed", "denied", "activation_failed"]);
    }
}
