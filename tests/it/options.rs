//! Each command takes exactly the options that change its output, and
//! `--format oneline` either prints one tab-separated line per item or is
//! refused with exit status 2.

use crate::common::run;

/// Options a command does not use are refused, after the subcommand or
/// before it, with one message and the usage status.
#[test]
fn options_that_change_nothing_are_refused() {
    for (args, option, command) in [
        (&["check", "--lang", "go"][..], "--lang", "check"),
        (&["--lang", "go", "check"][..], "--lang", "check"),
        (&["methods", "--lang", "go"][..], "--lang", "methods"),
        (
            &["completions", "bash", "--json"][..],
            "--json",
            "completions",
        ),
        (
            &["completions", "bash", "--format", "oneline"][..],
            "--format",
            "completions",
        ),
        (
            &["completions", "bash", "--color", "never"][..],
            "--color",
            "completions",
        ),
        (
            &["--json", "completions", "bash"][..],
            "--json",
            "completions",
        ),
        (
            &["compare", "405", "501", "--format", "oneline"][..],
            "--format",
            "compare",
        ),
        (
            &["explain", "501", "--format=oneline"][..],
            "--format",
            "explain",
        ),
        (
            &["decide", "--tree", "--format", "oneline"][..],
            "--format",
            "decide",
        ),
        (&["check", "--format", "oneline"][..], "--format", "check"),
    ] {
        let (status, out, err) = run(args);
        assert_eq!(status, 2, "{args:?}: {err}");
        assert_eq!(out, "", "{args:?}");
        assert!(
            err.starts_with(&format!(
                "httpcode: error: {option} does not apply to {command}\n"
            )),
            "{args:?}: {err}"
        );
    }
}

/// The options each command does use still work, after it or before it.
#[test]
fn options_that_change_the_output_are_taken() {
    for args in [
        &["list", "5xx", "--json"][..],
        &["--json", "list", "5xx"][..],
        &["explain", "501", "--lang", "go"][..],
        &[
            "check",
            "--json",
            "--method",
            "GET",
            "tests/fixtures/check/nginx-405.txt",
        ][..],
        &["completions", "bash"][..],
        &["501", "--lang", "go,python"][..],
    ] {
        let (status, _, err) = run(args);
        assert_ne!(status, 2, "{args:?}: {err}");
        assert!(!err.contains("does not apply"), "{args:?}: {err}");
    }
    let (_, out, _) = run(&["explain", "501", "--lang", "go"]);
    assert!(out.contains("http.StatusNotImplemented"), "{out}");
    assert!(!out.contains("HTTPStatus.NOT_IMPLEMENTED"), "{out}");
}

/// One tab-separated line per item for lookups, lists, methods and header
/// fields; an answer that is no list is refused, never printed as a card.
#[test]
fn format_oneline_prints_rows_or_is_refused() {
    let rows = |args: &[&str], fields: usize| {
        let (status, out, err) = run(args);
        assert_eq!(status, 0, "{args:?}: {err}");
        assert!(!out.is_empty(), "{args:?}");
        for line in out.lines() {
            assert_eq!(line.split('\t').count(), fields, "{args:?}: {line:?}");
        }
        out
    };
    assert_eq!(
        rows(&["404", "--format", "oneline"], 3).lines().next(),
        Some("404\tNot Found\tThe server has no current representation for the target resource, or will not say")
    );
    rows(&["list", "--format", "oneline"], 3);
    rows(&["5xx", "--format", "oneline"], 3);
    let methods = rows(&["methods", "--format", "oneline"], 6);
    assert!(
        methods.lines().any(|l| l.starts_with("PATCH\tNo\tNo\t")),
        "{methods}"
    );
    let range = rows(&["range", "--format", "oneline"], 3);
    assert!(range.starts_with("Range\tRFC 9110 §14.2\t"), "{range}");
    assert_eq!(range.lines().count(), 1);
    rows(&["header", "--format", "oneline"], 3);
    for args in [
        &["000", "--format", "oneline"][..],
        &["404", "--example", "--format", "oneline"][..],
        &["405", "vs", "501", "--format", "oneline"][..],
    ] {
        let (status, out, err) = run(args);
        assert_eq!(status, 2, "{args:?}: {out}");
        assert_eq!(out, "", "{args:?}");
        assert!(
            err.starts_with("httpcode: error: --format oneline does not apply to "),
            "{args:?}: {err}"
        );
    }
}
