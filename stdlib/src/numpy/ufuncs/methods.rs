//! The methods of ufunc objects: `reduce` (axis default 0, `dtype`, `keepdims`, `initial`,
//! `out`), `accumulate`, `outer` and `at` (unbuffered in-place application at indices).
//!
//! `add`/`multiply`/`maximum`/`minimum`/`logical_and`/`logical_or` reductions go through the
//! array core's reductions (NumPy's pairwise float sums, small-int upcasting); every other
//! binary op is folded element-wise along each reduced axis in order.

use super::output::{ndarray_of, write_reduction_out};
use super::{compute, ufunc_op_of, UfuncOp};
use crate::numpy::core::{
    array_err, array_or_scalar, array_value, axis_arg, dtype_arg, to_ndarray, to_operand, warn_fp,
};
use crate::numpy::stats::params::{bind, Bound};
use mnpy_arrays::array::normalize_axis;
use mnpy_arrays::promote::Operand;
use mnpy_arrays::reduce;
use mnpy_arrays::ufunc::{binary_op, BinaryOp, FpErrors};
use mnpy_arrays::{DType, NdArray, Scalar};
use mnpy_runtime::interp_api::{Interp, KwArgs};
use mnpy_runtime::{PyErr, PyResult, Value};

/// The ufunc op of a method's receiver.
fn receiver_op(this: &Value) -> PyResult<UfuncOp> {
    ufunc_op_of(this).ok_or_else(|| PyErr::type_error("descriptor requires a 'numpy.ufunc' object"))
}

/// NumPy's `ufunc.identity`: the value a reduction over nothing gives, if any.
pub fn identity(op: BinaryOp) -> Option<Scalar> {
    Some(match op {
        BinaryOp::Add | BinaryOp::BitwiseOr | BinaryOp::BitwiseXor => Scalar::I64(0),
        BinaryOp::Multiply => Scalar::I64(1),
        BinaryOp::BitwiseAnd => Scalar::I64(-1),
        BinaryOp::LogicalAnd => Scalar::Bool(true),
        BinaryOp::LogicalOr | BinaryOp::LogicalXor => Scalar::Bool(false),
        _ => return None,
    })
}

/// `ufunc.identity` as a Python value (`None` when there is none).
pub fn identity_value(op: UfuncOp) -> Value {
    match op {
        UfuncOp::Binary(b) => match identity(b) {
            Some(Scalar::Bool(v)) => Value::Bool(v),
            Some(Scalar::I64(v)) => Value::Int(v),
            _ => Value::None,
        },
        UfuncOp::Unary(_) => Value::None,
    }
}

/// The result dtype of `op` applied to two elements of `dtype`.
fn op_result_dtype(op: BinaryOp, dtype: DType) -> PyResult<DType> {
    let z = Operand::Array(NdArray::from_scalar(Scalar::one(dtype)));
    Ok(binary_op(op, &z, &z).map_err(array_err)?.array.dtype)
}

/// True when the op's reduction may combine several axes (NumPy's "reorderable").
fn reorderable(op: BinaryOp) -> bool {
    use BinaryOp::*;
    matches!(
        op,
        Add | Multiply
            | Maximum
            | Minimum
            | Fmax
            | Fmin
            | LogicalAnd
            | LogicalOr
            | LogicalXor
            | BitwiseAnd
            | BitwiseOr
            | BitwiseXor
    )
}

/// The sub-array `a[..., i, ...]` with `axis` removed (a view).
pub fn take_along(a: &NdArray, axis: usize, i: usize) -> NdArray {
    let mut shape = a.shape.clone();
    let mut strides = a.strides.clone();
    shape.remove(axis);
    let step = strides.remove(axis);
    NdArray {
        buffer: a.buffer.clone(),
        dtype: a.dtype,
        shape,
        strides,
        offset: (a.offset as isize + step * i as isize) as usize,
    }
}

