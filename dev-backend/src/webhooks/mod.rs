//! Webhooks the stand-in really sends: a test send from the Webhook tab and the events it
//! can raise itself (a note added to an order). Each POST carries the event's body, the
//! stored Authorization header and content type, gives up after 5 seconds, follows no
//! redirect, and is logged: the last 20 deliveries per event, in memory.
pub mod payload;

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use domain::notifications::Delivery;
use serde_json::Value;

/// How long a receiver may take to answer.
pub const TIMEOUT: Duration = Duration::from_secs(5);
/// Deliveries kept per event.
const KEPT: usize = 20;

/// Where one event's webhook goes, as the seller stored it.
#[derive(Clone, Debug)]
pub struct Target {
    pub url: String,
    pub content_type: String,
    pub authorization: Option<String>,
}

pub struct Webhooks {
    client: reqwest::Client,
    log: Mutex<HashMap<String, VecDeque<Delivery>>>,
}

impl Default for Webhooks {
    fn default() -> Self {
        let client = reqwest::Client::builder()
            .timeout(TIMEOUT)
            .redirect(reqwest::redirect::Policy::none())
            .user_agent("marketplace-webhooks (stand-in)")
            .build()
            .expect("an HTTP client with rustls");
        Webhooks { client, log: Mutex::default() }
    }
}

/// Why a delivery got no answer, as a code the app words: `timeout`, `unreachable` or
/// `failed`.
fn error_code(error: &reqwest::Error) -> &'static str {
    if error.is_timeout() {
        "timeout"
    } else if error.is_connect() {
        "unreachable"
    } else {
        "failed"
    }
}

/// A form body for `application/x-www-form-urlencoded`: each top-level member, objects
/// and arrays as JSON text.
fn form_pairs(body: &Value) -> Vec<(String, String)> {
    body.as_object()
        .map(|members| {
            members
                .iter()
                .map(|(name, value)| {
                    let text = value.as_str().map_or_else(|| value.to_string(), str::to_string);
                    (name.clone(), text)
                })
                .collect()
        })
        .unwrap_or_default()
}

impl Webhooks {
    /// POSTs `body` to `target` and logs the outcome under `key`.
    pub async fn send(&self, key: &str, target: &Target, body: &Value, at: String, test: bool) -> Delivery {
        let mut request = self.client.post(&target.url).header("X-Marketplace-Event", key);
        if let Some(header) = &target.authorization {
            request = request.header(reqwest::header::AUTHORIZATION, header);
        }
        request = if target.content_type == "application/x-www-form-urlencoded" {
            request.form(&form_pairs(body))
        } else {
            request.header(reqwest::header::CONTENT_TYPE, "application/json").body(body.to_string())
        };
        let started = Instant::now();
        let outcome = request.send().await;
        let ms = started.elapsed().as_millis() as u64;
        let delivery = match outcome {
            Ok(response) => Delivery { at, status: Some(response.status().as_u16()), ms, error: None, test },
            Err(error) => Delivery { at, status: None, ms, error: Some(error_code(&error).into()), test },
        };
        let mut log = self.log.lock().expect("webhook log");
        let kept = log.entry(key.to_string()).or_default();
        kept.push_front(delivery.clone());
        kept.truncate(KEPT);
        delivery
    }

    /// The event's last deliveries, newest first.
    pub fn deliveries(&self, key: &str) -> Vec<Delivery> {
        self.log.lock().expect("webhook log").get(key).map(|d| d.iter().cloned().collect()).unwrap_or_default()
    }
}
