//! Products of arrays: `matmul`, `dot`, `vdot`, `inner`, `outer`, `tensordot`, `trace`,
//! `cross` and `convolve`, with NumPy's shape rules, dtypes and messages.
//!
//! Sums of products run in index order in the operands' common dtype (integers wrap, bool is
//! OR of ANDs). NumPy hands float `matmul`/`dot` to BLAS, whose blocking changes the last bits
//! of long float sums; exact inputs agree exactly.

use crate::array::{normalize_axis, NdArray};
use crate::dtype::DType;
use crate::element::Element;
use crate::error::{shape_str_compact, ArrayError, ArrayResult};
use crate::promote::promote_types;
use crate::shape::broadcast_shapes;
use crate::ufunc::{binary_arrays, unary_array, BinaryOp, UnaryOp};
use crate::with_dtype;
use num_complex::{Complex32, Complex64};

/// Element types with a multiply-accumulate for dot products.
pub trait DotElement: Element {
    /// `acc + a * b` in the element type (wrapping for integers, OR/AND for bool).
    fn accumulate_product(acc: Self, a: Self, b: Self) -> Self;
    /// Complex conjugate (identity for real types), for `vdot`.
    fn conj(self) -> Self {
        self
    }
}

macro_rules! int_dot {
    ($($t:ty),*) => {
        $(impl DotElement for $t {
            fn accumulate_product(acc: Self, a: Self, b: Self) -> Self {
                acc.wrapping_add(a.wrapping_mul(b))
            }
        })*
    };
}
int_dot!(i8, i16, i32, i64, u8, u16, u32, u64);

impl DotElement for bool {
    fn accumulate_product(acc: Self, a: Self, b: Self) -> Self {
        acc | (a & b)
    }
}

macro_rules! float_dot {
    ($($t:ty),*) => {
        $(impl DotElement for $t {
            fn accumulate_product(acc: Self, a: Self, b: Self) -> Self {
                acc + a * b
            }
        })*
    };
}
float_dot!(f32, f64);

macro_rules! complex_dot {
    ($($t:ty),*) => {
        $(impl DotElement for $t {
            fn accumulate_product(acc: Self, a: Self, b: Self) -> Self {
                <$t>::new(
                    acc.re + (a.re * b.re - a.im * b.im),
                    acc.im + (a.re * b.im + a.im * b.re),
                )
            }
            fn conj(self) -> Self {
                <$t>::new(self.re, -self.im)
            }
        })*
    };
}
complex_dot!(Complex32, Complex64);

/// `out[batch][i][j] = sum_k a[batch][i][k] * b[batch][k][j]` over contiguous blocks.
fn batched_matmul<T: DotElement>(
    a: &[T],
    b: &[T],
    batches: usize,
    (n, k, m): (usize, usize, usize),
) -> Vec<T> {
    let mut out = vec![T::default(); batches * n * m];
    for batch in 0..batches {
        let (ab, bb) = (&a[batch * n * k..], &b[batch * k * m..]);
        let ob = &mut out[batch * n * m..(batch + 1) * n * m];
        for i in 0..n {
            let row = &mut ob[i * m..(i + 1) * m];
            for kk in 0..k {
                let x = ab[i * k + kk];
                let brow = &bb[kk * m..(kk + 1) * m];
                for (o, &y) in row.iter_mut().zip(brow) {
                    *o = T::accumulate_product(*o, x, y);
                }
            }
        }
    }
    out
}

/// A 2-D product `(n, k) x (k, m)` of arrays in their common dtype.
fn matmul_2d(a: &NdArray, b: &NdArray, dtype: DType) -> ArrayResult<NdArray> {
    let (n, k, m) = (a.shape[0], a.shape[1], b.shape[1]);
    with_dtype!(dtype, T => {
        let out = batched_matmul(&a.to_vec::<T>(), &b.to_vec::<T>(), 1, (n, k, m));
        NdArray::from_vec(out, &[n, m])
    })
}

const MATMUL_SIGNATURE: &str = "(n?,k),(k,m?)->(n?,m?)";

