//! Invariants over every data file, read from `data/` on disk: it parses into
//! the model, codes are unique and in range, references resolve, sources and
//! URLs are well formed, and the dataset compiled into the binary is the same.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::PathBuf;

use crate::yaml::{Constant, Constants};
use httpcode::data;
use httpcode::model::is_citation;
use httpcode::model::{Comparison, Dataset, HeaderField, Method, StatusCode};

fn load<T: serde::de::DeserializeOwned>(folder: &str) -> Vec<(String, T)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("data")
        .join(folder);
    let mut paths: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "yaml"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty(), "data/{folder} is empty");
    paths
        .into_iter()
        .map(|path| {
            let name = format!("{folder}/{}", path.file_name().unwrap().to_string_lossy());
            let text = fs::read_to_string(&path).unwrap();
            let record: T = serde_yaml::from_str(&text)
                .unwrap_or_else(|e| panic!("{name} does not parse: {e}"));
            (name, record)
        })
        .collect()
}

fn codes() -> BTreeMap<u16, StatusCode> {
    let mut map = BTreeMap::new();
    for (path, code) in load::<StatusCode>("codes") {
        assert_eq!(
            path,
            format!("codes/{}.yaml", code.code),
            "file named after its code"
        );
        assert!(
            map.insert(code.code, code).is_none(),
            "{path}: duplicate code"
        );
    }
    map
}

fn check_url(owner: &str, url: &str) {
    assert!(
        url.starts_with("https://"),
        "{owner}: URL {url:?} is not https"
    );
    assert!(
        !url.contains(char::is_whitespace),
        "{owner}: URL {url:?} has whitespace"
    );
    assert!(
        url["https://".len()..].contains('.'),
        "{owner}: URL {url:?} has no host"
    );
}

fn check_spec(owner: &str, spec: &httpcode::model::Spec) {
    check_url(owner, &spec.url);
    if let Some(number) = spec.document.strip_prefix("RFC ") {
        let base = format!("https://www.rfc-editor.org/rfc/rfc{number}.html");
        let expected = match &spec.section {
            Some(section) => format!("{base}#section-{section}"),
            None => base,
        };
        assert_eq!(
            spec.url, expected,
            "{owner}: spec URL does not match document and section"
        );
    }
}

#[test]
fn codes_are_unique_in_range_and_complete() {
    let codes = codes();
    for (n, code) in &codes {
        let owner = format!("codes/{n}.yaml");
        assert!((100..=599).contains(n), "{owner}: out of range");
        assert!(!code.name.trim().is_empty(), "{owner}: empty name");
        assert!(!code.summary.trim().is_empty(), "{owner}: empty summary");
        assert!(
            !code.description.trim().is_empty(),
            "{owner}: empty description"
        );
        assert!(
            !code.server.trim().is_empty(),
            "{owner}: empty server guidance"
        );
        assert!(
            !code.retry.advice.trim().is_empty(),
            "{owner}: empty retry advice"
        );
        assert!(
            code.summary.chars().count() <= 100,
            "{owner}: summary longer than 100"
        );
        assert!(
            is_citation(&code.retry.source),
            "{owner}: retry source {:?}",
            code.retry.source
        );
        assert!(
            is_citation(&code.caching.source),
            "{owner}: caching source {:?}",
            code.caching.source
        );
        for header in code.headers.iter() {
            assert!(
                is_citation(&header.source),
                "{owner}: header source {:?}",
                header.source
            );
            assert!(
                !header.name.is_empty() && !header.note.is_empty(),
                "{owner}: header"
            );
        }
        for related in code.related.iter() {
            assert!(
                codes.contains_key(related),
                "{owner}: related code {related} does not exist"
            );
            assert_ne!(related, n, "{owner}: related to itself");
        }
        if let Some(link) = &code.see_also {
            check_url(&owner, link);
        }
        if let Some(spec) = code.spec() {
            assert!(!spec.document.is_empty(), "{owner}: spec without document");
            check_spec(&owner, spec);
        }
        for vendor in code.vendors.iter() {
            check_url(&owner, &vendor.source);
            assert!(
                !vendor.meaning.is_empty() && !vendor.action.is_empty(),
                "{owner}: vendor text"
            );
        }
        let names: BTreeSet<String> = code.aliases.iter().map(|a| a.to_lowercase()).collect();
        assert_eq!(names.len(), code.aliases.len(), "{owner}: duplicate alias");
        assert!(
            !names.contains(&code.name.to_lowercase()),
            "{owner}: alias repeats the name"
        );
    }
}

