//! Shape manipulation returning views where NumPy does: reshape/ravel, transpose, swapaxes,
//! squeeze, expand_dims, broadcast_to, and broadcasting of shapes.

use crate::array::{c_strides, normalize_axis, shape_size, NdArray};
use crate::error::{shape_str_compact, ArrayError, ArrayResult};

/// NumPy's view strides for reshaping a strided array without copying, or `None` when a copy
/// is needed. Old dimensions are grouped with new ones whose products agree; each group must be
/// C-contiguous within itself.
fn nocopy_strides(
    shape: &[usize],
    strides: &[isize],
    itemsize: usize,
    new_shape: &[usize],
) -> Option<Vec<isize>> {
    let old: Vec<(usize, isize)> = shape
        .iter()
        .zip(strides)
        .filter(|(&len, _)| len != 1)
        .map(|(&l, &s)| (l, s))
        .collect();
    let mut new_strides = vec![0isize; new_shape.len()];
    let (mut oi, mut oj, mut ni, mut nj) = (0usize, 1usize, 0usize, 1usize);
    while ni < new_shape.len() && oi < old.len() {
        let mut new_product = new_shape[ni];
        let mut old_product = old[oi].0;
        while new_product != old_product {
            if new_product < old_product {
                new_product *= *new_shape.get(nj)?;
                nj += 1;
            } else {
                old_product *= old.get(oj)?.0;
                oj += 1;
            }
        }
        for ok in oi..oj - 1 {
            if old[ok].1 != old[ok + 1].0 as isize * old[ok + 1].1 {
                return None;
            }
        }
        new_strides[nj - 1] = old[oj - 1].1;
        for nk in (ni + 1..nj).rev() {
            new_strides[nk - 1] = new_strides[nk] * new_shape[nk] as isize;
        }
        ni = nj;
        nj += 1;
        oi = oj;
        oj += 1;
    }
    let last = if ni >= 1 {
        new_strides[ni - 1]
    } else {
        itemsize as isize
    };
    for stride in new_strides.iter_mut().skip(ni) {
        *stride = last;
    }
    Some(new_strides)
}

/// Resolves one `-1` (any negative) entry of a requested shape against `size`, with NumPy's
/// messages.
pub fn resolve_shape(size: usize, requested: &[isize]) -> ArrayResult<Vec<usize>> {
    let render = || {
        // NumPy drops leading negative ("newaxis") entries and keeps the tuple comma only when
        // the requested shape had exactly one entry.
        let first = requested
            .iter()
            .position(|&d| d >= 0)
            .unwrap_or(requested.len());
        let parts: Vec<String> = requested[first..]
            .iter()
            .map(|&d| {
                if d < 0 {
                    "newaxis".to_string()
                } else {
                    d.to_string()
                }
            })
            .collect();
        if requested.len() == 1 && !parts.is_empty() {
            format!("({},)", parts[0])
        } else {
            format!("({})", parts.join(","))
        }
    };
    let mismatch = || {
        ArrayError::value(format!(
            "cannot reshape array of size {size} into shape {}",
            render()
        ))
    };
    let unknown: Vec<usize> = (0..requested.len()).filter(|&i| requested[i] < 0).collect();
    if unknown.len() > 1 {
        return Err(ArrayError::value("can only specify one unknown dimension"));
    }
    let known: Vec<usize> = requested.iter().map(|&d| d.max(0) as usize).collect();
    let known_product = requested
        .iter()
        .filter(|&&d| d >= 0)
        .try_fold(1usize, |acc, &d| acc.checked_mul(d as usize))
        .ok_or_else(mismatch)?;
    match unknown.first() {
        None => {
            if known_product != size {
                return Err(mismatch());
            }
            Ok(known)
        }
        Some(&at) => {
            if known_product == 0 || !size.is_multiple_of(known_product) {
                return Err(mismatch());
            }
            let mut out = known;
            out[at] = size / known_product;
            Ok(out)
        }
    }
}

