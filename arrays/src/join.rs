//! Joining and splitting: `concatenate`, `stack`, `vstack`, `hstack`, `dstack`,
//! `column_stack`, `split` and `array_split` (pieces are views), with NumPy's messages.

use crate::array::{normalize_axis, NdArray};
use crate::dtype::DType;
use crate::error::{ArrayError, ArrayResult};
use crate::promote::promote_types;

/// The common dtype of several arrays (NumPy's `result_type` of strong operands).
fn common_dtype(arrays: &[NdArray]) -> DType {
    arrays
        .iter()
        .map(|a| a.dtype)
        .reduce(promote_types)
        .unwrap_or(DType::Float64)
}

/// `np.concatenate(arrays, axis, dtype)`: joins along an existing axis; `axis=None` joins the
/// flattened arrays. The result has the arrays' common dtype unless `dtype` is given.
pub fn concatenate(
    arrays: &[NdArray],
    axis: Option<isize>,
    dtype: Option<DType>,
) -> ArrayResult<NdArray> {
    if arrays.is_empty() {
        return Err(ArrayError::value("need at least one array to concatenate"));
    }
    let dtype = dtype.unwrap_or_else(|| common_dtype(arrays));
    let Some(axis) = axis else {
        let flat: Vec<NdArray> = arrays.iter().map(|a| a.ravel()).collect();
        return concatenate(&flat, Some(0), Some(dtype));
    };
    let first = &arrays[0];
    if first.ndim() == 0 {
        return Err(ArrayError::value(
            "zero-dimensional arrays cannot be concatenated",
        ));
    }
    let axis = normalize_axis(axis, first.ndim())?;
    let mut out_shape = first.shape.clone();
    out_shape[axis] = 0;
    for (i, a) in arrays.iter().enumerate() {
        if a.ndim() != first.ndim() {
            return Err(ArrayError::value(format!(
                "all the input arrays must have same number of dimensions, but the array at index 0 has {} dimension(s) and the array at index {i} has {} dimension(s)",
                first.ndim(),
                a.ndim()
            )));
        }
        for d in 0..first.ndim() {
            if d != axis && a.shape[d] != first.shape[d] {
                return Err(ArrayError::value(format!(
                    "all the input array dimensions except for the concatenation axis must match exactly, but along dimension {d}, the array at index 0 has size {} and the array at index {i} has size {}",
                    first.shape[d], a.shape[d]
                )));
            }
        }
        out_shape[axis] += a.shape[axis];
    }
    let out = NdArray::zeroed(dtype, &out_shape)?;
    let mut start = 0usize;
    for a in arrays {
        let len = a.shape[axis];
        if len > 0 && a.size() > 0 {
            out.slice_axis(axis, start, start + len).assign_array(a);
        }
        start += len;
    }
    Ok(out)
}

impl NdArray {
    /// The view `a[..., start:end, ...]` along `axis` (`start <= end <= shape[axis]`).
    pub fn slice_axis(&self, axis: usize, start: usize, end: usize) -> NdArray {
        let mut view = self.clone();
        let len = end.saturating_sub(start);
        view.shape[axis] = len;
        if len > 0 {
            view.offset = (self.offset as isize + start as isize * self.strides[axis]) as usize;
        }
        view
    }
}

/// NumPy's `atleast_1d` / `atleast_2d` / `atleast_3d` for one array (views).
pub fn at_least(a: &NdArray, ndim: usize) -> ArrayResult<NdArray> {
    if a.ndim() >= ndim {
        return Ok(a.clone());
    }
    let shape: Vec<usize> = match (ndim, a.ndim()) {
        (1, _) => vec![1],
        (2, 0) => vec![1, 1],
        (2, _) => vec![1, a.shape[0]],
        (_, 0) => vec![1, 1, 1],
        (_, 1) => vec![1, a.shape[0], 1],
        _ => vec![a.shape[0], a.shape[1], 1],
    };
    a.reshape_exact(&shape)
}

/// `np.stack(arrays, axis)`: joins equally shaped arrays along a new axis.
pub fn stack(arrays: &[NdArray], axis: isize) -> ArrayResult<NdArray> {
    if arrays.is_empty() {
        return Err(ArrayError::value("need at least one array to stack"));
    }
    let shape = &arrays[0].shape;
    if arrays.iter().any(|a| &a.shape != shape) {
        return Err(ArrayError::value(
            "all input arrays must have the same shape",
        ));
    }
    let axis = normalize_axis(axis, shape.len() + 1)?;
    let expanded: Vec<NdArray> = arrays
        .iter()
        .map(|a| a.expand_dims(&[axis as isize]))
        .collect::<ArrayResult<_>>()?;
    concatenate(&expanded, Some(axis as isize), None)
}

