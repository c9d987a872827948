//! build.rs's checks of `data/` (build/validate.rs), run on the real files and
//! on broken copies of them: the real data passes, and each check refuses the
//! data it guards against, naming the file and the problem. Then what the
//! checks cannot see: the dataset compiled into the binary is the files', and
//! so is the search index build.rs folds from them.

use std::fs;
use std::path::PathBuf;

use crate::model::{Spec, StatusCode};
use crate::validate::{self, Files};
use crate::yaml::{Constant, Constants, FormerConstant, VersionedConstant};
use httpcode::data;
use httpcode::model::{Comparison, Dataset, HeaderField, Method};

fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data")
}

fn read<T: serde::de::DeserializeOwned>(path: &str) -> T {
    let text = fs::read_to_string(data_dir().join(path)).unwrap();
    serde_yaml::from_str(&text).unwrap_or_else(|e| panic!("{path} does not parse: {e}"))
}

/// A folder's records, each with its path relative to data/, as build.rs names them.
fn load<T: serde::de::DeserializeOwned>(folder: &str) -> Vec<(String, T)> {
    let mut names: Vec<String> = fs::read_dir(data_dir().join(folder))
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".yaml"))
        .collect();
    names.sort();
    assert!(!names.is_empty(), "data/{folder} is empty");
    names
        .into_iter()
        .map(|name| {
            let path = format!("{folder}/{name}");
            let record = read(&path);
            (path, record)
        })
        .collect()
}

/// The parsed files of `data/`: read once, a fresh copy for each caller.
fn files() -> Files {
    static FILES: std::sync::OnceLock<Files> = std::sync::OnceLock::new();
    FILES
        .get_or_init(|| Files {
            dataset: read("dataset.yaml"),
            codes: load("codes"),
            comparisons: load("comparisons"),
            methods: load("methods"),
            runtimes: load("constants"),
            no_response: load("no-response"),
            headers: load("headers"),
        })
        .clone()
}

/// Runs the checks on a changed copy of the real files; returns the panic message.
fn refusal(change: impl FnOnce(&mut Files)) -> Option<String> {
    let mut files = files();
    change(&mut files);
    crate::common::panic_message(|| validate::check(&files))
}

fn refuses(expected: &str, change: impl FnOnce(&mut Files)) {
    let message = refusal(change).unwrap_or_else(|| panic!("{expected}: the checks accepted it"));
    assert!(
        message.contains(expected),
        "{expected}: refused for another reason: {message}"
    );
}

/// The record of one file, by its path relative to data/.
fn file<'a, T>(records: &'a mut [(String, T)], path: &str) -> &'a mut T {
    let found = records.iter_mut().find(|(p, _)| p == path);
    &mut found.unwrap_or_else(|| panic!("no {path}")).1
}

fn code(files: &mut Files, n: u16) -> &mut StatusCode {
    file(&mut files.codes, &format!("codes/{n}.yaml"))
}

fn spec_of(files: &mut Files, n: u16) -> &mut Spec {
    &mut code(files, n).registration.as_mut().unwrap().spec
}

fn versioned(runtime: &mut Constants, n: u16) -> &mut VersionedConstant {
    match runtime.codes.get_mut(&n) {
        Some(Constant::Versioned(record)) => record,
        other => panic!("{n} is {other:?}"),
    }
}

#[test]
fn the_real_data_passes() {
    assert_eq!(refusal(|_| {}), None);
}

#[test]
fn dataset_yaml_dates_its_check_and_names_iana_registries() {
    refuses(
        "dataset.yaml: checked \"2026-02-30\" is not an ISO 8601 date",
        |f| {
            f.dataset.checked = "2026-02-30".into();
        },
    );
    refuses("is not an IANA registry URL", |f| {
        f.dataset.registries.to_mut()[0].url = "https://example.org/codes".into();
    });
    refuses("name the registries", |f| {
        f.dataset.registries.to_mut().clear()
    });
}

#[test]
fn codes_are_unique_in_range_and_named_after_their_files() {
    refuses("codes/404.yaml: duplicate code", |f| {
        let copy = code(f, 404).clone();
        f.codes.push(("codes/404.yaml".into(), copy));
    });
    refuses("codes/600.yaml: 600 is outside 100-599", |f| {
        let (path, code) = f.codes.last_mut().unwrap();
        *path = "codes/600.yaml".into();
        code.code = 600;
    });
    refuses("codes/404.yaml: a code file is named after its code", |f| {
        code(f, 404).code = 427;
    });
}

