//! Decided once at start-up: colour on or off, the output width, and whether the
//! output is a terminal. Renderers receive a `Style` and never look at the
//! environment themselves.

use std::borrow::Cow;
use std::io::IsTerminal;

use owo_colors::OwoColorize;

use crate::model::Class;
use crate::render::wrap;

/// Width used when stdout is not a terminal and `COLUMNS` is not set.
pub const PIPE_WIDTH: usize = 80;
/// Prose stops here even in a wider terminal: long lines are hard to read.
pub const PROSE_MAX: usize = 100;
/// Narrower than this, nothing lays out sensibly; the width is raised to it.
pub const MIN_WIDTH: usize = 40;
/// The narrowest text column a two-column list keeps beside its terms.
const MIN_TEXT: usize = 20;

#[derive(Debug, Clone, Copy)]
pub struct Style {
    pub color: bool,
    /// Columns available to tables: the whole terminal.
    pub width: usize,
    /// Output goes to a terminal: unicode borders and tables that wrap to fit.
    pub terminal: bool,
}

impl Style {
    /// Reads the environment and stdout once. `choice` is `--color`: `Some`
    /// when it says always or never, `None` for auto. Output meant for other
    /// programs (`plain`) is coloured only when forced.
    pub fn detect(choice: Option<bool>, plain: bool) -> Style {
        let terminal = std::io::stdout().is_terminal();
        let env = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
        let forced = env("CLICOLOR_FORCE").is_some_and(|v| v != "0");
        let dumb = env("TERM").is_some_and(|v| v == "dumb");
        let color = match choice {
            Some(color) => color,
            None => {
                if env("NO_COLOR").is_some() {
                    false
                } else if forced {
                    true
                } else {
                    terminal && !dumb && !plain
                }
            }
        };
        Style {
            color,
            width: width(terminal),
            terminal,
        }
    }

    /// Plain text of the width `detect` would choose, for text that clap
    /// prints (the help).
    pub fn help() -> Style {
        Style {
            color: false,
            width: width(std::io::stdout().is_terminal()),
            terminal: false,
        }
    }

    /// Plain output of a fixed width, for tests and pipes.
    pub fn plain() -> Style {
        Style {
            color: false,
            width: PIPE_WIDTH,
            terminal: false,
        }
    }

    /// Columns for prose: the width, up to a readable maximum.
    pub fn prose_width(&self) -> usize {
        self.width.min(PROSE_MAX)
    }

    /// Prose wrapped to the width, each line indented by `indent` spaces.
    pub fn wrap(&self, text: &str, indent: usize) -> String {
        let pad = " ".repeat(indent);
        self.fill(text, &pad, &pad)
    }

    /// A bullet item wrapped with a hanging indent.
    pub fn bullet(&self, text: &str, indent: usize) -> String {
        self.fill(
            text,
            &format!("{}- ", " ".repeat(indent)),
            &" ".repeat(indent + 2),
        )
    }

    /// Wrapped with `indent` spaces before the first line and `rest` before the others.
    pub fn hanging(&self, text: &str, indent: usize, rest: usize) -> String {
        self.fill(text, &" ".repeat(indent), &" ".repeat(rest))
    }

    /// A two-column list as clap lays out its own: each term after two
    /// spaces, each text beside the terms and wrapped under itself. When the
    /// terms leave the text too little room, each text goes under its term.
    pub fn term_list<T: AsRef<str>, U: AsRef<str>>(&self, rows: &[(T, U)]) -> String {
        let terms = rows
            .iter()
            .map(|(term, _)| wrap::display_width(term.as_ref()))
            .max()
            .unwrap_or(0);
        let column = terms + 4;
        let beside = self.prose_width().saturating_sub(1) >= column + MIN_TEXT;
        let mut out = String::new();
        for (term, text) in rows {
            let (term, text) = (term.as_ref(), text.as_ref());
            if beside {
                let first = format!("  {term:<width$}", width = column - 2);
                out.push_str(&self.fill(text, &first, &" ".repeat(column)));
            } else {
                out.push_str(&format!("  {term}\n"));
                out.push_str(&self.wrap(text, 6));
            }
        }
        out
    }

