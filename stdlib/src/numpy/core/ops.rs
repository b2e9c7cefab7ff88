//! Python operators on arrays and NumPy scalars: binary (`+ - * / // % ** << >> & | ^ @`),
//! reflected and in-place forms, rich comparisons (element-wise, bool results), unary
//! `- + ~ abs()`. Python scalars are weak operands (NEP 50); 0-d results become scalars.

use super::array_obj::as_array;
use super::convert::to_operand;
use super::scalar_obj::PyScalar;
use super::{array_err, array_or_scalar, ufunc_type_error, warn_fp};
use crate::native::downcast_native;
use mnpy_arrays::error::shape_str_compact;
use mnpy_arrays::shape::broadcast_shapes;
use mnpy_arrays::{
    binary_op, scalar_binary_op, scalar_unary_op, unary_op, BinaryOp, DType, NdArray, Operand,
    Scalar, UnaryOp,
};
use mnpy_runtime::interp_api::{BinOp, CmpOp, Interp};
use mnpy_runtime::object::HeapObj;
use mnpy_runtime::{PyErr, PyResult, Value};

/// The ufunc behind a Python binary operator (`@` has none).
pub fn ufunc_of(op: BinOp) -> Option<BinaryOp> {
    Some(match op {
        BinOp::Add => BinaryOp::Add,
        BinOp::Sub => BinaryOp::Subtract,
        BinOp::Mul => BinaryOp::Multiply,
        BinOp::TrueDiv => BinaryOp::Divide,
        BinOp::FloorDiv => BinaryOp::FloorDivide,
        BinOp::Mod => BinaryOp::Remainder,
        BinOp::Pow => BinaryOp::Power,
        BinOp::LShift => BinaryOp::LeftShift,
        BinOp::RShift => BinaryOp::RightShift,
        BinOp::And => BinaryOp::BitwiseAnd,
        BinOp::Or => BinaryOp::BitwiseOr,
        BinOp::Xor => BinaryOp::BitwiseXor,
        BinOp::MatMul => return None,
    })
}

/// The ufunc behind a comparison operator.
pub fn compare_ufunc(op: CmpOp) -> BinaryOp {
    match op {
        CmpOp::Lt => BinaryOp::Less,
        CmpOp::Le => BinaryOp::LessEqual,
        CmpOp::Eq => BinaryOp::Equal,
        CmpOp::Ne => BinaryOp::NotEqual,
        CmpOp::Gt => BinaryOp::Greater,
        CmpOp::Ge => BinaryOp::GreaterEqual,
    }
}

/// True for values an operator accepts as its other operand: numbers, arrays, NumPy scalars,
/// lists and tuples.
pub fn is_operand(v: &Value) -> bool {
    match v {
        Value::Bool(_) | Value::Int(_) | Value::Float(_) => true,
        Value::Obj(o) => match &**o {
            HeapObj::Complex(_) | HeapObj::BigInt(_) | HeapObj::List(_) | HeapObj::Tuple(_) => true,
            HeapObj::Native(..) => {
                as_array(v).is_some() || downcast_native::<PyScalar>(v).is_some()
            }
            _ => false,
        },
        _ => false,
    }
}

/// Applies the ufunc `op` to two Python values, reporting floating-point warnings.
pub fn apply_binary(
    vm: &mut dyn Interp,
    op: BinaryOp,
    left: &Value,
    right: &Value,
) -> PyResult<Value> {
    let l = to_operand(vm, left)?;
    let r = to_operand(vm, right)?;
    let res = binary_op(op, &l, &r).map_err(array_err)?;
    warn_fp(vm, res.errors, op.name())?;
    Ok(array_or_scalar(res.array))
}

/// `this op other` (or `other op this` when `reflected`); `Ok(None)` for NotImplemented.
pub fn binary(
    vm: &mut dyn Interp,
    op: BinOp,
    this: &Value,
    other: &Value,
    reflected: bool,
) -> PyResult<Option<Value>> {
    if !is_operand(other) {
        return Ok(None);
    }
    let (left, right) = if reflected {
        (other, this)
    } else {
        (this, other)
    };
    if op == BinOp::Pow && !reflected {
        if let Some(arr) = as_array(this) {
            if let Some(u) = fast_power_op(&arr.array, other) {
                return apply_unary(vm, u, this).map(Some);
            }
        }
    }
    if is_scalar(left) && is_scalar(right) {
        if let Some(v) = float64_scalar_fast(op, left, right) {
            return Ok(Some(v));
        }
        // NumPy scalar math (both operands scalars)
        if let Some(u) = ufunc_of(op) {
            let l = to_operand(vm, left)?;
            let r = to_operand(vm, right)?;
            let res = scalar_binary_op(u, &l, &r).map_err(array_err)?;
            warn_fp(vm, res.errors, &format!("scalar {}", u.name()))?;
            return Ok(Some(array_or_scalar(res.array)));
        }
    }
    match ufunc_of(op) {
        Some(u) => apply_binary(vm, u, left, right).map(Some),
        None => matmul(vm, left, right).map(Some),
    }
}

