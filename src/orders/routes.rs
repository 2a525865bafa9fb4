//! The orders area's routes. Its list is a chunk of its own (`orders`), downloaded the
//! first time it opens, or beside the main module when the app opens on it (the boot
//! script knows the chunk's files from the build). The status reference travels with
//! the panel's body (`order_details`, loaded on first use): both explain an order, share
//! most of their code, and the list's first paint needs neither. (A chunk of its own cut
//! the shared code into more, smaller pieces and cost a first visit 3.6 KB more.)
use domain::Area;
use leptos::prelude::*;
use leptos_router::components::{Outlet, ParentRoute, Route};
use leptos_router::path;

use super::page::OrdersPage;
use super::statuses::OrderStatusesPage;
use crate::routing::{split_point, ChunkFailed, Guard, LazyView, NoAccess};

#[component(transparent)]
pub fn OrdersRoutes() -> impl leptos_router::MatchNestedRoutes + Clone + Send + 'static {
    view! {
        <ParentRoute path=path!("/orders") view=|| view! { <Guard area=Area::Orders instead=outside_customer_view><Outlet/></Guard> }>
            <Route path=path!("") view=|| view! { <LazyView load=orders_screen/> }/>
            <Route path=path!("statuses") view=|| view! { <LazyView load=statuses_screen/> }/>
        </ParentRoute>
    }
    .into_inner()
}

/// A seller outside customer view picks the customer here (when the host lets them).
fn outside_customer_view(area: Area) -> AnyView {
    crate::customers::picker_or(move || view! { <NoAccess area=Some(area)/> }.into_any())
}

split_point! { orders;
    fn orders_screen() -> Result<AnyView, ChunkFailed> {
        Ok(view! { <OrdersPage/> }.into_any())
    }
}

split_point! { order_details;
    fn statuses_screen() -> Result<AnyView, ChunkFailed> {
        Ok(view! { <OrderStatusesPage/> }.into_any())
    }
}
