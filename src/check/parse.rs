//! Reads raw responses as curl prints them (`-i`, `-I`, `-D -`, `-v`) from a
//! stream, one response after another. Header sections are kept; bodies are only
//! counted, a bounded chunk at a time, so a 50 MB body costs no more memory than
//! a small one. Knows nothing about the rules.

use std::io::BufRead;

use super::noise;
use super::{Body, Field, InputError, Origin, Part, Response};

/// The longest line of a header section we accept; body lines may be any length.
const MAX_LINE: usize = 64 * 1024;

/// One piece of a line: the whole line, or a `MAX_LINE` slice of a longer one.
struct Chunk {
    /// 1-based number of the line this chunk belongs to.
    line: usize,
    /// Starts a line (the previous chunk ended with a line end).
    starts_line: bool,
    /// Ends a line: a line end (not in the chunk's bytes) or the end of the
    /// input followed; false only when the line goes on past `MAX_LINE`.
    ends_line: bool,
    /// Bytes of the line end that followed `text` (0, 1 for LF, 2 for CRLF).
    terminator: u64,
}

/// Splits a stream into lines without ever holding more than `MAX_LINE` bytes.
struct Lines<R> {
    reader: R,
    buf: Vec<u8>,
    line: usize,
    at_line_start: bool,
}

impl<R: BufRead> Lines<R> {
    fn new(reader: R) -> Self {
        Lines {
            reader,
            buf: Vec::with_capacity(256),
            line: 0,
            at_line_start: true,
        }
    }

    /// The next chunk; its bytes (line end removed) are in `self.buf`.
    fn next(&mut self) -> Result<Option<Chunk>, InputError> {
        self.buf.clear();
        let starts_line = self.at_line_start;
        if starts_line {
            self.line += 1;
        }
        // At most MAX_LINE bytes, up to and including a line end. The memchr
        // crate finds line ends with SIMD instructions: in a long body it does
        // most of the work, and std's (read_until) took 2.4 instructions a byte.
        let mut newline = false;
        while self.buf.len() < MAX_LINE {
            let available = match self.reader.fill_buf() {
                Ok(bytes) => bytes,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(InputError::Read(e)),
            };
            if available.is_empty() {
                break;
            }
            let room = (MAX_LINE - self.buf.len()).min(available.len());
            let (taken, found) = match memchr::memchr(b'\n', &available[..room]) {
                Some(at) => (at + 1, true),
                None => (room, false),
            };
            self.buf.extend_from_slice(&available[..taken]);
            self.reader.consume(taken);
            if found {
                self.buf.pop();
                newline = true;
                break;
            }
        }
        let capped = !newline && self.buf.len() == MAX_LINE;
        if self.buf.is_empty() && !newline {
            return Ok(None);
        }
        let ends_line = !capped;
        let mut terminator = 0;
        if newline {
            terminator = 1;
            if self.buf.last() == Some(&b'\r') {
                self.buf.pop();
                terminator = 2;
            }
        }
        self.at_line_start = ends_line;
        Ok(Some(Chunk {
            line: self.line,
            starts_line,
            ends_line,
            terminator,
        }))
    }
}

impl<R: BufRead> Lines<R> {
    /// Consumes, without copying, the whole lines ahead that can only be
    /// content of a plain (`curl -i`) body: none starts a status line, holds
    /// a lone carriage return (curl's progress meter) or a progress-meter
    /// heading. Returns their length in bytes, line ends included. Stops
    /// before the first line that may be something else, and before a line
    /// the buffer does not yet hold whole; `next` reads those.
    ///
    /// `limit` is how much content Content-Length says is still to come: a
    /// line that runs past it may hold the next response's status line
    /// (glued to content that did not end with a line end), so it is left
    /// to `next` too.
    fn plain_content(&mut self, limit: Option<u64>) -> Result<u64, InputError> {
        debug_assert!(self.at_line_start);
        let mut bytes = 0;
        loop {
            let available = match self.reader.fill_buf() {
                Ok(bytes) => bytes,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(InputError::Read(e)),
            };
            let room = limit.map_or(available.len(), |limit| {
                usize::try_from(limit - bytes).map_or(available.len(), |r| r.min(available.len()))
            });
            let Some(last) = memchr::memrchr(b'\n', &available[..room]) else {
                return Ok(bytes);
            };
            let whole = &available[..=last];
            let end = plain_lines(whole);
            let more = end == whole.len();
            self.line += memchr::memchr_iter(b'\n', &whole[..end]).count();
            bytes += end as u64;
            self.reader.consume(end);
            if !more || end == 0 {
                return Ok(bytes);
            }
        }
    }
}

