//! Text that comes from outside (arguments, responses, HAR files) never reaches
//! the terminal as control sequences: random bytes, escape sequences, C1
//! controls and invalid UTF-8 go in; the text output must hold no control byte,
//! and with colour on, no escape sequence but httpcode's own SGR colours.

use std::ffi::OsString;
use std::io::Write;
use std::os::unix::ffi::OsStringExt;
use std::process::Stdio;

use proptest::prelude::*;

use crate::common::httpcode;

/// Bytes a hostile or careless input holds: anything at all, plus the
/// sequences that drive terminals (CSI, OSC with BEL, DCS, lone ESC, C1 CSI).
fn hostile() -> impl Strategy<Value = Vec<u8>> {
    let pieces = prop_oneof![
        proptest::collection::vec(any::<u8>(), 0..6),
        Just(b"\x1b[2J".to_vec()),
        Just(b"\x1b]0;owned\x07".to_vec()),
        Just(b"\x1b]52;c;aGk=\x07".to_vec()),
        Just(b"\x1bP+q\x1b\\".to_vec()),
        Just(b"\x1b".to_vec()),
        Just("\u{9b}2J".as_bytes().to_vec()),
        Just("\u{85}".as_bytes().to_vec()),
        Just(b"\xff\xfe".to_vec()),
        Just(b"abc".to_vec()),
        Just(b"\x7f".to_vec()),
    ];
    proptest::collection::vec(pieces, 1..5).prop_map(|v| v.concat())
}

/// What a terminal must never receive from text output with colour off: C0
/// controls but tab and line feed, DEL, and the C1 characters U+0080–U+009F.
fn control_in(text: &[u8]) -> Option<String> {
    if let Some(b) = text
        .iter()
        .find(|&&b| (b < 0x20 && b != b'\t' && b != b'\n') || b == 0x7f)
    {
        return Some(format!("byte {b:#04x}"));
    }
    let text = String::from_utf8_lossy(text);
    text.chars()
        .find(|c| ('\u{80}'..='\u{9f}').contains(c))
        .map(|c| format!("C1 character U+{:04X}", u32::from(c)))
}

/// With colour on: every ESC starts an SGR sequence (`ESC [ digits;… m`).
fn foreign_escape_in(text: &[u8]) -> Option<String> {
    let mut i = 0;
    while let Some(at) = text[i..].iter().position(|&b| b == 0x1b) {
        let start = i + at;
        let rest = &text[start + 1..];
        let params = rest
            .iter()
            .skip(1)
            .take_while(|b| b.is_ascii_digit() || **b == b';');
        let len = params.count();
        let sgr = rest.first() == Some(&b'[') && rest.get(1 + len) == Some(&b'm');
        if !sgr {
            let end = (start + 12).min(text.len());
            return Some(format!("{:?}", String::from_utf8_lossy(&text[start..end])));
        }
        i = start + 1;
    }
    control_in(&strip_sgr(text))
}

fn strip_sgr(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        if text[i] == 0x1b {
            let end = text[i..]
                .iter()
                .position(|&b| b == b'm')
                .map_or(text.len(), |p| i + p + 1);
            i = end;
        } else {
            out.push(text[i]);
            i += 1;
        }
    }
    out
}

/// Runs httpcode with these arguments and this stdin; returns stdout and stderr.
fn run(args: &[OsString], stdin: &[u8], color: &str) -> (Vec<u8>, Vec<u8>) {
    let mut child = httpcode()
        .arg("--color")
        .arg(color)
        .args(args)
        .env("COLUMNS", "80")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    let mut input = child.stdin.take().expect("stdin");
    // The program may stop reading early; a closed pipe here is fine.
    let _ = input.write_all(stdin);
    drop(input);
    let out = child.wait_with_output().expect("runs");
    assert!(
        out.status.code().is_some(),
        "{args:?} was killed by a signal"
    );
    (out.stdout, out.stderr)
}

/// Each command that echoes an argument, with the hostile text in that place.
fn command_lines(text: &[u8]) -> Vec<Vec<OsString>> {
    let t = || OsString::from_vec(text.to_vec());
    let s = OsString::from;
    let mut pair = b"outcome=".to_vec();
    pair.extend_from_slice(text);
    vec![
        vec![t()],
        vec![s("404"), t()],
        vec![s("header"), t()],
        vec![s("decide"), OsString::from_vec(pair)],
        vec![s("decide"), t()],
        vec![s("explain"), s("--method"), t()],
        vec![s("list"), t()],
        vec![s("compare"), t(), s("404")],
        vec![s("--vendor"), t(), s("501")],
        vec![s("--lang"), t(), s("501")],
        vec![s("check"), s("--method"), t()],
    ]
}

