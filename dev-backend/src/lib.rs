//! A stand-in for the marketplace platform's JSON API (see docs/api.md), with generated
//! demo data, role enforcement, persistence of writes and fault injection. It also serves
//! the built app, so one address serves both.
pub mod auth;
pub mod catalogue;
pub mod clock;
pub mod csv;
pub mod data;
pub mod error;
pub mod faults;
pub mod language;
pub mod mail;
pub mod progress;
pub mod routes;
pub mod store;
pub mod tokens;
pub mod webhooks;
pub mod words;

use std::path::PathBuf;
use std::sync::Arc;

use axum::http::{header, HeaderName, HeaderValue, Method};
use axum::routing::{get, post};
use axum::Router;
use tower::ServiceBuilder;
use tower_http::compression::CompressionLayer;
use tower_http::cors::CorsLayer;
use tower_http::services::{ServeDir, ServeFile};
use tower_http::set_header::SetResponseHeaderLayer;

use crate::faults::FaultRules;
use crate::store::Store;

#[derive(Clone)]
pub struct AppState {
    pub store: Arc<Store>,
    pub faults: Arc<FaultRules>,
    /// API requests by path, for tests that count them (`GET /__dev/requests`).
    pub requests: Arc<faults::RequestCount>,
    /// Added to every API response.
    pub latency_ms: u64,
    /// Test sends and real deliveries to webhook receivers, and their log.
    pub webhooks: Arc<webhooks::Webhooks>,
}

impl AppState {
    pub fn new(store: Store, latency_ms: u64) -> Self {
        AppState {
            store: Arc::new(store),
            faults: Arc::default(),
            requests: Arc::default(),
            latency_ms,
            webhooks: Arc::default(),
        }
    }
}

// The fault controls take only the part of the state they need.
impl axum::extract::FromRef<AppState> for Arc<FaultRules> {
    fn from_ref(state: &AppState) -> Self {
        state.faults.clone()
    }
}

impl axum::extract::FromRef<AppState> for Arc<faults::RequestCount> {
    fn from_ref(state: &AppState) -> Self {
        state.requests.clone()
    }
}

pub fn api() -> Router<AppState> {
    use routes::*;
    Router::new()
        .route("/session", get(session::get))
        .route("/customers", get(customers::list))
        .route("/views", get(views::list).post(views::create))
        .route("/views/{id}", axum::routing::patch(views::rename).delete(views::delete))
        .route("/orders", get(orders::list))
        .route("/orders/export", get(orders::export))
        .route("/orders/{id}", get(orders::get))
        .route("/orders/{id}/notes", get(orders::notes).post(orders::add_note))
        .route("/subscriptions", get(subscriptions::list))
        .route("/subscriptions/{id}", get(subscriptions::get))
        .route("/subscriptions/{id}/actions", post(subscriptions::act))
        .route("/notification-settings", get(notifications::get))
        .route("/notification-settings/reset", post(notifications::reset))
        .route("/notification-settings/{key}", axum::routing::patch(notifications::update))
        .route("/notification-settings/{key}/preview", get(notifications::preview))
        .route("/notification-settings/{key}/webhook/test", post(notifications::test_webhook))
        .route("/notification-settings/{key}/webhook/deliveries", get(notifications::deliveries))
        .route("/notification-settings/{key}/webhook/payload", get(notifications::payload))
}

/// The whole server: the API under `/api/v1`, the fault controls under `/__dev`, and the
/// built app (`dist`) for every other path, with `index.html` for the app's own routes.
/// Files named `…-<16 hex digits>.…` (the wasm, its glue, the words) never change:
/// browsers keep them.
async fn keep_hashed_files(uri: axum::http::Uri, mut response: axum::response::Response) -> axum::response::Response {
    let name = uri.path().rsplit('/').next().unwrap_or_default();
    let hashed = name.match_indices('-').any(|(at, _)| {
        let rest = &name.as_bytes()[at + 1..];
        rest.len() > 16 && rest[..16].iter().all(u8::is_ascii_hexdigit) && matches!(rest[16], b'.' | b'_')
    });
    if hashed && response.status().is_success() {
        let forever = HeaderValue::from_static("public, max-age=31536000, immutable");
        response.headers_mut().insert(header::CACHE_CONTROL, forever);
    }
    response
}

pub fn app(state: AppState, dist: Option<PathBuf>) -> Router {
    // Partner portals embed the app on their own origin and call this API from there.
    let cors = CorsLayer::new()
        .allow_origin(tower_http::cors::Any)
        .allow_methods([Method::GET, Method::POST, Method::PATCH, Method::DELETE])
        .allow_headers([
            header::AUTHORIZATION,
            header::CONTENT_TYPE,
            HeaderName::from_static("x-on-behalf-of"),
            HeaderName::from_static("idempotency-key"),
            HeaderName::from_static("x-fault"),
            header::IF_NONE_MATCH,
        ])
        .expose_headers([header::ETAG, header::RETRY_AFTER, header::CONTENT_DISPOSITION]);
    let mut router = Router::new()
        .nest("/api/v1", api())
        .route("/__dev/faults", post(faults::add_rule).delete(faults::clear_rules))
        .route("/__dev/requests", get(faults::request_counts))
        .route("/__dev/orders/{id}/progress", post(routes::progress::advance_now))
        .route("/__dev/tokens/expire", post(auth::expire))
        .route("/__dev/tokens/renew", post(auth::renew));
    if let Some(dist) = dist {
        // The files a host page names keep stable names, so browsers must revalidate them;
        // the wasm and its glue are content-hashed (scripts/build-app.sh) and kept for good.
        let revalidate =
            SetResponseHeaderLayer::if_not_present(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
        // A stand-in partner portal that embeds the app under /partner/console.
        let portal = ServeFile::new(dist.join("partner-portal.html"));
        // The build writes a brotli copy of each file next to it (scripts/build-app.sh), as a
        // CDN would serve them: compressing the wasm again on every request costs a first
        // visit more than the download itself.
        let app = ServeDir::new(&dist).precompressed_br().fallback(ServeFile::new(dist.join("index.html")));
        router = router
            .nest_service("/partner", ServiceBuilder::new().layer(revalidate.clone()).service(portal))
            .fallback_service(ServiceBuilder::new().layer(revalidate).service(app))
            .layer(axum::middleware::map_response(keep_hashed_files));
    }
    // Faults reach the app's own files too, so this wraps the file service as well.
    router
        .layer(axum::middleware::from_fn_with_state(
            faults::FaultLayer {
                rules: state.faults.clone(),
                requests: state.requests.clone(),
                latency_ms: state.latency_ms,
            },
            faults::inject,
        ))
        .layer(cors)
        .layer(CompressionLayer::new())
        .with_state(state)
}
