//! `httpcode decide`: real situations in words reach the code a careful reader
//! of the RFCs would pick; every question and result is reachable; no path is
//! too long; and the tree never contradicts a curated comparison.

use std::collections::{BTreeMap, BTreeSet};

use httpcode::data;
use httpcode::decide::{self, End};
use httpcode::model::{Leads, Question};

/// A situation, the answers a person in it would give from the question texts
/// alone, and the code it needs. Kept as `ID=ANSWER` paths, so that a reworded
/// tree must still lead there.
const SITUATIONS: &[(&str, &str, u16)] = &[
    // Everyday successes
    (
        "a GET that returns the resource",
        "outcome=success finished=yes created=no carries=whole",
        200,
    ),
    (
        "a GET of a file that is empty (zero bytes)",
        "outcome=success finished=yes created=no carries=whole",
        200,
    ),
    (
        "a POST that creates an order",
        "outcome=success finished=yes created=yes",
        201,
    ),
    (
        "a video export queued for a worker",
        "outcome=success finished=no",
        202,
    ),
    (
        "a DELETE that succeeded, nothing to say",
        "outcome=success finished=yes created=no carries=nothing",
        204,
    ),
    (
        "a PUT that updated a document, no body back",
        "outcome=success finished=yes created=no carries=nothing",
        204,
    ),
    (
        "a data-entry form saved; the browser should clear it for the next entry",
        "outcome=success finished=yes created=no carries=reset",
        205,
    ),
    (
        "a download resumed with a Range header",
        "outcome=success finished=yes created=no carries=part",
        206,
    ),
    (
        "a WebDAV MOVE of several files, some moved and one locked",
        "outcome=success finished=yes created=no carries=per-item",
        207,
    ),
    // Interim responses
    (
        "an upload sent with Expect: 100-continue, which the server will take",
        "outcome=interim interim=continue",
        100,
    ),
    (
        "a WebSocket handshake the server accepts",
        "outcome=interim interim=switch",
        101,
    ),
    (
        "a slow page render; the browser could fetch the stylesheet meanwhile",
        "outcome=interim interim=hints",
        103,
    ),
    // Conditions
    (
        "a conditional GET whose ETag still matches",
        "outcome=condition condition=current",
        304,
    ),
    (
        "a GET with If-Modified-Since, nothing changed since",
        "outcome=condition condition=current",
        304,
    ),
    (
        "a PUT with a stale If-Match",
        "outcome=condition condition=failed",
        412,
    ),
    (
        "a DELETE with If-Unmodified-Since in the past",
        "outcome=condition condition=failed",
        412,
    ),
    (
        "a PUT with If-None-Match: * on a resource that already exists",
        "outcome=condition condition=failed",
        412,
    ),
    (
        "a resumed download with If-Range, but the file changed since",
        "outcome=condition condition=stale-range",
        200,
    ),
    (
        "a retried PUT with If-Match whose first response was lost; the change is in",
        "outcome=condition condition=already-done carries=nothing",
        204,
    ),
    // Redirection
    (
        "the site moved to a new domain for good",
        "outcome=elsewhere moved=same permanent=yes keep-method-permanent=no",
        301,
    ),
    (
        "an API endpoint renamed for good, POSTs must keep working",
        "outcome=elsewhere moved=same permanent=yes keep-method-permanent=yes",
        308,
    ),
    (
        "a page served from a mirror during a migration",
        "outcome=elsewhere moved=same permanent=no keep-method-temporary=no",
        302,
    ),
    (
        "a form endpoint temporarily handled elsewhere, POST must stay POST",
        "outcome=elsewhere moved=same permanent=no keep-method-temporary=yes",
        307,
    ),
    (
        "after a form POST, send the browser to the receipt page",
        "outcome=elsewhere moved=other",
        303,
    ),
    (
        "a document in English, French and German, each at its own URI; let the user pick",
        "outcome=elsewhere moved=choose",
        300,
    ),
    // Client errors
    (
        "a JSON body that does not parse",
        "outcome=refused area=content syntax=no",
        400,
    ),
    (
        "a POST with a body but no Content-Length, to a server that needs one",
        "outcome=refused area=content syntax=no-length",
        411,
    ),
    (
        "a JSON body that parses but fails validation",
        "outcome=refused area=content syntax=yes semantics=invalid",
        422,
    ),
    (
        "an expired session",
        "outcome=refused area=credentials credentials=origin",
        401,
    ),
    (
        "no Authorization header on a private API",
        "outcome=refused area=credentials credentials=origin",
        401,
    ),
    (
        "a corporate proxy wants the user to log in",
        "outcome=refused area=credentials credentials=proxy",
        407,
    ),
    (
        "hotel Wi-Fi that wants the guest to accept its terms first",
        "outcome=refused area=credentials credentials=network",
        511,
    ),
    (
        "a logged-in user opens the admin page",
        "outcome=refused area=credentials credentials=forbidden permission=yes",
        403,
    ),
    (
        "another tenant's invoice, whose existence must not leak",
        "outcome=refused area=credentials credentials=forbidden permission=no",
        404,
    ),
    (
        "a URL that never existed",
        "outcome=refused area=target target=missing",
        404,
    ),
    (
        "a promotion page deliberately taken down for good",
        "outcome=refused area=target target=gone",
        410,
    ),
    (
        "content removed by court order",
        "outcome=refused area=target target=legal",
        451,
    ),
    (
        "a browser reuses its HTTP/2 connection for a host this server does not serve",
        "outcome=refused area=target target=wrong-server",
        421,
    ),
    (
        "DELETE on a read-only resource",
        "outcome=refused area=method method=not-here",
        405,
    ),
    (
        "a PATCH to a server that implements PATCH nowhere",
        "outcome=refused area=method method=unknown",
        501,
    ),
    (
        "a made-up method FOO",
        "outcome=refused area=method method=unknown",
        501,
    ),
    (
        "a client asks for XML, the API only speaks JSON and will not send it anyway",
        "outcome=refused area=format format=response",
        406,
    ),
    (
        "a client uploads YAML to an endpoint that reads only JSON",
        "outcome=refused area=format format=request",
        415,
    ),
    (
        "a 2 GB upload to an endpoint that takes 10 MB",
        "outcome=refused area=size size=content",
        413,
    ),
    (
        "a GET with a 40 kB query string",
        "outcome=refused area=size size=uri",
        414,
    ),
    (
        "a cookie header grown past the server's limit",
        "outcome=refused area=size size=headers",
        431,
    ),
    (
        "a Range beyond the end of the file",
        "outcome=refused area=range",
        416,
    ),
    ("a rate-limited client", "outcome=refused area=rate", 429),
    (
        "an API call on the free plan to a feature only paying customers get",
        "outcome=refused area=payment",
        402,
    ),
    (
        "a client that opened the connection and sent half a request",
        "outcome=refused area=delivery delivery=slow",
        408,
    ),
    (
        "plain HTTP to a WebSocket-only endpoint",
        "outcome=refused area=delivery delivery=protocol",
        426,
    ),
    (
        "a request with Expect: a-feature-the-server-lacks",
        "outcome=refused area=delivery delivery=expect",
        417,
    ),
    (
        "a POST that creates a payment, sent in TLS 1.3 early data",
        "outcome=refused area=delivery delivery=early-data",
        425,
    ),
    (
        "creating a user whose e-mail is already taken",
        "outcome=refused area=state conflict=other",
        409,
    ),
    (
        "a PUT without If-Match on a wiki that requires it",
        "outcome=refused area=state conflict=needs-condition",
        428,
    ),
    (
        "a PUT on a WebDAV file another user has locked",
        "outcome=refused area=state conflict=locked",
        423,
    ),
    (
        "one property update of a PROPPATCH, failed because another in it failed",
        "outcome=refused area=state conflict=dependency",
        424,
    ),
    (
        "a valid edit of a document someone changed in between",
        "outcome=refused area=content syntax=yes semantics=conflict conflict=other",
        409,
    ),
    (
        "the method is allowed, the body is fine: the handler crashed after all",
        "outcome=refused area=method method=allowed syntax=yes semantics=nothing \
         server-trouble=no server-state=bug",
        500,
    ),
    // Server errors
    (
        "a null pointer in the handler",
        "outcome=failed server-trouble=no server-state=bug",
        500,
    ),
    (
        "the application's database query timed out",
        "outcome=failed server-trouble=no server-state=timeout",
        500,
    ),
    (
        "database queries time out because of a traffic spike",
        "outcome=failed server-trouble=no server-state=overload",
        503,
    ),
    (
        "the database is down for scheduled maintenance",
        "outcome=failed server-trouble=no server-state=overload",
        503,
    ),
    (
        "a search feature not built yet, for any resource",
        "outcome=failed server-trouble=no server-state=unsupported",
        501,
    ),
    (
        "an HTTP/0.9 request to a modern server",
        "outcome=failed server-trouble=no server-state=version",
        505,
    ),
    (
        "an upload to a WebDAV share whose disk is full",
        "outcome=failed server-trouble=no server-state=storage",
        507,
    ),
    (
        "a user over their storage quota saves another file",
        "outcome=failed server-trouble=no server-state=storage",
        507,
    ),
    (
        "a PROPFIND with Depth: infinity caught in a loop of bindings",
        "outcome=failed server-trouble=no server-state=loop",
        508,
    ),
    (
        "the reverse proxy's upstream service timed out",
        "outcome=failed server-trouble=yes upstream=timeout",
        504,
    ),
    (
        "the upstream service returned garbage",
        "outcome=failed server-trouble=yes upstream=invalid",
        502,
    ),
    (
        "every backend behind the load balancer is down",
        "outcome=failed server-trouble=yes upstream=unavailable",
        503,
    ),
];

