//! The Markdown report, for saving or pasting into a shop's notes.

use super::document::Document;
use std::fmt::Write;

/// Escapes the characters that would break a table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|")
}

/// The document as Markdown.
pub fn write(d: &Document, words: &crate::i18n::Words) -> String {
    let mut out = String::new();
    let t = |id: &str| words.text(id, &[]);
    let _ = writeln!(out, "# {}\n", d.title);
    let _ = writeln!(out, "{}\n", d.dated);
    let _ = writeln!(out, "## {}\n", t("answers-title"));
    for a in &d.answers {
        let _ = writeln!(out, "- {a}");
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "**{}**\n", d.headline);
    let _ = writeln!(out, "{}\n", d.basis);
    let _ = writeln!(out, "## {}\n", t("report-reasons"));
    for r in &d.reasons {
        let _ = writeln!(out, "- {}", r.line);
    }
    let _ = writeln!(out, "\n## {}\n", t("report-options"));
    let row = |cells: &[String]| {
        let cells: Vec<String> = cells.iter().map(|c| cell(c)).collect();
        format!("| {} |", cells.join(" | "))
    };
    let _ = writeln!(out, "{}", row(&d.headers));
    let last = d.headers.len().saturating_sub(1);
    let aligns: Vec<&str> = (0..d.headers.len())
        .map(|c| if c == 0 || c == last { "---" } else { "---:" })
        .collect();
    let _ = writeln!(out, "| {} |", aligns.join(" | "));
    for r in &d.rows {
        let _ = writeln!(out, "{}", row(&r.cells));
    }
    let _ = writeln!(out, "\n_{}_", d.key);
    if !d.conditions.is_empty() {
        let _ = writeln!(out, "\n## {}\n", t("report-gates"));
        for g in &d.conditions {
            let _ = writeln!(out, "- {}", g.line);
        }
    }
    let _ = writeln!(out, "\n## {}\n", t("report-steps"));
    for s in &d.steps {
        let _ = match &s.due_words {
            Some(due) => writeln!(out, "- **{due}**: {}", s.text),
            None => writeln!(out, "- {}", s.text),
        };
    }
    if !d.warnings.is_empty() {
        let _ = writeln!(out, "\n## {}\n", t("report-warnings"));
        for w in &d.warnings {
            let _ = writeln!(out, "- {}", w.line);
        }
    }
    let _ = writeln!(out, "\n## {}\n", t("report-sources"));
    for r in &d.references {
        let _ = writeln!(out, "- {}", r.line);
    }
    out
}
