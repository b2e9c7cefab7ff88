//! Order statistics and weighted means: `median`, `quantile`/`percentile` (NumPy 2's default
//! `'linear'` method, including its `_lerp` formula), `average` (weights, returned scale) and
//! `ptp`. Histograms and `bincount` live in [`histogram`].

pub mod histogram;

use crate::array::NdArray;
use crate::dtype::{DType, Scalar};
use crate::error::{ArrayError, ArrayResult, ErrorKind};
use crate::promote::{promote_types, Operand};
use crate::reduce::{self, normalize_axes};
use crate::sort::{sort_values, SortKind};
use crate::ufunc::{binary_arrays, binary_op, BinaryOp};
use crate::with_dtype;

/// The reduced lanes of `a` over `axes`: each row of the returned `(rows, len)` array is one
/// lane, plus the result shape without (`out_shape`) and with (`keep_shape`) kept axes.
struct Lanes {
    values: NdArray,
    out_shape: Vec<usize>,
    keep_shape: Vec<usize>,
}

fn lanes_over(a: &NdArray, axes: Option<&[isize]>) -> ArrayResult<Lanes> {
    let reduced = normalize_axes(axes, a.ndim())?;
    let kept: Vec<usize> = (0..a.ndim()).filter(|&d| !reduced[d]).collect();
    let gone: Vec<usize> = (0..a.ndim()).filter(|&d| reduced[d]).collect();
    let order: Vec<isize> = kept.iter().chain(&gone).map(|&d| d as isize).collect();
    let out_shape: Vec<usize> = kept.iter().map(|&d| a.shape[d]).collect();
    let keep_shape: Vec<usize> = (0..a.ndim())
        .map(|d| if reduced[d] { 1 } else { a.shape[d] })
        .collect();
    let rows: usize = out_shape.iter().product();
    let len: usize = gone.iter().map(|&d| a.shape[d]).product();
    let values = a
        .transpose(Some(&order))?
        .copy()
        .reshape_exact(&[rows, len])?;
    Ok(Lanes {
        values,
        out_shape,
        keep_shape,
    })
}

impl Lanes {
    fn shape(&self, keepdims: bool) -> &[usize] {
        if keepdims {
            &self.keep_shape
        } else {
            &self.out_shape
        }
    }
}

/// `np.median(a, axis, keepdims)`: the mean of the middle one or two sorted values of each
/// lane (float64 for integer input); a lane containing NaN gives NaN.
pub fn median(a: &NdArray, axes: Option<&[isize]>, keepdims: bool) -> ArrayResult<NdArray> {
    let lanes = lanes_over(a, axes)?;
    let (rows, len) = (lanes.values.shape[0], lanes.values.shape[1]);
    let picks = if len % 2 == 1 { 1 } else { 2 };
    let (middles, nan_rows) = with_dtype!(a.dtype, T => {
        let mut values = lanes.values.to_vec::<T>();
        let mut middles: Vec<T> = Vec::with_capacity(rows * picks);
        let mut nan_rows = vec![false; rows];
        for (r, lane) in values.chunks_mut(len.max(1)).enumerate().take(rows) {
            if len == 0 {
                continue;
            }
            sort_values(lane, SortKind::Quick);
            let last = lane[len - 1];
            #[allow(clippy::eq_op)]
            let last_is_nan = last != last;
            nan_rows[r] = last_is_nan;
            let start = if picks == 1 { len / 2 } else { len / 2 - 1 };
            middles.extend_from_slice(&lane[start..start + picks]);
        }
        (NdArray::from_vec(middles, &[if len == 0 { 0 } else { rows }, if len == 0 { 0 } else { picks }])?, nan_rows)
    });
    let mean = if len == 0 {
        reduce::mean(
            &NdArray::zeroed(a.dtype, &[rows, 0])?,
            Some(&[-1]),
            false,
            None,
        )?
    } else {
        reduce::mean(&middles, Some(&[-1]), false, None)?
    };
    if nan_rows.iter().any(|&n| n) {
        let nan = Scalar::F64(f64::NAN);
        for (r, &is_nan) in nan_rows.iter().enumerate() {
            if is_nan {
                mean.set_flat(r as isize, nan)?;
            }
        }
    }
    mean.reshape_exact(lanes.shape(keepdims))
}

/// Floats the quantile arithmetic runs in (float32 for float32 data, else float64).
trait QuantileFloat: crate::sort::Sortable + std::ops::Sub<Output = Self> {
    fn of(v: f64) -> Self;
    fn add(a: Self, b: Self) -> Self;
    fn mul(a: Self, b: Self) -> Self;
    fn floor(self) -> Self;
    fn to_f64(self) -> f64;
}

