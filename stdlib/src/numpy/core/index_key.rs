//! Python subscript keys (`a[1]`, `a[1:3, ::2]`, `a[..., None]`, `a[mask]`, `a[[0, 2]]`) as
//! `mnpy_arrays::IndexItem`s, with NumPy's IndexError for keys of other types.

use super::array_obj::as_array;
use super::convert::to_ndarray;
use super::scalar_obj::PyScalar;
use crate::native::downcast_native;
use mnpy_arrays::{DType, IndexItem, NdArray};
use mnpy_runtime::interp_api::Interp;
use mnpy_runtime::object::HeapObj;
use mnpy_runtime::{PyErr, PyResult, Value};

/// NumPy's IndexError for keys that are not indices.
pub fn invalid_index() -> PyErr {
    PyErr::index_error(
        "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices",
    )
}

/// The index items of a subscript key.
pub fn index_items(vm: &mut dyn Interp, key: &Value) -> PyResult<Vec<IndexItem>> {
    if let Some(HeapObj::Tuple(t)) = key.as_obj() {
        let parts = t.to_vec();
        let mut out = Vec::with_capacity(parts.len());
        for p in &parts {
            out.push(index_item(vm, p)?);
        }
        return Ok(out);
    }
    Ok(vec![index_item(vm, key)?])
}

fn slice_part(vm: &mut dyn Interp, v: &Value) -> PyResult<Option<isize>> {
    match v {
        Value::None => Ok(None),
        _ => {
            if let Some(s) = downcast_native::<PyScalar>(v) {
                if let Some(i) = s.0.to_i128() {
                    return Ok(Some(i as isize));
                }
            }
            match crate::args::to_index(vm, v) {
                Ok(i) => Ok(Some(i as isize)),
                Err(_) => Err(PyErr::type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            }
        }
    }
}

fn array_item(a: NdArray) -> PyResult<IndexItem> {
    match a.dtype {
        DType::Bool => Ok(IndexItem::BoolArray(a)),
        d if d.is_integer() => Ok(IndexItem::IntArray(a)),
        _ => Err(PyErr::index_error(
            "arrays used as indices must be of integer (or boolean) type",
        )),
    }
}

/// One component of a key.
pub fn index_item(vm: &mut dyn Interp, v: &Value) -> PyResult<IndexItem> {
    match v {
        Value::Int(i) => return Ok(IndexItem::Int(*i as isize)),
        Value::None => return Ok(IndexItem::NewAxis),
        Value::Ellipsis => return Ok(IndexItem::Ellipsis),
        Value::Bool(b) => {
            return Ok(IndexItem::BoolArray(NdArray::from_scalar(
                mnpy_arrays::Scalar::Bool(*b),
            )))
        }
        Value::Float(_) => return Err(invalid_index()),
        _ => {}
    }
    if let Some(a) = as_array(v) {
        return array_item(a.array.clone());
    }
    if let Some(s) = downcast_native::<PyScalar>(v) {
        return match s.0 {
            mnpy_arrays::Scalar::Bool(_) => Ok(IndexItem::BoolArray(NdArray::from_scalar(s.0))),
            x => match x.to_i128() {
                Some(i) => Ok(IndexItem::Int(i as isize)),
                None => Err(invalid_index()),
            },
        };
    }
    match v.as_obj() {
        Some(HeapObj::Slice(start, stop, step)) => {
            let (start, stop, step) = (start.clone(), stop.clone(), step.clone());
            let step = slice_part(vm, &step)?;
            if step == Some(0) {
                return Err(PyErr::value_error("slice step cannot be zero"));
            }
            Ok(IndexItem::Slice {
                start: slice_part(vm, &start)?,
                stop: slice_part(vm, &stop)?,
                step,
            })
        }
        Some(HeapObj::BigInt(_)) => Err(PyErr::index_error(
            "cannot fit 'int' into an index-sized integer",
        )),
        Some(HeapObj::List(l)) => {
            if l.borrow().is_empty() {
                return Ok(IndexItem::IntArray(
                    NdArray::from_vec(Vec::<i64>::new(), &[0]).map_err(super::array_err)?,
                ));
            }
            let a = to_ndarray(vm, v).map_err(|_| invalid_index())?;
            match a.dtype {
                DType::Bool => Ok(IndexItem::BoolArray(a)),
                d if d.is_integer() => Ok(IndexItem::IntArray(a)),
                _ => Err(invalid_index()),
            }
        }
        Some(HeapObj::Instance(_)) => match vm.getattr_opt(v, "__index__")? {
            Some(_) => Ok(IndexItem::Int(crate::args::to_index(vm, v)? as isize)),
            None => Err(invalid_index()),
        },
        _ => Err(invalid_index()),
    }
}
