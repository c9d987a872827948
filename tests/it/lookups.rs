//! What people paste and type: several codes, status lines, curl's 000 and a
//! browser's 0, one line per code, list filters, JSON failures and --open.

use serde_json::Value;

use crate::common::{httpcode, run};

/// The codes of a Markdown table or of one-line output, in order.
fn codes_in(text: &str) -> Vec<u16> {
    text.lines()
        .filter_map(|l| {
            let l = l.trim_start_matches('|').trim_start();
            l.get(..3)?.parse().ok()
        })
        .collect()
}

#[test]
fn several_codes_give_a_table_in_the_order_given() {
    let (code, stdout, stderr) = run(&["500", "200", "404"]);
    assert_eq!(code, 0, "{stderr}");
    assert_eq!(codes_in(&stdout), [500, 200, 404]);
    // The same columns as every other list.
    assert!(
        stdout.starts_with("| Code | Name                  | Summary "),
        "{stdout}"
    );
    let (_, stdout, _) = run(&["200", "404", "--json"]);
    let v: Value = serde_json::from_str(&stdout).unwrap();
    let got: Vec<u64> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["code"].as_u64().unwrap())
        .collect();
    assert_eq!(got, [200, 404]);
}

/// Good codes still print; each bad one is reported; the exit is the worst.
#[test]
fn several_codes_report_each_failure_and_exit_with_the_worst() {
    let (code, stdout, stderr) = run(&["200", "999", "209", "404"]);
    assert_eq!(
        code, 2,
        "999 is invalid (2), worse than 209 not registered (1)"
    );
    assert_eq!(codes_in(&stdout), [200, 404]);
    assert!(stderr.contains("invalid status code: \"999\""), "{stderr}");
    assert!(
        stderr.contains("209 is not a registered HTTP status code"),
        "{stderr}"
    );
    let (code, stdout, stderr) = run(&["200", "209"]);
    assert_eq!(code, 1);
    assert_eq!(codes_in(&stdout), [200]);
    assert!(stderr.contains("209"));
    let (code, stdout, _) = run(&["999", "209", "--json"]);
    assert_eq!(code, 2, "nothing valid: the worst failure");
    let v: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(v["error"]["exit"], 2);
}

#[test]
fn pasted_status_lines_open_the_card() {
    for line in [
        &["404", "Not", "Found"][..],
        &["HTTP/1.1 404 Not Found"],
        &["HTTP/2", "404"],
        &["HTTP/1.0 404 File not found"],
        &["404 not found"],
    ] {
        let (code, stdout, stderr) = run(line);
        assert_eq!(code, 0, "{line:?}: {stderr}");
        let card = stdout
            .lines()
            .find(|l| !l.starts_with("Note") && !l.starts_with(' '))
            .unwrap_or_default();
        assert!(stdout.contains("404 Not Found\n"), "{line:?}: {card}");
    }
    // A phrase other than the code's names is pointed out, once, with its source.
    let (_, stdout, _) = run(&["404 File not found"]);
    assert!(
        stdout.starts_with("Note: the reason phrase \"File not found\""),
        "{stdout}"
    );
    assert!(stdout.contains("RFC 9112 §4"));
    let (_, stdout, _) = run(&["HTTP/1.1 404 Not Found"]);
    assert!(!stdout.contains("Note:"), "{stdout}");
    // nginx's "405 Not Allowed": a reason phrase is free text.
    let (_, stdout, _) = run(&["405 Not Allowed", "--json"]);
    let v: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(v["code"], 405);
    assert_eq!(v["pasted_reason"], "Not Allowed");
    let (_, stdout, _) = run(&["405", "--json"]);
    let v: Value = serde_json::from_str(&stdout).unwrap();
    assert!(v.get("pasted_reason").is_none());
}

/// curl prints 000 when no response arrived; a browser's status 0 means the
/// same. Neither is an HTTP status code, and both are explained, with sources.
#[test]
fn zero_and_triple_zero_are_explained() {
    let (code, stdout, _) = run(&["000"]);
    assert_eq!(code, 0);
    assert!(stdout.starts_with("000  No HTTP response (curl)  [not an HTTP status code]"));
    assert!(stdout.contains("https://curl.se/libcurl/c/CURLINFO_RESPONSE_CODE.html"));
    let (code, stdout, _) = run(&["0", "--json"]);
    assert_eq!(code, 0);
    let v: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(v["number"], "0");
    assert_eq!(v["status_code"], false);
    assert!(v["sources"]
        .as_array()
        .unwrap()
        .iter()
        .any(|s| s == "https://fetch.spec.whatwg.org/#concept-network-error"));
    for bad in ["00", "0000", "600", "99", "1000"] {
        let (code, _, stderr) = run(&[bad]);
        assert_eq!(code, 2, "{bad}: {stderr}");
    }
}

