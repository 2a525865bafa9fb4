use leptos::prelude::*;

use crate::api::ApiError;

/// What failed, why, and a way to try again. Data already on screen stays there.
#[component]
pub fn ErrorNotice(
    /// What was being done, e.g. "Loading orders".
    #[prop(into)]
    what: String,
    error: ApiError,
    #[prop(optional, into)] on_retry: Option<Callback<()>>,
) -> impl IntoView {
    let detail = match &error {
        ApiError::Malformed { detail } => Some(detail.clone()),
        _ => None,
    };
    view! {
        <div class="oc-notice oc-notice-error" role="alert" data-testid="error-notice">
            <p>
                <strong>{format!("{what} failed.")}</strong>
                " "
                {error.message()}
            </p>
            {detail.map(|d| view! { <p class="oc-muted">"Details: " {d}</p> })}
            {on_retry.map(|retry| view! {
                <button type="button" class="oc-button" on:click=move |_| retry.run(())>"Try again"</button>
            })}
        </div>
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
