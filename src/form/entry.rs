//! Typed entries: which characters a number, a month or a day takes (full-width digits from a
//! Japanese input method folded to ASCII) and how the text reads as a value.

use crate::calendar::{Date, DayOrMonth, YearMonth};

/// Why a typed entry was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryError {
    OutOfRange { min: i64, max: i64 },
    NotANumber,
    NotAMonth,
    NotADay,
}

/// The longest number that can be typed (the largest bound has seven digits, and a comma
/// may group them).
pub const NUMBER_MAX: usize = 9;
/// The longest month that can be typed: `２０２７年１２月` folds to ten characters.
pub const MONTH_MAX: usize = 10;
/// The longest day that can be typed: `２０２６年１１月２９日` folds to thirteen characters.
pub const DAY_MAX: usize = 13;

/// A character folded to half width: full-width digits, letters and signs become ASCII (the
/// full-width hyphen too), and the long-vowel mark and other dashes become `-`.
pub fn fold(c: char) -> char {
    match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        'ー' | '―' | '‐' => '-',
        _ => c,
    }
}

/// A character typed into a number: a digit or a grouping comma, folded.
pub fn number_char(typed: &str, c: char) -> Option<char> {
    let c = fold(c);
    let fits = typed.chars().count() < NUMBER_MAX;
    ((c.is_ascii_digit() || c == ',' || c == '、') && fits).then_some(if c == '、' {
        ','
    } else {
        c
    })
}

/// A character typed into a month: digits, the separators `-`, `/`, `.` and 年/月, folded.
pub fn month_char(typed: &str, c: char) -> Option<char> {
    calendar_char(typed, c, MONTH_MAX, false)
}

/// A character typed into a day: as a month's, and 日.
pub fn day_char(typed: &str, c: char) -> Option<char> {
    calendar_char(typed, c, DAY_MAX, true)
}

/// A character of a month or day, folded, while the entry is shorter than `most`.
fn calendar_char(typed: &str, c: char, most: usize, day: bool) -> Option<char> {
    let c = fold(c);
    let fits = typed.chars().count() < most;
    let taken =
        c.is_ascii_digit() || matches!(c, '-' | '/' | '.' | '年' | '月') || (day && c == '日');
    (taken && fits).then_some(c)
}

/// A whole number within `min..=max`; commas that group digits are ignored.
pub fn number(typed: &str, min: i64, max: i64) -> Result<u32, EntryError> {
    let digits: String = typed
        .chars()
        .map(fold)
        .filter(|c| !matches!(c, ',' | '、'))
        .collect();
    let v = digits
        .trim()
        .parse::<i64>()
        .map_err(|_| EntryError::NotANumber)?;
    if v < min || v > max {
        return Err(EntryError::OutOfRange { min, max });
    }
    Ok(v as u32)
}

/// What is wrong with a number while it is being typed: only a value already past the top
/// (more digits cannot bring it back); the rest waits for Enter.
pub fn live_number_error(typed: &str, min: i64, max: i64) -> Option<EntryError> {
    match number(typed, min, max) {
        Err(e @ EntryError::OutOfRange { .. }) if !typed.is_empty() && number_over(typed, max) => {
            Some(e)
        }
        _ => None,
    }
}

fn number_over(typed: &str, max: i64) -> bool {
    let digits: String = typed.chars().filter(char::is_ascii_digit).collect();
    digits.parse::<i64>().is_ok_and(|v| v > max)
}

/// A month written as people write it: `2027-03`, `2027-3`, `2027/3`, `2027.3`, `2027年3月`,
/// in full-width digits too.
pub fn month(typed: &str) -> Option<YearMonth> {
    let text: String = typed.trim().chars().map(fold).collect();
    let text = text.strip_suffix('月').unwrap_or(&text);
    let (year, month) = text.split_once(['-', '/', '.', '年'])?;
    let (year, month) = (year.trim(), month.trim());
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    if year.len() != 4 || !digits(year) || month.len() > 2 || !digits(month) {
        return None;
    }
    YearMonth::parse(&format!("{year}-{month:0>2}"))
}

/// A day written as people write it: `2026-11-29`, `2026/11/29`, `2026.11.29`,
/// `2026年11月29日`, in full-width digits too.
pub fn day(typed: &str) -> Option<Date> {
    let text: String = typed.trim().chars().map(fold).collect();
    let text = text.strip_suffix('日').unwrap_or(&text);
    let mut parts = text.split(['-', '/', '.', '年', '月']);
    let (year, month, day) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |s: &str, most: usize| {
        !s.is_empty() && s.len() <= most && s.chars().all(|c| c.is_ascii_digit())
    };
    if parts.next().is_some() || year.len() != 4 || !digits(year, 4) {
        return None;
    }
    if !digits(month, 2) || !digits(day, 2) {
        return None;
    }
    Date::parse(&format!("{year}-{month:0>2}-{day:0>2}"))
}

/// A day, or only its month, written as people write them (see [`day`] and [`month`]).
pub fn day_or_month(typed: &str) -> Option<DayOrMonth> {
    day(typed)
        .map(DayOrMonth::Day)
        .or_else(|| month(typed).map(DayOrMonth::Month))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_are_read_as_people_write_them() {
        let want = YearMonth::parse("2027-03");
        for text in [
            "2027-03",
            "2027-3",
            "2027/03",
            "2027/3",
            "2027.3",
            "2027年3月",
            "2027年03月",
            "２０２７年３月",
            "２０２７－０３",
            " 2027-3 ",
        ] {
            assert_eq!(month(text), want, "{text}");
        }
        for text in [
            "2027", "27-3", "2027-13", "2027-", "2027-3-1", "2027年", "abcd-3",
        ] {
            assert_eq!(month(text), None, "{text}");
        }
    }

    #[test]
    fn days_are_read_as_people_write_them() {
        let want = Date::parse("2026-11-09");
        for text in [
            "2026-11-09",
            "2026-11-9",
            "2026/11/9",
            "2026.11.09",
            "2026年11月9日",
            "２０２６年１１月９日",
        ] {
            assert_eq!(day(text), want, "{text}");
        }
        for text in [
            "2026-11",
            "2026-13-01",
            "2026-02-30",
            "26-11-9",
            "2026-11-9-1",
            "x",
        ] {
            assert_eq!(day(text), None, "{text}");
        }
    }

    #[test]
    fn numbers_fold_width_and_ignore_grouping() {
        assert_eq!(number("４５,８００", 1, 1_000_000), Ok(45_800));
        assert_eq!(number("45、800", 1, 1_000_000), Ok(45_800));
        assert_eq!(number("", 1, 9), Err(EntryError::NotANumber));
        assert_eq!(
            number("0", 1, 9),
            Err(EntryError::OutOfRange { min: 1, max: 9 })
        );
        assert_eq!(live_number_error("0", 1, 9), None, "more digits can fix it");
        assert!(live_number_error("10", 1, 9).is_some());
    }

    #[test]
    fn only_what_an_entry_can_hold_is_typed() {
        assert_eq!(number_char("", '５'), Some('5'));
        assert_eq!(number_char("", 'x'), None);
        assert_eq!(number_char("123456789", '1'), None);
        assert_eq!(month_char("2027", '年'), Some('年'));
        assert_eq!(month_char("2027", 'ー'), Some('-'));
        assert_eq!(month_char("2027", 'a'), None);
    }
}
