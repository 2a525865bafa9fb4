use std::cell::RefCell;
use std::rc::Rc;

use leptos::ev::{Event, KeyboardEvent};
use leptos::html;
use leptos::prelude::*;

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use super::keep_tab_inside;

/// What makes a native `<dialog>` one of the app's modals, for every dialog to use the
/// same way: shown (`showModal`, so the page behind is inert and focus moves in) while
/// `open` is true and closed when it turns false; Tab stays inside; Escape does not close
/// it by itself but asks `on_dismiss`, so the owner decides (close, or first ask whether
/// to discard what was typed).
///
/// ```ignore
/// let modal = Modal::new(move || open.get(), Callback::new(move |_| open.set(false)));
/// view! { <dialog node_ref=modal.node on:cancel=modal.on_cancel() on:close=modal.on_close() on:keydown=modal.on_keydown()>…</dialog> }
/// ```
/// (A hook rather than a component: a wrapping component cost every first visit about
/// 0.6 KB for the same behaviour.)
#[derive(Clone, Copy)]
pub struct Modal {
    pub node: NodeRef<html::Dialog>,
    on_dismiss: Callback<()>,
    /// Whether the owner wants the dialog open, as the effect last saw it.
    wanted: RwSignal<bool>,
}

impl Modal {
    /// `open` is read in an effect: a closure over the owner's signal (a `Signal` here
    /// would add its own generic code to every first visit).
    pub fn new(open: impl Fn() -> bool + 'static, on_dismiss: Callback<()>) -> Self {
        let node = NodeRef::<html::Dialog>::new();
        let wanted = RwSignal::new(false);
        // What had focus when the owner opened the dialog: focus goes back there when it
        // closes, even if the dialog was shown again on the way (see `on_close`).
        let opener: Rc<RefCell<Option<HtmlElement>>> = Rc::default();
        Effect::new(move |_| {
            let Some(element) = node.get() else { return };
            let open = open();
            let was_wanted = wanted.get_untracked();
            wanted.set(open);
            let focused = || document().active_element().and_then(|e| e.dyn_into::<HtmlElement>().ok());
            match (open, element.open()) {
                (true, false) => {
                    if !was_wanted {
                        *opener.borrow_mut() = focused();
                    }
                    let _ = element.show_modal();
                }
                (false, true) => {
                    element.close();
                    // Closing moved focus back to where it was before the dialog was (last)
                    // shown; if that was nowhere (the page itself), the opener takes it.
                    let now = focused();
                    let lost = now.is_none() || now == document().body();
                    if let (true, Some(opener)) = (lost, opener.borrow_mut().take()) {
                        let _ = opener.focus();
                    }
                }
                _ => {}
            }
        });
        Modal { node, on_dismiss, wanted }
    }

    /// The dialog's `close` handler. Chrome lets a page refuse an Escape only once per
    /// user gesture (its close-watcher rule); a further Escape closes the dialog without a
    /// `cancel` the page can stop, and the owner would still think it open. Shown again,
    /// the owner is asked as for any Escape, so nothing typed is lost without a question.
    pub fn on_close(self) -> impl Fn(Event) + Copy + 'static {
        move |_| {
            // Closed because the owner asked, or the owner is gone (its dialog removed).
            if !self.wanted.try_get_untracked().unwrap_or(false) {
                return;
            }
            if let Some(element) = self.node.try_get_untracked().flatten() {
                let _ = element.show_modal();
            }
            self.on_dismiss.run(());
        }
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
