use domain::api::ErrorBody;
use wasm_bindgen::JsValue;

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
    /// A non-2xx answer.
    Http {
        status: u16,
        code: String,
        message: String,
    },
    /// A 2xx answer whose body is not what the contract promises.
    Malformed {
        detail: String,
    },
}

impl ApiError {
    /// Reads a non-2xx answer; bodies that are not the error shape still give a message.
    pub fn from_status(status: u16, body: &JsValue) -> ApiError {
        match super::client::decode::<ErrorBody>(body) {
            Ok(parsed) if !parsed.error.message.trim().is_empty() => {
                ApiError::Http { status, code: parsed.error.code, message: parsed.error.message }
            }
            _ => ApiError::Http {
                status,
                code: String::new(),
                message: match status {
                    401 => "Your session has expired. Sign in again.".into(),
                    403 => "You do not have permission to do this.".into(),
                    404 => "This item no longer exists.".into(),
                    500..=599 => {
                        format!("The server had a problem (HTTP {status}). Try again in a moment.")
                    }
                    _ => format!("The server refused the request (HTTP {status})."),
                },
            },
        }
    }

    pub fn message(&self) -> String {
        match self {
            ApiError::Network => "Could not reach the server. Check your connection and try again.".into(),
            ApiError::Timeout { seconds } => {
                format!("The server did not answer within {seconds} seconds.")
            }
            ApiError::Aborted => "The request was cancelled.".into(),
            ApiError::Http { message, .. } => message.clone(),
            ApiError::Malformed { .. } => "The server sent an answer this page cannot read.".into(),
        }
    }

    pub fn is_forbidden(&self) -> bool {
        matches!(self, ApiError::Http { status: 403, .. })
    }

    pub fn is_aborted(&self) -> bool {
        matches!(self, ApiError::Aborted)
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message())
    }
}
