//! Opens a URL in the user's browser, only when asked (`--open`): the programs
//! `$BROWSER` names first (a `:`-separated list, each a command whose `%s`
//! becomes the URL, or that gets the URL as its last argument, as Python's
//! `webbrowser` and xdg-utils read it), then the platform's own opener
//! (`xdg-open`, `open`, or Windows' `explorer`).

use std::process::{Command, Stdio};

use crate::error::Error;

/// The program that opens URLs here, and its arguments before the URL.
fn platform() -> (&'static str, &'static [&'static str]) {
    if cfg!(target_os = "macos") {
        ("open", &[])
    } else if cfg!(windows) {
        ("explorer", &[])
    } else {
        ("xdg-open", &[])
    }
}

/// The commands `$BROWSER` names, each as its words with the URL in place.
fn from_env(browser: &str, url: &str) -> Vec<Vec<String>> {
    browser
        .split(':')
        .filter_map(|command| {
            let words: Vec<&str> = command.split_whitespace().collect();
            if words.is_empty() {
                return None;
            }
            let mut argv: Vec<String> = words.iter().map(|w| w.replace("%s", url)).collect();
            if !command.contains("%s") {
                argv.push(url.to_string());
            }
            Some(argv)
        })
        .collect()
}

pub fn open(url: &str) -> Result<(), Error> {
    let browser = std::env::var("BROWSER").unwrap_or_default();
    let mut last = None;
    for argv in from_env(&browser, url) {
        match run(&argv[0], &argv[1..]) {
            Ok(status) if status.success() => return Ok(()),
            Ok(status) => last = Some(format!("{} failed ({status})", argv[0])),
            // A browser that is not installed: try the next one.
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
                last = Some(format!("{} is not installed", argv[0]));
            }
            Err(err) => last = Some(format!("{}: {err}", argv[0])),
        }
    }
    let (program, args) = platform();
    let mut argv: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    argv.push(url.to_string());
    let failed = |reason: String| Error::OpenFailed {
        url: url.to_string(),
        reason: match &last {
            Some(browser) => format!("{browser}; {reason}"),
            None => reason,
        },
    };
    let status = run(program, &argv).map_err(|err| {
        failed(if err.kind() == std::io::ErrorKind::NotFound {
            format!("{program} is not installed")
        } else {
            format!("{program}: {err}")
        })
    })?;
    // explorer exits 1 even when it opened the page.
    if status.success() || cfg!(windows) {
        Ok(())
    } else {
        Err(failed(format!("{program} failed ({status})")))
    }
}

fn run(program: &str, args: &[String]) -> std::io::Result<std::process::ExitStatus> {
    Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
}

#[cfg(test)]
mod tests {
    use super::from_env;

    #[test]
    fn browser_lists_commands_with_the_url_in_place() {
        let url = "https://example.com/";
        assert_eq!(
            from_env("firefox --new-tab:w3m %s::", url),
            vec![vec!["firefox", "--new-tab", url], vec!["w3m", url],]
        );
        assert!(from_env("", url).is_empty());
    }
}
