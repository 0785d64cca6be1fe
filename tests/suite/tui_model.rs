//! The advisor's `update`, driven by keys as a person would press them.

use crate::common;
use crate::common::{advisor, press, tables, typed};
use hosho::domain::{Carrier, Os};
use hosho::form::{EntryError, Question};
use hosho::lang::Lang;
use hosho::tui::advisor::{Advisor, REVIEW_GO, Screen, Status};
use hosho::tui::app::{Effect, Key, Msg, Overlay, Saved};
use hosho::tui::results::{RATE_STEPS, Results, Tab};

fn fresh() -> Advisor {
    advisor(Lang::En)
}

/// Goes on from question to question up to `q`, the model not listed (so that the price
/// and the release month are asked) and those two answered.
fn go_to(m: &mut Advisor, q: Question) {
    for _ in 0..30 {
        match m.screen {
            Screen::Ask(here) if here == q => return,
            // Not listed: the line after every match.
            Screen::Ask(Question::Model) => press(m, &[Key::Down; 80]),
            Screen::Ask(Question::Price) => typed(m, "50000"),
            Screen::Ask(Question::Released) => typed(m, "2024-09"),
            Screen::Ask(Question::Bought) => typed(m, "2026-11-01"),
            _ => {}
        }
        press(m, &[Key::Enter]);
    }
    panic!("never reached {q:?}: {:?}", m.screen);
}

/// A fresh advisor on question `q`, reached as the flow would.
fn at(q: Question) -> Advisor {
    let mut m = fresh();
    go_to(&mut m, q);
    m
}

/// IIJmio, bring own, iPhone: the keys that lead to the model search.
const TO_MODEL: [Key; 5] = [
    Key::Enter,
    Key::Char('1'),
    Key::Enter,
    Key::Enter,
    Key::Enter,
];

/// Answers every question with Enter (an iPhone 15 for the model) up to the review.
fn to_review(m: &mut Advisor) {
    for _ in 0..30 {
        if m.screen == Screen::Review {
            return;
        }
        if m.screen == Screen::Ask(Question::Model) {
            typed(m, "iPhone 15");
        }
        // The day of purchase: "I don't know", the line under the entry.
        if m.screen == Screen::Ask(Question::Bought) {
            press(m, &[Key::Down]);
        }
        press(m, &[Key::Enter]);
    }
    panic!("never reached the review: {:?}", m.screen);
}

#[test]
fn enter_on_start_opens_the_first_question() {
    let mut m = fresh();
    press(&mut m, &[Key::Enter]);
    assert_eq!(m.screen, Screen::Ask(Question::Carrier));
    assert_eq!(m.progress().0, 1);
}

#[test]
fn arrows_choose_and_enter_goes_on() {
    let mut m = fresh();
    // From "not decided yet", the last line: up past every carrier to the first.
    let carriers = tables().carriers().len();
    press(&mut m, &[Key::Enter]);
    press(&mut m, &vec![Key::Up; carriers]);
    press(&mut m, &[Key::Enter]);
    assert_eq!(m.session.draft.carrier, Carrier::new("Iijmio"));
    assert_eq!(m.screen, Screen::Ask(Question::DeviceSource));
}

#[test]
fn number_keys_pick_a_choice_full_width_too() {
    let mut m = fresh();
    press(&mut m, &[Key::Enter, Key::Char('2'), Key::Enter]);
    assert_eq!(m.session.draft.carrier, Carrier::new("Linemo"));
    press(&mut m, &[Key::Esc, Key::Char('１'), Key::Enter]);
    assert_eq!(m.session.draft.carrier, Carrier::new("Iijmio"));
}

#[test]
fn esc_goes_back_with_the_answer_kept() {
    let mut m = fresh();
    press(&mut m, &[Key::Enter, Key::Char('1'), Key::Enter, Key::Esc]);
    assert_eq!(m.screen, Screen::Ask(Question::Carrier));
    assert_eq!(m.cursor, 0, "the cursor shows the answer given");
    assert_eq!(m.session.draft.carrier, Carrier::new("Iijmio"));
}

