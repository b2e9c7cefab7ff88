//! Calling: dispatch on the callee's kind, binding arguments to parameter slots (with CPython's
//! error messages), building function objects and closures, and running generators.

use super::{Frame, FrameExit, InlineFrames, Vm};
use crate::bytecode::Code;
use mnpy_runtime::interp_api::KwArgs;
use mnpy_runtime::object::{AttrMap, HeapObj, PyFunction};
use mnpy_runtime::value::ValueStack;
use mnpy_runtime::{BuiltinFn, PyErr, PyResult, TypeTag, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// The state of a generator object (kept inside `HeapObj::Generator`).
pub struct GenState {
    /// The suspended frame; `None` once finished.
    pub frame: Option<Frame>,
    /// True while running (re-entry is an error).
    pub running: bool,
    /// True after the first resume.
    pub started: bool,
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{} {}", n, word)
    } else {
        format!("{} {}s", n, word)
    }
}

fn name_list(names: &[&str]) -> String {
    let q: Vec<String> = names.iter().map(|n| format!("'{}'", n)).collect();
    match q.len() {
        0 => String::new(),
        1 => q[0].clone(),
        2 => format!("{} and {}", q[0], q[1]),
        n => format!("{}, and {}", q[..n - 1].join(", "), q[n - 1]),
    }
}

impl Vm {
    /// Calls any callable value.
    pub fn call_value(
        &mut self,
        callee: &Value,
        args: Vec<Value>,
        kwargs: KwArgs,
    ) -> PyResult<Value> {
        match callee {
            Value::Builtin(b) => mnpy_stdlib::call_builtin(self, *b, args, kwargs),
            Value::Obj(o) => match &**o {
                HeapObj::Function(func) => self.call_function(func, args, kwargs),
                HeapObj::BoundMethod(recv, func) => {
                    let mut full = Vec::with_capacity(args.len() + 1);
                    full.push(recv.clone());
                    full.extend(args);
                    let func = func.clone();
                    self.call_value(&func, full, kwargs)
                }
                HeapObj::BoundBuiltin(
                    b @ (BuiltinFn::GeneratorSend | BuiltinFn::GeneratorClose),
                    recv,
                ) => {
                    let recv = recv.clone();
                    if *b == BuiltinFn::GeneratorClose {
                        let suspended = match recv.as_obj() {
                            Some(HeapObj::Generator(cell, _)) => {
                                let mut slot = cell.borrow_mut();
                                match slot.as_mut().and_then(|s| s.downcast_mut::<GenState>()) {
                                    Some(st) if st.running => {
                                        return Err(PyErr::value_error(
                                            "generator already executing",
                                        ))
                                    }
                                    Some(st) => {
                                        let frame = st.frame.take();
                                        frame.filter(|_| st.started)
                                    }
                                    None => None,
                                }
                            }
                            _ => None,
                        };
                        if let Some(mut frame) = suspended {
                            self.close_frame(&mut frame)?;
                        }
                        return Ok(Value::None);
                    }
                    if args.len() != 1 {
                        return Err(PyErr::type_error(format!(
                            "send() takes exactly one argument ({} given)",
                            args.len()
                        )));
                    }
                    let sent = args.into_iter().next().unwrap_or(Value::None);
                    match self.resume_generator(&recv, sent)? {
                        Some(v) => Ok(v),
                        None => {
                            let args = match self.stop_value.take() {
                                None | Some(Value::None) => vec![],
                                Some(v) => vec![v],
                            };
                            Err(PyErr::with_args(TypeTag::StopIteration, args))
                        }
                    }
                }
                HeapObj::BoundBuiltin(b, recv) => {
                    let mut full = Vec::with_capacity(args.len() + 1);
                    full.push(recv.clone());
                    full.extend(args);
                    mnpy_stdlib::call_builtin(self, *b, full, kwargs)
                }
                HeapObj::Class(_) => self.instantiate(o.clone(), args, kwargs),
                HeapObj::Instance(_) => match self.lookup_special(callee, "__call__") {
                    Some(m) => {
                        let mut full = Vec::with_capacity(args.len() + 1);
                        full.push(callee.clone());
                        full.extend(args);
                        self.call_value(&m, full, kwargs)
                    }
                    None => Err(not_callable(callee)),
                },
                HeapObj::StaticMethod(f) => {
                    let f = f.clone();
                    self.call_value(&f, args, kwargs)
                }
                HeapObj::Native(..) => mnpy_stdlib::call_native(self, callee, args, kwargs),
                _ => Err(not_callable(callee)),
            },
            _ => Err(not_callable(callee)),
        }
    }

