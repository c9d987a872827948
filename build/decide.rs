//! The part of build.rs that reads and checks `data/decide/`, the tree of
//! `httpcode decide`: ids, where answers lead, cycles, path length, citations,
//! result records, close calls and links to the curated comparisons.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use crate::model::*;

/// `decide/tree.yaml` (the questions) and `decide/results.yaml` (what each
/// code the tree ends at says), joined into one record.
pub fn decision_tree(data: &Path) -> DecisionTree {
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct TreeFile {
        root: Text,
        questions: List<Question>,
    }
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct ResultsFile {
        results: List<Outcome>,
    }
    let read = |name: &str| {
        let path = data.join("decide").join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
    };
    let tree: TreeFile = serde_yaml::from_str(&read("tree.yaml"))
        .unwrap_or_else(|e| panic!("decide/tree.yaml does not fit the model: {e}"));
    let results: ResultsFile = serde_yaml::from_str(&read("results.yaml"))
        .unwrap_or_else(|e| panic!("decide/results.yaml does not fit the model: {e}"));
    DecisionTree {
        root: tree.root,
        questions: tree.questions,
        results: results.results,
    }
}

/// The longest path the tree may ask, in questions.
const MAX_QUESTIONS: usize = 8;

/// A question's sources: one citation, or several joined by "; " when its
/// answers rest on different sections.
pub fn citations(source: &str) -> impl Iterator<Item = &str> {
    source.split("; ")
}

/// Ids unique and well formed, every answer leads to a question or to a
/// registered code, no cycles, no path longer than MAX_QUESTIONS, citations
/// well formed and covering the section that defines each code a question
/// ends at, one result record per code reached (and none unreached), close
/// calls for every result, and comparison links that resolve.
pub fn check_tree(
    tree: &DecisionTree,
    codes: &[(String, StatusCode)],
    comparisons: &[(String, Comparison)],
) {
    let registered: BTreeSet<u16> = codes
        .iter()
        .filter(|(_, c)| c.official())
        .map(|(_, c)| c.code)
        .collect();
    let defined_in = |code: u16| {
        codes
            .iter()
            .find(|(_, c)| c.code == code)
            .and_then(|(_, c)| c.spec())
            .map(|spec| spec.citation())
    };
    let mut ids = BTreeSet::new();
    for q in tree.questions.iter() {
        let at = format!("decide/tree.yaml: question {:?}", q.id.as_ref());
        assert!(
            is_word(&q.id),
            "{at}: ids are lower-case words joined by '-'"
        );
        assert!(ids.insert(q.id.as_ref()), "{at}: duplicate id");
        for citation in citations(&q.source) {
            assert!(
                is_citation(citation),
                "{at}: source {citation:?} is not a citation (several are joined by \"; \")"
            );
        }
        assert!(!q.answers.is_empty(), "{at}: has no answers");
        let mut answers = BTreeSet::new();
        for a in q.answers.iter() {
            assert!(
                is_word(&a.id),
                "{at}: answer id {:?} is not a short word",
                a.id
            );
            assert!(
                answers.insert(a.id.as_ref()),
                "{at}: duplicate answer {:?}",
                a.id
            );
            if let Some(code) = a.code() {
                assert!(
                    registered.contains(&code),
                    "{at}: answer {:?} ends at {code}, which is not a registered code in the dataset",
                    a.id
                );
                if let Some(defined) = defined_in(code) {
                    assert!(
                        citations(&q.source).any(|c| c == defined),
                        "{at}: answer {:?} ends at {code}, but the source does not cite {defined}, where {code} is defined",
                        a.id
                    );
                }
            }
        }
        for link in q.compares.iter() {
            let group = comparisons
                .iter()
                .map(|(_, g)| g)
                .find(|g| g.title == link.comparison)
                .unwrap_or_else(|| panic!("{at}: no comparison titled {:?}", link.comparison));
            let column = group
                .questions
                .iter()
                .position(|cq| *cq == link.question)
                .unwrap_or_else(|| {
                    panic!(
                        "{at}: {:?} has no question {:?}",
                        link.comparison, link.question
                    )
                });
            for agree in link.answers.iter() {
                assert!(
                    answers.contains(agree.answer.as_ref()),
                    "{at}: compares names unknown answer {:?}",
                    agree.answer
                );
                for cell in agree.cells.iter() {
                    assert!(
                        group.rows.iter().any(|r| r.answers[column] == *cell),
                        "{at}: {:?} has no answer {cell:?} to {:?}",
                        link.comparison,
                        link.question
                    );
                }
            }
        }
    }
    for q in tree.questions.iter() {
        for a in q.answers.iter() {
            if let Some(next) = a.next() {
                assert!(
                    ids.contains(next),
                    "decide/tree.yaml: {}={} leads to unknown question {next:?}",
                    q.id,
                    a.id
                );
            }
        }
    }
    assert!(
        ids.contains(tree.root.as_ref()),
        "decide/tree.yaml: root {:?} is not a question",
        tree.root
    );
    let depth = longest_path(tree, &tree.root, &mut Vec::new());
    assert!(
        depth <= MAX_QUESTIONS,
        "decide/tree.yaml: a path asks {depth} questions, more than {MAX_QUESTIONS}"
    );

    let reached: BTreeSet<u16> = tree
        .questions
        .iter()
        .flat_map(|q| q.answers.iter().filter_map(|a| a.code()))
        .collect();
    let mut described = BTreeSet::new();
    for outcome in tree.results.iter() {
        let at = format!("decide/results.yaml: {}", outcome.code);
        assert!(described.insert(outcome.code), "{at}: listed twice");
        assert!(
            reached.contains(&outcome.code),
            "{at}: no answer in the tree ends here"
        );
        assert!(
            !outcome.close_calls.is_empty(),
            "{at}: no close calls: name the codes easy to pick instead"
        );
        let mut called = BTreeSet::new();
        for close in outcome.close_calls.iter() {
            assert!(close.code != outcome.code, "{at}: a close call to itself");
            assert!(
                called.insert(close.code),
                "{at}: close call {} listed twice",
                close.code
            );
            assert!(
                registered.contains(&close.code),
                "{at}: close call {} is not a registered code in the dataset",
                close.code
            );
        }
    }
    for code in &reached {
        assert!(
            described.contains(code),
            "decide/results.yaml: {code} is a result of the tree but has no entry"
        );
    }
}

/// The most questions any path from `id` asks; panics on a cycle.
fn longest_path<'a>(tree: &'a DecisionTree, id: &'a str, stack: &mut Vec<&'a str>) -> usize {
    assert!(
        !stack.contains(&id),
        "decide/tree.yaml: a cycle: {} -> {id}",
        stack.join(" -> ")
    );
    let question = tree
        .questions
        .iter()
        .find(|q| q.id == id)
        .expect("checked: every `next` names a question");
    stack.push(id);
    let deepest = question
        .answers
        .iter()
        .filter_map(|a| a.next())
        .map(|next| longest_path(tree, next, stack))
        .max()
        .unwrap_or(0);
    stack.pop();
    deepest + 1
}

/// Answer and question ids: short lower-case words, joined by '-'.
fn is_word(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= 24
        && text.split('-').all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        })
}