/// `np.matmul(a, b)` / `a @ b`: stacks of matrices broadcast over leading axes; 1-D operands
/// are promoted to matrices and the added axis removed afterwards.
pub fn matmul(a: &NdArray, b: &NdArray) -> ArrayResult<NdArray> {
    for (i, x) in [a, b].iter().enumerate() {
        if x.ndim() == 0 {
            return Err(ArrayError::value(format!(
                "matmul: Input operand {i} does not have enough dimensions (has 0, gufunc core with signature {MATMUL_SIGNATURE} requires 1)"
            )));
        }
    }
    let dtype = promote_types(a.dtype, b.dtype);
    let a2 = if a.ndim() == 1 {
        a.reshape_exact(&[1, a.shape[0]])?
    } else {
        a.clone()
    };
    let b2 = if b.ndim() == 1 {
        b.reshape_exact(&[b.shape[0], 1])?
    } else {
        b.clone()
    };
    let (an, bn) = (a2.ndim(), b2.ndim());
    let (n, k, kb, m) = (
        a2.shape[an - 2],
        a2.shape[an - 1],
        b2.shape[bn - 2],
        b2.shape[bn - 1],
    );
    if k != kb {
        return Err(ArrayError::value(format!(
            "matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature {MATMUL_SIGNATURE} (size {kb} is different from {k})"
        )));
    }
    let (a_batch, b_batch) = (&a2.shape[..an - 2], &b2.shape[..bn - 2]);
    let batch = broadcast_shapes(&[a_batch, b_batch]).map_err(|_| {
        let remap = |x: &NdArray, batch_len: usize| {
            let core = x.ndim() - batch_len;
            let mut parts: Vec<String> = x.shape[..batch_len].iter().map(|d| d.to_string()).collect();
            parts.extend(std::iter::repeat_n("newaxis".to_string(), core));
            format!("{}->({})", shape_str_compact(&x.shape), parts.join(","))
        };
        let mut requested = vec![];
        if a.ndim() > 1 {
            requested.push(n);
        }
        if b.ndim() > 1 {
            requested.push(m);
        }
        ArrayError::value(format!(
            "operands could not be broadcast together with remapped shapes [original->remapped]: {} {}  and requested shape {}",
            remap(a, a.ndim().saturating_sub(2)),
            remap(b, b.ndim().saturating_sub(2)),
            shape_str_compact(&requested)
        ))
    })?;
    let batches: usize = batch.iter().product();
    let mut a_full = batch.clone();
    a_full.extend([n, k]);
    let mut b_full = batch.clone();
    b_full.extend([k, m]);
    let mut out_shape = batch.clone();
    if a.ndim() > 1 {
        out_shape.push(n);
    }
    if b.ndim() > 1 {
        out_shape.push(m);
    }
    with_dtype!(dtype, T => {
        let av = a2.broadcast_to(&a_full)?.to_vec::<T>();
        let bv = b2.broadcast_to(&b_full)?.to_vec::<T>();
        NdArray::from_vec(batched_matmul(&av, &bv, batches, (n, k, m)), &out_shape)
    })
}

/// NumPy's "shapes (2,3) and (2,3) not aligned: 3 (dim 1) != 2 (dim 0)".
fn not_aligned(a: &[usize], b: &[usize], a_dim: usize, b_dim: usize) -> ArrayError {
    ArrayError::value(format!(
        "shapes {} and {} not aligned: {} (dim {a_dim}) != {} (dim {b_dim})",
        shape_str_compact(a),
        shape_str_compact(b),
        a[a_dim],
        b[b_dim]
    ))
}

/// `np.dot(a, b)`: products with 0-d operands, inner product of vectors (0-d result), and
/// otherwise a sum over the last axis of `a` and the second-to-last of `b`.
pub fn dot(a: &NdArray, b: &NdArray) -> ArrayResult<NdArray> {
    if a.ndim() == 0 || b.ndim() == 0 {
        return Ok(binary_arrays(BinaryOp::Multiply, a, b)?.array);
    }
    let a_dim = a.ndim() - 1;
    let b_dim = b.ndim().saturating_sub(2);
    if a.shape[a_dim] != b.shape[b_dim] {
        return Err(not_aligned(&a.shape, &b.shape, a_dim, b_dim));
    }
    let k = a.shape[a_dim];
    let rows: usize = a.shape[..a_dim].iter().product();
    let a2 = a.reshape_exact(&[rows, k])?;
    let b_moved = b.moveaxis(b_dim as isize, 0)?;
    let rest: Vec<usize> = b_moved.shape[1..].to_vec();
    let b2 = b_moved.copy().reshape_exact(&[k, rest.iter().product()])?;
    let dtype = promote_types(a.dtype, b.dtype);
    let product = if k == 0 {
        NdArray::zeroed(dtype, &[a2.shape[0], b2.shape[1]])?
    } else {
        matmul_2d(&a2, &b2, dtype)?
    };
    let mut shape = a.shape[..a_dim].to_vec();
    shape.extend(rest);
    product.reshape_exact(&shape)
}

