use domain::subscriptions::{Subscription, SubscriptionAction};
use leptos::prelude::*;

use crate::api::{ApiClient, Write};
use crate::ui::{ConfirmDialog, ErrorNotice};

/// What the action does to the status, said before it runs.
fn confirmation(action: &SubscriptionAction) -> String {
    match action {
        SubscriptionAction::RevertToInProgress => "The customer's cancellation request is withdrawn and the status changes from Subscription Request Received to Provisioning in Progress: the subscription goes ahead.".into(),
        SubscriptionAction::RevertToSubmitted => "The customer's cancellation request is withdrawn and the request is submitted again for review: the status stays Subscription Request Received, without the cancellation request.".into(),
        SubscriptionAction::ConfirmCancellation => "The subscription is cancelled as the customer requested: the status changes to Pending Cancellation.".into(),
        SubscriptionAction::Unknown(key) => format!("Run “{key}” on this subscription."),
    }
}

/// What changed, said after it ran.
fn outcome(action: &SubscriptionAction, updated: &Subscription) -> String {
    let status = format!("{}: the status is now {}.", action.label(), updated.status.label());
    match action {
        SubscriptionAction::RevertToSubmitted => {
            format!("{status} The cancellation request is withdrawn; the request waits for review again.")
        }
        SubscriptionAction::RevertToInProgress => format!("{status} The cancellation request is withdrawn."),
        _ => status,
    }
}

/// The actions the status allows (the server decides which), each confirmed first. While
/// one runs the buttons are off; a failure leaves the status as it was and says why.
#[component]
pub fn SubscriptionActions(
    sub: Subscription,
    /// Where the outcome is announced; owned by the page, which re-renders this on success.
    done: RwSignal<Option<String>>,
    #[prop(into)] on_changed: Callback<Subscription>,
) -> impl IntoView {
    let client = expect_context::<ApiClient>();
    let pending = RwSignal::new(None::<SubscriptionAction>);
    let confirm_open = RwSignal::new(false);
    let save = Write::new();
    let (working, failure) = (save.pending, save.error);
    let id = sub.id.clone();
    let run = move |_| {
        let Some(action) = pending.get_untracked() else { return };
        let (client, id, sent) = (client.clone(), id.clone(), action.clone());
        let started = save.run(
            move || client.subscription_action(&id, sent),
            move |result| {
                if let Ok(updated) = result {
                    done.set(Some(outcome(&action, &updated)));
                    on_changed.run(updated);
                }
            },
        );
        if started {
            done.set(None);
        }
    };
    let actions = sub.allowed_actions.clone();
    let status = sub.status.clone();
    view! {
        <section class="oc-actions" aria-labelledby="oc-actions-title" data-testid="subscription-actions">
            <h2 id="oc-actions-title">"Actions"</h2>
            {move || failure.get().map(|error| view! {
                <ErrorNotice what="Changing the status" error=error/>
                <p class="oc-muted" data-testid="status-unchanged">"The status is unchanged."</p>
            })}
            {if actions.is_empty() {
                view! { <p class="oc-muted" data-testid="no-actions">{format!("No action changes the status while it is {}. {}", status.label(), status.actions_text()).trim_end().to_string()}</p> }.into_any()
            } else {
                view! {
                    <div class="oc-action-buttons">
                        {actions.into_iter().map(|action| {
                            let key = action.key().to_string();
                            let label = action.label();
                            view! {
                                <button type="button" class="oc-button" data-testid=format!("action-{key}") disabled=move || working.get()
                                    on:click=move |_| { pending.set(Some(action.clone())); confirm_open.set(true); }>
                                    {label}
                                </button>
                            }
                        }).collect_view()}
                        <span role="status" class="oc-muted">{move || working.get().then_some("Working…")}</span>
                    </div>
                }.into_any()
            }}
            <ConfirmDialog open=confirm_open testid="action-confirm"
                title=Signal::derive(move || pending.get().map(|a| format!("{}?", a.label())).unwrap_or_default())
                message=Signal::derive(move || pending.get().map(|a| confirmation(&a)).unwrap_or_default())
                confirm_label=Signal::derive(move || pending.get().map(|a| a.label()).unwrap_or_default())
                on_confirm=run/>
        </section>
    }
}
