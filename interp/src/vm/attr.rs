//! Attribute access: instances (instance dict, class MRO, properties, static and class methods,
//! `__getattr__`), classes, modules, functions, `super`, and methods of builtin types.

use super::protocol::{tag_of, type_name, type_of};
use super::Vm;
use mnpy_runtime::exceptions::exc_data;
use mnpy_runtime::interp_api::Interp;
use mnpy_runtime::object::HeapObj;
use mnpy_runtime::{BuiltinFn, PyErr, PyResult, TypeTag, Value};
use std::rc::Rc;

fn no_attr(v: &Value, name: &str) -> PyErr {
    PyErr::with_args(
        TypeTag::AttributeError,
        vec![Value::string(format!(
            "'{}' object has no attribute '{}'",
            type_name(v),
            name
        ))],
    )
}

/// Whether instances of `cls` may get the attribute `name`: always, unless every user class
/// of the MRO declares `__slots__` (without `"__dict__"`) and none of them names it.
fn slots_allow(cls: &Rc<HeapObj>, name: &str) -> bool {
    let Some(c) = cls.as_class() else {
        return true;
    };
    if !c.dict.borrow().contains_key("__slots__") {
        return true;
    }
    std::iter::once(cls).chain(c.mro_tail.iter()).any(|k| {
        let Some(kc) = k.as_class() else {
            return true;
        };
        if Rc::ptr_eq(k, &kc.builtin.class()) {
            // `object` has no instance dict; the builtin exception classes do
            return kc.builtin != TypeTag::Object;
        }
        let dict = kc.dict.borrow();
        let Some(slots) = dict.get("__slots__") else {
            return true;
        };
        let names: Vec<Value> = match slots.as_obj() {
            Some(HeapObj::Tuple(t)) => t.to_vec(),
            Some(HeapObj::List(l)) => l.borrow().clone(),
            _ => vec![slots.clone()],
        };
        names
            .iter()
            .any(|n| matches!(n.as_str(), Some(s) if s == name || s == "__dict__"))
    })
}

/// Binds a class attribute found on the class of `obj` for instance access.
fn bind(attr: Value, obj: &Value, cls: &Rc<HeapObj>) -> Value {
    match &attr {
        Value::Obj(o) => match &**o {
            HeapObj::Function(_) => Value::obj(HeapObj::BoundMethod(obj.clone(), attr.clone())),
            HeapObj::ClassMethod(f) => {
                Value::obj(HeapObj::BoundMethod(Value::Obj(cls.clone()), f.clone()))
            }
            HeapObj::StaticMethod(f) => f.clone(),
            HeapObj::Native(..)
                if mnpy_stdlib::native::as_native(&attr)
                    .map(|n| n.binds_as_method())
                    .unwrap_or(false) =>
            {
                Value::obj(HeapObj::BoundMethod(obj.clone(), attr.clone()))
            }
            _ => attr,
        },
        Value::Builtin(b) => Value::obj(HeapObj::BoundBuiltin(*b, obj.clone())),
        _ => attr,
    }
}

/// Which function of a property.
#[derive(Clone, Copy)]
enum Accessor {
    Set,
    Delete,
}

/// The setter or deleter of the property `name` of class `c` (for instance `v`): `None` when
/// that class attribute is not a property, an AttributeError when the property lacks it.
fn property_accessor(
    c: &mnpy_runtime::object::PyClass,
    v: &Value,
    name: &str,
    which: Accessor,
) -> Option<PyResult<Value>> {
    let Value::Obj(p) = c.lookup(name)? else {
        return None;
    };
    let HeapObj::Property(_, fset, fdel) = &*p else {
        return None;
    };
    let (f, what) = match which {
        Accessor::Set => (fset, "setter"),
        Accessor::Delete => (fdel, "deleter"),
    };
    Some(match f {
        Value::None => Err(PyErr::attribute(format!(
            "property '{}' of '{}' object has no {}",
            name,
            type_name(v),
            what
        ))),
        f => Ok(f.clone()),
    })
}

