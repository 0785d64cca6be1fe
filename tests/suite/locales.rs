//! Every message id, and every variable it uses, exists in both locales; every id the engine
//! can emit has a message.

use crate::common;

use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};

fn collect_vars(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for e in &p.elements {
        if let ast::PatternElement::Placeable { expression } = e {
            collect_expr(expression, out);
        }
    }
}

fn collect_expr(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => collect_inline(i, out),
        ast::Expression::Select { selector, variants } => {
            collect_inline(selector, out);
            for v in variants {
                collect_vars(&v.value, out);
            }
        }
    }
}

fn collect_inline(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => collect_expr(expression, out),
        _ => {}
    }
}

fn messages(lang: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for file in hosho::i18n::FILES {
        let path = format!("locales/{lang}/{file}");
        let text = std::fs::read_to_string(&path).unwrap();
        let res = fluent_syntax::parser::parse(text.as_str())
            .unwrap_or_else(|(_, errs)| panic!("{path}: {errs:?}"));
        for entry in res.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = BTreeSet::new();
                if let Some(v) = &m.value {
                    collect_vars(v, &mut vars);
                }
                assert!(
                    out.insert(m.id.name.to_string(), vars).is_none(),
                    "{path}: {} twice",
                    m.id.name
                );
            }
        }
    }
    out
}

#[test]
fn both_locales_have_the_same_ids_and_variables() {
    let ja = messages("ja");
    let en = messages("en");
    let ja_ids: BTreeSet<_> = ja.keys().collect();
    let en_ids: BTreeSet<_> = en.keys().collect();
    assert_eq!(ja_ids, en_ids, "ids differ");
    for (id, vars) in &en {
        assert_eq!(&ja[id], vars, "variables of {id} differ");
    }
}

