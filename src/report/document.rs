//! One advice in words, built once: the headline and its basis, the cited reasons, the
//! options table with its key, the conditions, the next steps, the warnings and the numbered
//! references. Every writer (text, Markdown, JSON, the results details, the counter, the QR
//! summary) lays this out; none of them words the advice itself.

use super::headline::headline;
use crate::calendar::Date;
use crate::engine::{Advice, Verdict};
use crate::i18n::Words;
use crate::message::{Arg, Args};
use crate::tables::{Level, SourceKind, Tables};

/// The message ids of the advice's parts, in one place (the locale tests use them too).
pub mod ids {
    /// A reason's message.
    pub fn reason(rule: &str) -> String {
        format!("reason-{rule}")
    }
    /// A condition's message, as the conditions list words it.
    pub fn gate(rule: &str) -> String {
        format!("gate-{rule}")
    }
    /// A condition's message, as the headline asks to check it.
    pub fn check(rule: &str) -> String {
        format!("check-{rule}")
    }
    /// A next step's message.
    pub fn step(id: &str) -> String {
        format!("step-{id}")
    }
    /// A warning's message.
    pub fn warning(id: &str) -> String {
        format!("warning-{id}")
    }
    /// The options table's column titles, in order.
    pub const COLUMNS: [&str; 7] = [
        "col-option",
        "col-monthly",
        "col-fees",
        "col-expected",
        "col-bad-case",
        "col-break-even",
        "col-eligible",
    ];
}

/// A sentence with the references it rests on.
#[derive(Debug, Clone, PartialEq)]
pub struct Cited {
    /// The rule or id it comes from (for JSON).
    pub id: String,
    pub text: String,
    /// The references as a person reads them: `出典：[1][3]`, `hoshoの想定`; empty if none.
    pub cite: String,
    /// The source ids (for JSON).
    pub sources: Vec<String>,
    /// The sentence and its references, as the people-facing writers show it.
    pub line: String,
}

/// One row of the options table.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub id: String,
    pub eligible: bool,
    /// The option's short name, for narrow tables (the counter).
    pub short: String,
    /// Name, monthly fee, fees, expected, bad case, break-even, open to you.
    pub cells: Vec<String>,
}

impl Row {
    /// The monthly fee in words.
    pub fn monthly(&self) -> &str {
        &self.cells[1]
    }

    /// The expected total in words.
    pub fn expected(&self) -> &str {
        &self.cells[3]
    }

    /// The bad-case total in words.
    pub fn bad_case(&self) -> &str {
        &self.cells[4]
    }
}

/// A condition of one option.
#[derive(Debug, Clone, PartialEq)]
pub struct Condition {
    pub option: String,
    pub level: Level,
    /// The level in words.
    pub level_words: String,
    pub said: Cited,
    /// The option, the level and the sentence in one line.
    pub line: String,
}

/// A next step, with its date where it has one.
#[derive(Debug, Clone, PartialEq)]
pub struct StepLine {
    pub id: String,
    pub due: Option<Date>,
    /// `期限：2026年12月6日`.
    pub due_words: Option<String>,
    pub text: String,
}

/// A source as the list at the end shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Reference {
    pub id: String,
    /// `[1]`, or the assumption's name.
    pub mark: String,
    pub title: String,
    pub publisher: Option<String>,
    /// The source's kind in words.
    pub kind_words: String,
    pub kind: SourceKind,
    /// Published or read, in words.
    pub date: String,
    pub url: Option<String>,
    /// The whole entry in one line, mark first.
    pub line: String,
}

/// The advice in words.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    pub title: String,
    /// When the advice was made, for how long, and the date of the tables.
    pub dated: String,
    /// The answers it rests on, a line each (model, price, dates, carrier, history, horizon).
    pub answers: Vec<String>,
    pub headline: String,
    /// What every figure assumes: the months, the rates, and the what-if factor when not ×1.
    pub basis: String,
    pub reasons: Vec<Cited>,
    pub headers: Vec<String>,
    pub rows: Vec<Row>,
    /// What the columns mean, in a line under the table.
    pub key: String,
    pub conditions: Vec<Condition>,
    pub steps: Vec<StepLine>,
    pub warnings: Vec<Cited>,
    pub references: Vec<Reference>,
    /// The advice in one short line (the QR code's text), the what-if stated when not ×1.
    pub takeaway: String,
}

