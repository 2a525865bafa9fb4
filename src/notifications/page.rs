use leptos::prelude::*;
#[component]
pub fn NotificationsPage() -> impl IntoView {
    view! { <h1>"Notification settings"</h1> }
}
