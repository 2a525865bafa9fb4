use domain::notifications::{
    Category, EventInfo, EventSetting, MissingContact, NotificationSettings, RecipientDirectory,
};
use domain::Session;
use leptos::prelude::*;

use super::edit::EditDialog;
use super::preview::PreviewDialog;
use super::toggle::{Channel, ChannelToggle};
use crate::api::{use_remote, ApiClient, Write};
use crate::ui::{ConfirmDialog, ErrorNotice, SlowNotice};

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
            },
        );
    };
    view! {
        <section aria-labelledby="oc-notifications-title">
            <div class="oc-toolbar">
                <h1 id="oc-notifications-title">"Notification settings"</h1>
                <span class="oc-tab-current" aria-current="page">"Events"</span>
                {editable.then(|| view! {
                    <button type="button" class="oc-button" data-testid="reset-toggles" disabled=move || resetting.get()
                        on:click=move |_| confirm_reset.set(true)>
                        {move || if resetting.get() { "Resetting…" } else { "Reset to default" }}
                    </button>
                })}
            </div>
            {(!editable).then(|| view! {
                <p class="oc-notice" data-testid="read-only-note">
                    {format!("Read-only: you are signed in as {}. Only a seller admin can change notification settings.", session.role.label())}
                </p>
            })}
            {move || reset_error.get().map(|error| view! { <ErrorNotice what="Resetting the toggles" error=error/> })}
            <SlowNotice slow=settings.slow on_retry=move |_| settings.retry()/>
            {move || settings.error.get().map(|error| {
                if error.is_forbidden() {
                    view! {
                        <div class="oc-notice oc-notice-error" role="alert" data-testid="forbidden">
                            <p><strong>"You do not have access to notification settings."</strong> " " {error.message()}</p>
                        </div>
                    }.into_any()
                } else {
                    view! { <ErrorNotice what="Loading notification settings" error=error on_retry=move |_| settings.retry()/> }.into_any()
                }
            })}
            {move || match settings.data.get() {
                Some(loaded) => view! { <Catalogue settings=loaded editable=editable/> }.into_any(),
                None if settings.error.with(Option::is_none) => view! { <p class="oc-loading" role="status">"Loading notification settings…"</p> }.into_any(),
                None => ().into_any(),
            }}
            <ConfirmDialog open=confirm_reset testid="reset-confirm"
                title="Reset every toggle to its default?"
                message="All Email and Webhook switches go back to their defaults. Recipients and webhook settings stay as they are."
                confirm_label="Reset toggles" on_confirm=reset/>
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
        <div class="oc-toolbar oc-filters">
            <label for="oc-event-search">"Search events"</label>
            <input id="oc-event-search" type="search" data-testid="event-search" placeholder="Title, event name or description"
                prop:value=move || search.get() on:input=move |ev| search.set(event_target_value(&ev))/>
            <span class="oc-muted" aria-live="polite">{move || format!("{} events", visible_count())}</span>
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
                    <h2 id=heading_id.clone()>{category.label()}</h2>
                    <div class="oc-table-wrap">
                        <table class="oc-table oc-events" data-testid="notification-events">
                            <thead><tr><th scope="col">"Event"</th><th scope="col">"Email"</th><th scope="col">"Webhook"</th><th scope="col"><span class="oc-visually-hidden">"Actions"</span></th></tr></thead>
                            <tbody>
                                {group.into_iter().map(|event| {
                                    let info = event.with_untracked(|e| e.info.clone());
                                    let shown = info.clone();
                                    let preview_info = info.clone();
                                    view! {
                                        <tr data-event-key=info.key.clone() hidden=move || !matches(&shown)>
                                            <th scope="row" data-label="Event">
                                                <span class="oc-event-title">{info.title.clone()}</span>
                                                <div class="oc-muted">{info.description.clone()}</div>
                                                {info.event.clone().map(|name| view! { <code class="oc-muted" data-testid="event-name">{name}</code> })}
                                            </th>
                                            <td data-label="Email"><ChannelToggle event=event channel=Channel::Email editable=editable/></td>
                                            <td data-label="Webhook"><ChannelToggle event=event channel=Channel::Webhook editable=editable/></td>
                                            <td data-label="Actions" class="oc-row-actions">
                                                <button type="button" class="oc-button" data-testid=format!("edit-{}", info.key)
                                                    on:click=move |_| editing.set(Some(event))>
                                                    {if editable { "Edit" } else { "View" }}
                                                    <span class="oc-visually-hidden">{format!(" {}", info.title)}</span>
                                                </button>
                                                <button type="button" class="oc-button" data-testid=format!("preview-{}", info.key)
                                                    on:click=move |_| previewing.set(Some(preview_info.clone()))>
                                                    "Preview"<span class="oc-visually-hidden">{format!(" the e-mail for {}", info.title)}</span>
                                                </button>
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
