//! Rearranging arrays: `flip` (a view), `roll`, `tile`, `repeat`, `diff`, constant-mode
//! `pad`, `meshgrid` and `indices`, with NumPy's messages.

use crate::array::{normalize_axis, NdArray};
use crate::dtype::{DType, Scalar};
use crate::error::{ArrayError, ArrayResult};
use crate::join::concatenate;
use crate::reduce::normalize_axes;
use crate::shape::broadcast_shapes;
use crate::ufunc::{binary_arrays, BinaryOp};
use crate::with_dtype;

/// `np.flip(a, axis)`: a view reversed along `axes` (`None` = every axis).
pub fn flip(a: &NdArray, axes: Option<&[isize]>) -> ArrayResult<NdArray> {
    let flipped = normalize_axes(axes, a.ndim())?;
    let mut view = a.clone();
    for (axis, &flip_it) in flipped.iter().enumerate() {
        if flip_it {
            let len = a.shape[axis];
            if len > 0 {
                view.offset =
                    (view.offset as isize + (len as isize - 1) * view.strides[axis]) as usize;
            }
            view.strides[axis] = -view.strides[axis];
        }
    }
    Ok(view)
}

/// Rolls one axis by `shift` (positive moves elements towards higher indices).
fn roll_axis(a: &NdArray, axis: usize, shift: isize) -> ArrayResult<NdArray> {
    let len = a.shape[axis];
    if len == 0 {
        return Ok(a.copy());
    }
    let s = shift.rem_euclid(len as isize) as usize;
    if s == 0 {
        return Ok(a.copy());
    }
    let tail = a.slice_axis(axis, len - s, len);
    let head = a.slice_axis(axis, 0, len - s);
    concatenate(&[tail, head], Some(axis as isize), Some(a.dtype))
}

/// `np.roll(a, shift, axis)`: `shifts` and `axes` broadcast against each other; shifts of a
/// repeated axis add up; `axes=None` rolls the flattened array and restores the shape.
pub fn roll(a: &NdArray, shifts: &[isize], axes: Option<&[isize]>) -> ArrayResult<NdArray> {
    let Some(axes) = axes else {
        let total: isize = shifts.iter().sum();
        let rolled = roll_axis(&a.ravel(), 0, total)?;
        return rolled.reshape_exact(&a.shape);
    };
    let (ns, na) = (shifts.len(), axes.len());
    if ns != na && ns != 1 && na != 1 {
        return Err(ArrayError::value(format!(
            "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is between arg 0 with shape ({ns},) and arg 1 with shape ({na},)."
        )));
    }
    let mut per_axis = vec![0isize; a.ndim()];
    for i in 0..ns.max(na) {
        let axis = normalize_axis(axes[if na == 1 { 0 } else { i }], a.ndim())?;
        per_axis[axis] += shifts[if ns == 1 { 0 } else { i }];
    }
    let mut out = a.copy();
    for (axis, &shift) in per_axis.iter().enumerate() {
        if shift != 0 {
            out = roll_axis(&out, axis, shift)?;
        }
    }
    Ok(out)
}

/// `np.tile(a, reps)`: the array repeated `reps` times along each axis (axes are prepended to
/// whichever of `a` and `reps` is shorter).
pub fn tile(a: &NdArray, reps: &[i64]) -> ArrayResult<NdArray> {
    if reps.iter().any(|&r| r < 0) {
        return Err(ArrayError::value("negative dimensions are not allowed"));
    }
    let ndim = a.ndim().max(reps.len());
    let mut in_shape = vec![1usize; ndim - a.ndim()];
    in_shape.extend(&a.shape);
    let mut factors = vec![1usize; ndim - reps.len()];
    factors.extend(reps.iter().map(|&r| r as usize));
    let source = a.reshape_exact(&in_shape)?;
    let out_shape: Vec<usize> = in_shape.iter().zip(&factors).map(|(s, f)| s * f).collect();
    let mut index_maps: Vec<Vec<isize>> = Vec::with_capacity(ndim);
    for (axis, &len) in out_shape.iter().enumerate() {
        index_maps.push(
            (0..len)
                .map(|i| (i % in_shape[axis].max(1)) as isize)
                .collect(),
        );
    }
    gather(&source, &out_shape, &index_maps)
}

