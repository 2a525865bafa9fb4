//! Downloads a file the API streams (the orders export) into a `Blob`, chunk by chunk as
//! it arrives, so even 100,000 orders are never held as objects (nor as one string) in
//! the page. Progress is reported as bytes; the caller's signal cancels it. No overall
//! timeout: a large file may take long, and the user can cancel. But a download is
//! complete or it fails: the answer must be CSV, say how many records it holds
//! (`X-Total-Count`), and hold exactly that many; a server that sends nothing for
//! [`STALL_SECONDS`] is told apart from a slow one, and given up after [`GIVE_UP_SECONDS`].
use domain::orders::CsvRecords;
use futures_util::future::{select, Either, FutureExt, LocalBoxFuture};
use js_sys::{Array, Promise, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortSignal, Blob, BlobPropertyBag, ReadableStreamDefaultReader, Response};

use super::{ApiClient, ApiError};

/// Bytes gathered before they are folded into a Blob.
const FOLD_BYTES: f64 = 4_000_000.0;
/// Seconds without a byte after which the user is told the server is not sending.
pub const STALL_SECONDS: u32 = 5;
/// Seconds without a byte after which the download fails.
pub const GIVE_UP_SECONDS: u32 = 30;

/// The browser could not hold the file being put together (out of memory or disk).
fn not_kept() -> ApiError {
    ApiError::Malformed { detail: "the file could not be kept".into() }
}

/// A downloaded CSV file, complete: its records (the header not counted) are as many as
/// the server announced.
pub struct Download {
    pub blob: Blob,
    pub records: u64,
}

/// How a download goes, for its progress line.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Progress {
    pub bytes: f64,
    /// Nothing has arrived for [`STALL_SECONDS`].
    pub stalled: bool,
}

/// A promise that resolves after `ms` milliseconds.
fn sleep(ms: u32) -> JsFuture {
    JsFuture::from(Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms as i32);
        }
    }))
}

/// Awaits `step`, telling `on_stall(true)` after [`STALL_SECONDS`] without it and failing
/// after [`GIVE_UP_SECONDS`]; `on_stall(false)` when it comes after a stall.
async fn unless_stalled(step: JsFuture, on_stall: &dyn Fn(bool)) -> Result<Result<JsValue, JsValue>, ApiError> {
    let step = match select(step, sleep(STALL_SECONDS * 1000)).await {
        Either::Left((result, _)) => return Ok(result),
        Either::Right((_, step)) => step,
    };
    on_stall(true);
    match select(step, sleep((GIVE_UP_SECONDS - STALL_SECONDS) * 1000)).await {
        Either::Left((result, _)) => {
            on_stall(false);
            Ok(result)
        }
        Either::Right(_) => Err(ApiError::Stalled { seconds: GIVE_UP_SECONDS }),
    }
}

/// Reads the record count a CSV answer announces: `X-Total-Count`, the orders without the
/// header line.
fn announced_count(response: &Response) -> Result<u64, ApiError> {
    let content_type = response.headers().get("Content-Type").ok().flatten().unwrap_or_default();
    if !content_type.trim().to_ascii_lowercase().starts_with("text/csv") {
        let shown = if content_type.trim().is_empty() { "?".to_string() } else { content_type };
        return Err(ApiError::NotCsv { content_type: shown });
    }
    let header = response.headers().get("X-Total-Count").ok().flatten();
    header.and_then(|h| h.trim().parse().ok()).ok_or(ApiError::NoCount)
}

impl ApiClient {
    /// GETs the CSV file at `path`, calling `progress` as it arrives. A record ends at a
    /// line break outside quotes (RFC 4180), so a note written on two lines is still one
    /// order. A cut, a stall, another content type or a count that is off are errors, and
    /// then nothing is handed back to save.
    pub fn download_csv(
        &self,
        path: &str,
        cancel: AbortSignal,
        progress: impl Fn(Progress) + 'static,
    ) -> LocalBoxFuture<'static, Result<Download, ApiError>> {
        let request = self.send("GET", path, None, &[("Accept", "text/csv")], &cancel);
        async move {
            let failed = |_| if cancel.aborted() { ApiError::Aborted } else { ApiError::Network };
            let bytes = std::cell::Cell::new(0.0);
            let on_stall = |stalled: bool| progress(Progress { bytes: bytes.get(), stalled });
            let answer = JsFuture::from(request.ok_or(ApiError::Network)?);
            let response: Response = unless_stalled(answer, &on_stall).await?.map_err(failed)?.unchecked_into();
            if !response.ok() {
                let text = JsFuture::from(response.text().map_err(failed)?).await.map_err(failed)?;
                return Err(ApiError::from_status(response.status(), &text));
            }
            let expected = announced_count(&response)?;
            let reader: ReadableStreamDefaultReader =
                response.body().ok_or(ApiError::Network)?.get_reader().unchecked_into();
            let mut parts = Array::new();
            let mut pending = 0.0;
            let mut records = CsvRecords::default();
            loop {
                // A connection that breaks mid-file is a cut file, said as such.
                let cut = |_| {
                    if cancel.aborted() {
                        ApiError::Aborted
                    } else {
                        ApiError::Incomplete { received: records.complete(), expected }
                    }
                };
                let step = match unless_stalled(JsFuture::from(reader.read()), &on_stall).await {
                    Ok(step) => step.map_err(cut)?,
                    Err(stalled) => {
                        let _ = reader.cancel();
                        return Err(stalled);
                    }
                };
                if Reflect::get(&step, &"done".into()).map_err(failed)?.is_truthy() {
                    break;
                }
                let chunk: Uint8Array = Reflect::get(&step, &"value".into()).map_err(failed)?.unchecked_into();
                // Counted a chunk at a time in wasm memory; only the Blob keeps them.
                records.feed(&chunk.to_vec());
                bytes.set(bytes.get() + f64::from(chunk.length()));
                pending += f64::from(chunk.length());
                parts.push(&chunk);
                // Every few MB the chunks become one Blob, which the browser keeps out of
                // the page's heap (on disk when large), so the heap never holds the file.
                if pending > FOLD_BYTES {
                    let folded: Blob = Blob::new_with_u8_array_sequence(&parts).map_err(|_| not_kept())?;
                    parts = Array::of1(&folded);
                    pending = 0.0;
                }
                progress(Progress { bytes: bytes.get(), stalled: false });
            }
            let records = records.total();
            if records != expected {
                return Err(ApiError::Incomplete { received: records, expected });
            }
            let options = BlobPropertyBag::new();
            options.set_type("text/csv;charset=utf-8");
            let blob = Blob::new_with_u8_array_sequence_and_options(&parts, &options).map_err(|_| not_kept())?;
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
