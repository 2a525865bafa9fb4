//! The platform's own words (the event catalogue's titles and descriptions, the e-mail
//! templates) in the caller's language, chosen by `Accept-Language`, as the platform sends
//! them. English is the catalogue itself; `locales/<lang>.json` hold the others.
use std::collections::HashMap;
use std::sync::OnceLock;

use axum::http::HeaderMap;
use domain::notifications::EventInfo;
use serde::Deserialize;

use crate::catalogue::catalogue as english_catalogue;

use crate::mail::Mail;

#[derive(Deserialize)]
struct Words {
    /// Event key → [title, description]; English is the catalogue itself.
    #[serde(default)]
    events: HashMap<String, (String, String)>,
    /// The e-mail templates.
    mail: Mail,
    /// The platform's words in its data: form labels, fixed values ("Monthly"), vendors'
    /// failure reasons; English is the data itself.
    #[serde(default)]
    terms: HashMap<String, String>,
}

fn languages() -> &'static HashMap<&'static str, Words> {
    static ALL: OnceLock<HashMap<&'static str, Words>> = OnceLock::new();
    ALL.get_or_init(|| {
        [
            ("en", include_str!("../locales/en.json")),
            ("de", include_str!("../locales/de.json")),
            ("sv", include_str!("../locales/sv.json")),
        ]
        .into_iter()
        .map(|(lang, text)| (lang, serde_json::from_str(text).unwrap_or_else(|e| panic!("locales/{lang}.json: {e}"))))
        .collect()
    })
}

/// The first language of `Accept-Language` the platform has words in; `None` for English
/// (or no language it has).
fn words(headers: &HeaderMap) -> Option<&'static Words> {
    let header = headers.get("accept-language")?.to_str().ok()?;
    header
        .split(',')
        .map(|tag| tag.split(';').next().unwrap_or("").trim().to_ascii_lowercase())
        .map(|tag| tag.split(['-', '_']).next().unwrap_or("").to_string())
        .take_while(|lang| lang != "en")
        .find_map(|lang| languages().get(lang.as_str()))
}

/// The e-mail templates in `lang` (`en`, `de`, `sv`).
pub fn mail_in(lang: &str) -> &'static Mail {
    &languages()[lang].mail
}

/// The e-mail templates in the caller's language.
pub fn mail(headers: &HeaderMap) -> &'static Mail {
    words(headers).map_or_else(|| mail_in("en"), |w| &w.mail)
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
        for (lang, words) in languages().iter().filter(|(lang, _)| **lang != "en") {
            for event in english_catalogue() {
                assert!(words.events.contains_key(&event.key), "locales/{lang}.json lacks {}", event.key);
            }
            assert_eq!(words.events.len(), english_catalogue().len(), "locales/{lang}.json: extra events");
        }
    }

    #[test]
    fn the_platforms_sentences_in_the_data_have_their_words_in_every_language() {
        let data = crate::data::generate(7, 600);
        let mut sentences: Vec<String> = Vec::new();
        for order in &data.orders {
            sentences.extend(order.summary.failure_reason.clone());
            sentences.push(order.details.payment.method.clone());
            if let Some(action) = &order.summary.action_required {
                sentences.extend(action.detail.clone());
                sentences.extend(action.action_label.clone());
            }
        }
        for sub in &data.subscriptions {
            sentences.extend(sub.failure_reason.clone());
            sentences.extend(sub.request.iter().filter(|f| f.kind.is_none()).map(|f| f.label.clone()));
        }
        sentences.sort();
        sentences.dedup();
        assert!(sentences.len() > 10, "{sentences:?}");
        for (lang, words) in languages().iter().filter(|(lang, _)| **lang != "en") {
            for sentence in &sentences {
                assert!(words.terms.contains_key(sentence), "locales/{lang}.json lacks the term {sentence:?}");
            }
        }
    }

    #[test]
    fn every_webhook_field_description_has_its_words_in_every_language() {
        let descriptions = crate::webhooks::payload::all_descriptions();
        assert!(descriptions.len() > 20);
        for (lang, words) in languages().iter().filter(|(lang, _)| **lang != "en") {
            let missing: Vec<_> = descriptions.iter().filter(|d| !words.terms.contains_key(**d)).collect();
            assert!(missing.is_empty(), "locales/{lang}.json lacks {missing:#?}");
        }
    }

    #[test]
    fn the_first_language_it_has_wins_and_english_is_the_catalogue() {
        let title = |value: &str| catalogue(&asking(value))[0].title.clone();
        assert_eq!(title("de-DE,de;q=0.9"), "Der Status der Bestellung hat sich geändert");
        assert_eq!(title("fr, sv;q=0.8"), "Beställningens status har ändrats");
        assert_eq!(title("en-GB, de;q=0.5"), "The Status of the Order Changed");
        assert_eq!(catalogue(&HeaderMap::new())[0].title, "The Status of the Order Changed");
    }
}
