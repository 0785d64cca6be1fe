//! A table set's problems: each with its place, and in words either each distinct one (what
//! `validate` lists) or one line for each kind (what the other commands print, so that a file
//! with thousands of copies of one mistake gives a few lines, not thousands).

use crate::i18n::Words;
use std::collections::HashMap;
use std::fmt;

/// One problem in a table file, with its place; `id` and `args` say what is wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct Problem {
    pub file: String,
    pub line: usize,
    pub col: usize,
    pub id: &'static str,
    pub args: crate::message::Args,
}

impl Problem {
    /// The problem in words, its place first.
    pub fn message(&self, words: &Words) -> String {
        words.text(
            "validate-at",
            &[
                ("file", crate::echo::shown(&self.file)),
                ("line", self.line.to_string()),
                ("col", self.col.to_string()),
                (
                    "message",
                    words.msg(self.id, &crate::echo::shown_args(&self.args)),
                ),
            ],
        )
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let words = crate::i18n::Words::new(crate::lang::Lang::En);
        f.write_str(&self.message(&words))
    }
}

/// How a set of problems is listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Listing {
    /// Every distinct message at its first place; identical ones are counted after it.
    Every,
    /// One line for each kind of problem, at its first place, with how many more there are.
    ByKind,
}

/// The problems in words, one line each, in the order they were found.
pub fn in_words(problems: &[Problem], listing: Listing, words: &Words) -> Vec<String> {
    // Each group: its first problem and how many more fall in it.
    let mut groups: Vec<(&Problem, usize)> = Vec::new();
    let mut index: HashMap<(String, String), usize> = HashMap::new();
    for p in problems {
        let key = match listing {
            Listing::Every => (
                p.file.clone(),
                words.msg(p.id, &crate::echo::shown_args(&p.args)),
            ),
            Listing::ByKind => (String::new(), p.id.to_string()),
        };
        match index.get(&key) {
            Some(&i) => groups[i].1 += 1,
            None => {
                index.insert(key, groups.len());
                groups.push((p, 0));
            }
        }
    }
    let more_id = match listing {
        Listing::Every => "validate-more-like-it",
        Listing::ByKind => "validate-more-of-kind",
    };
    let mut out: Vec<String> = groups
        .iter()
        .map(|(p, more)| match more {
            0 => p.message(words),
            n => words.text(
                more_id,
                &[
                    ("line", p.message(words)),
                    ("count", crate::yen::group(*n as i64)),
                ],
            ),
        })
        .collect();
    if listing == Listing::ByKind && groups.len() < problems.len() {
        out.push(words.text("validate-see-every", &[]));
    }
    out
}
