//! Searching sorted data: `searchsorted` (left/right, optional `sorter`) and `unique` (sorted
//! distinct values with first indices, inverse and counts; NaNs collapsed as NumPy 2 does).

use crate::array::NdArray;
use crate::dtype::DType;
use crate::error::{ArrayError, ArrayResult};
use crate::promote::{default_dtype_of, promote_types, Operand};
use crate::sort::{argsort_values, sort_values, SortKind, Sortable};
use crate::with_dtype;

/// Which end of a run of equal values `searchsorted` reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// The first suitable index (`a[i-1] < v <= a[i]`).
    Left,
    /// The last suitable index (`a[i-1] <= v < a[i]`).
    Right,
}

impl Side {
    /// Parses `side=` (NumPy accepts any string starting with `l`/`r`, case-insensitively).
    pub fn from_name(name: &str) -> ArrayResult<Side> {
        match name.chars().next().map(|c| c.to_ascii_lowercase()) {
            Some('l') => Ok(Side::Left),
            Some('r') => Ok(Side::Right),
            _ => Err(ArrayError::value(format!(
                "search side must be 'left' or 'right' (got '{name}')"
            ))),
        }
    }
}

/// Binary search of `key` in the sorted sequence `at(0..n)` with NumPy's order.
fn bisect<T: Sortable>(n: usize, at: impl Fn(usize) -> T, key: T, side: Side) -> usize {
    let (mut low, mut high) = (0usize, n);
    while low < high {
        let mid = low + (high - low) / 2;
        let go_right = match side {
            Side::Left => T::sort_less(at(mid), key),
            Side::Right => !T::sort_less(key, at(mid)),
        };
        if go_right {
            low = mid + 1;
        } else {
            high = mid;
        }
    }
    low
}

/// An operand as an array of `dtype` (weak Python scalars become 0-d arrays).
pub fn operand_to_array(op: &Operand, dtype: DType) -> NdArray {
    match op {
        Operand::Array(a) => a.astype(dtype),
        other => {
            let value = other
                .weak_value()
                .unwrap_or(crate::dtype::Scalar::Bool(false));
            NdArray::from_scalar(value.cast(dtype))
        }
    }
}

/// `np.searchsorted(a, v, side, sorter)`: int64 insertion indices with the shape of `v`
/// (0-d for a scalar `v`). `a` must be 1-D; both are compared in their common dtype.
pub fn searchsorted(
    a: &NdArray,
    v: &Operand,
    side: Side,
    sorter: Option<&NdArray>,
) -> ArrayResult<NdArray> {
    if a.ndim() > 1 {
        return Err(ArrayError::value("object too deep for desired array"));
    }
    if a.ndim() == 0 {
        return Err(ArrayError::value(
            "object of too small depth for desired array",
        ));
    }
    let order: Option<Vec<usize>> = match sorter {
        None => None,
        Some(s) => {
            if !(s.dtype.is_integer() || s.dtype == DType::Bool) {
                return Err(ArrayError::type_error("sorter must only contain integers"));
            }
            if s.size() != a.size() {
                return Err(ArrayError::value("sorter.size must equal a.size"));
            }
            let raw = s.to_vec::<i64>();
            if raw.iter().any(|&i| i < 0 || i as usize >= a.size()) {
                return Err(ArrayError::value("Sorter index out of range."));
            }
            Some(raw.into_iter().map(|i| i as usize).collect())
        }
    };
    let dtype = promote_types(a.dtype, default_dtype_of(v)?);
    let needles = operand_to_array(v, dtype);
    with_dtype!(dtype, T => {
        let haystack = a.to_vec::<T>();
        let keys = needles.to_vec::<T>();
        let n = haystack.len();
        let out: Vec<i64> = keys
            .into_iter()
            .map(|key| {
                let found = match &order {
                    None => bisect(n, |i| haystack[i], key, side),
                    Some(perm) => bisect(n, |i| haystack[perm[i]], key, side),
                };
                found as i64
            })
            .collect();
        NdArray::from_vec(out, &needles.shape)
    })
}

