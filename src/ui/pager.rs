use domain::query::PAGE_SIZES;
use leptos::prelude::*;

/// Page navigation and page size for a server-paged list.
#[component]
pub fn Pager(
    page: Signal<u32>,
    page_count: Signal<u32>,
    page_size: Signal<u32>,
    total: Signal<u64>,
    #[prop(into)] on_page: Callback<u32>,
    #[prop(into)] on_page_size: Callback<u32>,
) -> impl IntoView {
    let go = move |target: u32| on_page.run(target.clamp(1, page_count.get().max(1)));
    // Named, because a bare `<` or `>` in a view! attribute ends the tag.
    let on_first = move || page.get() <= 1;
    let on_last = move || page.get() >= page_count.get();
    view! {
        <nav class="oc-pager" aria-label="Pages">
            <span aria-live="polite">
                {move || format!("Page {} of {} · {} in all", page.get(), page_count.get().max(1), total.get())}
            </span>
            <button type="button" class="oc-button" data-testid="page-prev"
                disabled=on_first on:click=move |_| go(page.get_untracked() - 1)>
                "Previous"
            </button>
            <button type="button" class="oc-button" data-testid="page-next"
                disabled=on_last on:click=move |_| go(page.get_untracked() + 1)>
                "Next"
            </button>
            <label>
                "Per page "
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
