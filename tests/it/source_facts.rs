//! The corrections of the data review (issue 14), each pinned to the text it
//! came from: an RFC section, the vendor's own documentation or the runtime's own
//! source (for constants). The tests read
//! the binary's JSON output, so they hold whatever the library looks like inside.

use std::process::Command;

use serde_json::Value;

fn json(args: &[&str]) -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_httpcode"))
        .args(args)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("valid JSON")
}

fn text(v: &Value) -> &str {
    v.as_str().expect("a string")
}

fn array(v: &Value) -> &Vec<Value> {
    v.as_array().expect("an array")
}

/// (name, requirement, source) of every header entry of a code.
fn headers(code: &str) -> Vec<(String, String, String)> {
    array(&json(&[code, "--json"])["headers"])
        .iter()
        .map(|h| {
            (
                text(&h["name"]).to_owned(),
                text(&h["requirement"]).to_owned(),
                text(&h["source"]).to_owned(),
            )
        })
        .collect()
}

/// The vendor entries of a code whose name contains `vendor`.
fn vendors(code: &str, vendor: &str) -> Vec<Value> {
    array(&json(&[code, "--json"])["vendors"])
        .iter()
        .filter(|v| text(&v["name"]).contains(vendor))
        .cloned()
        .collect()
}

/// (code, source) of every error a method lists.
fn method_errors(method: &str) -> Vec<(u64, String)> {
    array(&json(&["explain", "--method", method, "--json"])["errors"])
        .iter()
        .map(|e| {
            (
                e["code"].as_u64().expect("code"),
                text(&e["source"]).to_owned(),
            )
        })
        .collect()
}

/// The row of `code` in a comparison's JSON.
fn row(comparison: &Value, code: u64) -> Value {
    array(&comparison["rows"])
        .iter()
        .find(|r| r["code"] == code)
        .unwrap_or_else(|| panic!("no row for {code}"))
        .clone()
}

/// RFC 4918 §11.5: a request that got 507 "MUST NOT be repeated until it is
/// requested by a separate user action" — not a retry after a delay.
#[test]
fn insufficient_storage_waits_for_a_user_action() {
    let v = json(&["507", "--json"]);
    assert_eq!(v["retry"]["kind"], "after-user-action");
    assert_eq!(v["retry"]["source"], "RFC 4918 §11.5");
}

/// Spring Framework commit 83c020e ("Remove deprecated HttpStatus codes"),
/// released in 7.0.0, deleted METHOD_FAILURE (420).
#[test]
fn spring_no_longer_carries_method_failure() {
    let v = json(&["420", "--json"]);
    assert!(
        !text(&v["summary"]).contains("kept by Spring"),
        "{}",
        v["summary"]
    );
    assert!(text(&v["description"]).contains("removed it in Spring"));
    let spring = vendors("420", "Spring");
    assert_eq!(spring.len(), 1);
    assert!(text(&spring[0]["meaning"]).contains("7.0 removed"));
    assert!(text(&spring[0]["source"]).starts_with("https://github.com/spring-projects/"));
    assert!(array(&v["causes"])
        .iter()
        .any(|c| text(c).contains("6.x") && text(c).contains("7.0")));
}

/// nginx's request-line parser (ngx_http_parse.c) returns "invalid version"
/// (505) for a major version above 1 and "invalid request" (400) for HTTP/0.x;
/// Apache httpd's protocol.c answers HTTP/0.x and garbled lines with 400.
#[test]
fn version_not_supported_is_for_major_versions_above_one() {
    let causes: Vec<String> = array(&json(&["505", "--json"])["causes"])
        .iter()
        .map(|c| text(c).to_owned())
        .collect();
    assert!(causes.iter().any(|c| c.contains("HTTP/2.0")), "{causes:?}");
    for cause in causes.iter().filter(|c| c.contains("HTTP/0")) {
        assert!(cause.contains("400"), "{cause}");
    }
    assert!(!causes.iter().any(|c| c.contains("disabled")), "{causes:?}");
}

/// 422 was defined in RFC 2518 §10.3 (1999), again in RFC 4918 §11.2, then in
/// RFC 9110 §15.5.21.
#[test]
fn unprocessable_content_history_starts_with_rfc_2518() {
    let v = json(&["422", "--json"]);
    let description = text(&v["description"]);
    for document in ["RFC 2518", "RFC 4918", "RFC 9110"] {
        assert!(description.contains(document), "{document}: {description}");
    }
}

