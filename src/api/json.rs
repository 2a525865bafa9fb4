//! JSON answers read with the browser's own parser (no JSON parser in the wasm). The
//! lowest layer of the client: it knows nothing of the app's errors, only the parser's
//! words when a text is not what was expected.
use serde::de::DeserializeOwned;
use wasm_bindgen::JsValue;

/// `text` (a JS string as it came from `fetch`) read as a `T`, or why it is not one.
pub(super) fn read_json<T: DeserializeOwned>(text: &JsValue) -> Result<T, String> {
    read_value(parse_json(text)?)
}

/// `text` parsed, not yet read as a type (for an answer read as two types).
pub(super) fn parse_json(text: &JsValue) -> Result<JsValue, String> {
    json_parse(text).map_err(|e| String::from(js_sys::Error::from(e).message()))
}

/// A parsed value read as a `T`.
pub(super) fn read_value<T: DeserializeOwned>(value: JsValue) -> Result<T, String> {
    serde_wasm_bindgen::from_value::<T>(value).map_err(|e| e.to_string())
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `JSON.parse` on a JS string as it came from `fetch`, without a copy into the wasm.
    #[wasm_bindgen(js_namespace = JSON, js_name = parse, catch)]
    fn json_parse(text: &JsValue) -> Result<JsValue, JsValue>;
}
