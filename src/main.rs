//! Parses arguments, runs the command, writes the answer, and turns errors into
//! messages on stderr and exit codes. Nothing else.

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;
use httpcode::app::{self, Config};
use httpcode::cli::Cli;
use httpcode::error::EXIT_OK;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(err) => {
            // clap prints help and version to stdout and errors to stderr; a closed
            // pipe there is not worth a panic.
            let _ = err.print();
            return ExitCode::from(err.exit_code().clamp(0, 255) as u8);
        }
    };
    let config = Config::from_cli(&cli);
    let code = match app::run(&cli, &config) {
        Ok(answer) => match write_stdout(&answer.text) {
            EXIT_OK => answer.exit,
            failed => failed,
        },
        Err(err) => {
            let mut stderr = io::stderr().lock();
            let _ = writeln!(stderr, "httpcode: error: {err}");
            if let Some(hint) = err.hint() {
                let _ = writeln!(stderr, "hint: {hint}");
            }
            err.exit_code()
        }
    };
    ExitCode::from(code.clamp(0, 255) as u8)
}

/// Writes the answer; a reader that went away (`httpcode list | head -1`) is a
/// normal end, not an error.
fn write_stdout(text: &str) -> i32 {
    let mut stdout = io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => EXIT_OK,
        Err(err) if err.kind() == io::ErrorKind::BrokenPipe => EXIT_OK,
        Err(err) => {
            let _ = writeln!(io::stderr(), "httpcode: error: cannot write output: {err}");
            httpcode::error::EXIT_NOT_FOUND
        }
    }
}
