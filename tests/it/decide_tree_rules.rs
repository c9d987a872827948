//! build.rs's checks of `data/decide/` (build/decide.rs), run on the real
//! tree and on broken copies of it: each rule refuses the tree it guards against.

use std::fs;
use std::path::{Path, PathBuf};

use crate::decide_rules;
use crate::model::{Choice, CloseCall, Comparison, DecisionTree, Leads, Question, StatusCode};

fn data() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("data")
}

fn load<T: serde::de::DeserializeOwned>(folder: &str) -> Vec<(String, T)> {
    let mut paths: Vec<PathBuf> = fs::read_dir(data().join(folder))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .collect();
    paths.sort();
    paths
        .into_iter()
        .map(|p| {
            let text = fs::read_to_string(&p).unwrap();
            (
                p.display().to_string(),
                serde_yaml::from_str(&text).unwrap(),
            )
        })
        .collect()
}

/// Runs the checks on a changed copy of the real tree; returns the panic message.
fn refusal(change: impl FnOnce(&mut DecisionTree)) -> Option<String> {
    // Read once; each refusal changes its own copy of the tree.
    type Files = (
        Vec<(String, StatusCode)>,
        Vec<(String, Comparison)>,
        DecisionTree,
    );
    static FILES: std::sync::OnceLock<Files> = std::sync::OnceLock::new();
    let (codes, comparisons, tree) = FILES.get_or_init(|| {
        (
            load("codes"),
            load("comparisons"),
            decide_rules::decision_tree(Path::new(&data())),
        )
    });
    let mut tree = tree.clone();
    change(&mut tree);
    crate::common::panic_message(|| decide_rules::check_tree(&tree, codes, comparisons))
}

fn question<'a>(tree: &'a mut DecisionTree, id: &str) -> &'a mut Question {
    tree.questions
        .to_mut()
        .iter_mut()
        .find(|q| q.id == id)
        .unwrap()
}

fn answer<'a>(tree: &'a mut DecisionTree, id: &str, answer: &str) -> &'a mut Choice {
    question(tree, id)
        .answers
        .to_mut()
        .iter_mut()
        .find(|a| a.id == answer)
        .unwrap()
}

fn refuses(what: &str, expected: &str, change: impl FnOnce(&mut DecisionTree)) {
    let message = refusal(change).unwrap_or_else(|| panic!("{what}: the checks accepted it"));
    assert!(
        message.contains(expected),
        "{what}: refused for another reason: {message}"
    );
}

#[test]
fn the_real_tree_passes() {
    assert_eq!(refusal(|_| {}), None);
}

#[test]
fn a_cycle_is_refused() {
    refuses("cycle", "a cycle", |t| {
        answer(t, "permission", "yes").leads = Leads::Question("area".into());
    });
}

#[test]
fn a_path_of_more_than_eight_questions_is_refused() {
    // outcome area method syntax semantics server-trouble server-state, then
    // moved permanent keep-method-permanent: ten questions.
    refuses("long path", "more than 8", |t| {
        answer(t, "server-state", "bug").leads = Leads::Question("moved".into());
    });
}

#[test]
fn an_answer_must_lead_somewhere_known() {
    refuses("unknown next", "unknown question", |t| {
        answer(t, "target", "gone").leads = Leads::Question("nowhere".into());
    });
}

#[test]
fn results_are_registered_codes() {
    refuses("unofficial code", "not a registered code", |t| {
        answer(t, "upstream", "timeout").leads = Leads::Code(499);
    });
    refuses("unknown code", "not a registered code", |t| {
        answer(t, "upstream", "timeout").leads = Leads::Code(299);
    });
}

#[test]
fn ids_are_unique_words_and_sources_are_citations() {
    refuses("duplicate id", "duplicate id", |t| {
        question(t, "target").id = "size".into();
    });
    refuses("duplicate answer", "duplicate answer", |t| {
        answer(t, "target", "gone").id = "missing".into();
    });
    refuses("not a word", "ids are lower-case words", |t| {
        question(t, "target").id = "Gone Forever".into();
        answer(t, "area", "target").leads = Leads::Question("Gone Forever".into());
    });
    refuses("citation", "is not a citation", |t| {
        question(t, "target").source = "RFC9110 15.5.11".into();
    });
    refuses("one citation of several", "is not a citation", |t| {
        question(t, "size").source = "RFC 9110 §15.5.14; RFC 9110 §15.5.15; RFC6585 5".into();
    });
}

#[test]
fn a_question_cites_the_section_of_every_code_it_ends_at() {
    // 431 is defined in RFC 6585 §5, not in RFC 9110 §15.5.14 with 413.
    refuses("missing citation", "does not cite RFC 6585 §5", |t| {
        question(t, "size").source = "RFC 9110 §15.5.14; RFC 9110 §15.5.15".into();
    });
    // 511 comes from RFC 6585 §6.
    refuses("missing citation", "does not cite RFC 6585 §6", |t| {
        question(t, "credentials").source =
            "RFC 9110 §15.5.2; RFC 9110 §15.5.8; RFC 9110 §15.5.4".into();
    });
}

#[test]
fn comparison_links_must_resolve() {
    refuses("unknown cell", "has no answer", |t| {
        let link = &mut question(t, "target").compares.to_mut()[0];
        link.answers.to_mut()[0].cells = vec!["Perhaps".into()].into();
    });
    refuses("unknown comparison", "no comparison titled", |t| {
        question(t, "target").compares.to_mut()[0].comparison = "404 vs 999".into();
    });
}

fn close_calls_of(t: &mut DecisionTree, code: u16) -> &mut Vec<CloseCall> {
    t.results
        .to_mut()
        .iter_mut()
        .find(|o| o.code == code)
        .unwrap()
        .close_calls
        .to_mut()
}

#[test]
fn every_result_has_close_calls_to_registered_codes() {
    refuses("no close calls", "no close calls", |t| {
        close_calls_of(t, 206).clear();
    });
    refuses("unofficial close call", "is not a registered code", |t| {
        close_calls_of(t, 500)[0].code = 499;
    });
    refuses("close call to itself", "a close call to itself", |t| {
        close_calls_of(t, 500)[0].code = 500;
    });
    refuses("twice", "listed twice", |t| {
        let calls = close_calls_of(t, 500);
        calls[1].code = calls[0].code;
    });
}

#[test]
fn every_result_has_exactly_one_entry() {
    refuses("missing entry", "has no entry", |t| {
        t.results.to_mut().retain(|o| o.code != 504);
    });
    refuses("unreached entry", "no answer in the tree ends here", |t| {
        answer(t, "upstream", "timeout").leads = Leads::Code(502);
    });
}

/// An answer leads to a question or to a code, never both or neither: such a
/// tree does not even parse.
#[test]
fn an_answer_names_next_or_result_not_both() {
    let parse = |yaml: &str| serde_yaml::from_str::<Choice>(yaml).map_err(|e| e.to_string());
    assert!(parse("{id: a, text: A, next: q}").is_ok());
    assert!(parse("{id: a, text: A, result: 404}").is_ok());
    for broken in ["{id: a, text: A, next: q, result: 404}", "{id: a, text: A}"] {
        let err = parse(broken).expect_err(broken);
        assert!(err.contains("exactly one of `next` and `result`"), "{err}");
    }
}
