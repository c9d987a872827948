//! Behaviour of the real binary that transcripts do not show well: JSON fields,
//! colour rules, closed pipes, non-UTF-8 arguments, exit codes.

use std::io::Read;
use std::process::{Command, Stdio};

use serde_json::Value;

use crate::common::{httpcode, json, run};

#[test]
fn code_json_has_the_documented_fields() {
    let v = json(&["501", "--json"]);
    assert_eq!(v["code"], 501);
    assert_eq!(v["name"], "Not Implemented");
    assert_eq!(v["class"], "5xx");
    assert_eq!(v["category"], "Server Error");
    assert_eq!(v["official"], true);
    assert_eq!(v["iana"], "assigned");
    assert_eq!(v["spec"]["document"], "RFC 9110");
    assert_eq!(v["spec"]["section"], "15.6.2");
    assert_eq!(
        v["spec"]["url"],
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.2"
    );
    assert_eq!(v["cacheable"], true);
    assert!(v["summary"].as_str().is_some_and(|s| !s.is_empty()));
    assert!(v["description"].as_str().is_some_and(|s| !s.is_empty()));
    assert_eq!(v["retry"]["kind"], "no");
    assert!(v["headers"].is_array());
    assert!(v["related"].as_array().unwrap().contains(&Value::from(405)));
}

#[test]
fn header_requirements_appear_in_json() {
    let v = json(&["405", "--json"]);
    let headers = v["headers"].as_array().unwrap();
    assert!(headers
        .iter()
        .any(|h| h["name"] == "Allow" && h["requirement"] == "MUST"));
    let v = json(&["429", "--json"]);
    assert_eq!(v["cacheable"], false);
    assert_eq!(v["retry"]["kind"], "after-delay");
}

#[test]
fn list_json_is_an_array_of_code_objects() {
    let v = json(&["list", "--json"]);
    let codes = v.as_array().unwrap();
    assert_eq!(codes.len(), 64, "every IANA-registered code");
    assert!(codes.iter().all(|c| c["official"] == true));
    let v = json(&["list", "3xx", "--json"]);
    let numbers: Vec<u64> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["code"].as_u64().unwrap())
        .collect();
    assert_eq!(numbers, [300, 301, 302, 303, 304, 305, 306, 307, 308]);
}

/// A search is an array in JSON, even with one hit (one stable shape).
#[test]
fn search_json_with_one_hit_is_an_array_of_one() {
    let v = json(&["payload", "too", "large", "--json"]);
    assert_eq!(v.as_array().unwrap().len(), 1);
    let v = &v[0];
    assert_eq!(v["code"], 413);
    assert!(v["aliases"]
        .as_array()
        .unwrap()
        .contains(&Value::from("Payload Too Large")));
}

/// Whether `httpcode ARGS` prints escape codes into a pipe with `env` set.
fn coloured(args: &[&str], env: &[(&str, &str)]) -> bool {
    let out = httpcode()
        .args(args)
        .envs(env.iter().copied())
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).contains('\x1b')
}

