//! The advisor's speed as a person feels it: drawing the results at 120x40, one key in and
//! the next frame out (a list move, a what-if that prices everything again, the counter, and
//! the model search over a 10,000-device catalog given with `--data`), and the real binary
//! from start to its first frame in a pseudo-terminal.

mod harness;

use harness::Harness;
use hosho::answers::Answers;
use hosho::calendar::Date;
use hosho::form::Question;
use hosho::i18n::Words;
use hosho::lang::Lang;
use hosho::tables::Tables;
use hosho::tui::advisor::Advisor;
use hosho::tui::advisor::view::view;
use hosho::tui::app::{Key, Msg};
use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::io::Read;
use std::time::{Duration, Instant};

fn results_model(tables: &Tables, lang: Lang) -> Advisor {
    let text = std::fs::read_to_string("assets/undecided-iijmio-or-linemo.ron").unwrap();
    let profile = Answers::parse(&text)
        .unwrap()
        .resolve(&text, tables, Date::today_local())
        .unwrap();
    Advisor::with_profile(lang, profile, tables)
}

fn frames(c: &mut Harness) {
    let tables = Tables::built_in().unwrap();
    for lang in [Lang::En, Lang::Ja] {
        let words = Words::new(lang);
        let model = results_model(&tables, lang);
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
        c.bench_function(&format!("draw_results_120x40_{}", lang.code()), |b| {
            b.iter(|| {
                terminal
                    .draw(|f| {
                        view(f, &model, &tables, &words);
                    })
                    .unwrap();
            })
        });
    }
    let words = Words::new(Lang::En);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let mut model = results_model(&tables, Lang::En);
    c.bench_function("key_to_frame_what_if_120x40", |b| {
        b.iter(|| {
            // Between 1.0 and 1.5 times the rate, so every press prices everything again.
            let key = match &model.results {
                Some(r) if r.what_if.rate_factor() > 1.0 => Key::Char('-'),
                _ => Key::Char('+'),
            };
            model.update(Msg::Key(key), &tables);
            terminal
                .draw(|f| {
                    view(f, &model, &tables, &words);
                })
                .unwrap();
        })
    });
    let mut model = Advisor::new(Lang::En, Date::today_local(), &tables);
    model.update(Msg::Key(Key::Enter), &tables);
    c.bench_function("key_to_frame_question_120x40", |b| {
        b.iter(|| {
            let key = if model.cursor == 0 {
                Key::Down
            } else {
                Key::Up
            };
            model.update(Msg::Key(key), &tables);
            terminal
                .draw(|f| {
                    view(f, &model, &tables, &words);
                })
                .unwrap();
        })
    });
}

/// The clerk's form at 120x40 with `tables`: the focus on `row`, then one key to the frame.
fn counter_on(tables: &Tables, row: Question) -> hosho::tui::counter::Counter {
    use hosho::tui::counter::{Counter, FormRow};
    let mut form = Counter::new(Lang::Ja, Date::today_local(), tables);
    form.update(Msg::Resize(120, 40), tables);
    while form.field() != FormRow::Ask(Question::Model) {
        form.update(Msg::Key(Key::Tab), tables);
    }
    for ch in "iPhone 15".chars() {
        form.update(Msg::Key(Key::Char(ch)), tables);
    }
    while form.field() != FormRow::Ask(row) {
        form.update(Msg::Key(Key::Tab), tables);
    }
    form
}

/// The clerk's form at 120x40: one answer changed (every option priced again, the QR code
/// made again) to the next frame with the results and the code.
fn counter(c: &mut Harness) {
    let tables = Tables::built_in().unwrap();
    let words = Words::new(Lang::Ja);
    let mut form = counter_on(&tables, Question::Protection);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    c.bench_function("counter_key_to_frame_120x40", |b| {
        b.iter(|| {
            form.update(Msg::Key(Key::Right), &tables);
            terminal
                .draw(|f| hosho::tui::counter::view::view(f, &form, &tables, &words))
                .unwrap();
        })
    });
}

/// Keys on the model search with a 10,000-device catalog: a letter typed (the matches found
/// again) and erased, in the advisor and on the counter, each to its frame.
/// A key that types `c` and the next that erases it, by turns.
fn typed_or_erased(typed: &mut bool, c: char) -> Key {
    *typed = !*typed;
    if *typed { Key::Char(c) } else { Key::Backspace }
}