impl NdArray {
    /// `a.reshape(shape)`: a view when the layout allows, else a reshaped copy.
    pub fn reshape(&self, requested: &[isize]) -> ArrayResult<NdArray> {
        let new_shape = resolve_shape(self.size(), requested)?;
        self.reshape_exact(&new_shape)
    }

    /// Reshape to a fully known shape (same size): view when possible, else copy.
    pub fn reshape_exact(&self, new_shape: &[usize]) -> ArrayResult<NdArray> {
        if shape_size(new_shape)? != self.size() {
            return Err(ArrayError::value(format!(
                "cannot reshape array of size {} into shape {}",
                self.size(),
                shape_str_compact(new_shape)
            )));
        }
        let strides = if self.is_c_contiguous() {
            Some(c_strides(new_shape, self.itemsize()))
        } else {
            nocopy_strides(&self.shape, &self.strides, self.itemsize(), new_shape)
        };
        match strides {
            Some(strides) => Ok(NdArray {
                shape: new_shape.to_vec(),
                strides,
                ..self.clone()
            }),
            None => {
                let copy = self.copy();
                Ok(NdArray {
                    shape: new_shape.to_vec(),
                    strides: c_strides(new_shape, self.itemsize()),
                    ..copy
                })
            }
        }
    }

    /// `a.ravel()`: a 1-d view when C-contiguous, else a copy.
    pub fn ravel(&self) -> NdArray {
        let base = if self.is_c_contiguous() {
            self.clone()
        } else {
            self.copy()
        };
        NdArray {
            shape: vec![self.size()],
            strides: vec![self.itemsize() as isize],
            ..base
        }
    }

    /// `a.flatten()`: always a copy.
    pub fn flatten(&self) -> NdArray {
        let copy = self.copy();
        NdArray {
            shape: vec![self.size()],
            strides: vec![self.itemsize() as isize],
            ..copy
        }
    }

    /// `a.transpose(axes)` (reversed axes when `None`): a view.
    pub fn transpose(&self, axes: Option<&[isize]>) -> ArrayResult<NdArray> {
        let ndim = self.ndim();
        let order: Vec<usize> = match axes {
            None => (0..ndim).rev().collect(),
            Some(axes) => {
                if axes.len() != ndim {
                    return Err(ArrayError::value("axes don't match array"));
                }
                let mut seen = vec![false; ndim];
                let mut order = Vec::with_capacity(ndim);
                for &axis in axes {
                    let a = normalize_axis(axis, ndim)?;
                    if seen[a] {
                        return Err(ArrayError::value("repeated axis in transpose"));
                    }
                    seen[a] = true;
                    order.push(a);
                }
                order
            }
        };
        Ok(NdArray {
            shape: order.iter().map(|&a| self.shape[a]).collect(),
            strides: order.iter().map(|&a| self.strides[a]).collect(),
            ..self.clone()
        })
    }

    /// `a.swapaxes(axis1, axis2)`: a view.
    pub fn swapaxes(&self, axis1: isize, axis2: isize) -> ArrayResult<NdArray> {
        let ndim = self.ndim();
        let a = normalize_axis(axis1, ndim)
            .map_err(|e| ArrayError::axis(format!("axis1: {}", e.message)))?;
        let b = normalize_axis(axis2, ndim)
            .map_err(|e| ArrayError::axis(format!("axis2: {}", e.message)))?;
        let mut out = self.clone();
        out.shape.swap(a, b);
        out.strides.swap(a, b);
        Ok(out)
    }

    /// `np.moveaxis(a, source, destination)` for single axes: a view.
    pub fn moveaxis(&self, source: isize, destination: isize) -> ArrayResult<NdArray> {
        let ndim = self.ndim();
        let s = normalize_axis(source, ndim)?;
        let d = normalize_axis(destination, ndim)?;
        let mut order: Vec<isize> = (0..ndim as isize).filter(|&a| a != s as isize).collect();
        order.insert(d, s as isize);
        self.transpose(Some(&order))
    }

