//! Full-stderr conformance: every `tests/stderr/<topic>.py` ends in an uncaught exception or a
//! syntax error; its complete standard error (tracebacks with their caret lines, syntax-error
//! blocks) and exit status under mnpy must equal `<topic>.stderr`, which
//! `scripts/regen-expected` writes from CPython 3.11 with the script's folder removed from file
//! paths and a final `exit: N` line.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

fn stderr_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .join("tests")
        .join("stderr")
}

/// mnpy's stderr and exit status for `script`, normalised like `scripts/regen-expected` does.
fn run_mnpy(script: &Path) -> String {
    let dir = script.parent().expect("script folder");
    let out = Command::new(env!("CARGO_BIN_EXE_mnpy"))
        .arg(script.file_name().expect("file name"))
        .current_dir(dir)
        .env("PYTHONHASHSEED", "0")
        .env(
            "NPY_DISABLE_CPU_FEATURES",
            "X86_V3 X86_V4 AVX512_ICL AVX512_SPR",
        )
        .stdin(Stdio::null())
        .output()
        .expect("run mnpy");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let folder = format!("{}{}", dir.display(), std::path::MAIN_SEPARATOR);
    format!(
        "{}exit: {}\n",
        stderr.replace(&folder, ""),
        out.status.code().unwrap_or(-1)
    )
}

/// The first differing line of two texts, for the failure message.
fn first_difference(want: &str, got: &str) -> String {
    let (w, g): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    let at = (0..w.len().max(g.len()))
        .find(|&i| w.get(i) != g.get(i))
        .unwrap_or(0);
    format!(
        "line {}: expected {:?}, got {:?}",
        at + 1,
        w.get(at).unwrap_or(&"<end>"),
        g.get(at).unwrap_or(&"<end>")
    )
}

#[test]
fn stderr_matches_cpython() {
    let mut scripts: Vec<PathBuf> = std::fs::read_dir(stderr_dir())
        .expect("tests/stderr")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().and_then(|e| e.to_str()) == Some("py"))
        .collect();
    scripts.sort();
    assert!(!scripts.is_empty(), "no scripts in tests/stderr");
    let mut failures = vec![];
    for script in &scripts {
        let expected_file = script.with_extension("stderr");
        let Ok(want) = std::fs::read_to_string(&expected_file) else {
            failures.push(format!(
                "{}: no .stderr (run scripts/regen-expected --stderr)",
                script.display()
            ));
            continue;
        };
        let got = run_mnpy(script);
        if got != want {
            failures.push(format!(
                "{}: {}",
                script.file_name().unwrap_or_default().to_string_lossy(),
                first_difference(&want, &got)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} scripts differ:\n{}",
        failures.len(),
        scripts.len(),
        failures.join("\n")
    );
}
