//! Closeness and equality of whole arrays: `isclose`, `allclose`, `array_equal`, computed with
//! the same ufunc steps NumPy's Python code uses so dtypes and NaN/inf rules agree.

use crate::array::NdArray;
use crate::dtype::DType;
use crate::error::ArrayResult;
use crate::promote::{result_type, Operand};
use crate::ufunc::{binary_op, unary_op, BinaryOp, UnaryOp};

/// Tolerances of `isclose`/`allclose` (NumPy's defaults: `rtol=1e-05`, `atol=1e-08`).
#[derive(Clone, Copy, Debug)]
pub struct Tolerance {
    /// Relative tolerance.
    pub rtol: f64,
    /// Absolute tolerance.
    pub atol: f64,
    /// Whether NaNs in the same place count as equal.
    pub equal_nan: bool,
}

impl Default for Tolerance {
    fn default() -> Self {
        Tolerance {
            rtol: 1e-05,
            atol: 1e-08,
            equal_nan: false,
        }
    }
}

fn array(op: &Operand) -> Option<&NdArray> {
    match op {
        Operand::Array(a) => Some(a),
        _ => None,
    }
}

/// `np.isclose(a, b, rtol, atol, equal_nan)`:
/// `(|a - b| <= atol + rtol * |b|) & isfinite(b) | (a == b)`, with `b` first made inexact.
/// The result is a bool array (0-d when both inputs were scalars).
pub fn isclose(a: &Operand, b: &Operand, tol: Tolerance) -> ArrayResult<NdArray> {
    let y = match b {
        Operand::Array(arr) => {
            let dtype = result_type(&[Operand::Array(arr.clone()), Operand::PyFloat(1.0)]);
            Operand::Array(arr.astype(dtype))
        }
        Operand::PyInt(v) => Operand::PyFloat(*v as f64),
        Operand::PyBool(v) => Operand::PyFloat(f64::from(u8::from(*v))),
        other => other.clone(),
    };
    let x = a.clone();
    let wrap = |r: NdArray| Operand::Array(r);
    let difference = binary_op(BinaryOp::Subtract, &x, &y)?.array;
    let distance = unary_op(UnaryOp::Absolute, &wrap(difference))?.array;
    let scale = unary_op(UnaryOp::Absolute, &y)?.array;
    let relative = binary_op(
        BinaryOp::Multiply,
        &Operand::PyFloat(tol.rtol),
        &wrap(scale),
    )?
    .array;
    let bound = binary_op(BinaryOp::Add, &Operand::PyFloat(tol.atol), &wrap(relative))?.array;
    let within = binary_op(BinaryOp::LessEqual, &wrap(distance), &wrap(bound))?.array;
    let finite = unary_op(UnaryOp::Isfinite, &y)?.array;
    let close = binary_op(BinaryOp::BitwiseAnd, &wrap(within), &wrap(finite))?.array;
    let equal = binary_op(BinaryOp::Equal, &x, &y)?.array;
    let mut result = binary_op(BinaryOp::BitwiseOr, &wrap(close), &wrap(equal))?.array;
    if tol.equal_nan {
        let nan_x = unary_op(UnaryOp::Isnan, &x)?.array;
        let nan_y = unary_op(UnaryOp::Isnan, &y)?.array;
        let both = binary_op(BinaryOp::BitwiseAnd, &wrap(nan_x), &wrap(nan_y))?.array;
        result = binary_op(BinaryOp::BitwiseOr, &wrap(result), &wrap(both))?.array;
    }
    if array(a).is_none() && array(b).is_none() {
        return result.reshape_exact(&[]);
    }
    Ok(result)
}

/// `np.allclose(a, b, rtol, atol, equal_nan)`: every element of [`isclose`] is true.
pub fn allclose(a: &Operand, b: &Operand, tol: Tolerance) -> ArrayResult<bool> {
    Ok(isclose(a, b, tol)?.to_vec::<bool>().iter().all(|&v| v))
}

/// `np.array_equal(a1, a2, equal_nan)`: same shape and equal elements (NaNs in matching
/// places count as equal with `equal_nan`).
pub fn array_equal(a: &NdArray, b: &NdArray, equal_nan: bool) -> ArrayResult<bool> {
    if a.shape != b.shape {
        return Ok(false);
    }
    let (x, y) = (Operand::Array(a.clone()), Operand::Array(b.clone()));
    let equal = binary_op(BinaryOp::Equal, &x, &y)?.array.to_vec::<bool>();
    if !equal_nan || !(a.dtype.is_float() || a.dtype.is_complex()) {
        return Ok(equal.iter().all(|&v| v));
    }
    let nan_a = unary_op(UnaryOp::Isnan, &x)?.array.to_vec::<bool>();
    let nan_b = if b.dtype == DType::Bool || b.dtype.is_integer() {
        vec![false; nan_a.len()]
    } else {
        unary_op(UnaryOp::Isnan, &y)?.array.to_vec::<bool>()
    };
    if nan_a != nan_b {
        return Ok(false);
    }
    Ok(equal.iter().zip(&nan_a).all(|(&eq, &nan)| eq || nan))
}
