//! The instructions the hot dispatch loop (`dispatch.rs`) hands off: names in class bodies
//! and closures, building containers and functions, unpacking, formatting, generators,
//! exceptions, `with`, imports and classes. Each returns `Some(exit)` when the frame stops.

use super::{call, cell_name, internal, pop, protocol, top, Frame, FrameExit, Vm};
use crate::bytecode::{Code, Op, UnaryOp};
use mnpy_runtime::interp_api::Interp;
use mnpy_runtime::object::HeapObj;
use mnpy_runtime::{PyErr, PyResult, TypeTag, Value};
use std::rc::Rc;

impl Vm {
    /// Runs one instruction that the hot loop does not handle itself.
    #[inline(never)]
    pub(super) fn execute_other(
        &mut self,
        f: &mut Frame,
        code: &Code,
        op: Op,
    ) -> PyResult<Option<FrameExit>> {
        match op {
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
                    return Ok(None);
                }
                let content = match &*cell {
                    HeapObj::Cell(c) => c.borrow().clone(),
                    _ => None,
                };
                match content {
                    Some(v) => f.stack.push(v),
                    None => {
                        let name = cell_name(code, i as usize);
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
            Op::StoreGlobal(i) => {
                let v = pop(f);
                let old = self
                    .globals_dict(f)
                    .borrow_mut()
                    .insert(code.names[i as usize].clone(), v);
                if old.is_none() {
                    self.names_changed();
                }
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
                self.names_changed();
            }
            Op::LoadName(i) => {
                let name = &code.names[i as usize];
                let local = f
                    .namespace
                    .as_ref()
                    .and_then(|ns| ns.borrow().get(&**name).cloned());
                let v = match local {
                    Some(v) => v,
                    None => self.load_global_named(f, name)?,
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
                        let old = self.globals_dict(f).borrow_mut().insert(name, v);
                        if old.is_none() {
                            self.names_changed();
                        }
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
                self.names_changed();
            }
            Op::DeleteAttr(i) => {
                let obj = pop(f);
                self.del_attribute(&obj, &code.names[i as usize])?;
            }
            Op::DeleteSubscr => {
                let key = pop(f);
                let obj = pop(f);
                self.delitem(&obj, &key)?;
            }
            Op::Unary(u) => {
                let a = pop(f);
                let v = match u {
                    UnaryOp::Not => Value::Bool(!self.truthy(&a)?),
                    _ => self.unary(u, &a)?,
                };
                f.stack.push(v);
            }
            Op::In(neg) => {
                let container = pop(f);
                let x = pop(f);
                let r = self.contains(&container, &x)?;
                f.stack.push(Value::Bool(r != (neg == 1)));
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
                let items: Vec<Value> = f.stack.drain(f.stack.len() - 2 * n as usize..).collect();
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
            Op::Rot4 => {
                let v = pop(f);
                let n = f.stack.len();
                f.stack.insert(n - 3, v);
            }
            Op::Yield => {
                let v = pop(f);
                return Ok(Some(FrameExit::Yield(v)));
            }
            Op::YieldFrom => {
                let sent = pop(f);
                let it = top(f).clone();
                match self.send_to(&it, sent)? {
                    Some(v) => {
                        // come back to this instruction when resumed
                        f.pc -= 1;
                        return Ok(Some(FrameExit::Yield(v)));
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
                    self.names_changed();
                }
            }
            Op::BuildClass(nbases) => {
                let bases: Vec<Value> = f.stack.drain(f.stack.len() - nbases as usize..).collect();
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
                    if self.builtins.insert("_".into(), v).is_none() {
                        self.names_changed();
                    }
                }
            }
            Op::LoadAssertionError => f.stack.push(Value::Obj(TypeTag::AssertionError.class())),

            _ => return Err(internal()),
        }
        Ok(None)
    }
}
