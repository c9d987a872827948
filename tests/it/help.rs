//! `-h` and `--help` at the widths people use: a short summary, and the full
//! text whose tables (examples, exit statuses, environment) keep their hanging
//! indent, split no word and fit the width.

use crate::common::httpcode;

fn help(flag: &str, columns: usize) -> String {
    let out = httpcode()
        .arg(flag)
        .env("COLUMNS", columns.to_string())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{flag}");
    String::from_utf8(out.stdout).unwrap()
}

fn too_wide(text: &str, columns: usize) -> Vec<&str> {
    text.lines()
        .filter(|l| l.chars().count() > columns)
        .collect()
}

#[test]
fn the_summary_is_short() {
    for columns in [80, 60] {
        let text = help("-h", columns);
        let lines = text.lines().count();
        assert!(
            lines <= 40,
            "-h at {columns} columns: {lines} lines\n{text}"
        );
        assert_eq!(
            too_wide(&text, columns),
            Vec::<&str>::new(),
            "-h at {columns}"
        );
        assert!(text.contains("Examples:\n  httpcode 501 "), "{text}");
        // The full text is one flag away.
        assert!(text.contains("--help"), "{text}");
        assert!(!text.contains("Exit status:"), "{text}");
    }
}

/// A table of `rows` under `heading` as `--help` prints it: each row starts
/// with its term after two spaces, its text beside it or on the next lines,
/// and every further line of the text starts at the same column. The words,
/// read back, are the table's own, none split.
fn assert_table(text: &str, heading: &str, rows: &[(String, String)], columns: usize) {
    let start = text
        .find(&format!("\n{heading}\n"))
        .unwrap_or_else(|| panic!("no {heading} in\n{text}"));
    let mut lines = text[start + heading.len() + 2..].lines().peekable();
    let mut column = None;
    for (term, meaning) in rows {
        let first = lines.next().unwrap_or_default();
        let after = first
            .strip_prefix(&format!("  {term}"))
            .unwrap_or_else(|| panic!("{heading}: expected row {term:?}, got {first:?}"));
        let mut words: Vec<String> = after.split_whitespace().map(String::from).collect();
        if !after.is_empty() {
            let at = first.len() - after.trim_start().len();
            assert_eq!(
                *column.get_or_insert(at),
                at,
                "{heading}: {first:?} not aligned"
            );
        }
        while let Some(next) = lines.peek() {
            let indent = next.len() - next.trim_start().len();
            if next.trim().is_empty() || indent <= 2 {
                break;
            }
            if !after.is_empty() {
                assert_eq!(Some(indent), column, "{heading}: {next:?} lost its indent");
            }
            words.extend(next.split_whitespace().map(String::from));
            lines.next();
        }
        assert_eq!(
            words.join(" "),
            *meaning,
            "{heading} row {term:?} at {columns} columns"
        );
    }
}

#[test]
fn the_full_help_keeps_its_tables_whole_at_any_width() {
    let examples: Vec<(String, String)> = httpcode::cli::EXAMPLES
        .iter()
        .map(|(c, a)| (c.to_string(), a.to_string()))
        .collect();
    let exits: Vec<(String, String)> = httpcode::exit::EXIT_STATUSES
        .iter()
        .map(|(e, m)| {
            (
                e.code().to_string(),
                m.split_whitespace().collect::<Vec<_>>().join(" "),
            )
        })
        .collect();
    let environment: Vec<(String, String)> = httpcode::exit::ENVIRONMENT
        .iter()
        .map(|(n, m)| {
            (
                n.to_string(),
                m.split_whitespace().collect::<Vec<_>>().join(" "),
            )
        })
        .collect();
    for columns in [120, 80, 60, 40] {
        let text = help("--help", columns);
        // At 40 columns clap's own usage line and a long value name overflow;
        // the tables still fit.
        if columns >= 60 {
            assert_eq!(
                too_wide(&text, columns),
                Vec::<&str>::new(),
                "--help at {columns}"
            );
        }
        let tables = &text[text.find("\nExamples:\n").unwrap()..];
        assert_eq!(
            too_wide(tables, columns),
            Vec::<&str>::new(),
            "--help at {columns}"
        );
        assert_table(&text, "Examples:", &examples, columns);
        assert_table(&text, "Exit status:", &exits, columns);
        assert_table(&text, "Environment:", &environment, columns);
    }
}
