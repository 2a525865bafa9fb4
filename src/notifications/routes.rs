//! The notification settings' route, a chunk of its own (`notifications`) downloaded the
//! first time the screen opens.
use domain::Area;
use leptos::prelude::*;
use leptos_router::components::Route;
use leptos_router::path;

use super::page::NotificationsPage;
use crate::routing::{split_point, ChunkFailed, Guard, LazyView};

#[component(transparent)]
pub fn NotificationsRoutes() -> impl leptos_router::MatchNestedRoutes + Clone + Send + 'static {
    view! {
        <Route path=path!("/settings/notifications") view=|| view! { <Guard area=Area::Notifications><LazyView load=notifications_screen/></Guard> }/>
    }
    .into_inner()
}

split_point! { notifications;
    fn notifications_screen() -> Result<AnyView, ChunkFailed> {
        Ok(view! { <NotificationsPage/> }.into_any())
    }
}
