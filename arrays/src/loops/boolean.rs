//! Bool loops: `add` is `or`, `multiply` is `and`, min/max, bitwise ops, comparisons.

use super::{compare_partial, no_loop, zip_map, Kernels};
use crate::error::ArrayResult;
use crate::ufunc_ops::{BinaryOp, FpErrors, UnaryOp};

impl Kernels for bool {
    fn binary(
        op: BinaryOp,
        a: &[Self],
        b: &[Self],
        _errors: &mut FpErrors,
    ) -> ArrayResult<Vec<Self>> {
        Ok(match op {
            BinaryOp::Add | BinaryOp::Maximum | BinaryOp::Fmax | BinaryOp::BitwiseOr => {
                zip_map(a, b, |x, y| x | y)
            }
            BinaryOp::Multiply | BinaryOp::Minimum | BinaryOp::Fmin | BinaryOp::BitwiseAnd => {
                zip_map(a, b, |x, y| x & y)
            }
            BinaryOp::BitwiseXor => zip_map(a, b, |x, y| x ^ y),
            _ => return Err(no_loop(op.name())),
        })
    }

    fn compare(op: BinaryOp, a: &[Self], b: &[Self], _errors: &mut FpErrors) -> Vec<bool> {
        compare_partial(op, a, b)
    }

    fn unary(op: UnaryOp, a: &[Self], _errors: &mut FpErrors) -> ArrayResult<Vec<Self>> {
        Ok(match op {
            UnaryOp::Absolute | UnaryOp::Floor | UnaryOp::Ceil | UnaryOp::Trunc => a.to_vec(),
            UnaryOp::Invert => a.iter().map(|&x| !x).collect(),
            _ => return Err(no_loop(op.name())),
        })
    }

    fn predicate(op: UnaryOp, _a: Self) -> bool {
        op == UnaryOp::Isfinite
    }
}
