//! The plain-text report, for a terminal or a receipt printer: aligned by display width.

use super::document::Document;
use super::pad;
use std::fmt::Write;
use unicode_width::UnicodeWidthStr;

/// The document as text.
pub fn write(d: &Document, words: &crate::i18n::Words) -> String {
    let mut out = String::new();
    let t = |id: &str| words.text(id, &[]);
    let _ = writeln!(out, "{}", d.title);
    let _ = writeln!(out, "{}", d.dated);
    let _ = writeln!(out, "\n{}\n{}\n", d.headline, d.basis);
    let _ = writeln!(out, "{}", t("report-reasons"));
    for r in &d.reasons {
        let _ = writeln!(out, "  - {}", r.line);
    }
    let _ = writeln!(out, "\n{}", t("report-options"));
    let mut rows = vec![d.headers.clone()];
    rows.extend(d.rows.iter().map(|r| r.cells.clone()));
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
    let _ = writeln!(out, "  {}", d.key);
    if !d.conditions.is_empty() {
        let _ = writeln!(out, "\n{}", t("report-gates"));
        for g in &d.conditions {
            let _ = writeln!(out, "  - {}", g.line);
        }
    }
    let _ = writeln!(out, "\n{}", t("report-steps"));
    for s in &d.steps {
        let _ = match &s.due_words {
            Some(due) => writeln!(out, "  - [{due}] {}", s.text),
            None => writeln!(out, "  - {}", s.text),
        };
    }
    if !d.warnings.is_empty() {
        let _ = writeln!(out, "\n{}", t("report-warnings"));
        for w in &d.warnings {
            let _ = writeln!(out, "  - {}", w.line);
        }
    }
    let _ = writeln!(out, "\n{}", t("report-sources"));
    for r in &d.references {
        let _ = writeln!(out, "  {}", r.line);
    }
    out
}
