//! The orders area's routes. Its list is a chunk of its own (`orders`), downloaded the
//! first time it opens, or beside the main module when the app opens on it (the boot
//! script knows the chunk's files from the build). The status reference is another
//! (`order_statuses`): the list's first paint needs none of it.
use domain::Area;
use leptos::prelude::*;
use leptos_router::components::{Outlet, ParentRoute, Route};
use leptos_router::path;

use super::page::OrdersPage;
use super::statuses::OrderStatusesPage;
use crate::routing::{split_point, ChunkFailed, Guard, LazyView};

#[component(transparent)]
pub fn OrdersRoutes() -> impl leptos_router::MatchNestedRoutes + Clone + Send + 'static {
    view! {
        <ParentRoute path=path!("/orders") view=|| view! { <Guard area=Area::Orders><Outlet/></Guard> }>
            <Route path=path!("") view=|| view! { <LazyView load=orders_screen/> }/>
            <Route path=path!("statuses") view=|| view! { <LazyView load=statuses_screen/> }/>
        </ParentRoute>
    }
    .into_inner()
}

split_point! { orders;
    fn orders_screen() -> Result<AnyView, ChunkFailed> {
        Ok(view! { <OrdersPage/> }.into_any())
    }
}

split_point! { order_statuses;
    fn statuses_screen() -> Result<AnyView, ChunkFailed> {
        Ok(view! { <OrderStatusesPage/> }.into_any())
    }
}