fn big_catalog_keys(c: &mut Harness) {
    let dir = harness::big_catalog_dir(10_000);
    // Loading it: parsing, checking, and the search index made once.
    c.bench_function("load_tables_10000_devices", |b| {
        b.iter(|| Tables::from_dir(&dir).unwrap())
    });
    // The same catalog as a bundle: its manifest's fingerprints checked, its checked parse
    // read, the tables not checked again.
    let bundle = dir.join("bundle");
    Tables::write_bundle(&dir, &bundle, None).unwrap();
    c.bench_function("load_bundle_10000_devices", |b| {
        b.iter(|| Tables::from_bundle(&bundle).unwrap())
    });
    let tables = Tables::from_dir(&dir).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(tables.devices().len(), 10_000);
    let words = Words::new(Lang::En);
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let mut advisor = Advisor::new(Lang::En, Date::today_local(), &tables);
    for k in [Key::Enter, Key::Enter, Key::Enter, Key::Down, Key::Enter] {
        advisor.update(Msg::Key(k), &tables);
    }
    assert_eq!(advisor.keys(), hosho::tui::advisor::AdvisorKeys::Search);
    let mut typed = false;
    c.bench_function("search_key_to_frame_10000_devices", |b| {
        b.iter(|| {
            let key = typed_or_erased(&mut typed, '9');
            advisor.update(Msg::Key(key), &tables);
            terminal
                .draw(|f| {
                    view(f, &advisor, &tables, &words);
                })
                .unwrap();
        })
    });
    // A word that matches nothing, even with a typo forgiven: the search's slowest path. Each
    // key types a fifth letter or erases it, so the word is always long enough for the typo
    // pass.
    if typed {
        advisor.update(Msg::Key(typed_or_erased(&mut typed, ' ')), &tables);
    }
    for ch in "xqzw".chars() {
        advisor.update(Msg::Key(Key::Char(ch)), &tables);
    }
    c.bench_function("search_no_match_key_to_frame_10000_devices", |b| {
        b.iter(|| {
            let key = typed_or_erased(&mut typed, 'k');
            advisor.update(Msg::Key(key), &tables);
            terminal
                .draw(|f| {
                    view(f, &advisor, &tables, &words);
                })
                .unwrap();
        })
    });
    let mut form = counter_on(&tables, Question::Protection);
    c.bench_function("counter_key_to_frame_10000_devices", |b| {
        b.iter(|| {
            form.update(Msg::Key(Key::Right), &tables);
            terminal
                .draw(|f| hosho::tui::counter::view::view(f, &form, &tables, &words))
                .unwrap();
        })
    });
    let mut form = counter_on(&tables, Question::Model);
    // A fresh form: its model row's text is empty.
    let mut typed = false;
    c.bench_function("counter_search_key_10000_devices", |b| {
        b.iter(|| {
            let key = typed_or_erased(&mut typed, ' ');
            form.update(Msg::Key(key), &tables);
            terminal
                .draw(|f| hosho::tui::counter::view::view(f, &form, &tables, &words))
                .unwrap();
        })
    });
}

/// Start of the release binary to the first frame on screen (its title), in a pty.
fn startup(c: &mut Harness) {
    let bin = env!("CARGO_BIN_EXE_hosho");
    c.bench_function("start_to_first_frame", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for _ in 0..iters {
                let pty = native_pty_system()
                    .openpty(PtySize {
                        rows: 40,
                        cols: 120,
                        pixel_width: 0,
                        pixel_height: 0,
                    })
                    .unwrap();
                let mut cmd = CommandBuilder::new(bin);
                cmd.env("LANG", "en_US.UTF-8");
                cmd.env("TERM", "xterm-256color");
                let mut reader = pty.master.try_clone_reader().unwrap();
                let start = Instant::now();
                let mut child = pty.slave.spawn_command(cmd).unwrap();
                let mut seen = Vec::new();
                let mut buf = [0u8; 4096];
                while !String::from_utf8_lossy(&seen).contains("Press Enter") {
                    let n = reader.read(&mut buf).unwrap();
                    assert!(n > 0, "hosho ended before drawing");
                    seen.extend_from_slice(&buf[..n]);
                }
                total += start.elapsed();
                child.kill().unwrap();
                child.wait().unwrap();
            }
            total
        })
    });
}

fn main() {
    let mut c = Harness::from_args();
    frames(&mut c);
    counter(&mut c);
    big_catalog_keys(&mut c);
    startup(&mut c);
}
