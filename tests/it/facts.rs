//! Facts pinned against a table written from IANA's HTTP Status Code Registry
//! and the RFCs, independently of the data files: names, defining sections,
//! registry status, heuristic cacheability and the header fields a code requires.

use httpcode::data;
use httpcode::model::{Iana, Requirement, StatusCode};

/// (code, registry name, document, section) from the IANA registry.
const REGISTRY: &[(u16, &str, &str, Option<&str>)] = &[
    (100, "Continue", "RFC 9110", Some("15.2.1")),
    (101, "Switching Protocols", "RFC 9110", Some("15.2.2")),
    (102, "Processing", "RFC 2518", Some("10.1")),
    (103, "Early Hints", "RFC 8297", Some("2")),
    (
        104,
        "Upload Resumption Supported",
        "draft-ietf-httpbis-resumable-upload-05",
        None,
    ),
    (200, "OK", "RFC 9110", Some("15.3.1")),
    (201, "Created", "RFC 9110", Some("15.3.2")),
    (202, "Accepted", "RFC 9110", Some("15.3.3")),
    (
        203,
        "Non-Authoritative Information",
        "RFC 9110",
        Some("15.3.4"),
    ),
    (204, "No Content", "RFC 9110", Some("15.3.5")),
    (205, "Reset Content", "RFC 9110", Some("15.3.6")),
    (206, "Partial Content", "RFC 9110", Some("15.3.7")),
    (207, "Multi-Status", "RFC 4918", Some("11.1")),
    (208, "Already Reported", "RFC 5842", Some("7.1")),
    (226, "IM Used", "RFC 3229", Some("10.4.1")),
    (300, "Multiple Choices", "RFC 9110", Some("15.4.1")),
    (301, "Moved Permanently", "RFC 9110", Some("15.4.2")),
    (302, "Found", "RFC 9110", Some("15.4.3")),
    (303, "See Other", "RFC 9110", Some("15.4.4")),
    (304, "Not Modified", "RFC 9110", Some("15.4.5")),
    (305, "Use Proxy", "RFC 9110", Some("15.4.6")),
    (306, "(Unused)", "RFC 9110", Some("15.4.7")),
    (307, "Temporary Redirect", "RFC 9110", Some("15.4.8")),
    (308, "Permanent Redirect", "RFC 9110", Some("15.4.9")),
    (400, "Bad Request", "RFC 9110", Some("15.5.1")),
    (401, "Unauthorized", "RFC 9110", Some("15.5.2")),
    (402, "Payment Required", "RFC 9110", Some("15.5.3")),
    (403, "Forbidden", "RFC 9110", Some("15.5.4")),
    (404, "Not Found", "RFC 9110", Some("15.5.5")),
    (405, "Method Not Allowed", "RFC 9110", Some("15.5.6")),
    (406, "Not Acceptable", "RFC 9110", Some("15.5.7")),
    (
        407,
        "Proxy Authentication Required",
        "RFC 9110",
        Some("15.5.8"),
    ),
    (408, "Request Timeout", "RFC 9110", Some("15.5.9")),
    (409, "Conflict", "RFC 9110", Some("15.5.10")),
    (410, "Gone", "RFC 9110", Some("15.5.11")),
    (411, "Length Required", "RFC 9110", Some("15.5.12")),
    (412, "Precondition Failed", "RFC 9110", Some("15.5.13")),
    (413, "Content Too Large", "RFC 9110", Some("15.5.14")),
    (414, "URI Too Long", "RFC 9110", Some("15.5.15")),
    (415, "Unsupported Media Type", "RFC 9110", Some("15.5.16")),
    (416, "Range Not Satisfiable", "RFC 9110", Some("15.5.17")),
    (417, "Expectation Failed", "RFC 9110", Some("15.5.18")),
    (418, "(Unused)", "RFC 9110", Some("15.5.19")),
    (421, "Misdirected Request", "RFC 9110", Some("15.5.20")),
    (422, "Unprocessable Content", "RFC 9110", Some("15.5.21")),
    (423, "Locked", "RFC 4918", Some("11.3")),
    (424, "Failed Dependency", "RFC 4918", Some("11.4")),
    (425, "Too Early", "RFC 8470", Some("5.2")),
    (426, "Upgrade Required", "RFC 9110", Some("15.5.22")),
    (428, "Precondition Required", "RFC 6585", Some("3")),
    (429, "Too Many Requests", "RFC 6585", Some("4")),
    (
        431,
        "Request Header Fields Too Large",
        "RFC 6585",
        Some("5"),
    ),
    (451, "Unavailable For Legal Reasons", "RFC 7725", Some("3")),
    (500, "Internal Server Error", "RFC 9110", Some("15.6.1")),
    (501, "Not Implemented", "RFC 9110", Some("15.6.2")),
    (502, "Bad Gateway", "RFC 9110", Some("15.6.3")),
    (503, "Service Unavailable", "RFC 9110", Some("15.6.4")),
    (504, "Gateway Timeout", "RFC 9110", Some("15.6.5")),
    (
        505,
        "HTTP Version Not Supported",
        "RFC 9110",
        Some("15.6.6"),
    ),
    (506, "Variant Also Negotiates", "RFC 2295", Some("8.1")),
    (507, "Insufficient Storage", "RFC 4918", Some("11.5")),
    (508, "Loop Detected", "RFC 5842", Some("7.2")),
    (510, "Not Extended", "RFC 2774", Some("7")),
    (
        511,
        "Network Authentication Required",
        "RFC 6585",
        Some("6"),
    ),
];

