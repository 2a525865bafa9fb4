use domain::subscriptions::SubscriptionStatus;
use leptos::prelude::*;

use crate::shell::Paths;
use crate::ui::StatusBadge;

/// All 16 statuses with what each means and what can be done in it.
#[component]
pub fn StatusReferencePage() -> impl IntoView {
    let paths = expect_context::<Paths>();
    view! {
        <section aria-labelledby="oc-statuses-title">
            <div class="oc-toolbar">
                <h1 id="oc-statuses-title">"Subscription statuses"</h1>
                <a class="oc-button" href=paths.href("/subscriptions", "")>"Back to subscriptions"</a>
            </div>
            <div class="oc-table-wrap">
                <table class="oc-table" data-testid="subscription-status-table" aria-labelledby="oc-statuses-title">
                    <thead><tr><th scope="col">"Status"</th><th scope="col">"Description"</th><th scope="col">"Actions"</th></tr></thead>
                    <tbody>
                        {SubscriptionStatus::KNOWN.iter().map(|status| view! {
                            <tr data-status=status.key().to_string()>
                                <th scope="row" data-label="Status"><StatusBadge label=status.label() tone=status.tone()/></th>
                                <td data-label="Description">{status.description()}</td>
                                <td data-label="Actions">{status.actions_text()}</td>
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}
