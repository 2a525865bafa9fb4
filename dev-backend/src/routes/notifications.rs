use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::Json;
use domain::notifications::{
    validate_email_settings, validate_webhook, Delivery, DirectoryUser, EmailPreview, EmailSettings, EventInfo,
    EventSetting, EventUpdate, MissingContact, NotificationSettings, Recipient, RecipientDirectory, WebhookPayload,
    WebhookSettings, CONTENT_TYPES,
};

use crate::auth::{caller, Caller};
use crate::error::{ApiError, ApiResult};
use crate::language::{catalogue, mail, term};
use crate::store::{EventOverride, Writes};
use crate::webhooks::{payload, Target};
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
    let data = &state.store.data;
    let without: Vec<_> = data.orgs_without_primary.iter().filter_map(|&i| data.customers.get(i).cloned()).collect();
    NotificationSettings {
        events,
        missing_contacts: vec![MissingContact {
            contact: "Primary".into(),
            organizations_without: without.len() as u32,
            organizations: without,
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
    if info.webhook_only && (update.email_enabled == Some(true) || update.email.is_some()) {
        return Err(ApiError::validation(format!("{} is sent as a webhook only: it has no e-mail.", info.title)));
    }
    if let Some(email) = &update.email {
        if let Some(error) = validate_email_settings(email).first() {
            return Err(ApiError::refused_field(error));
        }
    }
    if let Some(webhook) = &update.webhook {
        if let Some(error) = validate_webhook(webhook).first() {
            return Err(ApiError::refused_field(error));
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
    mail(&headers)
        .preview(&event.key, &caller.account.organization.name, year)
        .map(Json)
        .ok_or_else(|| ApiError::not_found("The e-mail of a webhook-only event"))
}

fn event_of(headers: &HeaderMap, key: &str) -> Result<EventInfo, ApiError> {
    catalogue(headers).into_iter().find(|e| e.key == key).ok_or_else(|| ApiError::not_found("The notification event"))
}

/// Where the event's webhook goes as stored, if it has a URL, and whether it is on.
fn stored_target(state: &AppState, info: &EventInfo) -> Option<(Target, bool)> {
    state.store.read(|writes| {
        let setting = setting(info, writes);
        let authorization = writes.notifications.get(&info.key).and_then(|o| o.authorization.clone());
        let target = Target { url: setting.webhook.url, content_type: setting.webhook.content_type, authorization };
        (!target.url.is_empty()).then_some((target, setting.webhook_enabled))
    })
}

/// Sends the event's webhook for something that happened, if the seller turned it on:
/// in the background, so the request that caused it does not wait for the receiver.
pub fn deliver(state: &AppState, key: &str, organization: (&str, &str), data: serde_json::Value) {
    let Some(info) = crate::catalogue::catalogue().into_iter().find(|e| e.key == key) else { return };
    let Some((target, true)) = stored_target(state, &info) else { return };
    let at = super::now();
    let body = payload::body_with(&info, organization, &at, false, data);
    let webhooks = state.webhooks.clone();
    tokio::spawn(async move { webhooks.send(&info.key, &target, &body, at, false).await });
}

/// `POST /api/v1/notification-settings/{key}/webhook/test`: POSTs the event's sample body
/// to the stored URL with the stored header and content type (5 s at most) and answers
/// the outcome, `{"status", "ms", "error"}`. The webhook need not be on.
pub async fn test_webhook(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(key): Path<String>,
) -> ApiResult<Delivery> {
    let caller = caller(&state.store, &headers)?;
    may_edit(&caller)?;
    let info = event_of(&headers, &key)?;
    let (target, _) = stored_target(&state, &info)
        .ok_or_else(|| ApiError::validation("Save a webhook URL (Webhook tab) before sending a test."))?;
    let at = super::now();
    let body = payload::sample(&info, &at);
    Ok(Json(state.webhooks.send(&key, &target, &body, at, true).await))
}

/// `GET /api/v1/notification-settings/{key}/webhook/deliveries`: the last 20, newest first.
pub async fn deliveries(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(key): Path<String>,
) -> ApiResult<Vec<Delivery>> {
    let caller = caller(&state.store, &headers)?;
    may_read(&caller)?;
    event_of(&headers, &key)?;
    Ok(Json(state.webhooks.deliveries(&key)))
}

/// `GET /api/v1/notification-settings/{key}/webhook/payload`: the body the webhook
/// receives, as a sample, with every field described in the caller's language.
pub async fn payload(
    State(state): State<AppState>,
    headers: HeaderMap,
    Path(key): Path<String>,
) -> ApiResult<WebhookPayload> {
    let caller = caller(&state.store, &headers)?;
    may_read(&caller)?;
    let info = event_of(&headers, &key)?;
    Ok(Json(payload::documented(&info, &super::now(), |description| term(&headers, description))))
}
