//! What every area's routes share: paths under the host's base path and navigation
//! (`paths`), the per-area guard (`guard`), and the loader of an area's own code, which
//! is downloaded only when its screen opens (`lazy`). The features import this module,
//! never the shell; the shell assembles the features' route groups.
mod guard;
mod lazy;
mod paths;

pub use guard::{Guard, NoAccess, NotFound, OnlyArea};
pub(crate) use lazy::split_point;
pub use lazy::{warm, ChunkFailed, LazyView, PartFailed};
pub use paths::{query_pairs, route, use_correct_to, use_go_to, Paths};
