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
    /// One status only.
    pub status: Option<OrderStatus>,
    /// Only the orders that wait for the customer: every order with a required action,
    /// whatever its status (a Google Workspace order waiting for its terms to be accepted
    /// stays in Provisioning started).
    pub needs_action: bool,
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
            needs_action: false,
            search: String::new(),
            sort: OrderSort::Date,
            dir: SortDir::Desc,
            page: 1,
            page_size: DEFAULT_PAGE_SIZE,
        }
    }
}

impl OrdersQuery {
    /// Whether an order in `status`, waiting for the customer or not, belongs in this
    /// query's view, state and filters.
    pub fn admits(&self, status: &OrderStatus, needs_action: bool) -> bool {
        status.view() == self.view
            && (self.view == OrderView::Recent || self.state.matches(status))
            && self.status.as_ref().is_none_or(|only| only == status)
            && (needs_action || !self.needs_action)
    }

    pub fn has_filters(&self) -> bool {
        !self.search.is_empty()
            || self.status.is_some()
            || self.needs_action
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
                "needs_action" => query.needs_action = value == "true",
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
            ("needs_action", unless_default(self.needs_action, "true")),
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
            needs_action: true,
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
        let query = parse("view=<script>&state=x&sort=price&dir=up&page=-1&page_size=lots");
        assert_eq!(query, OrdersQuery::default());
        // A size that is not offered is the nearest one that is.
        assert_eq!(parse("page_size=9999").page_size, 100);
    }

    #[test]
    fn historical_state_filters_drafts() {
        let mut query = parse("view=historical&state=draft");
        assert!(query.admits(&OrderStatus::Draft, false));
        assert!(!query.admits(&OrderStatus::Completed, false));
        assert!(!query.admits(&OrderStatus::ProvisioningStarted, false));
        query.state = HistoricalState::Active;
        assert!(query.admits(&OrderStatus::CompletedWithErrors, false));
        assert!(!query.admits(&OrderStatus::Draft, false));
        assert!(parse("").admits(&OrderStatus::ActionRequired, false));
        let waiting = parse("status=action_required");
        assert!(waiting.admits(&OrderStatus::ActionRequired, false));
        assert!(!waiting.admits(&OrderStatus::Started, false));
        assert!(waiting.has_filters());
    }

    #[test]
    fn waiting_for_the_customer_is_a_filter_of_its_own() {
        let waiting = parse("needs_action=true");
        assert!(waiting.needs_action && waiting.has_filters());
        assert_eq!(waiting.to_query_string(), "needs_action=true");
        assert_eq!(parse(&waiting.to_query_string()), waiting);
        // A Google order waiting for its terms is still in Provisioning started.
        assert!(waiting.admits(&OrderStatus::ProvisioningStarted, true));
        assert!(!waiting.admits(&OrderStatus::ProvisioningStarted, false));
        assert!(parse("").admits(&OrderStatus::ProvisioningStarted, false));
        assert!(!waiting.without_filters().needs_action);
    }
}
