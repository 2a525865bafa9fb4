use domain::subscriptions::SubscriptionStatus;
use leptos::prelude::*;

use crate::i18n::{k, name_of, t};
use crate::routing::Paths;
use crate::ui::StatusBadge;

/// All 16 statuses with what each means and what can be done in it. A customer reads
/// what each means for them, and no provider's actions (they take none).
#[component]
pub fn StatusReferencePage() -> impl IntoView {
    let paths = expect_context::<Paths>();
    let provider = expect_context::<domain::Session>().role.sees_markup();
    let about = if provider { "sub_status_about" } else { "sub_status_for_customer" };
    view! {
        <section aria-labelledby="oc-statuses-title">
            <div class="oc-toolbar">
                <h1 id="oc-statuses-title">{t(k::STATUSES_TITLE)}</h1>
                <a class="oc-button" href=paths.href("/subscriptions", "")>{t(k::SUB_BACK)}</a>
            </div>
            <div class="oc-table-wrap">
                <table class="oc-table" data-testid="subscription-status-table" aria-labelledby="oc-statuses-title">
                    <thead><tr>
                        <th scope="col">{t(k::COMMON_STATUS)}</th><th scope="col">{t(k::STATUSES_DESCRIPTION)}</th>
                        {provider.then(|| view! { <th scope="col">{t(k::SUB_ACTIONS)}</th> })}
                    </tr></thead>
                    <tbody>
                        {SubscriptionStatus::KNOWN.iter().map(|status| {
                            let key = status.key();
                            view! {
                                <tr data-status=key.to_string()>
                                    <th scope="row" data-label=t(k::COMMON_STATUS)><StatusBadge label=name_of("sub_status", key) tone=status.tone()/></th>
                                    <td data-label=t(k::STATUSES_DESCRIPTION)>{name_of(about, key)}</td>
                                    {provider.then(|| view! { <td data-label=t(k::SUB_ACTIONS)>{name_of("sub_status_actions", key)}</td> })}
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}
