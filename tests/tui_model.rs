//! The advisor's `update`, driven by keys as a person would press them.

mod common;
use common::{press, tables, typed};
use hosho::calendar::Date;
use hosho::domain::{Carrier, Os};
use hosho::i18n::Lang;
use hosho::tui::model::{Effect, EntryError, Key, Model, Msg, Screen, Status, update};
use hosho::tui::questions::Question;
use hosho::tui::results::{RATE_STEPS, Results, Tab};

fn fresh() -> Model {
    Model::new(Lang::En, Date::parse("2026-11-22").unwrap())
}

/// IIJmio, bring own, iPhone: the keys that lead to the model search.
const TO_MODEL: [Key; 5] = [
    Key::Enter,
    Key::Char('1'),
    Key::Enter,
    Key::Enter,
    Key::Enter,
];

/// Moves the highlight past every listed model, onto "not listed".
fn to_not_listed(m: &mut Model) {
    for _ in 0..60 {
        press(m, &[Key::Down]);
    }
}

#[test]
fn enter_on_start_opens_the_first_question() {
    let mut m = fresh();
    press(&mut m, &[Key::Enter]);
    assert_eq!(m.screen, Screen::Ask(Question::Carrier));
    assert_eq!(m.progress(&tables()).0, 1);
}

#[test]
fn arrows_choose_and_enter_goes_on() {
    let mut m = fresh();
    press(&mut m, &[Key::Enter, Key::Up, Key::Up, Key::Enter]);
    assert_eq!(m.draft.carrier, Carrier::Iijmio);
    assert_eq!(m.screen, Screen::Ask(Question::DeviceSource));
}

#[test]
fn number_keys_pick_a_choice() {
    let mut m = fresh();
    press(&mut m, &[Key::Enter, Key::Char('2'), Key::Enter]);
    assert_eq!(m.draft.carrier, Carrier::Linemo);
}

#[test]
fn esc_goes_back_with_the_answer_kept() {
    let mut m = fresh();
    press(&mut m, &[Key::Enter, Key::Char('1'), Key::Enter, Key::Esc]);
    assert_eq!(m.screen, Screen::Ask(Question::Carrier));
    assert_eq!(m.cursor, 0, "the cursor shows the answer given");
    assert_eq!(m.draft.carrier, Carrier::Iijmio);
}

#[test]
fn typing_filters_the_catalog_and_not_listed_asks_the_price() {
    let mut m = fresh();
    // Carrier IIJmio, bring own, iOS.
    press(
        &mut m,
        &[
            Key::Enter,
            Key::Char('1'),
            Key::Enter,
            Key::Enter,
            Key::Enter,
        ],
    );
    assert_eq!(m.screen, Screen::Ask(Question::Model));
    typed(&mut m, "15 pro");
    let t = tables();
    assert!(
        m.models(&t).iter().all(|n| n.contains("15 Pro")),
        "{:?}",
        m.models(&t)
    );
    press(&mut m, &[Key::Enter]);
    assert!(m.draft.model.as_deref().unwrap().contains("15 Pro"));
    assert_eq!(
        m.screen,
        Screen::Ask(Question::Damage),
        "no price for a catalog model"
    );
    // Back to the model, choose "not listed" (the line after the matches).
    press(&mut m, &[Key::Esc]);
    assert_eq!(m.screen, Screen::Ask(Question::Model));
    to_not_listed(&mut m);
    press(&mut m, &[Key::Enter]);
    assert_eq!(m.draft.model, None);
    assert_eq!(m.screen, Screen::Ask(Question::Price));
}

#[test]
fn japanese_names_find_the_model() {
    let mut m = fresh();
    m.draft.os = Os::Ios;
    m.typed = "ＳＥ（第3世代）".into();
    let t = tables();
    assert!(!m.models(&t).is_empty());
    assert_eq!(m.models(&t), vec!["iPhone SE (3rd generation)"]);
}

