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
pub const STATUS_MEANING: &str = "[data-testid=order-panel] [data-testid=status-meaning]";
pub const ORDER_TOTAL: &str = "[data-testid=order-panel] [data-testid=order-total]";
pub const ACTION_LINK: &str = "[data-testid=order-panel] [data-testid=action-link]";

/// One line of the order as the panel shows its money.
#[derive(Debug)]
pub struct ItemMoney {
    pub per_license: String,
    pub change: String,
    /// Empty when the order cannot take effect.
    pub cost_after: String,
}

/// The button to where a required action is done.
#[derive(Debug)]
pub struct ActionLink {
    pub href: String,
    pub text: String,
    pub target: String,
    pub rel: String,
}

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

    /// What the order's status means, under its badge.
    pub async fn status_meaning(&self) -> String {
        self.0.text(STATUS_MEANING).await
    }

    /// The money of item `id` (its `data-item-id`).
    pub async fn item(&self, id: &str) -> ItemMoney {
        let section = format!("{PANEL} [data-item-id='{id}']");
        let text = |testid: &str| format!("{section} [data-testid={testid}]");
        let cost_after = if self.0.count(&text("item-cost-after")).await == 1 {
            self.0.text(&text("item-cost-after")).await
        } else {
            String::new()
        };
        ItemMoney {
            per_license: self.0.text(&text("item-per-license")).await,
            change: self.0.text(&text("item-change-amount")).await,
            cost_after,
        }
    }

    pub async fn action_link(&self) -> Option<ActionLink> {
        if self.0.count(ACTION_LINK).await == 0 {
            return None;
        }
        let attr = |name: &'static str| async move { self.0.attr(ACTION_LINK, name).await.unwrap_or_default() };
        Some(ActionLink {
            href: attr("href").await,
            text: self.0.text(ACTION_LINK).await,
            target: attr("target").await,
            rel: attr("rel").await,
        })
    }
}