/// RFC 9110 §15.4.4: only 303 asks for a GET; §15.4.3 merely lets a user agent
/// change POST to GET after 302.
#[test]
fn temporary_redirect_points_to_303_for_a_get() {
    let server = json(&["307", "--json"])["server"].clone();
    let server = text(&server);
    assert!(server.contains("use 303"), "{server}");
    assert!(!server.contains("302 or 303"), "{server}");
}

/// RFC 8297 §2 and RFC 9110 §15.5.16 use no RFC 2119 keyword for these fields;
/// RFC 9110 §12.5.3 forbids Accept-Encoding in a 415 not caused by a coding.
#[test]
fn header_requirements_follow_the_rfc_keywords() {
    let early = headers("103");
    assert!(early.iter().any(|(n, r, _)| n == "Link" && r == "USED"));
    let unsupported = headers("415");
    assert!(unsupported
        .iter()
        .any(|(n, r, s)| n == "Accept" && r == "USED" && s == "RFC 9110 §15.5.16"));
    assert!(unsupported
        .iter()
        .any(|(n, r, s)| n == "Accept-Encoding" && r == "USED" && s == "RFC 9110 §15.5.16"));
    assert!(unsupported
        .iter()
        .any(|(n, r, s)| n == "Accept-Encoding" && r == "MUST NOT" && s == "RFC 9110 §12.5.3"));
    assert!(!unsupported.iter().any(|(_, r, _)| r == "MAY"));
}

/// MS-WDV §2.2.6's ABNF: Reason-phrase = "Reply With".
#[test]
fn retry_with_also_answers_to_reply_with() {
    let v = json(&["449", "--json"]);
    assert!(array(&v["aliases"]).iter().any(|a| a == "Reply With"));
    assert!(text(&v["description"]).contains("\"Reply With\""));
}

/// 509 is cited to cPanel's and CenturyLink's own pages, not a hosting
/// company's knowledge base.
#[test]
fn bandwidth_limit_cites_vendor_pages() {
    let v = json(&["509", "--json"]);
    assert!(text(&v["retry"]["source"]).starts_with("https://docs.cpanel.net/"));
    let sources: Vec<&str> = array(&v["vendors"])
        .iter()
        .map(|vendor| text(&vendor["source"]))
        .collect();
    assert!(sources
        .iter()
        .any(|s| s.starts_with("https://docs.cpanel.net/")));
    assert!(sources
        .iter()
        .all(|s| s.starts_with("https://docs.cpanel.net/")
            || s.starts_with("https://github.com/CenturyLinkCloud/")));
}

/// Alibaba Cloud's EdgeRoutine page documents 598 (throttled or blocked) and
/// 599 (uncaught exception).
#[test]
fn alibaba_edgeroutine_meanings_of_598_and_599() {
    for code in ["598", "599"] {
        let alibaba = vendors(code, "Alibaba Cloud DCDN EdgeRoutine");
        assert_eq!(alibaba.len(), 1, "{code}");
        assert_eq!(alibaba[0]["phrase"], code);
        assert!(text(&alibaba[0]["source"]).starts_with("https://www.alibabacloud.com/"));
    }
    assert!(text(&vendors("598", "Alibaba")[0]["meaning"]).contains("rate limited"));
    assert!(text(&vendors("599", "Alibaba")[0]["meaning"]).contains("exception"));
}

/// RFC 9110 §9.1: 501 is for a method that is "unrecognized or not
/// implemented", so the question is whether the method is implemented at all.
#[test]
fn not_implemented_covers_known_but_unimplemented_methods() {
    let v = json(&["compare", "405", "501", "--json"]);
    let question = text(&array(&v["questions"])[0]).to_owned();
    assert!(question.contains("implemented"), "{question}");
    assert_eq!(row(&v, 501)["answers"][0], "No");
    assert_eq!(row(&v, 405)["answers"][0], "Yes");
    assert!(text(&v["distinction"]).contains("recognises it but"));
}

/// RFC 9110 §13.2.2 steps 1–3: the "already succeeded" exception is written
/// for If-Match and If-Unmodified-Since; a false If-None-Match on other methods
/// is always 412.
#[test]
fn only_if_match_and_if_unmodified_since_have_the_success_exception() {
    let v = json(&["compare", "304", "412", "--json"]);
    let distinction = text(&v["distinction"]);
    assert!(
        distinction.contains("belongs to If-Match and If-Unmodified-Since only"),
        "{distinction}"
    );
    assert!(
        distinction.contains("If-None-Match on a method other than GET or HEAD always gets 412"),
        "{distinction}"
    );
}

