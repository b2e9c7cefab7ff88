//! Running source text: parsing (rustpython-parser), compiling, syntax errors in CPython's
//! format, and running a whole program with CPython's exit statuses and traceback printing.

use crate::bytecode::Code;
use crate::compiler::compile_module;
use crate::vm::Vm;
use mnpy_runtime::exceptions::exc_data;
use mnpy_runtime::{PyErr, TypeTag, Value};
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
    /// 1-based column.
    pub col: usize,
    /// True when more input could complete the code (REPL continuation).
    pub incomplete: bool,
}

fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(source.len());
    let before = &source[..source.floor_char_boundary_compat(offset)];
    let line = before.matches('\n').count() + 1;
    let col = before
        .rsplit('\n')
        .next()
        .map(|l| l.chars().count())
        .unwrap_or(0)
        + 1;
    (line, col)
}

trait FloorBoundary {
    fn floor_char_boundary_compat(&self, i: usize) -> usize;
}

impl FloorBoundary for str {
    fn floor_char_boundary_compat(&self, mut i: usize) -> usize {
        while i > 0 && !self.is_char_boundary(i) {
            i -= 1;
        }
        i
    }
}

/// True when a parse error sits at the start of a line that follows a line ending in `:`
/// without being indented deeper (a missing block).
fn missing_block(source: &str, offset: usize) -> bool {
    let offset = offset.min(source.len());
    let before = &source[..source.floor_char_boundary_compat(offset)];
    let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
    if !before[line_start..].trim().is_empty() {
        return false;
    }
    let indent_of = |l: &str| l.len() - l.trim_start().len();
    let here = source[line_start..].lines().next().unwrap_or("");
    let header = source[..line_start]
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'));
    match header {
        Some(h) => h.trim_end().ends_with(':') && indent_of(here) <= indent_of(h),
        None => false,
    }
}

/// Parses and compiles a module (or REPL input).
pub fn compile_source(
    source: &str,
    filename: &str,
    interactive: bool,
) -> Result<Rc<Code>, SyntaxErr> {
    if source.contains('\0') {
        return Err(SyntaxErr {
            kind: TypeTag::SyntaxError,
            msg: "source code cannot contain null bytes".into(),
            filename: filename.into(),
            line: 1,
            col: 1,
            incomplete: false,
        });
    }
    let limit_error = |(kind, msg, offset): crate::limits::LimitError| {
        let (line, col) = line_col(source, offset);
        let kind = match kind {
            "IndentationError" => TypeTag::IndentationError,
            "RecursionError" => TypeTag::RecursionError,
            _ => TypeTag::SyntaxError,
        };
        SyntaxErr {
            kind,
            msg,
            filename: filename.into(),
            line,
            col,
            incomplete: false,
        }
    };
    crate::limits::check_text(source).map_err(limit_error)?;
    let parsed = rustpython_parser::parse(source, Mode::Module, filename);
    let module = match parsed {
        Ok(m) => m,
        Err(e) => {
            let (line, col) = line_col(source, e.offset.to_usize());
            let (kind, msg, incomplete) = match &e.error {
                ParseErrorType::Eof => (
                    TypeTag::SyntaxError,
                    "unexpected EOF while parsing".to_string(),
                    true,
                ),
                ParseErrorType::Lexical(LexicalErrorType::IndentationError) => (
                    TypeTag::IndentationError,
                    "unindent does not match any outer indentation level".to_string(),
                    false,
                ),
                ParseErrorType::Lexical(
                    LexicalErrorType::TabError | LexicalErrorType::TabsAfterSpaces,
                ) => (
                    TypeTag::TabError,
                    "inconsistent use of tabs and spaces in indentation".to_string(),
                    false,
                ),
                ParseErrorType::Lexical(LexicalErrorType::Eof) => (
                    TypeTag::SyntaxError,
                    "unexpected EOF while parsing".to_string(),
                    true,
                ),
                ParseErrorType::Lexical(LexicalErrorType::NestingError) => {
                    (TypeTag::SyntaxError, "unmatched bracket".to_string(), false)
                }
                ParseErrorType::Lexical(LexicalErrorType::DuplicateArgumentError(n)) => (
                    TypeTag::SyntaxError,
                    format!("duplicate argument '{}' in function definition", n),
                    false,
                ),
                ParseErrorType::Lexical(LexicalErrorType::DefaultArgumentError) => (
                    TypeTag::SyntaxError,
                    "non-default argument follows default argument".to_string(),
                    false,
                ),
                ParseErrorType::Lexical(LexicalErrorType::PositionalArgumentError) => (
                    TypeTag::SyntaxError,
                    "positional argument follows keyword argument".to_string(),
                    false,
                ),
                ParseErrorType::Lexical(LexicalErrorType::DuplicateKeywordArgumentError(n)) => (
                    TypeTag::SyntaxError,
                    format!("keyword argument repeated: {}", n),
                    false,
                ),
                ParseErrorType::Lexical(
                    LexicalErrorType::StringError | LexicalErrorType::UnicodeError,
                ) => (
                    TypeTag::SyntaxError,
                    "unterminated string literal".to_string(),
                    false,
                ),
                ParseErrorType::UnrecognizedToken(..)
                    if missing_block(source, e.offset.to_usize()) =>
                {
                    (
                        TypeTag::IndentationError,
                        "expected an indented block".to_string(),
                        false,
                    )
                }
                ParseErrorType::UnrecognizedToken(tok, _) => {
                    let text = format!("{}", tok);
                    let indent = text.contains("Indent") || text.contains("indent");
                    if indent {
                        (
                            TypeTag::IndentationError,
                            "unexpected indent".to_string(),
                            false,
                        )
                    } else if text.contains("Dedent") || text.contains("dedent") {
                        (
                            TypeTag::IndentationError,
                            "expected an indented block".to_string(),
                            false,
                        )
                    } else {
                        (TypeTag::SyntaxError, "invalid syntax".to_string(), false)
                    }
                }
                _ => (TypeTag::SyntaxError, "invalid syntax".to_string(), false),
            };
            // an open bracket or block at the end of input can still be completed
            let at_end = e.offset.to_usize() >= source.trim_end().len();
            return Err(SyntaxErr {
                kind,
                msg,
                filename: filename.into(),
                line,
                col,
                incomplete: incomplete || (at_end && kind != TypeTag::IndentationError),
            });
        }
    };
    let body = match module {
        rustpython_parser::ast::Mod::Module(m) => m.body,
        rustpython_parser::ast::Mod::Interactive(m) => m.body,
        _ => vec![],
    };
    crate::limits::check_ast(&body).map_err(limit_error)?;
    compile_module(&body, source, filename, interactive).map_err(|e| {
        let (line, col) = line_col(source, e.offset);
        SyntaxErr {
            kind: TypeTag::SyntaxError,
            msg: e.msg,
            filename: filename.into(),
            line,
            col,
            incomplete: false,
        }
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
    let mut out = format!("  File \"{}\", line {}\n", e.filename, e.line);
    if let Some(text) = source.lines().nth(e.line.saturating_sub(1)) {
        let trimmed = text.trim_start();
        let indent = text.chars().count() - trimmed.chars().count();
        let t = trimmed.trim_end();
        if !t.is_empty() {
            out.push_str(&format!("    {}\n", t));
            let caret = e.col.saturating_sub(indent + 1).min(t.chars().count());
            out.push_str(&format!("    {}^\n", " ".repeat(caret)));
        }
    }
    out.push_str(&format!("{}: {}\n", e.kind.name(), e.msg));
    out
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
    1
}

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