/// `np.vdot(a, b)`: the flattened inner product, conjugating `a` (0-d result).
pub fn vdot(a: &NdArray, b: &NdArray) -> ArrayResult<NdArray> {
    if a.size() != b.size() {
        return Err(ArrayError::value(format!(
            "cannot reshape array of size {} into shape ({},)",
            b.size(),
            a.size()
        )));
    }
    let dtype = promote_types(a.dtype, b.dtype);
    with_dtype!(dtype, T => {
        let (x, y) = (a.to_vec::<T>(), b.to_vec::<T>());
        let total = x.iter().zip(&y).fold(T::default(), |acc, (&p, &q)| T::accumulate_product(acc, p.conj(), q));
        NdArray::from_vec(vec![total], &[])
    })
}

/// `np.inner(a, b)`: sums over the last axes of both; shape `a.shape[:-1] + b.shape[:-1]`.
pub fn inner(a: &NdArray, b: &NdArray) -> ArrayResult<NdArray> {
    if a.ndim() == 0 || b.ndim() == 0 {
        return Ok(binary_arrays(BinaryOp::Multiply, a, b)?.array);
    }
    let b_moved = b.moveaxis(-1, 0)?;
    let (ka, kb) = (a.shape[a.ndim() - 1], b.shape[b.ndim() - 1]);
    if ka != kb {
        return Err(not_aligned(&a.shape, &b_moved.shape, a.ndim() - 1, 0));
    }
    dot(a, &b_moved.moveaxis(0, (b.ndim() as isize - 2).max(0))?)
}

/// `np.outer(a, b)`: `a.ravel()[:, None] * b.ravel()[None, :]`.
pub fn outer(a: &NdArray, b: &NdArray) -> ArrayResult<NdArray> {
    let col = a.ravel().reshape_exact(&[a.size(), 1])?;
    let row = b.ravel().reshape_exact(&[1, b.size()])?;
    Ok(binary_arrays(BinaryOp::Multiply, &col, &row)?.array)
}

/// The `axes=` argument of `tensordot`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TensorAxes {
    /// The last `n` axes of `a` against the first `n` of `b`.
    Count(usize),
    /// Explicit axis lists for `a` and `b`.
    Pairs(Vec<isize>, Vec<isize>),
}

/// `np.tensordot(a, b, axes)` (NumPy's transpose + reshape + dot algorithm).
pub fn tensordot(a: &NdArray, b: &NdArray, axes: &TensorAxes) -> ArrayResult<NdArray> {
    let (axes_a, axes_b): (Vec<isize>, Vec<isize>) = match axes {
        TensorAxes::Count(n) => {
            let n = *n as isize;
            ((-n..0).collect(), (0..n).collect())
        }
        TensorAxes::Pairs(x, y) => (x.clone(), y.clone()),
    };
    let mismatch = || ArrayError::value("shape-mismatch for sum");
    if axes_a.len() != axes_b.len() {
        return Err(mismatch());
    }
    let lookup = |shape: &[usize], axis: isize| -> ArrayResult<usize> {
        let n = shape.len() as isize;
        let resolved = if axis < 0 { axis + n } else { axis };
        if resolved < 0 || resolved >= n {
            return Err(ArrayError::index("tuple index out of range"));
        }
        Ok(resolved as usize)
    };
    let mut summed_a = vec![];
    let mut summed_b = vec![];
    for (&x, &y) in axes_a.iter().zip(&axes_b) {
        let (ia, ib) = (lookup(&a.shape, x)?, lookup(&b.shape, y)?);
        if a.shape[ia] != b.shape[ib] {
            return Err(mismatch());
        }
        summed_a.push(ia);
        summed_b.push(ib);
    }
    let free_a: Vec<usize> = (0..a.ndim()).filter(|d| !summed_a.contains(d)).collect();
    let free_b: Vec<usize> = (0..b.ndim()).filter(|d| !summed_b.contains(d)).collect();
    let n2: usize = summed_a.iter().map(|&d| a.shape[d]).product();
    let order_a: Vec<isize> = free_a
        .iter()
        .chain(&summed_a)
        .map(|&d| d as isize)
        .collect();
    let order_b: Vec<isize> = summed_b
        .iter()
        .chain(&free_b)
        .map(|&d| d as isize)
        .collect();
    let size_free_a: usize = free_a.iter().map(|&d| a.shape[d]).product();
    let size_free_b: usize = free_b.iter().map(|&d| b.shape[d]).product();
    let at = a
        .transpose(Some(&order_a))?
        .copy()
        .reshape_exact(&[size_free_a, n2])?;
    let bt = b
        .transpose(Some(&order_b))?
        .copy()
        .reshape_exact(&[n2, size_free_b])?;
    let product = dot(&at, &bt)?;
    let mut shape: Vec<usize> = free_a.iter().map(|&d| a.shape[d]).collect();
    shape.extend(free_b.iter().map(|&d| b.shape[d]));
    product.reshape_exact(&shape)
}