#[test]
fn typing_filters_the_catalog_and_not_listed_asks_the_price() {
    let mut m = fresh();
    press(&mut m, &TO_MODEL);
    assert_eq!(m.screen, Screen::Ask(Question::Model));
    typed(&mut m, "15 pro");
    let t = tables();
    assert!(
        m.models(&t).iter().all(|n| n.contains("15 Pro")),
        "{:?}",
        m.models(&t)
    );
    press(&mut m, &[Key::Enter]);
    assert!(m.session.draft.model.as_deref().unwrap().contains("15 Pro"));
    assert_eq!(
        m.screen,
        Screen::Ask(Question::Bought),
        "no price for a catalog model: the day of purchase next"
    );
    // Back to the model, choose "not listed" (the line after the matches).
    press(&mut m, &[Key::Esc]);
    assert_eq!(m.screen, Screen::Ask(Question::Model));
    press(&mut m, &[Key::Down; 80]);
    press(&mut m, &[Key::Enter]);
    assert_eq!(m.session.draft.model, None);
    assert_eq!(m.screen, Screen::Ask(Question::Price));
}

#[test]
fn each_typed_word_matches_on_its_own_in_any_width_and_in_katakana() {
    let t = tables();
    let mut m = fresh();
    m.screen = Screen::Ask(Question::Model);
    // Model words in katakana too, in one word or apart.
    for (os, text, want) in [
        (Os::Android, "pix 9", "Google Pixel 9"),
        (Os::Android, "ｐｉｘ　９", "Google Pixel 9"),
        (Os::Android, "ピクセル9", "Google Pixel 9"),
        (Os::Android, "ﾋﾟｸｾﾙ 9", "Google Pixel 9"),
        (Os::Android, "ギャラクシー s24", "Galaxy S24"),
        (Os::Android, "エクスペリア 10", "Xperia 10 VI"),
        (Os::Android, "アクオス sense", "AQUOS sense8"),
        (Os::Ios, "アイフォン 15 プロ", "iPhone 15 Pro"),
        (Os::Ios, "アイフォン17プロマックス", "iPhone 17 Pro Max"),
        (Os::Ios, "アイフォーン エアー", "iPhone Air"),
        (Os::Ios, "アイフォン 16 プラス", "iPhone 16 Plus"),
    ] {
        m.session.draft.os = os;
        press(&mut m, &[Key::Backspace; 30]);
        typed(&mut m, text);
        let found = m.models(&t);
        assert_eq!(found.first().copied(), Some(want), "{text}: {found:?}");
    }
}

#[test]
fn japanese_names_find_the_model() {
    let mut m = at(Question::Model);
    typed(&mut m, "ＳＥ（第3世代）");
    assert_eq!(m.models(&tables()), vec!["iPhone SE (3rd generation)"]);
}

#[test]
fn a_search_longer_than_any_model_name_is_not_typed() {
    let mut m = at(Question::Model);
    let longest = tables().search.longest();
    typed(&mut m, &"x".repeat(longest + 20));
    assert_eq!(m.typed.text.chars().count(), longest);
}

#[test]
fn a_number_out_of_range_is_refused_and_the_screen_stays() {
    let mut m = at(Question::Price);
    typed(&mut m, "2000000");
    press(&mut m, &[Key::Enter]);
    assert_eq!(m.screen, Screen::Ask(Question::Price));
    assert!(matches!(m.error, Some(EntryError::OutOfRange { .. })));
    press(&mut m, &[Key::Backspace; 9]);
    typed(&mut m, "45,800");
    press(&mut m, &[Key::Enter]);
    assert_eq!(m.session.draft.price_yen, Some(45_800));
    assert_eq!(m.screen, Screen::Ask(Question::Released));
    typed(&mut m, "2023-13");
    press(&mut m, &[Key::Enter]);
    assert_eq!(m.error, Some(EntryError::NotAMonth));
}

#[test]
fn months_are_taken_as_people_write_them() {
    for text in ["2024-3", "2024/03", "2024年3月", "２０２４年３月", "2024.3"] {
        let mut m = at(Question::Released);
        typed(&mut m, text);
        press(&mut m, &[Key::Enter]);
        assert_eq!(m.error, None, "{text}");
        assert_eq!(
            m.session.draft.released.map(|r| r.to_string()).as_deref(),
            Some("2024-03"),
            "{text}"
        );
    }
}

