use domain::{Area, Session};
use leptos::prelude::*;
use leptos_router::components::{Redirect, Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;

use super::Paths;
use crate::notifications::NotificationsPage;
use crate::orders::OrdersPage;
use crate::subscriptions::{StatusReferencePage, SubscriptionRequestPage, SubscriptionsPage};

#[component]
pub fn Layout(session: Session, base: String) -> impl IntoView {
    provide_context(session.clone());
    // Router navigation adds the base path itself.
    let home = session.areas().first().map(|area| area.path().to_string());
    let home_for_fallback = home.clone();
    let acting_for = session.acting_for.clone();
    let who = format!("{} · {} · {}", session.user.name, session.role.label(), session.organization.name);
    view! {
        <Router base=base>
            <div class="oc-app">
                <a class="oc-skip" href="#oc-main">"Skip to content"</a>
                <header class="oc-header">
                    <span class="oc-brand">"Marketplace console"</span>
                    <Nav areas=session.areas()/>
                    <span class="oc-user" data-testid="signed-in-as">{who}</span>
                </header>
                {acting_for.map(|org| view! {
                    <div class="oc-acting-for" data-testid="acting-for">
                        "Acting for " <strong>{org.name}</strong> " in customer view"
                    </div>
                })}
                <main class="oc-main" id="oc-main" tabindex="-1">
                    <Routes fallback=move || view! { <NotFound home=home_for_fallback.clone()/> }>
                        <Route path=path!("/") view=move || view! { <Home home=home.clone()/> }/>
                        <Route path=path!("/orders") view=|| view! { <Guard area=Area::Orders><OrdersPage/></Guard> }/>
                        <Route path=path!("/subscriptions") view=|| view! { <Guard area=Area::Subscriptions><SubscriptionsPage/></Guard> }/>
                        <Route path=path!("/subscriptions/statuses") view=|| view! { <Guard area=Area::Subscriptions><StatusReferencePage/></Guard> }/>
                        <Route path=path!("/subscriptions/:id") view=|| view! { <Guard area=Area::Subscriptions><SubscriptionRequestPage/></Guard> }/>
                        <Route path=path!("/settings/notifications") view=|| view! { <Guard area=Area::Notifications><NotificationsPage/></Guard> }/>
                    </Routes>
                </main>
            </div>
        </Router>
    }
}

#[component]
fn Nav(areas: Vec<Area>) -> impl IntoView {
    let paths = expect_context::<Paths>();
    let location = use_location();
    view! {
        <nav aria-label="Main" data-testid="main-nav">
            <ul>
                {areas.into_iter().map(|area| {
                    let href = paths.href(area.path(), "");
                    let target = href.clone();
                    let current = move || location.pathname.get().starts_with(&target).then_some("page");
                    view! { <li><a href=href aria-current=current data-testid=format!("nav-{}", area.key())>{area.label()}</a></li> }
                }).collect_view()}
            </ul>
        </nav>
    }
}

/// Shows a screen only to the roles that may use it.
#[component]
fn Guard(area: Area, children: Children) -> impl IntoView {
    let allowed = use_context::<Session>().is_some_and(|s| s.areas().contains(&area));
    if allowed {
        children().into_any()
    } else {
        view! { <NoAccess area=Some(area)/> }.into_any()
    }
}

#[component]
fn NoAccess(area: Option<Area>) -> impl IntoView {
    let message = match area {
        Some(Area::Orders) => {
            "Orders are available in customer view only: open a customer organisation first.".to_string()
        }
        Some(area) => format!("Your role cannot open {}.", area.label()),
        None => "Your role has no screens in this console yet. Ask an administrator for access.".to_string(),
    };
    view! {
        <div class="oc-notice" role="alert" data-testid="no-access">
            <h1>"Not available"</h1>
            <p>{message}</p>
        </div>
    }
}

/// The first screen the role may use.
#[component]
fn Home(home: Option<String>) -> impl IntoView {
    match home {
        Some(home) => view! { <Redirect path=home/> }.into_any(),
        None => view! { <NoAccess area=None/> }.into_any(),
    }
}

#[component]
fn NotFound(home: Option<String>) -> impl IntoView {
    // The base path itself without a trailing slash (`/portal/console`) is home too.
    let paths = expect_context::<Paths>();
    let path = use_location().pathname.get_untracked();
    if path.is_empty() || path == paths.href("", "") {
        return view! { <Home home=home/> }.into_any();
    }
    view! {
        <div class="oc-notice" data-testid="not-found">
            <h1>"Page not found"</h1>
            <p>"This address does not lead to a screen of the console. Use the navigation above."</p>
        </div>
    }
    .into_any()
}
