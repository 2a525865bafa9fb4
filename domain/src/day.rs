//! Calendar days as the API writes them (`YYYY-MM-DD`, UTC): checked, and counted back
//! for the date filter's presets ("last 30 days").

/// `YYYY-MM-DD` with a real month and day, or nothing: a hand-edited `from=yesterday`
/// is ignored rather than sent on.
pub fn parse_day(value: &str) -> Option<String> {
    let value = value.trim();
    let bytes = value.as_bytes();
    let digits = |range: std::ops::Range<usize>| bytes[range].iter().all(u8::is_ascii_digit);
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' || !digits(0..4) || !digits(5..7) || !digits(8..10) {
        return None;
    }
    let (year, month, day): (i64, u32, u32) =
        (value[..4].parse().ok()?, value[5..7].parse().ok()?, value[8..].parse().ok()?);
    ((1..=12).contains(&month) && (1..=days_in_month(year, month)).contains(&day)).then(|| value.to_string())
}

/// The day `n` days before `day` (`None` when `day` is no date).
pub fn days_before(day: &str, n: u32) -> Option<String> {
    let day = parse_day(day)?;
    let (year, month, date) = (day[..4].parse().ok()?, day[5..7].parse().ok()?, day[8..].parse().ok()?);
    let (year, month, date) = civil_from_days(days_from_civil(year, month, date) - i64::from(n));
    Some(format!("{year:04}-{month:02}-{date:02}"))
}

fn days_in_month(year: i64, month: u32) -> u32 {
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's algorithm:
/// years counted from March, so the leap day ends a year).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month_from_march = i64::from((month + 9) % 12);
    let day_of_year = (153 * month_from_march + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The date (year, month, day) `days` after 1970-01-01; the stand-in writes its
/// timestamps with it too.
pub fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let days = days + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days - era * 146_097;
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * month_from_march + 2) / 5 + 1) as u32;
    let month = if month_from_march < 10 { month_from_march + 3 } else { month_from_march - 9 } as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_real_days_are_dates() {
        assert_eq!(parse_day("2028-02-29").as_deref(), Some("2028-02-29"));
        assert_eq!(parse_day(" 2026-09-01 ").as_deref(), Some("2026-09-01"));
        for wrong in
            ["2026-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-4-01", "yesterday", "", "2026-09-01T00"]
        {
            assert_eq!(parse_day(wrong), None, "{wrong}");
        }
    }

    #[test]
    fn counting_back_crosses_months_years_and_leap_days() {
        // Worked out on a calendar.
        assert_eq!(days_before("2026-12-03", 7).as_deref(), Some("2026-11-26"));
        assert_eq!(days_before("2026-12-03", 30).as_deref(), Some("2026-11-03"));
        assert_eq!(days_before("2026-12-03", 90).as_deref(), Some("2026-09-04"));
        assert_eq!(days_before("2026-01-05", 7).as_deref(), Some("2025-12-29"));
        assert_eq!(days_before("2028-03-01", 1).as_deref(), Some("2028-02-29"));
        assert_eq!(days_before("2027-03-01", 1).as_deref(), Some("2027-02-28"));
        assert_eq!(days_before("2026-12-03", 0).as_deref(), Some("2026-12-03"));
        assert_eq!(days_before("soon", 7), None);
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(20_790), (2026, 12, 3));
    }
}
