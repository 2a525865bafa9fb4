//! Fault injection, so tests can show what users see when the platform misbehaves.
//!
//! Three ways in:
//! - `--latency-ms N` delays every API response;
//! - a request header `X-Fault: status=503; latency=800; malformed` affects that request;
//! - `POST /__dev/faults` with `{"path": "/api/v1/orders", "method": "POST", "status": 500,
//!   "latency_ms": 0, "malformed": false, "retry_after": 2, "times": 1}` affects the next
//!   matching requests (all of them when `times` is absent) until `DELETE /__dev/faults`.
//!   For streamed answers (the orders export) a rule can also cut the body cleanly after
//!   N lines (`"cut_after_lines": 10`, as a proxy that closes early would), send N lines
//!   and then nothing while keeping the connection open (`"stall_after_lines": 0`), or
//!   answer 200 with another content type and body (`"content_type": "text/html",
//!   "body": "<html>…"`, as a gateway's page would).
//!
//! Rules apply to the app's own files too (`{"path": "/orders-console-split-notifications",
//! "status": 503, "times": 1}`: a chunk that fails to download once); `--latency-ms` and
//! `X-Fault` only to the API.
//!
//! It also counts API requests by path (`GET /__dev/requests`), so a test can see what
//! the app asked for and when it stopped asking.
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde::{Deserialize, Serialize};

use crate::error::ApiError;

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Fault {
    #[serde(default)]
    pub status: Option<u16>,
    #[serde(default)]
    pub latency_ms: Option<u64>,
    #[serde(default)]
    pub malformed: bool,
    /// Seconds for a `Retry-After` header (with 429 or 503).
    #[serde(default)]
    pub retry_after: Option<u64>,
    /// The answer's body ends after this many lines, as if complete.
    #[serde(default)]
    pub cut_after_lines: Option<usize>,
    /// The answer's body sends this many lines, then nothing, and never ends.
    #[serde(default)]
    pub stall_after_lines: Option<usize>,
    /// A 200 answer of this content type, with `body`, instead of the real one.
    #[serde(default)]
    pub content_type: Option<String>,
    #[serde(default)]
    pub body: Option<String>,
}

/// API requests by path (without the query).
#[derive(Default)]
pub struct RequestCount(Mutex<BTreeMap<String, u64>>);