/// `a op b` for `+ - * /` when one operand is an `np.float64` and the other an `np.float64`, a
/// Python float or a Python int that converts exactly: the result is float64 (NEP 50), the plain
/// IEEE operation NumPy's scalar math does. It is computed directly, without building 0-d
/// arrays, when it cannot have raised a floating-point error (a normal, finite result); any
/// other case (inf, nan, zero, subnormal: possible overflow, invalid, divide or underflow,
/// which `np.errstate` may turn into warnings or errors) gives `None` and the general path.
fn float64_scalar_fast(op: BinOp, left: &Value, right: &Value) -> Option<Value> {
    fn operand(v: &Value) -> Option<(f64, bool)> {
        match v {
            Value::Float(x) => Some((*x, false)),
            Value::Int(i) if i.unsigned_abs() <= 1 << 53 => Some((*i as f64, false)),
            _ => match downcast_native::<PyScalar>(v) {
                Some(PyScalar(Scalar::F64(x))) => Some((*x, true)),
                _ => None,
            },
        }
    }
    let (a, a_numpy) = operand(left)?;
    let (b, b_numpy) = operand(right)?;
    if !(a_numpy || b_numpy) {
        return None;
    }
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::TrueDiv => a / b,
        _ => return None,
    };
    if !r.is_normal() {
        return None;
    }
    Some(super::scalar_value(Scalar::F64(r)))
}

/// True for Python numbers and NumPy scalars (operands of NumPy's scalar math).
fn is_scalar(v: &Value) -> bool {
    match v {
        Value::Obj(o) => match &**o {
            HeapObj::Complex(_) | HeapObj::BigInt(_) => true,
            HeapObj::Native(..) => downcast_native::<PyScalar>(v).is_some(),
            _ => false,
        },
        _ => true,
    }
}

/// NumPy's shortcut for `array ** exponent` with an exact Python int or float exponent:
/// `** 2` is `np.square` (any dtype), `** -1` is `np.reciprocal` and `** 0.5` is `np.sqrt`
/// (float and complex arrays); other exponents go through `np.power`.
fn fast_power_op(a: &NdArray, exponent: &Value) -> Option<UnaryOp> {
    let inexact = a.dtype.is_float() || a.dtype.is_complex();
    match exponent {
        Value::Int(2) => Some(UnaryOp::Square),
        Value::Int(-1) if inexact => Some(UnaryOp::Reciprocal),
        Value::Float(f) if *f == 0.5 && inexact => Some(UnaryOp::Sqrt),
        _ => None,
    }
}

/// `left @ right`.
pub fn matmul(vm: &mut dyn Interp, left: &Value, right: &Value) -> PyResult<Value> {
    use crate::numpy::stats::{call_stat, StatFn};
    call_stat(
        vm,
        StatFn::Matmul,
        vec![left.clone(), right.clone()],
        vec![],
    )
}

/// Rich comparison `this op other`, element-wise.
pub fn compare(
    vm: &mut dyn Interp,
    op: CmpOp,
    this: &Value,
    other: &Value,
) -> PyResult<Option<Value>> {
    if !is_operand(other) {
        return Ok(None);
    }
    apply_binary(vm, compare_ufunc(op), this, other).map(Some)
}

/// Unary `-` (0), `+` (1), `~` (3) of an array or scalar.
pub fn unary(vm: &mut dyn Interp, op: u8, this: &Value) -> PyResult<Option<Value>> {
    let u = match op {
        0 => UnaryOp::Negative,
        1 => UnaryOp::Positive,
        3 => UnaryOp::Invert,
        _ => return Ok(None),
    };
    if is_scalar(this) {
        return apply_scalar_unary(vm, u, this).map(Some);
    }
    apply_unary(vm, u, this).map(Some)
}