/// Folds `op` over one axis of `a` in order.
fn fold_axis(op: BinaryOp, a: &NdArray, axis: usize, errors: &mut FpErrors) -> PyResult<NdArray> {
    let result_dtype = op_result_dtype(op, a.dtype)?;
    let n = a.shape[axis];
    if n == 0 {
        let mut shape = a.shape.clone();
        shape.remove(axis);
        return match identity(op) {
            Some(id) => mnpy_arrays::create::full(&shape, id, result_dtype).map_err(array_err),
            None => Err(PyErr::value_error(format!(
                "zero-size array to reduction operation {} which has no identity",
                op.name()
            ))),
        };
    }
    let mut acc = take_along(a, axis, 0).astype(result_dtype);
    for i in 1..n {
        let r = binary_op(
            op,
            &Operand::Array(acc),
            &Operand::Array(take_along(a, axis, i)),
        )
        .map_err(array_err)?;
        errors.merge(r.errors);
        acc = r.array;
    }
    Ok(acc)
}

/// `ufunc.reduce` over `axes` (`None` = all) on an array, the core of [`reduce_method`].
pub fn reduce_array(
    vm: &mut dyn Interp,
    op: BinaryOp,
    a: &NdArray,
    axes: Option<Vec<isize>>,
    dtype: Option<DType>,
    keepdims: bool,
) -> PyResult<NdArray> {
    let axes_ref = axes.as_deref();
    let r = match op {
        BinaryOp::Add => reduce::sum(a, axes_ref, keepdims, dtype),
        BinaryOp::Multiply => reduce::prod(a, axes_ref, keepdims, dtype),
        BinaryOp::Maximum => reduce::max(&cast_opt(a, dtype), axes_ref, keepdims),
        BinaryOp::Minimum => reduce::min(&cast_opt(a, dtype), axes_ref, keepdims),
        BinaryOp::LogicalAnd => reduce::all(a, axes_ref, keepdims),
        BinaryOp::LogicalOr => reduce::any(a, axes_ref, keepdims),
        _ => return generic_reduce(vm, op, &cast_opt(a, dtype), axes, keepdims),
    };
    r.map_err(array_err)
}

fn cast_opt(a: &NdArray, dtype: Option<DType>) -> NdArray {
    match dtype {
        Some(d) if d != a.dtype => a.astype(d),
        _ => a.clone(),
    }
}

fn generic_reduce(
    vm: &mut dyn Interp,
    op: BinaryOp,
    a: &NdArray,
    axes: Option<Vec<isize>>,
    keepdims: bool,
) -> PyResult<NdArray> {
    let reduced = reduce::normalize_axes(axes.as_deref(), a.ndim()).map_err(array_err)?;
    let chosen: Vec<usize> = (0..a.ndim()).filter(|&i| reduced[i]).collect();
    if chosen.len() > 1 && !reorderable(op) {
        return Err(PyErr::value_error(format!(
            "reduction operation '{}' is not reorderable, so at most one axis may be specified",
            op.name()
        )));
    }
    let mut errors = FpErrors::default();
    let mut work = a.clone();
    if chosen.is_empty() {
        work = work.astype(op_result_dtype(op, a.dtype)?);
    }
    for &axis in chosen.iter().rev() {
        work = fold_axis(op, &work, axis, &mut errors)?;
    }
    warn_fp(vm, errors, op.name())?;
    if keepdims {
        let shape: Vec<usize> = (0..a.ndim())
            .map(|i| if reduced[i] { 1 } else { a.shape[i] })
            .collect();
        work = work.copy().reshape_exact(&shape).map_err(array_err)?;
    }
    Ok(work)
}

const REDUCE_PARAMS: &[&str] = &[
    "array", "axis", "dtype", "out", "keepdims", "initial", "where",
];

