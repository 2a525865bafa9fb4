use leptos::prelude::*;

use crate::i18n::{k, t};

/// The one search box of the list screens. It keeps what is typed: it follows the URL's
/// search only when that itself changes (Back/Forward, a link), not when paging or
/// sorting, and submits the trimmed text.
#[component]
pub fn SearchBox(
    /// The search in the URL.
    #[prop(into)]
    current: Signal<String>,
    #[prop(into)] on_search: Callback<String>,
    /// The input's id, for its label.
    id: &'static str,
    #[prop(into)] label: String,
    #[prop(into)] placeholder: String,
    testid: &'static str,
) -> impl IntoView {
    let typed = RwSignal::new(String::new());
    let in_url = Memo::new(move |_| current.get());
    Effect::new(move |_| typed.set(in_url.get()));
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        on_search.run(typed.get_untracked().trim().to_string());
    };
    view! {
        <form role="search" class="oc-search" on:submit=submit>
            <label for=id>{label}</label>
            <input id=id type="search" data-testid=testid placeholder=placeholder
                prop:value=move || typed.get()
                on:input=move |ev| typed.set(event_target_value(&ev))/>
            <button type="submit" class="oc-button">{t(k::COMMON_SEARCH)}</button>
        </form>
    }
}