/// The results of [`unique`]; the optional parts are present when requested.
#[derive(Clone, Debug)]
pub struct Unique {
    /// The sorted distinct values (1-D).
    pub values: NdArray,
    /// Index of each value's first occurrence in the flattened input (`return_index`).
    pub indices: Option<NdArray>,
    /// For each input element, the index of its value in `values`, shaped like the input
    /// (`return_inverse`).
    pub inverse: Option<NdArray>,
    /// How often each value occurs (`return_counts`).
    pub counts: Option<NdArray>,
}

/// Which outputs [`unique`] computes besides the values.
#[derive(Clone, Copy, Debug, Default)]
pub struct UniqueOptions {
    /// `return_index=True`.
    pub return_index: bool,
    /// `return_inverse=True`.
    pub return_inverse: bool,
    /// `return_counts=True`.
    pub return_counts: bool,
    /// `equal_nan=` (NumPy's default is true: all NaNs count as one value).
    pub equal_nan: bool,
}

/// `np.unique(a, return_index, return_inverse, return_counts, equal_nan)` over the flattened
/// array (NumPy's `_unique1d`).
pub fn unique(a: &NdArray, options: UniqueOptions) -> ArrayResult<Unique> {
    with_dtype!(a.dtype, T => unique_typed::<T>(a, options))
}

#[allow(clippy::eq_op)]
fn unique_typed<T: Sortable>(a: &NdArray, options: UniqueOptions) -> ArrayResult<Unique> {
    let flat = a.to_vec::<T>();
    let n = flat.len();
    // NumPy answers a values-only request for complex input from a hash table: each value is
    // represented by its first occurrence (which decides between -0.0 and 0.0, or among NaNs).
    let first_occurrence = a.dtype.is_complex()
        && !(options.return_index || options.return_inverse || options.return_counts);
    let (aux, perm): (Vec<T>, Option<Vec<usize>>) =
        if options.return_index || options.return_inverse || first_occurrence {
            let kind = if options.return_index || first_occurrence {
                SortKind::Stable
            } else {
                SortKind::Quick
            };
            let perm = argsort_values(&flat, kind);
            (perm.iter().map(|&i| flat[i]).collect(), Some(perm))
        } else {
            let mut sorted = flat.clone();
            sort_values(&mut sorted, SortKind::Quick);
            (sorted, None)
        };
    let mut mask = vec![false; n];
    if n > 0 {
        mask[0] = true;
        let last = aux[n - 1];
        let first_nan = if options.equal_nan && last != last {
            aux.iter().position(|x| x != x)
        } else {
            None
        };
        let body_end = first_nan.unwrap_or(n);
        for i in 1..body_end {
            mask[i] = aux[i] != aux[i - 1];
        }
        if let Some(at) = first_nan {
            mask[at] = true;
        }
    }
    let kept: Vec<usize> = (0..n).filter(|&i| mask[i]).collect();
    let values: Vec<T> = match (&perm, first_occurrence) {
        (Some(p), true) => kept.iter().map(|&i| flat[p[i]]).collect(),
        _ => kept.iter().map(|&i| aux[i]).collect(),
    };
    let unique_len = values.len();
    let values = NdArray::from_vec(values, &[unique_len])?;
    let indices = match (&perm, options.return_index) {
        (Some(p), true) => {
            let idx: Vec<i64> = kept.iter().map(|&i| p[i] as i64).collect();
            Some(NdArray::from_vec(idx, &[unique_len])?)
        }
        _ => None,
    };
    let inverse = match (&perm, options.return_inverse) {
        (Some(p), true) => {
            let mut inv = vec![0i64; n];
            let mut group = -1i64;
            for (i, &m) in mask.iter().enumerate() {
                if m {
                    group += 1;
                }
                inv[p[i]] = group;
            }
            Some(NdArray::from_vec(inv, &a.shape)?)
        }
        _ => None,
    };
    let counts = if options.return_counts {
        let mut bounds = kept.clone();
        bounds.push(n);
        let c: Vec<i64> = bounds.windows(2).map(|w| (w[1] - w[0]) as i64).collect();
        Some(NdArray::from_vec(c, &[unique_len])?)
    } else {
        None
    };
    Ok(Unique {
        values,
        indices,
        inverse,
        counts,
    })
}

#[cfg(test)]
mod tests;
