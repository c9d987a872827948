//! Release tasks, run as `cargo xtask TASK` (the alias is in .cargo/config.toml).
//! `dist` builds the release binary and packs it with the completions, man pages,
//! README and licenses into target/dist/httpcode-VERSION-TARGET.tar.gz, the layout
//! ripgrep and fd publish, plus a `.sha256` file that `sha256sum -c` accepts.

use std::env;
use std::fs::{self, File};
use std::io::{self, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};

use flate2::{write::GzEncoder, Compression};
use sha2::{Digest, Sha256};

const USAGE: &str = "\
usage: cargo xtask dist [--target TRIPLE]

  dist      build --release and write target/dist/httpcode-VERSION-TARGET.tar.gz
            and its .sha256; TARGET is --target, or the host's triple";

type Result<T> = std::result::Result<T, String>;

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["dist"] => dist(None),
        ["dist", "--target", target] => dist(Some(target)),
        ["help" | "--help" | "-h"] => {
            println!("{USAGE}");
            Ok(())
        }
        _ => Err(format!("unknown arguments {args:?}\n{USAGE}")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: error: {message}");
            ExitCode::FAILURE
        }
    }
}

/// What `cargo metadata` says about the httpcode package and where it builds.
struct Project {
    root: PathBuf,
    version: String,
    target_dir: PathBuf,
}

fn dist(target: Option<&str>) -> Result<()> {
    let project = project()?;
    let host = host_triple()?;
    let target = target.unwrap_or(&host).to_string();
    let name = format!("httpcode-{}-{target}", project.version);

    let mut build = cargo();
    build.args(["build", "--release", "--locked", "--package", "httpcode"]);
    build.current_dir(&project.root);
    // Always into target/TRIPLE/release. On glibc Linux the release binary is
    // linked statically: most of a dynamic binary's start-up is the dynamic
    // loader (benches/startup.rs measures both), and httpcode uses nothing of
    // glibc that needs dynamic loading (no NSS, no iconv, no dlopen). With an
    // explicit --target, RUSTFLAGS reach only the target's artifacts, not the
    // build script and proc macros, which cannot be static.
    build.args(["--target", &target]);
    if target.ends_with("-linux-gnu") {
        // The one list of release flags, which the .deb and the bench read too.
        let flags = fs::read_to_string(project.root.join("build/release-rustflags"))
            .map_err(|e| format!("build/release-rustflags: {e}"))?;
        build.env("RUSTFLAGS", flags.trim());
    }
    let mut release = project.target_dir.clone();
    release.push(&target);
    release.push("release");
    run(&mut build)?;

    let exe = if target.contains("windows") {
        "httpcode.exe"
    } else {
        "httpcode"
    };
    let mut files = vec![
        (release.join(exe), exe.to_string()),
        (project.root.join("README.md"), "README.md".to_string()),
        (project.root.join("LICENSE-MIT"), "LICENSE-MIT".to_string()),
        (
            project.root.join("LICENSE-APACHE"),
            "LICENSE-APACHE".to_string(),
        ),
    ];
    for folder in ["completions", "man"] {
        for path in sorted_files(&project.root.join(folder))? {
            let file_name = path.file_name().unwrap_or_default().to_string_lossy();
            let inside = format!("{folder}/{file_name}");
            files.push((path, inside));
        }
    }

    let dist = project.target_dir.join("dist");
    fs::create_dir_all(&dist).map_err(|e| format!("create {}: {e}", dist.display()))?;
    let archive = dist.join(format!("{name}.tar.gz"));
    write_archive(&archive, &name, &files)?;

    let bytes = fs::read(&archive).map_err(|e| format!("read {}: {e}", archive.display()))?;
    let digest: String = Sha256::digest(&bytes)
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect();
    // "HASH  FILE": the format `sha256sum -c` and `shasum -a 256 -c` read.
    let checksum = dist.join(format!("{name}.tar.gz.sha256"));
    fs::write(&checksum, format!("{digest}  {name}.tar.gz\n"))
        .map_err(|e| format!("write {}: {e}", checksum.display()))?;

    println!("{}", archive.display());
    println!("{}", checksum.display());
    Ok(())
}

/// A tar.gz with every file under the folder `top/`. Deterministic headers (a
/// fixed mtime, owner 0, mode 644 or 755) and the fixed file order make the archive
/// depend only on the files' contents.
fn write_archive(archive: &Path, top: &str, files: &[(PathBuf, String)]) -> Result<()> {
    let write = || -> io::Result<()> {
        let out = File::create(archive)?;
        let mut tar = tar::Builder::new(GzEncoder::new(out, Compression::best()));
        tar.mode(tar::HeaderMode::Deterministic);
        // The folder's own entry takes only "is a directory" from the path given.
        tar.append_dir(top, env::current_dir()?)?;
        for (source, inside) in files {
            tar.append_path_with_name(source, format!("{top}/{inside}"))?;
        }
        tar.into_inner()?.finish()?.flush()
    };
    write().map_err(|e| format!("write {}: {e}", archive.display()))
}

fn sorted_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let entries = fs::read_dir(dir).map_err(|e| format!("read {}: {e}", dir.display()))?;
    let mut files = Vec::new();
    for entry in entries {
        let path = entry
            .map_err(|e| format!("read {}: {e}", dir.display()))?
            .path();
        if path.is_file() {
            files.push(path);
        }
    }
    files.sort();
    Ok(files)
}

fn project() -> Result<Project> {
    let out = run(cargo().args(["metadata", "--locked", "--no-deps", "--format-version", "1"]))?;
    let metadata: serde_json::Value =
        serde_json::from_slice(&out).map_err(|e| format!("cargo metadata: {e}"))?;
    let package = metadata["packages"]
        .as_array()
        .and_then(|packages| packages.iter().find(|p| p["name"] == "httpcode"))
        .ok_or("cargo metadata lists no httpcode package")?;
    let text = |value: &serde_json::Value, what: &str| {
        value
            .as_str()
            .map(str::to_string)
            .ok_or(format!("cargo metadata has no {what}"))
    };
    let manifest = PathBuf::from(text(&package["manifest_path"], "manifest_path")?);
    Ok(Project {
        root: manifest
            .parent()
            .ok_or("manifest_path has no folder")?
            .to_path_buf(),
        version: text(&package["version"], "version")?,
        target_dir: PathBuf::from(text(&metadata["target_directory"], "target_directory")?),
    })
}

/// The triple rustc builds for by default, from `rustc -vV`'s `host:` line.
fn host_triple() -> Result<String> {
    let rustc = env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let out = run(Command::new(rustc).arg("-vV"))?;
    String::from_utf8_lossy(&out)
        .lines()
        .find_map(|line| line.strip_prefix("host: "))
        .map(str::to_string)
        .ok_or_else(|| "rustc -vV printed no host line".to_string())
}

/// The cargo that runs this task (cargo sets CARGO for `cargo run`).
fn cargo() -> Command {
    Command::new(env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
}

/// Runs a command with stderr passed through; its stdout, or an error naming it.
fn run(command: &mut Command) -> Result<Vec<u8>> {
    let shown = format!("{command:?}");
    let out = command
        .stderr(std::process::Stdio::inherit())
        .output()
        .map_err(|e| format!("run {shown}: {e}"))?;
    if out.status.success() {
        Ok(out.stdout)
    } else {
        Err(format!("{shown} failed ({})", out.status))
    }
}
