//! The subscriptions area's routes: the list, the status reference and the request view,
//! one chunk (`subscriptions`) downloaded the first time any of them opens.
use domain::Area;
use leptos::prelude::*;
use leptos_router::components::{Outlet, ParentRoute, Route};
use leptos_router::path;

use super::page::SubscriptionsPage;
use super::request::SubscriptionRequestPage;
use super::statuses::StatusReferencePage;
use crate::routing::{split_point, ChunkFailed, Guard, LazyView};

#[component(transparent)]
pub fn SubscriptionsRoutes() -> impl leptos_router::MatchNestedRoutes + Clone + Send + 'static {
    view! {
        <ParentRoute path=path!("/subscriptions") view=|| view! { <Guard area=Area::Subscriptions><Outlet/></Guard> }>
            <Route path=path!("") view=|| view! { <LazyView load=list_screen/> }/>
            <Route path=path!("statuses") view=|| view! { <LazyView load=statuses_screen/> }/>
            <Route path=path!(":id") view=|| view! { <LazyView load=request_screen/> }/>
        </ParentRoute>
    }
    .into_inner()
}

split_point! { subscriptions;
    fn list_screen() -> Result<AnyView, ChunkFailed> {
        Ok(view! { <SubscriptionsPage/> }.into_any())
    }
}

split_point! { subscriptions;
    fn statuses_screen() -> Result<AnyView, ChunkFailed> {
        Ok(view! { <StatusReferencePage/> }.into_any())
    }
}

split_point! { subscriptions;
    fn request_screen() -> Result<AnyView, ChunkFailed> {
        Ok(view! { <SubscriptionRequestPage/> }.into_any())
    }
}
