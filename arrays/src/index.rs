//! Indexing: `get_index` (`a[idx]`) and `set_index` (`a[idx] = v`) with NumPy's rules.
//!
//! Basic indices (ints, slices, `None`, `...`) give views aliasing the buffer; a full set of
//! integers gives a scalar; advanced indices (integer or boolean arrays, possibly mixed with
//! basic ones) give copies. Advanced dimensions go where the first advanced index stood when
//! all advanced indices (integers count as advanced here) are adjacent, else in front.

use crate::array::{normalize_index, NdArray};
use crate::dtype::{DType, Scalar};
use crate::error::{shape_str_compact, ArrayError, ArrayResult};
use crate::shape::broadcast_shapes;

/// One component of an index tuple.
#[derive(Clone, Debug)]
pub enum IndexItem {
    /// An integer (negative counts from the end).
    Int(isize),
    /// A slice `start:stop:step`.
    Slice {
        /// Start, `None` for the default.
        start: Option<isize>,
        /// Stop, `None` for the default.
        stop: Option<isize>,
        /// Step, `None` for 1.
        step: Option<isize>,
    },
    /// `None` / `np.newaxis`: inserts a length-1 axis.
    NewAxis,
    /// `...`: as many full slices as needed.
    Ellipsis,
    /// An integer array (fancy indexing).
    IntArray(NdArray),
    /// A boolean mask covering one or more axes.
    BoolArray(NdArray),
}

/// What `a[idx]` produced.
#[derive(Clone, Debug)]
pub enum Indexed {
    /// A view sharing the buffer (basic indexing).
    View(NdArray),
    /// One element (all axes indexed by integers).
    Scalar(Scalar),
    /// A new array (advanced indexing).
    Copy(NdArray),
}

/// Python's `slice.indices(len)` followed by the slice length: `(start, step, count)`.
pub fn slice_indices(
    start: Option<isize>,
    stop: Option<isize>,
    step: Option<isize>,
    len: usize,
) -> ArrayResult<(isize, isize, usize)> {
    let len = len as isize;
    let step = step.unwrap_or(1);
    if step == 0 {
        return Err(ArrayError::value("slice step cannot be zero"));
    }
    let clamp = |value: Option<isize>, default: isize| -> isize {
        match value {
            None => default,
            Some(mut v) => {
                if v < 0 {
                    v += len;
                    if v < 0 {
                        v = if step < 0 { -1 } else { 0 };
                    }
                } else if v >= len {
                    v = if step < 0 { len - 1 } else { len };
                }
                v
            }
        }
    };
    let start = clamp(start, if step < 0 { len - 1 } else { 0 });
    let stop = clamp(stop, if step < 0 { -1 } else { len });
    let count = if step > 0 {
        if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        }
    } else if stop < start {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    Ok((start, step, count as usize))
}

/// An index item after expansion: every entry addresses known input axes.
enum Resolved {
    Int(isize),
    Slice(Option<isize>, Option<isize>, Option<isize>),
    NewAxis,
    /// Normalised indices (broadcast later) for one input axis.
    Array(NdArray),
}

