//! Word wrapping: greedy (first fit), words separated by ASCII spaces, a word
//! longer than the line kept whole on a line of its own, and each line of the
//! input wrapped on its own. That is textwrap's `fill` with the options
//! httpcode used (`break_words(false)`, no hyphenation, textwrap's default
//! features off), and the output is the same byte for byte, line widths and
//! indents included; a property test holds the two together.
//!
//! Why not textwrap itself: a card wraps a dozen paragraphs, and textwrap's
//! general machinery (boxed word iterators, a vector per line, f64 widths)
//! was two thirds of the cost of rendering one.

use unicode_width::UnicodeWidthChar;

/// `text` wrapped to `width` columns, the first line after `first` and the
/// others after `rest`; lines joined by `\n`, no newline at the end.
pub fn fill(text: &str, width: usize, first: &str, rest: &str) -> String {
    if text.len() < width && !text.contains('\n') && first.is_empty() {
        return text.trim_end_matches(' ').to_string();
    }
    let widths = [
        width.saturating_sub(display_width(first)),
        width.saturating_sub(display_width(rest)),
    ];
    let mut out = String::with_capacity(text.len() + text.len() / 8 * rest.len());
    let mut lines = 0;
    // About one word in six bytes of prose: room for them all at once.
    let mut words = Vec::with_capacity(text.len() / 6 + 1);
    for line in text.split('\n') {
        let indent = if lines == 0 { first } else { rest };
        if line.len() < width && indent.is_empty() {
            push(&mut out, &mut lines, "", line.trim_end_matches(' '));
            continue;
        }
        words.clear();
        words.extend(Words::new(line));
        if words.is_empty() {
            push(&mut out, &mut lines, "", "");
            continue;
        }
        // A line's limit is the first width for the first line wrapped from
        // each input line, as textwrap has it, and the second after that.
        let mut wrapped = 0;
        let mut start = 0;
        let mut used = 0;
        for i in 0..=words.len() {
            let full = i == words.len() || {
                let limit = widths[wrapped.min(1)];
                used + words[i].width > limit && i > start
            };
            if full {
                let indent = if lines == 0 { first } else { rest };
                let text = &line[words[start].start..words[i - 1].end];
                push(&mut out, &mut lines, indent, text);
                wrapped += 1;
                start = i;
                used = 0;
            }
            if let Some(word) = words.get(i) {
                used += word.width + word.spaces;
            }
        }
    }
    out
}

/// Appends one output line.
fn push(out: &mut String, lines: &mut usize, indent: &str, line: &str) {
    if *lines > 0 {
        out.push('\n');
    }
    out.push_str(indent);
    out.push_str(line);
    *lines += 1;
}

/// A word of a line: its bytes `start..end`, its display width, and the
/// number of spaces after it.
struct Word {
    start: usize,
    end: usize,
    width: usize,
    spaces: usize,
}

/// The words of a line: each run of non-spaces with the spaces after it. A
/// line that starts with spaces starts with an empty word.
struct Words<'a> {
    line: &'a str,
    at: usize,
}

impl<'a> Words<'a> {
    fn new(line: &'a str) -> Self {
        Words { line, at: 0 }
    }
}

impl Iterator for Words<'_> {
    type Item = Word;

    fn next(&mut self) -> Option<Word> {
        let rest = &self.line[self.at..];
        if rest.is_empty() {
            return None;
        }
        let word_len = rest.find(' ').unwrap_or(rest.len());
        let spaces = rest[word_len..].bytes().take_while(|&b| b == b' ').count();
        let start = self.at;
        self.at += word_len + spaces;
        Some(Word {
            start,
            end: start + word_len,
            width: display_width(&rest[..word_len]),
            spaces,
        })
    }
}

/// Columns `text` takes in a terminal: each character's width, with ANSI
/// escape sequences (colours, and links' operating system commands) taking
/// none, as textwrap counts them.
pub fn display_width(text: &str) -> usize {
    if text.bytes().all(|b| (b' '..=b'~').contains(&b)) {
        return text.len();
    }
    let mut chars = text.chars();
    let mut width = 0;
    while let Some(ch) = chars.next() {
        if ch != '\x1b' {
            width += ch.width().unwrap_or(0);
            continue;
        }
        match chars.next() {
            // CSI: up to a final byte in 0x40–0x7e.
            Some('[') => {
                for ch in chars.by_ref() {
                    if ('\x40'..='\x7e').contains(&ch) {
                        break;
                    }
                }
            }
            // OSC: up to BEL or the string terminator ESC \.
            Some(']') => {
                let mut last = ']';
                for ch in chars.by_ref() {
                    if ch == '\x07' || (ch == '\\' && last == '\x1b') {
                        break;
                    }
                    last = ch;
                }
            }
            _ => {}
        }
    }
    width
}

#[cfg(test)]
mod tests {
    use super::{display_width, fill};
    use proptest::prelude::*;

    fn textwrap_fill(text: &str, width: usize, first: &str, rest: &str) -> String {
        let options = textwrap::Options::new(width)
            .initial_indent(first)
            .subsequent_indent(rest)
            .break_words(false)
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        textwrap::fill(text, options)
    }

    /// Words, runs of spaces, line ends, wide and zero-width characters,
    /// colour codes, links and stray control characters.
    fn piece() -> impl Strategy<Value = String> {
        prop_oneof![
            "[a-z]{1,12}",
            " {1,3}",
            Just("\n".to_string()),
            Just("RFC\u{a0}9110\u{a0}§15.6.2".to_string()),
            Just("表示".to_string()),
            Just("🙂".to_string()),
            Just("e\u{301}".to_string()),
            Just("\x1b[1;33mwarn\x1b[0m".to_string()),
            Just("\x1b]8;;https://example.com\x1b\\link\x1b]8;;\x07".to_string()),
            Just("\x1bX".to_string()),
            Just("\t".to_string()),
            "[a-z]{20,40}",
        ]
    }

    fn indent() -> impl Strategy<Value = String> {
        prop_oneof![
            Just(String::new()),
            Just("  ".to_string()),
            Just("  - ".to_string()),
            Just("    ".to_string()),
            Just("  error    ".to_string()),
            Just("\x1b[2m| \x1b[0m".to_string()),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        #[test]
        fn wraps_as_textwrap_does(
            pieces in proptest::collection::vec(piece(), 0..30),
            width in 0usize..70,
            first in indent(),
            rest in indent(),
        ) {
            let text: String = pieces.concat();
            prop_assert_eq!(
                fill(&text, width, &first, &rest),
                textwrap_fill(&text, width, &first, &rest)
            );
        }

        #[test]
        fn measures_as_textwrap_does(pieces in proptest::collection::vec(piece(), 0..10)) {
            let text: String = pieces.concat();
            prop_assert_eq!(display_width(&text), textwrap::core::display_width(&text));
        }
    }

    #[test]
    fn a_card_paragraph() {
        let text = "The server does not support the functionality required to fulfil the \
                    request (RFC\u{a0}9110\u{a0}§15.6.2); a client may retry later.";
        assert_eq!(
            fill(text, 40, "  ", "  "),
            "  The server does not support the\n  functionality required to fulfil the\n  \
             request (RFC\u{a0}9110\u{a0}§15.6.2); a client\n  may retry later."
        );
    }
}
