//! A table of real inputs, as people paste and type them: lines from curl and
//! access logs, constants from each supported framework, typed comparisons and
//! lists, classes, and everyday words. Each row states the codes the JSON
//! answer must hold, in order, and a line stderr must carry.

use serde_json::Value;

use crate::common::run;

/// The codes of a JSON answer: a card's `code`, a list's codes in order, or a
/// comparison's `codes`.
fn codes_of(json: &Value) -> Vec<u64> {
    if let Some(list) = json.as_array() {
        return list.iter().filter_map(|c| c["code"].as_u64()).collect();
    }
    if let Some(codes) = json["codes"].as_array() {
        return codes.iter().filter_map(Value::as_u64).collect();
    }
    json["code"].as_u64().into_iter().collect()
}

const ACCESS_COMBINED: &str = r#"203.0.113.7 - - [12/Mar/2025:08:14:02 +0000] "POST /api/upload HTTP/1.1" 413 183 "-" "Mozilla/5.0 (X11; Linux x86_64)""#;
const ACCESS_COMMON: &str =
    r#"127.0.0.1 - frank [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326"#;
const NGINX_502: &str = r#"192.168.1.20 - - [03/Feb/2026:22:01:45 +0100] "GET /health HTTP/2.0" 502 157 "-" "kube-probe/1.29""#;
const NGINX_404_V6: &str = r#"2001:db8::1 - - [03/Feb/2026:22:01:45 +0100] "HEAD /favicon.ico HTTP/1.1" 404 0 "-" "curl/8.5.0""#;

/// (arguments, the codes expected in order, a line stderr must hold).
const TABLE: &[(&[&str], &[u64], &str)] = &[
    // curl -v and status lines
    (
        &["< HTTP/1.1 404 Not Found"],
        &[404],
        "read 404 from a curl -v line",
    ),
    (&["< HTTP/2 503"], &[503], "read 503 from a curl -v line"),
    (
        &["<", "HTTP/2", "200"],
        &[200],
        "read 200 from a curl -v line",
    ),
    (&["< HTTP/1.1 429 Too Many Requests"], &[429], "read 429"),
    (
        &["HTTP/1.1 301 Moved Permanently"],
        &[301],
        "read 301 from a status line",
    ),
    (&["HTTP/2 204"], &[204], "read 204 from a status line"),
    (
        &["HTTP/1.0", "500", "Internal", "Server", "Error"],
        &[500],
        "read 500",
    ),
    // access logs
    (
        &[ACCESS_COMBINED],
        &[413],
        "read 413 from an access-log line",
    ),
    (&[ACCESS_COMMON], &[200], "read 200 from an access-log line"),
    (&[NGINX_502], &[502], "read 502 from an access-log line"),
    (&[NGINX_404_V6], &[404], "read 404 from an access-log line"),
    (
        &["upstream answered HTTP/1.1 504 after 60s"],
        &[504],
        "read 504 from a line",
    ),
    // frameworks' constants
    (&["status.HTTP_422_UNPROCESSABLE_ENTITY"], &[422], ""),
    (&["HTTP_422_UNPROCESSABLE_ENTITY"], &[422], ""),
    (&["status.http_404_not_found"], &[404], ""),
    (&["fastapi.status.HTTP_418_IM_A_TEAPOT"], &[418], ""),
    (&["HTTP_509_BANDWIDTH_LIMIT_EXCEEDED"], &[509], ""),
    (&["StatusCodes.Status404NotFound"], &[404], ""),
    (&["Status429TooManyRequests"], &[429], ""),
    (&["StatusCodes.Status413PayloadTooLarge"], &[413], ""),
    (&["HttpServletResponse.SC_NOT_FOUND"], &[404], ""),
    (&["SC_UNPROCESSABLE_CONTENT"], &[422], ""),
    (&["sc_service_unavailable"], &[503], ""),
    (&["HttpStatusCode.TooManyRequests"], &[429], ""),
    (&["HttpStatusCode.PayloadTooLarge"], &[413], ""),
    (&[":unprocessable_content"], &[422], ""),
    (&[":request_uri_too_long"], &[414], ""),
    (&["statusteapot"], &[418], ""),
    (&["StatusTeapot"], &[418], ""),
    (&["http.StatusNotFound"], &[404], ""),
    (&["HTTPStatus.NOT_FOUND"], &[404], ""),
    (&["HttpStatus.BAD_GATEWAY"], &[502], ""),
    (&["Response::HTTP_GONE"], &[410], ""),
    (&["StatusCode::IM_A_TEAPOT"], &[418], ""),
    (
        &["HTTP_599_WHATEVER"],
        &[599],
        "knows no constant named \"HTTP_599_WHATEVER\"",
    ),
    (
        &["Status413RequestEntityTooLarge"],
        &[413],
        "showing 413, the number in the name",
    ),
    // comparisons and lists
    (&["401 or 403"], &[401, 403], ""),
    (&["401", "vs", "403"], &[401, 403], ""),
    (&["404", "versus", "410"], &[404, 410], ""),
    (&["404 500 or"], &[404, 500], ""),
    (&["405 or 501 or 400"], &[405, 501, 400], ""),
    (&["404, 500, 502"], &[404, 500, 502], ""),
    (&["404,500"], &[404, 500], ""),
    (&["301/302"], &[301, 302], ""),
    (&["502|503|504"], &[502, 503, 504], ""),
    (&["200", "and", "201"], &[200, 201], ""),
    (
        &["401 or 403 please"],
        &[401, 403],
        "ignored words: \"please\"",
    ),
    (
        &["got", "a", "503", "from", "nginx"],
        &[503],
        "ignored words: \"got\", \"a\"",
    ),
    // codes and classes
    (&["501"], &[501], ""),
    (&["404", "or"], &[404], "ignored words: \"or\""),
    (&["1xx", "2xx"], &[100, 101, 102, 103, 104, 200], ""),
    // everyday words
    (&["teapot"], &[418], ""),
    (&["not found"], &[404], ""),
    (&["gone"], &[410], ""),
    (&["too many requests"], &[429], ""),
    (&["bad gateway"], &[502], ""),
    (&["gateway timeout"], &[504], ""),
    (&["unprocessable"], &[422], ""),
    (&["forbidden"], &[403], ""),
    (&["payment required"], &[402], ""),
    (&["I'm a teapot"], &[418], ""),
];

