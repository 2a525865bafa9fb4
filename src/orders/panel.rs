use leptos::html;
use leptos::prelude::*;

use super::details::{order_details, RenderDetails};
use super::live::OpenOrderChanged;
use crate::api::{use_remote, ApiClient, ApiError};
use crate::i18n::{k, order_title, t, tf};
use crate::lifetime::Lifetime;
use crate::routing::{ChunkFailed, PartFailed};
use crate::ui::{keep_tab_inside, RemoteStatus};

/// The order side panel: opens beside the list, Escape or Close shuts it and focus goes
/// back to the row it came from.
/// Whether the panel covers the whole list (a phone): then it is modal, and Tab stays
/// inside it instead of reaching controls hidden under it. Beside the list it is not.
fn covers_the_list() -> bool {
    // The panel is `min(560px, 100%)` wide (style/orders-console.css).
    web_sys::window().and_then(|w| w.inner_width().ok()).and_then(|w| w.as_f64()).is_some_and(|w| w <= 560.0)
}

#[component]
pub fn OrderPanel(
    id: String,
    #[prop(into)] on_close: Callback<()>,
    #[prop(into)] on_note_added: Callback<()>,
) -> impl IntoView {
    let client = expect_context::<ApiClient>();
    // The body's code downloads beside the order's request (at once when it is warm).
    let render = RwSignal::new(None::<Result<RenderDetails, ChunkFailed>>);
    let attempt = RwSignal::new(0u32);
    let lifetime = Lifetime::new();
    Effect::new(move |_| {
        attempt.track();
        lifetime.spawn(async move { render.set(Some(order_details().await)) });
    });
    let order_id = id.clone();
    // A live update that changed this order reloads it. The details are rebuilt in place
    // (the same elements, new text), so the note being written keeps its text and focus.
    let changed = expect_context::<OpenOrderChanged>().0;
    let order = use_remote(move || (order_id.clone(), changed.get()), move |(id, _), abort| client.order(&id, &abort));
    let panel = NodeRef::<html::Section>::new();
    Effect::new(move |_| {
        if let Some(element) = panel.get() {
            let _ = element.focus();
        }
    });
    let on_keydown = {
        move |ev: leptos::ev::KeyboardEvent| {
            if ev.key() == "Escape" {
                ev.prevent_default();
                on_close.run(());
            } else if covers_the_list() {
                if let Some(element) = panel.get_untracked() {
                    keep_tab_inside(&ev, &element);
                }
            }
        }
    };
    let title = {
        let id = id.clone();
        move || order.data.get().map_or_else(|| order_title(&id), |o| order_title(&o.summary.number))
    };
    view! {
        <section class="oc-panel" role="dialog" aria-modal=covers_the_list().to_string() aria-labelledby="oc-panel-title"
            data-testid="order-panel" tabindex="-1" node_ref=panel on:keydown=on_keydown>
            <header class="oc-panel-header">
                <h2 id="oc-panel-title">{title}</h2>
                <button type="button" class="oc-button" data-testid="order-panel-close" on:click=move |_| on_close.run(())>
                    {t(k::COMMON_CLOSE)} <span class="oc-visually-hidden">" " {t(k::ORDER_CLOSE_HIDDEN)}</span>
                </button>
            </header>
            // Hidden from this role or never there: the API says the same for both, and
            // asking again changes neither, so it is said in the panel's own words.
            <RemoteStatus what=t(k::ORDER_LOADING) slow=order.slow error=order.error said_by_screen=ApiError::is_unavailable
                on_retry=move |_| order.retry()/>
            {
                let id = id.clone();
                move || order.error.with(|e| e.as_ref().is_some_and(ApiError::is_unavailable)).then(|| view! {
                    <div class="oc-notice" role="alert" data-testid="order-unavailable">
                        <p>{tf(k::ORDER_UNAVAILABLE, &[("number", &id)])}</p>
                        <button type="button" class="oc-button" data-testid="order-unavailable-back" on:click=move |_| on_close.run(())>{t(k::ORDER_BACK_TO_LIST)}</button>
                    </div>
                })
            }
            {move || match (order.data.get(), render.get()) {
                (Some(loaded), Some(Ok(render))) => render(loaded, on_note_added),
                (Some(_), Some(Err(ChunkFailed))) => view! {
                    <PartFailed on_retry=move || { render.set(None); attempt.update(|n| *n += 1) }/>
                }.into_any(),
                (None, _) if order.error.with(Option::is_some) => ().into_any(),
                _ => view! { <p class="oc-loading" role="status">{t(k::ORDER_LOADING_DOTS)}</p> }.into_any(),
            }}
        </section>
    }
}
