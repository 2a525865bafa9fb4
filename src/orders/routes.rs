//! The orders area's routes. Its screen is a chunk of its own (`orders`), downloaded the
//! first time it opens, or beside the main module when the app opens on it (the boot
//! script knows the chunk's files from the build).
use domain::Area;
use leptos::prelude::*;
use leptos_router::components::Route;
use leptos_router::path;

use super::page::OrdersPage;
use crate::routing::{split_point, ChunkFailed, Guard, LazyView};

#[component(transparent)]
pub fn OrdersRoutes() -> impl leptos_router::MatchNestedRoutes + Clone + Send + 'static {
    view! {
        <Route path=path!("/orders") view=|| view! { <Guard area=Area::Orders><LazyView load=orders_screen/></Guard> }/>
    }
    .into_inner()
}

split_point! { orders;
    fn orders_screen() -> Result<AnyView, ChunkFailed> {
        Ok(view! { <OrdersPage/> }.into_any())
    }
}
