//! The words files (`locales/*.json`), checked natively: every language has every key
//! English has (a missing one would show English), the same placeholders and plural
//! forms, every domain value the app names by its key has its words, and the English ones
//! are the platform articles' words.
use std::collections::BTreeSet;

use domain::notifications::Category;
use domain::orders::{ActionCase, ChangeKind, HistoricalState, ItemKind, OrderStatus, OrderView};
use domain::subscriptions::{SubscriptionAction, SubscriptionStatus};
use domain::{Area, Role};
use serde_json::{Map, Value};

const LANGUAGES: [&str; 3] = ["en", "de", "sv"];

fn words(lang: &str) -> Map<String, Value> {
    let path = format!("{}/locales/{lang}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The `{name}` placeholders of an entry, for every form of a plural.
fn placeholders(value: &Value) -> BTreeSet<String> {
    let texts: Vec<&str> = match value {
        Value::String(text) => vec![text],
        Value::Object(forms) => forms.values().filter_map(Value::as_str).collect(),
        _ => vec![],
    };
    texts
        .iter()
        .flat_map(|text| text.split('{').skip(1).filter_map(|rest| rest.split_once('}').map(|(n, _)| n.to_string())))
        .collect()
}

#[test]
fn every_language_has_every_key_with_the_same_placeholders() {
    let english = words("en");
    for lang in LANGUAGES {
        let other = words(lang);
        let missing: Vec<_> = english.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<_> = other.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{lang}.json lacks {missing:?}");
        assert!(extra.is_empty(), "{lang}.json has keys English lacks: {extra:?}");
        for (key, value) in &english {
            let theirs = &other[key];
            assert_eq!(placeholders(value), placeholders(theirs), "{lang}.json {key}: placeholders differ");
            match (value, theirs) {
                (Value::String(_), Value::String(text)) => {
                    assert!(!text.is_empty() || value.as_str() == Some(""), "{lang}.json {key} is empty")
                }
                (Value::Object(_), Value::Object(forms)) => {
                    for form in ["one", "other"] {
                        assert!(forms.get(form).is_some_and(Value::is_string), "{lang}.json {key} lacks “{form}”");
                    }
                }
                _ => panic!("{lang}.json {key}: a plural in one language must be a plural in all"),
            }
        }
    }
}

/// Whether a text has words besides its placeholders (`{n} × {price}` has none).
fn has_words(text: &str) -> bool {
    let mut inside = false;
    text.chars().any(|c| {
        inside = (inside || c == '{') && c != '}';
        !inside && c != '}' && c.is_alphabetic()
    })
}

#[test]
fn a_translation_is_not_left_in_english() {
    // Words that are the same in a language by right (names, codes, or short labels).
    let same_by_right =
        ["common.status", "channel.webhook", "edit.cc", "edit.bcc", "sub.start", "error.details", "webhook.ms"];
    let english = words("en");
    for lang in ["de", "sv"] {
        let other = words(lang);
        let untranslated: Vec<_> = english
            .iter()
            .filter(|(key, value)| {
                value.as_str().is_some_and(|text| text.len() > 3 && has_words(text))
                    && other[key.as_str()] == **value
                    && !same_by_right.contains(&key.as_str())
                    && !key.starts_with("change.other")
                    && !key.starts_with("sub.confirm_title")
            })
            .map(|(key, _)| key.as_str())
            .collect();
        assert!(untranslated.is_empty(), "{lang}.json keeps English words for {untranslated:?}");
    }
}

#[test]
fn every_value_the_app_names_by_its_key_has_words() {
    let english = words("en");
    let mut wanted: Vec<String> = Vec::new();
    let mut group = |prefix: &str, keys: Vec<String>| wanted.extend(keys.into_iter().map(|k| format!("{prefix}.{k}")));
    group("order_status", OrderStatus::KNOWN.iter().map(|s| s.key().to_string()).collect());
    group("order_status_meaning", OrderStatus::KNOWN.iter().map(|s| s.key().to_string()).collect());
    for prefix in ["sub_status", "sub_status_about", "sub_status_for_customer", "sub_status_actions"] {
        group(prefix, SubscriptionStatus::KNOWN.iter().map(|s| s.key().to_string()).collect());
    }
    group("sub_action", SubscriptionAction::KNOWN.iter().map(|a| a.key().to_string()).collect());
    group("sub_action_confirm", SubscriptionAction::KNOWN.iter().map(|a| a.key().to_string()).collect());
    group("item_kind", ItemKind::KNOWN.iter().map(|k| k.key().to_string()).collect());
    group("change_kind", ChangeKind::KNOWN.iter().map(|k| k.key().to_string()).collect());
    group("role", Role::KNOWN.iter().map(|r| r.key().to_string()).collect());
    group("category", Category::KNOWN.iter().map(|c| c.key().to_string()).collect());
    group("area", Area::ALL.iter().map(|a| a.key().to_string()).collect());
    group("order_view", [OrderView::Recent, OrderView::Historical].iter().map(|v| v.key().to_string()).collect());
    group("historical_state", HistoricalState::ALL.iter().map(|s| s.key().to_string()).collect());
    group("action", ActionCase::KNOWN.iter().map(|c| c.key().to_string()).collect());
    let missing: Vec<_> = wanted.iter().filter(|k| !english.contains_key(k.as_str())).collect();
    assert!(missing.is_empty(), "locales/en.json lacks {missing:?}");
}

/// The platform articles' words for the values the app names by key, copied from the
/// articles (the domain held them until its words moved here): English must say exactly
/// these. A status the console does not know yet is described as the last line says.
const ARTICLE_WORDS: [(&str, &str); 105] = [
    ("order_status.provisioning_started", "Provisioning started"),
    ("order_status.provisioning_finished", "Provisioning finished"),
    ("order_status.provisioning_failed", "Provisioning failed"),
    ("order_status.started", "Started"),
    ("order_status.deleted", "Deleted"),
    ("order_status.scheduled", "Scheduled"),
    ("order_status.pending_approval", "Pending approval"),
    ("order_status.action_required", "Action required"),
    ("order_status.in_progress", "In progress"),
    ("order_status.draft", "Draft"),
    ("order_status.completed_with_errors", "Completed with errors"),
    ("order_status.completed", "Completed"),
    ("order_view.recent", "Recent orders"),
    ("order_view.historical", "Historical orders"),
    ("role.customer", "Customer"),
    ("role.customer_admin", "Customer admin"),
    ("role.seller_admin", "Seller admin"),
    ("role.seller_user", "Seller user"),
    ("sub_status.draft", "Draft"),
    ("sub_status.subscription_request_received", "Subscription Request Received"),
    ("sub_status.generating_contract", "Generating Contract"),
    ("sub_status.contract_ready_for_review", "Contract Ready for Review"),
    ("sub_status.contract_signed", "Contract Signed"),
    ("sub_status.provisioning_in_progress", "Provisioning in Progress"),
    ("sub_status.active", "Active"),
    ("sub_status.expired", "Expired"),
    ("sub_status.pending_cancellation", "Pending Cancellation"),
    ("sub_status.canceled", "Canceled"),
    ("sub_status.decommissioning", "Decommissioning"),
    ("sub_status.provisioning_failed", "Provisioning Failed"),
    ("sub_status.denied", "Denied"),
    ("sub_status.validating", "Validating"),
    ("sub_status.activating", "Activating"),
    ("sub_status.activation_failed", "Activation Failed"),
    ("sub_status_about.draft", "A customer subscription is in draft mode but has not been submitted yet."),
    ("sub_status_about.subscription_request_received", "A customer subscription has been sent to the Service Provider team for review."),
    ("sub_status_about.generating_contract", "You are working on creating a contract for your customer."),
    ("sub_status_about.contract_ready_for_review", "Your contract is ready to send to your customer."),
    ("sub_status_about.contract_signed", "The customer has accepted the contract you have generated."),
    ("sub_status_about.provisioning_in_progress", "The Service Provider is working on enabling the customer’s service."),
    ("sub_status_about.active", "The customer’s subscription is now active, and they can start using your service."),
    ("sub_status_about.expired", "The customer's subscription has expired based on your contract terms."),
    ("sub_status_about.pending_cancellation", "You requested to cancel the customer’s subscription."),
    ("sub_status_about.canceled", "The customer’s subscription has been canceled."),
    ("sub_status_about.decommissioning", "The customer’s service is getting deactivated."),
    ("sub_status_about.provisioning_failed", "The customer’s service provisioning has failed."),
    ("sub_status_about.denied", "The provisioning request has been denied."),
    ("sub_status_about.validating", "The Service Provider is processing the customer request."),
    ("sub_status_about.activating", "The customer’s service is getting activated for customer’s use."),
    ("sub_status_about.activation_failed", "The customer’s service failed to get activated."),
    ("sub_status_for_customer.draft", "Your subscription request is a draft and has not been sent yet."),
    ("sub_status_for_customer.subscription_request_received", "Your request has been sent to the service provider for review."),
    ("sub_status_for_customer.generating_contract", "The service provider is preparing your contract."),
    ("sub_status_for_customer.contract_ready_for_review", "Your contract is ready and is about to be sent to you."),
    ("sub_status_for_customer.contract_signed", "You have accepted the contract."),
    ("sub_status_for_customer.provisioning_in_progress", "The service provider is enabling your service."),
    ("sub_status_for_customer.active", "Your subscription is active: you can use the service."),
    ("sub_status_for_customer.expired", "Your subscription has expired under the contract terms."),
    ("sub_status_for_customer.pending_cancellation", "Your subscription is being cancelled."),
    ("sub_status_for_customer.canceled", "Your subscription has been canceled."),
    ("sub_status_for_customer.decommissioning", "Your service is being deactivated."),
    ("sub_status_for_customer.provisioning_failed", "Provisioning your service failed."),
    ("sub_status_for_customer.denied", "Your provisioning request has been denied."),
    ("sub_status_for_customer.validating", "The service provider is processing your request."),
    ("sub_status_for_customer.activating", "Your service is being activated."),
    ("sub_status_for_customer.activation_failed", "Your service could not be activated."),
    ("sub_status_actions.draft", "View Request: When selecting the Viewing Request option from the subscriptions table list, a new page displays your customer’s request details.At this point in the flow, there’re no actions to trigger yet."),
    ("sub_status_actions.subscription_request_received", "When the customer requests cancellation, you can revert the request to in progress or submitted status instead of just canceling the request."),
    ("sub_status_actions.generating_contract", ""),
    ("sub_status_actions.contract_ready_for_review", ""),
    ("sub_status_actions.contract_signed", ""),
    ("sub_status_actions.provisioning_in_progress", "View Request: When selecting the Viewing Request option from the subscriptions table list, a new page displays your customer’s request details.Important: At this point in the flow, there’re no actions to trigger yet."),
    ("sub_status_actions.active", "View Request: When selecting the Viewing Request option from the subscriptions table list, a new page displays your customer’s request details."),
    ("sub_status_actions.expired", "View Request: See customer’s subscription request details to properly manage the request. At this point in the flow, there’re no more actions to trigger."),
    ("sub_status_actions.pending_cancellation", "View Request: When selecting the Viewing Request option from the subscriptions table list, a new page displays your customer’s request details. At this point in the flow, there’re no more actions to trigger."),
    ("sub_status_actions.canceled", "View Request: When selecting the Viewing Request option from the subscriptions table list, a new page displays your customer’s request details. At this point in the flow, there’re no more actions to trigger."),
    ("sub_status_actions.decommissioning", "View Request: When selecting the Viewing Request option from the subscriptions table list, a new page displays your customer’s request details. At this point in the flow, there’re no more actions to trigger."),
    ("sub_status_actions.provisioning_failed", ""),
    ("sub_status_actions.denied", "View Request: When selecting the Viewing Request option from the subscriptions table list, a new page displays your customer’s request details. At this point in the flow, there’re no more actions to trigger."),
    ("sub_status_actions.validating", "View Request: When selecting the Viewing Request option from the subscriptions table list, a new page displays your customer’s request details. At this point in the flow, there’re no more actions to trigger."),
    ("sub_status_actions.activating", "View Request: When selecting the Viewing Request option from the subscriptions table list, a new page displays your customer’s request details. At this point in the flow, there’re no more actions to trigger."),
    ("sub_status_actions.activation_failed", "View Request: When selecting the Viewing Request option from the subscriptions table list, a new page displays your customer’s request details. At this point in the flow, there’re no more actions to trigger."),
    ("sub_action.revert_to_in_progress", "Revert to in progress"),
    ("sub_action.revert_to_submitted", "Revert to submitted"),
    ("sub_action.confirm_cancellation", "Cancel the subscription"),
    ("change_kind.new_subscription", "New subscription"),
    ("change_kind.license_increase", "License increase"),
    ("change_kind.license_decrease", "License decrease"),
    ("change_kind.suspension", "Suspension"),
    ("change_kind.reactivation", "Reactivation"),
    ("change_kind.cancellation", "Cancellation"),
    ("change_kind.addon", "Add-on"),
    ("change_kind.markup_change", "Markup change"),
    ("item_kind.purchase", "Purchase"),
    ("item_kind.update", "Update"),
    ("item_kind.suspension", "Suspension"),
    ("item_kind.cancellation", "Cancellation"),
    ("item_kind.markup", "Markup"),
    ("category.orders", "Orders"),
    ("category.offers_and_subscriptions", "Offers and subscriptions"),
    ("category.organizations", "Organizations"),
    ("category.payments", "Payments"),
    ("category.quotes", "Quotes"),
    ("category.catalogue", "Catalog"),
    ("order_statuses.unknown", "A status this version of the console does not know yet."),
];

#[test]
fn english_says_what_the_platform_articles_say() {
    let english = words("en");
    let differ: Vec<String> = ARTICLE_WORDS
        .iter()
        .filter(|(key, text)| english.get(*key).and_then(Value::as_str) != Some(*text))
        .map(|(key, text)| format!("{key}: en.json has {:?}, the article “{text}”", english.get(*key)))
        .collect();
    assert!(differ.is_empty(), "{differ:#?}");
    // Every status, role and action the domain knows is in the list.
    let listed = |group: &str, key: &str| ARTICLE_WORDS.iter().any(|(k, _)| *k == format!("{group}.{key}"));
    for status in OrderStatus::KNOWN {
        assert!(listed("order_status", status.key()), "{status:?}");
    }
    for status in SubscriptionStatus::KNOWN {
        for group in ["sub_status", "sub_status_about", "sub_status_for_customer", "sub_status_actions"] {
            assert!(listed(group, status.key()), "{group} {status:?}");
        }
    }
    assert!(Role::KNOWN.iter().all(|role| listed("role", role.key())));
    assert!(SubscriptionAction::KNOWN.iter().all(|action| listed("sub_action", action.key())));
}

#[test]
fn a_key_this_build_does_not_know_is_shown_as_unknown() {
    let english = words("en");
    let unknown = english["common.unknown"].as_str().unwrap_or_default();
    for (key, shown) in [("on_hold", "Unknown: on_hold"), ("auditor", "Unknown: auditor")] {
        assert_eq!(unknown.replace("{key}", key), shown);
    }
}

#[test]
fn customers_read_subscription_words_meant_for_them() {
    let english = words("en");
    for status in SubscriptionStatus::KNOWN {
        let text = english[&format!("sub_status_for_customer.{}", status.key())].as_str().unwrap_or_default();
        assert!(!text.contains("customer") && !text.contains("You requested"), "{status:?}: {text}");
    }
}

#[test]
fn every_subscription_status_is_described_and_the_article_leaves_four_action_cells_blank() {
    let english = words("en");
    let text = |group: &str, status: &SubscriptionStatus| {
        english[&format!("{group}.{}", status.key())].as_str().unwrap_or_default().to_string()
    };
    assert!(SubscriptionStatus::KNOWN.iter().all(|status| !text("sub_status_about", status).is_empty()));
    let blank: Vec<_> = SubscriptionStatus::KNOWN
        .iter()
        .filter(|s| text("sub_status_actions", s).is_empty())
        .map(|s| s.key())
        .collect();
    assert_eq!(blank, ["generating_contract", "contract_ready_for_review", "contract_signed", "provisioning_failed"]);
}
