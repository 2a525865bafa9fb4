//! Money and dates in the user's locale, through the browser's `Intl`.
use std::cell::RefCell;
use std::collections::HashMap;

use domain::Money;
use js_sys::{Array, Date, Function, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

/// The locale from the host page's configuration, in context for every screen.
#[derive(Clone, Debug, PartialEq)]
pub struct Locale(pub String);

fn options(pairs: &[(&str, &str)]) -> Object {
    let object = Object::new();
    for (key, value) in pairs {
        let _ = Reflect::set(&object, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    object
}

fn locales(locale: &str) -> Array {
    Array::of1(&JsValue::from_str(locale))
}

thread_local! {
    /// Building an `Intl` formatter costs far more than using one, and a table formats
    /// hundreds of values: one formatter per style, locale and currency, kept.
    static FORMATTERS: RefCell<HashMap<String, (JsValue, Function)>> = RefCell::new(HashMap::new());
}

/// Formats `value` with the cached formatter named `key`, building it with `build` once.
fn format_cached(key: String, build: impl FnOnce() -> (JsValue, Function), value: &JsValue) -> Option<String> {
    FORMATTERS.with(|cache| {
        let mut cache = cache.borrow_mut();
        let (this, format) = cache.entry(key).or_insert_with(build);
        format.call1(this, value).ok().and_then(|v| v.as_string())
    })
}

/// `€1,234.50` (en-US) or `1.234,50 €` (de-DE). A malformed amount or currency from the
/// server is shown as sent rather than as a wrong number. `Intl` reads the decimal string
/// itself, so the wasm carries no float parsing.
pub fn format_money(money: &Money, locale: &str) -> String {
    if !money.is_valid() {
        return money.plain();
    }
    let build = || {
        let format = Intl::NumberFormat::new(
            &locales(locale),
            &options(&[("style", "currency"), ("currency", &money.currency)]),
        );
        let function = format.format();
        (format.into(), function)
    };
    let amount = JsValue::from_str(money.amount.trim());
    format_cached(format!("money|{locale}|{}", money.currency), build, &amount).unwrap_or_else(|| money.plain())
}

fn format_with(style: &str, rfc3339: &str, locale: &str, pairs: &[(&str, &str)]) -> String {
    let date = Date::new(&JsValue::from_str(rfc3339));
    if date.get_time().is_nan() {
        return rfc3339.to_string();
    }
    let build = || {
        let format = Intl::DateTimeFormat::new(&locales(locale), &options(pairs));
        let function = format.format();
        (format.into(), function)
    };
    format_cached(format!("{style}|{locale}"), build, &date).unwrap_or_else(|| rfc3339.to_string())
}

/// `Nov 20, 2026, 11:36 AM` in the user's locale.
pub fn format_date_time(rfc3339: &str, locale: &str) -> String {
    format_with("date-time", rfc3339, locale, &[("dateStyle", "medium"), ("timeStyle", "short")])
}

/// `Nov 20, 2026`. Date-only values are read as UTC so they do not shift a day.
pub fn format_date(date: &str, locale: &str) -> String {
    format_with("date", date, locale, &[("dateStyle", "medium"), ("timeZone", "UTC")])
}

/// A date, or a dash where there is none (a subscription not yet started or renewed).
pub fn date_or_dash(date: Option<&str>, locale: &str) -> String {
    date.map_or_else(|| "—".to_string(), |date| format_date(date, locale))
}

/// `1,234` (en-US) or `1.234` (de-DE).
pub fn format_number(n: i64, locale: &str) -> String {
    crate::i18n::number_in(n, locale)
}

/// The time now, `11:36 AM` (en-US) or `11:36` (de-DE).
pub fn format_time_now(locale: &str) -> String {
    let now: String = Date::new_0().to_iso_string().into();
    format_with("time", &now, locale, &[("timeStyle", "short")])
}

/// A size in bytes as people read it: `840 kB`, `1.2 MB`, in the user's locale.
pub fn format_bytes(bytes: f64, locale: &str) -> String {
    let (value, unit) =
        if bytes >= 1_000_000.0 { (bytes / 1_000_000.0, "megabyte") } else { (bytes / 1000.0, "kilobyte") };
    let build = || {
        let format = Intl::NumberFormat::new(
            &locales(locale),
            &options(&[("style", "unit"), ("unit", unit), ("maximumFractionDigits", "1")]),
        );
        let function = format.format();
        (format.into(), function)
    };
    format_cached(format!("bytes|{locale}|{unit}"), build, &JsValue::from_f64(value))
        .unwrap_or_else(|| format!("{value:.1} {unit}"))
}
