//! The committed completion scripts (`completions/`) and man pages (`man/`) are
//! generated from the clap definition by `httpcode::generation`; this test
//! regenerates them and fails when a committed copy differs. After an intended CLI
//! change, refresh them with `HTTPCODE_REGENERATE=1 cargo test --locked generated`.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use httpcode::generation::{self, SHELLS};

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
            "{} is missing; run HTTPCODE_REGENERATE=1 cargo test --locked generated",
            path.display()
        )
    });
    assert!(
        committed == expected,
        "{} is stale; run HTTPCODE_REGENERATE=1 cargo test --locked generated",
        path.display()
    );
}

#[test]
fn completions_are_fresh_and_printed_as_committed() {
    for shell in SHELLS {
        let script = generation::generate_completion(shell);
        let path = root()
            .join("completions")
            .join(generation::completion_file(shell));
        check(&path, &script);
        if std::env::var_os("HTTPCODE_REGENERATE").is_some() {
            continue; // the binary embeds the old copy until it is rebuilt
        }
        let out = Command::new(env!("CARGO_BIN_EXE_httpcode"))
            .args(["completions", &shell.to_string()])
            .output()
            .unwrap();
        assert!(out.status.success());
        let committed = fs::read_to_string(&path).unwrap();
        assert_eq!(String::from_utf8(out.stdout).unwrap(), committed, "{shell}");
    }
}

#[test]
fn man_pages_are_fresh() {
    let pages = generation::man_pages();
    assert!(pages.len() >= 6, "a main page and one per subcommand");
    for (file, page) in pages {
        check(&root().join("man").join(file), &page);
    }
}

#[test]
fn man_page_examples_really_run() {
    let examples = generation::examples();
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

/// The README's exit-status table is the one `--help` and the man page print.
#[test]
fn readme_exit_statuses_match_the_table() {
    let readme = fs::read_to_string(root().join("README.md")).unwrap();
    let table = httpcode::exit::markdown_table();
    assert!(
        readme.contains(&table),
        "README.md's exit-status table differs from src/exit.rs; it should read:\n{table}"
    );
    let out = Command::new(env!("CARGO_BIN_EXE_httpcode"))
        .arg("--help")
        .output()
        .unwrap();
    let help = String::from_utf8(out.stdout).unwrap();
    for (exit, meaning) in httpcode::exit::EXIT_STATUSES {
        let first_words: String = meaning
            .split_whitespace()
            .take(4)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            help.lines()
                .any(|l| l.starts_with(&format!("  {} ", exit.code())) && l.contains(&first_words)),
            "--help lacks exit status {}",
            exit.code()
        );
    }
}

/// The list "did you mean" uses for mistyped subcommands is the clap definition's.
#[test]
fn subcommand_names_match_the_definition() {
    let cmd = httpcode::cli::command();
    let defined: Vec<&str> = cmd.get_subcommands().map(|s| s.get_name()).collect();
    assert_eq!(defined, httpcode::cli::SUBCOMMANDS);
}
