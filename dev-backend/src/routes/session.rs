use axum::extract::State;
use axum::http::HeaderMap;
use axum::Json;
use domain::Session;

use crate::auth::caller;
use crate::error::ApiResult;
use crate::AppState;

/// `GET /api/v1/session`
pub async fn get(State(state): State<AppState>, headers: HeaderMap) -> ApiResult<Session> {
    Ok(Json(caller(&state.store, &headers)?.session()))
}
