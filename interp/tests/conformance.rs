//! The conformance runner: every `tests/conformance/**/<topic>.py` under mnpy in each JIT mode
//! (`--jit off`, default, `--jit threshold=1`), comparing stdout with `<topic>.out` and, when
//! present, the last stderr line and exit status with `<topic>.err`; every
//! `tests/unsupported/*.py` must fail with the one-line error in its `.expected`; every
//! `tests/malformed/*` program must end in the Python exception `expected.txt` names, never a
//! panic, a hang or a wrong answer.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const JIT_MODES: [&[&str]; 3] = [&["--jit", "off"], &[], &["--jit", "threshold=1"]];
const TIMEOUT: Duration = Duration::from_secs(120);

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

fn collect(dir: &Path, ext: &str, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            collect(&p, ext, out);
        } else if p.extension().and_then(|e| e.to_str()) == Some(ext) {
            out.push(p);
        }
    }
}

struct Outcome {
    stdout: String,
    stderr: String,
    status: i32,
}

fn run_mnpy(script: &Path, mode: &[&str], stdin_file: Option<&Path>) -> Outcome {
    let dir = script.parent().expect("script folder");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_mnpy"));
    cmd.args(mode)
        .arg(script.file_name().expect("file name"))
        .current_dir(dir)
        .env("PYTHONHASHSEED", "0")
        .env(
            "NPY_DISABLE_CPU_FEATURES",
            "X86_V3 X86_V4 AVX512_ICL AVX512_SPR",
        )
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    match stdin_file.and_then(|p| std::fs::File::open(p).ok()) {
        Some(f) => cmd.stdin(f),
        None => cmd.stdin(Stdio::null()),
    };
    let mut child = cmd.spawn().expect("spawn mnpy");
    // drain both pipes while the child runs, so a large output cannot block it
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(mut p) = pipe {
                let _ = p.read_to_end(&mut buf);
            }
            buf
        })
    };
    let out_reader = drain(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let err_reader = drain(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let start = Instant::now();
    let status = loop {
        if let Ok(Some(st)) = child.try_wait() {
            break st.code().unwrap_or(-1);
        }
        if start.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            return Outcome {
                stdout: String::new(),
                stderr: "timeout".into(),
                status: -1,
            };
        }
        std::thread::sleep(Duration::from_millis(2));
    };
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    Outcome {
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
        status,
    }
}

fn last_line(s: &str) -> &str {
    s.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("")
}

fn check_script(script: &Path, mode: &[&str]) -> Result<(), String> {
    let expected_out = std::fs::read_to_string(script.with_extension("out")).unwrap_or_default();
    let err_file = script.with_extension("err");
    let stdin = script.with_extension("in");
    let got = run_mnpy(script, mode, stdin.exists().then_some(stdin.as_path()));
    if got.stderr.contains("panicked") {
        return Err(format!("panic: {}", last_line(&got.stderr)));
    }
    if got.stdout != expected_out {
        let diff_line = expected_out
            .lines()
            .zip(got.stdout.lines())
            .position(|(a, b)| a != b)
            .unwrap_or_else(|| expected_out.lines().count().min(got.stdout.lines().count()));
        return Err(format!(
            "stdout differs at line {}: expected {:?}, got {:?} (stderr: {})",
            diff_line + 1,
            expected_out.lines().nth(diff_line).unwrap_or("<end>"),
            got.stdout.lines().nth(diff_line).unwrap_or("<end>"),
            last_line(&got.stderr)
        ));
    }
    match std::fs::read_to_string(&err_file) {
        Ok(e) => {
            let mut lines = e.lines();
            let want_last = lines.next().unwrap_or("");
            let want_status: i32 = lines
                .next()
                .and_then(|l| l.strip_prefix("exit: "))
                .and_then(|n| n.trim().parse().ok())
                .unwrap_or(1);
            if got.status != want_status {
                return Err(format!(
                    "exit status {} (want {}): {}",
                    got.status,
                    want_status,
                    last_line(&got.stderr)
                ));
            }
            if last_line(&got.stderr) != want_last {
                return Err(format!(
                    "last stderr line {:?}, want {:?}",
                    last_line(&got.stderr),
                    want_last
                ));
            }
        }
        Err(_) => {
            if got.status != 0 {
                return Err(format!(
                    "exit status {}: {}",
                    got.status,
                    last_line(&got.stderr)
                ));
            }
        }
    }
    Ok(())
}

#[test]
fn conformance_scripts() {
    let mut scripts = vec![];
    collect(&repo_root().join("tests/conformance"), "py", &mut scripts);
    assert!(!scripts.is_empty(), "no conformance scripts found");
    let mut failures = vec![];
    let mut checks = 0;
    for s in &scripts {
        for mode in JIT_MODES {
            checks += 1;
            if let Err(e) = check_script(s, mode) {
                failures.push(format!(
                    "{} {:?}: {}",
                    s.strip_prefix(repo_root()).unwrap_or(s).display(),
                    mode,
                    e
                ));
            }
        }
    }
    eprintln!(
        "conformance: {} scripts, {} runs, {} failed",
        scripts.len(),
        checks,
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "conformance failures:\n{}",
        failures.join("\n")
    );
}

#[test]
fn unsupported_features_are_refused_clearly() {
    let mut scripts = vec![];
    collect(&repo_root().join("tests/unsupported"), "py", &mut scripts);
    let mut failures = vec![];
    for s in &scripts {
        let want = std::fs::read_to_string(s.with_extension("expected")).unwrap_or_default();
        let got = run_mnpy(s, &[], None);
        if got.status != 1 || last_line(&got.stderr) != want.trim() {
            failures.push(format!(
                "{}: status {}, got {:?}, want {:?}",
                s.display(),
                got.status,
                last_line(&got.stderr),
                want.trim()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "unsupported-feature failures:\n{}",
        failures.join("\n")
    );
}

#[test]
fn malformed_programs_end_in_python_errors() {
    let dir = repo_root().join("tests/malformed");
    let expected = std::fs::read_to_string(dir.join("expected.txt")).unwrap_or_default();
    let mut failures = vec![];
    let mut n = 0;
    for line in expected.lines().filter(|l| !l.trim().is_empty()) {
        let mut parts = line.split_whitespace();
        let (Some(file), Some(exc)) = (parts.next(), parts.next()) else {
            continue;
        };
        n += 1;
        let got = run_mnpy(&dir.join(file), &[], None);
        let last = last_line(&got.stderr);
        let name = last.split(':').next().unwrap_or("");
        if got.stderr.contains("panicked") || got.status != 1 || name != exc {
            failures.push(format!(
                "{}: status {}, last line {:?}, want {}",
                file, got.status, last, exc
            ));
        }
    }
    assert!(n > 0, "no malformed programs listed");
    assert!(
        failures.is_empty(),
        "malformed-program failures:\n{}",
        failures.join("\n")
    );
}
