//! The orders list's filters, as a person uses them: several statuses at once (each box
//! with its count), a vendor, a creation-date range with presets, and a chip for every filter in
//! force, each removable, with "Clear all". They are all the URL (`OrdersQuery`), which
//! the list request and the export send on as they are.
//!
//! Only the "Filters" button is part of the list's first paint. The boxes and dates it
//! opens, and the chips (shown while a filter is in force), travel in the panel body's
//! chunk (`order_details`, warmed once the list is painted): a first visit downloads none
//! of them. (In the list's own chunk they cost a first visit 8 KB.)
use domain::day::days_before;
use domain::orders::{OrderFilter, OrderList, OrderStatus, OrdersQuery};
use leptos::prelude::*;

use super::url::OrdersUrl;
use crate::api::Remote;
use crate::i18n::{k, name_of, t, tf};
use crate::routing::{split_point, ChunkFailed, LazyView};
use crate::ui::{focus_after_render, format_date, Locale};

/// The presets of the date range, in days back from today.
const PRESET_DAYS: [u32; 3] = [7, 30, 90];
const CLEAR_ID: &str = "oc-filters-clear";

/// The "Filters" button, saying how many are in force, and what it opens.
#[component]
pub fn FiltersToggle(url: Memo<OrdersUrl>, go: Callback<OrdersUrl>, list: Remote<OrderList>) -> impl IntoView {
    // Open from the start when the address already filters by status, vendor or date, so
    // the controls that say so are in view.
    let open = RwSignal::new({
        let query = url.get_untracked().query;
        !query.status.is_empty() || query.from.is_some() || query.to.is_some() || query.vendor.is_some()
    });
    let label = move || {
        let query = url.get().query;
        let n = query.status.len() + [&query.from, &query.to, &query.vendor].iter().filter(|f| f.is_some()).count();
        if n == 0 {
            t(k::FILTERS_BUTTON)
        } else {
            format!("{} ({n})", t(k::FILTERS_BUTTON))
        }
    };
    view! {
        <button type="button" class="oc-button" data-testid="orders-filters-toggle" aria-controls="oc-order-filters"
            aria-expanded=move || open.get().to_string() on:click=move |_| open.update(|o| *o = !*o)>
            {label}
        </button>
        <Show when=move || open.get()>
            <div id="oc-order-filters" class="oc-filter-panel">
                <LazyView load=move || filter_controls(url, go, list)/>
            </div>
        </Show>
    }
}

split_point! { order_details;
    fn filter_controls(url: Memo<OrdersUrl>, go: Callback<OrdersUrl>, list: Remote<OrderList>) -> Result<AnyView, ChunkFailed> {
        Ok(view! { <OrderFilters url=url go=go list=list/> }.into_any())
    }
}

split_point! { order_details;
    fn filter_chips(url: Memo<OrdersUrl>, go: Callback<OrdersUrl>) -> Result<AnyView, ChunkFailed> {
        Ok(view! { <FilterChips url=url go=go/> }.into_any())
    }
}

/// The chips of the filters in force, once there is one.
#[component]
pub fn FiltersInForce(url: Memo<OrdersUrl>, go: Callback<OrdersUrl>) -> impl IntoView {
    let filtered = Memo::new(move |_| url.get().query.has_filters());
    view! {
        <Show when=move || filtered.get()>
            <LazyView load=move || filter_chips(url, go)/>
        </Show>
    }
}

