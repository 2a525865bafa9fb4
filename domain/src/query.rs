//! Query strings for list screens. The same typed query is the app's URL state and the
//! API's list parameters, so a link and a request always agree.

url_enum! {
    /// Sort direction of a list.
    pub enum SortDir {
        Asc => "asc",
        #[default]
        Desc => "desc",
    }
}

impl SortDir {
    pub fn flipped(self) -> Self {
        match self {
            SortDir::Asc => SortDir::Desc,
            SortDir::Desc => SortDir::Asc,
        }
    }

    /// The direction once a column is chosen to sort by (a header click): the column the
    /// list is sorted by flips, another starts at its `first` direction. (Either way the
    /// list goes back to page 1.)
    pub fn on_choosing(self, same_column: bool, first: SortDir) -> SortDir {
        if same_column {
            self.flipped()
        } else {
            first
        }
    }
}

/// Where a list query stands: its sort (by URL key), direction, page and page size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub sort: &'static str,
    pub dir: SortDir,
    pub page: u32,
    pub page_size: u32,
}

/// A list screen's typed query (filters, sort, page): read from and written to the URL and
/// the API's query string alike.
pub trait ListQuery: Sized + Default {
    /// Reads decoded pairs; anything missing or malformed takes its default, so a
    /// hand-edited link still opens a working screen.
    fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self;

    /// The filters as (key, value) pairs in the order the query string writes them; a
    /// filter not in force has an empty value.
    fn filter_pairs(&self) -> Vec<(&'static str, String)>;

    fn position(&self) -> Position;

    /// The query string: the filters, then sort, direction, page and page size, leaving
    /// out empty filters and defaults so links stay short.
    fn to_query_string(&self) -> String {
        let (here, default) = (self.position(), Self::default().position());
        let position = [
            ("sort", unless_default(here.sort != default.sort, here.sort)),
            ("dir", unless_default(here.dir != default.dir, here.dir.key())),
            ("page", unless_default(here.page != 1, &here.page.to_string())),
            ("page_size", unless_default(here.page_size != DEFAULT_PAGE_SIZE, &here.page_size.to_string())),
        ];
        encode_pairs(self.filter_pairs().into_iter().chain(position))
    }

    /// Reads `?a=1&b=2` (or `a=1&b=2`).
    fn from_query_string(query: &str) -> Self {
        let pairs = decode_query(query);
        Self::from_pairs(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    }
}

pub const PAGE_SIZES: [u32; 4] = [10, 25, 50, 100];
pub const DEFAULT_PAGE_SIZE: u32 = 25;

/// A page size from the URL: the offered size nearest to it (`7` is 10, `1000` is 100;
/// halfway, the smaller), the default when it is no number. The screen then writes the
/// size it shows back into the URL.
pub fn parse_page_size(value: Option<&str>) -> u32 {
    let Some(asked) = value.and_then(|v| v.trim().parse::<u64>().ok()) else { return DEFAULT_PAGE_SIZE };
    PAGE_SIZES.into_iter().min_by_key(|size| (u64::from(*size)).abs_diff(asked)).unwrap_or(DEFAULT_PAGE_SIZE)
}

/// A 1-based page number from the URL; anything else is page 1.
pub fn parse_page(value: Option<&str>) -> u32 {
    value.and_then(|v| v.parse::<u32>().ok()).filter(|v| *v >= 1).unwrap_or(1)
}

/// `value` when it differs from the default, else empty (which `encode_pairs` skips), so
/// links carry only what was chosen.
pub fn unless_default(differs: bool, value: &str) -> String {
    if differs {
        value.to_string()
    } else {
        String::new()
    }
}

/// Builds `a=1&b=x%20y` from pairs, skipping empty values.
pub fn encode_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, String)>) -> String {
    let mut out = String::new();
    for (key, value) in pairs {
        if value.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push('&');
        }
        out.push_str(&encode_component(key));
        out.push('=');
        out.push_str(&encode_component(&value));
    }
    out
}

/// Percent-encodes everything but RFC 3986 unreserved characters.
pub fn encode_component(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => out.push(byte as char),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

/// Decodes `%XX` and `+` in a query component; invalid escapes are kept as written.
pub fn decode_component(value: &str) -> String {
    let bytes = value.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                // Byte-wise, so a '%' before a multi-byte character cannot split it.
                match (hex_digit(bytes[i + 1]), hex_digit(bytes[i + 2])) {
                    (Some(high), Some(low)) => {
                        out.push(high << 4 | low);
                        i += 2;
                    }
                    _ => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex_digit(byte: u8) -> Option<u8> {
    (byte as char).to_digit(16).map(|d| d as u8)
}

/// Splits `a=1&b=2` into decoded pairs.
pub fn decode_query(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|part| !part.is_empty())
        .map(|part| {
            let (key, value) = part.split_once('=').unwrap_or((part, ""));
            (decode_component(key), decode_component(value))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encoding_round_trips_any_text() {
        for text in ["plain", "a b&c=d", "Ünïcødé <b>", "100%", "+"] {
            let query = encode_pairs([("q", text.to_string())]);
            assert_eq!(decode_query(&query), vec![("q".into(), text.into())]);
        }
    }

    #[test]
    fn bad_escapes_are_kept_not_dropped() {
        assert_eq!(decode_component("50%"), "50%");
        assert_eq!(decode_component("%zz"), "%zz");
        assert_eq!(decode_component("%é"), "%é");
    }

    #[test]
    fn choosing_the_sorted_column_flips_it_and_another_starts_at_its_first_direction() {
        for first in SortDir::ALL.iter().copied() {
            for now in SortDir::ALL.iter().copied() {
                assert_eq!(now.on_choosing(false, first), first);
                assert_eq!(now.on_choosing(true, first), now.flipped());
            }
        }
        assert_eq!(SortDir::Asc.on_choosing(true, SortDir::Desc), SortDir::Desc);
        assert_eq!(SortDir::Desc.on_choosing(true, SortDir::Desc), SortDir::Asc);
    }

    #[test]
    fn page_and_size_fall_back_on_nonsense() {
        assert_eq!(parse_page(Some("0")), 1);
        assert_eq!(parse_page(Some("x")), 1);
        assert_eq!(parse_page(Some("7")), 7);
        assert_eq!(parse_page_size(Some("33")), 25);
        assert_eq!(parse_page_size(Some("100")), 100);
        assert_eq!(parse_page_size(Some("7")), 10);
        assert_eq!(parse_page_size(Some("0")), 10);
        assert_eq!(parse_page_size(Some("75")), 50);
        assert_eq!(parse_page_size(Some("1000")), 100);
        assert_eq!(parse_page_size(Some("lots")), 25);
        assert_eq!(parse_page_size(None), 25);
    }
}
