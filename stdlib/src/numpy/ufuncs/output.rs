//! The `out=` argument of ufuncs and reductions: which values are accepted, NumPy's
//! `same_kind` casting rule, the broadcast checks, and writing a result into the given array.

use crate::native::downcast_native;
use crate::numpy::core::{array_err, ufunc_type_error, PyNdArray};
use mnpy_arrays::dtype::Kind;
use mnpy_arrays::error::shape_str_compact;
use mnpy_arrays::shape::broadcast_shapes;
use mnpy_arrays::{DType, NdArray};
use mnpy_runtime::interp_api::Interp;
use mnpy_runtime::object::HeapObj;
use mnpy_runtime::{PyErr, PyResult, Value};

/// The ndarray behind a value, if it is an ndarray object (a view: writes reach it).
pub fn ndarray_of(v: &Value) -> Option<NdArray> {
    downcast_native::<PyNdArray>(v).map(|p| p.array.clone())
}

/// `out=None`, `out=arr` or `out=(arr,)` -> the target array value, checked to be an ndarray.
pub fn normalize_out(vm: &mut dyn Interp, out: Option<Value>) -> PyResult<Option<Value>> {
    let Some(v) = out else { return Ok(None) };
    let v = match &v {
        Value::None => return Ok(None),
        Value::Obj(o) if matches!(&**o, HeapObj::Tuple(_)) => {
            let items = vm.collect(&v)?;
            match items.as_slice() {
                [Value::None] => return Ok(None),
                [single] => single.clone(),
                _ => {
                    return Err(PyErr::value_error(
                        "The 'out' tuple must have exactly one entry per ufunc output",
                    ))
                }
            }
        }
        _ => v,
    };
    if ndarray_of(&v).is_none() {
        return Err(PyErr::type_error("return arrays must be of ArrayType"));
    }
    Ok(Some(v))
}

/// An `out=` value of a reduction: an ndarray (or a 1-tuple holding one).
pub fn normalize_out_value(v: &Value) -> PyResult<Value> {
    let v = match v {
        Value::Obj(o) => match &**o {
            HeapObj::Tuple(items) if items.len() == 1 => items[0].clone(),
            _ => v.clone(),
        },
        _ => v.clone(),
    };
    if ndarray_of(&v).is_none() {
        return Err(PyErr::type_error("output must be an array"));
    }
    Ok(v)
}

/// Rank of a kind in NumPy's `same_kind` order: b < u < i < f < c.
fn same_kind_rank(dtype: DType) -> u8 {
    match dtype.kind() {
        Kind::Bool => 0,
        Kind::UnsignedInt => 1,
        Kind::SignedInt => 2,
        Kind::Float => 3,
        Kind::Complex => 4,
    }
}

/// `np.can_cast(from, to, casting='same_kind')`.
pub fn can_cast_same_kind(from: DType, to: DType) -> bool {
    mnpy_arrays::promote::can_cast_safe(from, to) || same_kind_rank(from) <= same_kind_rank(to)
}

/// Writes a ufunc result into `target` (an ndarray value) after NumPy's checks: the inputs
/// and the output broadcast together to exactly the output's shape, and the result dtype
/// casts to the output's under `same_kind`.
pub fn write_out(
    _vm: &mut dyn Interp,
    ufunc_name: &str,
    input_shapes: &[Vec<usize>],
    result: &NdArray,
    target: &Value,
) -> PyResult<()> {
    let out = ndarray_of(target)
        .ok_or_else(|| PyErr::type_error("return arrays must be of ArrayType"))?;
    let mut all: Vec<&[usize]> = input_shapes.iter().map(|s| s.as_slice()).collect();
    all.push(&out.shape);
    if broadcast_shapes(&all).is_err() {
        let parts: Vec<String> = all.iter().map(|s| shape_str_compact(s)).collect();
        return Err(PyErr::value_error(format!(
            "operands could not be broadcast together with shapes {} ",
            parts.join(" ")
        )));
    }
    if result.shape != out.shape {
        let fits = result.broadcast_to(&out.shape).is_ok()
            && broadcast_shapes(&[&result.shape, &out.shape])
                .ok()
                .as_deref()
                == Some(&out.shape[..]);
        if !fits {
            return Err(PyErr::value_error(format!(
                "non-broadcastable output operand with shape {} doesn't match the broadcast shape {}",
                shape_str_compact(&out.shape),
                shape_str_compact(&result.shape)
            )));
        }
    }
    if !can_cast_same_kind(result.dtype, out.dtype) {
        return Err(ufunc_type_error(format!(
            "Cannot cast ufunc '{ufunc_name}' output from dtype('{}') to dtype('{}') with casting rule 'same_kind'",
            result.dtype.name(),
            out.dtype.name()
        )));
    }
    let source = result.broadcast_to(&out.shape).map_err(array_err)?;
    out.assign_array(&source);
    Ok(())
}

/// Writes a reduction result into `target` (shapes must match exactly, unsafe casting as
/// NumPy's reductions allow for same-kind outputs).
pub fn write_reduction_out(result: &NdArray, target: &Value) -> PyResult<()> {
    let out = ndarray_of(target).ok_or_else(|| PyErr::type_error("output must be an array"))?;
    if out.shape != result.shape {
        return Err(PyErr::value_error(format!(
            "output parameter for reduction operation has the wrong number of dimensions: Found {} but expected {}",
            out.ndim(),
            result.ndim()
        )));
    }
    out.assign_array(result);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_kind_table() {
        // python3 -c 'import numpy as np; print([np.can_cast(a,b,"same_kind") for a,b in
        //   [("i8","u1"),("u8","i1"),("f8","f4"),("c8","f8"),("b","?"),("f8","i4")]])'
        // -> [False, True, True, False, False, False]
        assert!(!can_cast_same_kind(DType::Int64, DType::UInt8));
        assert!(can_cast_same_kind(DType::UInt64, DType::Int8));
        assert!(can_cast_same_kind(DType::Float64, DType::Float32));
        assert!(!can_cast_same_kind(DType::Complex64, DType::Float64));
        assert!(!can_cast_same_kind(DType::Int8, DType::Bool));
        assert!(!can_cast_same_kind(DType::Float64, DType::Int32));
    }
}
