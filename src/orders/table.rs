use domain::orders::{order_visible_to, visible_changes, OrderList, OrderSort, OrderStatus, OrderSummary, OrderView};
use domain::Session;
use leptos::prelude::*;
// Element Timing (`elementtiming`) lets the benchmark see when the first row is painted.
use leptos::tachys::html::attribute::custom::custom_attribute;

use super::live::ChangedRows;
use super::url::OrdersUrl;
use crate::api::Remote;
use crate::i18n::{change_text, instruction_text, k, name_of, order_title, t, tf, tn};
use crate::routing::Paths;
use crate::ui::{
    format_date, format_date_time, sort_state, EmptyState, Locale, SkeletonRows, SortHeader, StatusWithReason,
};

const COLUMNS: usize = 6;
const SKELETON_ROWS: usize = 8;

#[component]
pub fn OrdersTable(
    list: Remote<OrderList>,
    url: Memo<OrdersUrl>,
    #[prop(into)] on_sort: Callback<OrderSort>,
    #[prop(into)] go: Callback<OrdersUrl>,
) -> impl IntoView {
    let session = expect_context::<Session>();
    let sorted = move |column| sort_state(move || url.with(|u| (u.query.sort, u.query.dir)), column);
    // Rows are rebuilt in place, position by position (the same elements with new
    // text), so a live update moves neither focus nor scroll.
    let rows = move || {
        // A page past the last is about to become the last one (see the page's address
        // correction): no "no orders" meanwhile.
        let page = list.data.get().filter(|p| p.page <= p.page_count())?;
        let role = session.role.clone();
        let url = url.get();
        // The server hides markup from customers; the app holds the rule too, whatever
        // a response carries.
        let visible: Vec<OrderSummary> =
            page.items.into_iter().filter(|o| order_visible_to(&o.changes, &role)).collect();
        Some(if visible.is_empty() {
            view! { <tr><td colspan=COLUMNS><EmptyResult url=url go=go/></td></tr> }.into_any()
        } else {
            visible
                .into_iter()
                .map(|order| view! { <OrderRow order=order url=url.clone() session=session.clone()/> })
                .collect_view()
                .into_any()
        })
    };
    let skeleton =
        move || list.data.with(Option::is_none).then(|| view! { <SkeletonRows rows=SKELETON_ROWS columns=COLUMNS/> });
    view! {
        <div class="oc-table-wrap">
            <table class="oc-table" data-testid="orders-table" aria-labelledby="orders-title" aria-busy=move || list.loading.get().to_string()>
                <thead>
                    <tr>
                        <SortHeader label=t(k::ORDERS_COL_ORDER) sorted=sorted(OrderSort::Number) on_sort=move |_| on_sort.run(OrderSort::Number) testid="sort-number"/>
                        <th scope="col">{t(k::ORDER_CHANGES)}</th>
                        <th scope="col">{t(k::ORDER_CREATED_BY)}</th>
                        <SortHeader label=t(k::ORDER_DATE) sorted=sorted(OrderSort::Date) on_sort=move |_| on_sort.run(OrderSort::Date) testid="sort-date"/>
                        <SortHeader label=t(k::COMMON_STATUS) sorted=sorted(OrderSort::Status) on_sort=move |_| on_sort.run(OrderSort::Status) testid="sort-status"/>
                        <th scope="col">{t(k::ORDERS_COL_NOTE)}</th>
                    </tr>
                </thead>
                <tbody>{skeleton}{rows}</tbody>
            </table>
            <p class="oc-updating" aria-live="polite">{move || (list.loading.get() && list.data.with(Option::is_some)).then(|| t(k::ORDERS_UPDATING))}</p>
        </div>
    }
}

#[component]
fn EmptyResult(url: OrdersUrl, go: Callback<OrdersUrl>) -> impl IntoView {
    let query = url.query.clone();
    if query.has_filters() {
        let cleared = url.with_query(query.without_filters());
        view! {
            <EmptyState message=t(k::ORDERS_NO_MATCH)>
                <button type="button" class="oc-button" data-testid="clear-filters" on:click=move |_| go.run(cleared.clone())>{t(k::COMMON_CLEAR_FILTERS)}</button>
            </EmptyState>
        }
        .into_any()
    } else {
        let message = match query.view {
            OrderView::Historical => t(k::ORDERS_NONE_HISTORICAL),
            _ => t(k::ORDERS_NONE_RECENT),
        };
        view! { <EmptyState message=message>""</EmptyState> }.into_any()
    }
}