/// `ufunc.reduce(array, axis=0, dtype=None, out=None, keepdims=False, initial=<no value>)`.
pub fn reduce_method(
    vm: &mut dyn Interp,
    this: &Value,
    args: Vec<Value>,
    kw: KwArgs,
) -> PyResult<Value> {
    let op = match receiver_op(this)? {
        UfuncOp::Binary(b) => b,
        UfuncOp::Unary(_) => {
            return Err(PyErr::value_error(
                "reduce only supported for binary functions",
            ))
        }
    };
    let b = bind("reduce", REDUCE_PARAMS, 1, args, kw)?;
    let a = to_ndarray(vm, &b.required("array")?)?;
    let axes = match b.get("axis") {
        None => {
            if a.ndim() == 0 {
                None
            } else {
                Some(vec![0])
            }
        }
        Some(v) => axis_arg(vm, Some(v))?,
    };
    let dtype = match b.get("dtype") {
        Some(v) => dtype_arg(vm, v)?,
        None => None,
    };
    let keepdims = b.flag(vm, "keepdims", false)?;
    if let Some(initial) = b.get_some("initial") {
        let reduced = reduce::normalize_axes(axes.as_deref(), a.ndim()).map_err(array_err)?;
        let count: usize = (0..a.ndim())
            .filter(|&i| reduced[i])
            .map(|i| a.shape[i])
            .product();
        let result = if count == 0 {
            empty_with_initial(vm, op, &a, &reduced, dtype, keepdims, initial)?
        } else {
            let r = reduce_array(vm, op, &a, axes.clone(), dtype, keepdims)?;
            apply_initial(vm, op, r, initial)?
        };
        return finish_reduction(&b, result);
    }
    let result = reduce_array(vm, op, &a, axes.clone(), dtype, keepdims)?;
    finish_reduction(&b, result)
}

/// An empty reduction with `initial=`: every output element is the initial value, in the
/// dtype the reduction would have.
fn empty_with_initial(
    vm: &mut dyn Interp,
    op: BinaryOp,
    a: &NdArray,
    reduced: &[bool],
    dtype: Option<DType>,
    keepdims: bool,
    initial: &Value,
) -> PyResult<NdArray> {
    let result_dtype = match op {
        BinaryOp::Add | BinaryOp::Multiply => {
            dtype.unwrap_or_else(|| reduce::default_sum_dtype(a.dtype))
        }
        _ => op_result_dtype(op, dtype.unwrap_or(a.dtype))?,
    };
    let shape: Vec<usize> = (0..a.ndim())
        .filter(|&i| keepdims || !reduced[i])
        .map(|i| if reduced[i] { 1 } else { a.shape[i] })
        .collect();
    let value = match to_operand(vm, initial)? {
        Operand::Array(x) => x.item().map_err(array_err)?,
        other => other.weak_value().unwrap_or(Scalar::Bool(false)),
    };
    mnpy_arrays::create::full(&shape, value, result_dtype).map_err(array_err)
}

/// Combines a non-empty reduction result with `initial=`: `op(result, initial)`.
fn apply_initial(
    vm: &mut dyn Interp,
    op: BinaryOp,
    result: NdArray,
    initial: &Value,
) -> PyResult<NdArray> {
    let init = to_operand(vm, initial)?;
    let combined = binary_op(op, &Operand::Array(result.clone()), &init).map_err(array_err)?;
    Ok(combined.array.astype(result.dtype))
}

fn finish_reduction(b: &Bound, result: NdArray) -> PyResult<Value> {
    match b.get_some("out") {
        Some(target) => {
            let target = super::output::normalize_out_value(target)?;
            write_reduction_out(&result, &target)?;
            Ok(target)
        }
        None => Ok(array_or_scalar(result)),
    }
}

const ACCUMULATE_PARAMS: &[&str] = &["array", "axis", "dtype", "out"];

/// `ufunc.accumulate(array, axis=0, dtype=None, out=None)`.
pub fn accumulate_method(
    vm: &mut dyn Interp,
    this: &Value,
    args: Vec<Value>,
    kw: KwArgs,
) -> PyResult<Value> {
    let op = match receiver_op(this)? {
        UfuncOp::Binary(b) => b,
        UfuncOp::Unary(_) => {
            return Err(PyErr::value_error(
                "accumulate only supported for binary functions",
            ))
        }
    };
    let b = bind("accumulate", ACCUMULATE_PARAMS, 1, args, kw)?;
    let a = to_ndarray(vm, &b.required("array")?)?;
    let axis = b.int(vm, "axis")?.unwrap_or(0) as isize;
    let dtype = match b.get("dtype") {
        Some(v) => dtype_arg(vm, v)?,
        None => None,
    };
    let result = accumulate_array(vm, op, &a, axis, dtype)?;
    match b.get_some("out") {
        Some(target) => {
            let target = super::output::normalize_out_value(target)?;
            write_reduction_out(&result, &target)?;
            Ok(target)
        }
        None => Ok(array_value(result)),
    }
}

