use domain::query::SortDir;
use leptos::prelude::*;

/// What a [`SortHeader`] for `column` shows while `sort()` says how the list is sorted:
/// `None` when another column orders it, else whether ascending.
pub fn sort_state<S>(sort: impl Fn() -> (S, SortDir) + Send + Sync + 'static, column: S) -> Signal<Option<bool>>
where
    S: PartialEq + Send + Sync + 'static,
{
    Signal::derive(move || {
        let (by, dir) = sort();
        (by == column).then_some(dir == SortDir::Asc)
    })
}

/// A column header that sorts by its column; screen readers hear the order via `aria-sort`.
#[component]
pub fn SortHeader(
    #[prop(into)] label: String,
    /// `Some(true)` ascending, `Some(false)` descending, `None` not sorted by this column.
    sorted: Signal<Option<bool>>,
    #[prop(into)] on_sort: Callback<()>,
    #[prop(optional, into)] testid: String,
) -> impl IntoView {
    let aria = move || match sorted.get() {
        Some(true) => "ascending",
        Some(false) => "descending",
        None => "none",
    };
    let arrow = move || match sorted.get() {
        Some(true) => " ▲",
        Some(false) => " ▼",
        None => "",
    };
    view! {
        <th scope="col" aria-sort=aria>
            <button type="button" class="oc-sort" data-testid=testid on:click=move |_| on_sort.run(())>
                {label}
                <span aria-hidden="true">{arrow}</span>
            </button>
        </th>
    }
}