#[test]
fn i_do_not_know_the_release_month_is_an_answer() {
    let mut m = at(Question::Released);
    press(&mut m, &[Key::Enter]);
    assert_eq!(m.error, Some(EntryError::NotAMonth), "empty is not a guess");
    press(&mut m, &[Key::Down, Key::Enter]);
    assert_eq!(m.error, None);
    assert_eq!(m.session.draft.released, None);
    assert_eq!(m.screen, Screen::Ask(Question::Bought));
}

#[test]
fn the_day_of_purchase_is_typed_as_people_write_it_or_not_known() {
    let mut m = at(Question::Bought);
    press(&mut m, &[Key::Enter]);
    assert_eq!(m.error, Some(EntryError::NotADay), "empty is not a guess");
    typed(&mut m, "２０２６年１１月１５日");
    press(&mut m, &[Key::Enter]);
    assert_eq!(m.error, None);
    assert_eq!(
        m.session.draft.bought.map(|d| d.to_string()).as_deref(),
        Some("2026-11-15")
    );
    assert_eq!(m.screen, Screen::Ask(Question::Damage));
    // Back: the day given is shown, and "I don't know" clears it.
    press(&mut m, &[Key::Esc, Key::Down, Key::Enter]);
    assert_eq!(m.session.draft.bought, None);
    assert_eq!(m.screen, Screen::Ask(Question::Damage));
}

#[test]
fn i_do_not_know_the_linemo_fee_is_an_answer_and_the_highest_fee_is_assumed() {
    let t = tables();
    let mut m = fresh();
    m.session.draft.carrier = Carrier::new("Linemo");
    go_to(&mut m, Question::LinemoFee);
    press(&mut m, &[Key::Down, Key::Enter]);
    assert_eq!(m.screen, Screen::Review);
    assert_eq!(m.session.draft.linemo_fee_yen, None);
    let words = hosho::i18n::Words::new(Lang::En);
    let said = hosho::form::words::answer(Question::LinemoFee, &m.session.draft, &words, &t);
    let top = t.linemo_top_fee().unwrap();
    assert!(
        said.contains(&hosho::yen::format(i64::from(top), Lang::En)),
        "{said}"
    );
    let p = m
        .session
        .draft
        .check(m.session.today, &t)
        .expect("advised on");
    assert_eq!(p.linemo_fee, hosho::answers::LinemoFee::Unknown);
}

#[test]
fn typing_replaces_an_answer_already_given() {
    let mut m = at(Question::Horizon);
    assert_eq!(m.typed.text, "24");
    typed(&mut m, "36");
    assert_eq!(m.typed.text, "36");
    press(&mut m, &[Key::Enter]);
    assert_eq!(m.session.draft.horizon_months, 36);
    // Backspace edits what is there instead.
    press(&mut m, &[Key::Esc]);
    press(&mut m, &[Key::Backspace]);
    typed(&mut m, "0");
    assert_eq!(m.typed.text, "30");
}

#[test]
fn enter_on_the_review_goes_on_to_the_advice() {
    let mut m = fresh();
    press(&mut m, &[Key::Enter]);
    to_review(&mut m);
    assert_eq!(m.cursor, REVIEW_GO);
    press(&mut m, &[Key::Enter]);
    assert_eq!(m.screen, Screen::Results);
    assert!(m.results.is_some(), "the advice is computed on entering");
}

