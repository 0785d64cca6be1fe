//! Japanese and English line breaking on the persona files' verdicts at 80 and 120 columns:
//! no line starts with a closing mark or ends with an opening one, a plan's name is never
//! split, an amount stays with its unit and no paragraph ends on a lone 「す。」.

use hosho::i18n::{Lang, Words};
use hosho::report::document::Document;
use hosho::tui::wrap::wrap;
use unicode_width::UnicodeWidthStr;

const NO_START: &str = "。、）」』】〕！？・：；,.)!?:;";
const NO_END: &str = "（「『【〔(";

/// Every persona's verdict and reasons, in one language.
fn verdicts(words: &Words) -> Vec<String> {
    let t = hosho::tables::Tables::built_in().unwrap();
    let clock = hosho::calendar::Date::parse("2026-11-22").unwrap();
    let mut out = Vec::new();
    for entry in std::fs::read_dir("assets").unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ron") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let Ok(answers) = hosho::answers::Answers::parse(&text) else {
            continue;
        };
        let Ok(p) = answers.resolve(&text, &t, clock) else {
            continue;
        };
        let d = Document::new(&hosho::engine::advise(&p, &t), words, &t);
        out.push(d.headline.clone());
        out.push(d.basis.clone());
        out.extend(d.reasons.iter().map(|r| r.line.clone()));
    }
    assert!(out.len() > 20, "the persona files were read");
    out
}

/// The plans' names as a person reads them.
fn names(words: &Words) -> Vec<String> {
    let t = hosho::tables::Tables::built_in().unwrap();
    t.plans
        .plans
        .iter()
        .flat_map(|p| {
            words
                .option(&p.id)
                .split(' ')
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .filter(|n| !n.is_ascii())
        .collect()
}

#[test]
fn verdicts_break_by_the_rules_at_80_and_120_columns() {
    for lang in Lang::ALL {
        let words = Words::new(lang);
        let names = names(&words);
        for text in verdicts(&words) {
            for width in [80, 120, 40] {
                let lines = wrap(&text, width);
                let joined: String = lines.concat().split_whitespace().collect();
                let whole: String = text.split_whitespace().collect();
                assert_eq!(joined, whole, "nothing lost at {width}");
                for (i, line) in lines.iter().enumerate() {
                    assert!(line.width() <= width, "{width}: {line}");
                    let first = line.chars().next().unwrap();
                    assert!(i == 0 || !NO_START.contains(first), "{width}: {lines:#?}");
                    let last = line.chars().last().unwrap();
                    assert!(!NO_END.contains(last), "{width}: {lines:#?}");
                }
                for n in names.iter().filter(|n| text.contains(n.as_str())) {
                    assert!(
                        lines.iter().any(|l| l.contains(n.as_str())),
                        "{n} split at {width}: {lines:#?}"
                    );
                }
                if lang == Lang::Ja && lines.len() > 1 {
                    let last = lines.last().unwrap();
                    assert!(last.width() > 4, "a lone {last:?} at {width}: {lines:#?}");
                }
                for amount in text.split(|c: char| !(c.is_ascii_digit() || c == ',' || c == '円'))
                {
                    if amount.ends_with('円') && amount.len() > 3 {
                        assert!(
                            lines.iter().any(|l| l.contains(amount)),
                            "{amount} split at {width}: {lines:#?}"
                        );
                    }
                }
            }
        }
    }
}