macro_rules! quantile_float {
    ($($t:ty),*) => {
        $(impl QuantileFloat for $t {
            fn of(v: f64) -> Self {
                v as $t
            }
            fn add(a: Self, b: Self) -> Self {
                a + b
            }
            fn mul(a: Self, b: Self) -> Self {
                a * b
            }
            fn floor(self) -> Self {
                <$t>::floor(self)
            }
            fn to_f64(self) -> f64 {
                self as f64
            }
        })*
    };
}
quantile_float!(f32, f64);

/// NumPy's `_lerp(a, b, t)`: `b - (b - a) * (1 - t)` when `t >= 0.5`, else `a + (b - a) * t`.
fn lerp<F: QuantileFloat>(a: F, b: F, t: F) -> F {
    let diff = b - a;
    if t.to_f64() >= 0.5 {
        b - F::mul(diff, F::of(1.0) - t)
    } else {
        F::add(a, F::mul(diff, t))
    }
}

/// One quantile of a sorted lane with the `'linear'` method (`q` already checked).
fn linear_quantile<F: QuantileFloat>(lane: &[F], q: F) -> F {
    let n = lane.len();
    let virtual_index = F::mul(F::of((n - 1) as f64), q);
    let v = virtual_index.to_f64();
    let (prev, next): (isize, isize) = if v.is_nan() || v >= (n - 1) as f64 {
        (-1, -1)
    } else if v < 0.0 {
        (0, 0)
    } else {
        let p = virtual_index.floor().to_f64() as isize;
        (p, p + 1)
    };
    let gamma = F::of(v - prev as f64);
    let at = |i: isize| lane[if i < 0 { n - 1 } else { i as usize }];
    lerp(at(prev), at(next), gamma)
}

fn quantile_impl(
    a: &NdArray,
    q: &NdArray,
    axes: Option<&[isize]>,
    keepdims: bool,
) -> ArrayResult<NdArray> {
    if a.dtype.is_complex() {
        return Err(ArrayError::type_error("a must be an array of real numbers"));
    }
    let lanes = lanes_over(a, axes)?;
    let len = lanes.values.shape[1];
    let work = if a.dtype == DType::Float32 {
        DType::Float32
    } else {
        DType::Float64
    };
    let mut shape = q.shape.clone();
    shape.extend(lanes.shape(keepdims));
    if len == 0 {
        return Err(ArrayError::index(
            "index -1 is out of bounds for axis 0 with size 0",
        ));
    }
    if work == DType::Float32 {
        quantile_lanes::<f32>(&lanes.values, q, &shape)
    } else {
        quantile_lanes::<f64>(&lanes.values, q, &shape)
    }
}

/// Quantiles `q` of each row of the `(rows, len)` array `values`, computed in `F`; the result
/// is laid out `q`-major with `shape`.
fn quantile_lanes<F: QuantileFloat>(
    values: &NdArray,
    q: &NdArray,
    shape: &[usize],
) -> ArrayResult<NdArray> {
    let (rows, len) = (values.shape[0], values.shape[1]);
    let qs = q.to_vec::<F>();
    let mut data = values.to_vec::<F>();
    let mut out: Vec<F> = vec![F::default(); qs.len() * rows];
    for (r, lane) in data.chunks_mut(len).enumerate() {
        sort_values(lane, SortKind::Quick);
        let last = lane[len - 1];
        for (k, &qk) in qs.iter().enumerate() {
            out[k * rows + r] = if last.to_f64().is_nan() {
                last
            } else {
                linear_quantile(lane, qk)
            };
        }
    }
    NdArray::from_vec(out, shape)
}

/// True when every quantile lies in `[0, 1]` (NaN is not).
fn quantiles_valid(q: &NdArray) -> bool {
    q.to_vec::<f64>().iter().all(|&v| (0.0..=1.0).contains(&v))
}

/// `np.quantile(a, q, axis, keepdims)` with the default `'linear'` method; the result has
/// shape `q.shape + reduced shape`.
pub fn quantile(
    a: &NdArray,
    q: &Operand,
    axes: Option<&[isize]>,
    keepdims: bool,
) -> ArrayResult<NdArray> {
    let qa = match q {
        Operand::Array(x) if x.dtype.is_float() => x.clone(),
        Operand::Array(x) => x.astype(DType::Float64),
        Operand::PyFloat(v) if a.dtype == DType::Float32 => {
            NdArray::from_scalar(Scalar::F32(*v as f32))
        }
        other => crate::search::operand_to_array(other, DType::Float64),
    };
    if !quantiles_valid(&qa) {
        return Err(ArrayError::value("Quantiles must be in the range [0, 1]"));
    }
    quantile_impl(a, &qa, axes, keepdims)
}