#[test]
fn a_code_record_is_written_out() {
    refuses("codes/404.yaml: empty summary", |f| {
        code(f, 404).summary = " ".into();
    });
    refuses("codes/404.yaml: empty server guidance", |f| {
        code(f, 404).server = "".into();
    });
    refuses("codes/404.yaml: summary longer than 100 characters", |f| {
        code(f, 404).summary = "x".repeat(101).into();
    });
    refuses("codes/499.yaml: empty vendor action", |f| {
        code(f, 499).vendors.to_mut()[0].action = "".into();
    });
    refuses("codes/405.yaml: empty header note", |f| {
        code(f, 405).headers.to_mut()[0].note = "".into();
    });
}

#[test]
fn every_fact_of_a_code_is_cited() {
    refuses("codes/404.yaml: retry source \"\" is not a citation", |f| {
        code(f, 404).retry.source = "".into();
    });
    refuses(
        "codes/404.yaml: caching source \"RFC9110\" is not a citation",
        |f| {
            code(f, 404).caching.source = "RFC9110".into();
        },
    );
    refuses(
        "codes/405.yaml: header source \"RFC 9110 §\" is not a citation",
        |f| {
            code(f, 405).headers.to_mut()[0].source = "RFC 9110 §".into();
        },
    );
    refuses("codes/499.yaml: URL \"see the docs\" is not https", |f| {
        code(f, 499).vendors.to_mut()[0].source = "see the docs".into();
    });
}

#[test]
fn links_are_https_with_a_host_and_an_rfc_link_matches_its_section() {
    refuses(
        "codes/404.yaml: spec URL does not match document and section",
        |f| {
            spec_of(f, 404).section = Some("15.5.6".into());
        },
    );
    refuses("codes/404.yaml: empty spec document", |f| {
        spec_of(f, 404).document = "".into();
    });
    refuses("is not https", |f| {
        code(f, 404).see_also = Some("http://example.org/404".into());
    });
    refuses("has whitespace", |f| {
        code(f, 404).see_also = Some("https://example.org/not found".into());
    });
    refuses("has no host", |f| {
        code(f, 404).see_also = Some("https://localhost/404".into());
    });
}

#[test]
fn aliases_are_neither_repeated_nor_the_name() {
    refuses("codes/499.yaml: duplicate alias \"token required\"", |f| {
        code(f, 499).aliases.to_mut().push("token required".into());
    });
    refuses(
        "codes/404.yaml: alias \"NOT FOUND\" repeats the name",
        |f| {
            code(f, 404).aliases.to_mut().push("NOT FOUND".into());
        },
    );
}

#[test]
fn synonyms_are_few_lower_case_words_of_their_own() {
    refuses(
        "codes/429.yaml: synonym \"Throttle\" is not lower-case words",
        |f| {
            code(f, 429).synonyms.to_mut().push("Throttle".into());
        },
    );
    refuses(
        "codes/404.yaml: synonym \"not found\" is already the code's name",
        |f| {
            code(f, 404).synonyms.to_mut().push("not found".into());
        },
    );
    refuses("codes/429.yaml: synonym \"quota\" twice", |f| {
        code(f, 429).synonyms.to_mut().push("quota".into());
    });
    refuses("synonyms; keep the ones people type", |f| {
        let synonyms = code(f, 429).synonyms.to_mut();
        synonyms.extend(["one", "two", "three", "four"].map(Into::into));
    });
    refuses("more than 5 codes", |f| {
        for n in [400, 401, 403, 404, 405, 409] {
            code(f, n).synonyms.to_mut().push("oops".into());
        }
    });
}