fn pairs(answers: &str) -> Vec<String> {
    answers.split_whitespace().map(str::to_string).collect()
}

#[test]
fn situations_reach_the_expected_code() {
    assert!(SITUATIONS.len() >= 40);
    for (situation, answers, expected) in SITUATIONS {
        let walk = decide::walk_pairs(&pairs(answers))
            .unwrap_or_else(|e| panic!("{situation}: {answers}: {e}"));
        match walk.end {
            End::Result(outcome) => {
                assert_eq!(outcome.code, *expected, "{situation}: {answers}")
            }
            End::Next(q) => panic!("{situation}: {answers} stops at {}", q.id),
        }
        // The same answers in question order, as stdin gives them.
        let ids: Vec<&str> = walk.steps.iter().map(|s| s.choice.id.as_ref()).collect();
        let again = decide::walk_sequence(&ids).expect("same path");
        assert!(matches!(again.end, End::Result(o) if o.code == *expected));
    }
}

/// Every path from the root: the questions and answers taken, and the code.
fn paths() -> Vec<(Vec<(&'static Question, &'static str)>, u16)> {
    fn walk(
        q: &'static Question,
        prefix: &mut Vec<(&'static Question, &'static str)>,
        out: &mut Vec<(Vec<(&'static Question, &'static str)>, u16)>,
    ) {
        for choice in q.answers.iter() {
            prefix.push((q, choice.id.as_ref()));
            match &choice.leads {
                &Leads::Code(code) => out.push((prefix.clone(), code)),
                Leads::Question(id) => walk(decide::question(id).unwrap(), prefix, out),
            }
            prefix.pop();
        }
    }
    let mut out = Vec::new();
    walk(decide::root(), &mut Vec::new(), &mut out);
    out
}

