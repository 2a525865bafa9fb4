//! The marketplace's domain: the wire types of the platform's JSON API and the rules the
//! screens apply to them (status grouping, markup visibility, license totals, recipient
//! validation, placeholders filled in words).
//!
//! Plain Rust with no browser or server dependency, so it compiles natively and to wasm:
//! the app renders with it, the stand-in backend serves with it, and `cargo test -p domain`
//! checks the rules without a browser.

#[macro_use]
mod keyed;
pub mod api;
pub mod day;
pub mod fill;
pub mod money;
pub mod notifications;
pub mod orders;
pub mod query;
pub mod session;
pub mod subscriptions;
pub mod tone;
pub mod views;

pub use fill::fill;
pub use money::Money;
pub use session::{Area, Role, Session};
pub use tone::Tone;
