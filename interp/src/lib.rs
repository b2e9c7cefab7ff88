//! mnpy's interpreter: front end (rustpython-parser), scope analysis, compiler, bytecode VM and
//! REPL. The `mnpy` binary (`main.rs`) is a thin command line over this library.
//!
//! Pipeline: `run::compile_source` (parse → `symtable` → `compiler`) produces a `bytecode::Code`;
//! `vm::Vm` runs it; `repl` is the interactive loop.

pub mod bytecode;
pub mod compiler;
pub mod limits;
pub mod repl;
pub mod run;
pub mod symtable;
pub mod syntax_error;
pub mod vm;

/// JIT settings from `--jit` (the JIT itself is a later stage; the flag is accepted now).
#[derive(Clone, Debug, Default)]
pub struct JitOptions {
    /// `--jit off`.
    pub off: bool,
    /// `--jit threshold=N`.
    pub threshold: Option<u32>,
    /// `--jit log`.
    pub log: bool,
}

impl JitOptions {
    /// Parses a comma-separated `--jit` value.
    pub fn parse(spec: &str) -> Result<JitOptions, String> {
        let mut o = JitOptions::default();
        for part in spec.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            match part {
                "off" => o.off = true,
                "on" => o.off = false,
                "log" => o.log = true,
                p if p.starts_with("threshold=") => {
                    let n = p["threshold=".len()..]
                        .parse::<u32>()
                        .map_err(|_| format!("bad --jit threshold: {}", p))?;
                    o.threshold = Some(n);
                }
                other => return Err(format!("unknown --jit option: {}", other)),
            }
        }
        Ok(o)
    }
}