/// A new array of `out_shape` whose element `(i0, i1, ...)` is
/// `source[maps[0][i0], maps[1][i1], ...]`.
fn gather(source: &NdArray, out_shape: &[usize], maps: &[Vec<isize>]) -> ArrayResult<NdArray> {
    with_dtype!(source.dtype, T => {
        let values = source.to_vec::<T>();
        let src_strides = crate::array::c_strides(&source.shape, 1);
        let total: usize = out_shape.iter().product();
        let mut out: Vec<T> = Vec::with_capacity(total);
        let mut index = vec![0usize; out_shape.len()];
        for _ in 0..total {
            let mut at = 0isize;
            for (axis, &i) in index.iter().enumerate() {
                at += maps[axis][i] * src_strides[axis];
            }
            out.push(values[at as usize]);
            for axis in (0..out_shape.len()).rev() {
                index[axis] += 1;
                if index[axis] < out_shape[axis] {
                    break;
                }
                index[axis] = 0;
            }
        }
        NdArray::from_vec(out, out_shape)
    })
}

/// `np.repeat(a, repeats, axis)`: each element (or slice along `axis`) repeated; `repeats` has
/// one entry or one per element along the axis. `axis=None` works on the flattened array.
pub fn repeat(a: &NdArray, repeats: &[i64], axis: Option<isize>) -> ArrayResult<NdArray> {
    let (work, axis) = match axis {
        None => (a.ravel(), 0),
        Some(ax) => (a.clone(), normalize_axis(ax, a.ndim().max(1))?),
    };
    let work = if work.ndim() == 0 {
        work.reshape_exact(&[1])?
    } else {
        work
    };
    let len = work.shape[axis];
    if repeats.len() == 1 && repeats[0] < 0 {
        return Err(ArrayError::value("negative dimensions are not allowed"));
    }
    if repeats.len() != 1 && repeats.len() != len {
        return Err(ArrayError::value(format!(
            "operands could not be broadcast together with shape ({len},) ({},)",
            repeats.len()
        )));
    }
    if repeats.iter().any(|&r| r < 0) {
        return Err(ArrayError::value(
            "repeats may not contain negative values.",
        ));
    }
    let mut map: Vec<isize> = vec![];
    for i in 0..len {
        let times = repeats[if repeats.len() == 1 { 0 } else { i }] as usize;
        map.extend(std::iter::repeat_n(i as isize, times));
    }
    let mut out_shape = work.shape.clone();
    out_shape[axis] = map.len();
    let maps: Vec<Vec<isize>> = (0..work.ndim())
        .map(|d| {
            if d == axis {
                map.clone()
            } else {
                (0..work.shape[d] as isize).collect()
            }
        })
        .collect();
    gather(&work, &out_shape, &maps)
}

/// `np.diff(a, n, axis)`: `n`-th differences along `axis` (`!=` for bool, wrapping for ints).
pub fn diff(a: &NdArray, n: i64, axis: isize) -> ArrayResult<NdArray> {
    if n < 0 {
        return Err(ArrayError::value(format!(
            "order must be non-negative but got {n}"
        )));
    }
    if a.ndim() == 0 {
        return Err(ArrayError::value(
            "diff requires input that is at least one dimensional",
        ));
    }
    let axis = normalize_axis(axis, a.ndim())?;
    let op = if a.dtype == DType::Bool {
        BinaryOp::NotEqual
    } else {
        BinaryOp::Subtract
    };
    let mut out = a.clone();
    for _ in 0..n {
        let len = out.shape[axis];
        if len == 0 {
            break;
        }
        let upper = out.slice_axis(axis, 1, len);
        let lower = out.slice_axis(axis, 0, len - 1);
        out = binary_arrays(op, &upper, &lower)?.array;
    }
    Ok(out)
}

