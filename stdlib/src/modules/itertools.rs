//! The `itertools` module: lazy iterators implemented as [`NativeIter`]s (wrapped as Python
//! iterators with CPython's type names), grouped by kind in the submodules: [`infinite`]
//! (`count`, `cycle`, `repeat`), [`combinatoric`] (`product`, `permutations`, `combinations`,
//! `combinations_with_replacement`), [`chaining`] (`chain`, `islice`, `accumulate`, `starmap`,
//! `takewhile`, `dropwhile`, `zip_longest`, `pairwise`) and [`groupby`]. `itertools.chain` is
//! a callable [`ChainType`] object so that `chain.from_iterable` works.

mod chaining;
mod combinatoric;
mod groupby;
mod infinite;

use crate::args::Args;
use crate::native::{native_iter_value, native_value, NativeIter, NativeObject};
use mnpy_runtime::interp_api::{Interp, KwArgs};
use mnpy_runtime::{BuiltinFn, PyErr, PyResult, Value};
use std::any::Any;

/// The module's attributes beyond its functions: `chain` as a callable type-like object.
pub fn attributes() -> Vec<(&'static str, Value)> {
    vec![("chain", native_value(Box::new(ChainType)))]
}

/// Calls a function of `itertools`.
pub fn call(vm: &mut dyn Interp, f: BuiltinFn, a: Args) -> PyResult<Value> {
    use BuiltinFn as B;
    match f {
        B::ItCount | B::ItCycle | B::ItRepeat => infinite::make(vm, f, a),
        B::ItProduct | B::ItPermutations | B::ItCombinations | B::ItCombinationsWithReplacement => {
            combinatoric::make(vm, f, a)
        }
        B::ItGroupby => groupby::make(vm, a),
        _ => chaining::make(vm, f, a),
    }
}

/// Wraps an iterator state as a Python iterator named `itertools.<name>`.
fn iterator(it: impl NativeIter, type_name: &'static str) -> Value {
    native_iter_value(Box::new(it), type_name)
}

/// Checks the positional count with CPython's `_PyArg_CheckPositional` messages
/// (`cycle expected 1 argument, got 0`).
fn positional(name: &str, a: &Args, min: usize, max: usize) -> PyResult<()> {
    let n = a.pos.len();
    let plural = |k: usize| if k == 1 { "" } else { "s" };
    if min == max && n != min {
        return Err(PyErr::type_error(format!(
            "{} expected {} argument{}, got {}",
            name,
            min,
            plural(min),
            n
        )));
    }
    if n < min {
        return Err(PyErr::type_error(format!(
            "{} expected at least {} argument{}, got {}",
            name,
            min,
            plural(min),
            n
        )));
    }
    if n > max {
        return Err(PyErr::type_error(format!(
            "{} expected at most {} argument{}, got {}",
            name,
            max,
            plural(max),
            n
        )));
    }
    Ok(())
}

/// Errors when keyword arguments were given to a function that takes none.
fn no_keywords(name: &str, a: &Args) -> PyResult<()> {
    if !a.kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}() takes no keyword arguments",
            name
        )));
    }
    Ok(())
}

/// `itertools.chain`: calling it chains its arguments; `chain.from_iterable(it)` chains the
/// iterables an iterable yields.
pub struct ChainType;

impl NativeObject for ChainType {
    fn type_name(&self) -> String {
        "type".into()
    }
    fn call(
        &self,
        vm: &mut dyn Interp,
        _this: &Value,
        args: Vec<Value>,
        kw: KwArgs,
    ) -> PyResult<Value> {
        chaining::make(vm, BuiltinFn::ItChain, Args::new("chain", args, kw))
    }
    fn getattr(&self, _vm: &mut dyn Interp, this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "from_iterable" => Some(Value::Builtin(BuiltinFn::ItChainFromIterable)),
            "__call__" => Some(this.clone()),
            "__name__" | "__qualname__" => Some(Value::str("chain")),
            "__module__" => Some(Value::str("itertools")),
            _ => None,
        })
    }
    fn repr(&self, _vm: &mut dyn Interp, _this: &Value) -> PyResult<String> {
        Ok("<class 'itertools.chain'>".into())
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}
