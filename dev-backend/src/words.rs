//! The stand-in's English words for the platform's values (a status, a kind of change, an
//! action, the instruction of a required action) where it writes them: the CSV export, its answers, its sort by status. They are
//! the app's own English file, `locales/en.json`, read into the binary, so there is one
//! copy of them.
use std::collections::HashMap;
use std::sync::LazyLock;

static ENGLISH: LazyLock<HashMap<String, String>> = LazyLock::new(|| {
    let words: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(include_str!("../../locales/en.json")).expect("locales/en.json is a JSON object");
    // Plurals (objects) are the app's sentences, not a value's name: only plain texts.
    words.into_iter().filter_map(|(key, value)| Some((key, value.as_str()?.to_string()))).collect()
});

/// The English words for `key` in `group`: `english("order_status", "completed")` is
/// "Completed". A key the file lacks (one newer than this build) is "Unknown: <key>", as
/// the app shows it.
pub fn english(group: &str, key: &str) -> String {
    ENGLISH.get(&format!("{group}.{key}")).cloned().unwrap_or_else(|| format!("Unknown: {key}"))
}

/// The English sentence for `key` in `group` with its `{name}` placeholders filled
/// (`domain::fill`: a value that itself holds `{…}` is written as it is).
pub fn english_filled(group: &str, key: &str, values: &[(&str, &str)]) -> String {
    domain::fill(&english(group, key), values)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_is_named_by_its_key_and_an_unknown_key_as_unknown() {
        assert_eq!(english("order_status", "completed_with_errors"), "Completed with errors");
        assert_eq!(english("sub_status", "subscription_request_received"), "Subscription Request Received");
        assert_eq!(english("change_kind", "addon"), "Add-on");
        assert_eq!(english("order_status", "on_hold"), "Unknown: on_hold");
        assert_eq!(english("no_such_group", "x"), "Unknown: x");
    }
}
