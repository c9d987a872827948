//! URI references as Location, Content-Location and Link carry them (RFC 3986
//! §4.1), checked against RFC 3986's own grammar: the characters, the shape
//! (scheme, where `[]` may stand, one fragment) and the authority (userinfo,
//! host, IP literal, port). IPv6 literals are read by std's `Ipv6Addr`, whose
//! syntax is RFC 4291 §2.2's, the one RFC 3986 §3.2.2 spells out.
//!
//! The `url` crate is not used: it parses the way browsers do (the WHATWG URL
//! standard), which repairs what RFC 3986 forbids (it percent-encodes a space,
//! accepts a second `#`), and its IDNA tables were a quarter of the binary for
//! a check that needs none of them.

/// What a valid reference holds, as far as the rules need it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reference {
    /// It has a scheme (`absolute-URI`, RFC 3986 §4.3).
    pub absolute: bool,
    /// It has a `#fragment`.
    pub fragment: bool,
    /// An `http` or `https` URI, or a reference without a scheme (which an
    /// HTTP message resolves to one), that has a userinfo subcomponent
    /// (`user:password@`), which RFC 9110 §4.2.4 forbids senders to generate.
    pub http_userinfo: bool,
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
        host_and_port(authority)?;
    }
    let http =
        scheme.is_none_or(|s| s.eq_ignore_ascii_case("http") || s.eq_ignore_ascii_case("https"));
    Ok(Reference {
        absolute: scheme.is_some(),
        fragment: fragment.is_some(),
        http_userinfo: http && authority.is_some_and(|a| a.contains('@')),
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

/// `authority = [ userinfo "@" ] host [ ":" port ]` (RFC 3986 §3.2): an
/// IP literal that does not close or does not parse, a character a host
/// cannot hold, a port that is not digits or does not fit in 16 bits.
fn host_and_port(authority: &str) -> Result<(), String> {
    let host_port = match authority.rsplit_once('@') {
        Some((userinfo, rest)) => {
            if userinfo.contains(['[', ']', '@']) {
                return Err(format!(
                    "the userinfo \"{userinfo}\" holds \"[\", \"]\" or \"@\" (RFC 3986 §3.2.1)"
                ));
            }
            rest
        }
        None => authority,
    };
    let (host, port) = if let Some(literal) = host_port.strip_prefix('[') {
        let Some((inside, after)) = literal.split_once(']') else {
            return Err(format!(
                "the IP literal in \"{authority}\" has no closing \"]\" (RFC 3986 §3.2.2)"
            ));
        };
        ip_literal(inside)?;
        match after {
            "" => ("", None),
            _ => match after.strip_prefix(':') {
                Some(port) => ("", Some(port)),
                None => {
                    return Err(format!(
                        "\"{after}\" follows the IP literal; only \":port\" may (RFC 3986 §3.2)"
                    ))
                }
            },
        }
    } else {
        match host_port.split_once(':') {
            Some((host, port)) => (host, Some(port)),
            None => (host_port, None),
        }
    };
    if host.contains(['[', ']', ':']) {
        return Err(format!(
            "the host \"{host}\" holds \"[\", \"]\" or \":\": only an IP literal in \"[]\" may \
             (RFC 3986 §3.2.2)"
        ));
    }
    if let Some(port) = port {
        if !port.bytes().all(|b| b.is_ascii_digit()) {
            return Err(format!(
                "the port \"{port}\" is not a number (RFC 3986 §3.2.3)"
            ));
        }
        let significant = port.trim_start_matches('0');
        if significant.len() > 5 || significant.parse::<u32>().is_ok_and(|n| n > 65_535) {
            return Err(format!(
                "the port {port} is above 65535, the largest TCP port (RFC 9293 §3.1)"
            ));
        }
    }
    Ok(())
}

/// `IP-literal = "[" ( IPv6address / IPvFuture ) "]"` (RFC 3986 §3.2.2),
/// brackets removed. A zone identifier after `%25` is accepted.
fn ip_literal(inside: &str) -> Result<(), String> {
    if let Some(future) = inside.strip_prefix(['v', 'V']) {
        let valid = future.split_once('.').is_some_and(|(version, rest)| {
            !version.is_empty()
                && version.bytes().all(|b| b.is_ascii_hexdigit())
                && !rest.is_empty()
                && rest
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=:".contains(&b))
        });
        return if valid {
            Ok(())
        } else {
            Err(format!(
                "\"[{inside}]\" is not an IPvFuture literal (\"v\", hex digits, \".\", then \
                 characters) (RFC 3986 §3.2.2)"
            ))
        };
    }
    let address = inside
        .split_once("%25")
        .map_or(inside, |(address, _)| address);
    address
        .parse::<std::net::Ipv6Addr>()
        .map(drop)
        .map_err(|_| format!("\"[{inside}]\" is not an IPv6 address (RFC 3986 §3.2.2)"))
}
