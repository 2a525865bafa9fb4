use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use domain::views::{same_name, validate_view_name, NewView, RenameView, SavedView};

use crate::auth::caller;
use crate::error::{ApiError, ApiResult};
use crate::store::Writes;
use crate::AppState;

/// The lists a view may belong to.
const LISTS: [&str; 1] = ["orders"];

fn storage_failed(e: std::io::Error) -> ApiError {
    ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "storage", format!("The view could not be saved: {e}"))
}

fn name_of(name: &str) -> Result<String, ApiError> {
    validate_view_name(name).map_err(ApiError::refused_view_name)
}

/// A name another view of the same user and list already has.
fn taken(views: &[SavedView], list: &str, name: &str, except: Option<&str>) -> Result<(), ApiError> {
    let clash = views.iter().any(|v| v.list == list && same_name(&v.name, name) && Some(v.id.as_str()) != except);
    if clash {
        return Err(ApiError::new(
            StatusCode::CONFLICT,
            "name_taken",
            format!("You already have a view named “{name}”."),
        ));
    }
    Ok(())
}

/// `GET /api/v1/views?list=orders`: the caller's own views of that list, oldest first.
pub async fn list(
    State(state): State<AppState>,
    headers: HeaderMap,
    Query(params): Query<Vec<(String, String)>>,
) -> ApiResult<Vec<SavedView>> {
    let caller = caller(&state.store, &headers)?;
    let list = params.iter().find(|(k, _)| k == "list").map(|(_, v)| v.clone()).unwrap_or_default();
    let user = caller.account.user.id.clone();
    Ok(Json(state.store.read(|writes| {
        writes
            .views
            .get(&user)
            .map(|views| views.iter().filter(|v| v.list == list).cloned().collect())
            .unwrap_or_default()
    })))
}

/// `POST /api/v1/views` with `{list, name, query}` and `Idempotency-Key` → `201` (`200` with
/// the same view on a repeat); `422` for a bad name or list, `409` for a name in use.
pub async fn create(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Result<Json<NewView>, axum::extract::rejection::JsonRejection>,
) -> Result<(StatusCode, Json<SavedView>), ApiError> {
    let caller = caller(&state.store, &headers)?;
    let Json(new) = body.map_err(|e| ApiError::validation(format!("The view could not be read: {}", e.body_text())))?;
    if !LISTS.contains(&new.list.as_str()) {
        return Err(ApiError::validation(format!("“{}” is no list a view can be saved for.", new.list)));
    }
    let name = name_of(&new.name)?;
    let user = caller.account.user.id.clone();
    let key = headers.get("idempotency-key").and_then(|v| v.to_str().ok()).map(|k| format!("{user}:{k}"));
    state
        .store
        .write(|writes: &mut Writes| {
            if let Some(existing) = key.as_ref().and_then(|k| writes.view_keys.get(k)) {
                let views = writes.views.get(&user).map(Vec::as_slice).unwrap_or_default();
                if let Some(view) = views.iter().find(|v| &v.id == existing) {
                    return Ok((StatusCode::OK, Json(view.clone())));
                }
            }
            taken(writes.views.get(&user).map(Vec::as_slice).unwrap_or_default(), &new.list, &name, None)?;
            writes.next_view += 1;
            let view = SavedView { id: format!("view-{}", writes.next_view), list: new.list, name, query: new.query };
            if let Some(k) = key {
                writes.view_keys.insert(k, view.id.clone());
            }
            writes.views.entry(user.clone()).or_default().push(view.clone());
            Ok((StatusCode::CREATED, Json(view)))
        })
        .map_err(storage_failed)?
}

/// `PATCH /api/v1/views/{id}` with `{name}` → the renamed view.
pub async fn rename(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(id): Path<String>,
    body: Result<Json<RenameView>, axum::extract::rejection::JsonRejection>,
) -> ApiResult<SavedView> {
    let caller = caller(&state.store, &headers)?;
    let Json(rename) =
        body.map_err(|e| ApiError::validation(format!("The name could not be read: {}", e.body_text())))?;
    let name = name_of(&rename.name)?;
    let user = caller.account.user.id.clone();
    state
        .store
        .write(|writes: &mut Writes| {
            let views = writes.views.entry(user).or_default();
            let list = views
                .iter()
                .find(|v| v.id == id)
                .map(|v| v.list.clone())
                .ok_or_else(|| ApiError::not_found("The view"))?;
            taken(views, &list, &name, Some(&id))?;
            let view = views.iter_mut().find(|v| v.id == id).expect("found above");
            view.name = name;
            Ok(Json(view.clone()))
        })
        .map_err(storage_failed)?
}

/// `DELETE /api/v1/views/{id}` → the deleted view (`404` when it is not the caller's).
pub async fn delete(State(state): State<AppState>, headers: HeaderMap, Path(id): Path<String>) -> ApiResult<SavedView> {
    let caller = caller(&state.store, &headers)?;
    let user = caller.account.user.id.clone();
    state
        .store
        .write(|writes: &mut Writes| {
            let views = writes.views.entry(user).or_default();
            let at = views.iter().position(|v| v.id == id).ok_or_else(|| ApiError::not_found("The view"))?;
            Ok(Json(views.remove(at)))
        })
        .map_err(storage_failed)?
}
