//! The core of micronumpy's Python face: the `ndarray` object, NumPy scalar objects, `dtype`
//! objects, their classes, and the conversions every other numpy part uses
//! ([`to_ndarray`], [`array_value`], [`scalar_value`], [`array_or_scalar`], [`to_operand`],
//! [`dtype_arg`], [`axis_arg`], [`array_err`], [`warn_fp`]).
//!
//! Submodules: `classes` (class objects of `ndarray`, scalar types, `dtype`, exceptions),
//! `convert` (Python values <-> arrays and scalars), `interface` (`__array_interface__`),
//! `errors` (exceptions and floating-point warnings, `errstate`), `printopts` (print options),
//! `array_obj` (the ndarray object), `scalar_obj`, `dtype_obj`, `method` (bound methods),
//! `ops` (operators shared by arrays and scalars), `index_key` (Python keys -> index items),
//! `flat` (`a.flat`, `a.flags`, iteration).

pub mod array_obj;
pub mod classes;
pub mod convert;
pub mod dtype_obj;
pub mod errors;
pub mod flat;
pub mod index_key;
pub mod interface;
pub mod method;
pub mod ops;
pub mod printopts;
pub mod scalar_obj;

pub use array_obj::{as_array, view_value, PyNdArray};
pub use convert::{axis_arg, dtype_arg, scalar_to_py, to_ndarray, to_operand};
pub use errors::{array_err, ufunc_type_error, warn_fp};
pub use scalar_obj::PyScalar;

use crate::native::native_value;
use mnpy_arrays::{NdArray, Scalar};
use mnpy_runtime::Value;

/// Wraps an NdArray as a Python ndarray value (owning its data: `.base` is None).
pub fn array_value(a: NdArray) -> Value {
    native_value(Box::new(PyNdArray {
        array: a,
        base: None,
    }))
}

/// A NumPy scalar value (np.float64, np.int64, np.bool_, ...) for one element.
pub fn scalar_value(s: Scalar) -> Value {
    native_value(Box::new(PyScalar(s)))
}

/// The result convention of NumPy: 0-d results of ufuncs/reductions become scalars.
pub fn array_or_scalar(a: NdArray) -> Value {
    if a.ndim() == 0 {
        match a.item() {
            Ok(s) => scalar_value(s),
            Err(_) => array_value(a),
        }
    } else {
        array_value(a)
    }
}

#[cfg(test)]
mod tests;
