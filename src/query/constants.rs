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
                .chain(record.formerly.iter().map(|f| (f.name.as_str(), Some(f))));
            for (name, former) in names {
                if name.contains(' ') {
                    continue;
                }
                if name.eq_ignore_ascii_case(text) || tail(name).eq_ignore_ascii_case(tail(text)) {
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

/// The constant name closest to `text`, with its code, if close enough to be a typo.
pub fn constant_did_you_mean(text: &str) -> Option<(&'static str, u16)> {
    let wanted = tail(text.trim()).to_ascii_lowercase();
    let mut best: Option<(f64, &'static str, u16)> = None;
    for runtime in data::runtimes() {
        for (code, record) in runtime.codes.iter() {
            for name in record
                .name
                .as_deref()
                .into_iter()
                .chain(record.formerly.iter().map(|f| f.name.as_str()))
            {
                if name.contains(' ') {
                    continue;
                }
                let score = strsim::normalized_damerau_levenshtein(
                    &wanted,
                    &tail(name).to_ascii_lowercase(),
                );
                if best.is_none_or(|(b, _, _)| score > b) {
                    best = Some((score, name, *code));
                }
            }
        }
    }
    best.filter(|(score, _, _)| *score >= 0.75)
        .map(|(_, name, code)| (name, code))
}