#[test]
fn every_question_and_result_is_reachable_and_no_path_is_long() {
    let tree = data::decision_tree();
    let all = paths();
    let asked: BTreeSet<&str> = all
        .iter()
        .flat_map(|(p, _)| p.iter().map(|(q, _)| q.id.as_ref()))
        .collect();
    for q in tree.questions.iter() {
        assert!(asked.contains(q.id.as_ref()), "{} is never asked", q.id);
    }
    let reached: BTreeSet<u16> = all.iter().map(|(_, code)| *code).collect();
    for outcome in tree.results.iter() {
        assert!(
            reached.contains(&outcome.code),
            "{} is never reached",
            outcome.code
        );
    }
    for (path, code) in &all {
        assert!(path.len() <= 8, "{code}: {} questions", path.len());
        assert!(
            data::code(*code).is_some_and(|c| c.official()),
            "{code} is not registered"
        );
    }
}

#[test]
fn the_results_cover_the_codes_the_issue_lists() {
    let reached: BTreeSet<u16> = paths().iter().map(|(_, code)| *code).collect();
    for code in [
        100, 101, 103, 200, 201, 202, 204, 205, 206, 207, 300, 301, 302, 303, 304, 307, 308, 400,
        401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 421,
        422, 423, 424, 425, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505, 507, 508, 511,
    ] {
        assert!(reached.contains(&code), "no path ends at {code}");
    }
    assert!(
        reached.len() >= 50,
        "only {} codes reachable",
        reached.len()
    );
}