/// Expands `...`, converts boolean masks into integer arrays (one per axis they cover), and
/// checks the number of indexed axes.
fn resolve(a: &NdArray, items: &[IndexItem]) -> ArrayResult<Vec<Resolved>> {
    let mut consumed = 0usize;
    let mut ellipses = 0;
    for item in items {
        match item {
            IndexItem::Int(_) | IndexItem::Slice { .. } | IndexItem::IntArray(_) => consumed += 1,
            IndexItem::BoolArray(mask) => consumed += mask.ndim(),
            IndexItem::NewAxis => {}
            IndexItem::Ellipsis => ellipses += 1,
        }
    }
    if ellipses > 1 {
        return Err(ArrayError::index(
            "an index can only have a single ellipsis ('...')",
        ));
    }
    if consumed > a.ndim() {
        return Err(ArrayError::index(format!(
            "too many indices for array: array is {}-dimensional, but {} were indexed",
            a.ndim(),
            consumed
        )));
    }
    let mut out = Vec::new();
    let mut axis = 0usize;
    for item in items {
        match item {
            IndexItem::Int(i) => {
                out.push(Resolved::Int(*i));
                axis += 1;
            }
            IndexItem::Slice { start, stop, step } => {
                out.push(Resolved::Slice(*start, *stop, *step));
                axis += 1;
            }
            IndexItem::NewAxis => out.push(Resolved::NewAxis),
            IndexItem::Ellipsis => {
                for _ in 0..a.ndim() - consumed {
                    out.push(Resolved::Slice(None, None, None));
                    axis += 1;
                }
            }
            IndexItem::IntArray(idx) => {
                if !(idx.dtype.is_integer()) {
                    return Err(ArrayError::index(
                        "arrays used as indices must be of integer (or boolean) type",
                    ));
                }
                if idx.ndim() == 0 {
                    let value = idx.item()?.to_i128().unwrap_or(0);
                    let value = isize::try_from(value).map_err(|_| {
                        ArrayError::index(format!(
                            "index {value} is out of bounds for axis {axis} with size {}",
                            a.shape[axis]
                        ))
                    })?;
                    out.push(Resolved::Int(value));
                } else {
                    out.push(Resolved::Array(idx.clone()));
                }
                axis += 1;
            }
            IndexItem::BoolArray(mask) => {
                if mask.ndim() == 0 {
                    return Err(ArrayError::not_implemented(
                        "boolean scalar indices are not supported by micronumpy",
                    ));
                }
                for (k, &len) in mask.shape.iter().enumerate() {
                    if a.shape[axis + k] != len {
                        return Err(ArrayError::index(format!(
                            "boolean index did not match indexed array along axis {}; size of axis is {} but size of corresponding boolean axis is {}",
                            axis + k,
                            a.shape[axis + k],
                            len
                        )));
                    }
                }
                for coords in nonzero_coords(mask) {
                    out.push(Resolved::Array(NdArray::from_vec(
                        coords.clone(),
                        &[coords.len()],
                    )?));
                }
                axis += mask.ndim();
            }
        }
    }
    while axis < a.ndim() {
        out.push(Resolved::Slice(None, None, None));
        axis += 1;
    }
    Ok(out)
}

/// For each axis of `mask`, the coordinates of its true elements (C order).
pub fn nonzero_coords(mask: &NdArray) -> Vec<Vec<i64>> {
    let flags = mask.to_vec::<bool>();
    let mut coords = vec![Vec::new(); mask.ndim()];
    for (flat, &set) in flags.iter().enumerate() {
        if set {
            let mut rest = flat;
            for axis in (0..mask.ndim()).rev() {
                coords[axis].push((rest % mask.shape[axis]) as i64);
                rest /= mask.shape[axis];
            }
        }
    }
    coords
}

/// The selection an advanced index describes: element byte offsets in result C order.
struct Selection {
    shape: Vec<usize>,
    offsets: Vec<usize>,
}

/// One advanced index after `basic_view`: the view axis it indexes, its normalised indices,
/// and the shape of the index array.
type AdvancedIndex = (usize, Vec<i64>, Vec<usize>);

