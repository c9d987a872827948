//! Every check of `data/` that build.rs makes before it compiles the dataset:
//! the one place where the data is validated, so a file that breaks a rule
//! stops the build with a message naming the file. (The decision tree's
//! checks are in decide.rs.) Nothing here reads files or writes code, so
//! tests/it/data.rs runs the same checks on broken copies of the data.

use std::collections::BTreeSet;

use crate::model::*;
use crate::yaml::{Constant, Constants};

/// The files of `data/` these checks read, as parsed into the model, each
/// record with its path relative to `data/` (`codes/404.yaml`).
#[derive(Clone)]
pub struct Files {
    pub dataset: Dataset,
    pub codes: Vec<(String, StatusCode)>,
    pub comparisons: Vec<(String, Comparison)>,
    pub methods: Vec<(String, Method)>,
    pub runtimes: Vec<(String, Constants)>,
    pub no_response: Vec<(String, NoResponse)>,
    pub headers: Vec<(String, HeaderField)>,
}

/// Every check below; panics on the first file that breaks one, with a
/// message naming the file and the rule.
pub fn check(files: &Files) {
    check_dataset(&files.dataset);
    let known = check_codes(&files.codes);
    check_comparisons(&files.comparisons, &known);
    check_methods(&files.methods, &known);
    check_runtimes(&files.runtimes, &known);
    check_no_response(&files.no_response);
    check_headers(&files.headers, &files.codes);
}

/// A citation as SCHEMA.md defines them ("RFC 9110 §15.6.2", "RFC 7725", an
/// https URL).
fn check_citation(file: &str, what: &str, text: &str) {
    assert!(
        is_citation(text),
        "{file}: {what} {text:?} is not a citation"
    );
}

fn check_text(file: &str, what: &str, text: &str) {
    assert!(!text.trim().is_empty(), "{file}: empty {what}");
}

/// An https link with a host and no whitespace.
fn check_url(file: &str, url: &str) {
    let rest = url.strip_prefix("https://");
    assert!(rest.is_some(), "{file}: URL {url:?} is not https");
    assert!(
        !url.contains(char::is_whitespace),
        "{file}: URL {url:?} has whitespace"
    );
    assert!(
        rest.is_some_and(|host| host.contains('.')),
        "{file}: URL {url:?} has no host"
    );
}

/// A spec names its document, and an RFC's link is the RFC Editor's page of
/// that document at that section.
fn check_spec(file: &str, spec: &Spec) {
    check_text(file, "spec document", &spec.document);
    check_url(file, &spec.url);
    if let Some(number) = spec.document.strip_prefix("RFC ") {
        let base = format!("https://www.rfc-editor.org/rfc/rfc{number}.html");
        let expected = match &spec.section {
            Some(section) => format!("{base}#section-{section}"),
            None => base,
        };
        assert_eq!(
            spec.url, expected,
            "{file}: spec URL does not match document and section"
        );
    }
}

/// Whether `date` is a real calendar day written YYYY-MM-DD.
fn is_iso_date(date: &str) -> bool {
    let parts: Vec<&str> = date.split('-').collect();
    match parts.as_slice() {
        [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
            match (y.parse::<u32>(), m.parse::<u32>(), d.parse::<u32>()) {
                (Ok(y), Ok(m), Ok(d)) => {
                    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
                    let days = match m {
                        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
                        4 | 6 | 9 | 11 => 30,
                        2 if leap => 29,
                        2 => 28,
                        _ => 0,
                    };
                    (1..=days).contains(&d)
                }
                _ => false,
            }
        }
        _ => false,
    }
}

