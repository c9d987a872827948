//! The committed completion scripts and man page, exercised by the real shells
//! and `man`. CI installs bash, zsh, fish and man-db (`.ci/run`); on a machine
//! without one of them, that test says so on stderr and returns.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common;

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

/// What bash's completion function for httpcode offers for `line`, called as
/// bash-completion calls it (COMP_WORDS, COMP_CWORD, COMP_LINE, COMP_POINT).
fn bash_completes(line: &str) -> Vec<String> {
    let script = r#"
        source completions/httpcode.bash
        read -ra COMP_WORDS <<< "$LINE"
        [[ "$LINE" == *" " ]] && COMP_WORDS+=("")
        COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
        COMP_LINE="$LINE"
        COMP_POINT=${#COMP_LINE}
        _httpcode httpcode "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
        printf '%s\n' "${COMPREPLY[@]}"
    "#;
    let out = Command::new("bash")
        .args(["-c", script])
        .env("LINE", line)
        .env("PATH", path_with_binary())
        .current_dir(root())
        .output()
        .unwrap();
    assert!(out.status.success(), "bash for {line:?}");
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(str::to_string)
        .collect()
}

/// What fish offers for `line` (`complete -C`), as "value\tdescription" lines.
fn fish_completes(line: &str) -> Vec<String> {
    let out = shell(
        "fish",
        &format!("source completions/httpcode.fish; complete -C '{line}'"),
    );
    out.lines().map(str::to_string).collect()
}

/// (line, offered, not offered), for every shell.
const CASES: &[(&str, &[&str], &[&str])] = &[
    (
        "httpcode compare 40",
        &["400", "404", "405"],
        &["list", "500"],
    ),
    ("httpcode explain --method PA", &["PATCH"], &["GET"]),
    ("httpcode list ", &["1xx", "4xx", "5xx"], &["compare"]),
    ("httpcode 40", &["404"], &["list"]),
    ("httpcode co", &["compare", "completions"], &["list"]),
    (
        "httpcode --color ",
        &["always", "auto", "never"],
        &["Cargo.toml"],
    ),
    (
        "httpcode --lang ",
        &["python", "go", "rust"],
        &["Cargo.toml"],
    ),
    ("httpcode --json list 5", &["5xx"], &["4xx"]),
    ("httpcode completions ", &["bash", "zsh", "fish"], &[]),
    (
        "httpcode header Retry",
        &["Retry-After"],
        &["Range", "list"],
    ),
    (
        "httpcode header ",
        &["Allow", "ETag", "WWW-Authenticate"],
        &["404"],
    ),
    // After a status code: the options, their values, more codes, and no
    // subcommand names (README: httpcode 501 --lang go,python).
    ("httpcode 404 --", &["--lang", "--json"], &["list"]),
    (
        "httpcode 404 --lang ",
        &["python", "go"],
        &["Cargo.toml", "404"],
    ),
    ("httpcode 404 ", &["405"], &["list", "compare"]),
    // check reads a file: file names, as for --har.
    ("httpcode check Car", &["Cargo.toml"], &["--json"]),
    ("httpcode check --har Car", &["Cargo.toml"], &[]),
    // Methods after --method, in both subcommands that take it.
    (
        "httpcode explain --method ",
        &["GET", "PATCH", "PROPFIND"],
        &["Cargo.toml"],
    ),
    (
        "httpcode check --method ",
        &["GET", "DELETE"],
        &["Cargo.toml"],
    ),
    // decide's ID=ANSWER pairs, after another pair too.
    (
        "httpcode decide outcome=refused ",
        &["area=method", "outcome=failed"],
        &["list", "Cargo.toml"],
    ),
];

fn check_cases(shell: &str, complete: impl Fn(&str) -> Vec<String>) {
    for &(line, offered, absent) in CASES {
        let found: Vec<String> = complete(line)
            .into_iter()
            .map(|f| f.split('\t').next().unwrap_or_default().to_string())
            .collect();
        for want in offered {
            assert!(
                found.iter().any(|f| f == want),
                "{shell}: {line:?} offers {want}: {found:?}"
            );
        }
        for unwanted in absent {
            assert!(
                !found.iter().any(|f| f == unwanted),
                "{shell}: {line:?} offers {unwanted}: {found:?}"
            );
        }
    }
}

#[test]
fn bash_completes_like_a_person_pressing_tab() {
    if !have("bash") {
        return;
    }
    check_cases("bash", bash_completes);
}

#[test]
fn fish_completes_like_a_person_pressing_tab() {
    if !have("fish") {
        return;
    }
    check_cases("fish", fish_completes);
    // After a status code, the options and their values (README: httpcode 501
    // --lang go,python).
    for (line, want) in [
        ("httpcode 404 --", "--lang"),
        ("httpcode 404 --lang ", "python"),
        ("httpcode 404 --color ", "never"),
    ] {
        let found = fish_completes(line);
        assert!(
            found.iter().any(|l| l.split('\t').next() == Some(want)),
            "fish: {line:?} offers {want}: {found:?}"
        );
    }
    // fish shows each code's name beside it.
    let found = fish_completes("httpcode compare 40");
    assert!(
        found.iter().any(|l| l == "405\tMethod Not Allowed"),
        "{found:?}"
    );
    let found = fish_completes("httpcode explain --method PA");
    assert!(found.iter().any(|l| l.starts_with("PATCH\t")), "{found:?}");
}

/// What zsh's own completion system offers when Tab is pressed after `line`:
/// an interactive zsh on a pseudo-terminal (util-linux `script`) loads the
/// committed `_httpcode` through compinit, types the line, completes it, and
/// writes down every candidate that matched.
fn zsh_completes(line: &str) -> Vec<String> {
    static RUNS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let run = RUNS.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("httpcode-zsh-{}-{run}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let out = dir.join("candidates");
    let _ = std::fs::remove_file(&out);
    // compadd -O stores the matches instead of adding them; they are then
    // added as usual, so completion behaves exactly as without the wrapper.
    std::fs::write(
        dir.join(".zshrc"),
        r#"
fpath=("$HTTPCODE_COMPLETIONS" $fpath)
autoload -U compinit && compinit -u -D
compadd() {
  local -a found
  builtin compadd -O found "$@"
  (( ${#found} )) && print -rl -- "${found[@]}" >> "$HTTPCODE_CANDIDATES"
  builtin compadd "$@"
}
press-tab() { BUFFER="$HTTPCODE_LINE"; CURSOR=${#BUFFER}; zle complete-word; exit 0 }
zle -N zle-line-init press-tab
"#,
    )
    .unwrap();
    let status = Command::new("script")
        .args(["-qec", "zsh -i", "/dev/null"])
        .env("ZDOTDIR", &dir)
        .env("HTTPCODE_COMPLETIONS", root().join("completions"))
        .env("HTTPCODE_CANDIDATES", &out)
        .env("HTTPCODE_LINE", line)
        .env("PATH", path_with_binary())
        .env("TERM", "xterm")
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .status()
        .unwrap();
    assert!(status.success(), "zsh for {line:?}");
    let found = std::fs::read_to_string(&out).unwrap_or_default();
    let _ = std::fs::remove_dir_all(&dir);
    found.lines().map(str::to_string).collect()
}

#[test]
fn zsh_completes_like_a_person_pressing_tab() {
    if !have("zsh") || !have("script") {
        return;
    }
    let cases: &[(&str, &[&str], &[&str])] = &[
        // (line, offered, not offered)
        (
            "httpcode compare 40",
            &["400", "404", "405"],
            &["list", "500"],
        ),
        ("httpcode explain --method PA", &["PATCH"], &["GET"]),
        (
            "httpcode list ",
            &["1xx", "4xx", "5xx"],
            &["compare", "list"],
        ),
        ("httpcode compare ", &["404", "501"], &["list", "methods"]),
        ("httpcode 40", &["404"], &["list"]),
        ("httpcode co", &["compare", "completions"], &["list"]),
        ("httpcode 404 40", &["405"], &["list"]),
        ("httpcode --color ", &["always", "auto", "never"], &[]),
        ("httpcode --json list 5", &["5xx"], &["4xx"]),
        ("httpcode completions ", &["bash", "zsh", "fish"], &[]),
        ("httpcode header Retry", &["Retry-After"], &["Range"]),
        ("httpcode header ", &["Allow", "ETag"], &["404", "list"]),
    ];
    let cases: Vec<_> = cases.iter().chain(CASES).collect();
    let completions = common::in_parallel(&cases, |&&(line, _, _)| zsh_completes(line));
    for (&&(line, offered, absent), found) in cases.iter().zip(completions) {
        for want in offered {
            assert!(
                found.iter().any(|f| f == want),
                "{line:?} offers {want}: {found:?}"
            );
        }
        for unwanted in absent {
            assert!(
                !found.iter().any(|f| f == unwanted),
                "{line:?} offers {unwanted}: {found:?}"
            );
        }
    }
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
        // No word, name or URL split at a line end (groff marks its own
        // hyphenation with U+2010), and a footer whose parts stand apart.
        for line in text.lines() {
            let split = line.ends_with('\u{2010}')
                || (line.ends_with('-')
                    && line.chars().rev().nth(1).is_some_and(char::is_alphanumeric));
            assert!(
                !split,
                "{name}: a split word at a line end: {line:?}\n{text}"
            );
        }
        let footer = text.lines().rev().find(|l| !l.trim().is_empty()).unwrap();
        let parts: Vec<&str> = footer
            .split("  ")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        assert_eq!(
            parts,
            [
                &format!("httpcode {}", env!("CARGO_PKG_VERSION")),
                "2026-11-25",
                &format!("{}(1)", name.trim_end_matches(".1"))
            ],
            "{name}: {footer:?}"
        );
        if name == "httpcode.1" {
            assert!(text.contains("[--lang LANG]"), "SYNOPSIS names values");
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
        } else if name == "httpcode-completions.1" {
            // A script is printed as it is: no option changes it.
            for option in ["--json", "--color", "--format", "--lang"] {
                assert!(!text.contains(option), "{name} lists {option}");
            }
        } else {
            assert!(text.contains("--json"), "{name} lacks --json");
            assert!(text.contains("--color"), "{name} lacks --color");
            assert!(!text.contains("--version"), "{name} lists --version");
            // Each page lists the options that change that command's output.
            let takes_lang = ["httpcode-list.1", "httpcode-explain.1"].contains(&name.as_str());
            assert_eq!(text.contains("--lang"), takes_lang, "{name}: --lang");
            let takes_format = ["httpcode-list.1", "httpcode-methods.1", "httpcode-header.1"]
                .contains(&name.as_str());
            assert_eq!(text.contains("--format"), takes_format, "{name}: --format");
        }
        if name == "httpcode-explain.1" {
            let words: Vec<&str> = text.split_whitespace().collect();
            assert!(words.join(" ").contains("RFC 9110 §9.1"), "{text}");
        }
    }
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
            "outcome=interim",
            "outcome=success",
            "outcome=elsewhere",
            "outcome=condition",
            "outcome=refused",
            "outcome=failed",
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
            "source completions/httpcode.fish; complete -C 'httpcode decide size='",
        );
        assert!(
            out.lines().any(|l| l == "size=uri\tThe target URI"),
            "{out}"
        );
    }
}

/// The completion list zsh prints when Tab is pressed after `line`, with group
/// headings on (`zstyle … format`, as many users have it), escapes removed.
fn zsh_lists(line: &str) -> String {
    let dir = std::env::temp_dir().join(format!(
        "httpcode-zsh-list-{}-{}",
        std::process::id(),
        line.len()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join(".zshrc"),
        r#"
fpath=("$HTTPCODE_COMPLETIONS" $fpath)
autoload -U compinit && compinit -u -D
LISTMAX=10000
zstyle ':completion:*' format '[%d]'
zstyle ':completion:*:messages' format '[%d]'
press-tab() { BUFFER="$HTTPCODE_LINE"; CURSOR=${#BUFFER}; zle list-choices; zle -R; exit 0 }
zle -N zle-line-init press-tab
"#,
    )
    .unwrap();
    let out = Command::new("script")
        .args(["-qec", "zsh -i", "/dev/null"])
        .env("ZDOTDIR", &dir)
        .env("HTTPCODE_COMPLETIONS", root().join("completions"))
        .env("HTTPCODE_LINE", line)
        .env("PATH", path_with_binary())
        .env("TERM", "xterm")
        .env("COLUMNS", "100")
        .env("LINES", "50")
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap();
    let _ = std::fs::remove_dir_all(&dir);
    let text = String::from_utf8_lossy(&out.stdout);
    let mut plain = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            // CSI: ESC [ parameters, then a final letter.
            if chars.next() == Some('[') {
                for c in chars.by_ref() {
                    if c.is_ascii_alphabetic() {
                        break;
                    }
                }
            }
        } else if c != '\r' {
            plain.push(c);
        }
    }
    plain
}

/// What a zsh user sees: no stray "[no more arguments]" group, one code per
/// line (zsh joins codes whose descriptions are equal: `561 401 --
/// Unauthorized`), and --help described as what it does.
#[test]
fn zsh_lists_read_well() {
    if !have("zsh") || !have("script") {
        return;
    }
    let top = zsh_lists("httpcode ");
    assert!(top.contains("[status code]"), "{top}");
    assert!(top.contains("[subcommand]"), "{top}");
    assert!(!top.contains("no more arguments"), "{top}");
    for line in top.lines() {
        let codes = line
            .split_whitespace()
            .take_while(|w| *w != "--")
            .filter(|w| w.len() == 3 && w.bytes().all(|b| b.is_ascii_digit()))
            .count();
        assert!(codes <= 1, "two codes on one line: {line:?}");
    }
    assert!(top.contains("561  -- Unauthorized (AWS"), "{top}");
    let options = zsh_lists("httpcode 404 --");
    assert!(options.contains("--lang"), "{options}");
    assert!(options.contains("--help"), "{options}");
    assert!(!options.contains("see more with"), "{options}");
}

#[test]
fn fish_describes_help_as_what_it_does() {
    if !have("fish") {
        return;
    }
    for line in ["httpcode --", "httpcode compare --"] {
        let found = fish_completes(line);
        let help = found
            .iter()
            .find(|l| l.starts_with("--help\t"))
            .unwrap_or_else(|| panic!("{line:?}: {found:?}"));
        assert!(!help.contains("see more with"), "{help}");
    }
}
