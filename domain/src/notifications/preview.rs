//! The e-mail an event sends, as `GET /notification-settings/{key}/preview` returns it:
//! the platform's own template filled with sample data, in plain text blocks. The app
//! renders them as text, never as HTML, and carries none of the templates' words.
use serde::{Deserialize, Serialize};

/// One part of the e-mail; `part` names it for tests and screen readers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Block {
    pub part: String,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EmailPreview {
    pub subject: String,
    pub blocks: Vec<Block>,
}