    /// Calls a Python function: binds arguments into a new frame and runs it (or makes a
    /// generator).
    pub fn call_function(
        &mut self,
        func: &PyFunction,
        args: Vec<Value>,
        kwargs: KwArgs,
    ) -> PyResult<Value> {
        let code = func
            .code
            .clone()
            .downcast::<Code>()
            .map_err(|_| PyErr::type_error("bad code object"))?;
        let slots = bind_arguments(func, &code, args, kwargs)?;
        let mut cells = Vec::with_capacity(code.cellvars.len() + func.closure.len());
        for from in &code.cell_from_arg {
            let init = from.map(|s| slots[s as usize].clone());
            cells.push(Rc::new(HeapObj::Cell(RefCell::new(init))));
        }
        cells.extend(func.closure.iter().cloned());
        let mut frame = Frame {
            code: code.clone(),
            slots,
            cells,
            stack: self.take_vec(),
            pc: 0,
            globals: func.globals.clone(),
            namespace: None,
        };
        if code.is_generator {
            let state = GenState {
                frame: Some(frame),
                running: false,
                started: false,
            };
            return Ok(Value::obj(HeapObj::Generator(
                RefCell::new(Some(Box::new(state))),
                code.name.clone(),
            )));
        }
        let exit = self.run_frame(&mut frame);
        self.give_vec(std::mem::take(&mut frame.slots));
        self.give_vec(std::mem::take(&mut frame.stack));
        self.close_generators_if_any();
        match exit? {
            FrameExit::Return(v) | FrameExit::Yield(v) => Ok(v),
        }
    }

    /// The direct call path: when `Code::simple_positional` says the `nargs` values on top of
    /// the running frame's stack (the top of `inline`, else `entry`) bind one to one to
    /// `func`'s parameters, they move into a new frame for `func`, pushed on `inline`, and the
    /// caller's stack is cut back to the callee's place, `result_at` (a `Null` by now), where
    /// `return_inline` writes the result. The dispatch loop then runs on in the new frame,
    /// without a nested `execute` or any native stack. `None` when the call needs the general
    /// path (nothing has been taken from the stack); an error past the recursion limit or
    /// after Ctrl-C, as `run_frame` raises them.
    #[inline(always)]
    pub(super) fn call_inline(
        &mut self,
        func: &PyFunction,
        entry: &mut Frame,
        inline: &mut InlineFrames,
        nargs: usize,
        result_at: usize,
    ) -> Option<PyResult<()>> {
        let depth = inline.running;
        // The frame that last ran at this depth is often `func`'s (recursion, a helper called
        // in a loop): its code is then `func`'s (both are alive, so one address means one
        // object), known to be a `Code` without asking `Any`.
        let spare = inline.frames.get(depth);
        let (simple, argcount, nlocals, same_code) = match spare {
            Some(spare) if std::ptr::addr_eq(Rc::as_ptr(&spare.code), Rc::as_ptr(&func.code)) => (
                spare.code.simple_positional,
                spare.code.argcount,
                spare.code.varnames.len(),
                true,
            ),
            _ => {
                let code = func.code.downcast_ref::<Code>()?;
                (
                    code.simple_positional,
                    code.argcount,
                    code.varnames.len(),
                    false,
                )
            }
        };
        if !simple || argcount as usize != nargs {
            return None;
        }
        if self.depth >= self.recursion_limit {
            return Some(Err(super::recursion_error()));
        }
        if super::INTERRUPTED.load(std::sync::atomic::Ordering::Relaxed) {
            super::INTERRUPTED.store(false, std::sync::atomic::Ordering::Relaxed);
            return Some(Err(PyErr::with_args(TypeTag::KeyboardInterrupt, vec![])));
        }
        if depth == inline.frames.len() {
            inline.frames.push(Box::new(Frame {
                code: func.code.clone().downcast::<Code>().ok()?,
                slots: Vec::with_capacity(8),
                cells: Vec::new(),
                stack: Vec::with_capacity(8),
                pc: 0,
                globals: func.globals.clone(),
                namespace: None,
            }));
        } else if !same_code {
            inline.frames[depth].code = func.code.clone().downcast::<Code>().ok()?;
        }
        let (running, spare) = inline.frames.split_at_mut(depth);
        let frame = &mut *spare[0];
        if !Rc::ptr_eq(&frame.globals, &func.globals) {
            frame.globals = func.globals.clone();
        }
        frame.pc = 0;
        let caller = match running.last_mut() {
            Some(top) => &mut **top,
            None => entry,
        };
        // moved word by word: the arguments were pushed just now (see `ValueWords`)
        match nargs {
            0 => {}
            1 => {
                let a = caller.stack.pop_value()?;
                frame.slots.push_value(a);
            }
            _ => {
                let base = caller.stack.len() - nargs;
                for arg in &mut caller.stack[base..] {
                    frame.slots.push_value(Value::Null.replace_in(arg));
                }
                caller.stack.truncate(base);
            }
        }
        for _ in nargs..nlocals {
            frame.slots.push_value(Value::Null);
        }
        if caller.stack.len() > result_at + 1 {
            caller.stack.truncate(result_at + 1);
        }
        self.depth += 1;
        inline.running = depth + 1;
        Some(Ok(()))
    }

