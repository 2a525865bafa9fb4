//! Pieces every screen shares: one status badge, one money and date format, one pager,
//! one sortable header and sort state, one skeleton, one status reference page, one search
//! box, one modal dialog, the loading / empty / error states, and where keyboard
//! focus goes.
mod badge;
mod confirm;
mod focus;
mod format;
mod modal;
mod notice;
mod pager;
mod search_box;
mod skeleton;
mod sort_header;
mod status_cell;
mod status_reference;
mod switch;

pub use badge::StatusBadge;
pub use confirm::ConfirmDialog;
pub use focus::{focus_after_render, focus_lost, focus_new_page, keep_tab_inside, tab_key_target};
pub use format::{
    date_or_dash, format_bytes, format_date, format_date_time, format_money, format_number, format_time_now, Locale,
};
pub use modal::Modal;
pub use notice::{EmptyState, ErrorNotice, RemoteStatus, SlowNotice};
pub use pager::Pager;
pub use search_box::SearchBox;
pub use skeleton::SkeletonRows;
pub use sort_header::{sort_state, SortHeader};
pub use status_cell::StatusWithReason;
pub use status_reference::{ReferenceRow, StatusReference};
pub use switch::Switch;