/// RFC 9110 §15.1's heuristically cacheable codes, plus 451 (RFC 7725 §3).
const HEURISTIC: &[u16] = &[
    200, 203, 204, 206, 300, 301, 308, 404, 405, 410, 414, 451, 501,
];

/// Header fields a code's definition requires, with the requirement level.
const HEADERS: &[(u16, &str, Requirement)] = &[
    (101, "Upgrade", Requirement::Must),          // RFC 9110 §15.2.2
    (206, "Content-Range", Requirement::Must),    // RFC 9110 §15.3.7.1
    (301, "Location", Requirement::Should),       // RFC 9110 §15.4.2
    (302, "Location", Requirement::Should),       // RFC 9110 §15.4.3
    (307, "Location", Requirement::Should),       // RFC 9110 §15.4.8
    (308, "Location", Requirement::Should),       // RFC 9110 §15.4.9
    (401, "WWW-Authenticate", Requirement::Must), // RFC 9110 §15.5.2
    (405, "Allow", Requirement::Must),            // RFC 9110 §15.5.6
    (407, "Proxy-Authenticate", Requirement::Must), // RFC 9110 §15.5.8
    (413, "Retry-After", Requirement::Should),    // RFC 9110 §15.5.14
    (416, "Content-Range", Requirement::Should),  // RFC 9110 §15.5.17
    (426, "Upgrade", Requirement::Must),          // RFC 9110 §15.5.22
    (429, "Retry-After", Requirement::May),       // RFC 6585 §4
    (503, "Retry-After", Requirement::May),       // RFC 9110 §15.6.4
];

fn load(code: u16) -> StatusCode {
    data::code(code)
        .unwrap_or_else(|| panic!("{code} is missing"))
        .clone()
}

#[test]
fn every_registered_code_is_present_with_its_registry_name_and_section() {
    for &(code, name, document, section) in REGISTRY {
        let record = load(code);
        assert!(record.official(), "{code} must be official");
        assert_eq!(record.name, name, "{code} name");
        let spec = record.spec().expect("official codes have a spec");
        assert_eq!(spec.document, document, "{code} document");
        assert_eq!(spec.section.as_deref(), section, "{code} section");
    }
    let official: Vec<u16> = data::codes()
        .iter()
        .filter(|e| e.official())
        .map(|e| e.code)
        .collect();
    let registry: Vec<u16> = REGISTRY.iter().map(|r| r.0).collect();
    assert_eq!(
        official, registry,
        "official codes are exactly the registry's 64"
    );
}

#[test]
fn registry_status() {
    for &(code, ..) in REGISTRY {
        let expected = match code {
            104 => Iana::Temporary,
            306 | 418 => Iana::Unused,
            510 => Iana::Obsoleted,
            _ => Iana::Assigned,
        };
        assert_eq!(load(code).iana(), Some(expected), "{code}");
    }
}

#[test]
fn heuristic_cacheability() {
    for &(code, ..) in REGISTRY {
        let record = load(code);
        assert_eq!(
            record.caching.heuristic,
            HEURISTIC.contains(&code),
            "{code}: heuristic cacheability ({})",
            record.caching.source
        );
    }
}

#[test]
fn required_header_fields() {
    for &(code, header, requirement) in HEADERS {
        let record = load(code);
        let found = record
            .headers
            .iter()
            .find(|h| h.name == header)
            .unwrap_or_else(|| panic!("{code} lacks the {header} header"));
        assert_eq!(found.requirement, requirement, "{code} {header}");
    }
}

#[test]
fn old_names_are_aliases() {
    for (code, alias) in [
        (413, "Payload Too Large"),
        (413, "Request Entity Too Large"),
        (416, "Requested Range Not Satisfiable"),
        (422, "Unprocessable Entity"),
        (414, "Request-URI Too Long"),
        (302, "Moved Temporarily"),
        (306, "Switch Proxy"),
    ] {
        let record = load(code);
        assert!(
            record.aliases.iter().any(|a| a.eq_ignore_ascii_case(alias)),
            "{code} should be found as {alias:?}; aliases: {:?}",
            record.aliases
        );
    }
    let teapot = load(418);
    assert!(teapot
        .aliases
        .iter()
        .any(|a| a.eq_ignore_ascii_case("I'm a teapot")));
}
