use domain::query::ListQuery;
use domain::subscriptions::SubscriptionsQuery;
use domain::Session;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use super::table::SubscriptionsTable;
use super::toolbar::SubscriptionsToolbar;
use crate::api::{use_remote, ApiClient};
use crate::i18n::{k, t};
use crate::routing::{query_pairs, use_go_to};
use crate::ui::{Pager, RemoteStatus};

const KEYS: [&str; 7] = ["status", "cancellation_requested", "q", "sort", "dir", "page", "page_size"];

/// The subscriptions list: its state is the URL (`SubscriptionsQuery`), laid out like the
/// orders page (toolbar, table, pager).
#[component]
pub fn SubscriptionsPage() -> impl IntoView {
    let client = expect_context::<ApiClient>();
    let session = expect_context::<Session>();
    let params = use_query_map();
    let query = Memo::new(move |_| SubscriptionsQuery::from_pairs(query_pairs(&params.get(), &KEYS)));
    let go_to = use_go_to("/subscriptions");
    let go = Callback::new(move |next: SubscriptionsQuery| go_to.run(next.to_query_string()));
    let list =
        use_remote(move || query.get(), move |query, abort| client.subscriptions(&query.to_query_string(), &abort));
    let read_only = !session.role.can_act_on_subscriptions();

    view! {
        <section aria-labelledby="oc-subs-title">
            <SubscriptionsToolbar query=query list=list go=go/>
            {read_only.then(|| view! {
                <p class="oc-muted" data-testid="read-only-note">{read_only_note(&session.role, k::SUBS_READ_ONLY, k::SUBS_READ_ONLY_SELLER)}</p>
            })}
            <RemoteStatus what=t(k::SUBS_LOADING) slow=list.slow error=list.error on_retry=move |_| list.retry()/>
            <SubscriptionsTable query=query list=list go=go/>
            <Pager top="oc-subs-title"
                page=Signal::derive(move || query.get().page)
                page_count=Signal::derive(move || list.data.get().map_or(1, |d| d.page.page_count()))
                page_size=Signal::derive(move || query.get().page_size)
                total=Signal::derive(move || list.data.get().map_or(0, |d| d.page.total))
                on_page=move |page| go.run(SubscriptionsQuery { page, ..query.get_untracked() })
                on_page_size=move |page_size| go.run(SubscriptionsQuery { page_size, page: 1, ..query.get_untracked() })/>
        </section>
    }
}

/// Who may change subscriptions, said to the one who may not: a customer's seller does, and
/// within a seller's organisation a seller admin does.
pub fn read_only_note(role: &domain::Role, for_customer: crate::i18n::Key, for_seller: crate::i18n::Key) -> String {
    // An unknown role reads the customer's words, as it sees what a customer sees.
    if role.sees_markup() {
        crate::i18n::tf(for_seller, &[("role", &crate::i18n::name_of("role", role.key()))])
    } else {
        t(for_customer)
    }
}
