//! Library objects implemented in Rust (file objects, `sys.stdout`, functools wrappers,
//! itertools iterators, micronumpy arrays): the `NativeObject` and `NativeIter` traits, and the
//! hooks the interpreter calls for them (calls, attributes, repr, operators, ...).

use crate::args::{type_name, Args};
use mnpy_runtime::interp_api::{BinOp, CmpOp, Interp, KwArgs};
use mnpy_runtime::object::{HeapObj, IterState, PyIter};
use mnpy_runtime::{BuiltinFn, PyErr, PyResult, TypeTag, Value};
use std::any::Any;
use std::cell::RefCell;

/// A Rust-implemented Python object. Every method has a default matching `object`'s behaviour.
pub trait NativeObject: Any {
    /// Python type name (`functools.partial`, `_io.TextIOWrapper`, `numpy.ndarray`, ...).
    fn type_name(&self) -> String;
    /// `self(*args, **kwargs)`.
    fn call(
        &self,
        _vm: &mut dyn Interp,
        this: &Value,
        _args: Vec<Value>,
        _kw: KwArgs,
    ) -> PyResult<Value> {
        Err(PyErr::type_error(format!(
            "'{}' object is not callable",
            type_name(this)
        )))
    }
    /// `self.name`; `Ok(None)` when absent.
    fn getattr(&self, _vm: &mut dyn Interp, _this: &Value, _name: &str) -> PyResult<Option<Value>> {
        Ok(None)
    }
    /// `self.name = value`; `Ok(false)` when the attribute cannot be set.
    fn setattr(
        &self,
        _vm: &mut dyn Interp,
        _this: &Value,
        _name: &str,
        _value: Value,
    ) -> PyResult<bool> {
        Ok(false)
    }
    /// `repr(self)`.
    fn repr(&self, _vm: &mut dyn Interp, this: &Value) -> PyResult<String> {
        Ok(format!(
            "<{} object at {:#x}>",
            self.type_name(),
            address(this)
        ))
    }
    /// `str(self)`.
    fn str(&self, vm: &mut dyn Interp, this: &Value) -> PyResult<String> {
        self.repr(vm, this)
    }
    /// `len(self)`.
    fn len(&self, _vm: &mut dyn Interp, this: &Value) -> PyResult<usize> {
        Err(PyErr::type_error(format!(
            "object of type '{}' has no len()",
            type_name(this)
        )))
    }
    /// `bool(self)`.
    fn truthy(&self, _vm: &mut dyn Interp, _this: &Value) -> PyResult<bool> {
        Ok(true)
    }
    /// `hash(self)`.
    fn hash(&self, _vm: &mut dyn Interp, this: &Value) -> PyResult<i64> {
        Ok((address(this) >> 4) as i64)
    }
    /// `x in self`.
    fn contains(&self, _vm: &mut dyn Interp, this: &Value, _x: &Value) -> PyResult<bool> {
        Err(PyErr::type_error(format!(
            "argument of type '{}' is not iterable",
            type_name(this)
        )))
    }
    /// `self op other` / `other op self` (`reflected`); `Ok(None)` for NotImplemented.
    fn binary(
        &self,
        _vm: &mut dyn Interp,
        _op: BinOp,
        _this: &Value,
        _other: &Value,
        _reflected: bool,
    ) -> PyResult<Option<Value>> {
        Ok(None)
    }
    /// `self op= other`; `Ok(None)` to fall back to `binary`.
    fn inplace(
        &self,
        _vm: &mut dyn Interp,
        _op: BinOp,
        _this: &Value,
        _other: &Value,
    ) -> PyResult<Option<Value>> {
        Ok(None)
    }
    /// Unary `-` (0), `+` (1), `~` (3); `Ok(None)` when unsupported.
    fn unary(&self, _vm: &mut dyn Interp, _op: u8, _this: &Value) -> PyResult<Option<Value>> {
        Ok(None)
    }
    /// Rich comparison; `Ok(None)` for NotImplemented.
    fn compare(
        &self,
        _vm: &mut dyn Interp,
        _op: CmpOp,
        _this: &Value,
        _other: &Value,
        _reflected: bool,
    ) -> PyResult<Option<Value>> {
        Ok(None)
    }
    /// `self[key]`; `Ok(None)` when not subscriptable.
    fn getitem(
        &self,
        _vm: &mut dyn Interp,
        _this: &Value,
        _key: &Value,
    ) -> PyResult<Option<Value>> {
        Ok(None)
    }
    /// `self[key] = value`; `Ok(false)` when unsupported.
    fn setitem(
        &self,
        _vm: &mut dyn Interp,
        _this: &Value,
        _key: &Value,
        _value: Value,
    ) -> PyResult<bool> {
        Ok(false)
    }
    /// `iter(self)`; `Ok(None)` when not iterable.
    fn iter(&self, _vm: &mut dyn Interp, _this: &Value) -> PyResult<Option<Value>> {
        Ok(None)
    }
    /// `format(self, spec)`; `Ok(None)` for object's default.
    fn format(&self, _vm: &mut dyn Interp, _this: &Value, _spec: &str) -> PyResult<Option<String>> {
        Ok(None)
    }
    /// True when the object, found as a class attribute, binds to the instance like a function
    /// does (functools' cache wrappers).
    fn binds_as_method(&self) -> bool {
        false
    }
    /// The Python class of this object, when it has one of its own (e.g. `numpy.ndarray`).
    fn class(&self) -> Option<std::rc::Rc<HeapObj>> {
        None
    }
    /// For `Any` downcasts.
    fn as_any(&self) -> &dyn Any;
}