/// Builtin methods that act on the class (classmethods of builtin types).
fn is_builtin_classmethod(b: BuiltinFn) -> bool {
    matches!(
        b,
        BuiltinFn::DictFromkeys | BuiltinFn::FloatFromhex | BuiltinFn::StrMaketrans
    )
}

impl Vm {
    /// `getattr(v, name)`: a user `__getattribute__` runs first (then `__getattr__` when it
    /// raises AttributeError); otherwise the generic lookup.
    pub fn get_attribute(&mut self, v: &Value, name: &str) -> PyResult<Value> {
        if let Some(HeapObj::Instance(inst)) = v.as_obj() {
            if let Some(c) = inst.class.as_class() {
                if let Some(ga) = c.lookup("__getattribute__") {
                    let getattr_hook = c.lookup("__getattr__");
                    let r = self.call_value(&ga, vec![v.clone(), Value::str(name)], vec![]);
                    return match (r, getattr_hook) {
                        (Err(e), Some(hook)) if e.matches(TypeTag::AttributeError) => {
                            self.call_value(&hook, vec![v.clone(), Value::str(name)], vec![])
                        }
                        (r, _) => r,
                    };
                }
            }
        }
        self.generic_get_attribute(v, name, true)
    }

    /// `object.__getattribute__(v, name)`: the lookup without a user `__getattribute__`, and
    /// with the `__getattr__` fallback only when `getattr_hook` is set.
    pub fn generic_get_attribute(
        &mut self,
        v: &Value,
        name: &str,
        getattr_hook: bool,
    ) -> PyResult<Value> {
        let Value::Obj(o) = v else {
            return self.builtin_value_attr(v, name);
        };
        match &**o {
            HeapObj::Instance(inst) => {
                let cls = inst.class.clone();
                let class_attr = cls.as_class().and_then(|c| c.lookup(name));
                if let Some(Value::Obj(p)) = &class_attr {
                    if let HeapObj::Property(fget, _, _) = &**p {
                        if let Value::None = fget {
                            return Err(PyErr::attribute(format!(
                                "property '{}' of '{}' object has no getter",
                                name,
                                type_name(v)
                            )));
                        }
                        let fget = fget.clone();
                        return self.call_value(&fget, vec![v.clone()], vec![]);
                    }
                }
                if let Some(val) = inst.attrs.borrow().get(name) {
                    return Ok(val.clone());
                }
                if let Some(a) = class_attr {
                    return Ok(bind(a, v, &cls));
                }
                if let Some(r) = self.special_instance_attr(v, name)? {
                    return Ok(r);
                }
                let builtin_tag = cls.as_class().map(|c| c.builtin).unwrap_or(TypeTag::Object);
                if let Some(b) = BuiltinFn::method(builtin_tag, name) {
                    return Ok(Value::obj(HeapObj::BoundBuiltin(b, v.clone())));
                }
                if let Some(ga) = cls
                    .as_class()
                    .and_then(|c| c.lookup("__getattr__"))
                    .filter(|_| getattr_hook)
                {
                    return self.call_value(&ga, vec![v.clone(), Value::str(name)], vec![]);
                }
                Err(no_attr(v, name))
            }
            HeapObj::Class(c) => {
                match name {
                    "__name__" => return Ok(Value::str(&c.name)),
                    "__class__" => return Ok(Value::Obj(type_of(v))),
                    "__qualname__" => return Ok(Value::str(&c.qualname)),
                    "__module__" if c.dict.borrow().get("__module__").is_none() => {
                        return Ok(Value::str(&c.module))
                    }
                    "__bases__" => {
                        let b: Vec<Value> = c.bases.iter().map(|b| Value::Obj(b.clone())).collect();
                        return Ok(Value::tuple(b));
                    }
                    "__mro__" => {
                        let mut m = vec![v.clone()];
                        m.extend(c.mro_tail.iter().map(|b| Value::Obj(b.clone())));
                        return Ok(Value::tuple(m));
                    }
                    "__dict__" => {
                        let items: Vec<Value> = c
                            .dict
                            .borrow()
                            .iter()
                            .flat_map(|(k, v)| [Value::str(k), v.clone()])
                            .collect();
                        return self.new_dict_from_pairs(items);
                    }
                    "__doc__" if c.dict.borrow().get("__doc__").is_none() => {
                        return Ok(Value::None)
                    }
                    _ => {}
                }
                if let Some(a) = c.lookup(name) {
                    return Ok(match &a {
                        Value::Obj(p) => match &**p {
                            HeapObj::ClassMethod(f) => {
                                Value::obj(HeapObj::BoundMethod(v.clone(), f.clone()))
                            }
                            HeapObj::StaticMethod(f) => f.clone(),
                            _ => a,
                        },
                        _ => a,
                    });
                }
                if Rc::ptr_eq(o, &c.builtin.class()) {
                    if let Some(w) = mnpy_stdlib::dunder_wrapper::unbound(c.builtin, name) {
                        return Ok(w);
                    }
                }
                if let Some(b) = BuiltinFn::method(c.builtin, name) {
                    if is_builtin_classmethod(b) {
                        return Ok(Value::obj(HeapObj::BoundBuiltin(b, v.clone())));
                    }
                    return Ok(Value::Builtin(b));
                }
                if let Some(r) = mnpy_stdlib::class_attr_hook(self, v, name)? {
                    return Ok(r);
                }
                Err(PyErr::attribute(format!(
                    "type object '{}' has no attribute '{}'",
                    c.name, name
                )))
            }
            HeapObj::Module(m) => {
                if let Some(val) = m.dict.borrow().get(name) {
                    return Ok(val.clone());
                }
                if name == "__dict__" {
                    let items: Vec<Value> = m
                        .dict
                        .borrow()
                        .iter()
                        .flat_map(|(k, v)| [Value::str(k), v.clone()])
                        .collect();
                    return self.new_dict_from_pairs(items);
                }
                Err(PyErr::attribute(format!(
                    "module '{}' has no attribute '{}'",
                    m.name, name
                )))
            }
            HeapObj::Function(f) if f.attrs.borrow().contains_key(name) => {
                Ok(f.attrs.borrow().get(name).cloned().unwrap_or(Value::None))
            }
            HeapObj::Function(f) => match name {
                "__name__" => Ok(Value::str(&f.name)),
                "__qualname__" => Ok(Value::str(&f.qualname)),
                "__doc__" => Ok(f
                    .attrs
                    .borrow()
                    .get("__doc__")
                    .cloned()
                    .unwrap_or_else(|| f.doc.clone())),
                "__module__" => Ok(match &*f.globals {
                    HeapObj::Module(m) => m
                        .dict
                        .borrow()
                        .get("__name__")
                        .cloned()
                        .unwrap_or(Value::None),
                    _ => Value::None,
                }),
                "__defaults__" => Ok(if f.defaults.is_empty() {
                    Value::None
                } else {
                    Value::tuple(f.defaults.clone())
                }),
                "__dict__" => {
                    let items: Vec<Value> = f
                        .attrs
                        .borrow()
                        .iter()
                        .flat_map(|(k, v)| [Value::str(k), v.clone()])
                        .collect();
                    self.new_dict_from_pairs(items)
                }
                _ => match f.attrs.borrow().get(name) {
                    Some(v) => Ok(v.clone()),
                    None => {
                        mnpy_stdlib::dunder_wrapper::bound(v, name).ok_or_else(|| no_attr(v, name))
                    }
                },
            },
            HeapObj::BoundMethod(recv, func) => match name {
                "__self__" => Ok(recv.clone()),
                "__func__" => Ok(func.clone()),
                _ => {
                    let func = func.clone();
                    self.get_attribute(&func, name)
                }
            },
            HeapObj::Super(start, obj) => self.super_attr(start.clone(), obj.clone(), name),
            HeapObj::Property(fget, fset, fdel) => match name {
                "fget" => Ok(fget.clone()),
                "fset" => Ok(fset.clone()),
                "fdel" => Ok(fdel.clone()),
                "setter" => Ok(Value::obj(HeapObj::BoundBuiltin(
                    BuiltinFn::PropertySetter,
                    v.clone(),
                ))),
                "getter" => Ok(Value::obj(HeapObj::BoundBuiltin(
                    BuiltinFn::PropertyGetter,
                    v.clone(),
                ))),
                "deleter" => Ok(Value::obj(HeapObj::BoundBuiltin(
                    BuiltinFn::PropertyDeleter,
                    v.clone(),
                ))),
                _ => Err(no_attr(v, name)),
            },
            HeapObj::StaticMethod(f) | HeapObj::ClassMethod(f) if name == "__func__" => {
                Ok(f.clone())
            }
            HeapObj::Native(..) => mnpy_stdlib::native_getattr(self, v, name),
            _ => self.builtin_value_attr(v, name),
        }
    }

