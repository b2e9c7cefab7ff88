//! Array constructors: `zeros`, `ones`, `full`, `empty`, `arange`, `linspace`, `eye`,
//! `identity`, `diag`, with NumPy's exact element formulas and messages.

use crate::array::NdArray;
use crate::dtype::{DType, Scalar};
use crate::element::{scalar_as, Element};
use crate::error::{ArrayError, ArrayResult};
use crate::promote::promote_types;
use crate::with_dtype;
use num_complex::{Complex32, Complex64};

/// Converts requested (possibly negative) dimensions into a shape.
pub fn shape_from(dims: &[isize]) -> ArrayResult<Vec<usize>> {
    dims.iter()
        .map(|&d| {
            usize::try_from(d).map_err(|_| ArrayError::value("negative dimensions are not allowed"))
        })
        .collect()
}

/// `np.zeros(shape, dtype)`.
pub fn zeros(shape: &[usize], dtype: DType) -> ArrayResult<NdArray> {
    NdArray::zeroed(dtype, shape)
}

/// `np.empty(shape, dtype)` (zero-filled here).
pub fn empty(shape: &[usize], dtype: DType) -> ArrayResult<NdArray> {
    NdArray::zeroed(dtype, shape)
}

/// `np.ones(shape, dtype)`.
pub fn ones(shape: &[usize], dtype: DType) -> ArrayResult<NdArray> {
    full(shape, Scalar::Bool(true), dtype)
}

/// `np.full(shape, value, dtype)`: `value` cast to `dtype`.
pub fn full(shape: &[usize], value: Scalar, dtype: DType) -> ArrayResult<NdArray> {
    let out = NdArray::zeroed(dtype, shape)?;
    out.fill(value);
    Ok(out)
}

/// The number of elements `np.arange` produces: `ceil((stop - start) / step)`, at least 0.
fn arange_length(start: Scalar, stop: Scalar, step: Scalar) -> ArrayResult<usize> {
    let quotient = match (start.to_i128(), stop.to_i128(), step.to_i128()) {
        (Some(a), Some(b), Some(s)) => {
            if s == 0 {
                return Err(ArrayError::new(
                    crate::error::ErrorKind::ZeroDivisionError,
                    "division by zero",
                ));
            }
            (b - a) as f64 / s as f64
        }
        _ => {
            let s = step.to_f64();
            if s == 0.0 {
                return Err(ArrayError::new(
                    crate::error::ErrorKind::ZeroDivisionError,
                    "float division by zero",
                ));
            }
            (stop.to_f64() - start.to_f64()) / s
        }
    };
    if quotient.is_nan() {
        return Err(ArrayError::value("arange: cannot compute length"));
    }
    let length = quotient.ceil();
    if length > isize::MAX as f64 / 16.0 {
        return Err(ArrayError::value("Maximum allowed size exceeded"));
    }
    Ok(if length > 0.0 { length as usize } else { 0 })
}

/// `start + step` as Python computes it (int or float arithmetic).
fn python_add(start: Scalar, step: Scalar) -> Scalar {
    match (start.to_i128(), step.to_i128()) {
        (Some(a), Some(s)) => Scalar::I64((a + s) as i64),
        _ if start.dtype().is_complex() || step.dtype().is_complex() => {
            Scalar::C128(start.to_c128() + step.to_c128())
        }
        _ => Scalar::F64(start.to_f64() + step.to_f64()),
    }
}

/// `np.arange(start, stop, step, dtype)`. Python ints come as `Scalar::I64`, floats as
/// `Scalar::F64`. Elements are `first + i * (second - first)` in the result dtype, with
/// `second = start + step`, exactly as NumPy's fill functions compute them.
pub fn arange(
    start: Scalar,
    stop: Scalar,
    step: Scalar,
    dtype: Option<DType>,
) -> ArrayResult<NdArray> {
    let length = arange_length(start, stop, step)?;
    let dtype = dtype.unwrap_or_else(|| {
        let d = promote_types(promote_types(start.dtype(), stop.dtype()), step.dtype());
        if d == DType::Bool {
            DType::Int64
        } else {
            d
        }
    });
    let first = start.cast(dtype);
    let second = python_add(start, step).cast(dtype);
    if dtype == DType::Bool && length > 2 {
        return Err(ArrayError::value("no fill-function for data-type."));
    }
    let values: Vec<Scalar> = match dtype.kind() {
        crate::dtype::Kind::Bool => [first, second].into_iter().take(length).collect(),
        crate::dtype::Kind::SignedInt | crate::dtype::Kind::UnsignedInt => {
            let a = scalar_as::<i64>(first);
            let delta = scalar_as::<i64>(second).wrapping_sub(a);
            (0..length as i64)
                .map(|i| Scalar::I64(a.wrapping_add(i.wrapping_mul(delta))))
                .collect()
        }
        crate::dtype::Kind::Float | crate::dtype::Kind::Complex => {
            return with_dtype!(dtype, T => {
                let a: T = scalar_as(first);
                let b: T = scalar_as(second);
                let typed: Vec<T> = (0..length).map(|i| fill_float::<T>(a, b, i)).collect();
                NdArray::from_vec(typed, &[length])
            });
        }
    };
    let mut values = values;
    if length >= 1 {
        values[0] = first;
    }
    if length >= 2 {
        values[1] = second;
    }
    NdArray::from_scalars(&values, &[length], dtype)
}