/// `np.pad(a, pad_width, mode='constant', constant_values)`: `widths` and `values` hold one
/// `(before, after)` pair for every axis or a single pair for all. Pads of later axes cover the
/// corners, as in NumPy.
pub fn pad_constant(
    a: &NdArray,
    widths: &[(i64, i64)],
    values: &[(Scalar, Scalar)],
) -> ArrayResult<NdArray> {
    let nd = a.ndim();
    let pick = |i: usize, len: usize| if len == 1 { 0 } else { i };
    if (widths.len() != 1 && widths.len() != nd) || (values.len() != 1 && values.len() != nd) {
        let bad = if widths.len() != 1 && widths.len() != nd {
            widths.len()
        } else {
            values.len()
        };
        return Err(ArrayError::value(format!(
            "operands could not be broadcast together with remapped shapes [original->remapped]: ({bad},2)  and requested shape ({nd},2)"
        )));
    }
    if widths.iter().any(|&(b, e)| b < 0 || e < 0) {
        return Err(ArrayError::value("index can't contain negative values"));
    }
    let pairs: Vec<(usize, usize)> = (0..nd)
        .map(|i| {
            let (b, e) = widths[pick(i, widths.len())];
            (b as usize, e as usize)
        })
        .collect();
    let out_shape: Vec<usize> = (0..nd)
        .map(|i| a.shape[i] + pairs[i].0 + pairs[i].1)
        .collect();
    let out = NdArray::zeroed(a.dtype, &out_shape)?;
    let mut center = out.clone();
    for (axis, &(before, _)) in pairs.iter().enumerate() {
        center = center.slice_axis(axis, before, before + a.shape[axis]);
    }
    if a.size() > 0 {
        center.assign_array(a);
    }
    for (axis, &(before, after)) in pairs.iter().enumerate() {
        let (low, high) = values[pick(axis, values.len())];
        let len = out_shape[axis];
        if before > 0 {
            out.slice_axis(axis, 0, before).fill(low);
        }
        if after > 0 {
            out.slice_axis(axis, len - after, len).fill(high);
        }
    }
    Ok(out)
}

/// `np.meshgrid(*xi, indexing, sparse)`: coordinate arrays (copies); `indexing_xy` swaps the
/// roles of the first two axes (NumPy's default `'xy'`).
pub fn meshgrid(arrays: &[NdArray], indexing_xy: bool, sparse: bool) -> ArrayResult<Vec<NdArray>> {
    let nd = arrays.len();
    let mut shapes: Vec<Vec<usize>> = arrays
        .iter()
        .enumerate()
        .map(|(i, x)| {
            let mut s = vec![1usize; nd];
            s[i] = x.size();
            s
        })
        .collect();
    if indexing_xy && nd > 1 {
        shapes[0].swap(0, 1);
        shapes[1].swap(0, 1);
    }
    let pieces: Vec<NdArray> = arrays
        .iter()
        .zip(&shapes)
        .map(|(x, s)| x.ravel().reshape_exact(s))
        .collect::<ArrayResult<_>>()?;
    if sparse {
        return Ok(pieces.iter().map(NdArray::copy).collect());
    }
    let refs: Vec<&[usize]> = shapes.iter().map(|s| s.as_slice()).collect();
    let full = broadcast_shapes(&refs)?;
    pieces
        .iter()
        .map(|p| Ok(p.broadcast_to(&full)?.copy()))
        .collect()
}

/// `np.indices(dimensions, dtype)`: an array of shape `(len(dims), *dims)` whose `k`-th
/// sub-array holds the index along axis `k`.
pub fn indices(dims: &[usize], dtype: DType) -> ArrayResult<NdArray> {
    let nd = dims.len();
    let mut shape = vec![nd];
    shape.extend(dims);
    let out = NdArray::zeroed(dtype, &shape)?;
    for k in 0..nd {
        let mut s = vec![1usize; nd];
        s[k] = dims[k];
        let ramp: Vec<i64> = (0..dims[k] as i64).collect();
        let ramp = NdArray::from_vec(ramp, &s)?.broadcast_to(dims)?;
        let mut slot = out.slice_axis(0, k, k + 1);
        slot.shape.remove(0);
        slot.strides.remove(0);
        if ramp.size() > 0 {
            slot.assign_array(&ramp);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests;