/// RFC 9110 §15.6.2 with the row's own next step: a request using a supported
/// method or feature can succeed.
#[test]
fn not_implemented_can_succeed_with_a_supported_method() {
    let v = json(&["compare", "501", "510", "--json"]);
    let questions = array(&v["questions"]);
    let changed = questions
        .iter()
        .position(|q| q == "Can a changed request succeed?")
        .expect("the question is there");
    assert_ne!(row(&v, 501)["answers"][changed], "No");
}

/// RFC 9110 §15.5.4: the client SHOULD NOT *automatically* repeat the request
/// with the same credentials.
#[test]
fn forbidden_forbids_only_automatic_repeats() {
    let v = json(&["compare", "403", "404", "--json"]);
    let next = text(&row(&v, 403)["next"]).to_owned();
    assert!(
        next.contains("automatically repeat with the same credentials"),
        "{next}"
    );
}

/// RFC 4437 §6–7 and RFC 5842 §4–6 define these methods' conditions.
#[test]
fn redirect_reference_and_binding_errors_cite_their_own_rfcs() {
    for (method, source) in [
        ("MKREDIRECTREF", "RFC 4437 §6"),
        ("UPDATEREDIRECTREF", "RFC 4437 §7"),
        ("BIND", "RFC 5842 §4"),
        ("UNBIND", "RFC 5842 §5"),
        ("REBIND", "RFC 5842 §6"),
    ] {
        let errors = method_errors(method);
        assert!(!errors.is_empty(), "{method}");
        for (code, cited) in errors {
            assert_eq!(cited, source, "{method} {code}");
        }
    }
}

/// RFC 4791 §5.3.1.1 lists 201, 207, 403, 409, 415 and 507 for MKCALENDAR.
#[test]
fn mkcalendar_lists_its_own_status_codes() {
    let v = json(&["explain", "--method", "MKCALENDAR", "--json"]);
    assert!(array(&v["success"]).contains(&Value::from(201)));
    let errors = method_errors("MKCALENDAR");
    for code in [207, 403, 409, 415, 507] {
        assert!(
            errors
                .iter()
                .any(|(c, s)| *c == code && s == "RFC 4791 §5.3.1.1"),
            "MKCALENDAR {code}: {errors:?}"
        );
    }
}

/// RFC 10008 §2.1 names 400, 406, 415 and 422; §2 names only 200 for success;
/// caching is §2.7.
#[test]
fn query_follows_rfc_10008_sections() {
    let v = json(&["explain", "--method", "QUERY", "--json"]);
    assert_eq!(v["success"], serde_json::json!([200]));
    let errors = method_errors("QUERY");
    for code in [400, 406, 415, 422] {
        assert!(
            errors
                .iter()
                .any(|(c, s)| *c == code && s == "RFC 10008 §2.1"),
            "QUERY {code}: {errors:?}"
        );
    }
    assert!(errors.iter().all(|(_, s)| s != "RFC 10008 §2"));
}

/// IANA's HTTP Status Code Registry (last updated 2025-09-15): 104 Upload
/// Resumption Supported, TEMPORARY, registered 2024-11-13, extension
/// registered 2025-09-15, expires 2026-11-13, draft-ietf-httpbis-resumable-upload-05.
#[test]
fn upload_resumption_supported_is_a_temporary_registration() {
    let v = json(&["104", "--json"]);
    assert_eq!(v["name"], "Upload Resumption Supported");
    assert_eq!(v["official"], true);
    assert_eq!(v["iana"], "temporary");
    assert_eq!(
        v["spec"]["document"],
        "draft-ietf-httpbis-resumable-upload-05"
    );
    let description = text(&v["description"]);
    for date in ["2024-11-13", "2025-09-15", "2026-11-13"] {
        assert!(description.contains(date), "{date}: {description}");
    }
    let listed = json(&["list", "1xx", "--json"]);
    assert!(array(&listed).iter().any(|c| c["code"] == 104));
}

const EDGIO_V6: &str = "https://github.com/edgio-docs/edgio-docs/blob/b4747822c5cd02bfac0bc13fa2a673d4845b7a86/src/guides/performance/response.md";
const EDGIO_V7: &str = "https://github.com/edgio-docs/edgio-docs/blob/0ca31c3b4336a1cd29020dc9d8fe5426a402230d/guides/applications/v7/performance/response.md";