#[test]
fn a_changed_answer_returns_to_the_review_not_through_every_later_question() {
    let mut m = fresh();
    press(&mut m, &[Key::Enter]);
    to_review(&mut m);
    // The damage question, then back at the review straight after it.
    let row = m.asked.iter().position(|q| *q == Question::Damage).unwrap();
    for _ in 0..=row {
        press(&mut m, &[Key::Down]);
    }
    press(&mut m, &[Key::Enter]);
    assert_eq!(m.screen, Screen::Ask(Question::Damage));
    typed(&mut m, "3");
    press(&mut m, &[Key::Enter]);
    assert_eq!(m.screen, Screen::Review);
    assert_eq!(m.session.draft.damage_incidents_2y, 3);
    // A change that brings new questions asks them, then returns.
    let row = m.asked.iter().position(|q| *q == Question::Model).unwrap();
    for _ in 0..=row {
        press(&mut m, &[Key::Down]);
    }
    press(&mut m, &[Key::Enter, Key::Down]);
    press(&mut m, &[Key::Down; 80]);
    press(&mut m, &[Key::Enter]);
    assert_eq!(m.screen, Screen::Ask(Question::Price), "newly needed");
    typed(&mut m, "50000");
    press(&mut m, &[Key::Enter]);
    assert_eq!(m.screen, Screen::Ask(Question::Released), "newly needed");
    typed(&mut m, "2024-09");
    press(&mut m, &[Key::Enter]);
    // An unlisted iPhone on a carrier not yet chosen: the LINEMO fee is needed too.
    assert_eq!(m.screen, Screen::Ask(Question::LinemoFee), "newly needed");
    press(&mut m, &[Key::Down, Key::Enter]);
    assert_eq!(m.screen, Screen::Review);
}

#[test]
fn incomplete_answers_open_the_question_that_needs_something() {
    let mut m = fresh();
    m.screen = Screen::Review;
    press(&mut m, &[Key::Char('r')]);
    assert_eq!(m.screen, Screen::Ask(Question::Price));
    assert!(m.problem.is_some());
    let words = hosho::i18n::Words::new(Lang::En);
    let said = hosho::form::words::problem(m.problem.as_ref().unwrap(), &words);
    assert!(said.starts_with("Price:"), "{said}");
    assert!(
        !said.contains("price_yen") && !said.contains("hosho:"),
        "{said}"
    );
}

#[test]
fn space_switches_an_eligibility_answer() {
    let mut m = at(Question::Eligibility);
    press(&mut m, &[Key::Down, Key::Char(' ')]);
    assert!(m.session.draft.conditions.damaged_now);
    press(&mut m, &[Key::Char(' ')]);
    assert!(!m.session.draft.conditions.damaged_now);
}

#[test]
fn l_switches_language_and_keeps_the_answers() {
    let mut m = fresh();
    press(&mut m, &[Key::Enter, Key::Char('1'), Key::Enter]);
    let draft = m.session.draft.clone();
    press(&mut m, &[Key::Char('l')]);
    assert_eq!(m.session.lang, Lang::Ja);
    assert_eq!(m.session.draft, draft);
    assert_eq!(m.screen, Screen::Ask(Question::DeviceSource));
}

#[test]
fn q_asks_and_only_y_quits() {
    let mut m = fresh();
    press(&mut m, &[Key::Char('q')]);
    assert!(m.session.overlay == Overlay::ConfirmQuit && !m.session.quit);
    press(&mut m, &[Key::Char('n')]);
    assert!(m.session.overlay == Overlay::None && !m.session.quit);
    press(&mut m, &[Key::Char('q'), Key::Char('y')]);
    assert!(m.session.quit);
}

#[test]
fn ctrl_c_quits_at_once_even_while_typing() {
    let mut m = at(Question::Price);
    press(&mut m, &[Key::Char('4'), Key::CtrlC]);
    assert!(m.session.quit);
}

#[test]
fn q_while_typing_a_model_is_a_letter() {
    let mut m = at(Question::Model);
    press(&mut m, &[Key::Char('q')]);
    assert_eq!(m.session.overlay, Overlay::None);
    assert_eq!(m.typed.text, "q");
}

/// The results for an undecided Galaxy owner who broke two phones in two years.
fn on_results() -> Advisor {
    let p = common::profile(
        r#"carrier: Undecided, device_source: BringOwn, os: Android, model: Some("Galaxy S24"),
           damage_incidents_2y: 2, water_incidents_2y: 0, protection: Case, risk: Neutral, horizon_months: 24"#,
    );
    Advisor::with_profile(Lang::En, p, &tables())
}

fn results(m: &Advisor) -> &Results {
    m.results.as_ref().expect("results")
}

