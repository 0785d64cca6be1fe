//! The clerk's form: editing in place, results after every change, the wipe for the next
//! customer, and the screen in both languages at 120x40 and 80x24.

use crate::common::tables;
use hosho::calendar::Date;
use hosho::domain::{Carrier, Os};
use hosho::form::Question;
use hosho::i18n::Words;
use hosho::lang::Lang;
use hosho::tui::app::{Key, Msg, Overlay};
use hosho::tui::counter::view::view;
use hosho::tui::counter::{Counter, FormRow, Page};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn fresh(lang: Lang, cols: u16) -> Counter {
    let t = tables();
    let mut c = Counter::new(lang, Date::parse("2026-11-22").unwrap(), &t);
    c.update(Msg::Resize(cols, 40), &t);
    c
}

fn keys(c: &mut Counter, keys: &[Key]) {
    let t = tables();
    for k in keys {
        c.update(Msg::Key(*k), &t);
    }
}

fn text(c: &mut Counter, s: &str) {
    let k: Vec<Key> = s.chars().map(Key::Char).collect();
    keys(c, &k);
}

/// Moves the focus to a question's row.
fn focus(c: &mut Counter, q: Question) {
    for _ in 0..40 {
        if c.field() == FormRow::Ask(q) {
            return;
        }
        keys(c, &[Key::Tab]);
    }
    panic!("no row for {q:?}");
}

/// A customer with an iPhone 15 Pro on IIJmio who broke two phones.
fn customer(lang: Lang, cols: u16) -> Counter {
    let mut c = fresh(lang, cols);
    keys(&mut c, &[Key::Char('1')]); // IIJmio, the first carrier
    focus(&mut c, Question::Model);
    text(&mut c, "15 pro");
    focus(&mut c, Question::Damage);
    text(&mut c, "2");
    c
}

fn draw(c: &Counter, cols: u16, rows: u16) -> String {
    let t = tables();
    let words = Words::new(c.session.lang);
    let mut terminal = Terminal::new(TestBackend::new(cols, rows)).unwrap();
    terminal.draw(|f| view(f, c, &t, &words)).unwrap();
    terminal.backend().to_string()
}

#[test]
fn answers_are_edited_in_place_and_the_results_follow() {
    let c = customer(Lang::En, 120);
    assert_eq!(c.session.draft.carrier, Carrier::new("Iijmio"));
    assert_eq!(c.session.draft.model.as_deref(), Some("iPhone 15 Pro"));
    assert_eq!(c.session.draft.damage_incidents_2y, 2);
    let r = c.results.as_ref().expect("complete answers give results");
    assert_eq!(r.profile.damage_incidents_2y, 2);
}

#[test]
fn a_model_not_listed_brings_the_price_rows_and_the_results_wait_for_them() {
    let mut c = fresh(Lang::En, 120);
    assert!(c.results.is_err(), "no model and no price yet");
    assert!(c.rows.contains(&FormRow::Ask(Question::Price)));
    focus(&mut c, Question::Price);
    text(&mut c, "45800");
    focus(&mut c, Question::Released);
    text(&mut c, "2024-09");
    assert_eq!(c.session.draft.price_yen, Some(45_800));
    assert!(c.results.is_ok(), "{:?}", c.results.as_ref().err());
    focus(&mut c, Question::Model);
    text(&mut c, "iPhone 15");
    assert!(!c.rows.contains(&FormRow::Ask(Question::Price)));
}

#[test]
fn arrows_pick_among_the_matching_models() {
    let mut c = fresh(Lang::En, 120);
    focus(&mut c, Question::Model);
    text(&mut c, "15");
    assert_eq!(c.session.draft.model.as_deref(), Some("iPhone 15"));
    keys(&mut c, &[Key::Right]);
    assert_eq!(c.session.draft.model.as_deref(), Some("iPhone 15 Plus"));
    // Letters are text here, not commands.
    text(&mut c, " pro");
    assert!(!c.session.quit && c.session.overlay == Overlay::None);
    assert_eq!(c.session.draft.model.as_deref(), Some("iPhone 15 Pro"));
}