/// Applies the basic items to `a`; returns the view and, for each advanced item, the axis of
/// the view it indexes together with its normalised index array.
fn basic_view(
    a: &NdArray,
    items: &[Resolved],
) -> ArrayResult<(NdArray, Vec<AdvancedIndex>, Vec<usize>)> {
    let mut shape = Vec::new();
    let mut strides = Vec::new();
    let mut offset = a.offset as isize;
    let mut advanced = Vec::new();
    // Positions in the item list of advanced entries (ints count when arrays are present).
    let mut advanced_items = Vec::new();
    let has_arrays = items.iter().any(|r| matches!(r, Resolved::Array(_)));
    let mut axis = 0usize;
    for (pos, item) in items.iter().enumerate() {
        match item {
            Resolved::Int(i) if !has_arrays => {
                let idx = normalize_index(*i, a.shape[axis], axis)?;
                offset += idx as isize * a.strides[axis];
                axis += 1;
            }
            Resolved::Int(i) => {
                let idx = normalize_index(*i, a.shape[axis], axis)?;
                advanced.push((shape.len(), vec![idx as i64], vec![]));
                advanced_items.push(pos);
                shape.push(a.shape[axis]);
                strides.push(a.strides[axis]);
                axis += 1;
            }
            Resolved::Slice(start, stop, step) => {
                let (first, step, count) = slice_indices(*start, *stop, *step, a.shape[axis])?;
                if count > 0 {
                    offset += first * a.strides[axis];
                }
                shape.push(count);
                strides.push(a.strides[axis] * step);
                axis += 1;
            }
            Resolved::NewAxis => {
                shape.push(1);
                strides.push(0);
            }
            Resolved::Array(idx) => {
                let len = a.shape[axis];
                let raw = idx.to_vec::<i64>();
                let mut normalised = Vec::with_capacity(raw.len());
                for v in raw {
                    normalised.push(normalize_index(v as isize, len, axis)? as i64);
                }
                advanced.push((shape.len(), normalised, idx.shape.clone()));
                advanced_items.push(pos);
                shape.push(len);
                strides.push(a.strides[axis]);
                axis += 1;
            }
        }
    }
    let view = NdArray {
        shape,
        strides,
        offset: offset as usize,
        ..a.clone()
    };
    Ok((view, advanced, advanced_items))
}

/// Computes the element offsets of an advanced selection.
fn advanced_selection(a: &NdArray, items: &[Resolved]) -> ArrayResult<Selection> {
    let (view, advanced, positions) = basic_view(a, items)?;
    let index_shapes: Vec<&[usize]> = advanced.iter().map(|(_, _, s)| s.as_slice()).collect();
    let block = broadcast_shapes(&index_shapes).map_err(|_| {
        let rendered: Vec<String> = index_shapes
            .iter()
            .filter(|s| !s.is_empty())
            .map(|s| shape_str_compact(s) + " ")
            .collect();
        ArrayError::index(format!(
            "shape mismatch: indexing arrays could not be broadcast together with shapes {}",
            rendered.concat()
        ))
    })?;
    let block_size: usize = block.iter().product();
    // Offset contributed by the advanced block at each of its positions.
    let mut block_offsets = vec![0isize; block_size];
    for (axis, values, shape) in &advanced {
        let stride = view.strides[*axis];
        let broadcast =
            NdArray::from_vec(values.clone(), if shape.is_empty() { &[] } else { shape })?
                .broadcast_to(&block)?
                .to_vec::<i64>();
        for (slot, v) in block_offsets.iter_mut().zip(broadcast) {
            *slot += v as isize * stride;
        }
    }
    let adjacent = positions.windows(2).all(|w| w[1] == w[0] + 1);
    let advanced_axes: Vec<usize> = advanced.iter().map(|(axis, _, _)| *axis).collect();
    let basic_axes: Vec<usize> = (0..view.ndim())
        .filter(|ax| !advanced_axes.contains(ax))
        .collect();
    let insert_at = if adjacent {
        basic_axes
            .iter()
            .filter(|&&ax| ax < advanced_axes[0])
            .count()
    } else {
        0
    };
    // Result axes: basic axes with their strides, and the block inserted at `insert_at`.
    let mut shape = Vec::new();
    let mut kinds: Vec<Option<isize>> = Vec::new(); // Some(stride) = basic, None = block axis
    for (k, &ax) in basic_axes.iter().enumerate() {
        if k == insert_at {
            shape.extend(&block);
            kinds.extend(block.iter().map(|_| None));
        }
        shape.push(view.shape[ax]);
        kinds.push(Some(view.strides[ax]));
    }
    if insert_at == basic_axes.len() {
        shape.extend(&block);
        kinds.extend(block.iter().map(|_| None));
    }
    let total: usize = shape.iter().product();
    let mut offsets = Vec::with_capacity(total);
    let mut counter = vec![0usize; shape.len()];
    for _ in 0..total {
        let mut at = view.offset as isize;
        let mut block_flat = 0usize;
        for (k, kind) in kinds.iter().enumerate() {
            match kind {
                Some(stride) => at += counter[k] as isize * stride,
                None => block_flat = block_flat * shape[k] + counter[k],
            }
        }
        offsets.push((at + block_offsets[block_flat]) as usize);
        for k in (0..shape.len()).rev() {
            counter[k] += 1;
            if counter[k] < shape[k] {
                break;
            }
            counter[k] = 0;
        }
    }
    Ok(Selection { shape, offsets })
}

