use std::cell::{Cell, RefCell};
use std::future::Future;
use std::rc::Rc;
use std::sync::Arc;

use futures_util::future::{FutureExt, LocalBoxFuture, Shared};
use gloo_net::http::{Method, RequestBuilder};
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::AbortController;

use super::ApiError;
use crate::config::Config;

/// Longest a request may take before the user is told and can retry.
const TIMEOUT_SECONDS: u32 = 15;

/// A prefetched answer is used only while it is this fresh (milliseconds).
const PREFETCH_FRESH_MS: f64 = 10_000.0;

type SharedBody = Shared<LocalBoxFuture<'static, Result<String, ApiError>>>;

thread_local! {
    /// One GET started before the screen that needs it exists, with when it started.
    static PREFETCHED: RefCell<Option<(String, f64, SharedBody)>> = const { RefCell::new(None) };
}

#[derive(Clone)]
pub struct ApiClient {
    config: Arc<Config>,
}

impl ApiClient {
    pub fn new(config: Config) -> Self {
        ApiClient { config: Arc::new(config) }
    }

    /// GETs `path`, or takes its prefetched answer (see [`ApiClient::prefetch`]).
    pub fn get<T: DeserializeOwned>(
        &self,
        path: &str,
        abort: &AbortController,
    ) -> LocalBoxFuture<'static, Result<T, ApiError>> {
        let body = match take_prefetched(path) {
            Some(prefetched) => prefetched.boxed_local(),
            None => self.send_text(Method::GET, path, None::<&()>, &[], abort).boxed_local(),
        };
        async move { parse(&body.await?) }.boxed_local()
    }

    /// Starts a GET now that a screen will make in a moment: on a cold start the first
    /// list leaves together with the session request instead of after it. The first
    /// identical `get` within a few seconds takes the answer; anything later fetches anew.
    pub fn prefetch(&self, path: &str) {
        let Ok(abort) = AbortController::new() else { return };
        let shared = self.send_text(Method::GET, path, None::<&()>, &[], &abort).boxed_local().shared();
        leptos::task::spawn_local(shared.clone().map(|_| ()));
        PREFETCHED.with(|slot| *slot.borrow_mut() = Some((path.to_string(), js_sys::Date::now(), shared)));
    }

    /// Sends a request and reads a JSON answer. `abort` cancels it (a newer request or a
    /// closed screen); the timeout aborts it too and reports [`ApiError::Timeout`].
    pub fn send<B: Serialize + ?Sized, T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        body: Option<&B>,
        headers: &[(&str, &str)],
        abort: &AbortController,
    ) -> impl Future<Output = Result<T, ApiError>> {
        let text = self.send_text(method, path, body, headers, abort);
        async move { parse(&text.await?) }
    }

    /// Sends a request; a 2xx answer's body, or the error.
    fn send_text<B: Serialize + ?Sized>(
        &self,
        method: Method,
        path: &str,
        body: Option<&B>,
        headers: &[(&str, &str)],
        abort: &AbortController,
    ) -> impl Future<Output = Result<String, ApiError>> {
        let url = format!("{}{path}", self.config.api_base);
        let mut builder = RequestBuilder::new(&url)
            .method(method)
            .header("Accept", "application/json")
            .abort_signal(Some(&abort.signal()));
        if !self.config.token.is_empty() {
            builder = builder.header("Authorization", &format!("Bearer {}", self.config.token));
        }
        if let Some(org) = &self.config.on_behalf_of {
            builder = builder.header("X-On-Behalf-Of", org);
        }
        for (name, value) in headers {
            builder = builder.header(name, value);
        }
        let request = match body {
            Some(body) => builder.json(body).map_err(|e| ApiError::Malformed { detail: e.to_string() }),
            None => builder.build().map_err(|_| ApiError::Network),
        };
        let timer = Timeout::start(abort.clone());
        async move {
            let result = async {
                let response = request?.send().await.map_err(|_| ApiError::Network)?;
                let status = response.status();
                let text = response.text().await.map_err(|_| ApiError::Network)?;
                if !(200..300).contains(&status) {
                    return Err(ApiError::from_status(status, &text));
                }
                Ok(text)
            }
            .await;
            let timed_out = timer.finish();
            match result {
                Err(_) if timed_out => Err(ApiError::Timeout { seconds: TIMEOUT_SECONDS }),
                Err(ApiError::Network) if abort_is_set(&timer.abort) => Err(ApiError::Aborted),
                other => other,
            }
        }
    }
}

fn parse<T: DeserializeOwned>(text: &str) -> Result<T, ApiError> {
    serde_json::from_str::<T>(text).map_err(|e| ApiError::Malformed { detail: e.to_string() })
}

fn take_prefetched(path: &str) -> Option<SharedBody> {
    PREFETCHED.with(|slot| {
        let mut slot = slot.borrow_mut();
        let (prefetched_path, started, _) = slot.as_ref()?;
        if prefetched_path != path || js_sys::Date::now() - started > PREFETCH_FRESH_MS {
            return None;
        }
        slot.take().map(|(_, _, body)| body)
    })
}

fn abort_is_set(abort: &AbortController) -> bool {
    abort.signal().aborted()
}

/// Aborts the request after [`TIMEOUT_SECONDS`] and remembers that it did.
struct Timeout {
    abort: AbortController,
    handle: Option<i32>,
    fired: Rc<Cell<bool>>,
    _callback: Option<Closure<dyn FnMut()>>,
}

impl Timeout {
    fn start(abort: AbortController) -> Timeout {
        let fired = Rc::new(Cell::new(false));
        let (flag, target) = (fired.clone(), abort.clone());
        let callback = Closure::<dyn FnMut()>::new(move || {
            flag.set(true);
            target.abort();
        });
        let handle = web_sys::window().and_then(|w| {
            w.set_timeout_with_callback_and_timeout_and_arguments_0(
                callback.as_ref().unchecked_ref(),
                (TIMEOUT_SECONDS * 1000) as i32,
            )
            .ok()
        });
        Timeout { abort, handle, fired, _callback: Some(callback) }
    }

    /// Stops the timer; true when it had already fired.
    fn finish(&self) -> bool {
        if let (Some(window), Some(handle)) = (web_sys::window(), self.handle) {
            window.clear_timeout_with_handle(handle);
        }
        self.fired.get()
    }
}