/// `GET /__dev/requests`: `{"/api/v1/orders": 12, ...}`.
pub async fn request_counts(State(requests): State<Arc<RequestCount>>) -> Json<BTreeMap<String, u64>> {
    Json(requests.0.lock().unwrap_or_else(|e| e.into_inner()).clone())
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct FaultRule {
    /// Applies to request paths that start with this.
    pub path: String,
    #[serde(default)]
    pub method: Option<String>,
    #[serde(flatten)]
    pub fault: Fault,
    #[serde(default)]
    pub times: Option<u32>,
}

#[derive(Default)]
pub struct FaultRules(Mutex<Vec<FaultRule>>);

impl FaultRules {
    fn take(&self, method: &str, path: &str) -> Option<Fault> {
        let mut rules = self.0.lock().unwrap_or_else(|e| e.into_inner());
        let position = rules.iter().position(|rule| {
            path.starts_with(&rule.path) && rule.method.as_deref().is_none_or(|m| m.eq_ignore_ascii_case(method))
        })?;
        let fault = rules[position].fault.clone();
        if let Some(times) = rules[position].times.as_mut() {
            *times -= 1;
            if *times == 0 {
                rules.remove(position);
            }
        }
        Some(fault)
    }
}

/// Parses `status=503; latency=800; malformed`.
pub fn parse_header(value: &str) -> Fault {
    let mut fault = Fault::default();
    for part in value.split([';', ',']).map(str::trim) {
        match part.split_once('=') {
            Some(("status", v)) => fault.status = v.trim().parse().ok(),
            Some(("latency", v)) => fault.latency_ms = v.trim().parse().ok(),
            Some(("retry_after", v)) => fault.retry_after = v.trim().parse().ok(),
            None if part == "malformed" => fault.malformed = true,
            _ => {}
        }
    }
    fault
}

/// What the fault layer needs of the server: its rules, its request count, its latency.
#[derive(Clone)]
pub struct FaultLayer {
    pub rules: Arc<FaultRules>,
    pub requests: Arc<RequestCount>,
    /// Added to every API response (`--latency-ms`).
    pub latency_ms: u64,
}

pub async fn inject(State(state): State<FaultLayer>, request: Request, next: Next) -> Response {
    let path = request.uri().path().to_string();
    let fault = if path.starts_with("/api/") {
        *state.requests.0.lock().unwrap_or_else(|e| e.into_inner()).entry(path.clone()).or_default() += 1;
        let from_header = request.headers().get("x-fault").and_then(|v| v.to_str().ok()).map(parse_header);
        from_header.or_else(|| state.rules.take(request.method().as_str(), &path)).unwrap_or_default()
    } else {
        // The app's own files only by rule (a chunk that fails to download, say).
        match state.rules.take(request.method().as_str(), &path) {
            Some(fault) => Fault { latency_ms: Some(fault.latency_ms.unwrap_or(0)), ..fault },
            None => return next.run(request).await,
        }
    };
    let latency = fault.latency_ms.unwrap_or(state.latency_ms);
    if latency > 0 {
        tokio::time::sleep(Duration::from_millis(latency)).await;
    }
    if let Some(code) = fault.status.and_then(|s| StatusCode::from_u16(s).ok()) {
        let message = format!("The platform could not complete this request (injected {code}).");
        let mut response = ApiError::new(code, "injected_fault", message).into_response();
        if let Some(seconds) = fault.retry_after {
            response.headers_mut().insert(header::RETRY_AFTER, seconds.into());
        }
        return response;
    }
    if let Some(content_type) = &fault.content_type {
        return Response::builder()
            .status(StatusCode::OK)
            .header(header::CONTENT_TYPE, content_type.as_str())
            .body(Body::from(fault.body.clone().unwrap_or_default()))
            .unwrap();
    }
    if fault.malformed {
        return Response::builder()
            .status(StatusCode::OK)
            .header(header::CONTENT_TYPE, "application/json")
            .body(Body::from(r#"{"items": [{"id": 42, "status": {"#))
            .unwrap();
    }
    let response = next.run(request).await;
    match (fault.cut_after_lines, fault.stall_after_lines) {
        (Some(lines), _) => response.map(|body| first_lines(body, lines, false)),
        (None, Some(lines)) => response.map(|body| first_lines(body, lines, true)),
        (None, None) => response,
    }
}

/// The first `lines` lines of `body`; then the end, or (`stall`) silence that never ends.
fn first_lines(body: Body, lines: usize, stall: bool) -> Body {
    use futures_util::StreamExt;
    let mut left = lines;
    let head = body.into_data_stream().scan((), move |_, chunk| {
        let chunk = match chunk {
            Ok(chunk) if left > 0 => chunk,
            _ => return std::future::ready(None),
        };
        let mut end = chunk.len();
        for (at, byte) in chunk.iter().enumerate() {
            if *byte == b'\n' {
                left -= 1;
                if left == 0 {
                    end = at + 1;
                    break;
                }
            }
        }
        std::future::ready(Some(Ok::<_, std::convert::Infallible>(chunk.slice(..end))))
    });
    if stall {
        Body::from_stream(head.chain(futures_util::stream::pending()))
    } else {
        Body::from_stream(head)
    }
}

pub async fn add_rule(State(rules): State<Arc<FaultRules>>, Json(rule): Json<FaultRule>) -> StatusCode {
    rules.0.lock().unwrap_or_else(|e| e.into_inner()).push(rule);
    StatusCode::NO_CONTENT
}

pub async fn clear_rules(State(rules): State<Arc<FaultRules>>) -> StatusCode {
    rules.0.lock().unwrap_or_else(|e| e.into_inner()).clear();
    StatusCode::NO_CONTENT
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_lists_faults() {
        assert_eq!(
            parse_header("status=503; latency=800; malformed"),
            Fault { status: Some(503), latency_ms: Some(800), malformed: true, ..Fault::default() }
        );
        assert_eq!(parse_header("nonsense"), Fault::default());
    }

    #[test]
    fn rules_match_path_and_method_and_run_out() {
        let rules = FaultRules::default();
        rules.0.lock().unwrap().push(FaultRule {
            path: "/api/v1/orders".into(),
            method: Some("POST".into()),
            fault: Fault { status: Some(500), ..Fault::default() },
            times: Some(1),
        });
        assert_eq!(rules.take("GET", "/api/v1/orders/1/notes"), None);
        assert!(rules.take("POST", "/api/v1/orders/1/notes").is_some());
        assert_eq!(rules.take("POST", "/api/v1/orders/1/notes"), None);
    }
}
