//! The time now, as the API writes times (RFC 3339, UTC).

pub fn now() -> String {
    let seconds = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64);
    crate::data::rfc3339(seconds)
}
