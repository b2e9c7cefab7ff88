//! mnpy object model: values, heap objects, exceptions and formatting.
//!
//! - `value`: the 16-byte `Value`; `object`: heap objects; `types`: builtin type tags and classes;
//! - `builtin_fn`: the closed enum of builtin callables; `exceptions`: `PyErr`/`PyResult`;
//! - `dict`/`set`: hash tables with CPython's orders; `format`: CPython-exact text formatting;
//! - `interp_api`: the `Interp` trait through which library code calls back into the VM.

pub mod builtin_fn;
pub mod dict;
pub mod exceptions;
pub mod format;
pub mod hash;
pub mod interp_api;
pub mod object;
pub mod set;
pub mod types;
pub mod value;

pub use builtin_fn::BuiltinFn;
pub use exceptions::{PyErr, PyResult};
pub use object::HeapObj;
pub use types::TypeTag;
pub use value::Value;
