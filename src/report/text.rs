//! The plain-text report, for a terminal or a receipt printer: aligned by display width.

use super::{cited_sources, date_line, headline, option_cells, option_headers, pad, rates_line};
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
        let src = words.text("source-label", &[("source", r.source.clone())]);
        let _ = writeln!(out, "  - {msg} ({src})");
    }
    let _ = writeln!(out, "  - {}", rates_line(advice, words));
    let _ = writeln!(out, "\n{}", t("report-options"));
    let mut rows = vec![option_headers(words)];
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
    let gated: Vec<_> = advice
        .options
        .iter()
        .filter(|o| !o.gates.is_empty())
        .collect();
    if !gated.is_empty() {
        let _ = writeln!(out, "\n{}", t("report-gates"));
        for o in gated {
            for g in &o.gates {
                let level = t(&format!(
                    "level-{}",
                    match g.level {
                        crate::tables::Level::Hard => "hard",
                        crate::tables::Level::Soft => "soft",
                    }
                ));
                let msg = words.msg(&format!("gate-{}", g.rule), &g.args);
                let _ = writeln!(
                    out,
                    "  - {} [{level}]: {msg} ({})",
                    words.option(&o.id),
                    words.text("source-label", &[("source", g.source.clone())])
                );
            }
        }
    }
    let _ = writeln!(out, "\n{}", t("report-steps"));
    for s in &advice.next_steps {
        let msg = words.msg(&format!("step-{}", s.id), &s.args);
        match s.due {
            Some(d) => {
                let due = words.text("due-label", &[("date", words.date(d))]);
                let _ = writeln!(out, "  - [{due}] {msg}");
            }
            None => {
                let _ = writeln!(out, "  - {msg}");
            }
        }
    }
    if !advice.warnings.is_empty() {
        let _ = writeln!(out, "\n{}", t("report-warnings"));
        for w in &advice.warnings {
            let _ = writeln!(
                out,
                "  - {}",
                words.msg(&format!("warning-{}", w.id), &w.args)
            );
        }
    }
    let _ = writeln!(out, "\n{}", t("report-sources"));
    for id in cited_sources(advice) {
        let title = tables
            .source(&id)
            .map_or(String::new(), |s| s.title.clone());
        let _ = writeln!(out, "  {id}: {title}");
    }
    out
}
