//! Text the user gave, made safe to print: the one place that decides how
//! input-derived text looks in a message, so a pasted escape sequence can never
//! drive the terminal and a pasted megabyte never floods it.

/// The longest input shown, in characters; longer text is cut with `…`.
const SHOWN: usize = 80;

/// `bytes` as printable text: C0 control characters except tab, DEL, C1
/// controls (U+0080–U+009F) and bytes that are not UTF-8 become `\xNN`, byte
/// by byte (`\x1b`, `\x7f`; a C1 control by its UTF-8 bytes, `\xc2\x85`);
/// text longer than 80 characters is cut with `…` and its full length in bytes.
pub fn shown(bytes: &[u8]) -> String {
    escape(bytes, Some(SHOWN))
}

/// `bytes` as printable text, as `shown` makes it but never cut: for whole
/// messages that quote input, such as `check`'s findings.
pub fn escaped(bytes: &[u8]) -> String {
    escape(bytes, None)
}

fn escape(bytes: &[u8], limit: Option<usize>) -> String {
    // Text without control characters, within the limit, nearly every line
    // of input and every message, stays as it is.
    if let Ok(text) = std::str::from_utf8(bytes) {
        if !has_control(bytes) && limit.is_none_or(|limit| text.chars().count() <= limit) {
            return text.to_string();
        }
    }
    let mut out = String::with_capacity(bytes.len());
    let mut count = 0;
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            if Some(count) == limit {
                return cut(out, bytes.len());
            }
            if c.is_control() && c != '\t' {
                // C0, DEL and C1 are exactly the characters Rust calls control.
                let mut utf8 = [0; 4];
                for byte in c.encode_utf8(&mut utf8).bytes() {
                    out.push_str(&format!("\\x{byte:02x}"));
                }
            } else {
                out.push(c);
            }
            count += 1;
        }
        for byte in chunk.invalid() {
            if Some(count) == limit {
                return cut(out, bytes.len());
            }
            out.push_str(&format!("\\x{byte:02x}"));
            count += 1;
        }
    }
    out
}

/// Whether valid UTF-8 `bytes` hold a character Rust calls control, other
/// than tab: C0 and DEL as single bytes, C1 (U+0080 to U+009F) as C2 80 to
/// C2 9F.
fn has_control(bytes: &[u8]) -> bool {
    bytes.iter().enumerate().any(|(i, &b)| match b {
        b'\t' => false,
        0..=0x1f | 0x7f => true,
        0xc2 => matches!(bytes.get(i + 1), Some(0x80..=0x9f)),
        _ => false,
    })
}

/// `text` shown in double quotes, as messages quote what the user gave.
pub fn quoted(text: &str) -> String {
    format!("\"{}\"", shown(text.as_bytes()))
}

fn cut(mut shown: String, length: usize) -> String {
    shown.push_str(&format!("… ({length} bytes)"));
    shown
}

#[cfg(test)]
mod tests {
    use super::shown;

    #[test]
    fn controls_and_invalid_bytes_become_hex() {
        assert_eq!(shown(b"\x7fELF\x02\x01"), "\\x7fELF\\x02\\x01");
        assert_eq!(shown(b"a\x1b[31mb"), "a\\x1b[31mb");
        assert_eq!(shown(b"tab\there"), "tab\there");
        assert_eq!(shown("c1\u{85}".as_bytes()), "c1\\xc2\\x85");
        assert_eq!(shown("csi\u{9b}2J".as_bytes()), "csi\\xc2\\x9b2J");
        assert_eq!(shown(b"\xff\xfeok"), "\\xff\\xfeok");
        assert_eq!(shown("caf\u{e9} 404".as_bytes()), "caf\u{e9} 404");
    }

    #[test]
    fn escaped_text_is_never_cut() {
        let long = format!("{}\x1b", "x".repeat(100));
        assert_eq!(
            super::escaped(long.as_bytes()),
            format!("{}\\x1b", "x".repeat(100))
        );
    }

    #[test]
    fn long_text_is_cut_with_its_length() {
        let long = "x".repeat(100);
        let cut = shown(long.as_bytes());
        assert_eq!(cut, format!("{}… (100 bytes)", "x".repeat(80)));
        // One over the limit is cut; at the limit, printable text and tabs stay.
        let over = "x".repeat(81);
        assert_eq!(
            shown(over.as_bytes()),
            format!("{}… (81 bytes)", "x".repeat(80))
        );
        let at = format!("{}\t{}", "x".repeat(40), "y".repeat(39));
        assert_eq!(shown(at.as_bytes()), at);
        // The limit counts characters, not bytes.
        let accents = "\u{e9}".repeat(80);
        assert_eq!(shown(accents.as_bytes()), accents);
        let over = "\u{e9}".repeat(81);
        assert_eq!(shown(over.as_bytes()), format!("{accents}… (162 bytes)"));
    }
}
