use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;

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

#[derive(Clone)]
pub struct ApiClient {
    config: Arc<Config>,
}

impl ApiClient {
    pub fn new(config: Config) -> Self {
        ApiClient { config: Arc::new(config) }
    }

    pub fn get<T: DeserializeOwned>(
        &self,
        path: &str,
        abort: &AbortController,
    ) -> impl std::future::Future<Output = Result<T, ApiError>> {
        self.send(Method::GET, path, None::<&()>, &[], abort)
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
    ) -> impl std::future::Future<Output = Result<T, ApiError>> {
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
                serde_json::from_str::<T>(&text).map_err(|e| ApiError::Malformed { detail: e.to_string() })
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
