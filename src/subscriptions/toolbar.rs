use domain::subscriptions::{SubscriptionList, SubscriptionStatus, SubscriptionsQuery};
use leptos::prelude::*;

use crate::api::Remote;
use crate::i18n::{k, name_of, t};
use crate::routing::Paths;
use crate::ui::SearchBox;

/// Title, the link to the status reference, the status and cancellation-request filters
/// with their counts, and search.
#[component]
pub fn SubscriptionsToolbar(
    query: Memo<SubscriptionsQuery>,
    list: Remote<SubscriptionList>,
    #[prop(into)] go: Callback<SubscriptionsQuery>,
) -> impl IntoView {
    let paths = expect_context::<Paths>();
    let filter = move |ev: leptos::ev::Event| {
        let value = event_target_value(&ev);
        let status = (!value.is_empty()).then(|| SubscriptionStatus::from_key(&value));
        go.run(SubscriptionsQuery { status, page: 1, ..query.get_untracked() });
    };
    let search = move |search: String| go.run(SubscriptionsQuery { search, page: 1, ..query.get_untracked() });
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
    let cancellation = move |ev: leptos::ev::Event| {
        let cancellation_requested = event_target_checked(&ev);
        go.run(SubscriptionsQuery { cancellation_requested, page: 1, ..query.get_untracked() });
    };
    let cancellation_count = move || list.data.with(|d| d.as_ref().map(|d| d.counts.cancellation_requested));
    let all_count =
        move || list.data.with(|d| d.as_ref().map(|d| d.counts.status_counts.iter().map(|(_, n)| n).sum::<u64>()));
    view! {
        <div class="oc-toolbar">
            <h1 id="oc-subs-title" tabindex="-1">{name_of("area", "subscriptions")}</h1>
            <a class="oc-button" href=paths.href("/subscriptions/statuses", "") data-testid="status-reference-link">{t(k::SUBS_STATUSES_LINK)}</a>
        </div>
        <div class="oc-toolbar oc-filters">
            <label>
                {t(k::COMMON_STATUS)} " "
                <select data-testid="subscription-status-filter" on:change=filter>
                    <option value="" selected=move || query.get().status.is_none()>
                        {move || format!("{}{}", t(k::SUBS_ALL_STATUSES), all_count().map(|n| format!(" ({n})")).unwrap_or_default())}
                    </option>
                    {move || statuses().into_iter().map(|status| {
                        let (key, label, current) = (status.key().to_string(), name_of("sub_status", status.key()), status.clone());
                        let counted = status.clone();
                        view! {
                            <option value=key selected=move || query.get().status.as_ref() == Some(&current)>
                                {move || format!("{label}{}", count_of(&counted).map(|n| format!(" ({n})")).unwrap_or_default())}
                            </option>
                        }
                    }).collect_view()}
                </select>
            </label>
            <label class="oc-check">
                <input type="checkbox" data-testid="subscriptions-filter-cancellation"
                    prop:checked=move || query.get().cancellation_requested on:change=cancellation/>
                {move || format!("{}{}", t(k::SUBS_CANCELLATION_REQUESTED), cancellation_count().map(|n| format!(" ({n})")).unwrap_or_default())}
            </label>
            <SearchBox current=Signal::derive(move || query.get().search) on_search=search
                id="oc-sub-search" label=t(k::SUBS_SEARCH) placeholder=t(k::SUBS_SEARCH_HINT) testid="subscriptions-search"/>
        </div>
    }
}