#[test]
fn a_number_out_of_range_is_refused_and_the_screen_stays() {
    let mut m = fresh();
    press(&mut m, &TO_MODEL);
    to_not_listed(&mut m);
    press(&mut m, &[Key::Enter]);
    assert_eq!(m.screen, Screen::Ask(Question::Price));
    typed(&mut m, "2000000");
    press(&mut m, &[Key::Enter]);
    assert_eq!(m.screen, Screen::Ask(Question::Price));
    assert!(matches!(m.error, Some(EntryError::OutOfRange { .. })));
    for _ in 0..7 {
        press(&mut m, &[Key::Backspace]);
    }
    typed(&mut m, "45,800");
    press(&mut m, &[Key::Enter]);
    assert_eq!(m.draft.price_yen, Some(45_800));
    assert_eq!(m.screen, Screen::Ask(Question::Released));
    typed(&mut m, "2023-13");
    press(&mut m, &[Key::Enter]);
    assert_eq!(m.error, Some(EntryError::NotAMonth));
}

#[test]
fn answering_everything_reaches_the_review_then_the_results() {
    let mut m = fresh();
    press(&mut m, &[Key::Enter]);
    let t = tables();
    for _ in 0..30 {
        if m.screen == Screen::Review {
            break;
        }
        if m.screen == Screen::Ask(Question::Model) {
            typed(&mut m, "iPhone 15");
        }
        press(&mut m, &[Key::Enter]);
    }
    assert_eq!(m.screen, Screen::Review);
    let profile = m.draft.to_answers(m.today).resolve("", &t, m.today);
    assert!(profile.is_ok(), "{profile:?}");
    // Jump back to a question from the review.
    press(&mut m, &[Key::Enter]);
    assert_eq!(m.screen, Screen::Ask(Question::Carrier));
    for _ in 0..30 {
        if m.screen == Screen::Review {
            break;
        }
        press(&mut m, &[Key::Enter]);
    }
    press(&mut m, &[Key::Char('r')]);
    assert_eq!(m.screen, Screen::Results);
    assert!(
        matches!(m.results, Some(Ok(_))),
        "the advice is computed on entering"
    );
}

#[test]
fn space_switches_an_eligibility_answer() {
    let mut m = fresh();
    m.screen = Screen::Ask(Question::Eligibility);
    press(&mut m, &[Key::Down, Key::Char(' ')]);
    assert!(m.draft.damaged_now);
    press(&mut m, &[Key::Char(' ')]);
    assert!(!m.draft.damaged_now);
}

#[test]
fn l_switches_language_and_keeps_the_answers() {
    let mut m = fresh();
    press(&mut m, &[Key::Enter, Key::Char('1'), Key::Enter]);
    let draft = m.draft.clone();
    press(&mut m, &[Key::Char('l')]);
    assert_eq!(m.lang, Lang::Ja);
    assert_eq!(m.draft, draft);
    assert_eq!(m.screen, Screen::Ask(Question::DeviceSource));
}

#[test]
fn q_asks_and_only_y_quits() {
    let mut m = fresh();
    press(&mut m, &[Key::Char('q')]);
    assert!(m.confirm_quit && !m.quit);
    press(&mut m, &[Key::Char('n')]);
    assert!(!m.confirm_quit && !m.quit);
    press(&mut m, &[Key::Char('q'), Key::Char('y')]);
    assert!(m.quit);
}

#[test]
fn ctrl_c_quits_at_once_even_while_typing() {
    let mut m = fresh();
    m.screen = Screen::Ask(Question::Price);
    press(&mut m, &[Key::Char('4'), Key::CtrlC]);
    assert!(m.quit);
}

#[test]
fn q_while_typing_a_model_is_a_letter() {
    let mut m = fresh();
    m.screen = Screen::Ask(Question::Model);
    press(&mut m, &[Key::Char('q')]);
    assert!(!m.confirm_quit);
    assert_eq!(m.typed, "q");
}

