use domain::notifications::{EventSetting, EventUpdate, ToggleSync};
use leptos::prelude::*;

use crate::api::{ApiClient, Write};
use crate::i18n::{k, t, tf};
use crate::ui::Switch;

#[derive(Clone, Copy, PartialEq)]
pub enum Channel {
    Email,
    Webhook,
}

impl Channel {
    fn label(self) -> String {
        t(match self {
            Channel::Email => k::CHANNEL_EMAIL,
            Channel::Webhook => k::CHANNEL_WEBHOOK,
        })
    }
    fn read(self, setting: &EventSetting) -> bool {
        match self {
            Channel::Email => setting.email_enabled,
            Channel::Webhook => setting.webhook_enabled,
        }
    }
    fn update(self, value: bool) -> EventUpdate {
        match self {
            Channel::Email => EventUpdate { email_enabled: Some(value), ..EventUpdate::default() },
            Channel::Webhook => EventUpdate { webhook_enabled: Some(value), ..EventUpdate::default() },
        }
    }
}

#[derive(Clone)]
struct Saver {
    client: ApiClient,
    key: String,
    title: String,
    channel: Channel,
    sync: RwSignal<ToggleSync>,
    error: RwSignal<Option<String>>,
    event: RwSignal<EventSetting>,
    write: Write,
}

impl Saver {
    /// Sends `value`; when it returns, sends the newest click if there was one since.
    /// (`ToggleSync` allows one save at a time, so `write` is never busy here.)
    fn send(self, value: bool) {
        let (client, key, update) = (self.client.clone(), self.key.clone(), self.channel.update(value));
        self.write.run(
            move || client.update_notification(&key, &update),
            move |result| match result {
                Ok(saved) => {
                    let server_value = self.channel.read(&saved);
                    self.event.set(saved);
                    self.error.set(None);
                    let mut next = None;
                    self.sync.update(|s| next = s.saved(server_value));
                    if let Some(value) = next {
                        self.send(value);
                    }
                }
                Err(failure) => {
                    self.sync.update(ToggleSync::failed);
                    let key = if value { k::TOGGLE_NOT_ON } else { k::TOGGLE_NOT_OFF };
                    let message = tf(
                        key,
                        &[("channel", &self.channel.label()), ("title", &self.title), ("reason", &failure.sentence())],
                    );
                    self.error.set(Some(message));
                }
            },
        );
    }
}

/// An Email or Webhook switch that saves at once (see `ToggleSync` for the rules).
#[component]
pub fn ChannelToggle(event: RwSignal<EventSetting>, channel: Channel, editable: bool) -> impl IntoView {
    let client = expect_context::<ApiClient>();
    let (key, title) = event.with_untracked(|e| (e.info.key.clone(), e.info.title.clone()));
    let sync = RwSignal::new(ToggleSync::new(event.with_untracked(|e| channel.read(e))));
    let error = RwSignal::new(None::<String>);

    // A value saved elsewhere (the edit dialog turning the webhook on) shows here too.
    Effect::new(move |_| {
        let value = event.with(|e| channel.read(e));
        sync.update(|s| s.server_changed(value));
    });
    let saver = Saver { client, key, title, channel, sync, error, event, write: Write::new() };
    let on_toggle = move |_| {
        let mut start = None;
        sync.update(|s| start = s.click());
        if let Some(value) = start {
            saver.clone().send(value);
        }
    };
    let testid = match channel {
        Channel::Email => format!("notification-toggle-{}", event.with_untracked(|e| e.info.key.clone())),
        Channel::Webhook => format!("notification-webhook-toggle-{}", event.with_untracked(|e| e.info.key.clone())),
    };
    let label = tf(
        k::TOGGLE_LABEL,
        &[("channel", &channel.label()), ("title", &event.with_untracked(|e| e.info.title.clone()))],
    );
    view! {
        <Switch checked=Signal::derive(move || sync.get().shown()) label=label testid=testid
            busy=Signal::derive(move || sync.get().saving()) disabled=Signal::derive(move || !editable)
            on_toggle=on_toggle/>
        <span class="oc-muted oc-saving" aria-live="polite">{move || sync.get().saving().then(|| t(k::TOGGLE_SAVING))}</span>
        {move || error.get().map(|message| view! { <p class="oc-field-error" role="alert" data-testid="toggle-error">{message}</p> })}
    }
}
