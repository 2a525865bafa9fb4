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
    /// Words that replace "… failed." where the screen names the failure itself (a role
    /// refused), with the test hook that goes with them.
    #[prop(optional)]
    headline: Option<(String, &'static str)>,
) -> impl IntoView {
    let detail = error.detail();
    let (headline, testid) = headline.unwrap_or_else(|| (tf(k::ERROR_FAILED, &[("what", &what)]), "error-notice"));
    view! {
        <div class="oc-notice oc-notice-error" role="alert" data-testid=testid>
            <p>
                <strong>{headline}</strong>
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

/// Where a remote read stands, for the part of a screen that waits for it: the slow
/// notice while the server keeps it waiting, the error with a retry, and, for a screen
/// without a placeholder of its own (a skeleton), a loading line until the first answer.
#[component]
pub fn RemoteStatus(
    /// What is being loaded, for the error ("Loading the deliveries").
    #[prop(into)]
    what: String,
    slow: RwSignal<bool>,
    error: RwSignal<Option<ApiError>>,
    #[prop(into)] on_retry: Callback<()>,
    /// An error the screen says in its own words (an order this role may not see): left
    /// to the screen, and counted as an answer.
    #[prop(optional)]
    said_by_screen: Option<fn(&ApiError) -> bool>,
    /// The line shown until the first answer ("Loading…"), with the read's `answered`;
    /// none where the screen shows a placeholder of its own.
    #[prop(optional)]
    loading: Option<(String, RwSignal<bool>)>,
) -> impl IntoView {
    view! {
        <SlowNotice slow=slow on_retry=on_retry/>
        {move || match error.get() {
            Some(error) if said_by_screen.is_some_and(|own| own(&error)) => ().into_any(),
            Some(error) => view! { <ErrorNotice what=what.clone() error=error on_retry=on_retry/> }.into_any(),
            None => match &loading {
                Some((text, loaded)) if !loaded.get() => view! { <p class="oc-loading" role="status">{text.clone()}</p> }.into_any(),
                _ => ().into_any(),
            },
        }}
    }
}
