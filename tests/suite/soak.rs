//! Seeded random keys (and clock ticks) into the kiosk and the counter models: no panic, and
//! the memory they hold does not grow. A counting allocator measures the live bytes each thread
//! holds, so the other tests of this program, running beside a soak, do not disturb its count.
//! The thread's own bounded caches (the words, the key lines, the engine's workspace, which
//! grows to the largest case priced) are filled first by the same keys sent to a throwaway
//! model. By default the kiosk takes 100,000 keys and the counter, which prices the answers
//! after every key, 20,000; each takes 200,000 with `HOSHO_LONG_TESTS=1`.

use crate::common::{Rng, tables};
use hosho::calendar::Date;
use hosho::lang::Lang;
use hosho::operator::config::KioskConfig;
use hosho::tui::app::{Key, Msg};
use hosho::tui::counter::Counter;
use hosho::tui::kiosk::{Kiosk, Settings};
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

/// Counts the bytes each thread has allocated and not yet freed.
struct Counting;

thread_local! {
    // A const initialiser and no destructor: safe to touch from inside the allocator.
    static LIVE: Cell<isize> = const { Cell::new(0) };
}

fn count(bytes: isize) {
    // Gone only while the thread itself is being torn down, when nothing is measured.
    let _ = LIVE.try_with(|live| live.set(live.get() + bytes));
}

/// The bytes this thread holds on the heap (as far as it allocated them itself).
fn live() -> isize {
    LIVE.with(Cell::get)
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        count(l.size() as isize);
        unsafe { System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        count(-(l.size() as isize));
        unsafe { System.dealloc(p, l) }
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

/// Seeded random keys.
trait RandomKeys {
    fn key(&mut self) -> Key;
}

impl RandomKeys for Rng {
    fn key(&mut self) -> Key {
        const CHARS: &[char] = &[
            '0', '1', '2', '3', '5', '9', 'a', 'i', 'P', 'h', 'o', 'n', 'e', ' ', '-', '+', '=',
            'l', 'q', 's', 'r', 'n', 'y', '?', '<', '>', '１', 'ア', '1', '2', 'f', '年',
        ];
        match self.next_u64() % 16 {
            0 => Key::Up,
            1 => Key::Down,
            2 => Key::Left,
            3 => Key::Right,
            4 | 5 => Key::Enter,
            6 => Key::Esc,
            7 => Key::Backspace,
            8 => Key::Tab,
            9 => Key::BackTab,
            10 => match self.next_u64() % 8 {
                0 => Key::Admin,
                _ => Key::CtrlC,
            },
            _ => Key::Char(CHARS[(self.next_u64() % CHARS.len() as u64) as usize]),
        }
    }
}

/// How many keys a soak sends: `short` by default, 200,000 in the long run.
fn key_count(short: usize) -> usize {
    if crate::common::long_tests() {
        200_000
    } else {
        short
    }
}

fn today() -> Date {
    Date::parse("2026-11-22").unwrap()
}

/// What one soak saw: the live bytes after a wipe half way and at the end.
struct Soaked {
    at_half: isize,
    at_end: isize,
    /// Idle resets (kiosk) or keys that left complete answers (counter).
    seen: usize,
}

impl Soaked {
    fn assert_flat(&self, what: &str, keys_sent: usize) {
        println!(
            "{what}: live heap {} bytes at {} keys, {} at {keys_sent}; {} seen",
            self.at_half,
            keys_sent / 2,
            self.at_end,
            self.seen
        );
        assert!(
            self.at_end <= self.at_half + 4096,
            "{what}: memory grew: {} -> {}",
            self.at_half,
            self.at_end
        );
    }
}

fn soak_kiosk(t: &hosho::tables::Tables, keys_sent: usize) -> Soaked {
    let hash = hosho::operator::pin::hash_with_salt("24681357", b"soaksalt");
    let config = KioskConfig::parse(&format!("(pin_hash: \"{hash}\")")).unwrap();
    let settings = Settings::new(&config, Some(90), Lang::Ja);
    let mut m = Kiosk::new(settings, today(), true, t);
    let mut keys = Rng(0x5eed_cafe);
    let mut idle = 0;
    let mut at_half = 0;
    let mut wipes = 0;
    for i in 0..keys_sent {
        if keys.next_u64().is_multiple_of(50) {
            // Someone walks away now and then.
            idle += 1 + keys.next_u64() % 60;
            let was_attract = m.attract;
            m.update(
                Msg::Tick {
                    idle_secs: idle,
                    today: today(),
                    clock_secs: i as u64,
                },
                t,
            );
            if m.attract && !was_attract {
                wipes += 1;
            }
        } else {
            idle = 0;
            let k = keys.key();
            m.update(Msg::Key(k), t);
        }
        assert!(!m.session().quit, "a random key left the kiosk at {i}");
        if i == keys_sent / 2 {
            m.wipe(t);
            at_half = live();
        }
    }
    m.wipe(t);
    Soaked {
        at_half,
        at_end: live(),
        seen: wipes,
    }
}

fn soak_counter(t: &hosho::tables::Tables, keys_sent: usize) -> Soaked {
    let mut c = Counter::new(Lang::En, today(), t);
    let mut keys = Rng(0xfeed_beef);
    let mut at_half = 0;
    let mut results = 0;
    for i in 0..keys_sent {
        let msg = match keys.next_u64() % 200 {
            0 => Msg::Resize(80 + (keys.next_u64() % 80) as u16, 30),
            _ => Msg::Key(keys.key()),
        };
        c.update(msg, t);
        // The clerk never leaves by accident; confirm only on purpose.
        c.session.quit = false;
        results += usize::from(c.results.is_ok());
        if i == keys_sent / 2 {
            c.next_customer(t);
            at_half = live();
        }
    }
    c.next_customer(t);
    Soaked {
        at_half,
        at_end: live(),
        seen: results,
    }
}

#[test]
fn the_kiosk_takes_random_keys_without_panic_or_growth() {
    let (t, keys_sent) = (tables(), key_count(100_000));
    soak_kiosk(&t, keys_sent);
    let soaked = soak_kiosk(&t, keys_sent);
    soaked.assert_flat("kiosk", keys_sent);
    assert!(soaked.seen > 0, "the idle reset never came");
}

#[test]
fn the_counter_takes_random_keys_without_panic_or_growth() {
    let (t, keys_sent) = (tables(), key_count(20_000));
    soak_counter(&t, keys_sent);
    let soaked = soak_counter(&t, keys_sent);
    soaked.assert_flat("counter", keys_sent);
    assert!(
        soaked.seen > 0,
        "the random keys never made a complete set of answers"
    );
}
