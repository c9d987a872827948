//! Any text in, no panic out: the query layer classifies every string as a code,
//! a class, words or a typed error, and search and method parsing always answer.

use httpcode::decide;
use httpcode::error::Error;
use httpcode::exit::Exit;
use httpcode::query::{self, MethodQuery, Query};
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn parse_never_panics(text in any::<String>()) {
        match query::parse(&text) {
            Ok(Query::Code(code)) => prop_assert!((100..=599).contains(&code)),
            Ok(Query::Class(_)) | Ok(Query::Words(_)) => {}
            Err(err) => prop_assert!(matches!(err.exit(), Exit::NotFound | Exit::Usage)),
        }
    }

    #[test]
    fn numbers_outside_the_range_are_invalid(n in any::<i64>()) {
        let result = query::parse(&n.to_string());
        if (100..=599).contains(&n) {
            prop_assert_eq!(result.ok(), Some(Query::Code(n as u16)));
        } else {
            prop_assert!(matches!(result, Err(Error::InvalidCode(_))));
        }
    }

    #[test]
    fn search_and_suggestions_never_panic(text in "\\PC{0,40}") {
        let hits = query::search(&text);
        for hit in hits {
            prop_assert!((100..=599).contains(&hit.code));
        }
        let _ = query::did_you_mean(&text);
    }

    #[test]
    fn method_names_are_tokens_or_errors(text in any::<String>()) {
        match query::method(&text) {
            Ok(MethodQuery::Known(entry)) => prop_assert_eq!(entry.method.as_ref(), text.as_str()),
            Ok(MethodQuery::WrongCase(entry)) => {
                prop_assert!(entry.method.eq_ignore_ascii_case(&text) && entry.method != text)
            }
            Ok(MethodQuery::Extension { suggestions }) => prop_assert!(suggestions.len() <= 3),
            Err(err) => prop_assert_eq!(err.exit(), Exit::Usage),
        }
    }

    /// Real pairs, answers and junk in any mix: a walk, or a usage error;
    /// never a panic.
    #[test]
    fn decide_walks_or_fails_as_usage(words in proptest::collection::vec(decide_word(), 0..9)) {
        match decide::walk_pairs(&words) {
            Ok(walk) => prop_assert_eq!(walk.steps.len(), words.len()),
            Err(err) => prop_assert_eq!(err.exit(), Exit::Usage),
        }
        match decide::walk_sequence(&words) {
            Ok(walk) => prop_assert_eq!(walk.steps.len(), words.len()),
            Err(err) => prop_assert_eq!(err.exit(), Exit::Usage),
        }
    }
}

/// An `ID=ANSWER` pair of the tree, a bare answer id, or junk.
fn decide_word() -> impl Strategy<Value = String> {
    let tree = httpcode::data::decision_tree();
    let pairs: Vec<String> = tree
        .questions
        .iter()
        .flat_map(|q| q.answers.iter().map(move |a| format!("{}={}", q.id, a.id)))
        .collect();
    let answers: Vec<String> = tree
        .questions
        .iter()
        .flat_map(|q| q.answers.iter().map(|a| a.id.to_string()))
        .collect();
    prop_oneof![
        proptest::sample::select(pairs),
        proptest::sample::select(answers),
        "[a-z=-]{0,12}",
    ]
}