#[test]
fn oneline_prints_code_name_summary_without_colour() {
    let (code, stdout, _) = run(&["list", "--format", "oneline"]);
    assert_eq!(code, 0);
    let registered = httpcode::data::codes()
        .iter()
        .filter(|c| c.official())
        .count();
    assert_eq!(stdout.lines().count(), registered);
    for line in stdout.lines() {
        let fields: Vec<&str> = line.split('\t').collect();
        assert_eq!(fields.len(), 3, "{line:?}");
        let record = httpcode::data::code(fields[0].parse().unwrap()).unwrap();
        assert_eq!(fields[1], record.name);
        assert_eq!(fields[2], record.summary);
    }
    let (_, stdout, _) = run(&["gateway", "--format", "oneline"]);
    // Names first, then codes whose causes mention a gateway.
    assert_eq!(codes_in(&stdout), [502, 504, 102, 413]);
    let (_, stdout, _) = run(&["teapot", "--format", "oneline"]);
    let teapot = httpcode::data::code(418).unwrap();
    assert_eq!(
        stdout,
        format!("418\t{}\t{}\n", teapot.name, teapot.summary)
    );
    // Colour only when forced.
    let out = httpcode()
        .args(["list", "--format", "oneline", "--color", "always"])
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains('\x1b'));
    let out = httpcode()
        .args(["list", "--format", "oneline"])
        .env("CLICOLOR_FORCE", "1")
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains('\x1b'));
}

#[test]
fn list_filters_combine_with_a_class_and_json() {
    // RFC 9110 §15.5.14 (413 SHOULD), RFC 6585 §4 (429 MAY), RFC 9110 §15.6.4 (503 MAY).
    let (_, stdout, _) = run(&["list", "--header", "retry-after"]);
    let found = codes_in(&stdout);
    for code in [413, 429, 503] {
        assert!(found.contains(&code), "{found:?}");
    }
    let (_, stdout, _) = run(&[
        "list",
        "5xx",
        "--header",
        "Retry-After",
        "--format",
        "oneline",
    ]);
    assert_eq!(codes_in(&stdout), [503]);
    let (_, stdout, _) = run(&["list", "--cacheable", "--json"]);
    let v: Value = serde_json::from_str(&stdout).unwrap();
    let cacheable: Vec<u64> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["code"].as_u64().unwrap())
        .collect();
    let expected: Vec<u64> = httpcode::data::codes()
        .iter()
        .filter(|c| c.official() && c.caching.heuristic)
        .map(|c| u64::from(c.code))
        .collect();
    assert_eq!(cacheable, expected);
    // RFC 9110 §15.1: 200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414,
    // 501; RFC 7725 §3 makes 451 cacheable by default too.
    assert_eq!(
        cacheable,
        [200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501]
    );
    let (_, stdout, _) = run(&["list", "--retry", "after-delay", "--format", "oneline"]);
    for code in codes_in(&stdout) {
        assert_eq!(
            httpcode::data::code(code).unwrap().retry.kind.key(),
            "after-delay"
        );
    }
    let (code, _, stderr) = run(&["list", "--retry", "sometimes"]);
    assert_eq!(code, 2, "{stderr}");
    assert!(stderr.contains("after-delay"), "lists the kinds: {stderr}");
    let (code, _, stderr) = run(&["list", "1xx", "--header", "Allow"]);
    assert_eq!(code, 1, "{stderr}");
}

/// Every kind `--retry` offers is spelled as the data and the JSON spell it.
#[test]
fn retry_kinds_match_their_json_spelling() {
    for kind in httpcode::model::RetryKind::ALL {
        assert_eq!(serde_json::to_value(kind).unwrap(), kind.key());
    }
}

#[test]
fn failures_with_json_print_an_error_object() {
    for (args, exit) in [
        (&["999", "--json"][..], 2),
        (&["209", "--json"], 1),
        (&["xyzzy plugh", "--json"], 1),
        (&["compare", "405", "--json"], 2),
    ] {
        let (code, stdout, stderr) = run(args);
        assert_eq!(code, exit, "{args:?}");
        let v: Value =
            serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{args:?}: {e}: {stdout}"));
        assert_eq!(v["error"]["exit"], exit);
        assert!(v["error"]["message"].as_str().unwrap().len() > 5);
        assert!(v["error"].get("hint").is_some());
        assert!(
            stderr.starts_with("httpcode: error: "),
            "the text still goes to stderr"
        );
    }
}

