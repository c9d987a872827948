//! Lists of codes: `httpcode list`, `httpcode 4xx`, searches with several hits,
//! several codes by number; as a table or one line per code.

use crate::model::StatusCode;
use crate::render::grid::{Blocks, Grid, GridCell};
use crate::render::Style;

/// `list`, a class, a search: code, name, origin when any is unofficial, summary.
pub fn render(entries: &[&StatusCode], style: &Style) -> String {
    table(entries, false, style)
}

/// Several codes the user named (`httpcode 200 404 500`), with their class.
pub fn several(entries: &[&StatusCode], style: &Style) -> String {
    table(entries, true, style)
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

fn table(entries: &[&StatusCode], with_class: bool, style: &Style) -> String {
    let show_origin = entries.iter().any(|e| !e.official);
    let mut header: Vec<GridCell> = vec!["Code".into(), "Name".into()];
    if with_class {
        header.push("Class".into());
    }
    if show_origin {
        header.push("Origin".into());
    }
    header.push("Summary".into());
    let mut grid = Grid::new(header, Blocks::PerRow);
    for entry in entries {
        let mut row = vec![
            GridCell::code(entry.code, entry.code.to_string()),
            entry.name.as_ref().into(),
        ];
        if with_class {
            let class = entry.class();
            row.push(GridCell::code(
                entry.code,
                format!("{} {}", class.label(), class.name()),
            ));
        }
        if show_origin {
            let origin = if entry.official {
                "IANA".to_string()
            } else {
                let vendors: Vec<&str> = entry.vendors.iter().map(|v| v.name.as_ref()).collect();
                format!("unofficial: {}", vendors.join(", "))
            };
            row.push(origin.into());
        }
        row.push(entry.summary.as_ref().into());
        grid.row(row);
    }
    grid.render(style)
}
