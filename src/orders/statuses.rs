use domain::orders::OrderStatus;
use leptos::prelude::*;

use crate::i18n::{k, name_of, t};
use crate::routing::Paths;
use crate::ui::{ReferenceRow, StatusReference};

/// Every order status with what it means (orders-customer-view.txt) and the view that
/// lists it, reached from the orders list as subscriptions have theirs.
#[component]
pub fn OrderStatusesPage() -> impl IntoView {
    let listed_in = t(k::ORDER_STATUSES_LISTED_IN);
    let head = view! { <th scope="col">{listed_in.clone()}</th> };
    let rows = OrderStatus::KNOWN.iter().map(move |status| ReferenceRow {
        key: status.key(),
        name: name_of("order_status", status.key()),
        tone: status.tone(),
        meaning: name_of("order_status_meaning", status.key()),
        more: view! { <td data-label=listed_in.clone()>{name_of("order_view", status.view().key())}</td> },
    });
    let back_href = expect_context::<Paths>().href("/orders", "");
    view! {
        <StatusReference title_id="oc-order-statuses-title" title=t(k::ORDER_STATUSES_TITLE)
            back_href=back_href back_label=t(k::ORDER_BACK_TO_LIST) back_testid="back-to-orders"
            table_testid="order-status-table" more_head=head
            rows=rows/>
    }
}
