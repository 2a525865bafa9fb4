use domain::orders::{license_totals, visible_changes, ItemKind, Order, OrderItem};
use domain::Session;
use leptos::prelude::*;

use super::notes::OrderNotes;
use super::table::OrderStatusCell;
use crate::ui::{format_date_time, format_money, Locale, StatusBadge};

/// Everything about one order, in sections: summary, license totals, items with their
/// subscriptions, status history and notes.
#[component]
pub fn OrderDetails(order: Order, on_note_added: Callback<()>) -> impl IntoView {
    let session = expect_context::<Session>();
    let locale = expect_context::<Locale>().0;
    let sees_markup = session.role.sees_markup();
    // Markup lines exist for the seller only.
    let items: Vec<OrderItem> =
        order.details.items.into_iter().filter(|item| sees_markup || item.kind != ItemKind::Markup).collect();
    let summary = order.summary;
    let totals = license_totals(&items, &summary.status);
    // One line per subscription, never a sum across different subscriptions.
    let per_subscription: Vec<(String, i64)> = totals
        .iter()
        .filter_map(|(id, n)| items.iter().find(|i| &i.id == id).map(|i| (i.subscription.name.clone(), *n)))
        .collect();
    let changes: Vec<String> = visible_changes(&summary.changes, &session.role).iter().map(|c| c.describe()).collect();
    let instruction = summary.action_required.as_ref().map(|a| a.instruction());
    let id = summary.id.clone();
    view! {
        <div class="oc-panel-body">
            <p class="oc-description"><span class="oc-muted">"Description: "</span>{order.details.description}</p>
            <div class="oc-panel-status">
                <OrderStatusCell status=summary.status reason=summary.failure_reason scheduled_for=summary.scheduled_for.clone() id=format!("panel-{}", summary.id)/>
            </div>
            {instruction.map(|text| view! { <p class="oc-action-text"><strong>"Your action: "</strong>{text}</p> })}
            <dl class="oc-facts">
                <dt>"Created by"</dt><dd>{format!("{} ({})", summary.created_by.user_name, summary.created_by.organization_name)}</dd>
                <dt>"Date"</dt><dd>{format_date_time(&summary.created_at, &locale)}</dd>
                <dt>"Requested changes"</dt><dd><ul class="oc-changes">{changes.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ul></dd>
                <dt>"Payment"</dt><dd>{order.details.payment.method}{order.details.payment.reference.map(|r| format!(" · {r}"))}</dd>
                <dt>"Billing period"</dt><dd>{order.details.payment.billing_period}</dd>
                <dt>"Total"</dt><dd class="oc-money" data-testid="order-total">{format_money(&summary.total, &locale)}</dd>
            </dl>
            {(!per_subscription.is_empty()).then(|| view! {
                <div class="oc-license-total" data-testid="license-total">
                    <span>"Licenses available after this order:"</span>
                    <ul>
                        {per_subscription.into_iter().map(|(name, n)| view! {
                            <li data-testid="license-total-value">{name}": "<strong>{n}</strong></li>
                        }).collect_view()}
                    </ul>
                </div>
            })}
            <h3>"Items"</h3>
            {items.into_iter().map(|item| {
                let after = totals.iter().find(|(id, _)| *id == item.id).map(|(_, n)| *n);
                view! { <ItemSection item=item after=after/> }
            }).collect_view()}
            <h3>"Status history"</h3>
            <ol class="oc-timeline" data-testid="status-history">
                {order.details.status_history.into_iter().map(|event| view! {
                    <li>
                        <StatusBadge label=event.status.label() tone=event.status.tone()/>
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
    let sub = item.subscription;
    let quantity = match item.quantity_change {
        0 => item.current_quantity.to_string(),
        change => format!("{} → {} ({change:+})", item.current_quantity, (item.current_quantity + change).max(0)),
    };
    view! {
        <section class="oc-item" data-item-id=item.id.clone()>
            <h4>{item.offer.clone()} <span class="oc-muted">{format!(" · {}", item.vendor)}</span></h4>
            <dl class="oc-facts">
                <dt>"Type"</dt><dd>{item.kind.label()}</dd>
                <dt>"Quantity"</dt><dd>{quantity}</dd>
                {after.map(|n| view! { <dt>"Licenses after the order"</dt><dd data-testid="item-license-total">{n}</dd> })}
                <dt>"Cost per license"</dt><dd class="oc-money">{format_money(&item.unit_price, &locale)}</dd>
                <dt>"Item total"</dt><dd class="oc-money">{format_money(&item.total, &locale)}</dd>
                <dt>"Add-ons"</dt>
                <dd>
                    {if item.addons.is_empty() {
                        view! { <span class="oc-muted">"None"</span> }.into_any()
                    } else {
                        view! { <ul>{item.addons.into_iter().map(|a| view! {
                            <li>{format!("{} × {} at {}", a.name, a.quantity, format_money(&a.unit_price, &locale))}</li>
                        }).collect_view()}</ul> }.into_any()
                    }}
                </dd>
            </dl>
            <details class="oc-subscription">
                <summary>{format!("Subscription: {}", sub.name)}</summary>
                <dl class="oc-facts">
                    <dt>"Admin e-mail"</dt><dd>{sub.admin_email}</dd>
                    <dt>"Name"</dt><dd>{sub.first_name}</dd>
                    <dt>"Surname"</dt><dd>{sub.last_name}</dd>
                    {sub.tenant_name.map(|t| view! { <dt>"Tenant name"</dt><dd>{t}</dd> })}
                    <dt>"Price"</dt><dd>{format!("{} per license, {}", format_money(&sub.unit_price, &locale), sub.billing_period.to_lowercase())}</dd>
                </dl>
            </details>
        </section>
    }
}
