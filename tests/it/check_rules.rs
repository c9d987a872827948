//! Every `check` rule has a response that trips it and one that does not, both
//! hand-written; a test over `RULES` makes sure no rule is left without them.
//! The header-field rules are tested against the dataset itself: the
//! expectations are derived from `httpcode::data`, not written out again.

use httpcode::check::{self, rules::RULES, Finding, Level, Options};
use httpcode::data;
use httpcode::model::{Condition, Requirement};

const DATE: &str = "Date: Sun, 06 Nov 1994 08:49:37 GMT";

/// Findings per response for `input` (LF line ends become CRLF; a head without
/// its empty line gets one).
fn run(input: &str, method: Option<&str>) -> Vec<Vec<Finding>> {
    let mut text = input.replace('\n', "\r\n");
    if !text.contains("\r\n\r\n") {
        text.push_str("\r\n\r\n");
    }
    let options = Options {
        method: method.map(str::to_string),
        har: false,
    };
    let report = check::run(text.as_bytes(), &options).expect("readable input");
    report.responses.into_iter().map(|c| c.findings).collect()
}

/// One rule's pair of cases: `fails` must produce a finding of `rule` at
/// `level`, `passes` none of `rule`.
struct Case {
    rule: &'static str,
    level: Level,
    method: Option<&'static str>,
    fails: &'static str,
    passes: &'static str,
}

