//! Rendering in a real terminal of a fixed width: the binary runs on a
//! pseudo-terminal (util-linux `script`) with `COLUMNS` set, as a user's
//! terminal would show it. Golden copies at 80 and 60 columns live in
//! `tests/widths/`; refresh them after an intended change with
//! `HTTPCODE_REGENERATE=1 cargo test --locked widths`.

use std::collections::HashSet;
use std::path::PathBuf;
use std::process::{Command, Stdio};

use unicode_width::UnicodeWidthStr;

use crate::common;

/// What `httpcode ARGS` shows on a terminal `width` columns wide (no colour).
fn on_terminal(args: &[&str], width: usize) -> String {
    let command = std::iter::once(env!("CARGO_BIN_EXE_httpcode"))
        .chain(args.iter().copied())
        .collect::<Vec<_>>()
        .join(" ");
    let out = Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .env("COLUMNS", width.to_string())
        .env("NO_COLOR", "1")
        .env("TERM", "xterm-256color")
        .stdin(Stdio::null())
        .output()
        .expect("script (util-linux) runs");
    assert!(out.status.success(), "{command}: {out:?}");
    String::from_utf8(out.stdout).unwrap().replace('\r', "")
}

/// What `httpcode ARGS` prints into a pipe: tables as Markdown, never wrapped.
fn in_a_pipe(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_httpcode"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    assert!(out.status.success(), "{args:?}");
    String::from_utf8(out.stdout).unwrap()
}

/// Words, with table borders, Markdown pipes and a trailing colon taken off.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || "│┆╭╮╰╯─┬┴┼╞╡╪═├┤|".contains(c))
        // A summary cut short in a terminal ends in "…" after a whole word.
        // A command is a code span in a pipe and bare in a terminal; an
        // unofficial code is marked with "*" in a terminal list.
        .map(|w| {
            w.trim_end_matches('…')
                .trim_end_matches('*')
                .trim_end_matches([':', ';', ','])
                .trim_matches('`')
                .to_string()
        })
        .filter(|w| !w.is_empty() && !w.chars().all(|c| c == '-'))
        .collect()
}

/// No line is wider than the terminal (a single word longer than the width, a
/// URL or a long constant name, is the one thing that cannot be wrapped), and
/// no word is split: every word on the terminal is a word of the same answer
/// printed into a pipe.
fn assert_fits(args: &[&str], width: usize) -> String {
    let shown = on_terminal(args, width);
    for line in shown.lines() {
        let too_wide = line.width() > width;
        let lone_word = line.split_whitespace().count() == 1;
        assert!(
            !too_wide || lone_word,
            "httpcode {} at {width} columns: a line of {}:\n{line}\n\n{shown}",
            args.join(" "),
            line.width()
        );
    }
    let piped = in_a_pipe(args);
    let known: HashSet<String> = words(&piped).into_iter().collect();
    let without_legend: String = shown
        .lines()
        .filter(|l| *l != LEGEND)
        .map(|l| format!("{l}\n"))
        .collect();
    for word in words(&without_legend) {
        assert!(
            known.contains(&word),
            "httpcode {} at {width} columns: {word:?} is not a whole word:\n{shown}",
            args.join(" ")
        );
    }
    for command in code_spans(&piped) {
        assert!(
            shown
                .lines()
                .any(|l| l.contains(&command) && !l.contains('`')),
            "httpcode {} at {width} columns: the command {command:?} is not on one line \
             without its backticks:\n{shown}",
            args.join(" ")
        );
    }
    shown
}

/// The code spans (commands) of an answer as a pipe prints it, each with its
/// spaces as one space: the pipe wraps them like prose.
fn code_spans(piped: &str) -> Vec<String> {
    let text = piped.split_whitespace().collect::<Vec<_>>().join(" ");
    text.split('`')
        .skip(1)
        .step_by(2)
        .map(String::from)
        .collect()
}

/// The names a card's Related list gives ("505 HTTP Version Not Supported"),
/// each on one line.
fn assert_related_names_whole(code: &httpcode::model::StatusCode, shown: &str, width: usize) {
    for &related in code.related.iter() {
        let name = httpcode::render::code_and_name(related);
        assert!(
            shown.lines().any(|l| l.contains(&name)),
            "httpcode {} at {width} columns: {name:?} is split:\n{shown}",
            code.code
        );
    }
}

