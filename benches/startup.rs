//! Whole-process timings: each command against a do-nothing process (`true`), so
//! the figure that matters, the cost on top of starting a process, is visible.
//! Runs are interleaved (one of each command per round), so a slow moment of the
//! machine touches every command alike. Also prints each command's peak RSS and
//! the release binary's size.
//!
//! Run with `cargo bench --bench startup` (builds the release binary first).
//! Set `HTTPCODE_BENCH_RUNS` to change the number of rounds (default 101).

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

struct Case {
    label: &'static str,
    program: String,
    args: &'static [&'static str],
    samples: Vec<Duration>,
}

/// Runs the command once; returns the wall time and the peak RSS in KiB.
// The child is reaped by wait4 (which also reports its peak RSS), not Child::wait.
#[allow(clippy::zombie_processes)]
fn run_once(program: &str, args: &[&str]) -> (Duration, i64) {
    let start = Instant::now();
    let child = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("command starts");
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value; wait4 fills it for our own child.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = child.id() as libc::pid_t;
    // SAFETY: waits for the child we spawned; status and usage are valid pointers.
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let elapsed = start.elapsed();
    assert_eq!(waited, pid, "wait4 failed for {program} {args:?}");
    assert!(libc::WIFEXITED(status), "{program} {args:?} was killed");
    (elapsed, usage.ru_maxrss)
}

fn median(samples: &mut [Duration]) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn main() {
    let runs: usize = std::env::var("HTTPCODE_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(101)
        .max(1);
    let status = Command::new(env!("CARGO"))
        .args(["build", "--release", "--quiet", "--bin", "httpcode"])
        .status()
        .expect("cargo runs");
    assert!(status.success(), "release build failed");
    let bin = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/release/httpcode");
    let size = std::fs::metadata(&bin).expect("release binary").len();
    let bin = bin.to_str().expect("UTF-8 path").to_string();

    let commands: &[(&str, &[&str])] = &[
        ("httpcode --version", &["--version"]),
        ("httpcode 501", &["501"]),
        ("httpcode 501 --json", &["501", "--json"]),
        ("httpcode gateway (search)", &["gateway"]),
        ("httpcode \"Not Implimented\"", &["Not Implimented"]),
        ("httpcode list", &["list"]),
        ("httpcode list --json", &["list", "--json"]),
        ("httpcode list --all --json", &["list", "--all", "--json"]),
        ("httpcode compare 405 501", &["compare", "405", "501"]),
        (
            "httpcode explain --method PATCH",
            &["explain", "--method", "PATCH"],
        ),
        ("httpcode methods", &["methods"]),
        ("httpcode completions zsh", &["completions", "zsh"]),
    ];
    let mut cases: Vec<Case> = std::iter::once(Case {
        label: "do-nothing process (true)",
        program: "true".into(),
        args: &[],
        samples: Vec::with_capacity(runs),
    })
    .chain(commands.iter().map(|(label, args)| Case {
        label,
        program: bin.clone(),
        args,
        samples: Vec::with_capacity(runs),
    }))
    .collect();

    // Warm the page cache, and take each command's peak RSS.
    let rss: Vec<i64> = cases
        .iter()
        .map(|c| {
            (0..3)
                .map(|_| run_once(&c.program, c.args).1)
                .max()
                .unwrap_or(0)
        })
        .collect();
    for _ in 0..runs {
        for case in cases.iter_mut() {
            let (elapsed, _) = run_once(&case.program, case.args);
            case.samples.push(elapsed);
        }
    }
    let floor = median(&mut cases[0].samples);
    println!("{runs} interleaved rounds; median wall time per process\n");
    println!(
        "{:<34} {:>10} {:>8} {:>10}",
        "command", "median", "×true", "peak RSS"
    );
    for (case, rss) in cases.iter_mut().zip(rss) {
        let m = median(&mut case.samples);
        println!(
            "{:<34} {:>8.0}µs {:>8.2} {:>7.1} MB",
            case.label,
            m.as_secs_f64() * 1e6,
            m.as_secs_f64() / floor.as_secs_f64(),
            rss as f64 / 1024.0
        );
    }
    println!(
        "\nrelease binary: {:.1} MB ({size} bytes)",
        size as f64 / 1e6
    );
}
