use domain::subscriptions::{Subscription, SubscriptionList, SubscriptionSort, SubscriptionsQuery};
use leptos::prelude::*;

use crate::api::Remote;
use crate::shell::Paths;
use crate::ui::{format_date, EmptyState, Locale, SortHeader, StatusWithReason};

const COLUMNS: usize = 8;

/// The subscriptions table: sortable headers, the rows, and the loading and empty states.
#[component]
pub fn SubscriptionsTable(
    query: Memo<SubscriptionsQuery>,
    list: Remote<SubscriptionList>,
    #[prop(into)] go: Callback<SubscriptionsQuery>,
) -> impl IntoView {
    let sorted = move |column: SubscriptionSort| {
        Signal::derive(move || {
            let q = query.get();
            (q.sort == column).then_some(q.dir == domain::query::SortDir::Asc)
        })
    };
    let sort_header = move |label: &'static str, column: SubscriptionSort| {
        view! {
            <SortHeader label=label sorted=sorted(column) testid=format!("sort-{}", column.key())
                on_sort=move |_| go.run(query.get_untracked().sorted_by(column))/>
        }
    };
    view! {
        <div class="oc-table-wrap">
            <table class="oc-table" data-testid="subscriptions-table" aria-labelledby="oc-subs-title" aria-busy=move || list.loading.get().to_string()>
                <thead>
                    <tr>
                        {sort_header("Customer", SubscriptionSort::Customer)}
                        {sort_header("Offer", SubscriptionSort::Offer)}
                        <th scope="col">"Vendor"</th>
                        {sort_header("Quantity", SubscriptionSort::Quantity)}
                        {sort_header("Status", SubscriptionSort::Status)}
                        {sort_header("Start", SubscriptionSort::Start)}
                        <th scope="col">"End"</th>
                        {sort_header("Renewal", SubscriptionSort::Renewal)}
                    </tr>
                </thead>
                <tbody>
                    {move || match list.data.get() {
                        None => (0..6).map(|_| view! { <tr class="oc-skeleton" aria-hidden="true">{(0..COLUMNS).map(|_| view! { <td><span></span></td> }).collect_view()}</tr> }).collect_view().into_any(),
                        Some(data) if data.page.items.is_empty() => {
                            let cleared = SubscriptionsQuery { status: None, search: String::new(), page: 1, ..query.get_untracked() };
                            let filtered = query.get_untracked().has_filters();
                            view! { <tr><td colspan=COLUMNS>
                                <EmptyState message=if filtered { "No subscriptions match these filters." } else { "There are no subscriptions yet." }>
                                    {filtered.then(|| view! { <button type="button" class="oc-button" data-testid="clear-filters" on:click=move |_| go.run(cleared.clone())>"Clear filters"</button> })}
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
    let date = move |d: &Option<String>| d.as_deref().map_or_else(|| "—".to_string(), |d| format_date(d, &locale));
    let reason = sub.failure_reason.clone().filter(|_| sub.status.is_failure());
    view! {
        <tr data-subscription-id=sub.id.clone() data-status=sub.status.key().to_string()>
            <td data-label="Customer">{sub.customer.name.clone()}</td>
            <td data-label="Offer">
                <a href=paths.href(&format!("/subscriptions/{}", domain::query::encode_component(&sub.id)), "") data-testid="view-request">
                    {sub.offer.clone()}<span class="oc-visually-hidden">": view request"</span>
                </a>
            </td>
            <td data-label="Vendor">{sub.vendor.clone()}</td>
            <td data-label="Quantity">{sub.quantity}</td>
            <td data-label="Status"><StatusWithReason label=sub.status.label() tone=sub.status.tone() reason=reason id=sub.id.clone()/></td>
            <td data-label="Start">{date(&sub.start_date)}</td>
            <td data-label="End">{date(&sub.end_date)}</td>
            <td data-label="Renewal">{date(&sub.renewal_date)}</td>
        </tr>
    }
}
