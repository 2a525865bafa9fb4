use domain::orders::{OrdersQuery, ORDERS_QUERY_KEYS};
use domain::query::encode_pairs;
use domain::query::ListQuery;
use leptos_router::params::ParamsMap;

use crate::routing::query_pairs;

/// The orders screen's whole state: the list query plus the order open in the panel.
#[derive(Clone, Debug, PartialEq)]
pub struct OrdersUrl {
    pub query: OrdersQuery,
    pub open: Option<String>,
}

/// The list's own keys; `open` is the panel's.
const LIST_KEYS: [&str; 12] = ORDERS_QUERY_KEYS;

impl OrdersUrl {
    pub fn from_params(params: &ParamsMap) -> Self {
        let mut pairs = query_pairs(params, &LIST_KEYS);
        pairs.extend(params.get_str("open").map(|id| ("open", id)));
        Self::from_pairs(pairs)
    }

    /// The state from the address's decoded `(key, value)` pairs; keys it does not know
    /// are ignored.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let pairs: Vec<(&str, &str)> = pairs.into_iter().collect();
        let open = pairs.iter().find(|(key, _)| *key == "open").map(|(_, id)| id.trim());
        OrdersUrl {
            query: OrdersQuery::from_pairs(pairs.iter().copied().filter(|(key, _)| LIST_KEYS.contains(key))),
            open: open.filter(|id| !id.is_empty()).map(String::from),
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

    /// Sorting by a column (`OrdersQuery::sorted_by`), panel closed.
    pub fn sorted_by(&self, sort: domain::orders::OrderSort) -> Self {
        self.with_query(self.query.sorted_by(sort))
    }
}

#[cfg(test)]
mod tests {
    use domain::orders::{OrderSort, OrderStatus, OrderView};

    use super::*;

    /// An address's query as the router hands it over: split and decoded.
    fn parse(query: &str) -> OrdersUrl {
        let pairs: Vec<(String, String)> = query
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|pair| {
                let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
                (key.to_string(), domain::query::decode_component(value))
            })
            .collect();
        OrdersUrl::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    }

    fn round_trip(url: &OrdersUrl) -> OrdersUrl {
        parse(&url.query_string())
    }

    #[test]
    fn every_part_of_the_state_survives_the_address() {
        let start = parse("");
        assert_eq!(start.query_string(), "", "the default list has a bare address");
        let filtered = OrdersUrl {
            query: OrdersQuery {
                view: OrderView::Historical,
                // In lifecycle order, as the address keeps them.
                status: vec![OrderStatus::ProvisioningFailed, OrderStatus::Completed],
                search: "Contoso & Co".into(),
                page: 3,
                ..OrdersQuery::default()
            },
            open: Some("100042".into()),
        };
        assert_eq!(round_trip(&filtered), filtered);
        let sorted = filtered.sorted_by(OrderSort::Number);
        assert_eq!((sorted.query.page, sorted.open.clone()), (1, None), "a new sort starts on page 1, panel closed");
        assert_eq!(round_trip(&sorted), sorted);
        assert_eq!(sorted.sorted_by(OrderSort::Number).query.dir, sorted.query.dir.flipped());
    }

    #[test]
    fn an_address_with_junk_still_gives_a_list() {
        let url = parse("view=nonsense&page=-4&open=%20%20&sort=price&x=1");
        assert_eq!(url.open, None, "a blank id opens nothing");
        assert!(url.query.page >= 1);
        assert_eq!(round_trip(&url), url);
    }
}
