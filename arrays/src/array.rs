//! `NdArray`: a strided view (data buffer + dtype + shape + byte strides + byte offset) and its
//! element access: get/set by multi-index or flat C-order position, C-order iteration, typed
//! gathers and scatters, contiguity flags, copies and `astype`.

use crate::buffer::Buffer;
use crate::dtype::{DType, Scalar};
use crate::element::{scalar_as, Element};
use crate::error::{shape_str, ArrayError, ArrayResult};
use crate::with_dtype;
use std::rc::Rc;

/// An n-dimensional array: a view into a shared [`Buffer`].
///
/// Element `(i0, i1, ...)` lives at byte `offset + sum(ik * strides[k])` of `buffer`.
/// Cloning an `NdArray` clones the view, not the data.
#[derive(Clone, Debug)]
pub struct NdArray {
    /// The shared bytes.
    pub buffer: Rc<Buffer>,
    /// Element type.
    pub dtype: DType,
    /// Length of each dimension.
    pub shape: Vec<usize>,
    /// Byte step of each dimension (may be negative or zero).
    pub strides: Vec<isize>,
    /// Byte position of element `(0, 0, ...)` in `buffer`.
    pub offset: usize,
}

/// Product of the dimensions, or a `ValueError` when it overflows.
pub fn shape_size(shape: &[usize]) -> ArrayResult<usize> {
    shape.iter().try_fold(1usize, |acc, &d| acc.checked_mul(d)).ok_or_else(|| {
        ArrayError::value("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.")
    })
}

/// Byte strides of a C-contiguous array of `shape` with elements of `itemsize` bytes.
pub fn c_strides(shape: &[usize], itemsize: usize) -> Vec<isize> {
    let mut strides = vec![0isize; shape.len()];
    let mut step = itemsize as isize;
    for axis in (0..shape.len()).rev() {
        strides[axis] = step;
        step *= shape[axis].max(1) as isize;
    }
    strides
}

/// Normalises a possibly negative index into `0..len`, or NumPy's IndexError.
pub fn normalize_index(index: isize, len: usize, axis: usize) -> ArrayResult<usize> {
    let resolved = if index < 0 {
        index + len as isize
    } else {
        index
    };
    if resolved < 0 || resolved as usize >= len {
        return Err(ArrayError::index(format!(
            "index {index} is out of bounds for axis {axis} with size {len}"
        )));
    }
    Ok(resolved as usize)
}

/// Normalises a possibly negative axis into `0..ndim`, or NumPy's AxisError.
pub fn normalize_axis(axis: isize, ndim: usize) -> ArrayResult<usize> {
    let resolved = if axis < 0 { axis + ndim as isize } else { axis };
    if resolved < 0 || resolved as usize >= ndim {
        return Err(ArrayError::axis(format!(
            "axis {axis} is out of bounds for array of dimension {ndim}"
        )));
    }
    Ok(resolved as usize)
}

/// Iterator over the byte offsets of a strided view's elements in C order.
#[derive(Clone, Debug)]
pub struct OffsetIter {
    shape: Vec<usize>,
    strides: Vec<isize>,
    index: Vec<usize>,
    current: isize,
    remaining: usize,
}

impl OffsetIter {
    /// Offsets of the view `shape`/`strides` starting at byte `offset`.
    pub fn new(shape: &[usize], strides: &[isize], offset: usize) -> OffsetIter {
        let remaining = shape.iter().product();
        OffsetIter {
            shape: shape.to_vec(),
            strides: strides.to_vec(),
            index: vec![0; shape.len()],
            current: offset as isize,
            remaining,
        }
    }
}

