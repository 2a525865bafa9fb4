//! Session tokens that expired, and renewed tokens with the account token each stands
//! for (kept in memory only), as a host portal's session would have them.
use std::collections::{HashMap, HashSet};
use std::sync::Mutex;

#[derive(Default)]
pub struct TokenBook(Mutex<Tokens>);

#[derive(Default)]
struct Tokens {
    expired: HashSet<String>,
    /// Renewed token → the account token it stands for.
    renewed: HashMap<String, String>,
    /// Renewals so far, for unique new tokens.
    renewals: u64,
}

impl TokenBook {
    fn tokens(&self) -> std::sync::MutexGuard<'_, Tokens> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The account token `token` stands for; `None` once it expired.
    pub fn resolve(&self, token: &str) -> Option<String> {
        let tokens = self.tokens();
        if tokens.expired.contains(token) {
            return None;
        }
        Some(tokens.renewed.get(token).cloned().unwrap_or_else(|| token.to_string()))
    }

    /// Every later request with `token` is refused.
    pub fn expire(&self, token: &str) {
        self.tokens().expired.insert(token.to_string());
    }

    /// A new token for the same account as `token` (expired or not).
    pub fn renew(&self, token: &str) -> String {
        let mut tokens = self.tokens();
        let account = tokens.renewed.get(token).cloned().unwrap_or_else(|| token.to_string());
        tokens.renewals += 1;
        let new = format!("{account}.renewed-{}", tokens.renewals);
        tokens.renewed.insert(new.clone(), account);
        new
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_renewed_token_stands_for_its_account_and_an_expired_one_for_nothing() {
        let book = TokenBook::default();
        assert_eq!(book.resolve("demo-seller").as_deref(), Some("demo-seller"));
        let renewed = book.renew("demo-seller");
        book.expire("demo-seller");
        assert_eq!(book.resolve("demo-seller"), None);
        assert_eq!(book.resolve(&renewed).as_deref(), Some("demo-seller"));
        let again = book.renew(&renewed);
        assert_ne!(again, renewed);
        assert_eq!(book.resolve(&again).as_deref(), Some("demo-seller"));
    }
}
