//! Lists of codes: `httpcode list`, `httpcode 4xx`, searches with several hits,
//! several codes by number; as a table or one line per code.
//!
//! Every list has the same columns: code, name, summary. In a terminal a list
//! takes one line per code, as `gh` lists do: the summary gets the width that
//! is left and is cut with "…"; names are never cut; an unofficial code has a
//! `*` after its number, explained under the table. Pipes, JSON and
//! `--format oneline` keep the whole text, where an unofficial code's summary
//! starts with a note naming who uses it.

use std::borrow::Cow;

use crate::model::StatusCode;
use crate::render::grid::{Blocks, Grid, GridCell};
use crate::render::Style;

/// Columns between two cells of a terminal list.
const GAP: usize = 2;

/// A summary narrower than this says too little to show.
const MIN_SUMMARY: usize = 12;

/// In a terminal, after the number of a code outside the IANA registry.
const UNOFFICIAL: &str = "*";

/// Under a terminal list that has unofficial codes.
const LEGEND: &str = "* unofficial: not in the IANA registry";

/// `list`, a class, a search, several codes by number.
pub fn render(entries: &[&StatusCode], style: &Style) -> String {
    if style.terminal {
        lines(entries, style)
    } else {
        markdown(entries, style)
    }
}

/// Several codes the user named (`httpcode 200 404 500`): the same list.
pub fn several(entries: &[&StatusCode], style: &Style) -> String {
    render(entries, style)
}

/// `CODE<TAB>NAME<TAB>SUMMARY`, one line per code, for pickers and scripts.
pub fn oneline(entries: &[&StatusCode], style: &Style) -> String {
    let mut out = String::new();
    for entry in entries {
        let code = style.class_colored(entry.code, &entry.code.to_string());
        out.push_str(&format!("{code}\t{}\t{}\n", entry.name, entry.summary));
    }
    out
}

/// The summary, after "(unofficial: nginx)" for a code outside the registry.
fn summary(entry: &StatusCode) -> Cow<'_, str> {
    if entry.official() {
        return Cow::Borrowed(&entry.summary);
    }
    let vendors: Vec<&str> = entry.vendors.iter().map(|v| v.name.as_ref()).collect();
    Cow::Owned(format!(
        "(unofficial: {}) {}",
        vendors.join(", "),
        entry.summary
    ))
}

/// One line per code, the summary cut to the width that is left.
fn lines(entries: &[&StatusCode], style: &Style) -> String {
    let marker = |e: &StatusCode| if e.official() { "" } else { UNOFFICIAL };
    let code_width = entries
        .iter()
        .map(|e| super::width(&e.code.to_string()) + super::width(marker(e)))
        .chain(["Code".len()])
        .max()
        .unwrap_or(4);
    let name_width = entries
        .iter()
        .map(|e| super::width(&e.name))
        .chain(["Name".len()])
        .max()
        .unwrap_or(4);
    let left = style
        .width
        .saturating_sub(code_width + GAP + name_width + GAP);
    let summaries = left >= MIN_SUMMARY;
    let mut out = String::new();
    let header = if summaries {
        format!(
            "{:<code_width$}{:GAP$}{:<name_width$}{:GAP$}Summary",
            "Code", "", "Name", ""
        )
    } else {
        format!("{:<code_width$}{:GAP$}Name", "Code", "")
    };
    out.push_str(&style.heading(&header));
    for entry in entries {
        let code = entry.code.to_string();
        let marker = marker(entry);
        let pad = " ".repeat(code_width - super::width(&code) - super::width(marker) + GAP);
        out.push_str(&style.class_colored(entry.code, &code));
        out.push_str(&style.warn(marker));
        out.push_str(&pad);
        if summaries {
            let name_pad = " ".repeat(name_width - super::width(&entry.name) + GAP);
            out.push_str(&entry.name);
            out.push_str(&name_pad);
            out.push_str(&cut(&entry.summary, left));
        } else {
            out.push_str(&entry.name);
        }
        out.push('\n');
    }
    if entries.iter().any(|e| !e.official()) {
        out.push_str(&style.dim(LEGEND));
        out.push('\n');
    }
    out
}

/// `text` in at most `width` columns, cut after a whole word and ended with
/// "…" when it was longer.
fn cut(text: &str, width: usize) -> String {
    if super::width(text) <= width {
        return text.to_string();
    }
    let mut end = 0;
    for (at, _) in text.match_indices(' ') {
        if super::width(&text[..at]) + 1 > width {
            break;
        }
        end = at;
    }
    let kept = text[..end].trim_end_matches([',', ';', ':', ' ']);
    format!("{kept}…")
}

/// The whole text, as a Markdown table (a pipe).
fn markdown(entries: &[&StatusCode], style: &Style) -> String {
    let header: Vec<GridCell> = vec!["Code".into(), "Name".into(), "Summary".into()];
    let mut grid = Grid::new(header, Blocks::PerRow);
    for entry in entries {
        grid.row(vec![
            GridCell::code(entry.code, entry.code.to_string()),
            entry.name.as_ref().into(),
            GridCell::new(summary(entry)),
        ]);
    }
    grid.render(style)
}

#[cfg(test)]
mod tests {
    use super::cut;

    #[test]
    fn a_summary_is_cut_with_an_ellipsis_and_never_over_its_width() {
        assert_eq!(cut("short", 10), "short");
        assert_eq!(cut("The request succeeded; what", 16), "The request…");
        assert_eq!(
            cut("The request succeeded; what", 23),
            "The request succeeded…"
        );
        assert_eq!(cut("The request succeeded; what", 22), "The request…");
    }
}
