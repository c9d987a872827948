//! `httpcode header`: field facts against a table written from the RFCs (not
//! from data/), the codes that use each field with their requirement levels,
//! case-insensitive names, the table of every field, and unknown names.

use crate::common::{json, run};

/// Field → defining section and direction, from the RFCs' field name
/// registrations (RFC 9110 §18.4, RFC 9111 §8.1, RFC 9112 §12.1; RFC 5789
/// §3.1; RFC 8288 §3; RFC 10008 §5.2) and the defining sections' text.
const FACTS: &[(&str, &str, &str)] = &[
    ("Accept", "RFC 9110 §12.5.1", "both"),
    ("Accept-Encoding", "RFC 9110 §12.5.3", "both"),
    ("Accept-Patch", "RFC 5789 §3.1", "response"),
    ("Accept-Query", "RFC 10008 §3", "response"),
    ("Accept-Ranges", "RFC 9110 §14.3", "response"),
    ("Allow", "RFC 9110 §10.2.1", "response"),
    ("Authorization", "RFC 9110 §11.6.2", "request"),
    ("Cache-Control", "RFC 9111 §5.2", "both"),
    ("Connection", "RFC 9110 §7.6.1", "both"),
    ("Content-Length", "RFC 9110 §8.6", "both"),
    ("Content-Location", "RFC 9110 §8.7", "both"),
    ("Content-Range", "RFC 9110 §14.4", "both"),
    ("Content-Type", "RFC 9110 §8.3", "both"),
    ("Date", "RFC 9110 §6.6.1", "both"),
    ("ETag", "RFC 9110 §8.8.3", "response"),
    ("Expect", "RFC 9110 §10.1.1", "request"),
    ("Expires", "RFC 9111 §5.3", "response"),
    ("If-Match", "RFC 9110 §13.1.1", "request"),
    ("If-Modified-Since", "RFC 9110 §13.1.3", "request"),
    ("If-None-Match", "RFC 9110 §13.1.2", "request"),
    ("If-Unmodified-Since", "RFC 9110 §13.1.4", "request"),
    ("Last-Modified", "RFC 9110 §8.8.2", "response"),
    ("Link", "RFC 8288 §3", "both"),
    ("Location", "RFC 9110 §10.2.2", "response"),
    ("Proxy-Authenticate", "RFC 9110 §11.7.1", "response"),
    ("Range", "RFC 9110 §14.2", "request"),
    ("Retry-After", "RFC 9110 §10.2.3", "response"),
    ("Transfer-Encoding", "RFC 9112 §6.1", "both"),
    ("Upgrade", "RFC 9110 §7.8", "both"),
    ("Vary", "RFC 9110 §12.5.5", "response"),
    ("WWW-Authenticate", "RFC 9110 §11.6.1", "response"),
];

#[test]
fn fields_have_their_defining_section_and_direction() {
    for &(name, citation, direction) in FACTS {
        let v = json(&["header", name, "--json"]);
        assert_eq!(v["name"], name);
        let (document, section) = citation.split_once(" §").unwrap();
        assert_eq!(v["spec"]["document"], document, "{name}");
        assert_eq!(v["spec"]["section"], section, "{name}");
        let number = document.trim_start_matches("RFC ");
        assert_eq!(
            v["spec"]["url"],
            format!("https://www.rfc-editor.org/rfc/rfc{number}.html#section-{section}"),
            "{name}"
        );
        assert_eq!(v["direction"], direction, "{name}");
        assert!(v["summary"].as_str().is_some_and(|s| !s.is_empty()));
        assert!(v["syntax"].as_str().is_some_and(|s| !s.is_empty()));
        assert!(v["sources"].as_array().is_some_and(|s| !s.is_empty()));
    }
}

/// Field → every code whose record names it, with the requirement, in code order.
const USES: &[(&str, &[(u16, &str)])] = &[
    (
        "Retry-After",
        &[(413, "SHOULD"), (429, "MAY"), (503, "MAY")],
    ),
    ("Allow", &[(405, "MUST")]),
    ("WWW-Authenticate", &[(401, "MUST")]),
    ("Proxy-Authenticate", &[(407, "MUST")]),
    ("Upgrade", &[(101, "MUST"), (426, "MUST")]),
    ("Content-Range", &[(206, "MUST"), (416, "SHOULD")]),
    ("Content-Length", &[(204, "MUST NOT")]),
    ("Accept-Patch", &[(415, "SHOULD")]),
    ("Range", &[]),
];

#[test]
fn a_field_lists_the_codes_that_use_it() {
    for &(name, expected) in USES {
        let v = json(&["header", name, "--json"]);
        let uses: Vec<(u64, String)> = v["codes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|u| {
                let requirement = u["requirement"].as_str().unwrap().to_string();
                (u["code"].as_u64().unwrap(), requirement)
            })
            .collect();
        let expected: Vec<(u64, String)> = expected
            .iter()
            .map(|&(c, r)| (u64::from(c), r.to_string()))
            .collect();
        assert_eq!(uses, expected, "{name}");
    }
    let (_, text, _) = run(&["header", "Retry-After"]);
    for line in [
        "413 Content Too Large (SHOULD)",
        "429 Too Many Requests (MAY)",
        "503 Service Unavailable (MAY)",
        "RFC 9110 §10.2.3",
        "https://www.rfc-editor.org/rfc/rfc9110.html#section-10.2.3",
        "Response",
    ] {
        assert!(text.contains(line), "missing {line:?} in:\n{text}");
    }
}

