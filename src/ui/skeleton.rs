use leptos::prelude::*;

/// Grey placeholder rows a table shows until its first answer, so the page keeps its
/// shape; hidden from screen readers (the table says it is busy instead).
#[component]
pub fn SkeletonRows(rows: usize, columns: usize) -> impl IntoView {
    (0..rows)
        .map(|_| {
            view! { <tr class="oc-skeleton" aria-hidden="true">{(0..columns).map(|_| view! { <td><span></span></td> }).collect_view()}</tr> }
        })
        .collect_view()
}
