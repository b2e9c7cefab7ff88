//! mnpy builtins and modules: the global builtin functions, constructors of builtin types,
//! methods of str/list/tuple/dict/set/numbers, and the native modules `math`, `sys`, `time`,
//! `random`, `itertools`, `functools` (and, later, the Python face of micronumpy).
//!
//! Entry points used by the interpreter: [`builtins_namespace`], [`call_builtin`],
//! [`call_native`], [`make_module`], and the `native_*` hooks for library objects.

pub mod args;
pub mod builtins;
pub mod construct;
pub mod containers;
pub mod dict_methods;
pub mod dunder_wrapper;
pub mod modules;
pub mod native;
pub mod num_methods;
pub mod numpy;
pub mod pymath;
pub mod seq_methods;
pub mod set_methods;
pub mod slicing;
pub mod sort;
pub mod str_methods;
pub mod typeinfo;

pub use modules::{is_native_module, make_module};
pub use native::{
    binary_hook, call_native, class_attr_hook, compare_hook, has_compare_hook, inplace_hook,
    native_contains, native_getattr, native_hash, native_iter_next, native_len, native_repr,
    native_str, native_truthy, native_type_name, unary_hook,
};
pub use str_methods::{format_value, percent_format};

use args::Args;
use mnpy_runtime::builtin_fn::{Owner, ALL_BUILTINS};
use mnpy_runtime::interp_api::{Interp, KwArgs};
use mnpy_runtime::object::AttrMap;
use mnpy_runtime::types::ALL_TYPE_TAGS;
use mnpy_runtime::{BuiltinFn, PyResult, TypeTag, Value};

/// Calls a builtin function or method (`args[0]` is the receiver for methods).
pub fn call_builtin(
    vm: &mut dyn Interp,
    f: BuiltinFn,
    args: Vec<Value>,
    kwargs: KwArgs,
) -> PyResult<Value> {
    if let (Owner::Method(tag), true) = (f.owner(), args.is_empty()) {
        let name = f.name();
        return Err(mnpy_runtime::PyErr::type_error(if name.starts_with("__") {
            format!(
                "descriptor '{}' of '{}' object needs an argument",
                name,
                tag.name()
            )
        } else {
            format!("unbound method {}.{}() needs an argument", tag.name(), name)
        }));
    }
    let mut a = Args::new(f.name(), args, kwargs);
    if let Owner::Method(_) = f.owner() {
        a.receiver = 1;
    }
    match f.owner() {
        Owner::Global => builtins::call(vm, f, a),
        Owner::Method(tag) => match tag {
            TypeTag::Str => str_methods::call(vm, f, a),
            TypeTag::List | TypeTag::Tuple => seq_methods::call(vm, f, a),
            TypeTag::Dict => dict_methods::call(vm, f, a),
            TypeTag::Set | TypeTag::FrozenSet => set_methods::call(vm, f, a),
            TypeTag::Int | TypeTag::Float | TypeTag::Complex => num_methods::call(vm, f, a),
            _ => native::call_misc_method(vm, f, a),
        },
        Owner::Module(_) => modules::call(vm, f, a),
    }
}

/// `repr()` of a builtin function.
pub fn builtin_repr(f: BuiltinFn) -> String {
    match f.owner() {
        Owner::Method(tag) => format!("<method '{}' of '{}' objects>", f.name(), tag.name()),
        _ => format!("<built-in function {}>", f.name()),
    }
}

/// The builtins namespace: builtin functions, builtin types, exceptions and constants.
pub fn builtins_namespace() -> AttrMap {
    let mut ns = AttrMap::default();
    for &(f, owner, name) in ALL_BUILTINS {
        if owner == Owner::Global {
            ns.insert(name.into(), Value::Builtin(f));
        }
    }
    for &tag in ALL_TYPE_TAGS {
        let exposed = tag.is_exception()
            || matches!(
                tag,
                TypeTag::Object
                    | TypeTag::Type
                    | TypeTag::Int
                    | TypeTag::Bool
                    | TypeTag::Float
                    | TypeTag::Complex
                    | TypeTag::Str
                    | TypeTag::List
                    | TypeTag::Tuple
                    | TypeTag::Dict
                    | TypeTag::Set
                    | TypeTag::FrozenSet
                    | TypeTag::Range
                    | TypeTag::Slice
                    | TypeTag::StaticMethod
                    | TypeTag::ClassMethod
                    | TypeTag::Property
                    | TypeTag::Super
            );
        if exposed {
            ns.insert(tag.name().into(), Value::Obj(tag.class()));
        }
    }
    ns.insert("None".into(), Value::None);
    ns.insert("True".into(), Value::Bool(true));
    ns.insert("False".into(), Value::Bool(false));
    ns.insert("NotImplemented".into(), Value::NotImplemented);
    ns.insert("Ellipsis".into(), Value::Ellipsis);
    ns.insert("__name__".into(), Value::str("builtins"));
    ns.insert("__debug__".into(), Value::Bool(true));
    ns
}

/// Library modules beyond the `ModuleId` set (micronumpy as `numpy`/`micronumpy`); `None` when
/// `name` is not one of them.
pub fn make_extra_module(vm: &mut dyn Interp, name: &str) -> PyResult<Option<Value>> {
    match name {
        "numpy" | "micronumpy" => numpy::module::make_module(vm).map(Some),
        _ => Ok(None),
    }
}
