//! Downloads a file the API streams (the orders export) into a `Blob`, chunk by chunk as
//! it arrives, so even 100,000 orders are never held as objects (nor as one string) in
//! the page. Progress is reported as bytes and rows; the caller's signal cancels it. No
//! overall timeout: a large file may take long, and the user can cancel.
use futures_util::future::{FutureExt, LocalBoxFuture};
use js_sys::{Array, Reflect, Uint8Array};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortSignal, Blob, BlobPropertyBag, ReadableStreamDefaultReader, Response};

use super::{ApiClient, ApiError};

/// Bytes gathered before they are folded into a Blob.
const FOLD_BYTES: f64 = 4_000_000.0;

fn kept() -> ApiError {
    ApiError::Malformed { detail: "the file could not be kept".into() }
}

/// A downloaded CSV file and how many records (the header too) it holds.
pub struct Download {
    pub blob: Blob,
    pub records: u64,
}

impl ApiClient {
    /// GETs the CSV file at `path`, calling `progress(bytes, records)` as it arrives. A
    /// record ends at a line break outside quotes (RFC 4180), so a note written on two
    /// lines is still one order.
    pub fn download_csv(
        &self,
        path: &str,
        cancel: AbortSignal,
        progress: impl Fn(f64, u64) + 'static,
    ) -> LocalBoxFuture<'static, Result<Download, ApiError>> {
        let request = self.send("GET", path, None, &[("Accept", "text/csv")], &cancel);
        async move {
            let failed = |_| if cancel.aborted() { ApiError::Aborted } else { ApiError::Network };
            let response: Response =
                JsFuture::from(request.ok_or(ApiError::Network)?).await.map_err(failed)?.unchecked_into();
            if !response.ok() {
                let text = JsFuture::from(response.text().map_err(failed)?).await.map_err(failed)?;
                return Err(ApiError::from_status(response.status(), &text));
            }
            let reader: ReadableStreamDefaultReader =
                response.body().ok_or(ApiError::Network)?.get_reader().unchecked_into();
            let mut parts = Array::new();
            let mut pending = 0.0;
            let (mut bytes, mut records, mut quoted) = (0.0, 0u64, false);
            loop {
                let step = JsFuture::from(reader.read()).await.map_err(failed)?;
                if Reflect::get(&step, &"done".into()).map_err(failed)?.is_truthy() {
                    break;
                }
                let chunk: Uint8Array = Reflect::get(&step, &"value".into()).map_err(failed)?.unchecked_into();
                // Counted a chunk at a time in wasm memory; only the Blob keeps them.
                for byte in chunk.to_vec() {
                    match byte {
                        // A doubled quote inside a cell toggles twice.
                        b'"' => quoted = !quoted,
                        b'\n' if !quoted => records += 1,
                        _ => {}
                    }
                }
                bytes += f64::from(chunk.length());
                pending += f64::from(chunk.length());
                parts.push(&chunk);
                // Every few MB the chunks become one Blob, which the browser keeps out of
                // the page's heap (on disk when large), so the heap never holds the file.
                if pending > FOLD_BYTES {
                    let folded: Blob = Blob::new_with_u8_array_sequence(&parts).map_err(|_| kept())?;
                    parts = Array::of1(&folded);
                    pending = 0.0;
                }
                progress(bytes, records);
            }
            let options = BlobPropertyBag::new();
            options.set_type("text/csv;charset=utf-8");
            let blob = Blob::new_with_u8_array_sequence_and_options(&parts, &options).map_err(|_| kept())?;
            Ok(Download { blob, records })
        }
        .boxed_local()
    }
}

/// Hands `blob` to the browser as a file named `name` (the user's downloads).
pub fn save_as(blob: &Blob, name: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else { return };
    if let Ok(link) = document.create_element("a") {
        let _ = link.set_attribute("href", &url);
        let _ = link.set_attribute("download", name);
        if let Ok(link) = link.dyn_into::<web_sys::HtmlElement>() {
            link.click();
        }
    }
    // Given back once the browser has started the download.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(30),
    );
}