/// `np.vstack(arrays)`: `atleast_2d` then concatenation along axis 0.
pub fn vstack(arrays: &[NdArray]) -> ArrayResult<NdArray> {
    let lifted: Vec<NdArray> = arrays
        .iter()
        .map(|a| at_least(a, 2))
        .collect::<ArrayResult<_>>()?;
    concatenate(&lifted, Some(0), None)
}

/// `np.hstack(arrays)`: `atleast_1d`, then axis 0 for 1-D inputs, else axis 1.
pub fn hstack(arrays: &[NdArray]) -> ArrayResult<NdArray> {
    let lifted: Vec<NdArray> = arrays
        .iter()
        .map(|a| at_least(a, 1))
        .collect::<ArrayResult<_>>()?;
    let axis = if lifted.first().is_some_and(|a| a.ndim() == 1) {
        0
    } else {
        1
    };
    concatenate(&lifted, Some(axis), None)
}

/// `np.dstack(arrays)`: `atleast_3d` then concatenation along axis 2.
pub fn dstack(arrays: &[NdArray]) -> ArrayResult<NdArray> {
    let lifted: Vec<NdArray> = arrays
        .iter()
        .map(|a| at_least(a, 3))
        .collect::<ArrayResult<_>>()?;
    concatenate(&lifted, Some(2), None)
}

/// `np.column_stack(arrays)`: 0-d and 1-D inputs become columns, then axis-1 concatenation.
pub fn column_stack(arrays: &[NdArray]) -> ArrayResult<NdArray> {
    let columns: Vec<NdArray> = arrays
        .iter()
        .map(|a| {
            if a.ndim() < 2 {
                a.reshape_exact(&[a.size(), 1])
            } else {
                Ok(a.clone())
            }
        })
        .collect::<ArrayResult<_>>()?;
    concatenate(&columns, Some(1), None)
}

/// How `split`/`array_split` divide an axis.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Sections {
    /// A number of (nearly) equal pieces.
    Count(i64),
    /// Split points (Python slice semantics: negative counts from the end, clipped).
    Indices(Vec<i64>),
}

/// Python's slice-bound normalisation for `a[start:end]` over a length `len`.
fn clip_bound(i: i64, len: usize) -> usize {
    let len = len as i64;
    let resolved = if i < 0 { i + len } else { i };
    resolved.clamp(0, len) as usize
}

/// `np.array_split(a, sections, axis)`: views; with a count, the first `len % n` pieces get one
/// extra element.
pub fn array_split(a: &NdArray, sections: &Sections, axis: isize) -> ArrayResult<Vec<NdArray>> {
    let axis = normalize_axis(axis, a.ndim())?;
    let total = a.shape[axis];
    let points: Vec<i64> = match sections {
        Sections::Count(n) => {
            if *n <= 0 {
                return Err(ArrayError::value("number sections must be larger than 0."));
            }
            let n = *n as usize;
            let (each, extra) = (total / n, total % n);
            let mut points = vec![0i64];
            for i in 0..n {
                let size = each + usize::from(i < extra);
                points.push(points[i] + size as i64);
            }
            points
        }
        Sections::Indices(idx) => {
            let mut points = vec![0i64];
            points.extend(idx);
            points.push(total as i64);
            points
        }
    };
    Ok(points
        .windows(2)
        .map(|w| {
            let (start, end) = (clip_bound(w[0], total), clip_bound(w[1], total));
            a.slice_axis(axis, start, end.max(start))
        })
        .collect())
}

/// `np.split(a, sections, axis)`: like [`array_split`] but a count must divide the axis.
pub fn split(a: &NdArray, sections: &Sections, axis: isize) -> ArrayResult<Vec<NdArray>> {
    if let Sections::Count(n) = sections {
        let ax = normalize_axis(axis, a.ndim())?;
        if *n == 0 {
            return Err(ArrayError::new(
                crate::error::ErrorKind::ZeroDivisionError,
                "integer modulo by zero",
            ));
        }
        if *n > 0 && !a.shape[ax].is_multiple_of(*n as usize) {
            return Err(ArrayError::value(
                "array split does not result in an equal division",
            ));
        }
    }
    array_split(a, sections, axis)
}

#[cfg(test)]
mod tests;
