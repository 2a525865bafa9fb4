//! The API's one error shape, as an axum response.
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use domain::api::ErrorBody;
use domain::notifications::FieldError;
use domain::orders::{NoteError, NOTE_MAX_CHARS};
use domain::views::{ViewNameError, VIEW_NAME_MAX_CHARS};

#[derive(Debug)]
pub struct ApiError {
    pub status: StatusCode,
    pub body: ErrorBody,
}

impl ApiError {
    pub fn new(status: StatusCode, code: &str, message: impl Into<String>) -> Self {
        ApiError { status, body: ErrorBody::new(code, message) }
    }
    pub fn unauthorized() -> Self {
        Self::new(
            StatusCode::UNAUTHORIZED,
            "unauthorized",
            "Your session has expired or the access token is invalid. Sign in again.",
        )
    }
    pub fn forbidden(message: impl Into<String>) -> Self {
        Self::new(StatusCode::FORBIDDEN, "forbidden", message)
    }
    pub fn not_found(what: &str) -> Self {
        Self::new(StatusCode::NOT_FOUND, "not_found", format!("{what} was not found, or you may not see it."))
    }
    pub fn validation(message: impl Into<String>) -> Self {
        Self::new(StatusCode::UNPROCESSABLE_ENTITY, "validation", message)
    }
    pub fn conflict(message: impl Into<String>) -> Self {
        Self::new(StatusCode::CONFLICT, "conflict", message)
    }

    /// A recipient or webhook field the domain's rules refuse, in the platform's words (the
    /// app words the same rule from `FieldError::code` in the user's language).
    pub fn refused_field(error: &FieldError) -> Self {
        let message: String = match error.code {
            "email_required" => "Enter an e-mail address.".into(),
            "email_invalid" => format!("“{}” is not a valid e-mail address.", error.value),
            "to_required" => "Add at least one recipient in To.".into(),
            "url_required" => "Enter the webhook URL.".into(),
            "url_scheme" => "The URL must start with https://.".into(),
            "url_insecure" => "The URL must start with https://: a webhook carries your data and its \
                               Authorization header, which plain http:// would send unencrypted."
                .into(),
            "url_host" => "The URL needs a host name, without spaces.".into(),
            "authorization_lines" => "The Authorization header must be a single line.".into(),
            _ => "Choose a content type.".into(),
        };
        Self::validation(message)
    }

    /// A note the domain's rules refuse, in the platform's words.
    pub fn refused_note(error: &NoteError) -> Self {
        Self::validation(match error {
            NoteError::Empty => "Write a note before adding it.".to_string(),
            NoteError::TooLong { chars } => {
                format!("A note can have at most {NOTE_MAX_CHARS} characters; this one has {chars}.")
            }
        })
    }

    /// A view name the domain's rules refuse, in the platform's words.
    pub fn refused_view_name(error: ViewNameError) -> Self {
        Self::validation(match error {
            ViewNameError::Empty => "A view needs a name.".to_string(),
            ViewNameError::TooLong => format!("A view's name has at most {VIEW_NAME_MAX_CHARS} characters."),
        })
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        (self.status, Json(self.body)).into_response()
    }
}

pub type ApiResult<T> = Result<Json<T>, ApiError>;
