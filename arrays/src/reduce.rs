//! Reductions over an axis set (`None` = all axes) with `keepdims` and `dtype`: sum, prod,
//! mean, var, std, min, max, argmin, argmax, all, any, count_nonzero, and the accumulations
//! cumsum and cumprod.
//!
//! Float sums follow NumPy's order exactly: axes are iterated in memory order (decreasing
//! absolute stride, so a transposed array is reduced along its contiguous axis); when the
//! innermost such axis is reduced, each run along the trailing block of reduced axes is summed
//! pairwise ([`crate::pairwise`]) and runs are added in that order; otherwise elements are
//! added one by one (whole rows at a time in NumPy, which is the same per-element order).

use crate::array::{normalize_axis, NdArray};
use crate::dtype::{DType, Kind, Scalar};
use crate::element::Element;
use crate::error::{ArrayError, ArrayResult};
use crate::loops::Kernels;
use crate::pairwise::{pairwise_sum, pairwise_sum_c128, pairwise_sum_c64};
use crate::ufunc::{binary_arrays, unary_array, BinaryOp, UnaryOp};
use num_complex::{Complex32, Complex64};

/// Which input elements (flat C-order positions) feed each output element, as runs along the
/// innermost reduced axis (one run per combination of the outer reduced axes).
struct Plan {
    out_shape: Vec<usize>,
    keep_shape: Vec<usize>,
    /// For each output element: the runs of input positions, in C order.
    runs: Vec<Vec<Vec<usize>>>,
}

/// Normalises an axis list (`None` = every axis), rejecting duplicates as NumPy does.
pub fn normalize_axes(axes: Option<&[isize]>, ndim: usize) -> ArrayResult<Vec<bool>> {
    let mut reduced = vec![axes.is_none(); ndim];
    if let Some(axes) = axes {
        for &axis in axes {
            let a = normalize_axis(axis, ndim)?;
            if reduced[a] {
                return Err(ArrayError::value("duplicate value in 'axis'"));
            }
            reduced[a] = true;
        }
    }
    Ok(reduced)
}

/// NumPy's iteration order for a reduction: axes sorted by decreasing absolute byte stride
/// (ties keep C order), so a transposed array is reduced along its memory-contiguous axis.
/// Negative strides are not flipped.
fn memory_order(a: &NdArray) -> Vec<usize> {
    let mut order: Vec<usize> = (0..a.ndim()).collect();
    order.sort_by_key(|&d| std::cmp::Reverse(a.strides[d].unsigned_abs()));
    order
}

/// The runs of a reduction of an array of `shape` over the `reduced` axes, iterating the axes
/// in `order` (outermost first; see [`memory_order`]).
fn plan(shape: &[usize], reduced: &[bool], order: &[usize]) -> Plan {
    let ndim = shape.len();
    let out_shape: Vec<usize> = (0..ndim)
        .filter(|&a| !reduced[a])
        .map(|a| shape[a])
        .collect();
    let keep_shape: Vec<usize> = (0..ndim)
        .map(|a| if reduced[a] { 1 } else { shape[a] })
        .collect();
    let strides = crate::array::c_strides(shape, 1);
    // Innermost axis of length > 1: is it reduced? Then runs are along the trailing block of
    // reduced axes (coalesced), else every element is its own run.
    let last = (0..ndim).rev().find(|&i| shape[order[i]] > 1);
    let inner: Vec<usize> = match last {
        Some(l) if reduced[order[l]] => {
            let mut axes = vec![];
            let mut i = l as isize;
            while i >= 0 && (reduced[order[i as usize]] || shape[order[i as usize]] == 1) {
                axes.push(order[i as usize]);
                i -= 1;
            }
            axes.reverse();
            axes
        }
        _ => vec![],
    };
    let outer: Vec<usize> = order
        .iter()
        .copied()
        .filter(|&a| reduced[a] && !inner.contains(&a))
        .collect();
    let kept: Vec<usize> = (0..ndim).filter(|&a| !reduced[a]).collect();
    let count = |axes: &[usize]| axes.iter().map(|&a| shape[a]).product::<usize>();
    let positions = |axes: &[usize]| -> Vec<usize> {
        let total = count(axes);
        (0..total)
            .map(|mut flat| {
                let mut pos = 0;
                for &a in axes.iter().rev() {
                    pos += (flat % shape[a]) * strides[a] as usize;
                    flat /= shape[a];
                }
                pos
            })
            .collect()
    };
    let (kept_pos, outer_pos, inner_pos) = (positions(&kept), positions(&outer), positions(&inner));
    let runs = kept_pos
        .iter()
        .map(|&k| {
            outer_pos
                .iter()
                .map(|&o| inner_pos.iter().map(|&i| k + o + i).collect())
                .collect()
        })
        .collect();
    Plan {
        out_shape,
        keep_shape,
        runs,
    }
}

