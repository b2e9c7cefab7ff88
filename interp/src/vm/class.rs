//! Classes: building a class from its body (C3 method resolution order), instantiating user
//! classes and builtin types, and zero-argument `super()`.

use super::{Frame, FrameExit, Vm};
use crate::bytecode::Code;
use mnpy_runtime::exceptions::{class_is_subclass, ExcData};
use mnpy_runtime::interp_api::KwArgs;
use mnpy_runtime::object::{AttrMap, HeapObj, PyClass, PyInstance};
use mnpy_runtime::{PyErr, PyResult, TypeTag, Value};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// True when `v` is the builtin `super` class.
pub fn is_super_class(v: &Value) -> bool {
    match v {
        Value::Obj(o) => Rc::ptr_eq(o, &TypeTag::Super.class()),
        _ => false,
    }
}

/// `super()` inside a method: the `__class__` cell and the first argument.
pub fn zero_arg_super(f: &Frame) -> PyResult<Value> {
    let code = &f.code;
    let Some(pos) = code.freevars.iter().position(|n| &**n == "__class__") else {
        return Err(PyErr::new(
            TypeTag::RuntimeError,
            "super(): __class__ cell not found",
        ));
    };
    if code.argcount == 0 && !code.varargs {
        return Err(PyErr::new(TypeTag::RuntimeError, "super(): no arguments"));
    }
    let cell = &f.cells[code.cellvars.len() + pos];
    let cls = match &**cell {
        HeapObj::Cell(c) => c.borrow().clone(),
        _ => None,
    };
    let Some(Value::Obj(cls)) = cls else {
        return Err(PyErr::new(
            TypeTag::RuntimeError,
            "super(): empty __class__ cell",
        ));
    };
    let first = match code.cell_from_arg.iter().position(|a| *a == Some(0)) {
        Some(ci) => match &*f.cells[ci] {
            HeapObj::Cell(c) => c.borrow().clone().unwrap_or(Value::None),
            _ => Value::None,
        },
        None => f.slots.first().cloned().unwrap_or(Value::None),
    };
    Ok(Value::obj(HeapObj::Super(cls, first)))
}

