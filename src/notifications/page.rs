use domain::notifications::{
    Category, EventInfo, EventSetting, MissingContact, NotificationSettings, RecipientDirectory,
};
use domain::Session;
use leptos::prelude::*;

use super::edit::EditDialog;
use super::missing::MissingContactsNotice;
use super::preview::PreviewDialog;
use super::toggle::{Channel, ChannelToggle};
use crate::api::{use_remote, ApiClient, ApiError, Write};
use crate::i18n::{k, name_of, t, tf, tn};
use crate::ui::{focus_after_render, ConfirmDialog, ErrorNotice, RemoteStatus};

#[component]
pub fn NotificationsPage() -> impl IntoView {
    let client = expect_context::<ApiClient>();
    let session = expect_context::<Session>();
    let editable = session.role.can_edit_notifications();
    let settings = {
        let client = client.clone();
        use_remote(|| (), move |_, abort| client.notification_settings(&abort))
    };
    let confirm_reset = RwSignal::new(false);
    let reset_toggles = Write::new();
    let (resetting, reset_error) = (reset_toggles.pending, reset_toggles.error);
    let reset = move |_| {
        let client = client.clone();
        reset_toggles.run(
            move || client.reset_notification_toggles(),
            move |result| {
                if let Ok(fresh) = result {
                    settings.data.set(Some(fresh));
                }
                // The button was switched off while resetting, which took focus from it.
                focus_after_render("oc-reset-toggles");
            },
        );
    };
    let forbidden = move || settings.error.get().filter(|e| e.is_forbidden());
    view! {
        <section aria-labelledby="oc-notifications-title">
            <div class="oc-toolbar">
                <h1 id="oc-notifications-title" tabindex="-1">{name_of("area", "notifications")}</h1>
                <span class="oc-tab-current" aria-current="page">{t(k::EVENTS_TAB)}</span>
                {editable.then(|| view! {
                    <button type="button" class="oc-button" id="oc-reset-toggles" data-testid="reset-toggles" disabled=move || resetting.get()
                        on:click=move |_| confirm_reset.set(true)>
                        {move || t(if resetting.get() { k::EVENTS_RESETTING } else { k::EVENTS_RESET })}
                    </button>
                })}
            </div>
            {(!editable).then(|| view! {
                <p class="oc-notice" data-testid="read-only-note">
                    {tf(k::EVENTS_READ_ONLY, &[("role", &name_of("role", session.role.key()))])}
                </p>
            })}
            {move || reset_error.get().map(|error| view! { <ErrorNotice what=t(k::EVENTS_RESETTING_WHAT) error=error/> })}
            // Refused to this role: said in its own words, with no retry (asking again
            // changes nothing).
            <RemoteStatus what=t(k::EVENTS_LOADING) loading=(t(k::EVENTS_LOADING_DOTS), settings.answered)
                slow=settings.slow error=settings.error said_by_screen=ApiError::is_forbidden on_retry=move |_| settings.retry()/>
            {move || forbidden().map(|error| view! {
                <ErrorNotice what=t(k::EVENTS_LOADING) error=error headline=(t(k::EVENTS_FORBIDDEN), "forbidden")/>
            })}
            {move || settings.data.get().map(|loaded| view! { <Catalogue settings=loaded editable=editable/> })}
            <ConfirmDialog open=confirm_reset testid="reset-confirm"
                title=t(k::EVENTS_RESET_TITLE)
                message=t(k::EVENTS_RESET_TEXT)
                confirm_label=t(k::EVENTS_RESET_CONFIRM) on_confirm=reset/>
        </section>
    }
}

