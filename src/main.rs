//! Parses arguments, runs the command, writes the answer, and turns errors into
//! messages on stderr and exit statuses. Nothing else.
//!
//! On Linux the program starts at the C `main`, not at Rust's: std's start-up
//! reads /proc/self/maps to place a stack guard and sets up a stack-overflow
//! handler, which together cost about a tenth of a do-nothing process
//! (`cargo bench --bench startup`). httpcode does itself the part of it that it
//! relies on: SIGPIPE ignored, so that a closed pipe is an error to handle. It
//! gives up the "has overflowed its stack" message (the guard page still stops
//! an overflow) and the reopening of closed descriptors 0–2 on /dev/null, which
//! it does not need: it opens no file for writing, and std's stdio already
//! treats a closed descriptor as empty input and a sink for output.
#![cfg_attr(all(target_os = "linux", not(test)), no_main)]

use std::ffi::OsString;
use std::io::{self, Write};

use clap::{CommandFactory, FromArgMatches};
use httpcode::app::{self, Config, Output};
use httpcode::cli::Cli;
use httpcode::error::Error;
use httpcode::exit::Exit;
use httpcode::render::json::{self, FailureBody, FailureJson};

#[cfg(all(target_os = "linux", not(test)))]
#[unsafe(no_mangle)]
extern "C" fn main(argc: libc::c_int, argv: *const *const libc::c_char) -> libc::c_int {
    // SAFETY: called once, before anything else runs or writes; SIG_IGN is a
    // valid disposition for SIGPIPE.
    unsafe { libc::signal(libc::SIGPIPE, libc::SIG_IGN) };
    let count = usize::try_from(argc).unwrap_or(0);
    let args = (0..count).map(|i| {
        use std::os::unix::ffi::OsStrExt;
        // SAFETY: the C runtime passes argc valid, NUL-terminated strings in argv.
        let arg = unsafe { std::ffi::CStr::from_ptr(*argv.add(i)) };
        std::ffi::OsStr::from_bytes(arg.to_bytes()).to_os_string()
    });
    libc::c_int::from(run(args).code())
}

#[cfg(any(not(target_os = "linux"), test))]
fn main() -> std::process::ExitCode {
    run(std::env::args_os()).into()
}

fn run(args: impl Iterator<Item = OsString>) -> Exit {
    // The process ends right after this: clap's command is left for the
    // operating system to free rather than dropped piece by piece.
    let command = Box::leak(Box::new(Cli::command()));
    let parsed = command
        .try_get_matches_from_mut(args)
        .and_then(|mut matches| Cli::from_arg_matches_mut(&mut matches));
    let exit = match parsed {
        Ok(cli) => answer(&cli),
        Err(err) => clap_exit(&err.format(command)),
    };
    // Rust's stdout is flushed at exit only when Rust's own start-up ran.
    let _ = io::stdout().flush();
    exit
}

fn answer(cli: &Cli) -> Exit {
    let config = Config::from_cli(cli);
    match app::run(cli, &config) {
        Ok(answer) => {
            let written = match answer.output {
                Output::Text(text) => write_stdout(&text),
                Output::Stream(write) => stream_stdout(write),
            };
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
                match write_stdout(&json::to_string(&failure)) {
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

/// clap prints help and version to stdout and usage errors to stderr; either
/// may fail to be written.
fn clap_exit(err: &clap::Error) -> Exit {
    let printed = err.print();
    let exit = if err.use_stderr() {
        Exit::Usage
    } else {
        Exit::Ok
    };
    match printed {
        Ok(()) => exit,
        Err(write) => write_failed(&write).unwrap_or(exit),
    }
}

/// Writes the answer; a reader that went away (`httpcode list | head -1`) is a
/// normal end, not an error.
fn write_stdout(text: &str) -> Exit {
    let mut stdout = io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Ok(()) => Exit::Ok,
        Err(err) => write_failed(&err).unwrap_or(Exit::Ok),
    }
}

/// Writes output as it is made, with the same endings as `write_stdout`.
fn stream_stdout(write: impl FnOnce(&mut dyn Write) -> io::Result<()>) -> Exit {
    let mut stdout = io::stdout().lock();
    match write(&mut stdout).and_then(|()| stdout.flush()) {
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
