//! `httpcode check` on real responses: a small HTTP server (std only, started
//! by each test on a free local port) answers per path, real `curl` captures
//! the responses (-i, -I, -v, -L) and the real binary reads them. Hand-written
//! fixtures (`tests/fixtures/check/`) cover what a local server cannot send
//! through curl: HTTP/2 and HTTP/3 status lines, folded fields, LF line ends,
//! a proxy's CONNECT answer, HAR files, and input that is not HTTP.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::thread;

use serde_json::Value;

// ---------------------------------------------------------------- the server

/// Starts a server on a free port; returns its base URL. It lives as long as
/// the test process.
fn server() -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind a free port");
    let addr = listener.local_addr().expect("local address");
    thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            thread::spawn(move || {
                let _ = serve(stream);
            });
        }
    });
    format!("http://{addr}")
}

/// Reads one request, answers it by path, closes the connection.
fn serve(stream: TcpStream) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    let mut length = 0usize;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line == "\r\n" {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            if name.eq_ignore_ascii_case("content-length") {
                length = value.trim().parse().unwrap_or(0);
            }
        }
    }
    let mut body = vec![0; length];
    reader.read_exact(&mut body)?;
    let mut parts = request_line.split_whitespace();
    let method = parts.next().unwrap_or_default().to_string();
    let path = parts.next().unwrap_or_default().to_string();
    let mut out = stream;
    out.write_all(&respond(&method, &path))?;
    out.flush()
}

/// One response per path; the comments say what each one is for.
fn respond(method: &str, path: &str) -> Vec<u8> {
    let date = format!(
        "Date: {}",
        httpdate::fmt_http_date(std::time::SystemTime::now())
    );
    let head = |status: &str, fields: &[&str], body: &str| -> Vec<u8> {
        let mut text = format!("HTTP/1.1 {status}\r\n{date}\r\nConnection: close\r\n");
        for field in fields {
            text.push_str(field);
            text.push_str("\r\n");
        }
        text.push_str("\r\n");
        if method != "HEAD" {
            text.push_str(body);
        }
        text.into_bytes()
    };
    let html = "<html><body>405</body></html>\n";
    let cl = |body: &str| format!("Content-Length: {}", body.len());
    match path {
        // stock nginx on a POST to a static file: no Allow, its own reason phrase
        "/405" => head(
            "405 Not Allowed",
            &["Content-Type: text/html", &cl(html)],
            html,
        ),
        "/405-allow" => head(
            "405 Method Not Allowed",
            &["Allow: GET, HEAD", "Content-Type: text/html", &cl(html)],
            html,
        ),
        "/401" => head("401 Unauthorized", &["Content-Length: 0"], ""),
        "/401-challenge" => head(
            "401 Unauthorized",
            &[
                "WWW-Authenticate: Basic realm=\"test\"",
                "Content-Length: 0",
            ],
            "",
        ),
        "/206" => head(
            "206 Partial Content",
            &[
                "Content-Range: bytes 0-4/10",
                "Content-Type: text/plain",
                "Content-Length: 5",
                "Cache-Control: max-age=60",
            ],
            "01234",
        ),
        "/206-bare" => head(
            "206 Partial Content",
            &["Content-Type: text/plain", "Content-Length: 5"],
            "01234",
        ),
        "/206-multi" => {
            let body = "--SEP\r\nContent-Type: text/plain\r\nContent-Range: bytes 0-1/10\r\n\r\n01\r\n\
                        --SEP\r\nContent-Type: text/plain\r\nContent-Range: bytes 3-4/10\r\n\r\n34\r\n\
                        --SEP--\r\n";
            head(
                "206 Partial Content",
                &[
                    "Content-Type: multipart/byteranges; boundary=SEP",
                    &cl(body),
                    "Cache-Control: max-age=60",
                ],
                body,
            )
        }
        "/416" => head(
            "416 Range Not Satisfiable",
            &["Content-Range: bytes */10", "Content-Length: 0"],
            "",
        ),
        "/416-bare" => head("416 Range Not Satisfiable", &["Content-Length: 0"], ""),
        "/304" => head("304 Not Modified", &["ETag: \"v1\""], ""),
        "/204" => head("204 No Content", &[], ""),
        "/204-length" => head("204 No Content", &["Content-Length: 0"], ""),
        "/old" => head(
            "301 Moved Permanently",
            &["Location: /middle", "Content-Length: 0"],
            "",
        ),
        "/middle" => head("302 Found", &["Location: /new", "Content-Length: 0"], ""),
        // credentials in a redirect target (RFC 9110 §4.2.4 forbids them)
        "/login" => head(
            "302 Found",
            &[
                "Location: http://admin:s3cret@127.0.0.1/home",
                "Content-Length: 0",
            ],
            "",
        ),
        "/new" => head(
            "200 OK",
            &[
                "Content-Type: text/plain",
                "Content-Length: 3",
                "Cache-Control: no-cache",
            ],
            "new",
        ),
        // Content-Length promises 10 bytes, the connection closes after 5.
        "/short" => head(
            "200 OK",
            &[
                "Content-Type: text/plain",
                "Content-Length: 10",
                "Cache-Control: no-cache",
            ],
            "hello",
        ),
        "/created" => head("201 Created", &["Content-Length: 0"], ""),
        "/continue" => {
            let mut out = b"HTTP/1.1 100 Continue\r\n\r\n".to_vec();
            out.extend(head("204 No Content", &[], ""));
            out
        }
        // A plain cacheable page: only the heuristic-freshness note.
        "/page" => head(
            "200 OK",
            &[
                "Content-Type: text/plain",
                "Content-Length: 3",
                "ETag: \"p\"",
            ],
            "ok\n",
        ),
        "/teapot" => head(
            "418 I'm a teapot",
            &["Content-Type: text/plain", "Content-Length: 3"],
            "tea",
        ),
        // A complete length beyond any integer type: valid (RFC 9110 §14.1.2).
        "/206-huge" => head(
            "206 Partial Content",
            &[
                "Content-Range: bytes 1-3/99999999999999999999",
                "Content-Type: text/plain",
                "Content-Length: 3",
                "Cache-Control: max-age=60",
            ],
            "abc",
        ),
        // JSON as APIs send it: no line end after the content
        "/json" => head(
            "200 OK",
            &[
                "Content-Type: application/json",
                "Content-Length: 11",
                "Cache-Control: no-cache",
            ],
            "{\"ok\":true}",
        ),
        // a long body with everything check must count as content
        "/large" => head(
            "200 OK",
            &[
                "Content-Type: text/plain",
                &cl(&large_body()),
                "Cache-Control: no-cache",
            ],
            &large_body(),
        ),
        // gzip-coded content: Content-Length counts the coded bytes.
        "/gzip" => {
            let coded = gzip(&"All work and no play. ".repeat(120));
            let mut out = format!(
                "HTTP/1.1 200 OK\r\n{date}\r\nConnection: close\r\nContent-Type: text/plain\r\n\
                 Content-Encoding: gzip\r\nCache-Control: no-cache\r\nContent-Length: {}\r\n\r\n",
                coded.len()
            )
            .into_bytes();
            if method != "HEAD" {
                out.extend(coded);
            }
            out
        }
        _ => head("404 Not Found", &["Content-Length: 0"], ""),
    }
}

