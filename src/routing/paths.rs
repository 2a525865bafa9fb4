use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::params::ParamsMap;
use leptos_router::NavigateOptions;

/// Builds paths under the host page's base path. The router's own navigation (`navigate`,
/// `<Redirect>`) adds the base itself; plain `<a href>` links need it spelled out.
#[derive(Clone, Debug, PartialEq)]
pub struct Paths {
    base: String,
}

impl Paths {
    pub fn new(base: &str) -> Self {
        Paths { base: base.trim_end_matches('/').to_string() }
    }

    /// For `<a href>`: `path` (starting with `/`) and an optional query, under the base path.
    pub fn href(&self, path: &str, query: &str) -> String {
        format!("{}{}", self.base, route(path, query))
    }
}

/// For the router's navigation: `path?query`, without the base path.
pub fn route(path: &str, query: &str) -> String {
    if query.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{query}")
    }
}

/// The values of `keys` in the current query, for the domain's query parsers.
pub fn query_pairs<'a>(params: &'a ParamsMap, keys: &[&'static str]) -> Vec<(&'static str, &'a str)> {
    keys.iter().filter_map(|key| params.get_str(key).map(|value| (*key, value))).collect()
}

/// Navigates to `path?query` under the base path, keeping the scroll position (list
/// screens change their URL on every filter, sort and page).
pub fn use_go_to(path: &'static str) -> Callback<String> {
    use_navigate_to(path, false)
}

/// Replaces the current address with `path?query` (no new history entry): for an address
/// the screen corrected, a page past the last one say, which is no step the user took.
pub fn use_correct_to(path: &'static str) -> Callback<String> {
    use_navigate_to(path, true)
}

fn use_navigate_to(path: &'static str, replace: bool) -> Callback<String> {
    let navigate = use_navigate();
    Callback::new(move |query: String| {
        navigate(&route(path, &query), NavigateOptions { replace, scroll: false, ..Default::default() });
    })
}