#[test]
fn every_id_the_tables_and_engine_can_emit_has_a_message() {
    let t = hosho::tables::Tables::built_in().unwrap();
    let en = messages("en");
    let mut needed: Vec<String> = Vec::new();
    for p in t.plans() {
        needed.extend(p.gates.iter().map(|g| format!("gate-{}", g.rule)));
        needed.extend(p.steps.iter().map(|s| format!("step-{}", s.id)));
        // A plan's and a carrier's names come from the tables, in both languages.
        for lang in hosho::lang::Lang::ALL {
            let w = t.words(lang);
            for id in [format!("option-{}", p.id), format!("short-{}", p.id)] {
                assert!(w.has(&id) && !w.text(&id, &[]).is_empty(), "{id}");
            }
        }
    }
    // A conflict has its own sentence or the general one.
    assert!(en.contains_key("warning-conflict"));
    for r in &t.rules.rules {
        let reason = format!("reason-{}", r.id);
        let gate = format!("gate-{}", r.id);
        assert!(
            en.contains_key(&reason) || en.contains_key(&gate),
            "rule {} has no message",
            r.id
        );
    }
    for id in needed {
        assert!(en.contains_key(&id), "no message {id}");
    }
    // Every message emitted for the example answers (and a LINEMO join, which no example
    // reaches) exists, and gets every variable it uses.
    let mut texts: Vec<String> = std::fs::read_dir("assets")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().and_then(|e| e.to_str()) == Some("ron"))
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect();
    texts.push(r#"(today: Some("2026-11-22"), carrier: Linemo, device_source: BringOwn, os: Android, model: Some("Google Pixel 9"), damage_incidents_2y: 4, water_incidents_2y: 0, horizon_months: 24)"#.into());
    // Every carrier, with a device bought at a known and an unknown day.
    for c in t.carriers() {
        for bought in ["None", "Some(\"2026-11-10\")", "Some(\"2026-10\")"] {
            texts.push(format!(r#"(today: Some("2026-11-22"), carrier: {}, device_source: BringOwn, os: Ios, model: Some("iPhone 16"), bought: {bought}, damage_incidents_2y: 2, water_incidents_2y: 0, horizon_months: 24)"#, c.id));
        }
    }
    let names = |args: &hosho::message::Args| args.iter().map(|(k, _)| *k).collect::<Vec<_>>();
    for text in texts {
        let p = hosho::answers::Answers::parse(&text)
            .unwrap()
            .resolve(&text, &t, hosho::calendar::Date::today_local())
            .unwrap();
        let a = hosho::engine::advise(&p, &t);
        let mut emitted: Vec<(String, Vec<&str>)> = Vec::new();
        emitted.extend(
            a.reasons
                .iter()
                .map(|r| (format!("reason-{}", r.rule), names(&r.args))),
        );
        emitted.extend(
            a.next_steps
                .iter()
                .map(|s| (format!("step-{}", s.id), names(&s.args))),
        );
        emitted.extend(a.warnings.iter().map(|w| {
            let id = format!("warning-{}", w.id);
            // A conflict without a sentence of its own takes the general one.
            let id = if en.contains_key(&id) {
                id
            } else {
                "warning-conflict".to_string()
            };
            (id, names(&w.args))
        }));
        emitted.extend(
            a.recommendation
                .checks
                .iter()
                .map(|g| (format!("check-{}", g.rule), names(&g.args))),
        );
        emitted.extend(a.options.iter().flat_map(|o| {
            o.gates
                .iter()
                .map(|g| (format!("gate-{}", g.rule), names(&g.args)))
        }));
        for (id, given) in emitted {
            let used = en.get(&id).unwrap_or_else(|| panic!("no message {id}"));
            for var in used {
                assert!(
                    given.contains(&var.as_str()),
                    "{id} uses ${var}, which the engine does not give"
                );
            }
        }
    }
}

#[test]
fn english_says_one_month_and_one_incident() {
    let t = hosho::tables::Tables::built_in().unwrap();
    let text = r#"(today: Some("2026-11-22"), carrier: Iijmio, device_source: BringOwn, os: Ios,
        model: Some("iPhone 15"), damage_incidents_2y: 1, water_incidents_2y: 1, horizon_months: 1)"#;
    let p = hosho::answers::Answers::parse(text)
        .unwrap()
        .resolve(
            text,
            &t,
            hosho::calendar::Date::parse("2026-11-22").unwrap(),
        )
        .unwrap();
    let a = hosho::engine::advise(&p, &t);
    let words = hosho::i18n::Words::new(hosho::lang::Lang::En);
    for out in [
        hosho::report::render(&a, &words, &t, hosho::report::Format::Text),
        hosho::report::render(&a, &words, &t, hosho::report::Format::Markdown),
    ] {
        for wrong in ["1 months", "1 times", " 1 water incidents", " 1 days"] {
            assert!(!out.contains(wrong), "{wrong:?} in:\n{out}");
        }
        assert!(
            out.contains("for 1 month;") && out.contains("1 water incident in"),
            "{out}"
        );
    }
}

#[test]
fn japanese_reports_and_tables_name_no_ids_debug_forms_or_english_titles() {
    let t = hosho::tables::Tables::built_in().unwrap();
    let words = hosho::i18n::Words::new(hosho::lang::Lang::Ja);
    let mut outputs = vec![hosho::report::figures::render(&t, &words)];
    for (_, p) in common::personas(&t) {
        let a = hosho::engine::advise(&p, &t);
        outputs.push(hosho::report::render(
            &a,
            &words,
            &t,
            hosho::report::Format::Text,
        ));
        outputs.push(hosho::report::render(
            &a,
            &words,
            &t,
            hosho::report::Format::Markdown,
        ));
    }
    assert!(outputs.len() > 5, "the persona files were read");
    let english: Vec<&str> = t
        .sources
        .sources
        .iter()
        .filter(|s| s.title_ja.is_some())
        .map(|s| s.title.as_str())
        .collect();
    for out in &outputs {
        for wrong in [
            "hosho_assumption",
            "Ios",
            "CaseAndFilm",
            "PressRelease",
            "PriceList",
        ] {
            assert!(!out.contains(wrong), "{wrong:?} in:\n{out}");
        }
        for title in &english {
            assert!(!out.contains(title), "{title:?} in:\n{out}");
        }
        // Reports and tables name sources by reference or title, never by id.
        let report = out.contains("hosho：端末保証のアドバイス");
        for s in t.sources() {
            assert!(!out.contains(&s.id), "{:?} in:\n{out}", s.id);
        }
        assert!(
            !report || (!out.contains(" (出典") && !out.contains("]:")),
            "{out}"
        );
    }
}

/// Words that look like internal ids: snake_case tokens outside URLs.
fn snake_ids(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || "（）()「」[]、。,;:：・".contains(c))
        .filter(|w| !w.starts_with("http"))
        .filter(|w| {
            w.contains('_')
                && w.chars().any(|c| c.is_ascii_lowercase())
                && w.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        })
        .map(str::to_string)
        .collect()
}

