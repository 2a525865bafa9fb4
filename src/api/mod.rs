//! The one API client layer: every request the app makes goes through [`ApiClient`],
//! which adds authentication and customer view, enforces a timeout, supports
//! cancellation, and turns every failure into an [`ApiError`] a user can read. Reads go
//! through [`use_remote`], writes through [`Write`]; [`early`] holds the answers the boot
//! script requested before their screen existed.
mod answer;
mod client;
pub mod download;
pub mod early;
mod error;
mod json;
mod remote;
mod write;

pub mod customers;
pub mod notifications;
pub mod orders;
pub mod session;
pub mod subscriptions;
pub mod views;

pub use client::ApiClient;
pub use error::ApiError;
pub use remote::{use_remote, Remote};
pub use write::{new_idempotency_key, Write};
