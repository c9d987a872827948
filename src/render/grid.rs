//! Tables that fit. In a pipe a table is Markdown, one row per line, so `grep`
//! and pasting into a review both work. In a terminal it uses the whole width
//! and wraps cells at spaces only: every column is at least as wide as its
//! longest word (a citation counts as one word). A table that cannot fit that
//! way first drops its optional columns, then changes shape to one block per
//! row (or per column); it is never squeezed into split words.

use std::borrow::Cow;

use comfy_table::{
    presets, Attribute, Cell, Color, ColumnConstraint, ContentArrangement, Table, Width,
};

use crate::model::Class;
use crate::render::style::{glue_citations, unglue};
use crate::render::Style;

/// One cell: its text (borrowed from the dataset where it can be), and the
/// code whose class colours it, if any.
#[derive(Debug, Clone)]
pub struct GridCell<'a> {
    text: Cow<'a, str>,
    code: Option<u16>,
}

impl<'a> GridCell<'a> {
    pub fn new(text: impl Into<Cow<'a, str>>) -> Self {
        GridCell {
            text: text.into(),
            code: None,
        }
    }

    /// A cell shown in the colour of `code`'s class.
    pub fn code(code: u16, text: impl Into<Cow<'a, str>>) -> Self {
        GridCell {
            text: text.into(),
            code: Some(code),
        }
    }
}

impl<'a> From<&'a str> for GridCell<'a> {
    fn from(text: &'a str) -> Self {
        GridCell::new(text)
    }
}

impl From<String> for GridCell<'_> {
    fn from(text: String) -> Self {
        GridCell::new(text)
    }
}

/// The shape a table takes when it does not fit the terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Blocks {
    /// One block per row, headed by its first cell (lists of codes, methods).
    PerRow,
    /// One block per column after the first, headed by its header (a
    /// comparison: one block per code, one line per question).
    PerColumn,
}

pub struct Grid<'a> {
    header: Vec<GridCell<'a>>,
    rows: Vec<Vec<GridCell<'a>>>,
    /// Columns that may be left out in a narrow terminal, the first to go first.
    optional: Vec<usize>,
    blocks: Blocks,
}

impl<'a> Grid<'a> {
    pub fn new(header: Vec<GridCell<'a>>, blocks: Blocks) -> Self {
        Grid {
            header,
            rows: Vec::new(),
            optional: Vec::new(),
            blocks,
        }
    }

    pub fn row(&mut self, cells: Vec<GridCell<'a>>) {
        self.rows.push(cells);
    }

    /// Marks column `index` as one to drop before changing shape.
    pub fn optional(&mut self, index: usize) {
        self.optional.push(index);
    }

    /// The table as text, ending in a newline.
    pub fn render(&self, style: &Style) -> String {
        if !style.terminal {
            return self.markdown(style);
        }
        let mut columns: Vec<usize> = (0..self.header.len()).collect();
        let minimum = self.minimum_widths();
        let fits = |columns: &[usize]| {
            let content: usize = columns.iter().map(|&c| minimum[c]).sum();
            // "│ " before each column, " " after it, and the closing "│".
            let borders = 3 * columns.len() + 1;
            content + borders <= style.width
        };
        let mut droppable = self.optional.iter();
        while !fits(&columns) {
            match droppable.next() {
                Some(drop) => columns.retain(|c| c != drop),
                None => return self.blocks(style),
            }
        }
        self.boxed(style, &columns, &minimum)
    }

    /// Per column, the display width of its longest unbreakable word.
    fn minimum_widths(&self) -> Vec<usize> {
        let mut widths = vec![1; self.header.len()];
        for row in std::iter::once(&self.header).chain(&self.rows) {
            for (width, cell) in widths.iter_mut().zip(row) {
                let longest = glue_citations(&cell.text)
                    .split([' ', '\n'])
                    .map(super::width)
                    .max()
                    .unwrap_or(0);
                *width = (*width).max(longest);
            }
        }
        widths
    }