/// A unary operator on a NumPy scalar (NumPy's scalar math: warnings name `scalar <op>`).
pub fn apply_scalar_unary(vm: &mut dyn Interp, op: UnaryOp, v: &Value) -> PyResult<Value> {
    let x = to_operand(vm, v)?;
    let res = scalar_unary_op(op, &x).map_err(array_err)?;
    warn_fp(vm, res.errors, &format!("scalar {}", op.name()))?;
    Ok(array_or_scalar(res.array))
}

/// `divmod(a, b)` of NumPy scalars: floor quotient and remainder, with the warnings of both
/// reported as NumPy's `scalar divmod`.
pub fn scalar_divmod(vm: &mut dyn Interp, left: &Value, right: &Value) -> PyResult<Value> {
    let l = to_operand(vm, left)?;
    let r = to_operand(vm, right)?;
    let q = scalar_binary_op(BinaryOp::FloorDivide, &l, &r).map_err(array_err)?;
    let rem = scalar_binary_op(BinaryOp::Remainder, &l, &r).map_err(array_err)?;
    let mut errors = q.errors;
    errors.divide |= rem.errors.divide;
    errors.overflow |= rem.errors.overflow;
    errors.underflow |= rem.errors.underflow;
    errors.invalid |= rem.errors.invalid;
    warn_fp(vm, errors, "scalar divmod")?;
    Ok(Value::tuple(vec![
        array_or_scalar(q.array),
        array_or_scalar(rem.array),
    ]))
}

/// Applies a unary ufunc to a Python value, reporting floating-point warnings.
pub fn apply_unary(vm: &mut dyn Interp, op: UnaryOp, v: &Value) -> PyResult<Value> {
    let x = to_operand(vm, v)?;
    let res = unary_op(op, &x).map_err(array_err)?;
    warn_fp(vm, res.errors, op.name())?;
    Ok(array_or_scalar(res.array))
}

fn kind_rank(d: DType) -> u8 {
    match d.kind_char() {
        'b' => 0,
        'i' | 'u' => 1,
        'f' => 2,
        _ => 3,
    }
}

/// NumPy's `same_kind` casting rule.
pub fn can_cast_same_kind(from: DType, to: DType) -> bool {
    kind_rank(from) <= kind_rank(to)
}

/// `target op= other` in place (the ufunc writes into `target`); returns `this`.
pub fn inplace(
    vm: &mut dyn Interp,
    op: BinOp,
    this: &Value,
    target: &NdArray,
    other: &Value,
) -> PyResult<Option<Value>> {
    if !is_operand(other) {
        return Ok(None);
    }
    let (result, name) = match ufunc_of(op) {
        Some(u) => {
            let l = Operand::Array(target.clone());
            let r = to_operand(vm, other)?;
            let out_shape = target.shape.clone();
            match broadcast_shapes(&[&target.shape, r.shape()]) {
                Ok(s) if s == out_shape => {}
                Ok(s) => {
                    return Err(PyErr::value_error(format!(
                        "non-broadcastable output operand with shape {} doesn't match the broadcast shape {}",
                        shape_str_compact(&out_shape),
                        shape_str_compact(&s)
                    )))
                }
                Err(_) => {
                    return Err(PyErr::value_error(format!(
                        "operands could not be broadcast together with shapes {} {} {} ",
                        shape_str_compact(&target.shape),
                        shape_str_compact(r.shape()),
                        shape_str_compact(&out_shape)
                    )))
                }
            }
            match fast_power_op(target, other) {
                Some(fast) if op == BinOp::Pow => {
                    let res = unary_op(fast, &l).map_err(array_err)?;
                    warn_fp(vm, res.errors, fast.name())?;
                    (res.array, fast.name())
                }
                _ => {
                    let res = binary_op(u, &l, &r).map_err(array_err)?;
                    warn_fp(vm, res.errors, u.name())?;
                    (res.array, u.name())
                }
            }
        }
        None => {
            let product = matmul(vm, this, other)?;
            let r = super::to_ndarray(vm, &product)?;
            if r.shape != target.shape {
                return Err(PyErr::value_error(format!(
                    "matmul: Output operand 0 has a mismatch in its core dimension 1, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size {} is different from {})",
                    r.shape.last().copied().unwrap_or(0),
                    target.shape.last().copied().unwrap_or(0)
                )));
            }
            (r, "matmul")
        }
    };
    if !can_cast_same_kind(result.dtype, target.dtype) {
        return Err(ufunc_type_error(format!(
            "Cannot cast ufunc '{}' output from dtype('{}') to dtype('{}') with casting rule 'same_kind'",
            name,
            result.dtype.name(),
            target.dtype.name()
        )));
    }
    target.assign_array(&result);
    Ok(Some(this.clone()))
}
