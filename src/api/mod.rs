//! The one API client layer: every request the app makes goes through [`ApiClient`],
//! which adds authentication and customer view, enforces a timeout, supports
//! cancellation, and turns every failure into an [`ApiError`] a user can read.
mod client;
mod error;
mod remote;

pub mod notifications;
pub mod orders;
pub mod session;
pub mod subscriptions;

pub use client::ApiClient;
pub use error::ApiError;
pub use remote::{use_remote, Remote};