    /// Wraps without breaking words or at hyphens, so URLs stay whole, and
    /// without breaking a citation ("RFC 9110 §15.6.5") across lines.
    fn fill(&self, text: &str, first: &str, rest: &str) -> String {
        let width = self.prose_width().saturating_sub(1).max(20);
        let glued = glue_citations(text.trim());
        let commands_glued;
        let text = if self.terminal {
            commands_glued = commands(&glued);
            &commands_glued
        } else {
            &glued
        };
        let wrapped = wrap::fill(text, width, first, rest);
        let mut out = if wrapped.contains(GLUE) {
            unglue(&wrapped)
        } else {
            wrapped
        };
        out.push('\n');
        out
    }

    /// A section heading.
    pub fn heading(&self, text: &str) -> String {
        if self.color {
            format!("{}\n", text.bold().underline())
        } else {
            format!("{text}\n")
        }
    }

    /// A code (or any text) in its class colour.
    pub fn class_colored(&self, code: u16, text: &str) -> String {
        if !self.color {
            return text.to_string();
        }
        match Class::of(code) {
            Some(Class::Informational) => text.cyan().bold().to_string(),
            Some(Class::Successful) => text.green().bold().to_string(),
            Some(Class::Redirection) => text.blue().bold().to_string(),
            Some(Class::ClientError) => text.yellow().bold().to_string(),
            Some(Class::ServerError) | None => text.red().bold().to_string(),
        }
    }

    /// De-emphasised text (sources, links).
    pub fn dim(&self, text: &str) -> String {
        if self.color {
            text.dimmed().to_string()
        } else {
            text.to_string()
        }
    }

    /// Emphasised text (a warning marker such as "unofficial").
    pub fn warn(&self, text: &str) -> String {
        if self.color {
            text.magenta().bold().to_string()
        } else {
            text.to_string()
        }
    }
}

/// The output width: `COLUMNS`, else the terminal's (when stdout is one),
/// else `PIPE_WIDTH`; never less than `MIN_WIDTH`.
fn width(terminal: bool) -> usize {
    let columns = std::env::var("COLUMNS")
        .ok()
        .and_then(|v| v.trim().parse::<usize>().ok())
        .filter(|&w| w > 0);
    let width = columns.unwrap_or_else(|| {
        if terminal {
            terminal_size::terminal_size()
                .map(|(w, _)| usize::from(w.0))
                .unwrap_or(PIPE_WIDTH)
        } else {
            PIPE_WIDTH
        }
    });
    width.max(MIN_WIDTH)
}

/// Stands for a space that must not become a line break while text is laid out.
const GLUE: char = '\u{a0}';

/// Joins the parts of each citation ("RFC 9110 §15.6.5", "RFC 7725") with
/// `GLUE`, so wrapping keeps it on one line. `unglue` turns them back.
pub fn glue_citations(text: &str) -> Cow<'_, str> {
    if !text.contains("RFC ") {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("RFC ") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 4..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            out.push_str("RFC ");
            rest = after;
            continue;
        }
        out.push_str("RFC");
        out.push(GLUE);
        out.push_str(&after[..digits]);
        rest = &after[digits..];
        if let Some(section) = rest.strip_prefix(" §") {
            out.push(GLUE);
            out.push('§');
            rest = section;
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// `text` kept on one line when it is wrapped (a name such as "505 HTTP
/// Version Not Supported").
pub fn glue(text: &str) -> String {
    text.replace(' ', &GLUE.to_string())
}

/// Code spans (`` `curl -s -o /dev/null URL` ``) as a terminal shows a command:
/// without the Markdown backticks, and kept whole on one line (a line of
/// its own when it does not fit beside the text). A backtick without its
/// pair stays as it is.
fn commands(text: &str) -> Cow<'_, str> {
    if !text.contains('`') {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('`') {
        let Some(close) = rest[open + 1..].find('`') else {
            break;
        };
        out.push_str(&rest[..open]);
        out.push_str(&glue(&rest[open + 1..open + 1 + close]));
        rest = &rest[open + 2 + close..];
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Undoes `glue_citations` once the text is laid out.
pub fn unglue(text: &str) -> String {
    text.replace(GLUE, " ")
}
