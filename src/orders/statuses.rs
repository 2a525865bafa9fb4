use domain::orders::OrderStatus;
use leptos::prelude::*;

use crate::i18n::{k, name_of, t};
use crate::routing::Paths;
use crate::ui::StatusBadge;

/// Every order status with what it means (orders-customer-view.txt) and the view that
/// lists it, reached from the orders list as subscriptions have theirs.
#[component]
pub fn OrderStatusesPage() -> impl IntoView {
    let paths = expect_context::<Paths>();
    view! {
        <section aria-labelledby="oc-order-statuses-title">
            <div class="oc-toolbar">
                <h1 id="oc-order-statuses-title" tabindex="-1">{t(k::ORDER_STATUSES_TITLE)}</h1>
                <a class="oc-button" href=paths.href("/orders", "") data-testid="back-to-orders">{t(k::ORDER_BACK_TO_LIST)}</a>
            </div>
            <div class="oc-table-wrap">
                <table class="oc-table" data-testid="order-status-table" aria-labelledby="oc-order-statuses-title">
                    <thead><tr>
                        <th scope="col">{t(k::COMMON_STATUS)}</th>
                        <th scope="col">{t(k::STATUSES_DESCRIPTION)}</th>
                        <th scope="col">{t(k::ORDER_STATUSES_LISTED_IN)}</th>
                    </tr></thead>
                    <tbody>
                        {OrderStatus::KNOWN.iter().map(|status| {
                            let key = status.key();
                            view! {
                                <tr data-status=key.to_string()>
                                    <th scope="row" data-label=t(k::COMMON_STATUS)><StatusBadge label=name_of("order_status", key) tone=status.tone()/></th>
                                    <td data-label=t(k::STATUSES_DESCRIPTION) data-testid="status-meaning">{name_of("order_status_meaning", key)}</td>
                                    <td data-label=t(k::ORDER_STATUSES_LISTED_IN)>{name_of("order_view", status.view().key())}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}
