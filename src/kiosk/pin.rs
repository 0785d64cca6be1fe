//! The kiosk's admin PIN, kept only as a salted, slow hash:
//! `pbkdf2-sha256$<rounds>$<salt hex>$<hash hex>`.

use sha2::Sha256;

/// Rounds for a new hash: slow enough to make guessing a stolen config costly, quick enough
/// for one check at the kiosk.
pub const ROUNDS: u32 = 100_000;
const PREFIX: &str = "pbkdf2-sha256";

/// Why a stored hash cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PinError {
    #[error("expected pbkdf2-sha256$ROUNDS$SALT$HASH, as `hosho kiosk-pin` prints")]
    Form,
    #[error("the PIN must be 4 to 12 digits")]
    Digits,
}

/// A PIN is 4 to 12 digits (a kiosk keypad has nothing else).
pub fn check_pin(pin: &str) -> Result<(), PinError> {
    let ok = (4..=12).contains(&pin.len()) && pin.chars().all(|c| c.is_ascii_digit());
    if ok { Ok(()) } else { Err(PinError::Digits) }
}

fn derive(pin: &str, salt: &[u8], rounds: u32) -> [u8; 32] {
    let mut out = [0u8; 32];
    pbkdf2::pbkdf2_hmac::<Sha256>(pin.as_bytes(), salt, rounds, &mut out);
    out
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) || text.is_empty() {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}

/// The stored form of a PIN, with the given salt.
pub fn hash_with_salt(pin: &str, salt: &[u8]) -> String {
    format!(
        "{PREFIX}${ROUNDS}${}${}",
        hex(salt),
        hex(&derive(pin, salt, ROUNDS))
    )
}

/// The stored form of a PIN, with a fresh random salt.
pub fn hash(pin: &str) -> Result<String, String> {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|e| e.to_string())?;
    Ok(hash_with_salt(pin, &salt))
}

/// The parts of a stored hash: rounds, salt, hash.
fn parse(stored: &str) -> Result<(u32, Vec<u8>, Vec<u8>), PinError> {
    let parts: Vec<&str> = stored.split('$').collect();
    let [prefix, rounds, salt, hash] = parts.as_slice() else {
        return Err(PinError::Form);
    };
    let rounds: u32 = rounds.parse().map_err(|_| PinError::Form)?;
    let salt = unhex(salt).ok_or(PinError::Form)?;
    let hash = unhex(hash).ok_or(PinError::Form)?;
    if *prefix != PREFIX || rounds == 0 || salt.len() < 8 || hash.len() != 32 {
        return Err(PinError::Form);
    }
    Ok((rounds, salt, hash))
}

/// Checks that a stored hash is well formed.
pub fn check_stored(stored: &str) -> Result<(), PinError> {
    parse(stored).map(|_| ())
}

/// True when `pin` is the PIN behind `stored`; compared in constant time.
pub fn verify(pin: &str, stored: &str) -> bool {
    let Ok((rounds, salt, hash)) = parse(stored) else {
        return false;
    };
    let got = derive(pin, &salt, rounds);
    got.iter()
        .zip(hash.iter())
        .fold(0u8, |acc, (a, b)| acc | (a ^ b))
        == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_right_pin_verifies_and_a_wrong_one_does_not() {
        let stored = hash("2468").unwrap();
        assert!(verify("2468", &stored));
        assert!(!verify("2469", &stored));
        assert!(!verify("", &stored));
    }

    #[test]
    fn the_same_pin_gets_a_different_salt_each_time() {
        assert_ne!(hash("2468").unwrap(), hash("2468").unwrap());
    }

    #[test]
    fn the_stored_form_never_holds_the_pin() {
        let stored = hash_with_salt("24682468", b"saltsalt");
        assert!(!stored.contains("24682468"));
        assert!(stored.starts_with("pbkdf2-sha256$100000$"));
    }

    #[test]
    fn malformed_hashes_are_refused() {
        for bad in [
            "",
            "2468",
            "pbkdf2-sha256$x$00$00",
            "md5$1$0011223344556677$00",
        ] {
            assert_eq!(check_stored(bad), Err(PinError::Form), "{bad}");
            assert!(!verify("2468", bad));
        }
        assert_eq!(check_pin("12a4"), Err(PinError::Digits));
        assert_eq!(check_pin("123"), Err(PinError::Digits));
        assert_eq!(check_pin("1234"), Ok(()));
    }
}
