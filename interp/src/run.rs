//! Running source text: parsing (rustpython-parser), compiling, syntax errors in CPython's
//! format, and running a whole program with CPython's exit statuses and traceback printing.

use crate::bytecode::Code;
use crate::compiler::compile_module;
use crate::syntax_error::{self, line_byte_col, Diagnosis};
use crate::vm::Vm;
use mnpy_runtime::exceptions::exc_data;
use mnpy_runtime::{HeapObj, PyErr, TypeTag, Value};
use rustpython_parser::{lexer::LexicalErrorType, Mode, ParseErrorType};
use std::rc::Rc;

/// A syntax error: its class, message and position.
#[derive(Debug, Clone)]
pub struct SyntaxErr {
    /// `SyntaxError`, `IndentationError` or `TabError`.
    pub kind: TypeTag,
    /// The message.
    pub msg: String,
    /// File name.
    pub filename: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column (0: no caret).
    pub col: usize,
    /// 1-based last line.
    pub end_line: usize,
    /// 1-based exclusive end column (0: none).
    pub end_col: usize,
    /// True when more input could complete the code (REPL continuation).
    pub incomplete: bool,
}

impl SyntaxErr {
    fn new(diagnosis: Diagnosis, filename: &str, incomplete: bool) -> SyntaxErr {
        SyntaxErr {
            kind: diagnosis.kind,
            msg: diagnosis.msg,
            filename: filename.into(),
            line: diagnosis.line,
            col: diagnosis.col,
            end_line: diagnosis.end_line,
            end_col: diagnosis.end_col,
            incomplete,
        }
    }

    fn diagnosis(&self) -> Diagnosis {
        Diagnosis {
            kind: self.kind,
            msg: self.msg.clone(),
            line: self.line,
            col: self.col,
            end_line: self.end_line,
            end_col: self.end_col,
        }
    }
}

/// A diagnosis at byte `offset` (and optionally up to byte `end`) of `source`.
fn diagnosis_at(
    source: &str,
    kind: TypeTag,
    msg: String,
    offset: usize,
    end: Option<usize>,
) -> Diagnosis {
    let (line, col) = line_byte_col(source, offset);
    let (end_line, end_col) = end.map(|e| line_byte_col(source, e)).unwrap_or((line, 0));
    Diagnosis {
        kind,
        msg,
        line,
        col,
        end_line,
        end_col,
    }
}

/// True when a parse error could be fixed by more input (REPL continuation): the input ends
/// inside brackets, a string or a block header.
fn parse_error_incomplete(source: &str, e: &rustpython_parser::ParseError) -> bool {
    let eof = matches!(
        e.error,
        ParseErrorType::Eof | ParseErrorType::Lexical(LexicalErrorType::Eof)
    );
    let at_end = e.offset.to_usize() >= source.trim_end().len();
    let indentation = matches!(
        e.error,
        ParseErrorType::Lexical(LexicalErrorType::IndentationError)
    );
    eof || (at_end && !indentation)
}

/// Parses and compiles a module (or REPL input).
pub fn compile_source(
    source: &str,
    filename: &str,
    interactive: bool,
) -> Result<Rc<Code>, SyntaxErr> {
    if let Some(at) = source.find('\0') {
        let mut d = diagnosis_at(
            source,
            TypeTag::SyntaxError,
            "source code cannot contain null bytes".into(),
            at,
            None,
        );
        d.col = 0;
        return Err(SyntaxErr::new(d, filename, false));
    }
    let limit_error = |(kind, msg, offset): crate::limits::LimitError| {
        let kind = match kind {
            "IndentationError" => TypeTag::IndentationError,
            "RecursionError" => TypeTag::RecursionError,
            _ => TypeTag::SyntaxError,
        };
        let mut d = diagnosis_at(source, kind, msg, offset, None);
        if kind == TypeTag::IndentationError {
            d.col = 0;
        }
        SyntaxErr::new(d, filename, false)
    };
    crate::limits::check_text(source).map_err(limit_error)?;
    let module = match rustpython_parser::parse(source, Mode::Module, filename) {
        Ok(m) => m,
        Err(e) => {
            let incomplete = parse_error_incomplete(source, &e);
            return Err(SyntaxErr::new(
                syntax_error::diagnose(source, &e),
                filename,
                incomplete,
            ));
        }
    };
    let body = match module {
        rustpython_parser::ast::Mod::Module(m) => m.body,
        rustpython_parser::ast::Mod::Interactive(m) => m.body,
        _ => vec![],
    };
    crate::limits::check_ast(&body).map_err(limit_error)?;
    compile_module(&body, source, filename, interactive).map_err(|e| {
        // scope errors (global/nonlocal declarations) span their statement's line
        let end = e.end.or_else(|| {
            let declaration = e.msg.contains("global") || e.msg.contains("nonlocal");
            declaration.then(|| {
                let line_end = source[e.offset.min(source.len())..]
                    .find('\n')
                    .map(|i| e.offset + i)
                    .unwrap_or(source.len());
                e.offset + source[e.offset.min(line_end)..line_end].trim_end().len()
            })
        });
        SyntaxErr::new(
            diagnosis_at(source, TypeTag::SyntaxError, e.msg, e.offset, end),
            filename,
            false,
        )
    })
}

