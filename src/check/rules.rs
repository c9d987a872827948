//! The table of rules: each a small named unit with its source, run over one
//! response. The rules themselves live by subject: `required` (fields a response
//! needs, from the dataset's `headers`, so data and checker cannot drift apart),
//! `framing` (content and its length), `fields` (field grammars), `times`
//! (dates and ages) and `notes`.

use super::rule::{Findings, Rule};
use super::{fields, framing, notes, required, times};
use super::{Finding, Response};

/// Every rule, in the order findings of one level are listed.
pub const RULES: &[Rule] = &[
    Rule {
        name: "header-required",
        source: "the dataset's section for each field",
        check: required::dataset_fields,
    },
    Rule {
        name: "header-forbidden",
        source: "the dataset's section for each field",
        check: required::dataset_fields_forbidden,
    },
    Rule {
        name: "content-forbidden",
        source: "RFC 9110 §15.2, §15.3.5, §15.3.6, §15.4.5, §9.3.2",
        check: framing::content_forbidden,
    },
    Rule {
        name: "framing-forbidden",
        source: "RFC 9110 §8.6, RFC 9112 §6.1, RFC 9110 §9.3.6",
        check: framing::framing_forbidden,
    },
    Rule {
        name: "content-length-syntax",
        source: "RFC 9110 §8.6",
        check: fields::content_length_syntax,
    },
    Rule {
        name: "content-length-mismatch",
        source: "RFC 9112 §6.3",
        check: framing::content_length_mismatch,
    },
    Rule {
        name: "content-length-with-transfer-encoding",
        source: "RFC 9112 §6.2",
        check: framing::content_length_with_transfer_encoding,
    },
    Rule {
        name: "date-missing",
        source: "RFC 9110 §6.6.1",
        check: required::date_missing,
    },
    Rule {
        name: "http-date",
        source: "RFC 9110 §5.6.7",
        check: times::http_date,
    },
    Rule {
        name: "retry-after-syntax",
        source: "RFC 9110 §10.2.3",
        check: times::retry_after_syntax,
    },
    Rule {
        name: "last-modified-after-date",
        source: "RFC 9110 §8.8.2.1",
        check: times::last_modified_after_date,
    },
    Rule {
        name: "age-syntax",
        source: "RFC 9111 §5.1",
        check: times::age_syntax,
    },
    Rule {
        name: "allow-syntax",
        source: "RFC 9110 §10.2.1",
        check: fields::allow_syntax,
    },
    Rule {
        name: "allow-lists-method",
        source: "RFC 9110 §15.5.6",
        check: fields::allow_lists_method,
    },
    Rule {
        name: "content-range-syntax",
        source: "RFC 9110 §14.4",
        check: fields::content_range_syntax,
    },
    Rule {
        name: "content-range-416",
        source: "RFC 9110 §15.5.17",
        check: fields::content_range_416,
    },
    Rule {
        name: "multipart-content-range",
        source: "RFC 9110 §15.3.7.2",
        check: fields::multipart_content_range,
    },
    Rule {
        name: "location-syntax",
        source: "RFC 9110 §10.2.2",
        check: fields::location_syntax,
    },
    Rule {
        name: "challenge-syntax",
        source: "RFC 9110 §11.6.1, §11.7.1",
        check: fields::challenge_syntax,
    },
    Rule {
        name: "etag-syntax",
        source: "RFC 9110 §8.8.3",
        check: fields::etag_syntax,
    },
    Rule {
        name: "content-encoding-identity",
        source: "RFC 9110 §8.4",
        check: fields::content_encoding_identity,
    },
    Rule {
        name: "field-syntax",
        source: "RFC 9110 §5.1, §5.5",
        check: fields::field_syntax,
    },
    Rule {
        name: "obs-fold",
        source: "RFC 9112 §5.2",
        check: fields::obs_fold,
    },
    Rule {
        name: "space-before-colon",
        source: "RFC 9112 §5.1",
        check: fields::space_before_colon,
    },
    Rule {
        name: "duplicate-field",
        source: "RFC 9110 §5.3",
        check: fields::duplicate_field,
    },
    Rule {
        name: "content-type-missing",
        source: "RFC 9110 §8.3",
        check: required::content_type_missing,
    },
    Rule {
        name: "status-unregistered",
        source: "RFC 9110 §15",
        check: notes::status_unregistered,
    },
    Rule {
        name: "reason-phrase",
        source: "RFC 9112 §4",
        check: notes::reason_phrase,
    },
    Rule {
        name: "heuristic-freshness",
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
