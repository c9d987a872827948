//! The table of rules: each a small named unit with its source, run over one
//! response. The rules themselves live by subject: `required` (fields a response
//! needs, from the dataset's `headers`, so data and checker cannot drift apart),
//! `framing` (content and its length), `fields` (field grammars), `times`
//! (dates and ages) and `notes`.

use super::rule::{Findings, Rule};
use super::{
    caching, cookies, cors, fields, framing, freshness, lifecycle, notes, obsolete, representation,
    required, security, times,
};
use super::{Finding, Level, Response};

/// Every rule, in the order findings of one level are listed.
pub const RULES: &[Rule] = &[
    Rule {
        name: "header-required",
        fields: &[],
        levels: &[Level::Error, Level::Warning, Level::Note],
        summary: "a field the code requires is missing (405 Allow, 401 WWW-Authenticate, 206 Content-Range, 3xx Location, 503 Retry-After …)",
        source: "the dataset's section for each field",
        check: required::dataset_fields,
    },
    Rule {
        name: "header-forbidden",
        fields: &[],
        levels: &[Level::Error],
        summary: "a field the code must not carry (204 Content-Length, Transfer-Encoding)",
        source: "the dataset's section for each field",
        check: required::dataset_fields_forbidden,
    },
    Rule {
        name: "content-forbidden",
        fields: &[],
        levels: &[Level::Error],
        summary: "content in a 1xx, 204, 205 or 304, or in a response to HEAD",
        source: "RFC 9110 §15.2, §15.3.5, §15.3.6, §15.4.5, §9.3.2",
        check: framing::content_forbidden,
    },
    Rule {
        name: "framing-forbidden",
        fields: &["Content-Length", "Transfer-Encoding"],
        levels: &[Level::Error],
        summary: "Content-Length or Transfer-Encoding in a 1xx or a 2xx to CONNECT",
        source: "RFC 9110 §8.6, RFC 9112 §6.1, RFC 9110 §9.3.6",
        check: framing::framing_forbidden,
    },
    Rule {
        name: "content-length-syntax",
        fields: &["Content-Length"],
        levels: &[Level::Error],
        summary: "Content-Length that is not a number, or several that differ",
        source: "RFC 9110 §8.6",
        check: fields::content_length_syntax,
    },
    Rule {
        name: "content-length-mismatch",
        fields: &["Content-Length"],
        levels: &[Level::Error, Level::Note],
        summary: "captured content shorter (incomplete) or longer than Content-Length; a note when Content-Encoding explains it (curl --compressed)",
        source: "RFC 9112 §6.3",
        check: framing::content_length_mismatch,
    },
    Rule {
        name: "content-length-with-transfer-encoding",
        fields: &["Content-Length", "Transfer-Encoding"],
        levels: &[Level::Error],
        summary: "both framing fields in one response",
        source: "RFC 9112 §6.2",
        check: framing::content_length_with_transfer_encoding,
    },
    Rule {
        name: "date-missing",
        fields: &["Date"],
        levels: &[Level::Warning],
        summary: "no Date in a 2xx–4xx (a MUST for servers with a clock, which a check cannot know)",
        source: "RFC 9110 §6.6.1",
        check: required::date_missing,
    },
    Rule {
        name: "http-date",
        fields: &["Date", "Last-Modified", "Expires"],
        levels: &[Level::Error, Level::Warning],
        summary: "Date, Last-Modified or Expires not an IMF-fixdate (invalid Expires: warning, RFC 9111 §5.3)",
        source: "RFC 9110 §5.6.7, RFC 9111 §5.3",
        check: times::http_date,
    },
    Rule {
        name: "retry-after-syntax",
        fields: &["Retry-After"],
        levels: &[Level::Error],
        summary: "Retry-After neither seconds nor an HTTP-date",
        source: "RFC 9110 §10.2.3",
        check: times::retry_after_syntax,
    },
    Rule {
        name: "last-modified-after-date",
        fields: &["Last-Modified"],
        levels: &[Level::Error],
        summary: "a Last-Modified later than the response's Date",
        source: "RFC 9110 §8.8.2.1",
        check: times::last_modified_after_date,
    },
    Rule {
        name: "age-syntax",
        fields: &["Age"],
        levels: &[Level::Error],
        summary: "Age that is not a number of seconds",
        source: "RFC 9111 §5.1",
        check: times::age_syntax,
    },
    Rule {
        name: "expires-with-max-age",
        fields: &["Expires", "Cache-Control"],
        levels: &[Level::Note],
        summary: "Expires and max-age giving different lifetimes: caches use max-age and ignore Expires",
        source: "RFC 9111 §5.3",
        check: freshness::expires_with_max_age,
    },
    Rule {
        name: "age-with-no-store",
        fields: &["Age"],
        levels: &[Level::Note],
        summary: "Age, which says a cache served the response, with Cache-Control no-store",
        source: "RFC 9111 §5.1, §5.2.2.5",
        check: freshness::age_with_no_store,
    },
    Rule {
        name: "allow-syntax",
        fields: &["Allow"],
        levels: &[Level::Error],
        summary: "Allow listing something that is not a method token",
        source: "RFC 9110 §10.2.1",
        check: fields::allow_syntax,
    },
    Rule {
        name: "allow-lists-method",
        fields: &["Allow"],
        levels: &[Level::Warning],
        summary: "a 405 whose Allow lists the method it refused",
        source: "RFC 9110 §15.5.6",
        check: fields::allow_lists_method,
    },
    Rule {
        name: "content-range-syntax",
        fields: &["Content-Range"],
        levels: &[Level::Error],
        summary: "Content-Range not `bytes first-last/length` or `bytes */length`",
        source: "RFC 9110 §14.4",
        check: fields::content_range_syntax,
    },
    Rule {
        name: "content-range-416",
        fields: &["Content-Range"],
        levels: &[Level::Warning],
        summary: "a 416 whose Content-Range is a range instead of `bytes */length`",
        source: "RFC 9110 §15.5.17",
        check: fields::content_range_416,
    },
    Rule {
        name: "multipart-content-range",
        fields: &["Content-Range", "Content-Type"],
        levels: &[Level::Error],
        summary: "a multipart/byteranges response with Content-Range in its header section, a part without one, or no boundary",
        source: "RFC 9110 §15.3.7.2",
        check: fields::multipart_content_range,
    },
    Rule {
        name: "location-syntax",
        fields: &["Location"],
        levels: &[Level::Error],
        summary: "Location that is not a URI reference (a space, a colon in the first segment, a second #, a bad host or port)",
        source: "RFC 9110 §10.2.2, RFC 3986 §4.1",
        check: fields::location_syntax,
    },
    Rule {
        name: "content-location-syntax",
        fields: &["Content-Location"],
        levels: &[Level::Error],
        summary: "Content-Location that is not an absolute or partial URI (a URI reference without a fragment)",
        source: "RFC 9110 §8.7, RFC 3986 §4.3",
        check: fields::content_location_syntax,
    },
    Rule {
        name: "challenge-syntax",
        fields: &["WWW-Authenticate", "Proxy-Authenticate"],
        levels: &[Level::Error],
        summary: "WWW-Authenticate or Proxy-Authenticate without an auth scheme",
        source: "RFC 9110 §11.6.1, §11.7.1",
        check: fields::challenge_syntax,
    },
    Rule {
        name: "etag-syntax",
        fields: &["ETag"],
        levels: &[Level::Error],
        summary: "an ETag that is not a quoted entity tag",
        source: "RFC 9110 §8.8.3",
        check: fields::etag_syntax,
    },
    Rule {
        name: "content-encoding-identity",
        fields: &["Content-Encoding"],
        levels: &[Level::Warning],
        summary: "Content-Encoding listing `identity`",
        source: "RFC 9110 §8.4",
        check: fields::content_encoding_identity,
    },
    Rule {
        name: "field-syntax",
        fields: &[],
        levels: &[Level::Error],
        summary: "a field name that is not a token, control characters in a value",
        source: "RFC 9110 §5.1, §5.5",
        check: fields::field_syntax,
    },
    Rule {
        name: "obs-fold",
        fields: &[],
        levels: &[Level::Error],
        summary: "a field folded over several lines",
        source: "RFC 9112 §5.2",
        check: fields::obs_fold,
    },
    Rule {
        name: "space-before-colon",
        fields: &[],
        levels: &[Level::Error],
        summary: "whitespace between a field name and its colon",
        source: "RFC 9112 §5.1",
        check: fields::space_before_colon,
    },
    Rule {
        name: "duplicate-field",
        fields: &["Age", "Content-Location", "Content-Range", "Content-Type", "Date", "ETag", "Expires", "Last-Modified", "Location", "Retry-After"],
        levels: &[Level::Error],
        summary: "a single-value field (Content-Type, Location, Date, ETag …) sent twice",
        source: "RFC 9110 §5.3",
        check: fields::duplicate_field,
    },
    // Caching (RFC 9111, RFC 9213, RFC 9211, RFC 9209).
    Rule {
        name: "cache-control-syntax",
        fields: &["Cache-Control"],
        levels: &[Level::Error],
        summary: "Cache-Control that is not a list of `token[=token or quoted-string]` directives",
        source: "RFC 9111 §5.2",
        check: caching::cache_control_syntax,
    },
    Rule {
        name: "cache-control-argument",
        fields: &["Cache-Control"],
        levels: &[Level::Error, Level::Warning],
        summary: "max-age, s-maxage, stale-* without delta-seconds (error); a quoted max-age, an argument on a directive that takes none, no-cache or private lists in token form (warning)",
        source: "RFC 9111 §5.2.2, RFC 5861 §3, §4",
        check: caching::cache_control_argument,
    },
    Rule {
        name: "cache-control-request-directive",
        fields: &["Cache-Control"],
        levels: &[Level::Warning],
        summary: "max-stale, min-fresh or only-if-cached, which only requests carry",
        source: "RFC 9111 §5.2.1",
        check: caching::cache_control_request_directive,
    },
    Rule {
        name: "cache-control-duplicate",
        fields: &["Cache-Control"],
        levels: &[Level::Warning],
        summary: "a directive given twice: caches use the first or treat the response as stale",
        source: "RFC 9111 §4.2.1",
        check: caching::cache_control_duplicate,
    },
    Rule {
        name: "cache-control-conflict",
        fields: &["Cache-Control"],
        levels: &[Level::Warning],
        summary: "no-store with max-age, s-maxage, public or immutable; public with private",
        source: "RFC 9111 §5.2.2.5, §5.2.2.7, §5.2.2.9",
        check: caching::cache_control_conflict,
    },
    Rule {
        name: "cache-control-unknown",
        fields: &["Cache-Control"],
        levels: &[Level::Note],
        summary: "a directive no RFC defines, which caches ignore",
        source: "RFC 9111 §5.2.3",
        check: caching::cache_control_unknown,
    },
    Rule {
        name: "cdn-cache-control-syntax",
        fields: &["CDN-Cache-Control"],
        levels: &[Level::Error],
        summary: "CDN-Cache-Control that is not a structured Dictionary, or whose max-age is not a non-negative integer",
        source: "RFC 9213 §2",
        check: caching::cdn_cache_control_syntax,
    },
    Rule {
        name: "vary-syntax",
        fields: &["Vary"],
        levels: &[Level::Error],
        summary: "Vary listing something that is neither `*` nor a field name",
        source: "RFC 9110 §12.5.5",
        check: caching::vary_syntax,
    },
    Rule {
        name: "vary-star",
        fields: &["Vary"],
        levels: &[Level::Warning],
        summary: "Vary with `*` and field names: the names do nothing",
        source: "RFC 9110 §12.5.5",
        check: caching::vary_star,
    },
    Rule {
        name: "vary-defeats-caching",
        fields: &["Vary"],
        levels: &[Level::Note],
        summary: "Vary: User-Agent, which leaves shared caches a copy per browser build",
        source: "RFC 9110 §12.5.5",
        check: caching::vary_defeats_caching,
    },
    Rule {
        name: "pragma-response",
        fields: &["Pragma"],
        levels: &[Level::Warning, Level::Note],
        summary: "Pragma in a response, where it has no meaning (a warning without Cache-Control)",
        source: "RFC 9111 §5.4",
        check: caching::pragma_response,
    },
    Rule {
        name: "status-list-syntax",
        fields: &["Cache-Status", "Proxy-Status"],
        levels: &[Level::Error],
        summary: "Cache-Status or Proxy-Status that is not a structured List",
        source: "RFC 9211 §2, RFC 9209 §2",
        check: caching::status_lists_syntax,
    },
    // Cookies (RFC 6265, draft-ietf-httpbis-rfc6265bis).
    Rule {
        name: "set-cookie-syntax",
        fields: &["Set-Cookie"],
        levels: &[Level::Warning],
        summary: "a cookie without name=value, a name that is not a token, a value with spaces, commas, semicolons, quotes or backslashes",
        source: "RFC 6265 §4.1.1",
        check: cookies::set_cookie_syntax,
    },
    Rule {
        name: "set-cookie-attribute",
        fields: &["Set-Cookie"],
        levels: &[Level::Warning, Level::Note],
        summary: "Expires not a date, Max-Age not a number, SameSite not Strict/Lax/None, an attribute given twice (warning); an unknown attribute (note)",
        source: "RFC 6265 §4.1.1, draft-ietf-httpbis-rfc6265bis §4.1.2.7",
        check: cookies::set_cookie_attribute,
    },
    Rule {
        name: "cookie-prefix",
        fields: &["Set-Cookie"],
        levels: &[Level::Warning],
        summary: "__Secure- without Secure; __Host- without Secure or Path=/, or with Domain: browsers ignore the cookie",
        source: "draft-ietf-httpbis-rfc6265bis §4.1.3",
        check: cookies::cookie_prefix,
    },
    Rule {
        name: "cookie-samesite-none",
        fields: &["Set-Cookie"],
        levels: &[Level::Warning],
        summary: "SameSite=None without Secure: browsers ignore the cookie",
        source: "draft-ietf-httpbis-rfc6265bis §5.7",
        check: cookies::cookie_samesite_none,
    },
    Rule {
        name: "cookie-partitioned",
        fields: &["Set-Cookie"],
        levels: &[Level::Warning],
        summary: "Partitioned without Secure: browsers ignore the cookie",
        source: "draft-cutler-httpbis-partitioned-cookies",
        check: cookies::cookie_partitioned,
    },
    Rule {
        name: "cookie-lifetime",
        fields: &["Set-Cookie"],
        levels: &[Level::Note],
        summary: "Max-Age or Expires beyond 400 days, which browsers cap",
        source: "draft-ietf-httpbis-rfc6265bis §5.5",
        check: cookies::cookie_lifetime,
    },
    // Transport security and isolation.
    Rule {
        name: "hsts-syntax",
        fields: &["Strict-Transport-Security"],
        levels: &[Level::Error, Level::Warning],
        summary: "Strict-Transport-Security without a numeric max-age, or with a directive twice (error); the field twice (warning)",
        source: "RFC 6797 §6.1, §8.1",
        check: security::hsts_syntax,
    },
    Rule {
        name: "hsts-preload",
        fields: &["Strict-Transport-Security"],
        levels: &[Level::Warning],
        summary: "preload without includeSubDomains or a max-age of a year, which the preload list requires",
        source: "https://hstspreload.org/#submission-requirements",
        check: security::hsts_preload,
    },
    Rule {
        name: "x-frame-options",
        fields: &["X-Frame-Options"],
        levels: &[Level::Warning],
        summary: "X-Frame-Options other than DENY or SAMEORIGIN (ALLOW-FROM is obsolete): browsers ignore it",
        source: "RFC 7034 §2.1",
        check: security::x_frame_options,
    },
    Rule {
        name: "x-content-type-options",
        fields: &["X-Content-Type-Options"],
        levels: &[Level::Warning],
        summary: "X-Content-Type-Options other than nosniff",
        source: "https://fetch.spec.whatwg.org/#x-content-type-options-header",
        check: security::x_content_type_options,
    },
    Rule {
        name: "referrer-policy",
        fields: &["Referrer-Policy"],
        levels: &[Level::Warning],
        summary: "a Referrer-Policy token that is not a policy",
        source: "https://www.w3.org/TR/referrer-policy/#referrer-policy-header",
        check: security::referrer_policy,
    },
    Rule {
        name: "cross-origin-policy",
        fields: &["Cross-Origin-Opener-Policy", "Cross-Origin-Embedder-Policy", "Cross-Origin-Resource-Policy"],
        levels: &[Level::Warning],
        summary: "a Cross-Origin-Opener/Embedder/Resource-Policy value browsers do not know",
        source: "https://html.spec.whatwg.org/#cross-origin-opener-policies, https://fetch.spec.whatwg.org/#cross-origin-resource-policy-header",
        check: security::cross_origin_policy,
    },
    Rule {
        name: "permissions-policy-syntax",
        fields: &["Permissions-Policy"],
        levels: &[Level::Error],
        summary: "Permissions-Policy that is not a structured Dictionary (the old Feature-Policy syntax)",
        source: "https://www.w3.org/TR/permissions-policy/",
        check: security::permissions_policy_syntax,
    },
    Rule {
        name: "csp-directive",
        fields: &["Content-Security-Policy", "Content-Security-Policy-Report-Only"],
        levels: &[Level::Warning, Level::Note],
        summary: "an unknown or repeated CSP directive, which browsers ignore (warning); report-uri, deprecated (note)",
        source: "https://www.w3.org/TR/CSP3/#parse-serialized-policy",
        check: security::csp_directive,
    },
    // CORS (the Fetch standard).
    Rule {
        name: "cors-allow-origin",
        fields: &["Access-Control-Allow-Origin"],
        levels: &[Level::Error],
        summary: "Access-Control-Allow-Origin that is not *, null or one origin (a list, a path, a trailing slash)",
        source: "https://fetch.spec.whatwg.org/#http-responses",
        check: cors::cors_allow_origin,
    },
    Rule {
        name: "cors-credentials",
        fields: &["Access-Control-Allow-Credentials", "Access-Control-Allow-Origin"],
        levels: &[Level::Warning],
        summary: "Access-Control-Allow-Credentials other than true; * as the origin with credentials",
        source: "https://fetch.spec.whatwg.org/#http-responses",
        check: cors::cors_credentials,
    },
    Rule {
        name: "cors-syntax",
        fields: &["Access-Control-Max-Age", "Access-Control-Expose-Headers", "Access-Control-Allow-Headers", "Access-Control-Allow-Methods"],
        levels: &[Level::Error],
        summary: "Access-Control-Max-Age not a number; Expose-Headers, Allow-Headers or Allow-Methods listing something that is not a name",
        source: "https://fetch.spec.whatwg.org/#http-responses",
        check: cors::cors_syntax,
    },
    Rule {
        name: "cors-preflight-only",
        fields: &["Access-Control-Allow-Methods", "Access-Control-Allow-Headers", "Access-Control-Max-Age"],
        levels: &[Level::Note],
        summary: "preflight fields on a response to a method other than OPTIONS",
        source: "https://fetch.spec.whatwg.org/#http-responses",
        check: cors::cors_preflight_only,
    },
    // Deprecated and connection-specific fields.
    Rule {
        name: "deprecated-field",
        fields: &["P3P", "Expect-CT", "Public-Key-Pins", "X-XSS-Protection", "Warning", "Content-MD5", "Report-To"],
        levels: &[Level::Warning],
        summary: "a field the dataset records as deprecated or obsolete (P3P, Expect-CT, Public-Key-Pins, X-XSS-Protection, Warning, Content-MD5, Report-To)",
        source: "the section each field's record cites",
        check: obsolete::deprecated_field,
    },
    Rule {
        name: "connection-specific-field",
        fields: &["Connection", "Keep-Alive", "Proxy-Connection", "Transfer-Encoding", "Upgrade"],
        levels: &[Level::Error],
        summary: "Connection, Keep-Alive, Proxy-Connection, Transfer-Encoding or Upgrade in an HTTP/2 or HTTP/3 response",
        source: "RFC 9113 §8.2.2, RFC 9114 §4.2",
        check: obsolete::connection_specific_field,
    },
    // Representation.
    Rule {
        name: "content-type-syntax",
        fields: &["Content-Type"],
        levels: &[Level::Error, Level::Warning],
        summary: "Content-Type that is not a media type (error); a charset that is not a registered character set (warning)",
        source: "RFC 9110 §8.3.1, §8.3.2",
        check: representation::content_type_syntax,
    },
    Rule {
        name: "content-encoding-coding",
        fields: &["Content-Encoding"],
        levels: &[Level::Warning, Level::Note],
        summary: "a content coding outside the registry (warning); x-gzip or x-compress (note)",
        source: "RFC 9110 §8.4.1",
        check: representation::content_encoding_coding,
    },
    Rule {
        name: "transfer-encoding-chunked",
        fields: &["Transfer-Encoding"],
        levels: &[Level::Error, Level::Warning],
        summary: "chunked applied twice (error), or not last (warning)",
        source: "RFC 9112 §6.1",
        check: representation::transfer_encoding_chunked,
    },
    Rule {
        name: "link-syntax",
        fields: &["Link"],
        levels: &[Level::Error],
        summary: "a Link whose target is not in <> or not a URI reference, or with rel twice",
        source: "RFC 8288 §3, §3.3",
        check: representation::link_syntax,
    },
    Rule {
        name: "content-disposition-syntax",
        fields: &["Content-Disposition"],
        levels: &[Level::Error],
        summary: "Content-Disposition without a type token, with an unquoted value holding spaces, or a filename* not charset'language'value",
        source: "RFC 6266 §4.1, RFC 8187 §3.2",
        check: representation::content_disposition_syntax,
    },
    Rule {
        name: "content-range-206",
        fields: &["Content-Range"],
        levels: &[Level::Error],
        summary: "a 206 whose Content-Range is `bytes */length`, the form for 416",
        source: "RFC 9110 §14.4",
        check: representation::content_range_206,
    },
    Rule {
        name: "accept-ranges-syntax",
        fields: &["Accept-Ranges"],
        levels: &[Level::Error],
        summary: "Accept-Ranges that is not a list of range-unit tokens",
        source: "RFC 9110 §14.3",
        check: representation::accept_ranges_syntax,
    },
    Rule {
        name: "content-language-syntax",
        fields: &["Content-Language"],
        levels: &[Level::Error],
        summary: "Content-Language that is not a list of language tags (en_US, with an underscore)",
        source: "RFC 9110 §8.5, RFC 5646 §2.1",
        check: representation::content_language_syntax,
    },
    // Reporting, lifecycle and newer fields.
    Rule {
        name: "structured-field-syntax",
        fields: &["Accept-CH", "Reporting-Endpoints", "Deprecation", "Use-As-Dictionary", "Speculation-Rules"],
        levels: &[Level::Error],
        summary: "a field the dataset records as an RFC 9651 structured field (Accept-CH, Reporting-Endpoints, Deprecation, Use-As-Dictionary, Speculation-Rules) that does not parse as its type",
        source: "RFC 9651 §4.2, and the section each field's record cites",
        check: lifecycle::structured_field_syntax,
    },
    Rule {
        name: "sunset-syntax",
        fields: &["Sunset"],
        levels: &[Level::Error],
        summary: "Sunset that is not an HTTP-date",
        source: "RFC 8594 §3",
        check: lifecycle::sunset_syntax,
    },
    Rule {
        name: "clear-site-data",
        fields: &["Clear-Site-Data"],
        levels: &[Level::Warning],
        summary: "a Clear-Site-Data type that is unquoted or unknown, which browsers ignore",
        source: "https://www.w3.org/TR/clear-site-data/#header",
        check: lifecycle::clear_site_data,
    },
    Rule {
        name: "nel-syntax",
        fields: &["NEL"],
        levels: &[Level::Error],
        summary: "NEL that is not a JSON object with max_age and report_to",
        source: "https://www.w3.org/TR/network-error-logging/#nel-response-header",
        check: lifecycle::nel_syntax,
    },
    Rule {
        name: "content-type-missing",
        fields: &["Content-Type"],
        levels: &[Level::Warning],
        summary: "content without Content-Type",
        source: "RFC 9110 §8.3",
        check: required::content_type_missing,
    },
    Rule {
        name: "status-unregistered",
        fields: &[],
        levels: &[Level::Note],
        summary: "a code outside the registry, with the vendors' meanings (`499`)",
        source: "RFC 9110 §15",
        check: notes::status_unregistered,
    },
    Rule {
        name: "status-unused",
        fields: &[],
        levels: &[Level::Warning],
        summary: "a code the registry marks as unused (306, 418): no server should send it",
        source: "RFC 9110 §15.4.7, §15.5.19",
        check: notes::status_unused,
    },
    Rule {
        name: "reason-phrase",
        fields: &[],
        levels: &[Level::Note],
        summary: "a reason phrase other than the registered name (nginx's `405 Not Allowed`)",
        source: "RFC 9112 §4",
        check: notes::reason_phrase,
    },
    Rule {
        name: "heuristic-freshness",
        fields: &["Cache-Control", "Expires"],
        levels: &[Level::Note],
        summary: "a heuristically cacheable response without Cache-Control or Expires",
        source: "RFC 9111 §4.2.2",
        check: notes::heuristic_freshness,
    },
];

