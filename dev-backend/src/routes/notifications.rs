use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use domain::notifications::{
    preview_in, validate_email_settings, validate_webhook, DirectoryUser, EmailPreview, EmailSettings, EventInfo,
    EventSetting, EventUpdate, MissingContact, NotificationSettings, Recipient, RecipientDirectory, SampleData,
    WebhookSettings, CONTENT_TYPES,
};

use crate::auth::{caller, Caller};
use crate::error::{ApiError, ApiResult};
use crate::language::{catalogue, preview_words};
use crate::store::{EventOverride, Writes};
use crate::AppState;

/// Customer roles do not see notification settings at all.
fn may_read(caller: &Caller) -> Result<(), ApiError> {
    if caller.role().is_customer_role() || !caller.role().is_known() {
        return Err(ApiError::forbidden("Notification settings are managed by the seller."));
    }
    Ok(())
}

fn may_edit(caller: &Caller) -> Result<(), ApiError> {
    may_read(caller)?;
    if !caller.role().can_edit_notifications() {
        return Err(ApiError::forbidden("Only a seller admin can change notification settings."));
    }
    Ok(())
}

/// The level above the seller: what an event does until the seller changes it.
fn default_setting(info: &EventInfo) -> EventSetting {
    // The articles name the To of two events: the person the event is about. Every other
    // event keeps the organisation's Primary contact.
    let to = match info.key.as_str() {
        "ActionRequired" => Recipient::Involved { party: "customer".into() },
        "OfferProvisionError" => Recipient::Involved { party: "platform_user".into() },
        _ => Recipient::Contact { contact: "Primary".into() },
    };
    let cc = if info.key == "OfferProvisionError" {
        vec![Recipient::Contact { contact: "Seller Primary".into() }]
    } else {
        vec![]
    };
    EventSetting {
        info: info.clone(),
        // Webhook-only events (the catalogue change) send no e-mail by default, and the
        // ActionRequired article tells sellers to turn its e-mail on: it starts off.
        email_enabled: !matches!(info.key.as_str(), "CatalogChanged" | "ActionRequired"),
        webhook_enabled: false,
        email: EmailSettings { to: vec![to], cc, bcc: vec![], inherited: true },
        webhook: WebhookSettings {
            url: String::new(),
            content_type: CONTENT_TYPES[0].into(),
            authorization_hint: None,
            inherited: true,
        },
    }
}

fn hint(secret: &str) -> String {
    let tail: String = secret.chars().rev().take(4).collect::<Vec<_>>().into_iter().rev().collect();
    format!("••••{tail}")
}

fn setting(info: &EventInfo, writes: &Writes) -> EventSetting {
    let mut setting = default_setting(info);
    if let Some(o) = writes.notifications.get(&info.key) {
        setting.email_enabled = o.email_enabled.unwrap_or(setting.email_enabled);
        setting.webhook_enabled = o.webhook_enabled.unwrap_or(setting.webhook_enabled);
        if let Some(email) = &o.email {
            setting.email = email.clone();
        }
        if let Some(webhook) = &o.webhook {
            setting.webhook = webhook.clone();
            setting.webhook.authorization_hint = o.authorization.as_deref().map(hint);
        }
    }
    setting
}

fn settings(state: &AppState, writes: &Writes, headers: &HeaderMap) -> NotificationSettings {
    let events = catalogue(headers).iter().map(|info| setting(info, writes)).collect();
    let customers = state.store.data.customers.len() as u32;
    NotificationSettings {
        events,
        missing_contacts: vec![MissingContact {
            contact: "Primary".into(),
            organizations_without: state.store.data.orgs_without_primary.min(customers),
        }],
        directory: RecipientDirectory {
            contacts: vec!["Primary".into(), "Billing".into(), "Technical".into(), "Seller Primary".into()],
            roles: vec!["Customer admin".into(), "Seller admin".into()],
            users: state
                .store
                .data
                .accounts
                .iter()
                .filter(|a| a.organization.id == state.store.data.seller.id)
                .map(|a| DirectoryUser { id: a.user.id.clone(), name: a.user.name.clone() })
                .collect(),
        },
    }
}