#[test]
fn the_compiled_dataset_matches_the_files() {
    let codes = codes();
    let compiled: Vec<u16> = data::codes().iter().map(|e| e.code).collect();
    assert_eq!(compiled, codes.keys().copied().collect::<Vec<_>>());
    for (n, code) in &codes {
        assert_eq!(data::code(*n), Some(code), "codes/{n}.yaml");
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
}

#[test]
fn comparisons_reference_existing_codes_and_answer_every_question() {
    let codes = codes();
    for (path, group) in load::<Comparison>("comparisons") {
        assert!(group.codes.len() >= 2, "{path}: fewer than two codes");
        assert!(!group.questions.is_empty(), "{path}: no questions");
        let unique: BTreeSet<u16> = group.codes.iter().copied().collect();
        assert_eq!(unique.len(), group.codes.len(), "{path}: repeated code");
        let rows: Vec<u16> = group.rows.iter().map(|r| r.code).collect();
        assert_eq!(
            rows,
            group.codes.to_vec(),
            "{path}: rows must follow `codes`"
        );
        for row in group.rows.iter() {
            assert!(
                codes.contains_key(&row.code),
                "{path}: code {} does not exist",
                row.code
            );
            assert_eq!(
                row.answers.len(),
                group.questions.len(),
                "{path}: {} answers",
                row.code
            );
            assert!(
                row.answers.iter().all(|a| !a.trim().is_empty()),
                "{path}: empty answer"
            );
            assert!(!row.problem.is_empty() && !row.send.is_empty() && !row.next.is_empty());
        }
        assert!(!group.sources.is_empty(), "{path}: no sources");
        for source in group.sources.iter() {
            assert!(is_citation(source), "{path}: source {source:?}");
        }
    }
}

#[test]
fn methods_are_unique_and_reference_existing_codes() {
    let codes = codes();
    let mut seen = BTreeSet::new();
    for (path, method) in load::<Method>("methods") {
        assert!(
            seen.insert(method.method.clone()),
            "{path}: duplicate method"
        );
        check_spec(&path, &method.spec);
        assert!(
            !method.summary.is_empty() && !method.description.is_empty(),
            "{path}"
        );
        for code in method
            .success
            .iter()
            .chain(method.errors.iter().map(|e| &e.code))
        {
            assert!(
                codes.contains_key(code),
                "{path}: code {code} does not exist"
            );
        }
        for error in method.errors.iter() {
            assert!(
                is_citation(&error.source),
                "{path}: source {:?}",
                error.source
            );
        }
    }
}

#[test]
fn constants_name_existing_codes() {
    let codes = codes();
    for (path, runtime) in load::<Constants>("constants") {
        assert_eq!(path, format!("constants/{}.yaml", runtime.runtime));
        check_url(&path, &runtime.source);
        for (code, constant) in &runtime.codes {
            assert!(
                codes.contains_key(code),
                "{path}: code {code} does not exist"
            );
            let names: Vec<&str> = match constant {
                Constant::Name(name) => vec![name.as_str()],
                Constant::Versioned(v) => v
                    .name
                    .iter()
                    .map(String::as_str)
                    .chain(v.formerly.iter().map(|f| f.name.as_str()))
                    .collect(),
            };
            assert!(!names.is_empty(), "{path}: no name for {code}");
            for name in names {
                assert!(!name.trim().is_empty(), "{path}: empty name for {code}");
            }
        }
        compiled_runtime_matches(&path, &runtime);
    }
}

/// The binary's copy of a constants file: same version, and per code the same
/// current name and history.
fn compiled_runtime_matches(path: &str, runtime: &Constants) {
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

/// data/dataset.yaml names the IANA registries it was checked against, and the
/// binary carries exactly that record.
#[test]
fn dataset_names_its_registry_copies() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/dataset.yaml");
    let dataset: Dataset = serde_yaml::from_str(&fs::read_to_string(path).unwrap()).unwrap();
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

/// One file per field, named after it in lower case, unique regardless of case,
/// with a well-formed spec and sources; every field a code names exists; the
/// compiled fields are the files'.
#[test]
fn header_fields_are_unique_cited_and_cover_every_code() {
    let fields = load::<HeaderField>("headers");
    let mut names = BTreeSet::new();
    for (path, field) in &fields {
        let lower = field.name.to_ascii_lowercase();
        assert_eq!(
            path,
            &format!("headers/{lower}.yaml"),
            "file named after its field"
        );
        assert!(names.insert(lower), "{path}: duplicate field name");
        check_spec(path, &field.spec);
        assert!(!field.sources.is_empty(), "{path}: no source");
        for source in field.sources.iter() {
            assert!(is_citation(source), "{path}: bad source {source:?}");
        }
        let compiled = data::header(&field.name).expect("compiled");
        assert_eq!(compiled, field, "{path}: compiled copy differs");
    }
    assert_eq!(data::headers().len(), fields.len());
    for (n, code) in codes() {
        for header in code.headers.iter() {
            assert!(
                names.contains(&header.name.to_ascii_lowercase()),
                "codes/{n}.yaml: {} is not in data/headers",
                header.name
            );
        }
    }
}

#[test]
fn citation_checker_rejects_junk() {
    assert!(is_citation("RFC 9110 §15.6.2"));
    assert!(is_citation("RFC 7725"));
    assert!(is_citation("https://nginx.org/en/docs/"));
    assert!(!is_citation("RFC9110"));
    assert!(!is_citation("RFC 9110 §"));
    assert!(!is_citation("see the RFC"));
}

/// The decision tree in the binary is `data/decide/` as written, and every
/// question's source is a well-formed citation, or several joined by "; ".
#[test]
fn the_compiled_decision_tree_matches_the_files() {
    use httpcode::model::{DecisionTree, List, Outcome, Question, Text};
    #[derive(serde::Deserialize)]
    struct TreeFile {
        root: Text,
        questions: List<Question>,
    }
    #[derive(serde::Deserialize)]
    struct ResultsFile {
        results: List<Outcome>,
    }
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data/decide");
    let read = |name: &str| fs::read_to_string(dir.join(name)).unwrap();
    let tree: TreeFile = serde_yaml::from_str(&read("tree.yaml")).unwrap();
    let results: ResultsFile = serde_yaml::from_str(&read("results.yaml")).unwrap();
    let from_files = DecisionTree {
        root: tree.root,
        questions: tree.questions,
        results: results.results,
    };
    assert_eq!(&from_files, data::decision_tree());
    for q in from_files.questions.iter() {
        for citation in q.source.split("; ") {
            assert!(
                is_citation(citation),
                "decide/tree.yaml: {}: {citation:?} in {:?}",
                q.id,
                q.source
            );
        }
    }
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
