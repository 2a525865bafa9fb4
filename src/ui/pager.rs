use domain::query::PAGE_SIZES;
use leptos::prelude::*;

use crate::i18n::{k, t, tn};
use crate::ui::{focus_after_render, format_number, Locale};

/// Page navigation and page size for a server-paged list. Turning the page takes the user
/// to the list's top: focus (and so the scroll position) goes to its heading, the way a
/// new page of a book starts at its top.
#[component]
pub fn Pager(
    /// The id of the list's heading (with `tabindex="-1"`).
    top: &'static str,
    page: Signal<u32>,
    page_count: Signal<u32>,
    page_size: Signal<u32>,
    total: Signal<u64>,
    #[prop(into)] on_page: Callback<u32>,
    #[prop(into)] on_page_size: Callback<u32>,
) -> impl IntoView {
    let locale = expect_context::<Locale>().0;
    let go = move |target: u32| {
        on_page.run(target.clamp(1, page_count.get_untracked().max(1)));
        focus_after_render(top);
    };
    // Named, because a bare `<` or `>` in a view! attribute ends the tag.
    let on_first = move || page.get() <= 1;
    let on_last = move || page.get() >= page_count.get();
    view! {
        <nav class="oc-pager" aria-label=t(k::PAGER_LABEL)>
            <span aria-live="polite">
                {move || {
                    let (page, pages) = (format_number(page.get().into(), &locale), format_number(page_count.get().max(1).into(), &locale));
                    tn(k::PAGER_POSITION, total.get() as i64, &[("page", &page), ("pages", &pages)])
                }}
            </span>
            <button type="button" class="oc-button" data-testid="page-prev"
                disabled=on_first on:click=move |_| go(page.get_untracked() - 1)>
                {t(k::PAGER_PREVIOUS)}
            </button>
            <button type="button" class="oc-button" data-testid="page-next"
                disabled=on_last on:click=move |_| go(page.get_untracked() + 1)>
                {t(k::PAGER_NEXT)}
            </button>
            <label>
                {t(k::PAGER_PER_PAGE)} " "
                <select data-testid="page-size" on:change=move |ev| {
                    if let Ok(size) = event_target_value(&ev).parse() {
                        on_page_size.run(size);
                    }
                }>
                    {PAGE_SIZES.iter().map(|size| {
                        let size = *size;
                        view! { <option value=size.to_string() selected=move || page_size.get() == size>{size}</option> }
                    }).collect_view()}
                </select>
            </label>
        </nav>
    }
}
