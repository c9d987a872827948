//! Whole-process timings: `httpcode 501`, a word search, `httpcode list` and
//! others, each against a do-nothing process (`true`), so the figure that matters,
//! the cost on top of starting a process, is visible.
//!
//! Run with `cargo bench --bench startup` (builds the release binary first).
//! Set `HTTPCODE_BENCH_RUNS` to change the number of runs per command (default 300).

use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn time(program: &str, args: &[&str], runs: usize) -> (Duration, Duration) {
    let mut samples: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            let status = Command::new(program)
                .args(args)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .expect("command runs");
            let elapsed = start.elapsed();
            assert!(status.code().is_some(), "{program} {args:?} was killed");
            elapsed
        })
        .collect();
    samples.sort();
    let mean = samples.iter().sum::<Duration>() / runs as u32;
    (samples[runs / 2], mean)
}

fn main() {
    let runs: usize = std::env::var("HTTPCODE_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(300);
    let status = Command::new(env!("CARGO"))
        .args(["build", "--release", "--quiet", "--bin", "httpcode"])
        .status()
        .expect("cargo runs");
    assert!(status.success(), "release build failed");
    let bin = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/release/httpcode");
    let bin = bin.to_str().expect("UTF-8 path");

    let cases: &[(&str, &str, &[&str])] = &[
        ("do-nothing process", "true", &[]),
        ("httpcode --version", bin, &["--version"]),
        ("httpcode 501", bin, &["501"]),
        ("httpcode 501 --json", bin, &["501", "--json"]),
        ("httpcode \"not allowed\"", bin, &["not allowed"]),
        ("httpcode \"Not Implimented\"", bin, &["Not Implimented"]),
        ("httpcode list", bin, &["list"]),
        ("httpcode list --json", bin, &["list", "--json"]),
        ("httpcode compare 405 501", bin, &["compare", "405", "501"]),
        (
            "httpcode explain --method PATCH",
            bin,
            &["explain", "--method", "PATCH"],
        ),
    ];
    // Warm the page cache.
    for (_, program, args) in cases {
        time(program, args, 5);
    }
    let (floor, _) = time("true", &[], runs);
    println!("{runs} runs each; median and mean wall time per process\n");
    println!(
        "{:<34} {:>10} {:>10} {:>8}",
        "command", "median", "mean", "×floor"
    );
    for (label, program, args) in cases {
        let (median, mean) = time(program, args, runs);
        println!(
            "{label:<34} {:>8.0}µs {:>8.0}µs {:>8.2}",
            median.as_secs_f64() * 1e6,
            mean.as_secs_f64() * 1e6,
            median.as_secs_f64() / floor.as_secs_f64()
        );
    }
}
