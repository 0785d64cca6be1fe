//! 200,000 seeded random keys (and clock ticks) into the kiosk and the counter models: no
//! panic, and the memory they hold does not grow. A counting allocator measures live bytes.

mod common;
use common::{Rng, tables};
use hosho::calendar::Date;
use hosho::i18n::Lang;
use hosho::kiosk::config::KioskConfig;
use hosho::tui::app::{Key, Msg};
use hosho::tui::counter::Counter;
use hosho::tui::kiosk::{Kiosk, Settings};
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicIsize, Ordering};

/// Counts the bytes live on the heap.
struct Counting;
static LIVE: AtomicIsize = AtomicIsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        LIVE.fetch_add(l.size() as isize, Ordering::Relaxed);
        unsafe { System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        LIVE.fetch_sub(l.size() as isize, Ordering::Relaxed);
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

const KEYS: usize = 200_000;

/// The two soaks share the allocator's count, so they take turns.
static ONE_AT_A_TIME: std::sync::Mutex<()> = std::sync::Mutex::new(());

fn today() -> Date {
    Date::parse("2026-11-22").unwrap()
}

#[test]
fn the_kiosk_takes_200000_random_keys_without_panic_or_growth() {
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let t = tables();
    let hash = hosho::kiosk::pin::hash_with_salt("24681357", b"soaksalt");
    let config = KioskConfig::parse(&format!("(pin_hash: \"{hash}\")")).unwrap();
    let settings = Settings::new(&config, Some(90), Lang::Ja);
    let mut m = Kiosk::new(settings, today(), true, &t);
    let mut keys = Rng(0x5eed_cafe);
    let mut idle = 0;
    let mut live_at_half = 0;
    let mut wipes = 0;
    for i in 0..KEYS {
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
                &t,
            );
            if m.attract && !was_attract {
                wipes += 1;
            }
        } else {
            idle = 0;
            let k = keys.key();
            m.update(Msg::Key(k), &t);
        }
        assert!(!m.session().quit, "a random key left the kiosk at {i}");
        if i == KEYS / 2 {
            m.wipe(&t);
            live_at_half = LIVE.load(Ordering::Relaxed);
        }
    }
    m.wipe(&t);
    let live_at_end = LIVE.load(Ordering::Relaxed);
    println!(
        "kiosk: live heap {live_at_half} bytes at 100,000 keys, {live_at_end} at 200,000; {wipes} idle resets"
    );
    assert!(wipes > 0);
    assert!(
        live_at_end <= live_at_half + 4096,
        "memory grew: {live_at_half} -> {live_at_end}"
    );
}

#[test]
fn the_counter_takes_200000_random_keys_without_panic_or_growth() {
    let _turn = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    let t = tables();
    let mut c = Counter::new(Lang::En, today(), &t);
    let mut keys = Rng(0xfeed_beef);
    let mut live_at_half = 0;
    let mut results = 0;
    for i in 0..KEYS {
        let msg = match keys.next_u64() % 200 {
            0 => Msg::Resize(80 + (keys.next_u64() % 80) as u16, 30),
            _ => Msg::Key(keys.key()),
        };
        c.update(msg, &t);
        // The clerk never leaves by accident; confirm only on purpose.
        c.session.quit = false;
        results += usize::from(c.results.is_ok());
        if i == KEYS / 2 {
            c.next_customer(&t);
            live_at_half = LIVE.load(Ordering::Relaxed);
        }
    }
    c.next_customer(&t);
    let live_at_end = LIVE.load(Ordering::Relaxed);
    println!(
        "counter: live heap {live_at_half} bytes at 100,000 keys, {live_at_end} at 200,000; results on {results} keys"
    );
    assert!(
        results > 0,
        "the random keys never made a complete set of answers"
    );
    assert!(
        live_at_end <= live_at_half + 4096,
        "memory grew: {live_at_half} -> {live_at_end}"
    );
}