#[test]
fn references_to_codes_and_header_fields_resolve() {
    refuses(
        "codes/404.yaml: related code 427 is not in the dataset",
        |f| {
            code(f, 404).related.to_mut().push(427);
        },
    );
    refuses("codes/404.yaml: related to itself", |f| {
        code(f, 404).related.to_mut().push(404);
    });
    refuses(
        "comparisons/404-410.yaml: code 427 is not in the dataset",
        |f| {
            let group = file(&mut f.comparisons, "comparisons/404-410.yaml");
            group.codes.to_mut()[1] = 427;
            group.rows.to_mut()[1].code = 427;
        },
    );
    refuses("methods/GET.yaml: code 427 is not in the dataset", |f| {
        file(&mut f.methods, "methods/GET.yaml")
            .success
            .to_mut()
            .push(427);
    });
    refuses("constants/go.yaml: code 427 is not in the dataset", |f| {
        let runtime = file(&mut f.runtimes, "constants/go.yaml");
        runtime
            .codes
            .insert(427, Constant::Name("StatusNope".into()));
    });
    refuses(
        "codes/405.yaml: header field X-Nope is not in data/headers",
        |f| {
            code(f, 405).headers.to_mut()[0].name = "X-Nope".into();
        },
    );
}

#[test]
fn a_comparison_answers_every_question_for_each_of_its_codes_with_sources() {
    let path = "comparisons/404-410.yaml";
    refuses("comparisons/404-410.yaml: fewer than two codes", |f| {
        let group = file(&mut f.comparisons, path);
        group.codes.to_mut().pop();
        group.rows.to_mut().pop();
    });
    refuses("comparisons/404-410.yaml: code 404 twice", |f| {
        let group = file(&mut f.comparisons, path);
        group.codes.to_mut()[1] = 404;
        group.rows.to_mut()[1].code = 404;
    });
    refuses("comparisons/404-410.yaml: rows must follow `codes`", |f| {
        file(&mut f.comparisons, path).rows.to_mut().reverse();
    });
    refuses(
        "comparisons/404-410.yaml: 410 needs one answer per question",
        |f| {
            file(&mut f.comparisons, path).rows.to_mut()[1]
                .answers
                .to_mut()
                .pop();
        },
    );
    refuses("comparisons/404-410.yaml: empty answer", |f| {
        file(&mut f.comparisons, path).rows.to_mut()[1]
            .answers
            .to_mut()[0] = "".into();
    });
    refuses("comparisons/404-410.yaml: empty send", |f| {
        file(&mut f.comparisons, path).rows.to_mut()[0].send = "".into();
    });
    refuses("comparisons/404-410.yaml: no sources", |f| {
        file(&mut f.comparisons, path).sources.to_mut().clear();
    });
    refuses(
        "comparisons/404-410.yaml: source \"see the RFC\" is not a citation",
        |f| {
            file(&mut f.comparisons, path).sources.to_mut()[0] = "see the RFC".into();
        },
    );
}

#[test]
fn methods_are_unique_specified_and_cited() {
    refuses("methods/GET.yaml: duplicate method", |f| {
        let copy = file(&mut f.methods, "methods/GET.yaml").clone();
        f.methods.push(("methods/GET.yaml".into(), copy));
    });
    refuses("methods/GET.yaml: spec URL does not match", |f| {
        file(&mut f.methods, "methods/GET.yaml").spec.section = Some("9.3.2".into());
    });
    refuses("methods/GET.yaml: empty description", |f| {
        file(&mut f.methods, "methods/GET.yaml").description = "".into();
    });
    refuses(
        "methods/GET.yaml: error source \"RFC9110\" is not a citation",
        |f| {
            file(&mut f.methods, "methods/GET.yaml").errors.to_mut()[0].source = "RFC9110".into();
        },
    );
}

