//! Notification settings (`/settings/notifications`), the edit dialog and the preview.
use crate::Page;

pub const PATH: &str = "/settings/notifications";
pub const EDIT_DIALOG: &str = "[data-testid=edit-dialog]";
pub const PREVIEW: &str = "[data-testid=email-preview]";
pub const PREVIEW_CLOSE: &str = "[data-testid=preview-close]";
pub const TAB_EMAIL: &str = "[data-testid=edit-tab-email]";
pub const TAB_WEBHOOK: &str = "[data-testid=edit-tab-webhook]";

/// The e-mail switch of event `key`.
pub fn email_switch(key: &str) -> String {
    format!("[data-testid=notification-toggle-{key}]")
}

/// The webhook switch of event `key`.
pub fn webhook_switch(key: &str) -> String {
    format!("[data-testid=notification-webhook-toggle-{key}]")
}

/// The catalogue row of event `key`.
pub fn event_row(key: &str) -> String {
    format!("tr[data-event-key='{key}']")
}

pub struct Notifications<'a>(pub &'a Page);

impl Notifications<'_> {
    /// Waits until the catalogue's switches are there.
    pub async fn ready(&self) {
        self.0.wait_for("[data-testid^=notification-toggle-]").await;
    }

    /// Whether event `key`'s e-mail switch shows on.
    pub async fn email_on(&self, key: &str) -> bool {
        self.0.attr(&email_switch(key), "aria-checked").await.as_deref() == Some("true")
    }

    /// Waits until event `key`'s e-mail switch is not saving.
    pub async fn idle(&self, key: &str) {
        self.0
            .wait(
                &format!("document.querySelector({:?}).getAttribute('aria-busy') === 'false'", email_switch(key)),
                "the save to finish",
            )
            .await;
    }
}
