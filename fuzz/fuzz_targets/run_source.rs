//! Fuzz target: parse, compile and run arbitrary text; any outcome but a panic or a crash is fine
//! (the program's own errors are Python exceptions).
//!
//! Programs that merely run long are not crashes: a watchdog thread raises `KeyboardInterrupt`
//! in the running program (through the VM's Ctrl-C flag, checked at every loop header) once an
//! input has run for `TIME_BUDGET`, so `while 1: pass` ends in a Python error. Work that never
//! passes a loop header (a long builtin call) is left to libFuzzer's own `-timeout`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mnpy_interp::vm::INTERRUPTED;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// How long one input may run before the watchdog interrupts it.
const TIME_BUDGET: Duration = Duration::from_millis(500);
/// Native stack of the thread that runs each input: the same as the `mnpy` binary's interpreter
/// thread (`interp/src/main.rs`), so a stack overflow here is one the binary would hit too.
const STACK_SIZE: usize = 1 << 30;

/// Milliseconds since `epoch()` at which the current input started; 0 when no input runs.
static STARTED_AT_MS: AtomicU64 = AtomicU64::new(0);

/// The instant the watchdog measures from (set when the first input arms it).
fn epoch() -> Instant {
    static EPOCH: OnceLock<Instant> = OnceLock::new();
    *EPOCH.get_or_init(Instant::now)
}

/// Milliseconds since `epoch()`, at least 1 (0 means "disarmed").
fn now_ms() -> u64 {
    epoch().elapsed().as_millis() as u64 + 1
}

/// Starts the watchdog thread once: it interrupts an input that has run past `TIME_BUDGET`.
fn start_watchdog() {
    static STARTED: OnceLock<()> = OnceLock::new();
    STARTED.get_or_init(|| {
        epoch();
        std::thread::spawn(|| loop {
            std::thread::sleep(Duration::from_millis(20));
            let started = STARTED_AT_MS.load(Ordering::Acquire);
            if started != 0 && now_ms().saturating_sub(started) > TIME_BUDGET.as_millis() as u64 {
                INTERRUPTED.store(true, Ordering::Relaxed);
            }
        });
    });
}

fuzz_target!(|data: &[u8]| {
    let Ok(source) = std::str::from_utf8(data) else {
        return;
    };
    start_watchdog();
    INTERRUPTED.store(false, Ordering::Relaxed);
    STARTED_AT_MS.store(now_ms(), Ordering::Release);
    std::thread::scope(|scope| {
        std::thread::Builder::new()
            .stack_size(STACK_SIZE)
            .spawn_scoped(scope, || {
                let mut vm = mnpy_interp::vm::Vm::new(vec!["fuzz".into()]);
                let _ = mnpy_interp::run::run_program_quiet(&mut vm, source);
            })
            .expect("spawn the interpreter thread")
            .join()
            .expect("the interpreter thread panicked");
    });
    STARTED_AT_MS.store(0, Ordering::Release);
    INTERRUPTED.store(false, Ordering::Relaxed);
});
