//! The orders list's state: view, filter, search, sort and page. It is both the app's URL
//! (`/orders?view=historical&state=draft&page=2`) and the API's list parameters.
use super::{OrderStatus, OrderView};
use crate::query::{
    encode_pairs, parse_page, parse_page_size, position_pairs, unless_default, ListQuery, SortDir, DEFAULT_PAGE_SIZE,
};

url_enum! {
    /// The Active / Draft / All filter of Historical orders.
    pub enum HistoricalState {
        Active => "active",
        Draft => "draft",
        #[default]
        All => "all",
    }
}

impl HistoricalState {
    pub fn label(self) -> &'static str {
        match self {
            HistoricalState::Active => "Active",
            HistoricalState::Draft => "Draft",
            HistoricalState::All => "All",
        }
    }

    /// Draft shows drafts; Active shows every processed order that is not a draft.
    pub fn matches(self, status: &OrderStatus) -> bool {
        match self {
            HistoricalState::All => true,
            HistoricalState::Draft => *status == OrderStatus::Draft,
            HistoricalState::Active => *status != OrderStatus::Draft,
        }
    }
}

url_enum! {
    pub enum OrderSort {
        #[default]
        Date => "date",
        Number => "number",
        Status => "status",
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OrdersQuery {
    pub view: OrderView,
    /// Only meaningful for Historical orders.
    pub state: HistoricalState,
    /// One status only, e.g. the orders in Action required.
    pub status: Option<OrderStatus>,
    /// Free text: order number, offer or creator.
    pub search: String,
    pub sort: OrderSort,
    pub dir: SortDir,
    pub page: u32,
    pub page_size: u32,
}

impl Default for OrdersQuery {
    fn default() -> Self {
        OrdersQuery {
            view: OrderView::Recent,
            state: HistoricalState::All,
            status: None,
            search: String::new(),
            sort: OrderSort::Date,
            dir: SortDir::Desc,
            page: 1,
            page_size: DEFAULT_PAGE_SIZE,
        }
    }
}

impl OrdersQuery {
    /// Whether an order in `status` belongs in this query's view and state.
    pub fn admits(&self, status: &OrderStatus) -> bool {
        status.view() == self.view
            && (self.view == OrderView::Recent || self.state.matches(status))
            && self.status.as_ref().is_none_or(|only| only == status)
    }

    pub fn has_filters(&self) -> bool {
        !self.search.is_empty()
            || self.status.is_some()
            || (self.view == OrderView::Historical && self.state != HistoricalState::All)
    }

    /// The same screen with the filters cleared, on page 1.
    pub fn without_filters(&self) -> Self {
        OrdersQuery {
            view: self.view.clone(),
            sort: self.sort,
            dir: self.dir,
            page_size: self.page_size,
            ..OrdersQuery::default()
        }
    }
}

impl ListQuery for OrdersQuery {
    fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut query = OrdersQuery::default();
        for (key, value) in pairs {
            match key {
                "view" => {
                    if let view @ (OrderView::Recent | OrderView::Historical) = OrderView::from_key(value) {
                        query.view = view;
                    }
                }
                "state" => query.state = HistoricalState::parse(value).unwrap_or_default(),
                "status" if !value.is_empty() => query.status = Some(OrderStatus::from_key(value)),
                "q" => query.search = value.trim().to_string(),
                "sort" => query.sort = OrderSort::parse(value).unwrap_or_default(),
                "dir" => query.dir = SortDir::parse(value).unwrap_or_default(),
                "page" => query.page = parse_page(Some(value)),
                "page_size" => query.page_size = parse_page_size(Some(value)),
                _ => {}
            }
        }
        query
    }

    fn to_query_string(&self) -> String {
        let default = OrdersQuery::default();
        let historical = self.view == OrderView::Historical;
        let filters = [
            ("view", unless_default(self.view != default.view, self.view.key())),
            ("state", unless_default(historical && self.state != default.state, self.state.key())),
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

    fn parse(query: &str) -> OrdersQuery {
        OrdersQuery::from_query_string(query)
    }

    #[test]
    fn default_query_is_the_empty_string() {
        assert_eq!(OrdersQuery::default().to_query_string(), "");
        assert_eq!(parse(""), OrdersQuery::default());
    }

    #[test]
    fn round_trips_every_field() {
        let query = OrdersQuery {
            view: OrderView::Historical,
            state: HistoricalState::Draft,
            status: Some(OrderStatus::Draft),
            search: "E3 & co".into(),
            sort: OrderSort::Status,
            dir: SortDir::Asc,
            page: 3,
            page_size: 50,
        };
        assert_eq!(parse(&query.to_query_string()), query);
    }

    #[test]
    fn nonsense_falls_back_to_defaults() {
        let query = parse("view=<script>&state=x&sort=price&dir=up&page=-1&page_size=9999");
        assert_eq!(query, OrdersQuery::default());
    }

    #[test]
    fn historical_state_filters_drafts() {
        let mut query = parse("view=historical&state=draft");
        assert!(query.admits(&OrderStatus::Draft));
        assert!(!query.admits(&OrderStatus::Completed));
        assert!(!query.admits(&OrderStatus::ProvisioningStarted));
        query.state = HistoricalState::Active;
        assert!(query.admits(&OrderStatus::CompletedWithErrors));
        assert!(!query.admits(&OrderStatus::Draft));
        assert!(parse("").admits(&OrderStatus::ActionRequired));
        let waiting = parse("status=action_required");
        assert!(waiting.admits(&OrderStatus::ActionRequired));
        assert!(!waiting.admits(&OrderStatus::Started));
        assert!(waiting.has_filters());
    }
}
