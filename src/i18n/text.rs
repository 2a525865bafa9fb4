//! The loaded language's words and the lookups over them: `t`, `tf`, `tn` (plural forms
//! by `Intl.PluralRules`), `name_of` for a domain value, and numbers in the host's locale.
use std::cell::RefCell;

use js_sys::{Array, Intl, Object, Reflect};
use wasm_bindgen::{JsCast, JsValue};

use domain::fill;

/// One entry of the words: its place in `locales/en.json`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Key(usize);

/// The keys, one constant each, generated from `locales/en.json` by `build.rs`.
pub mod k {
    use super::Key;
    include!(concat!(env!("OUT_DIR"), "/text_keys.rs"));
}

struct Catalogue {
    /// The language the words are in (`en`, `de`, `sv`): the app root's `lang`.
    lang: String,
    /// The host's full locale (`de-AT`), for numbers in counts.
    locale: String,
    table: Array,
    plurals: Intl::PluralRules,
}

thread_local! {
    static TEXT: RefCell<Option<Catalogue>> = const { RefCell::new(None) };
}

/// Makes `table` (a parsed locale file) the words of the app, in language `lang`;
/// numbers in counts follow `locale`.
pub fn install(lang: &str, locale: &str, table: Array) {
    let plurals = Intl::PluralRules::new(&Array::of1(&JsValue::from_str(lang)), &Object::new());
    let catalogue = Catalogue { lang: lang.to_string(), locale: locale.to_string(), table, plurals };
    TEXT.with(|text| *text.borrow_mut() = Some(catalogue));
}

/// The language of the installed words.
pub fn lang() -> String {
    TEXT.with(|text| text.borrow().as_ref().map(|c| c.lang.clone())).unwrap_or_else(|| "en".into())
}

fn entry(key: Key) -> Option<JsValue> {
    TEXT.with(|text| {
        let value = text.borrow().as_ref()?.table.get(key.0 as u32);
        (!value.is_undefined() && !value.is_null()).then_some(value)
    })
}

/// An entry the loaded file lacks: only a file from another build could (the build fills
/// every language from English, and the boot script names the files of its own build).
/// Nothing is shown rather than a number.
fn missing(_key: Key) -> String {
    String::new()
}

/// The words for `key`.
pub fn t(key: Key) -> String {
    entry(key).and_then(|v| v.as_string()).unwrap_or_else(|| missing(key))
}

/// The words for `key` with its `{name}` placeholders filled from `args`.
pub fn tf(key: Key, args: &[(&str, &str)]) -> String {
    fill(&t(key), args)
}

/// The words for `key` in the plural form `n` takes in this language, with `{n}` (the
/// number in the user's locale) and `args` filled.
pub fn tn(key: Key, n: i64, args: &[(&str, &str)]) -> String {
    let Some(forms) = entry(key) else { return missing(key) };
    let (category, locale) =
        TEXT.with(|text| text.borrow().as_ref().map(|c| (c.plurals.select(n as f64), c.locale.clone()))).unzip();
    let form = |name: &JsValue| Reflect::get(&forms, name).ok().and_then(|v| v.as_string());
    let template = category
        .and_then(|c| form(&c.into()))
        .or_else(|| form(&JsValue::from_str("other")))
        .or_else(|| forms.as_string())
        .unwrap_or_else(|| missing(key));
    let number = number_in(n, locale.as_deref().unwrap_or("en"));
    let mut all = vec![("n", number.as_str())];
    all.extend_from_slice(args);
    fill(&template, &all)
}

/// `n` written in the host's locale (`12,345`, `12.345`).
pub fn number(n: i64) -> String {
    let locale = TEXT.with(|text| text.borrow().as_ref().map(|c| c.locale.clone()));
    number_in(n, locale.as_deref().unwrap_or("en"))
}

/// `n` written in `locale`: the one number formatter (`ui::format_number` is this too).
pub fn number_in(n: i64, locale: &str) -> String {
    js_sys::Number::from(n as f64).to_locale_string(locale).into()
}

/// A rate in percent points (`8.5`) as the host's locale writes a percentage: `8.5%`
/// (en), `8,5 %` (de), `8,5 %` (sv), through `Intl.NumberFormat`'s percent style.
pub fn percent(points: f64) -> String {
    let locale = TEXT.with(|text| text.borrow().as_ref().map(|c| c.locale.clone())).unwrap_or_else(|| "en".into());
    let options = Object::new();
    let _ = Reflect::set(&options, &JsValue::from_str("style"), &JsValue::from_str("percent"));
    let _ = Reflect::set(&options, &JsValue::from_str("maximumFractionDigits"), &JsValue::from_f64(2.0));
    let format = Intl::NumberFormat::new(&Array::of1(&JsValue::from_str(&locale)), &options);
    format
        .format()
        .call1(&format, &JsValue::from_f64(points / 100.0))
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_else(|| format!("{points}%"))
}

/// The words for `key` split around its placeholder `{name}`, for a value shown in its
/// own element (bold, a link) inside a sentence.
pub fn around(key: Key, name: &str) -> (String, String) {
    let text = t(key);
    let mark = format!("{{{name}}}");
    match text.split_once(&mark) {
        Some((before, after)) => (before.to_string(), after.to_string()),
        None => (text, String::new()),
    }
}

/// The name of a value of one of the domain's keyed enums (`order_status.completed`);
/// a key the file does not know, such as a status newer than this app, is named as
/// unknown with its key.
pub fn name_of(group: &str, key: &str) -> String {
    let members = k::GROUPS.iter().find(|(name, _)| *name == group).map_or(&[][..], |(_, members)| members);
    match members.iter().find(|(member, _)| *member == key) {
        Some((_, entry)) => t(Key(*entry)),
        None => tf(k::COMMON_UNKNOWN, &[("key", key)]),
    }
}

/// Reads a locale file's parsed JSON: the array of entries, or nothing usable.
pub fn as_table(value: JsValue) -> Option<Array> {
    value.dyn_into::<Array>().ok()
}
