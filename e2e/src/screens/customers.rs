//! The customer picker (a seller outside customer view) and the customer-view banner's
//! switch and exit.
use crate::Page;

pub const PICKER: &str = "[data-testid=customer-picker]";
pub const SEARCH: &str = "[data-testid=customer-search]";
pub const OPTIONS: &str = "[data-testid=customer-picker] [data-testid=customer-option]";
pub const BANNER: &str = "[data-testid=acting-for]";
pub const SWITCH: &str = "[data-testid=switch-customer]";
pub const LEAVE: &str = "[data-testid=leave-customer-view]";

/// The picker's link to customer `id`.
pub fn option(id: &str) -> String {
    format!("{OPTIONS}[data-customer-id='{id}']")
}

pub struct Picker<'a>(pub &'a Page);

impl Picker<'_> {
    /// Waits for the picker to list customers, not loading.
    pub async fn wait_listed(&self) {
        self.0
            .wait(
                &format!(
                    "document.querySelectorAll({OPTIONS:?}).length > 0 && document.querySelector('#oc-customer-list').getAttribute('aria-busy') === 'false'"
                ),
                "customers in the picker",
            )
            .await;
    }

    /// The names listed, top to bottom.
    pub async fn names(&self) -> Vec<String> {
        self.0.texts(OPTIONS).await
    }

    /// Empties the search and types `text`, key by key, then waits until the list shows
    /// exactly `names`.
    pub async fn search(&self, text: &str, names: &[&str]) {
        self.0
            .js(&format!(
                "const input = document.querySelector({SEARCH:?}); input.value = '';
                 input.dispatchEvent(new Event('input', {{ bubbles: true }}));"
            ))
            .await;
        self.0.type_into(SEARCH, text).await;
        let expected = serde_json::to_string(names).unwrap();
        self.0
            .wait(
                &format!("JSON.stringify([...document.querySelectorAll({OPTIONS:?})].map(a => a.innerText.trim())) === {expected:?}"),
                &format!("the picker to list {expected}"),
            )
            .await;
    }
}
