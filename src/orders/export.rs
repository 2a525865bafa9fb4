//! Export CSV: exactly the list on screen (view, filters, search, sort), all its pages,
//! fetched with the user's token as the API streams it (`GET /orders/export`) and saved
//! as a file. Progress is shown as it arrives, the export can be cancelled, and a failure
//! says so with a retry; a second click while one runs does nothing. Only a complete file
//! is saved: as many orders as the server announced and the list shows (see
//! `api::download`). Leaving the page cancels a running export.
use domain::orders::OrdersQuery;
use domain::query::ListQuery;
use leptos::prelude::*;
use web_sys::{AbortController, AbortSignal};

use crate::api::download::{save_as, Download, Progress};
use crate::api::{ApiClient, ApiError};
use crate::i18n::{k, t, tf, tn};
use crate::lifetime::Lifetime;
use crate::routing::{split_point, warm, ChunkFailed};
use crate::ui::{format_bytes, Locale};

#[derive(Clone, Debug, PartialEq)]
enum State {
    Idle,
    Running(Progress),
    Done { rows: u64 },
    Failed(String),
    Cancelled,
}

#[component]
pub fn ExportButton(
    query: Memo<OrdersQuery>,
    /// How many orders the list on screen holds, once it is loaded.
    #[prop(into)]
    listed: Signal<Option<u64>>,
) -> impl IntoView {
    let client = expect_context::<ApiClient>();
    let locale = expect_context::<Locale>().0;
    let state = RwSignal::new(State::Idle);
    let abort = StoredValue::new_local(None::<AbortController>);
    let running = move || matches!(state.get(), State::Running(_));
    let lifetime = Lifetime::new();
    on_cleanup(move || {
        if let Some(controller) = abort.try_get_value().flatten() {
            controller.abort();
        }
    });

    let start = Callback::new(move |()| {
        if matches!(state.get_untracked(), State::Running(_)) {
            return;
        }
        let expected = listed.get_untracked();
        let Ok(controller) = AbortController::new() else { return };
        let list = query.get_untracked();
        let all = list.for_export();
        let path = format!("/orders/export?{}", all.to_query_string());
        let name = format!("orders-{}-{}.csv", list.view.key(), today());
        state.set(State::Running(Progress { bytes: 0.0, stalled: false }));
        let download =
            download(client.clone(), path, controller.signal(), Box::new(move |p| state.set(State::Running(p))));
        abort.set_value(Some(controller));
        lifetime.spawn(async move {
            let file = match download.await {
                Ok(running) => running.await,
                Err(ChunkFailed) => Err(ApiError::PartFailed),
            };
            let result = file.and_then(|file| match expected {
                Some(listed) if listed != file.records => {
                    Err(ApiError::CountMismatch { announced: file.records, listed })
                }
                _ => Ok(file),
            });
            abort.set_value(None);
            state.set(match result {
                Ok(file) => {
                    save_as(&file.blob, &name);
                    State::Done { rows: file.records }
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
        State::Running(Progress { bytes, stalled: false }) => {
            tf(k::EXPORT_PROGRESS, &[("size", &format_bytes(bytes, &locale))])
        }
        State::Running(Progress { bytes, stalled: true }) => {
            tf(k::EXPORT_STALLED, &[("size", &format_bytes(bytes, &locale))])
        }
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
                data-state=move || match state.get() { State::Idle => "idle", State::Running(Progress { stalled: false, .. }) => "running", State::Running(_) => "stalled", State::Done { .. } => "done", State::Failed(_) => "failed", State::Cancelled => "cancelled" }>
                {status}
            </span>
        </div>
    }
}

type Running = std::pin::Pin<Box<dyn std::future::Future<Output = Result<Download, ApiError>>>>;

split_point! { orders_export, preload = preload_export;
    /// The download itself (reading the stream, counting its records, saving the file) is a
    /// chunk of its own (`orders_export`), warmed once the list is painted.
    fn download(client: ApiClient, path: String, cancel: AbortSignal, progress: Box<dyn Fn(Progress)>) -> Result<Running, ChunkFailed> {
        Ok(client.download_csv(&path, cancel, progress))
    }
}

/// Starts downloading the export's code, for an export the user is likely to ask for.
pub fn warm_export() {
    warm(preload_export());
}

/// Today as `YYYY-MM-DD`, for the file's name.
/// The user's date today (`2026-12-03`), in their own time zone: the day they exported
/// on, not the day it is in UTC.
fn today() -> String {
    let now = js_sys::Date::new_0();
    format!("{:04}-{:02}-{:02}", now.get_full_year(), now.get_month() + 1, now.get_date())
}
