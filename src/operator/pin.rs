//! The kiosk's admin PIN, kept only as a salted, slow hash:
//! `pbkdf2-sha256$<rounds>$<salt hex>$<hash hex>`.

use sha2::Sha256;

/// Rounds for a new hash: slow enough to make guessing a stolen config costly, quick enough
/// for one check at the kiosk.
pub const ROUNDS: u32 = 100_000;
/// The round counts a stored hash may have: near the standard count, so that a config can
/// neither weaken the hash (1 round) nor freeze the kiosk at each check (4 billion).
pub const ROUNDS_ACCEPTED: (u32, u32) = (ROUNDS / 2, ROUNDS * 2);
/// The fewest and most digits of a PIN: 8 digits take months to guess at the keyboard
/// against the kiosk's waits; a keypad has nothing but digits.
pub const DIGITS: (usize, usize) = (8, 12);
const PREFIX: &str = "pbkdf2-sha256";
/// The hash in the published sample config (its PIN, 24680135, is printed beside it): a kiosk
/// running with it can be opened by anyone who has read the sample.
pub const SAMPLE_HASH: &str = "pbkdf2-sha256$100000$37a988f7f2ebab6b2893d0078d9c9208$014b8a260e67ba432d6dbac71b8aa5cfbd3913b0c6fc1b6fcbaeec2037806e2d";

/// Why a stored hash cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PinError {
    #[error("expected pbkdf2-sha256$ROUNDS$SALT$HASH, as `hosho kiosk-pin` prints")]
    Form,
    #[error("the PIN must be 8 to 12 digits")]
    Digits,
    #[error("the hash's round count is not the standard one")]
    Rounds,
}

/// A PIN is [`DIGITS`] digits long.
pub fn check_pin(pin: &str) -> Result<(), PinError> {
    let ok = (DIGITS.0..=DIGITS.1).contains(&pin.len()) && pin.chars().all(|c| c.is_ascii_digit());
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
    if *prefix != PREFIX || salt.len() < 8 || hash.len() != 32 {
        return Err(PinError::Form);
    }
    if !(ROUNDS_ACCEPTED.0..=ROUNDS_ACCEPTED.1).contains(&rounds) {
        return Err(PinError::Rounds);
    }
    Ok((rounds, salt, hash))
}

/// Checks that a stored hash is well formed.
pub fn check_stored(stored: &str) -> Result<(), PinError> {
    parse(stored).map(|_| ())
}

/// True when a stored hash is the published sample's.
pub fn is_sample(stored: &str) -> bool {
    stored.trim() == SAMPLE_HASH
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
        assert_eq!(check_pin("1234"), Err(PinError::Digits));
        assert_eq!(check_pin("1234567"), Err(PinError::Digits));
        assert_eq!(check_pin("12345678"), Ok(()));
        assert_eq!(check_pin("1234567890123"), Err(PinError::Digits));
    }

    #[test]
    fn only_a_standard_round_count_is_accepted() {
        let good = hash_with_salt("24681357", b"saltsalt");
        let with_rounds = |n: u32| good.replacen("$100000$", &format!("${n}$"), 1);
        for bad in [0, 1, 1000, ROUNDS / 2 - 1, ROUNDS * 2 + 1, u32::MAX] {
            assert_eq!(
                check_stored(&with_rounds(bad)),
                Err(PinError::Rounds),
                "{bad}"
            );
            assert!(!verify("24681357", &with_rounds(bad)));
        }
        assert_eq!(check_stored(&with_rounds(ROUNDS)), Ok(()));
    }

    #[test]
    fn the_sample_hash_is_known() {
        assert!(is_sample(SAMPLE_HASH));
        assert!(verify("24680135", SAMPLE_HASH));
        assert!(!is_sample(&hash_with_salt("24680135", b"saltsalt")));
    }
}