/// `checked` is a real calendar date written YYYY-MM-DD, and each registry
/// says where it lives and which copy was read.
fn check_dataset(dataset: &Dataset) {
    let date = dataset.checked.as_ref();
    let ok = is_iso_date(date);
    assert!(
        ok,
        "dataset.yaml: checked {date:?} is not an ISO 8601 date (YYYY-MM-DD)"
    );
    assert!(
        !dataset.registries.is_empty(),
        "dataset.yaml: name the registries the data was checked against"
    );
    for registry in dataset.registries.iter() {
        assert!(
            registry
                .url
                .starts_with("https://www.iana.org/assignments/"),
            "dataset.yaml: {} is not an IANA registry URL",
            registry.url
        );
        assert!(
            !registry.label.trim().is_empty(),
            "dataset.yaml: give {} a label for --version",
            registry.name
        );
        if let Some(date) = &registry.updated {
            assert!(
                is_iso_date(date),
                "dataset.yaml: updated {date:?} of {} is not an ISO 8601 date (YYYY-MM-DD)",
                registry.name
            );
        }
        assert!(
            !registry.copy.trim().is_empty(),
            "dataset.yaml: say which copy of {} was read",
            registry.name
        );
    }
}

/// What the run-time accessors rely on: one file per code, named after it, in
/// 100–599 (so the class is always derivable), and every reference resolves.
fn check_codes(codes: &[(String, StatusCode)]) -> BTreeSet<u16> {
    let mut known = BTreeSet::new();
    for (file, code) in codes {
        assert_eq!(
            file,
            &format!("codes/{}.yaml", code.code),
            "{file}: a code file is named after its code"
        );
        assert!(
            (100..=599).contains(&code.code),
            "{file}: {} is outside 100-599",
            code.code
        );
        assert!(known.insert(code.code), "{file}: duplicate code");
        check_code(file, code);
    }
    check_synonyms(codes);
    for (file, code) in codes {
        for related in code.related.iter() {
            assert!(
                known.contains(related),
                "{file}: related code {related} is not in the dataset"
            );
            assert_ne!(related, &code.code, "{file}: related to itself");
        }
    }
    known
}

/// A code's own record: its texts are written, its summary fits a line, every
/// fact is cited, and its former names are neither repeated nor its name.
fn check_code(file: &str, code: &StatusCode) {
    check_text(file, "name", &code.name);
    check_text(file, "summary", &code.summary);
    check_text(file, "description", &code.description);
    check_text(file, "server guidance", &code.server);
    check_text(file, "retry advice", &code.retry.advice);
    assert!(
        code.summary.chars().count() <= 100,
        "{file}: summary longer than 100 characters"
    );
    check_citation(file, "retry source", &code.retry.source);
    check_citation(file, "caching source", &code.caching.source);
    for header in code.headers.iter() {
        check_text(file, "header name", &header.name);
        check_text(file, "header note", &header.note);
        check_citation(file, "header source", &header.source);
    }
    if let Some(link) = &code.see_also {
        check_url(file, link);
    }
    if let Some(spec) = code.spec() {
        check_spec(file, spec);
    }
    for vendor in code.vendors.iter() {
        check_url(file, &vendor.source);
        check_text(file, "vendor meaning", &vendor.meaning);
        check_text(file, "vendor action", &vendor.action);
    }
    let mut aliases = BTreeSet::new();
    for alias in code.aliases.iter() {
        let lower = alias.to_lowercase();
        assert!(
            lower != code.name.to_lowercase(),
            "{file}: alias {alias:?} repeats the name"
        );
        assert!(aliases.insert(lower), "{file}: duplicate alias {alias:?}");
    }
}

