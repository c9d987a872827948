//! Completion scripts and man pages. The committed copies in `completions/` and
//! `man/` are what users install and what `httpcode completions` prints (no
//! generation at run time); the functions that make them from the clap
//! definition live here, and a test regenerates and compares them.

use clap_complete::Shell;

use crate::cli::{self, EXAMPLES};
use crate::exit::{ENVIRONMENT, EXIT_STATUSES};

/// The shells completion scripts are shipped for.
pub const SHELLS: [Shell; 5] = [
    Shell::Bash,
    Shell::Zsh,
    Shell::Fish,
    Shell::PowerShell,
    Shell::Elvish,
];

/// The file name of a shell's script in `completions/`.
pub fn completion_file(shell: Shell) -> &'static str {
    match shell {
        Shell::Bash => "httpcode.bash",
        Shell::Zsh => "_httpcode",
        Shell::Fish => "httpcode.fish",
        Shell::PowerShell => "_httpcode.ps1",
        _ => "httpcode.elv",
    }
}

/// The committed completion script for `shell`, as `httpcode completions` prints it.
pub fn completion_script(shell: Shell) -> &'static str {
    match shell {
        Shell::Bash => include_str!("../completions/httpcode.bash"),
        Shell::Zsh => include_str!("../completions/_httpcode"),
        Shell::Fish => include_str!("../completions/httpcode.fish"),
        Shell::PowerShell => include_str!("../completions/_httpcode.ps1"),
        _ => include_str!("../completions/httpcode.elv"),
    }
}

/// Generates the completion script for `shell` from the clap definition.
pub fn generate_completion(shell: Shell) -> String {
    let mut cmd = cli::command();
    let mut buffer = Vec::new();
    clap_complete::generate(shell, &mut cmd, "httpcode", &mut buffer);
    let mut script = String::from_utf8(buffer).expect("clap_complete writes UTF-8");
    match shell {
        Shell::Fish => {
            // argparse fails on a trailing option that still lacks its value
            // (`httpcode --color <Tab>`): that is a line with no subcommand yet,
            // so the option's values apply, not file names.
            script = script.replace(
                "argparse -s (__fish_httpcode_global_optspecs) -- $cmd 2>/dev/null\n    or return\n",
                "argparse -s (__fish_httpcode_global_optspecs) -- $cmd 2>/dev/null\n    or return 0\n",
            );
            // A first word that is no subcommand is a status code (`httpcode
            // 404 --lang go`): the top-level options still apply after it.
            let names: Vec<&str> = cmd.get_subcommands().map(|s| s.get_name()).collect();
            script = script.replace(
                "    if set -q argv[1]\n        # Also print the command",
                &format!(
                    "    if set -q argv[1]; and contains -- $argv[1] {}\n        # Also print the command",
                    names.join(" ")
                ),
            );
            // Subcommand names only as the first word: after a status code
            // (`httpcode 404 <Tab>`) more codes and the options follow, not `list`.
            script = script.replace(
                "complete -c httpcode -n \"__fish_httpcode_needs_command\" -a \"",
                "complete -c httpcode -n \"__fish_httpcode_no_word\" -a \"",
            );
            script = script.replace(
                "\nfunction __fish_httpcode_using_subcommand",
                "\n# True before the first word that is no option (added by httpcode).\n\
                 function __fish_httpcode_no_word\n    \
                 set -l cmd (commandline -opc)\n    set -e cmd[1]\n    \
                 argparse -s (__fish_httpcode_global_optspecs) -- $cmd 2>/dev/null\n    \
                 or return 0\n    not set -q argv[1]\nend\n\n\
                 function __fish_httpcode_using_subcommand",
            );
            script = script.replace(
                FISH_HELP,
                "-s h -l help -d 'Print help (-h a summary, --help in full)'",
            );
            script.push_str(&fish_positional_values(&cmd));
        }
        Shell::Zsh => {
            script = zsh_first_word(&script, &cmd);
            script = script
                .replace(ZSH_SHORT_HELP, "'-h[Print a summary of the help]'")
                .replace(ZSH_LONG_HELP, "'--help[Print the full help]'");
        }
        Shell::Bash => script = bash_after_code(&bash_check_files(&script), &cmd),
        _ => {}
    }
    script
}

