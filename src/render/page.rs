//! A small writer for the long views (the card, a method's explanation): title
//! lines, section headings, wrapped paragraphs, bullets, source lines and
//! tables, each laid out the same way everywhere.

use crate::render::grid::Grid;

use crate::render::Style;

pub struct Page<'s> {
    out: String,
    pub style: &'s Style,
}

impl<'s> Page<'s> {
    pub fn new(style: &'s Style) -> Self {
        Page {
            // A card is three to five kilobytes: room for it at once rather
            // than a copy at every doubling.
            out: String::with_capacity(8 * 1024),
            style,
        }
    }

    /// Text as it is, followed by a line end.
    pub fn line(&mut self, text: &str) {
        self.out.push_str(text);
        self.out.push('\n');
    }

    pub fn blank(&mut self) {
        self.out.push('\n');
    }

    /// A blank line, then a heading.
    pub fn section(&mut self, title: &str) {
        self.out.push('\n');
        self.out.push_str(&self.style.heading(title));
    }

    /// Prose wrapped to the width, indented.
    pub fn para(&mut self, text: &str, indent: usize) {
        self.out.push_str(&self.style.wrap(text, indent));
    }

    /// A bullet item with a hanging indent.
    pub fn bullet(&mut self, text: &str, indent: usize) {
        self.out.push_str(&self.style.bullet(text, indent));
    }

    /// "Source: RFC 9110 §15.6.2", de-emphasised.
    pub fn source(&mut self, citation: &str, indent: usize) {
        let text = self.style.dim(&format!("Source: {citation}"));
        self.para(&text, indent);
    }

    pub fn table(&mut self, grid: &Grid) {
        self.out.push_str(&grid.render(self.style));
    }

    pub fn finish(self) -> String {
        self.out
    }
}