#[component]
fn OrderRow(order: OrderSummary, url: OrdersUrl, session: Session) -> impl IntoView {
    let locale = expect_context::<Locale>().0;
    let paths = expect_context::<Paths>();
    let href = paths.href("/orders", &url.opening(Some(order.id.clone())).query_string());
    let items = order.item_count();
    let changes: Vec<String> = visible_changes(&order.changes, &session.role).iter().map(|c| change_text(c)).collect();
    let attention = order.action_required.is_some();
    let instruction = order.action_required.as_ref().map(instruction_text);
    // Cells say what they hold on narrow screens, where the table is a list of cards.
    let (col_order, col_changes, col_by) = (t(k::ORDERS_COL_ORDER_SHORT), t(k::ORDER_CHANGES), t(k::ORDER_CREATED_BY));
    let (col_date, col_status, col_note) = (t(k::ORDER_DATE), t(k::COMMON_STATUS), t(k::ORDERS_COL_NOTE));
    let open = url.open.as_deref() == Some(order.id.as_str());
    let changed = expect_context::<ChangedRows>().0;
    let just_changed = {
        let id = order.id.clone();
        move || changed.with(|ids| ids.contains(&id))
    };
    let id = order.id.clone();
    let status_key = order.status.key().to_string();
    view! {
        // `data-column` and `data-status` are hooks for tests and host styles: they do not
        // change with the language, where `data-label` does.
        <tr data-order-id=id data-status=status_key class:oc-row-attention=attention class:oc-row-open=open class:oc-row-changed=just_changed>
            <td data-column="order" data-label=col_order>
                <a href=href data-testid="order-link" {..custom_attribute("elementtiming", "order-link")} aria-current=open.then_some("true")>
                    {order_title(&order.number)}
                </a>
                <div class="oc-muted">{tn(k::ORDERS_ITEMS, items as i64, &[])}</div>
                <ul class="oc-licenses" aria-label=t(k::ORDERS_LICENSES)>
                    {order.licenses.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}
                </ul>
            </td>
            <td data-column="changes" data-label=col_changes>
                <ul class="oc-changes">{changes.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ul>
            </td>
            <td data-column="created-by" data-label=col_by>
                {order.created_by.user_name}
                <div class="oc-muted">{order.created_by.organization_name}</div>
            </td>
            <td data-column="date" data-label=col_date><time datetime=order.created_at.clone()>{format_date_time(&order.created_at, &locale)}</time></td>
            <td data-column="status" data-label=col_status>
                <OrderStatusCell status=order.status reason=order.failure_reason scheduled_for=order.scheduled_for id=order.id.clone()/>
                {instruction.map(|text| view! { <p class="oc-action-text" data-testid="action-required-text"><strong>{t(k::ORDER_YOUR_ACTION)} " "</strong>{text}</p> })}
            </td>
            <td class="oc-note-cell" data-column="note" data-label=col_note>
                {match order.latest_note {
                    Some(note) => view! {
                        <span class="oc-note-preview">{note}</span>
                        <span class="oc-muted">{format!(" ({})", order.note_count)}</span>
                    }.into_any(),
                    None => view! { <span class="oc-muted">"—"</span> }.into_any(),
                }}
            </td>
        </tr>
    }
}

/// An order's status, with the vendor's reason for the failed statuses and the date a
/// scheduled order is scheduled for.
#[component]
pub fn OrderStatusCell(
    status: OrderStatus,
    reason: Option<String>,
    scheduled_for: Option<String>,
    id: String,
) -> impl IntoView {
    let locale = expect_context::<Locale>().0;
    let reason = reason.filter(|_| status.has_failure_reason());
    let scheduled = scheduled_for.map(|at| tf(k::ORDER_SCHEDULED_FOR, &[("date", &format_date(&at, &locale))]));
    view! {
        <StatusWithReason label=name_of("order_status", status.key()) tone=status.tone() reason=reason id=id/>
        {scheduled.map(|text| view! { <p class="oc-muted" data-testid="scheduled-for">{text}</p> })}
    }
}
