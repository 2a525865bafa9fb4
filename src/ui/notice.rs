use leptos::prelude::*;

use crate::api::ApiError;
use crate::i18n::{k, t, tf};

/// What failed, why, and a way to try again. Data already on screen stays there.
#[component]
pub fn ErrorNotice(
    /// What was being done, e.g. "Loading orders" (in the user's language).
    #[prop(into)]
    what: String,
    error: ApiError,
    #[prop(optional, into)] on_retry: Option<Callback<()>>,
) -> impl IntoView {
    let detail = error.detail();
    view! {
        <div class="oc-notice oc-notice-error" role="alert" data-testid="error-notice">
            <p>
                <strong>{tf(k::ERROR_FAILED, &[("what", &what)])}</strong>
                " "
                {error.message()}
            </p>
            {detail.map(|d| view! { <p class="oc-muted">{tf(k::ERROR_DETAILS, &[("detail", &d)])}</p> })}
            {on_retry.map(|retry| view! {
                <button type="button" class="oc-button" on:click=move |_| retry.run(())>{t(k::COMMON_TRY_AGAIN)}</button>
            })}
        </div>
    }
}

/// Said when the server has not answered for a few seconds: the request goes on, and the
/// user may keep waiting or ask again. Nothing on screen or typed is touched.
#[component]
pub fn SlowNotice(slow: RwSignal<bool>, #[prop(into)] on_retry: Callback<()>) -> impl IntoView {
    move || {
        slow.get().then(|| {
            view! {
                <div class="oc-notice" role="status" data-testid="slow-notice">
                    <p>{t(k::SLOW_WAITING)}</p>
                    <button type="button" class="oc-button" data-testid="keep-waiting" on:click=move |_| slow.set(false)>{t(k::SLOW_KEEP_WAITING)}</button>
                    " "
                    <button type="button" class="oc-button" data-testid="slow-retry" on:click=move |_| on_retry.run(())>{t(k::COMMON_TRY_AGAIN)}</button>
                </div>
            }
        })
    }
}

/// An empty result that says why, with an optional way out.
#[component]
pub fn EmptyState(#[prop(into)] message: String, children: Children) -> impl IntoView {
    view! {
        <div class="oc-empty" role="status" data-testid="empty-state">
            <p>{message}</p>
            {children()}
        </div>
    }
}

/// Where a remote read stands, for the part of a screen that waits for it: a loading line
/// until the first answer, the slow notice while the server keeps it waiting, and the
/// error with a retry. Once data is there, only a slow or failed refresh shows.
#[component]
pub fn RemoteStatus(
    /// What is being loaded, for the error ("Loading the deliveries").
    #[prop(into)]
    what: String,
    /// The line shown until the first answer ("Loading…").
    #[prop(into)]
    loading_text: String,
    slow: RwSignal<bool>,
    error: RwSignal<Option<ApiError>>,
    #[prop(into)] loaded: Signal<bool>,
    #[prop(into)] on_retry: Callback<()>,
) -> impl IntoView {
    let what = StoredValue::new(what);
    view! {
        <SlowNotice slow=slow on_retry=on_retry/>
        {move || match error.get() {
            Some(error) => view! { <ErrorNotice what=what.get_value() error=error on_retry=on_retry/> }.into_any(),
            None if !loaded.get() => view! { <p class="oc-loading" role="status">{loading_text.clone()}</p> }.into_any(),
            None => ().into_any(),
        }}
    }
}
