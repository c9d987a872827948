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

/// Columns a terminal gives `text`. Printable ASCII, nearly every cell of a
/// table, is one column a byte; only other text goes through unicode-width
/// (whose per-character rules cost a third of `httpcode list`).
pub fn width(text: &str) -> usize {
    if text.bytes().all(|b| (b' '..=b'~').contains(&b)) {
        text.len()
    } else {
        unicode_width::UnicodeWidthStr::width(text)
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

#[cfg(test)]
mod tests {
    #[test]
    fn width_counts_columns_as_unicode_width_does() {
        for text in [
            "405 Method Not Allowed",
            "",
            "~!",
            "日本語",
            "café",
            "a\tb",
            "\u{1b}[1m",
        ] {
            assert_eq!(
                super::width(text),
                unicode_width::UnicodeWidthStr::width(text),
                "{text:?}"
            );
        }
        assert_eq!(super::width("日本語"), 6);
    }
}
