//! Integer loops: wrapping arithmetic, Python-style floor division and remainder (0 on
//! division by zero, with the divide flag), integer power, shifts with NumPy's rules for
//! out-of-range shift counts, and the integer forms of the unary ufuncs.

use super::{compare_partial, no_loop, zip_map, Kernels};
use crate::error::{ArrayError, ArrayResult};
use crate::ufunc_ops::{BinaryOp, FpErrors, UnaryOp};

macro_rules! int_kernels {
    ($t:ty, $signed:expr) => {
        impl Kernels for $t {
            fn binary(
                op: BinaryOp,
                a: &[Self],
                b: &[Self],
                errors: &mut FpErrors,
            ) -> ArrayResult<Vec<Self>> {
                const BITS: u32 = <$t>::BITS;
                #[allow(unused_comparisons)]
                let negative = |v: $t| v < 0;
                Ok(match op {
                    BinaryOp::Add => zip_map(a, b, |x, y| x.wrapping_add(y)),
                    BinaryOp::Subtract => zip_map(a, b, |x, y| x.wrapping_sub(y)),
                    BinaryOp::Multiply => zip_map(a, b, |x, y| x.wrapping_mul(y)),
                    BinaryOp::FloorDivide => {
                        let mut out = Vec::with_capacity(a.len());
                        for (&x, &y) in a.iter().zip(b) {
                            out.push(if y == 0 {
                                errors.divide = true;
                                0
                            } else if $signed && x == <$t>::MIN && y.wrapping_add(1) == 0 {
                                errors.overflow = true;
                                <$t>::MIN
                            } else {
                                let q = x / y;
                                if x % y != 0 && (negative(x) != negative(y)) {
                                    q - 1
                                } else {
                                    q
                                }
                            });
                        }
                        out
                    }
                    BinaryOp::Remainder => {
                        let mut out = Vec::with_capacity(a.len());
                        for (&x, &y) in a.iter().zip(b) {
                            out.push(if y == 0 {
                                errors.divide = true;
                                0
                            } else {
                                let r = x.wrapping_rem(y);
                                if r != 0 && (negative(r) != negative(y)) {
                                    r.wrapping_add(y)
                                } else {
                                    r
                                }
                            });
                        }
                        out
                    }
                    BinaryOp::Power => {
                        if b.iter().any(|&y| negative(y)) {
                            return Err(ArrayError::value(
                                "Integers to negative integer powers are not allowed.",
                            ));
                        }
                        zip_map(a, b, |x, y| {
                            let (mut base, mut exp, mut acc): ($t, u64, $t) = (x, y as u64, 1);
                            while exp > 0 {
                                if exp & 1 == 1 {
                                    acc = acc.wrapping_mul(base);
                                }
                                base = base.wrapping_mul(base);
                                exp >>= 1;
                            }
                            acc
                        })
                    }
                    BinaryOp::Maximum | BinaryOp::Fmax => zip_map(a, b, |x, y| x.max(y)),
                    BinaryOp::Minimum | BinaryOp::Fmin => zip_map(a, b, |x, y| x.min(y)),
                    BinaryOp::BitwiseAnd => zip_map(a, b, |x, y| x & y),
                    BinaryOp::BitwiseOr => zip_map(a, b, |x, y| x | y),
                    BinaryOp::BitwiseXor => zip_map(a, b, |x, y| x ^ y),
                    BinaryOp::LeftShift => zip_map(a, b, |x, y| {
                        if negative(y) || (y as u64) >= BITS as u64 {
                            0
                        } else {
                            x.wrapping_shl(y as u32)
                        }
                    }),
                    BinaryOp::RightShift => zip_map(a, b, |x, y| {
                        if negative(y) || (y as u64) >= BITS as u64 {
                            if negative(x) {
                                x.wrapping_shr(BITS - 1)
                            } else {
                                0
                            }
                        } else {
                            x.wrapping_shr(y as u32)
                        }
                    }),
                    _ => return Err(no_loop(op.name())),
                })
            }

            fn compare(op: BinaryOp, a: &[Self], b: &[Self], _errors: &mut FpErrors) -> Vec<bool> {
                compare_partial(op, a, b)
            }

            fn unary(op: UnaryOp, a: &[Self], errors: &mut FpErrors) -> ArrayResult<Vec<Self>> {
                #[allow(unused_comparisons)]
                let negative = |v: $t| v < 0;
                Ok(match op {
                    UnaryOp::Negative => a.iter().map(|&x| (0 as $t).wrapping_sub(x)).collect(),
                    UnaryOp::Positive
                    | UnaryOp::Floor
                    | UnaryOp::Ceil
                    | UnaryOp::Trunc
                    | UnaryOp::Conjugate => a.to_vec(),
                    UnaryOp::Absolute => a
                        .iter()
                        .map(|&x| {
                            if negative(x) {
                                (0 as $t).wrapping_sub(x)
                            } else {
                                x
                            }
                        })
                        .collect(),
                    UnaryOp::Square => a.iter().map(|&x| x.wrapping_mul(x)).collect(),
                    UnaryOp::Sign => a
                        .iter()
                        .map(|&x| {
                            if negative(x) {
                                (0 as $t).wrapping_sub(1)
                            } else {
                                (x > 0) as $t
                            }
                        })
                        .collect(),
                    UnaryOp::Invert => a.iter().map(|&x| !x).collect(),
                    UnaryOp::Reciprocal => a
                        .iter()
                        .map(|&x| {
                            if x == 0 {
                                errors.divide = true;
                                errors.invalid = true;
                            }
                            crate::element::Element::cast::<$t>(1.0 / (x as f64))
                        })
                        .collect(),
                    _ => return Err(no_loop(op.name())),
                })
            }

            fn predicate(op: UnaryOp, _a: Self) -> bool {
                op == UnaryOp::Isfinite
            }
        }
    };
}

int_kernels!(i8, true);
int_kernels!(i16, true);
int_kernels!(i32, true);
int_kernels!(i64, true);
int_kernels!(u8, false);
int_kernels!(u16, false);
int_kernels!(u32, false);
int_kernels!(u64, false);
