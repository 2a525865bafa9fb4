//! Saved views: the list's filters and sort under a name, stored per user by the platform
//! (`/views`), so they follow the user to another browser. A view is the list's query
//! string; opening one is following a link. Only the button is on the list's first paint;
//! the list of views travels in the `order_details` chunk, like the filter controls.
use domain::orders::OrdersQuery;
use domain::query::ListQuery;
use domain::views::{same_name, validate_view_name, NewView, SavedView, ViewNameError, VIEW_NAME_MAX_CHARS};
use leptos::prelude::*;

use super::url::OrdersUrl;
use crate::api::{new_idempotency_key, use_remote, ApiClient, Remote, Write};
use crate::i18n::{k, t, tf};
use crate::routing::{split_point, ChunkFailed, LazyView, Paths};
use crate::ui::{focus_after_render, ConfirmDialog, RemoteStatus};

/// The list the orders screen saves its views under.
const LIST: &str = "orders";
/// Where focus goes after a rename or delete took a row's buttons away.
const NAME_INPUT: &str = "oc-view-name";

/// The "Saved views" button and what it opens.
#[component]
pub fn SavedViewsToggle(url: Memo<OrdersUrl>) -> impl IntoView {
    let open = RwSignal::new(false);
    view! {
        <button type="button" class="oc-button" data-testid="saved-views-toggle" aria-controls="oc-saved-views"
            aria-expanded=move || open.get().to_string() on:click=move |_| open.update(|o| *o = !*o)>
            {t(k::VIEWS_BUTTON)}
        </button>
        <Show when=move || open.get()>
            <div id="oc-saved-views" class="oc-filter-panel">
                <LazyView load=move || saved_views(url)/>
            </div>
        </Show>
    }
}

split_point! { order_details;
    fn saved_views(url: Memo<OrdersUrl>) -> Result<AnyView, ChunkFailed> {
        Ok(view! { <SavedViews url=url/> }.into_any())
    }
}

fn name_problem(error: ViewNameError) -> String {
    match error {
        ViewNameError::Empty => t(k::VIEWS_NAME_EMPTY),
        ViewNameError::TooLong => tf(k::VIEWS_NAME_LONG, &[("n", &VIEW_NAME_MAX_CHARS.to_string())]),
    }
}

/// A name the user may give: valid, and no other view of theirs has it.
fn checked_name(typed: &str, views: Remote<Vec<SavedView>>, except: Option<&str>) -> Result<String, String> {
    let name = validate_view_name(typed).map_err(name_problem)?;
    let clash = views.data.with_untracked(|list| {
        list.iter().flatten().any(|v| same_name(&v.name, &name) && Some(v.id.as_str()) != except)
    });
    if clash {
        return Err(tf(k::VIEWS_NAME_TAKEN, &[("name", &name)]));
    }
    Ok(name)
}

#[component]
fn SavedViews(url: Memo<OrdersUrl>) -> impl IntoView {
    let client = expect_context::<ApiClient>();
    let views = {
        let client = client.clone();
        use_remote(|| (), move |_, abort| client.views(LIST, &abort))
    };
    let name = RwSignal::new(String::new());
    let invalid = RwSignal::new(None::<String>);
    let said = RwSignal::new(String::new());
    let save = Write::new();
    let key = StoredValue::new(new_idempotency_key());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let chosen = match checked_name(&name.get_untracked(), views, None) {
            Ok(chosen) => chosen,
            Err(problem) => return invalid.set(Some(problem)),
        };
        invalid.set(None);
        // The filters and sort, from page 1: a view is what to look at, not where.
        let query = OrdersQuery { page: 1, ..url.get_untracked().query }.to_query_string();
        let client = client.clone();
        let view = NewView { list: LIST.into(), name: chosen, query };
        save.run(
            move || client.save_view(view, &key.get_value()),
            move |result| {
                if let Ok(saved) = result {
                    key.set_value(new_idempotency_key());
                    name.set(String::new());
                    said.set(tf(k::VIEWS_SAVED, &[("name", &saved.name)]));
                    views.data.update(|list| list.get_or_insert_with(Vec::new).push(saved));
                }
            },
        );
    };
    let problem = move || {
        invalid.get().or_else(|| save.error.get().map(|e| tf(k::VIEWS_NOT_SAVED, &[("reason", &e.sentence())])))
    };
    let rows = move || {
        views.data.get().map(|list| {
            if list.is_empty() {
                return view! { <li class="oc-muted">{t(k::VIEWS_NONE)}</li> }.into_any();
            }
            list.into_iter()
                .map(|view| view! { <ViewRow view=view views=views url=url said=said/> })
                .collect_view()
                .into_any()
        })
    };
    view! {
        <section class="oc-saved-views" data-testid="saved-views" aria-labelledby="oc-saved-views-title">
            <h2 id="oc-saved-views-title">{t(k::VIEWS_BUTTON)}</h2>
            <RemoteStatus what=t(k::VIEWS_LOADING) slow=views.slow error=views.error on_retry=move |_| views.retry()/>
            <ul class="oc-view-list">{rows}</ul>
            <form class="oc-view-form" on:submit=submit novalidate>
                <label for=NAME_INPUT>{t(k::VIEWS_NAME)}</label>
                <input id=NAME_INPUT type="text" data-testid="saved-view-name" autocomplete="off"
                    aria-invalid=move || problem().is_some().to_string() aria-describedby="oc-view-name-error"
                    prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
                <button type="submit" class="oc-button oc-primary" data-testid="saved-view-save" aria-disabled=move || save.pending.get().to_string()>
                    {move || t(if save.pending.get() { k::VIEWS_SAVING } else { k::VIEWS_SAVE })}
                </button>
                <p id="oc-view-name-error" class="oc-field-error" role="alert" data-testid="saved-view-error">{problem}</p>
            </form>
            <p class="oc-success" role="status" data-testid="saved-views-status">{move || said.get()}</p>
        </section>
    }
}

