//! Validation of recipients and webhooks, used by the edit dialog and by the server.
use super::{EmailSettings, Recipient, WebhookUpdate, CONTENT_TYPES};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    /// `to`, `cc`, `bcc`, `url`, `authorization` or `content_type`.
    pub field: &'static str,
    /// Which rule refused it (`email_invalid`, `url_required`, ...): the app words it in
    /// the user's language from this, the platform in its answers.
    pub code: &'static str,
    /// The refused value where the words name it (an address), else empty.
    pub value: String,
}

fn error(field: &'static str, code: &'static str) -> FieldError {
    FieldError { field, code, value: String::new() }
}

/// A pragmatic address check: one `@`, a non-empty local part, a dotted domain, no spaces.
pub fn validate_email_address(address: &str) -> Result<(), FieldError> {
    let address = address.trim();
    let invalid = || Err(FieldError { value: address.to_string(), ..error("email", "email_invalid") });
    if address.is_empty() {
        return Err(error("email", "email_required"));
    }
    if address.len() > 254 || address.chars().any(|c| c.is_whitespace() || c == '<' || c == '>' || c == ',') {
        return invalid();
    }
    let Some((local, domain)) = address.rsplit_once('@') else {
        return invalid();
    };
    let labels_ok = domain.split('.').count() >= 2
        && domain.split('.').all(|label| !label.is_empty() && !label.starts_with('-') && !label.ends_with('-'));
    if local.is_empty() || local.contains('@') || !labels_ok {
        return invalid();
    }
    Ok(())
}

/// To needs at least one recipient; every custom address must be valid.
pub fn validate_email_settings(settings: &EmailSettings) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if settings.to.is_empty() {
        errors.push(error("to", "to_required"));
    }
    for (field, list) in [("to", &settings.to), ("cc", &settings.cc), ("bcc", &settings.bcc)] {
        for recipient in list {
            if let Recipient::Email { address } = recipient {
                if let Err(refused) = validate_email_address(address) {
                    errors.push(FieldError { field, ..refused });
                }
            }
        }
    }
    errors
}

/// The host a URL's authority names: `hooks.example.com`, `127.0.0.1`, `[::1]`.
fn host_of(rest: &str) -> &str {
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    match host.strip_prefix('[') {
        Some(v6) => v6.split(']').next().map_or("", |inner| &host[..inner.len() + 2]),
        None => host.split(':').next().unwrap_or(""),
    }
}

/// A receiver on the same computer, which plain http reaches without crossing a network.
fn is_loopback(host: &str) -> bool {
    let host = host.to_ascii_lowercase();
    let ipv4_loopback = host
        .strip_prefix("127.")
        .is_some_and(|rest| rest.split('.').count() == 3 && rest.split('.').all(|part| part.parse::<u8>().is_ok()));
    host == "localhost" || host == "[::1]" || ipv4_loopback
}

/// The URL must be absolute `https://` with a host (plain `http://` only to a loopback
/// receiver, for local development: the stand-in accepts that, the platform does not);
/// the header must be one line.
pub fn validate_webhook(update: &WebhookUpdate) -> Vec<FieldError> {
    let mut errors = Vec::new();
    let url = update.url.trim();
    let (rest, secure) = match url.strip_prefix("https://") {
        Some(rest) => (Some(rest), true),
        None => (url.strip_prefix("http://"), false),
    };
    match rest {
        None if url.is_empty() => errors.push(error("url", "url_required")),
        None => errors.push(error("url", "url_scheme")),
        Some(rest) => {
            let host = host_of(rest);
            if host.is_empty() || url.chars().any(char::is_whitespace) {
                errors.push(error("url", "url_host"));
            } else if !secure && !is_loopback(host) {
                errors.push(error("url", "url_insecure"));
            }
        }
    }
    if let Some(header) = &update.authorization {
        if header.contains(['\r', '\n']) {
            errors.push(error("authorization", "authorization_lines"));
        }
    }
    if !CONTENT_TYPES.contains(&update.content_type.as_str()) {
        errors.push(error("content_type", "content_type"));
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_ordinary_addresses_and_rejects_broken_ones() {
        for ok in ["ops@example.com", "a.b+c@sub.example.co.uk"] {
            assert_eq!(validate_email_address(ok), Ok(()), "{ok}");
        }
        for bad in ["", "plain", "@example.com", "a@b", "a@@b.com", "a b@c.com", "a@-x.com", "<a@b.com>", "a@b..com"] {
            assert!(validate_email_address(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn to_is_required_and_custom_addresses_are_checked_in_every_field() {
        let empty = EmailSettings::default();
        assert_eq!(validate_email_settings(&empty)[0].field, "to");
        let settings = EmailSettings {
            to: vec![Recipient::Contact { contact: "Primary".into() }],
            cc: vec![Recipient::Email { address: "nope".into() }],
            bcc: vec![Recipient::Email { address: "ok@example.com".into() }],
            inherited: false,
        };
        let errors = validate_email_settings(&settings);
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].field, "cc");
    }

    #[test]
    fn webhook_url_must_be_http_with_a_host() {
        let check = |url: &str| {
            validate_webhook(&WebhookUpdate {
                url: url.into(),
                content_type: "application/json".into(),
                authorization: None,
            })
        };
        assert!(check("https://hooks.example.com/orders").is_empty());
        for local in ["http://localhost:9000", "http://127.0.0.1:8123/hook", "http://[::1]:80/x"] {
            assert!(check(local).is_empty(), "{local}");
        }
        for bad in ["", "ftp://x.com", "https://", "https:///path", "https://exa mple.com", "javascript:alert(1)"] {
            assert_eq!(check(bad).len(), 1, "{bad}");
        }
        for remote in [
            "http://hooks.example.com/orders",
            "http://localhost.example.com",
            "http://10.0.0.5/x",
            "http://127.evil.example/x",
        ] {
            assert_eq!(check(remote).iter().map(|e| e.code).collect::<Vec<_>>(), ["url_insecure"], "{remote}");
        }
        let header = WebhookUpdate {
            url: "https://x.com".into(),
            content_type: "text/html".into(),
            authorization: Some("Bearer a\r\nX: y".into()),
        };
        assert_eq!(validate_webhook(&header).len(), 2);
    }
}
