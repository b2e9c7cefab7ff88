//! Reductions with NumPy's signatures: `sum`, `prod`, `mean`, `std`, `var`, `min`/`amin`,
//! `max`/`amax`, `argmin`, `argmax`, `all`, `any`, `cumsum`, `cumprod`, `ptp`,
//! `count_nonzero` (axis as int or tuple, `keepdims`, `dtype`, `ddof`, `initial`, `out`).

use super::params::{bind, Bound};
use super::StatFn;
use crate::numpy::core::{
    array_err, array_or_scalar, array_value, axis_arg, dtype_arg, to_ndarray, to_operand,
};
use crate::numpy::ufuncs::output::{normalize_out_value, write_reduction_out};
use mnpy_arrays::promote::Operand;
use mnpy_arrays::reduce;
use mnpy_arrays::ufunc::{binary_arrays, binary_op, BinaryOp};
use mnpy_arrays::{DType, NdArray, Scalar};
use mnpy_runtime::interp_api::{Interp, KwArgs};
use mnpy_runtime::{PyErr, PyResult, Value};

const SUM_PARAMS: &[&str] = &["a", "axis", "dtype", "out", "keepdims", "initial", "where"];
const MEAN_PARAMS: &[&str] = &["a", "axis", "dtype", "out", "keepdims", "where"];
const VAR_PARAMS: &[&str] = &["a", "axis", "dtype", "out", "ddof", "keepdims", "where"];
const MINMAX_PARAMS: &[&str] = &["a", "axis", "out", "keepdims", "initial", "where"];
const ARG_PARAMS: &[&str] = &["a", "axis", "out", "keepdims"];
const BOOL_PARAMS: &[&str] = &["a", "axis", "out", "keepdims", "where"];
const CUM_PARAMS: &[&str] = &["a", "axis", "dtype", "out"];
const PTP_PARAMS: &[&str] = &["a", "axis", "out", "keepdims"];
const COUNT_PARAMS: &[&str] = &["a", "axis", "keepdims"];

/// The parameters shared by reductions, decoded.
struct Common {
    a: NdArray,
    axes: Option<Vec<isize>>,
    keepdims: bool,
    dtype: Option<DType>,
}

fn common(vm: &mut dyn Interp, b: &Bound) -> PyResult<Common> {
    let a = to_ndarray(vm, &b.required("a")?)?;
    let axes = axis_arg(vm, b.get("axis"))?;
    let keepdims = b.flag(vm, "keepdims", false)?;
    let dtype = match b.get("dtype") {
        Some(v) => dtype_arg(vm, v)?,
        None => None,
    };
    if let Some(w) = b.get("where") {
        if !matches!(w, Value::Bool(true)) {
            return Err(PyErr::not_supported(format!(
                "micronumpy does not support where= in {}()",
                b.name
            )));
        }
    }
    Ok(Common {
        a,
        axes,
        keepdims,
        dtype,
    })
}

/// Returns the result, written into `out=` when given.
fn finish(b: &Bound, result: NdArray) -> PyResult<Value> {
    match b.get_some("out") {
        Some(target) => {
            let target = normalize_out_value(target)?;
            write_reduction_out(&result, &target)?;
            Ok(target)
        }
        None => Ok(array_or_scalar(result)),
    }
}

/// Combines a result with `initial=` (for sum/prod/min/max).
fn with_initial(
    vm: &mut dyn Interp,
    b: &Bound,
    op: BinaryOp,
    c: &Common,
    result: NdArray,
) -> PyResult<NdArray> {
    let Some(initial) = b.get_some("initial") else {
        return Ok(result);
    };
    let init = to_operand(vm, initial)?;
    let reduced = reduce::normalize_axes(c.axes.as_deref(), c.a.ndim()).map_err(array_err)?;
    let count: usize = (0..c.a.ndim())
        .filter(|&i| reduced[i])
        .map(|i| c.a.shape[i])
        .product();
    if count == 0 {
        let value = match &init {
            Operand::Array(x) => x.item().map_err(array_err)?,
            other => other.weak_value().unwrap_or(Scalar::Bool(false)),
        };
        return mnpy_arrays::create::full(&result.shape, value, result.dtype).map_err(array_err);
    }
    let combined = binary_op(op, &Operand::Array(result.clone()), &init).map_err(array_err)?;
    Ok(combined.array.astype(result.dtype))
}

