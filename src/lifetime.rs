//! Ties timers and late futures to the component that starts them.
//!
//! A signal read after its component is gone panics ("Tried to access a reactive value
//! that has already been disposed") and traps the whole wasm module. Timers and futures
//! outlive components easily: a request answered after its panel closed, the 5 s
//! slow-server notice, the 4 s highlight of a changed row. So every one of them goes
//! through a [`Lifetime`]: created with the component, it ends when the component's
//! owner is cleaned up, and then a pending timer never fires and a pending future is
//! dropped at its next wake-up, before it can touch a signal.
//!
//! A `Lifetime` works from anywhere once created (event handlers, interval callbacks,
//! other futures), where `on_cleanup` alone would have no owner to attach to.
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use leptos::prelude::*;

/// A value owned by the component: it is disposed together with the component's signals,
/// and asking whether it is disposed never panics.
#[derive(Clone, Copy)]
pub struct Lifetime {
    // A `bool` only because the app already stores some (one copy of the arena code).
    token: StoredValue<bool>,
}

impl Lifetime {
    /// The lifetime of the current owner (the component or effect being built).
    pub fn new() -> Self {
        Lifetime { token: StoredValue::new(true) }
    }

    pub fn is_alive(self) -> bool {
        !self.token.is_disposed()
    }

    /// Runs `f` after `delay`, unless the owner has ended by then.
    pub fn after(self, delay: Duration, f: impl FnOnce() + 'static) {
        self.after_boxed(delay, Box::new(f));
    }

    /// Not generic, so every caller shares one copy.
    fn after_boxed(self, delay: Duration, f: Box<dyn FnOnce()>) {
        set_timeout(
            move || {
                if self.is_alive() {
                    f();
                }
            },
            delay,
        );
    }

    /// Runs `task` to its end, or until the owner ends: then it is dropped the next time it
    /// wakes, without running further.
    pub fn spawn(self, task: impl Future<Output = ()> + 'static) {
        // Boxed as a trait object, so one `poll` serves every task.
        leptos::task::spawn_local(WhileAlive { lifetime: self, task: Box::pin(task) });
    }
}

impl Default for Lifetime {
    fn default() -> Self {
        Self::new()
    }
}

struct WhileAlive {
    lifetime: Lifetime,
    task: Pin<Box<dyn Future<Output = ()>>>,
}

impl Future for WhileAlive {
    type Output = ();

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<()> {
        if !self.lifetime.is_alive() {
            return Poll::Ready(());
        }
        self.task.as_mut().poll(cx)
    }
}