/// A Rust-implemented iterator (itertools, ...).
pub trait NativeIter: Any {
    /// The next item, `None` when exhausted.
    fn next(&mut self, vm: &mut dyn Interp) -> PyResult<Option<Value>>;
}

/// Wraps a native object as a Python value.
pub fn native_value(obj: Box<dyn NativeObject>) -> Value {
    let boxed: Box<dyn Any> = Box::new(obj);
    Value::obj(HeapObj::Native(boxed, TypeTag::NativeObject))
}

/// Wraps a native iterator as a Python iterator value with the given type name.
pub fn native_iter_value(it: Box<dyn NativeIter>, type_name: &'static str) -> Value {
    let boxed: Box<dyn Any> = Box::new(it);
    Value::obj(HeapObj::Iter(PyIter {
        state: RefCell::new(IterState::Native(boxed)),
        type_name,
    }))
}

/// The native object behind a value.
pub fn as_native(v: &Value) -> Option<&dyn NativeObject> {
    match v.as_obj() {
        Some(HeapObj::Native(b, _)) => b.downcast_ref::<Box<dyn NativeObject>>().map(|b| &**b),
        _ => None,
    }
}

/// A concrete native type behind a value.
pub fn downcast_native<T: 'static>(v: &Value) -> Option<&T> {
    as_native(v).and_then(|n| n.as_any().downcast_ref::<T>())
}

fn address(v: &Value) -> usize {
    match v {
        Value::Obj(o) => std::rc::Rc::as_ptr(o) as *const u8 as usize,
        _ => 0,
    }
}

/// Steps a native iterator state.
pub fn native_iter_next(vm: &mut dyn Interp, state: &mut Box<dyn Any>) -> PyResult<Option<Value>> {
    match state.downcast_mut::<Box<dyn NativeIter>>() {
        Some(it) => it.next(vm),
        None => Ok(None),
    }
}

/// Calls a native object.
pub fn call_native(
    vm: &mut dyn Interp,
    callee: &Value,
    args: Vec<Value>,
    kw: KwArgs,
) -> PyResult<Value> {
    match as_native(callee) {
        Some(n) => n.call(vm, callee, args, kw),
        None => Err(PyErr::type_error(format!(
            "'{}' object is not callable",
            type_name(callee)
        ))),
    }
}

/// Type name of a native object.
pub fn native_type_name(v: &Value) -> String {
    as_native(v)
        .map(|n| n.type_name())
        .unwrap_or_else(|| "object".into())
}

/// `repr` of a native object.
pub fn native_repr(vm: &mut dyn Interp, v: &Value) -> PyResult<String> {
    match as_native(v) {
        Some(n) => n.repr(vm, v),
        None => Ok("<object>".into()),
    }
}

