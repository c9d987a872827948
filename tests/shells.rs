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

fn man_pages() -> Vec<PathBuf> {
    let mut pages: Vec<PathBuf> = std::fs::read_dir(root().join("man"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    pages.sort();
    assert!(pages.len() >= 6);
    pages
}

/// Every page through groff with all warnings on and no UTF-8 preprocessor:
/// non-ASCII text must be written as roff escapes to render right.
#[test]
fn man_pages_pass_groff_with_all_warnings() {
    if !have("groff") {
        return;
    }
    for page in man_pages() {
        let out = Command::new("groff")
            .args(["-man", "-Tutf8", "-ww"])
            .arg(&page)
            .env("LC_ALL", "C")
            .output()
            .unwrap();
        assert!(out.status.success(), "groff {}", page.display());
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(stderr, "", "groff warned on {}", page.display());
    }
}

/// What `man` shows: every section of the main page, the sign § intact, each
/// subcommand page with the global options it accepts and without -V, which
/// subcommands reject, and no reference to a page that does not exist.
#[test]
fn man_pages_render_in_man() {
    if !have("man") {
        return;
    }
    for page in man_pages() {
        let name = page.file_name().unwrap().to_string_lossy().into_owned();
        let out = Command::new("man")
            .args(["--warnings", "-l"])
            .arg(&page)
            .env("MANWIDTH", "80")
            .env("MANPAGER", "cat")
            .env("PAGER", "cat")
            .env("LANG", "C.UTF-8")
            .output()
            .unwrap();
        assert!(out.status.success(), "man {name} failed");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.trim().is_empty(), "man {name} warned: {stderr}");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(
            !text.contains("httpcode-help"),
            "{name} names httpcode-help(1)"
        );
        if name == "httpcode.1" {
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
            assert!(text.contains("74"), "exit status 74 is documented");
        } else {
            assert!(text.contains("--json"), "{name} lacks --json");
            assert!(text.contains("--color"), "{name} lacks --color");
            assert!(!text.contains("--version"), "{name} lists --version");
        }
        if name == "httpcode-explain.1" {
            let words: Vec<&str> = text.split_whitespace().collect();
            assert!(words.join(" ").contains("RFC 9110 §9.1"), "{text}");
        }
    }
}