/// The reduced extremes; empty reductions with `initial=` skip the core's empty check.
fn extreme(vm: &mut dyn Interp, b: &Bound, c: &Common, op: BinaryOp) -> PyResult<NdArray> {
    let reduced = reduce::normalize_axes(c.axes.as_deref(), c.a.ndim()).map_err(array_err)?;
    let count: usize = (0..c.a.ndim())
        .filter(|&i| reduced[i])
        .map(|i| c.a.shape[i])
        .product();
    let raw = if count == 0 && b.get_some("initial").is_some() {
        let shape: Vec<usize> = (0..c.a.ndim())
            .filter(|&i| c.keepdims || !reduced[i])
            .map(|i| if reduced[i] { 1 } else { c.a.shape[i] })
            .collect();
        NdArray::zeroed(c.a.dtype, &shape).map_err(array_err)?
    } else if op == BinaryOp::Maximum {
        reduce::max(&c.a, c.axes.as_deref(), c.keepdims).map_err(array_err)?
    } else {
        reduce::min(&c.a, c.axes.as_deref(), c.keepdims).map_err(array_err)?
    };
    with_initial(vm, b, op, c, raw)
}

/// The single axis of argmin/argmax/cumsum (`None` = flattened).
fn single_axis(axes: &Option<Vec<isize>>) -> PyResult<Option<isize>> {
    match axes {
        None => Ok(None),
        Some(v) if v.len() == 1 => Ok(Some(v[0])),
        Some(_) => Err(PyErr::type_error(
            "'tuple' object cannot be interpreted as an integer",
        )),
    }
}

/// `np.<f>(...)` for the reductions of this file.
pub fn call(vm: &mut dyn Interp, f: StatFn, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    use StatFn::*;
    let params = match f {
        Sum | Prod => SUM_PARAMS,
        Mean => MEAN_PARAMS,
        Std | Var => VAR_PARAMS,
        Min | Amin | Max | Amax => MINMAX_PARAMS,
        Argmin | Argmax => ARG_PARAMS,
        All | Any => BOOL_PARAMS,
        Cumsum | Cumprod => CUM_PARAMS,
        Ptp => PTP_PARAMS,
        CountNonzero => COUNT_PARAMS,
        _ => {
            return Err(PyErr::type_error(format!(
                "{}() is not a reduction",
                f.name()
            )))
        }
    };
    let b = bind(f.name(), params, 1, args, kw)?;
    let c = common(vm, &b)?;
    let axes = c.axes.as_deref();
    let result = match f {
        Sum => {
            let r = reduce::sum(&c.a, axes, c.keepdims, c.dtype).map_err(array_err)?;
            with_initial(vm, &b, BinaryOp::Add, &c, r)?
        }
        Prod => {
            let r = reduce::prod(&c.a, axes, c.keepdims, c.dtype).map_err(array_err)?;
            with_initial(vm, &b, BinaryOp::Multiply, &c, r)?
        }
        Mean => {
            let r = reduce::mean(&c.a, axes, c.keepdims, c.dtype).map_err(array_err)?;
            warn_empty_mean(vm, &c)?;
            r
        }
        Std | Var => {
            let ddof = b.float(vm, "ddof")?.unwrap_or(0.0);
            let r = if let Some(d) = c.dtype.filter(|d| d.is_float() || d.is_complex()) {
                Ok(var_in_dtype(&c, ddof, d, f == Std)?)
            } else if f == Std {
                reduce::std(&c.a, axes, ddof, c.keepdims, c.dtype)
            } else {
                reduce::var(&c.a, axes, ddof, c.keepdims, c.dtype)
            };
            r.map_err(array_err)?
        }
        Min | Amin => extreme(vm, &b, &c, BinaryOp::Minimum)?,
        Max | Amax => extreme(vm, &b, &c, BinaryOp::Maximum)?,
        Argmin => reduce::argmin(&c.a, single_axis(&c.axes)?, c.keepdims).map_err(array_err)?,
        Argmax => reduce::argmax(&c.a, single_axis(&c.axes)?, c.keepdims).map_err(array_err)?,
        All => reduce::all(&c.a, axes, c.keepdims).map_err(array_err)?,
        Any => reduce::any(&c.a, axes, c.keepdims).map_err(array_err)?,
        Cumsum | Cumprod => {
            let axis = single_axis(&c.axes)?;
            let r = if f == Cumsum {
                reduce::cumsum(&c.a, axis, c.dtype)
            } else {
                reduce::cumprod(&c.a, axis, c.dtype)
            };
            let r = r.map_err(array_err)?;
            return match b.get_some("out") {
                Some(_) => finish(&b, r),
                None => Ok(array_value(r)),
            };
        }
        Ptp => mnpy_arrays::stats::ptp(&c.a, axes, c.keepdims).map_err(array_err)?,
        CountNonzero => reduce::count_nonzero(&c.a, axes, c.keepdims).map_err(array_err)?,
        _ => {
            return Err(PyErr::type_error(format!(
                "{}() is not a reduction",
                f.name()
            )))
        }
    };
    finish(&b, result)
}

