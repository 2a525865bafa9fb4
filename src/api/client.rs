use std::sync::Arc;

use futures_util::future::{FutureExt, LocalBoxFuture};
use send_wrapper::SendWrapper;
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, AbortSignal, RequestInit, Response};

use super::answer::{answer, decode, decode_parts, Answer, Body};
use super::early::take_early;
use super::ApiError;
use crate::config::Config;
use crate::host::Host;

/// Longest a request may take before the user is told and can retry.
const TIMEOUT_SECONDS: u32 = 15;

/// A new answer and the `ETag` it came with.
pub type Tagged<T> = (T, Option<String>);

#[derive(Clone)]
pub struct ApiClient {
    config: Arc<Config>,
    /// The host page's link, through which every request goes out with its token.
    host: Option<Arc<SendWrapper<Host>>>,
}

impl ApiClient {
    pub fn new(config: Config, host: Option<Host>) -> Self {
        ApiClient { config: Arc::new(config), host: host.map(|h| Arc::new(SendWrapper::new(h))) }
    }

    /// GETs `path`, or takes the answer of the same request the boot script sent while the
    /// wasm loaded (see [`super::early`]). `abort` cancels it: a newer request replaced it
    /// or its screen closed.
    pub fn get<T: DeserializeOwned>(
        &self,
        path: &str,
        abort: &AbortController,
    ) -> LocalBoxFuture<'static, Result<T, ApiError>> {
        let body = take_early(path).unwrap_or_else(|| self.fetch("GET", path, None, &[], Some(abort.signal())));
        async move { decode(&body.await?.text) }.boxed_local()
    }

    /// GETs `path` unless it is unchanged since the answer that carried `etag`: `None` when
    /// the server says so (`304`, no body), else the new answer and its `ETag`.
    pub fn get_if_changed<T: DeserializeOwned>(
        &self,
        path: &str,
        etag: Option<String>,
        abort: &AbortController,
    ) -> LocalBoxFuture<'static, Result<Option<Tagged<T>>, ApiError>> {
        let condition = etag.unwrap_or_default();
        let body = self.fetch("GET", path, None, &[("If-None-Match", &condition)], Some(abort.signal()));
        async move {
            match body.await {
                Ok(answer) => Ok(Some((decode(&answer.text)?, answer.etag))),
                Err(ApiError::Http { status: 304, .. }) => Ok(None),
                Err(error) => Err(error),
            }
        }
        .boxed_local()
    }

    /// GETs `path` whose answer is one object made of two parts (`Order` is a summary and
    /// details): both are read from the one parsed answer.
    pub fn get_parts<A: DeserializeOwned, B: DeserializeOwned>(
        &self,
        path: &str,
        abort: &AbortController,
    ) -> LocalBoxFuture<'static, Result<(A, B), ApiError>> {
        let body = take_early(path).unwrap_or_else(|| self.fetch("GET", path, None, &[], Some(abort.signal())));
        async move { decode_parts(&body.await?.text) }.boxed_local()
    }

    /// Sends a write and reads the JSON answer. Writes are never cancelled by the app
    /// (only the timeout stops them), so a user's change is either saved or reported.
    pub fn write<B: Serialize + ?Sized, T: DeserializeOwned>(
        &self,
        method: &'static str,
        path: &str,
        body: Option<&B>,
        headers: &[(&str, &str)],
    ) -> LocalBoxFuture<'static, Result<T, ApiError>> {
        let json = match body.map(encode).transpose() {
            Ok(json) => json,
            Err(error) => return async move { Err(error) }.boxed_local(),
        };
        let body = self.fetch(method, path, json, headers, None);
        async move { decode(&body.await?.text) }.boxed_local()
    }

    /// One request, sent through the host link (`Host::send`), which adds the host's
    /// current token and, when the API answers 401, lets the host renew it and sends the
    /// request again. Not generic, so it is compiled once.
    fn fetch(
        &self,
        method: &str,
        path: &str,
        body: Option<JsValue>,
        extra_headers: &[(&str, &str)],
        cancel: Option<AbortSignal>,
    ) -> Body {
        // The browser's own timer aborts a hung request; `any` joins it with the caller's.
        let timeout = AbortSignal::timeout_with_u32(TIMEOUT_SECONDS * 1000);
        let signal = match &cancel {
            Some(cancel) => AbortSignal::any(&js_sys::Array::of2(cancel, &timeout)),
            None => timeout.clone(),
        };
        let request = self.send(method, path, body, extra_headers, &signal);
        async move {
            let failed = |_| {
                if timeout.aborted() {
                    ApiError::Timeout { seconds: TIMEOUT_SECONDS }
                } else if cancel.as_ref().is_some_and(AbortSignal::aborted) {
                    ApiError::Aborted
                } else {
                    ApiError::Network
                }
            };
            let response: Response =
                JsFuture::from(request.ok_or(ApiError::Network)?).await.map_err(failed)?.unchecked_into();
            let text = JsFuture::from(response.text().map_err(failed)?).await.map_err(failed)?;
            let header = |name: &str| response.headers().get(name).ok().flatten();
            match answer(response.status(), text) {
                Ok(answer) => Ok(Answer { etag: header("ETag"), ..answer }),
                // A busy server may say when to ask again.
                Err(ApiError::Http { status, code, message, .. }) => Err(ApiError::Http {
                    status,
                    code,
                    message,
                    retry_after: header("Retry-After").and_then(|s| s.trim().parse().ok()),
                }),
                Err(error) => Err(error),
            }
        }
        .boxed_local()
    }

    /// Sends a request through the host link (`Host::send`), with the app's headers: a
    /// promise of the `Response`, or `None` without a host link.
    pub(super) fn send(
        &self,
        method: &str,
        path: &str,
        body: Option<JsValue>,
        extra_headers: &[(&str, &str)],
        signal: &AbortSignal,
    ) -> Option<js_sys::Promise> {
        let url = format!("{}{path}", self.config.api_base);
        let headers = js_sys::Object::new();
        let set = |name: &str, value: &str| {
            let _ = js_sys::Reflect::set(&headers, &name.into(), &value.into());
        };
        set("Accept", "application/json");
        // The platform answers in the user's language where it has words of its own (the
        // event catalogue, e-mail previews).
        set("Accept-Language", &crate::i18n::lang());
        if let Some(org) = &self.config.on_behalf_of {
            set("X-On-Behalf-Of", org);
        }
        if body.is_some() {
            set("Content-Type", "application/json");
        }
        for (name, value) in extra_headers.iter().filter(|(_, value)| !value.is_empty()) {
            set(name, value);
        }
        let init = RequestInit::new();
        init.set_method(method);
        init.set_headers(&headers);
        init.set_signal(Some(signal));
        if let Some(body) = body {
            init.set_body(&body);
        }
        self.host.as_ref().and_then(|host| host.send(&url, &init, &format!("{method} {path}")))
    }
}

/// A request body as JSON text, written by the browser's `JSON.stringify`.
fn encode<B: Serialize + ?Sized>(body: &B) -> Result<JsValue, ApiError> {
    let value = serde_wasm_bindgen::to_value(body).map_err(|e| ApiError::Malformed { detail: e.to_string() })?;
    js_sys::JSON::stringify(&value)
        .map(JsValue::from)
        .map_err(|_| ApiError::Malformed { detail: "the request could not be written".into() })
}
