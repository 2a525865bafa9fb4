//! The subscriptions list's state: it is both the app's URL and the API's parameters.
use super::SubscriptionStatus;
use crate::query::{encode_pairs, parse_page, parse_page_size, position_pairs, ListQuery, SortDir, DEFAULT_PAGE_SIZE};

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
        let dir = if self.sort == sort { self.dir.flipped() } else { SortDir::Asc };
        SubscriptionsQuery { sort, dir, page: 1, ..self.clone() }
    }

    pub fn has_filters(&self) -> bool {
        self.status.is_some() || !self.search.is_empty()
    }
}

impl ListQuery for SubscriptionsQuery {
    fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut query = SubscriptionsQuery::default();
        for (key, value) in pairs {
            match key {
                "status" if !value.is_empty() => query.status = Some(SubscriptionStatus::from_key(value)),
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

    fn to_query_string(&self) -> String {
        let default = SubscriptionsQuery::default();
        let filters = [
            ("status", self.status.as_ref().map(|s| s.key().to_string()).unwrap_or_default()),
            ("q", self.search.clone()),
        ];
        let position = position_pairs(
            (self.sort.key(), self.sort != default.sort),
            (self.dir, self.dir != default.dir),
            self.page,
            self.page_size,
        );
        encode_pairs(filters.into_iter().chain(position))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> SubscriptionsQuery {
        SubscriptionsQuery::from_query_string(text)
    }

    #[test]
    fn round_trips_and_defaults_stay_out_of_the_url() {
        assert_eq!(SubscriptionsQuery::default().to_query_string(), "");
        let query = SubscriptionsQuery {
            status: Some(SubscriptionStatus::Active),
            search: "Contoso Ltd".into(),
            sort: SubscriptionSort::Renewal,
            dir: SortDir::Desc,
            page: 2,
            page_size: 50,
        };
        assert_eq!(parse(&query.to_query_string()), query);
    }

    #[test]
    fn sorting_a_new_column_starts_ascending_and_the_same_flips() {
        let query = SubscriptionsQuery { page: 4, ..SubscriptionsQuery::default() };
        let by_offer = query.sorted_by(SubscriptionSort::Offer);
        assert_eq!((by_offer.sort, by_offer.dir, by_offer.page), (SubscriptionSort::Offer, SortDir::Asc, 1));
        assert_eq!(by_offer.sorted_by(SubscriptionSort::Offer).dir, SortDir::Desc);
    }
}
