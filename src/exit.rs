//! Exit statuses and environment variables: one table each, which `--help`, the
//! man page and the README are all made from.

use std::process::ExitCode;

/// How a run of httpcode ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Exit {
    /// The question was answered.
    Ok,
    /// Nothing found: not a registered code, no match, an unregistered method.
    NoAnswer,
    /// `check` found a response that breaks a MUST.
    Findings,
    /// `decide`: the answers stop before a result.
    Unfinished,
    /// Bad arguments, or input that cannot be read.
    Usage,
    /// The output could not be written (EX_IOERR from sysexits.h).
    IoError,
    /// Interrupted by the user.
    Interrupted,
}

impl Exit {
    pub fn code(self) -> u8 {
        match self {
            Exit::Ok => 0,
            Exit::NoAnswer | Exit::Findings | Exit::Unfinished => 1,
            Exit::Usage => 2,
            Exit::IoError => 74,
            Exit::Interrupted => 130,
        }
    }
}

impl From<Exit> for ExitCode {
    fn from(exit: Exit) -> ExitCode {
        ExitCode::from(exit.code())
    }
}

/// Every exit status with its meaning, for every command. `Findings` and
/// `Unfinished` share status 1 with `NoAnswer`, so its row names all three.
pub const EXIT_STATUSES: &[(Exit, &str)] = &[
    (Exit::Ok, "answered (for check: no response breaks a MUST)"),
    (
        Exit::NoAnswer,
        "nothing found, or not a registered status code; check: a response breaks a MUST; \
         decide: the answers stop before a result",
    ),
    (
        Exit::Usage,
        "usage error: bad arguments, an invalid status code or method token, input that \
         cannot be read as HTTP",
    ),
    (
        Exit::IoError,
        "output could not be written (EX_IOERR), e.g. a full disk; a closed pipe still ends \
         quietly with 0",
    ),
    (
        Exit::Interrupted,
        "interrupted (Ctrl-C, or Esc in an interactive prompt)",
    ),
];

/// Environment variables httpcode reads, with what they do.
pub const ENVIRONMENT: &[(&str, &str)] = &[
    (
        "NO_COLOR",
        "when set and not empty, disables colour (unless --color=always)",
    ),
    (
        "CLICOLOR_FORCE",
        "when set and not \"0\", colours output even into a pipe (unless --color=never)",
    ),
    (
        "TERM",
        "\"dumb\" disables colour (unless --color=always or CLICOLOR_FORCE)",
    ),
    (
        "COLUMNS",
        "the output width in columns, overriding the terminal's",
    ),
    (
        "BROWSER",
        "what --open runs: commands separated by \":\", %s standing for the URL; \
         the platform's opener (xdg-open, open) when unset or none works",
    ),
];

/// The "Exit status" and "Environment" blocks of `--help`, laid out for `style`.
pub fn help_text(style: &crate::render::Style) -> String {
    let exits: Vec<(String, &str)> = EXIT_STATUSES
        .iter()
        .map(|(exit, meaning)| (exit.code().to_string(), *meaning))
        .collect();
    format!(
        "Exit status:\n{}\nEnvironment:\n{}",
        style.term_list(&exits),
        style.term_list(ENVIRONMENT).trim_end()
    )
}

/// The README's exit-status table, in Markdown.
pub fn markdown_table() -> String {
    let mut out = String::from("| status | meaning |\n|---|---|\n");
    for (exit, meaning) in EXIT_STATUSES {
        out.push_str(&format!("| {} | {meaning} |\n", exit.code()));
    }
    out
}
