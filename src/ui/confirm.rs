use leptos::prelude::*;

use super::Modal;
use crate::i18n::{k, t};

/// A modal confirmation: Escape and Cancel close it, the confirm button closes it and acts.
#[component]
pub fn ConfirmDialog(
    open: RwSignal<bool>,
    #[prop(into)] title: Signal<String>,
    #[prop(into)] message: Signal<String>,
    #[prop(into)] confirm_label: Signal<String>,
    #[prop(into)] on_confirm: Callback<()>,
    #[prop(optional, into)] cancel_label: Option<String>,
    /// Names the test hook and the title's id, so each dialog on a page is announced by
    /// its own title.
    #[prop(into)]
    testid: String,
) -> impl IntoView {
    let title_id = format!("oc-{testid}-title");
    let labelled_by = title_id.clone();
    let cancel_label = cancel_label.unwrap_or_else(|| t(k::COMMON_CANCEL));
    let modal = Modal::new(move || open.get(), Callback::new(move |_| open.set(false)));
    view! {
        <dialog class="oc-dialog" node_ref=modal.node data-testid=testid aria-labelledby=labelled_by>
            <h2 id=title_id>{move || title.get()}</h2>
            <p>{move || message.get()}</p>
            <div class="oc-dialog-actions">
                <button type="button" class="oc-button" data-testid="confirm-cancel" on:click=move |_| open.set(false)>{cancel_label}</button>
                <button type="button" class="oc-button oc-primary" data-testid="confirm-ok" on:click=move |_| {
                    open.set(false);
                    on_confirm.run(());
                }>{move || confirm_label.get()}</button>
            </div>
        </dialog>
    }
}
