use std::hash::{Hash, Hasher};

use axum::body::Body;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use domain::orders::{
    order_visible_to, validate_note, visible_changes, ItemKind, NewNote, Note, Order, OrderList, OrderSort,
    OrderStatus, OrderSummary, OrdersQuery,
};
use domain::query::ListQuery;
use domain::query::SortDir;
use domain::Role;
use futures_util::StreamExt;

use crate::auth::{caller, Caller};
use crate::csv::{csv_row, CSV_BOM, CSV_HEADER};
use crate::error::{ApiError, ApiResult};
use crate::language::term;
use crate::store::Writes;
use crate::AppState;

fn customer_index(state: &AppState, caller: &Caller) -> Result<usize, ApiError> {
    let org = caller.customer_org().ok_or_else(|| {
        ApiError::new(
            StatusCode::FORBIDDEN,
            "customer_view_required",
            "Orders are available only in customer view: open a customer organisation first.",
        )
    })?;
    Ok(state.store.data.customers.iter().position(|c| c.id == org.id).expect("customer org exists"))
}

/// The order as `role` may see it: markup changes removed for customer roles, and
/// `None` when the order's only change is markup.
fn as_seen_by(summary: &OrderSummary, role: &Role) -> Option<OrderSummary> {
    if !order_visible_to(&summary.changes, role) {
        return None;
    }
    let mut seen = summary.clone();
    seen.changes = visible_changes(&summary.changes, role).into_iter().cloned().collect();
    Some(seen)
}

fn with_notes(state: &AppState, index: usize, writes: &Writes, mut summary: OrderSummary) -> OrderSummary {
    let notes = state.store.notes(index, writes);
    summary.note_count = notes.len() as u32;
    summary.latest_note = notes.last().map(|n| n.text.clone());
    summary
}

fn matches_search(summary: &OrderSummary, needle: &str) -> bool {
    needle.is_empty()
        || summary.number.contains(needle)
        || summary.licenses.iter().any(|l| l.to_lowercase().contains(needle))
        || summary.created_by.user_name.to_lowercase().contains(needle)
        || summary.created_by.organization_name.to_lowercase().contains(needle)
}

/// The orders of the caller's customer organisation that pass `query`'s filters, unsorted.
fn filtered_orders(state: &AppState, caller: &Caller, query: &OrdersQuery) -> Result<Vec<usize>, ApiError> {
    let customer = customer_index(state, caller)?;
    let needle = query.search.to_lowercase();
    let data = &state.store.data;
    Ok((0..data.orders.len())
        .filter(|&i| data.order_customer[i] == customer)
        .filter(|&i| {
            let summary = state.store.progress.summary(data, i);
            query.admits(&summary.status, summary.action_required.is_some())
                && query.admits_date(&summary.created_at)
                && order_visible_to(&summary.changes, caller.role())
                && matches_search(&summary, &needle)
                && query.vendor.as_ref().is_none_or(|vendor| vendors_of(state, caller, i).contains(vendor))
        })
        .collect())
}

/// The vendors of the items `caller` may see in order `index` (a customer sees no markup).
fn vendors_of(state: &AppState, caller: &Caller, index: usize) -> Vec<String> {
    let items = &state.store.data.orders[index].details.items;
    let seen = items.iter().filter(|item| caller.role().sees_markup() || item.kind != ItemKind::Markup);
    let mut vendors: Vec<String> = seen.map(|item| item.vendor.clone()).collect();
    vendors.sort();
    vendors.dedup();
    vendors
}

/// Per vendor, by name, the orders that pass every filter but the vendor.
fn vendor_counts(state: &AppState, caller: &Caller, query: &OrdersQuery) -> Result<Vec<(String, u64)>, ApiError> {
    let any_vendor = OrdersQuery { vendor: None, ..query.clone() };
    let mut counts = std::collections::BTreeMap::<String, u64>::new();
    for index in filtered_orders(state, caller, &any_vendor)? {
        for vendor in vendors_of(state, caller, index) {
            *counts.entry(vendor).or_default() += 1;
        }
    }
    Ok(counts.into_iter().collect())
}

/// Per status of the view, the orders that pass every filter but the status.
fn status_counts(state: &AppState, caller: &Caller, query: &OrdersQuery) -> Result<Vec<(OrderStatus, u64)>, ApiError> {
    let any_status = OrdersQuery { status: Vec::new(), ..query.clone() };
    let data = &state.store.data;
    let statuses: Vec<OrderStatus> = filtered_orders(state, caller, &any_status)?
        .into_iter()
        .map(|i| state.store.progress.summary(data, i).status.clone())
        .collect();
    let mut known = OrderStatus::in_view(&query.view);
    for status in &statuses {
        if !known.contains(status) {
            known.push(status.clone());
        }
    }
    Ok(known.into_iter().map(|s| (s.clone(), statuses.iter().filter(|t| **t == s).count() as u64)).collect())
}

