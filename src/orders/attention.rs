use domain::orders::{OrderView, OrdersQuery};
use leptos::prelude::*;

use super::url::OrdersUrl;
use crate::api::{use_remote, ApiClient};
use crate::i18n::{k, t, tn};
use crate::ui::focus_after_render;

/// Orders that wait for the customer must not go unnoticed: a count of the orders with a
/// required action (Action required, and Google orders waiting in Provisioning started
/// for their terms), with a way to list only them.
#[component]
pub fn AttentionBanner(url: Memo<OrdersUrl>, go: Callback<OrdersUrl>) -> impl IntoView {
    let client = expect_context::<ApiClient>();
    let waiting = OrdersQuery { view: OrderView::Recent, needs_action: true, page_size: 10, ..OrdersQuery::default() };
    let count = use_remote(|| (), move |_, abort| client.orders(&waiting, &abort));
    let total = move || count.data.get().map_or(0, |page| page.total);
    let showing_only_them = move || url.get().query.needs_action;
    let show = move |_| {
        let query = OrdersQuery { view: OrderView::Recent, needs_action: true, ..url.get_untracked().query };
        go.run(url.get_untracked().with_query(query));
        // The button goes with the filter it set: focus goes to the list it shows.
        focus_after_render("orders-title");
    };
    view! {
        <Show when=move || { total() > 0 }>
            <div class="oc-attention" role="status" data-testid="action-required-banner">
                <strong>{move || tn(k::ATTENTION_COUNT, total() as i64, &[])}</strong>
                " " {t(k::ATTENTION_WHY)}
                <Show when=move || !showing_only_them()>
                    " " <button type="button" class="oc-button" on:click=show>{t(k::ATTENTION_SHOW)}</button>
                </Show>
            </div>
        </Show>
    }
}
