//! The Markdown report, for saving or pasting into a shop's notes.

use super::{
    cited_sources, date_line, gate_lines, headline, option_cells, option_headers, rates_line,
    step_lines, warning_lines,
};
use crate::engine::Advice;
use crate::i18n::Words;
use crate::tables::Tables;
use std::fmt::Write;

/// Escapes the characters that would break a table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|")
}

/// The advice as Markdown.
pub fn render(advice: &Advice, words: &Words, tables: &Tables) -> String {
    let mut out = String::new();
    let t = |id: &str| words.text(id, &[]);
    let _ = writeln!(out, "# {}\n", t("report-title"));
    let _ = writeln!(out, "{}\n", date_line(advice, words));
    let _ = writeln!(out, "**{}**\n", headline(advice, words));
    let _ = writeln!(out, "## {}\n", t("report-reasons"));
    for r in &advice.reasons {
        let msg = words.msg(&format!("reason-{}", r.rule), &r.args);
        let src = words.text(
            "source-label",
            &[("source", super::source_list(&r.sources, words, tables))],
        );
        let _ = writeln!(out, "- {msg} _({src})_");
    }
    let _ = writeln!(out, "- {}", rates_line(advice, words));
    let _ = writeln!(out, "\n## {}\n", t("report-options"));
    let headers = option_headers(words, advice.horizon_months);
    let _ = writeln!(
        out,
        "| {} |",
        headers
            .iter()
            .map(|h| cell(h))
            .collect::<Vec<_>>()
            .join(" | ")
    );
    let aligns: Vec<&str> = (0..headers.len())
        .map(|c| {
            if c == 0 || c == headers.len() - 1 {
                "---"
            } else {
                "---:"
            }
        })
        .collect();
    let _ = writeln!(out, "| {} |", aligns.join(" | "));
    for o in &advice.options {
        let cells: Vec<String> = option_cells(o, words).iter().map(|c| cell(c)).collect();
        let _ = writeln!(out, "| {} |", cells.join(" | "));
    }
    let gates = gate_lines(advice, words, tables);
    if !gates.is_empty() {
        let _ = writeln!(out, "\n## {}\n", t("report-gates"));
        for g in gates {
            let _ = writeln!(
                out,
                "- **{}** ({}): {} _({})_",
                g.option, g.level, g.message, g.source
            );
        }
    }
    let _ = writeln!(out, "\n## {}\n", t("report-steps"));
    for (due, msg) in step_lines(advice, words) {
        let _ = match due {
            Some(due) => writeln!(out, "- **{due}**: {msg}"),
            None => writeln!(out, "- {msg}"),
        };
    }
    let warnings = warning_lines(advice, words);
    if !warnings.is_empty() {
        let _ = writeln!(out, "\n## {}\n", t("report-warnings"));
        for w in warnings {
            let _ = writeln!(out, "- {w}");
        }
    }
    let _ = writeln!(out, "\n## {}\n", t("report-sources"));
    for id in cited_sources(advice) {
        let _ = writeln!(out, "- {}", super::source_line(&id, words, tables));
    }
    out
}
