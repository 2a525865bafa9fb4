//! Saved views on the orders list: the button, the list of views, and its forms.
use crate::Page;

pub const TOGGLE: &str = "[data-testid=saved-views-toggle]";
pub const PANEL: &str = "[data-testid=saved-views]";
pub const VIEWS: &str = "[data-testid=saved-views] [data-testid=saved-view]";
pub const NAME: &str = "[data-testid=saved-view-name]";
pub const SAVE: &str = "[data-testid=saved-view-save]";
pub const STATUS: &str = "[data-testid=saved-views-status]";
pub const ERROR: &str = "[data-testid=saved-view-error]";

/// A part of the row of the view named `name`, by its `data-testid`.
fn in_row(name: &str, part: &str) -> String {
    format!(
        "[...document.querySelectorAll({VIEWS:?})].find(r => r.querySelector('[data-testid=saved-view-open]')?.innerText === {name:?})?.querySelector('[data-testid={part}]')"
    )
}

pub struct SavedViews<'a>(pub &'a Page);

impl SavedViews<'_> {
    /// Opens the saved views (if closed) and waits for their list to load.
    pub async fn open(&self) {
        if self.0.attr(TOGGLE, "aria-expanded").await.as_deref() != Some("true") {
            self.0.click(TOGGLE).await;
        }
        self.0.wait(&format!("document.querySelector('{PANEL} .oc-view-list li') !== null"), "the saved views").await;
    }

    /// The names listed, top to bottom.
    pub async fn names(&self) -> Vec<String> {
        self.0.texts(&format!("{VIEWS} [data-testid=saved-view-open]")).await
    }

    /// Saves the list as it is under `name`, and waits for the app to say so.
    pub async fn save_as(&self, name: &str) {
        self.0.type_into(NAME, name).await;
        self.0.click(SAVE).await;
        self.0
            .wait(&format!("document.querySelector({STATUS:?}).innerText.includes({name:?})"), "the view saved")
            .await;
    }

    /// Tries to save under a name already in use: the form says so and nothing is sent.
    pub async fn save_as_refused(&self, name: &str) {
        self.0.js(&format!("const i = document.querySelector({NAME:?}); i.value = ''; i.dispatchEvent(new Event('input', {{ bubbles: true }}));")).await;
        self.0.type_into(NAME, name).await;
        self.0.click(SAVE).await;
        self.0
            .wait(
                &format!("document.querySelector({ERROR:?}).innerText.includes('already have a view')"),
                "the name refused",
            )
            .await;
        self.0.js(&format!("const i = document.querySelector({NAME:?}); i.value = ''; i.dispatchEvent(new Event('input', {{ bubbles: true }}));")).await;
    }

    /// Follows the view named `name`.
    pub async fn open_view(&self, name: &str) {
        self.click_in_row(name, "saved-view-open").await;
    }

    /// Clicks a part of the row of the view named `name`.
    pub async fn click_in_row(&self, name: &str, part: &str) {
        let clicked = self
            .0
            .js(&format!("const e = {}; if (!e) return false; e.click(); return true;", in_row(name, part)))
            .await;
        assert_eq!(clicked, true, "the view {name:?} has its {part}");
    }
}
