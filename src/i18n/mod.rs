//! The UI's words in the host's language. Text is data, not code: `locales/<lang>.json`
//! maps a key to its words, and only the active language's file is loaded (the boot
//! script fetches it beside the wasm; see `boot/orders-console-boot.js`). The build ships
//! each file as an array in the sorted order of `locales/en.json`'s keys and `build.rs` gives each key
//! a constant (`k::ORDERS_SEARCH`), so the wasm carries neither keys nor words, adding a
//! language adds a file and no wasm, and a key the code names but English lacks fails
//! the build. The build fills a language's missing keys with the English words
//! (`scripts/build-locales.mjs`) and `tests/locales.rs` fails while any key is missing,
//! so a raw key never reaches the screen.
//!
//! Entries are a string with `{name}` placeholders, or for counts an object of plural
//! forms (`{"one": "{n} order", "other": "{n} orders"}`) chosen by the browser's
//! `Intl.PluralRules` for the language.
mod text;
mod words;

pub use domain::fill;
pub use text::{around, as_table, install, k, lang, name_of, number, number_in, percent, t, tf, tn, Key};
pub use words::{
    change_text, field_error_text, instruction_text, note_error_text, order_title, recipient_text, status_meaning,
};
