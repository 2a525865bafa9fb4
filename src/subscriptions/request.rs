use leptos::prelude::*;
#[component]
pub fn SubscriptionRequestPage() -> impl IntoView {
    view! { <h1>"Subscription request"</h1> }
}
