use domain::orders::{OrderSort, OrdersQuery};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::attention::AttentionBanner;
use super::details::preload_order_details;
use super::export::{warm_export, ExportButton};
use super::live::{ChangedRows, LiveUpdates, OpenOrderChanged};
use super::notes::NoteDrafts;
use super::panel::OrderPanel;
use super::table::OrdersTable;
use super::toolbar::OrdersToolbar;
use super::url::OrdersUrl;
use crate::api::{use_remote, ApiClient};
use crate::i18n::{k, t};
use crate::routing::{use_correct_to, use_go_to, warm};
use crate::ui::{focus_lost, Pager, RemoteStatus};

#[component]
pub fn OrdersPage() -> impl IntoView {
    let client = expect_context::<ApiClient>();
    let params = use_query_map();
    let url = Memo::new(move |_| OrdersUrl::from_params(&params.get()));
    let query = Memo::new(move |_| url.get().query);
    provide_context(NoteDrafts::default());
    provide_context(ChangedRows(RwSignal::new(Vec::new())));
    provide_context(OpenOrderChanged(RwSignal::new(0)));
    let live_seconds = expect_context::<crate::config::LiveSeconds>().0;

    let go_to = use_go_to("/orders");
    let go = Callback::new(move |next: OrdersUrl| go_to.run(next.query_string()));
    let list = use_remote(move || query.get(), move |query, abort| client.orders(&query, &abort));
    correct_the_address(params, url, list);
    // Once the list is painted, what the user will likely want next downloads quietly.
    Effect::new(move |warmed: Option<bool>| {
        if warmed == Some(true) || list.data.with(Option::is_none) {
            return warmed.unwrap_or(false);
        }
        warm(preload_order_details());
        warm_export();
        true
    });

    let page = Signal::derive(move || query.get().page);
    let page_size = Signal::derive(move || query.get().page_size);
    let total = Signal::derive(move || list.data.get().map_or(0, |p| p.total));
    let page_count = Signal::derive(move || list.data.get().map_or(1, |p| p.page_count()));
    let on_page = Callback::new(move |n: u32| {
        let current = url.get_untracked();
        go.run(OrdersUrl { query: OrdersQuery { page: n, ..current.query }, open: None });
    });
    let on_page_size = Callback::new(move |size: u32| {
        let current = url.get_untracked();
        go.run(current.with_query(OrdersQuery { page_size: size, ..current.query.clone() }));
    });
    let on_sort = Callback::new(move |sort: OrderSort| go.run(url.get_untracked().sorted_by(sort)));
    let on_close = Callback::new(move |()| go.run(url.get_untracked().opening(None)));
    // However the panel closed (Escape, its Close button, the browser's Back), the focus it
    // held goes back to the row it was opened from.
    Effect::new(move |was_open: Option<Option<String>>| {
        let open = url.with(|u| u.open.clone());
        if let (Some(Some(id)), None) = (was_open, &open) {
            request_animation_frame(move || focus_row_link(&id));
        }
        open
    });

    view! {
        <section class="oc-orders" aria-labelledby="orders-title">
            <OrdersToolbar url=url go=go list=list/>
            <div class="oc-toolbar oc-list-actions">
                <LiveUpdates list=list query=query open=Signal::derive(move || url.get().open) live_seconds=live_seconds/>
                <ExportButton query=query listed=Signal::derive(move || list.data.with(|p| p.as_ref().map(|p| p.total)))/>
            </div>
            <AttentionBanner url=url go=go/>
            <RemoteStatus what=t(k::ORDERS_LOADING) slow=list.slow error=list.error on_retry=move |_| list.retry()/>
            <OrdersTable list=list url=url on_sort=on_sort go=go/>
            <Pager top="orders-title" page=page page_count=page_count page_size=page_size total=total on_page=on_page on_page_size=on_page_size/>
        </section>
        {move || url.get().open.map(|id| view! { <OrderPanel id=id on_close=on_close on_note_added=move |_| list.retry()/> })}
    }
}

/// An address the list cannot show as written is corrected in place, so the URL says
/// what is on screen: a page size the API does not offer becomes the nearest it does, and
/// a page past the last one becomes the last one.
fn correct_the_address(
    params: Memo<leptos_router::params::ParamsMap>,
    url: Memo<OrdersUrl>,
    list: crate::api::Remote<domain::orders::OrderList>,
) {
    let correct = use_correct_to("/orders");
    Effect::new(move |_| {
        let current = url.get();
        let mut fixed = current.clone();
        let asked_size = params.with(|p| p.get_str("page_size").map(str::to_string));
        let size_fixed = asked_size.is_some_and(|asked| asked != current.query.page_size.to_string());
        // Only an answer to this very page says how many pages there are.
        list.data.with(|answer| {
            if let Some(answer) = answer.as_ref().filter(|a| a.page == current.query.page) {
                fixed.query.page = current.query.page.min(answer.page_count());
            }
        });
        if size_fixed || fixed != current {
            correct.run(fixed.query_string());
        }
    });
}

/// Focuses the link of order `id`'s row, unless the user has put focus somewhere already.
fn focus_row_link(id: &str) {
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if !focus_lost() {
        return;
    }
    let Ok(rows) = document.query_selector_all("[data-orders-console] tr[data-order-id]") else {
        return;
    };
    for n in 0..rows.length() {
        let Some(row) = rows.item(n).and_then(|node| node.dyn_into::<web_sys::Element>().ok()) else {
            continue;
        };
        if row.get_attribute("data-order-id").as_deref() == Some(id) {
            if let Ok(Some(link)) = row.query_selector("a") {
                if let Ok(link) = link.dyn_into::<web_sys::HtmlElement>() {
                    let _ = link.focus();
                }
            }
            return;
        }
    }
}
