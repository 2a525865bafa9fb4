use domain::api::ErrorBody;
use wasm_bindgen::JsValue;

use crate::i18n::{k, number, t, tf};

/// Everything that can go wrong with a request, worded for the person at the screen.
#[derive(Clone, Debug, PartialEq)]
pub enum ApiError {
    /// No answer at all: offline, DNS, CORS, server down.
    Network,
    Timeout {
        seconds: u32,
    },
    /// A newer request replaced this one, or the screen closed; never shown.
    Aborted,
    /// A non-2xx answer; `message` is the server's own words, empty when it gave none;
    /// `retry_after` the seconds a busy server asked to wait (`Retry-After`).
    Http {
        status: u16,
        code: String,
        message: String,
        retry_after: Option<u32>,
    },
    /// A 2xx answer whose body is not what the contract promises.
    Malformed {
        detail: String,
    },
    /// A file download whose answer is not the file: another content type (a gateway's
    /// HTML page, say).
    NotCsv {
        content_type: String,
    },
    /// A file download whose answer does not say how many records it holds.
    NoCount,
    /// A file download that ended before all the records it announced.
    Incomplete {
        received: u64,
        expected: u64,
    },
    /// The server announced another number of records than the list the user exports.
    CountMismatch {
        announced: u64,
        listed: u64,
    },
    /// A download that sent nothing for this long.
    Stalled {
        seconds: u32,
    },
    /// The app's own code for the task could not be downloaded (`routing::ChunkFailed`).
    PartFailed,
}

impl ApiError {
    /// Reads a non-2xx answer; a body that is not the error shape still gives the status.
    pub fn from_status(status: u16, body: &JsValue) -> ApiError {
        let parsed = super::json::read_json::<ErrorBody>(body).ok();
        let (code, message) = parsed.map(|p| (p.error.code, p.error.message.trim().to_string())).unwrap_or_default();
        ApiError::Http { status, code, message, retry_after: None }
    }

    /// What went wrong, in the user's language.
    pub fn message(&self) -> String {
        match self {
            ApiError::Network => t(k::ERROR_NETWORK),
            ApiError::Timeout { seconds } => tf(k::ERROR_TIMEOUT, &[("seconds", &seconds.to_string())]),
            ApiError::Aborted => t(k::ERROR_ABORTED),
            ApiError::Http { status, .. } => match status {
                401 => t(k::ERROR_HTTP_401),
                403 => t(k::ERROR_HTTP_403),
                404 => t(k::ERROR_HTTP_404),
                409 => t(k::ERROR_HTTP_409),
                429 => t(k::ERROR_HTTP_429),
                500..=599 => tf(k::ERROR_HTTP_5XX, &[("status", &status.to_string())]),
                _ => tf(k::ERROR_HTTP_OTHER, &[("status", &status.to_string())]),
            },
            ApiError::Malformed { .. } => t(k::ERROR_MALFORMED),
            ApiError::NotCsv { content_type } => tf(k::EXPORT_NOT_CSV, &[("type", content_type)]),
            ApiError::NoCount => t(k::EXPORT_NO_COUNT),
            ApiError::Incomplete { received, expected } => tf(
                k::EXPORT_INCOMPLETE,
                &[("received", &number(*received as i64)), ("expected", &number(*expected as i64))],
            ),
            ApiError::CountMismatch { announced, listed } => tf(
                k::EXPORT_COUNT_MISMATCH,
                &[("announced", &number(*announced as i64)), ("listed", &number(*listed as i64))],
            ),
            ApiError::Stalled { seconds } => tf(k::EXPORT_STOPPED, &[("seconds", &seconds.to_string())]),
            ApiError::PartFailed => t(k::SHELL_PART_FAILED),
        }
    }

    /// The server's own words, or what the parser found: shown under the message.
    pub fn detail(&self) -> Option<String> {
        match self {
            ApiError::Http { message, .. } if !message.is_empty() => Some(message.clone()),
            ApiError::Malformed { detail } => Some(detail.clone()),
            _ => None,
        }
    }

    /// The message and the server's words in one line, for a short error beside a field.
    pub fn sentence(&self) -> String {
        match self.detail() {
            Some(detail) => format!("{} ({detail})", self.message()),
            None => self.message(),
        }
    }

    pub fn is_forbidden(&self) -> bool {
        matches!(self, ApiError::Http { status: 403, .. })
    }

    /// The item is not there for this caller: it does not exist, or their role may not see
    /// it (the API answers 404 for both, some gateways 403). Retrying does not help.
    pub fn is_unavailable(&self) -> bool {
        matches!(self, ApiError::Http { status: 403 | 404, .. })
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}