#[test]
fn tables_list_every_carrier_and_plan_once_and_every_threshold_without_an_id() {
    let t = hosho::tables::Tables::built_in().unwrap();
    let rules = std::fs::read_to_string("data/rules.ron").unwrap();
    let block = &rules[rules.find("thresholds: (").unwrap()..rules.find("rules: [").unwrap()];
    let thresholds = block
        .lines()
        .skip(1)
        .filter(|l| {
            let l = l.trim_start();
            l.contains(": (") && l.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        })
        .count();
    assert_eq!(thresholds, 12, "the rules hold 12 thresholds");
    for lang in [hosho::lang::Lang::Ja, hosho::lang::Lang::En] {
        let words = hosho::i18n::Words::new(lang);
        let out = hosho::report::figures::render(&t, &words);
        assert!(snake_ids(&out).is_empty(), "{:?}", snake_ids(&out));
        for wrong in [
            "Ios",
            "Bare",
            "CaseAndFilm",
            "PressRelease",
            " x1",
            "pro:",
            "plus:",
        ] {
            assert!(!out.contains(wrong), "{wrong:?} in:\n{out}");
        }
        for p in t.plans() {
            let name = words.option(&p.id);
            let headings = out.lines().filter(|l| *l == name).count();
            assert_eq!(headings, 1, "{name} is listed once:\n{out}");
            for n in &p.assumptions {
                assert!(out.contains(n.note_in(lang)), "{}", n.id);
            }
        }
        // The thresholds' section: one row per threshold, each with a source mark and a date.
        let heading = words.text("tables-section-thresholds", &[]);
        let section: Vec<&str> = out
            .split(&heading)
            .nth(1)
            .unwrap()
            .lines()
            .skip(1)
            .take_while(|l| !l.is_empty())
            .collect();
        assert_eq!(section.len(), thresholds, "{section:#?}");
        for row in &section {
            assert!(row.contains("202"), "every threshold has a date: {row}");
        }
        // Every device of the catalog, in a column of its own.
        for d in t.devices() {
            assert!(
                out.lines().any(|l| l.trim_start().starts_with(&d.name)),
                "{}",
                d.name
            );
        }
    }
}

/// A run of English words: three in a row, two or more of them all lowercase.
fn english_run(line: &str) -> Option<String> {
    let mut run: Vec<&str> = Vec::new();
    for w in line.split(' ') {
        if w.is_empty() || !w.chars().all(|c| c.is_ascii_alphabetic() || c == '\'') {
            run.clear();
            continue;
        }
        run.push(w);
        let lower = run
            .iter()
            .filter(|w| w.len() > 1 && w.chars().all(|c| c.is_ascii_lowercase()))
            .count();
        if run.len() >= 3 && lower >= 2 {
            return Some(run.join(" "));
        }
    }
    None
}

#[test]
fn japanese_screens_show_no_id_debug_form_or_english_sentence() {
    // The kiosk's attract screen invites in both languages on purpose.
    let en = hosho::i18n::Words::new(hosho::lang::Lang::En);
    let invitation = [en.text("attract-title", &[]), en.text("attract-press", &[])];
    let mut read = 0;
    for entry in std::fs::read_dir("tests/suite/snapshots").unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if !name.contains("_ja_") || !name.ends_with(".snap") {
            continue;
        }
        read += 1;
        let text = std::fs::read_to_string(&path).unwrap();
        // The screen's rows, without insta's header and its notes on wide characters.
        // The header runs from the first `---` to the second.
        let screen: Vec<&str> = text
            .lines()
            .skip(1)
            .skip_while(|l| *l != "---")
            .skip(1)
            .map(|l| l.split("\" Hidden by").next().unwrap_or(l))
            .collect();
        for line in screen {
            assert!(snake_ids(line).is_empty(), "{name}: {line}");
            for debug in [
                "Ios",
                "BringOwn",
                "BuyNew",
                "BuyUsed",
                "CaseAndFilm",
                "Iijmio",
                "Linemo",
                "Undecided",
                "Averse",
                "seed_",
            ] {
                assert!(!line.contains(debug), "{name}: {debug:?} in {line}");
            }
            if !invitation.iter().any(|i| line.contains(i.as_str())) {
                assert_eq!(english_run(line), None, "{name}: {line}");
            }
        }
    }
    assert!(read > 30, "{read} Japanese screens read");
}

#[test]
fn english_screens_use_the_singular_for_one() {
    let mut read = 0;
    for entry in std::fs::read_dir("tests/suite/snapshots").unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if !name.contains("_en_") {
            continue;
        }
        read += 1;
        let text = std::fs::read_to_string(&path).unwrap();
        for wrong in [
            " 1 times",
            " 1 months",
            " 1 days",
            " 1 years",
            " 1 incidents",
        ] {
            assert!(!text.contains(wrong), "{name}: {wrong:?}");
        }
    }
    assert!(read > 30, "{read} English screens read");
}
