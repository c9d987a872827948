//! `cargo xtask hot-text`: which functions the common commands run, written
//! as a linker script (build/hot-text.ld) that places them together at the
//! start of the program's code.
//!
//! Why: when a process touches a page of its binary, Linux maps the 64 KiB
//! around it ("fault-around": `fault_around_bytes` in the kernel's
//! mm/memory.c, 65536 by default), so a command's resident memory is the
//! number of 64 KiB windows its code touches, not the bytes it runs. Laid out as the
//! compiler emits them, the ~300 KB a lookup runs are spread over nearly every
//! window of a 1.4 MB `.text`. Placed together, they fill a few windows, and
//! the code only `check`, `decide`, the prompts or a panic need stays on disk.
//!
//! How: each command runs once under valgrind's callgrind, with its output
//! piped and again in a terminal (through `script`, as `list` draws boxed
//! tables there). Every function of the httpcode binary that ran becomes one
//! pattern, with the parts of its symbol that hash the compiler and crate
//! versions replaced by `*`, so the list still matches after a toolchain or
//! dependency update. Functions that every run uses come first, then those
//! shared by fewer runs, grouped by the runs that share them, so each command
//! touches as few windows as possible. A function that no longer exists, or a
//! new one not listed, only moves code; build.rs passes the script to the
//! linker on Linux (see build.rs).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;
use std::process::{Command, Stdio};

use crate::{cargo, project, run, Result};

/// The commands profiled: those `cargo bench --bench startup` times, and the
/// other everyday forms of a lookup. `check` reads a short response on stdin.
const COMMANDS: &[&[&str]] = &[
    &["--version"],
    &["--help"],
    &["501"],
    &["501", "--json"],
    &["404", "--example"],
    &["200", "404"],
    &["4xx"],
    &["HTTP/1.1 404 Not Found"],
    &["000"],
    &["999"],
    &["gateway"],
    &["Not Implimented"],
    &["retry-after"],
    &["header", "retry-after"],
    &["list"],
    &["list", "--json"],
    &["list", "--all", "--json"],
    &["compare", "405", "501"],
    &["explain", "--method", "PATCH"],
    &["explain", "501"],
    &["methods"],
    &["completions", "zsh"],
    &["check"],
];

/// The response `check` reads: the head and a few lines of body, as `curl -i`
/// prints them.
const RESPONSE: &str = "HTTP/1.1 200 OK\r\nDate: Sun, 06 Nov 1994 08:49:37 GMT\r\n\
    Content-Type: text/plain\r\nCache-Control: max-age=60\r\nContent-Length: 12\r\n\r\nhello world\n";

pub fn write() -> Result<()> {
    let project = project()?;
    for tool in ["valgrind", "script"] {
        let found = Command::new(tool)
            .arg("--version")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok();
        if !found {
            return Err(format!(
                "hot-text needs {tool}; install it (apt-get install valgrind bsdutils)"
            ));
        }
    }
    run(cargo()
        .args(["build", "--release", "--locked", "--package", "httpcode"])
        .current_dir(&project.root))?;
    // callgrind names objects by their real path, symbolic links resolved.
    let binary = project.target_dir.join("release").join("httpcode");
    let binary = fs::canonicalize(&binary).map_err(|e| format!("{}: {e}", binary.display()))?;
    let work = project.target_dir.join("hot-text");
    fs::create_dir_all(&work).map_err(|e| format!("create {}: {e}", work.display()))?;
    let response = work.join("response.txt");
    fs::write(&response, RESPONSE).map_err(|e| format!("write {}: {e}", response.display()))?;

    // Each function, and the runs (command and output kind) that ran it.
    let mut runs_of: BTreeMap<String, BTreeSet<usize>> = BTreeMap::new();
    let mut run_number = 0;
    for args in COMMANDS {
        for terminal in [false, true] {
            let profile = work.join(format!("callgrind.{run_number}.out"));
            profile_run(&binary, args, terminal, &response, &profile)?;
            let text = fs::read_to_string(&profile)
                .map_err(|e| format!("read {}: {e}", profile.display()))?;
            let functions = functions_in(&text, &binary);
            if functions.is_empty() {
                return Err(format!(
                    "{} names no function of {}",
                    profile.display(),
                    binary.display()
                ));
            }
            for function in functions {
                runs_of.entry(function).or_default().insert(run_number);
            }
            run_number += 1;
        }
    }

    let script = linker_script(&runs_of, run_number);
    let path = project.root.join("build").join("hot-text.ld");
    fs::write(&path, script).map_err(|e| format!("write {}: {e}", path.display()))?;
    println!(
        "{}: {} functions from {run_number} runs",
        path.display(),
        runs_of.len()
    );
    Ok(())
}

