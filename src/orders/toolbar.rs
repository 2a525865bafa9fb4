use domain::orders::{HistoricalState, OrderList, OrderView, OrdersQuery};
use domain::query::ListQuery;
use leptos::prelude::*;

use super::filters::{FiltersInForce, FiltersToggle};
use super::saved_views::SavedViewsToggle;
use super::url::OrdersUrl;
use crate::api::Remote;
use crate::i18n::{k, name_of, t};
use crate::routing::Paths;
use crate::ui::SearchBox;

/// Title, the Recent / Historical switch, the filters (Active / Draft / All, statuses,
/// dates), search, and the chips of the filters in force.
#[component]
pub fn OrdersToolbar(url: Memo<OrdersUrl>, go: Callback<OrdersUrl>, list: Remote<OrderList>) -> impl IntoView {
    let paths = expect_context::<Paths>();
    let statuses_href = paths.href("/orders/statuses", "");
    let view_of = move || url.get().query.view;
    let href_for = move |view: OrderView| {
        let current = url.get().query;
        let next = OrdersQuery { view, page_size: current.page_size, ..OrdersQuery::default() };
        paths.href("/orders", &next.to_query_string())
    };
    let view_link = move |view: OrderView, testid: &'static str| {
        let label = name_of("order_view", view.key());
        let target = view.clone();
        let href_for = href_for.clone();
        view! {
            <a class="oc-button oc-view-link" data-testid=testid href=move || href_for(target.clone())
                aria-current=move || (view_of() == view).then_some("page")>
                {label}
            </a>
        }
    };

    let search = move |search: String| {
        let current = url.get_untracked();
        go.run(current.with_query(OrdersQuery { search, ..current.query.clone() }));
    };
    let set_state = move |state: HistoricalState| {
        let current = url.get_untracked();
        go.run(current.with_query(OrdersQuery { state, ..current.query.clone() }));
    };

    view! {
        <div class="oc-toolbar">
            <h1 id="orders-title" tabindex="-1">{move || name_of("order_view", view_of().key())}</h1>
            <div class="oc-view-switch" role="group" aria-label=t(k::ORDERS_VIEW_SWITCH)>
                {view_link(OrderView::Recent, "orders-view-recent")}
                {view_link(OrderView::Historical, "orders-view-historical")}
            </div>
            <a class="oc-button" href=statuses_href data-testid="order-status-reference-link">{t(k::ORDER_STATUSES_LINK)}</a>
        </div>
        <div class="oc-toolbar oc-filters">
            <Show when=move || view_of() == OrderView::Historical>
                <fieldset class="oc-segmented" data-testid="orders-state-filter">
                    <legend>{t(k::ORDERS_SHOW)}</legend>
                    {HistoricalState::ALL.iter().copied().map(|state| view! {
                        <label>
                            <input type="radio" name="orders-state" value=state.key()
                                prop:checked=move || url.get().query.state == state
                                on:change=move |_| set_state(state)/>
                            {name_of("historical_state", state.key())}
                        </label>
                    }).collect_view()}
                </fieldset>
            </Show>
            <SearchBox current=Signal::derive(move || url.get().query.search) on_search=search
                id="oc-order-search" label=t(k::ORDERS_SEARCH) placeholder=t(k::ORDERS_SEARCH_HINT) testid="orders-search"/>
            <FiltersToggle url=url go=go list=list/>
            <SavedViewsToggle url=url/>
        </div>
        <FiltersInForce url=url go=go/>
    }
}
