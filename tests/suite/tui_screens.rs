//! Every screen of the advisor, drawn in both languages at 80x24 and 120x40.

use crate::common;
use crate::common::{drawn, profile, tables};
use hosho::calendar::Date;
use hosho::form::Question;
use hosho::lang::Lang;
use hosho::tui::advisor::{Advisor, Screen};
use hosho::tui::app::{Key, Msg};

fn draw(m: &Advisor, cols: u16, rows: u16) -> String {
    drawn(m, cols, rows).backend().to_string()
}

fn model(lang: Lang, screen: Screen, keys: &[Key]) -> Advisor {
    let t = tables();
    let mut m = Advisor::new(lang, Date::parse("2026-11-22").unwrap(), &t);
    m.screen = screen;
    for k in keys {
        m.update(Msg::Key(*k), &t);
    }
    m
}

/// Snapshots one state in both languages and both sizes.
fn check(name: &str, screen: Screen, keys: &[Key]) {
    for lang in [Lang::En, Lang::Ja] {
        let m = model(lang, screen, keys);
        for (cols, rows) in [(80, 24), (120, 40)] {
            insta::assert_snapshot!(
                format!("{name}_{}_{cols}x{rows}", lang.code()),
                draw(&m, cols, rows)
            );
        }
    }
}

#[test]
fn start() {
    check("start", Screen::Start, &[]);
}

#[test]
fn a_choice_question() {
    check("carrier", Screen::Start, &[Key::Enter, Key::Down]);
}

#[test]
fn the_model_search() {
    check(
        "model",
        Screen::Ask(Question::Model),
        &[Key::Char('1'), Key::Char('5')],
    );
}

#[test]
fn a_price_with_an_error() {
    let keys: Vec<Key> = "2000000"
        .chars()
        .map(Key::Char)
        .chain([Key::Enter])
        .collect();
    check("price_error", Screen::Ask(Question::Price), &keys);
}

#[test]
fn the_price_formatted_as_typed() {
    let keys: Vec<Key> = "45800".chars().map(Key::Char).collect();
    check("price", Screen::Ask(Question::Price), &keys);
}

#[test]
fn the_eligibility_switches() {
    check(
        "eligibility",
        Screen::Ask(Question::Eligibility),
        &[Key::Down, Key::Char(' ')],
    );
}

#[test]
fn the_review() {
    check("review", Screen::Review, &[Key::Down]);
}

#[test]
fn the_keys_help() {
    check("help", Screen::Start, &[Key::Char('?')]);
}

#[test]
fn the_quit_question() {
    check("quit", Screen::Ask(Question::Carrier), &[Key::Char('q')]);
}

#[test]
fn a_window_too_small_asks_for_more_room() {
    for lang in [Lang::En, Lang::Ja] {
        let m = model(lang, Screen::Start, &[]);
        insta::assert_snapshot!(format!("too_small_{}", lang.code()), draw(&m, 60, 20));
    }
}

/// The results for an undecided Galaxy owner who dropped it twice and fears bad luck, after
/// `keys` on the results screen.
fn results(lang: Lang, keys: &[Key]) -> Advisor {
    results_with(lang, "", keys)
}

/// As [`results`], with more answers (`extra`, fields of an answers file).
fn results_with(lang: Lang, extra: &str, keys: &[Key]) -> Advisor {
    let t = tables();
    let p = profile(&format!(
        r#"carrier: Undecided, device_source: BringOwn, os: Android, model: Some("Galaxy S24"),
           damage_incidents_2y: 2, water_incidents_2y: 1, horizon_months: 36, risk: Averse{extra}"#
    ));
    let mut m = Advisor::with_profile(lang, p, &t);
    for k in keys {
        m.update(Msg::Key(*k), &t);
    }
    m
}

fn check_results(name: &str, keys: &[Key]) {
    for lang in [Lang::En, Lang::Ja] {
        let m = results(lang, keys);
        for (cols, rows) in [(80, 24), (120, 40)] {
            insta::assert_snapshot!(
                format!("{name}_{}_{cols}x{rows}", lang.code()),
                draw(&m, cols, rows)
            );
        }
    }
}