impl Iterator for OffsetIter {
    type Item = usize;
    fn next(&mut self) -> Option<usize> {
        if self.remaining == 0 {
            return None;
        }
        let out = self.current as usize;
        self.remaining -= 1;
        if self.remaining > 0 {
            for axis in (0..self.shape.len()).rev() {
                self.index[axis] += 1;
                self.current += self.strides[axis];
                if self.index[axis] < self.shape[axis] {
                    break;
                }
                self.current -= self.strides[axis] * self.shape[axis] as isize;
                self.index[axis] = 0;
            }
        }
        Some(out)
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}

impl NdArray {
    /// A new C-contiguous array of zero bytes (zeros of every dtype).
    pub fn zeroed(dtype: DType, shape: &[usize]) -> ArrayResult<NdArray> {
        let size = shape_size(shape)?;
        let nbytes = size
            .checked_mul(dtype.itemsize())
            .filter(|&n| n <= isize::MAX as usize);
        let nbytes = nbytes.ok_or_else(|| {
            ArrayError::value("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.")
        })?;
        Ok(NdArray {
            buffer: Rc::new(Buffer::zeroed(nbytes)),
            dtype,
            shape: shape.to_vec(),
            strides: c_strides(shape, dtype.itemsize()),
            offset: 0,
        })
    }

    /// A C-contiguous array holding `values` (C order) with `shape`.
    pub fn from_vec<T: Element>(values: Vec<T>, shape: &[usize]) -> ArrayResult<NdArray> {
        let size = shape_size(shape)?;
        if size != values.len() {
            return Err(ArrayError::value(format!(
                "cannot reshape array of size {} into shape {}",
                values.len(),
                shape_str(shape)
            )));
        }
        let itemsize = T::DTYPE.itemsize();
        let mut bytes = vec![0u8; size * itemsize];
        for (chunk, value) in bytes.chunks_exact_mut(itemsize).zip(values) {
            value.write_le(chunk);
        }
        Ok(NdArray {
            buffer: Rc::new(Buffer::from_bytes(&bytes)),
            dtype: T::DTYPE,
            shape: shape.to_vec(),
            strides: c_strides(shape, itemsize),
            offset: 0,
        })
    }

    /// A C-contiguous array of `dtype` from `values` (each cast to `dtype`) with `shape`.
    pub fn from_scalars(values: &[Scalar], shape: &[usize], dtype: DType) -> ArrayResult<NdArray> {
        with_dtype!(dtype, T => {
            let typed: Vec<T> = values.iter().map(|&s| scalar_as::<T>(s)).collect();
            NdArray::from_vec(typed, shape)
        })
    }

    /// A 0-d array holding `value`.
    pub fn from_scalar(value: Scalar) -> NdArray {
        with_dtype!(value.dtype(), T => {
            let typed: T = scalar_as::<T>(value);
            NdArray {
                buffer: Rc::new({
                    let mut raw = [0u8; 16];
                    typed.write_le(&mut raw);
                    Buffer::from_bytes(&raw[..value.dtype().itemsize()])
                }),
                dtype: value.dtype(),
                shape: vec![],
                strides: vec![],
                offset: 0,
            }
        })
    }

    /// Number of dimensions.
    pub fn ndim(&self) -> usize {
        self.shape.len()
    }

    /// Number of elements.
    pub fn size(&self) -> usize {
        self.shape.iter().product()
    }

    /// Bytes per element.
    pub fn itemsize(&self) -> usize {
        self.dtype.itemsize()
    }

    /// `size * itemsize`.
    pub fn nbytes(&self) -> usize {
        self.size() * self.itemsize()
    }

    /// Pointer to element `(0, 0, ...)`, for the JIT and `__array_interface__`.
    pub fn data_ptr(&self) -> *mut u8 {
        self.buffer.data_ptr().wrapping_add(self.offset)
    }

    /// True when both views share one buffer.
    pub fn shares_buffer(&self, other: &NdArray) -> bool {
        Rc::ptr_eq(&self.buffer, &other.buffer)
    }

    /// Byte offsets of the elements in C order.
    pub fn offsets(&self) -> OffsetIter {
        OffsetIter::new(&self.shape, &self.strides, self.offset)
    }

    /// NumPy's C_CONTIGUOUS flag (dimensions of length 1 are ignored; empty arrays qualify).
    pub fn is_c_contiguous(&self) -> bool {
        if self.size() == 0 {
            return true;
        }
        let mut expected = self.itemsize() as isize;
        for axis in (0..self.ndim()).rev() {
            if self.shape[axis] != 1 {
                if self.strides[axis] != expected {
                    return false;
                }
                expected *= self.shape[axis] as isize;
            }
        }
        true
    }

