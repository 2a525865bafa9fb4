//! The orders list's CSV export: its button, its status line and the saved file.
use crate::Page;

pub const BUTTON: &str = "[data-testid=orders-export]";
pub const CANCEL: &str = "[data-testid=orders-export-cancel]";
pub const STATUS: &str = "[data-testid=orders-export-status]";

pub struct Export<'a>(pub &'a Page);

impl Export<'_> {
    /// The status line's state: `idle`, `running`, `stalled`, `done`, `failed`, `cancelled`.
    pub async fn state(&self) -> String {
        self.0.attr(STATUS, "data-state").await.unwrap_or_default()
    }

    /// Waits for the status line to reach `state`, and returns its words.
    pub async fn wait_for(&self, state: &str) -> String {
        self.0
            .wait(
                &format!("document.querySelector({STATUS:?}).dataset.state === {state:?}"),
                &format!("export {state}"),
            )
            .await;
        self.0.text(STATUS).await
    }
}
