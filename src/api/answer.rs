//! What a request comes back as, for the client and for the answers the boot script
//! fetched early: the 2xx body (a JS string, never copied into the wasm) with its `ETag`,
//! or the error; and that body read as the type the contract promises.
use futures_util::future::LocalBoxFuture;
use serde::de::DeserializeOwned;
use wasm_bindgen::JsValue;

use super::error::ApiError;
use super::json::{parse_json, read_json, read_value};

/// The answer to a request, once it arrives.
pub(super) type Body = LocalBoxFuture<'static, Result<Answer, ApiError>>;

pub(super) struct Answer {
    pub text: JsValue,
    pub etag: Option<String>,
}

/// A response's status and body as the app sees it: the body of a 2xx, else the error.
pub(super) fn answer(status: u16, text: JsValue) -> Result<Answer, ApiError> {
    if (200..300).contains(&status) {
        Ok(Answer { text, etag: None })
    } else {
        Err(ApiError::from_status(status, &text))
    }
}

/// Reads a JSON answer; anything that is not what the contract promises is `Malformed`,
/// with the parser's words as the detail. Unknown status keys still decode, as
/// `Unknown(key)`.
pub(super) fn decode<T: DeserializeOwned>(text: &JsValue) -> Result<T, ApiError> {
    read_json(text).map_err(|detail| ApiError::Malformed { detail })
}

/// Reads one JSON answer as two types (`Order` is a summary and details), parsing it once.
pub(super) fn decode_parts<A: DeserializeOwned, B: DeserializeOwned>(text: &JsValue) -> Result<(A, B), ApiError> {
    let malformed = |detail| ApiError::Malformed { detail };
    let value = parse_json(text).map_err(malformed)?;
    Ok((read_value(value.clone()).map_err(malformed)?, read_value(value).map_err(malformed)?))
}
