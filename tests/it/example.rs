//! `httpcode CODE --example`: for every registered code, the raw response is
//! checked against the dataset's header rules (read back through `--json`, not
//! from the renderer) and against HTTP/1.1's framing rules.

use serde_json::Value;

use crate::common::run;

/// A parsed raw response: status line, fields in order, body.
struct Response {
    status_line: String,
    fields: Vec<(String, String)>,
    body: String,
}

impl Response {
    fn parse(raw: &str) -> Response {
        let (head, body) = raw
            .split_once("\r\n\r\n")
            .unwrap_or_else(|| panic!("no empty line after the header section:\n{raw}"));
        let mut lines = head.split("\r\n");
        let status_line = lines.next().unwrap().to_string();
        let fields = lines
            .map(|line| {
                assert!(
                    !line.contains('\n'),
                    "bare LF in the header section: {line:?}"
                );
                let (name, value) = line
                    .split_once(": ")
                    .unwrap_or_else(|| panic!("not a field line: {line:?}"));
                (name.to_string(), value.to_string())
            })
            .collect();
        Response {
            status_line,
            fields,
            body: body.to_string(),
        }
    }

    fn field(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

fn registered_codes() -> Vec<Value> {
    let (code, stdout, _) = run(&["list", "--json"]);
    assert_eq!(code, 0);
    serde_json::from_str::<Value>(&stdout)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

/// Words that find exactly one code give its example, as its number does.
#[test]
fn words_naming_one_code_give_its_example() {
    let (code, by_words, stderr) = run(&["not", "implemented", "--example"]);
    assert_eq!(code, 0, "{stderr}");
    let (_, by_number, _) = run(&["501", "--example"]);
    assert_eq!(by_words, by_number);
    assert!(by_words.starts_with("HTTP/1.1 501 Not Implemented\r\n"));
}

/// Checks one example against the code's record and HTTP/1.1 framing.
fn check(record: &Value, raw: &str) -> Response {
    let n = record["code"].as_u64().unwrap();
    let name = record["name"].as_str().unwrap();
    let response = Response::parse(raw);
    assert_eq!(response.status_line, format!("HTTP/1.1 {n} {name}"));
    let headers = record["headers"].as_array().unwrap();
    let required =
        |h: &&Value| ["MUST", "SHOULD", "USED"].contains(&h["requirement"].as_str().unwrap());
    let forbidden: Vec<&str> = headers
        .iter()
        .filter(|h| h["requirement"] == "MUST NOT")
        .map(|h| h["name"].as_str().unwrap())
        .collect();
    for header in headers.iter().filter(required) {
        let field = header["name"].as_str().unwrap();
        if forbidden.iter().any(|f| f.eq_ignore_ascii_case(field)) {
            continue; // required in one case, forbidden in another (415's Accept-Encoding)
        }
        if n == 413 && field == "Retry-After" {
            continue; // only for a temporary condition: see example_rules_per_code
        }
        let value = response.field(field);
        assert!(
            value.is_some_and(|v| !v.is_empty()),
            "{n}: {field} missing:\n{raw}"
        );
    }
    for field in &forbidden {
        assert!(
            response.field(field).is_none(),
            "{n}: {field} is forbidden:\n{raw}"
        );
    }
    // RFC 9110 §6.6.1: Date in 2xx–4xx from a server with a clock.
    if (200..500).contains(&n) {
        assert!(response.field("Date").is_some(), "{n}: no Date:\n{raw}");
    }
    // RFC 9110 §6.4.1, §15.3.6: no content in 1xx, 204, 205, 304.
    if n < 200 || [204, 205, 304].contains(&n) {
        assert_eq!(response.body, "", "{n}: content where none is allowed");
        assert!(response.field("Content-Type").is_none(), "{n}:\n{raw}");
    } else {
        assert!(!response.body.is_empty(), "{n}: no content");
        assert!(response.field("Content-Type").is_some(), "{n}:\n{raw}");
    }
    // RFC 9110 §8.6, RFC 9112 §6.1: no framing fields in 1xx and 204.
    if n < 200 || n == 204 {
        for field in ["Content-Length", "Transfer-Encoding"] {
            assert!(response.field(field).is_none(), "{n}: {field}:\n{raw}");
        }
    } else if n != 304 {
        // RFC 9112 §6.3: Content-Length frames the body, so it equals its length.
        let length = response.field("Content-Length");
        assert_eq!(
            length,
            Some(response.body.len().to_string().as_str()),
            "{n}:\n{raw}"
        );
    }
    response
}

#[test]
fn every_registered_code_has_a_correct_example_or_a_reason() {
    let codes = registered_codes();
    assert_eq!(codes.len(), 64);
    for record in &codes {
        let n = record["code"].as_u64().unwrap().to_string();
        let (code, stdout, stderr) = run(&[&n, "--example"]);
        if record["iana"] == "unused" {
            assert_eq!(code, 1, "{n}");
            assert_eq!(stdout, "");
            assert!(stderr.contains("reserved and unused"), "{n}: {stderr}");
            continue;
        }
        if n == "208" || n == "305" {
            assert_eq!(code, 1, "{n}");
            assert_eq!(stdout, "");
            continue; // see example_rules_per_code
        }
        assert_eq!(code, 0, "{n}: {stderr}");
        check(record, &stdout);
    }
}

#[test]
fn problem_details_bodies_for_every_error_code() {
    for record in registered_codes() {
        let n = record["code"].as_u64().unwrap();
        if n < 400 || record["iana"] == "unused" {
            continue;
        }
        let (code, stdout, stderr) = run(&[&n.to_string(), "--example", "--problem"]);
        assert_eq!(code, 0, "{n}: {stderr}");
        let response = check(&record, &stdout);
        assert_eq!(
            response.field("Content-Type"),
            Some("application/problem+json")
        );
        let problem: Value = serde_json::from_str(&response.body).expect("JSON body");
        assert_eq!(problem["type"], "about:blank");
        assert_eq!(problem["title"], record["name"]);
        assert_eq!(problem["status"], n);
        assert!(problem["detail"].as_str().is_some_and(|d| !d.is_empty()));
    }
}

/// Specific values a reader would check first.
#[test]
fn examples_carry_plausible_required_values() {
    let cases: &[(&str, &[&str])] = &[
        ("405", &["Allow: GET, HEAD"]),
        ("401", &["WWW-Authenticate: Bearer realm=\"example\""]),
        ("101", &["Upgrade: websocket", "Connection: upgrade"]),
        ("416", &["Content-Range: bytes */1234"]),
        (
            "451",
            &["Link: <https://isp.example.net/legal/blocking>; rel=\"blocked-by\""],
        ),
        ("200", &["Date: Sun, 06 Nov 1994 08:49:37 GMT"]),
    ];
    for &(n, lines) in cases {
        let (code, stdout, _) = run(&[n, "--example"]);
        assert_eq!(code, 0);
        for line in lines {
            assert!(
                stdout.contains(&format!("{line}\r\n")),
                "{n}: {line}:\n{stdout}"
            );
        }
    }
}

/// What a careful server sends for the codes whose record alone does not say:
/// 207's content is an XML multistatus (RFC 4918 §13); 208 exists only inside
/// one (RFC 5842 §7.1) and 305 is deprecated (RFC 9110 §15.4.6), so neither has
/// an example; Retry-After goes with 429 and 503 (RFC 6585 §4, RFC 9110
/// §15.6.4) but not with 413, where it fits only a temporary condition (RFC
/// 9110 §15.5.14); 511's content links to the sign-in page (RFC 6585 §6); 300's
/// lists the choices, the preferred one in Location (RFC 9110 §15.4.1); 226
/// names its instance-manipulations in IM (RFC 3229 §10.5.2); a WebSocket 101
/// carries Sec-WebSocket-Accept (RFC 6455 §4.2.2).
#[test]
fn example_rules_per_code() {
    let example = |n: &str| {
        let (code, stdout, stderr) = run(&[n, "--example"]);
        assert_eq!(code, 0, "{n}: {stderr}");
        Response::parse(&stdout)
    };
    let r207 = example("207");
    assert_eq!(
        r207.field("Content-Type"),
        Some("application/xml; charset=utf-8")
    );
    assert!(r207
        .body
        .starts_with("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"));
    assert!(r207.body.contains("<D:multistatus xmlns:D=\"DAV:\">"));
    assert!(r207.body.contains("<D:status>HTTP/1.1 200 OK</D:status>"));
    assert!(r207.body.ends_with("</D:multistatus>\n"));

    for (n, reason) in [
        ("208", "208 occurs only inside a 207 Multi-Status body"),
        ("305", "305 is deprecated (RFC 9110 §15.4.6)"),
    ] {
        let (code, stdout, stderr) = run(&[n, "--example"]);
        assert_eq!((code, stdout.as_str()), (1, ""), "{n}");
        assert!(stderr.contains(reason), "{n}: {stderr}");
    }

    assert_eq!(example("413").field("Retry-After"), None);
    assert_eq!(example("429").field("Retry-After"), Some("120"));
    assert_eq!(example("503").field("Retry-After"), Some("120"));

    assert!(example("511")
        .body
        .contains("Sign in to use this network: https://login.example.net/\n"));
    let (_, problem, _) = run(&["511", "--example", "--problem"]);
    assert!(problem.contains("sign in at https://login.example.net/"));

    let r300 = example("300");
    assert_eq!(
        r300.field("Location"),
        Some("https://www.example.com/report.html")
    );
    assert!(r300
        .body
        .contains("\n  https://www.example.com/report.html (HTML)\n  https://www.example.com/report.pdf (PDF)\n"));

    assert_eq!(example("226").field("IM"), Some("vcdiff"));
    let r101 = example("101");
    assert_eq!(r101.field("Upgrade"), Some("websocket"));
    assert_eq!(
        r101.field("Sec-WebSocket-Accept"),
        Some("s3pPLMBiTxaQ9kYGzzhZRbK+xOo=")
    );
}

/// Failures: unused and unofficial codes have no example (exit 1); --problem
/// without --example, or with --json, is a usage error (exit 2); so is
/// --problem for a code that is not an error, and --example for a class or
/// words that match several codes. Words that match none are "not found".
#[test]
fn example_failures() {
    let cases: &[(&[&str], i32, &str)] = &[
        (&["306", "--example"], 1, "306 is reserved and unused"),
        (&["418", "--example"], 1, "418 is reserved and unused"),
        (
            &["499", "--example"],
            1,
            "499 is not a registered status code",
        ),
        (
            &["209", "--example"],
            1,
            "209 is not a registered HTTP status code",
        ),
        (&["404", "--problem"], 2, "--example"),
        (&["404", "--example", "--json"], 2, "cannot be used with"),
        (
            &["200", "--example", "--problem"],
            2,
            "--problem describes errors",
        ),
        (&["4xx", "--example"], 2, "--example needs one status code"),
        (
            &["gateway", "--example"],
            2,
            "--example needs one status code; \"gateway\" matches 502, 504",
        ),
        (
            &["Retry-After", "--example"],
            2,
            "--example needs one status code",
        ),
        (&["not", "implimented", "--example"], 1, "did you mean 501"),
    ];
    for &(args, exit, message) in cases {
        let (code, stdout, stderr) = run(args);
        assert_eq!(code, exit, "{args:?}: {stderr}");
        assert_eq!(stdout, "", "{args:?}");
        assert!(stderr.contains(message), "{args:?}: {stderr}");
    }
}

/// Every example, plain and as problem details, passes `httpcode check` with
/// no error and no warning: the two commands agree on what a correct response is.
#[test]
fn every_example_passes_check() {
    use std::io::Write;
    use std::process::{Command, Stdio};
    for code in httpcode::data::codes().iter().filter(|c| c.official()) {
        let number = code.code.to_string();
        for flags in [&["--example"][..], &["--example", "--problem"]] {
            let mut args = vec![number.as_str()];
            args.extend_from_slice(flags);
            let (exit, example, _) = run(&args);
            if exit != 0 {
                continue; // 306, 418; --problem below 400
            }
            let mut check = Command::new(env!("CARGO_BIN_EXE_httpcode"))
                .args(["check", "--json"])
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .spawn()
                .unwrap();
            check
                .stdin
                .take()
                .unwrap()
                .write_all(example.as_bytes())
                .unwrap();
            let out = check.wait_with_output().unwrap();
            assert_eq!(out.status.code(), Some(0), "{args:?}");
            let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
            assert_eq!(v["errors"], 0, "{args:?}: {v}");
            assert_eq!(v["warnings"], 0, "{args:?}: {v}");
        }
    }
}