/// `text` gzip-coded by the gzip program.
fn gzip(text: &str) -> Vec<u8> {
    let mut child = Command::new("gzip")
        .arg("-c")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("gzip runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(text.as_bytes())
        .expect("gzip reads");
    child.wait_with_output().expect("gzip ends").stdout
}

// ------------------------------------------------------------- the programs

/// curl's output for these arguments (stderr too, for -v), as a shell pipe has it.
pub(crate) fn curl(args: &str) -> Vec<u8> {
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!("curl --max-time 10 {args} 2>&1"))
        .output()
        .expect("sh runs");
    assert!(
        !out.stdout.starts_with(b"sh:"),
        "curl is not installed (.ci/run installs it): {}",
        String::from_utf8_lossy(&out.stdout)
    );
    out.stdout
}

/// Runs `httpcode check ARGS` with `input` on stdin: (exit status, stdout, stderr).
fn check_raw(input: &[u8], args: &[&str]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_httpcode"))
        .arg("check")
        .args(args)
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("httpcode runs");
    let mut stdin = child.stdin.take().expect("stdin");
    let input = input.to_vec();
    let writer = thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let out = child.wait_with_output().expect("httpcode ends");
    writer.join().expect("writer");
    (
        out.status.code().expect("exited normally, not by a signal"),
        String::from_utf8(out.stdout).expect("UTF-8 stdout"),
        String::from_utf8(out.stderr).expect("UTF-8 stderr"),
    )
}

/// `check --json`: the parsed report and the exit status.
pub(crate) fn check(input: &[u8], args: &[&str]) -> (Value, i32) {
    let mut all = vec!["--json"];
    all.extend_from_slice(args);
    let (code, stdout, stderr) = check_raw(input, &all);
    let value = serde_json::from_str(&stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {stdout}\nstderr: {stderr}"));
    (value, code)
}

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/check")
        .join(name)
}

fn read_fixture(name: &str) -> Vec<u8> {
    std::fs::read(fixture(name)).expect("fixture")
}

/// The findings of response `i` as (level, rule, field).
pub(crate) fn findings(report: &Value, i: usize) -> Vec<(String, String, Option<String>)> {
    report["responses"][i]["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["level"].as_str().unwrap().to_string(),
                f["rule"].as_str().unwrap().to_string(),
                f["field"].as_str().map(str::to_string),
            )
        })
        .collect()
}

/// The first finding of `rule` for response `i`; the test fails without one.
fn first_of_rule<'a>(report: &'a Value, i: usize, rule: &str) -> &'a Value {
    report["responses"][i]["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .find(|f| f["rule"] == rule)
        .unwrap_or_else(|| panic!("no {rule} finding: {report}"))
}

pub(crate) fn has(report: &Value, i: usize, level: &str, rule: &str, field: Option<&str>) -> bool {
    findings(report, i)
        .iter()
        .any(|(l, r, f)| l == level && r == rule && f.as_deref() == field)
}

fn statuses(report: &Value) -> Vec<u64> {
    report["responses"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["status"].as_u64().unwrap())
        .collect()
}

// ------------------------------------------------- real responses, real curl

