//! Customers for sellers: the picker a seller opens a customer organisation from (its
//! first customers at once, narrowed as they type), and where customer view begins,
//! switches and ends. The chosen customer is in the address (`{base}/customers/{id}/…`,
//! read by `config.rs` and the boot script), so entering, switching and leaving are page
//! loads: every screen, request and early request of the new view starts from it.
mod picker;
mod switch;

use domain::Session;
use leptos::prelude::*;

use crate::routing::{split_point, ChunkFailed, LazyView};
use picker::CustomerPicker;
pub use switch::CustomerSwitch;

/// The picker, for a seller outside customer view whose host lets them choose; anyone
/// else sees `otherwise` (why this screen is not theirs).
pub fn picker_or(otherwise: impl FnOnce() -> AnyView) -> AnyView {
    let seller_outside = use_context::<Session>().is_some_and(|s| s.role.sees_markup() && s.acting_for.is_none());
    if seller_outside && use_context::<CustomerSwitch>().is_some_and(|c| c.allowed) {
        view! { <LazyView load=picker_screen/> }.into_any()
    } else {
        otherwise()
    }
}

// Customers never download it. It travels with the order panel's body (`order_details`)
// rather than in a chunk of its own: a chunk of its own re-cut the code the areas share
// and cost every first visit 4 to 6 KB.
split_point! { order_details;
    fn picker_screen() -> Result<AnyView, ChunkFailed> {
        Ok(view! { <CustomerPicker/> }.into_any())
    }
}