const CASES: &[Case] = &[
    Case {
        rule: "accept-ranges-syntax",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nAccept-Ranges: bytes=0-",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nAccept-Ranges: bytes",
    },
    Case {
        rule: "content-language-syntax",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nContent-Language: en_US",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nContent-Language: en-US, fr",
    },
    Case {
        rule: "accept-query-syntax",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nAccept-Query: \"application/sql;charset=UTF-8\"",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nAccept-Query: \"application/jsonpath\", application/sql;charset=\"UTF-8\"",
    },
    Case {
        rule: "structured-field-syntax",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nAccept-CH: Sec-CH-UA-Model;",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nAccept-CH: Sec-CH-UA-Model, Sec-CH-UA-Platform",
    },
    Case {
        rule: "structured-field-syntax",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nReporting-Endpoints: default=https://r.example/reports",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nReporting-Endpoints: default=\"https://r.example/reports\"",
    },
    Case {
        rule: "structured-field-syntax",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nDeprecation: true",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nDeprecation: @1688169599",
    },
    Case {
        rule: "accept-media-types",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nAccept-Patch: json",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nAccept-Patch: application/merge-patch+json, application/json-patch+json",
    },
    Case {
        rule: "server-timing-syntax",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nServer-Timing: dur=53",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nServer-Timing: db;dur=53, cache;desc=\"Cache Read\";dur=23.2",
    },
    Case {
        rule: "alt-svc-syntax",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nAlt-Svc: h3=:443; ma=86400",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nAlt-Svc: h3=\":443\"; ma=86400, h2=\"alt.example.com:443\"",
    },
    Case {
        rule: "structured-field-syntax",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nCache-Groups: scripts",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nCache-Groups: \"scripts\", \"styles\"",
    },
    Case {
        rule: "sunset-syntax",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nSunset: 2030-01-01",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nSunset: Wed, 11 Nov 2026 23:59:59 GMT",
    },
    Case {
        rule: "clear-site-data",
        level: Level::Warning,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nClear-Site-Data: cache",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nClear-Site-Data: \"cache\", \"cookies\"",
    },
    Case {
        rule: "nel-syntax",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nNEL: {\"report_to\": \"default\"}",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nNEL: {\"report_to\": \"default\", \"max_age\": 2592000}",
    },
    Case {
        rule: "content-type-syntax",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nContent-Type: text html",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nContent-Type: text/html; charset=utf-8",
    },
    Case {
        rule: "content-type-syntax",
        level: Level::Warning,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nContent-Type: text/html; charset=utf8x",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nContent-Type: text/html; charset=UTF-8",
    },
    Case {
        rule: "content-encoding-coding",
        level: Level::Warning,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nContent-Encoding: gzip2",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nContent-Encoding: br",
    },
    Case {
        rule: "content-encoding-coding",
        level: Level::Note,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nContent-Encoding: x-gzip",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nContent-Encoding: gzip",
    },
    Case {
        rule: "transfer-encoding-chunked",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nTransfer-Encoding: chunked, chunked",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nTransfer-Encoding: gzip, chunked",
    },
    Case {
        rule: "link-syntax",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nLink: https://x/style.css; rel=preload",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nLink: <https://x/style.css>; rel=preload; as=style",
    },
    Case {
        rule: "content-disposition-syntax",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nContent-Disposition: attachment; filename=a b.pdf",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nContent-Disposition: attachment; filename=\"a b.pdf\"",
    },
    Case {
        rule: "content-range-206",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 206 Partial Content\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nContent-Range: bytes */1234",
        passes: "HTTP/1.1 206 Partial Content\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nContent-Range: bytes 0-99/1234",
    },
    Case {
        rule: "deprecated-field",
        level: Level::Warning,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nX-XSS-Protection: 1; mode=block",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nX-Content-Type-Options: nosniff",
    },
    Case {
        rule: "connection-specific-field",
        level: Level::Error,
        method: None,
        fails: "HTTP/2 200\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nconnection: keep-alive",
        passes: "HTTP/2 200\nDate: Sun, 06 Nov 1994 08:49:37 GMT\ncontent-type: text/plain",
    },
    Case {
        rule: "cors-allow-origin",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nAccess-Control-Allow-Origin: https://a.example/",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nAccess-Control-Allow-Origin: https://a.example",
    },
    Case {
        rule: "cors-credentials",
        level: Level::Warning,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nAccess-Control-Allow-Origin: *\nAccess-Control-Allow-Credentials: true",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nAccess-Control-Allow-Origin: https://a.example\nAccess-Control-Allow-Credentials: true",
    },
    Case {
        rule: "cors-syntax",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nAccess-Control-Max-Age: 10m",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nAccess-Control-Max-Age: 600",
    },
    Case {
        rule: "cors-preflight-only",
        level: Level::Note,
        method: Some("GET"),
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nAccess-Control-Allow-Methods: GET, POST",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nAccess-Control-Expose-Headers: X-Id",
    },
    Case {
        rule: "hsts-syntax",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nStrict-Transport-Security: max-age=abc",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nStrict-Transport-Security: max-age=31536000",
    },
    Case {
        rule: "hsts-preload",
        level: Level::Warning,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nStrict-Transport-Security: max-age=300; preload",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nStrict-Transport-Security: max-age=63072000; includeSubDomains; preload",
    },
    Case {
        rule: "x-frame-options",
        level: Level::Warning,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nX-Frame-Options: ALLOW-FROM https://example.com/",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nX-Frame-Options: SAMEORIGIN",
    },
    Case {
        rule: "x-content-type-options",
        level: Level::Warning,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nX-Content-Type-Options: nosnif",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nX-Content-Type-Options: nosniff",
    },
    Case {
        rule: "referrer-policy",
        level: Level::Warning,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nReferrer-Policy: strict-origin-when-crossorigin",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nReferrer-Policy: no-referrer, strict-origin-when-cross-origin",
    },
    Case {
        rule: "cross-origin-policy",
        level: Level::Warning,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nCross-Origin-Opener-Policy: same_origin",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nCross-Origin-Opener-Policy: same-origin",
    },
    Case {
        rule: "permissions-policy-syntax",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nPermissions-Policy: geolocation 'self'",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nPermissions-Policy: geolocation=(self)",
    },
    Case {
        rule: "csp-directive",
        level: Level::Warning,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nContent-Security-Policy: default-src 'self'; scripts-src 'self'",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nContent-Security-Policy: default-src 'self'; script-src 'self'",
    },
    Case {
        rule: "csp-directive",
        level: Level::Note,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nContent-Security-Policy: default-src 'self'; report-uri /csp",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nContent-Security-Policy: default-src 'self'; report-to csp",
    },
    Case {
        rule: "set-cookie-syntax",
        level: Level::Warning,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nSet-Cookie: id=a b",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nSet-Cookie: id=ab; Path=/",
    },
    Case {
        rule: "set-cookie-attribute",
        level: Level::Warning,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nSet-Cookie: id=1; Max-Age=soon",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nSet-Cookie: id=1; Max-Age=60",
    },
    Case {
        rule: "set-cookie-attribute",
        level: Level::Note,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nSet-Cookie: id=1; Priority=High",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nSet-Cookie: id=1; HttpOnly",
    },
    Case {
        rule: "cookie-prefix",
        level: Level::Warning,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nSet-Cookie: __Host-id=1; Secure; Path=/docs",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nSet-Cookie: __Host-id=1; Secure; Path=/",
    },
    Case {
        rule: "cookie-samesite-none",
        level: Level::Warning,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nSet-Cookie: id=1; SameSite=None",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nSet-Cookie: id=1; SameSite=None; Secure",
    },
    Case {
        rule: "cookie-partitioned",
        level: Level::Warning,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nSet-Cookie: id=1; Partitioned",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nSet-Cookie: id=1; Secure; Partitioned",
    },
    Case {
        rule: "cookie-lifetime",
        level: Level::Note,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nSet-Cookie: id=1; Max-Age=99999999",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nSet-Cookie: id=1; Max-Age=86400",
    },
    Case {
        rule: "cache-control-syntax",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nCache-Control: max-age=60; public",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nCache-Control: max-age=60, public",
    },
    Case {
        rule: "cache-control-argument",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nCache-Control: max-age=-5",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nCache-Control: max-age=5",
    },
    Case {
        rule: "cache-control-argument",
        level: Level::Warning,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nCache-Control: no-store=foo",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nCache-Control: no-store",
    },
    Case {
        rule: "cache-control-argument",
        level: Level::Warning,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nCache-Control: max-age=\"60\"",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nCache-Control: max-age=60",
    },
    Case {
        rule: "cache-control-request-directive",
        level: Level::Warning,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nCache-Control: only-if-cached",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nCache-Control: no-cache",
    },
    Case {
        rule: "cache-control-duplicate",
        level: Level::Warning,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nCache-Control: max-age=60\nCache-Control: max-age=0",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nCache-Control: max-age=60, s-maxage=0",
    },
    Case {
        rule: "cache-control-conflict",
        level: Level::Warning,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nCache-Control: no-store, max-age=60",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nCache-Control: no-store",
    },
    Case {
        rule: "cache-control-conflict",
        level: Level::Warning,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nCache-Control: public, private",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nCache-Control: private",
    },
    Case {
        rule: "cache-control-unknown",
        level: Level::Note,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nCache-Control: max-age=60, pre-check=0",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nCache-Control: max-age=60, immutable",
    },
    Case {
        rule: "cdn-cache-control-syntax",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nCDN-Cache-Control: max-age=\"600\"",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nCDN-Cache-Control: max-age=600",
    },
    Case {
        rule: "surrogate-control-syntax",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nSurrogate-Control: max-age=60+",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nSurrogate-Control: max-age=60+30, no-store;abc",
    },
    Case {
        rule: "surrogate-control-syntax",
        level: Level::Note,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nSurrogate-Control: private",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nSurrogate-Control: content=\"ESI/1.0\", no-store-remote",
    },
    Case {
        rule: "vary-syntax",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nVary: Accept-Encoding, (none)",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nVary: Accept-Encoding, Origin",
    },
    Case {
        rule: "vary-star",
        level: Level::Warning,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nVary: *, User-Agent",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nVary: *",
    },
    Case {
        rule: "vary-defeats-caching",
        level: Level::Note,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nVary: User-Agent",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nVary: Accept-Encoding",
    },
    Case {
        rule: "pragma-response",
        level: Level::Warning,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nPragma: no-cache",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nCache-Control: no-cache",
    },
    Case {
        rule: "status-list-syntax",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nCache-Status: ExampleCache hit",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nCache-Status: ExampleCache; hit; ttl=30",
    },
    Case {
        rule: "status-unused",
        level: Level::Warning,
        method: None,
        fails: "HTTP/1.1 418 I'm a teapot\nDate: Sun, 06 Nov 1994 08:49:37 GMT",
        passes: "HTTP/1.1 400 Bad Request\nDate: Sun, 06 Nov 1994 08:49:37 GMT",
    },
    Case {
        rule: "header-required",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 405 Method Not Allowed\nDate: Sun, 06 Nov 1994 08:49:37 GMT",
        passes: "HTTP/1.1 405 Method Not Allowed\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nAllow: GET, HEAD",
    },
    Case {
        rule: "header-forbidden",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 204 No Content\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nContent-Length: 0",
        passes: "HTTP/1.1 204 No Content\nDate: Sun, 06 Nov 1994 08:49:37 GMT",
    },
    Case {
        rule: "content-forbidden",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 204 No Content\nDate: Sun, 06 Nov 1994 08:49:37 GMT\n\nhello",
        passes: "HTTP/1.1 204 No Content\nDate: Sun, 06 Nov 1994 08:49:37 GMT\n\n",
    },
    Case {
        rule: "content-forbidden",
        level: Level::Error,
        method: Some("HEAD"),
        fails: "HTTP/1.1 200 OK\nContent-Type: text/plain\nContent-Length: 5\n\nhello",
        passes: "HTTP/1.1 200 OK\nContent-Type: text/plain\nContent-Length: 5\n\n",
    },
    Case {
        rule: "framing-forbidden",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 100 Continue\nContent-Length: 0\n\nHTTP/1.1 204 No Content\n\n",
        passes: "HTTP/1.1 100 Continue\n\nHTTP/1.1 204 No Content\n\n",
    },
    Case {
        rule: "content-length-syntax",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 200 OK\nContent-Length: 3 bytes\n\nabc",
        passes: "HTTP/1.1 200 OK\nContent-Length: 3\n\nabc",
    },
    Case {
        rule: "content-length-mismatch",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 200 OK\nContent-Length: 10\n\nabc",
        passes: "HTTP/1.1 200 OK\nContent-Length: 3\n\nabc",
    },
    Case {
        rule: "content-length-with-transfer-encoding",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 200 OK\nContent-Length: 3\nTransfer-Encoding: chunked\n\nabc",
        passes: "HTTP/1.1 200 OK\nTransfer-Encoding: chunked\n\nabc",
    },
    Case {
        rule: "date-missing",
        level: Level::Warning,
        method: None,
        fails: "HTTP/1.1 404 Not Found",
        passes: "HTTP/1.1 404 Not Found\nDate: Sun, 06 Nov 1994 08:49:37 GMT",
    },
    Case {
        rule: "http-date",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 404 Not Found\nDate: Sunday, 06-Nov-94 08:49:37 GMT",
        passes: "HTTP/1.1 404 Not Found\nDate: Sun, 06 Nov 1994 08:49:37 GMT",
    },
    Case {
        rule: "retry-after-syntax",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 503 Service Unavailable\nRetry-After: soon",
        passes: "HTTP/1.1 503 Service Unavailable\nRetry-After: 120",
    },
    Case {
        rule: "last-modified-after-date",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nLast-Modified: Mon, 07 Nov 1994 08:49:37 GMT",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nLast-Modified: Sun, 06 Nov 1994 08:49:37 GMT",
    },
    Case {
        rule: "age-syntax",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 200 OK\nAge: 1.5",
        passes: "HTTP/1.1 200 OK\nAge: 15",
    },
    Case {
        rule: "content-encoding-identity",
        level: Level::Warning,
        method: None,
        fails: "HTTP/1.1 200 OK\nContent-Encoding: identity",
        passes: "HTTP/1.1 200 OK\nContent-Encoding: gzip",
    },
    Case {
        rule: "allow-syntax",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 405 Method Not Allowed\nAllow: GET, HE AD",
        passes: "HTTP/1.1 405 Method Not Allowed\nAllow: GET, HEAD",
    },
    Case {
        rule: "allow-lists-method",
        level: Level::Warning,
        method: Some("POST"),
        fails: "HTTP/1.1 405 Method Not Allowed\nAllow: GET, POST",
        passes: "HTTP/1.1 405 Method Not Allowed\nAllow: GET, HEAD",
    },
    Case {
        rule: "content-range-syntax",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 206 Partial Content\nContent-Range: bytes 5-1/10",
        passes: "HTTP/1.1 206 Partial Content\nContent-Range: bytes 0-4/10",
    },
    Case {
        rule: "content-range-416",
        level: Level::Warning,
        method: None,
        fails: "HTTP/1.1 416 Range Not Satisfiable\nContent-Range: bytes 0-4/10",
        passes: "HTTP/1.1 416 Range Not Satisfiable\nContent-Range: bytes */10",
    },
    Case {
        rule: "multipart-content-range",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 206 Partial Content\nContent-Type: multipart/byteranges; boundary=B\nContent-Range: bytes 0-4/10",
        passes: "HTTP/1.1 206 Partial Content\nContent-Type: multipart/byteranges; boundary=B",
    },
    Case {
        rule: "location-syntax",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 301 Moved Permanently\nLocation: /a b",
        passes: "HTTP/1.1 301 Moved Permanently\nLocation: /a%20b",
    },
    Case {
        rule: "location-syntax",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 301 Moved Permanently\nLocation: https://example.com:80a/",
        passes: "HTTP/1.1 301 Moved Permanently\nLocation: https://[2001:db8::1]:8443/a?b#c",
    },
    Case {
        rule: "expires-with-max-age",
        level: Level::Note,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nCache-Control: max-age=3600\nExpires: Sun, 06 Nov 1994 08:49:37 GMT",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nCache-Control: max-age=3600\nExpires: Sun, 06 Nov 1994 09:49:37 GMT",
    },
    Case {
        rule: "age-with-no-store",
        level: Level::Note,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nCache-Control: no-store\nAge: 30",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nCache-Control: max-age=60\nAge: 30",
    },
    Case {
        rule: "link-relation",
        level: Level::Note,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nLink: </a>; rel=nxt",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nLink: </a>; rel=\"next https://example.com/rel/x\"",
    },
    Case {
        rule: "link-preload",
        level: Level::Warning,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nLink: </s.css>; rel=preload",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nLink: </s.css>; rel=preload; as=style",
    },
    Case {
        rule: "link-preload",
        level: Level::Warning,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nLink: </v.mp4>; rel=preload; as=video",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nLink: </f.woff2>; rel=preload; as=font; crossorigin",
    },
    Case {
        rule: "transfer-encoding-coding",
        level: Level::Warning,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nTransfer-Encoding: br, chunked",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nTransfer-Encoding: gzip, chunked",
    },
    Case {
        rule: "transfer-encoding-coding",
        level: Level::Note,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nTransfer-Encoding: x-gzip, chunked",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nTransfer-Encoding: chunked",
    },
    Case {
        rule: "link-relation",
        level: Level::Note,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nLink: </about>; rel=siteinfo",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nLink: </ip/192.0.2.0/24>; rel=\"rdap-up dpp\"",
    },
    Case {
        rule: "transfer-encoding-coding",
        level: Level::Warning,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nTransfer-Encoding: identity",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nTransfer-Encoding: compress, chunked",
    },
    Case {
        rule: "server-timing-syntax",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nServer-Timing: db;dur",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nServer-Timing: cdn-cache; desc=HIT, db; dur = 53",
    },
    Case {
        rule: "alt-svc-syntax",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nAlt-Svc: h3=\":443\"; persist",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nAlt-Svc: h3=\":443\"; ma=86400, h3-29=\":443\"; ma=86400",
    },
    Case {
        rule: "keep-alive-field",
        level: Level::Note,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nConnection: keep-alive\nKeep-Alive: timeout=5, max=100",
        passes: "HTTP/2 200\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nContent-Length: 0",
    },
    Case {
        rule: "uri-userinfo",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 302 Found\nLocation: https://admin:secret@example.com/\nContent-Length: 0",
        passes: "HTTP/1.1 302 Found\nLocation: https://example.com/mail/a@b\nContent-Length: 0",
    },
    Case {
        rule: "uri-userinfo",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 200 OK\nContent-Location: //user@example.com/doc\nContent-Length: 0",
        passes: "HTTP/1.1 200 OK\nContent-Location: ftp://user@example.com/doc\nContent-Length: 0",
    },
    Case {
        rule: "content-location-syntax",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nContent-Location: /docs/en#intro",
        passes: "HTTP/1.1 200 OK\nDate: Sun, 06 Nov 1994 08:49:37 GMT\nContent-Location: /docs/en?v=2",
    },
    Case {
        rule: "challenge-syntax",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: realm=\"api\"",
        passes: "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm=\"api\"",
    },
    Case {
        rule: "etag-syntax",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 200 OK\nETag: v1",
        passes: "HTTP/1.1 200 OK\nETag: W/\"v1\"",
    },
    Case {
        rule: "field-syntax",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 200 OK\nX(Odd): 1",
        passes: "HTTP/1.1 200 OK\nX-Odd: 1",
    },
    Case {
        rule: "obs-fold",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 200 OK\nX-Long: first\n  second",
        passes: "HTTP/1.1 200 OK\nX-Long: first second",
    },
    Case {
        rule: "space-before-colon",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 200 OK\nServer : demo",
        passes: "HTTP/1.1 200 OK\nServer: demo",
    },
    Case {
        rule: "duplicate-field",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 200 OK\nContent-Type: text/plain\nContent-Type: text/html",
        passes: "HTTP/1.1 200 OK\nContent-Type: text/plain\nVary: Accept\nVary: Cookie",
    },
    Case {
        rule: "content-type-missing",
        level: Level::Warning,
        method: None,
        fails: "HTTP/1.1 200 OK\nContent-Length: 5\n\nhello",
        passes: "HTTP/1.1 200 OK\nContent-Length: 5\nContent-Type: text/plain\n\nhello",
    },
    Case {
        rule: "status-unregistered",
        level: Level::Note,
        method: None,
        fails: "HTTP/1.1 299 Whatever",
        passes: "HTTP/1.1 200 OK",
    },
    Case {
        rule: "reason-phrase-syntax",
        level: Level::Error,
        method: None,
        fails: "HTTP/1.1 200 \x1b[2Jpwn",
        passes: "HTTP/1.1 200 Fine\tthanks",
    },
    Case {
        rule: "reason-phrase",
        level: Level::Note,
        method: None,
        fails: "HTTP/1.1 405 Not Allowed",
        passes: "HTTP/1.1 405 Method Not Allowed",
    },
    Case {
        rule: "heuristic-freshness",
        level: Level::Note,
        method: None,
        fails: "HTTP/1.1 404 Not Found",
        passes: "HTTP/1.1 404 Not Found\nCache-Control: no-store",
    },
];

fn of_rule<'a>(findings: &'a [Vec<Finding>], rule: &str) -> Vec<&'a Finding> {
    findings
        .iter()
        .flatten()
        .filter(|f| f.rule == rule)
        .collect()
}