impl Document {
    /// The document of an advice in the words' language.
    pub fn new(a: &Advice, w: &Words, t: &Tables) -> Document {
        let refs = References::of(a, t, w);
        let text = |id: &str| w.text(id, &[]);
        let reasons = a
            .reasons
            .iter()
            .map(|r| refs.cited(&r.rule, &ids::reason(&r.rule), &r.args, &r.sources, w))
            .collect();
        let conditions = a
            .options
            .iter()
            .flat_map(|o| {
                let refs = &refs;
                o.gates.iter().map(move |g| {
                    let option = w.option(&o.id);
                    let level_words = text(match g.level {
                        Level::Hard => "level-hard",
                        Level::Soft => "level-soft",
                    });
                    let said = refs.cited(&g.rule, &ids::gate(&g.rule), &g.args, &g.sources, w);
                    let line = w.text(
                        "condition-line",
                        &[
                            ("option", option.clone()),
                            ("level", level_words.clone()),
                            ("text", said.line.clone()),
                        ],
                    );
                    Condition {
                        option,
                        level: g.level,
                        level_words,
                        said,
                        line,
                    }
                })
            })
            .collect();
        let steps = a
            .next_steps
            .iter()
            .map(|s| StepLine {
                id: s.id.clone(),
                due: s.due,
                due_words: s.due.map(|d| w.text("due-label", &[("date", w.date(d))])),
                text: refs.words(&ids::step(&s.id), &s.args, w),
            })
            .collect();
        let warnings = a
            .warnings
            .iter()
            .map(|x| {
                // A conflict the locales word on its own reads better; any other (a table set
                // may add one) takes the general sentence.
                let id = ids::warning(&x.id);
                let id = if x.id.starts_with("conflict_") && !w.has(&id) {
                    ids::warning("conflict")
                } else {
                    id
                };
                refs.cited(&x.id, &id, &x.args, &[], w)
            })
            .collect();
        Document {
            title: text("report-title"),
            dated: w.msg(
                "report-date",
                &vec![
                    ("today", Arg::Date(a.today)),
                    ("months", Arg::Int(i64::from(a.horizon_months))),
                    ("as_of", Arg::Month(a.data_as_of)),
                ],
            ),
            answers: super::answers::lines(&a.answers, w),
            headline: headline(a, w),
            basis: basis(a, w),
            reasons,
            headers: super::option_headers(w, a.horizon_months),
            rows: a
                .options
                .iter()
                .map(|o| Row {
                    id: o.id.clone(),
                    eligible: o.eligible,
                    short: w.text(&format!("short-{}", o.id), &[]),
                    cells: super::option_cells(o, w),
                })
                .collect(),
            key: w.text(
                "report-key",
                &[
                    ("months", a.horizon_months.to_string()),
                    ("percent", bad_case_percent(a.bad_case_quantile).to_string()),
                ],
            ),
            conditions,
            steps,
            warnings,
            references: refs.list,
            takeaway: takeaway(a, w, factor_tried(a)),
        }
    }
}

/// A gate's sentence, as the conditions word it (gates cite no source inside the sentence).
pub fn gate_text(rule: &str, args: &Args, w: &Words) -> String {
    w.msg(&ids::gate(rule), args)
}