#[test]
fn answers_given_open_straight_on_the_results() {
    let m = on_results();
    assert_eq!(m.screen, Screen::Results);
    assert_eq!(results(&m).advice.horizon_months, 24);
    assert_eq!(m.session.draft.model.as_deref(), Some("Galaxy S24"));
}

#[test]
fn plus_raises_the_breakage_rate_and_every_figure_follows() {
    let mut m = on_results();
    let before = results(&m).advice.clone();
    press(&mut m, &[Key::Char('+')]);
    let r = results(&m);
    assert_eq!(r.what_if.rate_factor(), 1.5);
    assert!(r.is_what_if());
    assert!(r.advice.damage_per_year > before.damage_per_year * 1.49);
    let skip = |a: &hosho::engine::Advice| a.option("skip").unwrap().expected_total_yen;
    assert!(skip(&r.advice) > skip(&before));
    assert_eq!(m.session.draft.damage_incidents_2y, 2);
}

#[test]
fn minus_lowers_the_rate_down_to_a_floor() {
    let mut m = on_results();
    press(&mut m, &[Key::Char('-'); 20]);
    assert_eq!(results(&m).what_if.rate_factor(), RATE_STEPS[0]);
}

#[test]
fn angle_keys_change_the_horizon_within_bounds_and_the_chart_follows() {
    let mut m = on_results();
    press(&mut m, &[Key::Char('>')]);
    let r = results(&m);
    assert_eq!(r.horizon(), 30);
    assert!(
        r.advice
            .options
            .iter()
            .all(|o| o.monthly_cumulative_yen.len() == 30)
    );
    press(&mut m, &[Key::Char('>'); 20]);
    assert_eq!(results(&m).horizon(), 60);
    press(&mut m, &[Key::Char('<'); 20]);
    assert_eq!(results(&m).horizon(), 1);
}

#[test]
fn zero_goes_back_to_the_answers() {
    let mut m = on_results();
    let before = results(&m).advice.clone();
    press(&mut m, &[Key::Char('+'), Key::Char('>'), Key::Char('0')]);
    assert!(!results(&m).is_what_if());
    assert_eq!(results(&m).advice, before);
}

#[test]
fn the_what_if_survives_changing_an_answer() {
    let mut m = on_results();
    press(&mut m, &[Key::Char('+'), Key::Char('+')]);
    press(&mut m, &[Key::Esc]);
    assert_eq!(m.screen, Screen::Review);
    let row = m.asked.iter().position(|q| *q == Question::Water).unwrap();
    for _ in 0..=row {
        press(&mut m, &[Key::Down]);
    }
    press(&mut m, &[Key::Enter]);
    typed(&mut m, "1");
    press(&mut m, &[Key::Enter, Key::Up, Key::Enter]);
    assert_eq!(m.screen, Screen::Results);
    let r = results(&m);
    assert_eq!(r.profile.water_incidents_2y, 1);
    assert_eq!(r.what_if.rate_factor(), 2.0, "the what-if was kept");
}

