//! A corpus of single-field cases written from the specifications: correct
//! values, definite violations (a MUST broken, or a value the grammar does
//! not allow), and should-not cases (a SHOULD broken, or a value that will not
//! do what the sender meant). Each case is one field added to a clean
//! response; what counts is what `check` reports beyond that response's own
//! findings. The bar: at least 99% of correct values free of errors and
//! warnings, at least 80% of violations flagged as an error or a warning, at
//! least 50% of should-not cases flagged at any level.

use httpcode::check::{self, Finding, Level, Options};

/// What a case is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    Correct,
    Violation,
    ShouldNot,
}
use Kind::*;

/// (kind, field lines, the section that says so)
const CASES: &[(Kind, &str, &str)] = &[
    // Cache-Control, RFC 9111 §5.2
    (Correct, "Cache-Control: max-age=3600", "RFC 9111 §5.2.2.1"),
    (Correct, "Cache-Control: no-cache", "RFC 9111 §5.2.2.4"),
    (Correct, "Cache-Control: no-store", "RFC 9111 §5.2.2.5"),
    (
        Correct,
        "Cache-Control: private, max-age=0",
        "RFC 9111 §5.2.2.7",
    ),
    (
        Correct,
        "Cache-Control: public, max-age=31536000, immutable",
        "RFC 8246 §2",
    ),
    (
        Correct,
        "Cache-Control: max-age=600, stale-while-revalidate=30",
        "RFC 5861 §3",
    ),
    (
        Correct,
        "Cache-Control: max-age=600, stale-if-error=86400",
        "RFC 5861 §4",
    ),
    (
        Correct,
        "Cache-Control: no-cache=\"Set-Cookie\"",
        "RFC 9111 §5.2.2.4",
    ),
    (
        Correct,
        "Cache-Control: private=\"Set-Cookie, X-Id\"",
        "RFC 9111 §5.2.2.7",
    ),
    (
        Correct,
        "Cache-Control: s-maxage=60, max-age=0",
        "RFC 9111 §5.2.2.10",
    ),
    (
        Correct,
        "Cache-Control: must-revalidate, max-age=0",
        "RFC 9111 §5.2.2.2",
    ),
    (
        Correct,
        "Cache-Control: proxy-revalidate",
        "RFC 9111 §5.2.2.8",
    ),
    (Correct, "Cache-Control: no-transform", "RFC 9111 §5.2.2.6"),
    (
        Correct,
        "Cache-Control: must-understand, no-store",
        "RFC 9111 §5.2.2.3",
    ),
    (
        Correct,
        "Cache-Control: max-age=60\nCache-Control: public",
        "RFC 9110 §5.3",
    ),
    (Correct, "Cache-Control: MAX-AGE=60", "RFC 9111 §5.2"),
    (
        Correct,
        "Cache-Control: max-age=60 , public",
        "RFC 9110 §5.6.1",
    ),
    (Violation, "Cache-Control: max-age=-5", "RFC 9111 §1.2.2"),
    (Violation, "Cache-Control: max-age=abc", "RFC 9111 §5.2.2.1"),
    (Violation, "Cache-Control: max-age", "RFC 9111 §5.2.2.1"),
    (Violation, "Cache-Control: max-age=1.5", "RFC 9111 §1.2.2"),
    (Violation, "Cache-Control: s-maxage=", "RFC 9111 §5.2"),
    (
        Violation,
        "Cache-Control: max-age=60; public",
        "RFC 9111 §5.2",
    ),
    (
        Violation,
        "Cache-Control: no-cache=\"Set-Cookie",
        "RFC 9110 §5.6.4",
    ),
    (Violation, "Cache-Control: max age=60", "RFC 9111 §5.2"),
    (
        Violation,
        "Cache-Control: stale-while-revalidate",
        "RFC 5861 §3",
    ),
    (
        ShouldNot,
        "Cache-Control: no-store=foo",
        "RFC 9111 §5.2.2.5",
    ),
    (
        ShouldNot,
        "Cache-Control: max-age=\"60\"",
        "RFC 9111 §5.2.2.1",
    ),
    (
        ShouldNot,
        "Cache-Control: no-store, max-age=60",
        "RFC 9111 §5.2.2.5",
    ),
    (
        ShouldNot,
        "Cache-Control: public, private",
        "RFC 9111 §5.2.2.9",
    ),
    (
        ShouldNot,
        "Cache-Control: max-age=60, max-age=0",
        "RFC 9111 §4.2.1",
    ),
    (
        ShouldNot,
        "Cache-Control: max-age=60\nCache-Control: max-age=120",
        "RFC 9111 §4.2.1",
    ),
    (
        ShouldNot,
        "Cache-Control: only-if-cached",
        "RFC 9111 §5.2.1.7",
    ),
    (
        ShouldNot,
        "Cache-Control: max-stale=60",
        "RFC 9111 §5.2.1.2",
    ),
    (
        ShouldNot,
        "Cache-Control: no-cache=Set-Cookie",
        "RFC 9111 §5.2.2.4",
    ),
    (
        ShouldNot,
        "Cache-Control: pre-check=0, post-check=0",
        "RFC 9111 §5.2.3",
    ),
    (ShouldNot, "Cache-Control: public=yes", "RFC 9111 §5.2.2.9"),
    (
        ShouldNot,
        "Cache-Control: no-store, public",
        "RFC 9111 §5.2.2.5",
    ),
    // CDN-Cache-Control, RFC 9213 §2
    (Correct, "CDN-Cache-Control: max-age=600", "RFC 9213 §2"),
    (Correct, "CDN-Cache-Control: no-store", "RFC 9213 §2"),
    (
        Violation,
        "CDN-Cache-Control: max-age=\"600\"",
        "RFC 9213 §2",
    ),
    (Violation, "CDN-Cache-Control: max-age=-1", "RFC 9213 §2"),
    (
        Violation,
        "CDN-Cache-Control: max-age=60;;",
        "RFC 9651 §4.2",
    ),
    // Surrogate-Control, W3C Edge Architecture Specification 1.0 (Note, 2001)
    (Correct, "Surrogate-Control: max-age=300", "Edge Architecture §2.2.3"),
    (Correct, "Surrogate-Control: max-age=30+60", "Edge Architecture §2.2.3"),
    (Correct, "Surrogate-Control: no-store-remote", "Edge Architecture §2.2.2"),
    (
        Correct,
        "Surrogate-Control: content=\"ESI/1.0 ESI-Inline/1.0\", max-age=600",
        "Edge Architecture §2.2.4",
    ),
    (
        Correct,
        "Surrogate-Control: max-age=60, no-store;abc",
        "Edge Architecture §2.3",
    ),
    (
        Correct,
        "Surrogate-Control: max-age=86400, stale-while-revalidate=60",
        "Edge Architecture §2.2 (extension directives)",
    ),
    (Violation, "Surrogate-Control: max-age=soon", "Edge Architecture §2.2.3"),
    (Violation, "Surrogate-Control: max-age=60+", "Edge Architecture §2.2.3"),
    (Violation, "Surrogate-Control: max-age=\"60\"", "Edge Architecture §2.2.3"),
    (Violation, "Surrogate-Control: no-store=1", "Edge Architecture §2.2.1"),
    (
        Violation,
        "Surrogate-Control: no-store-remote=true",
        "Edge Architecture §2.2.2",
    ),
    (
        Violation,
        "Surrogate-Control: content=\"ESI/1.0",
        "Edge Architecture §2.2.4",
    ),
    (
        Violation,
        "Surrogate-Control: max-age=60;abc;def",
        "Edge Architecture §2.3",
    ),
    (ShouldNot, "Surrogate-Control: private", "Edge Architecture §2.2"),
    // Cache-Status, RFC 9211 §2; Proxy-Status, RFC 9209 §2
    (
        Correct,
        "Cache-Status: ExampleCache; hit; ttl=30",
        "RFC 9211 §2",
    ),
    (
        Correct,
        "Cache-Status: OriginCache; fwd=uri-miss; stored",
        "RFC 9211 §2",
    ),
    (
        Correct,
        "Proxy-Status: ExampleProxy; error=connection_timeout",
        "RFC 9209 §2",
    ),
    (Violation, "Cache-Status: ExampleCache hit", "RFC 9211 §2"),
    (
        Violation,
        "Proxy-Status: proxy; error=\"unclosed",
        "RFC 9209 §2",
    ),
    // Vary, RFC 9110 §12.5.5
    (Correct, "Vary: Accept-Encoding", "RFC 9110 §12.5.5"),
    (
        Correct,
        "Vary: Accept-Encoding, Accept-Language",
        "RFC 9110 §12.5.5",
    ),
    (Correct, "Vary: *", "RFC 9110 §12.5.5"),
    (Correct, "Vary: Origin", "RFC 9110 §12.5.5"),
    (Violation, "Vary: Accept Encoding", "RFC 9110 §12.5.5"),
    (Violation, "Vary: \"Accept-Encoding\"", "RFC 9110 §12.5.5"),
    (ShouldNot, "Vary: *, User-Agent", "RFC 9110 §12.5.5"),
    (ShouldNot, "Vary: User-Agent", "RFC 9110 §12.5.5"),
    // Pragma, RFC 9111 §5.4
    (ShouldNot, "Pragma: no-cache", "RFC 9111 §5.4"),
    // Set-Cookie, RFC 6265 §4.1 and its revision
    (
        Correct,
        "Set-Cookie: id=a3fWa; Expires=Wed, 21 Oct 2015 07:28:00 GMT",
        "RFC 6265 §4.1.1",
    ),
    (
        Correct,
        "Set-Cookie: id=a3fWa; Max-Age=2592000; Secure; HttpOnly",
        "RFC 6265 §4.1.1",
    ),
    (
        Correct,
        "Set-Cookie: __Host-id=1; Secure; Path=/",
        "RFC 6265bis §4.1.3.2",
    ),
    (
        Correct,
        "Set-Cookie: __Secure-id=1; Secure; Domain=example.com",
        "RFC 6265bis §4.1.3.1",
    ),
    (
        Correct,
        "Set-Cookie: id=1; SameSite=None; Secure",
        "RFC 6265bis §4.1.2.7",
    ),
    (
        Correct,
        "Set-Cookie: id=1; SameSite=Strict",
        "RFC 6265bis §4.1.2.7",
    ),
    (
        Correct,
        "Set-Cookie: id=1; SameSite=Lax; Path=/app",
        "RFC 6265bis §4.1.2.7",
    ),
    (Correct, "Set-Cookie: id=\"quoted\"", "RFC 6265 §4.1.1"),
    (Correct, "Set-Cookie: id=; Max-Age=0", "RFC 6265 §5.2.2"),
    (
        Correct,
        "Set-Cookie: id=1; Secure; Partitioned; SameSite=None",
        "CHIPS",
    ),
    (Correct, "Set-Cookie: a=1\nSet-Cookie: b=2", "RFC 6265 §3"),
    (
        Correct,
        "Set-Cookie: token=eyJhbGciOiJIUzI1NiJ9.e30.abc_-",
        "RFC 6265 §4.1.1",
    ),
    (
        Violation,
        "Set-Cookie: __Host-id=1; Path=/docs",
        "RFC 6265bis §4.1.3.2",
    ),
    (
        Violation,
        "Set-Cookie: __Host-id=1; Secure; Path=/docs",
        "RFC 6265bis §4.1.3.2",
    ),
    (
        Violation,
        "Set-Cookie: __Host-id=1; Secure; Path=/; Domain=example.com",
        "RFC 6265bis §4.1.3.2",
    ),
    (
        Violation,
        "Set-Cookie: __Secure-id=1",
        "RFC 6265bis §4.1.3.1",
    ),
    (
        Violation,
        "Set-Cookie: id=1; SameSite=None",
        "RFC 6265bis §5.7",
    ),
    (Violation, "Set-Cookie: id=1; Partitioned", "CHIPS"),
    (Violation, "Set-Cookie: novalue", "RFC 6265 §4.1.1"),
    (Violation, "Set-Cookie: my id=1", "RFC 6265 §4.1.1"),
    (Violation, "Set-Cookie: id=a b", "RFC 6265 §4.1.1"),
    (Violation, "Set-Cookie: id=a,b", "RFC 6265 §4.1.1"),
    (
        Violation,
        "Set-Cookie: id=1; Expires=tomorrow",
        "RFC 6265 §4.1.1",
    ),
    (Violation, "Set-Cookie: id=1; Max-Age=1h", "RFC 6265 §4.1.1"),
    (
        ShouldNot,
        "Set-Cookie: id=1; SameSite=Sometimes",
        "RFC 6265bis §4.1.2.7",
    ),
    (
        ShouldNot,
        "Set-Cookie: id=1; Path=/; Path=/a",
        "RFC 6265 §4.1.1",
    ),
    (
        ShouldNot,
        "Set-Cookie: id=1; Max-Age=63072000",
        "RFC 6265bis §5.5",
    ),
    (
        ShouldNot,
        "Set-Cookie: id=1; Secure=yes; Priority=High",
        "RFC 6265 §4.1.1",
    ),
    // Strict-Transport-Security, RFC 6797 §6.1
    (Correct, "Strict-Transport-Security: max-age=31536000", "RFC 6797 §6.1.1"),
    (Correct, "Strict-Transport-Security: max-age=31536000; includeSubDomains", "RFC 6797 §6.1.2"),
    (Correct, "Strict-Transport-Security: max-age=\"31536000\"", "RFC 6797 §6.1"),
    (Correct, "Strict-Transport-Security: max-age=63072000; includeSubDomains; preload", "hstspreload.org"),
    (Correct, "Strict-Transport-Security: max-age=0", "RFC 6797 §6.1.1"),
    (Violation, "Strict-Transport-Security: max-age=abc", "RFC 6797 §6.1.1"),
    (Violation, "Strict-Transport-Security: includeSubDomains", "RFC 6797 §6.1.1"),
    (Violation, "Strict-Transport-Security: max-age=1; max-age=2", "RFC 6797 §6.1"),
    (Violation, "Strict-Transport-Security: max-age=-1", "RFC 6797 §6.1.1"),
    (ShouldNot, "Strict-Transport-Security: max-age=300; preload", "hstspreload.org"),
    (ShouldNot, "Strict-Transport-Security: max-age=1\nStrict-Transport-Security: max-age=2", "RFC 6797 §8.1"),
    // Isolation fields
    (Correct, "X-Frame-Options: DENY", "RFC 7034 §2.1"),
    (Correct, "X-Frame-Options: sameorigin", "RFC 7034 §2.1"),
    (ShouldNot, "X-Frame-Options: ALLOW-FROM https://example.com/", "RFC 7034 §2.1"),
    (ShouldNot, "X-Frame-Options: DENY, SAMEORIGIN", "HTML"),
    (ShouldNot, "X-Frame-Options: ALLOWALL", "RFC 7034 §2.1"),
    (Correct, "X-Content-Type-Options: nosniff", "Fetch"),
    (ShouldNot, "X-Content-Type-Options: no-sniff", "Fetch"),
    (Correct, "Referrer-Policy: strict-origin-when-cross-origin", "Referrer Policy §4.1"),
    (Correct, "Referrer-Policy: no-referrer, strict-origin-when-cross-origin", "Referrer Policy §4.1"),
    (ShouldNot, "Referrer-Policy: never", "Referrer Policy §4.1"),
    (Correct, "Cross-Origin-Opener-Policy: same-origin", "HTML"),
    (Correct, "Cross-Origin-Opener-Policy: same-origin; report-to=\"coop\"", "HTML"),
    (Correct, "Cross-Origin-Embedder-Policy: require-corp", "HTML"),
    (Correct, "Cross-Origin-Resource-Policy: same-site", "Fetch"),
    (ShouldNot, "Cross-Origin-Opener-Policy: \"same-origin\"", "HTML"),
    (ShouldNot, "Cross-Origin-Embedder-Policy: require_corp", "HTML"),
    (ShouldNot, "Cross-Origin-Resource-Policy: same-host", "Fetch"),
    (Correct, "Permissions-Policy: geolocation=(), camera=(self \"https://a.example\")", "Permissions Policy"),
    (Violation, "Permissions-Policy: geolocation 'self'", "RFC 9651 §4.2.2"),
    (Violation, "Permissions-Policy: camera=(self,)", "RFC 9651 §4.2.1.2"),
    (Correct, "Content-Security-Policy: default-src 'self'; img-src *; frame-ancestors 'none'", "CSP3"),
    (Correct, "Content-Security-Policy: script-src 'nonce-abc' 'strict-dynamic'; object-src 'none'; base-uri 'none'", "CSP3"),
    (ShouldNot, "Content-Security-Policy: default-src 'self'; scripts-src 'self'", "CSP3 §2.2.1"),
    (ShouldNot, "Content-Security-Policy: default-src 'self'; default-src *", "CSP3 §2.2.1"),
    (ShouldNot, "Content-Security-Policy: default-src 'self'; report-uri /csp", "CSP3 §6.5"),
    // CORS, the Fetch standard
    (Correct, "Access-Control-Allow-Origin: *", "Fetch"),
    (Correct, "Access-Control-Allow-Origin: https://app.example", "Fetch"),
    (Correct, "Access-Control-Allow-Origin: http://localhost:3000", "Fetch"),
    (Correct, "Access-Control-Allow-Origin: null", "Fetch"),
    (Correct, "Access-Control-Allow-Origin: https://app.example\nAccess-Control-Allow-Credentials: true", "Fetch"),
    (Correct, "Access-Control-Expose-Headers: X-Request-Id, Content-Length", "Fetch"),
    (Correct, "Access-Control-Expose-Headers: *", "Fetch"),
    (Violation, "Access-Control-Allow-Origin: https://a.example, https://b.example", "Fetch"),
    (Violation, "Access-Control-Allow-Origin: https://a.example/", "Fetch"),
    (Violation, "Access-Control-Allow-Origin: a.example", "Fetch"),
    (Violation, "Access-Control-Max-Age: ten", "Fetch"),
    (Violation, "Access-Control-Expose-Headers: X Id", "Fetch"),
    (ShouldNot, "Access-Control-Allow-Origin: *\nAccess-Control-Allow-Credentials: true", "Fetch"),
    (ShouldNot, "Access-Control-Allow-Credentials: TRUE", "Fetch"),
    (ShouldNot, "Access-Control-Allow-Credentials: false", "Fetch"),
    // Deprecated fields
    (ShouldNot, "X-XSS-Protection: 1; mode=block", "MDN"),
    (ShouldNot, "Report-To: {\"group\":\"g\",\"max_age\":10,\"endpoints\":[]}", "MDN"),
    (ShouldNot, "P3P: CP=\"IDC DSP COR\"", "W3C P3P"),
    (ShouldNot, "Expect-CT: max-age=86400, enforce", "MDN"),
    (ShouldNot, "Public-Key-Pins: pin-sha256=\"abc=\"; max-age=10", "MDN"),
    (ShouldNot, "Warning: 110 - \"Response is Stale\"", "RFC 9111 §5.5"),
    (ShouldNot, "Content-MD5: Q2hlY2sgSW50ZWdyaXR5IQ==", "RFC 7231 appendix B"),
    // Representation
    (Correct, "Content-Type: text/html; charset=utf-8", "RFC 9110 §8.3"),
    (Correct, "Content-Type: application/json", "RFC 9110 §8.3"),
    (Correct, "Content-Type: text/plain; charset=\"ISO-8859-1\"", "RFC 9110 §8.3.2"),
    (Correct, "Content-Type: application/vnd.api+json", "RFC 6838 §4.2.8"),
    (Correct, "Content-Type: multipart/form-data; boundary=something", "RFC 9110 §8.3.1"),
    (Violation, "Content-Type: text html", "RFC 9110 §8.3.1"),
    (Violation, "Content-Type: text/", "RFC 9110 §8.3.1"),
    (Violation, "Content-Type: html", "RFC 9110 §8.3.1"),
    (ShouldNot, "Content-Type: text/html; charset=utf8x", "RFC 9110 §8.3.2"),
    (Correct, "Content-Encoding: br", "RFC 9110 §8.4.1"),
    (Correct, "Content-Encoding: gzip, br", "RFC 9110 §8.4"),
    (Correct, "Content-Encoding: zstd", "RFC 8878 §7.2"),
    (ShouldNot, "Content-Encoding: x-gzip", "RFC 9110 §8.4.1.3"),
    (ShouldNot, "Content-Encoding: utf-8", "RFC 9110 §8.4.1"),
    (Correct, "Transfer-Encoding: chunked", "RFC 9112 §6.1"),
    (Violation, "Transfer-Encoding: chunked, chunked", "RFC 9112 §6.1"),
    (ShouldNot, "Transfer-Encoding: chunked, gzip", "RFC 9112 §6.1"),
    (Correct, "Link: <https://example.com/style.css>; rel=preload; as=style", "RFC 8288 §3"),
    (Correct, "Link: </a>; rel=\"next\", </b>; rel=prev", "RFC 8288 §3"),
    (Correct, "Link: <https://example.com/?a=1,2>; rel=canonical", "RFC 8288 §3"),
    (Violation, "Link: https://x/style.css; rel=preload", "RFC 8288 §3"),
    (Violation, "Link: </a>; rel=next; rel=prev", "RFC 8288 §3.3"),
    (Violation, "Link: </a b>; rel=next", "RFC 8288 §3"),
    (Correct, "Link: </feed>; rel=alternate; type=\"application/atom+xml\"", "RFC 8288 §3"),
    (Correct, "Link: <https://cdn.example.com>; rel=preconnect", "RFC 8288 §2.1.1"),
    (Correct, "Link: </a>; rel=\"https://example.com/rels/thing\"", "RFC 8288 §2.1.2"),
    (Correct, "Link: </app.js>; rel=modulepreload", "RFC 8288 §2.1.1"),
    (Correct, "Link: </api.json>; rel=preload; as=fetch; crossorigin", "HTML link-type-preload"),
    (Correct, "Link: </a>; rel=\"next last\"", "RFC 8288 §3.3"),
    (ShouldNot, "Link: </a>; rel=nexxt", "RFC 8288 §2.1"),
    (ShouldNot, "Link: </style.css>; rel=preload", "HTML link-type-preload"),
    (ShouldNot, "Link: </clip.mp4>; rel=preload; as=video", "HTML link-type-preload"),
    (Correct, "Transfer-Encoding: gzip, chunked", "RFC 9112 §7"),
    (Correct, "Transfer-Encoding: deflate, chunked", "RFC 9112 §7"),
    (ShouldNot, "Transfer-Encoding: identity", "RFC 9112 §7"),
    (ShouldNot, "Transfer-Encoding: br, chunked", "RFC 9112 §7"),
    (ShouldNot, "Transfer-Encoding: trailers, chunked", "RFC 9110 §10.1.4"),
    (ShouldNot, "Transfer-Encoding: x-gzip, chunked", "RFC 9112 §7.2"),
    (ShouldNot, "Connection: keep-alive\nKeep-Alive: timeout=5, max=100", "RFC 2068 §19.7.1.1"),
    (ShouldNot, "Keep-Alive: timeout=5", "RFC 2068 §19.7.1.1"),
    (Correct, "Content-Disposition: attachment; filename=\"report 2024.pdf\"", "RFC 6266 §4.1"),
    (Correct, "Content-Disposition: inline", "RFC 6266 §4.2"),
    (Correct, "Content-Disposition: attachment; filename*=UTF-8''%e2%82%ac%20rates", "RFC 6266 §5"),
    (Violation, "Content-Disposition: attachment; filename=report 2024.pdf", "RFC 6266 §4.1"),
    (Violation, "Content-Disposition: attachment; filename*=\"rates.pdf\"", "RFC 8187 §3.2"),
    (Correct, "Accept-Ranges: bytes", "RFC 9110 §14.3"),
    (Correct, "Accept-Ranges: none", "RFC 9110 §14.3"),
    (Violation, "Accept-Ranges: bytes=0-", "RFC 9110 §14.3"),
    (Correct, "Content-Language: en-GB, fr", "RFC 9110 §8.5"),
    (Correct, "Content-Language: zh-Hant-TW", "RFC 5646 §2.1"),
    (Violation, "Content-Language: en_US", "RFC 5646 §2.1"),
    (Violation, "Content-Language: english language", "RFC 9110 §8.5"),
    // Reporting, lifecycle and newer fields
    (Correct, "Accept-CH: Sec-CH-UA-Model, Sec-CH-UA-Platform-Version", "RFC 8942 §3.1"),
    (Violation, "Accept-CH: Sec-CH-UA-Model;", "RFC 9651 §4.2.1"),
    (Correct, "Reporting-Endpoints: default=\"https://r.example/reports\"", "W3C Reporting API"),
    (Violation, "Reporting-Endpoints: default=https://r.example/reports", "W3C Reporting API"),
    (Correct, "Deprecation: @1688169599", "RFC 9745 §2.1"),
    (Violation, "Deprecation: true", "RFC 9745 §2.1"),
    (Violation, "Reporting-Endpoints: default", "W3C Reporting API"),
    (Violation, "Reporting-Endpoints: default=(\"https://a.example/\" \"https://b.example/\")", "W3C Reporting API"),
    (Violation, "Deprecation: \"2024-07-01\"", "RFC 9745 §2.1"),
    (Violation, "Deprecation: 1688169599", "RFC 9745 §2.1"),
    (Violation, "Speculation-Rules: \"/a.json\", b.json", "HTML"),
    (Violation, "Accept-CH: \"Sec-CH-UA-Model\"", "RFC 8942 §3.1"),
    (Correct, "Cache-Groups: \"scripts\", \"styles\"", "RFC 9875 §2"),
    (Violation, "Cache-Groups: scripts, styles", "RFC 9875 §2"),
    (Violation, "Cache-Groups: \"scripts", "RFC 9875 §2"),
    (Correct, "Accept-Patch: application/merge-patch+json", "RFC 5789 §3.1"),
    (Correct, "Accept-Patch: text/example;charset=utf-8", "RFC 5789 §3.2"),
    (Violation, "Accept-Patch: merge-patch", "RFC 5789 §3.1"),
    (Correct, "Accept-Query: \"application/jsonpath\", application/sql;charset=\"UTF-8\"", "RFC 10008 §3"),
    (Correct, "Accept-Query: application/json, */*", "RFC 10008 §3"),
    (Correct, "Accept-Query: text/*", "RFC 10008 §3"),
    (Correct, "Accept-Query: \"3gpp-example/query\"", "RFC 10008 §3"),
    (Violation, "Accept-Query: jsonpath", "RFC 10008 §3"),
    (Violation, "Accept-Query: */json", "RFC 9110 §12.5.1"),
    (Violation, "Accept-Query: application/json, 12", "RFC 10008 §3"),
    (Violation, "Accept-Query: (application/json text/csv)", "RFC 10008 §3"),
    (Violation, "Accept-Query: \"application/sql;charset=UTF-8\"", "RFC 10008 §3"),
    (Violation, "Accept-Query: application/json,", "RFC 9651 §4.2.1"),
    (Violation, "Accept-Query: 3gpp-example/query", "RFC 10008 §3"),
    (Correct, "Accept-Post: text/turtle, application/ld+json", "W3C LDP §7.1"),
    (Correct, "Accept-Post: */*", "W3C LDP §7.1"),
    (Violation, "Accept-Post: turtle", "W3C LDP §7.1"),
    (Correct, "Server-Timing: miss, db;dur=53, app;dur=47.2", "W3C Server Timing"),
    (Correct, "Server-Timing: cache;desc=\"Cache Read\";dur=23.2", "W3C Server Timing"),
    (Correct, "Server-Timing: total;dur=123.4", "W3C Server Timing"),
    (Violation, "Server-Timing: db dur=53", "W3C Server Timing"),
    (Violation, "Server-Timing: cache;desc=\"Cache Read", "W3C Server Timing"),
    (Violation, "Server-Timing: dur=53", "W3C Server Timing"),
    (Correct, "Alt-Svc: h3=\":443\"; ma=86400", "RFC 7838 §3"),
    (Correct, "Alt-Svc: h2=\"alt.example.com:8000\", h2=\":443\"", "RFC 7838 §3"),
    (Correct, "Alt-Svc: h2=\":443\"; ma=2592000; persist=1", "RFC 7838 §3.1"),
    (Correct, "Alt-Svc: clear", "RFC 7838 §3"),
    (Violation, "Alt-Svc: h3=:443", "RFC 7838 §3"),
    (Violation, "Alt-Svc: h3=\"example.com\"", "RFC 7838 §3"),
    (Violation, "Alt-Svc: h3=\":443\"; ma=1d", "RFC 7838 §3.1"),
    (
        Correct,
        "Alt-Svc: h3=\":443\"; ma=86400, h3-29=\":443\"; ma=86400",
        "RFC 7838 §3",
    ),
    (Violation, "Alt-Svc: h3=\":443\"; persist", "RFC 7838 §3"),
    (Correct, "Server-Timing: cdn-cache; desc=HIT", "W3C Server Timing"),
    (Correct, "Server-Timing: db; dur = 53", "W3C Server Timing"),
    (Correct, "Link: </ip/192.0.2.0/24>; rel=rdap-up", "RFC 8288 §2.1.1"),
    (ShouldNot, "Link: </about>; rel=siteinfo", "RFC 8288 §2.1"),
    (Correct, "Content-Encoding: dcb", "RFC 9842 §4"),
    (Correct, "Content-Encoding: aes128gcm", "RFC 8188 §2"),
    (Correct, "Sunset: Wed, 11 Nov 2026 23:59:59 GMT", "RFC 8594 §3"),
    (Violation, "Sunset: 2026-11-11", "RFC 8594 §3"),
    (Correct, "Clear-Site-Data: \"cache\", \"cookies\", \"storage\"", "Clear Site Data §3.1"),
    (Correct, "Clear-Site-Data: \"*\"", "Clear Site Data §3.1"),
    (ShouldNot, "Clear-Site-Data: cache, cookies", "Clear Site Data §3.1"),
    (Correct, "NEL: {\"report_to\": \"default\", \"max_age\": 2592000}", "NEL"),
    (Violation, "NEL: {report_to: default}", "NEL"),
    (Violation, "NEL: {\"report_to\": \"default\"}", "NEL"),
    (Correct, "Use-As-Dictionary: match=\"/app/*.js\"", "RFC 9842"),
    (Violation, "Use-As-Dictionary: match=/app/*.js", "RFC 9842"),
    (Correct, "Speculation-Rules: \"/rules.json\"", "HTML"),
    (Violation, "Speculation-Rules: /rules.json", "HTML"),
    // Fields checked before issue 22
    (Correct, "ETag: \"33a64df5\"", "RFC 9110 §8.8.3"),
    (Correct, "ETag: W/\"0815\"", "RFC 9110 §8.8.3"),
    (
        Correct,
        "Last-Modified: Sat, 05 Nov 1994 12:00:00 GMT",
        "RFC 9110 §8.8.2",
    ),
    (
        Correct,
        "Expires: Thu, 01 Dec 1994 16:00:00 GMT",
        "RFC 9111 §5.3",
    ),
    (Correct, "Age: 60", "RFC 9111 §5.1"),
    (Correct, "Location: /a%20b", "RFC 9110 §10.2.2"),
    (
        Correct,
        "Location: https://example.com/x?y=1#z",
        "RFC 9110 §10.2.2",
    ),
    (Correct, "Retry-After: 120", "RFC 9110 §10.2.3"),
    (Correct, "Content-Encoding: gzip", "RFC 9110 §8.4"),
    (Violation, "ETag: 33a64df5", "RFC 9110 §8.8.3"),
    (Violation, "Age: -1", "RFC 9111 §5.1"),
    (Violation, "Age: 1.5", "RFC 9111 §5.1"),
    (Violation, "Location: /a b", "RFC 9110 §10.2.2"),
    // Location and Content-Location, RFC 9110 §10.2.2, §8.7; RFC 3986 §4.1
    (Correct, "Location: ../up/one", "RFC 3986 §4.2"),
    (Correct, "Location: //cdn.example.com/x", "RFC 3986 §4.2"),
    (Correct, "Location: ./a:b", "RFC 3986 §4.2"),
    (Correct, "Location: urn:isbn:0451450523", "RFC 3986 §3"),
    (Correct, "Location: https://[2001:db8::7]/c=GB?objectClass?one", "RFC 3986 §1.1.2"),
    (Correct, "Location: http://example.com:8080/?q=a/b?c#s/t?u", "RFC 3986 §3.4, §3.5"),
    (Correct, "Location: /p?q=%E2%82%AC", "RFC 3986 §2.1"),
    (Violation, "Location: 1http://example.com/", "RFC 3986 §3.1"),
    (Violation, "Location: /a#b#c", "RFC 3986 §3.5"),
    (Violation, "Location: /search?q=[1]", "RFC 3986 §3.4"),
    (Violation, "Location: https://example.com:port/", "RFC 3986 §3.2.3"),
    (Violation, "Location: https://[2001:db8::7/", "RFC 3986 §3.2.2"),
    (Violation, "Location: /a%zz", "RFC 3986 §2.1"),
    (Violation, "Location: https://example.com/\u{e9}t\u{e9}", "RFC 3986 §2"),
    (Violation, "Location: :8080/x", "RFC 3986 §4.2"),
    (Correct, "Location: https://[::1]:8443/x", "RFC 3986 §3.2.2"),
    (Correct, "Location: http://user:pw@example.com/", "RFC 3986 §3.2.1"),
    (Correct, "Location: http://[v7.fe80::1]/", "RFC 3986 §3.2.2"),
    (Correct, "Location: http://example.com:/x", "RFC 3986 §3.2.3"),
    (Violation, "Location: https://example.com:70000/", "RFC 9293 §3.1"),
    (Violation, "Location: https://[2001:db8::zz]/", "RFC 3986 §3.2.2"),
    (Violation, "Location: https://[::1]x/", "RFC 3986 §3.2"),
    (Violation, "Location: https://a:b:c/", "RFC 3986 §3.2.3"),
    // Expires beside max-age, Age; RFC 9111 §5.3, §5.1
    (Correct, "Cache-Control: max-age=3600\nExpires: Sun, 06 Nov 1994 09:49:37 GMT", "RFC 9111 §5.3"),
    (Correct, "Cache-Control: max-age=0\nExpires: Sun, 06 Nov 1994 08:49:37 GMT", "RFC 9111 §5.3"),
    (ShouldNot, "Cache-Control: max-age=3600\nExpires: Thu, 01 Dec 1994 16:00:00 GMT", "RFC 9111 §5.3"),
    (ShouldNot, "Cache-Control: max-age=86400\nExpires: Sun, 06 Nov 1994 08:49:37 GMT", "RFC 9111 §5.3"),
    (Correct, "Age: 0", "RFC 9111 §5.1"),
    (Correct, "Cache-Control: max-age=600\nAge: 120", "RFC 9111 §5.1"),
    (Violation, "Age: soon", "RFC 9111 §5.1"),
    (Violation, "Age: 60 s", "RFC 9111 §5.1"),
    (ShouldNot, "Cache-Control: no-store\nAge: 120", "RFC 9111 §5.2.2.5"),
    (Correct, "Content-Location: /docs/en", "RFC 9110 §8.7"),
    (Correct, "Content-Location: https://example.com/docs/en.html?v=2", "RFC 9110 §8.7"),
    (Correct, "Content-Location: en.html", "RFC 9110 §8.7"),
    (Violation, "Content-Location: /docs/en#intro", "RFC 9110 §8.7"),
    (Violation, "Content-Location: /docs/my file.html", "RFC 9110 §8.7"),
    (Violation, "Last-Modified: 1994-11-05", "RFC 9110 §5.6.7"),
    (Violation, "Retry-After: soon", "RFC 9110 §10.2.3"),
    (
        Violation,
        "Date: Sun, 06 Nov 1994 08:49:37 GMT\nDate: Sun, 06 Nov 1994 08:49:38 GMT",
        "RFC 9110 §5.3",
    ),
    (ShouldNot, "Expires: 0", "RFC 9111 §5.3"),
    (ShouldNot, "Content-Encoding: identity", "RFC 9110 §8.4"),
];