    /// NumPy's F_CONTIGUOUS flag.
    pub fn is_f_contiguous(&self) -> bool {
        if self.size() == 0 {
            return true;
        }
        let mut expected = self.itemsize() as isize;
        for axis in 0..self.ndim() {
            if self.shape[axis] != 1 {
                if self.strides[axis] != expected {
                    return false;
                }
                expected *= self.shape[axis] as isize;
            }
        }
        true
    }

    /// Lowest and one-past-highest byte touched by the view (`(offset, offset)` when empty).
    fn byte_span(&self) -> (usize, usize) {
        if self.size() == 0 {
            return (self.offset, self.offset);
        }
        let mut low = self.offset as isize;
        let mut high = self.offset as isize;
        for (&len, &stride) in self.shape.iter().zip(&self.strides) {
            let reach = stride * (len as isize - 1);
            if reach < 0 {
                low += reach;
            } else {
                high += reach;
            }
        }
        (low as usize, high as usize + self.itemsize())
    }

    /// Reads the element at byte `offset` of the buffer.
    pub fn read_at(&self, offset: usize) -> Scalar {
        let mut raw = [0u8; 16];
        let n = self.itemsize();
        self.buffer.read_bytes(offset, &mut raw[..n]);
        with_dtype!(self.dtype, T => T::read_le(&raw).to_scalar())
    }

    /// Writes `value` (cast to the array's dtype) at byte `offset` of the buffer.
    pub fn write_at(&self, offset: usize, value: Scalar) {
        let mut raw = [0u8; 16];
        with_dtype!(self.dtype, T => scalar_as::<T>(value).write_le(&mut raw));
        self.buffer.write_bytes(offset, &raw[..self.itemsize()]);
    }

    /// Byte offset of the element at a multi-index (negative indices count from the end).
    pub fn offset_of(&self, index: &[isize]) -> ArrayResult<usize> {
        if index.len() != self.ndim() {
            return Err(ArrayError::index(format!(
                "too many indices for array: array is {}-dimensional, but {} were indexed",
                self.ndim(),
                index.len()
            )));
        }
        let mut at = self.offset as isize;
        for (axis, (&i, &len)) in index.iter().zip(&self.shape).enumerate() {
            at += normalize_index(i, len, axis)? as isize * self.strides[axis];
        }
        Ok(at as usize)
    }

    /// Byte offset of the element at flat C-order position `pos` (negative counts from the end).
    pub fn offset_of_flat(&self, pos: isize) -> ArrayResult<usize> {
        let size = self.size();
        let resolved = if pos < 0 { pos + size as isize } else { pos };
        if resolved < 0 || resolved as usize >= size {
            return Err(ArrayError::index(format!(
                "index {pos} is out of bounds for size {size}"
            )));
        }
        let mut rest = resolved as usize;
        let mut at = self.offset as isize;
        for axis in (0..self.ndim()).rev() {
            let len = self.shape[axis];
            at += (rest % len) as isize * self.strides[axis];
            rest /= len;
        }
        Ok(at as usize)
    }

    /// The element at a full multi-index.
    pub fn get(&self, index: &[isize]) -> ArrayResult<Scalar> {
        Ok(self.read_at(self.offset_of(index)?))
    }

    /// Sets the element at a full multi-index (value cast to the dtype).
    pub fn set(&self, index: &[isize], value: Scalar) -> ArrayResult<()> {
        self.write_at(self.offset_of(index)?, value);
        Ok(())
    }

    /// The element at flat C-order position `pos` (`a.flat[pos]`).
    pub fn get_flat(&self, pos: isize) -> ArrayResult<Scalar> {
        Ok(self.read_at(self.offset_of_flat(pos)?))
    }

    /// Sets the element at flat C-order position `pos`.
    pub fn set_flat(&self, pos: isize, value: Scalar) -> ArrayResult<()> {
        self.write_at(self.offset_of_flat(pos)?, value);
        Ok(())
    }

    /// The only element of a size-1 array (`a.item()`), else NumPy's ValueError.
    pub fn item(&self) -> ArrayResult<Scalar> {
        if self.size() != 1 {
            return Err(ArrayError::value(
                "can only convert an array of size 1 to a Python scalar",
            ));
        }
        Ok(self.read_at(self.offset))
    }

