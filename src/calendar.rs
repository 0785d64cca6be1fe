//! Calendar values: a day (`Date`) and a year-month (`YearMonth`), parsed from the strict
//! forms the answers and tables use (`YYYY-MM-DD`, `YYYY-MM`).

use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A calendar day, written `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub NaiveDate);

/// A day, or only its month where that is all a person knows (`YYYY-MM-DD` or `YYYY-MM`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DayOrMonth {
    Day(Date),
    Month(YearMonth),
}

/// A calendar month, written `YYYY-MM`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct YearMonth {
    pub year: i32,
    pub month: u32,
}

impl Date {
    /// Parses `YYYY-MM-DD` exactly (four, two and two digits).
    pub fn parse(text: &str) -> Option<Date> {
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        if !text
            .bytes()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        {
            return None;
        }
        NaiveDate::parse_from_str(text, "%Y-%m-%d").ok().map(Date)
    }

    /// The day a number of days later.
    pub fn plus_days(self, days: u32) -> Date {
        Date(self.0 + chrono::Days::new(u64::from(days)))
    }

    /// The day a number of days earlier.
    pub fn minus_days(self, days: u32) -> Date {
        Date(self.0 - chrono::Days::new(u64::from(days)))
    }

    /// The same day a number of months later (clamped to the month's last day).
    pub fn plus_months(self, months: u32) -> Date {
        Date(
            self.0
                .checked_add_months(Months::new(months))
                .unwrap_or(self.0),
        )
    }

    /// Days from this day to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Date) -> i64 {
        (later.0 - self.0).num_days()
    }

    /// The month this day falls in.
    pub fn year_month(self) -> YearMonth {
        YearMonth {
            year: self.0.year(),
            month: self.0.month(),
        }
    }

    /// Day of the month, 1-based.
    pub fn day(self) -> u32 {
        self.0.day()
    }

    /// Today by the system clock, in local time.
    pub fn today_local() -> Date {
        Date(chrono::Local::now().date_naive())
    }
}

impl YearMonth {
    /// Parses `YYYY-MM` exactly.
    pub fn parse(text: &str) -> Option<YearMonth> {
        let b = text.as_bytes();
        if b.len() != 7 || b[4] != b'-' {
            return None;
        }
        if !text
            .bytes()
            .enumerate()
            .all(|(i, c)| i == 4 || c.is_ascii_digit())
        {
            return None;
        }
        let year: i32 = text[..4].parse().ok()?;
        let month: u32 = text[5..].parse().ok()?;
        (1..=12)
            .contains(&month)
            .then_some(YearMonth { year, month })
    }

    /// Months since year 0, for arithmetic.
    pub fn index(self) -> i64 {
        i64::from(self.year) * 12 + i64::from(self.month) - 1
    }

    /// The month `n` months later (or earlier, for negative `n`).
    pub fn plus(self, n: i64) -> YearMonth {
        let i = self.index() + n;
        YearMonth {
            year: i.div_euclid(12) as i32,
            month: (i.rem_euclid(12) + 1) as u32,
        }
    }

    /// Whole months from `self` to `later` (negative when `later` is earlier).
    pub fn months_until(self, later: YearMonth) -> i64 {
        later.index() - self.index()
    }

    /// The first day of this month.
    pub fn first_day(self) -> Date {
        let day = NaiveDate::from_ymd_opt(self.year, self.month, 1);
        Date(day.unwrap_or_default())
    }

    /// The last day of this month.
    pub fn last_day(self) -> Date {
        let day = NaiveDate::from_ymd_opt(self.year, self.month, self.days());
        Date(day.unwrap_or_default())
    }

    /// Number of days in this month.
    pub fn days(self) -> u32 {
        let first = NaiveDate::from_ymd_opt(self.year, self.month, 1);
        let next = self.plus(1);
        let next_first = NaiveDate::from_ymd_opt(next.year, next.month, 1);
        match (first, next_first) {
            (Some(a), Some(b)) => (b - a).num_days() as u32,
            _ => 30,
        }
    }
}

impl DayOrMonth {
    /// Parses `YYYY-MM-DD` or `YYYY-MM` exactly.
    pub fn parse(text: &str) -> Option<DayOrMonth> {
        Date::parse(text)
            .map(DayOrMonth::Day)
            .or_else(|| YearMonth::parse(text).map(DayOrMonth::Month))
    }

    /// The earliest day it can be: the day, or the month's first day.
    pub fn first_day(self) -> Date {
        match self {
            DayOrMonth::Day(d) => d,
            DayOrMonth::Month(m) => m.first_day(),
        }
    }

    /// The latest day it can be: the day, or the month's last day.
    pub fn last_day(self) -> Date {
        match self {
            DayOrMonth::Day(d) => d,
            DayOrMonth::Month(m) => m.last_day(),
        }
    }

    /// The month it falls in.
    pub fn year_month(self) -> YearMonth {
        match self {
            DayOrMonth::Day(d) => d.year_month(),
            DayOrMonth::Month(m) => m,
        }
    }

    /// Only the month is known.
    pub fn month_only(self) -> bool {
        matches!(self, DayOrMonth::Month(_))
    }
}

impl fmt::Display for DayOrMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DayOrMonth::Day(d) => d.fmt(f),
            DayOrMonth::Month(m) => m.fmt(f),
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

impl fmt::Display for YearMonth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl Serialize for YearMonth {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Date::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!("expected a date as YYYY-MM-DD, found \"{text}\""))
        })
    }
}

impl<'de> Deserialize<'de> for YearMonth {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        YearMonth::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!("expected a month as YYYY-MM, found \"{text}\""))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_strict_forms_only() {
        assert!(Date::parse("2026-11-22").is_some());
        assert!(Date::parse("2026-2-01").is_none());
        assert!(Date::parse("2026-02-30").is_none());
        assert_eq!(
            YearMonth::parse("2023-09"),
            Some(YearMonth {
                year: 2023,
                month: 9
            })
        );
        assert!(YearMonth::parse("2023-13").is_none());
        assert!(YearMonth::parse("2023/09").is_none());
    }

    #[test]
    fn a_day_or_only_its_month() {
        let april = DayOrMonth::parse("2026-04").unwrap();
        assert!(april.month_only());
        assert_eq!(april.first_day(), Date::parse("2026-04-01").unwrap());
        assert_eq!(april.last_day(), Date::parse("2026-04-30").unwrap());
        assert_eq!(april.to_string(), "2026-04");
        let day = DayOrMonth::parse("2026-04-15").unwrap();
        assert!(!day.month_only());
        assert_eq!(day.first_day(), day.last_day());
        assert_eq!(day.to_string(), "2026-04-15");
        assert!(DayOrMonth::parse("2026-4").is_none());
        assert!(DayOrMonth::parse("2026-04-31").is_none());
    }

    #[test]
    fn month_arithmetic_crosses_years() {
        let m = YearMonth::parse("2026-11").unwrap();
        assert_eq!(m.plus(2).to_string(), "2027-01");
        assert_eq!(m.plus(-11).to_string(), "2025-12");
        assert_eq!(m.months_until(YearMonth::parse("2028-11").unwrap()), 24);
        assert_eq!(YearMonth::parse("2028-02").unwrap().days(), 29);
    }

    #[test]
    fn day_arithmetic() {
        let d = Date::parse("2026-11-22").unwrap();
        assert_eq!(d.plus_days(14).to_string(), "2026-12-06");
        assert_eq!(d.plus_months(24).to_string(), "2028-11-22");
    }
}
