//! The plain-text report, for a terminal or a receipt printer: aligned by display width.

use super::document::Document;
use super::grid;
use std::fmt::Write;

/// The document as text.
pub fn write(d: &Document, words: &crate::i18n::Words) -> String {
    let mut out = String::new();
    let t = |id: &str| words.text(id, &[]);
    let _ = writeln!(out, "{}", d.title);
    let _ = writeln!(out, "{}", d.dated);
    let _ = writeln!(out, "\n{}", t("answers-title"));
    for a in &d.answers {
        let _ = writeln!(out, "  - {a}");
    }
    let _ = writeln!(out, "\n{}\n{}\n", d.headline, d.basis);
    let _ = writeln!(out, "{}", t("report-reasons"));
    for r in &d.reasons {
        let _ = writeln!(out, "  - {}", r.line);
    }
    let _ = writeln!(out, "\n{}", t("report-options"));
    let mut rows = vec![d.headers.clone()];
    rows.extend(d.rows.iter().map(|r| r.cells.clone()));
    // The amounts between the name and "open to you" are right-aligned.
    for line in grid(&rows, |c, n| c > 0 && c < n - 1) {
        let _ = writeln!(out, "  {line}");
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
