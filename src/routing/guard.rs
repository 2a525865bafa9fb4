use domain::{Area, Session};
use leptos::prelude::*;

use crate::i18n::{k, name_of, t, tf};

/// The one area a host mounted (`data-area`), if it chose one.
#[derive(Clone, Copy)]
pub struct OnlyArea(pub Option<Area>);

/// Shows a screen only to the roles that may use it, and in a host's one area only that
/// area's screens. Each area's route group puts its screens behind one.
#[component]
pub fn Guard(
    area: Area,
    /// What a role that may not use the area sees instead (by default, why not).
    #[prop(optional)]
    instead: Option<fn(Area) -> AnyView>,
    children: Children,
) -> impl IntoView {
    if use_context::<OnlyArea>().is_some_and(|only| only.0.is_some_and(|a| a != area)) {
        return view! { <NotFound/> }.into_any();
    }
    let allowed = use_context::<Session>().is_some_and(|s| s.areas().contains(&area));
    match (allowed, instead) {
        (true, _) => children().into_any(),
        (false, Some(instead)) => instead(area),
        (false, None) => view! { <NoAccess area=Some(area)/> }.into_any(),
    }
}

/// Why this role sees nothing here: the area it may not open, or no area at all.
#[component]
pub fn NoAccess(area: Option<Area>) -> impl IntoView {
    let message = match area {
        Some(Area::Orders) => t(k::SHELL_ORDERS_NEED_CUSTOMER_VIEW),
        Some(area) => tf(k::SHELL_ROLE_CANNOT_OPEN, &[("area", &name_of("area", area.key()))]),
        None => t(k::SHELL_NO_SCREENS),
    };
    view! {
        <div class="oc-notice" role="alert" data-testid="no-access">
            <h1 tabindex="-1">{t(k::SHELL_NOT_AVAILABLE)}</h1>
            <p>{message}</p>
        </div>
    }
}

/// An address that leads to no screen (here: a screen outside the host's one area).
#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <div class="oc-notice" data-testid="not-found">
            <h1 tabindex="-1">{t(k::SHELL_NOT_FOUND)}</h1>
            <p>{t(k::SHELL_NOT_FOUND_TEXT)}</p>
        </div>
    }
}
