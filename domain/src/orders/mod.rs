//! Orders in customer view: statuses and their two views, requested changes and the
//! markup rule, license totals, notes, and the list query.
mod action_required;
mod change;
mod csv_records;
mod licenses;
mod live;
mod model;
mod notes;
mod pricing;
mod query;
mod status;

pub use action_required::{ActionCase, ActionRequired};
pub use change::{order_visible_to, visible_changes, Change, ChangeKind, MarkupStep};
pub use csv_records::CsvRecords;
pub use licenses::license_totals;
pub use live::{next_check_seconds, status_changes, Highlights, HIGHLIGHT_MS, MAX_BACKOFF_SECONDS};
pub use model::*;
pub use notes::{note_chars, validate_note, NoteError, NOTE_MAX_CHARS};
pub use pricing::{change_amount, item_cost, licenses_after, order_change_total, quantity_step, ItemCost};
pub use query::{HistoricalState, OrderFilter, OrderSort, OrdersQuery, ORDERS_QUERY_KEYS};
pub use status::{OrderStatus, OrderView};
