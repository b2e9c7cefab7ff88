//! The native library modules `math`, `sys`, `time`, `random`, `itertools` and `functools`:
//! building each module object ([`make_module`]) and dispatching calls of their functions
//! ([`call`]). Each module lives in its own submodule; [`method`] holds the small callable
//! object used for methods of native objects (`sys.stdout.write`, `f.cache_info`, ...).

pub mod functools;
pub mod itertools;
pub mod math;
pub mod method;
pub mod params;
pub mod random;
pub mod struct_seq;
pub mod sys;
pub mod time;

#[cfg(test)]
mod tests;

use crate::args::Args;
use mnpy_runtime::builtin_fn::{ModuleId, Owner};
use mnpy_runtime::interp_api::Interp;
use mnpy_runtime::object::{AttrMap, HeapObj, PyModule};
use mnpy_runtime::{BuiltinFn, PyErr, PyResult, Value};
use std::cell::RefCell;

/// The module object (a `HeapObj::Module` whose dict holds `Value::Builtin(f)` for every function
/// of `BuiltinFn::module_fns(id)` plus the module's constants and objects).
pub fn make_module(vm: &mut dyn Interp, id: ModuleId) -> PyResult<Value> {
    let mut dict = AttrMap::default();
    dict.insert("__name__".into(), Value::str(id.name()));
    dict.insert("__doc__".into(), Value::None);
    for f in BuiltinFn::module_fns(id) {
        // `chain.from_iterable` is reached through the `chain` object, not by that name.
        if !f.name().contains('.') {
            dict.insert(f.name().into(), Value::Builtin(f));
        }
    }
    let extras = match id {
        ModuleId::Math => math::constants(),
        ModuleId::Sys => sys::attributes(vm),
        ModuleId::Time => Vec::new(),
        ModuleId::Random => Vec::new(),
        ModuleId::Itertools => itertools::attributes(),
        ModuleId::Functools => Vec::new(),
    };
    for (name, value) in extras {
        dict.insert(name.into(), value);
    }
    Ok(Value::obj(HeapObj::Module(PyModule {
        name: id.name().into(),
        dict: RefCell::new(dict),
    })))
}

/// True for the names of the modules this file provides.
pub fn is_native_module(name: &str) -> bool {
    ModuleId::ALL.iter().any(|m| m.name() == name)
}

/// Every `BuiltinFn` whose owner is `Owner::Module(_)`.
pub fn call(vm: &mut dyn Interp, f: BuiltinFn, a: Args) -> PyResult<Value> {
    match f.owner() {
        Owner::Module(ModuleId::Math) => math::call(vm, f, a),
        Owner::Module(ModuleId::Sys) => sys::call(vm, f, a),
        Owner::Module(ModuleId::Time) => time::call(vm, f, a),
        Owner::Module(ModuleId::Random) => random::call(vm, f, a),
        Owner::Module(ModuleId::Itertools) => itertools::call(vm, f, a),
        Owner::Module(ModuleId::Functools) => functools::call(vm, f, a),
        _ => Err(PyErr::type_error(format!(
            "{}() is not a module function",
            f.name()
        ))),
    }
}

/// The `module.name` spelling CPython uses in argument-count messages (`math.sqrt`).
pub(crate) fn qualified_name(f: BuiltinFn) -> String {
    match f.owner() {
        Owner::Module(m) => format!("{}.{}", m.name(), f.name()),
        _ => f.name().to_string(),
    }
}

/// Checks a function of fixed arity with CPython's `METH_O`/`METH_NOARGS` messages
/// (`math.sqrt() takes exactly one argument (2 given)`), or `Args::count`'s otherwise.
pub(crate) fn exact_args(f: BuiltinFn, a: &Args, n: usize) -> PyResult<()> {
    if !a.kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}() takes no keyword arguments",
            qualified_name(f)
        )));
    }
    let given = a.pos.len();
    if given == n {
        return Ok(());
    }
    match n {
        0 => Err(PyErr::type_error(format!(
            "{}() takes no arguments ({} given)",
            qualified_name(f),
            given
        ))),
        1 => Err(PyErr::type_error(format!(
            "{}() takes exactly one argument ({} given)",
            qualified_name(f),
            given
        ))),
        _ => a.count(n, n),
    }
}