#[test]
fn every_real_input_lands_on_its_codes() {
    assert!(TABLE.len() >= 60, "{} rows", TABLE.len());
    for (args, expected, note) in TABLE {
        let mut with_json = args.to_vec();
        with_json.push("--json");
        let (code, stdout, stderr) = run(&with_json);
        assert_eq!(code, 0, "{args:?}: {stderr}");
        let json: Value = serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("{args:?}: {e}"));
        let got = codes_of(&json);
        assert!(
            got.starts_with(expected),
            "{args:?}: expected {expected:?} first, got {got:?}"
        );
        assert!(
            stderr.contains(note),
            "{args:?}: stderr {stderr:?} lacks {note:?}"
        );
    }
}

#[test]
fn a_pasted_line_prints_the_card_and_says_what_was_read() {
    let (code, stdout, stderr) = run(&[ACCESS_COMBINED]);
    assert_eq!(code, 0);
    assert!(stdout.starts_with("413 Content Too Large\n"), "{stdout}");
    assert_eq!(stderr, "httpcode: read 413 from an access-log line\n");
}

#[test]
fn a_line_without_a_status_code_says_so() {
    for line in [
        r#"127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "-" - -"#,
        "< HTTP/1.1",
        "GET /index.html HTTP/1.1",
    ] {
        let (code, stdout, stderr) = run(&[line]);
        assert_eq!(code, 1, "{line}");
        assert_eq!(stdout, "");
        assert!(
            stderr.starts_with("httpcode: error: no status code found in this line\n"),
            "{line}: {stderr}"
        );
    }
}

#[test]
fn near_misses_are_named() {
    let (code, _, stderr) = run(&["40x"]);
    assert_eq!(code, 2);
    assert_eq!(
        stderr,
        "httpcode: error: invalid status code: \"40x\"\nhint: did you mean 4xx?\n"
    );
    let (code, _, stderr) = run(&["\u{7f}ELF\u{2}\u{1b}[0m"]);
    assert_eq!(code, 1);
    assert!(stderr.contains("\"\\x7fELF\\x02\\x1b[0m\"\n"), "{stderr}");
    assert!(!stderr.contains("\\u{"), "{stderr}");
}

#[test]
fn a_mistyped_subcommand_is_still_named_before_a_list() {
    let (code, _, stderr) = run(&["compar", "405", "501"]);
    assert_eq!(code, 2);
    assert!(
        stderr.contains("did you mean: httpcode compare 405 501"),
        "{stderr}"
    );
}

#[test]
fn or_runs_the_curated_comparison() {
    let (code, stdout, _) = run(&["401 or 403"]);
    assert_eq!(code, 0);
    let (_, curated, _) = run(&["compare", "401", "403"]);
    assert_eq!(stdout, curated);
}
