//! Turns model records into text for a terminal or a pipe, or JSON for scripts.
//! Renderers take a decided `Style` and never read YAML or the environment.

pub mod card;
pub mod check;
pub mod compare;
pub mod decide;
pub mod example;
pub mod grid;
pub mod header;
pub mod json;
pub mod list;
pub mod method;
pub mod no_response;
pub mod page;
pub mod style;
pub mod wrap;

pub use style::Style;

use crate::data;

/// "405 Method Not Allowed", or just the number when the dataset lacks it.
pub fn code_and_name(code: u16) -> String {
    match data::code_name(code) {
        Some(name) => format!("{code} {name}"),
        None => code.to_string(),
    }
}

/// "Yes" or "No", for flags in tables.
pub fn yes_no(flag: bool) -> &'static str {
    if flag {
        "Yes"
    } else {
        "No"
    }
}
