//! The advisor's speed as a person feels it: drawing the results at 120x40, one key in and
//! the next frame out (a list move, and a what-if that prices everything again), and the real
//! binary from start to its first frame in a pseudo-terminal.

use criterion::{Criterion, criterion_group, criterion_main};
use hosho::answers::Answers;
use hosho::calendar::Date;
use hosho::i18n::{Lang, Words};
use hosho::tables::Tables;
use hosho::tui::model::{Key, Model, Msg, update};
use hosho::tui::view::view;
use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use std::io::Read;
use std::time::{Duration, Instant};

fn results_model(tables: &Tables, lang: Lang) -> Model {
    let text = std::fs::read_to_string("assets/undecided-iijmio-or-linemo.ron").unwrap();
    let profile = Answers::parse(&text)
        .unwrap()
        .resolve(&text, tables, Date::today_local())
        .unwrap();
    Model::with_profile(lang, profile, tables)
}

fn frames(c: &mut Criterion) {
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
                Some(Ok(r)) if r.rate_factor() > 1.0 => Key::Char('-'),
                _ => Key::Char('+'),
            };
            update(&mut model, Msg::Key(key), &tables);
            terminal
                .draw(|f| {
                    view(f, &model, &tables, &words);
                })
                .unwrap();
        })
    });
    let mut model = Model::new(Lang::En, Date::today_local());
    update(&mut model, Msg::Key(Key::Enter), &tables);
    c.bench_function("key_to_frame_question_120x40", |b| {
        b.iter(|| {
            let key = if model.cursor == 0 {
                Key::Down
            } else {
                Key::Up
            };
            update(&mut model, Msg::Key(key), &tables);
            terminal
                .draw(|f| {
                    view(f, &model, &tables, &words);
                })
                .unwrap();
        })
    });
}

/// The clerk's form at 120x40: one answer changed (every option priced again) to the next
/// frame with the results and the QR code.
fn counter(c: &mut Criterion) {
    use hosho::tui::counter::{Counter, CounterMsg, Field, update};
    use hosho::tui::questions::Question;
    let tables = Tables::built_in().unwrap();
    let words = Words::new(Lang::Ja);
    let mut form = Counter::new(Lang::Ja, Date::today_local(), &tables);
    update(&mut form, CounterMsg::Resize(120, 40), &tables);
    for ch in "iPhone 15".chars() {
        if form.field(&tables) != Field::Ask(Question::Model) {
            update(&mut form, CounterMsg::Key(Key::Tab), &tables);
        }
        update(&mut form, CounterMsg::Key(Key::Char(ch)), &tables);
    }
    while form.field(&tables) != Field::Ask(Question::Protection) {
        update(&mut form, CounterMsg::Key(Key::Tab), &tables);
    }
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    c.bench_function("counter_key_to_frame_120x40", |b| {
        b.iter(|| {
            update(&mut form, CounterMsg::Key(Key::Right), &tables);
            terminal
                .draw(|f| hosho::tui::counter_view::view(f, &form, &tables, &words))
                .unwrap();
        })
    });
}

/// Start of the release binary to the first frame on screen (its title), in a pty.
fn startup(c: &mut Criterion) {
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

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(Duration::from_secs(2)).warm_up_time(Duration::from_millis(500));
    targets = frames, counter, startup
}
criterion_main!(benches);
