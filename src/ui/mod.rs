//! Pieces every screen shares: one status badge, one money and date format, one pager,
//! one sortable header, one search box, the loading / empty / error states, and where
//! keyboard focus goes.
mod badge;
mod confirm;
mod focus;
mod format;
mod notice;
mod pager;
mod search_box;
mod sort_header;
mod status_cell;
mod switch;

pub use badge::StatusBadge;
pub use confirm::ConfirmDialog;
pub use focus::{focus_after_render, keep_tab_inside, tab_key_target, tab_trap};
pub use format::{format_bytes, format_date, format_date_time, format_money, format_number, format_time_now, Locale};
pub use notice::{EmptyState, ErrorNotice, RemoteStatus, SlowNotice};
pub use pager::Pager;
pub use search_box::SearchBox;
pub use sort_header::SortHeader;
pub use status_cell::StatusWithReason;
pub use switch::Switch;