/// Unofficial codes from the httpstatus(7) list, as each vendor's own page
/// names them: (code, vendor, phrase, source).
const VENDOR_CODES: &[(u16, &str, &str, &str)] = &[
    (
        299,
        "Linode (Akamai)",
        "Deprecated",
        "https://techdocs.akamai.com/linode-api/reference/299",
    ),
    (
        529,
        "Qualys SSL Labs API",
        "the service is overloaded",
        SSL_LABS_V4,
    ),
    (530, "Edgio", "Internal Edgio Error", EDGIO_V6),
    (531, "Edgio", "Project Upstream Connection Error", EDGIO_V6),
    (532, "Edgio", "Project Response Too Large", EDGIO_V6),
    (533, "Edgio", "Project Upstream TLS Error", EDGIO_V6),
    (534, "Edgio", "Project Error", EDGIO_V6),
    (535, "Edgio", "Unknown Project", EDGIO_V6),
    (536, "Edgio", "Project HTTP Response Timeout", EDGIO_V6),
    (537, "Edgio", "Project DNS Resolution Error", EDGIO_V6),
    (538, "Edgio", "Project Request Loop", EDGIO_V6),
    (539, "Edgio", "Project Timeout", EDGIO_V6),
    (540, "Edgio", "Out of Memory", EDGIO_V6),
    (540, "Edgio v7", "Edgio Out of Resources", EDGIO_V7),
    (541, "Edgio", "Edgio Out of Workers", EDGIO_V6),
    (542, "Edgio", "Project Header Overflow", EDGIO_V6),
    (543, "Edgio", "Global Upstream Timeout", EDGIO_V6),
    (544, "Edgio", "Invalid Host Header", EDGIO_V6),
    (545, "Edgio", "Edgio Component Not Ready", EDGIO_V6),
    (546, "Edgio", "Edgio Global POP TLS Error", EDGIO_V6),
    (547, "Edgio", "Edgio Global POP No HTTP Response", EDGIO_V6),
    (
        548,
        "Edgio",
        "Edgio Global POP DNS Resolution Error",
        EDGIO_V6,
    ),
    (549, "Edgio", "Project Crashed", EDGIO_V7),
];

#[test]
fn vendor_codes_carry_the_vendors_own_phrase_and_page() {
    for &(code, vendor, phrase, source) in VENDOR_CODES {
        let number = code.to_string();
        let v = json(&[&number, "--json"]);
        assert_eq!(v["official"], false, "{code}");
        let entries: Vec<Value> = vendors(&number, vendor)
            .into_iter()
            .filter(|e| e["name"] == vendor)
            .collect();
        assert_eq!(entries.len(), 1, "{code}: one {vendor} entry");
        assert_eq!(entries[0]["phrase"], phrase, "{code}");
        assert_eq!(entries[0]["source"], source, "{code}");
    }
}

/// SSL Labs' API v4 documentation (17 October 2023), at the repository's commit
/// 50e3144; the v3 page (30 May 2019) has the same 529 text.
const SSL_LABS_V4: &str = "https://github.com/ssllabs/ssllabs-scan/blob/50e3144b378f2dbc57f8b9eebd6d42c8f519b110/ssllabs-api-docs-v4.md";

/// Qualys: after a 503 or 529, sleep several minutes (15 and 30 as examples)
/// and randomise the delay. The record says which API version it describes.
#[test]
fn ssl_labs_overload_means_wait_and_retry() {
    let v = json(&["529", "--json"]);
    assert_eq!(v["retry"]["kind"], "after-delay");
    let advice = text(&v["retry"]["advice"]);
    assert!(advice.contains("about 30, and 15 after a 503"), "{advice}");
    assert!(advice.contains("randomise"), "{advice}");
    assert_eq!(text(&v["retry"]["source"]), SSL_LABS_V4);
    let description = text(&v["description"]);
    assert!(description.contains("API v4"), "{description}");
    assert!(description.contains("v3"), "{description}");
}

/// Linode: 299 means "the request was successful".
#[test]
fn linode_deprecated_is_a_success() {
    let v = json(&["299", "--json"]);
    assert_eq!(v["class"], "2xx");
    assert_eq!(v["retry"]["kind"], "not-needed");
}

/// A runtime's constant for a code as the binary reports it: (current name,
/// `since`, `deprecated`, earlier names as (name, status, since)).
type Named = (
    Option<&'static str>,
    Option<&'static str>,
    Option<&'static str>,
    &'static [(&'static str, &'static str, &'static str)],
);