/// NumPy's default accumulator dtype of `sum`/`prod`/`cumsum`: small ints widen to 64 bits.
pub fn default_sum_dtype(dtype: DType) -> DType {
    match dtype.kind() {
        Kind::Bool | Kind::SignedInt => DType::Int64,
        Kind::UnsignedInt => DType::UInt64,
        _ => dtype,
    }
}

fn finish(values: NdArray, p: &Plan, keepdims: bool) -> ArrayResult<NdArray> {
    values.reshape_exact(if keepdims {
        &p.keep_shape
    } else {
        &p.out_shape
    })
}

/// Sum of one output element's runs for element type `T`.
trait Summable: Element {
    fn run_sum(values: &[Self], runs: &[Vec<usize>]) -> Self;
    fn run_prod(values: &[Self], runs: &[Vec<usize>]) -> Self;
}

macro_rules! summable {
    ($t:ty, $zero:expr, $one:expr, $add:expr, $mul:expr, $pw:expr) => {
        impl Summable for $t {
            fn run_sum(values: &[Self], runs: &[Vec<usize>]) -> Self {
                let add: fn($t, $t) -> $t = $add;
                let pw: fn(&[$t]) -> $t = $pw;
                let mut acc: $t = $zero;
                for run in runs {
                    if run.len() == 1 {
                        acc = add(acc, values[run[0]]);
                    } else {
                        let gathered: Vec<$t> = run.iter().map(|&i| values[i]).collect();
                        acc = add(acc, pw(&gathered));
                    }
                }
                acc
            }
            fn run_prod(values: &[Self], runs: &[Vec<usize>]) -> Self {
                let mul: fn($t, $t) -> $t = $mul;
                let mut acc: $t = $one;
                for run in runs {
                    for &i in run {
                        acc = mul(acc, values[i]);
                    }
                }
                acc
            }
        }
    };
}

fn seq<T: Copy>(add: fn(T, T) -> T, zero: T) -> impl Fn(&[T]) -> T {
    move |a: &[T]| a.iter().fold(zero, |acc, &x| add(acc, x))
}

summable!(
    i64,
    0,
    1,
    |a, b| a.wrapping_add(b),
    |a, b| a.wrapping_mul(b),
    |a| seq(|x: i64, y| x.wrapping_add(y), 0)(a)
);
summable!(
    u64,
    0,
    1,
    |a, b| a.wrapping_add(b),
    |a, b| a.wrapping_mul(b),
    |a| seq(|x: u64, y| x.wrapping_add(y), 0)(a)
);
summable!(
    i32,
    0,
    1,
    |a, b| a.wrapping_add(b),
    |a, b| a.wrapping_mul(b),
    |a| seq(|x: i32, y| x.wrapping_add(y), 0)(a)
);
summable!(
    u32,
    0,
    1,
    |a, b| a.wrapping_add(b),
    |a, b| a.wrapping_mul(b),
    |a| seq(|x: u32, y| x.wrapping_add(y), 0)(a)
);
summable!(
    i16,
    0,
    1,
    |a, b| a.wrapping_add(b),
    |a, b| a.wrapping_mul(b),
    |a| seq(|x: i16, y| x.wrapping_add(y), 0)(a)
);
summable!(
    u16,
    0,
    1,
    |a, b| a.wrapping_add(b),
    |a, b| a.wrapping_mul(b),
    |a| seq(|x: u16, y| x.wrapping_add(y), 0)(a)
);
summable!(
    i8,
    0,
    1,
    |a, b| a.wrapping_add(b),
    |a, b| a.wrapping_mul(b),
    |a| seq(|x: i8, y| x.wrapping_add(y), 0)(a)
);
summable!(
    u8,
    0,
    1,
    |a, b| a.wrapping_add(b),
    |a, b| a.wrapping_mul(b),
    |a| seq(|x: u8, y| x.wrapping_add(y), 0)(a)
);
summable!(bool, false, true, |a, b| a | b, |a, b| a & b, |a| a
    .iter()
    .any(|&x| x));