#[test]
fn n_asks_once_then_wipes_every_answer_for_the_next_customer() {
    let mut c = customer(Lang::Ja, 120);
    keys(&mut c, &[Key::Char('+')]);
    focus(&mut c, Question::Os);
    keys(&mut c, &[Key::Char('n')]);
    assert_eq!(
        c.session.overlay,
        Overlay::ConfirmNext,
        "answers are not lost to one key"
    );
    keys(&mut c, &[Key::Char('x')]);
    assert_eq!(c.session.draft.model.as_deref(), Some("iPhone 15 Pro"));
    keys(&mut c, &[Key::Char('n'), Key::Char('y')]);
    let blank = fresh(Lang::Ja, 120);
    assert_eq!(c, blank, "nothing of the last customer is left");
    // A blank form needs no question.
    keys(&mut c, &[Key::Char('n')]);
    assert_eq!(c.session.overlay, Overlay::None);
}

#[test]
fn a_narrow_window_keeps_the_results_one_key_away() {
    let mut c = customer(Lang::En, 100);
    assert!(!c.wide);
    keys(&mut c, &[Key::Enter]);
    assert_eq!(c.page, Page::Results);
    assert!(draw(&c, 100, 30).contains("Join"));
    keys(&mut c, &[Key::Enter]);
    assert_eq!(c.page, Page::Qr);
    let qr = draw(&c, 100, 40);
    assert!(qr.contains("Scan") && qr.contains("▀"), "{qr}");
    // Too small for the code: what it holds, in words.
    let qr = draw(&c, 80, 24);
    assert!(!qr.contains("▀") && qr.contains("too small"), "{qr}");
    assert!(qr.contains("hosho: join IIJmio"), "{qr}");
    keys(&mut c, &[Key::Enter]);
    assert_eq!(c.page, Page::Form);
}

#[test]
fn switches_flip_with_arrows_or_space() {
    let mut c = fresh(Lang::En, 120);
    for _ in 0..40 {
        if c.field() == FormRow::Switch(1) {
            break;
        }
        keys(&mut c, &[Key::Tab]);
    }
    keys(&mut c, &[Key::Char(' ')]);
    assert!(c.session.draft.conditions.damaged_now);
    keys(&mut c, &[Key::Right]);
    assert!(!c.session.draft.conditions.damaged_now);
}

#[test]
fn the_qr_code_holds_the_verdict_plan_fee_and_imei_deadline() {
    let c = customer(Lang::Ja, 120);
    let text =
        c.qr.as_ref()
            .expect("a code for complete answers")
            .text
            .clone();
    assert!(text.contains("つながる端末保証"), "{text}");
    assert!(text.contains("550円"), "{text}");
    assert!(text.contains("2026年12月6日"), "{text}");
    // The verdict's condition goes with it.
    assert!(
        text.contains("発売から38か月たった機種でも申し込めるか確認してください"),
        "{text}"
    );
    let drawn = draw(&c, 130, 60);
    assert!(drawn.contains("▀") || drawn.contains("▄"), "{drawn}");
    // Where the advice leaves too little room beside the form, the screen says where the
    // code is, rather than leaving it out without a word; c shows it on a page of its own.
    let mut c = c;
    let drawn = draw(&c, 120, 40);
    assert!(!drawn.contains("▀") && !drawn.contains("▄"), "{drawn}");
    assert!(
        drawn.contains("c キーでQRコードを別の画面に表示します"),
        "{drawn}"
    );
    keys(&mut c, &[Key::Char('c')]);
    assert_eq!(c.page, Page::Qr);
    let drawn = draw(&c, 120, 40);
    assert!(
        drawn.contains("▀") && drawn.contains("読み取ると"),
        "{drawn}"
    );
    keys(&mut c, &[Key::Esc]);
    assert_eq!(c.page, Page::Form);
}

#[test]
fn the_os_change_empties_a_model_of_the_other_os() {
    let mut c = customer(Lang::En, 120);
    focus(&mut c, Question::Os);
    keys(&mut c, &[Key::Right]);
    assert_eq!(c.session.draft.os, Os::Android);
    assert_eq!(
        c.session.draft.model, None,
        "an iPhone model does not stay on Android"
    );
    assert!(c.results.is_err(), "no model and no price");
}