/// All findings for one response: most serious first, and of two findings
/// that a field is absent, only the more serious.
pub fn check(response: &Response) -> Vec<Finding> {
    let mut findings = Findings::default();
    for rule in RULES {
        (rule.check)(rule, response, &mut findings);
    }
    findings.into_sorted()
}

/// The rules as a Markdown table (the README's): name, levels, section, what.
pub fn markdown() -> String {
    let mut out = String::from("| Rule | Level | Section | What it reports |\n|---|---|---|---|\n");
    for rule in RULES {
        out.push_str(&format!(
            "| `{}` | {} | {} | {} |\n",
            rule.name,
            rule.level_label(),
            rule.source,
            rule.summary
        ));
    }
    out
}

/// The rules as plain text for `check --help` and the man page.
pub fn help() -> String {
    let mut out = String::from("Rules (name and level, what it reports, section):\n");
    for rule in RULES {
        // One source a line: two URLs side by side do not fit a man page.
        out.push_str(&format!(
            "  {} ({})\n    {}\n    {}\n",
            rule.name,
            rule.level_label(),
            rule.summary.replace('`', ""),
            rule.source.replace(", https://", ",\n    https://")
        ));
    }
    out
}

/// The rules that read this header field (`httpcode header NAME`).
pub fn for_field(name: &str) -> impl Iterator<Item = &'static Rule> + use<'_> {
    RULES
        .iter()
        .filter(move |r| r.fields.iter().any(|f| f.eq_ignore_ascii_case(name)))
}
