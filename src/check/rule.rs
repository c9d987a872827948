//! What a rule is, and how its findings are made: a finding comes from its
//! rule, so it carries that rule's name and, unless the rule says otherwise in
//! one of the two documented ways below, that rule's section.

use super::{Finding, Level, Response};

/// One rule: its stable name (the `rule` of its findings), the section it
/// enforces, and the check.
pub struct Rule {
    pub name: &'static str,
    /// The levels its findings have, most serious first (for the rules list).
    pub levels: &'static [Level],
    /// What it reports, in one line (for the rules list).
    pub summary: &'static str,
    /// The header fields it reads (none: every field, or the status line).
    pub fields: &'static [&'static str],
    /// The rule's citation; `header-required` and `header-forbidden` cite the
    /// section each dataset row records instead (`Rule::cited`).
    pub source: &'static str,
    pub check: fn(&'static Rule, &Response, &mut Findings),
}

impl Rule {
    /// `error`, `warning or note`: the levels its findings can have.
    pub fn level_label(&self) -> String {
        match self.levels {
            [rest @ .., last] if !rest.is_empty() => {
                let rest: Vec<&str> = rest.iter().map(|l| l.label()).collect();
                format!("{} or {}", rest.join(", "), last.label())
            }
            levels => levels.iter().map(|l| l.label()).collect(),
        }
    }

    /// Whether the rule lists this field among those it reads (names are
    /// case-insensitive). The rules that judge fields by their dataset record
    /// (`structured-field-syntax`, `deprecated-field`) list exactly the fields
    /// no other rule reads, and judge only those.
    pub fn reads(&self, field: &str) -> bool {
        self.fields.iter().any(|f| f.eq_ignore_ascii_case(field))
    }

    /// A finding of this rule, citing its section.
    pub fn finding(&'static self, level: Level, message: String) -> Finding {
        self.cited(level, self.source, message)
    }

    /// An error about one field, citing the rule's section.
    pub fn error(&'static self, field: &str, message: String) -> Finding {
        self.finding(Level::Error, message).field(field)
    }

    /// A finding that cites another section than the rule's own: a dataset
    /// row's (`header-required`), or the one section of several the rule
    /// enforces that this finding breaks (a 204's §15.3.5 for
    /// `content-forbidden`). The rule's `source` lists every such section.
    pub fn cited(&'static self, level: Level, source: &str, message: String) -> Finding {
        Finding {
            level,
            rule: self.name,
            field: None,
            message,
            source: source.to_string(),
            fix: None,
        }
    }
}

impl Finding {
    pub fn field(mut self, name: &str) -> Finding {
        self.field = Some(name.to_string());
        self
    }

    pub fn fix(mut self, fix: String) -> Finding {
        self.fix = Some(fix);
        self
    }
}

/// The findings of one response as the rules report them. A finding that a
/// field is absent is recorded as such, so that of two for one field only the
/// more serious is kept.
#[derive(Default)]
pub struct Findings {
    found: Vec<(Finding, bool)>,
}

impl Findings {
    pub fn push(&mut self, finding: Finding) {
        self.found.push((finding, false));
    }

    /// A finding that its field is absent.
    pub fn push_absent(&mut self, finding: Finding) {
        self.found.push((finding, true));
    }

    /// Most serious first, and of two findings that a field is absent, only
    /// the more serious.
    pub fn into_sorted(mut self) -> Vec<Finding> {
        self.found.sort_by_key(|(f, _)| f.level);
        let mut kept: Vec<(Finding, bool)> = Vec::with_capacity(self.found.len());
        for (finding, absent) in self.found {
            let repeated = absent
                && kept.iter().any(|(k, k_absent)| {
                    *k_absent
                        && k.field
                            .as_deref()
                            .zip(finding.field.as_deref())
                            .is_some_and(|(a, b)| a.eq_ignore_ascii_case(b))
                });
            if !repeated {
                kept.push((finding, absent));
            }
        }
        kept.into_iter().map(|(f, _)| f).collect()
    }
}
