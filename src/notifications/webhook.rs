//! The Webhook tab's tools beside its fields: a test send to the saved URL and its
//! outcome, the last deliveries (tests and real events), and the body the webhook
//! receives with each field described. All of it comes from the platform; the app only
//! shows it, as text.
use domain::notifications::{Delivery, EventSetting};
use leptos::prelude::*;

use crate::api::{use_remote, ApiClient, Write};
use crate::i18n::{k, name_of, number, t, tf};
use crate::routing::{split_point, ChunkFailed};
use crate::ui::{format_date_time, Locale, RemoteStatus};

// Loaded when the Webhook tab first opens, with the other parts shown on demand (the
// `order_details` chunk): the Events tab's first visit does not download them.
split_point! { order_details;
    pub fn webhook_tools(event: RwSignal<EventSetting>, unsaved: Signal<bool>, editable: bool) -> Result<AnyView, ChunkFailed> {
        Ok(view! { <WebhookTools event=event unsaved=unsaved editable=editable/> }.into_any())
    }
}

/// What one delivery came to, in the user's words: delivered, refused with a status, or
/// no answer and why.
fn outcome_text(delivery: &Delivery) -> String {
    let ms = tf(k::WEBHOOK_MS, &[("ms", &number(delivery.ms as i64))]);
    match (delivery.succeeded(), delivery.status, &delivery.error) {
        (true, Some(status), _) => tf(k::WEBHOOK_DELIVERED, &[("status", &status.to_string()), ("ms", &ms)]),
        (false, Some(status), None) => tf(k::WEBHOOK_REFUSED, &[("status", &status.to_string()), ("ms", &ms)]),
        (_, _, error) => {
            tf(k::WEBHOOK_NO_ANSWER, &[("reason", &name_of("delivery_error", error.as_deref().unwrap_or("failed")))])
        }
    }
}

/// The test send, the deliveries and the payload, for a saved webhook.
#[component]
fn WebhookTools(
    event: RwSignal<EventSetting>,
    /// The tab has edits not saved yet: a test would go to the old URL, so it waits.
    #[prop(into)]
    unsaved: Signal<bool>,
    editable: bool,
) -> impl IntoView {
    let client = expect_context::<ApiClient>();
    let key = event.with_untracked(|e| e.info.key.clone());
    let sent = RwSignal::new(0u32);
    let outcome = RwSignal::new(None::<Delivery>);
    let write = Write::new();
    let has_url = move || event.with(|e| !e.webhook.url.is_empty());
    let test = {
        let (client, key) = (client.clone(), key.clone());
        move |_| {
            let (client, key) = (client.clone(), key.clone());
            write.run(
                move || client.test_webhook(&key),
                move |result| {
                    if let Ok(delivery) = result {
                        outcome.set(Some(delivery));
                    }
                    sent.update(|n| *n += 1);
                },
            );
        }
    };
    view! {
        <section class="oc-webhook-tools" aria-labelledby="oc-webhook-test-title">
            {editable.then(|| view! {
                <h3 id="oc-webhook-test-title">{t(k::WEBHOOK_TEST_TITLE)}</h3>
                <p class="oc-muted">{move || t(if unsaved.get() || !has_url() { k::WEBHOOK_SAVE_FIRST } else { k::WEBHOOK_TEST_HINT })}</p>
                <button type="button" class="oc-button" data-testid="webhook-test"
                    disabled=move || write.pending.get() || unsaved.get() || !has_url()
                    on:click=test>
                    {move || t(if write.pending.get() { k::WEBHOOK_TESTING } else { k::WEBHOOK_TEST })}
                </button>
                <p role="status" data-testid="webhook-test-result"
                    data-outcome=move || outcome.with(|o| o.as_ref().map(|d| if d.succeeded() { "delivered" } else { "failed" }))
                    class=move || outcome.with(|o| match o { Some(d) if d.succeeded() => "oc-success", Some(_) => "oc-field-error", None => "" })>
                    {move || write.error.get().map(|error| tf(k::WEBHOOK_TEST_FAILED, &[("reason", &error.sentence())]))
                        .or_else(|| outcome.with(|o| o.as_ref().map(outcome_text)))}
                </p>
            })}
            <Deliveries key=key.clone() sent=sent/>
            <Payload key=key/>
        </section>
    }
}

