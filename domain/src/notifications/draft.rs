//! What a user has typed in an event's edit dialog and not saved yet: one value for both
//! tabs, compared with the saved setting to know what is unsaved, and turned into the
//! update each tab's Save sends.
use super::{EmailSettings, EventSetting, EventUpdate, Recipient, WebhookUpdate};

/// One of an e-mail's recipient lists.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecipientList {
    To,
    Cc,
    Bcc,
}

impl RecipientList {
    pub const ALL: [RecipientList; 3] = [RecipientList::To, RecipientList::Cc, RecipientList::Bcc];

    /// The field's name in the API's validation answers and in test hooks.
    pub fn key(self) -> &'static str {
        match self {
            RecipientList::To => "to",
            RecipientList::Cc => "cc",
            RecipientList::Bcc => "bcc",
        }
    }
}

/// The edit dialog's unsaved values.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EventDraft {
    pub to: Vec<Recipient>,
    pub cc: Vec<Recipient>,
    pub bcc: Vec<Recipient>,
    pub url: String,
    pub content_type: String,
    /// A new Authorization header; empty keeps the stored one.
    pub authorization: String,
    /// Remove the stored Authorization header.
    pub remove_authorization: bool,
}

impl EventDraft {
    /// The draft of a setting as saved: nothing unsaved yet.
    pub fn of(saved: &EventSetting) -> Self {
        let mut draft = EventDraft::default();
        draft.take_email(saved);
        draft.take_webhook(saved);
        draft
    }

    pub fn list(&self, list: RecipientList) -> &Vec<Recipient> {
        match list {
            RecipientList::To => &self.to,
            RecipientList::Cc => &self.cc,
            RecipientList::Bcc => &self.bcc,
        }
    }

    pub fn list_mut(&mut self, list: RecipientList) -> &mut Vec<Recipient> {
        match list {
            RecipientList::To => &mut self.to,
            RecipientList::Cc => &mut self.cc,
            RecipientList::Bcc => &mut self.bcc,
        }
    }

    /// Adds a recipient to a list once: adding one already there changes nothing.
    pub fn add(&mut self, list: RecipientList, recipient: Recipient) {
        let recipients = self.list_mut(list);
        if !recipients.contains(&recipient) {
            recipients.push(recipient);
        }
    }

    pub fn remove(&mut self, list: RecipientList, index: usize) {
        let recipients = self.list_mut(list);
        if index < recipients.len() {
            recipients.remove(index);
        }
    }

    /// Whether the Email tab has changes the saved setting lacks.
    pub fn email_changed(&self, saved: &EventSetting) -> bool {
        let email = &saved.email;
        (&email.to, &email.cc, &email.bcc) != (&self.to, &self.cc, &self.bcc)
    }

    /// Whether the Webhook tab has changes the saved setting lacks. A typed header is
    /// always a change: the saved one is never sent back to compare with.
    pub fn webhook_changed(&self, saved: &EventSetting) -> bool {
        let webhook = &saved.webhook;
        webhook.url != self.url
            || webhook.content_type != self.content_type
            || !self.authorization.is_empty()
            || self.remove_authorization
    }

    /// Whether closing the dialog now would lose something typed.
    pub fn changed(&self, saved: &EventSetting) -> bool {
        self.email_changed(saved) || self.webhook_changed(saved)
    }

    /// What the Email tab's Save sends.
    pub fn email_settings(&self) -> EmailSettings {
        EmailSettings { to: self.to.clone(), cc: self.cc.clone(), bcc: self.bcc.clone(), inherited: false }
    }

    /// What the Webhook tab's Save sends: the address without surrounding spaces, and the
    /// header only when one was typed or its removal asked for.
    pub fn webhook_update(&self) -> WebhookUpdate {
        let authorization = if self.remove_authorization {
            Some(String::new())
        } else {
            Some(self.authorization.clone()).filter(|header| !header.is_empty())
        };
        WebhookUpdate { url: self.url.trim().to_string(), content_type: self.content_type.clone(), authorization }
    }

    /// After `update` was saved as `saved`: the saved tab's draft becomes what the server
    /// holds; the other tab keeps its edits.
    pub fn after_save(&mut self, update: &EventUpdate, saved: &EventSetting) {
        if update.email.is_some() || update.reset_email {
            self.take_email(saved);
        }
        if update.webhook.is_some() || update.reset_webhook {
            self.take_webhook(saved);
        }
    }

