//! What curl writes to stderr besides `-v`'s prefixed lines, which reaches
//! `check` when stderr is piped along (`curl -v URL 2>&1`, `curl -i URL 2>&1`):
//! the progress meter (two heading lines, then records each started by a
//! carriage return, the last one often glued to the next line), and its
//! `Note:` and `Warning:` lines. None of it is part of a response.

/// The progress meter's two heading lines, as curl prints them (trimmed).
const HEADINGS: [&[u8]; 2] = [
    b"% Total    % Received % Xferd  Average Speed   Time    Time     Time  Current",
    b"Dload  Upload   Total   Spent    Left  Speed",
];

/// A line of curl's own, to skip where a response cannot be: `Note: …`,
/// `Warning: …`, or a progress-meter heading.
pub fn is_message(line: &[u8]) -> bool {
    line.starts_with(b"Note: ") || line.starts_with(b"Warning: ") || is_heading(line)
}

pub fn is_heading(line: &[u8]) -> bool {
    HEADINGS.contains(&line.trim_ascii())
}

/// The content before a progress-meter heading glued to the end of a line
/// (content that did not end with a line end, then curl's next transfer).
pub fn before_glued_heading(line: &[u8]) -> Option<&[u8]> {
    let content = line.strip_suffix(HEADINGS[0])?.strip_suffix(b"  ")?;
    (!content.is_empty()).then_some(content)
}

/// A line with curl's progress records taken out.
pub struct Cleaned {
    /// What is left of the line.
    pub text: Vec<u8>,
    /// The line ended with a record: its line end is the one curl writes
    /// when the meter finishes, not the content's.
    pub meter_ended_line: bool,
}

/// The line without the progress records in it: `None` when the line has
/// none (most lines: one memchr for a carriage return), else what is left.
pub fn without_progress(line: &[u8]) -> Option<Cleaned> {
    memchr::memchr(b'\r', line)?;
    let mut kept: Vec<u8> = Vec::new();
    let mut removed = false;
    let mut meter_ended_line = false;
    for (i, segment) in line.split(|&b| b == b'\r').enumerate() {
        match record_len(segment) {
            Some(n) => {
                removed = true;
                meter_ended_line = n == segment.len();
                kept.extend_from_slice(&segment[n..]);
            }
            None => {
                meter_ended_line = false;
                if i > 0 {
                    kept.push(b'\r');
                }
                kept.extend_from_slice(segment);
            }
        }
    }
    removed.then_some(Cleaned {
        text: kept,
        meter_ended_line,
    })
}

/// The length of a progress record at the start of `segment`: twelve columns
/// of sizes (`0`, `100`, `2601`, `12.3M`) and times (`--:--:--`, `0:00:01`,
/// `1d 02h`), the times in the middle.
fn record_len(segment: &[u8]) -> Option<usize> {
    let allowed = |b: u8| b.is_ascii_digit() || b" .:-kMGTPdhms".contains(&b);
    let end = segment
        .iter()
        .position(|&b| !allowed(b))
        .unwrap_or(segment.len());
    let prefix = &segment[..end];
    let columns = prefix
        .split(|&b| b == b' ')
        .filter(|c| !c.is_empty())
        .count();
    let has_times = prefix.windows(3).any(|w| w == b"--:" || w[1] == b':');
    (columns >= 12 && has_times).then_some(end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_record_glued_to_a_verbose_line_leaves_the_line() {
        let line = b"\r  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0*   Trying 127.0.0.1:80...";
        assert_eq!(
            without_progress(line).map(|c| c.text),
            Some(b"*   Trying 127.0.0.1:80...".to_vec())
        );
    }

    #[test]
    fn records_alone_leave_nothing() {
        let line = b"\r  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0\r100     6  100     6    0     0   1431      0 --:--:-- --:--:-- --:--:--  1500";
        let cleaned = without_progress(line).expect("records");
        assert!(cleaned.text.is_empty() && cleaned.meter_ended_line);
    }

    #[test]
    fn other_lines_are_untouched() {
        assert!(without_progress(b"HTTP/1.1 200 OK").is_none());
        assert!(without_progress(b"a\rb").is_none());
    }
}