/// Statuses and vendors (with counts) and the date range.
#[component]
fn OrderFilters(url: Memo<OrdersUrl>, go: Callback<OrdersUrl>, list: Remote<OrderList>) -> impl IntoView {
    let set = move |change: &dyn Fn(&OrdersQuery) -> OrdersQuery| {
        let current = url.get_untracked();
        go.run(current.with_query(change(&current.query)));
    };
    // The view's statuses in lifecycle order, then any the server counted that this
    // version does not know, then any chosen that the answer does not list. A memo, so the
    // boxes are built again only when that set changes (a view switch, a new status), not
    // on every tick: the box just ticked keeps its focus.
    let statuses = Memo::new(move |_| {
        let query = url.get().query;
        let mut all = OrderStatus::in_lifecycle_order(OrderStatus::in_view(&query.view));
        list.data.with(|answer| {
            for (status, _) in answer.iter().flat_map(|a| a.status_counts.iter()) {
                if !all.contains(status) {
                    all.push(status.clone());
                }
            }
        });
        for status in &query.status {
            if !all.contains(status) {
                all.push(status.clone());
            }
        }
        all
    });
    // The vendors the answer counts (and the chosen one, should the answer not list it).
    let vendors = Memo::new(move |_| {
        let chosen = url.get().query.vendor;
        let mut all: Vec<(String, Option<u64>)> = list
            .data
            .with(|a| a.iter().flat_map(|a| a.vendor_counts.iter()).map(|(v, n)| (v.clone(), Some(*n))).collect());
        if let Some(chosen) = chosen.filter(|c| !all.iter().any(|(v, _)| v == c)) {
            all.push((chosen, None));
        }
        all
    });
    let status_box = move |status: OrderStatus| {
        let label = name_of("order_status", status.key());
        let (counted, chosen, toggled) = (status.clone(), status.clone(), status.clone());
        let count = move || list.data.with(|a| a.as_ref().and_then(|a| a.count_of(&counted)));
        view! {
            <label class="oc-check">
                <input type="checkbox" value=status.key().to_string()
                    prop:checked=move || url.get().query.status.contains(&chosen)
                    on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        set(&|q| q.with_status(&toggled, on));
                    }/>
                {move || format!("{label}{}", count().map(|n| format!(" ({n})")).unwrap_or_default())}
            </label>
        }
    };
    let date_input = move |testid: &'static str, id: &'static str, label: String, is_from: bool| {
        let current = move || {
            let query = url.get().query;
            if is_from { query.from } else { query.to }.unwrap_or_default()
        };
        view! {
            <label for=id>{label}</label>
            <input type="date" id=id data-testid=testid prop:value=current
                on:change=move |ev| {
                    let value = event_target_value(&ev);
                    let value = (!value.is_empty()).then_some(value.as_str());
                    set(&|q| if is_from { q.with_dates(value, q.to.as_deref()) } else { q.with_dates(q.from.as_deref(), value) });
                }/>
        }
    };
    let preset = move |days: u32| {
        let today = today();
        let from = days_before(&today, days);
        let chosen = from.clone();
        view! {
            <button type="button" class="oc-button" data-testid=format!("orders-filter-last-{days}")
                aria-pressed=move || { let q = url.get().query; (q.from == chosen && q.to.is_none()).to_string() }
                on:click=move |_| set(&|q| q.with_dates(from.as_deref(), None))>
                {tf(k::FILTERS_LAST_DAYS, &[("n", &days.to_string())])}
            </button>
        }
    };
    view! {
        <fieldset class="oc-segmented oc-status-filter" data-testid="orders-filter-status">
            <legend>{t(k::COMMON_STATUS)}</legend>
            {move || statuses.get().into_iter().map(status_box).collect_view()}
        </fieldset>
        <label class="oc-check">
            {t(k::FILTERS_VENDOR)}
            <select data-testid="orders-filter-vendor" on:change=move |ev| {
                let value = event_target_value(&ev);
                set(&|q| OrdersQuery { vendor: (!value.is_empty()).then(|| value.clone()), page: 1, ..q.clone() });
            }>
                <option value="" selected=move || url.get().query.vendor.is_none()>{t(k::FILTERS_ALL_VENDORS)}</option>
                {move || vendors.get().into_iter().map(|(vendor, count)| {
                    let chosen = vendor.clone();
                    let label = format!("{vendor}{}", count.map(|n| format!(" ({n})")).unwrap_or_default());
                    view! { <option value=vendor selected=move || url.get().query.vendor.as_ref() == Some(&chosen)>{label}</option> }
                }).collect_view()}
            </select>
        </label>
        <fieldset class="oc-segmented oc-date-filter" data-testid="orders-filter-dates">
            <legend>{t(k::FILTERS_DATES)}</legend>
            {date_input("orders-filter-from", "oc-orders-from", t(k::FILTERS_FROM), true)}
            {date_input("orders-filter-to", "oc-orders-to", t(k::FILTERS_TO), false)}
            {PRESET_DAYS.map(preset).collect_view()}
        </fieldset>
    }
}

/// One chip per filter in force, each removing only itself, and "Clear all".
#[component]
fn FilterChips(url: Memo<OrdersUrl>, go: Callback<OrdersUrl>) -> impl IntoView {
    let chips = move || url.get().query.filters();
    let chip = move |filter: OrderFilter| {
        let text = chip_text(&filter, &expect_context::<Locale>().0);
        let remove = tf(k::FILTERS_REMOVE, &[("filter", &text)]);
        view! {
            <li class="oc-chip" data-testid="filter-chip">
                <span>{text}</span>
                <button type="button" class="oc-link-button" aria-label=remove
                    on:click=move |_| {
                        let current = url.get_untracked();
                        let next = current.query.without(&filter);
                        // Focus stays in the chips while any are left, else on the list.
                        focus_after_render(if next.has_filters() { CLEAR_ID } else { "orders-title" });
                        go.run(current.with_query(next));
                    }>"×"</button>
            </li>
        }
    };
    let clear = move |_| {
        let current = url.get_untracked();
        focus_after_render("orders-title");
        go.run(current.with_query(current.query.without_filters()));
    };
    view! {
        <Show when=move || !chips().is_empty()>
            <div class="oc-toolbar oc-chip-bar" role="group" aria-label=t(k::FILTERS_IN_FORCE)>
                <ul class="oc-chips">
                    {move || chips().into_iter().map(chip).collect_view()}
                </ul>
                <button type="button" class="oc-button" id=CLEAR_ID data-testid="filters-clear" on:click=clear>
                    {t(k::FILTERS_CLEAR_ALL)}
                </button>
            </div>
        </Show>
    }
}

/// What a chip says: "Status: Completed", "From Sep 1, 2026", "Search: E3".
fn chip_text(filter: &OrderFilter, locale: &str) -> String {
    let named = |name: String, value: String| tf(k::FILTERS_CHIP_NAMED, &[("name", &name), ("value", &value)]);
    match filter {
        OrderFilter::State(state) => named(t(k::ORDERS_SHOW), name_of("historical_state", state.key())),
        OrderFilter::Status(status) => named(t(k::COMMON_STATUS), name_of("order_status", status.key())),
        OrderFilter::From(day) => tf(k::FILTERS_CHIP_FROM, &[("day", &format_date(day, locale))]),
        OrderFilter::To(day) => tf(k::FILTERS_CHIP_TO, &[("day", &format_date(day, locale))]),
        OrderFilter::Vendor(vendor) => named(t(k::FILTERS_VENDOR), vendor.clone()),
        OrderFilter::NeedsAction => t(k::FILTERS_CHIP_NEEDS_ACTION),
        OrderFilter::Search(text) => tf(k::FILTERS_CHIP_SEARCH, &[("text", text)]),
    }
}

/// Today in UTC, as the API's days are.
fn today() -> String {
    let now: String = js_sys::Date::new_0().to_iso_string().into();
    now.chars().take(10).collect()
}