    fn take_email(&mut self, saved: &EventSetting) {
        self.to = saved.email.to.clone();
        self.cc = saved.email.cc.clone();
        self.bcc = saved.email.bcc.clone();
    }

    fn take_webhook(&mut self, saved: &EventSetting) {
        self.url = saved.webhook.url.clone();
        self.content_type = saved.webhook.content_type.clone();
        self.authorization.clear();
        self.remove_authorization = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notifications::{Category, EventInfo, WebhookSettings};

    fn saved() -> EventSetting {
        EventSetting {
            info: EventInfo {
                key: "order_placed".into(),
                event: None,
                title: "Order placed".into(),
                category: Category::Orders,
                description: String::new(),
                webhook_only: false,
            },
            email_enabled: true,
            webhook_enabled: false,
            email: EmailSettings {
                to: vec![Recipient::Contact { contact: "Primary".into() }],
                cc: vec![],
                bcc: vec![],
                inherited: true,
            },
            webhook: WebhookSettings {
                url: "https://hooks.example.com/a".into(),
                content_type: "application/json".into(),
                authorization_hint: Some("…1234".into()),
                inherited: false,
            },
        }
    }

    #[test]
    fn a_fresh_draft_has_nothing_unsaved() {
        let saved = saved();
        assert!(!EventDraft::of(&saved).changed(&saved));
    }

    #[test]
    fn each_tab_knows_its_own_changes() {
        let saved = saved();
        let mut draft = EventDraft::of(&saved);
        draft.add(RecipientList::Cc, Recipient::Email { address: "a@example.com".into() });
        assert!(draft.email_changed(&saved) && !draft.webhook_changed(&saved));
        for list in RecipientList::ALL {
            let mut draft = EventDraft::of(&saved);
            draft.add(list, Recipient::Role { role: "Finance".into() });
            assert!(draft.email_changed(&saved), "a recipient added to {}", list.key());
        }
        let mut draft = EventDraft::of(&saved);
        draft.authorization = "Bearer x".into();
        assert!(draft.webhook_changed(&saved) && !draft.email_changed(&saved));
        let mut draft = EventDraft::of(&saved);
        draft.remove_authorization = true;
        assert!(draft.changed(&saved));
    }

    #[test]
    fn a_recipient_is_added_once_and_removed_by_place() {
        let mut draft = EventDraft::default();
        let cfo = Recipient::Role { role: "Finance".into() };
        draft.add(RecipientList::To, cfo.clone());
        draft.add(RecipientList::To, cfo.clone());
        assert_eq!(draft.to, vec![cfo]);
        draft.remove(RecipientList::To, 5);
        assert_eq!(draft.to.len(), 1, "a place past the end removes nothing");
        draft.remove(RecipientList::To, 0);
        assert!(draft.to.is_empty());
    }

    #[test]
    fn the_header_is_sent_only_when_typed_or_removed() {
        let mut draft = EventDraft::of(&saved());
        draft.url = "  https://hooks.example.com/b ".into();
        assert_eq!(draft.webhook_update().url, "https://hooks.example.com/b");
        assert_eq!(draft.webhook_update().authorization, None, "kept as stored");
        draft.authorization = "Bearer x".into();
        assert_eq!(draft.webhook_update().authorization.as_deref(), Some("Bearer x"));
        draft.remove_authorization = true;
        assert_eq!(draft.webhook_update().authorization.as_deref(), Some(""), "removed");
    }

    #[test]
    fn saving_one_tab_keeps_the_other_tabs_edits() {
        let before = saved();
        let mut draft = EventDraft::of(&before);
        draft.url = "https://hooks.example.com/typed".into();
        draft.add(RecipientList::Bcc, Recipient::Email { address: "b@example.com".into() });
        let mut after = before.clone();
        after.email.bcc = draft.bcc.clone();
        draft.after_save(&EventUpdate { email: Some(draft.email_settings()), ..EventUpdate::default() }, &after);
        assert!(!draft.email_changed(&after));
        assert_eq!(draft.url, "https://hooks.example.com/typed", "the webhook tab's edit is kept");
        draft.after_save(&EventUpdate { reset_webhook: true, ..EventUpdate::default() }, &after);
        assert!(!draft.changed(&after));
    }
}