/// The advice in one short line: the verdict and its money, what to check first, then the
/// what-if when `what_if`.
pub fn takeaway(a: &Advice, w: &Words, what_if: bool) -> String {
    let rec = &a.recommendation;
    let verdict = match rec.action {
        Verdict::Join => {
            let plan = rec.plan.clone().unwrap_or_default();
            let fee = a
                .option(&plan)
                .and_then(|o| o.monthly_fee_yen)
                .map_or(0, i64::from);
            let imei = a
                .next_steps
                .iter()
                .find(|s| s.id.starts_with("register_imei"))
                .and_then(|s| s.due);
            let mut args = vec![("plan", w.option(&plan)), ("fee", w.arg(&Arg::Yen(fee)))];
            match imei {
                Some(d) => {
                    args.push(("imei", w.date(d)));
                    w.text("qr-join", &args)
                }
                None => w.text("qr-join-noimei", &args),
            }
        }
        Verdict::Skip => w.text(
            "qr-skip",
            &[
                ("months", a.horizon_months.to_string()),
                ("total", w.arg(&Arg::Yen(rec.total_yen))),
            ],
        ),
        Verdict::BuySpare => {
            let spare = a.option("buy_spare").map_or(0, |o| o.fees_yen);
            w.text("qr-buy_spare", &[("spare", w.arg(&Arg::Yen(spare)))])
        }
        Verdict::BuyApart => {
            let variant = a.option(&rec.chosen).and_then(|o| o.variant.as_deref());
            let mut args = vec![("option", w.option_variant(&rec.chosen, variant))];
            args.push((
                "dated",
                if rec.until.is_some() { "yes" } else { "no" }.into(),
            ));
            if let Some(d) = rec.until {
                args.push(("until", w.date(d)));
            }
            w.text("qr-buy_apart", &args)
        }
    };
    // What to check before acting on it, as the headline asks first.
    let verdict = match rec.checks.first() {
        Some(gate) => {
            let check = w.msg(&ids::check(&gate.rule), &gate.args);
            let gap = w.text("sentence-gap", &[]);
            format!("{verdict}{gap}{}", w.text("qr-check", &[("check", check)]))
        }
        None => verdict,
    };
    if !what_if {
        return verdict;
    }
    let what_if = w.text(
        "qr-what-if",
        &[
            ("factor", w.arg(&Arg::Dec(a.rate_factor))),
            ("months", a.horizon_months.to_string()),
        ],
    );
    format!("{verdict}{}{what_if}", w.text("sentence-gap", &[]))
}

/// Whether the advice was priced under a breakage factor other than ×1.
fn factor_tried(a: &Advice) -> bool {
    (a.rate_factor - 1.0).abs() > 1e-9
}

/// The share of outcomes the bad case averages, in percent (10 for the worst 10%).
fn bad_case_percent(quantile: f64) -> i64 {
    ((1.0 - quantile) * 100.0).round() as i64
}

/// The basis of every figure: the months, the yearly rates, and the what-if when one is on.
pub fn basis(a: &Advice, w: &Words) -> String {
    let tried = factor_tried(a);
    w.text(
        "report-basis",
        &[
            ("months", a.horizon_months.to_string()),
            ("damage", w.arg(&Arg::Dec(a.damage_per_year))),
            ("water", w.arg(&Arg::Dec(a.water_per_year))),
            ("gone", w.arg(&Arg::Dec(a.gone_per_year))),
            ("factor", w.arg(&Arg::Dec(a.rate_factor))),
            ("tried", if tried { "yes" } else { "no" }.into()),
        ],
    )
}

/// The sources an advice cites, numbered: official pages first, then press releases, price
/// lists, surveys and blogs, each group in order of first use; hosho's own assumption last,
/// named rather than numbered.
/// The sources a text cites, numbered in the order they are listed.
pub struct References {
    pub list: Vec<Reference>,
}