#[test]
fn the_form_in_both_languages_and_sizes() {
    for lang in [Lang::En, Lang::Ja] {
        for (cols, rows) in [(120, 40), (80, 24)] {
            let c = customer(lang, cols);
            insta::assert_snapshot!(
                format!("counter_{}_{cols}x{rows}", lang.code()),
                draw(&c, cols, rows)
            );
        }
    }
}

/// Snapshots a counter state in both languages at 120x40 and 80x24.
fn check(name: &str, setup: impl Fn(Lang, u16) -> Counter) {
    for lang in [Lang::En, Lang::Ja] {
        for (cols, rows) in [(120, 40), (80, 24)] {
            let c = setup(lang, cols);
            insta::assert_snapshot!(
                format!("counter_{name}_{}_{cols}x{rows}", lang.code()),
                draw(&c, cols, rows)
            );
        }
    }
}

#[test]
fn the_counter_screens() {
    check("empty", fresh);
    check("results_page", |lang, cols| {
        let mut c = customer(lang, cols);
        keys(&mut c, &[Key::Char('+'), Key::Enter]);
        c
    });
    check("what_if", |lang, cols| {
        let mut c = customer(lang, cols);
        focus(&mut c, Question::Protection);
        keys(&mut c, &[Key::Char('+'), Key::Char('+')]);
        c
    });
    check("next_customer", |lang, cols| {
        let mut c = customer(lang, cols);
        focus(&mut c, Question::Protection);
        keys(&mut c, &[Key::Char('n')]);
        c
    });
    // Y!mobile with an Android phone bought two years ago: its plan, the "already a
    // customer" row for Y!mobile, and the day of purchase.
    check("ymobile_android", |lang, cols| {
        let mut c = fresh(lang, cols);
        keys(&mut c, &[Key::Char('4')]); // Y!mobile
        focus(&mut c, Question::Os);
        keys(&mut c, &[Key::Right]); // Android
        focus(&mut c, Question::Model);
        text(&mut c, "pixel 9");
        focus(&mut c, Question::Bought);
        text(&mut c, "2024-11-20");
        focus(&mut c, Question::Damage);
        text(&mut c, "2");
        c
    });
    check("linemo_unlisted", |lang, cols| {
        let mut c = fresh(lang, cols);
        keys(&mut c, &[Key::Char('2')]); // LINEMO
        focus(&mut c, Question::Price);
        text(&mut c, "128000");
        focus(&mut c, Question::LinemoFee);
        c
    });
}

#[test]
fn a_new_day_dates_the_advice_anew() {
    let t = tables();
    let mut c = customer(Lang::En, 120);
    let next = Date::parse("2026-12-01").unwrap();
    c.update(
        Msg::Tick {
            idle_secs: 0,
            today: next,
            clock_secs: 0,
        },
        &t,
    );
    assert_eq!(c.results.as_ref().unwrap().advice.today, next);
    keys(&mut c, &[Key::Tab, Key::Char('n'), Key::Char('y')]);
    assert_eq!(c.session.today, next);
}

#[test]
fn an_empty_form_prompts_instead_of_an_error() {
    for lang in [Lang::En, Lang::Ja] {
        let c = fresh(lang, 120);
        let screen = draw(&c, 120, 40);
        let prompt = Words::new(lang).text("counter-empty", &[]);
        assert!(screen.contains(&prompt[..12]), "{screen}");
        assert!(
            !screen.contains("hosho:1:1") && !screen.contains("price_yen"),
            "{screen}"
        );
    }
}

#[test]
fn enter_on_an_incomplete_form_moves_to_the_missing_answer_never_a_blank_qr_page() {
    let mut c = fresh(Lang::En, 100);
    keys(&mut c, &[Key::Enter]);
    assert_eq!(c.page, Page::Form);
    assert_eq!(c.field(), FormRow::Ask(Question::Price));
    text(&mut c, "45800");
    keys(&mut c, &[Key::Enter]);
    assert_eq!(c.page, Page::Results, "complete now");
}

#[test]
fn typing_replaces_a_prefilled_answer() {
    let mut c = fresh(Lang::En, 120);
    focus(&mut c, Question::Horizon);
    text(&mut c, "36");
    assert_eq!(c.session.draft.horizon_months, 36);
}

