//! The committed completion scripts and man page, exercised by the real shells
//! and `man`. CI installs bash, zsh, fish and man-db (`.ci/run`); on a machine
//! without one of them, that test says so on stderr and returns.

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// PATH with the freshly built binary first, for scripts that call `httpcode`.
fn path_with_binary() -> String {
    let bin = Path::new(env!("CARGO_BIN_EXE_httpcode"))
        .parent()
        .unwrap()
        .to_path_buf();
    format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    )
}

fn have(program: &str) -> bool {
    let found = Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .output()
        .is_ok_and(|o| o.status.success());
    if !found {
        // CI installs every one of them: a missing shell there is a broken CI script.
        assert!(
            std::env::var_os("CI").is_none(),
            "{program} is missing in CI"
        );
        eprintln!("SKIPPED: {program} is not installed; `bash .ci/run` installs it");
    }
    found
}

fn shell(program: &str, script: &str) -> String {
    let out = Command::new(program)
        .args(["-c", script])
        .env("PATH", path_with_binary())
        .current_dir(root())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{program} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn bash_completes_status_codes_for_compare() {
    if !have("bash") {
        return;
    }
    let script = r#"
        source completions/httpcode.bash
        COMP_WORDS=(httpcode compare 40)
        COMP_CWORD=2
        COMP_LINE="httpcode compare 40"
        COMP_POINT=${#COMP_LINE}
        _httpcode httpcode 40 compare
        printf '%s\n' "${COMPREPLY[@]}"
    "#;
    let words: Vec<String> = shell("bash", script).lines().map(str::to_string).collect();
    for code in ["400", "401", "403", "404", "405"] {
        assert!(
            words.iter().any(|w| w == code),
            "bash offers {code}: {words:?}"
        );
    }
    assert!(words.iter().all(|w| w.starts_with("40")), "{words:?}");
}

#[test]
fn bash_completes_methods_and_colour() {
    if !have("bash") {
        return;
    }
    let script = r#"
        source completions/httpcode.bash
        COMP_WORDS=(httpcode explain --method PR)
        COMP_CWORD=3
        _httpcode httpcode PR --method
        printf '%s\n' "${COMPREPLY[@]}"
    "#;
    let words = shell("bash", script);
    assert!(words.lines().any(|w| w == "PROPFIND"), "{words}");
    let script = r#"
        source completions/httpcode.bash
        COMP_WORDS=(httpcode --color a)
        COMP_CWORD=2
        _httpcode httpcode a --color
        printf '%s\n' "${COMPREPLY[@]}"
    "#;
    let words = shell("bash", script);
    assert!(
        words.lines().any(|w| w == "always") && words.lines().any(|w| w == "auto"),
        "{words}"
    );
}

#[test]
fn fish_completes_codes_with_their_names() {
    if !have("fish") {
        return;
    }
    let out = shell(
        "fish",
        "source completions/httpcode.fish; complete -C 'httpcode compare 40'",
    );
    assert!(out.lines().any(|l| l == "405\tMethod Not Allowed"), "{out}");
    assert!(out.lines().any(|l| l == "401\tUnauthorized"), "{out}");
    let out = shell(
        "fish",
        "source completions/httpcode.fish; complete -C 'httpcode explain --method PA'",
    );
    assert!(out.lines().any(|l| l.starts_with("PATCH\t")), "{out}");
}

#[test]
fn bash_and_fish_complete_decide_answers() {
    if have("bash") {
        let script = r#"
            source completions/httpcode.bash
            COMP_WORDS=(httpcode decide outc)
            COMP_CWORD=2
            COMP_LINE="httpcode decide outc"
            COMP_POINT=${#COMP_LINE}
            _httpcode httpcode outc decide
            printf '%s\n' "${COMPREPLY[@]}"
        "#;
        let words = shell("bash", script);
        for pair in [
            "outcome=yes",
            "outcome=no",
            "outcome=elsewhere",
            "outcome=condition",
        ] {
            assert!(
                words.lines().any(|w| w == pair),
                "bash offers {pair}: {words}"
            );
        }
    }
    if have("fish") {
        let out = shell(
            "fish",
            "source completions/httpcode.fish; complete -C 'httpcode decide side='",
        );
        assert!(
            out.lines()
                .any(|l| l == "side=client\tThe client's request"),
            "{out}"
        );
    }
}

#[test]
fn zsh_loads_the_completion_function() {
    if !have("zsh") {
        return;
    }
    let out = shell(
        "zsh",
        "autoload -U compinit && compinit -u -D; source completions/_httpcode; whence -w _httpcode",
    );
    assert!(out.contains("_httpcode: function"), "{out}");
    let script = std::fs::read_to_string(root().join("completions/_httpcode")).unwrap();
    assert!(
        script.contains("405\\:\"Method Not Allowed\""),
        "zsh shows codes with names"
    );
}

#[test]
fn man_page_renders_without_warnings() {
    if !have("man") {
        return;
    }
    for page in [
        "httpcode.1",
        "httpcode-compare.1",
        "httpcode-decide.1",
        "httpcode-explain.1",
        "httpcode-list.1",
    ] {
        let out = Command::new("man")
            .args(["--warnings", "-l"])
            .arg(root().join("man").join(page))
            .env("MANWIDTH", "80")
            .env("MANPAGER", "cat")
            .env("PAGER", "cat")
            .output()
            .unwrap();
        assert!(out.status.success(), "man {page} failed");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.trim().is_empty(), "man {page} warned: {stderr}");
        let text = String::from_utf8_lossy(&out.stdout);
        if page == "httpcode.1" {
            for section in [
                "DESCRIPTION",
                "OPTIONS",
                "EXAMPLES",
                "EXIT STATUS",
                "ENVIRONMENT",
                "SEE ALSO",
            ] {
                assert!(text.contains(section), "man page lacks {section}");
            }
        }
    }
}