    fn special_instance_attr(&mut self, v: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(Some(match name {
            "__class__" => Value::Obj(type_of(v)),
            "__doc__" => Value::None,
            "__dict__" => {
                let Some(HeapObj::Instance(inst)) = v.as_obj() else {
                    return Ok(None);
                };
                let items: Vec<Value> = inst
                    .attrs
                    .borrow()
                    .iter()
                    .flat_map(|(k, v)| [Value::str(k), v.clone()])
                    .collect();
                return self.new_dict_from_pairs(items).map(Some);
            }
            "errno" | "strerror" | "filename" | "filename2"
                if type_of(v)
                    .as_class()
                    .is_some_and(|c| c.builtin.is_subtype_of(TypeTag::OSError)) =>
            {
                let Some(d) = exc_data(v) else {
                    return Ok(None);
                };
                let args = d.borrow().args.clone();
                mnpy_runtime::exceptions::os_error_attr(&args, name)
            }
            "args" | "__cause__" | "__context__" | "__suppress_context__" | "__traceback__" => {
                let Some(d) = exc_data(v) else {
                    return Ok(None);
                };
                let d = d.borrow();
                match name {
                    "args" => Value::tuple(d.args.clone()),
                    "__cause__" => d.cause.clone().unwrap_or(Value::None),
                    "__context__" => d.context.clone().unwrap_or(Value::None),
                    "__suppress_context__" => Value::Bool(d.suppress_context),
                    _ => Value::None,
                }
            }
            "code"
                if type_of(v)
                    .as_class()
                    .map(|c| c.builtin.is_subtype_of(TypeTag::SystemExit))
                    .unwrap_or(false) =>
            {
                let args = exc_data(v)
                    .map(|d| d.borrow().args.clone())
                    .unwrap_or_default();
                match args.len() {
                    0 => Value::None,
                    1 => args[0].clone(),
                    _ => Value::tuple(args),
                }
            }
            "value"
                if exc_data(v).is_some()
                    && type_of(v)
                        .as_class()
                        .map(|c| c.builtin.is_subtype_of(TypeTag::StopIteration))
                        .unwrap_or(false) =>
            {
                exc_data(v)
                    .and_then(|d| d.borrow().args.first().cloned())
                    .unwrap_or(Value::None)
            }
            _ => return Ok(None),
        }))
    }

