use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::Json;
use domain::api::Page;
use domain::query::{parse_page, parse_page_size};
use domain::session::Organization;

use crate::auth::caller;
use crate::error::{ApiError, ApiResult};
use crate::AppState;

/// `GET /api/v1/customers?search=&page=&page_size=`: the seller's customer organisations,
/// by name, narrowed by `search` (any part of the name or id, any case). Customer roles may
/// open no other organisation: `403`.
pub async fn list(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(params): Query<Vec<(String, String)>>,
) -> ApiResult<Page<Organization>> {
    let caller = caller(&state.store, &headers)?;
    if !caller.role().sees_markup() {
        return Err(ApiError::forbidden("Only a seller opens other organisations."));
    }
    let param = |key: &str| params.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str());
    let needle = param("search").unwrap_or_default().trim().to_lowercase();
    let (page, page_size) = (parse_page(param("page")), parse_page_size(param("page_size")));
    let mut matching: Vec<Organization> = state
        .store
        .data
        .customers
        .iter()
        .filter(|org| needle.is_empty() || org.name.to_lowercase().contains(&needle) || org.id.contains(&needle))
        .cloned()
        .collect();
    matching.sort_by(|a, b| (&a.name, &a.id).cmp(&(&b.name, &b.id)));
    let total = matching.len() as u64;
    Ok(Json(Page { items: super::page_of(&matching, page, page_size), total, page, page_size }))
}
