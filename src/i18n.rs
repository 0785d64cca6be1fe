//! Words: the Fluent bundles for Japanese and English (embedded at build time), and the
//! formatting of messages' arguments ([`crate::message`]) in the reader's language.

use crate::calendar::{Date, YearMonth};
use crate::lang::Lang;
use crate::message::{Arg, Args};
use fluent::{FluentArgs, FluentBundle, FluentResource};
use unic_langid::LanguageIdentifier;

/// The Fluent files of each language, in load order.
pub const FILES: [&str; 5] = [
    "advice.ftl",
    "report.ftl",
    "errors.ftl",
    "tui.ftl",
    "help.ftl",
];

const JA: [&str; 5] = [
    include_str!("../locales/ja/advice.ftl"),
    include_str!("../locales/ja/report.ftl"),
    include_str!("../locales/ja/errors.ftl"),
    include_str!("../locales/ja/tui.ftl"),
    include_str!("../locales/ja/help.ftl"),
];
const EN: [&str; 5] = [
    include_str!("../locales/en/advice.ftl"),
    include_str!("../locales/en/report.ftl"),
    include_str!("../locales/en/errors.ftl"),
    include_str!("../locales/en/tui.ftl"),
    include_str!("../locales/en/help.ftl"),
];

/// The words of the plans that people ask about, in the order they are explained
/// (`term-<id>` names one, `term-<id>-means` explains it).
pub const TERMS: [&str; 8] = [
    "copay",
    "yearly_limit",
    "byod",
    "total_loss",
    "natural_failure",
    "authorized_repair",
    "replacement",
    "waiting",
];

/// The words of the plans explained, one paragraph each ("Copay (自己負担): what you pay…").
pub fn glossary(w: &Words) -> Vec<String> {
    TERMS
        .iter()
        .map(|id| {
            format!(
                "{}{}{}",
                w.text(&format!("term-{id}"), &[]),
                w.text("terms-between", &[]),
                w.text(&format!("term-{id}-means"), &[])
            )
        })
        .collect()
}

/// The Fluent sources of a language, in the order of [`FILES`].
pub fn sources(lang: Lang) -> [&'static str; 5] {
    match lang {
        Lang::Ja => JA,
        Lang::En => EN,
    }
}

/// The value of text that is a plain whole number ("12", not "012", "1,000" or "0.5").
fn whole_number(text: &str) -> Option<i64> {
    let plain = !text.is_empty()
        && text.len() <= 12
        && text.bytes().all(|b| b.is_ascii_digit())
        && (text == "0" || !text.starts_with('0'));
    plain.then(|| text.parse().ok()).flatten()
}

/// The words of one language: the Fluent bundle, and the names the tables give (plans,
/// carriers, variants) in this language. A message is parsed the first time it is asked
/// for, so a command pays only for the words it prints.
pub struct Words {
    pub lang: Lang,
    /// The messages parsed so far.
    bundle: std::cell::RefCell<FluentBundle<FluentResource>>,
    /// Names from the tables by message id (`option-<plan>`, `short-<plan>`, `carrier-<id>`).
    names: std::collections::HashMap<String, String>,
    /// The built-in tables' names stand behind `names` (read only if one is asked for).
    built_in_names: bool,
}

/// Each message's Fluent source, sorted by id, split from the files of each language by
/// `build.rs` (the files hold no terms and no message refers to another, so each parses alone).
mod messages {
    include!(concat!(env!("OUT_DIR"), "/messages.rs"));
}

/// The names the built-in tables give (plans, variants, carriers), by message id, sorted: the
/// build reads them from `data/` with the tables' own schema.
mod embedded_names {
    include!(concat!(env!("OUT_DIR"), "/names.rs"));
}

/// An entry of one of the sorted lists the build embeds.
fn lookup(all: &'static [(&'static str, &'static str)], id: &str) -> Option<&'static str> {
    all.binary_search_by(|(k, _)| (*k).cmp(id))
        .ok()
        .map(|i| all[i].1)
}

/// The names the built-in plans, variants and carriers give in a language, by message id.
pub fn built_in_names(lang: Lang) -> &'static [(&'static str, &'static str)] {
    match lang {
        Lang::Ja => embedded_names::JA,
        Lang::En => embedded_names::EN,
    }
}

/// The name a built-in plan or carrier gives, by message id, in a language.
fn built_in_name(lang: Lang, id: &str) -> Option<&'static str> {
    lookup(built_in_names(lang), id)
}

/// The Fluent source of message `id` in a language.
fn message_source(lang: Lang, id: &str) -> Option<&'static str> {
    lookup(
        match lang {
            Lang::Ja => messages::JA,
            Lang::En => messages::EN,
        },
        id,
    )
}