summable!(
    f32,
    0.0,
    1.0,
    |a, b| a + b,
    |a, b| a * b,
    pairwise_sum::<f32>
);
summable!(
    f64,
    0.0,
    1.0,
    |a, b| a + b,
    |a, b| a * b,
    pairwise_sum::<f64>
);
summable!(
    Complex32,
    Complex32::new(0.0, 0.0),
    Complex32::new(1.0, 0.0),
    |a, b| Complex32::new(a.re + b.re, a.im + b.im),
    |a, b| Complex32::new(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re),
    pairwise_sum_c64
);
summable!(
    Complex64,
    Complex64::new(0.0, 0.0),
    Complex64::new(1.0, 0.0),
    |a, b| Complex64::new(a.re + b.re, a.im + b.im),
    |a, b| Complex64::new(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re),
    pairwise_sum_c128
);

fn sum_or_prod(
    a: &NdArray,
    axes: Option<&[isize]>,
    keepdims: bool,
    dtype: Option<DType>,
    product: bool,
) -> ArrayResult<NdArray> {
    let reduced = normalize_axes(axes, a.ndim())?;
    let p = plan(&a.shape, &reduced, &memory_order(a));
    let acc = dtype.unwrap_or_else(|| default_sum_dtype(a.dtype));
    crate::with_dtype!(acc, T => {
        let values = a.to_vec::<T>();
        let out: Vec<T> = p
            .runs
            .iter()
            .map(|runs| if product { T::run_prod(&values, runs) } else { T::run_sum(&values, runs) })
            .collect();
        finish(NdArray::from_vec(out, &[p.runs.len()])?, &p, keepdims)
    })
}

/// `np.sum(a, axis, dtype, keepdims)`.
pub fn sum(
    a: &NdArray,
    axes: Option<&[isize]>,
    keepdims: bool,
    dtype: Option<DType>,
) -> ArrayResult<NdArray> {
    sum_or_prod(a, axes, keepdims, dtype, false)
}

/// `np.prod(a, axis, dtype, keepdims)`.
pub fn prod(
    a: &NdArray,
    axes: Option<&[isize]>,
    keepdims: bool,
    dtype: Option<DType>,
) -> ArrayResult<NdArray> {
    sum_or_prod(a, axes, keepdims, dtype, true)
}

/// Number of elements each output of a reduction over `axes` combines.
fn reduced_count(a: &NdArray, axes: Option<&[isize]>) -> ArrayResult<usize> {
    let reduced = normalize_axes(axes, a.ndim())?;
    Ok((0..a.ndim())
        .filter(|&i| reduced[i])
        .map(|i| a.shape[i])
        .product())
}

/// The dtype NumPy's `mean`/`var` accumulate in: float64 for bool and integers.
fn mean_dtype(a: &NdArray, dtype: Option<DType>) -> DType {
    dtype.unwrap_or(if a.dtype.is_float() || a.dtype.is_complex() {
        a.dtype
    } else {
        DType::Float64
    })
}

/// Divides a reduction result by a count as NumPy's `_mean`/`_var` do: in float64 (complex128),
/// then cast back to the result's dtype.
fn divide_by(total: &NdArray, count: f64) -> ArrayResult<NdArray> {
    let wide = if total.dtype.is_complex() {
        DType::Complex128
    } else {
        DType::Float64
    };
    let quotient = crate::ufunc::binary_op(
        BinaryOp::Divide,
        &crate::promote::Operand::Array(total.astype(wide)),
        &crate::promote::Operand::Array(NdArray::from_scalar(Scalar::F64(count))),
    )?;
    let target = if total.dtype.is_float() || total.dtype.is_complex() {
        total.dtype
    } else {
        wide
    };
    Ok(quotient.array.astype(target))
}

/// `np.mean(a, axis, dtype, keepdims)` (NaN with an "invalid value" flag when empty, left to
/// the caller to report).
pub fn mean(
    a: &NdArray,
    axes: Option<&[isize]>,
    keepdims: bool,
    dtype: Option<DType>,
) -> ArrayResult<NdArray> {
    let total = sum(a, axes, keepdims, Some(mean_dtype(a, dtype)))?;
    let count = reduced_count(a, axes)?;
    divide_by(&total, count as f64)
}

