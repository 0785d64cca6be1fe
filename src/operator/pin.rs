//! The kiosk's admin PIN, kept only as a salted, slow hash in the PHC string format, with
//! argon2id (`$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>`, the argon2 crate). Hashes of
//! the older format, `pbkdf2-sha256$<rounds>$<salt hex>$<hash hex>`, are still accepted, and
//! said to be renewed.

use argon2::{Argon2, PasswordHash, PasswordHasher, PasswordVerifier};
use sha2::Sha256;

/// The costs a stored argon2id hash may have: memory (KiB), passes and lanes. Near the
/// crate's defaults (19 MiB, 2, 1; OWASP's), so that a config can neither weaken the hash nor
/// freeze the kiosk at each check.
pub const ARGON2_ACCEPTED: [(&str, u32, u32); 3] =
    [("m", 8 * 1024, 256 * 1024), ("t", 1, 10), ("p", 1, 4)];
/// Rounds of an older PBKDF2 hash.
pub const ROUNDS: u32 = 100_000;
/// The round counts an older PBKDF2 hash may have.
pub const ROUNDS_ACCEPTED: (u32, u32) = (ROUNDS / 2, ROUNDS * 2);
/// The fewest and most digits of a PIN: 8 digits take months to guess at the keyboard
/// against the kiosk's waits; a keypad has nothing but digits.
pub const DIGITS: (usize, usize) = (8, 12);
const LEGACY_PREFIX: &str = "pbkdf2-sha256";
/// The hash in the published sample config (its PIN, 24680135, is printed beside it): a kiosk
/// running with it can be opened by anyone who has read the sample.
pub const SAMPLE_HASH: &str = "$argon2id$v=19$m=19456,t=2,p=1$aG9zaG8tc2FtcGxlLXNhbHQ$U6n412M7RB47DRXhlc6dUOdM/xLvFz99hUs1nYw67Jk";
/// The sample's hash in the older format, as configs copied from it before hold it.
const LEGACY_SAMPLE_HASH: &str = "pbkdf2-sha256$100000$37a988f7f2ebab6b2893d0078d9c9208$014b8a260e67ba432d6dbac71b8aa5cfbd3913b0c6fc1b6fcbaeec2037806e2d";

/// Why a stored hash cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PinError {
    #[error("expected $argon2id$v=19$m=…,t=…,p=…$SALT$HASH, as `hosho kiosk-pin` prints")]
    Form,
    #[error("the PIN must be 8 to 12 digits")]
    Digits,
    #[error("the hash's cost is not a standard one")]
    Rounds,
}

/// A PIN is [`DIGITS`] digits long.
pub fn check_pin(pin: &str) -> Result<(), PinError> {
    let ok = (DIGITS.0..=DIGITS.1).contains(&pin.len()) && pin.chars().all(|c| c.is_ascii_digit());
    if ok { Ok(()) } else { Err(PinError::Digits) }
}

/// The stored form of a PIN, with the given salt (at least 8 bytes): argon2id at the crate's
/// default costs.
pub fn hash_with_salt(pin: &str, salt: &[u8]) -> String {
    Argon2::default()
        .hash_password_with_salt(pin.as_bytes(), salt)
        .map(|h| h.to_string())
        .unwrap_or_default()
}

/// The stored form of a PIN, with a fresh random salt.
pub fn hash(pin: &str) -> Result<String, String> {
    let mut salt = [0u8; 16];
    getrandom::fill(&mut salt).map_err(|e| e.to_string())?;
    Ok(hash_with_salt(pin, &salt))
}

/// A stored hash, checked.
enum Stored {
    Argon2(String),
    Pbkdf2 {
        rounds: u32,
        salt: Vec<u8>,
        hash: Vec<u8>,
    },
}

/// A stored hash in either format, its costs within bounds.
fn parse(stored: &str) -> Result<Stored, PinError> {
    if stored.starts_with(LEGACY_PREFIX) {
        return legacy(stored);
    }
    let phc = PasswordHash::new(stored).map_err(|_| PinError::Form)?;
    if phc.algorithm.as_str() != "argon2id" || phc.salt.is_none() || phc.hash.is_none() {
        return Err(PinError::Form);
    }
    for (name, least, most) in ARGON2_ACCEPTED {
        let cost = phc.params.get_decimal(name).ok_or(PinError::Form)?;
        if !(least..=most).contains(&cost) {
            return Err(PinError::Rounds);
        }
    }
    Ok(Stored::Argon2(stored.to_string()))
}

