use domain::subscriptions::SubscriptionStatus;
use leptos::prelude::*;

use crate::i18n::{k, name_of, t};
use crate::routing::Paths;
use crate::ui::{ReferenceRow, StatusReference};

/// All 16 statuses with what each means and what can be done in it. A customer reads
/// what each means for them, and no provider's actions (they take none).
#[component]
pub fn StatusReferencePage() -> impl IntoView {
    let provider = expect_context::<domain::Session>().role.sees_markup();
    let about = if provider { "sub_status_about" } else { "sub_status_for_customer" };
    let actions = t(k::SUB_ACTIONS);
    let head = provider.then(|| view! { <th scope="col">{actions.clone()}</th> });
    let rows = SubscriptionStatus::KNOWN.iter().map(move |status| ReferenceRow {
        key: status.key(),
        name: name_of("sub_status", status.key()),
        tone: status.tone(),
        meaning: name_of(about, status.key()),
        more: provider
            .then(|| view! { <td data-label=actions.clone()>{name_of("sub_status_actions", status.key())}</td> }),
    });
    let back_href = expect_context::<Paths>().href("/subscriptions", "");
    view! {
        <StatusReference title_id="oc-statuses-title" title=t(k::STATUSES_TITLE)
            back_href=back_href back_label=t(k::SUB_BACK) back_testid="back-to-subscriptions"
            table_testid="subscription-status-table" more_head=head
            rows=rows/>
    }
}
