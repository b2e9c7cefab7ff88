//! Element-wise loops of every ufunc, keyed by op and loop dtype, in one place.
//!
//! Each element type implements [`Kernels`] (integers in `loops/int.rs`, floats in
//! `loops/float.rs`, complex in `loops/complex.rs`, bool in `loops/boolean.rs`). Inputs arrive
//! as contiguous typed slices already cast to the loop dtype (the gather from strided or
//! broadcast views happens once, in [`binary`]/[`unary`]); each kernel is a tight loop over
//! slices, and floating-point error flags are derived from the operands and results exactly
//! where the C library would raise them.

mod boolean;
mod cmath;
mod complex;
pub(crate) mod float;
mod int;

use crate::array::NdArray;
use crate::dtype::DType;
use crate::element::Element;
use crate::error::{ArrayError, ArrayResult};
use crate::ufunc_ops::{BinaryOp, FpErrors, UnaryOp};
use crate::with_dtype;

/// The per-dtype element loops.
pub trait Kernels: Element {
    /// Binary ops whose result has the loop dtype (arithmetic, min/max, bitwise, shifts).
    fn binary(
        op: BinaryOp,
        a: &[Self],
        b: &[Self],
        errors: &mut FpErrors,
    ) -> ArrayResult<Vec<Self>>;
    /// The six comparisons.
    fn compare(op: BinaryOp, a: &[Self], b: &[Self], errors: &mut FpErrors) -> Vec<bool>;
    /// Unary ops whose result has the loop dtype.
    fn unary(op: UnaryOp, a: &[Self], errors: &mut FpErrors) -> ArrayResult<Vec<Self>>;
    /// `isnan`, `isinf`, `isfinite` for one element.
    fn predicate(op: UnaryOp, a: Self) -> bool;
}

/// The error for an op/dtype pair no loop handles (type resolution normally prevents it).
pub(crate) fn no_loop(name: &str) -> ArrayError {
    ArrayError::type_error(format!(
        "ufunc '{name}' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''"
    ))
}

/// True when NumPy's inner loop would see the second operand `b` with stride 0: a 0-d value,
/// or a one-element array broadcast to a larger result (equal one-element shapes take
/// NumPy's trivial loop, which keeps the array's own stride).
pub(crate) fn second_operand_stride_zero(a: &NdArray, b: &NdArray, shape: &[usize]) -> bool {
    let size: usize = b.shape.iter().product();
    size == 1 && (b.shape.is_empty() || !(b.shape == shape && a.shape == shape))
}

/// Applies `op` element-wise over `a` and `b` (broadcast to `shape`) with the loop dtype
/// `loop_dtype`; the result has `out_dtype` (bool for comparisons and logical ops).
/// `scalar_math` marks NumPy-scalar arithmetic (`np.float64(x) ** y`), which skips the
/// float `power` loop's shortcuts for a constant exponent.
pub fn binary(
    op: BinaryOp,
    loop_dtype: DType,
    a: &NdArray,
    b: &NdArray,
    shape: &[usize],
    scalar_math: bool,
    errors: &mut FpErrors,
) -> ArrayResult<NdArray> {
    let constant_exponent = op == BinaryOp::Power
        && loop_dtype.is_float()
        && !scalar_math
        && second_operand_stride_zero(a, b, shape);
    if constant_exponent {
        let fast = match loop_dtype {
            DType::Float32 => {
                let base = a.broadcast_to(shape)?.to_vec::<f32>();
                let exponent = b.to_vec::<f32>().first().copied().unwrap_or(0.0);
                float::power_constant_exponent(&base, exponent, errors)
                    .map(|v| NdArray::from_vec(v, shape))
            }
            _ => {
                let base = a.broadcast_to(shape)?.to_vec::<f64>();
                let exponent = b.to_vec::<f64>().first().copied().unwrap_or(0.0);
                float::power_constant_exponent(&base, exponent, errors)
                    .map(|v| NdArray::from_vec(v, shape))
            }
        };
        if let Some(result) = fast {
            return result;
        }
    }
    let a = a.broadcast_to(shape)?;
    let b = b.broadcast_to(shape)?;
    match op {
        BinaryOp::LogicalAnd | BinaryOp::LogicalOr | BinaryOp::LogicalXor => {
            let (x, y) = (a.to_vec::<bool>(), b.to_vec::<bool>());
            let out: Vec<bool> = x
                .iter()
                .zip(&y)
                .map(|(&p, &q)| match op {
                    BinaryOp::LogicalAnd => p && q,
                    BinaryOp::LogicalOr => p || q,
                    _ => p != q,
                })
                .collect();
            NdArray::from_vec(out, shape)
        }
        _ if op.is_comparison() => with_dtype!(loop_dtype, T => {
            let (x, y) = (a.to_vec::<T>(), b.to_vec::<T>());
            NdArray::from_vec(T::compare(op, &x, &y, errors), shape)
        }),
        _ => with_dtype!(loop_dtype, T => {
            let (x, y) = (a.to_vec::<T>(), b.to_vec::<T>());
            NdArray::from_vec(T::binary(op, &x, &y, errors)?, shape)
        }),
    }
}

/// Applies the unary `op` element-wise over `a` with the loop dtype `loop_dtype`.
pub fn unary(
    op: UnaryOp,
    loop_dtype: DType,
    a: &NdArray,
    errors: &mut FpErrors,
) -> ArrayResult<NdArray> {
    if op == UnaryOp::LogicalNot {
        let out: Vec<bool> = a.to_vec::<bool>().into_iter().map(|v| !v).collect();
        return NdArray::from_vec(out, &a.shape);
    }
    if op == UnaryOp::Absolute && loop_dtype.is_complex() {
        return complex::absolute(a);
    }
    with_dtype!(loop_dtype, T => {
        let x = a.to_vec::<T>();
        if op.returns_bool() {
            let out: Vec<bool> = x.into_iter().map(|v| T::predicate(op, v)).collect();
            NdArray::from_vec(out, &a.shape)
        } else {
            NdArray::from_vec(T::unary(op, &x, errors)?, &a.shape)
        }
    })
}

/// Applies `f` pairwise over two equally long slices.
pub(crate) fn zip_map<T: Copy, U>(a: &[T], b: &[T], f: impl Fn(T, T) -> U) -> Vec<U> {
    a.iter().zip(b).map(|(&x, &y)| f(x, y)).collect()
}

/// Comparisons through a total-or-partial `<` and `==` (IEEE semantics for floats).
pub(crate) fn compare_partial<T: Copy + PartialOrd>(op: BinaryOp, a: &[T], b: &[T]) -> Vec<bool> {
    match op {
        BinaryOp::Equal => zip_map(a, b, |x, y| x == y),
        BinaryOp::NotEqual => zip_map(a, b, |x, y| x != y),
        BinaryOp::Less => zip_map(a, b, |x, y| x < y),
        BinaryOp::LessEqual => zip_map(a, b, |x, y| x <= y),
        BinaryOp::Greater => zip_map(a, b, |x, y| x > y),
        _ => zip_map(a, b, |x, y| x >= y),
    }
}