/// One line per fact, each read from the runtime's own source:
/// Spring: spring-web HttpStatus.java at v7.0.0 against v6.2.19 (commits 83c020e
/// "Remove deprecated HttpStatus codes", 9ddbf80 and 7112efe "Align HttpStatus
/// with RFC9110"); Python: Lib/http/__init__.py and Doc/library/http.rst
/// ("Changed in version 3.13: Implemented RFC9110 naming"); .NET: HttpStatusCode.cs
/// with UnprocessableContent (dotnet/runtime PR #85841, a .NET 8.0 API per #88569);
/// Rack: lib/rack/utils.rb at v3.1.0 against v3.0.18 (PR #2137); Symfony:
/// HttpFoundation/Response.php at v7.1.5 against v4.4.0, and the HttpFoundation
/// CHANGELOG's 5.0 section, which lists the 425 WebDAV constant as removed.
#[rustfmt::skip]
const RUNTIME_FACTS: &[(&str, &str, Named)] = &[
    ("420", "spring", (None, None, None, &[("HttpStatus.METHOD_FAILURE", "removed", "7.0")])),
    ("419", "spring", (None, None, None, &[("HttpStatus.INSUFFICIENT_SPACE_ON_RESOURCE", "removed", "7.0")])),
    ("305", "spring", (None, None, None, &[("HttpStatus.USE_PROXY", "removed", "7.0")])),
    ("421", "spring", (Some("HttpStatus.MISDIRECTED_REQUEST"), Some("7.0"), None, &[("HttpStatus.DESTINATION_LOCKED", "removed", "7.0")])),
    ("413", "spring", (Some("HttpStatus.CONTENT_TOO_LARGE"), Some("7.0"), None, &[("HttpStatus.PAYLOAD_TOO_LARGE", "deprecated", "7.0"), ("HttpStatus.REQUEST_ENTITY_TOO_LARGE", "removed", "7.0")])),
    ("422", "spring", (Some("HttpStatus.UNPROCESSABLE_CONTENT"), Some("7.0"), None, &[("HttpStatus.UNPROCESSABLE_ENTITY", "deprecated", "7.0")])),
    ("414", "spring", (Some("HttpStatus.URI_TOO_LONG"), None, None, &[("HttpStatus.REQUEST_URI_TOO_LONG", "removed", "7.0")])),
    ("302", "spring", (Some("HttpStatus.FOUND"), None, None, &[("HttpStatus.MOVED_TEMPORARILY", "removed", "7.0")])),
    ("103", "spring", (Some("HttpStatus.EARLY_HINTS"), None, None, &[("HttpStatus.CHECKPOINT", "removed", "7.0")])),
    ("102", "spring", (Some("HttpStatus.PROCESSING"), None, Some("7.0"), &[])),
    ("418", "spring", (Some("HttpStatus.I_AM_A_TEAPOT"), None, Some("7.0"), &[])),
    ("509", "spring", (Some("HttpStatus.BANDWIDTH_LIMIT_EXCEEDED"), None, Some("7.0"), &[])),
    ("510", "spring", (Some("HttpStatus.NOT_EXTENDED"), None, Some("7.0"), &[])),
    ("413", "python", (Some("HTTPStatus.CONTENT_TOO_LARGE"), Some("3.13"), None, &[("HTTPStatus.REQUEST_ENTITY_TOO_LARGE", "alias", "3.13")])),
    ("414", "python", (Some("HTTPStatus.URI_TOO_LONG"), Some("3.13"), None, &[("HTTPStatus.REQUEST_URI_TOO_LONG", "alias", "3.13")])),
    ("416", "python", (Some("HTTPStatus.RANGE_NOT_SATISFIABLE"), Some("3.13"), None, &[("HTTPStatus.REQUESTED_RANGE_NOT_SATISFIABLE", "alias", "3.13")])),
    ("422", "python", (Some("HTTPStatus.UNPROCESSABLE_CONTENT"), Some("3.13"), None, &[("HTTPStatus.UNPROCESSABLE_ENTITY", "alias", "3.13")])),
    ("422", "dotnet", (Some("HttpStatusCode.UnprocessableContent"), Some("8.0"), None, &[("HttpStatusCode.UnprocessableEntity", "alias", "8.0")])),
    ("413", "rack", (Some(":content_too_large"), Some("3.1"), None, &[(":payload_too_large", "deprecated", "3.1")])),
    ("422", "rack", (Some(":unprocessable_content"), Some("3.1"), None, &[(":unprocessable_entity", "deprecated", "3.1")])),
    ("509", "rack", (Some(":bandwidth_limit_exceeded"), None, Some("3.1"), &[])),
    ("510", "rack", (Some(":not_extended"), None, Some("3.1"), &[])),
    ("306", "rack", (None, None, None, &[(":\"(unused)\"", "removed", "3.1")])),
    ("425", "symfony", (Some("Response::HTTP_TOO_EARLY"), None, None, &[("Response::HTTP_RESERVED_FOR_WEBDAV_ADVANCED_COLLECTIONS_EXPIRED_PROPOSAL", "removed", "5.0")])),
];