#[test]
fn constants_files_name_their_runtime_and_stay_within_its_version() {
    refuses(
        "constants/spring.yaml: a constants file is named after its runtime",
        |f| {
            file(&mut f.runtimes, "constants/spring.yaml").runtime = "springboot".into();
        },
    );
    refuses(
        "constants/go.yaml: URL \"go.dev/src/net/http\" is not https",
        |f| {
            file(&mut f.runtimes, "constants/go.yaml").source = "go.dev/src/net/http".into();
        },
    );
    refuses("constants/go.yaml: 404: empty name", |f| {
        let runtime = file(&mut f.runtimes, "constants/go.yaml");
        runtime.codes.insert(404, Constant::Name(" ".into()));
    });
    refuses("constants/spring.yaml: 103: empty name", |f| {
        let runtime = file(&mut f.runtimes, "constants/spring.yaml");
        versioned(runtime, 103).name = Some("".into());
    });
    refuses(
        "constants/spring.yaml: 102: deprecated 7.1 is later than the file's version 7.0",
        |f| {
            let runtime = file(&mut f.runtimes, "constants/spring.yaml");
            versioned(runtime, 102).deprecated = Some("7.1".into());
        },
    );
    refuses(
        "constants/spring.yaml: 103: HttpStatus.EARLY_HINTS is listed twice",
        |f| {
            let runtime = file(&mut f.runtimes, "constants/spring.yaml");
            let record = versioned(runtime, 103);
            record.formerly.push(FormerConstant {
                name: "HttpStatus.EARLY_HINTS".into(),
                status: crate::model::FormerStatus::Alias,
                since: "6.0".into(),
                meaning: None,
            });
        },
    );
}

#[test]
fn header_fields_are_unique_named_after_their_files_and_cited() {
    let allow = "headers/allow.yaml";
    refuses("headers/allow.yaml: duplicate field name", |f| {
        let copy = file(&mut f.headers, allow).clone();
        f.headers.push((allow.into(), copy));
    });
    refuses(
        "headers/allow.yaml: a header file is named after its field",
        |f| {
            file(&mut f.headers, allow).name = "Allowed".into();
        },
    );
    refuses("headers/allow.yaml: spec URL does not match", |f| {
        file(&mut f.headers, allow).spec.section = None;
    });
    refuses("headers/allow.yaml: every field needs a source", |f| {
        file(&mut f.headers, allow).sources.to_mut().clear();
    });
    refuses(
        "headers/allow.yaml: source \"RFC 9110 10.2.1\" is not a citation",
        |f| {
            file(&mut f.headers, allow).sources.to_mut()[0] = "RFC 9110 10.2.1".into();
        },
    );
    refuses(
        "headers/allow.yaml: members is for structured fields only",
        |f| {
            file(&mut f.headers, allow).members = Some(crate::model::Member::Token);
        },
    );
}

#[test]
fn no_response_records_are_named_after_their_number_and_cite_urls() {
    refuses("no-response/000.yaml: named after its number", |f| {
        file(&mut f.no_response, "no-response/000.yaml").number = "00".into();
    });
    refuses("no-response/000.yaml: every fact needs a source URL", |f| {
        file(&mut f.no_response, "no-response/000.yaml")
            .sources
            .to_mut()[0] = "curl's manual".into();
    });
}

#[test]
fn the_compiled_dataset_matches_the_files() {
    let codes = load::<httpcode::model::StatusCode>("codes");
    let compiled: Vec<u16> = data::codes().iter().map(|e| e.code).collect();
    let numbers: Vec<u16> = codes.iter().map(|(_, c)| c.code).collect();
    assert_eq!(compiled, numbers);
    for (path, code) in &codes {
        assert_eq!(data::code(code.code), Some(code), "{path}");
    }
    let methods = load::<Method>("methods");
    assert_eq!(data::methods().len(), methods.len());
    for (path, method) in &methods {
        assert_eq!(data::method(&method.method), Some(method), "{path}");
    }
    let comparisons: Vec<Comparison> = load::<Comparison>("comparisons")
        .into_iter()
        .map(|(_, c)| c)
        .collect();
    assert_eq!(data::comparisons(), comparisons.as_slice());
    let fields = load::<HeaderField>("headers");
    assert_eq!(data::headers().len(), fields.len());
    for (path, field) in &fields {
        assert_eq!(data::header(&field.name), Some(field), "{path}");
    }
}

