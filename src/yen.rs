//! Yen amounts written the way people write them: `12,650円` in Japanese, `¥12,650` in English.

use crate::lang::Lang;

/// Groups the digits of a whole number by thousands: `12650` -> `12,650`.
pub fn group(value: i64) -> String {
    let digits = value.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if value < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A yen amount in the language's usual form.
pub fn format(value: i64, lang: Lang) -> String {
    match lang {
        Lang::Ja => format!("{}円", group(value)),
        Lang::En => {
            if value < 0 {
                format!("-¥{}", group(-value))
            } else {
                format!("¥{}", group(value))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn groups_thousands() {
        assert_eq!(group(0), "0");
        assert_eq!(group(550), "550");
        assert_eq!(group(12650), "12,650");
        assert_eq!(group(1_000_000), "1,000,000");
        assert_eq!(group(-4400), "-4,400");
    }

    #[test]
    fn writes_yen_per_language() {
        assert_eq!(format(12650, Lang::Ja), "12,650円");
        assert_eq!(format(12650, Lang::En), "¥12,650");
    }
}