/// The Python exception for a syntax error.
pub fn syntax_error_value(e: &SyntaxErr) -> PyErr {
    PyErr::with_args(
        e.kind,
        vec![
            Value::str(&e.msg),
            Value::tuple(vec![
                Value::str(&e.filename),
                Value::Int(e.line as i64),
                Value::Int(e.col as i64),
                Value::None,
            ]),
        ],
    )
}

/// CPython's stderr text for a syntax error in a file.
pub fn format_syntax_error(e: &SyntaxErr, source: &str) -> String {
    syntax_error::format_diagnosis(&e.filename, source, &e.diagnosis())
}

/// Runs a program's source in `__main__`; returns the process exit status.
pub fn run_program(vm: &mut Vm, source: &str, filename: &str, dump: bool) -> i32 {
    vm.sources.insert(filename.to_string(), Rc::from(source));
    let code = match compile_source(source, filename, false) {
        Ok(c) => c,
        Err(e) => {
            vm.flush_stdout();
            eprint!("{}", format_syntax_error(&e, source));
            return 1;
        }
    };
    if dump {
        print!("{}", code.dump());
        return 0;
    }
    let module = vm.new_module("__main__");
    if !filename.starts_with('<') {
        if let HeapObj::Module(m) = &*module {
            m.dict
                .borrow_mut()
                .insert("__file__".into(), Value::str(filename));
        }
    }
    vm.main_module = Some(module.clone());
    vm.modules
        .insert("__main__".into(), Value::Obj(module.clone()));
    let r = vm.run_module_code(code, module);
    vm.flush_stdout();
    match r {
        Ok(_) => 0,
        Err(e) => report_uncaught(vm, &e),
    }
}

/// Prints an uncaught exception (or handles SystemExit); returns the exit status.
pub fn report_uncaught(vm: &mut Vm, e: &PyErr) -> i32 {
    if e.matches(TypeTag::SystemExit) {
        let arg = exc_data(&e.exc).and_then(|d| d.borrow().args.first().cloned());
        vm.flush_stdout();
        return match arg {
            None | Some(Value::None) => 0,
            Some(Value::Int(i)) => i as i32,
            Some(Value::Bool(b)) => b as i32,
            Some(other) => {
                let text = mnpy_runtime::interp_api::Interp::to_str(vm, &other).unwrap_or_default();
                eprintln!("{}", text);
                1
            }
        };
    }
    let text = vm.format_exception(&e.exc);
    vm.flush_stdout();
    eprint!("{}", text);
    if e.matches(TypeTag::KeyboardInterrupt) {
        // CPython ends by SIGINT after printing the traceback
        return EXIT_BY_SIGINT;
    }
    1
}

/// The exit status `run_program` returns for an uncaught `KeyboardInterrupt`: the process
/// must then end by SIGINT, as CPython's does (`main.rs` does that).
pub const EXIT_BY_SIGINT: i32 = i32::MIN;

/// Runs source text without printing (fuzzing): returns the exception line, if any.
pub fn run_program_quiet(vm: &mut Vm, source: &str) -> Option<String> {
    let code = match compile_source(source, "<fuzz>", false) {
        Ok(c) => c,
        Err(e) => return Some(e.msg),
    };
    let module = vm.new_module("__main__");
    vm.main_module = Some(module.clone());
    match vm.run_module_code(code, module) {
        Ok(_) => None,
        Err(e) => Some(vm.exception_line(&e.exc)),
    }
}
