//! `httpcode decide`: the result with the path that led to it, the question
//! still open, and the whole tree as an outline.

use crate::data;
use crate::decide::{self, close_calls, send_and_leave_out, End, Step, Walk};
use crate::model::{Leads, Outcome, Question};
use crate::render::{code_and_name, Style};

/// Joins a citation or command with no-break spaces, so wrapping keeps it on
/// one line; `unglue` turns them back into spaces once the text is wrapped.
fn glue(text: &str) -> String {
    text.replace(' ', "\u{a0}")
}

/// Keeps every "RFC 9110 §15.5" in a text whole when it is wrapped.
fn cite(text: &str) -> String {
    text.replace("RFC ", "RFC\u{a0}").replace(" §", "\u{a0}§")
}

fn unglue(text: String) -> String {
    text.replace('\u{a0}', " ")
}

/// The text for a walk: the result, or the next question (with the path so far).
pub fn walk(walk: &Walk, style: &Style) -> String {
    let mut out = String::new();
    match walk.end {
        End::Result(outcome) => result(&mut out, outcome, style),
        End::Next(question) => next(&mut out, question, walk.steps.is_empty(), style),
    }
    if !walk.steps.is_empty() {
        out.push('\n');
        path(&mut out, &walk.steps, style);
    }
    unglue(out)
}

fn result(out: &mut String, outcome: &'static Outcome, style: &Style) {
    let code = data::code(outcome.code).expect("build.rs checks that every result code exists");
    let spec = code
        .spec()
        .map(|s| format!("   ({})", s.citation()))
        .unwrap_or_default();
    let title = format!("→ {}", code_and_name(code.code));
    out.push_str(&format!(
        "{}{}\n",
        style.class_colored(code.code, &title),
        style.dim(&spec)
    ));
    out.push_str(&style.wrap(&code.summary, 2));
    let (send, leave_out) = send_and_leave_out(outcome);
    for (heading, lines) in [("Send:", send), ("Leave out:", leave_out)] {
        if !lines.is_empty() {
            out.push_str(&style.wrap(heading, 2));
            for line in &lines {
                out.push_str(&style.bullet(&cite(line), 4));
            }
        }
    }
    let calls = close_calls(outcome);
    if !calls.is_empty() {
        out.push_str(&style.wrap("Close calls:", 2));
        for entry in &calls {
            out.push_str(&style.bullet(
                &format!(
                    "{} ({}) — {}",
                    code_and_name(entry.call.code),
                    entry.call.when,
                    glue(&format!(
                        "httpcode compare {} {}",
                        outcome.code, entry.call.code
                    ))
                ),
                4,
            ));
        }
    }
}

fn next(out: &mut String, question: &'static Question, first: bool, style: &Style) {
    let label = if first {
        "First question"
    } else {
        "Next question"
    };
    out.push_str(&style.heading(&format!("{label}: {}", question.id)));
    out.push_str(&style.wrap(&question.question, 2));
    out.push_str(&style.wrap(
        &format!(
            "Why: {} {}",
            question.why,
            style.dim(&cite(&format!("({})", question.source)))
        ),
        2,
    ));
    out.push_str(&style.wrap("Answers:", 2));
    for choice in question.answers.iter() {
        out.push_str(&style.bullet(
            &format!("{}={}: {}", question.id, choice.id, choice.text),
            4,
        ));
    }
}

/// The answers taken, one line per step with its citation, and the command
/// that repeats them.
fn path(out: &mut String, steps: &[Step], style: &Style) {
    out.push_str(&style.heading("Path"));
    for step in steps {
        out.push_str(&style.bullet(
            &format!(
                "{} › {} {}",
                step.question.question,
                step.choice.text,
                style.dim(&cite(&format!(
                    "({})",
                    decide::answer_source(step.question, step.choice)
                )))
            ),
            2,
        ));
    }
    let pairs: Vec<String> = steps
        .iter()
        .map(|s| format!("{}={}", s.question.id, s.choice.id))
        .collect();
    out.push_str(&style.wrap("Again:", 2));
    let again = again(&pairs, style.prose_width());
    out.push_str(&style.dim(again.trim_end()));
    out.push('\n');
}

/// The command that repeats a walk, to be copied whole: on one line when it
/// fits, else one pair per line with shell continuations; never wrapped.
fn again(pairs: &[String], width: usize) -> String {
    let line = format!("    httpcode decide {}\n", pairs.join(" "));
    if line.len() <= width {
        return line;
    }
    let mut out = String::from("    httpcode decide");
    for pair in pairs {
        out.push_str(" \\\n      ");
        out.push_str(pair);
    }
    out.push('\n');
    out
}

/// The whole tree as an indented outline. A question reached from several
/// answers is shown under the first question in tree.yaml that leads to it
/// (its home: `created` for `carries`, not a detour through `condition`) and
/// named, not repeated, everywhere else.
pub fn tree(style: &Style) -> String {
    let mut out = String::new();
    let mut shown = Vec::new();
    outline(&mut out, decide::root(), 0, &mut shown, style);
    unglue(out)
}

fn outline(
    out: &mut String,
    question: &'static Question,
    depth: usize,
    shown: &mut Vec<&'static str>,
    style: &Style,
) {
    shown.push(&question.id);
    out.push_str(&style.bullet(
        &format!(
            "{}: {} {}",
            question.id,
            question.question,
            style.dim(&cite(&format!("({})", question.source)))
        ),
        depth * 4,
    ));
    for choice in question.answers.iter() {
        let indent = depth * 4 + 2;
        match &choice.leads {
            &Leads::Code(code) => out.push_str(&style.bullet(
                &format!(
                    "{}: {} → {}",
                    choice.id,
                    choice.text,
                    style.class_colored(code, &code_and_name(code))
                ),
                indent,
            )),
            Leads::Question(id) => {
                let id: &str = id;
                let home = !shown.contains(&id) && is_home(question, &choice.id, id);
                let note = match (home, shown.contains(&id)) {
                    (true, _) => "",
                    (false, true) => " (see above)",
                    (false, false) => " (see below)",
                };
                out.push_str(&style.bullet(
                    &format!("{}: {} → {id}{note}", choice.id, choice.text),
                    indent,
                ));
                if home {
                    let next = decide::question(id)
                        .expect("build.rs checks that every `next` names a question");
                    outline(out, next, depth + 1, shown, style);
                }
            }
        }
    }
}

/// Whether this answer is the first in tree.yaml that leads to `id`. Following
/// these answers back from any question ends at the root, because the tree
/// has no cycles (build.rs), so the outline shows every question once.
fn is_home(question: &Question, answer: &str, id: &str) -> bool {
    data::decision_tree()
        .questions
        .iter()
        .flat_map(|q| q.answers.iter().map(move |a| (q, a)))
        .find(|(_, a)| a.next() == Some(id))
        .is_some_and(|(q, a)| q.id == question.id && a.id == answer)
}