    /// All elements in C order, cast to `T` with `astype` semantics.
    pub fn to_vec<T: Element>(&self) -> Vec<T> {
        let (low, high) = self.byte_span();
        let bytes = self.buffer.to_vec(low, high - low);
        with_dtype!(self.dtype, S => {
            let n = self.itemsize();
            if self.is_c_contiguous() {
                bytes.chunks_exact(n).map(|c| S::read_le(c).cast::<T>()).collect()
            } else {
                self.offsets().map(|o| S::read_le(&bytes[o - low..]).cast::<T>()).collect()
            }
        })
    }

    /// All elements in C order as scalars of the array's dtype.
    pub fn to_vec_scalars(&self) -> Vec<Scalar> {
        with_dtype!(self.dtype, T => self.to_vec::<T>().into_iter().map(|v| v.to_scalar()).collect())
    }

    /// Writes `values` (C order, one per element, cast to the dtype) into this view.
    pub fn assign_from_vec<T: Element>(&self, values: &[T]) {
        with_dtype!(self.dtype, D => {
            let n = self.itemsize();
            if self.is_c_contiguous() {
                let mut bytes = vec![0u8; values.len() * n];
                for (chunk, v) in bytes.chunks_exact_mut(n).zip(values) {
                    v.cast::<D>().write_le(chunk);
                }
                self.buffer.write_bytes(self.offset, &bytes);
            } else {
                let mut raw = [0u8; 16];
                for (o, v) in self.offsets().zip(values) {
                    v.cast::<D>().write_le(&mut raw);
                    self.buffer.write_bytes(o, &raw[..n]);
                }
            }
        })
    }

    /// Writes every element of `source` (same size, C order) into this view, casting.
    /// Safe when both views share a buffer: the source is read completely first.
    pub fn assign_array(&self, source: &NdArray) {
        with_dtype!(source.dtype, S => self.assign_from_vec(&source.to_vec::<S>()))
    }

    /// Sets every element to `value` (cast to the dtype).
    pub fn fill(&self, value: Scalar) {
        with_dtype!(self.dtype, T => {
            let v: T = scalar_as(value);
            self.assign_from_vec(&vec![v; self.size()])
        })
    }

    /// A C-contiguous copy (`a.copy()`).
    pub fn copy(&self) -> NdArray {
        self.astype(self.dtype)
    }

    /// A C-contiguous copy converted to `dtype` (`a.astype(dtype)`).
    pub fn astype(&self, dtype: DType) -> NdArray {
        with_dtype!(dtype, T => {
            let values = self.to_vec::<T>();
            NdArray::from_vec(values, &self.shape).expect("size matches its own shape")
        })
    }

    /// A C-contiguous array of the same shape with `values` as its elements.
    pub fn with_values<T: Element>(&self, values: Vec<T>) -> ArrayResult<NdArray> {
        NdArray::from_vec(values, &self.shape)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn get_set_and_flags() {
        let a = NdArray::from_vec((0..6i64).collect(), &[2, 3]).unwrap();
        assert_eq!(a.get(&[1, -1]).unwrap(), Scalar::I64(5));
        assert!(a.is_c_contiguous() && !a.is_f_contiguous());
        // python3 -c 'import numpy as np; np.zeros(3)[5]'
        assert_eq!(
            a.get(&[5, 0]).unwrap_err().message,
            "index 5 is out of bounds for axis 0 with size 2"
        );
        a.set_flat(4, Scalar::F64(9.7)).unwrap();
        assert_eq!(a.get_flat(-2).unwrap(), Scalar::I64(9));
        let t = NdArray {
            shape: vec![3, 2],
            strides: vec![8, 24],
            ..a.clone()
        };
        assert!(t.is_f_contiguous());
        assert_eq!(t.to_vec::<i64>(), vec![0, 3, 1, 9, 2, 5]);
        assert_eq!(t.copy().strides, vec![16, 8]);
        assert_eq!(
            a.astype(DType::Float32).to_vec_scalars()[4],
            Scalar::F32(9.0)
        );
    }
}