/// `np.var(a, axis, dtype, ddof, keepdims)`: mean of squared deviations, divided by
/// `max(n - ddof, 0)`.
pub fn var(
    a: &NdArray,
    axes: Option<&[isize]>,
    ddof: f64,
    keepdims: bool,
    dtype: Option<DType>,
) -> ArrayResult<NdArray> {
    let acc = mean_dtype(a, dtype);
    let count = reduced_count(a, axes)?;
    let mean_kept = divide_by(&sum(a, axes, true, Some(acc))?, count as f64)?;
    let deviations = binary_arrays(BinaryOp::Subtract, a, &mean_kept)?.array;
    let squared = if deviations.dtype.is_complex() {
        let conj = unary_array(UnaryOp::Conjugate, &deviations)?.array;
        let product = binary_arrays(BinaryOp::Multiply, &deviations, &conj)?.array;
        product.astype(deviations.dtype.real_dtype())
    } else {
        binary_arrays(BinaryOp::Multiply, &deviations, &deviations)?.array
    };
    // NumPy allocates `a - mean` in `a`'s memory layout, so the squares are summed in that order.
    let squared = with_layout_of(&squared, a)?;
    let total = sum(&squared, axes, keepdims, None)?;
    let denominator = (count as f64 - ddof).max(0.0);
    divide_by(&total, denominator)
}

/// `values` (C-contiguous, same shape as `like`) re-laid out in `like`'s memory order: a view
/// whose strides order the axes as `like`'s do.
fn with_layout_of(values: &NdArray, like: &NdArray) -> ArrayResult<NdArray> {
    if like.is_c_contiguous() {
        return Ok(values.clone());
    }
    let order = memory_order(like);
    let forward: Vec<isize> = order.iter().map(|&d| d as isize).collect();
    let mut inverse = vec![0isize; order.len()];
    for (position, &axis) in order.iter().enumerate() {
        inverse[axis] = position as isize;
    }
    values
        .transpose(Some(&forward))?
        .copy()
        .transpose(Some(&inverse))
}

/// `np.std(a, axis, dtype, ddof, keepdims)`: the square root of [`var`].
pub fn std(
    a: &NdArray,
    axes: Option<&[isize]>,
    ddof: f64,
    keepdims: bool,
    dtype: Option<DType>,
) -> ArrayResult<NdArray> {
    let v = var(a, axes, ddof, keepdims, dtype)?;
    Ok(unary_array(UnaryOp::Sqrt, &v)?.array)
}

/// `np.max`/`np.min` (`maximum`/`minimum` reductions, NaN-propagating).
fn extreme(
    a: &NdArray,
    axes: Option<&[isize]>,
    keepdims: bool,
    op: BinaryOp,
) -> ArrayResult<NdArray> {
    let reduced = normalize_axes(axes, a.ndim())?;
    let p = plan(&a.shape, &reduced, &(0..a.ndim()).collect::<Vec<_>>());
    let count: usize = (0..a.ndim())
        .filter(|&i| reduced[i])
        .map(|i| a.shape[i])
        .product();
    if count == 0 && !p.runs.is_empty() {
        return Err(ArrayError::value(format!(
            "zero-size array to reduction operation {} which has no identity",
            op.name()
        )));
    }
    crate::with_dtype!(a.dtype, T => {
        let values = a.to_vec::<T>();
        let mut errors = crate::ufunc::FpErrors::default();
        let mut out: Vec<T> = Vec::with_capacity(p.runs.len());
        for runs in &p.runs {
            let mut acc: Option<T> = None;
            for &i in runs.iter().flatten() {
                acc = Some(match acc {
                    None => values[i],
                    Some(prev) => T::binary(op, &[prev], &[values[i]], &mut errors)?[0],
                });
            }
            out.push(acc.unwrap_or_default());
        }
        finish(NdArray::from_vec(out, &[p.runs.len()])?, &p, keepdims)
    })
}

/// `np.max(a, axis, keepdims)`.
pub fn max(a: &NdArray, axes: Option<&[isize]>, keepdims: bool) -> ArrayResult<NdArray> {
    extreme(a, axes, keepdims, BinaryOp::Maximum)
}

/// `np.min(a, axis, keepdims)`.
pub fn min(a: &NdArray, axes: Option<&[isize]>, keepdims: bool) -> ArrayResult<NdArray> {
    extreme(a, axes, keepdims, BinaryOp::Minimum)
}

/// `np.all(a, axis, keepdims)`.
pub fn all(a: &NdArray, axes: Option<&[isize]>, keepdims: bool) -> ArrayResult<NdArray> {
    prod(&a.astype(DType::Bool), axes, keepdims, Some(DType::Bool))
}

/// `np.any(a, axis, keepdims)`.
pub fn any(a: &NdArray, axes: Option<&[isize]>, keepdims: bool) -> ArrayResult<NdArray> {
    sum(&a.astype(DType::Bool), axes, keepdims, Some(DType::Bool))
}

/// `np.count_nonzero(a, axis, keepdims)` (int64 counts).
pub fn count_nonzero(a: &NdArray, axes: Option<&[isize]>, keepdims: bool) -> ArrayResult<NdArray> {
    sum(&a.astype(DType::Bool), axes, keepdims, Some(DType::Int64))
}

