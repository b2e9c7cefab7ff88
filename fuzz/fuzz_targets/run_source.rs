//! Fuzz target: parse, compile and run arbitrary text; any outcome but a panic or a crash is fine
//! (the program's own errors are Python exceptions).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(source) = std::str::from_utf8(data) {
        let mut vm = mnpy_interp::vm::Vm::new(vec!["fuzz".into()]);
        vm.recursion_limit = 200;
        let _ = mnpy_interp::run::run_program_quiet(&mut vm, source);
    }
});
