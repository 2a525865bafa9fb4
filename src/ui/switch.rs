use leptos::prelude::*;

use crate::i18n::{k, t};

/// An on/off switch that assistive technology announces as one: `role="switch"` with
/// `aria-checked`, and a label naming what it switches.
#[component]
pub fn Switch(
    checked: Signal<bool>,
    #[prop(into)] label: String,
    #[prop(into)] on_toggle: Callback<()>,
    #[prop(optional, into)] busy: Signal<bool>,
    #[prop(optional, into)] disabled: Signal<bool>,
    #[prop(optional, into)] testid: String,
) -> impl IntoView {
    view! {
        <button
            type="button"
            role="switch"
            class="oc-switch"
            data-testid=testid
            aria-checked=move || checked.get().to_string()
            aria-busy=move || busy.get().to_string()
            aria-label=label
            disabled=move || disabled.get()
            on:click=move |_| on_toggle.run(())
        >
            <span class="oc-switch-track" aria-hidden="true"><span class="oc-switch-thumb"></span></span>
            <span class="oc-switch-text" aria-hidden="true">{move || t(if checked.get() { k::SWITCH_ON } else { k::SWITCH_OFF })}</span>
        </button>
    }
}
