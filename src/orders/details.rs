use domain::orders::{item_cost, license_totals, quantity_step, visible_changes, visible_items, Order, OrderItem};
use domain::Session;
use leptos::prelude::*;

use super::notes::OrderNotes;
use super::table::OrderStatusCell;
use crate::i18n::{change_text, instruction_text, k, name_of, status_meaning, t, tf};
use crate::routing::{split_point, ChunkFailed};
use crate::ui::{format_date_time, format_money, Locale, StatusBadge};

/// Builds the panel's body for one answer about the order.
pub type RenderDetails = fn(Order, Callback<()>) -> AnyView;

split_point! { order_details, preload = preload_order_details;
    /// The panel's body is a chunk of its own (`order_details`): the list's first paint
    /// needs none of it. The panel starts its download as it opens, beside the order's
    /// request, and the list warms it once it is painted. What it hands back builds the
    /// body; the panel calls it for every answer, so a live update is built into the same
    /// elements and the note being written keeps its text and focus.
    pub fn order_details() -> Result<RenderDetails, ChunkFailed> {
        Ok(render_details)
    }
}

fn render_details(order: Order, on_note_added: Callback<()>) -> AnyView {
    view! { <OrderDetails order=order on_note_added=on_note_added/> }.into_any()
}

/// Everything about one order, in sections: summary, license totals, items with their
/// subscriptions, status history and notes.
#[component]
fn OrderDetails(order: Order, on_note_added: Callback<()>) -> impl IntoView {
    let session = expect_context::<Session>();
    let locale = expect_context::<Locale>().0;
    let items: Vec<OrderItem> = visible_items(order.details.items, &session.role);
    let summary = order.summary;
    let totals = license_totals(&items, &summary.status);
    // One line per subscription, never a sum across different subscriptions.
    let per_subscription: Vec<(String, i64)> = totals
        .iter()
        .filter_map(|(id, n)| items.iter().find(|i| &i.id == id).map(|i| (i.subscription.name.clone(), *n)))
        .collect();
    let changes: Vec<String> =
        visible_changes(&summary.changes, &session.role).iter().map(|c| change_text(c)).collect();
    let instruction = summary.action_required.as_ref().map(instruction_text);
    // Only an https link with words from the platform becomes a button (domain rule).
    let action_link = summary
        .action_required
        .as_ref()
        .and_then(|a| a.link().map(|(url, label)| (url.to_string(), label.to_string())));
    let meaning = status_meaning(&summary.status);
    let id = summary.id.clone();
    view! {
        <div class="oc-panel-body">
            <p class="oc-description"><span class="oc-muted">{t(k::ORDER_DESCRIPTION)} " "</span>{order.details.description}</p>
            <div class="oc-panel-status">
                <OrderStatusCell status=summary.status reason=summary.failure_reason scheduled_for=summary.scheduled_for.clone() id=format!("panel-{}", summary.id)/>
                <p class="oc-status-meaning" data-testid="status-meaning">{meaning}</p>
            </div>
            {instruction.map(|text| view! { <p class="oc-action-text"><strong>{t(k::ORDER_YOUR_ACTION)} " "</strong>{text}</p> })}
            {action_link.map(|(url, label)| view! {
                <p><a class="oc-button" data-testid="action-link" href=url target="_blank" rel="noopener noreferrer">{label}</a></p>
            })}
            <dl class="oc-facts">
                <dt>{t(k::ORDER_CREATED_BY)}</dt><dd>{format!("{} ({})", summary.created_by.user_name, summary.created_by.organization_name)}</dd>
                <dt>{t(k::ORDER_DATE)}</dt><dd>{format_date_time(&summary.created_at, &locale)}</dd>
                <dt>{t(k::ORDER_CHANGES)}</dt><dd><ul class="oc-changes">{changes.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ul></dd>
                <dt>{t(k::ORDER_PAYMENT)}</dt><dd>{order.details.payment.method}{order.details.payment.reference.map(|r| format!(" · {r}"))}</dd>
                <dt>{t(k::ORDER_TOTAL)}</dt><dd class="oc-money" data-testid="order-total">{format_money(&summary.total, &locale)}</dd>
            </dl>
            {(!per_subscription.is_empty()).then(|| view! {
                <div class="oc-license-total" data-testid="license-total">
                    <span>{t(k::ORDER_LICENSES_AFTER)}</span>
                    <ul>
                        {per_subscription.into_iter().map(|(name, n)| view! {
                            <li data-testid="license-total-value">{name}": "<strong>{n}</strong></li>
                        }).collect_view()}
                    </ul>
                </div>
            })}
            <h3>{t(k::ORDER_ITEMS)}</h3>
            {items.into_iter().map(|item| {
                let after = totals.iter().find(|(id, _)| *id == item.id).map(|(_, n)| *n);
                view! { <ItemSection item=item after=after/> }
            }).collect_view()}
            <h3>{t(k::ORDER_STATUS_HISTORY)}</h3>
            <ol class="oc-timeline" data-testid="status-history">
                {order.details.status_history.into_iter().map(|event| view! {
                    <li>
                        <StatusBadge label=name_of("order_status", event.status.key()) tone=event.status.tone()/>
                        " " <time datetime=event.at.clone()>{format_date_time(&event.at, &locale)}</time>
                        {event.by.map(|by| view! { <span class="oc-muted">{format!(" · {by}")}</span> })}
                    </li>
                }).collect_view()}
            </ol>
            <OrderNotes order_id=id on_added=on_note_added/>
        </div>
    }
}

#[component]
fn ItemSection(item: OrderItem, after: Option<i64>) -> impl IntoView {
    let locale = expect_context::<Locale>().0;
    // Per line, from the domain's rule: one license for its own billing period, what the
    // change itself costs (negative for a decrease), and where the subscription ends up.
    let cost = item_cost(&item);
    let money = |amount: &domain::Money| format_money(amount, &locale);
    let price = money(&cost.per_license);
    let times = |n: String, amount: &domain::Money| {
        tf(k::ITEM_TIMES, &[("n", &n), ("price", &price), ("amount", &money(amount))])
    };
    let per_license = tf(k::ITEM_PRICE_PER_LICENSE, &[("price", &price), ("period", &cost.per_period.to_lowercase())]);
    let change = match &cost.change {
        Some(amount) => times(format!("{:+}", cost.changed), amount),
        None => t(k::ITEM_NO_CHANGE),
    };
    // Only where the order can still take effect (`after` comes from the license totals).
    let cost_after = after.zip(cost.cost_after.as_ref()).map(|(n, amount)| times(n.to_string(), amount));
    let quantity = match quantity_step(&item) {
        Some((before, after)) => format!("{before} → {after} ({:+})", item.quantity_change),
        None => item.current_quantity.to_string(),
    };
    let sub = item.subscription;
    view! {
        <section class="oc-item" data-item-id=item.id.clone()>
            <h4>{item.offer.clone()} <span class="oc-muted">{format!(" · {}", item.vendor)}</span></h4>
            <dl class="oc-facts">
                <dt>{t(k::ITEM_TYPE)}</dt><dd>{name_of("item_kind", item.kind.key())}</dd>
                <dt>{t(k::ITEM_QUANTITY)}</dt><dd>{quantity}</dd>
                <dt>{t(k::ITEM_UNIT_PRICE)}</dt><dd class="oc-money" data-testid="item-per-license">{per_license.clone()}</dd>
                <dt>{t(k::ITEM_CHANGE)}</dt><dd class="oc-money" data-testid="item-change-amount">{change}</dd>
                {after.map(|n| view! { <dt>{t(k::ITEM_LICENSES_AFTER)}</dt><dd data-testid="item-license-total">{n}</dd> })}
                {cost_after.map(|text| view! { <dt>{t(k::ITEM_COST_AFTER)}</dt><dd class="oc-money" data-testid="item-cost-after">{text}</dd> })}
                <dt>{t(k::ITEM_ADDONS)}</dt>
                <dd>
                    {if item.addons.is_empty() {
                        view! { <span class="oc-muted">{t(k::COMMON_NONE)}</span> }.into_any()
                    } else {
                        view! { <ul>{item.addons.into_iter().map(|a| view! {
                            <li>{tf(k::ITEM_ADDON, &[("name", &a.name), ("n", &a.quantity.to_string()), ("price", &money(&a.unit_price))])}</li>
                        }).collect_view()}</ul> }.into_any()
                    }}
                </dd>
            </dl>
            <details class="oc-subscription">
                <summary>{tf(k::ITEM_SUBSCRIPTION, &[("name", &sub.name)])}</summary>
                <dl class="oc-facts">
                    <dt>{t(k::ITEM_ADMIN_EMAIL)}</dt><dd>{sub.admin_email}</dd>
                    <dt>{t(k::ITEM_FIRST_NAME)}</dt><dd>{sub.first_name}</dd>
                    <dt>{t(k::ITEM_LAST_NAME)}</dt><dd>{sub.last_name}</dd>
                    {sub.tenant_name.map(|tenant| view! { <dt>{t(k::ITEM_TENANT)}</dt><dd>{tenant}</dd> })}
                    <dt>{t(k::ITEM_PRICE)}</dt><dd>{per_license}</dd>
                </dl>
            </details>
        </section>
    }
}