/// Running application of `op` along `axis`.
pub fn accumulate_array(
    vm: &mut dyn Interp,
    op: BinaryOp,
    a: &NdArray,
    axis: isize,
    dtype: Option<DType>,
) -> PyResult<NdArray> {
    if a.ndim() == 0 {
        return Err(PyErr::type_error("cannot accumulate on a scalar"));
    }
    match op {
        BinaryOp::Add => return reduce::cumsum(a, Some(axis), dtype).map_err(array_err),
        BinaryOp::Multiply => return reduce::cumprod(a, Some(axis), dtype).map_err(array_err),
        _ => {}
    }
    let axis = normalize_axis(axis, a.ndim()).map_err(array_err)?;
    let a = cast_opt(a, dtype);
    let result_dtype = op_result_dtype(op, a.dtype)?;
    let moved = a.moveaxis(axis as isize, 0).map_err(array_err)?;
    let out = NdArray::zeroed(result_dtype, &moved.shape).map_err(array_err)?;
    let mut errors = FpErrors::default();
    if moved.shape[0] > 0 {
        let mut acc = take_along(&moved, 0, 0).astype(result_dtype);
        take_along(&out, 0, 0).assign_array(&acc);
        for i in 1..moved.shape[0] {
            let r = binary_op(
                op,
                &Operand::Array(acc),
                &Operand::Array(take_along(&moved, 0, i)),
            )
            .map_err(array_err)?;
            errors.merge(r.errors);
            acc = r.array;
            take_along(&out, 0, i).assign_array(&acc);
        }
    }
    warn_fp(vm, errors, op.name())?;
    Ok(out.moveaxis(0, axis as isize).map_err(array_err)?.copy())
}

/// `ufunc.outer(A, B)`: `op(A[..., None, ...], B)` over every pair.
pub fn outer_method(
    vm: &mut dyn Interp,
    this: &Value,
    args: Vec<Value>,
    kw: KwArgs,
) -> PyResult<Value> {
    let op = receiver_op(this)?;
    if matches!(op, UfuncOp::Unary(_)) {
        return Err(PyErr::value_error(
            "outer product only supported for binary functions",
        ));
    }
    let b = bind("outer", &["A", "B", "out", "dtype"], 2, args, kw)?;
    let x = to_operand(vm, &b.required("A")?)?;
    let y = to_operand(vm, &b.required("B")?)?;
    let extra = y.shape().len();
    let x = match x {
        Operand::Array(a) => {
            let mut shape = a.shape.clone();
            let mut strides = a.strides.clone();
            shape.extend(std::iter::repeat_n(1, extra));
            strides.extend(std::iter::repeat_n(0, extra));
            Operand::Array(NdArray {
                shape,
                strides,
                ..a
            })
        }
        weak => weak,
    };
    let dtype = match b.get("dtype") {
        Some(v) => dtype_arg(vm, v)?,
        None => None,
    };
    let result = compute(op, &[x.clone(), y.clone()], dtype)?;
    if let Some(target) = b.get_some("out") {
        let target = super::output::normalize_out_value(target)?;
        let shapes = vec![x.shape().to_vec(), y.shape().to_vec()];
        super::output::write_out(vm, op.name(), &shapes, &result.array, &target)?;
        warn_fp(vm, result.errors, op.name())?;
        return Ok(target);
    }
    warn_fp(vm, result.errors, op.name())?;
    Ok(array_or_scalar(result.array))
}