/// The results for an undecided Galaxy owner who broke two phones in two years.
fn on_results() -> Model {
    let p = common::profile(
        r#"carrier: Undecided, device_source: BringOwn, os: Android, model: Some("Galaxy S24"),
           damage_incidents_2y: 2, water_incidents_2y: 0, protection: Case, risk: Neutral, horizon_months: 24"#,
    );
    Model::with_profile(Lang::En, p, &tables())
}

fn results(m: &Model) -> &Results {
    match &m.results {
        Some(Ok(r)) => r,
        other => panic!("no results: {other:?}"),
    }
}

#[test]
fn answers_given_open_straight_on_the_results() {
    let m = on_results();
    assert_eq!(m.screen, Screen::Results);
    assert_eq!(results(&m).advice.horizon_months, 24);
    assert_eq!(m.draft.model.as_deref(), Some("Galaxy S24"));
}

#[test]
fn plus_raises_the_breakage_rate_and_every_figure_follows() {
    let mut m = on_results();
    let before = results(&m).advice.clone();
    press(&mut m, &[Key::Char('+')]);
    let r = results(&m);
    assert_eq!(r.rate_factor(), 1.5);
    assert!(r.is_what_if());
    assert!(r.advice.damage_per_year > before.damage_per_year * 1.49);
    let skip = |a: &hosho::engine::Advice| a.option("skip").unwrap().expected_total_yen;
    assert!(skip(&r.advice) > skip(&before));
    // The answers themselves do not change.
    assert_eq!(m.draft.damage_incidents_2y, 2);
}

#[test]
fn minus_lowers_the_rate_down_to_a_floor() {
    let mut m = on_results();
    for _ in 0..20 {
        press(&mut m, &[Key::Char('-')]);
    }
    assert_eq!(results(&m).rate_factor(), RATE_STEPS[0]);
}

#[test]
fn arrows_change_the_horizon_within_bounds_and_the_chart_follows() {
    let mut m = on_results();
    press(&mut m, &[Key::Right]);
    let r = results(&m);
    assert_eq!(r.horizon, 30);
    assert_eq!(r.advice.horizon_months, 30);
    assert!(
        r.advice
            .options
            .iter()
            .all(|o| o.monthly_cumulative_yen.len() == 30)
    );
    for _ in 0..20 {
        press(&mut m, &[Key::Right]);
    }
    assert_eq!(results(&m).horizon, 60);
    for _ in 0..20 {
        press(&mut m, &[Key::Left]);
    }
    assert_eq!(results(&m).horizon, 1);
}

#[test]
fn zero_goes_back_to_the_answers() {
    let mut m = on_results();
    let before = results(&m).advice.clone();
    press(&mut m, &[Key::Char('+'), Key::Right, Key::Char('0')]);
    assert!(!results(&m).is_what_if());
    assert_eq!(results(&m).advice, before);
}

#[test]
fn a_big_enough_what_if_can_turn_the_verdict() {
    let p = common::profile(
        r#"carrier: Iijmio, device_source: BringOwn, os: Android, price_yen: Some(70000),
           released: Some("2025-06"), damage_incidents_2y: 0, water_incidents_2y: 0,
           protection: CaseAndFilm, risk: Neutral, horizon_months: 24"#,
    );
    let mut m = Model::with_profile(Lang::En, p, &tables());
    let first = results(&m).advice.recommendation.action;
    let mut seen = vec![first];
    for k in [Key::Char('-'); 4].into_iter().chain([Key::Char('+'); 8]) {
        press(&mut m, &[k]);
        seen.push(results(&m).advice.recommendation.action);
    }
    seen.dedup();
    assert!(seen.len() > 1, "the verdict never moved: {seen:?}");
}

