//! Notification settings requests.
use std::future::Future;

use domain::notifications::{EmailPreview, EventSetting, EventUpdate, NotificationSettings};
use domain::query::encode_component;
use web_sys::AbortController;

use super::{ApiClient, ApiError};

impl ApiClient {
    pub fn notification_settings(
        &self,
        abort: &AbortController,
    ) -> impl Future<Output = Result<NotificationSettings, ApiError>> {
        self.get("/notification-settings", abort)
    }

    /// The event's e-mail filled with sample data (the platform's template).
    pub fn notification_preview(
        &self,
        key: &str,
        abort: &AbortController,
    ) -> impl Future<Output = Result<EmailPreview, ApiError>> {
        self.get(&format!("/notification-settings/{}/preview", encode_component(key)), abort)
    }

    pub fn update_notification(
        &self,
        key: &str,
        update: &EventUpdate,
    ) -> impl Future<Output = Result<EventSetting, ApiError>> {
        let path = format!("/notification-settings/{}", encode_component(key));
        self.write("PATCH", &path, Some(update), &[])
    }

    pub fn reset_notification_toggles(&self) -> impl Future<Output = Result<NotificationSettings, ApiError>> {
        self.write("POST", "/notification-settings/reset", None::<&()>, &[])
    }
}