#[test]
fn runtime_constants_follow_each_runtimes_source() {
    for &(code, runtime, (name, since, deprecated, formerly)) in RUNTIME_FACTS {
        let v = json(&[code, "--json"]);
        let detail = &v["constants_detail"][runtime];
        let fact = format!("{runtime} {code}");
        assert_eq!(detail["name"].as_str(), name, "{fact}");
        assert_eq!(detail["since"].as_str(), since, "{fact}");
        assert_eq!(detail["deprecated"].as_str(), deprecated, "{fact}");
        let earlier: Vec<(&str, &str, &str)> = array(&detail["formerly"])
            .iter()
            .map(|f| (text(&f["name"]), text(&f["status"]), text(&f["since"])))
            .collect();
        assert_eq!(earlier, formerly, "{fact}");
        // `constants` keeps its contract: the current name, or no entry.
        assert_eq!(v["constants"][runtime].as_str(), name, "{fact}");
    }
}

/// Each file names the version it describes.
#[test]
fn runtime_versions() {
    let v = json(&["413", "--json"]);
    for (runtime, version) in [
        ("spring", "7.0"),
        ("python", "3.13"),
        ("rack", "3.1"),
        ("symfony", "7.1"),
    ] {
        assert_eq!(
            v["constants_detail"][runtime]["version"], version,
            "{runtime}"
        );
    }
    assert_eq!(
        json(&["422", "--json"])["constants_detail"]["dotnet"]["version"],
        "8.0"
    );
}

/// Rack dropped 418 in 1.5.0 (commit ecfae27), long before 3.1: no symbol.
#[test]
fn rack_has_no_teapot() {
    let v = json(&["418", "--json"]);
    assert!(v["constants_detail"].get("rack").is_none());
}

/// Spring 6's 419 constant meant "Insufficient Space On Resource" (a WebDAV
/// draft), not Laravel's Page Expired: the card labels it with its own meaning.
#[test]
fn spring_419_is_labelled_with_its_own_meaning() {
    let v = json(&["419", "--json"]);
    let former = &v["constants_detail"]["spring"]["formerly"][0];
    assert!(text(&former["meaning"]).contains("Insufficient Space On Resource"));
    assert!(text(&former["meaning"]).contains("WebDAV draft"));
    let out = Command::new(env!("CARGO_BIN_EXE_httpcode"))
        .args(["419", "--lang", "spring"])
        .env("COLUMNS", "200")
        .output()
        .expect("runs");
    let card = String::from_utf8(out.stdout).expect("UTF-8");
    let in_code = &card[card.find("In code").expect("an In code section")..];
    let in_code = in_code.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(in_code.contains("none since 7.0"), "{in_code}");
    assert!(
        in_code.contains("HttpStatus.INSUFFICIENT_SPACE_ON_RESOURCE, removed in 7.0, meaning \"Insufficient Space On Resource\""),
        "{in_code}"
    );
}

/// The field pages say where a field may not go and when it need not match:
/// RFC 9110 §8.6 and RFC 9112 §6.1 keep Content-Length and Transfer-Encoding out
/// of 1xx, 204 and 2xx-to-CONNECT; Content-Length in a response to HEAD or in a
/// 304 gives the length a 200 would have had (RFC 9110 §8.6); an origin server
/// with a clock has to send Date in 2xx-4xx (RFC 9110 §6.6.1).
#[test]
fn framing_and_date_field_pages_state_their_exceptions() {
    let summary = |name: &str| text(&json(&["header", name, "--json"])["summary"]).to_owned();
    for name in ["Content-Length", "Transfer-Encoding"] {
        let s = summary(name);
        assert!(
            s.contains("never sends it in a 1xx or 204, nor in a 2xx to CONNECT"),
            "{name}: {s}"
        );
    }
    let s = summary("Content-Length");
    assert!(
        s.contains("has to match the bytes sent, except in a response to HEAD or a 304"),
        "{s}"
    );
    let s = summary("Date");
    assert!(
        s.contains("has to send it in every 2xx, 3xx and 4xx response"),
        "{s}"
    );
}