/// NumPy's float fill: element `i` is `a + i * (b - a)` (elements 0 and 1 stay `a` and `b`).
fn fill_float<T: Element>(a: T, b: T, i: usize) -> T {
    match (a.to_scalar(), b.to_scalar()) {
        (Scalar::F32(a), Scalar::F32(b)) => {
            let v = if i == 0 {
                a
            } else if i == 1 {
                b
            } else {
                a + i as f32 * (b - a)
            };
            scalar_as(Scalar::F32(v))
        }
        (Scalar::F64(a), Scalar::F64(b)) => {
            let v = if i == 0 {
                a
            } else if i == 1 {
                b
            } else {
                a + i as f64 * (b - a)
            };
            scalar_as(Scalar::F64(v))
        }
        (Scalar::C64(a), Scalar::C64(b)) => {
            let v = if i == 0 {
                a
            } else if i == 1 {
                b
            } else {
                let f = i as f32;
                Complex32::new(a.re + f * (b.re - a.re), a.im + f * (b.im - a.im))
            };
            scalar_as(Scalar::C64(v))
        }
        (Scalar::C128(a), Scalar::C128(b)) => {
            let v = if i == 0 {
                a
            } else if i == 1 {
                b
            } else {
                let f = i as f64;
                Complex64::new(a.re + f * (b.re - a.re), a.im + f * (b.im - a.im))
            };
            scalar_as(Scalar::C128(v))
        }
        _ => a,
    }
}

/// `np.linspace(start, stop, num, endpoint, dtype)` for real bounds with NumPy's formula:
/// `step = (stop - start) / div`, `y = arange(num) * step + start`, last element `stop`.
pub fn linspace(
    start: f64,
    stop: f64,
    num: isize,
    endpoint: bool,
    dtype: Option<DType>,
) -> ArrayResult<NdArray> {
    if num < 0 {
        return Err(ArrayError::value(format!(
            "Number of samples, {num}, must be non-negative."
        )));
    }
    let num = num as usize;
    let div = if endpoint { num.saturating_sub(1) } else { num };
    let delta = stop - start;
    let mut y: Vec<f64> = (0..num).map(|i| i as f64).collect();
    if div > 0 {
        let step = delta / div as f64;
        if step == 0.0 {
            for v in &mut y {
                *v = *v / div as f64 * delta;
            }
        } else {
            for v in &mut y {
                *v *= step;
            }
        }
    } else {
        for v in &mut y {
            *v *= delta;
        }
    }
    for v in &mut y {
        *v += start;
    }
    if endpoint && num > 1 {
        y[num - 1] = stop;
    }
    let dtype = dtype.unwrap_or(DType::Float64);
    if dtype.is_integer() {
        for v in &mut y {
            *v = v.floor();
        }
    }
    NdArray::from_vec(y, &[num]).map(|a| {
        if dtype == DType::Float64 {
            a
        } else {
            a.astype(dtype)
        }
    })
}

/// `np.eye(n, m, k, dtype)`.
pub fn eye(n: usize, m: Option<usize>, k: isize, dtype: DType) -> ArrayResult<NdArray> {
    let m = m.unwrap_or(n);
    let out = NdArray::zeroed(dtype, &[n, m])?;
    for row in 0..n {
        let col = row as isize + k;
        if col >= 0 && (col as usize) < m {
            out.set(&[row as isize, col], Scalar::Bool(true))?;
        }
    }
    Ok(out)
}

/// `np.identity(n, dtype)`.
pub fn identity(n: usize, dtype: DType) -> ArrayResult<NdArray> {
    eye(n, None, 0, dtype)
}

/// `np.diag(v, k)`: a 2-d array with `v` on diagonal `k` for 1-d input; the diagonal `k`
/// (a view) for 2-d input.
pub fn diag(v: &NdArray, k: isize) -> ArrayResult<NdArray> {
    match v.ndim() {
        1 => {
            let n = v.shape[0] + k.unsigned_abs();
            let out = NdArray::zeroed(v.dtype, &[n, n])?;
            for (i, value) in v.to_vec_scalars().into_iter().enumerate() {
                let (row, col) = if k >= 0 {
                    (i, i + k as usize)
                } else {
                    (i + k.unsigned_abs(), i)
                };
                out.set(&[row as isize, col as isize], value)?;
            }
            Ok(out)
        }
        2 => diagonal(v, k),
        _ => Err(ArrayError::value("Input must be 1- or 2-d.")),
    }
}