impl Words {
    /// Loads the embedded bundle of a language, with the built-in tables' names.
    pub fn new(lang: Lang) -> Words {
        Words::with_names(lang, true)
    }

    /// The embedded bundle of a language, with the built-in tables' names or none.
    fn with_names(lang: Lang, built_in_names: bool) -> Words {
        let id: LanguageIdentifier = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new(vec![id]);
        bundle.set_use_isolating(false);
        Words {
            lang,
            bundle: std::cell::RefCell::new(bundle),
            names: std::collections::HashMap::new(),
            built_in_names,
        }
    }

    /// A name the tables give, by message id.
    fn name(&self, id: &str) -> Option<&str> {
        self.names.get(id).map(String::as_str).or_else(|| {
            self.built_in_names
                .then(|| built_in_name(self.lang, id))
                .flatten()
        })
    }

    /// Parses message `id` into the bundle if it is not there yet; false when there is no
    /// such message (or it does not parse: the tests check every file).
    fn load(&self, id: &str) -> bool {
        if self.bundle.borrow().has_message(id) {
            return true;
        }
        let Some(source) = message_source(self.lang, id) else {
            return false;
        };
        if let Ok(resource) = FluentResource::try_new(source.to_string()) {
            let _ = self.bundle.borrow_mut().add_resource(resource);
        }
        self.bundle.borrow().has_message(id)
    }

    /// Takes the names a table set gives its plans, variants and carriers, by message id
    /// (the tables make them: [`crate::tables::Tables::words`]).
    pub fn learn(&mut self, names: impl IntoIterator<Item = (String, String)>) {
        self.names.extend(names);
    }

    /// The words of a language without any table's names (for checking the tables
    /// themselves).
    pub fn bare(lang: Lang) -> Words {
        Words::with_names(lang, false)
    }

    /// Runs `f` with the words of `lang`, loaded once per thread and kept.
    pub fn with<R>(lang: Lang, f: impl FnOnce(&Words) -> R) -> R {
        thread_local! {
            static LOADED: std::cell::RefCell<Vec<std::rc::Rc<Words>>> =
                const { std::cell::RefCell::new(Vec::new()) };
        }
        let words = LOADED.with(|loaded| {
            let mut loaded = loaded.borrow_mut();
            match loaded.iter().find(|w| w.lang == lang) {
                Some(w) => w.clone(),
                None => {
                    let w = std::rc::Rc::new(Words::new(lang));
                    loaded.push(w.clone());
                    w
                }
            }
        });
        f(&words)
    }

    /// Whether a message id exists.
    pub fn has(&self, id: &str) -> bool {
        self.name(id).is_some() || message_source(self.lang, id).is_some()
    }

