//! The interactive form of `httpcode decide`: one question at a time in the
//! terminal, chosen with the arrow keys (or by typing), with a "back" choice.
//! Prompts go to stderr, so the final answer on stdout can still be piped.
//!
//! inquire rather than dialoguer: it reports Esc and Ctrl-C as two distinct
//! errors after restoring the terminal itself (raw mode off, cursor shown), which
//! is exactly the clean exit 130 this form needs; dialoguer's Select leaves
//! Ctrl-C to the default signal handler, which can leave the cursor hidden.

use std::fmt;

use inquire::error::InquireError;
use inquire::Select;

use crate::decide::{self, End, Step, Walk};
use crate::error::Error;
use crate::model::{Choice, Question};

/// One line of the menu: an answer, or "back".
enum Item {
    Answer(&'static Choice),
    Back,
}

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Item::Answer(choice) => f.write_str(&choice.text),
            Item::Back => f.write_str("← back to the previous question"),
        }
    }
}

/// Asks until a result; Esc or Ctrl-C ends with `Error::Interrupted`.
pub fn ask() -> Result<Walk, Error> {
    let mut steps: Vec<Step> = Vec::new();
    let mut current: &'static Question = decide::root();
    loop {
        let mut items: Vec<Item> = current.answers.iter().map(Item::Answer).collect();
        if !steps.is_empty() {
            items.push(Item::Back);
        }
        // The keys once, on the first question; after that only why it matters.
        let keys = if steps.is_empty() {
            " · ↑↓ and Enter to choose, type to filter, Esc to quit"
        } else {
            ""
        };
        let help = format!("{} ({}){keys}", current.why, current.source);
        let picked = Select::new(&current.question, items)
            .with_help_message(&help)
            .with_page_size(12)
            .prompt();
        match picked {
            Ok(Item::Answer(choice)) => {
                steps.push(Step {
                    question: current,
                    choice,
                });
                match decide::follow(choice) {
                    End::Next(next) => current = next,
                    end => return Ok(Walk { steps, end }),
                }
            }
            Ok(Item::Back) => {
                if let Some(last) = steps.pop() {
                    current = last.question;
                }
            }
            Err(InquireError::OperationCanceled | InquireError::OperationInterrupted) => {
                return Err(Error::Interrupted)
            }
            Err(err) => return Err(Error::NoPrompt(err.to_string())),
        }
    }
}
