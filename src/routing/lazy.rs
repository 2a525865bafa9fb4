//! A part of the app that is its own wasm chunk (an area's screens, the order panel, the
//! export) is loaded the first time it is shown. The split points are
//! functions declared with [`split_point!`]: Leptos's own splitting (`#[wasm_split]`,
//! which `#[lazy]` is built on), but `fallible`, so a
//! chunk that cannot be had (offline, a server error, a cut download) is an `Err` the
//! screen says, with a retry, instead of a panic that would stop the whole app (Leptos 0.8's
//! `#[lazy]` panics there). The build splits the wasm at these points
//! (`scripts/split-wasm.mjs`); native builds and tests call the functions directly.
use std::future::Future;

use leptos::prelude::*;
use send_wrapper::SendWrapper;

use crate::i18n::{k, t};

/// Declares a split point: `split_point!(chunk; fn name(args) -> Result<T, ChunkFailed> { … })`,
/// optionally `split_point!(chunk, preload = preload_name; …)` for a function that starts
/// the chunk's download. The function becomes `async`: it downloads its chunk first. The
/// release build splits the wasm there (`--cfg oc_split`, scripts/build-app.sh); another
/// wasm build (the in-browser tests) calls it directly, since no splitter links it; native
/// builds call it directly too.
macro_rules! split_point {
    ($chunk:ident $(, preload = $preload:ident)? ; $(#[$meta:meta])* $vis:vis fn $name:ident ($($arg:ident : $ty:ty),* $(,)?) -> $ret:ty $body:block) => {
        #[cfg(any(oc_split, not(target_family = "wasm")))]
        #[leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible $(, preload($preload))?)]
        $(#[$meta])* $vis fn $name($($arg: $ty),*) -> $ret $body

        #[cfg(all(target_family = "wasm", not(oc_split)))]
        $(#[$meta])* $vis async fn $name($($arg: $ty),*) -> $ret $body

        $(
            #[cfg(all(target_family = "wasm", not(oc_split)))]
            $vis async fn $preload() -> Result<(), leptos::wasm_split::SplitLoaderError> {
                Ok(())
            }
        )?
    };
}
pub(crate) use split_point;

/// A chunk of the app that did not load. The browser's console has the reason.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChunkFailed;

impl From<leptos::wasm_split::SplitLoaderError> for ChunkFailed {
    fn from(_: leptos::wasm_split::SplitLoaderError) -> Self {
        ChunkFailed
    }
}

/// Shows what `load` builds once its chunk is there: "Loading…" meanwhile, and if the
/// chunk cannot be had, a message with "Try again" (a failed load is not remembered, so
/// the retry downloads it afresh). The rest of the app keeps working either way.
#[component]
pub fn LazyView<F, Fut>(load: F) -> impl IntoView
where
    F: Fn() -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = Result<AnyView, ChunkFailed>> + 'static,
{
    let attempt = RwSignal::new(0u32);
    let loading =
        || view! { <p class="oc-loading" role="status" data-testid="part-loading">{t(k::COMMON_LOADING)}</p> };
    view! {
        <Suspense fallback=loading>
            {move || {
                attempt.track();
                let load = load.clone();
                // The chunk's loader is not Send; the app runs on the browser's one thread.
                Suspend::new(SendWrapper::new(async move {
                    match load().await {
                        Ok(view) => view,
                        Err(ChunkFailed) => view! { <PartFailed on_retry=move || attempt.update(|n| *n += 1)/> }.into_any(),
                    }
                }))
            }}
        </Suspense>
    }
}

/// Says that a part of the app could not be downloaded, with "Try again".
#[component]
pub fn PartFailed(#[prop(into)] on_retry: Callback<()>) -> impl IntoView {
    view! {
        <div class="oc-notice oc-notice-error" role="alert" data-testid="part-failed">
            <p>{t(k::SHELL_PART_FAILED)}</p>
            <button type="button" class="oc-button" data-testid="part-retry" on:click=move |ev| retry_keeping_focus(&ev, on_retry)>{t(k::COMMON_TRY_AGAIN)}</button>
        </div>
    }
}

/// The button goes away with the retry: focus goes to the nearest focusable container
/// (the main area, or the panel), so a keyboard user stays where the part appears.
fn retry_keeping_focus(ev: &leptos::ev::MouseEvent, on_retry: Callback<()>) {
    use wasm_bindgen::JsCast;
    let home = ev
        .target()
        .and_then(|target| target.dyn_into::<web_sys::Element>().ok())
        .and_then(|button| button.closest("[tabindex='-1']").ok().flatten())
        .and_then(|home| home.dyn_into::<web_sys::HtmlElement>().ok());
    on_retry.run(());
    if let Some(home) = home {
        let _ = home.focus();
    }
}

/// Starts downloading a chunk that is about to be wanted (a split point's `preload`), so
/// that it is there when it is shown; a failure here is said when it is shown.
pub fn warm(preload: impl Future<Output = Result<(), leptos::wasm_split::SplitLoaderError>> + 'static) {
    leptos::task::spawn_local(async move {
        let _ = preload.await;
    });
}
