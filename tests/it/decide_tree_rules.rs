//! build.rs's checks of `data/decide/` (build/decide.rs), run on the real
//! tree and on broken copies of it: each rule refuses the tree it guards against.

use std::fs;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};

use crate::decide_rules;
use crate::model::{Choice, Comparison, DecisionTree, Question, StatusCode};

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
    let codes: Vec<(String, StatusCode)> = load("codes");
    let comparisons: Vec<(String, Comparison)> = load("comparisons");
    let mut tree = decide_rules::decision_tree(Path::new(&data()));
    change(&mut tree);
    let result = catch_unwind(AssertUnwindSafe(|| {
        decide_rules::check_tree(&tree, &codes, &comparisons)
    }));
    result.err().map(|payload| {
        payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default()
    })
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
        answer(t, "permission", "yes").result = None;
        answer(t, "permission", "yes").next = Some("area".into());
    });
}

#[test]
fn a_path_of_more_than_seven_questions_is_refused() {
    refuses("long path", "more than 7", |t| {
        answer(t, "semantics", "no").result = None;
        answer(t, "semantics", "no").next = Some("moved".into());
    });
}

#[test]
fn an_answer_must_lead_somewhere_known() {
    refuses("unknown next", "unknown question", |t| {
        answer(t, "gone", "yes").result = None;
        answer(t, "gone", "yes").next = Some("nowhere".into());
    });
    refuses("both next and result", "exactly one", |t| {
        answer(t, "gone", "yes").next = Some("legal".into());
    });
    refuses("neither", "exactly one", |t| {
        answer(t, "gone", "yes").result = None;
    });
}

#[test]
fn results_are_registered_codes() {
    refuses("unofficial code", "not a registered code", |t| {
        answer(t, "upstream", "timeout").result = Some(499);
    });
    refuses("unknown code", "not a registered code", |t| {
        answer(t, "upstream", "timeout").result = Some(299);
    });
}

#[test]
fn ids_are_unique_words_and_sources_are_citations() {
    refuses("duplicate id", "duplicate id", |t| {
        question(t, "gone").id = "legal".into();
    });
    refuses("duplicate answer", "duplicate answer", |t| {
        answer(t, "gone", "yes").id = "no".into();
    });
    refuses("not a word", "ids are lower-case words", |t| {
        question(t, "gone").id = "Gone Forever".into();
        answer(t, "legal", "no").next = Some("Gone Forever".into());
    });
    refuses("citation", "is not a citation", |t| {
        question(t, "gone").source = "RFC9110 15.5.11".into();
    });
}

#[test]
fn comparison_links_and_close_calls_must_resolve() {
    refuses("unknown cell", "has no answer", |t| {
        let link = &mut question(t, "gone").compares.to_mut()[0];
        link.answers.to_mut()[0].cells = vec!["Perhaps".into()].into();
    });
    refuses("unknown comparison", "no comparison titled", |t| {
        question(t, "gone").compares.to_mut()[0].comparison = "404 vs 999".into();
    });
    refuses(
        "close call without a comparison",
        "no curated comparison holds both",
        |t| {
            let outcome = t
                .results
                .to_mut()
                .iter_mut()
                .find(|o| o.code == 200)
                .unwrap();
            outcome.close_calls.to_mut()[0].code = 404;
        },
    );
}

#[test]
fn every_result_has_exactly_one_entry() {
    refuses("missing entry", "has no entry", |t| {
        t.results.to_mut().retain(|o| o.code != 504);
    });
    refuses("unreached entry", "no answer in the tree ends here", |t| {
        answer(t, "upstream", "timeout").result = Some(502);
    });
}