#[test]
fn every_rule_fails_and_passes_on_its_own_cases() {
    for case in CASES {
        let failing = run(case.fails, case.method);
        let found = of_rule(&failing, case.rule);
        assert!(
            !found.is_empty(),
            "{}: no finding for {:?}",
            case.rule,
            case.fails
        );
        assert!(
            found.iter().all(|f| f.level == case.level),
            "{}: expected {:?}, got {found:?}",
            case.rule,
            case.level
        );
        assert!(
            found.iter().all(|f| f.source.contains(" §")
                || f.source.starts_with("draft-")
                || f.source.starts_with("https://")),
            "{}: every finding cites a section of a specification, or a draft: {found:?}",
            case.rule
        );
        let passing = run(case.passes, case.method);
        let found = of_rule(&passing, case.rule);
        assert!(
            found.is_empty(),
            "{}: unexpected finding for {:?}: {found:?}",
            case.rule,
            case.passes
        );
    }
}

#[test]
fn no_rule_is_left_without_cases() {
    for rule in RULES {
        assert!(
            CASES.iter().any(|c| c.rule == rule.name) || HAR_CASES.iter().any(|c| c.0 == rule.name),
            "rule {} has no passing and failing case",
            rule.name
        );
    }
}

/// The one note for several fields whose condition no response shows (a
/// 304's "if a 200 would have carried it"): it names each field.
fn grouped(f: &Finding, name: &str) -> bool {
    f.rule == "header-required"
        && f.field.is_none()
        && f.message
            .split(": ")
            .next()
            .is_some_and(|head| head.contains(name))
}

