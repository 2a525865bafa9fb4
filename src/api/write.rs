//! The one way a screen saves something: whether a save is under way, its last error, and
//! `run`, which ignores a second click while one is pending. A save is never cancelled by
//! the app; if its screen closes first, the request still completes, but `done` (which
//! updates that screen) does not run.
use std::future::Future;

use leptos::prelude::*;

use super::ApiError;
use crate::lifetime::Lifetime;

#[derive(Clone, Copy)]
pub struct Write {
    pub pending: RwSignal<bool>,
    pub error: RwSignal<Option<ApiError>>,
    lifetime: Lifetime,
}

impl Default for Write {
    fn default() -> Self {
        Write { pending: RwSignal::new(false), error: RwSignal::new(None), lifetime: Lifetime::new() }
    }
}

impl Write {
    pub fn new() -> Self {
        Self::default()
    }

    /// Sends `request()` unless a save is pending (a double click sends once). `done` gets
    /// the outcome after `pending` and `error` are updated; on failure what the user
    /// entered stays where it is, so they can try again. False when it did not start.
    pub fn run<T: 'static, F: Future<Output = Result<T, ApiError>> + 'static>(
        self,
        request: impl FnOnce() -> F,
        done: impl FnOnce(Result<T, ApiError>) + 'static,
    ) -> bool {
        if self.pending.get_untracked() {
            return false;
        }
        let request = request();
        self.pending.set(true);
        self.error.set(None);
        // Not a task of the lifetime: a save completes (and its request's own follow-up,
        // like clearing a page-level draft, runs) even when its screen is gone; only a
        // living screen gets `done`.
        leptos::task::spawn_local(async move {
            let result = request.await;
            self.error.set(result.as_ref().err().cloned());
            self.pending.set(false);
            if self.lifetime.is_alive() {
                done(result);
            }
        });
        true
    }
}

/// A fresh `Idempotency-Key` for one thing a user submits (a note, a saved view): every
/// retry of that submission sends the same key, so the server stores it once.
pub fn new_idempotency_key() -> String {
    let random = (js_sys::Math::random() * 1e16) as u64;
    format!("{:x}-{:x}", js_sys::Date::now() as u64, random)
}
