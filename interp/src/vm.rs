//! The bytecode VM: frames with flat local slots, the dispatch loop, and exception unwinding
//! through each code object's exception table. Object protocols live in the `vm/` submodules.

mod arith;
mod attr;
mod call;
mod class;
mod compare;
mod import;
mod iterate;
mod protocol;
mod raise;
mod subscript;
pub mod traceback;

use crate::bytecode::{Code, Op, UnaryOp};
use mnpy_runtime::exceptions::TracebackEntry;
use mnpy_runtime::interp_api::{CmpOp, Interp};
use mnpy_runtime::object::{AttrMap, HeapObj};
use mnpy_runtime::{PyErr, PyResult, TypeTag, Value};
use std::cell::RefCell;
use std::collections::HashMap;
use std::io::Write;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};

/// Set by the Ctrl-C handler; checked at loop headers and calls.
pub static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// One activation of a code object.
pub struct Frame {
    /// The code being run.
    pub code: Rc<Code>,
    /// Local variable slots (`Value::Null` when unbound).
    pub slots: Vec<Value>,
    /// Cells: the code's cell variables, then its free variables.
    pub cells: Vec<Rc<HeapObj>>,
    /// The value stack.
    pub stack: Vec<Value>,
    /// Next instruction.
    pub pc: usize,
    /// The module globals (a `HeapObj::Module`).
    pub globals: Rc<HeapObj>,
    /// Class-body namespace, for `LoadName`/`StoreName`.
    pub namespace: Option<Rc<RefCell<AttrMap>>>,
}

/// How a frame stopped.
pub enum FrameExit {
    /// `return value`.
    Return(Value),
    /// `yield value` (generators).
    Yield(Value),
}

/// The interpreter state.
pub struct Vm {
    /// The builtins namespace.
    pub builtins: AttrMap,
    /// Imported modules by name.
    pub modules: HashMap<String, Value>,
    /// Python call depth.
    pub depth: usize,
    /// `sys.getrecursionlimit()`.
    pub recursion_limit: usize,
    /// The exception being handled (for bare `raise` and `__context__`).
    pub handled: Option<Value>,
    /// Buffered standard output.
    pub stdout: std::io::BufWriter<std::io::Stdout>,
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// Set by `Reraise`: the next unwind must not add a traceback entry for this frame.
    reraising: bool,
    /// Interned attribute-name strings.
    pub interned: HashMap<String, Rc<str>>,
    /// The `__main__` module.
    pub main_module: Option<Rc<HeapObj>>,
    /// The return value of the generator that finished last (for `yield from`).
    pub stop_value: Option<Value>,
    /// Objects whose repr is being computed (to print `[...]` for cycles).
    pub repr_stack: Vec<usize>,
    /// Source text of every file run, for traceback lines.
    pub sources: HashMap<String, Rc<str>>,
    /// Folder of the main script (where `import name` finds `name.py`).
    pub script_dir: Option<std::path::PathBuf>,
}

type Unwind = PyResult<FrameExit>;