/// Synonyms are search aids, so each must point somewhere: lower-case words,
/// a handful per code, none repeating the code's own name or another synonym
/// of it, and none shared so widely that it no longer singles out a few codes.
fn check_synonyms(codes: &[(String, StatusCode)]) {
    const MOST_PER_CODE: usize = 16;
    const MOST_CODES_PER_SYNONYM: usize = 5;
    let mut users: std::collections::BTreeMap<String, Vec<u16>> = Default::default();
    for (file, code) in codes {
        assert!(
            code.synonyms.len() <= MOST_PER_CODE,
            "{file}: at most {MOST_PER_CODE} synonyms; keep the ones people type"
        );
        let own: BTreeSet<String> = std::iter::once(&code.name)
            .chain(code.aliases.iter())
            .map(|n| crate::normalise::normalise(n))
            .collect();
        let mut seen = BTreeSet::new();
        for synonym in code.synonyms.iter() {
            assert!(
                !synonym.trim().is_empty()
                    && synonym.chars().all(|c| c.is_ascii_lowercase()
                        || c.is_ascii_digit()
                        || c == ' '
                        || c == '-'),
                "{file}: synonym {synonym:?} is not lower-case words"
            );
            let folded = crate::normalise::normalise(synonym);
            assert!(
                !own.contains(&folded),
                "{file}: synonym {synonym:?} is already the code's name or former name"
            );
            assert!(
                seen.insert(folded.clone()),
                "{file}: synonym {synonym:?} twice"
            );
            users.entry(folded).or_default().push(code.code);
        }
    }
    for (synonym, codes) in users {
        assert!(
            codes.len() <= MOST_CODES_PER_SYNONYM,
            "synonym {synonym:?} is given to {codes:?}: more than {MOST_CODES_PER_SYNONYM} codes"
        );
    }
}

/// A comparison sets two or more codes of the dataset side by side, one row
/// per code in the order of `codes`, each answering every question; and it
/// cites its sources.
fn check_comparisons(comparisons: &[(String, Comparison)], known: &BTreeSet<u16>) {
    for (file, group) in comparisons {
        assert!(group.codes.len() >= 2, "{file}: fewer than two codes");
        let mut seen = BTreeSet::new();
        for code in group.codes.iter() {
            assert!(
                known.contains(code),
                "{file}: code {code} is not in the dataset"
            );
            assert!(seen.insert(code), "{file}: code {code} twice");
        }
        assert!(!group.questions.is_empty(), "{file}: no questions");
        assert!(!group.sources.is_empty(), "{file}: no sources");
        for source in group.sources.iter() {
            check_citation(file, "source", source);
        }
        let rows: Vec<u16> = group.rows.iter().map(|r| r.code).collect();
        assert_eq!(
            rows,
            group.codes.to_vec(),
            "{file}: rows must follow `codes`"
        );
        for row in group.rows.iter() {
            assert_eq!(
                row.answers.len(),
                group.questions.len(),
                "{file}: {} needs one answer per question",
                row.code
            );
            for answer in row.answers.iter() {
                check_text(file, "answer", answer);
            }
            check_text(file, "problem", &row.problem);
            check_text(file, "send", &row.send);
            check_text(file, "next", &row.next);
        }
    }
}

/// Methods are unique, defined by a well-formed spec, described, and every
/// code they answer with is in the dataset, each error with its source.
fn check_methods(methods: &[(String, Method)], known: &BTreeSet<u16>) {
    let mut names = BTreeSet::new();
    for (file, method) in methods {
        assert!(names.insert(&method.method), "{file}: duplicate method");
        check_spec(file, &method.spec);
        check_text(file, "summary", &method.summary);
        check_text(file, "description", &method.description);
        for error in method.errors.iter() {
            check_citation(file, "error source", &error.source);
        }
        let codes = method
            .success
            .iter()
            .chain(method.errors.iter().map(|e| &e.code));
        for code in codes {
            assert!(
                known.contains(code),
                "{file}: code {code} is not in the dataset"
            );
        }
    }
}

