//! Envelopes shared by every endpoint: pages of results and the one error shape.
use serde::{Deserialize, Serialize};

/// One page of a server-side filtered, sorted and paged list.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Page<T> {
    pub items: Vec<T>,
    /// Matching items across all pages.
    pub total: u64,
    pub page: u32,
    pub page_size: u32,
}

impl<T> Page<T> {
    pub fn page_count(&self) -> u32 {
        page_count(self.total, self.page_size)
    }
}

/// Pages needed for `total` items, `page_size` a page; at least one, so an empty list
/// still has a page to show its empty state on.
pub fn page_count(total: u64, page_size: u32) -> u32 {
    if page_size == 0 {
        return 1;
    }
    (total.div_ceil(page_size as u64)).max(1) as u32
}

/// The body of every non-2xx response: `{"error": {"code": "...", "message": "..."}}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ErrorDetail {
    /// Stable machine key, e.g. `forbidden`, `not_found`, `validation`.
    pub code: String,
    /// A sentence a user can read.
    pub message: String,
}

impl ErrorBody {
    pub fn new(code: &str, message: impl Into<String>) -> Self {
        ErrorBody { error: ErrorDetail { code: code.to_string(), message: message.into() } }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_count_rounds_up_and_is_at_least_one() {
        let page = |total| Page::<()> { items: vec![], total, page: 1, page_size: 25 };
        assert_eq!(page(0).page_count(), 1);
        assert_eq!(page(25).page_count(), 1);
        assert_eq!(page(26).page_count(), 2);
        assert_eq!(page(100_000).page_count(), 4000);
    }
}
