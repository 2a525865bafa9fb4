//! The orders list's filters: the "Filters" button and what it opens (a box per status,
//! the date range and its presets), and the chips of the filters in force.
use crate::Page;

pub const TOGGLE: &str = "[data-testid=orders-filters-toggle]";
pub const STATUS: &str = "[data-testid=orders-filter-status]";
pub const FROM: &str = "[data-testid=orders-filter-from]";
pub const TO: &str = "[data-testid=orders-filter-to]";
pub const VENDOR: &str = "[data-testid=orders-filter-vendor]";
pub const CHIP: &str = "[data-testid=filter-chip]";
pub const CLEAR: &str = "[data-testid=filters-clear]";

/// The box of status `key`.
pub fn status_box(key: &str) -> String {
    format!("{STATUS} input[type=checkbox][value={key}]")
}

pub struct Filters<'a>(pub &'a Page);

impl Filters<'_> {
    /// Opens the filters (if closed) and waits for the status boxes.
    pub async fn open(&self) {
        if self.0.attr(TOGGLE, "aria-expanded").await.as_deref() != Some("true") {
            self.0.click(TOGGLE).await;
        }
        self.0.wait_for(&format!("{STATUS} input[type=checkbox]")).await;
    }

    /// (status key, label with its count, checked) of every box.
    pub async fn boxes(&self) -> Vec<(String, String, bool)> {
        let boxes = self
            .0
            .js(&format!(
                "return [...document.querySelectorAll('{STATUS} input[type=checkbox]')]
                   .map(b => [b.value, b.closest('label').innerText.trim(), b.checked])"
            ))
            .await;
        serde_json::from_value(boxes).unwrap()
    }

    /// Ticks or unticks status `key`'s box and waits for the address to say so.
    pub async fn toggle_status(&self, key: &str) {
        let before = self.0.url().await;
        self.0.click(&status_box(key)).await;
        self.wait_for_new_address(&before).await;
    }

    /// Sets a date field (`FROM` or `TO`) as a date picker does: its value, then `change`.
    pub async fn set_date(&self, field: &str, day: &str) {
        let before = self.0.url().await;
        self.0
            .js(&format!(
                "const input = document.querySelector({field:?}); input.value = {day:?};
                 input.dispatchEvent(new Event('change', {{ bubbles: true }}));"
            ))
            .await;
        self.wait_for_new_address(&before).await;
    }

    /// Chooses `vendor` in the vendor list, as a person picks an option.
    pub async fn choose_vendor(&self, vendor: &str) {
        let before = self.0.url().await;
        let option = self.0.client.find(fantoccini::Locator::Css(VENDOR)).await.unwrap();
        option.select_by_value(vendor).await.unwrap();
        self.wait_for_new_address(&before).await;
    }

    /// The vendor list's options, as shown (with counts).
    pub async fn vendor_options(&self) -> Vec<String> {
        self.0.texts(&format!("{VENDOR} option")).await
    }

    /// What each chip says, in order.
    pub async fn chips(&self) -> Vec<String> {
        self.0.texts(&format!("{CHIP} span")).await
    }

    /// Removes the chip that says `text`, by its button.
    pub async fn remove_chip(&self, text: &str) {
        let before = self.0.url().await;
        let clicked = self
            .0
            .js(&format!(
                "const chip = [...document.querySelectorAll({CHIP:?})].find(c => c.querySelector('span').innerText === {text:?});
                 if (!chip) return false; chip.querySelector('button').click(); return true;"
            ))
            .await;
        assert_eq!(clicked, true, "a chip says {text:?}");
        self.wait_for_new_address(&before).await;
    }

    async fn wait_for_new_address(&self, before: &str) {
        self.0.wait(&format!("location.href !== {before:?}"), "the address to follow the filter").await;
    }
}