/// The last deliveries, newest first; asked again after each test send.
#[component]
fn Deliveries(key: String, sent: RwSignal<u32>) -> impl IntoView {
    let client = expect_context::<ApiClient>();
    let locale = expect_context::<Locale>().0;
    let list =
        use_remote(move || (key.clone(), sent.get()), move |(key, _), abort| client.webhook_deliveries(&key, &abort));
    view! {
        <h3 id="oc-webhook-deliveries-title">{t(k::WEBHOOK_DELIVERIES)}</h3>
        <RemoteStatus what=t(k::WEBHOOK_DELIVERIES_LOADING) loading=(t(k::COMMON_LOADING), list.answered)
            slow=list.slow error=list.error on_retry=move |_| list.retry()/>
        {move || list.data.get().map(|deliveries| {
            if deliveries.is_empty() {
                return view! { <p class="oc-muted" data-testid="webhook-deliveries-none">{t(k::WEBHOOK_DELIVERIES_NONE)}</p> }.into_any();
            }
            let locale = locale.clone();
            view! {
                <div class="oc-table-wrap">
                    <table class="oc-table" data-testid="webhook-deliveries" aria-labelledby="oc-webhook-deliveries-title">
                        <thead><tr>
                            <th scope="col">{t(k::WEBHOOK_COL_TIME)}</th>
                            <th scope="col">{t(k::WEBHOOK_COL_KIND)}</th>
                            <th scope="col">{t(k::WEBHOOK_COL_RESULT)}</th>
                        </tr></thead>
                        <tbody>
                            {deliveries.into_iter().map(|d| view! {
                                <tr data-testid="webhook-delivery" data-outcome=if d.succeeded() { "delivered" } else { "failed" }
                                    data-status=d.status.map(|s| s.to_string())>
                                    <td data-label=t(k::WEBHOOK_COL_TIME)>{format_date_time(&d.at, &locale)}</td>
                                    <td data-label=t(k::WEBHOOK_COL_KIND)>{t(if d.test { k::WEBHOOK_KIND_TEST } else { k::WEBHOOK_KIND_EVENT })}</td>
                                    <td data-label=t(k::WEBHOOK_COL_RESULT)>{outcome_text(&d)}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            }.into_any()
        })}
    }
}

/// The body the webhook receives, as a sample, and what each field means.
#[component]
fn Payload(key: String) -> impl IntoView {
    let client = expect_context::<ApiClient>();
    let payload = use_remote(move || key.clone(), move |key, abort| client.webhook_payload(&key, &abort));
    view! {
        <details class="oc-webhook-payload" data-testid="webhook-payload">
            <summary>{t(k::WEBHOOK_PAYLOAD)}</summary>
            <RemoteStatus what=t(k::WEBHOOK_PAYLOAD_LOADING) loading=(t(k::COMMON_LOADING), payload.answered)
                slow=payload.slow error=payload.error on_retry=move |_| payload.retry()/>
            {move || payload.data.get().map(|payload| view! {
                <h4>{t(k::WEBHOOK_PAYLOAD_FIELDS)}</h4>
                <dl class="oc-payload-fields" data-testid="webhook-payload-fields">
                    {payload.fields.into_iter().map(|field| view! {
                        <dt><code>{field.name}</code> " " <span class="oc-muted">{field.kind}</span></dt>
                        <dd>{field.description}</dd>
                    }).collect_view()}
                </dl>
                <h4>{t(k::WEBHOOK_PAYLOAD_SAMPLE)}</h4>
                <pre class="oc-payload-sample" data-testid="webhook-payload-sample" tabindex="0">{payload.sample}</pre>
            })}
        </details>
    }
}