/// A bare response with this code: a status line and a Date, nothing else.
fn bare(code: u16) -> String {
    format!("HTTP/1.1 {code} Whatever\n{DATE}")
}

/// Every header row of the dataset, as `check` must apply it: MUST → error,
/// SHOULD → warning, MAY/USED → note, with the row's own section; a condition
/// the response cannot show, or a method the input does not show, makes it a
/// note; a client-sent field is never asked of a response.
/// The rules that judge a field by its dataset record judge exactly the
/// fields of that kind that no other rule reads (`duplicate-field` judges
/// only repetition), and list them: a structured or deprecated field added
/// to the dataset is checked once it is listed, and `httpcode header`
/// names the rule that checks it.
#[test]
fn record_rules_list_the_fields_no_other_rule_reads() {
    use httpcode::model::{Form, HeaderField};
    type OfKind = fn(&HeaderField) -> bool;
    let kinds: [(&str, OfKind); 2] = [
        ("structured-field-syntax", |h| {
            matches!(
                h.form,
                Some(Form::StructuredItem | Form::StructuredList | Form::StructuredDictionary)
            )
        }),
        ("deprecated-field", |h| h.deprecated.is_some()),
    ];
    for (name, of_kind) in kinds {
        let rule = RULES.iter().find(|r| r.name == name).expect("the rule");
        let mut expected: Vec<&str> = data::headers()
            .iter()
            .filter(|h| of_kind(h))
            .filter(|h| {
                !RULES
                    .iter()
                    .filter(|r| r.name != name && r.name != "duplicate-field")
                    .any(|r| r.reads(&h.name))
            })
            .map(|h| h.name.as_ref())
            .collect();
        let mut listed = rule.fields.to_vec();
        expected.sort_unstable();
        listed.sort_unstable();
        assert_eq!(listed, expected, "{name}'s fields");
    }
}