/// `a[items]`.
pub fn get_index(a: &NdArray, items: &[IndexItem]) -> ArrayResult<Indexed> {
    // one integer per axis names one element: read it without building a view (an index out
    // of range takes the general path, which words the error)
    if !items.is_empty() && items.len() == a.ndim() && items.len() <= 8 {
        let mut index = [0isize; 8];
        let all_ints = items.iter().enumerate().all(|(axis, item)| match item {
            IndexItem::Int(i) => {
                index[axis] = *i;
                true
            }
            _ => false,
        });
        if all_ints {
            if let Ok(at) = a.offset_of(&index[..items.len()]) {
                return Ok(Indexed::Scalar(a.read_at(at)));
            }
        }
    }
    let resolved = resolve(a, items)?;
    let has_arrays = resolved.iter().any(|r| matches!(r, Resolved::Array(_)));
    if !has_arrays {
        let all_ints = items
            .iter()
            .all(|i| matches!(i, IndexItem::Int(_) | IndexItem::IntArray(_)))
            && items.len() == a.ndim();
        let (view, _, _) = basic_view(a, &resolved)?;
        if all_ints {
            return Ok(Indexed::Scalar(view.read_at(view.offset)));
        }
        return Ok(Indexed::View(view));
    }
    let selection = advanced_selection(a, &resolved)?;
    let out = NdArray::zeroed(a.dtype, &selection.shape)?;
    let values: Vec<Scalar> = selection.offsets.iter().map(|&o| a.read_at(o)).collect();
    out.assign_from_scalars(&values);
    Ok(Indexed::Copy(out))
}

/// `a[items] = value`: `value` is broadcast to the selection and cast (unsafe casting).
pub fn set_index(a: &NdArray, items: &[IndexItem], value: &NdArray) -> ArrayResult<()> {
    let resolved = resolve(a, items)?;
    let has_arrays = resolved.iter().any(|r| matches!(r, Resolved::Array(_)));
    if !has_arrays {
        let (view, _, _) = basic_view(a, &resolved)?;
        let source = value.broadcast_to(&view.shape).map_err(|_| {
            ArrayError::value(format!(
                "could not broadcast input array from shape {} into shape {}",
                shape_str_compact(&value.shape),
                shape_str_compact(&view.shape)
            ))
        })?;
        view.assign_array(&source);
        return Ok(());
    }
    let selection = advanced_selection(a, &resolved)?;
    let single_mask = items.len() == 1 && matches!(items[0], IndexItem::BoolArray(_));
    let source = match value.broadcast_to(&selection.shape) {
        Ok(s) => s,
        Err(_) if single_mask && value.ndim() <= 1 => {
            return Err(ArrayError::value(format!(
                "NumPy boolean array indexing assignment cannot assign {} input values to the {} output values where the mask is true",
                value.size(),
                selection.offsets.len()
            )))
        }
        Err(_) => {
            return Err(ArrayError::value(format!(
                "shape mismatch: value array of shape {} could not be broadcast to indexing result of shape {}",
                shape_str_compact(&value.shape),
                shape_str_compact(&selection.shape)
            )))
        }
    };
    for (offset, v) in selection.offsets.iter().zip(source.to_vec_scalars()) {
        a.write_at(*offset, v);
    }
    Ok(())
}

