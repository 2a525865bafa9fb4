use domain::Tone;
use leptos::prelude::*;

/// The one status badge: order and subscription statuses (and unknown ones) all render
/// through it, so a status looks the same everywhere.
#[component]
pub fn StatusBadge(#[prop(into)] label: String, tone: Tone) -> impl IntoView {
    view! { <span class=format!("oc-badge {}", tone_class(tone))>{label}</span> }
}

/// The stylesheet's class for a tone (style/orders-console.css).
fn tone_class(tone: Tone) -> &'static str {
    match tone {
        Tone::Neutral => "tone-neutral",
        Tone::Info => "tone-info",
        Tone::Success => "tone-success",
        Tone::Warning => "tone-warning",
        Tone::Danger => "tone-danger",
    }
}
