//! The `mnpy` command line: `mnpy script.py [args]`, `mnpy -c CODE`, `mnpy -` (stdin), `mnpy`
//! (REPL on a terminal, else a script from stdin), `-i`, `-V`, `--jit`, `--dump-bytecode`.

use clap::Parser;
use mnpy_interp::vm::{Vm, INTERRUPTED};
use mnpy_interp::{repl, run, JitOptions};
use std::io::{IsTerminal, Read};
use std::sync::atomic::Ordering;

/// mimalloc rather than the system allocator: a Python program allocates and frees small
/// objects all the time (strings, tuples, iterators, boxed ints), which glibc's malloc serves
/// at several times the cost (CPython has its own small-object allocator for the same reason).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// mnpy: a Python-subset interpreter with native NumPy-compatible arrays.
#[derive(Parser, Debug)]
#[command(name = "mnpy", disable_version_flag = true, about, long_about = None)]
struct Cli {
    /// Program passed in as a string.
    #[arg(short = 'c', value_name = "CODE", allow_hyphen_values = true)]
    command: Option<String>,
    /// Inspect interactively after running the script.
    #[arg(short = 'i')]
    interactive: bool,
    /// Print the version and exit.
    #[arg(short = 'V', long = "version")]
    version: bool,
    /// JIT control: `off`, `threshold=N`, `log` (comma separated).
    #[arg(long = "jit", value_name = "SPEC")]
    jit: Option<String>,
    /// Print the compiled bytecode instead of running.
    #[arg(long = "dump-bytecode")]
    dump_bytecode: bool,
    /// Script path (`-` for stdin) and its arguments.
    #[arg(
        trailing_var_arg = true,
        allow_hyphen_values = true,
        value_name = "SCRIPT [ARGS]"
    )]
    rest: Vec<String>,
}

fn main() {
    let cli = Cli::parse();
    if cli.version {
        println!("mnpy {} (Python 3.11 subset)", env!("CARGO_PKG_VERSION"));
        return;
    }
    let jit = match cli.jit.as_deref().map(JitOptions::parse).transpose() {
        Ok(j) => j.unwrap_or_default(),
        Err(e) => {
            eprintln!("mnpy: {}", e);
            std::process::exit(2);
        }
    };
    let _ = ctrlc::set_handler(|| INTERRUPTED.store(true, Ordering::Relaxed));
    // Python frames recurse on the native stack; give it room for deep recursion limits.
    let child = std::thread::Builder::new()
        .stack_size(1 << 30)
        .spawn(move || real_main(cli, jit))
        .expect("spawn interpreter thread");
    let code = child.join().unwrap_or(70);
    if code == run::EXIT_BY_SIGINT {
        die_by_sigint();
    }
    std::process::exit(code);
}

/// Ends the process by SIGINT (after an uncaught `KeyboardInterrupt`), so that the parent sees
/// what CPython's parent sees: death by signal 2 (a shell reports status 130).
fn die_by_sigint() -> ! {
    // SAFETY: restoring the default disposition of SIGINT and raising it in this process are
    // plain libc calls with valid arguments; no Rust state is touched, and the default action
    // ends the process.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        libc::raise(libc::SIGINT);
    }
    std::process::exit(130)
}

/// The script's name as CPython shows it in tracebacks, warnings and `__file__`: a relative
/// path is joined to the working directory (without normalising `.` or `..`).
fn script_display_path(path: &str) -> String {
    if std::path::Path::new(path).is_absolute() {
        return path.to_string();
    }
    match std::env::current_dir() {
        Ok(dir) => format!("{}/{}", dir.display(), path),
        Err(_) => path.to_string(),
    }
}

fn real_main(cli: Cli, _jit: JitOptions) -> i32 {
    if let Some(code) = &cli.command {
        let mut argv = vec!["-c".to_string()];
        argv.extend(cli.rest.iter().cloned());
        let mut vm = Vm::new(argv);
        let status = run::run_program(&mut vm, code, "<string>", cli.dump_bytecode);
        if cli.interactive {
            return repl::run_repl(&mut vm);
        }
        return status;
    }
    match cli.rest.first().map(String::as_str) {
        None => {
            let mut vm = Vm::new(vec![String::new()]);
            if std::io::stdin().is_terminal() {
                repl::run_repl(&mut vm)
            } else {
                let mut src = String::new();
                if std::io::stdin().read_to_string(&mut src).is_err() {
                    eprintln!("mnpy: cannot read standard input");
                    return 1;
                }
                run::run_program(&mut vm, &src, "<stdin>", cli.dump_bytecode)
            }
        }
        Some("-") => {
            let mut vm = Vm::new(cli.rest.clone());
            let mut src = String::new();
            if std::io::stdin().read_to_string(&mut src).is_err() {
                eprintln!("mnpy: cannot read standard input");
                return 1;
            }
            run::run_program(&mut vm, &src, "<stdin>", cli.dump_bytecode)
        }
        Some(path) => {
            let bytes = match std::fs::read(path) {
                Ok(b) => b,
                Err(e) => {
                    eprintln!(
                        "mnpy: can't open file '{}': [Errno {}] {}",
                        path,
                        e.raw_os_error().unwrap_or(2),
                        errno_text(&e)
                    );
                    return 2;
                }
            };
            let source = match String::from_utf8(bytes) {
                Ok(s) => s,
                Err(e) => {
                    let bad = e.as_bytes()[e.utf8_error().valid_up_to()];
                    let line = e.as_bytes()[..e.utf8_error().valid_up_to()]
                        .iter()
                        .filter(|&&b| b == b'\n')
                        .count()
                        + 1;
                    eprintln!(
                        "SyntaxError: Non-UTF-8 code starting with '\\x{:02x}' in file {} on line {}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                        bad, path, line
                    );
                    return 1;
                }
            };
            let source = source
                .strip_prefix('\u{feff}')
                .unwrap_or(&source)
                .to_string();
            let mut vm = Vm::new(cli.rest.clone());
            // like CPython's sys.path[0]: the script's folder, absolute and with links resolved
            vm.script_dir = std::path::Path::new(path).parent().map(|p| {
                let dir = if p.as_os_str().is_empty() {
                    std::path::PathBuf::from(".")
                } else {
                    p.to_path_buf()
                };
                std::fs::canonicalize(&dir).unwrap_or(dir)
            });
            let shown = script_display_path(path);
            let status = run::run_program(&mut vm, &source, &shown, cli.dump_bytecode);
            if cli.interactive {
                return repl::run_repl(&mut vm);
            }
            status
        }
    }
}

fn errno_text(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        _ => e.to_string(),
    }
}
