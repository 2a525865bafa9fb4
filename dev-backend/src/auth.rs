//! Who is calling: the bearer token names an account, and `X-On-Behalf-Of` names the
//! customer organisation a seller acts for. Tokens can expire and be renewed, as a host
//! portal's session does: `POST /__dev/tokens/expire` and `POST /__dev/tokens/renew`, each
//! with `{"token": "…"}`, so the app's answer to an expired session can be shown and tested.
use axum::extract::State;
use axum::http::HeaderMap;
use axum::Json;
use domain::session::{Organization, Session};
use domain::Role;
use serde::{Deserialize, Serialize};

use crate::data::Account;
use crate::error::ApiError;
use crate::store::Store;
use crate::AppState;

#[derive(Serialize, Deserialize)]
pub struct TokenBody {
    pub token: String,
}

/// `POST /__dev/tokens/expire`: every later request with this token is answered 401.
pub async fn expire(State(state): State<AppState>, Json(body): Json<TokenBody>) -> Json<TokenBody> {
    state.store.tokens.expire(body.token.trim());
    Json(body)
}

/// `POST /__dev/tokens/renew`: a new token for the same account as `token` (expired or not).
pub async fn renew(State(state): State<AppState>, Json(body): Json<TokenBody>) -> Json<TokenBody> {
    Json(TokenBody { token: state.store.tokens.renew(body.token.trim()) })
}

pub struct Caller<'a> {
    pub account: &'a Account,
    pub acting_for: Option<Organization>,
}

impl Caller<'_> {
    pub fn role(&self) -> &Role {
        &self.account.role
    }

    /// The customer organisation whose data this request may read.
    pub fn customer_org(&self) -> Option<&Organization> {
        if self.account.role.is_customer_role() {
            Some(&self.account.organization)
        } else {
            self.acting_for.as_ref()
        }
    }

    pub fn session(&self) -> Session {
        Session {
            user: self.account.user.clone(),
            role: self.account.role.clone(),
            organization: self.account.organization.clone(),
            acting_for: self.acting_for.clone(),
        }
    }
}

pub fn caller<'a>(store: &'a Store, headers: &HeaderMap) -> Result<Caller<'a>, ApiError> {
    let token = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .ok_or_else(ApiError::unauthorized)?;
    let token = store.tokens.resolve(token.trim()).ok_or_else(|| {
        ApiError::new(
            axum::http::StatusCode::UNAUTHORIZED,
            "token_expired",
            "The session token has expired. Sign in again.",
        )
    })?;
    let account = store.data.accounts.iter().find(|a| a.token == token).ok_or_else(ApiError::unauthorized)?;
    let on_behalf_of =
        headers.get("x-on-behalf-of").and_then(|v| v.to_str().ok()).map(str::trim).filter(|v| !v.is_empty());
    let acting_for =
        match on_behalf_of {
            None => None,
            Some(id) if account.role.is_customer_role() => {
                if id != account.organization.id {
                    return Err(ApiError::forbidden("Customers can act only for their own organisation."));
                }
                None
            }
            Some(id) => {
                Some(
                    store.data.customers.iter().find(|org| org.id == id).cloned().ok_or_else(|| {
                        ApiError::forbidden(format!("“{id}” is not one of your customer organisations."))
                    })?,
                )
            }
        };
    Ok(Caller { account, acting_for })
}