/// How the completions would describe `-h, --help`: the help's own short
/// line, which says what `--help` adds, reads well in `-h` itself, not beside
/// `--help` in a completion list.
const FISH_HELP: &str = "-s h -l help -d 'Print help (--help: in full)'";
const ZSH_SHORT_HELP: &str = "'-h[Print help (--help\\: in full)]'";
const ZSH_LONG_HELP: &str = "'--help[Print help (--help\\: in full)]'";

/// After a status code (`httpcode 404 <Tab>`) bash offered the subcommand
/// names too; there only codes and options follow (`httpcode --json list`
/// still completes).
fn bash_after_code(script: &str, cmd: &clap::Command) -> String {
    let names: Vec<&str> = cmd.get_subcommands().map(|s| s.get_name()).collect();
    let Some(start) = script.find("        httpcode)\n") else {
        return script.to_string();
    };
    let end = script[start..]
        .find("\n            ;;\n")
        .map_or(script.len(), |e| start + e);
    let Some(last) = script[start..end].rfind("COMPREPLY=( $(compgen -W \"${opts}\"") else {
        return script.to_string();
    };
    let at = start + last;
    // A status code among the words before: subcommand names are over.
    format!(
        "{}[[ \" ${{COMP_WORDS[*]:1:COMP_CWORD-1}}\" == *\\ [0-9]* ]] && opts=\"${{opts% {}}}\"\n            {}",
        &script[..at],
        names.join(" "),
        &script[at..]
    )
}

/// clap_complete's bash script offers only options for `httpcode check <Tab>`
/// (its FILE argument has no list of values): there a word that is no option
/// is a file name.
fn bash_check_files(script: &str) -> String {
    let Some(start) = script.find("        httpcode__subcmd__check)\n") else {
        return script.to_string();
    };
    let end = script[start..]
        .find("\n            ;;\n")
        .map_or(script.len(), |e| start + e);
    let arm = script[start..end]
        .replace(
            "if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then",
            "if [[ ${cur} == -* ]] ; then",
        )
        .replace(
            "            COMPREPLY=( $(compgen -W \"${opts}\" -- \"${cur}\") )\n            return 0",
            "            COMPREPLY=($(compgen -f -- \"${cur}\"))\n            return 0",
        );
    format!("{}{arm}{}", &script[..start], &script[end..])
}

/// The values of the top-level QUERY argument: status codes with their names.
fn query_values(cmd: &clap::Command) -> Vec<(String, String)> {
    cmd.get_positionals()
        .flat_map(|arg| arg.get_possible_values())
        .map(|v| {
            let help = v.get_help().map(|h| h.to_string()).unwrap_or_default();
            (v.get_name().to_string(), help)
        })
        .collect()
}

