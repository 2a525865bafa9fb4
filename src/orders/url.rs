use domain::orders::OrdersQuery;
use domain::query::ListQuery;
use domain::query::{encode_pairs, SortDir};
use leptos_router::params::ParamsMap;

use crate::routing::query_pairs;

/// The orders screen's whole state: the list query plus the order open in the panel.
#[derive(Clone, Debug, PartialEq)]
pub struct OrdersUrl {
    pub query: OrdersQuery,
    pub open: Option<String>,
}

const LIST_KEYS: [&str; 12] =
    ["view", "state", "status", "from", "to", "vendor", "needs_action", "q", "sort", "dir", "page", "page_size"];

impl OrdersUrl {
    pub fn from_params(params: &ParamsMap) -> Self {
        OrdersUrl {
            query: OrdersQuery::from_pairs(query_pairs(params, &LIST_KEYS)),
            open: params.get_str("open").map(str::trim).filter(|id| !id.is_empty()).map(String::from),
        }
    }

    pub fn query_string(&self) -> String {
        let list = self.query.to_query_string();
        let open = encode_pairs([("open", self.open.clone().unwrap_or_default())]);
        match (list.is_empty(), open.is_empty()) {
            (_, true) => list,
            (true, false) => open,
            (false, false) => format!("{list}&{open}"),
        }
    }

    /// The same list with another order open.
    pub fn opening(&self, id: Option<String>) -> Self {
        OrdersUrl { open: id, ..self.clone() }
    }

    /// The list changed: back to page 1, panel closed.
    pub fn with_query(&self, query: OrdersQuery) -> Self {
        OrdersUrl { query: OrdersQuery { page: 1, ..query }, open: None }
    }

    /// Sorting by a column: first click sorts it descending, the next flips it.
    pub fn sorted_by(&self, sort: domain::orders::OrderSort) -> Self {
        let dir = if self.query.sort == sort { self.query.dir.flipped() } else { SortDir::Desc };
        self.with_query(OrdersQuery { sort, dir, ..self.query.clone() })
    }
}