/// `GET /api/v1/notification-settings`
pub async fn get(State(state): State<AppState>, headers: HeaderMap) -> ApiResult<NotificationSettings> {
    let caller = caller(&state.store, &headers)?;
    may_read(&caller)?;
    Ok(Json(state.store.read(|writes| settings(&state, writes, &headers))))
}

fn storage(e: std::io::Error) -> ApiError {
    ApiError::new(StatusCode::INTERNAL_SERVER_ERROR, "storage", format!("The setting could not be saved: {e}"))
}

/// `PATCH /api/v1/notification-settings/{key}` with an `EventUpdate`.
pub async fn update(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(key): Path<String>,
    body: Result<Json<EventUpdate>, axum::extract::rejection::JsonRejection>,
) -> ApiResult<EventSetting> {
    let caller = caller(&state.store, &headers)?;
    may_edit(&caller)?;
    let info = catalogue(&headers)
        .into_iter()
        .find(|e| e.key == key)
        .ok_or_else(|| ApiError::not_found("The notification event"))?;
    let Json(update) = body.map_err(|e| ApiError::validation(e.body_text()))?;
    if let Some(email) = &update.email {
        if let Some(error) = validate_email_settings(email).first() {
            return Err(ApiError::validation(error.message()));
        }
    }
    if let Some(webhook) = &update.webhook {
        if let Some(error) = validate_webhook(webhook).first() {
            return Err(ApiError::validation(error.message()));
        }
    }
    let result = state
        .store
        .write(|writes| {
            let before = setting(&info, writes);
            let o = writes.notifications.entry(key.clone()).or_insert_with(EventOverride::default);
            if update.reset_email {
                o.email = None;
            }
            if update.reset_webhook {
                o.webhook = None;
                o.authorization = None;
            }
            if let Some(email) = update.email.clone() {
                o.email = Some(EmailSettings { inherited: false, ..email });
            }
            if let Some(webhook) = update.webhook.clone() {
                o.webhook = Some(WebhookSettings {
                    url: webhook.url.trim().to_string(),
                    content_type: webhook.content_type,
                    authorization_hint: None,
                    inherited: false,
                });
                match webhook.authorization {
                    Some(header) if header.is_empty() => o.authorization = None,
                    Some(header) => o.authorization = Some(header),
                    None => {}
                }
            }
            if let Some(enabled) = update.email_enabled {
                o.email_enabled = Some(enabled);
            }
            if let Some(enabled) = update.webhook_enabled {
                let url_set = o.webhook.as_ref().map_or(before.webhook.url.clone(), |w| w.url.clone());
                if enabled && url_set.is_empty() {
                    return Err(ApiError::validation(
                        "Set the webhook URL (Edit, Webhook tab) before turning the webhook on.",
                    ));
                }
                o.webhook_enabled = Some(enabled);
            }
            Ok(setting(&info, writes))
        })
        .map_err(storage)?;
    result.map(Json)
}

/// `POST /api/v1/notification-settings/reset`: every toggle back to its default;
/// recipients and webhooks stay as they are.
pub async fn reset(State(state): State<AppState>, headers: HeaderMap) -> ApiResult<NotificationSettings> {
    let caller = caller(&state.store, &headers)?;
    may_edit(&caller)?;
    state
        .store
        .write(|writes| {
            for o in writes.notifications.values_mut() {
                o.email_enabled = None;
                o.webhook_enabled = None;
            }
            Ok::<_, ApiError>(settings(&state, writes, &headers))
        })
        .map_err(storage)?
        .map(Json)
}

/// `GET /api/v1/notification-settings/{key}/preview`: the event's e-mail filled with
/// sample data, signed by the caller's organisation.
pub async fn preview(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(key): Path<String>,
) -> ApiResult<EmailPreview> {
    let caller = caller(&state.store, &headers)?;
    may_read(&caller)?;
    let event =
        catalogue(&headers).into_iter().find(|e| e.key == key).ok_or_else(|| ApiError::not_found("The event"))?;
    let year = super::now()[..4].parse().unwrap_or(2026);
    let words = preview_words(&headers);
    let sample = SampleData {
        error_details: words.sample_error.clone(),
        ..SampleData::new(&caller.account.organization.name, year)
    };
    Ok(Json(preview_in(&event, &sample, &words)))
}