    fn builtin_value_attr(&mut self, v: &Value, name: &str) -> PyResult<Value> {
        use super::arith::{as_num, Num};
        match (name, as_num(v)) {
            ("real", Some(Num::Complex(c))) => return Ok(Value::Float(c.re)),
            ("imag", Some(Num::Complex(c))) => return Ok(Value::Float(c.im)),
            ("real", Some(Num::Float(f))) => return Ok(Value::Float(f)),
            ("imag", Some(Num::Float(_))) => return Ok(Value::Float(0.0)),
            ("real" | "numerator", Some(Num::Int(i))) => return Ok(Value::Int(i)),
            ("real" | "numerator", Some(Num::Big(b))) => return Ok(Value::from_bigint(b)),
            ("imag", Some(Num::Int(_) | Num::Big(_))) => return Ok(Value::Int(0)),
            ("denominator", Some(Num::Int(_) | Num::Big(_))) => return Ok(Value::Int(1)),
            _ => {}
        }
        match (name, v.as_obj()) {
            ("start", Some(HeapObj::Range(r))) => return Ok(Value::Int(r.start)),
            ("stop", Some(HeapObj::Range(r))) => return Ok(Value::Int(r.stop)),
            ("step", Some(HeapObj::Range(r))) => return Ok(Value::Int(r.step)),
            ("start", Some(HeapObj::Slice(a, _, _))) => return Ok(a.clone()),
            ("stop", Some(HeapObj::Slice(_, b, _))) => return Ok(b.clone()),
            ("step", Some(HeapObj::Slice(_, _, c))) => return Ok(c.clone()),
            ("__name__", None) => {
                if let Value::Builtin(b) = v {
                    return Ok(Value::str(b.name()));
                }
            }
            ("__name__", Some(HeapObj::BoundBuiltin(b, _))) => return Ok(Value::str(b.name())),
            ("__class__", _) => return Ok(Value::Obj(type_of(v))),
            _ => {}
        }
        if let Some(w) = mnpy_stdlib::dunder_wrapper::bound(v, name) {
            return Ok(w);
        }
        if let Some(b) = BuiltinFn::method(tag_of(v), name) {
            return Ok(Value::obj(HeapObj::BoundBuiltin(b, v.clone())));
        }
        Err(no_attr(v, name))
    }