/// `np.trace(a, offset, axis1, axis2, dtype)`: sums of the diagonals over `axis1`/`axis2`
/// (the accumulator dtype of `sum`).
pub fn trace(
    a: &NdArray,
    offset: isize,
    axis1: isize,
    axis2: isize,
    dtype: Option<DType>,
) -> ArrayResult<NdArray> {
    if a.ndim() < 2 {
        return Err(ArrayError::value(
            "diag requires an array of at least two dimensions",
        ));
    }
    let (ax1, ax2) = (
        normalize_axis(axis1, a.ndim())?,
        normalize_axis(axis2, a.ndim())?,
    );
    if ax1 == ax2 {
        return Err(ArrayError::value("axis1 and axis2 cannot be the same"));
    }
    let rest: Vec<usize> = (0..a.ndim()).filter(|&d| d != ax1 && d != ax2).collect();
    let mut order: Vec<isize> = rest.iter().map(|&d| d as isize).collect();
    order.extend([ax1 as isize, ax2 as isize]);
    let moved = a.transpose(Some(&order))?;
    let nd = moved.ndim();
    let (rows, cols) = (moved.shape[nd - 2] as isize, moved.shape[nd - 1] as isize);
    let (row0, col0) = if offset >= 0 {
        (0, offset)
    } else {
        (-offset, 0)
    };
    let len = (rows - row0).min(cols - col0).max(0) as usize;
    let mut diag = moved.clone();
    diag.shape.truncate(nd - 2);
    diag.strides.truncate(nd - 2);
    diag.shape.push(len);
    diag.strides
        .push(moved.strides[nd - 2] + moved.strides[nd - 1]);
    if len > 0 {
        diag.offset = (moved.offset as isize
            + row0 * moved.strides[nd - 2]
            + col0 * moved.strides[nd - 1]) as usize;
    }
    crate::reduce::sum(&diag.copy(), Some(&[-1]), false, dtype)
}

