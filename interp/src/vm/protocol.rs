//! The object protocols (`Interp` for `Vm`): repr/str, equality and ordering, hashing, truth,
//! length, membership, and the small helpers about types that every other module uses.

use super::arith::{as_num, Num};
use super::Vm;
use mnpy_runtime::exceptions::exc_data;
use mnpy_runtime::format;
use mnpy_runtime::hash;
use mnpy_runtime::interp_api::{BinOp, CmpOp, Interp, KwArgs};
use mnpy_runtime::object::{DictViewKind, HeapObj};

use mnpy_runtime::{PyErr, PyResult, TypeTag, Value};
use mnpy_stdlib::containers;
use std::io::Write;
use std::rc::Rc;

pub use mnpy_stdlib::args::type_name;
pub use mnpy_stdlib::typeinfo::{tag_of, type_of};

/// True for instances of user classes (including user exceptions).
pub fn is_instance_obj(v: &Value) -> bool {
    matches!(v.as_obj(), Some(HeapObj::Instance(_)))
}

/// True when `b`'s class is a proper subclass of `a`'s class.
pub fn is_strict_subclass_instance(b: &Value, a: &Value) -> bool {
    let (cb, ca) = (type_of(b), type_of(a));
    !Rc::ptr_eq(&cb, &ca) && mnpy_runtime::exceptions::class_is_subclass(&cb, &ca)
}

/// `str(exc)` for an exception without running user code (used for messages).
pub fn exc_message(e: &PyErr) -> String {
    match e.data() {
        Some(d) => {
            let d = d.borrow();
            match d.args.as_slice() {
                [] => String::new(),
                [one] => one.as_str().map(|s| s.to_string()).unwrap_or_default(),
                _ => String::new(),
            }
        }
        None => String::new(),
    }
}

fn id_of(v: &Value) -> usize {
    match v {
        Value::Obj(o) => Rc::as_ptr(o) as *const u8 as usize,
        Value::Int(i) => *i as usize,
        _ => 0,
    }
}

impl Vm {
    /// Calls `method(v)` (a `__repr__` or `__str__`), which must return a str; the error names
    /// `as_name`, the method the caller stands for (`str()` reports a `__repr__` it fell back
    /// on as `__str__`, as CPython does).
    fn call_string_method(&mut self, method: &Value, v: &Value, as_name: &str) -> PyResult<String> {
        let r = self.call_value(method, vec![v.clone()], vec![])?;
        match r.as_str() {
            Some(s) => Ok(s.to_string()),
            None => Err(PyErr::type_error(format!(
                "{} returned non-string (type {})",
                as_name,
                type_name(&r)
            ))),
        }
    }

    /// The truth of a value that is most often a bool already (a comparison's result, a
    /// condition), for conditional jumps and `compare_bool`.
    #[inline(always)]
    pub(super) fn truth_of(&mut self, v: Value) -> PyResult<bool> {
        match v {
            Value::Bool(b) => Ok(b),
            other => self.truthy(&other),
        }
    }

    /// Looks up a special method on the value's class (not the instance dict).
    pub fn lookup_special(&self, v: &Value, name: &str) -> Option<Value> {
        let cls = type_of(v);
        let c = cls.as_class()?;
        if c.builtin != TypeTag::Object && !is_instance_obj(v) {
            return None;
        }
        c.lookup(name)
    }

    fn repr_guarded(
        &mut self,
        v: &Value,
        f: impl FnOnce(&mut Vm) -> PyResult<String>,
        recursive: &str,
    ) -> PyResult<String> {
        let id = id_of(v);
        if self.repr_stack.contains(&id) {
            return Ok(recursive.to_string());
        }
        if self.repr_stack.len() > self.recursion_limit {
            return Err(PyErr::new(
                TypeTag::RecursionError,
                "maximum recursion depth exceeded while getting the repr of an object",
            ));
        }
        self.repr_stack.push(id);
        let r = f(self);
        self.repr_stack.pop();
        r
    }

