//! Money as the API sends it: a decimal string and an ISO 4217 code. Arithmetic is done
//! on exact integers so totals never pick up floating-point cents.
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Money {
    /// Decimal string, e.g. `"1234.50"` or `"-3.1"`.
    pub amount: String,
    /// ISO 4217 code, e.g. `"EUR"`.
    pub currency: String,
}

/// An exact decimal: `units / 10^scale`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Decimal {
    units: i128,
    scale: u32,
}

impl Decimal {
    fn parse(text: &str) -> Option<Decimal> {
        let text = text.trim();
        let (negative, digits) = match text.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, text.strip_prefix('+').unwrap_or(text)),
        };
        let (whole, fraction) = digits.split_once('.').unwrap_or((digits, ""));
        if whole.is_empty() && fraction.is_empty() {
            return None;
        }
        if !whole.bytes().chain(fraction.bytes()).all(|b| b.is_ascii_digit()) || fraction.len() > 12 {
            return None;
        }
        let units: i128 = format!("{whole}{fraction}").parse().ok()?;
        Some(Decimal { units: if negative { -units } else { units }, scale: fraction.len() as u32 })
    }

    fn rescale(self, scale: u32) -> Option<Decimal> {
        let factor = 10i128.checked_pow(scale.checked_sub(self.scale)?)?;
        Some(Decimal { units: self.units.checked_mul(factor)?, scale })
    }

    fn render(self) -> String {
        let sign = if self.units < 0 { "-" } else { "" };
        let digits = self.units.unsigned_abs().to_string();
        if self.scale == 0 {
            return format!("{sign}{digits}");
        }
        let scale = self.scale as usize;
        let padded = format!("{digits:0>width$}", width = scale + 1);
        let (whole, fraction) = padded.split_at(padded.len() - scale);
        format!("{sign}{whole}.{fraction}")
    }
}

impl Money {
    pub fn new(amount: impl Into<String>, currency: impl Into<String>) -> Self {
        Money { amount: amount.into(), currency: currency.into() }
    }

    pub fn is_valid(&self) -> bool {
        Decimal::parse(&self.amount).is_some() && is_currency_code(&self.currency)
    }

    /// `self × quantity`, exactly.
    pub fn times(&self, quantity: i64) -> Option<Money> {
        let value = Decimal::parse(&self.amount)?;
        let units = value.units.checked_mul(quantity as i128)?;
        Some(Money::new(Decimal { units, ..value }.render(), self.currency.clone()))
    }

    /// The exact sum, or `None` when the list is empty, mixes currencies or holds a
    /// malformed amount (a total that silently dropped a line would be wrong).
    pub fn sum<'a>(amounts: impl IntoIterator<Item = &'a Money>) -> Option<Money> {
        let mut currency: Option<&str> = None;
        let mut total = Decimal { units: 0, scale: 0 };
        for money in amounts {
            match currency {
                None => currency = Some(&money.currency),
                Some(code) if code != money.currency => return None,
                Some(_) => {}
            }
            let value = Decimal::parse(&money.amount)?;
            let scale = total.scale.max(value.scale);
            let (a, b) = (total.rescale(scale)?, value.rescale(scale)?);
            total = Decimal { units: a.units.checked_add(b.units)?, scale };
        }
        Some(Money::new(total.render(), currency?.to_string()))
    }

    /// A locale-free rendering (`EUR 1234.50`), used where `Intl` is not available.
    pub fn plain(&self) -> String {
        format!("{} {}", self.currency, self.amount)
    }
}

pub fn is_currency_code(code: &str) -> bool {
    code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sums_exactly_across_scales() {
        let lines = [Money::new("0.1", "EUR"), Money::new("0.2", "EUR"), Money::new("10", "EUR")];
        assert_eq!(Money::sum(&lines), Some(Money::new("10.3", "EUR")));
    }

    #[test]
    fn refuses_mixed_currencies_and_malformed_amounts() {
        assert_eq!(Money::sum(&[Money::new("1", "EUR"), Money::new("1", "USD")]), None);
        assert_eq!(Money::sum(&[Money::new("1", "EUR"), Money::new("1,5", "EUR")]), None);
        assert_eq!(Money::sum(&[]), None);
        assert!(!Money::new("<b>1</b>", "EUR").is_valid());
        assert!(!Money::new("1", "euro").is_valid());
    }

    #[test]
    fn multiplies_and_keeps_sign() {
        assert_eq!(Money::new("12.50", "EUR").times(3), Some(Money::new("37.50", "EUR")));
        assert_eq!(Money::new("0.05", "EUR").times(-2), Some(Money::new("-0.10", "EUR")));
    }
}
