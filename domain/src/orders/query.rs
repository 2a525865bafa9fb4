//! The orders list's state: view, filters, search, sort and page. It is both the app's URL
//! (`/orders?view=historical&status=completed,completed_with_errors&from=2026-09-01&page=2`)
//! and the API's list parameters.
use super::{OrderStatus, OrderView};
use crate::day::parse_day;
use crate::query::{parse_page, parse_page_size, unless_default, ListQuery, Position, SortDir, DEFAULT_PAGE_SIZE};

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

/// The orders list's query keys, in the order `to_query_string` writes them: the app's
/// address and the boot script's early request (`boot/orders-console-boot.js`,
/// `ORDERS_KEYS`, checked by `tests/query_keys.rs`) use exactly these.
pub const ORDERS_QUERY_KEYS: [&str; 12] =
    ["view", "state", "status", "from", "to", "vendor", "needs_action", "q", "sort", "dir", "page", "page_size"];

/// One filter in force, as a chip shows it and removes it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OrderFilter {
    State(HistoricalState),
    Status(OrderStatus),
    From(String),
    To(String),
    Vendor(String),
    NeedsAction,
    Search(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OrdersQuery {
    pub view: OrderView,
    /// Only meaningful for Historical orders.
    pub state: HistoricalState,
    /// Any of these statuses; none means every status. Kept in lifecycle order without
    /// repeats, so one choice has one URL.
    pub status: Vec<OrderStatus>,
    /// Orders created on or after this day (`YYYY-MM-DD`, UTC), and on or before `to`.
    pub from: Option<String>,
    pub to: Option<String>,
    /// Orders with an item of this vendor (`Microsoft`), as the platform names it.
    pub vendor: Option<String>,
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
            status: Vec::new(),
            from: None,
            to: None,
            vendor: None,
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
    /// Sorted by a column: the first click sorts it descending (newest, largest first),
    /// the next flips it; a new sort starts on page 1.
    pub fn sorted_by(&self, sort: OrderSort) -> Self {
        OrdersQuery { sort, dir: self.dir.on_choosing(self.sort == sort, SortDir::Desc), page: 1, ..self.clone() }
    }

    /// What an export of this list asks for: every page, so no page and no page size.
    pub fn for_export(&self) -> Self {
        OrdersQuery { page: 1, page_size: OrdersQuery::default().page_size, ..self.clone() }
    }

    /// Whether an order in `status`, waiting for the customer or not, belongs in this
    /// query's view, state and filters.
    pub fn admits(&self, status: &OrderStatus, needs_action: bool) -> bool {
        status.view() == self.view
            && (self.view == OrderView::Recent || self.state.matches(status))
            && (self.status.is_empty() || self.status.contains(status))
            && (needs_action || !self.needs_action)
    }

    /// Whether an order created at `created_at` (RFC 3339, UTC) falls in the date range.
    /// Days compare as text: `YYYY-MM-DD` sorts as it counts.
    pub fn admits_date(&self, created_at: &str) -> bool {
        let day = created_at.get(..10).unwrap_or(created_at);
        self.from.as_deref().is_none_or(|from| day >= from) && self.to.as_deref().is_none_or(|to| day <= to)
    }

    /// Whether any filter is in force: whether `filters` has any chip.
    pub fn has_filters(&self) -> bool {
        !self.search.is_empty()
            || !self.status.is_empty()
            || self.from.is_some()
            || self.to.is_some()
            || self.vendor.is_some()
            || self.needs_action
            || (self.view == OrderView::Historical && self.state != HistoricalState::All)
    }

    /// Every filter in force, one chip each, in the toolbar's order.
    pub fn filters(&self) -> Vec<OrderFilter> {
        let mut filters = Vec::new();
        if self.view == OrderView::Historical && self.state != HistoricalState::All {
            filters.push(OrderFilter::State(self.state));
        }
        filters.extend(self.status.iter().cloned().map(OrderFilter::Status));
        filters.extend(self.from.clone().map(OrderFilter::From));
        filters.extend(self.to.clone().map(OrderFilter::To));
        filters.extend(self.vendor.clone().map(OrderFilter::Vendor));
        if self.needs_action {
            filters.push(OrderFilter::NeedsAction);
        }
        if !self.search.is_empty() {
            filters.push(OrderFilter::Search(self.search.clone()));
        }
        filters
    }

    /// The same query without one filter, on page 1: what removing its chip does.
    pub fn without(&self, filter: &OrderFilter) -> Self {
        let mut query = OrdersQuery { page: 1, ..self.clone() };
        match filter {
            OrderFilter::State(_) => query.state = HistoricalState::All,
            OrderFilter::Status(status) => query.status.retain(|s| s != status),
            OrderFilter::From(_) => query.from = None,
            OrderFilter::To(_) => query.to = None,
            OrderFilter::Vendor(_) => query.vendor = None,
            OrderFilter::NeedsAction => query.needs_action = false,
            OrderFilter::Search(_) => query.search.clear(),
        }
        query
    }

    /// The same query with `status` chosen or not, on page 1.
    pub fn with_status(&self, status: &OrderStatus, chosen: bool) -> Self {
        let mut query = OrdersQuery { page: 1, ..self.clone() };
        query.status.retain(|s| s != status);
        if chosen {
            query.status.push(status.clone());
        }
        query.status = OrderStatus::in_lifecycle_order(query.status);
        query
    }

    /// The same query with the date range set (either end may be open), on page 1. Days
    /// that are not `YYYY-MM-DD` dates are dropped.
    pub fn with_dates(&self, from: Option<&str>, to: Option<&str>) -> Self {
        OrdersQuery { from: from.and_then(parse_day), to: to.and_then(parse_day), page: 1, ..self.clone() }
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
                // `status=a,b`; a repeated `status=` adds to it.
                "status" => query
                    .status
                    .extend(value.split(',').map(str::trim).filter(|key| !key.is_empty()).map(OrderStatus::from_key)),
                "from" => query.from = parse_day(value),
                "to" => query.to = parse_day(value),
                "vendor" => query.vendor = Some(value.trim().to_string()).filter(|v| !v.is_empty()),
                "needs_action" => query.needs_action = value == "true",
                "q" => query.search = value.trim().to_string(),
                "sort" => query.sort = OrderSort::parse(value).unwrap_or_default(),
                "dir" => query.dir = SortDir::parse(value).unwrap_or_default(),
                "page" => query.page = parse_page(Some(value)),
                "page_size" => query.page_size = parse_page_size(Some(value)),
                _ => {}
            }
        }
        query.status = OrderStatus::in_lifecycle_order(std::mem::take(&mut query.status));
        query
    }

    fn position(&self) -> Position {
        Position { sort: self.sort.key(), dir: self.dir, page: self.page, page_size: self.page_size }
    }

    fn filter_pairs(&self) -> Vec<(&'static str, String)> {
        let default = OrdersQuery::default();
        let historical = self.view == OrderView::Historical;
        vec![
            ("view", unless_default(self.view != default.view, self.view.key())),
            ("state", unless_default(historical && self.state != default.state, self.state.key())),
            ("status", self.status.iter().map(|s| s.key()).collect::<Vec<_>>().join(",")),
            ("from", self.from.clone().unwrap_or_default()),
            ("to", self.to.clone().unwrap_or_default()),
            ("vendor", self.vendor.clone().unwrap_or_default()),
            ("needs_action", unless_default(self.needs_action, "true")),
            ("q", self.search.clone()),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(query: &str) -> OrdersQuery {
        OrdersQuery::from_query_string(query)
    }

    #[test]
    fn the_writer_uses_exactly_the_listed_keys_in_their_order() {
        let every_field = OrdersQuery {
            view: OrderView::Historical,
            state: HistoricalState::Draft,
            status: vec![OrderStatus::Completed],
            from: Some("2026-09-01".into()),
            to: Some("2026-09-30".into()),
            vendor: Some("Cisco".into()),
            needs_action: true,
            search: "x".into(),
            sort: OrderSort::Number,
            dir: SortDir::Asc,
            page: 2,
            page_size: 50,
        };
        let written: Vec<String> =
            every_field.to_query_string().split('&').map(|p| p.split('=').next().unwrap().to_string()).collect();
        assert_eq!(written, ORDERS_QUERY_KEYS);
    }

    #[test]
    fn a_new_sort_starts_descending_on_page_one_and_the_same_sort_flips() {
        let on_page_3 = OrdersQuery { page: 3, ..OrdersQuery::default() };
        let by_number = on_page_3.sorted_by(OrderSort::Number);
        assert_eq!((by_number.sort, by_number.dir, by_number.page), (OrderSort::Number, SortDir::Desc, 1));
        assert_eq!(by_number.sorted_by(OrderSort::Number).dir, SortDir::Asc);
    }

    #[test]
    fn an_export_asks_for_every_page() {
        let list = OrdersQuery { page: 4, page_size: 100, search: "Copilot".into(), ..OrdersQuery::default() };
        let export = list.for_export();
        assert_eq!((export.page, export.page_size), (1, OrdersQuery::default().page_size));
        assert_eq!(export.search, "Copilot", "the same filters");
        assert!(!export.to_query_string().contains("page"));
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
            status: vec![OrderStatus::InProgress, OrderStatus::Draft],
            from: Some("2026-09-01".into()),
            to: Some("2026-09-30".into()),
            vendor: Some("Cisco & Co".into()),
            needs_action: true,
            search: "E3 & co".into(),
            sort: OrderSort::Status,
            dir: SortDir::Asc,
            page: 3,
            page_size: 50,
        };
        // Parsed back in lifecycle order: a draft comes before an order in progress.
        let back = parse(&query.to_query_string());
        assert_eq!(back.status, vec![OrderStatus::Draft, OrderStatus::InProgress]);
        assert_eq!(back, OrdersQuery { status: back.status.clone(), ..query });
    }

    #[test]
    fn several_statuses_share_one_parameter() {
        let query = parse("view=historical&status=completed,completed_with_errors&status=completed");
        assert_eq!(query.status, vec![OrderStatus::CompletedWithErrors, OrderStatus::Completed]);
        assert_eq!(query.to_query_string(), "view=historical&status=completed_with_errors%2Ccompleted");
        assert!(query.admits(&OrderStatus::Completed, false));
        assert!(query.admits(&OrderStatus::CompletedWithErrors, false));
        assert!(!query.admits(&OrderStatus::Draft, false));
        let fewer = query.with_status(&OrderStatus::Completed, false);
        assert_eq!(fewer.status, vec![OrderStatus::CompletedWithErrors]);
        assert_eq!(
            fewer.with_status(&OrderStatus::InProgress, true).status,
            vec![OrderStatus::InProgress, OrderStatus::CompletedWithErrors]
        );
    }

    #[test]
    fn a_date_range_admits_its_own_ends() {
        let query = parse("from=2026-09-01&to=2026-09-30");
        assert!(query.admits_date("2026-09-01T00:00:00Z"));
        assert!(query.admits_date("2026-09-30T23:59:59Z"));
        assert!(!query.admits_date("2026-08-31T23:59:59Z"));
        assert!(!query.admits_date("2026-10-01T00:00:00Z"));
        assert!(parse("from=2026-09-01").admits_date("2030-01-01T00:00:00Z"));
        assert!(OrdersQuery::default().admits_date("1999-01-01T00:00:00Z"));
    }

    #[test]
    fn a_day_that_is_no_date_is_ignored() {
        assert_eq!(parse("from=soon&to=2026-09-31"), OrdersQuery::default());
    }

    #[test]
    fn each_filter_in_force_is_a_chip_that_removes_only_itself() {
        let query = parse("view=historical&state=active&status=completed,draft&from=2026-09-01&q=E3&page=3");
        let chips = query.filters();
        assert_eq!(
            chips,
            vec![
                OrderFilter::State(HistoricalState::Active),
                OrderFilter::Status(OrderStatus::Draft),
                OrderFilter::Status(OrderStatus::Completed),
                OrderFilter::From("2026-09-01".into()),
                OrderFilter::Search("E3".into()),
            ]
        );
        let without_draft = query.without(&chips[1]);
        assert_eq!(without_draft.status, vec![OrderStatus::Completed]);
        assert_eq!((without_draft.page, without_draft.from.as_deref()), (1, Some("2026-09-01")));
        let none_left = chips.iter().fold(query.clone(), |q, chip| q.without(chip));
        assert!(!none_left.has_filters());
        assert_eq!(none_left, query.without_filters());
        assert!(OrdersQuery::default().filters().is_empty());
        for text in [
            "status=draft",
            "from=2026-01-01",
            "to=2026-01-01",
            "vendor=Cisco",
            "needs_action=true",
            "q=x",
            "view=historical&state=draft",
        ] {
            let query = parse(text);
            assert!(query.has_filters() && query.filters().len() == 1, "{text}");
        }
        assert!(!parse("state=draft").has_filters(), "a state is a filter of Historical orders only");
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
        assert_eq!(waiting.status, vec![OrderStatus::ActionRequired]);
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
