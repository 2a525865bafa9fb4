use domain::notifications::{preview, EventInfo, SampleData};
use domain::Session;
use leptos::html;
use leptos::prelude::*;

/// The e-mail an event sends, filled with sample data. Every part is text.
#[component]
pub fn PreviewDialog(info: RwSignal<Option<EventInfo>>) -> impl IntoView {
    let session = expect_context::<Session>();
    let dialog = NodeRef::<html::Dialog>::new();
    let year = js_sys::Date::new_0().get_full_year() as i32;
    let sample = SampleData::new(&session.organization.name, year);
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
            on:close=move |_| info.set(None)>
            {move || info.get().map(|event| {
                let mail = preview(&event, &sample);
                view! {
                    <h2 id="oc-preview-title">{format!("Preview: {}", event.title)}</h2>
                    <p class="oc-muted">"Filled with sample data."</p>
                    <div class="oc-mail">
                        <p class="oc-mail-subject"><span class="oc-muted">"Subject: "</span><strong data-testid="preview-subject">{mail.subject}</strong></p>
                        {mail.blocks.into_iter().map(|b| view! { <p data-part=b.part>{b.text}</p> }).collect_view()}
                    </div>
                }
            })}
            <div class="oc-dialog-actions">
                <button type="button" class="oc-button" data-testid="preview-close" on:click=close>"Close"</button>
            </div>
        </dialog>
    }
}