/// `np.cross(a, b)` over the last axes (vectors of 2 or 3 components, broadcast over the
/// leading axes), with NumPy's formulas (a 2x2 cross product is the scalar z component).
pub fn cross(a: &NdArray, b: &NdArray) -> ArrayResult<NdArray> {
    let (la, lb) = (
        a.shape.last().copied().unwrap_or(0),
        b.shape.last().copied().unwrap_or(0),
    );
    if !(la == 2 || la == 3) || !(lb == 2 || lb == 3) {
        return Err(ArrayError::value(
            "incompatible dimensions for cross product\n(dimension must be 2 or 3)",
        ));
    }
    let part = |x: &NdArray, i: usize| -> ArrayResult<NdArray> {
        let axis = x.ndim() - 1;
        let mut view = x.slice_axis(axis, i, i + 1);
        view.shape.pop();
        view.strides.pop();
        Ok(view)
    };
    let mul = |x: &NdArray, y: &NdArray| -> ArrayResult<NdArray> {
        Ok(binary_arrays(BinaryOp::Multiply, x, y)?.array)
    };
    let sub = |x: &NdArray, y: &NdArray| -> ArrayResult<NdArray> {
        Ok(binary_arrays(BinaryOp::Subtract, x, y)?.array)
    };
    let neg =
        |x: &NdArray| -> ArrayResult<NdArray> { Ok(unary_array(UnaryOp::Negative, x)?.array) };
    let (a0, a1, b0, b1) = (part(a, 0)?, part(a, 1)?, part(b, 0)?, part(b, 1)?);
    let z = sub(&mul(&a0, &b1)?, &mul(&a1, &b0)?)?;
    let dtype = promote_types(a.dtype, b.dtype);
    if la == 2 && lb == 2 {
        return Ok(z.astype(dtype));
    }
    let (x, y) = match (la, lb) {
        (2, _) => {
            let b2 = part(b, 2)?;
            (mul(&a1, &b2)?, neg(&mul(&a0, &b2)?)?)
        }
        (_, 2) => {
            let a2 = part(a, 2)?;
            (neg(&mul(&a2, &b1)?)?, mul(&a2, &b0)?)
        }
        _ => {
            let (a2, b2) = (part(a, 2)?, part(b, 2)?);
            (
                sub(&mul(&a1, &b2)?, &mul(&a2, &b1)?)?,
                sub(&mul(&a2, &b0)?, &mul(&a0, &b2)?)?,
            )
        }
    };
    let shape = broadcast_shapes(&[&x.shape, &y.shape, &z.shape])?;
    let parts: Vec<NdArray> = [x, y, z]
        .iter()
        .map(|p| Ok(p.astype(dtype).broadcast_to(&shape)?.copy()))
        .collect::<ArrayResult<_>>()?;
    crate::join::stack(&parts, -1)
}

/// The `mode=` of `convolve`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConvolveMode {
    /// Only positions where the sequences overlap completely.
    Valid,
    /// The length of the longer input, centred.
    Same,
    /// Every position with any overlap.
    Full,
}

impl ConvolveMode {
    /// Parses `'valid'`/`'same'`/`'full'` (NumPy also accepts their first letters).
    pub fn from_name(name: &str) -> ArrayResult<ConvolveMode> {
        match name {
            "valid" | "v" => Ok(ConvolveMode::Valid),
            "same" | "s" => Ok(ConvolveMode::Same),
            "full" | "f" => Ok(ConvolveMode::Full),
            _ => Err(ArrayError::value(
                "Use one of 'valid', 'same', or 'full' for convolve/correlate mode",
            )),
        }
    }
}

/// `np.convolve(a, v, mode)` of 1-D sequences (0-d inputs count as length 1); the longer input
/// slides, the result has the common dtype.
pub fn convolve(a: &NdArray, v: &NdArray, mode: ConvolveMode) -> ArrayResult<NdArray> {
    let (mut long, mut short) = (a.ravel(), v.ravel());
    if a.ndim() > 1 || v.ndim() > 1 {
        return Err(ArrayError::value("object too deep for desired array"));
    }
    if long.size() == 0 {
        return Err(ArrayError::value("a cannot be empty"));
    }
    if short.size() == 0 {
        return Err(ArrayError::value("v cannot be empty"));
    }
    if short.size() > long.size() {
        std::mem::swap(&mut long, &mut short);
    }
    let dtype = promote_types(a.dtype, v.dtype);
    let (n1, n2) = (long.size(), short.size());
    let (start, len) = match mode {
        ConvolveMode::Full => (0, n1 + n2 - 1),
        ConvolveMode::Same => (n2 - 1 - n2 / 2, n1),
        ConvolveMode::Valid => (n2 - 1, n1 - n2 + 1),
    };
    with_dtype!(dtype, T => {
        let x = long.to_vec::<T>();
        let mut w = short.to_vec::<T>();
        w.reverse();
        let out: Vec<T> = (start..start + len)
            .map(|t| {
                let lag = t as isize - (n2 as isize - 1);
                (0..n2).fold(T::default(), |acc, j| {
                    let i = lag + j as isize;
                    if i >= 0 && (i as usize) < n1 {
                        T::accumulate_product(acc, x[i as usize], w[j])
                    } else {
                        acc
                    }
                })
            })
            .collect();
        NdArray::from_vec(out, &[len])
    })
}

#[cfg(test)]
mod tests;