/// `np.percentile(a, q, axis, keepdims)`: `quantile` of `q / 100` (divided in the data's
/// float dtype when the data is float).
pub fn percentile(
    a: &NdArray,
    q: &Operand,
    axes: Option<&[isize]>,
    keepdims: bool,
) -> ArrayResult<NdArray> {
    if a.dtype.is_complex() {
        return Err(ArrayError::type_error("a must be an array of real numbers"));
    }
    let hundred = if a.dtype.is_float() {
        Operand::Array(NdArray::from_scalar(Scalar::F64(100.0).cast(a.dtype)))
    } else {
        Operand::PyInt(100)
    };
    let qa = binary_op(BinaryOp::Divide, q, &hundred)?.array;
    if !quantiles_valid(&qa) {
        return Err(ArrayError::value(
            "Percentiles must be in the range [0, 100]",
        ));
    }
    quantile_impl(a, &qa, axes, keepdims)
}

/// `np.average(a, axis, weights, keepdims, returned=True)`: the (weighted) mean and the sum of
/// weights broadcast to the mean's shape.
pub fn average(
    a: &NdArray,
    axes: Option<&[isize]>,
    weights: Option<&NdArray>,
    keepdims: bool,
) -> ArrayResult<(NdArray, NdArray)> {
    let Some(w) = weights else {
        let avg = reduce::mean(a, axes, keepdims, None)?;
        let scale = a.size() as f64 / avg.size().max(1) as f64;
        let scl = NdArray::from_scalar(Scalar::F64(scale).cast(avg.dtype))
            .broadcast_to(&avg.shape)?
            .copy();
        return Ok((avg, scl));
    };
    let result_dtype = if a.dtype.is_integer() || a.dtype == DType::Bool {
        promote_types(promote_types(a.dtype, w.dtype), DType::Float64)
    } else {
        promote_types(a.dtype, w.dtype)
    };
    let wgt = if a.shape != w.shape {
        let Some(axes) = axes else {
            return Err(ArrayError::type_error(
                "Axis must be specified when shapes of a and weights differ.",
            ));
        };
        let reduced = normalize_axes(Some(axes), a.ndim())?;
        let mut listed: Vec<usize> = vec![];
        for &ax in axes {
            listed.push(crate::array::normalize_axis(ax, a.ndim())?);
        }
        let expected: Vec<usize> = listed.iter().map(|&d| a.shape[d]).collect();
        if w.shape != expected {
            return Err(ArrayError::value(
                "Shape of weights must be consistent with shape of a along specified axis.",
            ));
        }
        let perm: Vec<isize> = {
            let mut idx: Vec<usize> = (0..listed.len()).collect();
            idx.sort_by_key(|&i| listed[i]);
            idx.into_iter().map(|i| i as isize).collect()
        };
        let shape: Vec<usize> = (0..a.ndim())
            .map(|d| if reduced[d] { a.shape[d] } else { 1 })
            .collect();
        w.transpose(Some(&perm))?.copy().reshape_exact(&shape)?
    } else {
        w.clone()
    };
    let scl = reduce::sum(&wgt, axes, keepdims, Some(result_dtype))?;
    if scl.to_vec::<f64>().contains(&0.0) {
        return Err(ArrayError::new(
            ErrorKind::ZeroDivisionError,
            "Weights sum to zero, can't be normalized",
        ));
    }
    let product = binary_arrays(
        BinaryOp::Multiply,
        &a.astype(result_dtype),
        &wgt.astype(result_dtype),
    )?
    .array;
    let total = reduce::sum(&product, axes, keepdims, None)?;
    let avg = binary_arrays(BinaryOp::Divide, &total, &scl)?.array;
    let scl = if scl.shape != avg.shape {
        scl.broadcast_to(&avg.shape)?.copy()
    } else {
        scl
    };
    Ok((avg, scl))
}

/// `np.ptp(a, axis, keepdims)`: `max - min` (wrapping for integers).
pub fn ptp(a: &NdArray, axes: Option<&[isize]>, keepdims: bool) -> ArrayResult<NdArray> {
    let high = reduce::max(a, axes, keepdims)?;
    let low = reduce::min(a, axes, keepdims)?;
    Ok(binary_arrays(BinaryOp::Subtract, &high, &low)?.array)
}

#[cfg(test)]
mod tests;
