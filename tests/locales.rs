//! The words files (`locales/*.json`), checked natively: every language has every key
//! English has (a missing one would show English), the same placeholders and plural
//! forms, and every domain value the app names by its key has its words.
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

/// The English words of the statuses are the domain's (whose own tests and the
/// end-to-end tests hold the platform articles' words), so the two copies cannot drift.
#[test]
fn english_status_words_are_the_domains() {
    let english = words("en");
    let text = |key: String| english[&key].as_str().unwrap_or_default().to_string();
    for status in OrderStatus::KNOWN {
        assert_eq!(text(format!("order_status.{}", status.key())), status.label());
    }
    for status in SubscriptionStatus::KNOWN {
        let key = status.key();
        assert_eq!(text(format!("sub_status.{key}")), status.label());
        assert_eq!(text(format!("sub_status_about.{key}")), status.description());
        assert_eq!(text(format!("sub_status_for_customer.{key}")), status.customer_description());
        assert_eq!(text(format!("sub_status_actions.{key}")), status.actions_text());
    }
    for role in Role::KNOWN {
        assert_eq!(text(format!("role.{}", role.key())), role.label());
    }
}