#[test]
fn the_what_if_is_kept_across_edits_shown_and_reset_by_zero() {
    let mut c = customer(Lang::En, 120);
    keys(&mut c, &[Key::Char('+'), Key::Char('+')]);
    assert_eq!(c.session.what_if.rate_factor(), 2.0);
    focus(&mut c, Question::Water);
    text(&mut c, "1");
    let r = c.results.as_ref().unwrap();
    assert_eq!(r.profile.water_incidents_2y, 1);
    assert_eq!(
        r.what_if.rate_factor(),
        2.0,
        "editing an answer keeps the what-if"
    );
    assert!(draw(&c, 120, 40).contains("Breakage ×2"));
    assert!(
        c.qr.as_ref().unwrap().text.contains("×2"),
        "the QR text says so too"
    );
    focus(&mut c, Question::Protection);
    keys(&mut c, &[Key::Char('0')]);
    assert!(!c.results.as_ref().unwrap().is_what_if());
}

#[test]
fn the_value_column_stays_put_when_linemo_rows_appear() {
    let column = |c: &Counter| {
        let screen = draw(c, 120, 40);
        let line = screen
            .lines()
            .find(|l| l.contains("iPhone 15 Pro"))
            .unwrap()
            .to_string();
        line.find("iPhone 15 Pro").unwrap()
    };
    let mut c = customer(Lang::En, 120);
    let before = column(&c);
    focus(&mut c, Question::Carrier);
    keys(&mut c, &[Key::Char('2')]);
    assert_eq!(c.session.draft.carrier, Carrier::new("Linemo"));
    assert!(c.rows.contains(&FormRow::Customer(0)));
    assert_eq!(column(&c), before);
}

#[test]
fn english_labels_are_whole_at_120_columns() {
    let c = customer(Lang::En, 120);
    let screen = draw(&c, 120, 40);
    let words = Words::new(Lang::En);
    for f in &c.rows {
        let label = match f {
            FormRow::Ask(q) => hosho::form::words::label(*q, &words),
            FormRow::Switch(i) => words.text(hosho::form::control::SWITCHES[*i].label(), &[]),
            FormRow::Customer(_) => {
                hosho::tui::counter::label(*f, &c.session.draft, &tables(), &words)
            }
        };
        assert!(screen.contains(&label), "{label} cut:\n{screen}");
    }
}

#[test]
fn the_help_lists_what_each_number_key_picks_on_the_row() {
    let t = tables();
    for (lang, undecided) in [
        (Lang::En, "Not decided yet"),
        (Lang::Ja, "まだ決めていない"),
    ] {
        let mut c = Counter::new(lang, Date::parse("2026-11-22").unwrap(), &t);
        c.update(Msg::Key(Key::Char('?')), &t);
        let screen = draw(&c, 120, 40);
        // The carrier row: the first nine choices by their number keys, and no number
        // promised for a choice past nine ("not decided yet", last, is the default).
        let carriers = t.carriers().len();
        for (n, name) in [(1, "IIJmio"), (2, "LINEMO")] {
            assert!(
                screen.contains(&format!("  {n} {name}")),
                "{lang:?}:\n{screen}"
            );
        }
        let last = format!("  {} {undecided}", carriers + 1);
        assert_eq!(
            screen.contains(&last),
            carriers < 9,
            "{lang:?}: {last:?}\n{screen}"
        );
        assert!(screen.contains("  9 "), "{lang:?}:\n{screen}");
        // Pressing a number does what the help says.
        c.update(Msg::Key(Key::Esc), &t);
        c.update(Msg::Key(Key::Char('2')), &t);
        assert_eq!(c.session.draft.carrier, Carrier::new("Linemo"));
    }
}

#[test]
fn already_a_customer_is_asked_with_the_carrier() {
    let t = tables();
    let mut c = Counter::new(Lang::En, Date::parse("2026-11-22").unwrap(), &t);
    c.update(Msg::Key(Key::Char('2')), &t);
    assert_eq!(c.rows[0], FormRow::Ask(Question::Carrier));
    // After what every customer is asked (the model, the breakages, the day of purchase).
    assert_eq!(c.rows[4], FormRow::Customer(0), "{:?}", c.rows);
}

