//! `httpcode compare`: a curated decision table, or a field-by-field table when
//! no curated group covers the codes.

use crate::model::{Comparison, ComparisonRow, StatusCode};
use crate::render::grid::{Blocks, Grid, GridCell};
use crate::render::{yes_no, Style};

/// One code in a comparison, with its record and its curated row when there is one.
pub struct Entry<'a> {
    pub code: &'a StatusCode,
    pub row: Option<&'a ComparisonRow>,
    /// Asked for by the user (others come from the curated group).
    pub requested: bool,
}

fn name_cell<'a>(entry: &Entry) -> GridCell<'a> {
    let mut label = format!("{} {}", entry.code.code, entry.code.name);
    if !entry.requested {
        label.push_str(" (also consider)");
    }
    GridCell::code(entry.code.code, label)
}

/// One column per code, one row per question or fact: read down a column to
/// see a code's answers, across a row to see what separates the codes.
fn grid<'a>(first: &'a str, entries: &[Entry]) -> Grid<'a> {
    let header = std::iter::once(GridCell::from(first))
        .chain(entries.iter().map(name_cell))
        .collect();
    Grid::new(header, Blocks::PerColumn)
}

/// A row of the grid: the label, then one value per code.
fn fact<'a>(
    grid: &mut Grid<'a>,
    label: &'a str,
    entries: &[Entry],
    value: impl Fn(&Entry) -> String,
) {
    let row = std::iter::once(GridCell::from(label))
        .chain(entries.iter().map(|e| GridCell::new(value(e))))
        .collect();
    grid.row(row);
}

fn category(e: &Entry) -> String {
    let class = e.code.class();
    format!("{} {}", class.label(), class.name())
}

fn cacheable(e: &Entry) -> String {
    yes_no(e.code.caching.heuristic).into()
}

fn retry(e: &Entry) -> String {
    e.code.retry.kind.label().into()
}

pub fn curated(group: &Comparison, entries: &[Entry], style: &Style) -> String {
    let mut out = String::new();
    out.push_str(&style.heading(&group.title));
    out.push_str(&style.wrap(&group.distinction, 0));
    out.push_str(&style.wrap(
        &style.dim(&format!("Sources: {}", group.sources.join(" · "))),
        0,
    ));
    out.push('\n');

    let mut table = grid("Question", entries);
    for (i, question) in group.questions.iter().enumerate() {
        fact(&mut table, question, entries, |e| {
            e.row
                .and_then(|r| r.answers.get(i))
                .map_or_else(|| "n/a".to_string(), |a| a.to_string())
        });
    }
    fact(&mut table, "Problem", entries, |e| {
        e.row.map_or_else(String::new, |r| r.problem.to_string())
    });
    fact(&mut table, "Category", entries, category);
    fact(&mut table, "Cacheable by default", entries, cacheable);
    fact(&mut table, "Retry", entries, retry);
    out.push_str(&table.render(style));
    out.push('\n');
    out.push_str(&style.heading("What to send"));
    for entry in entries {
        if let Some(row) = entry.row {
            out.push_str(&style.bullet(&format!("{}: {}", entry.code.code, row.send), 2));
        }
    }
    out.push('\n');
    out.push_str(&style.heading("What the client does next"));
    for entry in entries {
        if let Some(row) = entry.row {
            out.push_str(&style.bullet(&format!("{}: {}", entry.code.code, row.next), 2));
        }
    }
    if entries.iter().any(|e| !e.requested) {
        out.push('\n');
        out.push_str(&style.wrap(
            "Codes marked \"also consider\" belong to the same curated group: check them before choosing.",
            0,
        ));
    }
    out
}

/// Field by field, for codes no curated group covers.
pub fn fallback(entries: &[Entry], style: &Style) -> String {
    let codes: Vec<String> = entries.iter().map(|e| e.code.code.to_string()).collect();
    let mut out = String::new();
    out.push_str(&style.heading(&codes.join(" vs ")));
    out.push_str(&style.wrap(
        &format!(
            "No curated comparison exists for {}; here are their facts side by side.",
            codes.join(", ")
        ),
        0,
    ));
    out.push('\n');
    let mut table = grid("Field", entries);
    fact(&mut table, "Category", entries, category);
    fact(&mut table, "Specification", entries, |e| {
        e.code.spec().map_or("Unofficial".into(), |s| s.citation())
    });
    fact(&mut table, "Summary", entries, |e| {
        e.code.summary.to_string()
    });
    fact(&mut table, "Cacheable by default", entries, cacheable);
    fact(&mut table, "Retry", entries, retry);
    fact(&mut table, "Headers", entries, |e| {
        if e.code.headers.is_empty() {
            "None specific".into()
        } else {
            let list: Vec<String> = e
                .code
                .headers
                .iter()
                .map(|h| format!("{} ({})", h.name, h.requirement.label()))
                .collect();
            list.join(", ")
        }
    });
    out.push_str(&table.render(style));
    out
}