#[test]
fn required_fields_come_from_the_dataset() {
    let mut rows = 0;
    for code in data::codes() {
        for row in code.headers.iter() {
            if row.requirement == Requirement::MustNot {
                continue;
            }
            rows += 1;
            let name = row.name.as_ref();
            let mut input = if name == "Date" {
                format!("HTTP/1.1 {} Whatever", code.code)
            } else {
                bare(code.code)
            };
            if row.condition == Some(Condition::Multipart) {
                input.push_str("\nContent-Type: multipart/byteranges; boundary=B");
            }
            let method = row.methods.first().map(|m| m.as_ref());
            let findings = run(&input, method);
            // Findings that the field is absent, from any rule: another rule
            // may report it at a more serious level (a missing Date is the
            // Date rule's warning), and then only that one is kept.
            let missing: Vec<&Finding> = findings
                .iter()
                .flatten()
                .filter(|f| {
                    f.field.as_deref() == Some(name) && f.message.contains("without")
                        || f.field.as_deref() == Some(name) && f.rule == "date-missing"
                        || grouped(f, name)
                })
                .collect();
            let client_sends = data::header(name)
                .is_some_and(|h| h.direction == httpcode::model::Direction::Request);
            let expected = match (row.condition, row.requirement) {
                _ if client_sends => None,
                // The multipart Content-Type row is met by the very field that
                // makes the response multipart.
                (Some(Condition::Multipart), _) => None,
                (Some(Condition::Unseen), _) => Some(Level::Note),
                (_, Requirement::Must) => Some(Level::Error),
                (_, Requirement::Should) => Some(Level::Warning),
                _ => Some(Level::Note),
            };
            match expected {
                None => assert!(
                    missing.is_empty(),
                    "{} {name}: no finding expected",
                    code.code
                ),
                Some(level) => {
                    assert_eq!(missing.len(), 1, "{} {name}: {findings:?}", code.code);
                    assert!(missing[0].level <= level, "{} {name}", code.code);
                    if grouped(missing[0], name) {
                        // Rows no response can show, grouped: one note, no
                        // invented value to add.
                        assert_eq!(missing[0].level, Level::Note, "{} {name}", code.code);
                        assert_eq!(missing[0].fix, None, "{} {name}", code.code);
                        assert_eq!(missing[0].source, row.source.as_ref());
                    } else if missing[0].rule == "header-required" {
                        // The fix shows the dataset's example value for the field.
                        let value = row
                            .example
                            .as_deref()
                            .or_else(|| data::header(name).and_then(|h| h.example.as_deref()));
                        if let Some(value) = value {
                            let fix = missing[0].fix.as_deref().unwrap_or_default();
                            assert!(fix.contains(value), "{} {name}: {fix}", code.code);
                        }
                        assert_eq!(missing[0].level, level, "{} {name}", code.code);
                        assert_eq!(
                            missing[0].source,
                            row.source.as_ref(),
                            "{} {name}",
                            code.code
                        );
                    }
                }
            }
            // With the field present, the row is satisfied.
            let with = format!("{input}\n{name}: x");
            let findings = run(&with, method);
            assert!(
                !of_rule(&findings, "header-required")
                    .iter()
                    .any(|f| f.field.as_deref() == Some(name)),
                "{} {name}: reported although present",
                code.code
            );
            // A row limited to some methods is only a note when the method is
            // unknown, and nothing in answers to other methods.
            if method.is_some() {
                let unknown = run(&input, None);
                let notes = of_rule(&unknown, "header-required");
                assert!(
                    notes
                        .iter()
                        .any(|f| f.field.as_deref() == Some(name) && f.level == Level::Note),
                    "{} {name}: unknown method should give a note",
                    code.code
                );
                let other = run(&input, Some("OPTIONS"));
                assert!(
                    !of_rule(&other, "header-required")
                        .iter()
                        .any(|f| f.field.as_deref() == Some(name)),
                    "{} {name}: applies only to {:?}",
                    code.code,
                    row.methods
                );
            }
        }
    }
    assert!(rows >= 30, "the dataset lists header rows ({rows})");
}