/// Upgrade is connection-specific (RFC 9113 §8.2.2): the rows of 101 and 426
/// hold in HTTP/1.1 only, as Connection's do.
#[test]
fn upgrade_rows_are_http1_only() {
    for code in ["101", "426"] {
        let v = json(&[code, "--json"]);
        for name in ["Upgrade", "Connection"] {
            let row = array(&v["headers"])
                .iter()
                .find(|h| h["name"] == name)
                .cloned()
                .unwrap_or_else(|| panic!("{code} {name}"));
            assert_eq!(row["condition"], "http1", "{code} {name}");
        }
    }
}

/// curl's libcurl-errors: 5 is a proxy name that did not resolve, 7 a failed
/// connect() to host or proxy, 56 a failure receiving network data.
#[test]
fn no_response_card_gives_curl_exit_codes_their_meaning() {
    let v = json(&["000", "--json"]);
    let causes: Vec<&str> = array(&v["causes"]).iter().map(text).collect();
    assert!(causes
        .iter()
        .any(|c| c.contains("host or to the proxy") && c.contains("(exit code 7)")));
    assert!(causes
        .iter()
        .any(|c| c.contains("proxy whose name did not resolve is exit code 5")));
    assert!(causes.iter().any(|c| c.contains("(exit code 56")));
    assert!(!causes
        .iter()
        .any(|c| c.contains("could not be reached (exit code 5)")));
}

/// No vendor documents 598 or 599 as a proxy's timeout, so neither code lists
/// that meaning or cites a general list; Alibaba's EdgeRoutine page is the
/// source of 598's retry advice.
#[test]
fn timeout_codes_cite_only_vendor_pages() {
    for code in ["598", "599"] {
        let v = json(&[code, "--json"]);
        for vendor in array(&v["vendors"]) {
            assert!(!text(&vendor["source"]).contains("wikipedia"), "{code}");
            assert!(!text(&vendor["name"]).contains("Informal"), "{code}");
        }
        assert!(!text(&v["retry"]["source"]).contains("wikipedia"), "{code}");
    }
    let v = json(&["598", "--json"]);
    assert!(text(&v["retry"]["source"]).starts_with("https://www.alibabacloud.com/"));
}

/// Twitter's developer list announced 420 for Search API rate limiting from
/// 18 January 2010; Shopify's changelog moved locked stores from 420 to 423 on
/// 30 August 2018.
#[test]
fn enhance_your_calm_cites_twitter_and_shopify() {
    let twitter = vendors("420", "Twitter");
    assert_eq!(twitter.len(), 1);
    assert!(text(&twitter[0]["meaning"]).contains("18 January 2010"));
    assert!(text(&twitter[0]["source"])
        .starts_with("https://groups.google.com/g/twitter-development-talk/"));
    let shopify = vendors("420", "Shopify");
    assert_eq!(shopify.len(), 1);
    assert!(text(&shopify[0]["meaning"]).contains("30 August 2018"));
    assert!(text(&shopify[0]["meaning"]).contains("423"));
    assert!(text(&shopify[0]["source"]).starts_with("https://shopify.dev/changelog/"));
    let v = json(&["420", "--json"]);
    assert!(!text(&v["retry"]["advice"]).contains("doubling"));
}

/// nginx's limit_req_status takes any code from 400 to 599, so 444 can mean a
/// rate limit that a later retry passes: the advice depends on why.
#[test]
fn no_response_444_retry_depends_on_why() {
    let v = json(&["444", "--json"]);
    assert_eq!(v["retry"]["kind"], "after-delay");
    assert!(text(&v["retry"]["advice"]).starts_with("Depends on why nginx closed"));
    assert!(text(&v["retry"]["source"]).contains("ngx_http_limit_req_module"));
}

/// Cloudflare's page is titled only "Error 530" and puts a 1xxx error in the
/// body; 1033 (tunnel without a healthy connector) clears when the connector is
/// back, so 530 is not "do not retry". Pantheon documents "530 Site Frozen" for
/// sandbox sites frozen for inactivity.
#[test]
fn error_530_is_cloudflares_and_pantheons() {
    let v = json(&["530", "--json"]);
    assert_eq!(v["name"], "Error 530");
    assert_eq!(v["retry"]["kind"], "after-delay");
    assert!(text(&v["retry"]["advice"]).contains("(1033)"));
    let pantheon = vendors("530", "Pantheon");
    assert_eq!(pantheon.len(), 1);
    assert_eq!(pantheon[0]["phrase"], "Site Frozen");
    assert!(text(&pantheon[0]["source"]).starts_with("https://docs.pantheon.io/"));
}

