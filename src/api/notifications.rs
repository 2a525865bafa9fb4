//! Notification settings requests.
use std::future::Future;

use domain::notifications::{Delivery, EmailPreview, EventSetting, EventUpdate, NotificationSettings, WebhookPayload};
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

    /// POSTs the event's sample body to its stored webhook URL; the outcome is the
    /// receiver's answer (or why none came).
    pub fn test_webhook(&self, key: &str) -> impl Future<Output = Result<Delivery, ApiError>> {
        let path = format!("/notification-settings/{}/webhook/test", encode_component(key));
        self.write("POST", &path, None::<&()>, &[])
    }

    /// The event's last webhook deliveries, newest first.
    pub fn webhook_deliveries(
        &self,
        key: &str,
        abort: &AbortController,
    ) -> impl Future<Output = Result<Vec<Delivery>, ApiError>> {
        self.get(&format!("/notification-settings/{}/webhook/deliveries", encode_component(key)), abort)
    }

    /// The body the event's webhook receives, with each field described.
    pub fn webhook_payload(
        &self,
        key: &str,
        abort: &AbortController,
    ) -> impl Future<Output = Result<WebhookPayload, ApiError>> {
        self.get(&format!("/notification-settings/{}/webhook/payload", encode_component(key)), abort)
    }

    pub fn reset_notification_toggles(&self) -> impl Future<Output = Result<NotificationSettings, ApiError>> {
        self.write("POST", "/notification-settings/reset", None::<&()>, &[])
    }
}