/// The dataset's MUST NOT rows (204's framing fields) are errors when present,
/// notes when their condition cannot be seen.
#[test]
fn forbidden_fields_come_from_the_dataset() {
    for code in data::codes() {
        for row in code.headers.iter() {
            if row.requirement != Requirement::MustNot || !row.methods.is_empty() {
                continue;
            }
            let expected = match row.condition {
                None => Level::Error,
                Some(Condition::Unseen) => Level::Note,
                _ => continue,
            };
            let name = row.name.as_ref();
            let findings = run(&format!("{}\n{name}: 0", bare(code.code)), None);
            let found = of_rule(&findings, "header-forbidden");
            assert!(
                found.iter().any(|f| f.field.as_deref() == Some(name)
                    && f.level == expected
                    && f.source == row.source.as_ref()),
                "{} {name}: {findings:?}",
                code.code
            );
        }
    }
}

#[test]
fn single_part_206_needs_content_range_multipart_does_not() {
    let single = run(&bare(206), None);
    assert!(of_rule(&single, "header-required")
        .iter()
        .any(|f| f.field.as_deref() == Some("Content-Range") && f.level == Level::Error));
    let multi = run(
        &format!(
            "{}\nContent-Type: multipart/byteranges; boundary=B",
            bare(206)
        ),
        None,
    );
    assert!(!of_rule(&multi, "header-required")
        .iter()
        .any(|f| f.field.as_deref() == Some("Content-Range")));
}

#[test]
fn each_part_of_a_multipart_206_needs_content_range() {
    let head =
        "HTTP/1.1 206 Partial Content\nContent-Type: multipart/byteranges; boundary=\"SEP\"\n\n";
    let good = "--SEP\nContent-Type: text/plain\nContent-Range: bytes 0-1/10\n\n01\n\
                --SEP\ncontent-range: bytes 3-4/10\n\n34\n--SEP--\n";
    let findings = run(&format!("{head}{good}"), None);
    assert!(
        of_rule(&findings, "multipart-content-range").is_empty(),
        "{findings:?}"
    );
    let bad = "--SEP\nContent-Type: text/plain\nContent-Range: bytes 0-1/10\n\n01\n\
               --SEP\nContent-Type: text/plain\n\nContent-Range: not a header\n--SEP--\n";
    let findings = run(&format!("{head}{bad}"), None);
    let found = of_rule(&findings, "multipart-content-range");
    assert_eq!(found.len(), 1, "{findings:?}");
    assert!(
        found[0].message.starts_with("line 9:"),
        "{}",
        found[0].message
    );
}