#[test]
fn a_month_of_purchase_is_taken_where_the_day_is_not_known() {
    for (lang, typed, shown) in [
        (Lang::Ja, "2025年12月", "2025年12月"),
        (Lang::En, "2025-12", "2025-12"),
    ] {
        let mut c = customer(lang, 120);
        focus(&mut c, Question::Bought);
        text(&mut c, typed);
        keys(&mut c, &[Key::Tab]);
        assert_eq!(
            c.session.draft.bought,
            hosho::calendar::DayOrMonth::parse("2025-12")
        );
        let r = c
            .results
            .as_ref()
            .expect("a month is enough for the advice");
        assert!(
            r.advice.warnings.iter().any(|w| w.id == "bought_month"),
            "the windows counted from the month's first day are said"
        );
        let t = tables();
        let words = Words::new(lang);
        let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
        terminal.draw(|f| view(f, &c, &t, &words)).unwrap();
        let screen = crate::common::plain(&terminal);
        assert!(screen.contains(shown), "{screen}");
    }
}

#[test]
fn answers_from_a_file_fill_the_form_with_their_results() {
    let t = tables();
    let p = crate::common::persona("iphone-17-pro-bought-last-week");
    let c = Counter::with_profile(Lang::Ja, &p, &t);
    assert_eq!(c.session.draft.model.as_deref(), Some("iPhone 17 Pro"));
    assert_eq!(c.session.draft.horizon_months, 36);
    let r = c.results.as_ref().expect("the file's answers are complete");
    assert_eq!(
        r.advice.recommendation,
        hosho::engine::advise(&p, &t).recommendation
    );
}

/// Keys as a clerk presses them, each character one key.
fn pressed(c: &mut Counter, script: &[&str]) -> usize {
    let mut n = 0;
    for part in script {
        let k: Vec<Key> = match *part {
            "Tab" => vec![Key::Tab],
            "Enter" => vec![Key::Enter],
            text => text.chars().map(Key::Char).collect(),
        };
        n += k.len();
        keys(c, &k);
    }
    n
}

#[test]
fn a_clerk_serves_a_customer_in_ten_keys() {
    // IIJmio, an iPhone 15 Pro broken twice: the carrier by its number (which goes on to the
    // model), the model as typed, the breakages.
    let mut c = fresh(Lang::En, 120);
    let n = pressed(&mut c, &["1", "15 pro", "Tab", "2"]);
    assert!(n <= 10, "{n} keys");
    assert_eq!(c.session.draft.model.as_deref(), Some("iPhone 15 Pro"));
    assert_eq!(c.session.draft.damage_incidents_2y, 2);
    let r = c.results.as_ref().expect("a verdict");
    assert_eq!(
        r.advice.recommendation.plan.as_deref(),
        Some("iijmio_tsunagaru")
    );
    // An Android phone needs no trip to the OS row: the model found says it.
    let mut c = fresh(Lang::Ja, 120);
    let n = pressed(&mut c, &["1", "pixel 9", "Tab", "1"]);
    assert!(n <= 10, "{n} keys");
    assert_eq!(c.session.draft.os, Os::Android);
    assert_eq!(c.session.draft.model.as_deref(), Some("Google Pixel 9"));
    assert!(c.results.is_ok());
}

#[test]
fn every_carrier_fits_its_row_whole() {
    let t = tables();
    for lang in [Lang::En, Lang::Ja] {
        let words = Words::new(lang);
        for cols in [80, 120] {
            let c = fresh(lang, cols);
            let items = Question::Carrier.control().items(&c.session.draft, &t);
            for (i, item) in items.iter().enumerate().take(9) {
                let mut c = fresh(lang, cols);
                keys(&mut c, &[Key::Char(char::from(b'1' + i as u8))]);
                let shown = hosho::form::words::brief_item(item, &words);
                let mut terminal = Terminal::new(TestBackend::new(cols, 40)).unwrap();
                terminal.draw(|f| view(f, &c, &t, &words)).unwrap();
                let screen = crate::common::plain(&terminal);
                let row = screen.lines().nth(2).unwrap_or_default();
                assert!(
                    row.contains(&shown),
                    "{lang:?} {cols}: {shown:?} cut in\n{row}"
                );
            }
        }
    }
}