/// The length of the run of whole lines at the start of `lines` (which ends
/// with a line end) that `Lines::plain_content` may pass over.
fn plain_lines(lines: &[u8]) -> usize {
    // The start of the line holding position `at`.
    let line_start = |at: usize| memchr::memrchr(b'\n', &lines[..at]).map_or(0, |i| i + 1);
    let first_line = &lines[..memchr::memchr(b'\n', lines).map_or(lines.len(), |i| i)];
    // The meter's second heading line follows its first, which stops the
    // run: it can only come first.
    if lines.starts_with(b"HTTP/") || noise::is_heading(first_line.trim_ascii_end()) {
        return 0;
    }
    let mut end = lines.len();
    // "HTTP/" is rare in content; a line end before it is not (searching
    // for "\nHTTP/" stops at every line end).
    if let Some(at) = memchr::memmem::find_iter(lines, b"HTTP/").find(|&at| lines[at - 1] == b'\n')
    {
        end = at;
    }
    // A carriage return that does not end a line (curl's progress records),
    // or the first heading of the meter.
    for at in memchr::memchr2_iter(b'\r', b'%', &lines[..end]) {
        let stop = match lines[at] {
            b'\r' => lines.get(at + 1) != Some(&b'\n'),
            _ => lines[at..].starts_with(b"% Total"),
        };
        if stop {
            end = line_start(at);
            break;
        }
    }
    end
}

/// What a line of `curl -v` output is, by its prefix.
enum Verbose<'a> {
    /// `< …`: a line of the response, prefix removed.
    Response(&'a [u8]),
    /// `> …`: a line of the request.
    Request(&'a [u8]),
    /// `* …`, `{ …`, `} …`: curl's own commentary or data markers.
    Commentary,
    /// Anything else: body bytes, or plain `curl -i` output.
    Plain,
}

/// A verbose line without its one-character prefix and the space after it.
fn rest(line: &[u8]) -> &[u8] {
    if line.len() >= 2 && line[1] == b' ' {
        &line[2..]
    } else {
        &line[1..]
    }
}

fn classify(line: &[u8]) -> Verbose<'_> {
    match line.first() {
        Some(b'<') if line.len() == 1 || line[1] == b' ' => Verbose::Response(rest(line)),
        Some(b'>') if line.len() == 1 || line[1] == b' ' => Verbose::Request(rest(line)),
        Some(b'*' | b'{' | b'}') if line.len() == 1 || line[1] == b' ' => Verbose::Commentary,
        _ => Verbose::Plain,
    }
}

/// A status line: version, code and optional reason phrase.
struct StatusLine {
    version: String,
    status: u16,
    reason: Option<String>,
}

