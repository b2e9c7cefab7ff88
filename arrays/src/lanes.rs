//! Helpers for operations that work on 1-D lanes along one axis (sort, argsort, diff, median,
//! cumulative ops): gather the lanes contiguously with the axis moved last, and rebuild a
//! C-contiguous result with the axis put back.

use crate::array::NdArray;
use crate::element::Element;
use crate::error::ArrayResult;

/// The elements of `a` with `axis` moved last, in C order (lanes of length `shape[axis]` one
/// after another), converted to `T`, plus the moved shape.
pub fn gather_lanes<T: Element>(a: &NdArray, axis: usize) -> ArrayResult<(Vec<T>, Vec<usize>)> {
    let moved = a.moveaxis(axis as isize, -1)?;
    Ok((moved.to_vec::<T>(), moved.shape.clone()))
}

/// A C-contiguous array from lane-major `values` of `moved_shape` (the axis last), with the
/// last axis moved back to position `axis`.
pub fn scatter_lanes<T: Element>(
    values: Vec<T>,
    moved_shape: &[usize],
    axis: usize,
) -> ArrayResult<NdArray> {
    let moved = NdArray::from_vec(values, moved_shape)?;
    Ok(moved.moveaxis(-1, axis as isize)?.copy())
}