    fn join_reprs(&mut self, items: &[Value]) -> PyResult<String> {
        let mut s = String::new();
        for (i, it) in items.iter().enumerate() {
            if i > 0 {
                s.push_str(", ");
            }
            s.push_str(&self.repr(it)?);
        }
        Ok(s)
    }

    fn object_default_repr(&self, v: &Value) -> String {
        let cls = type_of(v);
        let (module, qual) = cls
            .as_class()
            .map(|c| (c.module.to_string(), c.qualname.to_string()))
            .unwrap_or_default();
        format!("<{}.{} object at {:#x}>", module, qual, id_of(v))
    }

    fn exception_repr(&mut self, v: &Value) -> PyResult<String> {
        let name = type_name(v);
        let args = exc_data(v)
            .map(|d| d.borrow().args.clone())
            .unwrap_or_default();
        if args.len() == 1 {
            return Ok(format!("{}({})", name, self.repr(&args[0])?));
        }
        Ok(format!("{}({})", name, self.join_reprs(&args)?))
    }

    /// `str(exc)`.
    pub fn exception_str(&mut self, v: &Value) -> PyResult<String> {
        let args = exc_data(v)
            .map(|d| d.borrow().args.clone())
            .unwrap_or_default();
        let cls = type_of(v);
        let is_key_error = cls
            .as_class()
            .map(|c| c.builtin == TypeTag::KeyError)
            .unwrap_or(false);
        let is_os_error = cls
            .as_class()
            .is_some_and(|c| c.builtin.is_subtype_of(TypeTag::OSError));
        if is_os_error {
            let attr = |name: &str| match v.as_obj() {
                Some(HeapObj::Instance(inst)) => inst
                    .attrs
                    .borrow()
                    .get(name)
                    .cloned()
                    .filter(|f| !matches!(f, Value::None)),
                _ => None,
            };
            let (filename, filename2) = (attr("filename"), attr("filename2"));
            if let [errno, strerror, ..] = args.as_slice() {
                if args.len() <= 5 {
                    let mut out =
                        format!("[Errno {}] {}", self.to_str(errno)?, self.to_str(strerror)?);
                    if let Some(f) = filename {
                        out = format!("{}: {}", out, self.repr(&f)?);
                        if let Some(f2) = filename2 {
                            out = format!("{} -> {}", out, self.repr(&f2)?);
                        }
                    }
                    return Ok(out);
                }
            }
        }
        match args.as_slice() {
            [] => Ok(String::new()),
            [one] if is_key_error => self.repr(one),
            [one] => self.to_str(one),
            many => Ok(format!("({})", { self.join_reprs(many)? })),
        }
    }

    /// `format(v, spec)`.
    pub fn format_value(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        mnpy_stdlib::format_value(self, v, spec)
    }

    /// Writes text to stdout (buffered).
    pub fn write_out(&mut self, s: &str) {
        let _ = self.stdout.write_all(s.as_bytes());
    }
}

impl Interp for Vm {
    fn call(&mut self, func: &Value, args: Vec<Value>, kwargs: KwArgs) -> PyResult<Value> {
        self.call_value(func, args, kwargs)
    }

