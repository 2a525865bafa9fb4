use domain::notifications::{
    validate_email_settings, validate_webhook, EventDraft, EventSetting, EventUpdate, FieldError, MissingContact,
    RecipientDirectory, RecipientList, CONTENT_TYPES,
};
use leptos::prelude::*;

use super::recipients::RecipientField;
use super::webhook::webhook_tools;
use crate::api::{ApiClient, Write};
use crate::i18n::{field_error_text, k, t, tf, Key};
use crate::routing::LazyView;
use crate::ui::{focus_after_render, tab_key_target, ConfirmDialog, Modal};

/// The event's edit dialog, with an Email tab and a Webhook tab. Closing it with unsaved
/// changes (Close, Escape) asks first.
#[component]
pub fn EditDialog(
    editing: RwSignal<Option<RwSignal<EventSetting>>>,
    directory: StoredValue<RecipientDirectory>,
    missing: StoredValue<Vec<MissingContact>>,
    editable: bool,
) -> impl IntoView {
    let confirm_discard = RwSignal::new(false);
    // The open event's draft, kept here so that closing can ask whether it holds edits.
    let open_draft = StoredValue::new(None::<RwSignal<EventDraft>>);
    let close_now = move || editing.set(None);
    let request_close = move || {
        let unsaved = editing.get_untracked().zip(open_draft.get_value()).is_some_and(|(event, draft)| {
            event.with_untracked(|saved| draft.try_with_untracked(|d| d.changed(saved)).unwrap_or(false))
        });
        if unsaved {
            confirm_discard.set(true);
        } else {
            close_now();
        }
    };
    let modal = Modal::new(move || editing.with(Option::is_some), Callback::new(move |_| request_close()));
    view! {
        <dialog class="oc-dialog oc-edit" node_ref=modal.node data-testid="edit-dialog" aria-labelledby="oc-edit-title">
            {move || editing.get().map(|event| {
                let draft = RwSignal::new(EventDraft::of(&event.get_untracked()));
                open_draft.set_value(Some(draft));
                view! { <EditForm event=event draft=draft directory=directory missing=missing editable=editable/> }
            })}
            <div class="oc-dialog-actions">
                <button type="button" class="oc-button" data-testid="edit-close" on:click=move |_| request_close()>{t(k::COMMON_CLOSE)}</button>
            </div>
            <ConfirmDialog open=confirm_discard testid="discard-confirm"
                title=t(k::EDIT_DISCARD_TITLE)
                message=t(k::EDIT_DISCARD_TEXT)
                confirm_label=t(k::EDIT_DISCARD) cancel_label=t(k::EDIT_KEEP_EDITING)
                on_confirm=move |_| close_now()/>
        </dialog>
    }
}

/// The edit dialog's two tabs.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Tab {
    Email,
    Webhook,
}

impl Tab {
    const ALL: [Tab; 2] = [Tab::Email, Tab::Webhook];

    /// Names the tab's element ids and test hooks.
    fn key(self) -> &'static str {
        match self {
            Tab::Email => "email",
            Tab::Webhook => "webhook",
        }
    }

    fn tab_id(self) -> &'static str {
        match self {
            Tab::Email => "oc-tab-email",
            Tab::Webhook => "oc-tab-webhook",
        }
    }
}

fn first_error(errors: &[FieldError], field: &str) -> Option<String> {
    errors.iter().find(|e| e.field == field).map(field_error_text)
}