/// Events grouped by category, with a search over titles, the platform's event names and
/// descriptions.
#[component]
fn Catalogue(settings: NotificationSettings, editable: bool) -> impl IntoView {
    let search = RwSignal::new(String::new());
    let editing = RwSignal::new(None::<RwSignal<EventSetting>>);
    let previewing = RwSignal::new(None::<EventInfo>);
    let directory: StoredValue<RecipientDirectory> = StoredValue::new(settings.directory.clone());
    let missing: StoredValue<Vec<MissingContact>> = StoredValue::new(settings.missing_contacts.clone());
    // One signal per event, so saving one row never rebuilds the others.
    let rows: Vec<RwSignal<EventSetting>> = settings.events.into_iter().map(RwSignal::new).collect();
    let matches = move |info: &EventInfo| {
        let needle = search.get().trim().to_lowercase();
        needle.is_empty()
            || [Some(&info.title), Some(&info.description), info.event.as_ref()]
                .into_iter()
                .flatten()
                .any(|text| text.to_lowercase().contains(&needle))
    };
    let mut categories: Vec<Category> = Category::KNOWN.to_vec();
    for row in &rows {
        let category = row.with_untracked(|e| e.info.category.clone());
        if !categories.contains(&category) {
            categories.push(category);
        }
    }
    let visible_count = {
        let rows = rows.clone();
        move || rows.iter().filter(|r| r.with(|e| matches(&e.info))).count()
    };
    view! {
        <MissingContactsNotice missing=settings.missing_contacts.clone()/>
        <div class="oc-toolbar oc-filters">
            <label for="oc-event-search">{t(k::EVENTS_SEARCH)}</label>
            <input id="oc-event-search" type="search" data-testid="event-search" placeholder=t(k::EVENTS_SEARCH_HINT)
                prop:value=move || search.get() on:input=move |ev| search.set(event_target_value(&ev))/>
            <span class="oc-muted" aria-live="polite">{move || tn(k::EVENTS_COUNT, visible_count() as i64, &[])}</span>
        </div>
        {categories.into_iter().map(|category| {
            let group: Vec<RwSignal<EventSetting>> = rows.iter().copied().filter(|r| r.with_untracked(|e| e.info.category == category)).collect();
            if group.is_empty() {
                return ().into_any();
            }
            let heading_id = format!("oc-category-{}", category.key());
            let any_visible = {
                let group = group.clone();
                move || group.iter().any(|r| r.with(|e| matches(&e.info)))
            };
            view! {
                <section class="oc-category" data-category=category.key().to_string() hidden=move || !any_visible() aria-labelledby=heading_id.clone()>
                    <h2 id=heading_id.clone()>{name_of("category", category.key())}</h2>
                    <div class="oc-table-wrap">
                        <table class="oc-table oc-events" data-testid="notification-events">
                            <thead><tr><th scope="col">{t(k::EVENTS_EVENT)}</th><th scope="col">{t(k::CHANNEL_EMAIL)}</th><th scope="col">{t(k::CHANNEL_WEBHOOK)}</th><th scope="col"><span class="oc-visually-hidden">{t(k::SUB_ACTIONS)}</span></th></tr></thead>
                            <tbody>
                                {group.into_iter().map(|event| {
                                    let info = event.with_untracked(|e| e.info.clone());
                                    let shown = info.clone();
                                    let preview_info = info.clone();
                                    view! {
                                        <tr data-event-key=info.key.clone() hidden=move || !matches(&shown)>
                                            <th scope="row" data-label=t(k::EVENTS_EVENT)>
                                                <span class="oc-event-title">{info.title.clone()}</span>
                                                <div class="oc-muted">{info.description.clone()}</div>
                                                {info.event.clone().map(|name| view! { <code class="oc-muted" data-testid="event-name">{name}</code> })}
                                            </th>
                                            <td data-label=t(k::CHANNEL_EMAIL)>
                                                {if info.webhook_only {
                                                    view! { <span class="oc-muted" data-testid="webhook-only">{t(k::EVENTS_WEBHOOK_ONLY)}</span> }.into_any()
                                                } else {
                                                    view! { <ChannelToggle event=event channel=Channel::Email editable=editable/> }.into_any()
                                                }}
                                            </td>
                                            <td data-label=t(k::CHANNEL_WEBHOOK)><ChannelToggle event=event channel=Channel::Webhook editable=editable/></td>
                                            <td data-label=t(k::SUB_ACTIONS) class="oc-row-actions">
                                                <button type="button" class="oc-button" data-testid=format!("edit-{}", info.key)
                                                    on:click=move |_| editing.set(Some(event))>
                                                    {t(if editable { k::EVENTS_EDIT } else { k::EVENTS_VIEW })}
                                                    <span class="oc-visually-hidden">{format!(" {}", info.title)}</span>
                                                </button>
                                                {(!info.webhook_only).then(|| view! {
                                                    <button type="button" class="oc-button" data-testid=format!("preview-{}", info.key)
                                                        on:click=move |_| previewing.set(Some(preview_info.clone()))>
                                                        {t(k::EVENTS_PREVIEW)}<span class="oc-visually-hidden">{format!(" {}", tf(k::EVENTS_PREVIEW_HIDDEN, &[("title", &info.title)]))}</span>
                                                    </button>
                                                })}
                                            </td>
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                </section>
            }.into_any()
        }).collect_view()}
        <EditDialog editing=editing directory=directory missing=missing editable=editable/>
        <PreviewDialog info=previewing/>
    }
}
