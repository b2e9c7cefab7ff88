//! Ufunc entry points: NumPy's type resolution (NEP 50 promotion, then the first loop the
//! common dtype casts to safely), broadcasting, the loop call, and the error flags.
//!
//! The Python face calls [`binary_op`] and [`unary_op`] with [`Operand`]s; when every operand
//! was a scalar NumPy returns a scalar, which the face takes from the 0-d result.

use crate::array::NdArray;
use crate::dtype::{DType, Scalar};
use crate::error::{ArrayError, ArrayResult};
use crate::loops;
use crate::promote::{can_cast_safe, check_weak_ints, result_type, Operand};
use crate::shape::broadcast_shapes;
pub use crate::ufunc_ops::{BinaryOp, FpErrors, LoopSet, UnaryOp};

/// A ufunc's result and the floating-point error flags its loop raised.
#[derive(Clone, Debug)]
pub struct UfuncResult {
    /// The result array (0-d when every input was a scalar).
    pub array: NdArray,
    /// Flags for NumPy's RuntimeWarnings.
    pub errors: FpErrors,
}

/// The candidate loop dtypes in NumPy's `ufunc.types` order; `None` stands for float16.
const LOOP_ORDER: [Option<DType>; 14] = [
    Some(DType::Bool),
    Some(DType::Int8),
    Some(DType::UInt8),
    Some(DType::Int16),
    Some(DType::UInt16),
    Some(DType::Int32),
    Some(DType::UInt32),
    Some(DType::Int64),
    Some(DType::UInt64),
    None,
    Some(DType::Float32),
    Some(DType::Float64),
    Some(DType::Complex64),
    Some(DType::Complex128),
];

/// Picks the loop dtype of a ufunc named `name` with loops `set`: the first loop (in NumPy's
/// order) every input dtype casts to safely. `inputs` holds each operand's dtype, weak Python
/// scalars standing as the NEP 50 result dtype.
pub fn resolve_loop(name: &str, set: LoopSet, inputs: &[DType]) -> ArrayResult<DType> {
    let has = |d: DType| match d.kind() {
        crate::dtype::Kind::Bool => set.bool,
        crate::dtype::Kind::SignedInt | crate::dtype::Kind::UnsignedInt => set.ints,
        crate::dtype::Kind::Float => set.floats,
        crate::dtype::Kind::Complex => set.complex,
    };
    for candidate in LOOP_ORDER {
        match candidate {
            None => {
                let fits_half = |d: &DType| matches!(d, DType::Bool | DType::Int8 | DType::UInt8);
                if set.half && inputs.iter().all(fits_half) {
                    let names: Vec<&str> = inputs.iter().map(|d| d.name()).collect();
                    return Err(ArrayError::not_implemented(format!(
                        "micronumpy has no float16: NumPy computes '{name}' of {} in float16",
                        names.join(" and ")
                    )));
                }
            }
            Some(d) => {
                if has(d) && inputs.iter().all(|&i| can_cast_safe(i, d)) {
                    return Ok(d);
                }
            }
        }
    }
    Err(loops::no_loop(name))
}

/// Each operand's dtype for loop selection: its own when strong, `common` when weak.
fn input_dtypes(operands: &[Operand], common: DType) -> Vec<DType> {
    operands
        .iter()
        .map(|op| op.strong_dtype().unwrap_or(common))
        .collect()
}

/// A weak Python scalar (or array) as an array of dtype `dtype` (arrays are left as they are).
fn operand_array(op: &Operand, dtype: DType) -> NdArray {
    match op {
        Operand::Array(a) => a.clone(),
        other => {
            let value = other.weak_value().unwrap_or(Scalar::Bool(false));
            let value = match *other {
                Operand::PyInt(v) if dtype.is_float() || dtype.is_complex() => {
                    Scalar::F64(v as f64)
                }
                _ => value,
            };
            NdArray::from_scalar(value.cast(dtype))
        }
    }
}

/// True when a comparison must be done on exact integer values: int64 against uint64 (NumPy's
/// `qQ` loops) or an integer array against a Python int outside its range.
fn needs_exact_compare(a: &Operand, b: &Operand, common: DType) -> bool {
    let ints = |op: &Operand| match op {
        Operand::Array(x) => x.dtype.is_integer() || x.dtype == DType::Bool,
        Operand::PyInt(_) | Operand::PyBool(_) => true,
        _ => false,
    };
    if !(ints(a) && ints(b)) {
        return false;
    }
    common == DType::Float64 || check_weak_ints(&[a.clone(), b.clone()], common).is_err()
}

/// Exact comparison of integer operands through `i128`.
fn exact_compare(op: BinaryOp, a: &Operand, b: &Operand, shape: &[usize]) -> ArrayResult<NdArray> {
    let values = |x: &Operand| -> ArrayResult<Vec<i128>> {
        Ok(match x {
            Operand::Array(arr) => arr
                .broadcast_to(shape)?
                .to_vec_scalars()
                .into_iter()
                .map(|s| s.to_i128().unwrap_or(0))
                .collect(),
            Operand::PyInt(v) => vec![*v; shape.iter().product()],
            Operand::PyBool(v) => vec![*v as i128; shape.iter().product()],
            _ => vec![0; shape.iter().product()],
        })
    };
    let (x, y) = (values(a)?, values(b)?);
    NdArray::from_vec(loops::compare_partial(op, &x, &y), shape)
}

/// Applies a binary ufunc (`np.add(a, b)`, `a + b`, ...).
pub fn binary_op(op: BinaryOp, a: &Operand, b: &Operand) -> ArrayResult<UfuncResult> {
    binary_op_with(op, a, b, false)
}