impl Vm {
    /// A fresh interpreter with the builtins installed.
    pub fn new(argv: Vec<String>) -> Vm {
        let mut vm = Vm {
            builtins: AttrMap::default(),
            modules: HashMap::new(),
            depth: 0,
            recursion_limit: 1000,
            handled: None,
            stdout: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()),
            argv,
            reraising: false,
            interned: HashMap::new(),
            main_module: None,
            stop_value: None,
            repr_stack: vec![],
            sources: HashMap::new(),
            script_dir: None,
        };
        vm.builtins = mnpy_stdlib::builtins_namespace();
        vm
    }

    /// Interns a name.
    pub fn intern(&mut self, s: &str) -> Rc<str> {
        if let Some(r) = self.interned.get(s) {
            return r.clone();
        }
        let r: Rc<str> = s.into();
        self.interned.insert(s.to_string(), r.clone());
        r
    }

    /// Creates a module object with `__name__` set.
    pub fn new_module(&mut self, name: &str) -> Rc<HeapObj> {
        let mut dict = AttrMap::default();
        dict.insert("__name__".into(), Value::str(name));
        dict.insert("__builtins__".into(), Value::None);
        Rc::new(HeapObj::Module(mnpy_runtime::object::PyModule {
            name: name.into(),
            dict: RefCell::new(dict),
        }))
    }

    /// Runs a module-level code object in `module`.
    pub fn run_module_code(&mut self, code: Rc<Code>, module: Rc<HeapObj>) -> PyResult<Value> {
        let mut frame = Frame {
            slots: vec![],
            cells: vec![],
            stack: Vec::with_capacity(16),
            pc: 0,
            globals: module,
            namespace: None,
            code,
        };
        match self.run_frame(&mut frame)? {
            FrameExit::Return(v) | FrameExit::Yield(v) => Ok(v),
        }
    }

    /// Flushes buffered standard output.
    pub fn flush_stdout(&mut self) {
        let _ = self.stdout.flush();
    }

    /// Runs a frame until it returns or yields, unwinding exceptions through its table.
    pub fn run_frame(&mut self, f: &mut Frame) -> Unwind {
        if self.depth >= self.recursion_limit {
            return Err(PyErr::new(
                TypeTag::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
        self.depth += 1;
        let r = self.run_frame_inner(f);
        self.depth -= 1;
        r
    }

    fn run_frame_inner(&mut self, f: &mut Frame) -> Unwind {
        loop {
            match self.execute(f) {
                Ok(exit) => return Ok(exit),
                Err(err) => {
                    let at = f.pc.saturating_sub(1);
                    if !std::mem::take(&mut self.reraising) {
                        self.add_traceback(&err, f, at);
                    }
                    let handler = f
                        .code
                        .exc_table
                        .iter()
                        .find(|e| (e.start as usize) <= at && at < e.end as usize);
                    match handler {
                        Some(h) => {
                            f.stack.truncate(h.depth as usize);
                            f.stack.push(err.exc);
                            f.pc = h.handler as usize;
                        }
                        None => return Err(err),
                    }
                }
            }
        }
    }

    fn add_traceback(&mut self, err: &PyErr, f: &Frame, at: usize) {
        if let Some(data) = err.data() {
            let mut d = data.borrow_mut();
            if d.traceback.is_empty() && d.context.is_none() {
                if let Some(h) = &self.handled {
                    if !h.is(&err.exc) {
                        d.context = Some(h.clone());
                    }
                }
            }
            d.traceback.push(TracebackEntry {
                file: f.code.filename.clone(),
                line: f.code.lines.get(at).copied().unwrap_or(0),
                func: f.code.name.clone(),
            });
        }
    }

    fn name_error(&self, name: &str) -> PyErr {
        PyErr::with_args(
            TypeTag::NameError,
            vec![Value::string(format!("name '{}' is not defined", name))],
        )
    }

    fn load_global(&mut self, f: &Frame, name: &Rc<str>) -> PyResult<Value> {
        if let HeapObj::Module(m) = &*f.globals {
            if let Some(v) = m.dict.borrow().get(&**name) {
                return Ok(v.clone());
            }
        }
        match self.builtins.get(&**name) {
            Some(v) => Ok(v.clone()),
            None => Err(self.name_error(name)),
        }
    }

    fn globals_dict<'a>(&self, f: &'a Frame) -> &'a RefCell<AttrMap> {
        match &*f.globals {
            HeapObj::Module(m) => &m.dict,
            _ => unreachable_globals(),
        }
    }

    /// The dispatch loop. Returns on `Return`/`Yield`; errors go to `run_frame`'s unwinder.
    fn execute(&mut self, f: &mut Frame) -> Unwind {
        let code = f.code.clone();
        let ops = &code.ops[..];
        loop {
            let op = ops[f.pc];
            f.pc += 1;
            match op {
                Op::Nop => {}
                Op::LoadConst(i) => f.stack.push(code.consts[i as usize].clone()),
                Op::LoadFast(i) => {
                    let v = &f.slots[i as usize];
                    if let Value::Null = v {
                        let name = &code.varnames[i as usize];
                        return Err(PyErr::new(
                            TypeTag::UnboundLocalError,
                            format!("cannot access local variable '{}' where it is not associated with a value", name),
                        ));
                    }
                    f.stack.push(v.clone());
                }
                Op::StoreFast(i) => {
                    let v = pop(f);
                    f.slots[i as usize] = v;
                }
                Op::DeleteFast(i) => {
                    if let Value::Null = f.slots[i as usize] {
                        let name = &code.varnames[i as usize];
                        return Err(PyErr::new(
                            TypeTag::UnboundLocalError,
                            format!("cannot access local variable '{}' where it is not associated with a value", name),
                        ));
                    }
                    f.slots[i as usize] = Value::Null;
                }
                Op::LoadDeref(i) | Op::LoadClosure(i) => {
                    let cell = f.cells[i as usize].clone();
                    if let Op::LoadClosure(_) = op {
                        f.stack.push(Value::Obj(cell));
                        continue;
                    }
                    let content = match &*cell {
                        HeapObj::Cell(c) => c.borrow().clone(),
                        _ => None,
                    };
                    match content {
                        Some(v) => f.stack.push(v),
                        None => {
                            let name = cell_name(&code, i as usize);
                            return Err(PyErr::new(
                                TypeTag::NameError,
                                format!("cannot access free variable '{}' where it is not associated with a value in enclosing scope", name),
                            ));
                        }
                    }
                }
                Op::StoreDeref(i) => {
                    let v = pop(f);
                    if let HeapObj::Cell(c) = &*f.cells[i as usize] {
                        *c.borrow_mut() = Some(v);
                    }
                }
                Op::DeleteDeref(i) => {
                    if let HeapObj::Cell(c) = &*f.cells[i as usize] {
                        *c.borrow_mut() = None;
                    }
                }
                Op::LoadGlobal(i) => {
                    let v = self.load_global(f, &code.names[i as usize])?;
                    f.stack.push(v);
                }
                Op::StoreGlobal(i) => {
                    let v = pop(f);
                    self.globals_dict(f)
                        .borrow_mut()
                        .insert(code.names[i as usize].clone(), v);
                }
                Op::DeleteGlobal(i) => {
                    let name = &code.names[i as usize];
                    if self
                        .globals_dict(f)
                        .borrow_mut()
                        .shift_remove(&**name)
                        .is_none()
                    {
                        return Err(self.name_error(name));
                    }
                }
                Op::LoadName(i) => {
                    let name = &code.names[i as usize];
                    let local = f
                        .namespace
                        .as_ref()
                        .and_then(|ns| ns.borrow().get(&**name).cloned());
                    let v = match local {
                        Some(v) => v,
                        None => self.load_global(f, name)?,
                    };
                    f.stack.push(v);
                }
                Op::StoreName(i) => {
                    let v = pop(f);
                    let name = code.names[i as usize].clone();
                    match &f.namespace {
                        Some(ns) => {
                            ns.borrow_mut().insert(name, v);
                        }
                        None => {
                            self.globals_dict(f).borrow_mut().insert(name, v);
                        }
                    }
                }
                Op::DeleteName(i) => {
                    let name = &code.names[i as usize];
                    let removed = match &f.namespace {
                        Some(ns) => ns.borrow_mut().shift_remove(&**name).is_some(),
                        None => self
                            .globals_dict(f)
                            .borrow_mut()
                            .shift_remove(&**name)
                            .is_some(),
                    };
                    if !removed {
                        return Err(self.name_error(name));
                    }
                }
                Op::LoadAttr(i) => {
                    let obj = pop(f);
                    let v = self.getattr(&obj, &code.names[i as usize])?;
                    f.stack.push(v);
                }
                Op::StoreAttr(i) => {
                    let obj = pop(f);
                    let v = pop(f);
                    self.setattr(&obj, &code.names[i as usize], v)?;
                }
                Op::DeleteAttr(i) => {
                    let obj = pop(f);
                    self.del_attribute(&obj, &code.names[i as usize])?;
                }
                Op::LoadMethod(i) => {
                    let obj = pop(f);
                    let (callee, recv) = self.load_method(obj, &code.names[i as usize])?;
                    f.stack.push(callee);
                    f.stack.push(recv);
                }
                Op::CallMethod(n) => {
                    let n = n as usize;
                    let base = f.stack.len() - n - 2;
                    let recv = std::mem::replace(&mut f.stack[base + 1], Value::Null);
                    let callee = std::mem::replace(&mut f.stack[base], Value::Null);
                    let result = if let Value::Null = recv {
                        let args: Vec<Value> = f.stack.drain(base + 2..).collect();
                        f.stack.truncate(base);
                        self.call_value(&callee, args, vec![])?
                    } else {
                        let mut args: Vec<Value> = Vec::with_capacity(n + 1);
                        args.push(recv);
                        args.extend(f.stack.drain(base + 2..));
                        f.stack.truncate(base);
                        self.call_value(&callee, args, vec![])?
                    };
                    f.stack.push(result);
                }
                Op::Subscr => {
                    let key = pop(f);
                    let obj = pop(f);
                    let v = self.getitem(&obj, &key)?;
                    f.stack.push(v);
                }
                Op::StoreSubscr => {
                    let key = pop(f);
                    let obj = pop(f);
                    let v = pop(f);
                    self.setitem(&obj, &key, v)?;
                }
                Op::DeleteSubscr => {
                    let key = pop(f);
                    let obj = pop(f);
                    self.delitem(&obj, &key)?;
                }
                Op::Binary(bop) => {
                    let b = pop(f);
                    let a = pop(f);
                    let v = match arith::fast_binary(bop, &a, &b) {
                        Some(v) => v,
                        None => self.binary(bop, &a, &b)?,
                    };
                    f.stack.push(v);
                }
                Op::Inplace(bop) => {
                    let b = pop(f);
                    let a = pop(f);
                    let v = match arith::fast_binary(bop, &a, &b) {
                        Some(v) => v,
                        None => self.inplace(bop, &a, &b)?,
                    };
                    f.stack.push(v);
                }
                Op::Unary(u) => {
                    let a = pop(f);
                    let v = match u {
                        UnaryOp::Not => Value::Bool(!self.truthy(&a)?),
                        _ => self.unary(u, &a)?,
                    };
                    f.stack.push(v);
                }
                Op::Compare(c) => {
                    let b = pop(f);
                    let a = pop(f);
                    let v = match compare::fast_compare(c, &a, &b) {
                        Some(r) => Value::Bool(r),
                        None => self.compare(c, &a, &b)?,
                    };
                    f.stack.push(v);
                }
                Op::Is(neg) => {
                    let b = pop(f);
                    let a = pop(f);
                    f.stack.push(Value::Bool(a.is(&b) != (neg == 1)));
                }
                Op::In(neg) => {
                    let container = pop(f);
                    let x = pop(f);
                    let r = self.contains(&container, &x)?;
                    f.stack.push(Value::Bool(r != (neg == 1)));
                }
                Op::Jump(t) => f.pc = t as usize,
                Op::PopJumpIfFalse(t) => {
                    let v = pop(f);
                    let b = match v {
                        Value::Bool(b) => b,
                        other => self.truthy(&other)?,
                    };
                    if !b {
                        f.pc = t as usize;
                    }
                }
                Op::PopJumpIfTrue(t) => {
                    let v = pop(f);
                    let b = match v {
                        Value::Bool(b) => b,
                        other => self.truthy(&other)?,
                    };
                    if b {
                        f.pc = t as usize;
                    }
                }
                Op::JumpIfFalseOrPop(t) => {
                    let v = top(f).clone();
                    if !self.truthy(&v)? {
                        f.pc = t as usize;
                    } else {
                        f.stack.pop();
                    }
                }
                Op::JumpIfTrueOrPop(t) => {
                    let v = top(f).clone();
                    if self.truthy(&v)? {
                        f.pc = t as usize;
                    } else {
                        f.stack.pop();
                    }
                }
                Op::GetIter => {
                    let v = pop(f);
                    let it = self.iter(&v)?;
                    f.stack.push(it);
                }
                Op::ForIter(t) => {
                    let it = top(f).clone();
                    match self.next(&it)? {
                        Some(v) => f.stack.push(v),
                        None => {
                            f.stack.pop();
                            f.pc = t as usize;
                        }
                    }
                }
                Op::LoopHeader(i) => {
                    let c = &code.loop_counters[i as usize];
                    c.set(c.get().wrapping_add(1));
                    if INTERRUPTED.swap(false, Ordering::Relaxed) {
                        return Err(PyErr::with_args(TypeTag::KeyboardInterrupt, vec![]));
                    }
                }
                Op::Call(n) => {
                    let n = n as usize;
                    let base = f.stack.len() - n - 1;
                    let callee = std::mem::replace(&mut f.stack[base], Value::Null);
                    if n == 0 && class::is_super_class(&callee) {
                        f.stack.truncate(base);
                        let v = class::zero_arg_super(f)?;
                        f.stack.push(v);
                        continue;
                    }
                    let args: Vec<Value> = f.stack.drain(base + 1..).collect();
                    f.stack.truncate(base);
                    let v = self.call_value(&callee, args, vec![])?;
                    f.stack.push(v);
                }
                Op::CallKw(n) => {
                    let names = pop(f);
                    let n = n as usize;
                    let base = f.stack.len() - n - 1;
                    let callee = std::mem::replace(&mut f.stack[base], Value::Null);
                    let mut args: Vec<Value> = f.stack.drain(base + 1..).collect();
                    f.stack.truncate(base);
                    let HeapObj::Tuple(names) = names.as_obj().ok_or_else(internal)? else {
                        return Err(internal());
                    };
                    let kw_vals = args.split_off(n - names.len());
                    let kwargs = names
                        .iter()
                        .zip(kw_vals)
                        .map(|(k, v)| (self.intern(k.as_str().unwrap_or("")), v))
                        .collect();
                    let v = self.call_value(&callee, args, kwargs)?;
                    f.stack.push(v);
                }
                Op::CallEx(has_kw) => {
                    let kwargs = if has_kw == 1 {
                        self.kwargs_from_dict(&pop(f))?
                    } else {
                        vec![]
                    };
                    let args_tuple = pop(f);
                    let callee = pop(f);
                    let args = match args_tuple.as_obj() {
                        Some(HeapObj::Tuple(t)) => t.to_vec(),
                        _ => self.collect(&args_tuple)?,
                    };
                    let _ = &args;
                    let v = self.call_value(&callee, args, kwargs)?;
                    f.stack.push(v);
                }
                Op::MakeFunction(arg) => {
                    let v = self.make_function(f, arg)?;
                    f.stack.push(v);
                }
                Op::BuildTuple(n) => {
                    let items: Vec<Value> = f.stack.drain(f.stack.len() - n as usize..).collect();
                    f.stack.push(Value::tuple(items));
                }
                Op::BuildList(n) => {
                    let items: Vec<Value> = f.stack.drain(f.stack.len() - n as usize..).collect();
                    f.stack.push(Value::list(items));
                }
                Op::BuildSet(n) => {
                    let items: Vec<Value> = f.stack.drain(f.stack.len() - n as usize..).collect();
                    let s = self.new_set(items)?;
                    f.stack.push(s);
                }
                Op::BuildMap(n) => {
                    let items: Vec<Value> =
                        f.stack.drain(f.stack.len() - 2 * n as usize..).collect();
                    let d = self.new_dict_from_pairs(items)?;
                    f.stack.push(d);
                }
                Op::BuildSlice(n) => {
                    let step = if n == 3 { pop(f) } else { Value::None };
                    let stop = pop(f);
                    let start = pop(f);
                    f.stack.push(Value::obj(HeapObj::Slice(start, stop, step)));
                }
                Op::BuildString(n) => {
                    let parts: Vec<Value> = f.stack.drain(f.stack.len() - n as usize..).collect();
                    let mut s = String::new();
                    for p in &parts {
                        s.push_str(p.as_str().unwrap_or(""));
                    }
                    f.stack.push(Value::string(s));
                }
                Op::ListAppend(d) => {
                    let v = pop(f);
                    let target = f.stack[f.stack.len() - d as usize].clone();
                    if let Some(HeapObj::List(l)) = target.as_obj() {
                        l.borrow_mut().push(v);
                    }
                }
                Op::SetAdd(d) => {
                    let v = pop(f);
                    let target = f.stack[f.stack.len() - d as usize].clone();
                    self.set_add(&target, v)?;
                }
                Op::MapAdd(d) => {
                    let v = pop(f);
                    let k = pop(f);
                    let target = f.stack[f.stack.len() - d as usize].clone();
                    self.dict_set(&target, k, v)?;
                }
                Op::ListExtend(d) => {
                    let v = pop(f);
                    let items = self.collect(&v)?;
                    let target = f.stack[f.stack.len() - d as usize].clone();
                    if let Some(HeapObj::List(l)) = target.as_obj() {
                        l.borrow_mut().extend(items);
                    }
                }
                Op::SetUpdate(d) => {
                    let v = pop(f);
                    let items = self.collect(&v)?;
                    let target = f.stack[f.stack.len() - d as usize].clone();
                    for it in items {
                        self.set_add(&target, it)?;
                    }
                }
                Op::DictUpdate(d) => {
                    let v = pop(f);
                    let target = f.stack[f.stack.len() - d as usize].clone();
                    self.dict_update_from(&target, &v)?;
                }
                Op::DictMerge => {
                    let m = pop(f);
                    let target = top(f).clone();
                    let callee = f.stack[f.stack.len() - 3].clone();
                    if !matches!(m.as_obj(), Some(HeapObj::Dict(_)))
                        && self.getattr_opt(&m, "keys")?.is_none()
                    {
                        return Err(PyErr::type_error(format!(
                            "{}() argument after ** must be a mapping, not {}",
                            call::function_description(&callee),
                            protocol::type_name(&m)
                        )));
                    }
                    let keys = match m.as_obj() {
                        Some(HeapObj::Dict(d)) => d.borrow().keys(),
                        _ => {
                            let k = self.getattr(&m, "keys")?;
                            let kv = self.call_value(&k, vec![], vec![])?;
                            self.collect(&kv)?
                        }
                    };
                    for k in keys {
                        if mnpy_stdlib::containers::dict_get(self, &target, &k)?.is_some() {
                            let name = match k.as_str() {
                                Some(s) => s.to_string(),
                                None => self.repr(&k)?,
                            };
                            return Err(PyErr::type_error(format!(
                                "{}() got multiple values for keyword argument '{}'",
                                call::function_description(&callee),
                                name
                            )));
                        }
                        let v = self.get_item(&m, &k)?;
                        self.dict_set(&target, k, v)?;
                    }
                }
                Op::CallArgsExtend => {
                    let v = pop(f);
                    let items = match self.collect(&v) {
                        Ok(items) => items,
                        Err(e) if e.matches(TypeTag::TypeError) && self.get_iter(&v).is_err() => {
                            let callee = f.stack[f.stack.len() - 2].clone();
                            return Err(PyErr::type_error(format!(
                                "{}() argument after * must be an iterable, not {}",
                                call::function_description(&callee),
                                protocol::type_name(&v)
                            )));
                        }
                        Err(e) => return Err(e),
                    };
                    if let Some(HeapObj::List(l)) = top(f).as_obj() {
                        l.borrow_mut().extend(items);
                    }
                }
                Op::ListToTuple => {
                    let v = pop(f);
                    let items = match v.as_obj() {
                        Some(HeapObj::List(l)) => l.borrow().clone(),
                        _ => vec![],
                    };
                    f.stack.push(Value::tuple(items));
                }
                Op::FormatValue(flags) => {
                    let spec = if flags & 4 != 0 { Some(pop(f)) } else { None };
                    let v = pop(f);
                    let v = match flags & 3 {
                        1 => Value::string(self.to_str(&v)?),
                        2 => Value::string(self.repr(&v)?),
                        3 => Value::string(mnpy_runtime::format::ascii_escape(&self.repr(&v)?)),
                        _ => v,
                    };
                    let spec_text = spec
                        .as_ref()
                        .and_then(|s| s.as_str())
                        .unwrap_or("")
                        .to_string();
                    let s = if spec_text.is_empty() && v.as_str().is_some() {
                        v
                    } else {
                        Value::string(self.format_value(&v, &spec_text)?)
                    };
                    f.stack.push(s);
                }
                Op::UnpackSequence(n) => {
                    let v = pop(f);
                    let items = self.unpack(&v, n as usize)?;
                    f.stack.extend(items.into_iter().rev());
                }
                Op::UnpackEx(arg) => {
                    let before = (arg & 0xffff) as usize;
                    let after = (arg >> 16) as usize;
                    let v = pop(f);
                    let items = self.collect(&v)?;
                    if items.len() < before + after {
                        return Err(PyErr::value_error(format!(
                            "not enough values to unpack (expected at least {}, got {})",
                            before + after,
                            items.len()
                        )));
                    }
                    let mut out: Vec<Value> = Vec::with_capacity(before + after + 1);
                    out.extend(items[..before].iter().cloned());
                    out.push(Value::list(items[before..items.len() - after].to_vec()));
                    out.extend(items[items.len() - after..].iter().cloned());
                    f.stack.extend(out.into_iter().rev());
                }
                Op::Pop => {
                    f.stack.pop();
                }
                Op::Dup => {
                    let v = top(f).clone();
                    f.stack.push(v);
                }
                Op::DupTwo => {
                    let n = f.stack.len();
                    let a = f.stack[n - 2].clone();
                    let b = f.stack[n - 1].clone();
                    f.stack.push(a);
                    f.stack.push(b);
                }
                Op::Rot2 => {
                    let n = f.stack.len();
                    f.stack.swap(n - 1, n - 2);
                }
                Op::Rot3 => {
                    let v = pop(f);
                    let n = f.stack.len();
                    f.stack.insert(n - 2, v);
                }
                Op::Rot4 => {
                    let v = pop(f);
                    let n = f.stack.len();
                    f.stack.insert(n - 3, v);
                }
                Op::Return => {
                    let v = pop(f);
                    return Ok(FrameExit::Return(v));
                }
                Op::Yield => {
                    let v = pop(f);
                    return Ok(FrameExit::Yield(v));
                }
                Op::YieldFrom => {
                    let sent = pop(f);
                    let it = top(f).clone();
                    match self.send_to(&it, sent)? {
                        Some(v) => {
                            // come back to this instruction when resumed
                            f.pc -= 1;
                            return Ok(FrameExit::Yield(v));
                        }
                        None => {
                            f.stack.pop();
                            let rv = self.take_stop_value();
                            f.stack.push(rv);
                        }
                    }
                }
                Op::Raise(kind) => {
                    return Err(self.do_raise(f, kind)?);
                }
                Op::Reraise => {
                    let exc = pop(f);
                    self.reraising = true;
                    return Err(PyErr { exc });
                }
                Op::PushExcInfo => {
                    let exc = pop(f);
                    let prev = self.handled.replace(exc.clone()).unwrap_or(Value::None);
                    f.stack.push(prev);
                    f.stack.push(exc);
                }
                Op::PopExcept => {
                    let prev = pop(f);
                    self.handled = match prev {
                        Value::None => None,
                        v => Some(v),
                    };
                }
                Op::PopExceptReraise => {
                    let exc = pop(f);
                    let prev = pop(f);
                    self.handled = match prev {
                        Value::None => None,
                        v => Some(v),
                    };
                    self.reraising = true;
                    return Err(PyErr { exc });
                }
                Op::CheckExcMatch => {
                    let cls = pop(f);
                    let exc = top(f).clone();
                    let r = self.exception_matches(&exc, &cls)?;
                    f.stack.push(Value::Bool(r));
                }
                Op::BeforeWith => {
                    let mgr = pop(f);
                    let exit = self.getattr(&mgr, "__exit__").map_err(|_| {
                        PyErr::type_error(format!(
                            "'{}' object does not support the context manager protocol",
                            protocol::type_name(&mgr)
                        ))
                    })?;
                    let enter = self.getattr(&mgr, "__enter__")?;
                    let entered = self.call_value(&enter, vec![], vec![])?;
                    f.stack.push(exit);
                    f.stack.push(entered);
                }
                Op::WithExceptStart => {
                    let n = f.stack.len();
                    let exc = f.stack[n - 1].clone();
                    let exit = f.stack[n - 3].clone();
                    let cls = Value::Obj(PyErr { exc: exc.clone() }.class());
                    let r = self.call_value(&exit, vec![cls, exc, Value::None], vec![])?;
                    f.stack.push(r);
                }
                Op::ImportName(i) => {
                    let m = self.import(&code.names[i as usize])?;
                    f.stack.push(m);
                }
                Op::ImportFrom(i) => {
                    let m = top(f).clone();
                    let name = &code.names[i as usize];
                    let v = self.getattr(&m, name).map_err(|_| {
                        let mname = match m.as_obj() {
                            Some(HeapObj::Module(md)) => md.name.to_string(),
                            _ => "?".into(),
                        };
                        PyErr::new(
                            TypeTag::ImportError,
                            format!(
                                "cannot import name '{}' from '{}' (unknown location)",
                                name, mname
                            ),
                        )
                    })?;
                    f.stack.push(v);
                }
                Op::ImportStar => {
                    let m = pop(f);
                    if let Some(HeapObj::Module(md)) = m.as_obj() {
                        let items: Vec<(Rc<str>, Value)> = md
                            .dict
                            .borrow()
                            .iter()
                            .filter(|(k, _)| !k.starts_with('_'))
                            .map(|(k, v)| (k.clone(), v.clone()))
                            .collect();
                        let g = self.globals_dict(f);
                        for (k, v) in items {
                            g.borrow_mut().insert(k, v);
                        }
                    }
                }
                Op::BuildClass(nbases) => {
                    let bases: Vec<Value> =
                        f.stack.drain(f.stack.len() - nbases as usize..).collect();
                    let name = pop(f);
                    let body = pop(f);
                    let cls = self.build_class(body, name, bases)?;
                    f.stack.push(cls);
                }
                Op::PrintExpr => {
                    let v = pop(f);
                    if !matches!(v, Value::None) {
                        let r = self.repr(&v)?;
                        self.write_stdout(&r)?;
                        self.write_stdout("\n")?;
                        self.builtins.insert("_".into(), v);
                    }
                }
                Op::LoadAssertionError => f.stack.push(Value::Obj(TypeTag::AssertionError.class())),
            }
        }
    }

    /// The compare used by the VM's `Compare` op when the fast path does not apply.
    fn compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        Interp::compare(self, op, a, b)
    }
}

fn cell_name(code: &Code, i: usize) -> Rc<str> {
    if i < code.cellvars.len() {
        code.cellvars[i].clone()
    } else {
        code.freevars
            .get(i - code.cellvars.len())
            .cloned()
            .unwrap_or_else(|| "?".into())
    }
}

#[inline]
fn pop(f: &mut Frame) -> Value {
    f.stack.pop().unwrap_or(Value::None)
}

#[inline]
fn top(f: &Frame) -> &Value {
    f.stack.last().unwrap_or(&Value::None)
}

fn internal() -> PyErr {
    PyErr::new(TypeTag::RuntimeError, "internal error: malformed call")
}

fn unreachable_globals() -> &'static RefCell<AttrMap> {
    thread_local! {
        static EMPTY: &'static RefCell<AttrMap> = Box::leak(Box::new(RefCell::new(AttrMap::default())));
    }
    EMPTY.with(|e| *e)
}

/// The builtin type tag of a value (for the REPL's completion).
pub fn type_tag_of(v: &Value) -> TypeTag {
    protocol::tag_of(v)
}
