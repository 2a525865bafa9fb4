/// Builds links under the host page's base path. The router matches routes under its
/// base, but absolute links and navigation need the base spelled out.
#[derive(Clone, Debug, PartialEq)]
pub struct Paths {
    base: String,
}

impl Paths {
    pub fn new(base: &str) -> Self {
        Paths {
            base: base.trim_end_matches('/').to_string(),
        }
    }

    /// `path` (starting with `/`) and an optional query string, under the base path.
    pub fn href(&self, path: &str, query: &str) -> String {
        if query.is_empty() {
            format!("{}{path}", self.base)
        } else {
            format!("{}{path}?{query}", self.base)
        }
    }
}
