//! The method registry pinned against a table written from IANA's HTTP Method
//! Registry (Safe and Idempotent columns), plus the cacheable methods of
//! RFC 9110 §9.2.3, RFC 5789 §2 and RFC 10008.

use httpcode::data;
use httpcode::model::{Family, Method};

/// (method, safe, idempotent) as the IANA registry lists them.
const REGISTRY: &[(&str, bool, bool)] = &[
    ("ACL", false, true),
    ("BASELINE-CONTROL", false, true),
    ("BIND", false, true),
    ("CHECKIN", false, true),
    ("CHECKOUT", false, true),
    ("CONNECT", false, false),
    ("COPY", false, true),
    ("DELETE", false, true),
    ("GET", true, true),
    ("HEAD", true, true),
    ("LABEL", false, true),
    ("LINK", false, true),
    ("LOCK", false, false),
    ("MERGE", false, true),
    ("MKACTIVITY", false, true),
    ("MKCALENDAR", false, true),
    ("MKCOL", false, true),
    ("MKREDIRECTREF", false, true),
    ("MKWORKSPACE", false, true),
    ("MOVE", false, true),
    ("OPTIONS", true, true),
    ("ORDERPATCH", false, true),
    ("PATCH", false, false),
    ("POST", false, false),
    ("PRI", true, true),
    ("PROPFIND", true, true),
    ("PROPPATCH", false, true),
    ("PUT", false, true),
    ("REBIND", false, true),
    ("REPORT", true, true),
    ("SEARCH", true, true),
    ("TRACE", true, true),
    ("UNBIND", false, true),
    ("UNCHECKOUT", false, true),
    ("UNLINK", false, true),
    ("UNLOCK", false, true),
    ("UPDATE", false, true),
    ("UPDATEREDIRECTREF", false, true),
    ("VERSION-CONTROL", false, true),
];

fn load(name: &str) -> Method {
    data::method(name)
        .unwrap_or_else(|| panic!("{name} is missing"))
        .clone()
}

/// "All general-purpose servers MUST support the methods GET and HEAD. All other
/// methods are OPTIONAL." (RFC 9110 §9.1)
#[test]
fn only_get_and_head_are_required_of_every_server() {
    let required: Vec<(&str, &str)> = data::methods()
        .iter()
        .filter_map(|m| Some((m.method.as_ref(), m.required_of_servers.as_deref()?)))
        .collect();
    assert_eq!(
        required,
        [("GET", "RFC 9110 §9.1"), ("HEAD", "RFC 9110 §9.1")]
    );
}

#[test]
fn all_39_registered_methods_have_the_registry_flags() {
    assert_eq!(REGISTRY.len(), 39);
    for &(name, safe, idempotent) in REGISTRY {
        let method = load(name);
        assert!(method.registered, "{name} is registered");
        assert_eq!(method.safe, safe, "{name} safe");
        assert_eq!(method.idempotent, idempotent, "{name} idempotent");
        // A safe method is idempotent by definition (RFC 9110 §9.2.2).
        assert!(!method.safe || method.idempotent, "{name}");
    }
}

#[test]
fn star_and_query_are_present() {
    let star = load("*");
    assert!(!star.safe && !star.idempotent, "* is reserved, no/no");
    let query = load("QUERY");
    assert!(
        query.safe && query.idempotent && query.cacheable,
        "QUERY is safe, idempotent, cacheable"
    );
    assert_eq!(query.family, Family::Core);
}

#[test]
fn cacheable_methods() {
    let cacheable: Vec<&str> = data::methods()
        .iter()
        .filter(|m| m.cacheable)
        .map(|m| m.method.as_ref())
        .collect();
    assert_eq!(cacheable, ["GET", "HEAD", "PATCH", "POST", "QUERY"]);
}

#[test]
fn patch_error_codes_follow_rfc_5789() {
    let patch = load("PATCH");
    let codes: Vec<u16> = patch.errors.iter().map(|e| e.code).collect();
    for code in [400, 409, 412, 415, 422] {
        assert!(codes.contains(&code), "PATCH lists {code}");
    }
    assert!(patch
        .errors
        .iter()
        .all(|e| e.source.starts_with("RFC 5789")));
}

#[test]
fn families() {
    for (name, family) in [
        ("GET", Family::Core),
        ("PROPFIND", Family::Webdav),
        ("CHECKIN", Family::Deltav),
        ("MKCALENDAR", Family::Caldav),
        ("BIND", Family::Bindings),
        ("MKREDIRECTREF", Family::RedirectRefs),
        ("PRI", Family::Http2),
        ("LINK", Family::Historic),
    ] {
        assert_eq!(load(name).family, family, "{name}");
    }
}
