//! The table of rules: each a small named unit with its source, run over one
//! response. The rules themselves live by subject: `required` (fields a response
//! needs, from the dataset's `headers`, so data and checker cannot drift apart),
//! `framing` (content and its length), `fields` (field grammars), `times`
//! (dates and ages) and `notes`.

use crate::data;

use super::{fields, framing, notes, required, times};
use super::{Finding, Level, Response};

/// One rule: its stable name (the `rule` of its findings), the section it
/// enforces, and the check.
pub struct Rule {
    pub name: &'static str,
    /// The rule's citation; `header-required` and `header-forbidden` cite the
    /// section each dataset row records instead.
    pub source: &'static str,
    pub check: fn(&Response, &mut Vec<Finding>),
}

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
    let mut findings = Vec::new();
    for rule in RULES {
        (rule.check)(response, &mut findings);
    }
    findings.sort_by_key(|f| f.level);
    let mut kept: Vec<Finding> = Vec::with_capacity(findings.len());
    for finding in findings {
        let repeated = finding.absent
            && kept.iter().any(|k| {
                k.absent
                    && k.field
                        .as_deref()
                        .zip(finding.field.as_deref())
                        .is_some_and(|(a, b)| a.eq_ignore_ascii_case(b))
            });
        if !repeated {
            kept.push(finding);
        }
    }
    kept
}

impl Finding {
    pub fn new(level: Level, rule: &'static str, source: &str, message: String) -> Finding {
        Finding {
            level,
            rule,
            field: None,
            message,
            source: source.to_string(),
            fix: None,
            absent: false,
        }
    }

    pub fn field(mut self, name: &str) -> Finding {
        self.field = Some(name.to_string());
        self
    }

    pub fn fix(mut self, fix: String) -> Finding {
        self.fix = Some(fix);
        self
    }

    pub(super) fn absent(mut self) -> Finding {
        self.absent = true;
        self
    }
}

/// Whether the status lets a response carry content at all.
pub(super) fn content_allowed(r: &Response) -> bool {
    !(r.status < 200 || r.status == 204 || r.status == 304 || r.method_is("HEAD"))
}

/// An "add …" fix with an example value from the dataset: the code's own
/// (416's `bytes */1234`), else the field's (`data/headers/`), the same values
/// `httpcode CODE --example` shows.
pub(super) fn example(name: &str, r: &Response) -> String {
    let for_code = data::code(r.status)
        .and_then(|c| c.headers.iter().find(|h| h.name.eq_ignore_ascii_case(name)))
        .and_then(|h| h.example.as_deref());
    let value = for_code
        .or_else(|| data::header(name).and_then(|h| h.example.as_deref()))
        .unwrap_or("…");
    format!("add {}", quoted(&format!("{name}: {value}")))
}

/// A field line for a fix, in double quotes, or single ones when it holds some.
pub fn quoted(line: &str) -> String {
    if line.contains('"') {
        format!("'{line}'")
    } else {
        format!("\"{line}\"")
    }
}