/// The orders of the caller's customer organisation that `query` lists, in its order.
fn matching_orders(state: &AppState, caller: &Caller, query: &OrdersQuery) -> Result<Vec<usize>, ApiError> {
    let data = &state.store.data;
    let summary = |i: usize| state.store.progress.summary(data, i);
    let mut matching = filtered_orders(state, caller, query)?;
    match query.sort {
        // Generated orders are newest first, so date order is index order.
        OrderSort::Date => matching.sort_by(|a, b| summary(*b).created_at.cmp(&summary(*a).created_at)),
        OrderSort::Number => {
            matching.sort_by_key(|i| std::cmp::Reverse(summary(*i).number.parse::<u64>().unwrap_or(0)))
        }
        // Descending is the default: the furthest along in an order's life first.
        OrderSort::Status => matching.sort_by_cached_key(|i| {
            let summary = summary(*i);
            std::cmp::Reverse((summary.status.lifecycle_rank(), summary.created_at.clone()))
        }),
    }
    if query.dir == SortDir::Asc {
        matching.reverse();
    }
    Ok(matching)
}

/// What the list and its export both start from: the caller, the list's query from the
/// request's parameters, and the orders it lists, in its order.
fn listed<'a>(
    state: &'a AppState,
    headers: &HeaderMap,
    params: &[(String, String)],
) -> Result<(Caller<'a>, OrdersQuery, Vec<usize>), ApiError> {
    let caller = caller(&state.store, headers)?;
    let query = OrdersQuery::from_pairs(super::pairs(params));
    let matching = matching_orders(state, &caller, &query)?;
    Ok((caller, query, matching))
}

/// An order's summary as the caller sees it now: moved on, markup hidden, with its notes.
fn seen_now(state: &AppState, role: &Role, index: usize, writes: &Writes) -> Option<OrderSummary> {
    let summary = state.store.progress.summary(&state.store.data, index);
    as_seen_by(&summary, role).map(|s| with_notes(state, index, writes, s))
}

/// The platform's own words in an order (the vendor's failure reason, what failed in a
/// change order, the action button) in the caller's language.
fn in_language(mut summary: OrderSummary, headers: &HeaderMap) -> OrderSummary {
    summary.failure_reason = summary.failure_reason.as_deref().map(|reason| term(headers, reason));
    if let Some(action) = summary.action_required.as_mut() {
        action.detail = action.detail.as_deref().map(|detail| term(headers, detail));
        action.action_label = action.action_label.as_deref().map(|label| term(headers, label));
    }
    summary
}

/// `GET /api/v1/orders?view=&state=&status=&from=&to=&vendor=&needs_action=&q=&sort=&dir=&page=&page_size=`, with an `ETag`: asked
/// again with `If-None-Match` and nothing on the page changed, it answers `304` and no body.
pub async fn list(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(params): Query<Vec<(String, String)>>,
) -> Result<Response, ApiError> {
    let (caller, query, matching) = listed(&state, &headers, &params)?;
    let items = state.store.read(|writes| {
        super::page_of(&matching, query.page, query.page_size)
            .into_iter()
            .filter_map(|i| seen_now(&state, caller.role(), i, writes))
            .map(|summary| in_language(summary, &headers))
            .collect()
    });
    let status_counts = status_counts(&state, &caller, &query)?;
    let vendor_counts = vendor_counts(&state, &caller, &query)?;
    let (total, page, page_size) = (matching.len() as u64, query.page, query.page_size);
    let list = OrderList { items, total, page, page_size, status_counts, vendor_counts };
    let body = serde_json::to_vec(&list)
        .map_err(|e| ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "encoding", e.to_string()))?;
    let etag = {
        let mut hasher = std::hash::DefaultHasher::new();
        body.hash(&mut hasher);
        format!("\"{:016x}\"", hasher.finish())
    };
    let unchanged = headers.get(header::IF_NONE_MATCH).and_then(|v| v.to_str().ok()) == Some(etag.as_str());
    let response = if unchanged {
        (StatusCode::NOT_MODIFIED, [(header::ETAG, etag)]).into_response()
    } else {
        (StatusCode::OK, [(header::ETAG, etag), (header::CONTENT_TYPE, "application/json".into())], body)
            .into_response()
    };
    Ok(response)
}

/// Rows the export writes at a time: the file is streamed, never built whole.
const EXPORT_BATCH: usize = 500;

/// `GET /api/v1/orders/export?` with the list's filters and sort: every order the list would
/// show on all its pages, as CSV (`crate::csv::csv_row`), streamed in batches.
pub async fn export(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(params): Query<Vec<(String, String)>>,
) -> Result<Response, ApiError> {
    let (caller, query, matching) = listed(&state, &headers, &params)?;
    let matching = std::sync::Arc::new(matching);
    let role = caller.role().clone();
    let batches = matching.len().div_ceil(EXPORT_BATCH);
    // How many records follow the header line, so a client can tell a cut file from a whole one.
    let count = matching.len().to_string();
    let bom = if params.iter().any(|(name, value)| name == "bom" && value == "false") { "" } else { CSV_BOM };
    let header_row =
        futures_util::stream::once(async move { Ok::<_, std::convert::Infallible>(format!("{bom}{CSV_HEADER}")) });
    let rows = futures_util::stream::iter(0..batches).map(move |batch| {
        let start = batch * EXPORT_BATCH;
        let indices = &matching[start..(start + EXPORT_BATCH).min(matching.len())];
        let text: String = state.store.read(|writes| {
            indices.iter().filter_map(|&i| seen_now(&state, &role, i, writes)).map(|s| csv_row(&s, &role)).collect()
        });
        Ok(text)
    });
    let disposition = format!("attachment; filename=\"orders-{}.csv\"", query.view.key());
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, disposition),
            (header::HeaderName::from_static("x-total-count"), count),
        ],
        Body::from_stream(header_row.chain(rows)),
    )
        .into_response())
}

