//! Lines copied from real tools: `curl -v` (`< HTTP/1.1 404 Not Found`), a
//! status line, an nginx or Apache access-log line (common or combined), or
//! any line that holds one `HTTP/x.y NNN`: where in each the status code is.

/// What kind of line a status code was read from, for "read 413 from …".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    /// `< HTTP/1.1 404 Not Found`, as `curl -v` prints a response's first line.
    Curl,
    /// `HTTP/1.1 404 Not Found` or `HTTP/2 503`.
    StatusLine,
    /// `… "GET /x HTTP/1.1" 413 0 …`: the code after the request line.
    AccessLog,
    /// Any other line with one `HTTP/x.y NNN` in it.
    Other,
}

impl LineKind {
    /// "a curl -v line", for the one-line account on stderr.
    pub fn label(self) -> &'static str {
        match self {
            LineKind::Curl => "a curl -v line",
            LineKind::StatusLine => "a status line",
            LineKind::AccessLog => "an access-log line",
            LineKind::Other => "a line with an HTTP version",
        }
    }
}

/// A line read for its status code.
#[derive(Debug, PartialEq, Eq)]
pub enum Line<'a> {
    /// The status code as written (three digits, still to be checked), and
    /// the reason phrase after it when the line is a status line.
    Found {
        code: &'a str,
        reason: Option<&'a str>,
        kind: LineKind,
    },
    /// A line from a tool (an HTTP version or an access-log shape) with no
    /// status code in it.
    NoCode,
    /// Not a tool's line: text to read as codes or words.
    Text,
}

/// The length of an HTTP version at the start of `text` (`HTTP/1.1`, `HTTP/2`).
fn version_len(text: &str) -> Option<usize> {
    let rest = text.strip_prefix("HTTP/")?;
    let bytes = rest.as_bytes();
    match bytes {
        [major, b'.', minor, ..] if major.is_ascii_digit() && minor.is_ascii_digit() => Some(8),
        [major, ..] if major.is_ascii_digit() => Some(6),
        _ => None,
    }
}

/// Three digits at the start of `text`, followed by a space or the end.
fn three_digits(text: &str) -> Option<&str> {
    let code = text.get(..3)?;
    let after = text[3..].chars().next();
    (code.bytes().all(|b| b.is_ascii_digit()) && after.is_none_or(char::is_whitespace))
        .then_some(code)
}

/// Finds the status code in a pasted line; see `Line`.
pub fn read(text: &str) -> Line<'_> {
    let text = text.trim();
    let (curl, line) = match text.strip_prefix('<') {
        Some(rest) if rest.trim_start().starts_with("HTTP/") => (true, rest.trim_start()),
        _ => (false, text),
    };
    if let Some(len) = version_len(line) {
        let rest = line[len..].trim_start();
        if len == line.len() || !line[len..].starts_with(char::is_whitespace) {
            return Line::NoCode;
        }
        let (code, reason) = match rest.split_once(char::is_whitespace) {
            Some((code, reason)) => (code, Some(reason.trim()).filter(|r| !r.is_empty())),
            None => (rest, None),
        };
        let kind = if curl {
            LineKind::Curl
        } else {
            LineKind::StatusLine
        };
        return Line::Found { code, reason, kind };
    }
    let mut other = None;
    let mut versions = 0;
    for (at, _) in line.match_indices("HTTP/") {
        let Some(len) = version_len(&line[at..]) else {
            continue;
        };
        versions += 1;
        let after = &line[at + len..];
        // An access log quotes the request line: `"GET / HTTP/1.1" 200 612`.
        if let Some(rest) = after.strip_prefix('"') {
            if let Some(code) = three_digits(rest.trim_start()) {
                return Line::Found {
                    code,
                    reason: None,
                    kind: LineKind::AccessLog,
                };
            }
        }
        if after.starts_with(char::is_whitespace) {
            if let Some(code) = three_digits(after.trim_start()) {
                other.get_or_insert(code);
            }
        }
    }
    match other {
        Some(code) => Line::Found {
            code,
            reason: None,
            kind: LineKind::Other,
        },
        None if versions > 0 || looks_like_log(line) => Line::NoCode,
        None => Line::Text,
    }
}

/// A line that starts like an access-log line (an IPv4 address and then more)
/// or holds a bracketed time stamp, but where no status code was found.
fn looks_like_log(line: &str) -> bool {
    let mut words = line.split_whitespace();
    let first = words.next().unwrap_or("");
    let address = first.split('.').count() == 4
        && first
            .split('.')
            .all(|p| !p.is_empty() && p.len() <= 3 && p.bytes().all(|b| b.is_ascii_digit()));
    (address && words.next().is_some()) || (line.contains('[') && line.contains("] \""))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(line: &str) -> Option<(&str, LineKind)> {
        match read(line) {
            Line::Found { code, kind, .. } => Some((code, kind)),
            _ => None,
        }
    }

    #[test]
    fn each_kind_of_line() {
        assert_eq!(
            found("< HTTP/1.1 404 Not Found"),
            Some(("404", LineKind::Curl))
        );
        assert_eq!(found("<HTTP/2 503"), Some(("503", LineKind::Curl)));
        assert_eq!(found("HTTP/2 204"), Some(("204", LineKind::StatusLine)));
        assert_eq!(
            found(
                r#"10.0.0.1 - - [10/Oct/2024:13:55:36 +0000] "POST /up HTTP/1.1" 413 0 "-" "curl/8.5.0""#
            ),
            Some(("413", LineKind::AccessLog))
        );
        assert_eq!(
            found("proxy said HTTP/1.0 502 upstream"),
            Some(("502", LineKind::Other))
        );
        assert_eq!(read("HTTP/1.1"), Line::NoCode);
        assert_eq!(read(r#"127.0.0.1 - - [x] "-" 0 0"#), Line::NoCode);
        assert_eq!(read("not found"), Line::Text);
        assert_eq!(read("404 500"), Line::Text);
    }
}