#[test]
fn nginx_style_405_without_allow_is_an_error() {
    let base = server();
    let (report, exit) = check(&curl(&format!("-si -X POST {base}/405")), &[]);
    assert_eq!(exit, 1);
    assert_eq!(statuses(&report), [405]);
    assert!(has(&report, 0, "error", "header-required", Some("Allow")));
    let allow = &report["responses"][0]["findings"][0];
    assert_eq!(allow["source"], "RFC 9110 §15.5.6");
    assert_eq!(allow["fix"], "add \"Allow: GET, HEAD\"");
    assert!(has(&report, 0, "note", "reason-phrase", None));
    assert_eq!(report["responses"][0]["method"], Value::Null);
    assert_eq!(report["errors"], 1);

    let (report, exit) = check(&curl(&format!("-si -X POST {base}/405-allow")), &[]);
    assert_eq!(exit, 0, "{report}");
    assert!(!has(&report, 0, "error", "header-required", Some("Allow")));
    assert_eq!(report["errors"], 0);
}

#[test]
fn allow_listing_the_refused_method_is_a_warning_with_strict_failing() {
    let base = server();
    let input = curl(&format!("-si -X HEAD {base}/405-allow"));
    let (report, exit) = check(&input, &["--method", "GET"]);
    assert!(has(
        &report,
        0,
        "warning",
        "allow-lists-method",
        Some("Allow")
    ));
    assert_eq!(exit, 0, "a warning alone passes");
    let (_, exit) = check(&input, &["--method", "GET", "--strict"]);
    assert_eq!(exit, 1, "--strict counts warnings as errors");
}

#[test]
fn a_401_needs_a_challenge() {
    let base = server();
    let (report, exit) = check(&curl(&format!("-si {base}/401")), &[]);
    assert_eq!(exit, 1);
    assert!(has(
        &report,
        0,
        "error",
        "header-required",
        Some("WWW-Authenticate")
    ));
    let (report, exit) = check(&curl(&format!("-si {base}/401-challenge")), &[]);
    assert_eq!(exit, 0, "{report}");
    assert!(findings(&report, 0).iter().all(|(l, _, _)| l != "error"));
}

#[test]
fn partial_content_single_and_multipart() {
    let base = server();
    let (report, exit) = check(&curl(&format!("-si -r 0-4 {base}/206")), &[]);
    assert_eq!(exit, 0, "{report}");
    assert!(!has(
        &report,
        0,
        "error",
        "header-required",
        Some("Content-Range")
    ));
    assert!(!findings(&report, 0)
        .iter()
        .any(|(_, r, _)| r == "content-length-mismatch"));

    let (report, exit) = check(&curl(&format!("-si -r 0-4 {base}/206-bare")), &[]);
    assert_eq!(exit, 1);
    assert!(has(
        &report,
        0,
        "error",
        "header-required",
        Some("Content-Range")
    ));

    // A multipart/byteranges 206 carries Content-Range in each part instead.
    let (report, exit) = check(&curl(&format!("-si -r 0-1,3-4 {base}/206-multi")), &[]);
    assert_eq!(exit, 0, "{report}");
    assert!(!findings(&report, 0)
        .iter()
        .any(|(_, _, f)| f.as_deref() == Some("Content-Range")));
}

#[test]
fn range_not_satisfiable_should_give_the_length() {
    let base = server();
    let (report, exit) = check(&curl(&format!("-si -r 20-30 {base}/416")), &[]);
    assert_eq!(exit, 0, "{report}");
    assert!(!findings(&report, 0)
        .iter()
        .any(|(_, _, f)| f.as_deref() == Some("Content-Range")));
    let (report, exit) = check(&curl(&format!("-si -r 20-30 {base}/416-bare")), &[]);
    assert_eq!(exit, 0, "a SHOULD is a warning");
    assert!(has(
        &report,
        0,
        "warning",
        "header-required",
        Some("Content-Range")
    ));
}

#[test]
fn not_modified_and_no_content() {
    let base = server();
    let (report, exit) = check(&curl(&format!("-si {base}/304")), &[]);
    assert_eq!(exit, 0, "{report}");
    // "if a 200 would have carried it": without that 200 in the input this
    // is unknowable, so one note names the fields and invents no value.
    let required: Vec<&Value> = report["responses"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "header-required")
        .collect();
    assert_eq!(required.len(), 1, "{report}");
    assert_eq!(required[0]["level"], "note");
    assert_eq!(required[0]["fix"], Value::Null);
    let message = required[0]["message"].as_str().unwrap();
    assert!(
        message.starts_with("304 without Cache-Control, Expires, Vary and Content-Location"),
        "{message}"
    );
    let (report, exit) = check(&curl(&format!("-si {base}/204")), &[]);
    assert_eq!(exit, 0, "{report}");
    assert_eq!(report["errors"], 0);
    let (report, exit) = check(&curl(&format!("-si {base}/204-length")), &[]);
    assert_eq!(exit, 1);
    assert!(has(
        &report,
        0,
        "error",
        "header-forbidden",
        Some("Content-Length")
    ));
}