/// `HTTP/1.1 200 OK`, `HTTP/2 200`, `HTTP/3 404 `; `Ok(None)` when the line
/// does not start like one, an error when it starts like one but is broken.
fn status_line(text: &[u8], line: usize) -> Result<Option<StatusLine>, InputError> {
    if !text.starts_with(b"HTTP/") {
        return Ok(None);
    }
    let text = String::from_utf8_lossy(text);
    let mut parts = text.splitn(3, ' ');
    let version = parts.next().unwrap_or_default();
    let number = &version[5..];
    let valid_version = match number.split_once('.') {
        Some((major, minor)) => is_digit(major) && is_digit(minor),
        None => is_digit(number),
    };
    let code = parts.next().unwrap_or_default();
    if !valid_version || code.len() != 3 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return Err(InputError::BadStatusLine {
            line,
            text: excerpt(text.as_bytes()),
        });
    }
    let status: u16 = code.parse().unwrap_or(0);
    if !(100..=599).contains(&status) {
        return Err(InputError::StatusOutOfRange { line, status });
    }
    let reason = parts
        .next()
        .map(str::trim)
        .filter(|r| !r.is_empty())
        .map(str::to_string);
    // curl prints HTTP/2 and HTTP/3 as "HTTP/2"; "HTTP/2.0" is the same version.
    let version = match version {
        "HTTP/2.0" => "HTTP/2".to_string(),
        "HTTP/3.0" => "HTTP/3".to_string(),
        v => v.to_string(),
    };
    Ok(Some(StatusLine {
        version,
        status,
        reason,
    }))
}

/// Where, in a line of content, the next response's status line starts
/// when it is glued to content that ended without a line end: exactly where
/// the response's Content-Length ends.
fn glued_status_line(response: &Response, line: &[u8]) -> Option<usize> {
    let to_come = response
        .content_length()?
        .checked_sub(response.body.bytes)?;
    let at = usize::try_from(to_come)
        .ok()
        .filter(|&at| at > 0 && at < line.len())?;
    matches!(status_line(&line[at..], 0), Ok(Some(_))).then_some(at)
}

fn is_digit(text: &str) -> bool {
    text.len() == 1 && text.as_bytes()[0].is_ascii_digit()
}

/// A short, printable excerpt of a line for an error message.
pub fn excerpt(bytes: &[u8]) -> String {
    let mut out = crate::terminal_text::escaped(&bytes[..bytes.len().min(60)]);
    if bytes.len() > 60 {
        out.push('…');
    }
    out
}

/// The method of a request line (`PATCH /x HTTP/1.1`), when it is one.
fn request_method(text: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(text).ok()?;
    let mut parts = text.split(' ');
    let method = parts.next()?;
    let _target = parts.next()?;
    let version = parts.next()?;
    let is_token = !method.is_empty() && method.bytes().all(super::syntax::is_tchar);
    (is_token && version.starts_with("HTTP/")).then(|| method.to_string())
}

/// Follows the parts of a `multipart/byteranges` body line by line, noting
/// which part headers carry Content-Range; the content itself is not kept.
struct Parts {
    /// `--` and the boundary.
    delimiter: Vec<u8>,
    /// Between a delimiter and the empty line that ends the part's header area.
    in_head: bool,
}

impl Parts {
    fn read(&mut self, line: &[u8], number: usize, out: &mut Vec<Part>) {
        let line = line.trim_ascii_end();
        if let Some(rest) = line.strip_prefix(self.delimiter.as_slice()) {
            if rest.is_empty() {
                out.push(Part {
                    line: number,
                    content_range: false,
                });
                self.in_head = true;
                return;
            }
            if rest == b"--" {
                self.in_head = false;
                return;
            }
        }
        if self.in_head {
            if line.is_empty() {
                self.in_head = false;
            } else if line.len() > 14 && line[..14].eq_ignore_ascii_case(b"content-range:") {
                if let Some(part) = out.last_mut() {
                    part.content_range = true;
                }
            }
        }
    }
}

enum State {
    /// Before the first status line.
    Start,
    /// In a header section.
    Head(Response),
    /// After a header section: content, until the next status line or the end.
    Body(Response),
}