/// `np.argmax`/`np.argmin`: index of the first extreme (the first NaN wins), along `axis` or
/// over the flattened array.
fn arg_extreme(
    a: &NdArray,
    axis: Option<isize>,
    keepdims: bool,
    greater: bool,
) -> ArrayResult<NdArray> {
    let name = if greater { "argmax" } else { "argmin" };
    let (work, axis) = match axis {
        None => (a.ravel(), 0usize),
        Some(ax) => (a.clone(), normalize_axis(ax, a.ndim())?),
    };
    if work.shape[axis] == 0 {
        return Err(ArrayError::value(format!(
            "attempt to get {name} of an empty sequence"
        )));
    }
    let moved = work.moveaxis(axis as isize, -1)?;
    let len = moved.shape[moved.ndim() - 1];
    let outer: Vec<usize> = moved.shape[..moved.ndim() - 1].to_vec();
    let out: Vec<i64> = crate::with_dtype!(a.dtype, T => {
        let values = moved.to_vec::<T>();
        let mut errors = crate::ufunc::FpErrors::default();
        let op = if greater { BinaryOp::Greater } else { BinaryOp::Less };
        values
            .chunks(len)
            .map(|row| {
                let mut best = 0usize;
                if T::predicate(UnaryOp::Isnan, row[0]) {
                    return 0;
                }
                for (i, &x) in row.iter().enumerate().skip(1) {
                    if T::predicate(UnaryOp::Isnan, x) {
                        return i as i64;
                    }
                    if T::compare(op, &[x], &[row[best]], &mut errors)[0] {
                        best = i;
                    }
                }
                best as i64
            })
            .collect()
    });
    let result = NdArray::from_vec(out, &outer)?;
    if keepdims {
        let mut shape = a.shape.clone();
        if shape.is_empty() {
            return Ok(result);
        }
        match a.ndim() {
            _ if work.ndim() == 1 && a.ndim() != 1 => shape.iter_mut().for_each(|d| *d = 1),
            _ => shape[axis] = 1,
        }
        return result.reshape_exact(&shape);
    }
    Ok(result)
}

/// `np.argmax(a, axis, keepdims)`.
pub fn argmax(a: &NdArray, axis: Option<isize>, keepdims: bool) -> ArrayResult<NdArray> {
    arg_extreme(a, axis, keepdims, true)
}

/// `np.argmin(a, axis, keepdims)`.
pub fn argmin(a: &NdArray, axis: Option<isize>, keepdims: bool) -> ArrayResult<NdArray> {
    arg_extreme(a, axis, keepdims, false)
}

/// `np.cumsum`/`np.cumprod`: running sums/products along `axis` (flattened when `None`).
fn accumulate(
    a: &NdArray,
    axis: Option<isize>,
    dtype: Option<DType>,
    op: BinaryOp,
) -> ArrayResult<NdArray> {
    let (work, axis) = match axis {
        None => (a.ravel(), 0usize),
        Some(ax) => (a.clone(), normalize_axis(ax, a.ndim().max(1))?),
    };
    if work.ndim() == 0 {
        return accumulate(&work.reshape_exact(&[1])?, Some(0), dtype, op);
    }
    let acc = dtype.unwrap_or_else(|| default_sum_dtype(a.dtype));
    let moved = work.moveaxis(axis as isize, -1)?;
    let len = moved.shape[moved.ndim() - 1].max(1);
    crate::with_dtype!(acc, T => {
        let mut values = moved.to_vec::<T>();
        let mut errors = crate::ufunc::FpErrors::default();
        for row in values.chunks_mut(len) {
            for i in 1..row.len() {
                row[i] = T::binary(op, &[row[i - 1]], &[row[i]], &mut errors)?[0];
            }
        }
        let out = NdArray::from_vec(values, &moved.shape)?;
        let restored = out.moveaxis(-1, axis as isize)?;
        Ok(restored.copy())
    })
}

/// `np.cumsum(a, axis, dtype)`.
pub fn cumsum(a: &NdArray, axis: Option<isize>, dtype: Option<DType>) -> ArrayResult<NdArray> {
    accumulate(a, axis, dtype, BinaryOp::Add)
}

/// `np.cumprod(a, axis, dtype)`.
pub fn cumprod(a: &NdArray, axis: Option<isize>, dtype: Option<DType>) -> ArrayResult<NdArray> {
    accumulate(a, axis, dtype, BinaryOp::Multiply)
}

#[cfg(test)]
mod tests;
