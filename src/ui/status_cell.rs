use domain::Tone;
use leptos::prelude::*;

use crate::i18n::{k, t};

/// A status badge and, when the status failed, the reason behind a "Why?" button that
/// mouse, keyboard and screen reader users can all open (not a hover-only tooltip).
#[component]
pub fn StatusWithReason(
    #[prop(into)] label: String,
    tone: Tone,
    reason: Option<String>,
    /// Unique on the page, for `aria-controls`.
    #[prop(into)]
    id: String,
) -> impl IntoView {
    let open = RwSignal::new(false);
    let reason_id = format!("oc-reason-{id}");
    view! {
        <super::StatusBadge label=label tone=tone/>
        {reason.map(|text| {
            let controls = reason_id.clone();
            view! {
                <button type="button" class="oc-link-button" data-testid="failure-reason-toggle"
                    aria-expanded=move || open.get().to_string() aria-controls=controls title=text.clone()
                    on:click=move |_| open.update(|o| *o = !*o)>
                    {t(k::STATUS_WHY)}
                </button>
                <p id=reason_id.clone() class="oc-reason" data-testid="failure-reason" hidden=move || !open.get()>
                    <span class="oc-visually-hidden">{t(k::STATUS_REASON)} " "</span>{text}
                </p>
            }
        })}
    }
}