#[test]
fn tab_shows_the_details_and_arrows_scroll_them_within_room() {
    let mut m = on_results();
    press(&mut m, &[Key::Tab]);
    assert_eq!(results(&m).tab, Tab::Details);
    update(&mut m, Msg::ScrollRoom(2), &tables());
    press(&mut m, &[Key::Down, Key::Down, Key::Down]);
    assert_eq!(results(&m).scroll, 2);
    press(&mut m, &[Key::Up]);
    assert_eq!(results(&m).scroll, 1);
    press(&mut m, &[Key::Tab]);
    assert_eq!(results(&m).tab, Tab::Overview);
    assert_eq!(results(&m).scroll, 0);
}

#[test]
fn s_asks_for_the_report_to_be_saved_and_the_answer_is_shown() {
    let mut m = on_results();
    assert_eq!(
        update(&mut m, Msg::Key(Key::Char('s')), &tables()),
        Effect::SaveReport
    );
    update(
        &mut m,
        Msg::Saved("/tmp/hosho-2026-11-22.md".into()),
        &tables(),
    );
    assert_eq!(
        m.status,
        Some(Status::Saved("/tmp/hosho-2026-11-22.md".into()))
    );
    // A what-if clears the notice; it was about the figures before.
    press(&mut m, &[Key::Char('+')]);
    assert_eq!(m.status, None);
}

#[test]
fn esc_on_the_results_goes_back_to_the_review() {
    let mut m = on_results();
    press(&mut m, &[Key::Esc]);
    assert_eq!(m.screen, Screen::Review);
    assert!(m.results.is_none());
    press(&mut m, &[Key::Char('r')]);
    assert_eq!(m.screen, Screen::Results);
    assert_eq!(results(&m).advice.horizon_months, 24);
}

#[test]
fn a_saved_report_holds_the_figures_on_screen() {
    let mut m = on_results();
    press(&mut m, &[Key::Right, Key::Right]);
    let dir = std::env::temp_dir().join(format!("hosho-report-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let words = hosho::i18n::Words::new(Lang::En);
    let msg = hosho::tui::terminal::save_report(&m, &tables(), &words, &dir).expect("results");
    let Msg::Saved(path) = msg else {
        panic!("not saved: {msg:?}")
    };
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.starts_with("# hosho"));
    assert!(text.contains("for 36 months"), "{text}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn numbers_take_full_width_digits_and_refuse_letters() {
    let mut m = fresh();
    m.screen = Screen::Ask(Question::Price);
    typed(&mut m, "４５x８００");
    assert_eq!(m.typed, "45800");
    press(&mut m, &[Key::Enter]);
    assert_eq!(m.draft.price_yen, Some(45_800));
}

#[test]
fn a_number_past_the_top_is_flagged_while_typing() {
    let mut m = fresh();
    m.screen = Screen::Ask(Question::Price);
    typed(&mut m, "1000001");
    assert!(matches!(m.error, Some(EntryError::OutOfRange { .. })));
    press(&mut m, &[Key::Backspace]);
    assert_eq!(m.error, None);
}

#[test]
fn typing_replaces_the_default_zero() {
    let mut m = fresh();
    press(&mut m, &[Key::Enter]);
    m.screen = Screen::Ask(Question::Carrier);
    // Open the damage question the way the flow does, with its default 0 shown.
    for _ in 0..10 {
        if m.screen == Screen::Ask(Question::Damage) {
            break;
        }
        if m.screen == Screen::Ask(Question::Model) {
            typed(&mut m, "iPhone 15");
        }
        press(&mut m, &[Key::Enter]);
    }
    assert_eq!(m.screen, Screen::Ask(Question::Damage));
    assert_eq!(m.typed, "0");
    typed(&mut m, "3");
    assert_eq!(m.typed, "3");
}

#[test]
fn a_month_takes_a_japanese_dash() {
    let mut m = fresh();
    m.screen = Screen::Ask(Question::Released);
    typed(&mut m, "２０２４－０９");
    assert_eq!(m.typed, "2024-09");
}

#[test]
fn zero_on_a_choice_screen_does_nothing() {
    let mut m = fresh();
    press(&mut m, &[Key::Enter, Key::Char('2'), Key::Char('0')]);
    assert_eq!(m.cursor, 1);
}
