//! `NativeMethod`: a method of a native object bound to its receiver (`sys.stdout.write`,
//! `f.cache_info`), callable from Python and shown as `<built-in method NAME of TYPE object at ...>`.

use crate::args::type_name;
use crate::native::{native_value, NativeObject};
use mnpy_runtime::interp_api::{Interp, KwArgs};
use mnpy_runtime::{PyResult, Value};
use std::any::Any;

/// The Rust function behind a native method: `(vm, receiver, positional args, keyword args)`.
pub type MethodFn = fn(&mut dyn Interp, &Value, Vec<Value>, KwArgs) -> PyResult<Value>;

/// A method bound to the native object it belongs to.
pub struct NativeMethod {
    /// The object the method was looked up on.
    receiver: Value,
    /// The method's Python name.
    name: &'static str,
    /// What calling it does.
    func: MethodFn,
}

impl NativeMethod {
    /// `receiver.name` as a Python value.
    pub fn bound(receiver: &Value, name: &'static str, func: MethodFn) -> Value {
        native_value(Box::new(NativeMethod {
            receiver: receiver.clone(),
            name,
            func,
        }))
    }
}

/// The address CPython would show for an object (its heap address here).
pub fn address_of(v: &Value) -> usize {
    match v {
        Value::Obj(o) => std::rc::Rc::as_ptr(o) as *const u8 as usize,
        _ => 0,
    }
}

impl NativeObject for NativeMethod {
    fn type_name(&self) -> String {
        "builtin_function_or_method".into()
    }
    fn call(
        &self,
        vm: &mut dyn Interp,
        _this: &Value,
        args: Vec<Value>,
        kw: KwArgs,
    ) -> PyResult<Value> {
        (self.func)(vm, &self.receiver, args, kw)
    }
    fn getattr(&self, _vm: &mut dyn Interp, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "__name__" | "__qualname__" => Some(Value::str(self.name)),
            "__self__" => Some(self.receiver.clone()),
            _ => None,
        })
    }
    fn repr(&self, _vm: &mut dyn Interp, _this: &Value) -> PyResult<String> {
        Ok(format!(
            "<built-in method {} of {} object at {:#x}>",
            self.name,
            type_name(&self.receiver),
            address_of(&self.receiver)
        ))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}