#[test]
fn connection_is_required_of_426_in_http1_only() {
    let http1 = run("HTTP/1.1 426 Upgrade Required\nUpgrade: h2c", None);
    assert!(of_rule(&http1, "header-required")
        .iter()
        .any(|f| f.field.as_deref() == Some("Connection")));
    let http2 = run("HTTP/2 426\nupgrade: h2c", None);
    assert!(!of_rule(&http2, "header-required")
        .iter()
        .any(|f| f.field.as_deref() == Some("Connection")));
}

/// Upgrade is connection-specific: HTTP/2 has no 101 and an HTTP/2 or HTTP/3
/// message with Upgrade is malformed (RFC 9113 §8.2.2, §8.6; RFC 9114 §4.2), so
/// a correct HTTP/2 426, as nginx sends it, has no finding at all.
#[test]
fn upgrade_is_required_of_426_and_101_in_http1_only() {
    let http1 = run("HTTP/1.1 426 Upgrade Required\nConnection: upgrade", None);
    let missing: Vec<&Finding> = of_rule(&http1, "header-required")
        .into_iter()
        .filter(|f| f.field.as_deref() == Some("Upgrade"))
        .collect();
    assert_eq!(missing.len(), 1);
    assert_eq!(missing[0].level, Level::Error);
    let http2 = "HTTP/2 426\nserver: nginx\ndate: Sun, 06 Nov 1994 08:49:37 GMT\n\
                 content-type: text/html\ncontent-length: 5\n\nhello";
    let findings = run(http2, None);
    assert_eq!(findings.len(), 1);
    assert!(findings[0].is_empty(), "{findings:?}");
    for code in [101, 426] {
        let row = data::code(code)
            .unwrap()
            .headers
            .iter()
            .find(|h| h.name.as_ref() == "Upgrade")
            .unwrap();
        assert_eq!(row.condition, Some(Condition::Http1), "{code}");
    }
}

#[test]
fn date_is_reported_once_at_the_more_serious_level() {
    // 304's Date row is a note (a condition the checker cannot see) and the
    // Date rule a warning: only the warning is kept.
    let findings = run("HTTP/1.1 304 Not Modified\nETag: \"a\"", None);
    let date: Vec<&Finding> = findings[0]
        .iter()
        .filter(|f| f.field.as_deref() == Some("Date"))
        .collect();
    assert_eq!(date.len(), 1, "{date:?}");
    assert_eq!(date[0].level, Level::Warning);
}

/// The README's rule table is the one generated from `RULES` (set
/// `HTTPCODE_UPDATE_README=1` to rewrite it after changing a rule).
#[test]
fn the_readme_lists_every_rule() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/README.md");
    let readme = std::fs::read_to_string(path).unwrap();
    let table = check::rules::markdown();
    let start = readme
        .find("| Rule | Level | Section |")
        .expect("README has the rules table");
    let end = start + readme[start..].find("\n\n").expect("the table ends") + 1;
    if std::env::var_os("HTTPCODE_UPDATE_README").is_some() {
        std::fs::write(
            path,
            format!("{}{table}{}", &readme[..start], &readme[end..]),
        )
        .unwrap();
        return;
    }
    assert_eq!(
        readme[start..end],
        table,
        "README.md's rules table is stale"
    );
    for rule in RULES {
        assert!(readme.contains(&format!("| `{}` |", rule.name)));
    }
}

/// `duplicate-field` reads the dataset's `form: single`; the fields it lists
/// for `httpcode header` are those records, less the two whose repetition
/// another rule judges (Content-Length, Strict-Transport-Security).
#[test]
fn duplicate_field_lists_the_dataset_single_value_fields() {
    let rule = RULES
        .iter()
        .find(|r| r.name == "duplicate-field")
        .expect("the rule exists");
    let mut want: Vec<&str> = data::headers()
        .iter()
        .filter(|h| h.form == Some(httpcode::model::Form::Single))
        .map(|h| &*h.name)
        .filter(|n| !["Content-Length", "Strict-Transport-Security"].contains(n))
        .collect();
    let mut listed = rule.fields.to_vec();
    want.sort_unstable();
    listed.sort_unstable();
    assert_eq!(listed, want);
    for name in ["Server", "Content-Type", "Location", "Age"] {
        let twice = format!("HTTP/1.1 200 OK\n{DATE}\n{name}: a\n{name}: b");
        let found = run(&twice, None);
        assert!(
            of_rule(&found, "duplicate-field")
                .iter()
                .any(|f| f.field.as_deref() == Some(name)),
            "{name} twice: {found:?}"
        );
    }
    let lists = format!(
        "HTTP/1.1 200 OK\n{DATE}\nVary: Accept\nVary: Origin\nContent-Length: 0\nContent-Length: 0"
    );
    assert!(of_rule(&run(&lists, None), "duplicate-field").is_empty());
}

/// Rules whose condition only a HAR shows (the URL's scheme): (rule, level,
/// URL that fails, URL that passes), on one response with the same fields.
const HAR_CASES: &[(&str, Level, &str, &str)] = &[(
    "hsts-over-http",
    Level::Warning,
    "http://example.com/",
    "https://example.com/",
)];