/// A Python operator between NumPy scalars (`np.float64(x) ** 0.5`): NumPy's scalar math,
/// which computes like the ufunc except that float `power` always calls `pow` and integer
/// `+ - *` report overflow (the wrapped result is kept).
pub fn scalar_binary_op(op: BinaryOp, a: &Operand, b: &Operand) -> ArrayResult<UfuncResult> {
    let mut res = binary_op_with(op, a, b, true)?;
    let wraps = matches!(op, BinaryOp::Add | BinaryOp::Subtract | BinaryOp::Multiply);
    if wraps && res.array.dtype.is_integer() {
        if let (Some(x), Some(y), Ok(got)) = (
            operand_integer(a),
            operand_integer(b),
            res.array.item().map(|s| s.to_i128()),
        ) {
            let exact = match op {
                BinaryOp::Add => x.checked_add(y),
                BinaryOp::Subtract => x.checked_sub(y),
                _ => x.checked_mul(y),
            };
            if exact != got {
                res.errors.overflow = true;
            }
        }
    }
    Ok(res)
}

/// A unary operator on a NumPy scalar (`-np.int8(x)`, `abs(...)`): the ufunc's result, with
/// NumPy's scalar-math overflow report for integers whose negation does not fit.
pub fn scalar_unary_op(op: UnaryOp, a: &Operand) -> ArrayResult<UfuncResult> {
    let mut res = unary_op(op, a)?;
    if matches!(op, UnaryOp::Negative | UnaryOp::Absolute) {
        if let (Some(x), Ok(got)) = (operand_integer(a), res.array.item().map(|s| s.to_i128())) {
            let exact = if op == UnaryOp::Negative { -x } else { x.abs() };
            if res.array.dtype.is_integer() && Some(exact) != got {
                res.errors.overflow = true;
            }
        }
    }
    Ok(res)
}

/// The integer value of a one-element integer (or bool) operand.
fn operand_integer(op: &Operand) -> Option<i128> {
    match op {
        Operand::Array(a) if a.size() == 1 && (a.dtype.is_integer() || a.dtype == DType::Bool) => {
            a.item().ok()?.to_i128()
        }
        Operand::PyInt(v) => Some(*v),
        Operand::PyBool(v) => Some(*v as i128),
        _ => None,
    }
}

fn binary_op_with(
    op: BinaryOp,
    a: &Operand,
    b: &Operand,
    scalar_math: bool,
) -> ArrayResult<UfuncResult> {
    let operands = [a.clone(), b.clone()];
    let common = result_type(&operands);
    let shape = broadcast_shapes(&[a.shape(), b.shape()])?;
    let mut errors = FpErrors::default();
    if op.is_comparison() && needs_exact_compare(a, b, common) {
        return Ok(UfuncResult {
            array: exact_compare(op, a, b, &shape)?,
            errors,
        });
    }
    if op == BinaryOp::Subtract && common == DType::Bool {
        return Err(ArrayError::type_error(
            "numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.",
        ));
    }
    let inputs = input_dtypes(&operands, common);
    let loop_dtype = if op == BinaryOp::Divide && !(common.is_float() || common.is_complex()) {
        DType::Float64
    } else if matches!(
        op,
        BinaryOp::LogicalAnd | BinaryOp::LogicalOr | BinaryOp::LogicalXor
    ) {
        resolve_loop(op.name(), op.loops(), &inputs)?;
        DType::Bool
    } else {
        resolve_loop(op.name(), op.loops(), &inputs)?
    };
    if loop_dtype.is_integer() {
        check_weak_ints(&operands, loop_dtype)?;
    }
    let x = operand_array(a, loop_dtype);
    let y = operand_array(b, loop_dtype);
    let array = loops::binary(op, loop_dtype, &x, &y, &shape, scalar_math, &mut errors)?;
    Ok(UfuncResult { array, errors })
}

/// Applies a unary ufunc (`np.sqrt(a)`, `-a`, ...).
pub fn unary_op(op: UnaryOp, a: &Operand) -> ArrayResult<UfuncResult> {
    let common = result_type(std::slice::from_ref(a));
    if common == DType::Bool {
        match op {
            UnaryOp::Negative => {
                return Err(ArrayError::type_error(
                    "The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.",
                ))
            }
            UnaryOp::Positive | UnaryOp::Sign => {
                return Err(ArrayError::type_error(format!(
                    "ufunc '{}' did not contain a loop with signature matching types <class 'numpy.dtypes.BoolDType'> -> None",
                    op.name()
                )))
            }
            _ => {}
        }
    }
    let loop_dtype = resolve_loop(
        op.name(),
        op.loops(),
        &input_dtypes(std::slice::from_ref(a), common),
    )?;
    if loop_dtype.is_integer() {
        check_weak_ints(std::slice::from_ref(a), loop_dtype)?;
    }
    let x = operand_array(a, loop_dtype);
    let mut errors = FpErrors::default();
    let array = loops::unary(op, loop_dtype, &x, &mut errors)?;
    Ok(UfuncResult { array, errors })
}

/// Convenience: a binary ufunc over two arrays.
pub fn binary_arrays(op: BinaryOp, a: &NdArray, b: &NdArray) -> ArrayResult<UfuncResult> {
    binary_op(op, &Operand::Array(a.clone()), &Operand::Array(b.clone()))
}

/// Convenience: a unary ufunc over an array.
pub fn unary_array(op: UnaryOp, a: &NdArray) -> ArrayResult<UfuncResult> {
    unary_op(op, &Operand::Array(a.clone()))
}

#[cfg(test)]
mod tests;
