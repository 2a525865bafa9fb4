//! Data a screen reads from the API, kept in signals: the last good answer, the last
//! error, whether a request is under way, and whether it has been under way for long. A
//! newer request cancels the older one, and an error never throws away data on screen.
use std::cell::{Cell, RefCell};
use std::future::Future;
use std::rc::Rc;

use leptos::prelude::*;
use send_wrapper::SendWrapper;
use web_sys::AbortController;

use super::ApiError;
use crate::lifetime::Lifetime;

pub struct Remote<T: Send + Sync + 'static> {
    pub data: RwSignal<Option<T>>,
    pub error: RwSignal<Option<ApiError>>,
    pub loading: RwSignal<bool>,
    /// The request has had no answer for [`SLOW_AFTER`]: the screen says so (the request
    /// goes on until its own timeout) and offers to ask again.
    pub slow: RwSignal<bool>,
    /// An answer has arrived (and is on screen, even while a newer request is under way).
    /// A flag rather than derived from `data`: a derived signal per answer type cost every
    /// first visit bytes.
    pub answered: RwSignal<bool>,
    retry: Trigger,
}

/// How long a user waits in silence before the screen says the server is slow.
const SLOW_AFTER: std::time::Duration = std::time::Duration::from_secs(5);

impl<T: Send + Sync + 'static> Clone for Remote<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T: Send + Sync + 'static> Copy for Remote<T> {}

impl<T: Send + Sync + 'static> Remote<T> {
    /// Sends the current request again.
    pub fn retry(&self) {
        self.retry.notify();
    }
}

/// Fetches `fetch(key)` whenever `key()` changes (and on [`Remote::retry`]).
pub fn use_remote<K, T, F, Fut>(key: impl Fn() -> K + 'static, fetch: F) -> Remote<T>
where
    K: 'static,
    T: Send + Sync + 'static,
    F: Fn(K, AbortController) -> Fut + 'static,
    Fut: Future<Output = Result<T, ApiError>> + 'static,
{
    let remote = Remote {
        data: RwSignal::new(None),
        error: RwSignal::new(None),
        loading: RwSignal::new(false),
        slow: RwSignal::new(false),
        answered: RwSignal::new(false),
        retry: Trigger::new(),
    };
    let in_flight: Rc<RefCell<Option<AbortController>>> = Rc::default();
    let generation = Rc::new(Cell::new(0u64));
    // An answer (or the slow timer) arriving after the screen closed touches nothing.
    let lifetime = Lifetime::new();
    {
        let in_flight = in_flight.clone();
        Effect::new(move |_| {
            remote.retry.track();
            let key = key();
            if let Some(previous) = in_flight.borrow_mut().take() {
                previous.abort();
            }
            let Ok(abort) = AbortController::new() else {
                return;
            };
            *in_flight.borrow_mut() = Some(abort.clone());
            generation.set(generation.get() + 1);
            let (mine, current) = (generation.get(), generation.clone());
            remote.loading.set(true);
            watch_for_slow(lifetime, remote.loading, remote.slow, current.clone(), mine);
            let request = fetch(key, abort);
            lifetime.spawn(async move {
                let result = request.await;
                if current.get() != mine {
                    return; // a newer request owns the screen
                }
                match result {
                    Ok(value) => {
                        remote.data.set(Some(value));
                        remote.answered.set(true);
                        remote.error.set(None);
                    }
                    Err(ApiError::Aborted) => {}
                    Err(error) => remote.error.set(Some(error)),
                }
                remote.loading.set(false);
                remote.slow.set(false);
            });
        });
    }
    let in_flight = SendWrapper::new(in_flight);
    on_cleanup(move || {
        if let Some(abort) = in_flight.take().borrow_mut().take() {
            abort.abort();
        }
    });
    remote
}

/// Marks the request numbered `mine` slow if it is still the current one and unanswered
/// after [`SLOW_AFTER`]. Not generic, so every screen shares one copy.
fn watch_for_slow(
    lifetime: Lifetime,
    loading: RwSignal<bool>,
    slow: RwSignal<bool>,
    current: Rc<Cell<u64>>,
    mine: u64,
) {
    slow.set(false);
    lifetime.after(SLOW_AFTER, move || {
        if current.get() == mine && loading.get_untracked() {
            slow.set(true);
        }
    });
}