    fn super_attr(&mut self, start: Rc<HeapObj>, obj: Value, name: &str) -> PyResult<Value> {
        let obj_cls = match obj.as_obj() {
            Some(HeapObj::Class(_)) => match &obj {
                Value::Obj(o) => o.clone(),
                _ => type_of(&obj),
            },
            _ => type_of(&obj),
        };
        let mut mro: Vec<Rc<HeapObj>> = vec![obj_cls.clone()];
        if let Some(c) = obj_cls.as_class() {
            mro.extend(c.mro_tail.iter().cloned());
        }
        let pos = mro
            .iter()
            .position(|c| Rc::ptr_eq(c, &start))
            .map(|p| p + 1)
            .unwrap_or(mro.len());
        for c in &mro[pos..] {
            let Some(cls) = c.as_class() else { continue };
            if let Some(a) = cls.dict.borrow().get(name).cloned() {
                if matches!(obj.as_obj(), Some(HeapObj::Class(_))) {
                    return Ok(match &a {
                        Value::Obj(p) => match &**p {
                            HeapObj::ClassMethod(f) => {
                                Value::obj(HeapObj::BoundMethod(obj.clone(), f.clone()))
                            }
                            HeapObj::StaticMethod(f) => f.clone(),
                            _ => a.clone(),
                        },
                        _ => a,
                    });
                }
                return Ok(bind(a, &obj, &obj_cls));
            }
            if Rc::ptr_eq(c, &cls.builtin.class()) {
                if let Some(b) = BuiltinFn::method(cls.builtin, name) {
                    if name == "__new__" {
                        // a static method: `super().__new__(cls)` passes the class itself
                        return Ok(Value::Builtin(b));
                    }
                    return Ok(Value::obj(HeapObj::BoundBuiltin(b, obj.clone())));
                }
            }
        }
        Err(PyErr::attribute(format!(
            "'super' object has no attribute '{}'",
            name
        )))
    }