    /// A message with plain string arguments; the id itself when the message is missing.
    pub fn text(&self, id: &str, args: &[(&str, String)]) -> String {
        if let Some(name) = self.name(id) {
            return name.to_string();
        }
        if !self.load(id) {
            return id.to_string();
        }
        let bundle = self.bundle.borrow();
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            return id.to_string();
        };
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            // A whole number goes in as a number, so that English can say "1 month" and
            // "2 months" by the plural rules; it prints the same.
            match whole_number(v) {
                Some(n) => fa.set(*k, n),
                None => fa.set(*k, v.clone()),
            }
        }
        let mut errors = Vec::new();
        bundle
            .format_pattern(pattern, Some(&fa), &mut errors)
            .into_owned()
    }

    /// A message with the engine's arguments, each formatted for this language.
    pub fn msg(&self, id: &str, args: &Args) -> String {
        let plain: Vec<(&str, String)> = args.iter().map(|(k, a)| (*k, self.arg(a))).collect();
        self.text(id, &plain)
    }

    /// One argument as text.
    pub fn arg(&self, a: &Arg) -> String {
        match a {
            Arg::Yen(y) => crate::yen::format(*y, self.lang),
            Arg::Int(n) => n.to_string(),
            Arg::Dec(x) => decimal(*x),
            Arg::Option(id) => self.option(id),
            Arg::Text(t) => t.clone(),
            // Reports cite a source by its reference; see `report::document`.
            Arg::Source(_) => self.text("source-unnamed", &[]),
            Arg::Month(m) => self.month(*m),
            Arg::Date(d) => self.date(*d),
            Arg::Words(id) => self.text(id, &[]),
            Arg::WordList(ids) => {
                let sep = self.text("list-separator", &[]);
                let words: Vec<String> = ids.iter().map(|id| self.text(id, &[])).collect();
                words.join(&sep)
            }
            Arg::Carrier(id) => self.carrier(id),
            Arg::Span(days) => self.span(*days),
            Arg::Said(en, ja) => match self.lang {
                Lang::Ja => ja.clone(),
                Lang::En => en.clone(),
            },
            Arg::Later(items) => {
                let sep = self.text("list-separator", &[]);
                items
                    .iter()
                    .map(|l| {
                        let name = self.text(&format!("short-{}", l.option), &[]);
                        match l.until {
                            Some(d) => self.text(
                                "later-item-until",
                                &[("option", name), ("date", self.date(d))],
                            ),
                            None => self.text(
                                "later-item-days",
                                &[("option", name), ("span", self.span(l.days))],
                            ),
                        }
                    })
                    .collect::<Vec<_>>()
                    .join(&sep)
            }
        }
    }

    /// An option's name (plan id, `skip`, `buy_spare`).
    pub fn option(&self, id: &str) -> String {
        self.text(&format!("option-{id}"), &[])
    }

    /// An option's name with the variant priced, where it has several ("Mysurance スマホ保険
    /// スタンダードプラン").
    pub fn option_variant(&self, id: &str, variant: Option<&str>) -> String {
        let name = self.option(id);
        match variant.map(|v| format!("variant-{id}-{v}")) {
            Some(v) if self.name(&v).is_some() => self.text(
                "option-with-variant",
                &[("option", name), ("variant", self.text(&v, &[]))],
            ),
            _ => name,
        }
    }

    /// A span of days: "30日", "1年"; "30 days", "1 year".
    pub fn span(&self, days: u32) -> String {
        if days > 0 && days.is_multiple_of(365) {
            self.text("span-years", &[("years", (days / 365).to_string())])
        } else {
            self.text("span-days", &[("days", days.to_string())])
        }
    }

    /// A carrier's name; "not decided yet" for `Undecided`.
    pub fn carrier(&self, id: &str) -> String {
        if id == crate::domain::Carrier::UNDECIDED {
            return self.text("choice-undecided", &[]);
        }
        self.text(&format!("carrier-{id}"), &[])
    }

    /// A month: `2027年3月` or `2027-03`.
    pub fn month(&self, m: YearMonth) -> String {
        match self.lang {
            Lang::Ja => format!("{}年{}月", m.year, m.month),
            Lang::En => m.to_string(),
        }
    }

    /// A day: `2026年12月6日` or `2026-12-06`.
    pub fn date(&self, d: Date) -> String {
        match self.lang {
            Lang::Ja => {
                let ym = d.year_month();
                format!("{}年{}月{}日", ym.year, ym.month, d.day())
            }
            Lang::En => d.to_string(),
        }
    }
}

/// A rate or count with up to two decimals, trailing zeros dropped: `0.25`, `1.5`, `2`.
pub fn decimal(x: f64) -> String {
    let s = format!("{x:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s.is_empty() || s == "-0" {
        "0".into()
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod plural_tests {
    use super::*;

    #[test]
    fn english_counts_take_the_plural_rules_and_print_the_same() {
        let w = Words::new(Lang::En);
        let one = w.text("tcol-expected", &[("months", "1".into())]);
        let many = w.text("tcol-expected", &[("months", "24".into())]);
        assert!(one.contains("1 mo"), "{one}");
        let said = w.text(
            "report-date",
            &[
                ("today", "2026-11-22".into()),
                ("months", "1".into()),
                ("as_of", "2026-11".into()),
            ],
        );
        assert!(said.contains("for 1 month;"), "{said}");
        let said = w.text(
            "report-date",
            &[
                ("today", "2026-11-22".into()),
                ("months", "12".into()),
                ("as_of", "2026-11".into()),
            ],
        );
        assert!(said.contains("for 12 months;"), "{said}");
        assert!(many.contains("24"), "{many}");
        assert_eq!(whole_number("09"), None);
        assert_eq!(whole_number("1,000"), None);
        assert_eq!(whole_number("0"), Some(0));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locale_from_environment_values() {
        assert_eq!(Lang::from_locale("ja_JP.UTF-8"), Lang::Ja);
        assert_eq!(Lang::from_locale("en_US.UTF-8"), Lang::En);
        assert_eq!(Lang::from_locale("C"), Lang::En);
        assert_eq!(Lang::from_locale("fr_FR"), Lang::En);
    }

    #[test]
    fn no_bidi_marks_around_values() {
        let w = Words::new(Lang::Ja);
        let s = w.msg("step-register_imei", &vec![("days", Arg::Int(14))]);
        assert!(s.contains("14日以内"), "{s}");
        assert!(!s.contains('\u{2068}') && !s.contains('\u{2069}'));
    }

    #[test]
    fn decimals_are_trimmed() {
        assert_eq!(decimal(0.25), "0.25");
        assert_eq!(decimal(1.5), "1.5");
        assert_eq!(decimal(2.0), "2");
        assert_eq!(decimal(0.221), "0.22");
    }
}
