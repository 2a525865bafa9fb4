use domain::Tone;
use leptos::prelude::*;

use super::StatusBadge;
use crate::i18n::{k, t};

/// One status on a reference page: its key, its name, its tone, what it means, and the
/// page's own further cells (the view that lists it, the actions it allows).
pub struct ReferenceRow<C> {
    pub key: &'static str,
    pub name: String,
    pub tone: Tone,
    pub meaning: String,
    pub more: C,
}

/// The one status reference page, for orders and for subscriptions: a heading, the way
/// back to the list, and a table of every status with what it means, then the page's own
/// columns (`more_head`, and each row's `more`).
///
/// Generic over those columns on purpose: each area's page compiles into its own copy,
/// in its own chunk. One non-generic component landed in a chunk shared by both areas,
/// which cost the subscriptions first visit 3.2 KB (measured).
#[component]
pub fn StatusReference<H, C, R>(
    /// The heading's id, which the table is labelled by.
    title_id: &'static str,
    title: String,
    back_href: String,
    back_label: String,
    back_testid: &'static str,
    table_testid: &'static str,
    more_head: H,
    rows: R,
) -> impl IntoView
where
    H: IntoView + 'static,
    C: IntoView + 'static,
    R: IntoIterator<Item = ReferenceRow<C>>,
{
    let status = t(k::COMMON_STATUS);
    let meaning = t(k::STATUSES_DESCRIPTION);
    view! {
        <section aria-labelledby=title_id>
            <div class="oc-toolbar">
                <h1 id=title_id tabindex="-1">{title}</h1>
                <a class="oc-button" href=back_href data-testid=back_testid>{back_label}</a>
            </div>
            <div class="oc-table-wrap">
                <table class="oc-table" data-testid=table_testid aria-labelledby=title_id>
                    <thead><tr><th scope="col">{status.clone()}</th><th scope="col">{meaning.clone()}</th>{more_head}</tr></thead>
                    <tbody>
                        {rows.into_iter().map(|row| view! {
                            <tr data-status=row.key>
                                <th scope="row" data-label=status.clone()><StatusBadge label=row.name tone=row.tone/></th>
                                <td data-label=meaning.clone() data-testid="status-meaning">{row.meaning}</td>
                                {row.more}
                            </tr>
                        }).collect_view()}
                    </tbody></table></div></section>
    }
}
