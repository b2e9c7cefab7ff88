//! Types of values: the class object of any value and its builtin `TypeTag`, and
//! `isinstance`/`issubclass` logic over class MROs.

use mnpy_runtime::exceptions::class_is_subclass;
use mnpy_runtime::object::{DictViewKind, HeapObj};
use mnpy_runtime::{PyErr, PyResult, TypeTag, Value};
use std::rc::Rc;

/// The builtin type tag of a value (user instances: their builtin base).
pub fn tag_of(v: &Value) -> TypeTag {
    match v {
        Value::None | Value::Null => TypeTag::NoneType,
        Value::Bool(_) => TypeTag::Bool,
        Value::Int(_) => TypeTag::Int,
        Value::Float(_) => TypeTag::Float,
        Value::Builtin(_) => TypeTag::BuiltinFunction,
        Value::NotImplemented => TypeTag::NotImplementedType,
        Value::Ellipsis => TypeTag::Ellipsis,
        Value::Obj(o) => match &**o {
            HeapObj::Str(_) => TypeTag::Str,
            HeapObj::BigInt(_) => TypeTag::Int,
            HeapObj::Complex(_) => TypeTag::Complex,
            HeapObj::List(_) => TypeTag::List,
            HeapObj::Tuple(_) => TypeTag::Tuple,
            HeapObj::Dict(_) => TypeTag::Dict,
            HeapObj::Set(_) => TypeTag::Set,
            HeapObj::FrozenSet(_) => TypeTag::FrozenSet,
            HeapObj::Range(_) => TypeTag::Range,
            HeapObj::Slice(..) => TypeTag::Slice,
            HeapObj::Function(_) => TypeTag::Function,
            HeapObj::BoundMethod(..) => TypeTag::Method,
            HeapObj::BoundBuiltin(..) => TypeTag::BuiltinFunction,
            HeapObj::Class(_) => TypeTag::Type,
            HeapObj::Instance(i) => i
                .class
                .as_class()
                .map(|c| c.builtin)
                .unwrap_or(TypeTag::Object),
            HeapObj::Module(_) => TypeTag::Module,
            HeapObj::Cell(_) => TypeTag::Cell,
            HeapObj::Iter(_) => TypeTag::Iterator,
            HeapObj::Generator(..) => TypeTag::Generator,
            HeapObj::StaticMethod(_) => TypeTag::StaticMethod,
            HeapObj::ClassMethod(_) => TypeTag::ClassMethod,
            HeapObj::Property(..) => TypeTag::Property,
            HeapObj::Super(..) => TypeTag::Super,
            HeapObj::DictView(k, _) => match k {
                DictViewKind::Keys => TypeTag::DictKeys,
                DictViewKind::Values => TypeTag::DictValues,
                DictViewKind::Items => TypeTag::DictItems,
            },
            HeapObj::Native(_, t) => *t,
        },
    }
}

/// The class object of a value.
pub fn type_of(v: &Value) -> Rc<HeapObj> {
    if let Some(HeapObj::Instance(i)) = v.as_obj() {
        return i.class.clone();
    }
    if let Some(cls) = crate::native::as_native(v).and_then(|n| n.class()) {
        return cls;
    }
    if let Some(HeapObj::Iter(it)) = v.as_obj() {
        return named_builtin_class(it.type_name);
    }
    tag_of(v).class()
}

/// `isinstance(v, cls)` where `cls` is a class or a tuple of classes.
pub fn isinstance(v: &Value, cls: &Value) -> PyResult<bool> {
    match cls {
        Value::Obj(c) => match &**c {
            HeapObj::Class(_) => Ok(class_is_subclass(&type_of(v), c)),
            HeapObj::Tuple(items) => {
                for it in items.iter() {
                    if isinstance(v, it)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(PyErr::type_error(
                "isinstance() arg 2 must be a type, a tuple of types, or a union",
            )),
        },
        _ => Err(PyErr::type_error(
            "isinstance() arg 2 must be a type, a tuple of types, or a union",
        )),
    }
}

/// `issubclass(a, cls)`.
pub fn issubclass(a: &Value, cls: &Value) -> PyResult<bool> {
    let Some(HeapObj::Class(_)) = a.as_obj() else {
        return Err(PyErr::type_error("issubclass() arg 1 must be a class"));
    };
    let Value::Obj(ao) = a else { return Ok(false) };
    match cls {
        Value::Obj(c) => match &**c {
            HeapObj::Class(_) => Ok(class_is_subclass(ao, c)),
            HeapObj::Tuple(items) => {
                for it in items.iter() {
                    if issubclass(a, it)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(PyErr::type_error(
                "issubclass() arg 2 must be a class, a tuple of classes, or a union",
            )),
        },
        _ => Err(PyErr::type_error(
            "issubclass() arg 2 must be a class, a tuple of classes, or a union",
        )),
    }
}

thread_local! {
    static NAMED_CLASSES: std::cell::RefCell<std::collections::HashMap<&'static str, Rc<HeapObj>>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

/// A builtin class for an iterator type name (`enumerate`, `zip`, `list_iterator`, ...), made once.
pub fn named_builtin_class(name: &'static str) -> Rc<HeapObj> {
    NAMED_CLASSES.with(|m| {
        m.borrow_mut()
            .entry(name)
            .or_insert_with(|| {
                let obj = TypeTag::Object.class();
                Rc::new(HeapObj::Class(mnpy_runtime::object::PyClass {
                    name: name.into(),
                    qualname: name.into(),
                    module: "builtins".into(),
                    bases: vec![obj.clone()],
                    mro_tail: vec![obj],
                    dict: std::cell::RefCell::new(Default::default()),
                    builtin: TypeTag::Iterator,
                    version: std::cell::Cell::new(0),
                }))
            })
            .clone()
    })
}