/// C3 linearisation of `bases` (the class itself excluded).
fn c3_mro(bases: &[Rc<HeapObj>]) -> PyResult<Vec<Rc<HeapObj>>> {
    let mut seqs: Vec<Vec<Rc<HeapObj>>> = bases
        .iter()
        .map(|b| {
            let mut s = vec![b.clone()];
            if let Some(c) = b.as_class() {
                s.extend(c.mro_tail.iter().cloned());
            }
            s
        })
        .collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Rc<HeapObj>> = vec![];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut chosen = None;
        for s in &seqs {
            let cand = &s[0];
            if !seqs
                .iter()
                .any(|t| t[1..].iter().any(|x| Rc::ptr_eq(x, cand)))
            {
                chosen = Some(cand.clone());
                break;
            }
        }
        let Some(c) = chosen else {
            let names: Vec<String> = bases
                .iter()
                .filter_map(|b| b.as_class().map(|c| c.name.to_string()))
                .collect();
            return Err(PyErr::type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

impl Vm {
    /// Runs a class body and creates the class.
    pub(super) fn build_class(
        &mut self,
        body: Value,
        name: Value,
        bases: Vec<Value>,
    ) -> PyResult<Value> {
        let Some(HeapObj::Function(func)) = body.as_obj() else {
            return Err(PyErr::type_error("class body is not a function"));
        };
        let mut base_classes: Vec<Rc<HeapObj>> = vec![];
        for b in &bases {
            match b {
                Value::Obj(o) if o.as_class().is_some() => base_classes.push(o.clone()),
                other => {
                    return Err(PyErr::type_error(format!(
                        "bases must be types, not {}",
                        super::protocol::type_name(other)
                    )))
                }
            }
        }
        if base_classes.is_empty() {
            base_classes.push(TypeTag::Object.class());
        }
        let builtin = base_classes
            .iter()
            .filter_map(|b| b.as_class().map(|c| c.builtin))
            .find(|t| *t != TypeTag::Object)
            .unwrap_or(TypeTag::Object);
        if !(builtin == TypeTag::Object || builtin.is_exception()) {
            return Err(PyErr::not_supported(format!(
                "mnpy does not support subclassing the builtin type '{}'",
                builtin.name()
            )));
        }
        let mro_tail = c3_mro(&base_classes)?;
        let code = func
            .code
            .clone()
            .downcast::<Code>()
            .map_err(|_| PyErr::type_error("bad class body"))?;
        let ns = Rc::new(RefCell::new(AttrMap::default()));
        let mut cells = Vec::with_capacity(code.cellvars.len() + func.closure.len());
        for _ in &code.cellvars {
            cells.push(Rc::new(HeapObj::Cell(RefCell::new(None))));
        }
        cells.extend(func.closure.iter().cloned());
        let mut frame = Frame {
            code: code.clone(),
            slots: vec![],
            cells,
            stack: Vec::with_capacity(8),
            pc: 0,
            globals: func.globals.clone(),
            namespace: Some(ns.clone()),
        };
        let class_cell = match self.run_frame(&mut frame)? {
            FrameExit::Return(v) | FrameExit::Yield(v) => v,
        };
        let mut dict = std::mem::take(&mut *ns.borrow_mut());
        if let Some(f) = dict.get("__init_subclass__").cloned() {
            if let Some(HeapObj::Function(_)) = f.as_obj() {
                // implicitly a classmethod, as in CPython
                dict.insert(
                    "__init_subclass__".into(),
                    Value::obj(HeapObj::ClassMethod(f)),
                );
            }
        }
        if dict.contains_key("__eq__") && !dict.contains_key("__hash__") {
            // like CPython: defining `__eq__` alone makes instances unhashable
            dict.insert("__hash__".into(), Value::None);
        }
        let module: Rc<str> = match dict.get("__module__").and_then(|m| m.as_str()) {
            Some(m) => m.into(),
            None => "__main__".into(),
        };
        let qualname: Rc<str> = dict
            .get("__qualname__")
            .and_then(|q| q.as_str())
            .map(Rc::from)
            .unwrap_or_else(|| name.as_str().unwrap_or("?").into());
        let cls = Rc::new(HeapObj::Class(PyClass {
            name: name.as_str().unwrap_or("?").into(),
            qualname,
            module,
            bases: base_classes,
            mro_tail,
            dict: RefCell::new(dict),
            builtin,
            version: Cell::new(mnpy_runtime::types::next_class_version()),
        }));
        if let Some(HeapObj::Cell(c)) = class_cell.as_obj() {
            *c.borrow_mut() = Some(Value::Obj(cls.clone()));
        }
        self.run_init_subclass(&cls)?;
        Ok(Value::Obj(cls))
    }

    /// Calls the nearest base's user-defined `__init_subclass__` for a new class.
    fn run_init_subclass(&mut self, cls: &Rc<HeapObj>) -> PyResult<()> {
        let Some(c) = cls.as_class() else {
            return Ok(());
        };
        for base in &c.mro_tail {
            let Some(bc) = base.as_class() else { continue };
            let hook = bc.dict.borrow().get("__init_subclass__").cloned();
            if let Some(hook) = hook {
                let func = match hook.as_obj() {
                    Some(HeapObj::ClassMethod(f)) => f.clone(),
                    _ => hook,
                };
                self.call_value(&func, vec![Value::Obj(cls.clone())], vec![])?;
                return Ok(());
            }
        }
        Ok(())
    }

    /// Calls a class: builtin constructors, exception classes and user classes.
    pub(super) fn instantiate(
        &mut self,
        cls: Rc<HeapObj>,
        args: Vec<Value>,
        kwargs: KwArgs,
    ) -> PyResult<Value> {
        let Some(c) = cls.as_class() else {
            return Err(PyErr::type_error("not a class"));
        };
        let is_builtin = Rc::ptr_eq(&cls, &c.builtin.class());
        if is_builtin {
            if c.builtin.is_exception() {
                if !kwargs.is_empty() {
                    return Err(PyErr::type_error(format!(
                        "{}() takes no keyword arguments",
                        c.name
                    )));
                }
                return Ok(mnpy_runtime::exceptions::new_exception_instance(
                    cls.clone(),
                    args,
                ));
            }
            return mnpy_stdlib::construct::construct(
                self,
                c.builtin,
                &Value::Obj(cls.clone()),
                args,
                kwargs,
            );
        }
        let cls_value = Value::Obj(cls.clone());
        let inst = if let Some(new) = c.lookup("__new__").filter(|n| {
            matches!(
                n.as_obj(),
                Some(HeapObj::Function(_)) | Some(HeapObj::StaticMethod(_))
            )
        }) {
            let new = match new.as_obj() {
                Some(HeapObj::StaticMethod(f)) => f.clone(),
                _ => new,
            };
            let mut full = vec![cls_value.clone()];
            full.extend(args.iter().cloned());
            let obj = self.call_value(&new, full, kwargs.clone())?;
            let is_inst = match obj.as_obj() {
                Some(HeapObj::Instance(i)) => class_is_subclass(&i.class, &cls),
                _ => false,
            };
            if !is_inst {
                return Ok(obj);
            }
            obj
        } else {
            let exc = if c.builtin.is_exception() {
                Some(RefCell::new(ExcData {
                    args: args.clone(),
                    ..Default::default()
                }))
            } else {
                None
            };
            Value::obj(HeapObj::Instance(PyInstance {
                class: cls.clone(),
                attrs: RefCell::new(AttrMap::default()),
                exc,
            }))
        };
        match c.lookup("__init__") {
            Some(init) if matches!(init.as_obj(), Some(HeapObj::Function(_))) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(inst.clone());
                full.extend(args);
                let r = self.call_value(&init, full, kwargs)?;
                if !matches!(r, Value::None) {
                    return Err(PyErr::type_error(format!(
                        "__init__() should return None, not '{}'",
                        super::protocol::type_name(&r)
                    )));
                }
            }
            _ => {
                if !c.builtin.is_exception()
                    && c.lookup("__new__").is_none()
                    && (!args.is_empty() || !kwargs.is_empty())
                {
                    return Err(PyErr::type_error(format!(
                        "{}() takes no arguments",
                        c.name
                    )));
                }
            }
        }
        Ok(inst)
    }
}
