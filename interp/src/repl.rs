//! The interactive loop (rustyline): `>>> `/`... ` prompts, blocks ended by a blank line,
//! expression results echoed and kept in `_`, tracebacks that do not end the session,
//! history in `~/.mnpy_history`, Tab completion of names and `obj.attr`.

use crate::run;
use crate::vm::Vm;
use mnpy_runtime::object::HeapObj;
use mnpy_runtime::Value;
use rustyline::completion::{Completer, Pair};
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use rustyline::{Context, Editor, Helper};
use std::cell::RefCell;
use std::rc::Rc;

/// Names visible for completion, refreshed before each prompt.
#[derive(Default)]
struct Names {
    globals: Vec<String>,
    attrs: std::collections::HashMap<String, Vec<String>>,
}

struct ReplHelper {
    names: Rc<RefCell<Names>>,
}

impl Completer for ReplHelper {
    type Candidate = Pair;
    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let before = &line[..pos];
        let start = before
            .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.'))
            .map(|i| i + 1)
            .unwrap_or(0);
        let word = &before[start..];
        let names = self.names.borrow();
        let mut out = vec![];
        if let Some(dot) = word.rfind('.') {
            let (obj, attr) = (&word[..dot], &word[dot + 1..]);
            if let Some(list) = names.attrs.get(obj) {
                for n in list.iter().filter(|n| n.starts_with(attr)) {
                    out.push(Pair {
                        display: n.clone(),
                        replacement: format!("{}.{}", obj, n),
                    });
                }
            }
        } else {
            for n in names.globals.iter().filter(|n| n.starts_with(word)) {
                out.push(Pair {
                    display: n.clone(),
                    replacement: n.clone(),
                });
            }
        }
        out.sort_by(|a, b| a.display.cmp(&b.display));
        out.dedup_by(|a, b| a.display == b.display);
        Ok((start, out))
    }
}

impl Hinter for ReplHelper {
    type Hint = String;
}
impl Highlighter for ReplHelper {}
impl Validator for ReplHelper {}
impl Helper for ReplHelper {}

fn refresh_names(vm: &mut Vm, names: &Rc<RefCell<Names>>) {
    let mut n = names.borrow_mut();
    n.globals = vm.builtins.keys().map(|k| k.to_string()).collect();
    n.attrs.clear();
    if let Some(m) = &vm.main_module {
        if let HeapObj::Module(md) = &**m {
            let items: Vec<(String, Value)> = md
                .dict
                .borrow()
                .iter()
                .map(|(k, v)| (k.to_string(), v.clone()))
                .collect();
            for (k, v) in items {
                n.globals.push(k.clone());
                n.attrs.insert(k, attribute_names(&v));
            }
        }
    }
}

fn attribute_names(v: &Value) -> Vec<String> {
    match v.as_obj() {
        Some(HeapObj::Module(m)) => m.dict.borrow().keys().map(|k| k.to_string()).collect(),
        Some(HeapObj::Instance(i)) => {
            let mut names: Vec<String> = i.attrs.borrow().keys().map(|k| k.to_string()).collect();
            if let Some(c) = i.class.as_class() {
                names.extend(c.dict.borrow().keys().map(|k| k.to_string()));
            }
            names
        }
        Some(HeapObj::Class(c)) => c.dict.borrow().keys().map(|k| k.to_string()).collect(),
        _ => {
            let tag = crate::vm::type_tag_of(v);
            mnpy_runtime::builtin_fn::ALL_BUILTINS
                .iter()
                .filter(|(_, o, _)| *o == mnpy_runtime::builtin_fn::Owner::Method(tag))
                .map(|(_, _, n)| n.to_string())
                .collect()
        }
    }
}

/// Runs the REPL until Ctrl-D; returns the exit status.
pub fn run_repl(vm: &mut Vm) -> i32 {
    if vm.main_module.is_none() {
        let m = vm.new_module("__main__");
        vm.main_module = Some(m.clone());
        vm.modules.insert("__main__".into(), Value::Obj(m));
    }
    let names = Rc::new(RefCell::new(Names::default()));
    let mut editor: Editor<ReplHelper, rustyline::history::DefaultHistory> = match Editor::new() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("mnpy: cannot start the REPL: {}", e);
            return 1;
        }
    };
    editor.set_helper(Some(ReplHelper {
        names: names.clone(),
    }));
    let history = std::env::var("HOME")
        .ok()
        .map(|h| std::path::PathBuf::from(h).join(".mnpy_history"));
    if let Some(h) = &history {
        let _ = editor.load_history(h);
    }
    println!(
        "mnpy {} (Python 3.11 subset with native arrays)",
        env!("CARGO_PKG_VERSION")
    );
    println!("Type Ctrl-D to leave.");
    let mut status = 0;
    'outer: loop {
        refresh_names(vm, &names);
        let mut buffer = String::new();
        let mut prompt = ">>> ";
        loop {
            match editor.readline(prompt) {
                Ok(line) => {
                    if !buffer.is_empty() || !line.trim().is_empty() {
                        let _ = editor.add_history_entry(line.as_str());
                    }
                    let in_block = !buffer.is_empty();
                    buffer.push_str(&line);
                    buffer.push('\n');
                    if buffer.trim().is_empty() {
                        buffer.clear();
                        continue;
                    }
                    if in_block && !line.trim().is_empty() {
                        continue;
                    }
                    match run::compile_source(&buffer, "<stdin>", true) {
                        Err(e) if e.incomplete && !(in_block && line.trim().is_empty()) => {
                            prompt = "... ";
                            continue;
                        }
                        Err(e) if !in_block && line.trim_end().ends_with(':') => {
                            let _ = e;
                            prompt = "... ";
                            continue;
                        }
                        _ => {}
                    }
                    if !in_block && line.trim_end().ends_with(':') {
                        prompt = "... ";
                        continue;
                    }
                    run_input(vm, &buffer);
                    continue 'outer;
                }
                Err(ReadlineError::Interrupted) => {
                    println!("KeyboardInterrupt");
                    continue 'outer;
                }
                Err(ReadlineError::Eof) => break 'outer,
                Err(e) => {
                    eprintln!("mnpy: {}", e);
                    status = 1;
                    break 'outer;
                }
            }
        }
    }
    if let Some(h) = &history {
        let _ = editor.save_history(h);
    }
    status
}

fn run_input(vm: &mut Vm, source: &str) {
    vm.sources.insert("<stdin>".into(), Rc::from(source));
    match run::compile_source(source, "<stdin>", true) {
        Ok(code) => {
            let Some(module) = vm.main_module.clone() else {
                return;
            };
            let r = vm.run_module_code(code, module);
            vm.flush_stdout();
            if let Err(e) = r {
                if e.matches(mnpy_runtime::TypeTag::SystemExit) {
                    let st = run::report_uncaught(vm, &e);
                    std::process::exit(st);
                }
                let text = vm.format_exception(&e.exc);
                eprint!("{}", text);
            }
        }
        Err(e) => {
            eprint!("{}", run::format_syntax_error(&e, source));
        }
    }
}
