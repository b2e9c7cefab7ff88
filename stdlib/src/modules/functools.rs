//! The `functools` module: `reduce`, `wraps`, `cmp_to_key` here; `lru_cache`/`cache` in
//! [`lru_cache`] and `partial` in [`partial`]. The callables these return are native objects.

pub mod lru_cache;
pub mod partial;

use super::method::address_of;
use super::params::Signature;
use crate::args::{type_name, Args};
use crate::native::{downcast_native, native_value, NativeObject};
use mnpy_runtime::interp_api::{CmpOp, Interp, KwArgs};
use mnpy_runtime::{BuiltinFn, PyErr, PyResult, TypeTag, Value};
use std::any::Any;

/// Calls a function of `functools`.
pub fn call(vm: &mut dyn Interp, f: BuiltinFn, a: Args) -> PyResult<Value> {
    use BuiltinFn as B;
    match f {
        B::FtReduce => reduce(vm, a),
        B::FtLruCache => lru_cache::lru_cache(vm, a),
        B::FtCache => lru_cache::cache(vm, a),
        B::FtPartial => partial::new_partial(vm, a.pos, a.kw),
        B::FtWraps => {
            let sig = Signature {
                name: "wraps",
                params: &["wrapped", "assigned", "updated"],
                required: 1,
                kwonly: &[],
                is_method: false,
            };
            let p = sig.bind(a)?;
            Ok(native_value(Box::new(WrapsDecorator {
                wrapped: p[0].clone().unwrap_or(Value::None),
            })))
        }
        B::FtCmpToKey => {
            let mut a = a;
            if a.pos.len() > 1 {
                return Err(PyErr::type_error(format!(
                    "cmp_to_key() takes at most 1 argument ({} given)",
                    a.pos.len()
                )));
            }
            let cmp = a.arg(0, "mycmp").ok_or_else(|| {
                PyErr::type_error("cmp_to_key() missing required argument 'mycmp' (pos 1)")
            })?;
            a.finish_builtin()?;
            Ok(native_value(Box::new(KeyFunction { cmp })))
        }
        _ => Err(PyErr::type_error(format!(
            "functools.{}() is not implemented",
            f.name()
        ))),
    }
}

/// `reduce(function, iterable[, initial])`.
fn reduce(vm: &mut dyn Interp, a: Args) -> PyResult<Value> {
    if !a.kw.is_empty() {
        return Err(PyErr::type_error("reduce() takes no keyword arguments"));
    }
    let n = a.pos.len();
    if n < 2 {
        return Err(PyErr::type_error(format!(
            "reduce expected at least 2 arguments, got {}",
            n
        )));
    }
    if n > 3 {
        return Err(PyErr::type_error(format!(
            "reduce expected at most 3 arguments, got {}",
            n
        )));
    }
    let func = &a.pos[0];
    let it = vm.iter(&a.pos[1]).map_err(|e| {
        if e.matches(TypeTag::TypeError) {
            PyErr::type_error("reduce() arg 2 must support iteration")
        } else {
            e
        }
    })?;
    let mut acc = a.pos.get(2).cloned();
    while let Some(x) = vm.next(&it)? {
        acc = Some(match acc {
            None => x,
            Some(total) => vm.call(func, vec![total, x], vec![])?,
        });
    }
    acc.ok_or_else(|| PyErr::type_error("reduce() of empty iterable with no initial value"))
}

/// The attributes `update_wrapper` copies.
const WRAPPER_ASSIGNMENTS: &[&str] = &["__module__", "__name__", "__qualname__", "__doc__"];

/// `update_wrapper(wrapper, wrapped)`: copies the name attributes and the function dict, and
/// sets `__wrapped__`.
pub fn update_wrapper(vm: &mut dyn Interp, wrapper: &Value, wrapped: &Value) -> PyResult<()> {
    let ignore_missing = |r: PyResult<()>| match r {
        Err(e) if e.matches(TypeTag::AttributeError) => Ok(()),
        other => other,
    };
    for name in WRAPPER_ASSIGNMENTS {
        if let Some(v) = vm.getattr_opt(wrapped, name)? {
            ignore_missing(vm.setattr(wrapper, name, v))?;
        }
    }
    if let Some(mnpy_runtime::HeapObj::Function(f)) = wrapped.as_obj() {
        let items: Vec<(std::rc::Rc<str>, Value)> = f
            .attrs
            .borrow()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        for (k, v) in items {
            ignore_missing(vm.setattr(wrapper, &k, v))?;
        }
    }
    ignore_missing(vm.setattr(wrapper, "__wrapped__", wrapped.clone()))
}