/// One saved view: its link (opens it), Rename (in place) and Delete (confirmed).
#[component]
fn ViewRow(
    view: SavedView,
    views: Remote<Vec<SavedView>>,
    url: Memo<OrdersUrl>,
    said: RwSignal<String>,
) -> impl IntoView {
    let client = expect_context::<ApiClient>();
    let paths = expect_context::<Paths>();
    let href = paths.href("/orders", &view.query);
    let query = view.query.clone();
    // The view on screen now: same filters and sort, whatever page.
    let current = move || {
        let now = OrdersQuery { page: 1, ..url.get().query }.to_query_string();
        (now == query).then_some("true")
    };
    let renaming = RwSignal::new(false);
    let new_name = RwSignal::new(view.name.clone());
    let invalid = RwSignal::new(None::<String>);
    let write = Write::new();
    let confirm_delete = RwSignal::new(false);
    let (id, name) = (view.id.clone(), view.name.clone());
    let rename = {
        let (client, id) = (client.clone(), id.clone());
        move |ev: leptos::ev::SubmitEvent| {
            ev.prevent_default();
            let chosen = match checked_name(&new_name.get_untracked(), views, Some(&id)) {
                Ok(chosen) => chosen,
                Err(problem) => return invalid.set(Some(problem)),
            };
            invalid.set(None);
            let (client, id) = (client.clone(), id.clone());
            write.run(
                move || client.rename_view(&id, chosen),
                move |result| {
                    if let Ok(renamed) = result {
                        said.set(tf(k::VIEWS_RENAMED, &[("name", &renamed.name)]));
                        focus_after_render(NAME_INPUT);
                        views.data.update(|list| {
                            if let Some(view) = list.iter_mut().flatten().find(|v| v.id == renamed.id) {
                                *view = renamed;
                            }
                        });
                    }
                },
            );
        }
    };
    let delete = {
        let (client, id) = (client.clone(), id.clone());
        Callback::new(move |_| {
            let (client, id) = (client.clone(), id.clone());
            write.run(
                move || client.delete_view(&id),
                move |result| {
                    if let Ok(deleted) = result {
                        said.set(tf(k::VIEWS_DELETED, &[("name", &deleted.name)]));
                        focus_after_render(NAME_INPUT);
                        views.data.update(|list| list.iter_mut().for_each(|l| l.retain(|v| v.id != deleted.id)));
                    }
                },
            );
        })
    };
    let problem = move || {
        invalid.get().or_else(|| write.error.get().map(|e| tf(k::VIEWS_NOT_SAVED, &[("reason", &e.sentence())])))
    };
    let input_id = format!("oc-view-rename-{id}");
    let error_id = format!("oc-view-rename-error-{id}");
    let (rename_label, delete_title) =
        (tf(k::VIEWS_RENAME_LABEL, &[("name", &name)]), tf(k::VIEWS_DELETE_TITLE, &[("name", &name)]));
    view! {
        <li class="oc-view" data-testid="saved-view" data-view-id=id.clone()>
            <Show when=move || !renaming.get() fallback={
                let (input_id, error_id, rename_label) = (input_id.clone(), error_id.clone(), rename_label.clone());
                let rename = rename.clone();
                move || view! {
                    <form class="oc-view-form" on:submit=rename.clone() novalidate>
                        <label for=input_id.clone()>{rename_label.clone()}</label>
                        <input id=input_id.clone() type="text" data-testid="saved-view-new-name" autocomplete="off"
                            aria-describedby=error_id.clone() prop:value=move || new_name.get() on:input=move |ev| new_name.set(event_target_value(&ev))/>
                        <button type="submit" class="oc-button oc-primary" data-testid="saved-view-rename-save">{t(k::VIEWS_RENAME_SAVE)}</button>
                        <button type="button" class="oc-button" on:click=move |_| renaming.set(false)>{t(k::COMMON_CANCEL)}</button>
                        <p id=error_id.clone() class="oc-field-error" role="alert">{problem}</p>
                    </form>
                }
            }>
                <a href=href.clone() data-testid="saved-view-open" aria-current=current.clone()>{name.clone()}</a>
                <button type="button" class="oc-link-button" data-testid="saved-view-rename" on:click=move |_| renaming.set(true)>{t(k::VIEWS_RENAME)}</button>
                <button type="button" class="oc-link-button" data-testid="saved-view-delete" on:click=move |_| confirm_delete.set(true)>{t(k::VIEWS_DELETE)}</button>
                <span class="oc-field-error" role="alert">{problem}</span>
            </Show>
            <ConfirmDialog open=confirm_delete testid=format!("delete-view-{id}") title=delete_title.clone()
                message=t(k::VIEWS_DELETE_TEXT) confirm_label=t(k::VIEWS_DELETE) on_confirm=delete/>
        </li>
    }
}
