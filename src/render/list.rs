//! Tables of codes: `httpcode list`, `httpcode 4xx` and multi-hit searches.

use crate::model::StatusCode;
use crate::render::grid::{Blocks, Grid, GridCell};
use crate::render::Style;

pub fn render(entries: &[&StatusCode], style: &Style) -> String {
    let show_origin = entries.iter().any(|e| !e.official);
    let mut header: Vec<GridCell> = vec!["Code".into(), "Name".into()];
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
