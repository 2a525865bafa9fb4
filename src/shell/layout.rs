use domain::{Area, Session};
use leptos::prelude::*;
use leptos_router::components::{Redirect, Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;

use crate::i18n::{around, k, name_of, t};
use crate::notifications::NotificationsRoutes;
use crate::orders::OrdersRoutes;
use crate::routing::{NoAccess, NotFound, OnlyArea, Paths};
use crate::subscriptions::SubscriptionsRoutes;

/// The routed console. With `area` (the host's `data-area`) it is that area alone: no
/// navigation of its own, and only that area's screens, so every link stays inside it.
#[component]
pub fn Layout(session: Session, base: String, area: Option<Area>) -> impl IntoView {
    provide_context(session.clone());
    let areas: Vec<Area> = session.areas().into_iter().filter(|a| area.is_none_or(|only| only == *a)).collect();
    // Router navigation adds the base path itself. A host's one area is home even for a
    // role that may not use it, which then hears why.
    let home = area.or_else(|| areas.first().copied()).map(|a| a.path().to_string());
    let home_for_fallback = home.clone();
    let acting_for = session.acting_for.clone();
    let who =
        format!("{} · {} · {}", session.user.name, name_of("role", session.role.key()), session.organization.name);
    provide_context(OnlyArea(area));
    view! {
        <Router base=base>
            <FocusFollowsPage/>
            <div class="oc-app">
                <a class="oc-skip" href="#oc-main">{t(k::SHELL_SKIP)}</a>
                {area.is_none().then(|| view! {
                    <header class="oc-header">
                        <span class="oc-brand">{t(k::SHELL_BRAND)}</span>
                        <Nav areas=areas/>
                        <span class="oc-user" data-testid="signed-in-as">{who}</span>
                    </header>
                })}
                {acting_for.map(|org| view! { <ActingFor org=org.name/> })}
                <main class="oc-main" id="oc-main" tabindex="-1">
                    <Routes fallback=move || view! { <Fallback home=home_for_fallback.clone()/> }>
                        <Route path=path!("/") view=move || view! { <Home home=home.clone()/> }/>
                        <Route path=path!("/customers") view=|| crate::customers::picker_or(|| view! { <NotFound/> }.into_any())/>
                        <OrdersRoutes/>
                        <SubscriptionsRoutes/>
                        <NotificationsRoutes/>
                    </Routes>
                </main>
            </div>
        </Router>
    }
}

/// Gives focus a home on the new page after every change of page (`ui::focus_new_page`);
/// a change of the query alone (a filter, a sort, the panel) is the same page.
#[component]
fn FocusFollowsPage() -> impl IntoView {
    let pathname = use_location().pathname;
    Effect::new(move |before: Option<String>| {
        let now = pathname.get();
        if before.is_some_and(|before| before != now) {
            crate::ui::focus_new_page();
        }
        now
    });
}

/// "Acting for Contoso Ltd in customer view", on the screens that are the customer's
/// (orders, subscriptions). Notification settings are the seller's own: no banner there,
/// so they do not look like the customer's.
#[component]
fn ActingFor(org: String) -> impl IntoView {
    let notifications = expect_context::<Paths>().href(Area::Notifications.path(), "");
    let switch = expect_context::<crate::customers::CustomerSwitch>();
    let location = use_location();
    let (before, after) = around(k::SHELL_ACTING_FOR, "org");
    // Page loads (rel=external): another customer view, or none, starts afresh.
    let allowed = switch.allowed;
    let links = move || {
        allowed.then(|| view! {
            <a href=switch.picker_href() rel="external" data-testid="switch-customer">{t(k::SHELL_SWITCH_CUSTOMER)}</a>
            <a href=switch.leave_href() rel="external" data-testid="leave-customer-view">{t(k::SHELL_LEAVE_CUSTOMER_VIEW)}</a>
        })
    };
    view! {
        <Show when=move || !location.pathname.get().starts_with(&notifications)>
            <div class="oc-acting-for" data-testid="acting-for">
                <span>{before.clone()}<strong>{org.clone()}</strong>{after.clone()}</span>
                {links()}
            </div>
        </Show>
    }
}

#[component]
fn Nav(areas: Vec<Area>) -> impl IntoView {
    let paths = expect_context::<Paths>();
    let location = use_location();
    view! {
        <nav aria-label=t(k::SHELL_NAV) data-testid="main-nav">
            <ul>
                {areas.into_iter().map(|area| {
                    let href = paths.href(area.path(), "");
                    let target = href.clone();
                    let current = move || location.pathname.get().starts_with(&target).then_some("page");
                    view! { <li><a href=href aria-current=current data-testid=format!("nav-{}", area.key())>{name_of("area", area.key())}</a></li> }
                }).collect_view()}
            </ul>
        </nav>
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

/// An address no route matched: the base path itself is home, anything else leads nowhere.
#[component]
fn Fallback(home: Option<String>) -> impl IntoView {
    // The base path itself without a trailing slash (`/portal/console`) is home too.
    let paths = expect_context::<Paths>();
    let path = use_location().pathname.get_untracked();
    if path.is_empty() || path == paths.href("", "") {
        return view! { <Home home=home/> }.into_any();
    }
    view! { <NotFound/> }.into_any()
}
