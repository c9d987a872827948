//! The committed completion scripts (`completions/`) and man pages (`man/`) are
//! generated from the clap definition; this test regenerates them and fails when a
//! committed copy differs. After an intended CLI change, refresh them with
//! `HTTPCODE_REGENERATE=1 cargo test --test generated`.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use clap_complete::Shell;
use httpcode::cli;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Compares `expected` with the committed file, or writes it when regenerating.
fn check(path: &Path, expected: &str) {
    if std::env::var_os("HTTPCODE_REGENERATE").is_some() {
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, expected).unwrap();
        return;
    }
    let committed = fs::read_to_string(path).unwrap_or_else(|_| {
        panic!(
            "{} is missing; run HTTPCODE_REGENERATE=1 cargo test --test generated",
            path.display()
        )
    });
    assert!(
        committed == expected,
        "{} is stale; run HTTPCODE_REGENERATE=1 cargo test --test generated",
        path.display()
    );
}

fn completion_file(shell: Shell) -> &'static str {
    match shell {
        Shell::Bash => "httpcode.bash",
        Shell::Zsh => "_httpcode",
        Shell::Fish => "httpcode.fish",
        Shell::PowerShell => "_httpcode.ps1",
        Shell::Elvish => "httpcode.elv",
        _ => unreachable!("not generated"),
    }
}

const SHELLS: [Shell; 5] = [
    Shell::Bash,
    Shell::Zsh,
    Shell::Fish,
    Shell::PowerShell,
    Shell::Elvish,
];

#[test]
fn completions_are_fresh_and_match_the_subcommand() {
    for shell in SHELLS {
        let script = cli::completion_script(shell);
        check(
            &root().join("completions").join(completion_file(shell)),
            &script,
        );
        let out = Command::new(env!("CARGO_BIN_EXE_httpcode"))
            .args(["completions", &shell.to_string()])
            .output()
            .unwrap();
        assert!(out.status.success());
        assert_eq!(String::from_utf8(out.stdout).unwrap(), script, "{shell}");
    }
}

/// Escapes text for roff: backslashes, hyphens, and a leading dot or quote.
fn roff(text: &str) -> String {
    let escaped = text.replace('\\', "\\e").replace('-', "\\-");
    if escaped.starts_with('.') || escaped.starts_with('\'') {
        format!("\\&{escaped}")
    } else {
        escaped
    }
}

/// "  httpcode 501     Card for 501" lines → (command, description).
fn example_lines() -> Vec<(String, String)> {
    cli::EXAMPLES
        .lines()
        .skip(1)
        .filter_map(|line| {
            let line = line.trim();
            let (command, about) = line.split_once("  ")?;
            Some((command.trim().to_string(), about.trim().to_string()))
        })
        .collect()
}

fn man_page() -> String {
    let cmd = cli::command();
    let man = clap_mangen::Man::new(cmd.clone()).manual("httpcode manual");
    let mut out = Vec::new();
    man.render_title(&mut out).unwrap();
    man.render_name_section(&mut out).unwrap();
    man.render_synopsis_section(&mut out).unwrap();
    man.render_description_section(&mut out).unwrap();
    man.render_options_section(&mut out).unwrap();
    man.render_subcommands_section(&mut out).unwrap();
    let mut page = String::from_utf8(out).unwrap();

    page.push_str(".SH EXAMPLES\n");
    for (command, about) in example_lines() {
        page.push_str(&format!(
            ".TP\n\\fB{}\\fR\n{}\n",
            roff(&command),
            roff(&about)
        ));
    }
    page.push_str(".SH \"EXIT STATUS\"\n");
    for (code, meaning) in [
        ("0", "The question was answered."),
        ("1", "Nothing was found, or the number is not a registered status code."),
        ("2", "Usage error: invalid arguments, an invalid status code (outside 100\u{2013}599) or an invalid method token."),
    ] {
        page.push_str(&format!(".TP\n\\fB{code}\\fR\n{}\n", roff(meaning)));
    }
    page.push_str(".SH ENVIRONMENT\n");
    for (name, meaning) in [
        ("NO_COLOR", "When set and not empty, disables colour unless --color=always is given."),
        ("CLICOLOR_FORCE", "When set and not \"0\", colours output even when stdout is not a terminal, unless NO_COLOR is set or --color=never is given."),
    ] {
        page.push_str(&format!(".TP\n\\fB{}\\fR\n{}\n", roff(name), roff(meaning)));
    }
    page.push_str(".SH \"SEE ALSO\"\n");
    let subcommands: Vec<String> = cmd
        .get_subcommands()
        .filter(|s| s.get_name() != "help")
        .map(|s| format!("\\fBhttpcode\\-{}\\fR(1)", s.get_name()))
        .collect();
    page.push_str(&subcommands.join(",\n"));
    page.push_str(
        ".\n.PP\nRFC 9110 (HTTP Semantics): https://www.rfc-editor.org/rfc/rfc9110.html\n.PP\n",
    );
    page.push_str(
        "IANA HTTP Status Code Registry: https://www.iana.org/assignments/http-status-codes/\n",
    );
    page
}

fn subcommand_pages() -> Vec<(String, String)> {
    let cmd = cli::command();
    cmd.get_subcommands()
        .filter(|s| s.get_name() != "help")
        .map(|sub| {
            let name = format!("httpcode-{}", sub.get_name());
            let page_cmd = sub
                .clone()
                .name(name.clone())
                .version(env!("CARGO_PKG_VERSION"));
            let mut out = Vec::new();
            clap_mangen::Man::new(page_cmd)
                .manual("httpcode manual")
                .render(&mut out)
                .unwrap();
            (format!("{name}.1"), String::from_utf8(out).unwrap())
        })
        .collect()
}

#[test]
fn man_pages_are_fresh() {
    check(&root().join("man/httpcode.1"), &man_page());
    for (file, page) in subcommand_pages() {
        check(&root().join("man").join(file), &page);
    }
}

#[test]
fn man_page_examples_really_run() {
    let examples = example_lines();
    assert!(examples.len() >= 5);
    for (command, _) in examples {
        let args: Vec<&str> = command.split_whitespace().skip(1).collect();
        let out = Command::new(env!("CARGO_BIN_EXE_httpcode"))
            .args(&args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "example `{command}` failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            !out.stdout.is_empty(),
            "example `{command}` printed nothing"
        );
    }
}
