//! Tables of codes: `httpcode list`, `httpcode 4xx` and multi-hit searches.

use comfy_table::Cell;

use crate::model::StatusCode;
use crate::render::Style;

pub fn render(entries: &[&StatusCode], style: &Style) -> String {
    let mut table = style.table();
    let show_origin = entries.iter().any(|e| !e.official);
    let mut header = vec![style.header_cell("Code"), style.header_cell("Name")];
    if show_origin {
        header.push(style.header_cell("Origin"));
    }
    header.push(style.header_cell("Summary"));
    table.set_header(header);
    for entry in entries {
        let mut row = vec![
            style.code_cell(entry.code, entry.code),
            Cell::new(&entry.name),
        ];
        if show_origin {
            let origin = if entry.official {
                "IANA".to_string()
            } else {
                let vendors: Vec<&str> = entry.vendors.iter().map(|v| v.name.as_ref()).collect();
                format!("unofficial: {}", vendors.join(", "))
            };
            row.push(Cell::new(origin));
        }
        row.push(Cell::new(&entry.summary));
        table.add_row(row);
    }
    let mut text = table.to_string();
    text.push('\n');
    text
}