    /// `return v` from the top frame of `inline`: the frame is emptied and kept for reuse,
    /// any generators it dropped are closed, and `v` takes the callee's place on its caller's
    /// stack (the new top of `inline`, else `entry`).
    #[inline(always)]
    pub(super) fn return_inline(&mut self, entry: &mut Frame, inline: &mut InlineFrames, v: Value) {
        self.leave_inline(inline);
        if let Some(place) = inline.running(entry).stack.last_mut() {
            v.write_to(place);
        }
    }

    /// Ends the top frame of `inline` (it returned or raised): what it held is released, the
    /// frame kept for reuse, and any generators it dropped closed.
    #[inline(always)]
    pub(super) fn leave_inline(&mut self, inline: &mut InlineFrames) {
        if let Some(frame) = inline.top() {
            frame.slots.clear();
            frame.stack.clear();
            inline.running -= 1;
            self.depth -= 1;
            self.close_generators_if_any();
        }
    }

    /// Builds a function object for `MakeFunction`.
    pub(super) fn make_function(&mut self, f: &mut Frame, arg: u32) -> PyResult<Value> {
        let idx = (arg & 0xff_ffff) as usize;
        let flags = arg >> 24;
        let qualname = f.stack.pop().unwrap_or(Value::None);
        let closure = if flags & 4 != 0 {
            match f.stack.pop().as_ref().and_then(|v| v.as_obj()) {
                Some(HeapObj::Tuple(t)) => t
                    .iter()
                    .filter_map(|c| match c {
                        Value::Obj(o) => Some(o.clone()),
                        _ => None,
                    })
                    .collect(),
                _ => vec![],
            }
        } else {
            vec![]
        };
        let kwdefaults = if flags & 2 != 0 {
            let d = f.stack.pop().unwrap_or(Value::None);
            match d.as_obj() {
                Some(HeapObj::Dict(d)) => d
                    .borrow()
                    .iter()
                    .map(|(k, v)| (Rc::from(k.as_str().unwrap_or("")), v.clone()))
                    .collect(),
                _ => vec![],
            }
        } else {
            vec![]
        };
        let defaults = if flags & 1 != 0 {
            match f.stack.pop().as_ref().and_then(|v| v.as_obj()) {
                Some(HeapObj::Tuple(t)) => t.to_vec(),
                _ => vec![],
            }
        } else {
            vec![]
        };
        let code = f.code.codes[idx].clone();
        let doc = match &code.doc {
            Some(d) => Value::str(d),
            None => Value::None,
        };
        Ok(Value::obj(HeapObj::Function(PyFunction {
            name: code.name.clone(),
            qualname: qualname.as_str().unwrap_or("").into(),
            code: code as Rc<dyn std::any::Any>,
            globals: f.globals.clone(),
            defaults,
            kwdefaults,
            closure,
            attrs: RefCell::new(AttrMap::default()),
            doc,
        })))
    }

    /// Converts a `**kwargs` mapping to keyword arguments.
    pub(super) fn kwargs_from_dict(&mut self, d: &Value) -> PyResult<KwArgs> {
        match d.as_obj() {
            Some(HeapObj::Dict(dict)) => {
                let items: Vec<(Value, Value)> = dict.borrow().iter().cloned().collect();
                let mut out = Vec::with_capacity(items.len());
                for (k, v) in items {
                    match k.as_str() {
                        Some(s) => out.push((self.intern(s), v)),
                        None => return Err(PyErr::type_error("keywords must be strings")),
                    }
                }
                Ok(out)
            }
            _ => Err(PyErr::type_error(format!(
                "argument after ** must be a mapping, not {}",
                super::protocol::type_name(d)
            ))),
        }
    }

