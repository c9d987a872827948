//! Walking the decision tree of `httpcode decide`: from the first question,
//! one answer at a time, to a status code or to the question still open. No
//! I/O here: the terminal prompt is in `prompt.rs`, reading stdin in `app.rs`.

use crate::data;
use crate::error::Error;
use crate::model::{Choice, CloseCall, Comparison, Header, Leads, Outcome, Question, Requirement};
use crate::query;

/// One answered question.
#[derive(Debug, Clone, Copy)]
pub struct Step {
    pub question: &'static Question,
    pub choice: &'static Choice,
}

/// Where a walk stopped.
#[derive(Debug, Clone, Copy)]
pub enum End {
    /// The answers led to a status code.
    Result(&'static Outcome),
    /// The answers stopped before a result: this question is next.
    Next(&'static Question),
}

#[derive(Debug, Clone)]
pub struct Walk {
    pub steps: Vec<Step>,
    pub end: End,
}

/// The first question.
pub fn root() -> &'static Question {
    let tree = data::decision_tree();
    question(&tree.root).expect("build.rs checks that the root is a question")
}

/// The question with this id.
pub fn question(id: &str) -> Option<&'static Question> {
    data::decision_tree().questions.iter().find(|q| q.id == id)
}

/// What the tree says about a code it ends at.
pub fn outcome(code: u16) -> &'static Outcome {
    data::decision_tree()
        .results
        .iter()
        .find(|o| o.code == code)
        .expect("build.rs checks that every result of the tree has an entry")
}

/// A close call with the curated comparison that separates it from the
/// result, when one holds both codes (`compare` shows the two cards otherwise).
pub struct CloseCallEntry {
    pub call: &'static CloseCall,
    pub comparison: Option<&'static Comparison>,
}

pub fn close_calls(outcome: &'static Outcome) -> Vec<CloseCallEntry> {
    outcome
        .close_calls
        .iter()
        .map(|call| CloseCallEntry {
            call,
            comparison: query::comparison_for(&[outcome.code, call.code]),
        })
        .collect()
}

/// Everything `send_lines` lists, in two parts: what to send (header fields,
/// then the tree's own note), and the header fields a MUST NOT keeps out.
pub fn send_and_leave_out(outcome: &Outcome) -> (Vec<String>, Vec<String>) {
    let mut send = Vec::new();
    let mut leave_out = Vec::new();
    for (header, line) in header_lines(outcome) {
        match header.requirement {
            Requirement::MustNot => leave_out.push(line),
            _ => send.push(line),
        }
    }
    send.extend(outcome.send.iter().map(|note| note.to_string()));
    (send, leave_out)
}

/// What to send: the code's header field rules (MUST NOT ones included: they
/// say what to leave out), then the tree's own note.
pub fn send_lines(outcome: &Outcome) -> Vec<String> {
    let mut lines: Vec<String> = header_lines(outcome)
        .into_iter()
        .map(|(_, line)| line)
        .collect();
    if let Some(send) = &outcome.send {
        lines.push(send.to_string());
    }
    lines
}