#[test]
fn a_search_in_json_is_always_an_array() {
    let (_, stdout, _) = run(&["teapot", "--json"]);
    let v: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 1);
    assert_eq!(v[0]["code"], 418);
    let (_, stdout, _) = run(&["418", "--json"]);
    let v: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(v["code"], 418, "a code by number is the object itself");
}

/// `--open` hands the section's URL to `$BROWSER`, else to the platform's
/// opener, and says so when there is none.
#[cfg(target_os = "linux")]
#[test]
fn open_hands_the_url_to_the_opener() {
    use std::os::unix::fs::PermissionsExt;
    let dir = std::env::temp_dir().join(format!("httpcode-open-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let log = dir.join("opened");
    let opener = dir.join("xdg-open");
    std::fs::write(
        &opener,
        format!("#!/bin/sh\necho \"$1\" > {}\n", log.display()),
    )
    .unwrap();
    std::fs::set_permissions(&opener, std::fs::Permissions::from_mode(0o755)).unwrap();
    let out = httpcode()
        .args(["501", "--open"])
        .env("PATH", &dir)
        .env_remove("BROWSER")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let opened = std::fs::read_to_string(&log).unwrap();
    assert_eq!(
        opened.trim(),
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.2"
    );
    // $BROWSER comes first: a list of commands, the first one missing.
    let browser = dir.join("my-browser");
    std::fs::write(
        &browser,
        format!("#!/bin/sh\necho \"$1 $2\" > {}\n", log.display()),
    )
    .unwrap();
    std::fs::set_permissions(&browser, std::fs::Permissions::from_mode(0o755)).unwrap();
    let out = httpcode()
        .args(["501", "--open"])
        .env("PATH", &dir)
        .env("BROWSER", "no-such-browser:my-browser --new-tab %s")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let opened = std::fs::read_to_string(&log).unwrap();
    assert_eq!(
        opened.trim(),
        "--new-tab https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.2"
    );
    std::fs::remove_file(&opener).unwrap();
    let out = httpcode()
        .args(["501", "--open"])
        .env("PATH", &dir)
        .env_remove("BROWSER")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("xdg-open is not installed"), "{stderr}");
    assert!(stderr.contains("https://www.rfc-editor.org/rfc/rfc9110.html#section-15.6.2"));
    let _ = std::fs::remove_dir_all(&dir);
}

/// Constant names from code open the card of their code, in any case; a
/// renamed one says which name is current. Names written from each runtime's
/// source: Go net/http, Python http.HTTPStatus, Rust http::StatusCode, .NET
/// HttpStatusCode, Rack symbols, Symfony Response, Java HttpURLConnection.
#[test]
fn constant_names_open_their_code() {
    for (name, code) in [
        ("StatusTeapot", 418),
        ("http.StatusNotFound", 404),
        ("HTTPStatus.NOT_FOUND", 404),
        ("NOT_FOUND", 404),
        ("not_found", 404),
        ("StatusCode::NOT_FOUND", 404),
        ("HttpStatusCode.UnprocessableEntity", 422),
        (":unprocessable_entity", 422),
        ("Response::HTTP_UNPROCESSABLE_ENTITY", 422),
        ("HTTP_NOT_IMPLEMENTED", 501),
        ("HttpURLConnection.HTTP_GONE", 410),
    ] {
        let (exit, stdout, stderr) = run(&[name]);
        assert_eq!(exit, 0, "{name}: {stderr}");
        let card = stdout.lines().find(|l| l.starts_with(&code.to_string()));
        assert!(card.is_some(), "{name} opens {code}:\n{stdout}");
        let (_, stdout, _) = run(&[name, "--json"]);
        let v: Value = serde_json::from_str(&stdout).unwrap();
        assert_eq!(v["code"], code, "{name}");
    }
    // Spring 7.0 deprecated PAYLOAD_TOO_LARGE for CONTENT_TOO_LARGE (413).
    let (_, stdout, _) = run(&["HttpStatus.PAYLOAD_TOO_LARGE"]);
    let text = stdout.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        text.starts_with("Note: HttpStatus.PAYLOAD_TOO_LARGE is a former name in Spring"),
        "{stdout}"
    );
    assert!(text.contains("the current name is HttpStatus.CONTENT_TOO_LARGE"));
    assert!(stdout.contains("413 Content Too Large"));
    // An unknown constant: not found, with the closest constant name.
    let (exit, stdout, stderr) = run(&["StatusTeapott"]);
    assert_eq!(exit, 1);
    assert_eq!(stdout, "");
    assert!(
        stderr.contains("did you mean http.StatusTeapot (418)?"),
        "{stderr}"
    );
}