/// Each runtime names its version, and every version a name carries is at most
/// that version: a file describing Spring 7.0 cannot report a 7.1 removal.
fn check_runtimes(runtimes: &[(String, Constants)], known: &BTreeSet<u16>) {
    for (file, runtime) in runtimes {
        assert_eq!(
            file,
            &format!("constants/{}.yaml", runtime.runtime),
            "{file}: a constants file is named after its runtime"
        );
        check_url(file, &runtime.source);
        let version = parse_version(file, &runtime.version);
        let not_later = |what: &str, v: &str, code: u16| {
            assert!(
                parse_version(file, v) <= version,
                "{file}: {code}: {what} {v} is later than the file's version {}",
                runtime.version
            );
        };
        for (&code, constant) in &runtime.codes {
            assert!(
                known.contains(&code),
                "{file}: code {code} is not in the dataset"
            );
            let record = match constant {
                Constant::Name(name) => {
                    assert!(!name.trim().is_empty(), "{file}: {code}: empty name");
                    continue;
                }
                Constant::Versioned(record) => record,
            };
            assert!(
                record.name.is_some() || !record.formerly.is_empty(),
                "{file}: {code}: neither a name nor a former one"
            );
            let mut all = record
                .name
                .iter()
                .chain(record.formerly.iter().map(|f| &f.name));
            assert!(
                all.all(|name| !name.trim().is_empty()),
                "{file}: {code}: empty name"
            );
            if let Some(v) = &record.since {
                not_later("since", v, code);
            }
            if let Some(v) = &record.deprecated {
                assert!(
                    record.name.is_some(),
                    "{file}: {code}: `deprecated` needs a `name`"
                );
                not_later("deprecated", v, code);
            }
            let mut names: BTreeSet<&str> = record.name.iter().map(String::as_str).collect();
            for former in &record.formerly {
                not_later("formerly", &former.since, code);
                assert!(
                    names.insert(&former.name),
                    "{file}: {code}: {} is listed twice",
                    former.name
                );
                assert!(
                    record.name.is_some() || former.status == FormerStatus::Removed,
                    "{file}: {code}: {} still works, so it is the `name`, not a former one",
                    former.name
                );
            }
        }
    }
}

/// "7.0" → [7, 0]; a version is dot-separated numbers.
fn parse_version(file: &str, version: &str) -> Vec<u32> {
    version
        .split('.')
        .map(|part| {
            part.parse()
                .unwrap_or_else(|_| panic!("{file}: {version:?} is not a version like 7.0"))
        })
        .collect()
}

/// One file per field, named after it in lower case; every field a code's
/// `headers` names exists here (case-insensitively), so the run-time lookup
/// from a code to its fields, and back, cannot miss.
fn check_headers(headers: &[(String, HeaderField)], codes: &[(String, StatusCode)]) {
    let mut names = BTreeSet::new();
    for (file, field) in headers {
        let lower = field.name.to_ascii_lowercase();
        assert_eq!(
            file,
            &format!("headers/{lower}.yaml"),
            "{file}: a header file is named after its field, in lower case"
        );
        assert!(
            field
                .name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-'),
            "{file}: a field name is letters, digits and hyphens"
        );
        assert!(names.insert(lower), "{file}: duplicate field name");
        check_spec(file, &field.spec);
        assert!(
            !field.sources.is_empty(),
            "{file}: every field needs a source"
        );
        for source in field.sources.iter() {
            check_citation(file, "source", source);
        }
        for text in [&field.summary, &field.syntax] {
            assert!(!text.trim().is_empty(), "{file}: empty text");
        }
        assert!(
            field.members.is_none()
                || matches!(
                    field.form,
                    Some(Form::StructuredItem | Form::StructuredList | Form::StructuredDictionary)
                ),
            "{file}: members is for structured fields only"
        );
    }
    for (file, code) in codes {
        for header in code.headers.iter() {
            assert!(
                names.contains(&header.name.to_ascii_lowercase()),
                "{file}: header field {} is not in data/headers",
                header.name
            );
        }
    }
}

/// Each no-response record is named after its number and cites its sources.
fn check_no_response(records: &[(String, NoResponse)]) {
    for (file, record) in records {
        assert_eq!(
            file,
            &format!("no-response/{}.yaml", record.number),
            "{file}: named after its number"
        );
        assert!(
            !record.sources.is_empty() && record.sources.iter().all(|s| s.starts_with("https://")),
            "{file}: every fact needs a source URL"
        );
    }
}
