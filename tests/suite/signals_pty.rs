//! Every mode stopped by a signal, in a real pseudo-terminal: the service manager's SIGTERM,
//! the closed terminal's SIGHUP and the stray SIGUSR1 and SIGALRM each end hosho with the
//! terminal as it was found (modes, main screen, cursor shown, bracketed paste off). A window
//! reported as 65535 x 65535 is drawn in bounds, not allocated whole.

use crate::common;

use crate::common::pty::Session;

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
        // The kiosk takes SIGUSR1 as "read the tables again" (kiosk_pty): USR2 stops it.
        let user = if args.iter().any(|a| a == "--kiosk") {
            "USR2"
        } else {
            "USR1"
        };
        for signal in ["TERM", "HUP", user, "ALRM"] {
            let what = format!("{args:?} SIG{signal}");
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let mut s = Session::spawn(&args, &[], 100, 30);
            s.wait_for(shown);
            // The screen can show before the cursor is hidden: wait for both, however busy
            // the machine.
            assert!(
                eventually(|| s.alternate_screen() && s.cursor_hidden()),
                "{what}: running"
            );
            assert!(
                eventually(|| s.modes() != before),
                "{what}: raw while running"
            );
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

/// Starts `hosho args` in a pseudo-terminal, waits for its first screen to show `shown`, then
/// closes the terminal (every handle on the master side, as a closed window or a dropped
/// connection does); returns how hosho ended and how long after the close.
fn close_the_terminal(args: &[&str], shown: &str) -> (u32, std::time::Duration) {
    use portable_pty::{CommandBuilder, PtySize, native_pty_system};
    use std::io::Read;
    use std::time::{Duration, Instant};
    let pty = native_pty_system()
        .openpty(PtySize {
            rows: 30,
            cols: 100,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("a pty");
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_hosho"));
    cmd.args(args);
    cmd.env("TERM", "xterm-256color");
    cmd.env("LANG", "en_US.UTF-8");
    cmd.env("STATE_DIRECTORY", common::pty::fresh_state_dir());
    cmd.cwd(std::env::temp_dir());
    let mut child = pty.slave.spawn_command(cmd).expect("hosho starts");
    drop(pty.slave);
    let mut reader = pty.master.try_clone_reader().expect("a reader");
    let writer = pty.master.take_writer().expect("a writer");
    // Read until the first screen is up, then let go of the reader: its handle is the
    // master's too.
    let shown = shown.to_string();
    let seen = std::thread::spawn(move || {
        let nz = |v: u16| std::num::NonZero::new(v).expect("not zero");
        let mut parser = vt100::Parser::new(nz(30), nz(100), 0);
        let mut buf = [0u8; 8192];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                return false;
            }
            parser.process(&buf[..n]);
            if parser.screen().contents().contains(&shown) {
                return true;
            }
        }
        false
    });
    let start = Instant::now();
    while !seen.is_finished() && start.elapsed() < common::pty::WAIT {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(seen.is_finished(), "{args:?}: the first screen never came");
    assert!(
        seen.join().unwrap(),
        "{args:?}: the first screen never came"
    );
    drop(writer);
    drop(pty.master);
    let closed = Instant::now();
    // Polled with a deadline well past the promise, so that a loaded machine reports how long
    // it took rather than a hang.
    while closed.elapsed() < common::pty::WAIT {
        if let Some(status) = child.try_wait().expect("status") {
            return (status.exit_code(), closed.elapsed());
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    let _ = child.kill();
    panic!("{args:?}: hosho outlived its terminal");
}

#[test]
fn a_closed_terminal_ends_every_mode_within_a_second() {
    for (args, shown) in modes() {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (code, after) = close_the_terminal(&args, shown);
        assert_eq!(code, 1, "{args:?}: the exit code of a lost terminal");
        assert!(
            after < std::time::Duration::from_secs(1),
            "{args:?}: ended {after:?} after the terminal closed"
        );
    }
}

/// The state letter of a process (`T` while stopped), from /proc.
fn state(pid: u32) -> char {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // The state follows the command's closing parenthesis.
    stat.rsplit_once(") ")
        .and_then(|(_, rest)| rest.chars().next())
        .unwrap_or('?')
}

/// Waits until `check` holds, polling; false if it never does within the tests' wait.
fn eventually(mut check: impl FnMut() -> bool) -> bool {
    let start = std::time::Instant::now();
    while start.elapsed() < common::pty::WAIT {
        if check() {
            return true;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    false
}

#[test]
fn a_suspended_advisor_gives_the_terminal_back_and_takes_it_again() {
    let before = fresh_modes();
    for (args, shown) in modes().into_iter().take(2) {
        let what = format!("{args:?}");
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let mut s = Session::spawn(&args, &[], 100, 30);
        s.wait_for(shown);
        let pid = s.pid();
        s.signal("TSTP");
        // Stopped, with the terminal as it was found: a shell's prompt would work again.
        assert!(eventually(|| state(pid) == 'T'), "{what}: stopped");
        assert!(
            eventually(|| !s.alternate_screen() && !s.cursor_hidden()),
            "{what}: the screen given back"
        );
        assert_eq!(s.modes(), before, "{what}: modes restored while stopped");
        // Continued: the screen is taken again and drawn whole.
        s.signal("CONT");
        assert!(
            eventually(|| s.alternate_screen() && s.screen().contains(shown)),
            "{what}: drawn again:\n{}",
            s.screen()
        );
        assert!(eventually(|| s.modes() != before), "{what}: raw again");
        s.signal("TERM");
        assert_eq!(s.wait_exit(), 0, "{what}");
    }
}

#[test]
fn the_kiosk_ignores_a_suspension() {
    let (args, shown) = modes().remove(2);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let mut s = Session::spawn(&args, &[], 100, 30);
    s.wait_for(shown);
    let pid = s.pid();
    s.signal("TSTP");
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert_ne!(state(pid), 'T', "the kiosk is not stopped");
    assert!(s.alternate_screen() && s.running());
    s.signal("TERM");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn a_terminal_that_cannot_draw_is_told_so_and_the_commands_still_work() {
    for term in ["dumb", ""] {
        for (args, _) in modes() {
            let args: Vec<&str> = args.iter().map(String::as_str).collect();
            let mut s = Session::spawn(&args, &[("TERM", term)], 100, 30);
            assert_eq!(s.wait_exit(), 2, "{args:?} TERM={term:?}");
            let screen = s.screen();
            assert!(screen.contains("TERM is unset or \"dumb\""), "{screen}");
            assert!(!s.alternate_screen(), "{args:?}: never entered");
        }
        let mut s = Session::spawn(
            &[
                "advise",
                "--answers",
                &asset("expensive-iphone-dropper.ron"),
            ],
            &[("TERM", term)],
            100,
            30,
        );
        assert_eq!(s.wait_exit(), 0, "advise with TERM={term:?}");
    }
}

/// The absolute path of a file of `assets/` (the sessions run in the temporary directory).
fn asset(name: &str) -> String {
    std::fs::canonicalize(format!("assets/{name}"))
        .unwrap()
        .display()
        .to_string()
}