/// Every response in the stream, in order. `method` applies to responses whose
/// request the input does not show.
pub fn responses<R: BufRead>(reader: R, method: Option<&str>) -> Result<Vec<Response>, InputError> {
    let mut lines = Lines::new(reader);
    let mut out: Vec<Response> = Vec::new();
    let mut state = State::Start;
    // The method of the last request line `curl -v` printed; it stays for the
    // interim responses and the final one that answer that request.
    let mut shown_method: Option<String> = None;
    // `curl -v` output is recognised by its first non-empty line (`*`, `<` or
    // `>`); only then do those prefixes mean anything, so a body line that
    // happens to start with "> " in `curl -i` output stays a body line.
    let mut verbose: Option<bool> = None;
    let mut echo = false;
    // The parts of the current multipart/byteranges body, when it is one.
    let mut parts: Option<Parts> = None;
    // The first line that is neither curl's nor a response's, for the error
    // when the input holds no response at all.
    let mut first_other: Option<(usize, String)> = None;
    loop {
        // The bulk of a long body passes here, many lines at a time.
        if let State::Body(response) = &mut state {
            if verbose == Some(false) && parts.is_none() && lines.at_line_start {
                let limit = response
                    .content_length()
                    .map(|length| length.saturating_sub(response.body.bytes));
                response.body.bytes += lines.plain_content(limit)?;
            }
        }
        let Some(chunk) = lines.next()? else {
            break;
        };
        let cleaned;
        let mut raw: &[u8] = &lines.buf;
        // The bytes of the line end that belong to the line's content.
        let mut terminator = chunk.terminator;
        if chunk.starts_line && chunk.ends_line {
            if let Some(rest) = noise::without_progress(raw) {
                if rest.meter_ended_line {
                    terminator = 0;
                }
                cleaned = rest.text;
                raw = &cleaned;
                if raw.is_empty() {
                    continue;
                }
            }
            let outside = matches!(state, State::Start);
            if noise::is_heading(raw) || (outside && noise::is_message(raw)) {
                continue;
            }
            // Content without a last line end, then the meter of curl's
            // next transfer: the line end is the heading's.
            if let Some(content) = noise::before_glued_heading(raw) {
                raw = content;
                terminator = 0;
            }
        }
        if verbose.is_none() && !raw.is_empty() {
            verbose = Some(!matches!(classify(raw), Verbose::Plain));
        }
        let verbose = verbose == Some(true);
        let kind = if chunk.starts_line && verbose {
            classify(raw)
        } else {
            Verbose::Plain
        };
        if let Verbose::Request(request) = kind {
            if let Some(m) = request_method(request) {
                shown_method = Some(m);
            }
            if let State::Body(response) = state {
                out.push(response);
                state = State::Start;
            }
            continue;
        }
        if matches!(kind, Verbose::Commentary) {
            continue;
        }
        let (mut text, prefixed) = match kind {
            Verbose::Response(rest) => (rest, true),
            _ => (raw, false),
        };
        if verbose && !prefixed {
            // With -i or -I, curl -v also writes each header section to
            // stdout, unprefixed: skip that copy, up to its empty line.
            if echo {
                echo = !text.is_empty() || !chunk.starts_line;
                continue;
            }
            if chunk.starts_line && matches!(status_line(text, chunk.line), Ok(Some(_))) {
                echo = true;
                continue;
            }
        }
        // A line of content, the bulk of a long response, is counted where it
        // stands; only a line that starts the next response goes on to the
        // state change below. In `-v` output an unprefixed status line never
        // gets here: it was skipped above as curl's echo of a header section.
        let mut next_response = None;
        if let State::Body(response) = &mut state {
            if chunk.starts_line {
                next_response = status_line(text, chunk.line).ok().flatten();
            }
            if next_response.is_none() && !prefixed && !verbose && chunk.ends_line {
                // `curl -i URL URL` when the first content has no last line
                // end: the next status line starts where Content-Length ends.
                if let Some(at) = glued_status_line(response, text) {
                    response.body.bytes += at as u64;
                    text = &text[at..];
                    next_response = status_line(text, chunk.line).ok().flatten();
                }
            }
            if next_response.is_none() {
                if !prefixed {
                    response.body.bytes += raw.len() as u64 + terminator;
                    if let Some(parts) = parts.as_mut().filter(|_| chunk.starts_line) {
                        parts.read(raw, chunk.line, &mut response.parts);
                    }
                }
                continue;
            }
        }
        let start = |status: StatusLine, shown: &Option<String>| Response {
            origin: Origin::Line(chunk.line),
            version: status.version,
            status: status.status,
            reason: status.reason,
            method: shown.clone().or_else(|| method.map(str::to_string)),
            method_inferred: false,
            url: None,
            fields: Vec::new(),
            body: Body {
                bytes: 0,
                exact: true,
            },
            parts: Vec::new(),
            verbose: prefixed,
            followed: false,
        };
        state = match state {
            State::Start => {
                if !chunk.starts_line || text.is_empty() {
                    State::Start
                } else if let Some(status) = status_line(text, chunk.line)? {
                    if !chunk.ends_line {
                        return Err(InputError::LineTooLong { line: chunk.line });
                    }
                    State::Head(start(status, &shown_method))
                } else {
                    // Before a response, or between responses of `curl -v`
                    // output (body bytes curl printed after its commentary):
                    // nothing to read.
                    if out.is_empty() && !verbose && first_other.is_none() {
                        first_other = Some((chunk.line, excerpt(text)));
                    }
                    State::Start
                }
            }
            State::Head(mut response) => {
                if !chunk.ends_line {
                    return Err(InputError::LineTooLong { line: chunk.line });
                }
                if verbose && !prefixed {
                    // Unprefixed lines inside a `-v` header section are body
                    // output interleaved by the terminal; not header fields.
                    State::Head(response)
                } else if text.is_empty() {
                    parts = response.boundary().map(|b| Parts {
                        delimiter: format!("--{b}").into_bytes(),
                        in_head: false,
                    });
                    State::Body(response)
                } else if text[0] == b' ' || text[0] == b'\t' {
                    match response.fields.last_mut() {
                        Some(field) => {
                            let more = String::from_utf8_lossy(text);
                            field.value.push(' ');
                            field.value.push_str(more.trim());
                            field.folded = true;
                            State::Head(response)
                        }
                        None => {
                            return Err(InputError::BadField {
                                line: chunk.line,
                                text: excerpt(text),
                            })
                        }
                    }
                } else {
                    response.fields.push(field(text, chunk.line)?);
                    State::Head(response)
                }
            }
            State::Body(mut response) => match next_response {
                Some(status) => {
                    response.followed = true;
                    out.push(response);
                    State::Head(start(status, &shown_method))
                }
                None => State::Body(response),
            },
        };
    }
    match state {
        State::Start => {}
        // A header section cut short of its empty line (a hand-written file)
        // is still a header section.
        State::Head(response) | State::Body(response) => out.push(response),
    }
    if out.is_empty() {
        return Err(match first_other {
            Some((line, text)) => InputError::NotHttp { line, text },
            None => InputError::Empty,
        });
    }
    for response in out.iter_mut() {
        if response.verbose {
            // curl -v interleaves stdout and stderr: body byte counts are not exact.
            response.body.exact = false;
        }
    }
    Ok(out)
}

/// `Name: value`, `Name : value` (recorded, it is a finding) or an error.
fn field(text: &[u8], line: usize) -> Result<Field, InputError> {
    let text = String::from_utf8_lossy(text);
    let Some((name, value)) = text.split_once(':') else {
        return Err(InputError::BadField {
            line,
            text: excerpt(text.as_bytes()),
        });
    };
    let trimmed = name.trim_end_matches([' ', '\t']);
    if trimmed.is_empty() {
        return Err(InputError::BadField {
            line,
            text: excerpt(text.as_bytes()),
        });
    }
    Ok(Field {
        name: trimmed.to_string(),
        value: value.trim_matches([' ', '\t']).to_string(),
        line,
        folded: false,
        space_before_colon: trimmed.len() != name.len(),
        record: crate::data::header(trimmed),
    })
}
