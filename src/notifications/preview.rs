use domain::notifications::EventInfo;
use leptos::prelude::*;

use crate::api::{use_remote, ApiClient};
use crate::i18n::{k, t, tf};
use crate::ui::{Modal, RemoteStatus};

/// The e-mail an event sends, filled with sample data by the platform (its templates are
/// the platform's text, not the app's). Every part is rendered as text.
#[component]
pub fn PreviewDialog(info: RwSignal<Option<EventInfo>>) -> impl IntoView {
    let close = move || info.set(None);
    let modal = Modal::new(move || info.with(Option::is_some), Callback::new(move |_| close()));
    view! {
        <dialog class="oc-dialog oc-preview" node_ref=modal.node data-testid="email-preview" aria-labelledby="oc-preview-title">
            {move || info.get().map(|event| view! { <PreviewBody event=event/> })}
            <div class="oc-dialog-actions">
                <button type="button" class="oc-button" data-testid="preview-close" on:click=move |_| close()>{t(k::COMMON_CLOSE)}</button>
            </div>
        </dialog>
    }
}

#[component]
fn PreviewBody(event: EventInfo) -> impl IntoView {
    let client = expect_context::<ApiClient>();
    let key = event.key.clone();
    let mail = use_remote(move || key.clone(), move |key, abort| client.notification_preview(&key, &abort));
    view! {
        <h2 id="oc-preview-title">{tf(k::PREVIEW_TITLE, &[("title", &event.title)])}</h2>
        <p class="oc-muted">{t(k::PREVIEW_SAMPLE)}</p>
        <RemoteStatus what=t(k::PREVIEW_LOADING) loading=(t(k::PREVIEW_LOADING_DOTS), mail.answered)
            slow=mail.slow error=mail.error on_retry=move |_| mail.retry()/>
        {move || mail.data.get().map(|mail| view! {
            <div class="oc-mail">
                <p class="oc-mail-subject"><span class="oc-muted">{t(k::PREVIEW_SUBJECT)} " "</span><strong data-testid="preview-subject">{mail.subject}</strong></p>
                {mail.blocks.into_iter().map(|b| view! { <p data-part=b.part>{b.text}</p> }).collect_view()}
            </div>
        })}
    }
}
