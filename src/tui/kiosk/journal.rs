//! The kiosk's side effects, carried out by the loop after each update: a line to the
//! operator's journal (stderr under the service) for each of the kiosk's notes, and the wrong
//! PINs written to its state directory whenever they change. A write that fails is said in
//! the journal; the wrong PINs still count for as long as the kiosk runs. Where stderr is the
//! kiosk's own screen (started by hand, not as a service), there is no journal to write to: a
//! line there would land on the screen a customer reads.

use super::{JournalNote, Kiosk};
use crate::i18n::Words;

/// Writes the kiosk's notes to the journal and keeps its wrong PINs.
pub fn carry_out(k: &mut Kiosk) {
    if k.notes.is_empty() && !k.guard_changed {
        return;
    }
    let words = Words::new(k.settings.home_lang);
    let notes = std::mem::take(&mut k.notes);
    if journal() {
        for note in notes {
            crate::output::write_err(&line(note, &words));
        }
    }
    if std::mem::take(&mut k.guard_changed)
        && let Some(dir) = &k.settings.state_dir
        && crate::operator::state::save(dir, &k.guard).is_err()
    {
        let file = crate::operator::state::file(dir).display().to_string();
        if journal() {
            crate::output::write_err(&words.text(
                "journal-state-unsaved",
                &[("file", crate::echo::shown(&file))],
            ));
        }
    }
}

/// Whether stderr is a journal (a log, a pipe) rather than the kiosk's own screen.
pub fn journal() -> bool {
    use std::io::IsTerminal;
    !std::io::stderr().is_terminal()
}

/// A note as the journal says it.
pub fn line(note: JournalNote, w: &Words) -> String {
    match note {
        JournalNote::WrongPin { misses, wait } => w.text(
            "journal-wrong-pin",
            &[("misses", misses.to_string()), ("wait", wait.to_string())],
        ),
        JournalNote::Locked { mins } => w.text("journal-locked", &[("mins", mins.to_string())]),
        JournalNote::AdminExit => w.text("journal-admin-exit", &[]),
        JournalNote::IdleReset => w.text("journal-idle-reset", &[]),
        JournalNote::TablesTaken { as_of, digest } => w.text(
            "journal-tables-taken",
            &[("as_of", as_of), ("digest", digest)],
        ),
        JournalNote::TablesRefused(why) => w.text("journal-tables-refused", &[("why", why)]),
    }
}
