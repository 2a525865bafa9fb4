use std::cell::RefCell;
use std::rc::Rc;

use leptos::html;
use leptos::prelude::*;
use send_wrapper::SendWrapper;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Event, HtmlDialogElement, HtmlElement, KeyboardEvent};

use super::keep_tab_inside;

/// What makes a native `<dialog>` one of the app's modals, for every dialog to use the
/// same way: shown (`showModal`, so the page behind is inert and focus moves in) while
/// `open` is true and closed when it turns false; Tab stays inside; Escape does not close
/// it by itself but asks `on_dismiss`, so the owner decides (close, or first ask whether
/// to discard what was typed).
///
/// ```ignore
/// let modal = Modal::new(move || open.get(), Callback::new(move |_| open.set(false)));
/// view! { <dialog node_ref=modal.node …>…</dialog> }
/// ```
/// A hook rather than a component, and its listeners attached here rather than as `on:`
/// attributes in each dialog's view: both cost every first visit bytes for the same
/// behaviour (a wrapping component about 0.6 KB).
/// An event's name and its listener.
type Handler = (&'static str, Closure<dyn Fn(Event)>);
/// A dialog's listeners, kept so they can be removed.
type Listeners = (HtmlDialogElement, [Handler; 3]);

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
        let modal = Modal { node: NodeRef::new(), on_dismiss, wanted: RwSignal::new(false) };
        // What had focus when the owner opened the dialog: focus goes back there when it
        // closes, even if the dialog was shown again on the way (see `closed`).
        let opener: Rc<RefCell<Option<HtmlElement>>> = Rc::default();
        // The listeners, removed when the owner goes (not when the effect runs again).
        let attached: Rc<RefCell<Option<Listeners>>> = Rc::default();
        let on_leave = SendWrapper::new(attached.clone());
        on_cleanup(move || {
            if let Some((dialog, handlers)) = on_leave.take().borrow_mut().take() {
                for (name, handler) in &handlers {
                    let _ = dialog.remove_event_listener_with_callback(name, handler.as_ref().unchecked_ref());
                }
            }
        });
        Effect::new(move |listening: Option<bool>| {
            let Some(element) = modal.node.get() else { return false };
            if listening != Some(true) {
                *attached.borrow_mut() = Some(modal.listen(&element));
            }
            let open = open();
            let was_wanted = modal.wanted.get_untracked();
            modal.wanted.set(open);
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
            true
        });
        modal
    }

    /// Escape (`cancel`) asks the owner; `close` is checked (see `closed`); Tab and
    /// Shift+Tab stay inside.
    fn listen(self, dialog: &HtmlDialogElement) -> Listeners {
        let handlers: [Handler; 3] = [
            (
                "cancel",
                Closure::new(move |ev: Event| {
                    // A `cancel` the page may not refuse (not prevented) is followed by
                    // `close`, which shows the dialog again and asks then; asking here
                    // too would open the owner's question under the dialog shown again.
                    ev.prevent_default();
                    if ev.default_prevented() {
                        self.dismiss();
                    }
                }),
            ),
            ("close", Closure::new(move |_: Event| self.closed())),
            (
                "keydown",
                Closure::new(move |ev: Event| {
                    if let (Some(key), Some(element)) =
                        (ev.dyn_ref::<KeyboardEvent>(), self.node.try_get_untracked().flatten())
                    {
                        keep_tab_inside(key, &element);
                    }
                }),
            ),
        ];
        for (name, handler) in &handlers {
            let _ = dialog.add_event_listener_with_callback(name, handler.as_ref().unchecked_ref());
        }
        (dialog.clone(), handlers)
    }

    fn dismiss(self) {
        if self.wanted.try_get_untracked().is_some() {
            self.on_dismiss.run(());
        }
    }

    /// Chrome lets a page refuse an Escape only once per user gesture (its close-watcher
    /// rule); a further Escape closes the dialog without a `cancel` the page can stop,
    /// and the owner would still think it open. Shown again, the owner is asked as for
    /// any Escape, so nothing typed is lost without a question.
    fn closed(self) {
        // Closed because the owner asked, or the owner is gone.
        if !self.wanted.try_get_untracked().unwrap_or(false) {
            return;
        }
        if let Some(element) = self.node.try_get_untracked().flatten() {
            let _ = element.show_modal();
        }
        self.on_dismiss.run(());
    }
}