/// Runs `httpcode ARGS` under callgrind, writing its profile to `profile`.
fn profile_run(
    binary: &Path,
    args: &[&str],
    terminal: bool,
    response: &Path,
    profile: &Path,
) -> Result<()> {
    let mut valgrind: Vec<String> = vec![
        "valgrind".into(),
        "--tool=callgrind".into(),
        "--demangle=no".into(),
        format!("--callgrind-out-file={}", profile.display()),
        binary.display().to_string(),
    ];
    valgrind.extend(args.iter().map(|a| a.to_string()));
    let reads_response = args == ["check"];
    let mut command = if terminal {
        // script(1) gives the command a pseudo-terminal; `check` still reads
        // the response from a file, as from curl through a pipe.
        let mut line: Vec<String> = valgrind.iter().map(|word| shell_quote(word)).collect();
        if reads_response {
            line.push(format!(
                "< {}",
                shell_quote(&response.display().to_string())
            ));
        }
        let mut script = Command::new("script");
        script.args([
            "--quiet",
            "--return",
            "--command",
            &line.join(" "),
            "/dev/null",
        ]);
        script.stdin(Stdio::null());
        script
    } else {
        let mut direct = Command::new(&valgrind[0]);
        direct.args(&valgrind[1..]);
        direct.stdin(if reads_response {
            let file = fs::File::open(response)
                .map_err(|e| format!("open {}: {e}", response.display()))?;
            Stdio::from(file)
        } else {
            Stdio::null()
        });
        direct
    };
    command.stdout(Stdio::null()).stderr(Stdio::null());
    let shown = format!("{valgrind:?}");
    // Exit statuses 1 and 2 are answers too (999 is not a registered code).
    let status = command.status().map_err(|e| format!("run {shown}: {e}"))?;
    if !matches!(status.code(), Some(0..=2)) {
        return Err(format!("{shown} failed ({status})"));
    }
    Ok(())
}

fn shell_quote(word: &str) -> String {
    format!("'{}'", word.replace('\'', r"'\''"))
}

/// The functions of `binary` that a callgrind profile saw run. Its lines
/// `ob=`/`cob=` name an object file and `fn=`/`cfn=` a function, each with a
/// number, `(7) name` the first time and `(7)` after.
fn functions_in(profile: &str, binary: &Path) -> BTreeSet<String> {
    let binary = binary.display().to_string();
    let mut objects: BTreeMap<String, String> = BTreeMap::new();
    let mut names: BTreeMap<String, String> = BTreeMap::new();
    let mut object: Option<String> = None;
    let mut callee_object: Option<String> = None;
    let mut found = BTreeSet::new();
    for line in profile.lines() {
        let Some((key, value)) = line.split_once('=') else {
            continue;
        };
        let Some((id, name)) = compressed(value) else {
            continue;
        };
        if let Some(name) = name {
            let table = if key.ends_with("ob") {
                &mut objects
            } else {
                &mut names
            };
            table.insert(id.to_string(), name.to_string());
        }
        match key {
            "ob" => object = objects.get(id).cloned(),
            "cob" => callee_object = objects.get(id).cloned(),
            "fn" | "cfn" => {
                let owner = if key == "cfn" {
                    callee_object.take().or_else(|| object.clone())
                } else {
                    object.clone()
                };
                if owner.as_deref() == Some(binary.as_str()) {
                    if let Some(name) = names.get(id) {
                        found.insert(name.clone());
                    }
                }
            }
            _ => {}
        }
    }
    found
}

/// `(7) name` or `(7)`: the number, and the name when given.
fn compressed(value: &str) -> Option<(&str, Option<&str>)> {
    let rest = value.strip_prefix('(')?;
    let (id, rest) = rest.split_once(')')?;
    let name = rest.strip_prefix(' ').filter(|name| !name.is_empty());
    Some((id, name))
}

/// A symbol as a linker-script pattern, or None for names that are not
/// symbols of compiled functions (callgrind's `0x…` and `(below main)`).
fn pattern(symbol: &str) -> Option<String> {
    let symbol_chars = |c: char| c.is_ascii_alphanumeric() || matches!(c, '_' | '$' | '.');
    if symbol.starts_with("0x") || !symbol.chars().all(symbol_chars) {
        return None;
    }
    // LLVM numbers the copies it makes of a function (`write_str.183`); the
    // numbers change with any change to the code.
    let (symbol, copy) = match symbol.rsplit_once('.') {
        Some((base, number))
            if !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()) =>
        {
            (base, ".*")
        }
        _ => (symbol, ""),
    };
    // Legacy mangling ends in `17h` + 16 hex digits + `E`, a hash of the crate
    // and compiler versions.
    let mut text = match symbol.strip_suffix('E') {
        Some(body) if body.len() > 19 && body[body.len() - 19..].starts_with("17h") => {
            let hash = &body[body.len() - 16..];
            if hash.bytes().all(|b| b.is_ascii_hexdigit()) {
                format!("{}17h*E", &body[..body.len() - 19])
            } else {
                symbol.to_string()
            }
        }
        _ => symbol.to_string(),
    };
    // v0 mangling names a crate `Cs<disambiguator>_<length><name>`; the
    // disambiguator, in base 62, is the hash.
    if text.starts_with("_R") {
        let mut out = String::with_capacity(text.len());
        let mut rest = text.as_str();
        while let Some(at) = rest.find("Cs") {
            out.push_str(&rest[..at + 2]);
            let after = &rest[at + 2..];
            let digits = after.bytes().take_while(u8::is_ascii_alphanumeric).count();
            if digits > 0 && after.as_bytes().get(digits) == Some(&b'_') {
                out.push('*');
                rest = &after[digits..];
            } else {
                rest = after;
            }
        }
        out.push_str(rest);
        text = out;
    }
    Some(text + copy)
}

