use std::collections::HashMap;

use domain::orders::{note_chars, validate_note, Note, NOTE_MAX_CHARS};
use leptos::prelude::*;

use crate::api::{new_idempotency_key, use_remote, ApiClient, Write};
use crate::i18n::{k, note_error_text, t, tf};
use crate::ui::{format_date_time, Locale, RemoteStatus};

/// Unsent note text by order id, so closing the panel or switching orders loses nothing.
#[derive(Clone, Copy)]
pub struct NoteDrafts(pub RwSignal<HashMap<String, String>>);

impl Default for NoteDrafts {
    fn default() -> Self {
        NoteDrafts(RwSignal::new(HashMap::new()))
    }
}

/// The order's notes and the form to add one. A failed save keeps the text in the box
/// with the error; a double click sends one note (the button is disabled while sending,
/// and retries reuse one idempotency key).
#[component]
pub fn OrderNotes(order_id: String, on_added: Callback<()>) -> impl IntoView {
    let client = expect_context::<ApiClient>();
    let locale = expect_context::<Locale>().0;
    let drafts = expect_context::<NoteDrafts>().0;
    let notes = {
        let (client, id) = (client.clone(), order_id.clone());
        use_remote(move || id.clone(), move |id, abort| client.order_notes(&id, &abort))
    };
    let text = {
        let id = order_id.clone();
        Memo::new(move |_| drafts.with(|d| d.get(&id).cloned().unwrap_or_default()))
    };
    let set_text = {
        let id = order_id.clone();
        move |value: String| {
            drafts.update(|d| {
                d.insert(id.clone(), value);
            })
        }
    };
    let save = Write::new();
    let sending = save.pending;
    let input = NodeRef::<leptos::html::Textarea>::new();
    // A note the rules refuse before it is sent; a refused save is in `save.error`.
    let invalid = RwSignal::new(None::<String>);
    // One key per note being submitted; a new key only after a success.
    let idempotency_key = StoredValue::new(new_idempotency_key());
    let chars = move || text.with(|t| note_chars(t));
    let too_long = move || chars() > NOTE_MAX_CHARS;
    let cannot_send = move || sending.get() || text.with(|t| validate_note(t).is_err());

    let submit = {
        let (id, set_text) = (order_id.clone(), set_text.clone());
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let note = match validate_note(&text.get_untracked()) {
                Ok(note) => note,
                Err(error) => {
                    invalid.set(Some(note_error_text(&error)));
                    return;
                }
            };
            invalid.set(None);
            let (client, id, set_text) = (client.clone(), id.clone(), set_text.clone());
            save.run(
                move || {
                    let sent = client.add_note(&id, note, &idempotency_key.get_value());
                    // The draft goes once the note is saved, even if the panel closed
                    // meanwhile (drafts belong to the page), so it is never sent twice.
                    async move {
                        let saved = sent.await;
                        if saved.is_ok() {
                            set_text(String::new());
                            idempotency_key.set_value(new_idempotency_key());
                        }
                        saved
                    }
                },
                move |result| {
                    if let Ok(saved) = result {
                        notes.data.update(|list| list.get_or_insert_with(Vec::new).push(saved));
                        on_added.run(());
                        // The button is off again with the box empty: focus stays in the
                        // box, ready for the next note (and Escape still closes the panel).
                        if let Some(input) = input.get_untracked() {
                            let _ = input.focus();
                        }
                    }
                },
            );
        }
    };

    view! {
        <section class="oc-notes" aria-labelledby="oc-notes-title">
            <h3 id="oc-notes-title">{t(k::NOTES_TITLE)}</h3>
            <RemoteStatus what=t(k::NOTES_LOADING) slow=notes.slow error=notes.error on_retry=move |_| notes.retry()/>
            <ul class="oc-note-list" data-testid="order-notes">
                {move || notes.data.get().map(|list: Vec<Note>| {
                    if list.is_empty() {
                        view! { <li class="oc-muted">{t(k::NOTES_NONE)}</li> }.into_any()
                    } else {
                        let locale = locale.clone();
                        list.into_iter().map(|note| view! {
                            <li data-testid="order-note">
                                <p class="oc-note-text">{note.text}</p>
                                <p class="oc-muted">{format!("{} · {}", note.author, format_date_time(&note.created_at, &locale))}</p>
                            </li>
                        }).collect_view().into_any()
                    }
                })}
            </ul>
            <form class="oc-note-form" on:submit=submit novalidate>
                <label for="oc-note-input">{t(k::NOTES_ADD_LABEL)}</label>
                <textarea id="oc-note-input" data-testid="order-note-input" rows="3" node_ref=input
                    aria-describedby="oc-note-count oc-note-error"
                    aria-invalid=move || too_long().to_string()
                    prop:value=move || text.get()
                    on:input=move |ev| set_text(event_target_value(&ev))></textarea>
                <div class="oc-note-actions">
                    <span id="oc-note-count" class="oc-muted" class:oc-over=too_long data-testid="note-counter">
                        {move || format!("{} / {NOTE_MAX_CHARS}", chars())}
                    </span>
                    <button type="submit" class="oc-button oc-primary" data-testid="add-note"
                        disabled=cannot_send>
                        {move || t(if sending.get() { k::NOTES_ADDING } else { k::NOTES_ADD })}
                    </button>
                </div>
                <p id="oc-note-error" class="oc-field-error" role="alert" data-testid="note-error">
                    {move || {
                        let reason = invalid.get().or_else(|| save.error.get().map(|e| e.sentence()))?;
                        Some(tf(k::NOTES_NOT_ADDED, &[("reason", &reason)]))
                    }}
                </p>
            </form>
        </section>
    }
}