    fn cell(style: &Style, cell: &GridCell, text: String, header: bool) -> Cell {
        let mut out = Cell::new(text);
        if !style.color {
            return out;
        }
        if let Some(code) = cell.code {
            out = out.fg(class_color(code)).add_attribute(Attribute::Bold);
        } else if header {
            out = out.add_attribute(Attribute::Bold);
        }
        out
    }

    /// A Markdown table, every column as wide as its widest line. Written by
    /// hand rather than with comfy-table: the same bytes, at a tenth of the
    /// cost, and this is what every script and pipe gets.
    fn markdown(&self, style: &Style) -> String {
        // Every cell's lines with their widths, measured once, in one list:
        // most cells are one line, and a list of lines each would be most of
        // the cost of `httpcode list`.
        let columns = self.header.len();
        let rows = || std::iter::once(&self.header).chain(&self.rows);
        let mut lines: Vec<(&str, usize)> = Vec::with_capacity(columns * (self.rows.len() + 1));
        // Per cell, where its lines start in `lines` (and the next cell's, where they end).
        let mut starts: Vec<usize> = Vec::with_capacity(lines.capacity() + 1);
        let mut widths = vec![0; columns];
        for row in rows() {
            for (column, widest) in widths.iter_mut().enumerate() {
                starts.push(lines.len());
                let Some(cell) = row.get(column) else {
                    continue;
                };
                for line in cell.text.split('\n') {
                    let width = super::width(line);
                    *widest = (*widest).max(width);
                    lines.push((line, width));
                }
            }
        }
        starts.push(lines.len());
        let line_length: usize = widths.iter().map(|w| w + 3).sum::<usize>() + 2;
        let mut out = String::with_capacity(line_length * (self.rows.len() + 2));
        for (index, row) in rows().enumerate() {
            let cells = &starts[index * columns..=(index + 1) * columns];
            markdown_row(&mut out, style, row, &lines, cells, &widths, index == 0);
            if index == 0 {
                out.push('|');
                for width in &widths {
                    out.push_str(&"-".repeat(width + 2));
                    out.push('|');
                }
                out.push('\n');
            }
        }
        out
    }

    fn boxed(&self, style: &Style, columns: &[usize], minimum: &[usize]) -> String {
        let mut table = Table::new();
        table
            .load_preset(presets::UTF8_FULL_CONDENSED)
            .apply_modifier(comfy_table::modifiers::UTF8_ROUND_CORNERS)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(style.width.min(usize::from(u16::MAX)) as u16);
        self.fill(&mut table, style, columns, |text| {
            glue_citations(text).into_owned()
        });
        for (position, &column) in columns.iter().enumerate() {
            // comfy-table's lower boundary counts the padding on both sides.
            let width = (minimum[column] + 2).min(usize::from(u16::MAX)) as u16;
            if let Some(col) = table.column_mut(position) {
                col.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(width)));
            }
        }
        finish(table, style, true)
    }

    fn fill(
        &self,
        table: &mut Table,
        style: &Style,
        columns: &[usize],
        text: impl Fn(&str) -> String,
    ) {
        table.set_header(
            columns
                .iter()
                .map(|&c| Grid::cell(style, &self.header[c], text(&self.header[c].text), true)),
        );
        for row in &self.rows {
            table.add_row(columns.iter().filter_map(|&c| {
                let cell = row.get(c)?;
                Some(Grid::cell(style, cell, text(&cell.text), false))
            }));
        }
    }

    /// The table as blocks of labelled lines, for a terminal too narrow for it.
    fn blocks(&self, style: &Style) -> String {
        let mut out = String::new();
        let heading = |out: &mut String, cell: &GridCell| {
            let text = match cell.code {
                Some(code) => style.class_colored(code, &cell.text),
                None => style.heading(&cell.text).trim_end().to_string(),
            };
            out.push_str(&text);
            out.push('\n');
        };
        let line = |out: &mut String, label: &GridCell, value: &GridCell| {
            // A question reads as "Server knows the method? Yes".
            let colon = if label.text.ends_with('?') { "" } else { ":" };
            let text = format!("{}{colon} {}", label.text, value.text);
            out.push_str(&style.hanging(&text, 2, 4));
        };
        match self.blocks {
            Blocks::PerRow => {
                for (i, row) in self.rows.iter().enumerate() {
                    if i > 0 {
                        out.push('\n');
                    }
                    let Some((first, rest)) = row.split_first() else {
                        continue;
                    };
                    heading(&mut out, first);
                    for (label, value) in self.header[1..].iter().zip(rest) {
                        line(&mut out, label, value);
                    }
                }
            }
            Blocks::PerColumn => {
                for column in 1..self.header.len() {
                    if column > 1 {
                        out.push('\n');
                    }
                    heading(&mut out, &self.header[column]);
                    for row in &self.rows {
                        if let (Some(label), Some(value)) = (row.first(), row.get(column)) {
                            line(&mut out, label, value);
                        }
                    }
                }
            }
        }
        out
    }
}