    /// `obj.name = value`.
    pub fn set_attribute(&mut self, v: &Value, name: &str, value: Value) -> PyResult<()> {
        let Some(o) = v.as_obj() else {
            return Err(no_attr(v, name));
        };
        match o {
            HeapObj::Instance(inst) => {
                let cls = inst.class.clone();
                if let Some(c) = cls.as_class() {
                    if let Some(fset) = property_accessor(c, v, name, Accessor::Set) {
                        self.call_value(&fset?, vec![v.clone(), value], vec![])?;
                        return Ok(());
                    }
                    if let Some(sa) = c.lookup("__setattr__") {
                        return self
                            .call_value(&sa, vec![v.clone(), Value::str(name), value], vec![])
                            .map(|_| ());
                    }
                }
                if let Some(d) = &inst.exc {
                    match name {
                        "__cause__" => {
                            let mut d = d.borrow_mut();
                            d.cause = if let Value::None = value {
                                None
                            } else {
                                Some(value)
                            };
                            d.suppress_context = true;
                            return Ok(());
                        }
                        "__context__" => {
                            d.borrow_mut().context = if let Value::None = value {
                                None
                            } else {
                                Some(value)
                            };
                            return Ok(());
                        }
                        "args" => {
                            d.borrow_mut().args = self.collect(&value)?;
                            return Ok(());
                        }
                        _ => {}
                    }
                }
                if inst.exc.is_none() && !slots_allow(&cls, name) {
                    return Err(no_attr(v, name));
                }
                let key = self.intern(name);
                inst.attrs.borrow_mut().insert(key, value);
                Ok(())
            }
            HeapObj::Class(c) => {
                let key = self.intern(name);
                c.dict.borrow_mut().insert(key, value);
                c.version.set(mnpy_runtime::types::next_class_version());
                Ok(())
            }
            HeapObj::Module(m) => {
                let key = self.intern(name);
                if m.dict.borrow_mut().insert(key, value).is_none() {
                    self.names_changed();
                }
                Ok(())
            }
            HeapObj::Function(f) => {
                let key = self.intern(name);
                f.attrs.borrow_mut().insert(key, value);
                Ok(())
            }
            HeapObj::Native(..) => {
                if let Some(n) = mnpy_stdlib::native::as_native(v) {
                    if n.setattr(self, v, name, value)? {
                        return Ok(());
                    }
                }
                Err(no_attr(v, name))
            }
            _ => Err(no_attr(v, name)),
        }
    }

    /// `del obj.name`.
    pub(super) fn del_attribute(&mut self, v: &Value, name: &str) -> PyResult<()> {
        if let Some(HeapObj::Instance(inst)) = v.as_obj() {
            if let Some(fdel) = inst
                .class
                .as_class()
                .and_then(|c| property_accessor(c, v, name, Accessor::Delete))
            {
                return self.call_value(&fdel?, vec![v.clone()], vec![]).map(|_| ());
            }
        }
        let removed = match v.as_obj() {
            Some(HeapObj::Instance(inst)) => inst.attrs.borrow_mut().shift_remove(name).is_some(),
            Some(HeapObj::Class(c)) => c.dict.borrow_mut().shift_remove(name).is_some(),
            Some(HeapObj::Module(m)) => m.dict.borrow_mut().shift_remove(name).is_some(),
            Some(HeapObj::Function(f)) => f.attrs.borrow_mut().shift_remove(name).is_some(),
            _ => false,
        };
        if removed && matches!(v.as_obj(), Some(HeapObj::Module(_))) {
            self.names_changed();
        }
        if removed {
            Ok(())
        } else {
            Err(no_attr(v, name))
        }
    }

    /// `LoadMethod`: (function, self) without allocating a bound method when possible.
    pub(super) fn load_method(&mut self, obj: Value, name: &str) -> PyResult<(Value, Value)> {
        if let Value::Obj(o) = &obj {
            match &**o {
                HeapObj::Instance(inst) if !inst.attrs.borrow().contains_key(name) => {
                    if let Some(c) = inst.class.as_class() {
                        if let Some(a) = c.lookup(name) {
                            if let Some(HeapObj::Function(_)) = a.as_obj() {
                                if c.lookup("__getattribute__").is_none() {
                                    return Ok((a, obj));
                                }
                            }
                        }
                    }
                }
                HeapObj::Str(_)
                | HeapObj::List(_)
                | HeapObj::Dict(_)
                | HeapObj::Set(_)
                | HeapObj::Tuple(_)
                    if !name.starts_with("__") =>
                {
                    if let Some(b) = BuiltinFn::method(tag_of(&obj), name) {
                        return Ok((Value::Builtin(b), obj));
                    }
                }
                _ => {}
            }
        }
        let a = self.getattr(&obj, name)?;
        Ok((a, Value::Null))
    }
}