#[test]
fn no_colour_into_a_pipe_unless_forced() {
    assert!(!coloured(&["404"], &[]), "no escape codes when piped");
    assert!(coloured(&["404", "--color", "always"], &[]));
    assert!(
        coloured(&["404", "--color", "always"], &[("NO_COLOR", "1")]),
        "the flag wins"
    );
    assert!(coloured(&["404"], &[("CLICOLOR_FORCE", "1")]));
    assert!(!coloured(&["404"], &[("CLICOLOR_FORCE", "0")]));
    assert!(
        !coloured(&["404"], &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")]),
        "NO_COLOR wins over CLICOLOR_FORCE"
    );
    assert!(!coloured(
        &["404", "--color", "never"],
        &[("CLICOLOR_FORCE", "1")]
    ));
}

/// Output far larger than a pipe's buffer (64 KiB on Linux), so that the write
/// really meets a closed pipe.
#[test]
fn closed_pipe_ends_quietly() {
    let (_, full, _) = run(&["list", "--all", "--json"]);
    assert!(full.len() > 2 * 65536, "needs more than a pipe buffer");
    let mut child = httpcode()
        .args(["list", "--all", "--json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // Read one byte, then hang up, like `httpcode list --all --json | head -c1`.
    let mut stdout = child.stdout.take().unwrap();
    let mut byte = [0u8; 1];
    stdout.read_exact(&mut byte).unwrap();
    drop(stdout);
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let status = child.wait().unwrap();
    assert_eq!(status.code(), Some(0), "stderr: {stderr}");
    assert_eq!(stderr, "", "a closed pipe is not an error");
}

#[test]
fn closed_pipe_via_shell_head() {
    let out = Command::new("bash")
        .arg("-c")
        .arg(format!(
            "{} list --all --json | head -1; echo \"status=${{PIPESTATUS[0]}}\"",
            env!("CARGO_BIN_EXE_httpcode")
        ))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(stdout, "[\nstatus=0\n");
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}

/// A full disk is not a closed pipe: every command says so and exits 74.
#[cfg(target_os = "linux")]
#[test]
fn a_failed_write_exits_74_for_every_command() {
    for args in [
        &["--help"][..],
        &["--version"],
        &["help", "list"],
        &["501"],
        &["list", "--json"],
        &["compare", "405", "501"],
        &["completions", "zsh"],
    ] {
        let out = httpcode()
            .args(args)
            .stdout(std::fs::File::create("/dev/full").unwrap())
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(74), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.starts_with("httpcode: error: cannot write output:"),
            "{args:?}: {stderr}"
        );
    }
}

/// Global options work before or after a subcommand, and a repeated option
/// takes its last value, so `alias hc='httpcode --color always'` can be overridden.
#[test]
fn options_before_a_subcommand_apply_to_it() {
    let v = json(&["--json", "list", "5xx"]);
    assert_eq!(v[0]["code"], 500);
    let v = json(&["--json", "methods"]);
    assert!(v.as_array().unwrap().iter().any(|m| m["method"] == "PATCH"));
    assert!(coloured(&["--color", "always", "list"], &[]));
    let (code, stdout, _) = run(&["--color", "never", "compare", "405", "501"]);
    assert_eq!(code, 0);
    assert!(stdout.starts_with("405 vs 501"), "{stdout}");
    assert!(!stdout.contains('\x1b'));
    assert!(!coloured(
        &["--color", "always", "404", "--color", "never"],
        &[]
    ));
    assert!(coloured(
        &["--color", "never", "list", "--color", "always"],
        &[]
    ));
    let v = json(&["--lang", "go", "list", "--json"]);
    assert_eq!(v[0]["constants"]["go"], "http.StatusContinue");
    assert!(v[0]["constants"].get("python").is_none());
}

/// Runs the binary on a pseudo-terminal (util-linux `script`), as a user's
/// terminal would, and returns what it printed.
fn on_a_terminal(args: &str, env: &[(&str, &str)]) -> String {
    let command = format!("{} {args}", env!("CARGO_BIN_EXE_httpcode"));
    let out = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env("TERM", "xterm-256color")
        .env("COLUMNS", "80")
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .output()
        .expect("script (util-linux) runs");
    assert!(out.status.success(), "{args}: {out:?}");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn a_terminal_gets_colour_unless_term_is_dumb() {
    assert!(on_a_terminal("404", &[]).contains('\x1b'));
    assert!(!on_a_terminal("404", &[("TERM", "dumb")]).contains('\x1b'));
    assert!(on_a_terminal("404 --color always", &[("TERM", "dumb")]).contains('\x1b'));
    assert!(!on_a_terminal("404", &[("NO_COLOR", "1")]).contains('\x1b'));
}

#[test]
fn columns_sets_the_width_of_prose() {
    for width in [60, 80] {
        let out = httpcode()
            .args(["explain", "501"])
            .env("COLUMNS", width.to_string())
            .output()
            .unwrap();
        let text = String::from_utf8(out.stdout).unwrap();
        // Indented lines are prose; a URL longer than the width cannot be wrapped.
        let prose: Vec<&str> = text
            .lines()
            .filter(|l| l.starts_with("  ") && !l.contains("://"))
            .collect();
        assert!(prose.len() > 5);
        let widest = prose.iter().map(|l| l.chars().count()).max().unwrap();
        assert!(widest < width, "COLUMNS={width}: a line of {widest}");
        assert!(widest > width - 15, "COLUMNS={width}: prose should fill it");
    }
}

#[cfg(unix)]
#[test]
fn non_utf8_argument_is_a_message_not_a_panic() {
    use std::os::unix::ffi::OsStrExt;
    let out = httpcode()
        .arg(std::ffi::OsStr::from_bytes(b"caf\xe9"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("invalid UTF-8"), "{stderr}");
    assert!(!stderr.contains("panicked"));
}

#[test]
fn no_arguments_prints_help_and_fails() {
    let (code, _, stderr) = run(&[]);
    assert_eq!(code, 2);
    assert!(stderr.contains("Usage: httpcode"), "{stderr}");
}

#[test]
fn help_has_examples_and_version_works() {
    let (code, stdout, _) = run(&["--help"]);
    assert_eq!(code, 0);
    assert!(stdout.contains("httpcode method not allowed"));
    assert!(stdout.contains("Exit status:"));
    let (code, stdout, _) = run(&["--version"]);
    assert_eq!(code, 0);
    // Each IANA registry copy's own "last updated" date (data/dataset.yaml): the
    // status-code copy is the one that extended 104's registration.
    assert_eq!(
        stdout,
        format!(
            "httpcode {} (IANA registry copies last updated: status codes 2025-09-15, \
             methods (date not recorded), field names 2026-05-15)\n",
            env!("CARGO_PKG_VERSION")
        )
    );
}

#[test]
fn errors_go_to_stderr_only() {
    for args in [&["209"][..], &["999"], &["qwertyuiop"], &[""]] {
        let (code, stdout, stderr) = run(args);
        assert_ne!(code, 0, "{args:?}");
        assert!(stdout.is_empty(), "{args:?}: {stdout}");
        assert!(
            stderr.starts_with("httpcode: error: "),
            "{args:?}: {stderr}"
        );
    }
}

#[test]
fn list_all_adds_unofficial_codes_marked() {
    let v = json(&["list", "--all", "--json"]);
    let codes = v.as_array().unwrap();
    assert!(codes.len() > 64);
    let nginx = codes.iter().find(|c| c["code"] == 499).expect("499 listed");
    assert_eq!(nginx["official"], false);
    let vendors: Vec<&str> = nginx["vendors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v["name"].as_str().unwrap())
        .collect();
    assert_eq!(vendors, ["nginx", "Esri ArcGIS"]);
    assert!(nginx["vendors"][0]["source"]
        .as_str()
        .unwrap()
        .starts_with("https://"));
    let (_, text, _) = run(&["list", "--all"]);
    assert!(text
        .lines()
        .any(|l| l.starts_with("| 499") && l.contains("unofficial: nginx")));
    let (_, text, _) = run(&["list"]);
    assert!(
        !text.contains("| 499"),
        "plain list shows registered codes only"
    );
}

#[test]
fn constants_in_json_follow_lang() {
    let v = json(&["501", "--json"]);
    assert_eq!(v["constants"]["python"], "HTTPStatus.NOT_IMPLEMENTED");
    assert_eq!(v["constants"]["go"], "http.StatusNotImplemented");
    let v = json(&["501", "--json", "--lang", "go"]);
    let keys: Vec<&String> = v["constants"].as_object().unwrap().keys().collect();
    assert_eq!(keys, ["go"]);
}

#[test]
fn compare_json_shape() {
    let v = json(&["compare", "405", "501", "--json"]);
    assert_eq!(v["codes"], serde_json::json!([405, 501]));
    assert_eq!(v["curated"], true);
    assert_eq!(v["title"], "405 vs 501 vs 400");
    assert!(v["distinction"].as_str().unwrap().contains("501"));
    let questions = v["questions"].as_array().unwrap();
    assert_eq!(questions[0], "Method implemented for any resource?");
    let rows = v["rows"].as_array().unwrap();
    let codes: Vec<u64> = rows.iter().map(|r| r["code"].as_u64().unwrap()).collect();
    assert_eq!(codes, [405, 501, 400]);
    assert_eq!(rows[1]["answers"][0], "No");
    assert_eq!(rows[0]["answers"][0], "Yes");
    assert_eq!(rows[2]["requested"], false);
    for row in rows {
        assert_eq!(row["answers"].as_array().unwrap().len(), questions.len());
    }
    let v = json(&["compare", "200", "404", "--json"]);
    assert_eq!(v["curated"], false);
    assert!(v["title"].is_null());
}

#[test]
fn method_json_shape() {
    let v = json(&["explain", "--method", "PATCH", "--json"]);
    assert_eq!(v["method"], "PATCH");
    assert_eq!(v["registered"], true);
    assert_eq!(v["safe"], false);
    assert_eq!(v["idempotent"], false);
    assert_eq!(v["family"], "core");
    assert_eq!(v["spec"]["document"], "RFC 5789");
    assert!(v["errors"]
        .as_array()
        .unwrap()
        .iter()
        .any(|e| e["code"] == 415));
    let out = httpcode()
        .args(["explain", "--method", "FOO", "--json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["registered"], false);
    assert!(v["safe"].is_null());
    assert_eq!(v["errors"][0]["code"], 501);
    // Method names are case-sensitive: "patch" is another, unregistered method.
    let (code, stdout, _) = run(&["explain", "--method", "patch", "--json"]);
    assert_eq!(code, 1, "an unregistered method is not found");
    let v: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(v["registered"], false);
    assert_eq!(v["case_of"], "PATCH");
    let v = json(&["methods", "--json"]);
    assert_eq!(v.as_array().unwrap().len(), 41);
}

#[test]
fn invalid_method_tokens_exit_2() {
    for bad in ["GE T", "", "GET\n", "GÉT", "(GET)"] {
        let out = httpcode()
            .args(["explain", "--method", bad])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{bad:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains("is not a valid method name"),
            "{bad:?}: {stderr}"
        );
    }
}

/// clap's rejections and httpcode's own errors read alike: `httpcode: error:`
/// first, then at most one `hint:` line, with no colour into a pipe.
#[test]
fn every_error_starts_the_same_way() {
    for args in [
        &["--colr", "never"][..],
        &["--color", "nevr"],
        &["compare"],
        &["list", "--retry", "soon"],
        &["404", "--problem"],
        &["999"],
        &["compare", "404", "404"],
        &["header", "X-Nope"],
        &["decide", "outcome=maybe"],
    ] {
        let (code, _, stderr) = run(args);
        assert!(code == 1 || code == 2, "{args:?}: {code}");
        let lines: Vec<&str> = stderr.lines().collect();
        assert!(
            lines[0].starts_with("httpcode: error: "),
            "{args:?}: {stderr}"
        );
        assert!(
            lines[1..].iter().all(|l| l.starts_with("hint: ")) && lines.len() <= 2,
            "{args:?}: {stderr}"
        );
        assert!(!stderr.contains('\x1b'), "{args:?}: {stderr:?}");
    }
    let (_, _, stderr) = run(&["--colr", "never"]);
    assert_eq!(
        stderr,
        "httpcode: error: unexpected argument '--colr' found\n\
         hint: a similar argument exists: '--color'\n"
    );
}