fn run_har(url: &str, fields: &[(&str, &str)]) -> Vec<Finding> {
    let headers: Vec<serde_json::Value> = fields
        .iter()
        .map(|(n, v)| serde_json::json!({"name": n, "value": v}))
        .collect();
    let har = serde_json::json!({"log": {"version": "1.2", "entries": [{
        "request": {"method": "GET", "url": url, "headers": []},
        "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
            "headers": headers, "content": {"size": 0, "mimeType": ""}, "bodySize": 0}
    }]}});
    let options = Options {
        method: None,
        har: true,
    };
    let report = check::run(har.to_string().as_bytes(), &options).expect("readable HAR");
    report
        .responses
        .into_iter()
        .flat_map(|c| c.findings)
        .collect()
}

#[test]
fn har_rules_fail_and_pass_on_their_urls() {
    let fields = [
        ("Date", "Sun, 06 Nov 1994 08:49:37 GMT"),
        ("Content-Length", "0"),
        ("Cache-Control", "no-store"),
        ("Strict-Transport-Security", "max-age=31536000"),
    ];
    for (rule, level, fails, passes) in HAR_CASES {
        let found = run_har(fails, &fields);
        assert!(
            found.iter().any(|f| f.rule == *rule && f.level == *level),
            "{rule} on {fails}: {found:?}"
        );
        let found = run_har(passes, &fields);
        assert!(
            !found.iter().any(|f| f.rule == *rule),
            "{rule} on {passes}: {found:?}"
        );
    }
}

/// What the Surrogate-Control and Accept-Query rules say, word for word, and
/// the section each finding cites (W3C Edge Architecture 1.0 §2.2.3: max-age
/// is delta-seconds with an optional +delta-seconds; RFC 10008 §3: each
/// member is a media range, parameters apart).
#[test]
fn surrogate_control_and_accept_query_findings_read_as_written() {
    let cases: &[(&str, &str, Level, &str, &str)] = &[
        (
            "Surrogate-Control: max-age=60+",
            "surrogate-control-syntax",
            Level::Error,
            "Surrogate-Control \"max-age=60+\": max-age=60+ is not seconds, or seconds+seconds",
            "W3C Edge Architecture 1.0 §2.2, §2.3",
        ),
        (
            "Surrogate-Control: no-store=1",
            "surrogate-control-syntax",
            Level::Error,
            "Surrogate-Control \"no-store=1\": no-store takes no value (=1)",
            "W3C Edge Architecture 1.0 §2.2, §2.3",
        ),
        (
            "Surrogate-Control: max-age=60, private",
            "surrogate-control-syntax",
            Level::Note,
            "Surrogate-Control private is not one of the directives the Edge Architecture defines (no-store, no-store-remote, max-age, content); only a surrogate that implements it as an extension acts on it",
            "W3C Edge Architecture 1.0 §2.2, §2.3",
        ),
        (
            "Transfer-Encoding: identity",
            "transfer-encoding-coding",
            Level::Warning,
            "Transfer-Encoding identity is no transfer coding: the registry lists it as withdrawn",
            "RFC 9112 §7, RFC 9110 §10.1.4",
        ),
        (
            "Server-Timing: db; dur = 53, app;desc",
            "server-timing-syntax",
            Level::Error,
            "Server-Timing \"db; dur = 53, app;desc\": parameter \"desc\" has no value",
            "https://www.w3.org/TR/server-timing/#the-server-timing-header-field",
        ),
        (
            "Alt-Svc: h3=\":443\"; ma=86400; persist",
            "alt-svc-syntax",
            Level::Error,
            "Alt-Svc \"h3=\":443\"; ma=86400; persist\": parameter \"persist\" has no value",
            "RFC 7838 §3, §3.1",
        ),
        (
            "Accept-Query: */json",
            "accept-query-syntax",
            Level::Error,
            "Accept-Query \"*/json\": \"*/json\" is not a media range (type/subtype, type/* or */*, parameters as ;name=value after it)",
            "RFC 10008 §3",
        ),
        (
            "Accept-Query: application/json, 12",
            "accept-query-syntax",
            Level::Error,
            "Accept-Query \"application/json, 12\": a member is neither a Token nor a String",
            "RFC 10008 §3",
        ),
    ];
    for &(field, rule, level, message, source) in cases {
        let findings = run(&format!("HTTP/1.1 200 OK\n{DATE}\n{field}"), None);
        let found = of_rule(&findings, rule);
        assert_eq!(found.len(), 1, "{field}: {found:?}");
        assert_eq!(found[0].level, level, "{field}");
        assert_eq!(found[0].message, message, "{field}");
        assert_eq!(found[0].source, source, "{field}");
        assert_eq!(
            found[0].field.as_deref(),
            Some(field.split(':').next().unwrap())
        );
    }
}

/// RFC 9110 reserves "identity" as Accept-Encoding's word for no encoding
/// (§12.5.3); the finding says so and cites that, not RFC 2616's old SHOULD NOT.
#[test]
fn identity_in_content_encoding_reads_as_written() {
    let findings = run("HTTP/1.1 200 OK\nContent-Encoding: identity", None);
    let found = of_rule(&findings, "content-encoding-identity");
    assert_eq!(found.len(), 1, "{findings:?}");
    assert_eq!(
        found[0].message,
        "Content-Encoding lists \"identity\", which is Accept-Encoding's word for \"no encoding\", \
         not a content coding"
    );
    assert_eq!(found[0].source, "RFC 9110 §12.5.3");
    assert_eq!(found[0].level, Level::Warning);
}