#[component]
fn EditForm(
    event: RwSignal<EventSetting>,
    draft: RwSignal<EventDraft>,
    directory: StoredValue<RecipientDirectory>,
    missing: StoredValue<Vec<MissingContact>>,
    editable: bool,
) -> impl IntoView {
    let client = expect_context::<ApiClient>();
    let opened = event.get_untracked();
    // A webhook-only event has no e-mail, so no Email tab.
    let tabs: &'static [Tab] = if opened.info.webhook_only { &[Tab::Webhook] } else { &Tab::ALL };
    let tab = RwSignal::new(tabs[0]);
    let offer_turn_on = RwSignal::new(false);
    let email_errors = RwSignal::new(Vec::<FieldError>::new());
    let webhook_errors = RwSignal::new(Vec::<FieldError>::new());
    let write = Write::new();
    let saving = write.pending;
    // Said after a save: what the save did.
    let message = RwSignal::new(None::<String>);
    // Each input follows its own part of the draft, not every keystroke elsewhere.
    let url = Memo::new(move |_| draft.with(|d| d.url.clone()));
    let content_type = Memo::new(move |_| draft.with(|d| d.content_type.clone()));
    let authorization = Memo::new(move |_| draft.with(|d| d.authorization.clone()));
    let remove_authorization = Memo::new(move |_| draft.with(|d| d.remove_authorization));
    let webhook_dirty = move || event.with(|saved| draft.with(|d| d.webhook_changed(saved)));

    let save = Callback::new(move |(update, done): (EventUpdate, Key)| {
        let key = event.with_untracked(|e| e.info.key.clone());
        let (client, sent) = (client.clone(), update.clone());
        let started = write.run(
            move || client.update_notification(&key, &sent),
            move |result| {
                if let Ok(saved) = result {
                    draft.update(|d| d.after_save(&update, &saved));
                    // A webhook saved while it is off sends nothing: ask whether to turn it on.
                    if update.webhook.is_some() && !saved.webhook_enabled && !saved.webhook.url.is_empty() {
                        offer_turn_on.set(true);
                    }
                    event.set(saved);
                    message.set(Some(t(done)));
                    // The tab's buttons were off while saving, which took focus from them.
                    focus_after_render(tab.get_untracked().tab_id());
                }
            },
        );
        if started {
            message.set(None);
        }
    });
    let save_email = move |_| {
        let settings = draft.with_untracked(EventDraft::email_settings);
        let errors = validate_email_settings(&settings);
        email_errors.set(errors.clone());
        if errors.is_empty() {
            save.run((EventUpdate { email: Some(settings), ..EventUpdate::default() }, k::EDIT_SAVED_RECIPIENTS));
        }
    };
    let save_webhook = move |_| {
        let update = draft.with_untracked(EventDraft::webhook_update);
        let errors = validate_webhook(&update);
        webhook_errors.set(errors.clone());
        if errors.is_empty() {
            save.run((EventUpdate { webhook: Some(update), ..EventUpdate::default() }, k::EDIT_SAVED_WEBHOOK));
        }
    };
    let info = opened.info;
    let field_error = move |errors: RwSignal<Vec<FieldError>>, field: &'static str| {
        Signal::derive(move || first_error(&errors.get(), field))
    };
    let tab_button = move |this: Tab, label: String| {
        let id = this.key();
        view! {
            <button type="button" role="tab" id=format!("oc-tab-{id}") aria-controls=format!("oc-tabpanel-{id}") data-testid=format!("edit-tab-{id}")
                aria-selected=move || (tab.get() == this).to_string() tabindex=move || if tab.get() == this { "0" } else { "-1" }
                class="oc-tab" on:click=move |_| tab.set(this)>{label}</button>
        }
    };
    // WAI-ARIA tabs: the arrows, Home and End move to a tab and select it.
    let on_tab_key = move |ev: leptos::ev::KeyboardEvent| {
        let current = tabs.iter().position(|t| *t == tab.get_untracked()).unwrap_or(0);
        if let Some(next) = tab_key_target(&ev.key(), current, tabs.len()) {
            ev.prevent_default();
            tab.set(tabs[next]);
            focus_after_render(tabs[next].tab_id());
        }
    };
    let turn_on = move |_| {
        save.run((EventUpdate { webhook_enabled: Some(true), ..EventUpdate::default() }, k::EDIT_TURNED_ON));
    };
    // A read-only role views the settings: the same fields, none of the editing words.
    let inherited_note = move |inherited: bool| {
        inherited.then(|| view! {
        <p class="oc-muted" data-testid="inherited"><span class="oc-badge tone-neutral">{t(k::EDIT_INHERITED)}</span>" " {t(if editable { k::EDIT_INHERITED_TEXT } else { k::EDIT_INHERITED_VIEW_TEXT })}</p>
    })
    };

    view! {
        <h2 id="oc-edit-title">{tf(if editable { k::EDIT_TITLE } else { k::EDIT_VIEW_TITLE }, &[("title", &info.title)])}</h2>
        <p class="oc-muted">{info.description.clone()}</p>
        <div role="tablist" aria-label=t(k::EDIT_CHANNEL) class="oc-tabs" on:keydown=on_tab_key>
            {tabs.contains(&Tab::Email).then(|| tab_button(Tab::Email, t(k::CHANNEL_EMAIL)))}
            {tab_button(Tab::Webhook, t(k::CHANNEL_WEBHOOK))}
        </div>
        <p role="status" class="oc-success" data-testid="edit-saved">{move || message.get()}</p>
        <p role="alert" class="oc-field-error" data-testid="edit-failed">
            {move || write.error.get().map(|error| tf(k::EDIT_NOT_SAVED, &[("reason", &error.sentence())]))}
        </p>
        <div role="tabpanel" id="oc-tabpanel-email" aria-labelledby="oc-tab-email" hidden=move || tab.get() != Tab::Email>
            {move || inherited_note(event.with(|e| e.email.inherited))}
            <RecipientField label=t(if editable { k::EDIT_TO } else { k::EDIT_TO_VIEW }) field=RecipientList::To draft=draft directory=directory missing=missing error=field_error(email_errors, RecipientList::To.key()) editable=editable/>
            <RecipientField label=t(k::EDIT_CC) field=RecipientList::Cc draft=draft directory=directory missing=missing error=field_error(email_errors, RecipientList::Cc.key()) editable=editable/>
            <RecipientField label=t(k::EDIT_BCC) field=RecipientList::Bcc draft=draft directory=directory missing=missing error=field_error(email_errors, RecipientList::Bcc.key()) editable=editable/>
            {editable.then(|| view! {
                <TabActions tab="email" saving=saving restore_label=t(k::EDIT_RESTORE_RECIPIENTS) save_label=t(k::EDIT_SAVE_RECIPIENTS)
                    on_restore=move |_| save.run((EventUpdate { reset_email: true, ..EventUpdate::default() }, k::EDIT_RESTORED_RECIPIENTS))
                    on_save=save_email/>
            })}
        </div>
        <div role="tabpanel" id="oc-tabpanel-webhook" aria-labelledby="oc-tab-webhook" hidden=move || tab.get() != Tab::Webhook>
            {move || inherited_note(event.with(|e| e.webhook.inherited))}
            <div class="oc-field">
                <label for="oc-webhook-url">{t(if editable { k::EDIT_URL } else { k::EDIT_URL_VIEW })}</label>
                <input id="oc-webhook-url" type="url" data-testid="webhook-url" placeholder="https://hooks.example.com/marketplace" disabled=!editable
                    aria-invalid=move || field_error(webhook_errors, "url").get().is_some().to_string() aria-describedby="oc-webhook-url-error"
                    prop:value=move || url.get() on:input=move |ev| draft.update(|d| d.url = event_target_value(&ev))/>
                <p id="oc-webhook-url-error" class="oc-field-error" data-testid="webhook-url-error">{move || field_error(webhook_errors, "url").get()}</p>
            </div>
            <div class="oc-field">
                <label for="oc-webhook-auth">{t(if editable { k::EDIT_AUTHORIZATION } else { k::EDIT_AUTHORIZATION_VIEW })}</label>
                <input id="oc-webhook-auth" type="password" autocomplete="off" data-testid="webhook-authorization" disabled=!editable
                    placeholder=move || event.with(|e| e.webhook.authorization_hint.clone().map(|h| tf(if editable { k::EDIT_AUTHORIZATION_SET } else { k::EDIT_AUTHORIZATION_SET_VIEW }, &[("hint", &h)])).unwrap_or_else(|| t(k::EDIT_AUTHORIZATION_UNSET)))
                    prop:value=move || authorization.get() on:input=move |ev| draft.update(|d| d.authorization = event_target_value(&ev))/>
                {editable.then(|| view! { <p class="oc-muted">{t(k::EDIT_AUTHORIZATION_SECRET)}</p> })}
                {move || (editable && event.with(|e| e.webhook.authorization_hint.is_some())).then(|| view! {
                    <label><input type="checkbox" disabled=!editable prop:checked=move || remove_authorization.get()
                        on:change=move |ev| draft.update(|d| d.remove_authorization = event_target_checked(&ev))/>" " {t(k::EDIT_AUTHORIZATION_REMOVE)}</label>
                })}
                <p class="oc-field-error">{move || field_error(webhook_errors, "authorization").get()}</p>
            </div>
            <div class="oc-field">
                <label for="oc-webhook-type">{t(k::EDIT_CONTENT_TYPE)}</label>
                <select id="oc-webhook-type" data-testid="webhook-content-type" disabled=!editable on:change=move |ev| draft.update(|d| d.content_type = event_target_value(&ev))>
                    {CONTENT_TYPES.iter().map(|ct| view! { <option value=*ct selected=move || content_type.get() == *ct>{*ct}</option> }).collect_view()}
                </select>
            </div>
            {editable.then(|| view! {
                <TabActions tab="webhook" saving=saving restore_label=t(k::EDIT_RESTORE_WEBHOOK) save_label=t(k::EDIT_SAVE_WEBHOOK)
                    on_restore=move |_| save.run((EventUpdate { reset_webhook: true, ..EventUpdate::default() }, k::EDIT_RESTORED_WEBHOOK))
                    on_save=save_webhook/>
            })}
            {move || (tab.get() == Tab::Webhook).then(|| view! {
                <LazyView load=move || webhook_tools(event, Signal::derive(webhook_dirty), editable)/>
            })}
        </div>
        <ConfirmDialog open=offer_turn_on testid="webhook-turn-on"
            title=t(k::EDIT_TURN_ON_TITLE)
            message=t(k::EDIT_TURN_ON_TEXT)
            confirm_label=t(k::EDIT_TURN_ON) cancel_label=t(k::EDIT_LEAVE_OFF)
            on_confirm=turn_on/>
    }
}

/// A tab's buttons: restore the inherited values, or save this tab's drafts. Both are off
/// while a save is under way.
#[component]
fn TabActions(
    /// `email` or `webhook`; names the test hooks (`email-reset`, `email-save`, ...).
    tab: &'static str,
    saving: RwSignal<bool>,
    restore_label: String,
    save_label: String,
    #[prop(into)] on_restore: Callback<()>,
    #[prop(into)] on_save: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="oc-dialog-actions">
            <button type="button" class="oc-button" data-testid=format!("{tab}-reset") disabled=move || saving.get()
                on:click=move |_| on_restore.run(())>{restore_label}</button>
            <button type="button" class="oc-button oc-primary" data-testid=format!("{tab}-save") disabled=move || saving.get()
                on:click=move |_| on_save.run(())>{save_label}</button>
        </div>
    }
}
