//! The kiosk's defence against guessing its PIN at the keyboard: each wrong PIN earns a longer
//! wait before the next is taken, and a handful in a row lock PIN entry for a quarter of an
//! hour. The idle reset forgets the misses, but only once the wait is over. The slow hash is
//! checked on a thread of its own ([`Check`]), so the screen and the idle reset go on.

use std::sync::{Arc, OnceLock};

/// Wrong PINs in a row that lock PIN entry.
pub const LOCKOUT_AFTER: u32 = 5;
/// How long the lock lasts, in seconds.
pub const LOCKOUT_SECS: u64 = 15 * 60;
/// The wait after each wrong PIN before the lock, in seconds: after the first, the second…
const WAITS: [u64; LOCKOUT_AFTER as usize - 1] = [2, 5, 15, 60];

/// Wrong PINs and the wait they have earned, on the loop's clock (seconds since it started).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Guard {
    misses: u32,
    wait_until: u64,
}

impl Guard {
    /// Seconds left before a PIN is taken again.
    pub fn wait_left(&self, now: u64) -> u64 {
        self.wait_until.saturating_sub(now)
    }

    /// True when the last miss locked PIN entry (rather than only delaying it).
    pub fn locked(&self) -> bool {
        self.misses >= LOCKOUT_AFTER
    }

    /// A wrong PIN at `now`.
    pub fn missed(&mut self, now: u64) {
        self.misses += 1;
        let wait = match WAITS.get(self.misses as usize - 1) {
            Some(w) => *w,
            None => LOCKOUT_SECS,
        };
        self.wait_until = now + wait;
    }

    /// The idle reset at `now`: the misses are forgotten once their wait is over.
    pub fn idle_reset(&mut self, now: u64) {
        if now >= self.wait_until {
            *self = Guard::default();
        }
    }
}

/// A PIN being checked against the stored hash on a thread of its own.
#[derive(Clone)]
pub struct Check(Arc<OnceLock<bool>>);

impl Check {
    /// Starts checking `pin` against `stored`.
    pub fn start(pin: String, stored: String) -> Check {
        let done = Arc::new(OnceLock::new());
        let out = Arc::clone(&done);
        std::thread::spawn(move || {
            let _ = out.set(super::pin::verify(&pin, &stored));
        });
        Check(done)
    }

    /// Whether the PIN was right, once the check is done.
    pub fn result(&self) -> Option<bool> {
        self.0.get().copied()
    }
}

impl std::fmt::Debug for Check {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Check({:?})", self.result())
    }
}

impl PartialEq for Check {
    fn eq(&self, other: &Check) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_miss_waits_longer_and_five_lock() {
        let mut g = Guard::default();
        let mut now = 100;
        let mut waits = Vec::new();
        for _ in 0..LOCKOUT_AFTER {
            g.missed(now);
            waits.push(g.wait_left(now));
            now += g.wait_left(now);
        }
        assert_eq!(waits, vec![2, 5, 15, 60, LOCKOUT_SECS]);
        assert!(g.locked());
    }

    #[test]
    fn the_idle_reset_forgets_misses_only_after_their_wait() {
        let mut g = Guard::default();
        for _ in 0..LOCKOUT_AFTER {
            g.missed(0);
        }
        g.idle_reset(LOCKOUT_SECS - 1);
        assert!(g.locked(), "still locked");
        assert_eq!(g.wait_left(LOCKOUT_SECS - 1), 1);
        g.idle_reset(LOCKOUT_SECS);
        assert_eq!(g, Guard::default());
    }

    #[test]
    fn a_check_runs_apart_and_answers() {
        let stored = super::super::pin::hash_with_salt("24681357", b"saltsalt");
        let check = Check::start("24681357".into(), stored);
        let start = std::time::Instant::now();
        while check.result().is_none() && start.elapsed().as_secs() < 10 {
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        assert_eq!(check.result(), Some(true));
    }
}