/// clap_complete's zsh script expects the top-level QUERY before the
/// subcommand, so after `httpcode compare` zsh offered the subcommands again
/// and nothing completed inside a subcommand. This makes the first word either
/// a subcommand or a status code, dispatches on that first word, and keeps
/// offering codes after a code (`httpcode 404 40<Tab>`).
fn zsh_first_word(script: &str, cmd: &clap::Command) -> String {
    let mut out = String::with_capacity(script.len() + 8192);
    // The helpers go before the script's closing `if`, which calls _httpcode.
    let (script, closing) = script
        .rsplit_once("\nif [ \"$funcstack[1]\" = \"_httpcode\" ]; then")
        .map_or((script, String::new()), |(body, tail)| {
            (
                body,
                format!("\nif [ \"$funcstack[1]\" = \"_httpcode\" ]; then{tail}"),
            )
        });
    let mut lines = script.lines().peekable();
    while let Some(line) = lines.next() {
        if line.starts_with("'::query -- ") {
            // Drop the QUERY spec, which runs over several lines to `))' \`.
            let mut current = line;
            while !current.ends_with("))' \\") {
                match lines.next() {
                    Some(next) => current = next,
                    None => break,
                }
            }
            continue;
        }
        if line == "\":: :_httpcode_commands\" \\" {
            // Not optional: with `::` the dispatch below also ran for the
            // first word and printed a stray "no more arguments".
            out.push_str("\": :_httpcode_first_word\" \\\n");
            continue;
        }
        // Only the top-level dispatch reads `$line[2]`: the subcommand is now word 1.
        if line.contains("$line[2]") {
            out.push_str(&line.replace("$line[2]", "$line[1]"));
            out.push('\n');
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    // The end of the top-level dispatch is the script's last `esac` of a
    // subcommand case: a first word that is no subcommand is a status code,
    // and more codes may follow.
    let end = "        esac\n    ;;\nesac\n";
    if let Some(at) = out.rfind(end) {
        let arm = format!(
            "(*)\n_arguments \"${{_arguments_options[@]}}\" : \\\n{}'*: :_httpcode_codes' \\\n&& ret=0\n;;\n",
            zsh_top_options(script)
        );
        out.insert_str(at, &arm);
    }
    out.push_str("\n# The first word: a subcommand or a status code (added by httpcode).\n");
    out.push_str("(( $+functions[_httpcode_first_word] )) ||\n_httpcode_first_word() {\n");
    out.push_str(
        "    _alternative 'commands:subcommand:_httpcode_commands' 'codes:status code:_httpcode_codes'\n}\n",
    );
    out.push_str("(( $+functions[_httpcode_codes] )) ||\n_httpcode_codes() {\n");
    out.push_str("    local -a codes; codes=(\n");
    for (value, help) in query_values(cmd) {
        out.push_str(&format!(
            "        '{}:{}'\n",
            value.replace(':', "\\:"),
            help.replace('\'', "'\\''").replace(':', "\\:")
        ));
    }
    out.push_str("    )\n    _describe -t codes 'status code' codes \"$@\"\n}\n");
    out.push_str(&closing);
    out
}

/// The top-level option specs of clap_complete's zsh script (the lines of its
/// first `_arguments` call up to the positional arguments), so that the
/// options and their values complete after a status code too.
fn zsh_top_options(script: &str) -> String {
    let mut specs = String::new();
    let mut lines = script
        .lines()
        .skip_while(|l| !l.starts_with("    _arguments \"${_arguments_options[@]}\" : \\"))
        .skip(1);
    for line in lines.by_ref() {
        if line.starts_with("\":") || line.starts_with("'::query") {
            break;
        }
        specs.push_str(line);
        specs.push('\n');
    }
    specs
}

/// clap_complete's fish generator covers options and subcommands only; this adds
/// the values of positional arguments (status codes with their names, classes),
/// taken from the same definition.
fn fish_positional_values(cmd: &clap::Command) -> String {
    use std::fmt::Write as _;
    fn quote(text: &str) -> String {
        format!("'{}'", text.replace('\\', "\\\\").replace('\'', "\\'"))
    }
    let mut out = String::from(
        "\n# Values of positional arguments (status codes with their names, classes).\n",
    );
    let mut emit = |condition: &str, arg: &clap::Arg| {
        for value in arg.get_possible_values() {
            let _ = write!(
                out,
                "complete -c httpcode -n \"{condition}\" -f -a {}",
                quote(value.get_name())
            );
            if let Some(help) = value.get_help() {
                let _ = write!(out, " -d {}", quote(&help.to_string()));
            }
            out.push('\n');
        }
    };
    for arg in cmd.get_positionals() {
        emit("__fish_httpcode_needs_command", arg);
    }
    for sub in cmd.get_subcommands() {
        for arg in sub.get_positionals() {
            emit(
                &format!("__fish_httpcode_using_subcommand {}", sub.get_name()),
                arg,
            );
        }
    }
    out
}

/// Escapes text for roff: backslashes, hyphens, and a leading dot or quote.
fn roff(text: &str) -> String {
    let escaped = text.replace('\\', "\\e").replace('-', "\\-");
    if escaped.starts_with('.') || escaped.starts_with('\'') {
        format!("\\&{escaped}")
    } else {
        escaped
    }
}

/// The `--help` examples as (command, description) pairs.
pub fn examples() -> Vec<(&'static str, &'static str)> {
    EXAMPLES.to_vec()
}

/// The clap command as the man pages describe it: built, so that global options
/// appear on every subcommand's page, and without the `help` subcommand, which
/// has no page of its own.
fn documented_command() -> clap::Command {
    let mut cmd = cli::command();
    cmd.build();
    cmd.mut_subcommand("help", |help| help.hide(true))
}

/// Every man page as (file name, roff text): `httpcode.1`, then one per subcommand.
pub fn man_pages() -> Vec<(String, String)> {
    let cmd = documented_command();
    let mut pages = vec![("httpcode.1".to_string(), main_page(&cmd))];
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        let name = format!("httpcode-{}", sub.get_name());
        let mut out = Vec::new();
        let sub = sub.clone().name(name.clone());
        footer(clap_mangen::Man::new(sub.clone()))
            .render(&mut out)
            .expect("writing to a Vec cannot fail");
        let page = String::from_utf8(out).expect("clap_mangen writes UTF-8");
        pages.push((format!("{name}.1"), finish(&page, &sub)));
    }
    pages
}

/// The footer's parts: the program and version, the date of the dataset, the
/// manual's name; each its own field, so `man` sets them apart.
fn footer(man: clap_mangen::Man) -> clap_mangen::Man {
    // The date the dataset was last checked against the registries.
    man.source(format!("httpcode {}", env!("CARGO_PKG_VERSION")))
        .date(crate::data::dataset().checked.to_string())
        .manual("httpcode manual")
}

/// What clap_mangen leaves to do: no hyphenation and ragged right (`.nh`,
/// `.ad l`), so names, sections and URLs are never split at a line end; and
/// every option's value name in SYNOPSIS.
fn finish(page: &str, cmd: &clap::Command) -> String {
    let mut page = page.to_string();
    if let Some(at) = page.find("\n.SH NAME") {
        page.insert_str(at, "\n.nh\n.ad l");
    }
    for arg in cmd.get_arguments() {
        let Some(long) = arg.get_long() else {
            continue;
        };
        if !arg.get_action().takes_values() {
            continue;
        }
        let names: Vec<String> = match arg.get_value_names() {
            Some(names) => names.iter().map(|n| format!("\\fI{n}\\fR")).collect(),
            None => vec![format!("\\fI{}\\fR", arg.get_id().as_str().to_uppercase())],
        };
        let bare = format!("[\\fB\\-\\-{}\\fR]", roff(long));
        let with_value = format!("[\\fB\\-\\-{}\\fR {}]", roff(long), names.join(" "));
        page = page.replace(&bare, &with_value);
    }
    roff_ascii(&page)
}

/// Writes every character outside ASCII as a groff escape (`\[u00A7]` for §),
/// so the pages render the same without a UTF-8 preprocessor.
fn roff_ascii(page: &str) -> String {
    let mut out = String::with_capacity(page.len());
    for c in page.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            out.push_str(&format!("\\[u{:04X}]", u32::from(c)));
        }
    }
    out
}