    /// Resumes a generator with `sent`; `Some(v)` when it yields, `None` when it finishes (its
    /// return value is kept for `take_stop_value`).
    pub fn resume_generator(&mut self, gen: &Value, sent: Value) -> PyResult<Option<Value>> {
        let Some(HeapObj::Generator(cell, _)) = gen.as_obj() else {
            return Err(PyErr::type_error("not a generator"));
        };
        let mut frame = {
            let mut slot = cell.borrow_mut();
            let Some(state_any) = slot.as_mut() else {
                return Ok(None);
            };
            let Some(state) = state_any.downcast_mut::<GenState>() else {
                return Ok(None);
            };
            if state.running {
                return Err(PyErr::value_error("generator already executing"));
            }
            let Some(frame) = state.frame.take() else {
                return Ok(None);
            };
            if !state.started && !matches!(sent, Value::None) {
                state.frame = Some(frame);
                return Err(PyErr::type_error(
                    "can't send non-None value to a just-started generator",
                ));
            }
            if state.started {
                // the value of the `yield` expression
                let mut fr = frame;
                fr.stack.push(sent);
                state.started = true;
                state.running = true;
                fr
            } else {
                state.started = true;
                state.running = true;
                frame
            }
        };
        let result = self.run_frame(&mut frame);
        let mut slot = cell.borrow_mut();
        let state = slot.as_mut().and_then(|s| s.downcast_mut::<GenState>());
        match result {
            Ok(FrameExit::Yield(v)) => {
                if let Some(st) = state {
                    st.running = false;
                    st.frame = Some(frame);
                }
                Ok(Some(v))
            }
            Ok(FrameExit::Return(v)) => {
                if let Some(st) = state {
                    st.running = false;
                }
                self.stop_value = Some(v);
                Ok(None)
            }
            Err(e) => {
                if let Some(st) = state {
                    st.running = false;
                }
                if e.matches(TypeTag::StopIteration) {
                    return Err(PyErr::new(
                        TypeTag::RuntimeError,
                        "generator raised StopIteration",
                    ));
                }
                Err(e)
            }
        }
    }

    /// Sends into an iterator for `yield from`: generators get `send`, others `next`.
    pub(super) fn send_to(&mut self, it: &Value, sent: Value) -> PyResult<Option<Value>> {
        if let Some(HeapObj::Generator(..)) = it.as_obj() {
            return self.resume_generator(it, sent);
        }
        self.stop_value = None;
        mnpy_runtime::interp_api::Interp::next(self, it)
    }

    /// The value a finished generator returned (for `yield from`).
    pub(super) fn take_stop_value(&mut self) -> Value {
        self.stop_value.take().unwrap_or(Value::None)
    }
}

