//! Orders that move on while the server runs (`--simulate-progress`, and one at a time for
//! tests): the handler and the background ticks around `crate::progress`'s model.
use std::time::Duration;

use crate::clock::now;
use crate::AppState;

/// `POST /__dev/orders/{id}/progress`: that order moves to its next status now; `404`
/// when there is no such order or it has no next status without somebody's action.
pub async fn advance_now(
    axum::extract::State(state): axum::extract::State<AppState>,
    axum::extract::Path(id): axum::extract::Path<String>,
) -> axum::http::StatusCode {
    let store = &state.store;
    let moved = store.order_index.get(&id).and_then(|&i| store.progress.advance(&store.data, i, &now()));
    if moved.is_some() {
        axum::http::StatusCode::NO_CONTENT
    } else {
        axum::http::StatusCode::NOT_FOUND
    }
}

/// Runs the ticks for as long as the server runs.
pub fn spawn(state: AppState, seconds: u64, seed: u64) {
    tokio::spawn(async move {
        let mut interval = tokio::time::interval(Duration::from_secs(seconds.max(1)));
        interval.tick().await;
        loop {
            interval.tick().await;
            state.store.progress.tick(&state.store.data, seed, &now());
        }
    });
}
