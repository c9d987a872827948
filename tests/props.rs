//! Any text in, no panic out: the query layer classifies every string as a code,
//! a class, words or a typed error, and search and method parsing always answer.

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
}
