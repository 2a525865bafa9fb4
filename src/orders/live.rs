//! Live status: while the orders page is visible, the list asks the API every few seconds
//! whether its page changed (`If-None-Match`, answered `304` while nothing did) and
//! updates the rows in place. A changed row is highlighted for a moment and announced
//! once through a polite live region; the open panel reloads its order. Focus, scroll and
//! anything typed stay as they are. Polling pauses while the page is hidden and checks at
//! once when it shows again; on errors it backs off (as long as `Retry-After` asks, on a
//! 429), says "paused" quietly with a way to retry, and never covers the data.
use domain::orders::{next_check_seconds, status_changes, Highlights, OrderList, OrdersQuery, HIGHLIGHT_MS};
use leptos::prelude::*;
use leptos_use::{use_document_visibility, use_interval_fn};
use web_sys::{AbortController, VisibilityState};

use crate::api::{ApiClient, ApiError, Remote};
use crate::i18n::{k, name_of, order_title, t, tf};
use crate::lifetime::Lifetime;
use crate::ui::{format_time_now, Locale};

/// The ids of rows that just changed, for their highlight.
#[derive(Clone, Copy)]
pub struct ChangedRows(pub RwSignal<Vec<String>>);

/// Counts changes of the order open in the panel, which reloads on each.
#[derive(Clone, Copy)]
pub struct OpenOrderChanged(pub RwSignal<u64>);

/// The orders whose status differs between `before` and `after`, as (id, what to say).
fn moved_on(before: &OrderList, after: &OrderList) -> Vec<(String, String)> {
    status_changes(before, after)
        .into_iter()
        .map(|o| {
            let status = name_of("order_status", o.status.key());
            (o.id.clone(), tf(k::LIVE_NOW, &[("order", &order_title(&o.number)), ("status", &status)]))
        })
        .collect()
}

#[component]
pub fn LiveUpdates(
    list: Remote<OrderList>,
    query: Memo<OrdersQuery>,
    /// The order open in the panel.
    #[prop(into)]
    open: Signal<Option<String>>,
    /// Seconds between checks (the host's `data-live-seconds`).
    live_seconds: u64,
) -> impl IntoView {
    let client = expect_context::<ApiClient>();
    let locale = expect_context::<Locale>().0;
    let changed = expect_context::<ChangedRows>().0;
    let open_changed = expect_context::<OpenOrderChanged>().0;
    let etag = StoredValue::new(None::<String>);
    let updated_at = RwSignal::new(None::<String>);
    let paused = RwSignal::new(false);
    let announcement = RwSignal::new(String::new());
    let failures = StoredValue::new(0u32);
    let interval_ms = RwSignal::new(live_seconds * 1000);
    let busy = StoredValue::new(false);
    // A check answered after the page closed, and a highlight due then, do nothing.
    let lifetime = Lifetime::new();
    // A row's highlight lasts its time from its latest change, whatever other rows do.
    let highlights = StoredValue::new(Highlights::default());

    // Another list (filter, sort, page) starts from its own first answer, which is as
    // fresh as a check.
    Effect::new(move |_| {
        query.track();
        etag.set_value(None);
    });
    {
        let locale = locale.clone();
        Effect::new(move |_| {
            if !list.loading.get() && list.data.with(Option::is_some) {
                updated_at.set(Some(format_time_now(&locale)));
            }
        });
    }

    // One callback (not a closure copied into each caller): the hooks, the effect and
    // the retry button share its code.
    let check = Callback::new({
        move |()| {
            if busy.get_value() || list.loading.get_untracked() || list.data.with_untracked(Option::is_none) {
                return;
            }
            let Ok(abort) = AbortController::new() else { return };
            busy.set_value(true);
            let asked = query.get_untracked();
            let request = client.orders_if_changed(&asked, etag.get_value(), &abort);
            let locale = locale.clone();
            lifetime.spawn(async move {
                let result = request.await;
                busy.set_value(false);
                if query.get_untracked() != asked || list.loading.get_untracked() {
                    return; // the user moved on meanwhile; their own request owns the rows
                }
                match result {
                    Ok(answer) => {
                        if let Some((page, new_etag)) = answer {
                            etag.set_value(new_etag);
                            let moved = list
                                .data
                                .with_untracked(|old| old.as_ref().map(|old| moved_on(old, &page)).unwrap_or_default());
                            list.data.set(Some(page));
                            if !moved.is_empty() {
                                let ids: Vec<String> = moved.iter().map(|(id, _)| id.clone()).collect();
                                if open.with_untracked(|o| o.as_ref().is_some_and(|o| ids.contains(o))) {
                                    open_changed.update(|n| *n += 1);
                                }
                                announcement
                                    .set(moved.into_iter().map(|(_, words)| words).collect::<Vec<_>>().join(" "));
                                highlights.update_value(|h| h.changed(&ids, js_sys::Date::now()));
                                changed.set(highlights.with_value(Highlights::ids));
                                lifetime.after(std::time::Duration::from_millis(HIGHLIGHT_MS), move || {
                                    if highlights.try_update_value(|h| h.expire(js_sys::Date::now())) == Some(true) {
                                        changed.set(highlights.with_value(Highlights::ids));
                                    }
                                });
                            }
                        }
                        failures.set_value(0);
                        paused.set(false);
                        if interval_ms.get_untracked() != live_seconds * 1000 {
                            interval_ms.set(live_seconds * 1000);
                        }
                        updated_at.set(Some(format_time_now(&locale)));
                    }
                    Err(ApiError::Aborted) => {}
                    Err(error) => {
                        let n = failures.get_value() + 1;
                        failures.set_value(n);
                        let asked_to_wait = match error {
                            ApiError::Http { retry_after, .. } => retry_after,
                            _ => None,
                        };
                        interval_ms.set(next_check_seconds(live_seconds, n, asked_to_wait) * 1000);
                        paused.set(true);
                    }
                }
            });
        }
    });

    let timer = use_interval_fn(move || check.run(()), interval_ms);
    let visibility = use_document_visibility();
    {
        let (pause, resume) = (timer.pause, timer.resume);
        // Only the visibility is tracked: `resume` reads the interval, and a check that
        // sets it must not start another check.
        Effect::new(move |_| {
            let visible = visibility.get() == VisibilityState::Visible;
            untrack(|| {
                if visible {
                    resume();
                    check.run(());
                } else {
                    pause();
                }
            });
        });
    }
    let retry = move |_| {
        interval_ms.set(live_seconds * 1000);
        check.run(());
    };

    view! {
        <div class="oc-live" data-testid="orders-live" data-state=move || if paused.get() { "paused" } else { "live" }>
            {move || if paused.get() {
                view! {
                    <span>{t(k::LIVE_PAUSED)}</span>
                    " " <button type="button" class="oc-link-button" data-testid="orders-live-retry" on:click=retry>{t(k::LIVE_RETRY)}</button>
                }.into_any()
            } else {
                updated_at.get().map(|time| tf(k::LIVE_UPDATED, &[("time", &time)])).into_any()
            }}
        </div>
        <p class="oc-visually-hidden" aria-live="polite" data-testid="orders-live-announcement">{move || announcement.get()}</p>
    }
}