    /// `np.squeeze(a, axis)`: drops length-1 axes (all when `None`): a view.
    pub fn squeeze(&self, axes: Option<&[isize]>) -> ArrayResult<NdArray> {
        let ndim = self.ndim();
        let mut drop = vec![false; ndim];
        match axes {
            None => {
                for (axis, &len) in self.shape.iter().enumerate() {
                    drop[axis] = len == 1;
                }
            }
            Some(axes) => {
                for &axis in axes {
                    let a = normalize_axis(axis, ndim)?;
                    if self.shape[a] != 1 {
                        return Err(ArrayError::value(
                            "cannot select an axis to squeeze out which has size not equal to one",
                        ));
                    }
                    drop[a] = true;
                }
            }
        }
        let keep: Vec<usize> = (0..ndim).filter(|&a| !drop[a]).collect();
        Ok(NdArray {
            shape: keep.iter().map(|&a| self.shape[a]).collect(),
            strides: keep.iter().map(|&a| self.strides[a]).collect(),
            ..self.clone()
        })
    }

    /// `np.expand_dims(a, axes)`: inserts length-1 axes at the given positions: a view.
    pub fn expand_dims(&self, axes: &[isize]) -> ArrayResult<NdArray> {
        let new_ndim = self.ndim() + axes.len();
        let mut inserted = vec![false; new_ndim];
        for &axis in axes {
            let a = normalize_axis(axis, new_ndim)?;
            if inserted[a] {
                return Err(ArrayError::value("repeated axis"));
            }
            inserted[a] = true;
        }
        let mut shape = Vec::with_capacity(new_ndim);
        let mut strides = Vec::with_capacity(new_ndim);
        let mut source = 0;
        for is_new in inserted {
            if is_new {
                shape.push(1);
                strides.push(0);
            } else {
                shape.push(self.shape[source]);
                strides.push(self.strides[source]);
                source += 1;
            }
        }
        Ok(NdArray {
            shape,
            strides,
            ..self.clone()
        })
    }

    /// `np.broadcast_to(a, shape)`: a (read-only in NumPy) view with zero strides.
    pub fn broadcast_to(&self, shape: &[usize]) -> ArrayResult<NdArray> {
        let fail = || {
            ArrayError::value(format!(
                "operands could not be broadcast together with remapped shapes [original->remapped]: {}  and requested shape {}",
                shape_str_compact(&self.shape),
                shape_str_compact(shape)
            ))
        };
        if shape.len() < self.ndim() {
            return Err(ArrayError::value(
                "input operand has more dimensions than allowed by the axis remapping",
            ));
        }
        let lead = shape.len() - self.ndim();
        let mut strides = vec![0isize; shape.len()];
        for axis in 0..self.ndim() {
            let (have, want) = (self.shape[axis], shape[lead + axis]);
            if have == want {
                strides[lead + axis] = self.strides[axis];
            } else if have != 1 {
                return Err(fail());
            }
        }
        Ok(NdArray {
            shape: shape.to_vec(),
            strides,
            ..self.clone()
        })
    }
}

