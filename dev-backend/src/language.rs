//! The platform's own words (the event catalogue's titles and descriptions, the e-mail
//! templates) in the caller's language, chosen by `Accept-Language`, as the platform sends
//! them. English is the catalogue itself; `locales/<lang>.json` hold the others.
use std::collections::HashMap;
use std::sync::OnceLock;

use axum::http::HeaderMap;
use domain::notifications::{catalogue as english_catalogue, EventInfo, PreviewWords};
use serde::Deserialize;

#[derive(Deserialize)]
struct Words {
    /// Event key → [title, description].
    events: HashMap<String, (String, String)>,
    preview: PreviewWords,
    /// The platform's words in its data: form labels and fixed values ("Monthly").
    terms: HashMap<String, String>,
}

fn languages() -> &'static HashMap<&'static str, Words> {
    static ALL: OnceLock<HashMap<&'static str, Words>> = OnceLock::new();
    ALL.get_or_init(|| {
        [("de", include_str!("../locales/de.json")), ("sv", include_str!("../locales/sv.json"))]
            .into_iter()
            .map(|(lang, text)| {
                (lang, serde_json::from_str(text).unwrap_or_else(|e| panic!("locales/{lang}.json: {e}")))
            })
            .collect()
    })
}

/// The first language of `Accept-Language` the platform has words in.
fn words(headers: &HeaderMap) -> Option<&'static Words> {
    let header = headers.get("accept-language")?.to_str().ok()?;
    header
        .split(',')
        .map(|tag| tag.split(';').next().unwrap_or("").trim().to_ascii_lowercase())
        .map(|tag| tag.split(['-', '_']).next().unwrap_or("").to_string())
        .take_while(|lang| lang != "en")
        .find_map(|lang| languages().get(lang.as_str()))
}

/// The catalogue in the caller's language.
pub fn catalogue(headers: &HeaderMap) -> Vec<EventInfo> {
    let mut events = english_catalogue();
    if let Some(words) = words(headers) {
        for event in &mut events {
            if let Some((title, description)) = words.events.get(&event.key) {
                event.title = title.clone();
                event.description = description.clone();
            }
        }
    }
    events
}

/// One of the platform's fixed words in its data (a request form's label, "Monthly") in
/// the caller's language; anything else as it is.
pub fn term(headers: &HeaderMap, text: &str) -> String {
    words(headers).and_then(|w| w.terms.get(text)).cloned().unwrap_or_else(|| text.to_string())
}

/// The e-mail templates in the caller's language.
pub fn preview_words(headers: &HeaderMap) -> PreviewWords {
    words(headers).map(|w| w.preview.clone()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn asking(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert("accept-language", value.parse().unwrap());
        headers
    }

    #[test]
    fn every_event_has_its_words_in_every_language() {
        for (lang, words) in languages() {
            for event in english_catalogue() {
                assert!(words.events.contains_key(&event.key), "locales/{lang}.json lacks {}", event.key);
            }
            assert_eq!(words.events.len(), english_catalogue().len(), "locales/{lang}.json: extra events");
        }
    }

    #[test]
    fn the_first_language_it_has_wins_and_english_is_the_catalogue() {
        let title = |value: &str| catalogue(&asking(value))[0].title.clone();
        assert_eq!(title("de-DE,de;q=0.9"), "Der Status der Bestellung hat sich geändert");
        assert_eq!(title("fr, sv;q=0.8"), "Beställningens status har ändrats");
        assert_eq!(title("en-GB, de;q=0.5"), "The status of the Order changed");
        assert_eq!(catalogue(&HeaderMap::new())[0].title, "The status of the Order changed");
    }
}
