//! Parses arguments, runs the command, writes the answer, and turns errors into
//! messages on stderr and exit statuses. Nothing else.
#![forbid(unsafe_code)]

use std::io::{self, Write};
use std::process::ExitCode;

use httpcode::app::{self, Config};
use httpcode::cli::Cli;
use httpcode::error::Error;
use httpcode::exit::Exit;
use httpcode::printout::Printout;
use httpcode::render::json::{self, FailureBody, FailureJson};

fn main() -> ExitCode {
    let exit = match httpcode::cli::parse() {
        Ok(cli) => answer(&cli),
        Err(err) => clap_exit(&err),
    };
    exit.into()
}

fn answer(cli: &Cli) -> Exit {
    let settings = match cli.settings() {
        Ok(settings) => settings,
        Err(err) => {
            report(&err);
            return err.exit();
        }
    };
    let config = Config::from_settings(&settings);
    match app::run(cli, &config) {
        Ok(answer) => {
            let written = write_stdout(&answer.output);
            for note in &answer.notes {
                let _ = writeln!(io::stderr().lock(), "httpcode: {note}");
            }
            for err in &answer.errors {
                report(err);
            }
            match written {
                Exit::Ok => answer.exit,
                failed => failed,
            }
        }
        Err(err) => {
            report(&err);
            if config.json {
                // Scripts that asked for JSON get the failure as JSON too.
                let hint = err.hint();
                let failure = FailureJson {
                    error: FailureBody {
                        message: &err.to_string(),
                        hint: hint.as_deref(),
                        exit: err.exit().code(),
                    },
                };
                match write_stdout(&json::to_string(&failure).into()) {
                    Exit::Ok => err.exit(),
                    failed => failed,
                }
            } else {
                err.exit()
            }
        }
    }
}

/// `httpcode: error: …` and its hint, on stderr.
fn report(err: &Error) {
    let mut stderr = io::stderr().lock();
    let _ = writeln!(stderr, "httpcode: error: {err}");
    if let Some(hint) = err.hint() {
        let _ = writeln!(stderr, "hint: {hint}");
    }
}

/// clap prints help and version to stdout, which may fail to be written; its
/// usage errors are reported as httpcode's own.
fn clap_exit(err: &clap::Error) -> Exit {
    // No arguments at all: the help, on stderr, with the usage status.
    if err.kind() == clap::error::ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
        let _ = err.print();
        return Exit::Usage;
    }
    if let Some(err) = option_not_applicable(err) {
        report(&err);
        return err.exit();
    }
    if err.use_stderr() {
        let err = Error::from_clap(&err.render().to_string());
        report(&err);
        return err.exit();
    }
    match err.print() {
        Ok(()) => Exit::Ok,
        Err(write) => write_failed(&write).unwrap_or(Exit::Ok),
    }
}

/// An output option after a subcommand that does not take it (`httpcode
/// check --lang go`): said as such, not as clap's "unexpected argument" with
/// its hint to pass the option as a value.
fn option_not_applicable(err: &clap::Error) -> Option<Error> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if err.kind() != ErrorKind::UnknownArgument {
        return None;
    }
    let Some(ContextValue::String(arg)) = err.get(ContextKind::InvalidArg) else {
        return None;
    };
    let option = arg.split('=').next().unwrap_or(arg);
    if !["--json", "--color", "--format", "--lang"].contains(&option) {
        return None;
    }
    let command = std::env::args()
        .skip(1)
        .find(|a| httpcode::cli::SUBCOMMANDS.contains(&a.as_str()))?;
    Some(Error::OptionNotApplicable {
        option: option.to_string(),
        command,
    })
}

/// Writes the answer; a reader that went away (`httpcode list | head -1`) is a
/// normal end, not an error. Rust ignores SIGPIPE, so a closed pipe arrives here
/// as a `BrokenPipe` write error, as in ripgrep and bat.
fn write_stdout(text: &Printout) -> Exit {
    match text.write_to(&mut io::stdout().lock()) {
        Ok(()) => Exit::Ok,
        Err(err) => write_failed(&err).unwrap_or(Exit::Ok),
    }
}

/// Reports a failed write, unless it is a closed pipe (`None`: end quietly).
fn write_failed(err: &io::Error) -> Option<Exit> {
    if err.kind() == io::ErrorKind::BrokenPipe {
        return None;
    }
    let _ = writeln!(io::stderr(), "httpcode: error: cannot write output: {err}");
    Some(Exit::IoError)
}
