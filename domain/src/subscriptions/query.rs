//! The subscriptions list's state: it is both the app's URL and the API's parameters.
use super::model::{Subscription, SubscriptionStatus};
use crate::query::{parse_page, parse_page_size, ListQuery, Position, SortDir, DEFAULT_PAGE_SIZE};

url_enum! {
    pub enum SubscriptionSort {
        #[default]
        Customer => "customer",
        Offer => "offer",
        Quantity => "quantity",
        Status => "status",
        Start => "start",
        Renewal => "renewal",
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SubscriptionsQuery {
    pub status: Option<SubscriptionStatus>,
    /// Only the subscriptions whose customer asked to cancel them (the request waits for
    /// the seller's answer; its status alone does not say so).
    pub cancellation_requested: bool,
    /// Free text: customer, offer, vendor or subscription id.
    pub search: String,
    pub sort: SubscriptionSort,
    pub dir: SortDir,
    pub page: u32,
    pub page_size: u32,
}

impl Default for SubscriptionsQuery {
    fn default() -> Self {
        SubscriptionsQuery {
            status: None,
            cancellation_requested: false,
            search: String::new(),
            sort: SubscriptionSort::Customer,
            dir: SortDir::Asc,
            page: 1,
            page_size: DEFAULT_PAGE_SIZE,
        }
    }
}

impl SubscriptionsQuery {
    /// A column header click: a new column sorts ascending, the same one flips.
    pub fn sorted_by(&self, sort: SubscriptionSort) -> Self {
        SubscriptionsQuery { sort, dir: self.dir.on_choosing(self.sort == sort, SortDir::Asc), page: 1, ..self.clone() }
    }

    pub fn has_filters(&self) -> bool {
        self.status.is_some() || self.cancellation_requested || !self.search.is_empty()
    }

    /// The same query with no filter left: what "Clear filters" goes to.
    pub fn cleared(&self) -> Self {
        SubscriptionsQuery {
            status: None,
            cancellation_requested: false,
            search: String::new(),
            page: 1,
            ..self.clone()
        }
    }

    /// Whether `sub` passes the status and cancellation filters (the search is matched
    /// by the server against fields the row may not show).
    pub fn admits(&self, sub: &Subscription) -> bool {
        self.status.as_ref().is_none_or(|only| &sub.status == only)
            && (!self.cancellation_requested || sub.cancellation_requested)
    }
}

impl ListQuery for SubscriptionsQuery {
    fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut query = SubscriptionsQuery::default();
        for (key, value) in pairs {
            match key {
                "status" if !value.is_empty() => query.status = Some(SubscriptionStatus::from_key(value)),
                "cancellation_requested" => query.cancellation_requested = value == "true",
                "q" => query.search = value.trim().to_string(),
                "sort" => query.sort = SubscriptionSort::parse(value).unwrap_or_default(),
                "dir" => query.dir = SortDir::parse(value).unwrap_or(SortDir::Asc),
                "page" => query.page = parse_page(Some(value)),
                "page_size" => query.page_size = parse_page_size(Some(value)),
                _ => {}
            }
        }
        query
    }

    fn filter_pairs(&self) -> Vec<(&'static str, String)> {
        vec![
            ("status", self.status.as_ref().map(|s| s.key().to_string()).unwrap_or_default()),
            ("cancellation_requested", if self.cancellation_requested { "true".into() } else { String::new() }),
            ("q", self.search.clone()),
        ]
    }

    fn position(&self) -> Position {
        Position { sort: self.sort.key(), dir: self.dir, page: self.page, page_size: self.page_size }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_and_defaults_stay_out_of_the_url() {
        assert_eq!(SubscriptionsQuery::default().to_query_string(), "");
        let query = SubscriptionsQuery {
            status: Some(SubscriptionStatus::Active),
            cancellation_requested: true,
            search: "Contoso Ltd".into(),
            sort: SubscriptionSort::Renewal,
            dir: SortDir::Desc,
            page: 2,
            page_size: 50,
        };
        assert_eq!(SubscriptionsQuery::from_query_string(&query.to_query_string()), query);
    }

    #[test]
    fn the_cancellation_filter_is_in_the_url_only_when_on() {
        let query =
            SubscriptionsQuery::from_query_string("status=subscription_request_received&cancellation_requested=true");
        assert!(query.cancellation_requested && query.has_filters());
        assert_eq!(query.to_query_string(), "status=subscription_request_received&cancellation_requested=true");
        assert!(!SubscriptionsQuery::from_query_string("cancellation_requested=false").cancellation_requested);
        let cleared = query.cleared();
        assert!(!cleared.has_filters());
        assert_eq!(cleared.to_query_string(), "");
    }

    #[test]
    fn a_new_column_starts_ascending_on_page_one_and_each_click_flips_it() {
        let mut query = SubscriptionsQuery { page: 4, ..SubscriptionsQuery::default() };
        let mut dirs = Vec::new();
        for _ in 0..3 {
            query = query.sorted_by(SubscriptionSort::Offer);
            dirs.push(query.dir);
        }
        assert_eq!(dirs, [SortDir::Asc, SortDir::Desc, SortDir::Asc]);
        assert_eq!((query.sort, query.page), (SubscriptionSort::Offer, 1));
    }
}