/// NumPy's RuntimeWarnings for the mean of an empty slice (stderr only).
fn warn_empty_mean(vm: &mut dyn Interp, c: &Common) -> PyResult<()> {
    let reduced = reduce::normalize_axes(c.axes.as_deref(), c.a.ndim()).map_err(array_err)?;
    let count: usize = (0..c.a.ndim())
        .filter(|&i| reduced[i])
        .map(|i| c.a.shape[i])
        .product();
    if count == 0 {
        vm.warn(mnpy_runtime::TypeTag::RuntimeWarning, "Mean of empty slice")?;
        vm.warn(
            mnpy_runtime::TypeTag::RuntimeWarning,
            "invalid value encountered in scalar divide",
        )?;
    }
    Ok(())
}

/// `var`/`std` with an explicit float `dtype=`, following NumPy's `_var` step by step: the
/// mean and the final sum accumulate in `dtype`, the deviations in the promoted dtype, and
/// both divisions happen in `dtype` (weak Python-number divisors).
fn var_in_dtype(c: &Common, ddof: f64, dtype: DType, sqrt: bool) -> PyResult<NdArray> {
    let axes = c.axes.as_deref();
    let reduced = reduce::normalize_axes(axes, c.a.ndim()).map_err(array_err)?;
    let count: usize = (0..c.a.ndim())
        .filter(|&i| reduced[i])
        .map(|i| c.a.shape[i])
        .product();
    let total = reduce::sum(&c.a, axes, true, Some(dtype)).map_err(array_err)?;
    let mean = binary_op(
        BinaryOp::Divide,
        &Operand::Array(total),
        &Operand::PyInt(count as i128),
    )
    .map_err(array_err)?
    .array
    .astype(dtype);
    let dev = binary_arrays(BinaryOp::Subtract, &c.a, &mean)
        .map_err(array_err)?
        .array;
    let squared = if dev.dtype.is_complex() {
        let conj = mnpy_arrays::ufunc::unary_array(mnpy_arrays::UnaryOp::Conjugate, &dev)
            .map_err(array_err)?
            .array;
        binary_arrays(BinaryOp::Multiply, &dev, &conj)
            .map_err(array_err)?
            .array
            .astype(dev.dtype.real_dtype())
    } else {
        binary_arrays(BinaryOp::Multiply, &dev, &dev)
            .map_err(array_err)?
            .array
    };
    let sum = reduce::sum(&squared, axes, c.keepdims, Some(dtype)).map_err(array_err)?;
    let denominator = (count as f64 - ddof).max(0.0);
    let var = binary_op(
        BinaryOp::Divide,
        &Operand::Array(sum),
        &Operand::PyFloat(denominator),
    )
    .map_err(array_err)?
    .array
    .astype(dtype);
    if sqrt {
        let r =
            mnpy_arrays::ufunc::unary_array(mnpy_arrays::UnaryOp::Sqrt, &var).map_err(array_err)?;
        return Ok(r.array);
    }
    Ok(var)
}