/// One line per header field rule of the code's record.
fn header_lines(outcome: &Outcome) -> Vec<(&'static Header, String)> {
    data::code(outcome.code)
        .map(|code| {
            code.headers
                .iter()
                .map(|h| {
                    (
                        h,
                        format!(
                            "{} ({}): {} ({})",
                            h.name,
                            h.requirement.label(),
                            h.note.trim_end_matches('.'),
                            h.source
                        ),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

/// The citations behind one answer, from its question's `source` (several
/// joined by "; "): those that define no code the question ends at, plus the
/// one defining the answer's own code. build.rs checks that the source cites
/// the section defining every code the question ends at.
pub fn answer_source(question: &Question, choice: &Choice) -> String {
    let defining = |code: u16| {
        data::code(code)
            .and_then(|c| c.spec())
            .map(|spec| spec.citation())
    };
    let leaves: Vec<String> = question
        .answers
        .iter()
        .filter_map(|a| match a.leads {
            Leads::Code(code) => defining(code),
            Leads::Question(_) => None,
        })
        .collect();
    let own = match choice.leads {
        Leads::Code(code) => defining(code),
        Leads::Question(_) => None,
    };
    let cited: Vec<&str> = question
        .source
        .split("; ")
        .filter(|c| !leaves.iter().any(|l| l == c) || own.as_deref() == Some(*c))
        .collect();
    if cited.is_empty() {
        question.source.to_string()
    } else {
        cited.join("; ")
    }
}

/// Where an answer leads: the next question, or the end.
pub fn follow(choice: &Choice) -> End {
    match &choice.leads {
        Leads::Question(id) => {
            End::Next(question(id).expect("build.rs checks that every `next` names a question"))
        }
        Leads::Code(code) => End::Result(outcome(*code)),
    }
}

/// The answer with this id, or a usage error listing the valid ones.
pub fn choose(question: &'static Question, answer: &str) -> Result<&'static Choice, Error> {
    question
        .answers
        .iter()
        .find(|a| a.id == answer)
        .ok_or_else(|| Error::UnknownAnswer {
            question: &question.id,
            given: answer.to_string(),
            answers: question.answers.iter().map(|a| a.id.as_ref()).collect(),
        })
}

/// Every question id, in the tree's order (root first).
pub fn question_ids() -> Vec<&'static str> {
    data::decision_tree()
        .questions
        .iter()
        .map(|q| q.id.as_ref())
        .collect()
}

/// Walks `ID=ANSWER` pairs, given in any order: from the root, each question
/// takes the answer given for its id, until a result or a question with no
/// answer given. A pair for a question the walk never reaches is a usage
/// error, so that a typo in the path cannot pass unnoticed.
pub fn walk_pairs(pairs: &[String]) -> Result<Walk, Error> {
    let mut given: Vec<(&'static Question, &str, bool)> = Vec::with_capacity(pairs.len());
    for pair in pairs {
        let Some((id, answer)) = pair.split_once('=') else {
            return Err(Error::NotAPair {
                given: pair.to_string(),
                example: format!(
                    "{}={}",
                    root().id,
                    root().answers.last().map_or("", |a| a.id.as_ref())
                ),
            });
        };
        let q = question(id.trim()).ok_or_else(|| Error::UnknownQuestion {
            given: id.to_string(),
            ids: question_ids(),
        })?;
        choose(q, answer.trim())?;
        if given.iter().any(|(seen, _, _)| seen.id == q.id) {
            return Err(Error::AnsweredTwice(q.id.to_string()));
        }
        given.push((q, answer.trim(), false));
    }

    let mut steps = Vec::new();
    let mut current = root();
    let end = loop {
        let Some(entry) = given.iter_mut().find(|(q, _, _)| q.id == current.id) else {
            break End::Next(current);
        };
        entry.2 = true;
        let choice = choose(current, entry.1)?;
        steps.push(Step {
            question: current,
            choice,
        });
        match follow(choice) {
            End::Next(next) => current = next,
            result => break result,
        }
    };
    if let Some((q, answer, _)) = given.iter().find(|(_, _, used)| !used) {
        let path: Vec<String> = steps
            .iter()
            .map(|s| format!("{}={}", s.question.id, s.choice.id))
            .collect();
        let path = if path.is_empty() {
            "no answers".to_string()
        } else {
            path.join(" ")
        };
        return Err(Error::NotOnPath {
            pair: format!("{}={answer}", q.id),
            path,
        });
    }
    Ok(Walk { steps, end })
}

/// Walks answer ids in the order the questions come (stdin, one per line).
pub fn walk_sequence<S: AsRef<str>>(answers: &[S]) -> Result<Walk, Error> {
    let mut steps = Vec::new();
    let mut end = End::Next(root());
    for answer in answers {
        let End::Next(current) = end else {
            return Err(Error::TooManyAnswers(steps.len()));
        };
        let choice = choose(current, answer.as_ref().trim())?;
        steps.push(Step {
            question: current,
            choice,
        });
        end = follow(choice);
    }
    Ok(Walk { steps, end })
}
