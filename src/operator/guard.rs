//! The kiosk's defence against guessing its PIN at the keyboard. Wrong PINs are counted over a
//! rolling day, so that neither a pause, an idle reset nor a restart forgets them: the first
//! four earn short waits, the fifth locks PIN entry for a quarter of an hour, and each one after
//! doubles the lock, up to a day. At most 11 PINs can be tried in any 24 hours. The times are
//! the loop's clock (wall-clock seconds), so that the state file ([`super::state`]) keeps them
//! across restarts. The slow hash is checked on a thread of its own ([`PinCheck`]), so the screen
//! and the idle reset go on.

use serde::{Deserialize, Serialize};
use std::sync::{Arc, OnceLock};

/// Wrong PINs within the window that lock PIN entry.
pub const LOCKOUT_AFTER: u32 = 5;
/// How long the first lock lasts, in seconds; each wrong PIN after it doubles it.
pub const LOCKOUT_SECS: u64 = 15 * 60;
/// How long a wrong PIN is remembered, in seconds: a rolling day.
pub const WINDOW_SECS: u64 = 24 * 60 * 60;
/// The wait after each wrong PIN before the lock, in seconds: after the first, the second…
const WAITS: [u64; LOCKOUT_AFTER as usize - 1] = [2, 5, 15, 60];
/// The most wrong PINs kept: more than a window can hold at these waits.
const KEPT: usize = 64;

/// Wrong PINs of the last day and the wait they have earned, on the loop's clock.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Guard {
    /// When each wrong PIN was entered, oldest first.
    misses: Vec<u64>,
    /// When the next PIN is taken.
    wait_until: u64,
}

impl Guard {
    /// Seconds left before a PIN is taken again.
    pub fn wait_left(&self, now: u64) -> u64 {
        self.wait_until.saturating_sub(now)
    }

    /// Wrong PINs remembered (those of the last day, as of the last miss or load).
    pub fn misses(&self) -> u32 {
        self.misses.len() as u32
    }

    /// True when the misses remembered lock PIN entry (rather than only delaying it).
    pub fn locked(&self) -> bool {
        self.misses() >= LOCKOUT_AFTER
    }

    /// Forgets the wrong PINs older than the window.
    pub fn forget_old(&mut self, now: u64) {
        self.misses.retain(|t| t.saturating_add(WINDOW_SECS) > now);
    }

    /// A wrong PIN at `now`: the wait it earns, by how many the last day holds.
    pub fn missed(&mut self, now: u64) {
        self.forget_old(now);
        self.misses.push(now);
        if self.misses.len() > KEPT {
            self.misses.remove(0);
        }
        let n = self.misses.len();
        let wait = match WAITS.get(n - 1) {
            Some(w) => *w,
            None => {
                let doublings = (n - LOCKOUT_AFTER as usize).min(10) as u32;
                (LOCKOUT_SECS << doublings).min(WINDOW_SECS)
            }
        };
        self.wait_until = self.wait_until.max(now + wait);
    }
}

/// A PIN being checked against the stored hash on a thread of its own.
#[derive(Clone)]
pub struct PinCheck(Arc<OnceLock<bool>>);

impl PinCheck {
    /// Starts checking `pin` against `stored`.
    pub fn start(pin: String, stored: String) -> PinCheck {
        let done = Arc::new(OnceLock::new());
        let out = Arc::clone(&done);
        std::thread::spawn(move || {
            let _ = out.set(super::pin::verify(&pin, &stored));
        });
        PinCheck(done)
    }

    /// Whether the PIN was right, once the check is done.
    pub fn result(&self) -> Option<bool> {
        self.0.get().copied()
    }
}

impl std::fmt::Debug for PinCheck {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PinCheck({:?})", self.result())
    }
}

impl PartialEq for PinCheck {
    fn eq(&self, other: &PinCheck) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The PINs a patient guesser gets in, trying again the moment each wait is over, from
    /// `start` for `secs` seconds.
    fn guesses(g: &mut Guard, start: u64, secs: u64) -> u32 {
        let mut now = start;
        let mut n = 0;
        while now < start + secs {
            g.missed(now);
            n += 1;
            now += g.wait_left(now).max(1);
        }
        n
    }

    #[test]
    fn each_miss_waits_longer_five_lock_and_each_after_doubles_the_lock() {
        let mut g = Guard::default();
        let mut now = 100;
        let mut waits = Vec::new();
        for _ in 0..8 {
            g.missed(now);
            waits.push(g.wait_left(now));
            now += g.wait_left(now);
        }
        let lock = LOCKOUT_SECS;
        assert_eq!(
            waits,
            vec![2, 5, 15, 60, lock, 2 * lock, 4 * lock, 8 * lock]
        );
        assert!(g.locked());
    }

    #[test]
    fn at_most_eleven_pins_a_day_however_the_guesser_paces_them() {
        // Trying again the moment each wait is over: 11 in the first day, fewer after.
        let mut g = Guard::default();
        assert_eq!(guesses(&mut g, 0, WINDOW_SECS), 11);
        for day in 1..7 {
            let n = guesses(&mut g, day * WINDOW_SECS, WINDOW_SECS);
            assert!(n <= 11, "day {day}: {n}");
        }
        // Pausing between tries (four, a 90 s pause, again) no longer resets anything.
        let mut g = Guard::default();
        let mut now = 0;
        let mut tried = 0;
        while now < WINDOW_SECS {
            for _ in 0..4 {
                if g.wait_left(now) == 0 {
                    g.missed(now);
                    tried += 1;
                }
                now += 1;
            }
            now += 90;
        }
        assert!(tried <= 11, "{tried} tries");
    }

    #[test]
    fn misses_older_than_a_day_are_forgotten() {
        let mut g = Guard::default();
        for t in 0..4 {
            g.missed(t * 100);
        }
        g.forget_old(WINDOW_SECS + 150);
        assert_eq!(g.misses(), 2);
        g.missed(WINDOW_SECS + 150);
        assert_eq!(g.wait_left(WINDOW_SECS + 150), 15, "the third of the day");
    }

    #[test]
    fn a_check_runs_apart_and_answers() {
        let stored = super::super::pin::hash_with_salt("24681357", b"saltsalt");
        let check = PinCheck::start("24681357".into(), stored);
        let start = std::time::Instant::now();
        while check.result().is_none() && start.elapsed().as_secs() < 10 {
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        assert_eq!(check.result(), Some(true));
    }
}
