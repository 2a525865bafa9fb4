use domain::subscriptions::Subscription;
use domain::Session;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::actions::SubscriptionActions;
use crate::api::{use_remote, ApiClient};
use crate::i18n::{k, name_of, t, tf};
use crate::routing::Paths;
use crate::ui::{date_or_dash, Locale, RemoteStatus, StatusBadge};

/// View Request: the customer's request details for one subscription, in any status.
#[component]
pub fn SubscriptionRequestPage() -> impl IntoView {
    let client = expect_context::<ApiClient>();
    let paths = expect_context::<Paths>();
    let params = use_params_map();
    let id = Memo::new(move |_| params.get().get("id").unwrap_or_default());
    let subscription = use_remote(move || id.get(), move |id, abort| client.subscription(&id, &abort));
    // Outlives the re-render that a changed status causes.
    let done = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        id.track();
        done.set(None);
    });
    view! {
        <section aria-labelledby="oc-request-title" data-testid="subscription-request">
            <div class="oc-toolbar">
                <h1 id="oc-request-title" tabindex="-1">
                    {move || subscription.data.get().map_or_else(|| t(k::SUB_REQUEST), |s| tf(k::SUB_REQUEST_OF, &[("offer", &s.offer)]))}
                </h1>
                <a class="oc-button" href=paths.href("/subscriptions", "")>{t(k::SUB_BACK)}</a>
            </div>
            <p role="status" class="oc-success" id="oc-action-done" tabindex="-1" data-testid="action-done">{move || done.get()}</p>
            <RemoteStatus what=t(k::SUB_LOADING) loading=(t(k::COMMON_LOADING), subscription.answered)
                slow=subscription.slow error=subscription.error on_retry=move |_| subscription.retry()/>
            {move || subscription.data.get().map(|sub| view! {
                <RequestDetails sub=sub done=done on_changed=move |updated| subscription.data.set(Some(updated))/>
            })}
        </section>
    }
}

#[component]
fn RequestDetails(
    sub: Subscription,
    done: RwSignal<Option<String>>,
    #[prop(into)] on_changed: Callback<Subscription>,
) -> impl IntoView {
    let session = expect_context::<Session>();
    let locale = expect_context::<Locale>().0;
    let date = move |d: &Option<String>| date_or_dash(d.as_deref(), &locale);
    let reason = sub.failure_reason.clone().filter(|_| sub.status.is_failure());
    // The article's descriptions address the service provider; customers read their own.
    let group = if session.role.is_customer_role() { "sub_status_for_customer" } else { "sub_status_about" };
    let description = name_of(group, sub.status.key());
    let status = name_of("sub_status", sub.status.key());
    view! {
        <div class="oc-request">
            <dl class="oc-facts">
                <dt>{t(k::SUB_CUSTOMER)}</dt><dd>{sub.customer.name.clone()}</dd>
                <dt>{t(k::SUB_OFFER)}</dt><dd>{format!("{} · {}", sub.offer, sub.vendor)}</dd>
                <dt>{t(k::ITEM_QUANTITY)}</dt><dd>{sub.quantity}</dd>
                <dt>{t(k::COMMON_STATUS)}</dt>
                <dd data-testid="request-status">
                    <StatusBadge label=status.clone() tone=sub.status.tone()/>
                    <span class="oc-muted">{format!(" {}", description)}</span>
                </dd>
                <dt>{t(k::SUB_START)}</dt><dd>{date(&sub.start_date)}</dd>
                <dt>{t(k::SUB_END)}</dt><dd>{date(&sub.end_date)}</dd>
                <dt>{t(k::SUB_RENEWAL)}</dt><dd>{date(&sub.renewal_date)}</dd>
            </dl>
            {reason.map(|text| view! {
                <div class="oc-notice oc-notice-error" data-testid="request-failure-reason">
                    <strong>{tf(k::SUB_WHY_STATUS, &[("status", &status)])} " "</strong>{text}
                </div>
            })}
            {sub.cancellation_requested.then(|| {
                let message = t(if session.role.is_customer_role() { k::SUB_CANCEL_ASKED_BY_YOU } else { k::SUB_CANCEL_ASKED });
                view! { <div class="oc-attention" data-testid="cancellation-requested">{message}</div> }
            })}
            <h2>{t(k::SUB_REQUEST_DETAILS)}</h2>
            <dl class="oc-facts" data-testid="request-fields">
                {sub.request.iter().map(|field| {
                    let value = if field.is_date() { date(&Some(field.value.clone())) } else { field.value.clone() };
                    view! { <dt>{field.label.clone()}</dt><dd>{value}</dd> }
                }).collect_view()}
            </dl>
            {if session.role.can_act_on_subscriptions() {
                view! { <SubscriptionActions sub=sub.clone() done=done on_changed=on_changed/> }.into_any()
            } else {
                view! { <p class="oc-muted" data-testid="read-only-note">{super::page::read_only_note(&session.role, k::SUB_READ_ONLY, k::SUB_READ_ONLY_SELLER)}</p> }.into_any()
            }}
        </div>
    }
}
