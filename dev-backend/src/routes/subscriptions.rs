use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use domain::api::Page;
use domain::query::ListQuery;
use domain::query::SortDir;
use domain::subscriptions::{
    allowed_actions, ActionRequest, StatusCounts, Subscription, SubscriptionList, SubscriptionSort, SubscriptionStatus,
    SubscriptionsQuery,
};

use crate::auth::{caller, Caller};
use crate::error::{ApiError, ApiResult};
use crate::language::term;
use crate::store::Writes;
use crate::words::english;
use crate::AppState;

/// The subscription as stored now (after any action), with what `caller` may do.
fn current(sub: &Subscription, writes: &Writes, caller: &Caller) -> Subscription {
    let mut sub = sub.clone();
    if let Some((status, requested)) = writes.subscriptions.get(&sub.id) {
        sub.status = status.clone();
        sub.cancellation_requested = *requested;
    }
    sub.allowed_actions = allowed_actions(&sub.status, sub.cancellation_requested, caller.role());
    sub
}

/// Customers see their own organisation; a seller sees all customers, or the one acted for.
fn visible(sub: &Subscription, caller: &Caller) -> bool {
    match caller.customer_org() {
        Some(org) => sub.customer.id == org.id,
        None => true,
    }
}

/// `GET /api/v1/subscriptions?status=&cancellation_requested=&q=&sort=&dir=&page=&page_size=`
pub async fn list(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(params): Query<Vec<(String, String)>>,
) -> ApiResult<SubscriptionList> {
    let caller = caller(&state.store, &headers)?;
    let query = SubscriptionsQuery::from_pairs(super::pairs(&params));
    let needle = query.search.to_lowercase();
    let searched: Vec<Subscription> = state.store.read(|writes| {
        state
            .store
            .data
            .subscriptions
            .iter()
            .filter(|s| visible(s, &caller))
            .map(|s| current(s, writes, &caller))
            .filter(|s| {
                needle.is_empty()
                    || [&s.offer, &s.vendor, &s.customer.name, &s.id].iter().any(|f| f.to_lowercase().contains(&needle))
            })
            .collect()
    });
    // Every known status (zero included), then any status newer than this contract.
    let mut statuses: Vec<SubscriptionStatus> = SubscriptionStatus::KNOWN.to_vec();
    for sub in &searched {
        if !statuses.contains(&sub.status) {
            statuses.push(sub.status.clone());
        }
    }
    // Each count leaves out its own filter: what choosing that status, or turning the
    // cancellation filter on, would show.
    let any_status = SubscriptionsQuery { status: None, ..query.clone() };
    let status_counts = statuses
        .into_iter()
        .map(|st| {
            let n = searched.iter().filter(|s| s.status == st && any_status.admits(s)).count() as u64;
            (st, n)
        })
        .collect();
    let with_or_without = SubscriptionsQuery { cancellation_requested: false, ..query.clone() };
    let cancellation_requested =
        searched.iter().filter(|s| s.cancellation_requested && with_or_without.admits(s)).count() as u64;
    let mut items: Vec<Subscription> = searched.into_iter().filter(|s| query.admits(s)).collect();
    // Ties are broken by id so paging is stable.
    match query.sort {
        SubscriptionSort::Offer => items.sort_by(|a, b| (&a.offer, &a.id).cmp(&(&b.offer, &b.id))),
        SubscriptionSort::Status => items.sort_by_cached_key(|s| (english("sub_status", s.status.key()), s.id.clone())),
        SubscriptionSort::Quantity => items.sort_by_key(|s| (s.quantity, s.id.clone())),
        SubscriptionSort::Start => items.sort_by(|a, b| (&a.start_date, &a.id).cmp(&(&b.start_date, &b.id))),
        SubscriptionSort::Renewal => items.sort_by(|a, b| (&a.renewal_date, &a.id).cmp(&(&b.renewal_date, &b.id))),
        SubscriptionSort::Customer => items.sort_by(|a, b| (&a.customer.name, &a.id).cmp(&(&b.customer.name, &b.id))),
    }
    if query.dir == SortDir::Desc {
        items.reverse();
    }
    let total = items.len() as u64;
    let mut items = super::page_of(&items, query.page, query.page_size);
    for sub in &mut items {
        sub.failure_reason = sub.failure_reason.as_deref().map(|reason| term(&headers, reason));
    }
    Ok(Json(SubscriptionList {
        page: Page { items, total, page: query.page, page_size: query.page_size },
        counts: StatusCounts { status_counts, cancellation_requested },
    }))
}

fn find<'a>(state: &'a AppState, caller: &Caller, id: &str) -> Result<&'a Subscription, ApiError> {
    state
        .store
        .data
        .subscriptions
        .iter()
        .find(|s| s.id == id && visible(s, caller))
        .ok_or_else(|| ApiError::not_found("The subscription"))
}

/// `GET /api/v1/subscriptions/{id}`
pub async fn get(State(state): State<AppState>, headers: HeaderMap, Path(id): Path<String>) -> ApiResult<Subscription> {
    let caller = caller(&state.store, &headers)?;
    let sub = find(&state, &caller, &id)?;
    let mut sub = state.store.read(|writes| current(sub, writes, &caller));
    sub.failure_reason = sub.failure_reason.as_deref().map(|reason| term(&headers, reason));
    for field in &mut sub.request {
        field.label = term(&headers, &field.label);
        field.value = term(&headers, &field.value);
    }
    Ok(Json(sub))
}

/// `POST /api/v1/subscriptions/{id}/actions` with `{"action": "revert_to_in_progress"}`.
pub async fn act(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<String>,
    body: Result<Json<ActionRequest>, axum::extract::rejection::JsonRejection>,
) -> ApiResult<Subscription> {
    let caller = caller(&state.store, &headers)?;
    if !caller.role().can_act_on_subscriptions() {
        return Err(ApiError::forbidden("Only the seller can change a subscription's status."));
    }
    let sub = find(&state, &caller, &id)?;
    let Json(request) = body.map_err(|e| ApiError::validation(e.body_text()))?;
    let result = state.store.write(|writes| {
        let now = current(sub, writes, &caller);
        if !now.allowed_actions.contains(&request.action) {
            return Err(ApiError::conflict(format!(
                "“{}” is not possible while the subscription is {}.",
                english("sub_action", request.action.key()),
                english("sub_status", now.status.key())
            )));
        }
        let target = request.action.target().expect("allowed actions have targets");
        writes.subscriptions.insert(id.clone(), (target, false));
        Ok(current(sub, writes, &caller))
    });
    let storage = |e: std::io::Error| {
        ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "storage", format!("The change could not be saved: {e}"))
    };
    result.map_err(storage)?.map(Json)
}