    fn repr(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::None => "None".into(),
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => format::float_repr(*f),
            Value::Builtin(b) => mnpy_stdlib::builtin_repr(*b),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Null => "<NULL>".into(),
            Value::Obj(o) => match &**o {
                HeapObj::Str(s) => format::str_repr(s.as_str()),
                HeapObj::BigInt(b) => {
                    format::int_to_decimal_str(b).map_err(|e| PyErr::value_error(e.message))?
                }
                HeapObj::Complex(c) => format::complex_repr(c.re, c.im),
                HeapObj::List(l) => {
                    let items = l.borrow().clone();
                    self.repr_guarded(v, |vm| Ok(format!("[{}]", vm.join_reprs(&items)?)), "[...]")?
                }
                HeapObj::Tuple(t) => {
                    let items = t.to_vec();
                    let one = items.len() == 1;
                    self.repr_guarded(
                        v,
                        |vm| {
                            let inner = vm.join_reprs(&items)?;
                            Ok(if one {
                                format!("({},)", inner)
                            } else {
                                format!("({})", inner)
                            })
                        },
                        "(...)",
                    )?
                }
                HeapObj::Dict(d) => {
                    let items: Vec<(Value, Value)> = d.borrow().iter().cloned().collect();
                    self.repr_guarded(
                        v,
                        |vm| {
                            let mut s = String::from("{");
                            for (i, (k, val)) in items.iter().enumerate() {
                                if i > 0 {
                                    s.push_str(", ");
                                }
                                s.push_str(&vm.repr(k)?);
                                s.push_str(": ");
                                s.push_str(&vm.repr(val)?);
                            }
                            s.push('}');
                            Ok(s)
                        },
                        "{...}",
                    )?
                }
                HeapObj::Set(_) | HeapObj::FrozenSet(_) => {
                    let frozen = matches!(&**o, HeapObj::FrozenSet(_));
                    let items: Vec<Value> = containers::set_snapshot(v)
                        .map(|t| t.iter().cloned().collect())
                        .unwrap_or_default();
                    if items.is_empty() {
                        return Ok(if frozen {
                            "frozenset()".into()
                        } else {
                            "set()".into()
                        });
                    }
                    let name = if frozen { "frozenset" } else { "set" };
                    self.repr_guarded(
                        v,
                        |vm| {
                            let inner = vm.join_reprs(&items)?;
                            Ok(if frozen {
                                format!("frozenset({{{}}})", inner)
                            } else {
                                format!("{{{}}}", inner)
                            })
                        },
                        &format!("{}(...)", name),
                    )?
                }
                HeapObj::Range(r) => {
                    if r.step == 1 {
                        format!("range({}, {})", r.start, r.stop)
                    } else {
                        format!("range({}, {}, {})", r.start, r.stop, r.step)
                    }
                }
                HeapObj::Slice(a, b, c) => {
                    format!(
                        "slice({}, {}, {})",
                        self.repr(a)?,
                        self.repr(b)?,
                        self.repr(c)?
                    )
                }
                HeapObj::Function(f) => format!("<function {} at {:#x}>", f.qualname, id_of(v)),
                HeapObj::BoundMethod(recv, f) => {
                    let qn = match f.as_obj() {
                        Some(HeapObj::Function(func)) => func.qualname.to_string(),
                        _ => "?".into(),
                    };
                    format!("<bound method {} of {}>", qn, self.repr(recv)?)
                }
                HeapObj::BoundBuiltin(b, recv) => {
                    format!(
                        "<built-in method {} of {} object at {:#x}>",
                        b.name(),
                        type_name(recv),
                        id_of(recv)
                    )
                }
                HeapObj::Class(c) => {
                    if c.module.as_ref() == "builtins" {
                        format!("<class '{}'>", c.qualname)
                    } else {
                        format!("<class '{}.{}'>", c.module, c.qualname)
                    }
                }
                HeapObj::Instance(inst) => {
                    if let Some(m) = inst.class.as_class().and_then(|c| c.lookup("__repr__")) {
                        return self.call_string_method(&m, v, "__repr__");
                    }
                    if inst.exc.is_some() {
                        return self.exception_repr(v);
                    }
                    self.object_default_repr(v)
                }
                HeapObj::Module(m) => {
                    if mnpy_runtime::builtin_fn::ModuleId::ALL
                        .iter()
                        .any(|id| id.name() == &*m.name)
                        || mnpy_stdlib::is_native_module(&m.name)
                    {
                        format!("<module '{}' (built-in)>", m.name)
                    } else {
                        format!("<module '{}'>", m.name)
                    }
                }
                HeapObj::Cell(_) => format!("<cell at {:#x}>", id_of(v)),
                HeapObj::Iter(it) => format!("<{} object at {:#x}>", it.type_name, id_of(v)),
                HeapObj::Generator(_, name) => {
                    format!("<generator object {} at {:#x}>", name, id_of(v))
                }
                HeapObj::StaticMethod(_) => format!("<staticmethod object at {:#x}>", id_of(v)),
                HeapObj::ClassMethod(_) => format!("<classmethod object at {:#x}>", id_of(v)),
                HeapObj::Property(..) => format!("<property object at {:#x}>", id_of(v)),
                HeapObj::Super(..) => "<super object>".into(),
                HeapObj::DictView(kind, d) => {
                    let items = self.collect(v)?;
                    let _ = d;
                    let name = match kind {
                        DictViewKind::Keys => "dict_keys",
                        DictViewKind::Values => "dict_values",
                        DictViewKind::Items => "dict_items",
                    };
                    format!("{}([{}])", name, self.join_reprs(&items)?)
                }
                HeapObj::Native(..) => return mnpy_stdlib::native_repr(self, v),
            },
        })
    }

    fn to_str(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Obj(o) => match &**o {
                HeapObj::Str(s) => Ok(s.as_str().to_string()),
                HeapObj::Instance(inst) => {
                    if let Some(m) = inst.class.as_class().and_then(|c| c.lookup("__str__")) {
                        return self.call_string_method(&m, v, "__str__");
                    }
                    if inst.exc.is_some() {
                        return self.exception_str(v);
                    }
                    // object.__str__ runs the type's __repr__; str() then checks it as __str__
                    if let Some(m) = inst.class.as_class().and_then(|c| c.lookup("__repr__")) {
                        return self.call_string_method(&m, v, "__str__");
                    }
                    self.repr(v)
                }
                HeapObj::Native(..) => mnpy_stdlib::native_str(self, v),
                _ => self.repr(v),
            },
            _ => self.repr(v),
        }
    }

    fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = containers::pure_eq(a, b) {
            return Ok(r);
        }
        // Element comparisons of nested containers recurse through here: count them against the
        // recursion limit like CPython, so deeply nested lists end in RecursionError, not in a
        // native stack overflow.
        if self.depth >= self.recursion_limit {
            return Err(PyErr::new(
                TypeTag::RecursionError,
                "maximum recursion depth exceeded in comparison",
            ));
        }
        self.depth += 1;
        let r = self
            .rich_compare(CmpOp::Eq, a, b)
            .and_then(|r| self.truthy(&r));
        self.depth -= 1;
        r
    }

    fn compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        self.rich_compare(op, a, b)
    }

    fn compare_bool(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
        let r = self.rich_compare(op, a, b)?;
        self.truth_of(r)
    }

    fn hash(&mut self, v: &Value) -> PyResult<i64> {
        Ok(match v {
            Value::None => 0x5f3759df,
            Value::Bool(b) => *b as i64,
            Value::Int(i) => hash::int_hash(*i),
            Value::Float(f) => hash::float_hash(*f),
            Value::Builtin(b) => *b as i64 * 7919 + 1,
            Value::NotImplemented | Value::Ellipsis | Value::Null => 0x2545f491,
            Value::Obj(o) => match &**o {
                HeapObj::Str(s) => hash::str_hash(s.as_str()),
                HeapObj::BigInt(b) => hash::bigint_hash(b),
                HeapObj::Complex(c) => hash::complex_hash(c.re, c.im),
                HeapObj::Tuple(t) => {
                    // Nested tuples recurse: bound the depth so that a tuple nested millions deep
                    // ends in RecursionError instead of a native stack overflow.
                    if self.depth >= self.recursion_limit {
                        return Err(PyErr::new(
                            TypeTag::RecursionError,
                            "maximum recursion depth exceeded while calling a Python object",
                        ));
                    }
                    let items = t.to_vec();
                    let mut hs = Vec::with_capacity(items.len());
                    self.depth += 1;
                    let r = items.iter().try_for_each(|it| {
                        hs.push(self.hash(it)?);
                        Ok(())
                    });
                    self.depth -= 1;
                    r?;
                    hash::tuple_hash(&hs)
                }
                HeapObj::FrozenSet(t) => {
                    let hs: Vec<i64> = t.iter_hashed().map(|(h, _)| h).collect();
                    hash::frozenset_hash(&hs)
                }
                HeapObj::List(_) | HeapObj::Dict(_) | HeapObj::Set(_) | HeapObj::Slice(..) => {
                    return Err(PyErr::type_error(format!(
                        "unhashable type: '{}'",
                        type_name(v)
                    )))
                }
                HeapObj::Instance(inst) => {
                    let cls = inst.class.as_class();
                    match cls.and_then(|c| c.lookup("__hash__")) {
                        Some(Value::None) => {
                            return Err(PyErr::type_error(format!(
                                "unhashable type: '{}'",
                                type_name(v)
                            )))
                        }
                        Some(m) => {
                            let r = self.call_value(&m, vec![v.clone()], vec![])?;
                            match as_num(&r) {
                                Some(Num::Int(i)) => hash::int_hash(i),
                                Some(Num::Big(b)) => hash::bigint_hash(&b),
                                _ => {
                                    return Err(PyErr::type_error(
                                        "__hash__ method should return an integer",
                                    ))
                                }
                            }
                        }
                        None => {
                            if cls.and_then(|c| c.lookup("__eq__")).is_some() {
                                return Err(PyErr::type_error(format!(
                                    "unhashable type: '{}'",
                                    type_name(v)
                                )));
                            }
                            (id_of(v) >> 4) as i64
                        }
                    }
                }
                HeapObj::Native(..) => return mnpy_stdlib::native_hash(self, v),
                _ => (id_of(v) >> 4) as i64,
            },
        })
    }

    fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None | Value::Null => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Float(f) => *f != 0.0,
            Value::Obj(o) => match &**o {
                HeapObj::Str(s) => !s.as_str().is_empty(),
                HeapObj::BigInt(_) => true,
                HeapObj::Complex(c) => c.re != 0.0 || c.im != 0.0,
                HeapObj::List(l) => !l.borrow().is_empty(),
                HeapObj::Tuple(t) => !t.is_empty(),
                HeapObj::Dict(d) => !d.borrow().is_empty(),
                HeapObj::Set(s) => !s.borrow().is_empty(),
                HeapObj::FrozenSet(s) => !s.is_empty(),
                HeapObj::Range(r) => !r.is_empty(),
                HeapObj::DictView(..) => self.len(v)? > 0,
                HeapObj::Instance(inst) => {
                    let cls = inst.class.as_class();
                    if let Some(m) = cls.and_then(|c| c.lookup("__bool__")) {
                        let r = self.call_value(&m, vec![v.clone()], vec![])?;
                        return match r {
                            Value::Bool(b) => Ok(b),
                            _ => Err(PyErr::type_error(format!(
                                "__bool__ should return bool, returned {}",
                                type_name(&r)
                            ))),
                        };
                    }
                    if cls.and_then(|c| c.lookup("__len__")).is_some() {
                        return Ok(self.len(v)? > 0);
                    }
                    true
                }
                HeapObj::Native(..) => return mnpy_stdlib::native_truthy(self, v),
                _ => true,
            },
            _ => true,
        })
    }

    fn iter(&mut self, v: &Value) -> PyResult<Value> {
        self.get_iter(v)
    }

    fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        self.iter_next(it)
    }

    fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v.as_obj() {
            Some(HeapObj::List(l)) => return Ok(l.borrow().clone()),
            Some(HeapObj::Tuple(t)) => return Ok(t.to_vec()),
            _ => {}
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.iter_next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    fn getattr(&mut self, v: &Value, name: &str) -> PyResult<Value> {
        self.get_attribute(v, name)
    }

    fn generic_getattr(&mut self, v: &Value, name: &str) -> PyResult<Value> {
        self.generic_get_attribute(v, name, false)
    }

    fn getattr_opt(&mut self, v: &Value, name: &str) -> PyResult<Option<Value>> {
        match self.get_attribute(v, name) {
            Ok(x) => Ok(Some(x)),
            Err(e) if e.matches(TypeTag::AttributeError) => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn setattr(&mut self, v: &Value, name: &str, value: Value) -> PyResult<()> {
        self.set_attribute(v, name, value)
    }

    fn delattr(&mut self, v: &Value, name: &str) -> PyResult<()> {
        self.del_attribute(v, name)
    }

    fn binary(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        self.binary_op(op, a, b)
    }

    fn getitem(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        self.get_item(obj, key)
    }

    fn setitem(&mut self, obj: &Value, key: &Value, value: Value) -> PyResult<()> {
        self.set_item(obj, key, value)
    }

    fn len(&mut self, v: &Value) -> PyResult<usize> {
        if let Some(n) = builtin_len(v) {
            return Ok(n);
        }
        Ok(match v.as_obj() {
            Some(HeapObj::Instance(inst)) => {
                match inst.class.as_class().and_then(|c| c.lookup("__len__")) {
                    Some(m) => {
                        let r = self.call_value(&m, vec![v.clone()], vec![])?;
                        match r {
                            Value::Int(i) if i >= 0 => i as usize,
                            Value::Int(_) => {
                                return Err(PyErr::value_error("__len__() should return >= 0"))
                            }
                            Value::Bool(b) => b as usize,
                            _ => {
                                return Err(PyErr::type_error(format!(
                                    "'{}' object cannot be interpreted as an integer",
                                    type_name(&r)
                                )))
                            }
                        }
                    }
                    None => {
                        return Err(PyErr::type_error(format!(
                            "object of type '{}' has no len()",
                            type_name(v)
                        )))
                    }
                }
            }
            Some(HeapObj::Native(..)) => return mnpy_stdlib::native_len(self, v),
            _ => {
                return Err(PyErr::type_error(format!(
                    "object of type '{}' has no len()",
                    type_name(v)
                )))
            }
        })
    }

    fn contains(&mut self, container: &Value, x: &Value) -> PyResult<bool> {
        match container.as_obj() {
            Some(HeapObj::Str(s)) => match x.as_str() {
                Some(sub) => Ok(s.as_str().contains(sub)),
                None => Err(PyErr::type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    type_name(x)
                ))),
            },
            Some(HeapObj::List(_) | HeapObj::Tuple(_)) => {
                let items = self.collect(container)?;
                for it in &items {
                    if it.is(x) || self.eq(it, x)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Some(HeapObj::Dict(_)) => Ok(containers::dict_get(self, container, x)?.is_some()),
            Some(HeapObj::DictView(DictViewKind::Keys, d)) => {
                let d = d.clone();
                Ok(containers::dict_get(self, &d, x)?.is_some())
            }
            Some(HeapObj::Set(_) | HeapObj::FrozenSet(_)) => {
                containers::set_contains(self, container, x)
            }
            Some(HeapObj::Range(r)) => {
                let r = *r;
                match as_num(x) {
                    Some(Num::Int(i)) => {
                        if r.step > 0 {
                            Ok(i >= r.start && i < r.stop && (i - r.start) % r.step == 0)
                        } else {
                            Ok(i <= r.start && i > r.stop && (r.start - i) % (-r.step) == 0)
                        }
                    }
                    _ => {
                        for i in 0..r.len() {
                            if self.eq(&Value::Int(r.at(i)), x)? {
                                return Ok(true);
                            }
                        }
                        Ok(false)
                    }
                }
            }
            Some(HeapObj::Instance(inst)) => {
                if let Some(m) = inst.class.as_class().and_then(|c| c.lookup("__contains__")) {
                    let r = self.call_value(&m, vec![container.clone(), x.clone()], vec![])?;
                    return self.truthy(&r);
                }
                self.contains_by_iteration(container, x)
            }
            Some(HeapObj::Native(..)) => mnpy_stdlib::native_contains(self, container, x),
            _ => self.contains_by_iteration(container, x),
        }
    }

    fn write_stdout(&mut self, s: &str) -> PyResult<()> {
        self.write_out(s);
        Ok(())
    }

    fn write_stderr(&mut self, s: &str) -> PyResult<()> {
        self.flush_stdout();
        let _ = std::io::stderr().write_all(s.as_bytes());
        Ok(())
    }

    fn warn(&mut self, category: TypeTag, message: &str) -> PyResult<()> {
        self.pending_warnings.push((category, message.to_string()));
        Ok(())
    }

    fn read_line(&mut self) -> PyResult<Option<String>> {
        self.flush_stdout();
        let mut line = String::new();
        match std::io::stdin().read_line(&mut line) {
            Ok(0) => Ok(None),
            Ok(_) => Ok(Some(line)),
            Err(e) => Err(PyErr::new(TypeTag::OSError, e.to_string())),
        }
    }

    fn import(&mut self, name: &str) -> PyResult<Value> {
        self.import_module(name)
    }

    fn take_stop_value(&mut self) -> Option<Value> {
        self.stop_value.take()
    }

    fn recursion_limit(&self) -> usize {
        self.recursion_limit
    }

    fn set_recursion_limit(&mut self, n: usize) {
        self.recursion_limit = n;
    }

    fn argv(&self) -> Vec<String> {
        self.argv.clone()
    }

    fn current_globals(&mut self) -> Value {
        match &self.main_module {
            Some(m) => Value::Obj(m.clone()),
            None => Value::None,
        }
    }
}

impl Vm {
    fn contains_by_iteration(&mut self, container: &Value, x: &Value) -> PyResult<bool> {
        let it = self.get_iter(container).map_err(|_| {
            PyErr::type_error(format!(
                "argument of type '{}' is not iterable",
                type_name(container)
            ))
        })?;
        while let Some(item) = self.iter_next(&it)? {
            if item.is(x) || self.eq(&item, x)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `dict == dict`.
    pub(super) fn dict_equal(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        containers::dict_equal(self, a, b)
    }

    /// Subset test for sets.
    pub(super) fn set_is_subset(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        containers::set_is_subset(self, a, b)
    }

    /// `{...}` literal.
    pub(super) fn new_set(&mut self, items: Vec<Value>) -> PyResult<Value> {
        containers::new_set(self, items)
    }

    /// `{k: v, ...}` literal.
    pub(super) fn new_dict_from_pairs(&mut self, items: Vec<Value>) -> PyResult<Value> {
        containers::new_dict_from_pairs(self, items)
    }

    /// Set comprehension add.
    pub(super) fn set_add(&mut self, s: &Value, v: Value) -> PyResult<()> {
        containers::set_add(self, s, v).map(|_| ())
    }

    /// Dict store.
    pub(super) fn dict_set(&mut self, d: &Value, k: Value, v: Value) -> PyResult<()> {
        containers::dict_set(self, d, k, v)
    }

    /// `{**m}`.
    pub(super) fn dict_update_from(&mut self, d: &Value, other: &Value) -> PyResult<()> {
        if !matches!(other.as_obj(), Some(HeapObj::Dict(_)))
            && self.getattr_opt(other, "keys")?.is_none()
        {
            return Err(PyErr::type_error(format!(
                "'{}' object is not a mapping",
                type_name(other)
            )));
        }
        containers::dict_update_from(self, d, other)
    }
}

/// `len(v)` of a builtin str, list, tuple, dict, set, frozenset, range or dict view (it cannot
/// fail or run Python code); `None` for anything else.
#[inline]
pub(super) fn builtin_len(v: &Value) -> Option<usize> {
    Some(match v.as_obj()? {
        HeapObj::Str(s) => s.char_len(),
        HeapObj::List(l) => l.borrow().len(),
        HeapObj::Tuple(t) => t.len(),
        HeapObj::Dict(d) => d.borrow().len(),
        HeapObj::Set(s) => s.borrow().len(),
        HeapObj::FrozenSet(s) => s.len(),
        HeapObj::Range(r) => r.len() as usize,
        HeapObj::DictView(_, d) => match d.as_obj() {
            Some(HeapObj::Dict(d)) => d.borrow().len(),
            _ => 0,
        },
        _ => return None,
    })
}