/// Edgio's documentation site ended with the service; its 53x/54x table is cited
/// from the archived documentation repository at a fixed commit. 540 carries
/// both names: "Out of Memory" up to v6, "Edgio Out of Resources" in the v7
/// table (guides/applications/v7/performance/response.md at 0ca31c3, the
/// repository's last commit).
#[test]
fn edgio_codes_cite_the_archived_docs_at_a_commit() {
    assert!(EDGIO_V6.contains("/blob/b4747822c5cd02bfac0bc13fa2a673d4845b7a86/"));
    assert!(EDGIO_V7.contains("/blob/0ca31c3b4336a1cd29020dc9d8fe5426a402230d/"));
    for code in 530..=549 {
        let edgio = vendors(&code.to_string(), "Edgio");
        let sources: Vec<&str> = edgio.iter().map(|e| text(&e["source"])).collect();
        let expected = match code {
            540 => vec![EDGIO_V6, EDGIO_V7],
            549 => vec![EDGIO_V7],
            _ => vec![EDGIO_V6],
        };
        assert_eq!(sources, expected, "{code}");
    }
    let v = json(&["540", "--json"]);
    assert!(array(&v["aliases"]).iter().any(|a| a == "Out of Resources"));
    assert_eq!(text(&v["retry"]["source"]), EDGIO_V6);
}

/// Each constants file cites the runtime's own source at the release it
/// describes: Spring's 7.0 names come from HttpStatus.java at tag v7.0.0 (not
/// the 6.2 javadoc), Symfony's 7.1 names from Response.php at tag v7.1.5.
#[test]
fn constants_files_cite_the_release_they_describe() {
    let source = |runtime: &str| {
        httpcode::data::runtimes()
            .iter()
            .find(|r| &*r.runtime == runtime)
            .map(|r| r.source.to_string())
            .unwrap_or_else(|| panic!("no {runtime} file"))
    };
    assert_eq!(
        source("spring"),
        "https://github.com/spring-projects/spring-framework/blob/v7.0.0/spring-web/src/main/java/org/springframework/http/HttpStatus.java"
    );
    assert_eq!(
        source("symfony"),
        "https://github.com/symfony/symfony/blob/v7.1.5/src/Symfony/Component/HttpFoundation/Response.php"
    );
}

/// laravel/framework PR #58400, first in v13.0.0: PreventRequestForgery lets a
/// request with `Sec-Fetch-Site: same-origin` through without a token, and in
/// origin-only mode throws OriginMismatchException, which Handler.php maps to
/// 403 (TokenMismatchException stays 419). 12.x has no such check.
#[test]
fn laravel_419_says_from_which_version_origins_pass() {
    let v = json(&["419", "--json"]);
    let description = text(&v["description"]);
    assert!(description.contains("Since Laravel 13.0"), "{description}");
    assert!(description.contains("Sec-Fetch-Site"), "{description}");
    assert!(description.contains("403, not 419"), "{description}");
    let laravel = vendors("419", "Laravel");
    assert_eq!(laravel.len(), 1);
    assert!(text(&laravel[0]["meaning"]).contains("OriginMismatchException"));
    assert_eq!(
        text(&laravel[0]["source"]),
        "https://github.com/laravel/framework/blob/v13.0.0/src/Illuminate/Foundation/Exceptions/Handler.php"
    );
    assert_eq!(
        text(&v["retry"]["source"]),
        "https://github.com/laravel/framework/blob/v13.0.0/src/Illuminate/Foundation/Http/Middleware/PreventRequestForgery.php"
    );
}

/// CloudLinux's documentation of mod_hostinglimits: LVEErrorCode defaults to
/// 508, with the default page "Resource Limit Is Reached", when an account has
/// reached its entry-processes limit. A vendor meaning on a registered code,
/// shown as 451's IIS entry is.
#[test]
fn loop_detected_also_carries_cloudlinuxs_resource_limit() {
    let v = json(&["508", "--json"]);
    assert_eq!(v["official"], true);
    assert_eq!(v["name"], "Loop Detected");
    let cloudlinux = vendors("508", "CloudLinux");
    assert_eq!(cloudlinux.len(), 1);
    assert_eq!(cloudlinux[0]["phrase"], "Resource Limit Is Reached");
    assert!(text(&cloudlinux[0]["meaning"]).contains("entry processes"));
    assert_eq!(
        text(&cloudlinux[0]["source"]),
        "https://docs.cloudlinux.com/cloudlinuxos/cloudlinux_os_components/#lveerrorcode"
    );
}
