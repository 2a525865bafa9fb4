use domain::subscriptions::{Subscription, SubscriptionAction};
use leptos::prelude::*;

use crate::api::{ApiClient, Write};
use crate::i18n::{k, name_of, t, tf};
use crate::ui::{focus_after_render, ConfirmDialog, ErrorNotice};

/// What the action does to the status, said before it runs.
fn confirmation(action: &SubscriptionAction) -> String {
    match action {
        SubscriptionAction::Unknown(key) => tf(k::SUB_ACTION_CONFIRM_UNKNOWN, &[("key", key)]),
        known => name_of("sub_action_confirm", known.key()),
    }
}

/// What changed, said after it ran.
fn outcome(action: &SubscriptionAction, updated: &Subscription) -> String {
    let status = tf(
        k::SUB_ACTION_DONE,
        &[("action", &name_of("sub_action", action.key())), ("status", &name_of("sub_status", updated.status.key()))],
    );
    match action {
        SubscriptionAction::RevertToSubmitted | SubscriptionAction::RevertToInProgress => {
            format!("{status} {}", name_of("sub_action_then", action.key()))
        }
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
                    // The actions are rebuilt for the new status: focus goes to what happened.
                    focus_after_render("oc-action-done");
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
            <h2 id="oc-actions-title">{t(k::SUB_ACTIONS)}</h2>
            {move || failure.get().map(|error| view! {
                <ErrorNotice what=t(k::SUB_CHANGING_STATUS) error=error/>
                <p class="oc-muted" data-testid="status-unchanged">{t(k::SUB_STATUS_UNCHANGED)}</p>
            })}
            {if actions.is_empty() {
                view! { <p class="oc-muted" data-testid="no-actions">{format!("{} {}", tf(k::SUB_NO_ACTION, &[("status", &name_of("sub_status", status.key()))]), name_of("sub_status_actions", status.key())).trim_end().to_string()}</p> }.into_any()
            } else {
                view! {
                    <div class="oc-action-buttons">
                        {actions.into_iter().map(|action| {
                            let key = action.key().to_string();
                            let label = name_of("sub_action", action.key());
                            view! {
                                <button type="button" class="oc-button" data-testid=format!("action-{key}") disabled=move || working.get()
                                    on:click=move |_| { pending.set(Some(action.clone())); confirm_open.set(true); }>
                                    {label}
                                </button>
                            }
                        }).collect_view()}
                        <span role="status" class="oc-muted">{move || working.get().then(|| t(k::SUB_WORKING))}</span>
                    </div>
                }.into_any()
            }}
            <ConfirmDialog open=confirm_open testid="action-confirm"
                title=Signal::derive(move || pending.get().map(|a| tf(k::SUB_CONFIRM_TITLE, &[("action", &name_of("sub_action", a.key()))])).unwrap_or_default())
                message=Signal::derive(move || pending.get().map(|a| confirmation(&a)).unwrap_or_default())
                confirm_label=Signal::derive(move || pending.get().map(|a| name_of("sub_action", a.key())).unwrap_or_default())
                on_confirm=run/>
        </section>
    }
}
