//! Requests sent before the screen that needs them exists, so data and code travel in
//! parallel on a first visit.
//!
//! The boot script (`boot/orders-console-boot.js`) sends the session request, and the
//! first orders page when the app opens on it, while the wasm is still downloading; it
//! leaves the promises on the host element as `ordersConsoleEarly`, an object from API
//! path to a promise of `[status, body]`. [`adopt`] takes them over at start. A screen's
//! first identical GET within a few seconds takes the answer; later ones fetch anew.
use std::cell::RefCell;
use std::collections::HashMap;

use futures_util::future::FutureExt;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::answer::{answer, Body};
use super::ApiError;

/// An early answer is used only while it is this fresh (milliseconds).
const FRESH_MS: f64 = 10_000.0;

/// Where the boot script leaves its requests on the host element.
const HOST_PROPERTY: &str = "ordersConsoleEarly";

thread_local! {
    static EARLY: RefCell<HashMap<String, (f64, Body)>> = RefCell::new(HashMap::new());
}

/// Keeps `body` as the answer to the next GET of `path`. The browser runs the request
/// meanwhile; the future only reads its answer, so nothing needs to poll it until then.
fn keep(path: &str, body: Body) {
    EARLY.with(|early| early.borrow_mut().insert(path.to_string(), (js_sys::Date::now(), body)));
}

/// The early answer to `path`, once, while fresh.
pub(super) fn take_early(path: &str) -> Option<Body> {
    let (started, body) = EARLY.with(|early| early.borrow_mut().remove(path))?;
    still_fresh(started, js_sys::Date::now()).then_some(body)
}

/// Whether a request the boot script started at `started_ms` may stand for one the app
/// makes at `now_ms`: only within [`FRESH_MS`], and never one from a clock gone backwards
/// by more than that (a suspended laptop's clock corrected).
fn still_fresh(started_ms: f64, now_ms: f64) -> bool {
    (now_ms - started_ms).abs() <= FRESH_MS
}

/// Takes over the requests the boot script sent from the host element.
pub fn adopt(host: &JsValue) {
    let Ok(sent) = js_sys::Reflect::get(host, &HOST_PROPERTY.into()) else { return };
    let Some(sent) = sent.dyn_ref::<js_sys::Object>() else { return };
    for entry in js_sys::Object::entries(sent).iter() {
        let entry: js_sys::Array = entry.unchecked_into();
        let (Some(path), Ok(promise)) = (entry.get(0).as_string(), entry.get(1).dyn_into::<js_sys::Promise>()) else {
            continue;
        };
        keep(&path, from_boot_script(promise));
    }
    // Taken once: a remount must not reuse stale answers.
    let _ = js_sys::Reflect::delete_property(host.unchecked_ref::<js_sys::Object>(), &HOST_PROPERTY.into());
}

/// A boot-script promise of `[status, body]` as an answer; a rejected one is a network
/// failure, a malformed one a malformed answer.
fn from_boot_script(promise: js_sys::Promise) -> Body {
    async move {
        let settled = JsFuture::from(promise).await.map_err(|_| ApiError::Network)?;
        let pair: &js_sys::Array = settled.dyn_ref().ok_or_else(malformed)?;
        let status = pair.get(0).as_f64().ok_or_else(malformed)? as u16;
        answer(status, pair.get(1))
    }
    .boxed_local()
}

fn malformed() -> ApiError {
    ApiError::Malformed { detail: "the early request gave no status".into() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_early_answer_stands_in_for_ten_seconds() {
        assert!(still_fresh(1_000.0, 1_000.0));
        assert!(still_fresh(1_000.0, 11_000.0));
        assert!(!still_fresh(1_000.0, 11_001.0), "older than ten seconds: asked again");
        assert!(!still_fresh(50_000.0, 1_000.0), "from a clock far ahead");
    }
}