fn find(state: &AppState, caller: &Caller, id: &str) -> Result<usize, ApiError> {
    let customer = customer_index(state, caller)?;
    let index = *state.store.order_index.get(id).ok_or_else(|| ApiError::not_found("The order"))?;
    let order = &state.store.data.orders[index];
    if state.store.data.order_customer[index] != customer || !order_visible_to(&order.summary.changes, caller.role()) {
        return Err(ApiError::not_found("The order"));
    }
    Ok(index)
}

/// `GET /api/v1/orders/{id}`
pub async fn get(State(state): State<AppState>, headers: HeaderMap, Path(id): Path<String>) -> ApiResult<Order> {
    let caller = caller(&state.store, &headers)?;
    let index = find(&state, &caller, &id)?;
    let order = state.store.progress.order(&state.store.data, index);
    let summary = as_seen_by(&order.summary, caller.role()).expect("visibility checked in find");
    let summary = state.store.read(|writes| with_notes(&state, index, writes, summary));
    let mut order = Order { summary: in_language(summary, &headers), ..order };
    if !caller.role().sees_markup() {
        order.details.items.retain(|item| item.kind != domain::orders::ItemKind::Markup);
    }
    let payment = &mut order.details.payment;
    payment.method = term(&headers, &payment.method);
    payment.billing_period = term(&headers, &payment.billing_period);
    for item in &mut order.details.items {
        item.subscription.billing_period = term(&headers, &item.subscription.billing_period);
    }
    Ok(Json(order))
}

/// `GET /api/v1/orders/{id}/notes`
pub async fn notes(State(state): State<AppState>, headers: HeaderMap, Path(id): Path<String>) -> ApiResult<Vec<Note>> {
    let caller = caller(&state.store, &headers)?;
    let index = find(&state, &caller, &id)?;
    Ok(Json(state.store.read(|writes| state.store.notes(index, writes))))
}

/// `POST /api/v1/orders/{id}/notes` with `{"text": "..."}`. An `Idempotency-Key` header
/// makes a repeated submit (a double click, a retry after a timeout) return the note it
/// already created instead of adding it twice.
pub async fn add_note(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<String>,
    body: Result<Json<NewNote>, axum::extract::rejection::JsonRejection>,
) -> Result<(StatusCode, Json<Note>), ApiError> {
    let caller = caller(&state.store, &headers)?;
    find(&state, &caller, &id)?;
    let Json(new) = body.map_err(|e| ApiError::validation(format!("The note could not be read: {}", e.body_text())))?;
    let text = validate_note(&new.text).map_err(|e| ApiError::refused_note(&e))?;
    let key = headers.get("idempotency-key").and_then(|v| v.to_str().ok()).map(|k| format!("{id}:{k}"));
    let author = format!("{} ({})", caller.account.user.name, caller.account.organization.name);
    let (status, note) = state
        .store
        .write(|writes| {
            if let Some(existing) = key.as_ref().and_then(|k| writes.note_keys.get(k)) {
                let note = writes.notes[&id].iter().find(|n| &n.id == existing).cloned().expect("keyed note exists");
                return Ok((StatusCode::OK, note));
            }
            writes.next_note += 1;
            let note = Note { id: format!("note-{}", writes.next_note), author, created_at: super::now(), text };
            if let Some(k) = key {
                writes.note_keys.insert(k, note.id.clone());
            }
            writes.notes.entry(id.clone()).or_default().push(note.clone());
            Ok::<_, ApiError>((StatusCode::CREATED, note))
        })
        .map_err(|e| {
            ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "storage", format!("The note could not be saved: {e}"))
        })??;
    if status == StatusCode::CREATED {
        let index = find(&state, &caller, &id)?;
        let order = &state.store.data.orders[index];
        let customer = &state.store.data.customers[state.store.data.order_customer[index]];
        let data = serde_json::json!({
            "order": {
                "id": order.summary.id,
                "number": order.summary.number,
                "status": order.summary.status.key(),
                "items": order.details.items.iter().map(|item| serde_json::json!({
                    "offer": item.offer, "vendor": item.vendor, "quantity_change": item.quantity_change,
                })).collect::<Vec<_>>(),
            },
            "note": {"author": note.author, "text": note.text},
        });
        super::notifications::deliver(&state, "OrderNoteAdded", (&customer.id, &customer.name), data);
    }
    Ok((status, Json(note)))
}