#[test]
fn every_hop_of_a_redirect_chain_is_checked() {
    let base = server();
    for flags in ["-sIL", "-siL"] {
        let (report, exit) = check(&curl(&format!("{flags} {base}/old")), &[]);
        assert_eq!(statuses(&report), [301, 302, 200], "{flags}");
        assert_eq!(exit, 0, "{flags}: {report}");
        // curl prints no body for the hops: no framing finding about them.
        for i in 0..3 {
            assert!(
                !findings(&report, i)
                    .iter()
                    .any(|(_, r, _)| r.starts_with("content-")),
                "{flags} response {i}: {report}"
            );
        }
    }
}

#[test]
fn curl_verbose_output_gives_the_method() {
    let base = server();
    let (report, exit) = check(&curl(&format!("-sv -X PATCH {base}/405")), &[]);
    assert_eq!(exit, 1);
    assert_eq!(report["responses"][0]["method"], "PATCH");
    assert!(has(&report, 0, "error", "header-required", Some("Allow")));

    // 201 Location is a SHOULD after POST only: a warning when curl shows the
    // POST, a note when nothing shows the method, nothing after PUT.
    let created = format!("{base}/created");
    let (report, _) = check(&curl(&format!("-sv -X POST {created}")), &[]);
    assert_eq!(report["responses"][0]["method"], "POST");
    assert!(has(
        &report,
        0,
        "warning",
        "header-required",
        Some("Location")
    ));
    let plain = curl(&format!("-si -X POST {created}"));
    let (report, _) = check(&plain, &[]);
    assert!(has(&report, 0, "note", "header-required", Some("Location")));
    let (report, _) = check(&plain, &["--method", "PUT"]);
    assert!(!findings(&report, 0)
        .iter()
        .any(|(_, _, f)| f.as_deref() == Some("Location")));

    // curl -I sends HEAD, and -v shows it.
    let (report, exit) = check(&curl(&format!("-svI {base}/new")), &[]);
    assert_eq!(report["responses"][0]["method"], "HEAD");
    assert_eq!(exit, 0, "{report}");
}

#[test]
fn dump_header_verbose_with_include_and_verbose_chains_read_alike() {
    let base = server();
    // -D - writes the header section to stdout before the body, like -i.
    let (dumped, exit) = check(&curl(&format!("-s -D - -X POST {base}/405")), &[]);
    let (included, _) = check(&curl(&format!("-si -X POST {base}/405")), &[]);
    assert_eq!(exit, 1);
    assert_eq!(dumped, included);

    // -v with -i prints each header section twice (prefixed and plain): it is
    // still one response, with its method.
    let (report, exit) = check(&curl(&format!("-svi -X DELETE {base}/405")), &[]);
    assert_eq!(statuses(&report), [405], "{report}");
    assert_eq!(report["responses"][0]["method"], "DELETE");
    assert_eq!(exit, 1);

    // -v with -L: every hop, each with the method of its own request line.
    let (report, exit) = check(&curl(&format!("-svL {base}/old")), &[]);
    assert_eq!(statuses(&report), [301, 302, 200], "{report}");
    for i in 0..3 {
        assert_eq!(report["responses"][i]["method"], "GET");
    }
    assert_eq!(exit, 0, "{report}");
}

#[test]
fn an_incomplete_body_is_an_error() {
    let base = server();
    let (report, exit) = check(&curl(&format!("-si {base}/short")), &[]);
    assert_eq!(exit, 1, "{report}");
    assert!(has(
        &report,
        0,
        "error",
        "content-length-mismatch",
        Some("Content-Length")
    ));
}

#[test]
fn interim_responses_are_checked_on_their_own() {
    let base = server();
    let (report, exit) = check(&curl(&format!("-si {base}/continue")), &[]);
    assert_eq!(statuses(&report), [100, 204]);
    assert_eq!(exit, 0, "{report}");
    assert!(findings(&report, 0).is_empty(), "{report}");
}

// ---------------------------------------------------------------- fixtures

#[test]
fn http2_and_http3_status_lines_have_no_reason_phrase() {
    let (report, exit) = check(&read_fixture("http2.txt"), &[]);
    assert_eq!(exit, 0, "{report}");
    assert_eq!(report["responses"][0]["version"], "HTTP/2");
    assert_eq!(report["responses"][0]["reason"], Value::Null);
    let (report, exit) = check(&read_fixture("http3.txt"), &[]);
    assert_eq!(report["responses"][0]["version"], "HTTP/3");
    assert_eq!(report["responses"][0]["status"], 503);
    assert!(has(
        &report,
        0,
        "error",
        "retry-after-syntax",
        Some("Retry-After")
    ));
    assert_eq!(exit, 1);
}

#[test]
fn lf_and_crlf_line_ends_read_the_same() {
    let lf = read_fixture("http10-lf.txt");
    let crlf = String::from_utf8(lf.clone()).unwrap().replace('\n', "\r\n");
    let (a, _) = check(&lf, &[]);
    let (b, _) = check(crlf.as_bytes(), &[]);
    assert_eq!(a, b);
    assert_eq!(a["responses"][0]["version"], "HTTP/1.0");
    assert!(has(&a, 0, "warning", "header-required", Some("Location")));
}

#[test]
fn a_last_line_without_its_line_end_is_still_read() {
    let (report, exit) = check(
        b"HTTP/1.1 204 No Content\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT",
        &[],
    );
    assert_eq!(exit, 0, "{report}");
    assert_eq!(statuses(&report), [204]);
    assert!(!has(&report, 0, "warning", "date-missing", Some("Date")));
}