/// `ufunc.at(a, indices, b=None)`: applies the op in place at each index, repeated indices
/// accumulating (unbuffered).
pub fn at_method(
    vm: &mut dyn Interp,
    this: &Value,
    args: Vec<Value>,
    kw: KwArgs,
) -> PyResult<Value> {
    let op = receiver_op(this)?;
    let b = bind("at", &["a", "indices", "b"], 2, args, kw)?;
    let target_value = b.required("a")?;
    let target = ndarray_of(&target_value)
        .ok_or_else(|| PyErr::type_error("first operand must be an ndarray"))?;
    let positions = NdArray::from_vec(
        (0..target.size() as i64).collect::<Vec<i64>>(),
        &target.shape,
    )
    .map_err(array_err)?;
    let selected = vm.getitem(&array_value(positions), &b.required("indices")?)?;
    let selected = to_ndarray(vm, &selected)?;
    let flat: Vec<i64> = selected.to_vec::<i64>();
    let mut errors = FpErrors::default();
    match op {
        UfuncOp::Unary(_) => {
            if b.get_some("b").is_some() {
                return Err(PyErr::value_error("second operand needed for ufunc"));
            }
            for &pos in &flat {
                let cur = target.get_flat(pos as isize).map_err(array_err)?;
                let r = compute(op, &[Operand::Array(NdArray::from_scalar(cur))], None)?;
                errors.merge(r.errors);
                target
                    .set_flat(pos as isize, r.array.item().map_err(array_err)?)
                    .map_err(array_err)?;
            }
        }
        UfuncOp::Binary(_) => {
            let value = b
                .get_some("b")
                .ok_or_else(|| PyErr::value_error("second operand needed for ufunc"))?
                .clone();
            let operand = to_operand(vm, &value)?;
            let values: Option<Vec<Scalar>> = match &operand {
                Operand::Array(arr) => Some(
                    arr.broadcast_to(&selected.shape)
                        .map_err(array_err)?
                        .to_vec_scalars(),
                ),
                _ => None,
            };
            for (k, &pos) in flat.iter().enumerate() {
                let cur = target.get_flat(pos as isize).map_err(array_err)?;
                let rhs = match &values {
                    Some(v) => Operand::Array(NdArray::from_scalar(v[k])),
                    None => operand.clone(),
                };
                let r = compute(op, &[Operand::Array(NdArray::from_scalar(cur)), rhs], None)?;
                errors.merge(r.errors);
                target
                    .set_flat(pos as isize, r.array.item().map_err(array_err)?)
                    .map_err(array_err)?;
            }
        }
    }
    warn_fp(vm, errors, op.name())?;
    Ok(Value::None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_subtract_and_identity() {
        // python3 -c 'import numpy as np; print(repr(np.subtract.reduce(np.array([10,1,2]))),
        //   repr(np.bitwise_xor.reduce(np.array([7,1]))))' -> np.int64(7) np.int64(6)
        let a = NdArray::from_vec(vec![10i64, 1, 2], &[3]).unwrap();
        let mut e = FpErrors::default();
        let r = fold_axis(BinaryOp::Subtract, &a, 0, &mut e).ok().unwrap();
        assert_eq!(r.to_vec::<i64>(), vec![7]);
        let x = NdArray::from_vec(vec![7i64, 1], &[2]).unwrap();
        let r = fold_axis(BinaryOp::BitwiseXor, &x, 0, &mut e).ok().unwrap();
        assert_eq!(r.to_vec::<i64>(), vec![6]);
        // python3 -c 'import numpy as np; np.subtract.reduce(np.zeros(0))' -> ValueError ... no identity
        let empty = NdArray::zeroed(DType::Float64, &[0]).unwrap();
        assert!(fold_axis(BinaryOp::Subtract, &empty, 0, &mut e).is_err());
        let r = fold_axis(
            BinaryOp::BitwiseOr,
            &NdArray::zeroed(DType::Int64, &[0]).unwrap(),
            0,
            &mut e,
        )
        .ok()
        .unwrap();
        assert_eq!(r.to_vec::<i64>(), vec![0]);
    }
}
