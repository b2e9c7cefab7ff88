//! NumPy's reduction, statistics, sorting/searching, selection and product functions
//! (`np.sum`, `np.median`, `np.sort`, `np.where`, `np.dot`, ...) as one closed enum
//! [`StatFn`] wrapped in the native object [`StatFunction`].
//!
//! Submodules: `params` (argument binding shared by all numpy parts), `reductions` (sum ...
//! count_nonzero, also called by `ndarray` methods), `order` (median, percentile, sort,
//! unique, searchsorted, histogram, bincount), `select` (where, nonzero, clip, round, diff,
//! closeness, average), `products` (dot, matmul, tensordot, trace, cross, convolve).

pub mod order;
pub mod params;
pub mod products;
pub mod reductions;
pub mod select;

use crate::native::{native_value, NativeObject};
use mnpy_arrays::NdArray;
use mnpy_runtime::interp_api::{Interp, KwArgs};
use mnpy_runtime::object::AttrMap;
use mnpy_runtime::{PyResult, Value};
use std::any::Any;

macro_rules! stat_fns {
    ($($variant:ident => $name:literal),* $(,)?) => {
        /// Every function of this part, by its NumPy name.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum StatFn { $( #[doc = $name] $variant ),* }

        impl StatFn {
            /// Every function, in registration order.
            pub const ALL: &'static [StatFn] = &[$(StatFn::$variant),*];
            /// The NumPy name (`np.<name>`).
            pub fn name(self) -> &'static str {
                match self { $(StatFn::$variant => $name),* }
            }
        }
    };
}

stat_fns! {
    Sum => "sum", Prod => "prod", Mean => "mean", Std => "std", Var => "var",
    Min => "min", Amin => "amin", Max => "max", Amax => "amax", Argmin => "argmin",
    Argmax => "argmax", All => "all", Any => "any", Cumsum => "cumsum", Cumprod => "cumprod",
    Median => "median", Percentile => "percentile", Quantile => "quantile",
    Average => "average", Ptp => "ptp", CountNonzero => "count_nonzero", Nonzero => "nonzero",
    Argwhere => "argwhere", Where => "where", Clip => "clip", Round => "round",
    Around => "around", Sort => "sort", Argsort => "argsort", Unique => "unique",
    Searchsorted => "searchsorted", Diff => "diff", Bincount => "bincount",
    Histogram => "histogram", Isclose => "isclose", Allclose => "allclose",
    ArrayEqual => "array_equal", Dot => "dot", Vdot => "vdot", Inner => "inner",
    Outer => "outer", Matmul => "matmul", Tensordot => "tensordot", Trace => "trace",
    Cross => "cross", Convolve => "convolve",
}

/// A statistics function object (`np.sum`, ...).
pub struct StatFunction(pub StatFn);

impl NativeObject for StatFunction {
    fn type_name(&self) -> String {
        "function".into()
    }
    fn call(
        &self,
        vm: &mut dyn Interp,
        _this: &Value,
        args: Vec<Value>,
        kw: KwArgs,
    ) -> PyResult<Value> {
        call_stat(vm, self.0, args, kw)
    }
    fn getattr(&self, _vm: &mut dyn Interp, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "__name__" | "__qualname__" => Some(Value::str(self.0.name())),
            "__module__" => Some(Value::str("numpy")),
            _ => None,
        })
    }
    fn repr(&self, _vm: &mut dyn Interp, this: &Value) -> PyResult<String> {
        let addr = match this {
            Value::Obj(o) => std::rc::Rc::as_ptr(o) as *const u8 as usize,
            _ => 0,
        };
        Ok(format!("<function {} at {:#x}>", self.0.name(), addr))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Adds every function of this part to the numpy module dict.
pub fn register(_vm: &mut dyn Interp, dict: &mut AttrMap) -> PyResult<()> {
    for &f in StatFn::ALL {
        dict.insert(f.name().into(), native_value(Box::new(StatFunction(f))));
    }
    Ok(())
}

/// Calls `np.<f>(*args, **kw)`.
pub fn call_stat(vm: &mut dyn Interp, f: StatFn, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    use StatFn::*;
    match f {
        Sum | Prod | Mean | Std | Var | Min | Amin | Max | Amax | Argmin | Argmax | All | Any
        | Cumsum | Cumprod | Ptp | CountNonzero => reductions::call(vm, f, args, kw),
        Median | Percentile | Quantile | Sort | Argsort | Unique | Searchsorted | Bincount
        | Histogram => order::call(vm, f, args, kw),
        Average | Nonzero | Argwhere | Where | Clip | Round | Around | Diff | Isclose
        | Allclose | ArrayEqual => select::call(vm, f, args, kw),
        Dot | Vdot | Inner | Outer | Matmul | Tensordot | Trace | Cross | Convolve => {
            products::call(vm, f, args, kw)
        }
    }
}

/// An `ndarray` method that is also a function of this part (`a.sum(axis=0)`,
/// `a.argsort()`, `a.clip(0, 1)`, `a.dot(b)`, ...): calls the function with `a` first.
/// `Ok(None)` when `name` is not such a method. `a.sort()` (in place) is [`sort_method`].
pub fn array_method(
    vm: &mut dyn Interp,
    name: &str,
    a: &Value,
    args: Vec<Value>,
    kw: KwArgs,
) -> PyResult<Option<Value>> {
    let f = match name {
        "sum" => StatFn::Sum,
        "prod" => StatFn::Prod,
        "mean" => StatFn::Mean,
        "std" => StatFn::Std,
        "var" => StatFn::Var,
        "min" => StatFn::Min,
        "max" => StatFn::Max,
        "argmin" => StatFn::Argmin,
        "argmax" => StatFn::Argmax,
        "all" => StatFn::All,
        "any" => StatFn::Any,
        "cumsum" => StatFn::Cumsum,
        "cumprod" => StatFn::Cumprod,
        "ptp" => StatFn::Ptp,
        "nonzero" => StatFn::Nonzero,
        "clip" => StatFn::Clip,
        "round" => StatFn::Round,
        "argsort" => StatFn::Argsort,
        "searchsorted" => StatFn::Searchsorted,
        "dot" => StatFn::Dot,
        "trace" => StatFn::Trace,
        _ => return Ok(None),
    };
    let mut full = Vec::with_capacity(args.len() + 1);
    full.push(a.clone());
    full.extend(args);
    call_stat(vm, f, full, kw).map(Some)
}

/// `a.sort(axis=-1, kind=None)`: sorts the array view in place.
pub fn sort_method(
    vm: &mut dyn Interp,
    a: &NdArray,
    args: Vec<Value>,
    kw: KwArgs,
) -> PyResult<Value> {
    order::sort_in_place(vm, a, args, kw)
}

/// `np.sum(a, ...)` for ndarray methods: `a.sum(*args, **kw)`.
pub fn sum(vm: &mut dyn Interp, a: &Value, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let mut full = vec![a.clone()];
    full.extend(args);
    reductions::call(vm, StatFn::Sum, full, kw)
}
