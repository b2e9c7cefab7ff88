//! NumPy 2 type promotion: `promote_types` between dtypes, `can_cast_safe`, and `result_type`
//! over [`Operand`]s, where Python scalars are *weak* (NEP 50): they take the array's dtype
//! within their kind, e.g. int8 array + 1 -> int8, float32 array + 1.0 -> float32.

use crate::array::NdArray;
use crate::dtype::{DType, Kind, Scalar};
use crate::error::{ArrayError, ArrayResult};
use num_complex::Complex64;

/// One operand of a ufunc or `result_type`: an array (NumPy scalars are 0-d arrays) or a weak
/// Python scalar.
#[derive(Clone, Debug)]
pub enum Operand {
    /// An array or NumPy scalar with a fixed dtype.
    Array(NdArray),
    /// A Python `bool`.
    PyBool(bool),
    /// A Python `int` (values beyond `i128` are the face's business).
    PyInt(i128),
    /// A Python `float`.
    PyFloat(f64),
    /// A Python `complex`.
    PyComplex(Complex64),
}

impl Operand {
    /// The operand's dtype if it is strong (an array), `None` for weak Python scalars.
    pub fn strong_dtype(&self) -> Option<DType> {
        match self {
            Operand::Array(a) => Some(a.dtype),
            _ => None,
        }
    }

    /// Shape of the operand (`()` for Python scalars).
    pub fn shape(&self) -> &[usize] {
        match self {
            Operand::Array(a) => &a.shape,
            _ => &[],
        }
    }

    /// The weak scalar's value as a Scalar of its default dtype (bool, int64, float64, complex128).
    /// Integers beyond int64 become uint64 or float64.
    pub fn weak_value(&self) -> Option<Scalar> {
        Some(match *self {
            Operand::Array(_) => return None,
            Operand::PyBool(v) => Scalar::Bool(v),
            Operand::PyInt(v) => {
                if let Ok(small) = i64::try_from(v) {
                    Scalar::I64(small)
                } else if let Ok(big) = u64::try_from(v) {
                    Scalar::U64(big)
                } else {
                    Scalar::F64(v as f64)
                }
            }
            Operand::PyFloat(v) => Scalar::F64(v),
            Operand::PyComplex(v) => Scalar::C128(v),
        })
    }
}

/// Rank of a kind for weak promotion: bool < int < float < complex.
fn kind_rank(kind: Kind) -> u8 {
    match kind {
        Kind::Bool => 0,
        Kind::SignedInt | Kind::UnsignedInt => 1,
        Kind::Float => 2,
        Kind::Complex => 3,
    }
}

fn signed_of_size(size: usize) -> DType {
    match size {
        1 => DType::Int8,
        2 => DType::Int16,
        4 => DType::Int32,
        _ => DType::Int64,
    }
}

/// NumPy's `np.promote_types(a, b)`.
pub fn promote_types(a: DType, b: DType) -> DType {
    use Kind::*;
    if a == b {
        return a;
    }
    let (ka, kb) = (a.kind(), b.kind());
    if ka == Bool {
        return b;
    }
    if kb == Bool {
        return a;
    }
    // Order so that `a` has the lower kind rank (signed before unsigned within ints).
    let (a, b) = if kind_rank(ka) > kind_rank(kb) || (ka == UnsignedInt && kb == SignedInt) {
        (b, a)
    } else {
        (a, b)
    };
    let (ka, kb) = (a.kind(), b.kind());
    match (ka, kb) {
        (SignedInt, SignedInt)
        | (UnsignedInt, UnsignedInt)
        | (Float, Float)
        | (Complex, Complex) => {
            if a.itemsize() >= b.itemsize() {
                a
            } else {
                b
            }
        }
        (SignedInt, UnsignedInt) => {
            if b.itemsize() < a.itemsize() {
                a
            } else if b.itemsize() < 8 {
                signed_of_size(b.itemsize() * 2)
            } else {
                DType::Float64
            }
        }
        (SignedInt | UnsignedInt, Float) => {
            if b == DType::Float32 && a.itemsize() <= 2 {
                DType::Float32
            } else {
                DType::Float64
            }
        }
        (SignedInt | UnsignedInt, Complex) => {
            if b == DType::Complex64 && a.itemsize() <= 2 {
                DType::Complex64
            } else {
                DType::Complex128
            }
        }
        (Float, Complex) => {
            if b == DType::Complex64 && a == DType::Float32 {
                DType::Complex64
            } else {
                DType::Complex128
            }
        }
        _ => DType::Float64,
    }
}

/// NumPy's `np.can_cast(from, to, casting="safe")`.
pub fn can_cast_safe(from: DType, to: DType) -> bool {
    promote_types(from, to) == to
}

/// NumPy 2's `np.result_type` over operands, with weak Python scalars (NEP 50).
/// Does not check that weak integers fit; see [`check_weak_ints`].
pub fn result_type(operands: &[Operand]) -> DType {
    let strong = operands
        .iter()
        .filter_map(Operand::strong_dtype)
        .reduce(promote_types);
    let weak_rank = operands
        .iter()
        .filter_map(|op| match op {
            Operand::Array(_) => None,
            Operand::PyBool(_) => Some(0),
            Operand::PyInt(_) => Some(1),
            Operand::PyFloat(_) => Some(2),
            Operand::PyComplex(_) => Some(3),
        })
        .max();
    match (strong, weak_rank) {
        (Some(s), None) => s,
        (None, rank) => match rank.unwrap_or(0) {
            0 => DType::Bool,
            1 => {
                // Two Python ints: NumPy picks int64, uint64 for values above int64.
                let beyond = operands.iter().any(
                    |op| matches!(op, Operand::PyInt(v) if i64::try_from(*v).is_err() && *v > 0),
                );
                if beyond {
                    DType::UInt64
                } else {
                    DType::Int64
                }
            }
            2 => DType::Float64,
            _ => DType::Complex128,
        },
        (Some(s), Some(rank)) => weak_promote(s, rank),
    }
}

