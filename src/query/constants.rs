//! Constant names from code (`StatusTeapot`, `HTTPStatus.NOT_FOUND`) looked up
//! in every runtime's table, current and former names alike.

use crate::data::{self, FormerName, RuntimeEntry};

/// One runtime constant that a typed name matched.
#[derive(Debug, Clone, Copy)]
pub struct ConstantHit {
    pub runtime: &'static RuntimeEntry,
    pub code: u16,
    /// The name as the runtime spells it.
    pub name: &'static str,
    /// Set when the name is one the runtime used before, not its current one.
    pub former: Option<&'static FormerName>,
}

/// Whether a single word reads like a constant from code (`StatusTeapot`,
/// `HTTPStatus.NOT_FOUND`, `:unprocessable_entity`, `Response::HTTP_GONE`)
/// rather than a word of a name.
pub fn looks_like_constant(text: &str) -> bool {
    let text = text.trim();
    if text.is_empty() || text.contains(char::is_whitespace) {
        return false;
    }
    let camel = text.chars().skip(1).any(|c| c.is_ascii_uppercase())
        && text.chars().any(|c| c.is_ascii_lowercase());
    text.contains(['_', '.', ':']) || camel
}

/// The part after the last `.` or `:` (`HTTPStatus.NOT_FOUND` → `NOT_FOUND`).
fn tail(name: &str) -> &str {
    name.rsplit(['.', ':']).next().unwrap_or(name)
}

/// Every runtime constant, current or former, whose full name or last part
/// equals `text` in any letter case; when some match the full name
/// (`HttpStatus.PAYLOAD_TOO_LARGE`), only those. Node.js's "constants" are
/// phrases, found by the word search instead.
pub fn constants(text: &str) -> Vec<ConstantHit> {
    let text = text.trim();
    let hits = constants_by_tail(text);
    let (full, _): (Vec<ConstantHit>, Vec<ConstantHit>) =
        hits.iter().partition(|h| h.name.eq_ignore_ascii_case(text));
    if full.is_empty() {
        hits
    } else {
        full
    }
}

fn constants_by_tail(text: &str) -> Vec<ConstantHit> {
    let mut hits = Vec::new();
    for runtime in data::runtimes() {
        for (code, record) in runtime.codes.iter() {
            let names = record
                .name
                .as_deref()
                .map(|n| (n, None))
                .into_iter()
                .chain(record.formerly.iter().map(|f| (&*f.name, Some(f))));
            for (name, former) in names {
                if name.contains(' ') {
                    continue;
                }
                if name.eq_ignore_ascii_case(text)
                    || tail(name).eq_ignore_ascii_case(tail(text))
                    || squashed(tail(name)) == squashed(tail(text))
                {
                    hits.push(ConstantHit {
                        runtime,
                        code: *code,
                        name,
                        former,
                    });
                }
            }
        }
    }
    hits
}

/// Lower case without `_`, so `statusteapot` meets `StatusTeapot` and
/// `STATUS_TEAPOT` alike.
fn squashed(name: &str) -> String {
    name.chars()
        .filter(|c| *c != '_')
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// The part before the tail (`HttpServletResponse` of
/// `HttpServletResponse.SC_NOT_FOUND`), lower case; empty when there is none.
fn prefix(name: &str) -> String {
    let cut = name.len() - tail(name).len();
    name[..cut]
        .trim_end_matches(['.', ':'])
        .to_ascii_lowercase()
}

/// How a name is written: its prefix, whether its tail holds a digit, and
/// whether its tail is UPPER_SNAKE, lower_snake or CamelCase.
fn shape(name: &str) -> (bool, u8) {
    let tail = tail(name);
    let case = if tail.chars().any(|c| c.is_ascii_lowercase()) {
        if tail.chars().any(|c| c.is_ascii_uppercase()) {
            2
        } else {
            1
        }
    } else {
        0
    };
    (tail.chars().any(|c| c.is_ascii_digit()), case)
}

/// A three-digit number inside a constant-shaped word (`HTTP_599_WHATEVER`,
/// `Status599Custom`), when it is a code the dataset holds.
pub fn number_inside(text: &str) -> Option<u16> {
    let bytes = text.as_bytes();
    let mut start = 0;
    while start < bytes.len() {
        if !bytes[start].is_ascii_digit() {
            start += 1;
            continue;
        }
        let end = start
            + bytes[start..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
        if end - start == 3 {
            let code: u16 = text[start..end].parse().ok()?;
            return data::code(code).map(|c| c.code);
        }
        start = end;
    }
    None
}

/// The constant name closest to `text`, with its code, if close enough to be
/// a typo; from the runtime the text looks like where one fits (the same
/// prefix, or the same way of writing the name).
pub fn constant_did_you_mean(text: &str) -> Option<(&'static str, u16)> {
    let text = text.trim();
    let wanted = tail(text).to_ascii_lowercase();
    let wanted_prefix = prefix(text);
    let wanted_shape = shape(text);
    let same_prefix = |runtime: &RuntimeEntry| {
        runtime
            .codes
            .iter()
            .filter_map(|(_, r)| r.name.as_deref())
            .any(|n| prefix(n) == wanted_prefix)
    };
    let prefixed = !wanted_prefix.is_empty() && data::runtimes().iter().any(same_prefix);
    let mut best: Option<(f64, &'static str, u16)> = None;
    for runtime in data::runtimes() {
        if prefixed && !same_prefix(runtime) {
            continue;
        }
        for (code, record) in runtime.codes.iter() {
            for name in record
                .name
                .as_deref()
                .into_iter()
                .chain(record.formerly.iter().map(|f| &*f.name))
            {
                if name.contains(' ') {
                    continue;
                }
                let mut score = strsim::normalized_damerau_levenshtein(
                    &wanted,
                    &tail(name).to_ascii_lowercase(),
                );
                // Written the same way: most likely the runtime meant.
                if shape(name) == wanted_shape {
                    score += 0.01;
                }
                if best.is_none_or(|(b, _, _)| score > b) {
                    best = Some((score, name, *code));
                }
            }
        }
    }
    best.filter(|(score, _, _)| *score >= 0.75)
        .map(|(_, name, code)| (name, code))
}
