use leptos::ev::{Event, KeyboardEvent};
use leptos::html;
use leptos::prelude::*;

use super::keep_tab_inside;

/// What makes a native `<dialog>` one of the app's modals, for every dialog to use the
/// same way: shown (`showModal`, so the page behind is inert and focus moves in) while
/// `open` is true and closed when it turns false; Tab stays inside; Escape does not close
/// it by itself but asks `on_dismiss`, so the owner decides (close, or first ask whether
/// to discard what was typed).
///
/// ```ignore
/// let modal = Modal::new(move || open.get(), Callback::new(move |_| open.set(false)));
/// view! { <dialog node_ref=modal.node on:cancel=modal.on_cancel() on:keydown=modal.on_keydown()>…</dialog> }
/// ```
/// (A hook rather than a component: a wrapping component cost every first visit about
/// 0.6 KB for the same behaviour.)
#[derive(Clone, Copy)]
pub struct Modal {
    pub node: NodeRef<html::Dialog>,
    on_dismiss: Callback<()>,
}

impl Modal {
    /// `open` is read in an effect: a closure over the owner's signal (a `Signal` here
    /// would add its own generic code to every first visit).
    pub fn new(open: impl Fn() -> bool + 'static, on_dismiss: Callback<()>) -> Self {
        let node = NodeRef::<html::Dialog>::new();
        Effect::new(move |_| {
            let Some(element) = node.get() else { return };
            match (open(), element.open()) {
                (true, false) => {
                    let _ = element.show_modal();
                }
                (false, true) => element.close(),
                _ => {}
            }
        });
        Modal { node, on_dismiss }
    }

    /// The dialog's `cancel` handler (Escape).
    pub fn on_cancel(self) -> impl Fn(Event) + Copy + 'static {
        move |ev| {
            ev.prevent_default();
            self.on_dismiss.run(());
        }
    }

    /// The dialog's `keydown` handler: Tab and Shift+Tab stay inside.
    pub fn on_keydown(self) -> impl Fn(KeyboardEvent) + Copy + 'static {
        move |ev| {
            if let Some(element) = self.node.get_untracked() {
                keep_tab_inside(&ev, &element);
            }
        }
    }
}