/// Every answer that ends at a code is the last step of a situation above, so
/// each leaf is walked by a test that says what it is for.
#[test]
fn every_leaf_is_walked_by_a_situation() {
    let walked: BTreeSet<(String, String)> = SITUATIONS
        .iter()
        .filter_map(|(_, answers, _)| answers.split_whitespace().last())
        .filter_map(|pair| pair.split_once('='))
        .map(|(q, a)| (q.to_string(), a.to_string()))
        .collect();
    for q in data::decision_tree().questions.iter() {
        for a in q.answers.iter() {
            if let Some(code) = a.code() {
                assert!(
                    walked.contains(&(q.id.to_string(), a.id.to_string())),
                    "{}={} (→ {code}) ends no situation",
                    q.id,
                    a.id
                );
            }
        }
    }
}

/// The answers RFC 9110 gives where the first edition of the tree went wrong.
#[test]
fn the_leaves_the_rfcs_correct() {
    let end = |answers: &str| match decide::walk_pairs(&pairs(answers)).unwrap().end {
        End::Result(outcome) => outcome.code,
        End::Next(q) => panic!("{answers} stops at {}", q.id),
    };
    // An empty representation is still a 200 (§15.3.1), not a 204.
    assert_eq!(
        end("outcome=success finished=yes created=no carries=whole"),
        200
    );
    // A false If-Range: ignore Range and send everything with 200 (§13.2.2 step 5).
    assert_eq!(end("outcome=condition condition=stale-range"), 200);
    // A false If-Match on a change already made may get a 2xx (§13.1.1).
    for last in ["carries=whole", "carries=nothing"] {
        let code = end(&format!("outcome=condition condition=already-done {last}"));
        assert!((200..300).contains(&code), "{last}: {code}");
    }
    // Content that parses and is valid, without a conflict, does not end at 409.
    let code = end(
        "outcome=refused area=method method=allowed syntax=yes semantics=nothing \
         server-trouble=no server-state=bug",
    );
    assert_eq!(code, 500);
    // The server's own work timing out is 500 or 503, never a gateway's 504.
    assert_eq!(
        end("outcome=failed server-trouble=no server-state=timeout"),
        500
    );
    assert_eq!(
        end("outcome=failed server-trouble=no server-state=overload"),
        503
    );
}

/// Conditions are asked only after everything else is fine (RFC 9110 §13.2.1):
/// 304 and 412 are reached only through the answer that says so.
#[test]
fn conditions_come_only_when_nothing_else_is_wrong() {
    let root = decide::root();
    let condition = root.answers.iter().find(|a| a.id == "condition").unwrap();
    assert!(condition.text.contains("nothing else is wrong"));
    for (path, code) in paths() {
        if code == 304 || code == 412 {
            assert_eq!(path[0].1, "condition", "{code}");
        }
    }
}

/// 505 is a server failure: every path to it goes through the server's own
/// state, never through a client-error answer that ends there.
#[test]
fn an_unsupported_version_is_reached_only_through_the_server_branch() {
    let to_505: Vec<_> = paths().into_iter().filter(|(_, c)| *c == 505).collect();
    assert!(!to_505.is_empty());
    for (path, _) in to_505 {
        let ids: Vec<&str> = path.iter().map(|(q, _)| q.id.as_ref()).collect();
        assert!(ids.contains(&"server-trouble"), "{ids:?}");
        assert_eq!(path.last().unwrap().0.id, "server-state", "{ids:?}");
    }
}

/// Every result offers at least one close call, with a `compare` that works
/// (a curated table where one exists, the two cards side by side otherwise).
#[test]
fn every_result_has_close_calls() {
    for outcome in data::decision_tree().results.iter() {
        let calls = decide::close_calls(outcome);
        assert!(!calls.is_empty(), "{} has no close calls", outcome.code);
        for entry in calls {
            if let Some(group) = entry.comparison {
                assert!(group.codes.contains(&outcome.code));
                assert!(group.codes.contains(&entry.call.code));
            }
        }
    }
}

