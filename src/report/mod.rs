//! The non-interactive reports of an [`Advice`]: JSON for shop systems, text and Markdown for
//! people. All three read the same advice and the same words; none recomputes anything.
//! Beside them, `hosho tables`: the figures in force, with their sources ([`figures`]).

pub mod answers;
pub mod document;
pub mod figures;
pub mod headline;
pub mod json;
pub mod markdown;
pub mod text;

use crate::engine::{Advice, OptionResult};
use crate::i18n::Words;
use crate::tables::{Level, SourceKind, Tables};
pub use document::Document;
pub use headline::headline;
use unicode_width::UnicodeWidthStr;

/// The output formats of `hosho advise`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Json,
    Text,
    Markdown,
}

/// Renders an advice in a format.
pub fn render(advice: &Advice, words: &Words, tables: &Tables, format: Format) -> String {
    let d = Document::new(advice, words, tables);
    match format {
        Format::Json => json::write(advice, &d, words, tables),
        Format::Text => text::write(&d, words),
        Format::Markdown => markdown::write(&d, words),
    }
}

/// Whether an option is open to the user, in words: yes, no, or check first.
pub fn open_to_you(o: &OptionResult, words: &Words) -> String {
    let id = if !o.eligible {
        "value-no"
    } else if o.gates.iter().any(|g| g.level == Level::Soft) {
        "value-soft"
    } else {
        "value-yes"
    };
    words.text(id, &[])
}

/// A table row's cells for an option.
pub fn option_cells(o: &OptionResult, words: &Words) -> Vec<String> {
    let yen = |y: i64| crate::yen::format(y, words.lang);
    let eligible = open_to_you(o, words);
    let name = match o.replaces_over_yen {
        Some(over) => words.text(
            "option-buy_spare-over",
            &[
                ("over", yen(i64::from(over))),
                ("any", if over == 0 { "yes" } else { "no" }.into()),
            ],
        ),
        None => words.option_variant(&o.id, o.variant.as_deref()),
    };
    vec![
        name,
        match (o.paid_at_once_yen, o.monthly_fee_yen) {
            (Some(lump), _) => words.text("fee-at-once", &[("yen", yen(i64::from(lump)))]),
            (None, Some(f)) => yen(i64::from(f)),
            (None, None) => words.text("value-none", &[]),
        },
        yen(o.fees_yen),
        yen(o.expected_total_yen),
        yen(o.bad_case_total_yen),
        o.break_even_incidents
            .map_or(words.text("value-none", &[]), |b| {
                words.text("break-even-value", &[("count", crate::i18n::decimal(b))])
            }),
        eligible,
    ]
}

/// The column titles of the options table; the totals name the months they cover.
pub fn option_headers(words: &Words, months: u32) -> Vec<String> {
    let months = months.to_string();
    document::ids::COLUMNS
        .iter()
        .map(|id| words.text(id, &[("months", months.clone())]))
        .collect()
}

/// Rows laid out in columns as wide as their widest cell, the first row a header with a rule
/// under it; `right(column, columns)` says which columns are right-aligned (amounts).
pub fn grid(rows: &[Vec<String>], right: impl Fn(usize, usize) -> bool) -> Vec<String> {
    let Some(first) = rows.first() else {
        return Vec::new();
    };
    let widths: Vec<usize> = (0..first.len())
        .map(|c| rows.iter().map(|r| r[c].width()).max().unwrap_or(0))
        .collect();
    let mut lines = Vec::with_capacity(rows.len() + 1);
    for (i, row) in rows.iter().enumerate() {
        let cells: Vec<String> = row
            .iter()
            .enumerate()
            .map(|(c, cell)| pad(cell, widths[c], right(c, row.len())))
            .collect();
        lines.push(cells.join("  ").trim_end().to_string());
        if i == 0 {
            let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
            lines.push(rule.join("  "));
        }
    }
    lines
}

/// Pads text to a display width (Japanese characters take two columns).
pub fn pad(text: &str, width: usize, right: bool) -> String {
    let fill = " ".repeat(width.saturating_sub(text.width()));
    if right {
        format!("{fill}{text}")
    } else {
        format!("{text}{fill}")
    }
}

/// A source as `hosho tables` cites it: its title, or "hosho's assumption".
pub fn source_name(id: &str, words: &Words, t: &Tables) -> String {
    match t.source(id) {
        Some(s) if s.kind == SourceKind::Assumption => words.text("source-assumption", &[]),
        Some(s) => s.title_in(words.lang).to_string(),
        None => words.text("source-unnamed", &[]),
    }
}