/// The binary's copy of each constants file: same version, and per code the
/// same current name and history.
#[test]
fn the_compiled_constants_match_the_files() {
    for (path, runtime) in load::<Constants>("constants") {
        let entry = data::runtimes()
            .iter()
            .find(|r| r.runtime == runtime.runtime)
            .unwrap_or_else(|| panic!("{path}: not compiled"));
        assert_eq!(entry.version, runtime.version, "{path}");
        assert_eq!(entry.display, runtime.display, "{path}");
        assert_eq!(entry.codes.len(), runtime.codes.len(), "{path}");
        for (code, constant) in &runtime.codes {
            let compiled = entry.record(*code).expect("compiled");
            let (name, since, deprecated, formerly) = match constant {
                Constant::Name(name) => (Some(name.as_str()), None, None, Vec::new()),
                Constant::Versioned(v) => (
                    v.name.as_deref(),
                    v.since.as_deref(),
                    v.deprecated.as_deref(),
                    v.formerly
                        .iter()
                        .map(|f| {
                            (
                                f.name.as_str(),
                                f.status.label(),
                                f.since.as_str(),
                                f.meaning.as_deref(),
                            )
                        })
                        .collect(),
                ),
            };
            assert_eq!(compiled.name.as_deref(), name, "{path} {code}");
            assert_eq!(compiled.since.as_deref(), since, "{path} {code}");
            assert_eq!(compiled.deprecated.as_deref(), deprecated, "{path} {code}");
            let compiled_formerly: Vec<_> = compiled
                .formerly
                .iter()
                .map(|f| (&*f.name, f.status.label(), &*f.since, f.meaning.as_deref()))
                .collect();
            assert_eq!(compiled_formerly, formerly, "{path} {code}");
        }
    }
}

/// data/dataset.yaml names the IANA registries it was checked against, and the
/// binary carries exactly that record.
#[test]
fn dataset_names_its_registry_copies() {
    let dataset: Dataset = read("dataset.yaml");
    assert_eq!(&dataset, data::dataset());
    let urls: Vec<&str> = dataset.registries.iter().map(|r| r.url.as_ref()).collect();
    assert_eq!(
        urls,
        [
            "https://www.iana.org/assignments/http-status-codes/",
            "https://www.iana.org/assignments/http-methods/",
            "https://www.iana.org/assignments/http-fields/",
        ]
    );
    // --version gives each copy's own date, never the day of the check.
    for registry in dataset.registries.iter() {
        let date = registry.updated.as_deref().unwrap_or("(date not recorded)");
        assert!(
            data::VERSION.contains(&format!("{} {date}", registry.label)),
            "{}",
            data::VERSION
        );
    }
    assert!(!data::VERSION.contains(dataset.checked.as_ref()));
}

/// The decision tree in the binary is `data/decide/` as build.rs reads it.
#[test]
fn the_compiled_decision_tree_matches_the_files() {
    // Two copies of the model's types, so compared as what they serialize to.
    let from_files = crate::decide_rules::decision_tree(&data_dir());
    let from_files = serde_json::to_value(from_files).unwrap();
    let compiled = serde_json::to_value(data::decision_tree()).unwrap();
    assert_eq!(from_files, compiled);
}

/// The search index build.rs folded holds each code's own name, folded as a
/// typed query is, on the registry side for a registered code and the vendor
/// side for an unofficial one; so a code's name always finds it. Its word
/// lists hold the stems of the summary, synonyms and causes, sorted for the
/// binary search the query side does.
#[test]
fn the_search_index_folds_every_name() {
    use httpcode::normalise::{normalise, stems};
    let stem_set = |texts: &[&str]| {
        let set: std::collections::BTreeSet<String> = texts.iter().flat_map(|t| stems(t)).collect();
        set.into_iter().collect::<Vec<String>>()
    };
    let codes = data::codes();
    let index = data::search_index();
    assert_eq!(codes.len(), index.len());
    for (code, entry) in codes.iter().zip(index) {
        let name = normalise(&code.name);
        let side = if code.official() {
            &entry.registry
        } else {
            &entry.vendor
        };
        assert!(side.iter().any(|s| *s == name), "{}: {name:?}", code.code);
        assert_eq!(
            entry.summary.to_vec(),
            stem_set(&[&code.summary]),
            "{}",
            code.code
        );
        let synonyms: Vec<&str> = code.synonyms.iter().map(|s| s.as_ref()).collect();
        assert_eq!(
            entry.synonyms.to_vec(),
            stem_set(&synonyms),
            "{}",
            code.code
        );
        let causes: Vec<&str> = code.causes.iter().map(|s| s.as_ref()).collect();
        assert_eq!(entry.causes.to_vec(), stem_set(&causes), "{}", code.code);
        assert_eq!(
            entry.vendor_names.len(),
            code.vendors.len(),
            "{}",
            code.code
        );
    }
}
