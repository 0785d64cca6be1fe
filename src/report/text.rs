//! The plain-text report, for a terminal or a receipt printer: aligned by display width.

use super::{
    cited_sources, date_line, gate_lines, headline, option_cells, option_headers, pad, rates_line,
    step_lines, warning_lines,
};
use crate::engine::Advice;
use crate::i18n::Words;
use crate::tables::Tables;
use std::fmt::Write;
use unicode_width::UnicodeWidthStr;

/// The advice as text.
pub fn render(advice: &Advice, words: &Words, tables: &Tables) -> String {
    let mut out = String::new();
    let t = |id: &str| words.text(id, &[]);
    let _ = writeln!(out, "{}", t("report-title"));
    let _ = writeln!(out, "{}", date_line(advice, words));
    let _ = writeln!(out, "\n{}\n", headline(advice, words));
    let _ = writeln!(out, "{}", t("report-reasons"));
    for r in &advice.reasons {
        let msg = words.msg(&format!("reason-{}", r.rule), &r.args);
        let src = words.text(
            "source-label",
            &[("source", super::source_list(&r.sources, words, tables))],
        );
        let _ = writeln!(out, "  - {msg} ({src})");
    }
    let _ = writeln!(out, "  - {}", rates_line(advice, words));
    let _ = writeln!(out, "\n{}", t("report-options"));
    let mut rows = vec![option_headers(words, advice.horizon_months)];
    rows.extend(advice.options.iter().map(|o| option_cells(o, words)));
    let widths: Vec<usize> = (0..rows[0].len())
        .map(|c| rows.iter().map(|r| r[c].width()).max().unwrap_or(0))
        .collect();
    for (i, row) in rows.iter().enumerate() {
        let cells: Vec<String> = row
            .iter()
            .enumerate()
            .map(|(c, cell)| pad(cell, widths[c], c > 0 && c < row.len() - 1))
            .collect();
        let _ = writeln!(out, "  {}", cells.join("  ").trim_end());
        if i == 0 {
            let rule: Vec<String> = widths.iter().map(|w| "-".repeat(*w)).collect();
            let _ = writeln!(out, "  {}", rule.join("  "));
        }
    }
    let gates = gate_lines(advice, words, tables);
    if !gates.is_empty() {
        let _ = writeln!(out, "\n{}", t("report-gates"));
        for g in gates {
            let _ = writeln!(
                out,
                "  - {} [{}]: {} ({})",
                g.option, g.level, g.message, g.source
            );
        }
    }
    let _ = writeln!(out, "\n{}", t("report-steps"));
    for (due, msg) in step_lines(advice, words) {
        let _ = match due {
            Some(due) => writeln!(out, "  - [{due}] {msg}"),
            None => writeln!(out, "  - {msg}"),
        };
    }
    let warnings = warning_lines(advice, words);
    if !warnings.is_empty() {
        let _ = writeln!(out, "\n{}", t("report-warnings"));
        for w in warnings {
            let _ = writeln!(out, "  - {w}");
        }
    }
    let _ = writeln!(out, "\n{}", t("report-sources"));
    for id in cited_sources(advice) {
        let _ = writeln!(out, "  {}", super::source_line(&id, words, tables));
    }
    out
}