/// One row of a Markdown table, as many lines high as its tallest cell:
/// cell `c` has the lines `lines[cells[c]..cells[c + 1]]`.
fn markdown_row(
    out: &mut String,
    style: &Style,
    row: &[GridCell],
    lines: &[(&str, usize)],
    cells: &[usize],
    widths: &[usize],
    header: bool,
) {
    const SPACES: &str = "                                                                ";
    let height = cells
        .windows(2)
        .map(|c| c[1] - c[0])
        .max()
        .unwrap_or(0)
        .max(1);
    for line in 0..height {
        out.push('|');
        for (column, &width) in widths.iter().enumerate() {
            let (first, end) = (cells[column], cells[column + 1]);
            let (text, used) = if first + line < end {
                lines[first + line]
            } else {
                ("", 0)
            };
            let (start, end) = match row.get(column) {
                Some(cell) if style.color => markdown_style(cell, header),
                _ => ("", ""),
            };
            out.push_str(start);
            out.push(' ');
            out.push_str(text);
            let mut pad = width - used;
            while pad > 0 {
                let step = pad.min(SPACES.len());
                out.push_str(&SPACES[..step]);
                pad -= step;
            }
            out.push(' ');
            out.push_str(end);
            out.push('|');
        }
        out.push('\n');
    }
}

fn finish(mut table: Table, style: &Style, glued: bool) -> String {
    if style.color {
        table.enforce_styling();
    } else {
        table.force_no_tty();
    }
    let mut text = table.to_string();
    if glued {
        text = unglue(&text);
    }
    text.push('\n');
    text
}

/// The escape codes comfy-table writes around a coloured cell (its colour,
/// then bold) and a bold header cell.
fn markdown_style(cell: &GridCell, header: bool) -> (&'static str, &'static str) {
    const RESET: &str = "\x1b[0m";
    match cell.code.map(Class::of) {
        Some(Some(Class::Informational)) => ("\x1b[38;5;14m\x1b[1m", RESET),
        Some(Some(Class::Successful)) => ("\x1b[38;5;10m\x1b[1m", RESET),
        Some(Some(Class::Redirection)) => ("\x1b[38;5;12m\x1b[1m", RESET),
        Some(Some(Class::ClientError)) => ("\x1b[38;5;11m\x1b[1m", RESET),
        Some(Some(Class::ServerError) | None) => ("\x1b[38;5;9m\x1b[1m", RESET),
        None if header => ("\x1b[1m", RESET),
        None => ("", ""),
    }
}

fn class_color(code: u16) -> Color {
    match Class::of(code) {
        Some(Class::Informational) => Color::Cyan,
        Some(Class::Successful) => Color::Green,
        Some(Class::Redirection) => Color::Blue,
        Some(Class::ClientError) => Color::Yellow,
        Some(Class::ServerError) | None => Color::Red,
    }
}