#[test]
fn folded_and_repeated_fields() {
    let (report, exit) = check(&read_fixture("folded.txt"), &[]);
    assert_eq!(exit, 1);
    assert!(has(&report, 0, "error", "obs-fold", Some("X-Policy")));
    // Vary is a list: sending it twice is fine.
    assert!(!findings(&report, 0)
        .iter()
        .any(|(_, r, _)| r == "duplicate-field"));
}

#[test]
fn a_proxy_connect_answer_is_its_own_response() {
    let (report, exit) = check(&read_fixture("proxy-connect.txt"), &[]);
    assert_eq!(statuses(&report), [200, 401]);
    assert_eq!(report["responses"][0]["method"], "CONNECT");
    assert!(findings(&report, 0).is_empty(), "{report}");
    assert!(has(
        &report,
        1,
        "error",
        "header-required",
        Some("WWW-Authenticate")
    ));
    assert_eq!(exit, 1);
}

#[test]
fn har_files_by_flag_by_argument_and_on_stdin() {
    let path = fixture("session.har");
    let path = path.to_str().unwrap();
    let (code, by_flag, _) = check_raw(b"", &["--json", "--har", path]);
    assert_eq!(code, 1);
    let (_, by_argument, _) = check_raw(b"", &["--json", path]);
    let (on_stdin, _) = check(&read_fixture("session.har"), &[]);
    let by_flag: Value = serde_json::from_str(&by_flag).unwrap();
    assert_eq!(
        by_flag,
        serde_json::from_str::<Value>(&by_argument).unwrap()
    );
    assert_eq!(by_flag, on_stdin);
    // The entry with status 0 (blocked by the browser) has no response: it
    // is listed as skipped, with its reason.
    assert_eq!(statuses(&by_flag), [405, 204]);
    assert_eq!(by_flag["responses"][0]["entry"], 1);
    assert_eq!(
        by_flag["responses"][0]["url"],
        "https://api.example.com/items/1"
    );
    assert_eq!(by_flag["responses"][0]["line"], Value::Null);
    assert_eq!(by_flag["skipped"][0]["entry"], 2);
    assert_eq!(by_flag["skipped"][0]["url"], "https://example.com/blocked");
    assert!(by_flag["skipped"][0]["reason"]
        .as_str()
        .unwrap()
        .starts_with("no response"));
    let (_, text, _) = check_raw(&read_fixture("session.har"), &[]);
    assert!(
        text.contains("HAR entry 2 · https://example.com/blocked · skipped: no response"),
        "{text}"
    );
    assert!(text.contains("; 1 HAR entry skipped"), "{text}");
    assert_eq!(by_flag["responses"][0]["method"], "DELETE");
    assert_eq!(by_flag["responses"][0]["version"], "HTTP/2");
    assert!(has(&by_flag, 0, "error", "header-required", Some("Allow")));
    assert!(has(&by_flag, 1, "error", "content-forbidden", None));
    assert!(has(
        &by_flag,
        1,
        "error",
        "header-forbidden",
        Some("Content-Length")
    ));
}

#[test]
fn the_json_shape_is_the_documented_one() {
    let (report, _) = check(&read_fixture("nginx-405.txt"), &["--method", "POST"]);
    let keys = |v: &Value| -> Vec<String> {
        let mut k: Vec<String> = v.as_object().unwrap().keys().cloned().collect();
        k.sort();
        k
    };
    assert_eq!(
        keys(&report),
        ["errors", "notes", "responses", "skipped", "warnings"]
    );
    let response = &report["responses"][0];
    assert_eq!(
        keys(response),
        ["entry", "findings", "line", "method", "reason", "status", "url", "version"]
    );
    assert_eq!(response["line"], 1);
    assert_eq!(response["entry"], Value::Null);
    assert_eq!(response["method"], "POST");
    assert_eq!(response["reason"], "Not Allowed");
    for finding in response["findings"].as_array().unwrap() {
        assert_eq!(
            keys(finding),
            ["field", "fix", "level", "message", "rule", "source"]
        );
    }
}

// ------------------------------------------ curl as a new user runs it

/// `curl -v URL 2>&1` without -s: the progress meter (glued to curl's own
/// lines by carriage returns) and `Note:` lines are curl's, not the input's.
#[test]
fn curl_verbose_without_silent_is_read() {
    let base = server();
    let input = curl(&format!("-v {base}/405-allow"));
    assert!(
        String::from_utf8_lossy(&input).contains("% Total"),
        "curl printed its progress meter"
    );
    let (report, exit) = check(&input, &[]);
    assert_eq!(exit, 0, "{report}");
    assert_eq!(statuses(&report), [405]);
    assert_eq!(report["responses"][0]["method"], "GET");
    // curl's "Note: Unnecessary use of -X" line comes first.
    let input = curl(&format!("-v -X POST -d x {base}/405"));
    assert!(String::from_utf8_lossy(&input).starts_with("Note: "));
    let (report, exit) = check(&input, &[]);
    assert_eq!(exit, 1, "{report}");
    assert_eq!(report["responses"][0]["method"], "POST");
    assert!(has(&report, 0, "error", "header-required", Some("Allow")));
    // -i without -s, stderr piped along: the meter comes before the response.
    let (report, exit) = check(&curl(&format!("-i {base}/page")), &[]);
    assert_eq!(exit, 0, "{report}");
    assert_eq!(report["errors"], 0);
    assert_eq!(report["warnings"], 0);
}

