//! Property tests over the query layer, drawn from the inputs where its decisions
//! are made: numbers around and inside 100–599, strings of token characters,
//! registered method names in random letter case, and words from the dataset.

use httpcode::data;
use httpcode::decide;
use httpcode::error::Error;
use httpcode::exit::Exit;
use httpcode::query::{self, Found, MethodQuery, Query};
use proptest::prelude::*;

/// RFC 9110 §5.6.2: the characters a token (and so a method name) may hold,
/// `count` of them, as a regex strategy.
fn token(count: &str) -> proptest::string::RegexGeneratorStrategy<String> {
    proptest::string::string_regex(&format!("[!#$%&'*+.^_`|~0-9A-Za-z-]{count}"))
        .expect("a valid regex")
}

/// A registered method name with each letter's case flipped at random.
fn method_in_random_case() -> impl Strategy<Value = (String, String)> {
    let names: Vec<String> = data::methods()
        .iter()
        .map(|m| m.method.to_string())
        .collect();
    (proptest::sample::select(names), any::<u64>()).prop_map(|(name, bits)| {
        let mixed = name
            .chars()
            .enumerate()
            .map(|(i, c)| {
                if bits >> (i % 64) & 1 == 1 {
                    c.to_ascii_lowercase()
                } else {
                    c
                }
            })
            .collect();
        (name, mixed)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Three-digit numbers in range are codes; every other number is invalid.
    #[test]
    fn numbers_map_to_codes_or_invalid(n in -1000i64..2000) {
        let result = query::parse(&n.to_string());
        if (100..=599).contains(&n) {
            prop_assert_eq!(result.ok(), Some(Query::Code(n as u16)));
        } else {
            prop_assert!(matches!(result, Err(Error::InvalidCode(_))), "{n}");
        }
    }

    /// A known code resolves to its record; an unknown one is "not found" (1)
    /// and names registered neighbours of the same class.
    #[test]
    fn codes_in_range_are_known_or_not_found(n in 100u16..600) {
        match query::known_code(n) {
            Ok(record) => prop_assert_eq!(record.code, n),
            Err(err) => {
                prop_assert_eq!(err.exit(), Exit::NoAnswer);
                let Error::UnknownCode { nearest, .. } = err else {
                    return Err(TestCaseError::fail("expected UnknownCode"));
                };
                for (code, _) in nearest {
                    prop_assert_eq!(code / 100, n / 100);
                    prop_assert!(data::code(code).is_some_and(|c| c.official()));
                }
            }
        }
    }

    /// Token strings are methods (registered, other case, or extension), never errors.
    #[test]
    fn tokens_are_methods(text in token("{1,20}")) {
        match query::method(&text) {
            Ok(MethodQuery::Known(m)) => prop_assert_eq!(m.method.as_ref(), text.as_str()),
            Ok(MethodQuery::WrongCase(m)) => {
                prop_assert!(m.method.eq_ignore_ascii_case(&text) && m.method != text)
            }
            Ok(MethodQuery::Extension { suggestions }) => {
                prop_assert!(data::method(&text).is_none());
                prop_assert!(suggestions.len() <= 3);
            }
            Err(err) => return Err(TestCaseError::fail(format!("{text:?}: {err}"))),
        }
    }

    /// A token with one character outside tchar is a usage error (2).
    #[test]
    fn non_tokens_are_usage_errors(
        before in token("{0,8}"),
        bad in "[ \t\"(),/:;<=>?@\\[\\\\\\]{}é\u{7f}]",
        after in token("{0,8}"),
    ) {
        let text = format!("{before}{bad}{after}");
        let err = query::method(&text).expect_err("not a token");
        prop_assert_eq!(err.exit(), Exit::Usage);
    }

    /// Method names are case-sensitive (RFC 9110 §9.1): the exact name is the
    /// registered method, any other casing is a different, unregistered one.
    #[test]
    fn registered_names_in_other_case((name, mixed) in method_in_random_case()) {
        match query::method(&mixed) {
            Ok(MethodQuery::Known(m)) => {
                prop_assert_eq!(&mixed, &name);
                prop_assert_eq!(m.method.as_ref(), name.as_str());
            }
            Ok(MethodQuery::WrongCase(m)) => {
                prop_assert_ne!(&mixed, &name);
                prop_assert!(m.method.eq_ignore_ascii_case(&mixed));
            }
            other => return Err(TestCaseError::fail(format!("{mixed:?}: {other:?}"))),
        }
    }

    /// Every code's own name finds that code, whatever the letter case; only a
    /// registered code may take the card from an unofficial one of the same
    /// name (AWS ELB's 561 "Unauthorized" beside 401).
    #[test]
    fn names_find_their_code(index in 0usize..1000, upper in any::<bool>()) {
        let codes = data::codes();
        let record = &codes[index % codes.len()];
        let name = if upper { record.name.to_uppercase() } else { record.name.to_lowercase() };
        match query::search(&name) {
            Found::One(hit) if hit.code != record.code => {
                prop_assert!(hit.official() && !record.official(), "{name:?} opened {}", hit.code)
            }
            Found::One(_) => {}
            Found::Many(hits) => prop_assert!(hits.iter().any(|h| h.code == record.code)),
            Found::None => return Err(TestCaseError::fail(format!("{name:?} found nothing"))),
        }
    }

    /// Any text in, an answer out: no panic, and every hit is a real code.
    #[test]
    fn search_never_panics(text in "\\PC{0,40}") {
        match query::search(&text) {
            Found::One(hit) => prop_assert!(data::code(hit.code).is_some()),
            Found::Many(hits) => prop_assert!(!hits.is_empty()),
            Found::None => {}
        }
        let _ = query::did_you_mean(&text);
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

/// A name from the search index with up to three random edits (insertions,
/// deletions, substitutions, swaps of neighbours): the typos did-you-mean meets.
fn mistyped_name() -> impl Strategy<Value = String> {
    let names: Vec<String> = data::search_index()
        .iter()
        .flat_map(|e| e.registry.iter().chain(e.vendor.iter()))
        .map(|n| n.to_string())
        .collect();
    (
        proptest::sample::select(names),
        proptest::collection::vec((0u8..4, any::<usize>(), b'a'..=b'z'), 0..4),
    )
        .prop_map(|(name, edits)| {
            let mut chars: Vec<char> = name.chars().collect();
            for (kind, at, letter) in edits {
                let at = at % (chars.len() + 1);
                match kind {
                    0 => chars.insert(at, char::from(letter)),
                    1 if at < chars.len() => {
                        chars.remove(at);
                    }
                    2 if at < chars.len() => chars[at] = char::from(letter),
                    3 if at + 1 < chars.len() => chars.swap(at, at + 1),
                    _ => {}
                }
            }
            chars.into_iter().collect()
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// did-you-mean skips names it can prove cannot win; it still finds what
    /// scoring every name would: the first name of the highest similarity, if
    /// that is at least 0.7.
    #[test]
    fn did_you_mean_is_the_best_name_of_all(typo in mistyped_name()) {
        let query = httpcode::normalise::normalise(&typo);
        let mut best: Option<(f64, u16)> = None;
        for (code, entry) in data::codes().iter().zip(data::search_index()) {
            for name in entry.registry.iter().chain(entry.vendor.iter()) {
                let score = strsim::normalized_damerau_levenshtein(&query, name);
                if best.is_none_or(|(b, _)| score > b) {
                    best = Some((score, code.code));
                }
            }
        }
        let expected = best.filter(|(score, _)| *score >= 0.7).map(|(_, code)| code);
        prop_assert_eq!(query::did_you_mean(&typo).map(|(code, _)| code), expected);
    }
}