#[test]
fn a_big_enough_what_if_can_turn_the_verdict() {
    let p = common::profile(
        r#"carrier: Iijmio, device_source: BringOwn, os: Android, price_yen: Some(70000),
           released: Some("2025-06"), damage_incidents_2y: 0, water_incidents_2y: 0,
           protection: CaseAndFilm, risk: Neutral, horizon_months: 24"#,
    );
    let mut m = Advisor::with_profile(Lang::En, p, &tables());
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
fn arrows_select_an_option_and_enter_opens_its_breakdown() {
    let mut m = on_results();
    let r = results(&m);
    let rec = r.advice.recommendation.chosen.clone();
    assert_eq!(
        r.selected_option().unwrap().id,
        rec,
        "the advice is selected"
    );
    // Options open to the user come first, the others after.
    let open: Vec<bool> = r
        .order
        .iter()
        .map(|i| r.advice.options[*i].eligible)
        .collect();
    assert!(open.windows(2).all(|w| w[0] || !w[1]), "{open:?}");
    press(&mut m, &[Key::Up; 10]);
    assert_eq!(results(&m).selected, 0);
    press(&mut m, &[Key::Down]);
    let picked = results(&m).selected_option().unwrap().id.clone();
    press(&mut m, &[Key::Enter]);
    let r = results(&m);
    assert!(r.open);
    let b = r.breakdown.as_ref().expect("a breakdown");
    assert_eq!(b.id, picked);
    assert!(b.kinds.iter().all(|k| k.covered <= k.expected + 1e-9));
    press(&mut m, &[Key::Left]);
    assert!(!results(&m).open);
    press(&mut m, &[Key::Right, Key::Esc]);
    assert!(!results(&m).open);
    assert_eq!(m.screen, Screen::Results, "Esc closes the breakdown first");
}

#[test]
fn tab_shows_the_details_and_arrows_scroll_them_within_room() {
    let mut m = on_results();
    press(&mut m, &[Key::Tab]);
    assert_eq!(results(&m).tab, Tab::Details);
    m.update(Msg::ScrollRoom(2), &tables());
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
        m.update(Msg::Key(Key::Char('s')), &tables()),
        Effect::SaveReport
    );
    let saved = Saved {
        report: "/tmp/hosho-2026-11-22.md".into(),
        answers: "hosho-2026-11-22.ron".into(),
    };
    m.update(Msg::Saved(saved.clone()), &tables());
    assert_eq!(m.status, Some(Status::Saved(saved)));
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
    press(&mut m, &[Key::Char('>'), Key::Char('>')]);
    let dir = std::env::temp_dir().join(format!("hosho-report-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let words = hosho::i18n::Words::new(Lang::En);
    let msg = hosho::tui::save::save_report(&m, &tables(), &words, &dir).expect("results");
    let Msg::Saved(saved) = msg else {
        panic!("not saved: {msg:?}")
    };
    let text = std::fs::read_to_string(&saved.report).unwrap();
    assert!(text.starts_with("# hosho"));
    assert!(text.contains("for 36 months"), "{text}");
    // The answers beside it open again on the same answers, and the same advice.
    let file = dir.join(&saved.answers);
    let again = std::fs::read_to_string(&file).unwrap();
    let answers = hosho::answers::Answers::parse(&again).unwrap();
    let today = m.session.today;
    let profile = answers.resolve(&again, &tables(), today).unwrap();
    let reopened = Advisor::with_profile(Lang::En, profile, &tables());
    assert_eq!(reopened.session.draft, m.session.draft);
    assert_eq!(
        results(&reopened).advice.recommendation,
        hosho::engine::advise(&results(&m).profile, &tables()).recommendation
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn numbers_take_full_width_digits_and_refuse_letters() {
    let mut m = at(Question::Price);
    typed(&mut m, "４５x８００");
    assert_eq!(m.typed.text, "45800");
    press(&mut m, &[Key::Enter]);
    assert_eq!(m.session.draft.price_yen, Some(45_800));
}

#[test]
fn a_number_past_the_top_is_flagged_while_typing() {
    let mut m = at(Question::Price);
    typed(&mut m, "1000001");
    assert!(matches!(m.error, Some(EntryError::OutOfRange { .. })));
    press(&mut m, &[Key::Backspace]);
    assert_eq!(m.error, None);
}

#[test]
fn typing_replaces_the_default_zero() {
    let mut m = at(Question::Damage);
    assert_eq!(m.typed.text, "0");
    typed(&mut m, "3");
    assert_eq!(m.typed.text, "3");
}

#[test]
fn a_month_takes_a_japanese_dash() {
    let mut m = at(Question::Released);
    typed(&mut m, "２０２４－０９");
    assert_eq!(m.typed.text, "2024-09");
}

#[test]
fn zero_on_a_choice_screen_does_nothing() {
    let mut m = fresh();
    press(&mut m, &[Key::Enter, Key::Char('2'), Key::Char('0')]);
    assert_eq!(m.cursor, 1);
}

#[test]
fn the_help_lists_the_keys_of_the_screen_it_opens_on() {
    let mut m = on_results();
    press(&mut m, &[Key::Char('?')]);
    assert_eq!(m.session.overlay, Overlay::Help);
    let screen = common::plain(&common::drawn(&m, 120, 40));
    for key in ["+/-:", "</>:", "s:", "Tab:"] {
        assert!(screen.contains(key), "{key} missing:\n{screen}");
    }
    press(&mut m, &[Key::Char('x')]);
    assert_eq!(m.session.overlay, Overlay::None);
    assert_eq!(
        m.screen,
        Screen::Results,
        "the key that closes help does nothing else"
    );
}

#[test]
fn a_day_of_purchase_that_cannot_be_is_refused_at_its_own_question() {
    use hosho::answers::Fault;
    for lang in [Lang::En, Lang::Ja] {
        let words = hosho::i18n::Words::new(lang);
        let mut m = advisor(lang);
        go_to(&mut m, Question::Bought);
        let erase = [Key::Backspace; 12];
        // After today (2026-11-22): refused here, not seven questions later.
        typed(&mut m, "2026-12-25");
        press(&mut m, &[Key::Enter]);
        assert_eq!(m.screen, Screen::Ask(Question::Bought), "{lang:?}");
        let p = m.problem.clone().expect("a fault at the question");
        assert!(matches!(p.fault, Fault::BoughtAfterToday { .. }), "{p:?}");
        let screen = common::plain(&common::drawn(&m, 100, 30));
        let said = hosho::form::words::problem(&p, &words);
        let start: String = said.chars().take(12).collect();
        assert!(
            screen.contains(&start),
            "{lang:?}: {said:?} not on\n{screen}"
        );
        // Before the model came out (2024-09, as answered).
        press(&mut m, &erase);
        typed(&mut m, "2024-08-31");
        press(&mut m, &[Key::Enter]);
        assert_eq!(m.screen, Screen::Ask(Question::Bought));
        let p = m.problem.clone().expect("a fault at the question");
        assert!(
            matches!(p.fault, Fault::BoughtBeforeRelease { .. }),
            "{p:?}"
        );
        // A day that can be: on to the next question, the fault gone.
        press(&mut m, &erase);
        typed(&mut m, "2024-09-01");
        press(&mut m, &[Key::Enter]);
        assert_eq!(m.screen, Screen::Ask(Question::Damage), "{lang:?}");
        assert_eq!(m.problem, None);
        assert_eq!(
            m.session.draft.bought.map(|d| d.to_string()).as_deref(),
            Some("2024-09-01")
        );
    }
}

#[test]
fn a_release_month_after_today_is_refused_at_its_own_question() {
    let mut m = fresh();
    go_to(&mut m, Question::Released);
    typed(&mut m, "2027-05");
    press(&mut m, &[Key::Enter]);
    assert_eq!(m.screen, Screen::Ask(Question::Released));
    let p = m.problem.clone().expect("a fault at the question");
    assert!(
        matches!(p.fault, hosho::answers::Fault::ReleaseAfterToday { .. }),
        "{p:?}"
    );
}

#[test]
fn t_under_the_keys_help_explains_the_words_of_the_plans_and_any_key_closes_it() {
    for lang in [Lang::En, Lang::Ja] {
        let words = hosho::i18n::Words::new(lang);
        let mut m = advisor(lang);
        press(&mut m, &[Key::Char('?')]);
        assert_eq!(m.session.overlay, Overlay::Help);
        press(&mut m, &[Key::Char('t')]);
        assert_eq!(m.session.overlay, Overlay::Terms);
        // Every term and the way out fit an 80x24 terminal.
        let screen = common::plain(&common::drawn(&m, 80, 24));
        for id in hosho::i18n::TERMS {
            let name = words.text(&format!("term-{id}"), &[]);
            let start: String = name.chars().take(8).collect();
            assert!(screen.contains(&start), "{lang:?}: {name} not on\n{screen}");
        }
        let close: String = words.text("help-close", &[]).chars().take(10).collect();
        assert!(screen.contains(&close), "{lang:?}:\n{screen}");
        press(&mut m, &[Key::Char('x')]);
        assert_eq!(m.session.overlay, Overlay::None);
        assert_eq!(m.screen, Screen::Start, "the key only closed the page");
    }
}
