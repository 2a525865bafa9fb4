use leptos::prelude::*;
use leptos_use::signal_debounced;

use super::switch::CustomerSwitch;
use crate::api::{use_remote, ApiClient};
use crate::i18n::{k, t, tf};
use crate::ui::RemoteStatus;

/// How long typing pauses before the list narrows: one request per pause, not per key.
const TYPING_PAUSE_MS: f64 = 250.0;

/// A seller's customer organisations, searchable; each opens that customer's orders.
#[component]
pub fn CustomerPicker() -> impl IntoView {
    let client = expect_context::<ApiClient>();
    let switch = expect_context::<CustomerSwitch>();
    let typed = RwSignal::new(String::new());
    let search: Signal<String> = signal_debounced(typed, TYPING_PAUSE_MS);
    let list = use_remote(
        move || search.get().trim().to_string(),
        move |search: String, abort| client.customers(&search, &abort),
    );
    let rows = move || {
        list.data.get().map(|page| {
            if page.items.is_empty() {
                let none = tf(k::CUSTOMERS_NONE, &[("search", &search.get_untracked())]);
                return view! { <li class="oc-empty" data-testid="customer-none">{none}</li> }.into_any();
            }
            page.items
                .into_iter()
                .map(|org| {
                    // A page load, not a route change: the new customer view starts afresh.
                    view! {
                        <li>
                            <a href=switch.enter_href(&org.id) rel="external" data-testid="customer-option" data-customer-id=org.id.clone()>
                                {org.name.clone()}
                            </a>
                        </li>
                    }
                })
                .collect_view()
                .into_any()
        })
    };
    let shown =
        move || list.data.with(|d| d.as_ref().map(|p| tf(k::CUSTOMERS_SHOWN, &[("n", &p.items.len().to_string())])));
    view! {
        <section class="oc-customer-picker" data-testid="customer-picker" aria-labelledby="oc-customers-title">
            <h1 id="oc-customers-title" tabindex="-1">{t(k::CUSTOMERS_TITLE)}</h1>
            <p>{t(k::CUSTOMERS_INTRO)}</p>
            <div class="oc-search">
                <label for="oc-customer-search">{t(k::CUSTOMERS_SEARCH)}</label>
                <input id="oc-customer-search" type="search" data-testid="customer-search" placeholder=t(k::CUSTOMERS_SEARCH_HINT)
                    aria-controls="oc-customer-list" prop:value=move || typed.get() on:input=move |ev| typed.set(event_target_value(&ev))/>
            </div>
            <RemoteStatus what=t(k::CUSTOMERS_LOADING) slow=list.slow error=list.error on_retry=move |_| list.retry()/>
            <ul id="oc-customer-list" class="oc-customer-list" aria-busy=move || list.loading.get().to_string()>{rows}</ul>
            <p class="oc-muted" role="status" data-testid="customer-count">{shown}</p>
        </section>
    }
}
