use domain::notifications::EventInfo;
use leptos::html;
use leptos::prelude::*;

use crate::api::{use_remote, ApiClient};
use crate::i18n::{k, t, tf};
use crate::ui::{tab_trap, ErrorNotice, SlowNotice};

/// The e-mail an event sends, filled with sample data by the platform (its templates are
/// the platform's text, not the app's). Every part is rendered as text.
#[component]
pub fn PreviewDialog(info: RwSignal<Option<EventInfo>>) -> impl IntoView {
    let dialog = NodeRef::<html::Dialog>::new();
    Effect::new(move |_| {
        if let (Some(element), Some(_)) = (dialog.get(), info.get()) {
            if !element.open() {
                let _ = element.show_modal();
            }
        }
    });
    let close = move |_| {
        if let Some(element) = dialog.get_untracked() {
            element.close();
        }
    };
    view! {
        <dialog class="oc-dialog oc-preview" node_ref=dialog data-testid="email-preview" aria-labelledby="oc-preview-title"
            on:close=move |_| info.set(None)
            on:keydown=tab_trap(dialog)>
            {move || info.get().map(|event| view! { <PreviewBody event=event/> })}
            <div class="oc-dialog-actions">
                <button type="button" class="oc-button" data-testid="preview-close" on:click=close>{t(k::COMMON_CLOSE)}</button>
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
        <SlowNotice slow=mail.slow on_retry=move |_| mail.retry()/>
        {move || mail.error.get().map(|error| view! {
            <ErrorNotice what=t(k::PREVIEW_LOADING) error=error on_retry=move |_| mail.retry()/>
        })}
        {move || match mail.data.get() {
            Some(mail) => view! {
                <div class="oc-mail">
                    <p class="oc-mail-subject"><span class="oc-muted">{t(k::PREVIEW_SUBJECT)} " "</span><strong data-testid="preview-subject">{mail.subject}</strong></p>
                    {mail.blocks.into_iter().map(|b| view! { <p data-part=b.part>{b.text}</p> }).collect_view()}
                </div>
            }.into_any(),
            None if mail.error.with(Option::is_none) => view! { <p class="oc-loading" role="status">{t(k::PREVIEW_LOADING_DOTS)}</p> }.into_any(),
            None => ().into_any(),
        }}
    }
}