/// The broadcast shape of several operands, or NumPy's ufunc message
/// `operands could not be broadcast together with shapes (3,) (4,) `.
pub fn broadcast_shapes(shapes: &[&[usize]]) -> ArrayResult<Vec<usize>> {
    let ndim = shapes.iter().map(|s| s.len()).max().unwrap_or(0);
    let mut out = vec![1usize; ndim];
    for shape in shapes {
        let lead = ndim - shape.len();
        for (axis, &len) in shape.iter().enumerate() {
            let slot = &mut out[lead + axis];
            if *slot == 1 {
                *slot = len;
            } else if len != 1 && len != *slot {
                let rendered: Vec<String> =
                    shapes.iter().map(|s| shape_str_compact(s) + " ").collect();
                return Err(ArrayError::value(format!(
                    "operands could not be broadcast together with shapes {}",
                    rendered.concat()
                )));
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn arange6() -> NdArray {
        NdArray::from_vec((0..6i64).collect(), &[6]).unwrap()
    }

    #[test]
    fn reshape_messages_and_views() {
        let a = arange6();
        // python3 -c 'import numpy as np; np.arange(6).reshape(4,-1)'
        assert_eq!(
            a.reshape(&[4, -1]).unwrap_err().message,
            "cannot reshape array of size 6 into shape (4,newaxis)"
        );
        assert_eq!(
            a.reshape(&[4]).unwrap_err().message,
            "cannot reshape array of size 6 into shape (4,)"
        );
        assert_eq!(
            a.reshape(&[2, 3, 1, 4]).unwrap_err().message,
            "cannot reshape array of size 6 into shape (2,3,1,4)"
        );
        assert_eq!(
            a.reshape(&[-1, -1]).unwrap_err().message,
            "can only specify one unknown dimension"
        );
        let b = a.reshape(&[2, -1]).unwrap();
        assert_eq!(b.shape, vec![2, 3]);
        assert!(b.shares_buffer(&a));
        // a.reshape(2,3)[:, ::2].reshape(4) is a view in NumPy ([0, 2, 3, 5])
        let sliced = NdArray {
            shape: vec![2, 2],
            strides: vec![24, 16],
            ..a.clone()
        };
        let r = sliced.reshape(&[4]).unwrap();
        assert_eq!(r.to_vec::<i64>(), vec![0, 2, 3, 5]);
        assert!(!r.shares_buffer(&a));
        let t = b.transpose(None).unwrap();
        assert_eq!(t.ravel().to_vec::<i64>(), vec![0, 3, 1, 4, 2, 5]);
        assert!(!t.ravel().shares_buffer(&a));
        let every_other = NdArray {
            shape: vec![3],
            strides: vec![16],
            ..a.clone()
        };
        assert!(every_other.reshape(&[3, 1]).unwrap().shares_buffer(&a));
    }

    #[test]
    fn axes_ops_messages() {
        let a = arange6();
        let m = a.reshape(&[2, 3]).unwrap();
        assert_eq!(
            m.transpose(Some(&[0, 0])).unwrap_err().message,
            "repeated axis in transpose"
        );
        assert_eq!(
            m.transpose(Some(&[0, 2])).unwrap_err().message,
            "axis 2 is out of bounds for array of dimension 2"
        );
        assert_eq!(
            a.squeeze(Some(&[0])).unwrap_err().message,
            "cannot select an axis to squeeze out which has size not equal to one"
        );
        assert_eq!(a.expand_dims(&[0, 0]).unwrap_err().message, "repeated axis");
        assert_eq!(a.expand_dims(&[-1, 0]).unwrap().shape, vec![1, 6, 1]);
        assert_eq!(
            a.swapaxes(0, 1).unwrap_err().message,
            "axis2: axis 1 is out of bounds for array of dimension 1"
        );
        assert_eq!(
            a.broadcast_to(&[4]).unwrap_err().message,
            "operands could not be broadcast together with remapped shapes [original->remapped]: (6,)  and requested shape (4,)"
        );
        assert_eq!(a.broadcast_to(&[2, 6]).unwrap().strides, vec![0, 8]);
        assert_eq!(
            broadcast_shapes(&[&[2, 3], &[4, 1, 2]])
                .unwrap_err()
                .message,
            "operands could not be broadcast together with shapes (2,3) (4,1,2) "
        );
        assert_eq!(
            broadcast_shapes(&[&[2, 1], &[4, 1, 3]]).unwrap(),
            vec![4, 2, 3]
        );
    }
}