/// A redirect whose target carries credentials, as real curl prints it
/// (-i without -s, the meter and all): an error naming Location, with the
/// section; the text shows the input as it came.
#[test]
fn credentials_in_a_redirect_target_are_an_error() {
    let base = server();
    let captured = curl(&format!("-i {base}/login"));
    let (report, exit) = check(&captured, &[]);
    assert_eq!(exit, 1, "{report}");
    let finding = first_of_rule(&report, 0, "uri-userinfo");
    assert_eq!(finding["field"], "Location");
    assert_eq!(finding["source"], "RFC 9110 §4.2.4");
    let (_, text, _) = check_raw(&captured, &[]);
    assert!(
        text.contains("Location \"http://admin:s3cret@127.0.0.1/home\" has userinfo"),
        "{text}"
    );
}

/// Output with no response at all (curl without -i) is refused, with the
/// curl flags that print one.
#[test]
fn input_without_a_response_names_the_curl_flags() {
    let base = server();
    let (code, stdout, stderr) = check_raw(&curl(&format!("{base}/page")), &[]);
    assert_eq!(code, 2, "{stdout}");
    assert!(stderr.contains("is not an HTTP status line"), "{stderr}");
    assert!(stderr.contains("curl -si URL | httpcode check"), "{stderr}");
    assert!(
        stderr.contains("curl -sv URL 2>&1 | httpcode check"),
        "{stderr}"
    );
}

/// curl --compressed decodes gzip: Content-Encoding explains why the bytes
/// that follow differ from Content-Length, and there is nothing to fix.
#[test]
fn compressed_content_is_not_a_length_error() {
    let base = server();
    let (report, exit) = check(&curl(&format!("-si --compressed {base}/gzip")), &[]);
    assert_eq!(exit, 0, "{report}");
    let finding = first_of_rule(&report, 0, "content-length-mismatch");
    assert_eq!(finding["level"], "note");
    assert_eq!(finding["fix"], Value::Null);
    assert!(finding["message"].as_str().unwrap().contains("gzip"));
    // Without --compressed the bytes are the coded ones: no finding at all.
    let (report, _) = check(&curl(&format!("-si {base}/gzip")), &[]);
    assert!(findings(&report, 0)
        .iter()
        .all(|(_, r, _)| r != "content-length-mismatch"));
}

/// About 400 KB of text: LF and CRLF lines, a line longer than the 64 KiB
/// check reads of a header line, lines that start like a status line or a
/// progress-meter heading without being one, and a last line with no end.
fn large_body() -> String {
    let mut body = String::new();
    for i in 0..3000 {
        body.push_str(&format!("{i:>6} {}\n", "x".repeat(72)));
        if i % 3 == 0 {
            body.push_str("a line that ends in CRLF\r\n");
        }
        if i == 1500 {
            body.push_str(&"y".repeat(100_000));
            body.push_str("\nHTTP/ is the protocol's name, not a status line\n");
            body.push_str("HTTPS is not either\n   % Totally plain\n\n\r\n");
        }
    }
    body.push_str("no line end at the end");
    body
}

/// A long body is counted to the byte, whether curl's progress meter is
/// mixed in (no -s, stderr piped along) or another response follows.
#[test]
fn a_long_body_is_counted_to_the_byte() {
    let base = server();
    let length = large_body().len();
    let (report, exit) = check(&curl(&format!("-i {base}/large")), &[]);
    assert_eq!(exit, 0, "{report}");
    assert!(findings(&report, 0)
        .iter()
        .all(|(_, r, _)| r != "content-length-mismatch"));

    let captured = curl(&format!("-i {base}/large {base}/204"));
    let (report, _) = check(&captured, &[]);
    assert_eq!(report["responses"].as_array().map(Vec::len), Some(2));
    assert!(findings(&report, 0)
        .iter()
        .all(|(_, r, _)| r != "content-length-mismatch"));

    // Say the length is 7 bytes more: the message names the real count.
    let text = String::from_utf8_lossy(&captured).replacen(
        &format!("Content-Length: {length}"),
        &format!("Content-Length: {}", length + 7),
        1,
    );
    let (report, exit) = check(text.as_bytes(), &[]);
    assert_eq!(exit, 1, "{report}");
    let finding = first_of_rule(&report, 0, "content-length-mismatch");
    assert_eq!(
        finding["message"],
        format!(
            "Content-Length is {} but only {length} bytes follow: the message is incomplete",
            length + 7
        )
    );
}

/// `curl -i URL URL` where the first content has no last line end: curl
/// glues the next status line (with -s) or its progress meter (without) to
/// the content's last line. Content-Length says where the content ends.
#[test]
fn a_response_glued_to_content_without_a_line_end() {
    let base = server();
    for flags in ["-si", "-i"] {
        let (report, exit) = check(&curl(&format!("{flags} {base}/json {base}/204")), &[]);
        assert_eq!(exit, 0, "{flags}: {report}");
        let statuses: Vec<&Value> = report["responses"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| &r["status"])
            .collect();
        assert_eq!(statuses, [200, 204], "{flags}: {report}");
        assert!(
            findings(&report, 0)
                .iter()
                .all(|(_, r, _)| r != "content-length-mismatch"),
            "{flags}: {report}"
        );
    }
}

