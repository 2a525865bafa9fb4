use domain::query::ListQuery;
use domain::subscriptions::{Subscription, SubscriptionSort, SubscriptionStatus, SubscriptionsQuery};
use domain::Session;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::api::{use_remote, ApiClient};
use crate::shell::{query_pairs, use_go_to, Paths};
use crate::ui::{format_date, EmptyState, ErrorNotice, Locale, Pager, SlowNotice, SortHeader, StatusWithReason};

const KEYS: [&str; 6] = ["status", "q", "sort", "dir", "page", "page_size"];
const COLUMNS: usize = 8;

#[component]
pub fn SubscriptionsPage() -> impl IntoView {
    let client = expect_context::<ApiClient>();
    let session = expect_context::<Session>();
    let paths = expect_context::<Paths>();
    let params = use_query_map();
    let query = Memo::new(move |_| SubscriptionsQuery::from_pairs(query_pairs(&params.get(), &KEYS)));
    let go_to = use_go_to("/subscriptions");
    let go = move |next: SubscriptionsQuery| go_to.run(next.to_query_string());
    let list =
        use_remote(move || query.get(), move |query, abort| client.subscriptions(&query.to_query_string(), &abort));

    // Follows the URL's search only when that changes, so paging keeps what is typed.
    let typed = RwSignal::new(String::new());
    let search_in_url = Memo::new(move |_| query.get().search);
    Effect::new(move |_| typed.set(search_in_url.get()));
    let search = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        go(SubscriptionsQuery { search: typed.get_untracked().trim().to_string(), page: 1, ..query.get_untracked() });
    };
    let filter = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let status = (!value.is_empty()).then(|| SubscriptionStatus::from_key(&value));
        go(SubscriptionsQuery { status, page: 1, ..query.get_untracked() });
    };
    let count_of = move |status: &SubscriptionStatus| {
        list.data.with(|data| {
            data.as_ref().and_then(|d| d.counts.status_counts.iter().find(|(s, _)| s == status).map(|(_, n)| *n))
        })
    };
    // The known statuses, then any newer one the server counted (shown as "Unknown: …").
    let statuses = move || {
        let mut all: Vec<SubscriptionStatus> = SubscriptionStatus::KNOWN.to_vec();
        list.data.with(|d| {
            for (status, _) in d.iter().flat_map(|d| d.counts.status_counts.iter()) {
                if !all.contains(status) {
                    all.push(status.clone());
                }
            }
        });
        all
    };
    let all_count =
        move || list.data.with(|d| d.as_ref().map(|d| d.counts.status_counts.iter().map(|(_, n)| n).sum::<u64>()));
    let sorted = move |column: SubscriptionSort| {
        Signal::derive(move || {
            let q = query.get();
            (q.sort == column).then_some(q.dir == domain::query::SortDir::Asc)
        })
    };
    let sort_header = move |label: &'static str, column: SubscriptionSort| {
        view! {
            <SortHeader label=label sorted=sorted(column) testid=format!("sort-{}", column.key())
                on_sort=move |_| go(query.get_untracked().sorted_by(column))/>
        }
    };
    let read_only = !session.role.can_act_on_subscriptions();

    view! {
        <section aria-labelledby="oc-subs-title">
            <div class="oc-toolbar">
                <h1 id="oc-subs-title">"Subscriptions"</h1>
                <a class="oc-button" href=paths.href("/subscriptions/statuses", "") data-testid="status-reference-link">"What the statuses mean"</a>
            </div>
            {read_only.then(|| view! {
                <p class="oc-muted" data-testid="read-only-note">"Read-only: your seller manages the status of your subscriptions."</p>
            })}
            <div class="oc-toolbar oc-filters">
                <label>
                    "Status "
                    <select data-testid="subscription-status-filter" on:change=filter>
                        <option value="" selected=move || query.get().status.is_none()>
                            {move || format!("All statuses{}", all_count().map(|n| format!(" ({n})")).unwrap_or_default())}
                        </option>
                        {move || statuses().into_iter().map(|status| {
                            let (key, label, current) = (status.key().to_string(), status.label(), status.clone());
                            let counted = status.clone();
                            view! {
                                <option value=key selected=move || query.get().status.as_ref() == Some(&current)>
                                    {move || format!("{label}{}", count_of(&counted).map(|n| format!(" ({n})")).unwrap_or_default())}
                                </option>
                            }
                        }).collect_view()}
                    </select>
                </label>
                <form role="search" class="oc-search" on:submit=search>
                    <label for="oc-sub-search">"Search subscriptions"</label>
                    <input id="oc-sub-search" type="search" data-testid="subscriptions-search" placeholder="Customer, offer or vendor"
                        prop:value=move || typed.get() on:input=move |ev| typed.set(event_target_value(&ev))/>
                    <button type="submit" class="oc-button">"Search"</button>
                </form>
            </div>
            <SlowNotice slow=list.slow on_retry=move |_| list.retry()/>
            {move || list.error.get().map(|error| view! {
                <ErrorNotice what="Loading subscriptions" error=error on_retry=move |_| list.retry()/>
            })}
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
                                        {filtered.then(|| view! { <button type="button" class="oc-button" data-testid="clear-filters" on:click=move |_| go(cleared.clone())>"Clear filters"</button> })}
                                    </EmptyState>
                                </td></tr> }.into_any()
                            }
                            Some(data) => data.page.items.into_iter().map(|sub| view! { <SubscriptionRow sub=sub/> }).collect_view().into_any(),
                        }}
                    </tbody>
                </table>
            </div>
            <Pager
                page=Signal::derive(move || query.get().page)
                page_count=Signal::derive(move || list.data.get().map_or(1, |d| d.page.page_count()))
                page_size=Signal::derive(move || query.get().page_size)
                total=Signal::derive(move || list.data.get().map_or(0, |d| d.page.total))
                on_page=move |page| go(SubscriptionsQuery { page, ..query.get_untracked() })
                on_page_size=move |page_size| go(SubscriptionsQuery { page_size, page: 1, ..query.get_untracked() })/>
        </section>
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
