//! Every `httpcode …` example in the README's shell blocks runs as written:
//! through bash, with the freshly built binary first on PATH and a stand-in
//! browser opener. An example may show a "not found" answer (exit 1), but
//! never a usage error, an empty answer or a panic.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn examples() -> Vec<String> {
    let readme =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let mut out = Vec::new();
    let mut in_sh = false;
    for line in readme.lines() {
        if line.starts_with("```") {
            in_sh = line == "```sh";
            continue;
        }
        // Pipes into other tools and redirections into files are not run here.
        if in_sh
            && line.starts_with("httpcode ")
            && !line.contains(" | ")
            && !line.contains(" > ")
            && !line.contains(" >> ")
        {
            out.push(line.to_string());
        }
    }
    out
}

#[test]
fn readme_examples_run_as_written() {
    let examples = examples();
    assert!(examples.len() >= 30, "found {}", examples.len());
    let bin_dir = PathBuf::from(env!("CARGO_BIN_EXE_httpcode"))
        .parent()
        .unwrap()
        .to_path_buf();
    let stand_in = std::env::temp_dir().join(format!("httpcode-readme-{}", std::process::id()));
    std::fs::create_dir_all(&stand_in).unwrap();
    let opener = stand_in.join("xdg-open");
    std::fs::write(&opener, "#!/bin/sh\nexit 0\n").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&opener, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    let path = format!(
        "{}:{}:{}",
        bin_dir.display(),
        stand_in.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    for example in examples {
        let out = Command::new("bash")
            .args(["-c", &example])
            .env("PATH", &path)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        let code = out.status.code();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            matches!(code, Some(0) | Some(1)),
            "`{example}` exited {code:?}: {stderr}"
        );
        assert!(!stderr.contains("panicked"), "`{example}`: {stderr}");
        assert!(
            !out.stdout.is_empty() || !stderr.is_empty(),
            "`{example}` printed nothing"
        );
    }
    let _ = std::fs::remove_dir_all(&stand_in);
}
