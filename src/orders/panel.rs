use leptos::html;
use leptos::prelude::*;

use super::details::OrderDetails;
use super::live::OpenOrderChanged;
use crate::api::{use_remote, ApiClient};
use crate::i18n::{k, order_title, t};
use crate::ui::{ErrorNotice, SlowNotice};

/// The order side panel: opens beside the list, Escape or Close shuts it and focus goes
/// back to the row it came from.
#[component]
pub fn OrderPanel(
    id: String,
    #[prop(into)] on_close: Callback<String>,
    #[prop(into)] on_note_added: Callback<()>,
) -> impl IntoView {
    let client = expect_context::<ApiClient>();
    let order_id = id.clone();
    // A live update that changed this order reloads it.
    let changed = expect_context::<OpenOrderChanged>().0;
    let order = use_remote(move || (order_id.clone(), changed.get()), move |(id, _), abort| client.order(&id, &abort));
    let panel = NodeRef::<html::Section>::new();
    // What had focus in the panel (its id or test hook), given back after a live reload
    // rebuilt the details, so a user writing a note keeps writing.
    let focused = StoredValue::new(None::<String>);
    let remember_focus = move |ev: leptos::ev::FocusEvent| {
        let target = ev.target().and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok());
        let hook = target.and_then(|e| {
            (!e.id().is_empty())
                .then(|| format!("#{}", e.id()))
                .or_else(|| e.get_attribute("data-testid").map(|t| format!("[data-testid={t}]")))
        });
        focused.set_value(hook);
    };
    Effect::new(move |previous: Option<()>| {
        order.data.track();
        if previous.is_some() {
            request_animation_frame(move || give_focus_back(panel, focused.get_value()));
        }
    });
    Effect::new(move |_| {
        if let Some(element) = panel.get() {
            let _ = element.focus();
        }
    });
    let close = {
        let id = id.clone();
        move || on_close.run(id.clone())
    };
    let on_keydown = {
        let close = close.clone();
        move |ev: leptos::ev::KeyboardEvent| {
            if ev.key() == "Escape" {
                ev.prevent_default();
                close();
            }
        }
    };
    let title = {
        let id = id.clone();
        move || order.data.get().map_or_else(|| order_title(&id), |o| order_title(&o.summary.number))
    };
    view! {
        <section class="oc-panel" role="dialog" aria-modal="false" aria-labelledby="oc-panel-title"
            data-testid="order-panel" tabindex="-1" node_ref=panel on:keydown=on_keydown on:focusin=remember_focus>
            <header class="oc-panel-header">
                <h2 id="oc-panel-title">{title}</h2>
                <button type="button" class="oc-button" data-testid="order-panel-close" on:click=move |_| close()>
                    {t(k::COMMON_CLOSE)} <span class="oc-visually-hidden">" " {t(k::ORDER_CLOSE_HIDDEN)}</span>
                </button>
            </header>
            <SlowNotice slow=order.slow on_retry=move |_| order.retry()/>
            {move || order.error.get().map(|error| view! {
                <ErrorNotice what=t(k::ORDER_LOADING) error=error on_retry=move |_| order.retry()/>
            })}
            {move || match order.data.get() {
                Some(loaded) => view! { <OrderDetails order=loaded on_note_added=on_note_added/> }.into_any(),
                None if order.error.with(Option::is_none) => view! { <p class="oc-loading" role="status">{t(k::ORDER_LOADING_DOTS)}</p> }.into_any(),
                None => ().into_any(),
            }}
        </section>
    }
}

/// Focuses the panel's element `hook` (a CSS selector) if the rebuild dropped focus to
/// the page's body (focus the user moved elsewhere stays there).
fn give_focus_back(panel: NodeRef<html::Section>, hook: Option<String>) {
    let (Some(panel), Some(hook)) = (panel.get_untracked(), hook) else { return };
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let body: Option<web_sys::Element> = document.body().map(Into::into);
    let lost = document.active_element().is_none_or(|active| Some(&active) == body.as_ref());
    if lost {
        if let Ok(Some(element)) = panel.query_selector(&hook) {
            if let Ok(element) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(element) {
                let _ = element.focus();
            }
        }
    }
}
