//! `httpcode compare`: a curated decision table, or a field-by-field table when
//! no curated group covers the codes.

use comfy_table::Cell;

use crate::model::{Comparison, ComparisonRow, StatusCode};
use crate::render::{yes_no, Style};

/// One code in a comparison, with its record and its curated row when there is one.
pub struct Entry<'a> {
    pub code: &'a StatusCode,
    pub row: Option<&'a ComparisonRow>,
    /// Asked for by the user (others come from the curated group).
    pub requested: bool,
}

fn name_cell(style: &Style, entry: &Entry) -> Cell {
    let mut label = format!("{} {}", entry.code.code, entry.code.name);
    if !entry.requested {
        label.push_str(" (also consider)");
    }
    style.code_cell(entry.code.code, label)
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

    let mut table = style.table();
    let mut header = vec![style.header_cell("Code")];
    header.extend(group.questions.iter().map(|q| style.header_cell(q)));
    for title in ["Problem", "Category", "Cacheable by default", "Retry"] {
        header.push(style.header_cell(title));
    }
    table.set_header(header);
    for entry in entries {
        let mut row = vec![name_cell(style, entry)];
        if let Some(curated) = entry.row {
            row.extend(curated.answers.iter().map(Cell::new));
            row.push(Cell::new(&curated.problem));
        }
        let class = entry.code.class();
        row.push(Cell::new(format!("{} {}", class.label(), class.name())));
        row.push(Cell::new(yes_no(entry.code.caching.heuristic)));
        row.push(Cell::new(entry.code.retry.kind.label()));
        table.add_row(row);
    }
    out.push_str(&table.to_string());
    out.push('\n');

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
    let mut table = style.table();
    let mut header = vec![style.header_cell("Field")];
    header.extend(entries.iter().map(|e| name_cell(style, e)));
    table.set_header(header);
    let field = |label: &str, value: &dyn Fn(&StatusCode) -> String| {
        let mut row = vec![Cell::new(label)];
        row.extend(entries.iter().map(|e| Cell::new(value(e.code))));
        row
    };
    table.add_row(field("Category", &|c| {
        format!("{} {}", c.class().label(), c.class().name())
    }));
    table.add_row(field("Specification", &|c| {
        c.spec
            .as_ref()
            .map_or("Unofficial".into(), |s| s.citation())
    }));
    table.add_row(field("Summary", &|c| c.summary.to_string()));
    table.add_row(field("Cacheable by default", &|c| {
        yes_no(c.caching.heuristic).into()
    }));
    table.add_row(field("Retry", &|c| c.retry.kind.label().into()));
    table.add_row(field("Headers", &|c| {
        if c.headers.is_empty() {
            "None specific".into()
        } else {
            let list: Vec<String> = c
                .headers
                .iter()
                .map(|h| format!("{} ({})", h.name, h.requirement.label()))
                .collect();
            list.join(", ")
        }
    }));
    out.push_str(&table.to_string());
    out.push('\n');
    out
}
