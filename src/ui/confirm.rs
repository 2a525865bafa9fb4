use leptos::html;
use leptos::prelude::*;

use super::tab_trap;
use crate::i18n::{k, t};

/// A modal confirmation (a native `<dialog>`: focus stays inside, Escape cancels).
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
    let dialog = NodeRef::<html::Dialog>::new();
    Effect::new(move |_| {
        let Some(element) = dialog.get() else { return };
        if open.get() && !element.open() {
            let _ = element.show_modal();
        } else if !open.get() && element.open() {
            element.close();
        }
    });
    let cancel_label = cancel_label.unwrap_or_else(|| t(k::COMMON_CANCEL));
    view! {
        <dialog class="oc-dialog" node_ref=dialog data-testid=testid aria-labelledby=labelled_by
            on:close=move |_| open.set(false)
            on:keydown=tab_trap(dialog)>
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