/// The parts of an older PBKDF2 hash: rounds, salt, hash.
fn legacy(stored: &str) -> Result<Stored, PinError> {
    let parts: Vec<&str> = stored.split('$').collect();
    let [prefix, rounds, salt, hash] = parts.as_slice() else {
        return Err(PinError::Form);
    };
    let rounds: u32 = rounds.parse().map_err(|_| PinError::Form)?;
    let salt = unhex(salt).ok_or(PinError::Form)?;
    let hash = unhex(hash).ok_or(PinError::Form)?;
    if *prefix != LEGACY_PREFIX || salt.len() < 8 || hash.len() != 32 {
        return Err(PinError::Form);
    }
    if !(ROUNDS_ACCEPTED.0..=ROUNDS_ACCEPTED.1).contains(&rounds) {
        return Err(PinError::Rounds);
    }
    Ok(Stored::Pbkdf2 { rounds, salt, hash })
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

/// Checks that a stored hash is well formed.
pub fn check_stored(stored: &str) -> Result<(), PinError> {
    parse(stored).map(|_| ())
}

/// True when a stored hash is in the older PBKDF2 format: accepted, but to be renewed.
pub fn is_legacy(stored: &str) -> bool {
    stored.trim().starts_with(LEGACY_PREFIX)
}

/// True when a stored hash is the published sample's, in either format.
pub fn is_sample(stored: &str) -> bool {
    [SAMPLE_HASH, LEGACY_SAMPLE_HASH].contains(&stored.trim())
}

/// True when `pin` is the PIN behind `stored`; compared in constant time (PBKDF2 here, argon2id
/// by the crate).
pub fn verify(pin: &str, stored: &str) -> bool {
    match parse(stored) {
        Ok(Stored::Argon2(text)) => Argon2::default()
            .verify_password(pin.as_bytes(), text.as_str())
            .is_ok(),
        Ok(Stored::Pbkdf2 { rounds, salt, hash }) => {
            let mut got = [0u8; 32];
            pbkdf2::pbkdf2_hmac::<Sha256>(pin.as_bytes(), &salt, rounds, &mut got);
            got.iter()
                .zip(hash.iter())
                .fold(0u8, |acc, (a, b)| acc | (a ^ b))
                == 0
        }
        Err(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An older PBKDF2 hash of `pin`, as configs made before argon2id hold.
    fn legacy_hash(pin: &str, salt: &[u8]) -> String {
        let mut out = [0u8; 32];
        pbkdf2::pbkdf2_hmac::<Sha256>(pin.as_bytes(), salt, ROUNDS, &mut out);
        let hex = |b: &[u8]| b.iter().map(|x| format!("{x:02x}")).collect::<String>();
        format!("{LEGACY_PREFIX}${ROUNDS}${}${}", hex(salt), hex(&out))
    }

    #[test]
    fn the_right_pin_verifies_and_a_wrong_one_does_not() {
        let stored = hash("24682468").unwrap();
        assert!(
            stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{stored}"
        );
        assert!(verify("24682468", &stored));
        assert!(!verify("24682469", &stored));
        assert!(!verify("", &stored));
        assert!(!is_legacy(&stored));
    }

    #[test]
    fn the_same_pin_gets_a_different_salt_each_time() {
        assert_ne!(hash("24682468").unwrap(), hash("24682468").unwrap());
    }

    #[test]
    fn the_stored_form_never_holds_the_pin() {
        let stored = hash_with_salt("24682468", b"saltsalt");
        assert!(!stored.contains("24682468"));
        assert_eq!(check_stored(&stored), Ok(()));
    }

    #[test]
    fn an_older_pbkdf2_hash_is_still_accepted_and_known_as_older() {
        let old = legacy_hash("24681357", b"saltsalt");
        assert_eq!(check_stored(&old), Ok(()));
        assert!(verify("24681357", &old));
        assert!(!verify("24681358", &old));
        assert!(is_legacy(&old));
    }

    #[test]
    fn malformed_hashes_are_refused() {
        for bad in [
            "",
            "2468",
            "pbkdf2-sha256$x$00$00",
            "md5$1$0011223344556677$00",
            "$argon2i$v=19$m=19456,t=2,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA",
            "$argon2id$v=19$m=19456,t=2,p=1",
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
    fn only_standard_costs_are_accepted() {
        let good = hash_with_salt("24681357", b"saltsalt");
        for (from, to) in [
            ("m=19456", "m=8"),
            ("m=19456", "m=4194304"),
            ("t=2", "t=1000"),
            ("p=1", "p=64"),
        ] {
            let bad = good.replacen(from, to, 1);
            assert_eq!(check_stored(&bad), Err(PinError::Rounds), "{bad}");
            assert!(!verify("24681357", &bad));
        }
        let old = legacy_hash("24681357", b"saltsalt");
        let with_rounds = |n: u32| old.replacen("$100000$", &format!("${n}$"), 1);
        for bad in [0, 1, 1000, ROUNDS / 2 - 1, ROUNDS * 2 + 1, u32::MAX] {
            assert_eq!(check_stored(&with_rounds(bad)), Err(PinError::Rounds));
            assert!(!verify("24681357", &with_rounds(bad)));
        }
    }

    #[test]
    fn the_sample_hash_is_known_in_both_formats() {
        assert!(is_sample(SAMPLE_HASH));
        assert!(verify("24680135", SAMPLE_HASH));
        assert!(is_sample(LEGACY_SAMPLE_HASH));
        assert!(verify("24680135", LEGACY_SAMPLE_HASH));
        assert!(!is_sample(&hash_with_salt("24680135", b"saltsalt")));
    }
}