/// The decorator `wraps(wrapped)` returns.
struct WrapsDecorator {
    wrapped: Value,
}

impl NativeObject for WrapsDecorator {
    fn type_name(&self) -> String {
        "functools.partial".into()
    }
    fn call(
        &self,
        vm: &mut dyn Interp,
        _this: &Value,
        args: Vec<Value>,
        kw: KwArgs,
    ) -> PyResult<Value> {
        let sig = Signature {
            name: "update_wrapper",
            params: &["wrapper", "wrapped", "assigned", "updated"],
            required: 2,
            kwonly: &[],
            is_method: false,
        };
        let mut kw = kw;
        kw.push(("wrapped".into(), self.wrapped.clone()));
        let p = sig.bind(Args::new("update_wrapper", args, kw))?;
        let wrapper = p[0].clone().unwrap_or(Value::None);
        update_wrapper(vm, &wrapper, &self.wrapped)?;
        Ok(wrapper)
    }
    fn getattr(&self, _vm: &mut dyn Interp, this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "__call__" => Some(this.clone()),
            _ => None,
        })
    }
    fn repr(&self, vm: &mut dyn Interp, _this: &Value) -> PyResult<String> {
        Ok(format!(
            "functools.partial(<function update_wrapper>, wrapped={})",
            vm.repr(&self.wrapped)?
        ))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// What `cmp_to_key(mycmp)` returns: calling it wraps an object as a [`KeyWrapper`].
struct KeyFunction {
    cmp: Value,
}

impl NativeObject for KeyFunction {
    fn type_name(&self) -> String {
        "functools.KeyWrapper".into()
    }
    fn call(
        &self,
        _vm: &mut dyn Interp,
        _this: &Value,
        args: Vec<Value>,
        kw: KwArgs,
    ) -> PyResult<Value> {
        let sig = Signature {
            name: "K",
            params: &["obj"],
            required: 1,
            kwonly: &[],
            is_method: false,
        };
        let p = sig.bind(Args::new("K", args, kw))?;
        let obj = p[0].clone().unwrap_or(Value::None);
        Ok(native_value(Box::new(KeyWrapper {
            cmp: self.cmp.clone(),
            obj,
        })))
    }
    fn getattr(&self, _vm: &mut dyn Interp, this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "__call__" => Some(this.clone()),
            _ => None,
        })
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A sort key comparing through the user's three-way comparison function.
struct KeyWrapper {
    cmp: Value,
    obj: Value,
}

impl NativeObject for KeyWrapper {
    fn type_name(&self) -> String {
        "functools.KeyWrapper".into()
    }
    fn getattr(&self, _vm: &mut dyn Interp, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "obj" => Some(self.obj.clone()),
            _ => None,
        })
    }
    fn hash(&self, _vm: &mut dyn Interp, this: &Value) -> PyResult<i64> {
        Err(PyErr::type_error(format!(
            "unhashable type: '{}'",
            type_name(this)
        )))
    }
    fn compare(
        &self,
        vm: &mut dyn Interp,
        op: CmpOp,
        _this: &Value,
        other: &Value,
        _reflected: bool,
    ) -> PyResult<Option<Value>> {
        let Some(other) = downcast_native::<KeyWrapper>(other) else {
            return Err(PyErr::type_error("other argument must be K instance"));
        };
        let r = vm.call(&self.cmp, vec![self.obj.clone(), other.obj.clone()], vec![])?;
        vm.compare(op, &r, &Value::Int(0)).map(Some)
    }
    fn repr(&self, _vm: &mut dyn Interp, this: &Value) -> PyResult<String> {
        Ok(format!(
            "<functools.KeyWrapper object at {:#x}>",
            address_of(this)
        ))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}
