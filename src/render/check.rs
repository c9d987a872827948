//! `httpcode check` as text: per response its status line with the code's name,
//! then its findings grouped by level (errors, warnings, notes), each with its
//! section and a one-line fix; one summary line at the end.

use crate::check::{Checked, Finding, Level, Report};
use crate::data;
use crate::render::{wrap, Style};
use crate::terminal_text::escaped;

/// Text from the input (or quoting it) as it may reach a terminal: control
/// characters and invalid UTF-8 as `\xNN`. Done before any colour is added.
fn safe(text: &str) -> String {
    escaped(text.as_bytes())
}

/// What the command line asked to see.
#[derive(Debug, Clone, Copy)]
pub struct Shown {
    /// `--strict`: warnings count as errors for the exit status.
    pub strict: bool,
    /// `--min-level`: the least serious level shown.
    pub min_level: Level,
    /// `--quiet`: the summary line only.
    pub quiet: bool,
}

pub fn render(report: &Report, shown: &Shown, style: &Style) -> String {
    let mut out = String::new();
    if !shown.quiet {
        // A note already shown for an earlier response is not repeated in
        // full: one line says which response it was shown for.
        let mut notes_shown: Vec<(&str, &str, String)> = Vec::new();
        for (i, checked) in report.responses.iter().enumerate() {
            if i > 0 {
                out.push('\n');
            }
            heading(&mut out, checked, style);
            let visible = checked
                .findings
                .iter()
                .filter(|f| f.level <= shown.min_level);
            if checked.findings.is_empty() {
                out.push_str("  no findings\n");
            } else if visible.clone().next().is_none() {
                out.push_str(&format!(
                    "  no findings at --min-level {}\n",
                    shown.min_level.label()
                ));
            }
            for level in Level::ALL {
                for finding in visible.clone().filter(|f| f.level == level) {
                    let earlier = notes_shown.iter().find(|(rule, message, _)| {
                        *rule == finding.rule && *message == finding.message
                    });
                    match earlier {
                        Some((_, _, origin)) if level == Level::Note => {
                            let label = style.dim(level.label());
                            out.push_str(&format!(
                                "  {label}{}the {} note again, as for {origin}\n",
                                " ".repeat(9 - level.label().len()),
                                finding.rule
                            ));
                        }
                        _ => {
                            if level == Level::Note {
                                notes_shown.push((
                                    finding.rule,
                                    &finding.message,
                                    checked.response.origin.to_string(),
                                ));
                            }
                            finding_lines(&mut out, finding, style);
                        }
                    }
                }
            }
        }
        for skipped in &report.skipped {
            if !out.is_empty() {
                out.push('\n');
            }
            let line = format!(
                "HAR entry {} · {} · skipped: {}",
                skipped.entry,
                safe(&skipped.url),
                safe(&skipped.reason)
            );
            out.push_str(&dim_lines(style, &style.wrap(&line, 2)));
        }
        out.push('\n');
    }
    out.push_str(&summary(report, shown));
    out
}

/// `HTTP/1.1 405 Not Allowed`, then `405 Method Not Allowed · 4xx Client Error · line 1 · DELETE`
fn heading(out: &mut String, checked: &Checked, style: &Style) {
    let r = &checked.response;
    let mut line = format!("{} {}", safe(&r.version), r.status);
    if let Some(reason) = &r.reason {
        line.push(' ');
        line.push_str(&safe(reason));
    }
    let mut about: Vec<String> = Vec::new();
    match data::code(r.status) {
        Some(code) => about.push(format!("{} {}", code.code, code.name)),
        None => about.push(format!("{} (not in the dataset)", r.status)),
    }
    if let Some(class) = crate::model::Class::of(r.status) {
        about.push(format!("{} {}", class.label(), class.name()));
    }
    about.push(r.origin.to_string());
    match (&r.method, r.method_inferred) {
        (Some(m), false) => about.push(safe(m)),
        (Some(m), true) => about.push(format!("{} (inferred)", safe(m))),
        (None, _) => about.push("method unknown".into()),
    }
    if let Some(url) = &r.url {
        about.push(safe(url));
    }
    out.push_str(&style.class_colored(r.status, &line));
    out.push('\n');
    out.push_str(&dim_lines(style, &style.wrap(&about.join(" · "), 2)));
}

/// Dims each line on its own, so that no escape code spans a line end.
fn dim_lines(style: &Style, text: &str) -> String {
    if !style.color {
        return text.lines().flat_map(|l| [l, "\n"]).collect();
    }
    text.lines().map(|l| style.dim(l) + "\n").collect()
}

/// `  error    message…` wrapped under itself, then `RFC … · fix: …` dimmed.
fn finding_lines(out: &mut String, finding: &Finding, style: &Style) {
    const INDENT: usize = 11;
    let label = format!("  {:<8} ", finding.level.label());
    let width = style.width.saturating_sub(1).max(30);
    let text = wrap::fill(&safe(&finding.message), width, &label, "           ");
    // Colour the label only after wrapping, so escape codes do not count as width.
    let colored = match finding.level {
        Level::Error => style.class_colored(500, finding.level.label()),
        Level::Warning => style.class_colored(400, finding.level.label()),
        Level::Note => style.dim(finding.level.label()),
    };
    if style.color {
        out.push_str(&text.replacen(finding.level.label(), &colored, 1));
    } else {
        out.push_str(&text);
    }
    out.push('\n');
    let mut tail = safe(&finding.source);
    if let Some(fix) = &finding.fix {
        tail.push_str(" · fix: ");
        tail.push_str(&safe(fix));
    }
    out.push_str(&dim_lines(style, &style.wrap(&tail, INDENT)));
}

/// `2 responses: 1 error, 0 warnings, 3 notes`
fn summary(report: &Report, shown: &Shown) -> String {
    let plural = |n: usize, word: &str| {
        if n == 1 {
            format!("{n} {word}")
        } else {
            format!("{n} {word}s")
        }
    };
    let mut line = format!(
        "{}: {}, {}, {}",
        plural(report.responses.len(), "response"),
        plural(report.count(Level::Error), "error"),
        plural(report.count(Level::Warning), "warning"),
        plural(report.count(Level::Note), "note"),
    );
    if !report.skipped.is_empty() {
        line.push_str(&format!(
            "; {} skipped",
            plural(report.skipped.len(), "HAR entry").replace("entrys", "entries")
        ));
    }
    if shown.strict {
        line.push_str(" (--strict: warnings count as errors)");
    }
    line.push('\n');
    line
}