/// --min-level hides less serious findings in text and JSON alike; --quiet
/// prints the summary only; a note repeated for a later response is one line.
#[test]
fn min_level_quiet_and_repeated_notes() {
    let base = server();
    let input = curl(&format!("-si {base}/page {base}/page {base}/teapot"));
    let (code, text, _) = check_raw(&input, &[]);
    assert_eq!(code, 0, "{text}");
    assert_eq!(text.matches("heuristically cacheable").count(), 1, "{text}");
    assert!(
        text.contains("note     the heuristic-freshness note again, as for line 1"),
        "{text}"
    );
    let (code, text, _) = check_raw(&input, &["--min-level", "warning"]);
    assert_eq!(code, 0);
    assert!(!text.contains("note "), "{text}");
    assert!(
        text.contains("  no findings at --min-level warning\n"),
        "{text}"
    );
    assert!(
        text.contains("warning  418 is registered as unused"),
        "{text}"
    );
    assert!(
        text.ends_with("3 responses: 0 errors, 1 warning, 4 notes\n"),
        "{text}"
    );
    let (report, _) = check(&input, &["--min-level", "error"]);
    assert!(report["responses"]
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["findings"] == serde_json::json!([])));
    assert_eq!(report["notes"], 4, "totals count every finding");
    let (code, text, _) = check_raw(&input, &["--quiet"]);
    assert_eq!(
        (code, text.as_str()),
        (0, "3 responses: 0 errors, 1 warning, 4 notes\n")
    );
    let (code, _, _) = check_raw(&input, &["--quiet", "--strict"]);
    assert_eq!(code, 1, "--quiet keeps the exit status");
}

/// A 418 is named in a warning: the registry marks it unused.
#[test]
fn teapot_is_a_warning() {
    let base = server();
    let (report, exit) = check(&curl(&format!("-si {base}/teapot")), &[]);
    assert_eq!(exit, 0);
    assert!(
        has(&report, 0, "warning", "status-unused", None),
        "{report}"
    );
    assert!(report["responses"][0]["findings"][0]["message"]
        .as_str()
        .unwrap()
        .starts_with("418 "));
}

/// Positions and lengths are digits of any length (RFC 9110 §14.1.2).
#[test]
fn huge_content_range_lengths_are_valid() {
    let base = server();
    let (report, exit) = check(&curl(&format!("-i {base}/206-huge")), &[]);
    assert_eq!(exit, 0, "{report}");
    assert_eq!(report["errors"], 0, "{report}");
    assert_eq!(report["warnings"], 0, "{report}");
}

/// Each response says where it is in the input: its status line's line.
#[test]
fn json_gives_each_responses_line() {
    let base = server();
    let (report, _) = check(&curl(&format!("-sIL {base}/old")), &[]);
    let lines: Vec<&Value> = report["responses"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| &r["line"])
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0], 1);
    assert!(
        lines.windows(2).all(|w| w[0].as_u64() < w[1].as_u64()),
        "{lines:?}"
    );
}

/// Upgrade, like every connection-specific field, exists only in HTTP/1.x:
/// an HTTP/2 or HTTP/3 426 without it is no error.
#[test]
fn http2_426_without_upgrade_is_no_error() {
    for version in ["HTTP/2", "HTTP/3"] {
        let input = format!(
            "{version} 426 \r\ndate: Wed, 25 Nov 2026 23:00:00 GMT\r\ncontent-length: 0\r\n\r\n"
        );
        let (report, exit) = check(input.as_bytes(), &[]);
        assert_eq!(exit, 0, "{report}");
        assert!(!findings(&report, 0)
            .iter()
            .any(|(_, _, f)| f.as_deref() == Some("Upgrade")));
    }
    let (report, exit) = check(b"HTTP/1.1 426 Upgrade Required\r\nDate: Wed, 25 Nov 2026 23:00:00 GMT\r\nContent-Length: 0\r\n\r\n", &[]);
    assert_eq!(exit, 1);
    assert!(has(&report, 0, "error", "header-required", Some("Upgrade")));
}

// -------------------------------------------------------------- bad input

