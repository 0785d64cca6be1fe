//! The questionnaire in words: a question's label, the draft's answer as a person reads it,
//! and what a question still needs. Every sentence comes from `locales/*/tui.ftl`.

use super::control::{Blank, Control, Item};
use super::draft::Draft;
use super::entry::EntryError;
use super::question::Question;
use crate::answers::{Fault, FieldFault};
use crate::i18n::Words;
use crate::tables::Tables;
use crate::yen;

/// The question's short label (the review line, the form row).
pub fn label(q: Question, w: &Words) -> String {
    w.text(&format!("label-{}", q.id()), &[])
}

/// "I don't know" as an answer, with the figure hosho assumes instead.
pub fn unknown(q: Question, d: &Draft, w: &Words, t: &Tables) -> String {
    match q {
        Question::LinemoFee => w.text("unknown-linemo_fee", &assumed_fee(d, w, t)),
        _ => w.text(&format!("unknown-{}", q.id()), &[]),
    }
}

/// The AppleCare Services fee hosho assumes for the draft's model when it is not given: its
/// nearest model family's, else the highest listed.
fn assumed_fee(d: &Draft, w: &Words, t: &Tables) -> [(&'static str, String); 2] {
    let (fee, nearest) = t.linemo_assumed_fee(d.model.as_deref());
    [
        ("fee", yen::format(i64::from(fee), w.lang)),
        ("nearest", if nearest { "yes" } else { "no" }.into()),
    ]
}

/// A line of a list entry in words.
pub fn item(i: &Item, w: &Words) -> String {
    w.msg(&i.id, &i.args)
}

/// The value a choice holds in the draft, said by `say` (empty when none is chosen).
fn chosen(e: Control, d: &Draft, t: &Tables, say: impl Fn(&Item) -> String) -> String {
    e.items(d, t)
        .iter()
        .find(|i| i.on)
        .map(say)
        .unwrap_or_default()
}

/// The draft's answer to a question, in words.
pub fn answer(q: Question, d: &Draft, w: &Words, t: &Tables) -> String {
    let e = q.control();
    match e {
        Control::Choice(_) => chosen(e, d, t, |i| item(i, w)),
        Control::Switches(_) => {
            let on: Vec<String> = e
                .items(d, t)
                .iter()
                .filter(|i| i.on)
                .map(|i| item(i, w))
                .collect();
            if on.is_empty() {
                w.text("entry-none", &[])
            } else {
                on.join(w.text("list-separator", &[]).as_str())
            }
        }
        Control::Model => d
            .model
            .clone()
            .unwrap_or_else(|| w.text("model-not-listed", &[])),
        Control::Number(n) => match (n.get)(d) {
            Some(v) if n.yen => yen::format(i64::from(v), w.lang),
            Some(v) => v.to_string(),
            None if n.may_be_unknown => unknown(q, d, w, t),
            None => w.text("entry-missing", &[]),
        },
        Control::Month(m) => match (m.words(d, w), m.blank) {
            (Some(said), _) => said,
            (None, Blank::Nothing) => w.text("entry-none", &[]),
            (None, Blank::Unknown) => unknown(q, d, w, t),
        },
    }
}

/// The draft's answer in few words, for a form row: "not listed" and "don't know" without
/// their explanations (the figure assumed stays).
pub fn brief_answer(q: Question, d: &Draft, w: &Words, t: &Tables) -> String {
    let unknown = match q.control() {
        Control::Model if d.model.is_none() => return w.text("brief-not-listed", &[]),
        Control::Number(n) => n.may_be_unknown && (n.get)(d).is_none(),
        Control::Month(m) => m.blank == Blank::Unknown && m.text(d).is_none(),
        _ => false,
    };
    match (unknown, q) {
        (true, Question::LinemoFee) => w.text("brief-unknown-fee", &assumed_fee(d, w, t)),
        (true, _) => w.text("brief-unknown", &[]),
        (false, _) => answer(q, d, w, t),
    }
}

/// A choice as a one-line row shows it: its short name (`brief-choice-…`) where it has one.
pub fn brief_item(i: &Item, w: &Words) -> String {
    let brief = format!("brief-{}", i.id);
    if w.has(&brief) {
        w.msg(&brief, &i.args)
    } else {
        item(i, w)
    }
}

/// The answer as the counter's one-line row shows it: a choice by its short name.
pub fn row_answer(q: Question, d: &Draft, w: &Words, t: &Tables) -> String {
    let e = q.control();
    match e {
        Control::Choice(_) => chosen(e, d, t, |i| brief_item(i, w)),
        _ => brief_answer(q, d, w, t),
    }
}

/// The values of a choice numbered as the number keys pick them ("1 IIJmio"), short names.
pub fn numbered_choices(q: Question, d: &Draft, w: &Words, t: &Tables) -> Vec<String> {
    match q.control() {
        e @ Control::Choice(_) => e
            .items(d, t)
            .iter()
            .take(9) // the keys 1 to 9
            .enumerate()
            .map(|(n, i)| format!("{} {}", n + 1, brief_item(i, w)))
            .collect(),
        _ => Vec::new(),
    }
}

/// Why a typed entry was not taken.
pub fn entry_error(e: EntryError, w: &Words) -> String {
    match e {
        EntryError::OutOfRange { min, max } => w.text(
            "entry-range",
            &[("min", yen::group(min)), ("max", yen::group(max))],
        ),
        EntryError::NotANumber => w.text("entry-number", &[]),
        EntryError::NotAMonth => w.text("entry-month", &[]),
        EntryError::NotADay => w.text("entry-day", &[]),
    }
}

/// What the answers still need, naming the question: "Price: choose the model…".
pub fn problem(p: &FieldFault, w: &Words) -> String {
    let need = match &p.fault {
        Fault::NeedPriceOrModel => w.text("need-price", &[]),
        Fault::ReleaseAfterToday { released, .. } => w.text(
            "need-release-after-today",
            &[("released", w.month(*released))],
        ),
        Fault::OutOfRange { min, max, .. } => entry_error(
            EntryError::OutOfRange {
                min: *min,
                max: *max,
            },
            w,
        ),
        Fault::ModelOsMismatch { model, .. } => {
            w.text("need-model-os", &[("model", model.clone())])
        }
        Fault::BoughtAfterToday { .. } => w.text("need-bought-after-today", &[]),
        Fault::DateOutOfRange { .. } => {
            let (first, last) = crate::answers::bounds::YEARS;
            w.text(
                "need-date-range",
                &[("first", first.to_string()), ("last", last.to_string())],
            )
        }
        Fault::ReleasedBeforeCatalog { model, catalog, .. } => w.text(
            "need-released-before-catalog",
            &[("model", model.clone()), ("catalog", w.month(*catalog))],
        ),
        Fault::BoughtBeforeRelease { released, .. } => w.text(
            "need-bought-before-release",
            &[("released", w.month(*released))],
        ),
        _ => w.text("need-check", &[]),
    };
    let q = Question::asking(p.field);
    w.text("problem-line", &[("label", label(q, w)), ("need", need)])
}
