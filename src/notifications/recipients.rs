use domain::notifications::{
    validate_email_address, EventDraft, MissingContact, Recipient, RecipientDirectory, RecipientList,
};
use leptos::prelude::*;

use crate::i18n::{field_error_text, k, recipient_text, t, tf, tn};

/// The kinds of recipient a field adds, as the kind select offers them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Contact,
    Role,
    User,
    Email,
}

impl Kind {
    const ALL: [Kind; 4] = [Kind::Contact, Kind::Role, Kind::User, Kind::Email];

    /// The select's option value.
    fn value(self) -> &'static str {
        match self {
            Kind::Contact => "contact",
            Kind::Role => "role",
            Kind::User => "user",
            Kind::Email => "email",
        }
    }

    fn from_value(value: &str) -> Kind {
        Kind::ALL.into_iter().find(|kind| kind.value() == value).unwrap_or(Kind::Contact)
    }

    fn label(self) -> String {
        t(match self {
            Kind::Contact => k::RECIPIENTS_KIND_CONTACT,
            Kind::Role => k::RECIPIENTS_KIND_ROLE,
            Kind::User => k::RECIPIENTS_KIND_USER,
            Kind::Email => k::RECIPIENTS_KIND_EMAIL,
        })
    }
}

/// One recipient field (To, Cc or Bcc): the chosen recipients and a way to add one of
/// each kind: organisation contact, all users of a role, one user, or a custom address.
#[component]
pub fn RecipientField(
    #[prop(into)] label: String,
    /// Which of the draft's lists this field edits; its key names the test hooks.
    field: RecipientList,
    draft: RwSignal<EventDraft>,
    directory: StoredValue<RecipientDirectory>,
    missing: StoredValue<Vec<MissingContact>>,
    #[prop(into)] error: Signal<Option<String>>,
    editable: bool,
) -> impl IntoView {
    // Only this list's changes redraw its chips, not every keystroke elsewhere in the draft.
    let list = Memo::new(move |_| draft.with(|d| d.list(field).clone()));
    let kind = RwSignal::new(Kind::Contact);
    let choice = RwSignal::new(String::new());
    let address = RwSignal::new(String::new());
    let add_error = RwSignal::new(None::<String>);
    let add = move |_| {
        let directory = directory.get_value();
        let recipient = match kind.get_untracked() {
            Kind::Email => {
                let typed = address.get_untracked().trim().to_string();
                if let Err(refused) = validate_email_address(&typed) {
                    add_error.set(Some(field_error_text(&refused)));
                    return;
                }
                Recipient::Email { address: typed }
            }
            Kind::Role => Recipient::Role { role: choice.get_untracked() },
            Kind::User => {
                let id = choice.get_untracked();
                let Some(user) = directory.users.iter().find(|u| u.id == id) else { return };
                Recipient::User { id, name: user.name.clone() }
            }
            Kind::Contact => Recipient::Contact { contact: choice.get_untracked() },
        };
        if matches!(&recipient, Recipient::Contact { contact } | Recipient::Role { role: contact } if contact.is_empty())
        {
            add_error.set(Some(t(k::RECIPIENTS_CHOOSE)));
            return;
        }
        add_error.set(None);
        address.set(String::new());
        draft.update(|d| d.add(field, recipient));
    };
    let options = move || {
        let directory = directory.get_value();
        match kind.get() {
            Kind::Role => directory.roles.into_iter().map(|r| (r.clone(), r)).collect::<Vec<_>>(),
            Kind::User => directory.users.into_iter().map(|u| (u.id, u.name)).collect(),
            Kind::Contact | Kind::Email => directory.contacts.into_iter().map(|c| (c.clone(), c)).collect(),
        }
    };
    // Keeps the choice valid when the kind changes.
    Effect::new(move |_| {
        let first = options().into_iter().next().map(|(value, _)| value).unwrap_or_default();
        choice.set(first);
    });
    let warnings = move || {
        let missing = missing.get_value();
        list.get()
            .iter()
            .filter_map(|r| match r {
                Recipient::Contact { contact } => missing.iter().find(|m| &m.contact == contact),
                _ => None,
            })
            .map(|m| tn(k::RECIPIENTS_MISSING_CONTACT, m.organizations_without as i64, &[("contact", &m.contact)]))
            .collect::<Vec<_>>()
    };
    let hook = field.key();
    let input_id = format!("oc-recipient-{hook}");
    let chip_label = label.clone();
    let choice_label = label.clone();
    view! {
        <fieldset class="oc-recipients" data-testid=format!("recipients-{hook}")>
            <legend>{label.clone()}</legend>
            <ul class="oc-chips">
                {move || {
                    let items = list.get();
                    if items.is_empty() {
                        return view! { <li class="oc-muted">{t(k::RECIPIENTS_NOBODY)}</li> }.into_any();
                    }
                    items.into_iter().enumerate().map(|(n, recipient)| {
                        let name = recipient_text(&recipient);
                        let field_label = chip_label.clone();
                        view! {
                            <li class="oc-chip" data-testid="recipient">
                                <span>{name.clone()}</span>
                                {editable.then(|| view! {
                                    <button type="button" class="oc-link-button" aria-label=tf(k::RECIPIENTS_REMOVE, &[("name", &name), ("field", &field_label)])
                                        on:click=move |_| draft.update(|d| d.remove(field, n))>"×"</button>
                                })}
                            </li>
                        }
                    }).collect_view().into_any()
                }}
            </ul>
            {move || warnings().into_iter().map(|w| view! { <p class="oc-warning" role="status" data-testid="missing-contact-warning">{w}</p> }).collect_view()}
            {editable.then(|| view! {
                <div class="oc-add-recipient">
                    <select aria-label=tf(k::RECIPIENTS_KIND, &[("field", &label)]) data-testid=format!("recipient-kind-{hook}")
                        on:change=move |ev| kind.set(Kind::from_value(&event_target_value(&ev)))>
                        {Kind::ALL.map(|kind| view! { <option value=kind.value()>{kind.label()}</option> }).collect_view()}
                    </select>
                    <Show when=move || kind.get() == Kind::Email fallback=move || view! {
                        <select aria-label=tf(k::RECIPIENTS_RECIPIENT, &[("field", &choice_label)]) data-testid=format!("recipient-choice-{hook}") on:change=move |ev| choice.set(event_target_value(&ev))>
                            {move || options().into_iter().map(|(value, name)| {
                                let selected = value == choice.get_untracked();
                                view! { <option value=value selected=selected>{name}</option> }
                            }).collect_view()}
                        </select>
                    }>
                        <input type="email" id=input_id.clone() aria-label=t(k::RECIPIENTS_KIND_EMAIL) placeholder="name@example.com"
                            data-testid=format!("recipient-email-{hook}") aria-invalid=move || add_error.get().is_some().to_string()
                            prop:value=move || address.get() on:input=move |ev| address.set(event_target_value(&ev))/>
                    </Show>
                    <button type="button" class="oc-button" data-testid=format!("recipient-add-{hook}") on:click=add>{t(k::RECIPIENTS_ADD)}</button>
                </div>
            })}
            <p class="oc-field-error" role="alert" data-testid=format!("recipients-error-{hook}")>
                {move || add_error.get().or_else(|| error.get())}
            </p>
        </fieldset>
    }
}
