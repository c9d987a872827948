//! Opens a URL in the user's browser with the platform's own opener
//! (`xdg-open`, `open`, or Windows' `explorer`), only when asked (`--open`).

use std::process::{Command, Stdio};

use crate::error::Error;

/// The program that opens URLs here, and its arguments before the URL.
fn opener() -> (&'static str, &'static [&'static str]) {
    if cfg!(target_os = "macos") {
        ("open", &[])
    } else if cfg!(windows) {
        ("explorer", &[])
    } else {
        ("xdg-open", &[])
    }
}

pub fn open(url: &str) -> Result<(), Error> {
    let (program, args) = opener();
    let status = Command::new(program)
        .args(args)
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map_err(|err| Error::OpenFailed {
            url: url.to_string(),
            reason: if err.kind() == std::io::ErrorKind::NotFound {
                format!("{program} is not installed")
            } else {
                format!("{program}: {err}")
            },
        })?;
    // explorer exits 1 even when it opened the page.
    if status.success() || cfg!(windows) {
        Ok(())
    } else {
        Err(Error::OpenFailed {
            url: url.to_string(),
            reason: format!("{program} failed ({status})"),
        })
    }
}