/// Binds call arguments to the slots of `code`.
fn bind_arguments(
    func: &PyFunction,
    code: &Code,
    args: Vec<Value>,
    kwargs: KwArgs,
) -> PyResult<Vec<Value>> {
    let nslots = code.varnames.len();
    // the common case: exactly the positional parameters, nothing else to bind
    if kwargs.is_empty()
        && !code.varargs
        && !code.varkw
        && code.kwonlyargcount == 0
        && args.len() == code.argcount as usize
    {
        let mut slots = args;
        slots.resize(nslots, Value::Null);
        return Ok(slots);
    }
    let mut slots = vec![Value::Null; nslots];
    let p = code.argcount as usize;
    let kwonly = code.kwonlyargcount as usize;
    let nargs = args.len();
    let qn = &func.qualname;
    if nargs > p && !code.varargs {
        let ndef = func.defaults.len();
        let kw_given = kwargs
            .iter()
            .filter(|(k, _)| code.varnames[p..p + kwonly].iter().any(|n| n == k))
            .count();
        let takes = if ndef > 0 {
            format!("from {} to {} positional arguments", p - ndef, p)
        } else {
            plural(p, "positional argument")
        };
        let given = if kw_given > 0 {
            format!(
                "{} positional argument{} (and {} keyword-only argument{}) were given",
                nargs,
                if nargs == 1 { "" } else { "s" },
                kw_given,
                if kw_given == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{} {} given",
                nargs,
                if nargs == 1 { "was" } else { "were" }
            )
        };
        return Err(PyErr::type_error(format!(
            "{}() takes {} but {}",
            qn, takes, given
        )));
    }
    let mut extra = Vec::new();
    for (i, a) in args.into_iter().enumerate() {
        if i < p {
            slots[i] = a;
        } else {
            extra.push(a);
        }
    }
    if code.varargs {
        slots[p + kwonly] = Value::tuple(extra);
    }
    let mut varkw: Option<mnpy_runtime::dict::PyDict> = if code.varkw {
        Some(Default::default())
    } else {
        None
    };
    let mut varkw_items: Vec<(Value, Value)> = vec![];
    for (k, v) in kwargs {
        let pos = code.varnames[code.posonlyargcount as usize..p + kwonly]
            .iter()
            .position(|n| **n == *k);
        match pos {
            Some(i) => {
                let slot = i + code.posonlyargcount as usize;
                if !matches!(slots[slot], Value::Null) {
                    return Err(PyErr::type_error(format!(
                        "{}() got multiple values for argument '{}'",
                        qn, k
                    )));
                }
                slots[slot] = v;
            }
            None => {
                if varkw.is_some() {
                    varkw_items.push((Value::str(&k), v));
                } else if code.varnames[..code.posonlyargcount as usize]
                    .iter()
                    .any(|n| **n == *k)
                {
                    return Err(PyErr::type_error(format!(
                        "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                        qn, k
                    )));
                } else {
                    return Err(PyErr::type_error(format!(
                        "{}() got an unexpected keyword argument '{}'",
                        qn, k
                    )));
                }
            }
        }
    }
    // defaults for missing positionals
    let ndef = func.defaults.len();
    let mut missing: Vec<&str> = vec![];
    for (i, slot) in slots.iter_mut().enumerate().take(p) {
        if matches!(slot, Value::Null) {
            if i + ndef >= p {
                *slot = func.defaults[i + ndef - p].clone();
            } else {
                missing.push(&code.varnames[i]);
            }
        }
    }
    if !missing.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}() missing {} required positional argument{}: {}",
            qn,
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            name_list(&missing)
        )));
    }
    let mut missing_kw: Vec<&str> = vec![];
    for (i, slot) in slots.iter_mut().enumerate().take(p + kwonly).skip(p) {
        if matches!(slot, Value::Null) {
            let name = &code.varnames[i];
            match func.kwdefaults.iter().find(|(k, _)| k == name) {
                Some((_, v)) => *slot = v.clone(),
                None => missing_kw.push(name),
            }
        }
    }
    if !missing_kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}() missing {} required keyword-only argument{}: {}",
            qn,
            missing_kw.len(),
            if missing_kw.len() == 1 { "" } else { "s" },
            name_list(&missing_kw)
        )));
    }
    if let Some(d) = varkw.as_mut() {
        for (k, v) in varkw_items {
            let h = mnpy_runtime::hash::str_hash(k.as_str().unwrap_or(""));
            d.push(h as u64, k, v);
        }
        let slot = p + kwonly + code.varargs as usize;
        slots[slot] = Value::obj(HeapObj::Dict(RefCell::new(
            varkw.take().unwrap_or_default(),
        )));
    }
    Ok(slots)
}

/// `TypeError: 'int' object is not callable`.
pub fn not_callable(v: &Value) -> PyErr {
    PyErr::type_error(format!(
        "'{}' object is not callable",
        super::protocol::type_name(v)
    ))
}

/// How CPython names a callable in argument errors: `module.qualname` for functions (no module
/// for builtins), the type name for others.
pub fn function_description(v: &Value) -> String {
    match v.as_obj() {
        Some(HeapObj::Function(f)) => {
            let module = match &*f.globals {
                HeapObj::Module(m) => m
                    .dict
                    .borrow()
                    .get("__name__")
                    .and_then(|n| n.as_str().map(|s| s.to_string())),
                _ => None,
            };
            match module {
                Some(m) if m != "builtins" => format!("{}.{}", m, f.qualname),
                _ => f.qualname.to_string(),
            }
        }
        Some(HeapObj::BoundMethod(_, func)) => function_description(func),
        Some(HeapObj::Class(c)) => c.name.to_string(),
        _ => match v {
            Value::Builtin(b) => b.name().to_string(),
            _ => super::protocol::type_name(v),
        },
    }
}