/// The script: the listed functions' sections, in the order given, as the
/// start of `.text`. rustc gives each function its own section,
/// `.text.SYMBOL`, or `.text.unlikely.SYMBOL` for one LLVM guesses is rarely
/// run (such as clap's set-up, run once). `INSERT BEFORE .init` keeps the
/// linker's default layout for everything else: lld then adds the other
/// functions to the same `.text`, after these (one section, which valgrind
/// needs to name functions); GNU ld makes them a second `.text`.
fn linker_script(runs_of: &BTreeMap<String, BTreeSet<usize>>, runs: usize) -> String {
    let mut ordered: Vec<(&String, &BTreeSet<usize>)> = runs_of.iter().collect();
    ordered.sort_by(|(a, a_runs), (b, b_runs)| {
        b_runs
            .len()
            .cmp(&a_runs.len())
            .then_with(|| a_runs.cmp(b_runs))
            .then_with(|| a.cmp(b))
    });
    let mut seen = BTreeSet::new();
    let mut script = format!(
        "/* Generated by `cargo xtask hot-text` (xtask/src/hot_text.rs) from {runs} profiled runs:\n   \
         the functions the common commands run, placed together at the start of\n   \
         the code so that a command maps few 64 KiB windows of the binary. Most\n   \
         used first. Regenerate after changes to what the commands run. */\n\
         SECTIONS\n{{\n  .text :\n  {{\n"
    );
    // The C runtime's start-up code (`_start`, and the functions that run
    // the initialisers and finalisers) is in objects of its own, not in
    // function sections: named by file, it joins the hot code instead of
    // taking a window of its own.
    script.push_str("    *crt1.o(.text .text.*)\n    *crtbegin*.o(.text .text.*)\n");
    for (symbol, _) in ordered {
        if let Some(pattern) = pattern(symbol) {
            if seen.insert(pattern.clone()) {
                script.push_str(&format!(
                    "    *(.text.{pattern} .text.unlikely.{pattern})\n"
                ));
            }
        }
    }
    script.push_str("  }\n}\nINSERT BEFORE .init;\n");
    script
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_drop_the_hashes() {
        assert_eq!(
            pattern("_ZN8httpcode4data6method17h0123456789abcdefE").as_deref(),
            Some("_ZN8httpcode4data6method17h*E")
        );
        assert_eq!(
            pattern("_RNvNtCsgEmfK2I1SDS_4core3fmt5write").as_deref(),
            Some("_RNvNtCs*_4core3fmt5write")
        );
        assert_eq!(
            pattern("_ZN13unicode_width6lookup12lookup_width17hb9ae789edf889a08E.450").as_deref(),
            Some("_ZN13unicode_width6lookup12lookup_width17h*E.*")
        );
        assert_eq!(
            pattern("_RNvXsZ_NtCslNYArtu3iFV_5alloc6stringNtB5_6String9write_str.183").as_deref(),
            Some("_RNvXsZ_NtCs*_5alloc6stringNtB5_6String9write_str.*")
        );
        assert_eq!(pattern("main").as_deref(), Some("main"));
        assert_eq!(pattern("(below main)"), None);
        assert_eq!(pattern("0x0000000000139cc0"), None);
    }

    #[test]
    fn profile_functions_belong_to_the_binary() {
        let profile = "ob=(1) /lib/libc.so.6\nfn=(1) memcpy\nob=(2) /t/httpcode\nfn=(2) main\n\
                       cob=(1)\ncfn=(1)\ncalls=1 0\ncfn=(3) _ZN1a1b17h0000000000000000E\n";
        let found = functions_in(profile, Path::new("/t/httpcode"));
        let found: Vec<&str> = found.iter().map(String::as_str).collect();
        assert_eq!(found, ["_ZN1a1b17h0000000000000000E", "main"]);
    }
}
