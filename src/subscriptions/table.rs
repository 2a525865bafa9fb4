use domain::subscriptions::{Subscription, SubscriptionList, SubscriptionSort, SubscriptionsQuery};
use leptos::prelude::*;

use crate::api::Remote;
use crate::i18n::{k, name_of, t, Key};
use crate::routing::Paths;
use crate::ui::{date_or_dash, sort_state, EmptyState, Locale, SkeletonRows, SortHeader, StatusWithReason};

const COLUMNS: usize = 8;

/// The subscriptions table: sortable headers, the rows, and the loading and empty states.
#[component]
pub fn SubscriptionsTable(
    query: Memo<SubscriptionsQuery>,
    list: Remote<SubscriptionList>,
    #[prop(into)] go: Callback<SubscriptionsQuery>,
) -> impl IntoView {
    let sorted = move |column| sort_state(move || query.with(|q| (q.sort, q.dir)), column);
    let sort_header = move |label: Key, column: SubscriptionSort| {
        view! {
            <SortHeader label=t(label) sorted=sorted(column) testid=format!("sort-{}", column.key())
                on_sort=move |_| go.run(query.get_untracked().sorted_by(column))/>
        }
    };
    view! {
        <div class="oc-table-wrap">
            <table class="oc-table" data-testid="subscriptions-table" aria-labelledby="oc-subs-title" aria-busy=move || list.loading.get().to_string()>
                <thead>
                    <tr>
                        {sort_header(k::SUB_CUSTOMER, SubscriptionSort::Customer)}
                        {sort_header(k::SUB_OFFER, SubscriptionSort::Offer)}
                        <th scope="col">{t(k::SUB_VENDOR)}</th>
                        {sort_header(k::ITEM_QUANTITY, SubscriptionSort::Quantity)}
                        {sort_header(k::COMMON_STATUS, SubscriptionSort::Status)}
                        {sort_header(k::SUB_START, SubscriptionSort::Start)}
                        <th scope="col">{t(k::SUB_END)}</th>
                        {sort_header(k::SUB_RENEWAL, SubscriptionSort::Renewal)}
                    </tr>
                </thead>
                <tbody>
                    {move || match list.data.get() {
                        None => view! { <SkeletonRows rows=6 columns=COLUMNS/> }.into_any(),
                        Some(data) if data.page.items.is_empty() => {
                            let cleared = query.get_untracked().cleared();
                            let filtered = query.get_untracked().has_filters();
                            view! { <tr><td colspan=COLUMNS>
                                <EmptyState message=t(if filtered { k::SUBS_NO_MATCH } else { k::SUBS_NONE })>
                                    {filtered.then(|| view! { <button type="button" class="oc-button" data-testid="clear-filters" on:click=move |_| go.run(cleared.clone())>{t(k::COMMON_CLEAR_FILTERS)}</button> })}
                                </EmptyState>
                            </td></tr> }.into_any()
                        }
                        Some(data) => data.page.items.into_iter().map(|sub| view! { <SubscriptionRow sub=sub/> }).collect_view().into_any(),
                    }}
                </tbody>
            </table>
        </div>
    }
}

#[component]
fn SubscriptionRow(sub: Subscription) -> impl IntoView {
    let paths = expect_context::<Paths>();
    let locale = expect_context::<Locale>().0;
    let date = move |d: &Option<String>| date_or_dash(d.as_deref(), &locale);
    let reason = sub.failure_reason.clone().filter(|_| sub.status.is_failure());
    // Cells say what they hold on narrow screens, where the table is a list of cards.
    let label = t;
    view! {
        <tr data-subscription-id=sub.id.clone() data-status=sub.status.key().to_string()>
            <td data-column="customer" data-label=label(k::SUB_CUSTOMER)>{customer_cell(&sub.customer)}</td>
            <td data-column="offer" data-label=label(k::SUB_OFFER)>
                <a href=paths.href(&format!("/subscriptions/{}", domain::query::encode_component(&sub.id)), "") data-testid="view-request">
                    {sub.offer.clone()}<span class="oc-visually-hidden">{t(k::SUBS_VIEW_REQUEST)}</span>
                </a>
            </td>
            <td data-column="vendor" data-label=label(k::SUB_VENDOR)>{sub.vendor.clone()}</td>
            <td data-column="quantity" data-label=label(k::ITEM_QUANTITY)>{sub.quantity}</td>
            <td data-column="status" data-label=label(k::COMMON_STATUS)>
                <StatusWithReason label=name_of("sub_status", sub.status.key()) tone=sub.status.tone() reason=reason id=sub.id.clone()/>
                // A request to cancel looks like any other received request until opened:
                // the marker tells them apart in the list.
                {sub.cancellation_requested.then(|| view! {
                    <span class="oc-flag" data-testid="cancellation-requested">{t(k::SUBS_CANCELLATION_REQUESTED)}</span>
                })}
            </td>
            <td data-column="start" data-label=label(k::SUB_START)>{date(&sub.start_date)}</td>
            <td data-column="end" data-label=label(k::SUB_END)>{date(&sub.end_date)}</td>
            <td data-column="renewal" data-label=label(k::SUB_RENEWAL)>{date(&sub.renewal_date)}</td>
        </tr>
    }
}

/// The customer's name; for a seller who may choose customers, a link into that
/// customer's view (a page load: the new view starts afresh).
fn customer_cell(customer: &domain::session::Organization) -> AnyView {
    let switch = expect_context::<crate::customers::CustomerSwitch>();
    let seller = expect_context::<domain::Session>().role.sees_markup();
    if !(seller && switch.allowed) {
        return customer.name.clone().into_any();
    }
    let label = crate::i18n::tf(k::SUB_OPEN_CUSTOMER, &[("customer", &customer.name)]);
    view! {
        <a href=switch.enter_href(&customer.id) rel="external" data-testid="open-customer" aria-label=label>{customer.name.clone()}</a>
    }
    .into_any()
}
