//! URI references as Location, Content-Location and Link carry them (RFC 3986
//! §4.1). The `url` crate parses URLs the way browsers do (the WHATWG URL
//! standard), which repairs what RFC 3986 forbids: it percent-encodes a space
//! and accepts a second `#`. So the characters and the shape (scheme, where
//! `[]` may stand, one fragment) are checked here from RFC 3986's grammar, and
//! the authority (host, IP literal, port) by `url`, which knows hosts far better.

/// What a valid reference holds, as far as the rules need it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reference {
    /// It has a scheme (`absolute-URI`, RFC 3986 §4.3).
    pub absolute: bool,
    /// It has a `#fragment`.
    pub fragment: bool,
}

/// Parses `URI-reference = URI / relative-ref` (RFC 3986 §4.1); `Err` says
/// what is wrong, in words.
pub fn reference(value: &str) -> Result<Reference, String> {
    characters(value)?;
    let (rest, fragment) = match value.split_once('#') {
        Some((_, fragment)) if fragment.contains('#') => {
            return Err(format!(
                "\"#{fragment}\": a fragment cannot contain another \"#\" (RFC 3986 §3.5)"
            ))
        }
        Some((rest, fragment)) => (rest, Some(fragment)),
        None => (value, None),
    };
    // A colon before any "/", "?" ends a scheme; in a relative reference the
    // first path segment cannot hold one (RFC 3986 §3.1, §4.2).
    let (scheme, hier) = match rest.find([':', '/', '?']) {
        Some(i) if rest.as_bytes()[i] == b':' => {
            let scheme = &rest[..i];
            if !is_scheme(scheme) {
                return Err(format!(
                    "\"{scheme}:\" is not a scheme (a letter, then letters, digits, \"+\", \"-\" \
                     or \".\"), and a relative reference cannot have a colon in its first \
                     segment (RFC 3986 §3.1, §4.2)"
                ));
            }
            (Some(scheme), &rest[i + 1..])
        }
        _ => (None, rest),
    };
    let (authority, path) = match hier.strip_prefix("//") {
        Some(after) => {
            let end = after.find(['/', '?']).unwrap_or(after.len());
            (Some(&after[..end]), &after[end..])
        }
        None => (None, hier),
    };
    if path.contains(['[', ']']) || fragment.is_some_and(|f| f.contains(['[', ']'])) {
        return Err("\"[\" and \"]\" may only enclose an IP literal host (RFC 3986 §3.2.2)".into());
    }
    if let Some(authority) = authority.filter(|a| !a.is_empty()) {
        host_and_port(scheme, authority)?;
    }
    Ok(Reference {
        absolute: scheme.is_some(),
        fragment: fragment.is_some(),
    })
}

/// Only the characters a URI may contain, and `%` followed by two hex digits
/// (RFC 3986 §2).
fn characters(value: &str) -> Result<(), String> {
    let bytes = value.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'%' {
            if !bytes
                .get(i + 1..i + 3)
                .is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit))
            {
                return Err("\"%\" is not followed by two hex digits (RFC 3986 §2.1)".into());
            }
            i += 3;
            continue;
        }
        if !(b.is_ascii_alphanumeric() || b"-._~:/?#[]@!$&'()*+,;=".contains(&b)) {
            let shown = value[i..].chars().next().unwrap_or_default();
            return Err(format!(
                "{shown:?} is not a character a URI may hold: percent-encode it (RFC 3986 §2)"
            ));
        }
        i += 1;
    }
    Ok(())
}

/// `scheme = ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )` (RFC 3986 §3.1).
fn is_scheme(s: &str) -> bool {
    let mut bytes = s.bytes();
    bytes.next().is_some_and(|b| b.is_ascii_alphabetic())
        && bytes.all(|b| b.is_ascii_alphanumeric() || b"+-.".contains(&b))
}

/// The authority's host and port as the `url` crate parses them: an IPv6
/// literal that does not close, a port that is not a number below 65536, a
/// host browsers cannot use.
fn host_and_port(scheme: Option<&str>, authority: &str) -> Result<(), String> {
    let scheme = scheme.unwrap_or("https").to_ascii_lowercase();
    url::Url::parse(&format!("{scheme}://{authority}/"))
        .map(drop)
        .map_err(|e| format!("the authority \"{authority}\" does not parse: {e}"))
}
