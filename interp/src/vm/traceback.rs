//! Printing uncaught exceptions the way CPython 3.11 does: `Traceback (most recent call last):`,
//! one `File "...", line N, in name` entry per frame with its source line, chained causes and
//! contexts, then `Type: message`. Entries carry the span of the failing expression, which
//! `carets` turns into CPython 3.11's caret line.

mod carets;

use super::protocol::type_of;
use super::Vm;
use crate::bytecode::Code;
use carets::{source_lines, ErrorSpan};
use mnpy_runtime::exceptions::{exc_data, FailedSpan, TracebackFrame};
use mnpy_runtime::interp_api::Interp;
use mnpy_runtime::Value;
use std::rc::Rc;

fn push_repeats(out: &mut String, repeats: usize) {
    if repeats > 3 {
        let n = repeats - 3;
        out.push_str(&format!(
            "  [Previous line repeated {} more time{}]\n",
            n,
            if n == 1 { "" } else { "s" }
        ));
    }
}

/// The traceback entry for an exception raised at instruction `at` of `code`: its file, line,
/// function name and the span of the expression the instruction was compiled from.
pub fn entry_for(code: &Code, at: usize) -> TracebackFrame {
    let line = code.lines.get(at).copied().unwrap_or(0);
    let span = code
        .positions
        .get(at)
        .filter(|p| p.line == line && line > 0)
        .map(|p| FailedSpan {
            end_line: p.end_line,
            col: p.col,
            end_col: p.end_col,
        });
    TracebackFrame {
        file: code.filename.clone(),
        line,
        func: code.name.clone(),
        span,
    }
}

/// The span of an entry's failing expression, when it is known.
fn entry_span(e: &TracebackFrame) -> Option<ErrorSpan> {
    e.span.map(|s| ErrorSpan {
        line: e.line,
        end_line: s.end_line,
        col: s.col,
        end_col: s.end_col,
    })
}

impl Vm {
    /// The text CPython prints to stderr for an uncaught exception.
    pub fn format_exception(&mut self, exc: &Value) -> String {
        let mut out = String::new();
        let mut seen: Vec<usize> = vec![];
        self.format_chain(exc, &mut out, &mut seen);
        out
    }

    fn format_chain(&mut self, exc: &Value, out: &mut String, seen: &mut Vec<usize>) {
        let id = match exc {
            Value::Obj(o) => std::rc::Rc::as_ptr(o) as *const u8 as usize,
            _ => 0,
        };
        seen.push(id);
        if let Some(d) = exc_data(exc) {
            let (cause, context, suppress) = {
                let d = d.borrow();
                (d.cause.clone(), d.context.clone(), d.suppress_context)
            };
            let not_seen = |v: &Value, seen: &Vec<usize>| match v {
                Value::Obj(o) => !seen.contains(&(std::rc::Rc::as_ptr(o) as *const u8 as usize)),
                _ => false,
            };
            if let Some(c) = cause.filter(|c| not_seen(c, seen)) {
                self.format_chain(&c, out, seen);
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            } else if let Some(c) = context.filter(|c| !suppress && not_seen(c, seen)) {
                self.format_chain(&c, out, seen);
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
            }
        }
        self.format_one(exc, out);
    }

    fn format_one(&mut self, exc: &Value, out: &mut String) {
        if let Some(d) = exc_data(exc) {
            let tb = d.borrow().traceback.clone();
            if !tb.is_empty() {
                out.push_str("Traceback (most recent call last):\n");
                // CPython prints a run of identical entries three times, then a count
                let mut last: Option<(Rc<str>, u32, Rc<str>)> = None;
                let mut repeats = 0usize;
                for e in tb.iter().rev() {
                    let key = (e.file.clone(), e.line, e.func.clone());
                    if last.as_ref() == Some(&key) {
                        repeats += 1;
                    } else {
                        push_repeats(out, repeats);
                        last = Some(key);
                        repeats = 1;
                    }
                    if repeats > 3 {
                        continue;
                    }
                    out.push_str(&format!(
                        "  File \"{}\", line {}, in {}\n",
                        e.file, e.line, e.func
                    ));
                    // like CPython, no source text for pseudo-files such as `<stdin>`
                    let pseudo = e.file.starts_with('<') && e.file.ends_with('>');
                    if let Some(src) = self.sources.get(&*e.file).filter(|_| !pseudo) {
                        if let Some(line) = src.lines().nth(e.line.saturating_sub(1) as usize) {
                            out.push_str(&source_lines(line, entry_span(e)));
                        }
                    }
                }
                push_repeats(out, repeats);
            }
        }
        out.push_str(&self.exception_line(exc));
        out.push('\n');
    }

    /// `Type: message` (the last line of a traceback).
    pub fn exception_line(&mut self, exc: &Value) -> String {
        let cls = type_of(exc);
        let (module, qual) = cls
            .as_class()
            .map(|c| (c.module.to_string(), c.qualname.to_string()))
            .unwrap_or_default();
        let name = if module == "builtins" || module == "__main__" {
            qual
        } else {
            format!("{}.{}", module, qual)
        };
        let msg = match self.to_str(exc) {
            Ok(m) => m,
            Err(_) => "<exception str() failed>".to_string(),
        };
        if msg.is_empty() {
            name
        } else {
            format!("{}: {}", name, msg)
        }
    }
}