/// The dtype a strong dtype takes when combined with a weak scalar of the given kind rank.
fn weak_promote(strong: DType, weak_rank: u8) -> DType {
    let strong_rank = kind_rank(strong.kind());
    if weak_rank <= strong_rank {
        return strong;
    }
    match weak_rank {
        1 => DType::Int64,
        2 => DType::Float64,
        _ => {
            if strong == DType::Float32 {
                DType::Complex64
            } else {
                DType::Complex128
            }
        }
    }
}

/// NEP 50's check that every weak Python int fits the integer dtype it is converted to:
/// `OverflowError: Python integer 300 out of bounds for uint8`.
pub fn check_weak_ints(operands: &[Operand], dtype: DType) -> ArrayResult<()> {
    let Some((low, high)) = dtype.int_bounds() else {
        return Ok(());
    };
    if dtype == DType::Bool {
        return Ok(());
    }
    for op in operands {
        if let Operand::PyInt(v) = *op {
            if v < low || v > high {
                return Err(ArrayError::overflow(format!(
                    "Python integer {v} out of bounds for {}",
                    dtype.name()
                )));
            }
        }
    }
    Ok(())
}

/// NumPy's default dtype for a Python scalar given alone (`np.asarray(x).dtype`).
pub fn default_dtype_of(op: &Operand) -> ArrayResult<DType> {
    match *op {
        Operand::Array(ref a) => Ok(a.dtype),
        Operand::PyBool(_) => Ok(DType::Bool),
        Operand::PyInt(v) => {
            if i64::try_from(v).is_ok() {
                Ok(DType::Int64)
            } else if u64::try_from(v).is_ok() {
                Ok(DType::UInt64)
            } else {
                Err(ArrayError::overflow(
                    "Python int too large to convert to C long",
                ))
            }
        }
        Operand::PyFloat(_) => Ok(DType::Float64),
        Operand::PyComplex(_) => Ok(DType::Complex128),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dtype::ALL_DTYPES;

    // python3 -c 'import numpy as np; T=[np.bool_,np.int8,np.int16,np.int32,np.int64,np.uint8,
    //   np.uint16,np.uint32,np.uint64,np.float32,np.float64,np.complex64,np.complex128];
    //   print(["".join(np.promote_types(a,b).char for b in T) for a in T])'
    const NUMPY_TABLE: [&str; 13] = [
        "?bhilBHILfdFD",
        "bbhilhildfdFD",
        "hhhilhildfdFD",
        "iiiiliildddDD",
        "lllllllldddDD",
        "BhhilBHILfdFD",
        "HiiilHHILfdFD",
        "IllllIIILddDD",
        "LddddLLLLddDD",
        "fffddffddfdFD",
        "dddddddddddDD",
        "FFFDDFFDDFDFD",
        "DDDDDDDDDDDDD",
    ];

    #[test]
    fn promotion_table_matches_numpy() {
        for (i, a) in ALL_DTYPES.iter().enumerate() {
            let row: String = ALL_DTYPES
                .iter()
                .map(|b| promote_types(*a, *b).char_code())
                .collect();
            assert_eq!(row, NUMPY_TABLE[i], "row {}", a.name());
        }
    }

    #[test]
    fn weak_scalars() {
        let int8 = Operand::Array(NdArray::zeroed(DType::Int8, &[2]).unwrap());
        let f32a = Operand::Array(NdArray::zeroed(DType::Float32, &[2]).unwrap());
        let b = Operand::Array(NdArray::zeroed(DType::Bool, &[2]).unwrap());
        assert_eq!(result_type(&[int8.clone(), Operand::PyInt(1)]), DType::Int8);
        assert_eq!(
            result_type(&[int8.clone(), Operand::PyFloat(1.5)]),
            DType::Float64
        );
        assert_eq!(
            result_type(&[f32a.clone(), Operand::PyFloat(1.0)]),
            DType::Float32
        );
        assert_eq!(
            result_type(&[f32a, Operand::PyComplex(Complex64::new(0.0, 1.0))]),
            DType::Complex64
        );
        assert_eq!(result_type(&[b.clone(), Operand::PyInt(1)]), DType::Int64);
        assert_eq!(result_type(&[b, Operand::PyBool(true)]), DType::Bool);
        assert_eq!(
            result_type(&[Operand::PyInt(1), Operand::PyFloat(1.0)]),
            DType::Float64
        );
        // python3 -c 'import numpy as np; np.array([1], np.uint8) + 300'
        let err = check_weak_ints(&[Operand::PyInt(300)], DType::UInt8).unwrap_err();
        assert_eq!(err.message, "Python integer 300 out of bounds for uint8");
        assert_eq!(err.kind, crate::error::ErrorKind::OverflowError);
    }
}
