//! Notification settings: the event catalogue, per-event e-mail and webhook settings,
//! and the validation of recipients and webhook addresses.
mod draft;
mod event;
mod preview;
mod settings;
mod toggle_sync;
mod validation;
mod webhook;

pub use draft::{EventDraft, RecipientList};
pub use event::{Category, EventInfo};
pub use preview::{Block, EmailPreview};
pub use settings::*;
pub use toggle_sync::ToggleSync;
pub use validation::{validate_email_address, validate_email_settings, validate_webhook, FieldError};
pub use webhook::{Delivery, PayloadField, WebhookPayload};