#[test]
fn the_results() {
    check_results("results", &[]);
}

#[test]
fn the_results_under_a_what_if() {
    check_results(
        "results_what_if",
        &[Key::Char('+'), Key::Char('>'), Key::Char('>')],
    );
}

#[test]
fn the_results_details() {
    check_results("results_details", &[Key::Tab, Key::Down]);
}

#[test]
fn an_option_selected_and_its_breakdown() {
    check_results("results_selected", &[Key::Down]);
    check_results("results_breakdown", &[Key::Down, Key::Enter]);
}

#[test]
fn a_closed_option_says_why() {
    // Already an IIJmio customer: つながる端末保証 is closed, and sits last; the rows end
    // there however far down the selection goes.
    let keys: Vec<Key> = [Key::Down; 12]
        .iter()
        .copied()
        .chain([Key::Enter])
        .collect();
    for lang in [Lang::En, Lang::Ja] {
        let m = results_with(lang, ", existing_customer_of: [Iijmio]", &keys);
        for (cols, rows) in [(80, 24), (120, 40)] {
            insta::assert_snapshot!(
                format!("results_closed_{}_{cols}x{rows}", lang.code()),
                draw(&m, cols, rows)
            );
        }
    }
}

#[test]
fn the_results_help() {
    check_results("results_help", &[Key::Char('?')]);
}

/// The colours used anywhere on the screen.
fn colours(m: &Advisor) -> Vec<ratatui::style::Color> {
    let terminal = drawn(m, 120, 40);
    let mut out: Vec<_> = terminal
        .backend()
        .buffer()
        .content
        .iter()
        .flat_map(|c| [c.fg, c.bg])
        .filter(|c| *c != ratatui::style::Color::Reset)
        .collect();
    out.dedup();
    out
}

#[test]
fn no_color_draws_the_results_without_any_colour() {
    let mut m = results(Lang::En, &[]);
    assert!(!colours(&m).is_empty(), "colours are used by default");
    m.session.color = false;
    assert_eq!(colours(&m), vec![]);
    insta::assert_snapshot!("results_no_color_en_120x40", draw(&m, 120, 40));
}

#[test]
fn the_linemo_fee_with_its_assumed_figure() {
    for lang in [Lang::En, Lang::Ja] {
        let t = tables();
        let mut m = Advisor::new(lang, Date::parse("2026-11-22").unwrap(), &t);
        m.session.draft.carrier = hosho::domain::Carrier::new("Linemo");
        m.screen = Screen::Ask(Question::LinemoFee);
        m.update(Msg::Key(Key::Down), &t);
        for (cols, rows) in [(80, 24), (120, 40)] {
            insta::assert_snapshot!(
                format!("linemo_fee_unknown_{}_{cols}x{rows}", lang.code()),
                draw(&m, cols, rows)
            );
        }
    }
}

#[test]
fn i_do_not_know_chosen() {
    check(
        "released_unknown",
        Screen::Ask(Question::Released),
        &[Key::Down],
    );
}

#[test]
fn a_month_question() {
    let keys: Vec<Key> = "2024-0".chars().map(Key::Char).collect();
    check("released", Screen::Ask(Question::Released), &keys);
}

#[test]
fn the_chart_legend_names_each_line_in_its_colour() {
    let m = results(Lang::En, &[]);
    let terminal = drawn(&m, 120, 40);
    let buf = terminal.backend().buffer();
    let marks: Vec<ratatui::style::Color> = buf
        .content
        .iter()
        .filter(|c| c.symbol() == "━")
        .map(|c| c.fg)
        .collect();
    assert!(marks.len() >= 2, "a legend mark per line drawn");
    assert!(marks.iter().all(|c| *c != ratatui::style::Color::Reset));
    for (i, c) in marks.iter().enumerate() {
        assert!(
            !marks[..i].contains(c),
            "each line its own colour: {marks:?}"
        );
    }
}