impl References {
    fn of(a: &Advice, t: &Tables, w: &Words) -> References {
        let mut ids: Vec<String> = Vec::new();
        let from_args = |args: &Args| -> Vec<String> {
            args.iter()
                .filter_map(|(_, x)| match x {
                    Arg::Source(id) => Some(id.clone()),
                    _ => None,
                })
                .collect()
        };
        let mut named: Vec<String> = Vec::new();
        for r in &a.reasons {
            named.extend(r.sources.iter().cloned());
            named.extend(from_args(&r.args));
        }
        for g in a.options.iter().flat_map(|o| o.gates.iter()) {
            named.extend(g.sources.iter().cloned());
        }
        for x in &a.warnings {
            named.extend(from_args(&x.args));
        }
        for id in named {
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        References::numbered(&ids, t, w)
    }

    /// Every source of the tables, numbered as `hosho tables` lists them.
    pub fn every(t: &Tables, w: &Words) -> References {
        let ids: Vec<String> = t.sources().iter().map(|s| s.id.clone()).collect();
        References::numbered(&ids, t, w)
    }

    /// The sources of `ids` ranked by kind (official pages first, hosho's assumptions last and
    /// named) and numbered in that order.
    fn numbered(ids: &[String], t: &Tables, w: &Words) -> References {
        let rank = |k: SourceKind| match k {
            SourceKind::Official => 0,
            SourceKind::PressRelease => 1,
            SourceKind::PriceList => 2,
            SourceKind::News => 3,
            SourceKind::Dataset => 4,
            SourceKind::Survey => 5,
            SourceKind::Blog => 6,
            SourceKind::Assumption => 7,
        };
        let mut known: Vec<&crate::tables::Source> =
            ids.iter().filter_map(|id| t.source(id)).collect();
        known.sort_by_key(|s| rank(s.kind));
        let mut n = 0;
        let list = known
            .into_iter()
            .map(|s| {
                let mark = if s.kind == SourceKind::Assumption {
                    w.text("source-assumption", &[])
                } else {
                    n += 1;
                    format!("[{n}]")
                };
                reference(s, mark, w)
            })
            .collect();
        References { list }
    }

    /// The mark of a source id; `None` for an id the tables do not hold.
    pub fn mark(&self, id: &str) -> Option<&str> {
        self.list
            .iter()
            .find(|r| r.id == id)
            .map(|r| r.mark.as_str())
    }

    /// A message with its source arguments shown as their marks.
    fn words(&self, id: &str, args: &Args, w: &Words) -> String {
        let args: Args = args
            .iter()
            .map(|(k, x)| match x {
                Arg::Source(s) => (
                    *k,
                    Arg::Text(
                        self.mark(s)
                            .map_or_else(|| w.text("source-unnamed", &[]), str::to_string),
                    ),
                ),
                other => (*k, other.clone()),
            })
            .collect();
        w.msg(id, &args)
    }

    /// A message and the references it rests on.
    fn cited(&self, rule: &str, id: &str, args: &Args, sources: &[String], w: &Words) -> Cited {
        let mut numbered: Vec<&str> = Vec::new();
        let mut assumed = false;
        for s in sources {
            match self.list.iter().find(|r| &r.id == s) {
                Some(r) if r.kind == SourceKind::Assumption => assumed = true,
                Some(r) => numbered.push(r.mark.as_str()),
                None => {}
            }
        }
        // In the list's order, so that [1][3] never reads [3][1].
        numbered.sort_by_key(|m| self.list.iter().position(|r| r.mark == *m));
        let refs = numbered.concat();
        let cite = match (refs.is_empty(), assumed) {
            (true, false) => String::new(),
            (true, true) => w.text("source-assumption", &[]),
            (false, false) => w.text("cite-refs", &[("refs", refs)]),
            (false, true) => w.text("cite-refs-assumed", &[("refs", refs)]),
        };
        let text = self.words(id, args, w);
        let line = if cite.is_empty() {
            text.clone()
        } else {
            w.text("cited", &[("text", text.clone()), ("source", cite.clone())])
        };
        Cited {
            id: rule.to_string(),
            text,
            cite,
            sources: sources.to_vec(),
            line,
        }
    }
}

/// A source's entry in the list at the end.
fn reference(s: &crate::tables::Source, mark: String, w: &Words) -> Reference {
    let title = s.title_in(w.lang).to_string();
    let publisher = s.publisher_in(w.lang).map(str::to_string);
    let kind_words = w.text(&format!("source-kind-{}", s.kind.id()), &[]);
    // A page without a date says so: its month is when it was read.
    let date = if s.undated {
        w.text("source-undated", &[("read", w.month(s.as_of))])
    } else {
        w.month(s.as_of)
    };
    let entry = if s.kind == SourceKind::Assumption {
        w.text("source-entry-assumption", &[("title", title.clone())])
    } else {
        w.text(
            "source-entry",
            &[
                ("title", title.clone()),
                ("publisher", publisher.clone().unwrap_or_default()),
                (
                    "known",
                    if publisher.is_some() { "yes" } else { "no" }.into(),
                ),
                ("kind", kind_words.clone()),
                ("date", date.clone()),
            ],
        )
    };
    let line = match &s.url {
        _ if s.kind == SourceKind::Assumption => entry,
        Some(url) => format!("{mark} {entry} {url}"),
        None => format!("{mark} {entry}"),
    };
    Reference {
        id: s.id.clone(),
        mark,
        title,
        publisher,
        kind_words,
        kind: s.kind,
        date,
        url: s.url.clone(),
        line,
    }
}