fn main_page(cmd: &clap::Command) -> String {
    let man = footer(clap_mangen::Man::new(cmd.clone()));
    let mut out = Vec::new();
    let rendered: std::io::Result<()> = (|| {
        man.render_title(&mut out)?;
        man.render_name_section(&mut out)?;
        man.render_synopsis_section(&mut out)?;
        man.render_description_section(&mut out)?;
        man.render_options_section(&mut out)?;
        man.render_subcommands_section(&mut out)
    })();
    rendered.expect("writing to a Vec cannot fail");
    let mut page = String::from_utf8(out).expect("clap_mangen writes UTF-8");

    page.push_str(".SH EXAMPLES\n");
    for (command, about) in examples() {
        page.push_str(&format!(
            ".TP\n\\fB{}\\fR\n{}\n",
            roff(command),
            roff(about)
        ));
    }
    page.push_str(".SH \"EXIT STATUS\"\n");
    for (exit, meaning) in EXIT_STATUSES {
        page.push_str(&format!(
            ".TP\n\\fB{}\\fR\n{}\n",
            exit.code(),
            roff(meaning)
        ));
    }
    page.push_str(".SH ENVIRONMENT\n");
    for (name, meaning) in ENVIRONMENT {
        page.push_str(&format!(".TP\n\\fB{}\\fR\n{}\n", roff(name), roff(meaning)));
    }
    page.push_str(".SH \"SEE ALSO\"\n");
    let subcommands: Vec<String> = cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set())
        .map(|s| format!("\\fBhttpcode\\-{}\\fR(1)", s.get_name()))
        .collect();
    page.push_str(&subcommands.join(",\n"));
    page.push_str(&format!(
        ".\n.PP\nRFC 9110 (HTTP Semantics): {}\n.PP\n",
        roff("https://www.rfc-editor.org/rfc/rfc9110.html")
    ));
    page.push_str(&format!(
        "IANA HTTP Status Code Registry: {}\n",
        roff("https://www.iana.org/assignments/http-status-codes/")
    ));
    finish(&page, cmd)
}
