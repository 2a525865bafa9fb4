//! Notification settings requests.
use std::future::Future;

use domain::notifications::{EventSetting, EventUpdate, NotificationSettings};
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
