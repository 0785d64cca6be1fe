//! The terminal loop without a terminal: scripted events and a clock the test moves, on a
//! test backend. Ticks, the kiosk's idle reset and the save effect are driven end to end.

use crate::common::tables;
use hosho::calendar::Date;
use hosho::i18n::Words;
use hosho::lang::Lang;
use hosho::operator::config::KioskConfig;
use hosho::tables::Tables;
use hosho::tui::advisor::Advisor;
use hosho::tui::app::{Effect, Msg, Session};
use hosho::tui::kiosk::{Kiosk, Settings};
use hosho::tui::terminal::{App, Clock, Events, TICK, run_loop};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::io;
use std::rc::Rc;
use std::time::{Duration, Instant};

/// A clock the script moves forward.
struct TestClock {
    start: Instant,
    elapsed: Rc<Cell<Duration>>,
}

impl Clock for TestClock {
    fn now(&self) -> Instant {
        self.start + self.elapsed.get()
    }
    fn today(&self) -> Date {
        Date::parse("2026-11-22").unwrap()
    }
}

/// One step of a script: an event, or time passing with no event (a tick).
enum Step {
    Key(KeyCode),
    Wait(Duration),
    /// Checks the screen drawn so far.
    Screen(&'static str),
}

/// Events from a script; each wait moves the clock and answers as a poll that ran out.
struct Script {
    steps: VecDeque<Step>,
    elapsed: Rc<Cell<Duration>>,
    drawn: Rc<RefCell<String>>,
}

impl Events for Script {
    fn next(&mut self, _timeout: Option<Duration>) -> io::Result<Option<Event>> {
        loop {
            match self.steps.pop_front() {
                None => return Err(io::Error::new(io::ErrorKind::UnexpectedEof, "script done")),
                Some(Step::Key(code)) => {
                    return Ok(Some(Event::Key(KeyEvent::new(code, KeyModifiers::NONE))));
                }
                Some(Step::Wait(d)) => {
                    self.elapsed.set(self.elapsed.get() + d);
                    return Ok(None);
                }
                Some(Step::Screen(want)) => {
                    let screen = self.drawn.borrow();
                    assert!(screen.contains(want), "{want:?} not on screen:\n{screen}");
                }
            }
        }
    }
}

/// An app that keeps a copy of each frame it draws, for the script to read.
struct Recorded<'a, A> {
    app: &'a mut A,
    drawn: Rc<RefCell<String>>,
}

impl<A: App> App for Recorded<'_, A> {
    fn session(&self) -> &Session {
        self.app.session()
    }
    fn draw(&self, f: &mut ratatui::Frame, t: &Tables, w: &Words) -> Option<u16> {
        let room = self.app.draw(f, t, w);
        let buf = f.buffer_mut();
        let mut text = String::new();
        for y in 0..buf.area.height {
            let mut x = 0;
            while x < buf.area.width {
                let symbol = buf[(x, y)].symbol();
                text.push_str(symbol);
                // A wide character covers the next cell too.
                x += unicode_width::UnicodeWidthStr::width(symbol).max(1) as u16;
            }
            text.push('\n');
        }
        *self.drawn.borrow_mut() = text;
        room
    }
    fn update(&mut self, msg: Msg, t: &Tables) -> Effect {
        self.app.update(msg, t)
    }
}

/// Runs an app through the loop on a 100x30 test backend until the script ends.
fn run<A: App>(app: &mut A, steps: Vec<Step>) -> io::Result<()> {
    let t = tables();
    let elapsed = Rc::new(Cell::new(Duration::ZERO));
    let clock = TestClock {
        start: Instant::now(),
        elapsed: elapsed.clone(),
    };
    let drawn = Rc::new(RefCell::new(String::new()));
    let mut script = Script {
        steps: steps.into(),
        elapsed,
        drawn: drawn.clone(),
    };
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    let mut recorded = Recorded { app, drawn };
    run_loop(
        &mut recorded,
        &mut terminal,
        &mut script,
        &clock,
        &t,
        Some(TICK),
        None,
    )
    .map(|_| ())
}

#[test]
fn the_kiosk_counts_down_and_wipes_on_the_clock_alone() {
    let settings = Settings::new(&KioskConfig::without_pin(), Some(9), Lang::En);
    let today = Date::parse("2026-11-22").unwrap();
    let mut k = Kiosk::new(settings, today, false, &tables());
    let steps = vec![
        Step::Screen("Press any key to start"),
        Step::Key(KeyCode::Enter),
        Step::Screen("Question 1 of"),
        Step::Key(KeyCode::Char('1')),
        Step::Key(KeyCode::Enter),
        Step::Screen("Question 2 of"),
        Step::Wait(Duration::from_secs(4)),
        Step::Screen("Question 2 of"),
        Step::Wait(Duration::from_secs(3)),
        Step::Screen("starting over in 2 s"),
        Step::Wait(Duration::from_secs(2)),
        Step::Screen("Press any key to start"),
        Step::Key(KeyCode::Enter),
        Step::Screen("> 11. Not decided yet"),
    ];
    let end = run(&mut k, steps).unwrap_err();
    assert_eq!(
        end.kind(),
        io::ErrorKind::UnexpectedEof,
        "the script ran to its end"
    );
}

#[test]
fn a_key_during_the_countdown_keeps_the_customer() {
    let settings = Settings::new(&KioskConfig::without_pin(), Some(9), Lang::En);
    let today = Date::parse("2026-11-22").unwrap();
    let mut k = Kiosk::new(settings, today, false, &tables());
    let steps = vec![
        Step::Key(KeyCode::Enter),
        Step::Key(KeyCode::Char('1')),
        Step::Key(KeyCode::Enter),
        Step::Wait(Duration::from_secs(7)),
        Step::Screen("starting over in"),
        Step::Key(KeyCode::Down),
        Step::Wait(Duration::from_secs(7)),
        Step::Screen("Question 2 of"),
    ];
    run(&mut k, steps).unwrap_err();
    assert_eq!(
        k.advisor.session.draft.carrier,
        hosho::domain::Carrier::new("Iijmio")
    );
}

#[test]
fn the_advisor_quits_from_the_loop_on_q_then_y() {
    let mut a = Advisor::new(Lang::Ja, Date::parse("2026-11-22").unwrap(), &tables());
    let steps = vec![
        Step::Screen("Enter キーで始めます。"),
        Step::Key(KeyCode::Char('q')),
        Step::Screen("終了しますか"),
        Step::Key(KeyCode::Char('y')),
    ];
    run(&mut a, steps).expect("the loop ends when the app is done");
    assert!(a.session.quit);
}