#[test]
fn the_day_of_purchase_typed_in_japanese() {
    let keys: Vec<Key> = "2026年11月15日".chars().map(Key::Char).collect();
    check("bought", Screen::Ask(Question::Bought), &keys);
}

#[test]
fn the_carriers_the_user_already_has_a_line_with() {
    // Undecided: every carrier whose plans are for new contracts only.
    check(
        "customer",
        Screen::Ask(Question::Customer),
        &[Key::Down, Key::Char(' ')],
    );
}

/// The results of the persona who bought an iPhone 17 Pro last week and has not chosen a
/// carrier: every carrier's plan beside the cover still open, and the cover that costs least
/// (Mysurance) as the verdict, the carrier's plan weighed against it.
#[test]
fn results_with_the_cover_still_open_after_the_sign_up() {
    let t = tables();
    let p = common::persona("iphone-17-pro-bought-last-week");
    for lang in [Lang::En, Lang::Ja] {
        let m = Advisor::with_profile(lang, p.clone(), &t);
        let text = common::plain(&drawn(&m, 120, 40)).replace('\n', " ");
        let instead = match lang {
            Lang::En => "Don't add the carrier's warranty. Buy Mysurance",
            Lang::Ja => "通信会社の保証オプションには加入せず、2027年11月15日までにMysurance",
        };
        assert!(text.contains(instead), "{instead:?} not on:\n{text}");
        insta::assert_snapshot!(
            format!("results_instead_{}_120x40", lang.code()),
            draw(&m, 120, 40)
        );
    }
}

#[test]
fn a_month_of_purchase_answers_the_question() {
    for typed in ["2026年10月", "2026-10", "２０２６／１０"] {
        let mut keys: Vec<Key> = typed.chars().map(Key::Char).collect();
        keys.push(Key::Enter);
        let m = model(Lang::Ja, Screen::Ask(Question::Bought), &keys);
        assert_eq!(
            m.session.draft.bought,
            hosho::calendar::DayOrMonth::parse("2026-10"),
            "{typed}"
        );
        assert_ne!(m.screen, Screen::Ask(Question::Bought), "{typed}");
    }
}

#[test]
fn a_breakdown_ends_with_the_plans_terms() {
    // モバイル保険's breakdown says it covers up to 3 devices and what it pays for a theft,
    // in each language, below the totals.
    let t = tables();
    let p = common::persona("iphone-17-pro-bought-last-week");
    for (lang, title, totals, devices, theft) in [
        (
            Lang::En,
            "Mobile hoken (モバイル保険, さくら少額短期保険): the breakdown",
            "Over 36 months:",
            "up to 3 devices",
            "up to 25,000",
        ),
        (
            Lang::Ja,
            "モバイル保険（さくら少額短期保険）：内訳",
            "36か月の合計",
            "3台まで",
            "最大25,000円",
        ),
    ] {
        let mut found = false;
        // From the option advised, up the list to モバイル保険.
        for ups in 0..12 {
            let mut m = Advisor::with_profile(lang, p.clone(), &t);
            for _ in 0..ups {
                m.update(Msg::Key(Key::Up), &t);
            }
            m.update(Msg::Key(Key::Enter), &t);
            let screen = draw(&m, 120, 60);
            if screen.contains(title) {
                assert!(screen.contains(devices), "{screen}");
                assert!(screen.contains(theft), "{screen}");
                let at = |text: &str| screen.find(text).unwrap_or_else(|| panic!("{text}"));
                assert!(
                    at(totals) < at(devices) && at(totals) < at(theft),
                    "{screen}"
                );
                found = true;
                break;
            }
        }
        assert!(found, "{lang:?}: no breakdown of モバイル保険");
    }
}

#[test]
fn the_question_on_phones_lost_or_stolen() {
    check(
        "lost",
        Screen::Ask(Question::Lost),
        &[Key::Backspace, Key::Char('1')],
    );
}