#[test]
fn questions_ask_about_the_situation_not_about_codes() {
    for q in data::decision_tree().questions.iter() {
        let texts =
            std::iter::once(q.question.as_ref()).chain(q.answers.iter().map(|a| a.text.as_ref()));
        for text in texts {
            // "100-continue" names the expectation (RFC 9110 §10.1.1), not a code.
            let text = text.replace("100-continue", "");
            let names_code = text
                .split(|c: char| !c.is_ascii_digit())
                .any(|n| n.len() == 3 && (b'1'..=b'5').contains(&n.as_bytes()[0]));
            assert!(!names_code, "{}: {text:?} names a status code", q.id);
        }
    }
}

/// For every curated group and every pair of its codes the tree can reach:
/// wherever the tree separates them, the separating question is tied to one
/// of the group's questions; and on every path to a code of the group, each
/// tied question's answer agrees with that code's row in the comparison.
#[test]
fn the_tree_agrees_with_the_curated_comparisons() {
    let all = paths();
    let mut checked = 0;
    for group in data::comparisons() {
        let cell = |code: u16, question: &str| -> Option<&str> {
            let column = group.questions.iter().position(|q| q == question)?;
            let row = group.rows.iter().find(|r| r.code == code)?;
            Some(row.answers[column].as_ref())
        };
        // Agreement on every path.
        for (path, code) in all.iter().filter(|(_, c)| group.codes.contains(c)) {
            for (q, answer) in path {
                for link in q.compares.iter().filter(|l| l.comparison == group.title) {
                    let Some(agree) = link.answers.iter().find(|a| a.answer == *answer) else {
                        continue;
                    };
                    let row = cell(*code, &link.question).expect("build.rs checks the question");
                    assert!(
                        agree.cells.iter().any(|c| c == row),
                        "{}: {}={answer} on the way to {code} says {:?}, but {:?} says {code}: {row:?} for {:?}",
                        group.title, q.id, agree.cells, group.title, link.question
                    );
                    checked += 1;
                }
            }
        }
        // Every separation of two codes of the group happens at a tied question.
        for (a, b) in group
            .codes
            .iter()
            .flat_map(|a| group.codes.iter().map(move |b| (*a, *b)))
            .filter(|(a, b)| a < b)
        {
            for (pa, _) in all.iter().filter(|(_, c)| *c == a) {
                for (pb, _) in all.iter().filter(|(_, c)| *c == b) {
                    let split = pa
                        .iter()
                        .zip(pb.iter())
                        .find(|((qa, xa), (qb, xb))| qa.id != qb.id || xa != xb)
                        .map(|((q, _), _)| *q)
                        .expect("two paths to different codes part somewhere");
                    let tied = split.compares.iter().any(|l| {
                        l.comparison == group.title
                            && [pa, pb].iter().all(|p| {
                                let answer = p.iter().find(|(q, _)| q.id == split.id).unwrap().1;
                                l.answers.iter().any(|x| x.answer == answer)
                            })
                    });
                    assert!(
                        tied,
                        "{}: the tree separates {a} and {b} at {:?}, which is tied to none of its questions",
                        group.title, split.id
                    );
                }
            }
        }
    }
    assert!(checked > 50, "only {checked} agreements checked");
}

#[test]
fn every_answer_id_is_offered_to_completion() {
    let mut cmd = httpcode::cli::command();
    // Subcommands' arguments are deferred until the command is built.
    cmd.build();
    let decide = cmd.find_subcommand("decide").expect("decide subcommand");
    let arg = decide
        .get_arguments()
        .find(|a| a.get_id() == "answers")
        .expect("answers argument");
    let offered: BTreeSet<String> = arg
        .get_possible_values()
        .iter()
        .map(|v| v.get_name().to_string())
        .collect();
    let mut expected = BTreeMap::new();
    for q in data::decision_tree().questions.iter() {
        for a in q.answers.iter() {
            expected.insert(format!("{}={}", q.id, a.id), ());
        }
    }
    assert_eq!(offered, expected.into_keys().collect());
}