#[test]
fn input_that_is_not_http_exits_2_naming_the_line() {
    let cases: &[(&[u8], &str)] = &[
        (b"hello\n", "line 1 is not an HTTP status line"),
        (b"", "the input holds no HTTP response"),
        (b"\n\n", "the input holds no HTTP response"),
        (
            b"HTTP/1.1 600 Weird\r\n\r\n",
            "line 1: status 600 is outside 100-599",
        ),
        (
            b"HTTP/1.1 20 OK\r\n\r\n",
            "line 1 is a malformed status line",
        ),
        (
            b"HTTP/1.1 200 OK\r\nDate: x\r\nno colon here\r\n\r\n",
            "line 3 is not a header field",
        ),
        (
            b"\x00\xff\xfe\x01binary\n",
            "line 1 is not an HTTP status line",
        ),
        (b"{\"log\": 1}", "not a readable HAR 1.2 file"),
    ];
    for (input, message) in cases {
        let (code, stdout, stderr) = check_raw(input, &[]);
        assert_eq!(code, 2, "{input:?}: {stderr}");
        assert!(stdout.is_empty(), "{input:?}");
        assert!(
            stderr.starts_with(&format!("httpcode: error: {message}")),
            "{input:?}: {stderr}"
        );
        // With --json, the same error as an object on stdout, and on stderr.
        let (code, stdout, stderr) = check_raw(input, &["--json"]);
        assert_eq!(code, 2);
        let error: Value = serde_json::from_str(&stdout).expect("JSON error object");
        assert!(error["error"]["message"]
            .as_str()
            .unwrap()
            .starts_with(message));
        assert_eq!(error["error"]["exit"], 2);
        assert!(stderr.contains(message));
    }
}

#[test]
fn an_overlong_header_line_is_unreadable_input() {
    let mut input = b"HTTP/1.1 200 OK\r\nX-Big: ".to_vec();
    input.extend(std::iter::repeat_n(b'a', 70 * 1024));
    input.extend_from_slice(b"\r\n\r\n");
    let (code, _, stderr) = check_raw(&input, &[]);
    assert_eq!(code, 2);
    assert!(
        stderr.starts_with("httpcode: error: line 2 is longer than 64 KiB"),
        "{stderr}"
    );
}

/// Body lines around the 64 KiB a line is read in, with and without a line
/// end: every byte is counted once, so Content-Length agrees.
#[test]
fn body_lines_at_the_reading_limit_are_counted_exactly() {
    for len in [
        64 * 1024 - 2,
        64 * 1024 - 1,
        64 * 1024,
        64 * 1024 + 1,
        128 * 1024,
    ] {
        for end in ["", "\n", "\r\n"] {
            let body = format!("{}{end}", "x".repeat(len));
            let input = format!(
                "HTTP/1.1 200 OK\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\n\
                 Content-Type: text/plain\r\nCache-Control: no-store\r\n\
                 Content-Length: {}\r\n\r\n{body}",
                body.len()
            );
            let (report, code) = check(input.as_bytes(), &[]);
            assert_eq!(code, 0, "{len} {end:?}: {report}");
            assert_eq!(report["errors"], 0, "{len} {end:?}: {report}");
        }
    }
}

#[test]
fn random_bytes_never_panic() {
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for round in 0..40 {
        let mut bytes = Vec::new();
        if round % 2 == 0 {
            bytes.extend_from_slice(b"HTTP/1.1 200 OK\r\n");
        }
        for _ in 0..(round * 37 % 400) {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            bytes.push((seed >> 24) as u8);
        }
        let (code, _, stderr) = check_raw(&bytes, &[]);
        assert!(matches!(code, 0..=2), "{code}: {stderr}");
        assert!(!stderr.contains("panicked"), "{stderr}");
    }
}

#[test]
fn a_missing_file_and_a_bad_method_are_usage_errors() {
    let (code, _, stderr) = check_raw(b"", &["/nonexistent/response.txt"]);
    assert_eq!(code, 2);
    assert!(stderr.starts_with("httpcode: error: cannot read /nonexistent/response.txt"));
    let (code, _, stderr) = check_raw(b"HTTP/1.1 200 OK\r\n\r\n", &["--method", "GE T"]);
    assert_eq!(code, 2, "{stderr}");
}

/// A 50 MB body is counted as it streams past, not held: the process stays
/// far below the size of its input.
// The child is reaped by wait4 (which also reports its peak RSS), not Child::wait.
#[allow(clippy::zombie_processes)]
#[test]
fn a_large_body_streams() {
    let size: usize = 50 * 1024 * 1024;
    let path = std::env::temp_dir().join(format!("httpcode-check-{}.txt", std::process::id()));
    {
        let mut file = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
        write!(
            file,
            "HTTP/1.1 200 OK\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\nContent-Type: text/plain\r\n\
             Cache-Control: no-store\r\nContent-Length: {size}\r\n\r\n"
        )
        .unwrap();
        // One 50 MB line: no line end to stop at, so only a bounded reader
        // stays small.
        let chunk = vec![b'x'; 1024 * 1024];
        for _ in 0..50 {
            file.write_all(&chunk).unwrap();
        }
    }
    let child = Command::new(env!("CARGO_BIN_EXE_httpcode"))
        .args(["check", "--json"])
        .stdin(std::fs::File::open(&path).unwrap())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let pid = child.id() as libc::pid_t;
    let mut stdout = String::new();
    child.stdout.unwrap().read_to_string(&mut stdout).unwrap();
    let mut status = 0;
    // SAFETY: an all-zero rusage is valid; wait4 fills it for our own child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waits for the child spawned above; both pointers are valid.
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    std::fs::remove_file(&path).ok();
    assert_eq!(waited, pid);
    assert_eq!(libc::WEXITSTATUS(status), 0, "{stdout}");
    let report: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(report["errors"], 0, "{report}");
    let peak_mb = usage.ru_maxrss / 1024;
    assert!(peak_mb < 20, "peak RSS {peak_mb} MB for a 50 MB input");
}
