//! Saved views: a list's filters and sort under a name a user chose, stored per user by the
//! platform (`/views`), so they follow the user to another browser. A view is the list's
//! own query string (`OrdersQuery::to_query_string`), so opening one is opening a link.
use serde::{Deserialize, Serialize};

/// The longest name, in characters.
pub const VIEW_NAME_MAX_CHARS: usize = 60;

/// `GET /api/v1/views?list=orders` → `[SavedView]`, oldest first.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedView {
    pub id: String,
    /// Which list it belongs to: `orders`.
    pub list: String,
    pub name: String,
    /// The list's query string without page and open item, e.g. `view=historical&status=completed`.
    pub query: String,
}

/// `POST /api/v1/views`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct NewView {
    pub list: String,
    pub name: String,
    pub query: String,
}

/// `PATCH /api/v1/views/{id}`: a new name.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RenameView {
    pub name: String,
}

/// Why a name cannot be a view's: the app words it in the user's language, the platform
/// in its answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ViewNameError {
    Empty,
    TooLong,
}

/// The name as it is stored: trimmed, 1 to 60 characters.
pub fn validate_view_name(name: &str) -> Result<String, ViewNameError> {
    let name = name.trim();
    match name.chars().count() {
        0 => Err(ViewNameError::Empty),
        n if n > VIEW_NAME_MAX_CHARS => Err(ViewNameError::TooLong),
        _ => Ok(name.to_string()),
    }
}

/// Whether two names are the same to a person (case and outer spaces aside): a user's
/// views of one list have different names.
pub fn same_name(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_and_bounded() {
        assert_eq!(validate_view_name("  Failed this quarter "), Ok("Failed this quarter".to_string()));
        assert_eq!(validate_view_name("   "), Err(ViewNameError::Empty));
        assert_eq!(validate_view_name(&"é".repeat(60)).map(|n| n.chars().count()), Ok(60));
        assert_eq!(validate_view_name(&"é".repeat(61)), Err(ViewNameError::TooLong));
        assert!(same_name("Failed ", "failed"));
        assert!(!same_name("Failed", "Failed 2"));
    }
}
