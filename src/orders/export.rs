//! Export CSV: exactly the list on screen (view, filters, search, sort), all its pages,
//! fetched with the user's token as the API streams it (`GET /orders/export`) and saved
//! as a file. Progress is shown as it arrives, the export can be cancelled, and a failure
//! says so with a retry; a second click while one runs does nothing.
use domain::orders::OrdersQuery;
use domain::query::ListQuery;
use leptos::prelude::*;
use leptos::task::spawn_local;
use web_sys::AbortController;

use crate::api::download::save_as;
use crate::api::{ApiClient, ApiError};
use crate::i18n::{k, t, tf, tn};
use crate::ui::{format_bytes, Locale};

#[derive(Clone, Debug, PartialEq)]
enum State {
    Idle,
    Running { bytes: f64 },
    Done { rows: u64 },
    Failed(String),
    Cancelled,
}

#[component]
pub fn ExportButton(query: Memo<OrdersQuery>) -> impl IntoView {
    let client = expect_context::<ApiClient>();
    let locale = expect_context::<Locale>().0;
    let state = RwSignal::new(State::Idle);
    let abort = StoredValue::new_local(None::<AbortController>);
    let running = move || matches!(state.get(), State::Running { .. });

    let start = Callback::new(move |()| {
        if matches!(state.get_untracked(), State::Running { .. }) {
            return;
        }
        let Ok(controller) = AbortController::new() else { return };
        let list = query.get_untracked();
        // Every page: the page and its size are not part of what is exported.
        let all = OrdersQuery { page: 1, page_size: OrdersQuery::default().page_size, ..list.clone() };
        let path = format!("/orders/export?{}", all.to_query_string());
        let name = format!("orders-{}-{}.csv", list.view.key(), today());
        state.set(State::Running { bytes: 0.0 });
        let download =
            client.download_csv(&path, controller.signal(), move |bytes, _| state.set(State::Running { bytes }));
        abort.set_value(Some(controller));
        spawn_local(async move {
            let result = download.await;
            abort.set_value(None);
            state.set(match result {
                Ok(file) => {
                    save_as(&file.blob, &name);
                    // The header is a line too.
                    State::Done { rows: file.records.saturating_sub(1) }
                }
                Err(ApiError::Aborted) => State::Cancelled,
                Err(error) => State::Failed(error.sentence()),
            });
        });
    });
    let cancel = move |_| {
        if let Some(controller) = abort.get_value() {
            controller.abort();
        }
    };
    let status = move || match state.get() {
        State::Idle => String::new(),
        State::Running { bytes } => tf(k::EXPORT_PROGRESS, &[("size", &format_bytes(bytes, &locale))]),
        State::Done { rows } => tn(k::EXPORT_DONE, rows as i64, &[]),
        State::Failed(reason) => tf(k::EXPORT_FAILED, &[("reason", &reason)]),
        State::Cancelled => t(k::EXPORT_CANCELLED),
    };
    let failed = move || matches!(state.get(), State::Failed(_));
    view! {
        <div class="oc-export">
            {move || if running() {
                view! { <button type="button" class="oc-button" data-testid="orders-export-cancel" on:click=cancel>{t(k::EXPORT_CANCEL)}</button> }.into_any()
            } else {
                view! {
                    <button type="button" class="oc-button" data-testid="orders-export" on:click=move |_| start.run(())>
                        {t(if failed() { k::EXPORT_RETRY } else { k::EXPORT_BUTTON })}
                    </button>
                }.into_any()
            }}
            <span class="oc-muted" role="status" data-testid="orders-export-status"
                data-state=move || match state.get() { State::Idle => "idle", State::Running { .. } => "running", State::Done { .. } => "done", State::Failed(_) => "failed", State::Cancelled => "cancelled" }>
                {status}
            </span>
        </div>
    }
}

/// Today as `YYYY-MM-DD`, for the file's name.
fn today() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    iso.chars().take(10).collect()
}
