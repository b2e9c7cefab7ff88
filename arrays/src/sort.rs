//! Sorting along an axis: `sort`, `argsort` and in-place `ndarray.sort`, with NumPy's kinds.
//!
//! `kind='quicksort'` (the default) reproduces NumPy's baseline introsort ([`introsort`]) so
//! that tie order in `argsort` and the placement of `-0.0`/`0.0` agree with NumPy; `'stable'`
//! and `'mergesort'` are a stable merge sort (any stable sort gives NumPy's order);
//! `'heapsort'` runs the introsort too, as NumPy 2.4 does. NaNs sort last (NumPy's `LT` with NaN as the largest
//! value; complex numbers compare real part first, then imaginary part).

pub mod introsort;

use crate::array::{normalize_axis, NdArray};
use crate::element::Element;
use crate::error::{ArrayError, ArrayResult};
use crate::lanes::{gather_lanes, scatter_lanes};
use crate::with_dtype;
use num_complex::{Complex32, Complex64};
use std::cmp::Ordering;

/// A sorting algorithm, as chosen by `kind=`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SortKind {
    /// `'quicksort'` / `'quick'` / `None`: NumPy's introsort.
    Quick,
    /// `'stable'` / `'mergesort'`: a stable sort.
    Stable,
}

impl SortKind {
    /// Parses `kind=` as NumPy does (the first letter decides; `None` is quicksort).
    pub fn from_name(name: Option<&str>) -> ArrayResult<SortKind> {
        let Some(name) = name else {
            return Ok(SortKind::Quick);
        };
        match name.chars().next().map(|c| c.to_ascii_lowercase()) {
            Some('q') | Some('h') => Ok(SortKind::Quick),
            Some('m') | Some('s') => Ok(SortKind::Stable),
            _ => Err(ArrayError::value(format!(
                "sort kind must be one of 'quick', 'heap', or 'stable' (got '{name}')"
            ))),
        }
    }
}

/// Element types with NumPy's sort order (`npy::*_tag::less`).
pub trait Sortable: Element {
    /// NumPy's strict "less than" used by every sort and search (NaN is the largest value).
    fn sort_less(a: Self, b: Self) -> bool;
}

macro_rules! ordered_sortable {
    ($($t:ty),*) => {
        $(impl Sortable for $t {
            fn sort_less(a: Self, b: Self) -> bool {
                a < b
            }
        })*
    };
}
ordered_sortable!(bool, i8, i16, i32, i64, u8, u16, u32, u64);

macro_rules! float_sortable {
    ($($t:ty),*) => {
        $(impl Sortable for $t {
            #[allow(clippy::eq_op)]
            fn sort_less(a: Self, b: Self) -> bool {
                a < b || (b != b && a == a)
            }
        })*
    };
}
float_sortable!(f32, f64);

macro_rules! complex_sortable {
    ($($t:ty),*) => {
        $(impl Sortable for $t {
            #[allow(clippy::eq_op)]
            fn sort_less(a: Self, b: Self) -> bool {
                if a.re < b.re {
                    a.im == a.im || b.im != b.im
                } else if a.re > b.re {
                    b.im != b.im && a.im == a.im
                } else if a.re == b.re || (a.re != a.re && b.re != b.re) {
                    a.im < b.im || (b.im != b.im && a.im == a.im)
                } else {
                    b.re != b.re
                }
            }
        })*
    };
}
complex_sortable!(Complex32, Complex64);

/// A total order from NumPy's `less` (equal when neither is less).
pub fn sort_cmp<T: Sortable>(a: T, b: T) -> Ordering {
    if T::sort_less(a, b) {
        Ordering::Less
    } else if T::sort_less(b, a) {
        Ordering::Greater
    } else {
        Ordering::Equal
    }
}

/// Sorts one lane of values in place with `kind`.
pub fn sort_values<T: Sortable>(lane: &mut [T], kind: SortKind) {
    match kind {
        SortKind::Quick => introsort::quicksort_by(lane, &|a: &T, b: &T| T::sort_less(*a, *b)),
        SortKind::Stable => lane.sort_by(|a, b| sort_cmp(*a, *b)),
    }
}

/// The permutation that sorts `lane` with `kind` (NumPy's `argsort` of one lane).
pub fn argsort_values<T: Sortable>(lane: &[T], kind: SortKind) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..lane.len()).collect();
    let less = |i: &usize, j: &usize| T::sort_less(lane[*i], lane[*j]);
    match kind {
        SortKind::Quick => introsort::quicksort_by(&mut idx, &less),
        SortKind::Stable => idx.sort_by(|&i, &j| sort_cmp(lane[i], lane[j])),
    }
    idx
}

/// The array and axis a sort works on: `None` flattens; 0-d arrays are an AxisError unless
/// flattened.
fn sort_target(a: &NdArray, axis: Option<isize>) -> ArrayResult<(NdArray, usize)> {
    match axis {
        None => Ok((a.ravel().reshape_exact(&[a.size()])?, 0)),
        Some(ax) => Ok((a.clone(), normalize_axis(ax, a.ndim())?)),
    }
}

/// `np.sort(a, axis, kind)`: a sorted copy (`axis=None` sorts the flattened array).
pub fn sort(a: &NdArray, axis: Option<isize>, kind: SortKind) -> ArrayResult<NdArray> {
    let (work, axis) = sort_target(a, axis)?;
    with_dtype!(work.dtype, T => {
        let (mut values, moved) = gather_lanes::<T>(&work, axis)?;
        let len = moved.last().copied().unwrap_or(1).max(1);
        for lane in values.chunks_mut(len) {
            sort_values(lane, kind);
        }
        scatter_lanes(values, &moved, axis)
    })
}

/// `ndarray.sort(axis, kind)`: sorts the view `a` in place along `axis`.
pub fn sort_in_place(a: &NdArray, axis: isize, kind: SortKind) -> ArrayResult<()> {
    let axis = normalize_axis(axis, a.ndim())?;
    let sorted = sort(a, Some(axis as isize), kind)?;
    a.assign_array(&sorted);
    Ok(())
}

/// `np.argsort(a, axis, kind)`: int64 indices that sort `a` along `axis` (`None` flattens;
/// a 0-d array gives `[0]`).
pub fn argsort(a: &NdArray, axis: Option<isize>, kind: SortKind) -> ArrayResult<NdArray> {
    let (work, axis) = if a.ndim() == 0 {
        (a.reshape_exact(&[1])?, 0)
    } else {
        sort_target(a, axis)?
    };
    with_dtype!(work.dtype, T => {
        let (values, moved) = gather_lanes::<T>(&work, axis)?;
        let len = moved.last().copied().unwrap_or(1).max(1);
        let mut out: Vec<i64> = Vec::with_capacity(values.len());
        for lane in values.chunks(len) {
            out.extend(argsort_values(lane, kind).into_iter().map(|i| i as i64));
        }
        scatter_lanes(out, &moved, axis)
    })
}

#[cfg(test)]
mod tests;