impl NdArray {
    /// Writes `values` (C order) into this view, casting each to the dtype.
    pub fn assign_from_scalars(&self, values: &[Scalar]) {
        for (offset, v) in self.offsets().zip(values) {
            self.write_at(offset, *v);
        }
    }
}

/// `np.nonzero(a)`: one int64 array of coordinates per axis (0-d arrays count as 1-d).
pub fn nonzero(a: &NdArray) -> Vec<NdArray> {
    let mask = if a.ndim() == 0 {
        a.reshape_exact(&[1]).unwrap_or_else(|_| a.clone())
    } else {
        a.clone()
    };
    let mask = if mask.dtype == DType::Bool {
        mask
    } else {
        mask.astype(DType::Bool)
    };
    nonzero_coords(&mask)
        .into_iter()
        .map(|c| {
            let n = c.len();
            NdArray::from_vec(c, &[n]).expect("1-d shape matches")
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use IndexItem::*;

    fn a34() -> NdArray {
        NdArray::from_vec((0..12i64).collect(), &[3, 4]).unwrap()
    }
    fn ints(v: &[i64]) -> IndexItem {
        IntArray(NdArray::from_vec(v.to_vec(), &[v.len()]).unwrap())
    }
    fn all() -> IndexItem {
        Slice {
            start: None,
            stop: None,
            step: None,
        }
    }
    fn err(a: &NdArray, items: &[IndexItem]) -> String {
        get_index(a, items).unwrap_err().message
    }

    // python3 -c 'import numpy as np; a=np.arange(12).reshape(3,4); a[[0,1],[0,1,2]]' etc.
    #[test]
    fn messages_match_numpy() {
        let a = a34();
        assert_eq!(
            err(&a, &[Ellipsis, Ellipsis]),
            "an index can only have a single ellipsis ('...')"
        );
        assert_eq!(
            err(&a, &[ints(&[0, 1]), ints(&[0, 1, 2])]),
            "shape mismatch: indexing arrays could not be broadcast together with shapes (2,) (3,) "
        );
        let mask = NdArray::from_vec(vec![true, false], &[2]).unwrap();
        assert_eq!(
            err(&a, &[all(), BoolArray(mask)]),
            "boolean index did not match indexed array along axis 1; size of axis is 4 but size of corresponding boolean axis is 2"
        );
        assert_eq!(
            err(&a, &[ints(&[5])]),
            "index 5 is out of bounds for axis 0 with size 3"
        );
        assert_eq!(
            err(&a, &[ints(&[-4])]),
            "index -4 is out of bounds for axis 0 with size 3"
        );
        assert_eq!(
            err(&a, &[Int(1), Int(2), Int(3)]),
            "too many indices for array: array is 2-dimensional, but 3 were indexed"
        );
        assert_eq!(
            err(
                &a,
                &[Slice {
                    start: None,
                    stop: None,
                    step: Some(0)
                }]
            ),
            "slice step cannot be zero"
        );
    }

    #[test]
    fn basic_views_alias() {
        let a = a34();
        let Indexed::View(row) = get_index(
            &a,
            &[
                Int(1),
                Slice {
                    start: None,
                    stop: None,
                    step: Some(-2),
                },
            ],
        )
        .unwrap() else {
            panic!("expected a view")
        };
        assert_eq!(row.to_vec::<i64>(), vec![7, 5]);
        row.set(&[0], Scalar::I64(70)).unwrap();
        assert_eq!(a.get(&[1, 3]).unwrap(), Scalar::I64(70));
        let Indexed::Scalar(s) = get_index(&a, &[Int(-1), Int(0)]).unwrap() else {
            panic!()
        };
        assert_eq!(s, Scalar::I64(8));
        let Indexed::View(v) = get_index(&a, &[Ellipsis, NewAxis]).unwrap() else {
            panic!()
        };
        assert_eq!(v.shape, vec![3, 4, 1]);
        // a[5:1:-1] on axis of length 3 -> [2, 1]... python: list(range(3))[5:1:-1] == [2]
        assert_eq!(
            slice_indices(Some(5), Some(1), Some(-1), 3).unwrap(),
            (2, -1, 1)
        );
        assert_eq!(slice_indices(None, None, Some(-1), 0).unwrap().2, 0);
    }

    #[test]
    fn advanced_shapes_match_numpy() {
        // b=np.zeros((2,3,4,5)); b[:, [0,1], :, [0,1]].shape == (2, 2, 4); b[0, :, [1,2]].shape == (2, 3, 5)
        // b[:, [[0],[1]], [0,1,2]].shape == (2, 2, 3, 5); b[:, 0, :, [0,1]].shape == (2, 2, 4)
        // b[:,:,0,[1,2]].shape == (2, 3, 2)
        let b = NdArray::from_vec((0..120i64).collect(), &[2, 3, 4, 5]).unwrap();
        let shape = |items: &[IndexItem]| match get_index(&b, items).unwrap() {
            Indexed::Copy(c) => c.shape,
            _ => panic!("expected a copy"),
        };
        assert_eq!(
            shape(&[all(), ints(&[0, 1]), all(), ints(&[0, 1])]),
            vec![2, 2, 4]
        );
        assert_eq!(shape(&[Int(0), all(), ints(&[1, 2])]), vec![2, 3, 5]);
        let col = IntArray(NdArray::from_vec(vec![0i64, 1], &[2, 1]).unwrap());
        assert_eq!(shape(&[all(), col, ints(&[0, 1, 2])]), vec![2, 2, 3, 5]);
        assert_eq!(shape(&[all(), Int(0), all(), ints(&[0, 1])]), vec![2, 2, 4]);
        assert_eq!(shape(&[all(), all(), Int(0), ints(&[1, 2])]), vec![2, 3, 2]);
        // b[1, [2, 0], 3, 4] -> [119, 79]
        let Indexed::Copy(c) = get_index(&b, &[Int(1), ints(&[2, 0]), Int(3), Int(4)]).unwrap()
        else {
            panic!()
        };
        assert_eq!(c.to_vec::<i64>(), vec![119, 79]);
    }

    #[test]
    fn masks_and_assignment() {
        let a = a34();
        let mask =
            NdArray::from_vec((0..12).map(|i| i % 2 == 0).collect::<Vec<bool>>(), &[3, 4]).unwrap();
        let Indexed::Copy(c) = get_index(&a, &[BoolArray(mask.clone())]).unwrap() else {
            panic!()
        };
        assert_eq!(c.to_vec::<i64>(), vec![0, 2, 4, 6, 8, 10]);
        let three = NdArray::from_vec(vec![0i64, 1, 2], &[3]).unwrap();
        assert_eq!(
            set_index(
                &a,
                &[Slice {
                    start: None,
                    stop: Some(2),
                    step: None
                }],
                &three
            )
            .unwrap_err()
            .message,
            "could not broadcast input array from shape (3,) into shape (2,4)"
        );
        assert_eq!(
            set_index(&a, &[ints(&[0, 1])], &three).unwrap_err().message,
            "shape mismatch: value array of shape (3,) could not be broadcast to indexing result of shape (2,4)"
        );
        assert_eq!(
            set_index(&a, &[BoolArray(mask.clone())], &three).unwrap_err().message,
            "NumPy boolean array indexing assignment cannot assign 3 input values to the 6 output values where the mask is true"
        );
        set_index(
            &a,
            &[BoolArray(mask)],
            &NdArray::from_scalar(Scalar::F64(-1.7)),
        )
        .unwrap();
        assert_eq!(a.to_vec::<i64>()[..4], [-1, 1, -1, 3]);
        set_index(
            &a,
            &[all(), ints(&[3, 0])],
            &NdArray::from_vec(vec![8i64, 9], &[2]).unwrap(),
        )
        .unwrap();
        assert_eq!(a.to_vec::<i64>()[..4], [9, 1, -1, 8]);
        let nz = nonzero(&a);
        assert_eq!(nz[0].to_vec::<i64>().len(), 12);
    }
}
