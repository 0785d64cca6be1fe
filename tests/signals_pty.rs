//! Every mode stopped by a signal, in a real pseudo-terminal: the service manager's SIGTERM,
//! the closed terminal's SIGHUP and the stray SIGUSR1 and SIGALRM each end hosho with the
//! terminal as it was found (modes, main screen, cursor shown, bracketed paste off). A window
//! reported as 65535 x 65535 is drawn in bounds, not allocated whole.

mod common;

use common::pty::Session;

/// The terminal modes of a fresh pty, as hosho finds them.
fn fresh_modes() -> String {
    Session::spawn(&["--version"], &[], 80, 24).modes()
}

fn kiosk_config() -> String {
    std::fs::canonicalize("assets/kiosk/kiosk.sample.ron")
        .unwrap()
        .display()
        .to_string()
}

/// Each mode's arguments and a text its first screen shows.
fn modes() -> Vec<(Vec<String>, &'static str)> {
    vec![
        (vec![], "device warranty advisor"),
        (vec!["--counter".into()], "hosho: counter"),
        (
            vec!["--kiosk".into(), "--config".into(), kiosk_config()],
            "Press any key to start",
        ),
    ]
}

fn assert_restored(s: &Session, before: &str, what: &str) {
    assert!(
        !s.alternate_screen(),
        "{what}: the alternate screen was left"
    );
    assert!(!s.cursor_hidden(), "{what}: the cursor is shown");
    assert!(!s.bracketed_paste(), "{what}: bracketed paste is off");
    assert_eq!(
        s.modes(),
        before,
        "{what}: the terminal modes were restored"
    );
}

#[test]
fn every_mode_stopped_by_a_signal_leaves_the_terminal_as_it_found_it() {
    let before = fresh_modes();
    for (args, shown) in modes() {
        for signal in ["TERM", "HUP", "USR1", "ALRM"] {
            let what = format!("{args:?} SIG{signal}");
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let mut s = Session::spawn(&args, &[], 100, 30);
            s.wait_for(shown);
            assert!(s.alternate_screen() && s.cursor_hidden(), "{what}: running");
            assert_ne!(s.modes(), before, "{what}: raw while running");
            s.signal(signal);
            assert_eq!(s.wait_exit(), 0, "{what}");
            assert_restored(&s, &before, &what);
        }
    }
}

#[test]
fn a_vast_window_is_drawn_in_bounds_and_the_advisor_goes_on() {
    let before = fresh_modes();
    let mut s = Session::spawn(&[], &[], 100, 30);
    s.wait_for("device warranty advisor");
    s.resize_pty_only(65535, 65535);
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert!(s.running(), "hosho survived the resize");
    s.resize(100, 30);
    s.send("q");
    s.send("y");
    assert_eq!(s.wait_exit(), 0);
    assert_restored(&s, &before, "after a vast window");
}

#[test]
fn a_paste_is_typed_once_cut_to_the_field_and_never_presses_enter() {
    let mut s = Session::spawn(&[], &[], 100, 30);
    s.wait_for("device warranty advisor");
    // To the model search: start, carrier (IIJmio), a phone brought along, iPhone.
    for key in ["\r", "1", "\r", "\r", "\r"] {
        s.send(key);
    }
    s.wait_for("Search:");
    let flood = format!("\x1b[200~iPhone 15\r{}\x1b[201~", "x".repeat(50_000));
    s.send(&flood);
    s.wait_for("Search: iPhone 15xx");
    let screen = s.screen();
    let line = screen.lines().find(|l| l.contains("Search:")).unwrap();
    assert!(line.trim_end().len() < 80, "{line}");
    assert!(s.running());
    // A terminal without bracketed paste sends a flood of keys: they are taken without a
    // frame each, so the screen catches up at once rather than tens of seconds later.
    s.send(&"\x7f".repeat(64));
    for _ in 0..50 {
        s.send(&"y".repeat(1_000));
    }
    s.wait_for("Search: yyyyyyyy");
    assert!(s.running());
}
