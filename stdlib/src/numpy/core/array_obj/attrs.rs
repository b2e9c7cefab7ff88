//! Attributes of `ndarray`: `shape`, `dtype`, `ndim`, `size`, `itemsize`, `nbytes`, `strides`,
//! `T`, `flat`, `real`, `imag`, `base`, `flags`, `__array_interface__`, and bound methods.

use super::methods::{call_method, ArrayMethod};
use super::{view_value, PyNdArray};
use crate::numpy::core::dtype_obj::dtype_value;
use crate::numpy::core::flat::{flags_value, flat_value};
use crate::numpy::core::method::BoundMethod;
use crate::numpy::core::{array_err, array_value};
use mnpy_arrays::{NdArray, Scalar};
use mnpy_runtime::interp_api::Interp;
use mnpy_runtime::{PyResult, Value};

/// A tuple of ints.
pub fn int_tuple<T: Copy + TryInto<i64>>(items: &[T]) -> Value {
    Value::tuple(
        items
            .iter()
            .map(|&d| Value::Int(d.try_into().unwrap_or(i64::MAX)))
            .collect(),
    )
}

/// The real or imaginary part of a complex array as a float view.
fn complex_part(a: &NdArray, imag: bool) -> NdArray {
    let real = a.dtype.real_dtype();
    NdArray {
        buffer: a.buffer.clone(),
        dtype: real,
        shape: a.shape.clone(),
        strides: a.strides.clone(),
        offset: a.offset + if imag { real.itemsize() } else { 0 },
    }
}

/// `a.name`; `Ok(None)` when `a` has no such attribute.
pub fn get(
    vm: &mut dyn Interp,
    this: &Value,
    arr: &PyNdArray,
    name: &str,
) -> PyResult<Option<Value>> {
    let a = &arr.array;
    Ok(Some(match name {
        "shape" => int_tuple(&a.shape),
        "dtype" => dtype_value(a.dtype),
        "ndim" => Value::Int(a.ndim() as i64),
        "size" => Value::Int(a.size() as i64),
        "itemsize" => Value::Int(a.itemsize() as i64),
        "nbytes" => Value::Int(a.nbytes() as i64),
        "strides" => int_tuple(&a.strides),
        "T" => view_value(a.transpose(None).map_err(array_err)?, this),
        "mT" => view_value(a.swapaxes(-1, -2).map_err(array_err)?, this),
        "flat" => flat_value(this, a),
        "flags" => flags_value(a, arr.base.is_none()),
        "base" => arr.base.clone().unwrap_or(Value::None),
        "real" => {
            if a.dtype.is_complex() {
                view_value(complex_part(a, false), this)
            } else {
                this.clone()
            }
        }
        "imag" => {
            if a.dtype.is_complex() {
                view_value(complex_part(a, true), this)
            } else {
                let z = NdArray::zeroed(a.dtype, &a.shape).map_err(array_err)?;
                array_value(z)
            }
        }
        "__array_interface__" => crate::numpy::core::interface::interface_dict(vm, a)?,
        "__array_priority__" => Value::Float(0.0),
        "data" => Value::Int(a.buffer.data_ptr() as usize as i64 + a.offset as i64),
        _ => match ArrayMethod::from_name(name) {
            Some(m) => BoundMethod::value(this, m, m.name(), call_method),
            None => return Ok(None),
        },
    }))
}

/// The first element of an array, for `item()` on size-1 arrays.
pub fn only_element(a: &NdArray) -> Option<Scalar> {
    if a.size() == 1 {
        a.get_flat(0).ok()
    } else {
        None
    }
}