/// `str` of a native object.
pub fn native_str(vm: &mut dyn Interp, v: &Value) -> PyResult<String> {
    match as_native(v) {
        Some(n) => n.str(vm, v),
        None => Ok("<object>".into()),
    }
}

/// `hash` of a native object.
pub fn native_hash(vm: &mut dyn Interp, v: &Value) -> PyResult<i64> {
    match as_native(v) {
        Some(n) => n.hash(vm, v),
        None => Ok(0),
    }
}

/// `bool` of a native object.
pub fn native_truthy(vm: &mut dyn Interp, v: &Value) -> PyResult<bool> {
    match as_native(v) {
        Some(n) => n.truthy(vm, v),
        None => Ok(true),
    }
}

/// `len` of a native object.
pub fn native_len(vm: &mut dyn Interp, v: &Value) -> PyResult<usize> {
    match as_native(v) {
        Some(n) => n.len(vm, v),
        None => Err(PyErr::type_error("object has no len()")),
    }
}

/// `x in native`.
pub fn native_contains(vm: &mut dyn Interp, v: &Value, x: &Value) -> PyResult<bool> {
    match as_native(v) {
        Some(n) => n.contains(vm, v, x),
        None => Ok(false),
    }
}

/// `native.name`.
pub fn native_getattr(vm: &mut dyn Interp, v: &Value, name: &str) -> PyResult<Value> {
    if let Some(n) = as_native(v) {
        if let Some(r) = n.getattr(vm, v, name)? {
            return Ok(r);
        }
    }
    Err(PyErr::attribute(format!(
        "'{}' object has no attribute '{}'",
        native_type_name(v),
        name
    )))
}

/// Binary operators involving native objects; `Ok(None)` when neither side handles them.
pub fn binary_hook(
    vm: &mut dyn Interp,
    op: BinOp,
    a: &Value,
    b: &Value,
) -> PyResult<Option<Value>> {
    if let Some(n) = as_native(a) {
        if let Some(r) = n.binary(vm, op, a, b, false)? {
            return Ok(Some(r));
        }
    }
    if let Some(n) = as_native(b) {
        if let Some(r) = n.binary(vm, op, b, a, true)? {
            return Ok(Some(r));
        }
    }
    Ok(None)
}

/// In-place operators on native objects.
pub fn inplace_hook(
    vm: &mut dyn Interp,
    op: BinOp,
    a: &Value,
    b: &Value,
) -> PyResult<Option<Value>> {
    match as_native(a) {
        Some(n) => n.inplace(vm, op, a, b),
        None => Ok(None),
    }
}

/// Unary operators on native objects.
pub fn unary_hook(vm: &mut dyn Interp, op: u8, a: &Value) -> PyResult<Option<Value>> {
    match as_native(a) {
        Some(n) => n.unary(vm, op, a),
        None => Ok(None),
    }
}

/// Comparisons involving native objects.
pub fn compare_hook(
    vm: &mut dyn Interp,
    op: CmpOp,
    a: &Value,
    b: &Value,
) -> PyResult<Option<Value>> {
    if let Some(n) = as_native(a) {
        if let Some(r) = n.compare(vm, op, a, b, false)? {
            return Ok(Some(r));
        }
    }
    if let Some(n) = as_native(b) {
        if let Some(r) = n.compare(vm, op.swapped(), b, a, true)? {
            return Ok(Some(r));
        }
    }
    Ok(None)
}

/// True when either operand is a native object (whose comparison must be asked).
pub fn has_compare_hook(a: &Value, b: &Value) -> bool {
    as_native(a).is_some() || as_native(b).is_some()
}

/// Attribute hook for classes that stdlib extends (none yet besides builtin methods).
pub fn class_attr_hook(_vm: &mut dyn Interp, _cls: &Value, _name: &str) -> PyResult<Option<Value>> {
    Ok(None)
}

/// Methods of builtin types outside str/list/dict/set/numbers (object, type, files, ...).
pub fn call_misc_method(vm: &mut dyn Interp, f: BuiltinFn, a: Args) -> PyResult<Value> {
    crate::builtins::call_misc_method(vm, f, a)
}