/// Connection and Upgrade rows hold only in HTTP/1.1 (RFC 9113 §8.2.2): the
/// field page and the card say so next to the keyword.
#[test]
fn http1_only_rows_say_so() {
    let (_, text, _) = run(&["header", "Upgrade"]);
    for line in [
        "101 Switching Protocols (MUST, HTTP/1.1 only)",
        "426 Upgrade Required (MUST, HTTP/1.1 only)",
    ] {
        assert!(text.contains(line), "missing {line:?} in:\n{text}");
    }
    let (_, card, _) = run(&["426"]);
    assert!(
        card.contains("  - Upgrade (MUST, HTTP/1.1 only): "),
        "{card}"
    );
    assert!(
        card.contains("  - Connection (MUST, HTTP/1.1 only): "),
        "{card}"
    );
    let (_, text, _) = run(&["header", "Retry-After"]);
    assert!(!text.contains("HTTP/1.1 only"));
}

#[test]
fn field_names_are_case_insensitive() {
    for typed in ["retry-after", "RETRY-AFTER", "Retry-After", "rEtRy-AfTeR"] {
        for args in [vec!["header", typed, "--json"], vec![typed, "--json"]] {
            assert_eq!(json(&args)["name"], "Retry-After", "{args:?}");
        }
    }
}

/// Unknown names exit 1 with a did-you-mean over field names, or a pointer to
/// the list when nothing is close.
#[test]
fn unknown_fields_suggest_the_nearest_name() {
    let cases: &[(&str, Option<&str>)] = &[
        ("Retry-Afte", Some("Retry-After")),
        ("etagg", Some("ETag")),
        ("WWW-Authentcate", Some("WWW-Authenticate")),
        ("Content-Lenght", Some("Content-Length")),
        ("X-Request-Id", None),
    ];
    for &(typed, suggestion) in cases {
        let (code, stdout, stderr) = run(&["header", typed]);
        assert_eq!(code, 1, "{typed}");
        assert_eq!(stdout, "", "{typed}: nothing on stdout");
        assert!(
            stderr.contains(&format!("{typed:?} is not a header field")),
            "{stderr}"
        );
        match suggestion {
            Some(name) => assert!(
                stderr.contains(&format!("did you mean {name}?")),
                "{stderr}"
            ),
            None => assert!(stderr.contains("httpcode header"), "{stderr}"),
        }
    }
}

#[test]
fn header_alone_lists_every_field() {
    let all = json(&["header", "--json"]);
    let all = all.as_array().unwrap();
    let files = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/data/headers"))
        .unwrap()
        .count();
    assert_eq!(all.len(), files);
    let (code, table, _) = run(&["header"]);
    assert_eq!(code, 0);
    assert!(table.starts_with("| Field"), "{table}");
    for field in all {
        let name = field["name"].as_str().unwrap();
        assert!(
            table.lines().any(|l| l.starts_with(&format!("| {name} "))),
            "{name} missing from the table"
        );
    }
    let retry = table
        .lines()
        .find(|l| l.starts_with("| Retry-After "))
        .unwrap();
    assert!(retry.contains("413 SHOULD, 429 MAY, 503 MAY"), "{retry}");
}

/// A structured field's card names its members' type, which `check` enforces
/// (RFC 9745 §2.1: Deprecation is an sf-date; the Reporting API's endpoints
/// are Strings).
#[test]
fn structured_fields_name_their_member_type() {
    for (name, member) in [
        ("Deprecation", "| a structured Date"),
        ("Reporting-Endpoints", "each a structured String"),
    ] {
        let (code, stdout, stderr) = run(&["header", name]);
        assert_eq!(code, 0, "{stderr}");
        let row = stdout
            .lines()
            .find(|l| l.contains("Members"))
            .unwrap_or_else(|| panic!("{name} has no Members row:\n{stdout}"));
        assert!(row.contains(member), "{name}: {row}");
    }
}

/// `header --json` carries `form` and `members` as the dataset records them:
/// the RFC 9651 type of every member, or null where the record names none
/// (a field that is not structured, or whose members mix types).
#[test]
fn json_names_the_form_and_member_type() {
    for (name, form, members) in [
        ("Deprecation", "structured-item", Some("date")),
        (
            "Reporting-Endpoints",
            "structured-dictionary",
            Some("string"),
        ),
        ("Accept-CH", "structured-list", Some("token")),
        ("Cache-Groups", "structured-list", Some("string")),
        ("Accept-Query", "structured-list", None),
        ("ETag", "single", None),
    ] {
        let v = json(&["header", name, "--json"]);
        assert_eq!(v["form"], form, "{name}");
        assert_eq!(v["members"], serde_json::json!(members), "{name}");
        let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
        assert!(
            keys.contains(&"members"),
            "{name}: no members key in {keys:?}"
        );
    }
    let all = json(&["header", "--json"]);
    let deprecation = all
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["name"] == "Deprecation")
        .unwrap();
    assert_eq!(deprecation["members"], "date");
}