/// Every result, next question and the outline fit 80 and 60 columns, and no
/// citation is split across lines.
#[test]
fn every_view_fits_the_width_and_keeps_citations_whole() {
    use httpcode::render::{decide as view, Style};
    for width in [80, 60] {
        let style = Style {
            color: false,
            width,
            terminal: false,
        };
        let mut texts = vec![view::tree(&style)];
        for (path, _) in paths() {
            let pairs: Vec<String> = path.iter().map(|(q, a)| format!("{}={a}", q.id)).collect();
            for end in 0..=pairs.len() {
                let walk = decide::walk_pairs(&pairs[..end]).expect("a path of the tree");
                texts.push(view::walk(&walk, &style));
            }
        }
        for text in &texts {
            for line in text.lines() {
                assert!(
                    line.chars().count() < width,
                    "{width} columns: {line:?} is too long"
                );
                let words: Vec<&str> = line.split_whitespace().collect();
                let split = words.first().is_some_and(|w| w.starts_with('§'))
                    || words.last().is_some_and(|w| w.ends_with("RFC"))
                    || (words.len() >= 2
                        && words[words.len() - 2].ends_with("RFC")
                        && words[words.len() - 1].chars().all(|c| c.is_ascii_digit()));
                assert!(!split, "{width} columns: a citation is split at {line:?}");
            }
        }
    }
}

/// Each step of the path cites what stands behind the answer taken: the
/// section defining its code, not those of the question's other answers.
#[test]
fn each_step_cites_the_answer_taken() {
    let (status, out, _) =
        crate::common::run(&["decide", "outcome=refused", "area=size", "size=headers"]);
    assert_eq!(status, 0, "{out}");
    assert!(out.contains("› The header fields (RFC 6585 §5)\n"), "{out}");
    assert!(
        out.contains("too large (RFC 9110 §15.5)\n"),
        "the step to a further question cites the question's own section: {out}"
    );
    // The question itself, asked without an answer, cites all three sections.
    let (status, out, _) = crate::common::run(&["decide", "outcome=refused", "area=size"]);
    assert_eq!(status, 1, "{out}");
    assert!(
        out.contains("(RFC 9110 §15.5.14; RFC 9110 §15.5.15; RFC 6585 §5)"),
        "{out}"
    );
}

/// A MUST NOT of the code's record is not listed as something to send.
#[test]
fn must_not_header_fields_are_listed_to_leave_out() {
    let (status, out, _) =
        crate::common::run(&["decide", "outcome=refused", "area=format", "format=request"]);
    assert_eq!(status, 0, "{out}");
    let send = out.split("  Leave out:").next().unwrap();
    let leave_out = out
        .split("  Leave out:")
        .nth(1)
        .expect("a Leave out section");
    assert!(!send.contains("(MUST NOT)"), "{send}");
    assert!(
        leave_out.contains("Accept-Encoding (MUST NOT)"),
        "{leave_out}"
    );
}

/// 511 is for intercepting proxies, and 402 is reserved: the results say so.
#[test]
fn results_say_who_may_send_them() {
    let (_, out, _) = crate::common::run(&[
        "decide",
        "outcome=refused",
        "area=credentials",
        "credentials=network",
    ]);
    assert!(out.contains("origin servers SHOULD NOT"), "{out}");
    let (_, out, _) = crate::common::run(&["decide", "outcome=refused", "area=payment"]);
    assert!(out.contains("Reserved for future use"), "{out}");
}

/// `decide --tree` is an outline: every question is spelled out exactly once,
/// under the first question in tree.yaml that leads to it, and every other
/// answer that leads there names it with "(see above)" or "(see below)".
#[test]
fn the_outline_shows_every_question_once() {
    use httpcode::render::{decide as view, Style};
    let style = Style {
        color: false,
        width: 10_000,
        terminal: false,
    };
    let text = view::tree(&style);
    for q in data::decision_tree().questions.iter() {
        let start: String = q.question.chars().take(20).collect();
        let heading = format!("- {}: {start}", q.id);
        let shown = text
            .lines()
            .filter(|l| l.trim_start().starts_with(&heading));
        assert_eq!(shown.count(), 1, "{}:\n{text}", q.id);
    }
    // carries lives under created (success), not under the condition detour.
    let carries = text.find("- carries: What will").unwrap();
    let condition = text.find("- condition: What did").unwrap();
    assert!(carries < condition, "{text}");
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("→ carries (see above)"), "{text}");
    assert!(flat.contains("→ server-trouble (see below)"), "{text}");
}
