//! The 16 statuses, what each means and allows, and a subscription as the API sends it.
use serde::{Deserialize, Serialize};

use crate::{Role, Tone};

keyed_enum! {
    /// The statuses of the service-provider portal's status table, in its order.
    pub enum SubscriptionStatus {
        Draft => "draft", "Draft";
        RequestReceived => "subscription_request_received", "Subscription Request Received";
        GeneratingContract => "generating_contract", "Generating Contract";
        ContractReadyForReview => "contract_ready_for_review", "Contract Ready for Review";
        ContractSigned => "contract_signed", "Contract Signed";
        ProvisioningInProgress => "provisioning_in_progress", "Provisioning in Progress";
        Active => "active", "Active";
        Expired => "expired", "Expired";
        PendingCancellation => "pending_cancellation", "Pending Cancellation";
        Canceled => "canceled", "Canceled";
        Decommissioning => "decommissioning", "Decommissioning";
        ProvisioningFailed => "provisioning_failed", "Provisioning Failed";
        Denied => "denied", "Denied";
        Validating => "validating", "Validating";
        Activating => "activating", "Activating";
        ActivationFailed => "activation_failed", "Activation Failed";
    }
}

impl SubscriptionStatus {
    pub fn description(&self) -> &'static str {
        use SubscriptionStatus::*;
        match self {
            Draft => "A customer subscription is in draft mode but has not been submitted yet.",
            RequestReceived => "A customer subscription has been sent to the Service Provider team for review.",
            GeneratingContract => "You are working on creating a contract for your customer.",
            ContractReadyForReview => "Your contract is ready to send to your customer.",
            ContractSigned => "The customer has accepted the contract you have generated.",
            ProvisioningInProgress => "The Service Provider is working on enabling the customer’s service.",
            Active => "The customer’s subscription is now active, and they can start using your service.",
            Expired => "The customer's subscription has expired based on your contract terms.",
            PendingCancellation => "You requested to cancel the customer’s subscription.",
            Canceled => "The customer’s subscription has been canceled.",
            Decommissioning => "The customer’s service is getting deactivated.",
            ProvisioningFailed => "The customer’s service provisioning has failed.",
            Denied => "The provisioning request has been denied.",
            Validating => "The Service Provider is processing the customer request.",
            Activating => "The customer’s service is getting activated for customer’s use.",
            ActivationFailed => "The customer’s service failed to get activated.",
            Unknown(_) => "A status this version of the console does not know yet.",
        }
    }

    /// The status in words for the customer: the article's descriptions address the
    /// service provider ("You requested to cancel the customer's subscription").
    pub fn customer_description(&self) -> &'static str {
        use SubscriptionStatus::*;
        match self {
            Draft => "Your subscription request is a draft and has not been sent yet.",
            RequestReceived => "Your request has been sent to the service provider for review.",
            GeneratingContract => "The service provider is preparing your contract.",
            ContractReadyForReview => "Your contract is ready and is about to be sent to you.",
            ContractSigned => "You have accepted the contract.",
            ProvisioningInProgress => "The service provider is enabling your service.",
            Active => "Your subscription is active: you can use the service.",
            Expired => "Your subscription has expired under the contract terms.",
            PendingCancellation => "Your subscription is being cancelled.",
            Canceled => "Your subscription has been canceled.",
            Decommissioning => "Your service is being deactivated.",
            ProvisioningFailed => "Provisioning your service failed.",
            Denied => "Your provisioning request has been denied.",
            Validating => "The service provider is processing your request.",
            Activating => "Your service is being activated.",
            ActivationFailed => "Your service could not be activated.",
            Unknown(_) => "A status this version of the console does not know yet.",
        }
    }

    /// The status table's Action column, word for word as the service-provider portal's
    /// article has it (its typography included); blank where the article's cell is blank.
    pub fn actions_text(&self) -> &'static str {
        use SubscriptionStatus::*;
        const VIEW: &str = "View Request: When selecting the Viewing Request option from the subscriptions table list, a new page displays your customer’s request details.";
        const VIEW_NO_MORE: &str = "View Request: When selecting the Viewing Request option from the subscriptions table list, a new page displays your customer’s request details. At this point in the flow, there’re no more actions to trigger.";
        match self {
            Draft => "View Request: When selecting the Viewing Request option from the subscriptions table list, a new page displays your customer’s request details.At this point in the flow, there’re no actions to trigger yet.",
            RequestReceived => "When the customer requests cancellation, you can revert the request to in progress or submitted status instead of just canceling the request.",
            GeneratingContract | ContractReadyForReview | ContractSigned | ProvisioningFailed => "",
            ProvisioningInProgress => "View Request: When selecting the Viewing Request option from the subscriptions table list, a new page displays your customer’s request details.Important: At this point in the flow, there’re no actions to trigger yet.",
            Active => VIEW,
            Expired => "View Request: See customer’s subscription request details to properly manage the request. At this point in the flow, there’re no more actions to trigger.",
            PendingCancellation | Canceled | Decommissioning | Denied | Validating | Activating | ActivationFailed => VIEW_NO_MORE,
            Unknown(_) => "",
        }
    }

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
        RevertToInProgress => "revert_to_in_progress", "Revert to in progress";
        RevertToSubmitted => "revert_to_submitted", "Revert to submitted";
        ConfirmCancellation => "confirm_cancellation", "Cancel the subscription";
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
    fn customers_read_words_meant_for_them() {
        for status in SubscriptionStatus::KNOWN {
            let text = status.customer_description();
            assert!(!text.contains("customer") && !text.contains("You requested"), "{status}: {text}");
        }
    }

    #[test]
    fn there_are_sixteen_statuses_each_described() {
        assert_eq!(SubscriptionStatus::KNOWN.len(), 16);
        for status in SubscriptionStatus::KNOWN {
            assert!(!status.description().is_empty());
        }
        // The article leaves four Action cells blank.
        let blank: Vec<_> =
            SubscriptionStatus::KNOWN.iter().filter(|s| s.actions_text().is_empty()).map(|s| s.key()).collect();
        assert_eq!(
            blank,
            ["generating_contract", "contract_ready_for_review", "contract_signed", "provisioning_failed"]
        );
    }

    #[test]
    fn only_a_seller_answers_a_cancellation_request_on_a_received_request() {
        let received = SubscriptionStatus::RequestReceived;
        assert_eq!(allowed_actions(&received, true, &Role::SellerAdmin).len(), 3);
        assert!(allowed_actions(&received, false, &Role::SellerAdmin).is_empty());
        assert!(allowed_actions(&received, true, &Role::CustomerAdmin).is_empty());
        for status in SubscriptionStatus::KNOWN.iter().filter(|s| **s != received) {
            assert!(allowed_actions(status, true, &Role::SellerAdmin).is_empty(), "{status}");
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
