//! The order side panel, opened from a row of the orders list.
use crate::Page;

pub const PANEL: &str = "[data-testid=order-panel]";
pub const TITLE: &str = "#oc-panel-title";
pub const CLOSE: &str = "[data-testid=order-panel-close]";
pub const HISTORY: &str = "[data-testid=order-panel] [data-testid=status-history]";
pub const NOTES: &str = "[data-testid=order-notes]";
pub const NOTE: &str = "[data-testid=order-note]";
pub const NOTE_INPUT: &str = "[data-testid=order-note-input]";
pub const ADD_NOTE: &str = "[data-testid=add-note]";
pub const NOTE_ERROR: &str = "[data-testid=note-error]";
pub const UNAVAILABLE: &str = "[data-testid=order-unavailable]";

pub struct Panel<'a>(pub &'a Page);

impl Panel<'_> {
    /// Waits until the panel shows its order in full (the status history is there).
    pub async fn wait_loaded(&self) {
        self.0.wait_for(HISTORY).await;
    }

    pub async fn wait_closed(&self) {
        self.0.wait(&format!("document.querySelector({PANEL:?}) === null"), "the panel closed").await;
    }

    pub async fn is_open(&self) -> bool {
        self.0.count(PANEL).await == 1
    }

    /// The notes' texts, oldest first.
    pub async fn notes(&self) -> Vec<String> {
        self.0.texts(&format!("{NOTE} .oc-note-text")).await
    }

    /// Waits until a note with `text` is listed.
    pub async fn wait_for_note(&self, text: &str) {
        self.0
            .wait(
                &format!(
                    "[...document.querySelectorAll({:?})].some(n => n.innerText === {text:?})",
                    format!("{NOTE} .oc-note-text")
                ),
                "the note in the list",
            )
            .await;
    }
}
