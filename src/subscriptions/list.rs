use leptos::prelude::*;
#[component]
pub fn SubscriptionsPage() -> impl IntoView {
    view! { <h1>"Subscriptions"</h1> }
}