/// `a.diagonal(k)` of a 2-d array: a view.
pub fn diagonal(a: &NdArray, k: isize) -> ArrayResult<NdArray> {
    if a.ndim() != 2 {
        return Err(ArrayError::value(
            "diag requires an array of at least two dimensions",
        ));
    }
    let (rows, cols) = (a.shape[0] as isize, a.shape[1] as isize);
    let (row0, col0) = if k >= 0 { (0, k) } else { (-k, 0) };
    let len = (rows - row0).min(cols - col0).max(0) as usize;
    let offset = if len > 0 {
        (a.offset as isize + row0 * a.strides[0] + col0 * a.strides[1]) as usize
    } else {
        a.offset
    };
    Ok(NdArray {
        shape: vec![len],
        strides: vec![a.strides[0] + a.strides[1]],
        offset,
        ..a.clone()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arange_matches_numpy() {
        // python3 -c 'import numpy as np; print(np.arange(0,1,0.1).tolist())'
        let a = arange(Scalar::I64(0), Scalar::I64(1), Scalar::F64(0.1), None).unwrap();
        assert_eq!(
            a.to_vec::<f64>(),
            vec![
                0.0,
                0.1,
                0.2,
                0.30000000000000004,
                0.4,
                0.5,
                0.6000000000000001,
                0.7000000000000001,
                0.8,
                0.9
            ]
        );
        // np.arange(0.5, 3, dtype=np.int64) -> [0, 1, 2]
        let b = arange(
            Scalar::F64(0.5),
            Scalar::I64(3),
            Scalar::I64(1),
            Some(DType::Int64),
        )
        .unwrap();
        assert_eq!(b.to_vec::<i64>(), vec![0, 1, 2]);
        assert_eq!(
            arange(Scalar::I64(5), Scalar::I64(0), Scalar::I64(1), None)
                .unwrap()
                .size(),
            0
        );
        assert_eq!(
            arange(Scalar::I64(0), Scalar::I64(5), Scalar::I64(0), None)
                .unwrap_err()
                .message,
            "division by zero"
        );
        assert_eq!(
            arange(Scalar::I64(0), Scalar::F64(f64::NAN), Scalar::I64(1), None)
                .unwrap_err()
                .message,
            "arange: cannot compute length"
        );
        // np.arange(10, 0, -3) -> [10, 7, 4, 1]
        let c = arange(Scalar::I64(10), Scalar::I64(0), Scalar::I64(-3), None).unwrap();
        assert_eq!(c.to_vec::<i64>(), vec![10, 7, 4, 1]);
    }

    #[test]
    fn linspace_matches_numpy() {
        // python3 -c 'import numpy as np; print(np.linspace(0,1,7).tolist(), np.linspace(0,10,4,dtype=int))'
        let a = linspace(0.0, 1.0, 7, true, None).unwrap();
        assert_eq!(
            a.to_vec::<f64>(),
            vec![
                0.0,
                0.16666666666666666,
                0.3333333333333333,
                0.5,
                0.6666666666666666,
                0.8333333333333333,
                1.0
            ]
        );
        assert_eq!(
            linspace(0.0, 10.0, 4, true, Some(DType::Int64))
                .unwrap()
                .to_vec::<i64>(),
            vec![0, 3, 6, 10]
        );
        assert_eq!(
            linspace(2.0, 3.0, 1, true, None).unwrap().to_vec::<f64>(),
            vec![2.0]
        );
        assert_eq!(
            linspace(0.0, 1.0, -1, true, None).unwrap_err().message,
            "Number of samples, -1, must be non-negative."
        );
        // np.linspace(0.1, 0.7, 5, endpoint=False).tolist()
        let b = linspace(0.1, 0.7, 5, false, None).unwrap();
        assert_eq!(
            b.to_vec::<f64>(),
            vec![0.1, 0.22, 0.33999999999999997, 0.45999999999999996, 0.58]
        );
    }

    #[test]
    fn eye_and_diag() {
        let e = eye(2, Some(3), 1, DType::Float64).unwrap();
        assert_eq!(e.to_vec::<f64>(), vec![0.0, 1.0, 0.0, 0.0, 0.0, 1.0]);
        let v = NdArray::from_vec(vec![1i64, 2], &[2]).unwrap();
        let d = diag(&v, -1).unwrap();
        assert_eq!(d.to_vec::<i64>(), vec![0, 0, 0, 1, 0, 0, 0, 2, 0]);
        assert_eq!(diag(&d, -1).unwrap().to_vec::<i64>(), vec![1, 2]);
        let cube = NdArray::zeroed(DType::Int8, &[2, 2, 2]).unwrap();
        assert_eq!(
            diag(&cube, 0).unwrap_err().message,
            "Input must be 1- or 2-d."
        );
        assert_eq!(
            ones(&[2], DType::Complex64).unwrap().to_vec::<f64>(),
            vec![1.0, 1.0]
        );
    }
}