#[test]
fn every_card_and_comparison_fits_80_and_60_columns() {
    // The arguments, and the code whose card they show.
    type View = (Vec<String>, Option<&'static httpcode::model::StatusCode>);
    let mut views: Vec<View> = Vec::new();
    for code in httpcode::data::codes() {
        views.push((vec![code.code.to_string()], Some(code)));
    }
    for group in httpcode::data::comparisons() {
        let mut args = vec!["compare".to_string()];
        args.extend(group.codes.iter().map(u16::to_string));
        views.push((args, None));
    }
    for args in [
        &["methods"][..],
        &["list", "--all"],
        &["explain", "--method", "PATCH"],
        &["explain", "--method", "MKCALENDAR"],
        &["explain", "501"],
        &["compare", "200", "404"],
        &["gateway"],
        &["header"],
        &["list"],
        &["5xx"],
        &["timeout"],
        &["000"],
    ] {
        views.push((args.iter().map(|a| a.to_string()).collect(), None));
    }
    for field in httpcode::data::headers() {
        views.push((vec!["header".to_string(), field.name.to_string()], None));
    }
    let cases: Vec<(usize, &View)> = [80, 60]
        .into_iter()
        .flat_map(|w| views.iter().map(move |v| (w, v)))
        .collect();
    common::in_parallel(&cases, |&(width, (args, code))| {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let shown = assert_fits(&args, width);
        if let Some(code) = code {
            assert_related_names_whole(code, &shown, width);
        }
    });
}

/// The golden copies: what a reader sees at 80 and 60 columns.
#[test]
fn golden_views_at_80_and_60_columns() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/widths");
    let views: [(&str, &[&str]); 12] = [
        ("list", &["list"]),
        ("list-all", &["list", "--all"]),
        ("class-5xx", &["5xx"]),
        ("search-timeout", &["timeout"]),
        ("code-000", &["000"]),
        ("code-501", &["501"]),
        ("compare-405-501", &["compare", "405", "501"]),
        (
            "compare-500-502-503-504",
            &["compare", "500", "502", "503", "504"],
        ),
        ("methods", &["methods"]),
        ("explain-patch", &["explain", "--method", "PATCH"]),
        ("header-retry-after", &["header", "Retry-After"]),
        ("header", &["header"]),
    ];
    for (name, args) in views {
        for width in [80, 60] {
            let shown = on_terminal(args, width);
            let path = dir.join(format!("{name}-{width}.txt"));
            if std::env::var_os("HTTPCODE_REGENERATE").is_some() {
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(&path, &shown).unwrap();
                continue;
            }
            let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
                panic!(
                    "{} is missing; run HTTPCODE_REGENERATE=1 cargo test --locked widths",
                    path.display()
                )
            });
            assert!(
                shown == expected,
                "httpcode {} at {width} columns differs from {}:\n{shown}",
                args.join(" "),
                path.display()
            );
        }
    }
}

/// Under a terminal list with unofficial codes: what their "*" means.
const LEGEND: &str = "* unofficial: not in the IANA registry";

/// In a terminal a list takes one line per code, whatever the width: the
/// summary is cut short, never wrapped; a legend follows when a code is
/// marked unofficial.
#[test]
fn lists_take_one_line_per_code() {
    for args in [&["list"][..], &["list", "--all"], &["5xx"], &["timeout"]] {
        let piped = in_a_pipe(args);
        // The Markdown table: a header, its rule, then one row per code.
        let codes = piped.lines().count() - 2;
        let legend = usize::from(piped.contains("(unofficial: "));
        for width in [80, 60, 40] {
            let shown = on_terminal(args, width);
            assert_eq!(
                shown.lines().count(),
                codes + 1 + legend,
                "httpcode {} at {width} columns:\n{shown}",
                args.join(" ")
            );
        }
    }
}

/// An unofficial code is marked by a "*" after its number, explained once
/// under the table, so its summary keeps the width for its own words; every
/// list view has the same three columns. A pipe keeps the note in the text.
#[test]
fn unofficial_codes_are_marked_by_a_star_and_a_legend() {
    for width in [80, 60] {
        let shown = on_terminal(&["timeout"], width);
        let lines: Vec<&str> = shown.lines().collect();
        assert!(lines[0].starts_with("Code  Name "), "{shown}");
        assert!(lines[0].ends_with("  Summary"), "{shown}");
        let row = lines
            .iter()
            .find(|l| l.starts_with("522*  Connection Timed Out "))
            .unwrap_or_else(|| panic!("no 522 row at {width}:\n{shown}"));
        let summary = row
            .split("  ")
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .nth(2)
            .unwrap();
        assert!(summary.starts_with("Cloudflare"), "{row}");
        assert!(!shown.contains("(unofficial"), "{shown}");
        assert_eq!(lines.last(), Some(&LEGEND), "{shown}");
        assert!(lines
            .iter()
            .any(|l| l.starts_with("408   Request Timeout ")));
        // A list of registered codes only has no legend.
        let registered = on_terminal(&["5xx"], width);
        assert!(!registered.contains(LEGEND), "{registered}");
    }
    assert!(in_a_pipe(&["timeout"]).contains("| (unofficial: Cloudflare) "));
}
