use domain::Tone;
use leptos::prelude::*;

/// The one status badge: order and subscription statuses (and unknown ones) all render
/// through it, so a status looks the same everywhere.
#[component]
pub fn StatusBadge(#[prop(into)] label: String, tone: Tone) -> impl IntoView {
    view! { <span class=format!("oc-badge {}", tone.class())>{label}</span> }
}