const BASE: &str = "HTTP/1.1 200 OK\r\n";
const DATE: &str = "Date: Sun, 06 Nov 1994 08:49:37 GMT\r\n";

fn findings(fields: &str) -> Vec<Finding> {
    let date = if fields.starts_with("Date:") {
        ""
    } else {
        DATE
    };
    let text = format!("{BASE}{date}{}\r\n\r\n", fields.replace('\n', "\r\n"));
    let options = Options::default();
    let report = check::run(text.as_bytes(), &options).expect("readable");
    report
        .responses
        .into_iter()
        .next()
        .expect("one response")
        .findings
}

#[test]
fn the_corpus_meets_the_bar() {
    let baseline = findings("X-Case: 1");
    let new = |f: &Finding| {
        !baseline
            .iter()
            .any(|b| b.rule == f.rule && b.message == f.message)
    };
    let mut missed: Vec<String> = Vec::new();
    let mut tally = [(0usize, 0usize); 3];
    for (kind, fields, source) in CASES {
        let found: Vec<Finding> = findings(fields).into_iter().filter(new).collect();
        let serious = found.iter().any(|f| f.level <= Level::Warning);
        let ok = match kind {
            Correct => !serious,
            Violation => serious,
            ShouldNot => !found.is_empty(),
        };
        let slot = &mut tally[*kind as usize];
        slot.1 += 1;
        if ok {
            slot.0 += 1;
        } else {
            missed.push(format!("{kind:?} {fields:?} ({source}): {found:?}"));
        }
    }
    let ratio = |(hit, all): (usize, usize)| hit as f64 / all.max(1) as f64;
    let report = format!(
        "correct clean {}/{}, violations flagged {}/{}, should-not flagged {}/{}\n{}",
        tally[0].0,
        tally[0].1,
        tally[1].0,
        tally[1].1,
        tally[2].0,
        tally[2].1,
        missed.join("\n")
    );
    eprintln!("{report}");
    assert!(ratio(tally[0]) >= 0.99, "{report}");
    assert!(ratio(tally[1]) >= 0.80, "{report}");
    assert!(ratio(tally[2]) >= 0.50, "{report}");
}
