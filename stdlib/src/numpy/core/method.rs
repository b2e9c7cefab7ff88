//! Bound methods of micronumpy objects (`a.reshape`, `x.item`, `d.newbyteorder`...): the
//! receiver plus a method of a closed set, shown as `<built-in method NAME of TYPE object>`.

use crate::args::type_name;
use crate::native::{native_value, NativeObject};
use mnpy_runtime::interp_api::{Interp, KwArgs};
use mnpy_runtime::{PyResult, Value};
use std::any::Any;

/// What a bound method does: `(vm, receiver, method, positional args, keyword args)`.
pub type Dispatch<M> = fn(&mut dyn Interp, &Value, M, Vec<Value>, KwArgs) -> PyResult<Value>;

/// A method `M` (a closed enum with a name) bound to its receiver.
pub struct BoundMethod<M: Copy + 'static> {
    receiver: Value,
    method: M,
    name: &'static str,
    dispatch: Dispatch<M>,
}

impl<M: Copy + 'static> BoundMethod<M> {
    /// `receiver.name` as a Python value.
    pub fn value(receiver: &Value, method: M, name: &'static str, dispatch: Dispatch<M>) -> Value {
        native_value(Box::new(BoundMethod {
            receiver: receiver.clone(),
            method,
            name,
            dispatch,
        }))
    }
    /// The method.
    pub fn method(&self) -> M {
        self.method
    }
}

impl<M: Copy + 'static> NativeObject for BoundMethod<M> {
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
        (self.dispatch)(vm, &self.receiver, self.method, args, kw)
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
            crate::modules::method::address_of(&self.receiver)
        ))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Declares a closed enum of method names with `from_name` / `name`.
#[macro_export]
macro_rules! np_methods {
    ($(#[$meta:meta])* $vis:vis enum $enum:ident { $($variant:ident = $name:literal),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        $vis enum $enum { $( #[doc = $name] $variant ),* }

        impl $enum {
            /// The method for a Python attribute name.
            pub fn from_name(name: &str) -> Option<$enum> {
                match name { $($name => Some($enum::$variant),)* _ => None }
            }
            /// The Python name.
            pub fn name(self) -> &'static str {
                match self { $($enum::$variant => $name),* }
            }
        }
    };
}