fn assert_clean(what: &str, stdout: &[u8], stderr: &[u8], color: &str) {
    for (stream, bytes) in [("stdout", stdout), ("stderr", stderr)] {
        let found = if color == "never" {
            control_in(bytes)
        } else {
            foreign_escape_in(bytes)
        };
        assert!(
            found.is_none(),
            "{what}: {stream} holds {}:\n{}",
            found.unwrap_or_default(),
            String::from_utf8_lossy(bytes)
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Every command that repeats an argument shows it escaped.
    #[test]
    fn arguments_never_reach_the_terminal_raw(text in hostile()) {
        // No argument can hold a NUL byte: the C strings of argv end there.
        let text: Vec<u8> = text.into_iter().filter(|&b| b != 0).collect();
        for color in ["never", "always"] {
            for args in command_lines(&text) {
                let (stdout, stderr) = run(&args, b"HTTP/1.1 200 OK\r\n\r\n", color);
                assert_clean(&format!("{args:?}"), &stdout, &stderr, color);
            }
        }
    }
}

#[test]
fn the_checks_can_fail() {
    assert!(control_in(b"ok\x1b[2J").is_some());
    assert!(control_in("ok\u{9b}".as_bytes()).is_some());
    assert!(control_in(b"ok\x7f").is_some());
    assert!(control_in(b"ok\ttab\n").is_none());
    assert!(foreign_escape_in(b"\x1b[1;31mred\x1b[0m").is_none());
    assert!(foreign_escape_in(b"\x1b[1;31mred\x1b]0;x\x07").is_some());
    assert!(foreign_escape_in(b"\x1b[2J").is_some());
}

/// A response as curl prints it, with the hostile text as its reason phrase,
/// as a field name, as a field value and inside a Location.
fn response_with(text: &[u8]) -> Vec<u8> {
    let mut out = b"HTTP/1.1 404 ".to_vec();
    out.extend_from_slice(text);
    out.extend_from_slice(b"\r\nContent-Type: text/plain\r\nX-");
    out.extend_from_slice(text);
    out.extend_from_slice(b": 1\r\nX-Value: ");
    out.extend_from_slice(text);
    out.extend_from_slice(b"\r\nLocation: /");
    out.extend_from_slice(text);
    out.extend_from_slice(b"\r\nContent-Length: 0\r\n\r\n");
    out
}

/// A HAR file whose entry carries the text as its URL, method, status text and
/// header field name and value (JSON-escaped, as a browser writes it).
fn har_with(text: &[u8]) -> Vec<u8> {
    let s = serde_json::Value::String(String::from_utf8_lossy(text).into_owned());
    format!(
        r#"{{"log": {{"version": "1.2", "entries": [
            {{"request": {{"method": {s}, "url": {s}}},
              "response": {{"status": 200, "statusText": {s}, "httpVersion": "HTTP/1.1",
                "headers": [{{"name": {s}, "value": {s}}}, {{"name": "X-Value", "value": {s}}}],
                "content": {{"size": 0}}}}}},
            {{"request": {{"method": "GET", "url": {s}}},
              "response": {{"status": 0, "statusText": {s}, "httpVersion": "",
                "headers": [], "content": {{"size": 0}}, "_error": {s}}}}}
        ]}}}}"#
    )
    .into_bytes()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// What a server sent is shown escaped, in every part of check's report.
    #[test]
    fn responses_never_reach_the_terminal_raw(text in hostile()) {
        for color in ["never", "always"] {
            for (what, input, extra) in [
                ("curl", response_with(&text), None),
                ("har", har_with(&text), Some("--har")),
            ] {
                let mut args: Vec<OsString> = vec!["check".into()];
                args.extend(extra.map(OsString::from));
                args.push("-".into());
                let (stdout, stderr) = run(&args, &input, color);
                assert_clean(what, &stdout, &stderr, color);
            }
        }
    }
}

/// A reason phrase with an escape sequence in it is an error of its own, and
/// is shown escaped (the issue's own example).
#[test]
fn an_escape_in_the_reason_phrase_is_an_error_shown_escaped() {
    let (stdout, _) = run(
        &["check".into()],
        b"HTTP/1.1 200 \x1b[2Jpwn\r\nContent-Type: text/plain\r\n\r\n",
        "never",
    );
    let text = String::from_utf8(stdout).expect("UTF-8");
    assert!(text.starts_with("HTTP/1.1 200 \\x1b[2Jpwn\n"), "{text}");
    assert!(
        text.contains("error    the reason phrase \"\\x1b[2Jpwn\" holds control characters"),
        "{text}"
    );
    assert!(text.contains("RFC 9112 §4"), "{text}");
}
