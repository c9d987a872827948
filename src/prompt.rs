//! The interactive form of `httpcode decide`: one question at a time in the
//! terminal, chosen with the arrow keys (or by typing), with a "back" choice.
//! Prompts go to stderr, so the final answer on stdout can still be piped.
//!
//! inquire rather than dialoguer: it reports Esc and Ctrl-C as two distinct
//! errors after restoring the terminal itself (raw mode off, cursor shown), which
//! is exactly the clean exit 130 this form needs; dialoguer's Select leaves
//! Ctrl-C to the default signal handler, which can leave the cursor hidden.
//!
//! inquire wraps long lines at any character, so every line it is given is
//! wrapped here first, by the cards' own wrapper. The questions are asked on
//! the terminal's alternate screen: leaving it (with a result, Esc or Ctrl-C)
//! gives back the screen as it was, with no half-answered menu left on it.

use std::fmt;
use std::io::Write;

use inquire::error::InquireError;
use inquire::ui::{RenderConfig, Styled};
use inquire::Select;

use crate::decide::{self, End, Step, Walk};
use crate::error::Error;
use crate::model::{Choice, Question};
use crate::render::style::{glue_citations, unglue};
use crate::render::wrap;

/// One line of the menu: an answer, or "back", with its text wrapped to the
/// terminal (`shown`) and as written (`text`, what typing filters on).
struct Item {
    choice: Option<&'static Choice>,
    text: &'static str,
    shown: String,
}

impl Item {
    fn new(choice: Option<&'static Choice>, width: usize) -> Item {
        let text = choice.map_or("← back to the previous question", |c| c.text.as_ref());
        // The menu puts two columns ("> ") before every answer.
        Item {
            choice,
            text,
            shown: fill(text, width, "  ", "  ")[2..].to_string(),
        }
    }
}

impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.shown)
    }
}

/// `text` wrapped to `width` columns by the cards' wrapper, citations kept whole.
fn fill(text: &str, width: usize, first: &str, rest: &str) -> String {
    unglue(&wrap::fill(
        &glue_citations(text.trim()),
        width,
        first,
        rest,
    ))
}

/// Columns for the prompt's lines: those of the terminal it is shown on (stderr),
/// which is what inquire lays out to (`COLUMNS` only when that size is
/// unknown), one short of the edge so the cursor never wraps a full line.
fn width() -> usize {
    let columns = terminal_size::terminal_size_of(std::io::stderr())
        .map(|(w, _)| usize::from(w.0))
        .filter(|&w| w > 0)
        .or_else(|| {
            std::env::var("COLUMNS")
                .ok()
                .and_then(|v| v.trim().parse::<usize>().ok())
        })
        .unwrap_or(crate::render::style::PIPE_WIDTH);
    columns.clamp(
        crate::render::style::MIN_WIDTH,
        crate::render::style::PROSE_MAX,
    ) - 1
}

/// The alternate screen, entered for the questions and left however they end
/// (a result, Esc, Ctrl-C, an error, a panic's unwinding).
struct AlternateScreen;

impl AlternateScreen {
    fn enter() -> AlternateScreen {
        let _ = std::io::stderr().write_all(b"\x1b[?1049h\x1b[H");
        AlternateScreen
    }
}

impl Drop for AlternateScreen {
    fn drop(&mut self) {
        let _ = std::io::stderr().write_all(b"\x1b[?1049l");
        let _ = std::io::stderr().flush();
    }
}

/// Asks until a result; Esc or Ctrl-C ends with `Error::Interrupted`.
pub fn ask() -> Result<Walk, Error> {
    let width = width();
    // The answer goes under its question: the question already fills its lines.
    let config = RenderConfig {
        answer_from_new_line: true,
        canceled_prompt_indicator: Styled::new(""),
        ..RenderConfig::default()
    };
    let _screen = AlternateScreen::enter();
    let mut steps: Vec<Step> = Vec::new();
    let mut current: &'static Question = decide::root();
    loop {
        let mut items: Vec<Item> = current
            .answers
            .iter()
            .map(|c| Item::new(Some(c), width))
            .collect();
        if !steps.is_empty() {
            items.push(Item::new(None, width));
        }
        // The keys once, on the first question; after that only why it matters.
        let keys = if steps.is_empty() {
            " · ↑↓ and Enter to choose, type to filter, Esc to quit"
        } else {
            ""
        };
        // inquire writes "? " before the question and "[" "]" around the help.
        let question = fill(&current.question, width, "? ", "  ")[2..].to_string();
        let help = format!("[{} ({}){keys}]", current.why, current.source);
        let help = fill(&help, width, "", " ");
        let help = &help[1..help.len() - 1];
        let scorer = |input: &str, item: &Item, _: &str, _: usize| {
            item.text
                .to_lowercase()
                .contains(&input.to_lowercase())
                .then_some(0)
        };
        let formatter = |item: inquire::list_option::ListOption<&Item>| {
            fill(item.value.text, width, "  ", "  ")
        };
        let picked = Select::new(&question, items)
            .with_help_message(help)
            .with_page_size(12)
            .with_scorer(&scorer)
            .with_formatter(&formatter)
            .with_render_config(config)
            .prompt();
        match picked {
            Ok(Item {
                choice: Some(choice),
                ..
            }) => {
                steps.push(Step {
                    question: current,
                    choice,
                });
                match decide::follow(choice) {
                    End::Next(next) => current = next,
                    end => return Ok(Walk { steps, end }),
                }
            }
            Ok(Item { choice: None, .. }) => {
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
