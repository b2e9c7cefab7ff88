//! `__array_interface__` (version 3) both ways: the dict an ndarray exposes, and arrays built
//! from an object's interface dict. Data addresses are real buffer addresses; a thread-local
//! registry of the buffers whose address was handed out maps an address back to its buffer,
//! so `np.asarray(obj_with_interface)` aliases the original data without raw pointers.

use crate::containers::{dict_get, new_dict_from_pairs};
use mnpy_arrays::array::{c_strides, shape_size};
use mnpy_arrays::{Buffer, DType, NdArray};
use mnpy_runtime::interp_api::Interp;
use mnpy_runtime::object::HeapObj;
use mnpy_runtime::{PyErr, PyResult, Value};
use std::cell::RefCell;
use std::rc::{Rc, Weak};

thread_local! {
    static BUFFERS: RefCell<Vec<(usize, usize, Weak<Buffer>)>> = const { RefCell::new(Vec::new()) };
}

fn register(buffer: &Rc<Buffer>) {
    let start = buffer.data_ptr() as usize;
    BUFFERS.with(|b| {
        let mut list = b.borrow_mut();
        list.retain(|(_, _, w)| w.strong_count() > 0);
        if !list
            .iter()
            .any(|(s, _, w)| *s == start && w.upgrade().is_some_and(|x| Rc::ptr_eq(&x, buffer)))
        {
            list.push((start, buffer.len(), Rc::downgrade(buffer)));
        }
    });
}

fn lookup(address: usize) -> Option<(Rc<Buffer>, usize)> {
    BUFFERS.with(|b| {
        for (start, len, w) in b.borrow().iter() {
            if address >= *start && address <= start + len {
                if let Some(buf) = w.upgrade() {
                    return Some((buf, address - start));
                }
            }
        }
        None
    })
}

fn usize_tuple(items: &[usize]) -> Value {
    Value::tuple(items.iter().map(|&d| Value::Int(d as i64)).collect())
}

/// The `__array_interface__` dict of an array.
pub fn interface_dict(vm: &mut dyn Interp, a: &NdArray) -> PyResult<Value> {
    register(&a.buffer);
    let address = a.buffer.data_ptr() as usize + a.offset;
    let typestr = a.dtype.type_str();
    let strides = if a.is_c_contiguous() {
        Value::None
    } else {
        Value::tuple(a.strides.iter().map(|&s| Value::Int(s as i64)).collect())
    };
    let descr = Value::list(vec![Value::tuple(vec![
        Value::str(""),
        Value::str(&typestr),
    ])]);
    new_dict_from_pairs(
        vm,
        vec![
            Value::str("data"),
            Value::tuple(vec![Value::Int(address as i64), Value::Bool(false)]),
            Value::str("strides"),
            strides,
            Value::str("descr"),
            descr,
            Value::str("typestr"),
            Value::str(&typestr),
            Value::str("shape"),
            usize_tuple(&a.shape),
            Value::str("version"),
            Value::Int(3),
        ],
    )
}

fn ints(vm: &mut dyn Interp, v: &Value) -> PyResult<Vec<i64>> {
    let items = vm.collect(v)?;
    items.iter().map(|x| crate::args::to_index(vm, x)).collect()
}

/// An array viewing the data an `__array_interface__` dict describes.
pub fn from_interface(vm: &mut dyn Interp, iface: &Value) -> PyResult<NdArray> {
    if !matches!(iface.as_obj(), Some(HeapObj::Dict(_))) {
        return Err(PyErr::value_error("__array_interface__ must be a dict"));
    }
    let get = |vm: &mut dyn Interp, key: &str| dict_get(vm, iface, &Value::str(key));
    let missing = |k: &str| PyErr::value_error(format!("Missing __array_interface__ {k}"));
    let typestr = get(vm, "typestr")?.ok_or_else(|| missing("typestr"))?;
    let typestr = typestr
        .as_str()
        .ok_or_else(|| PyErr::type_error("__array_interface__ typestr must be a string"))?;
    let dtype = DType::from_name(typestr)
        .ok_or_else(|| PyErr::type_error(format!("data type '{typestr}' not understood")))?;
    let shape_v = get(vm, "shape")?.ok_or_else(|| missing("shape"))?;
    let shape: Vec<usize> = ints(vm, &shape_v)?
        .into_iter()
        .map(|d| d.max(0) as usize)
        .collect();
    let data = get(vm, "data")?.ok_or_else(|| missing("data"))?;
    let address = match data.as_obj() {
        Some(HeapObj::Tuple(t)) if !t.is_empty() => crate::args::to_index(vm, &t[0])? as usize,
        _ => {
            return Err(PyErr::not_supported(
                "micronumpy reads __array_interface__ data only as (address, flag)",
            ))
        }
    };
    let strides: Vec<isize> = match get(vm, "strides")? {
        None | Some(Value::None) => c_strides(&shape, dtype.itemsize()),
        Some(s) => ints(vm, &s)?.into_iter().map(|x| x as isize).collect(),
    };
    if strides.len() != shape.len() {
        return Err(PyErr::value_error(
            "strides and shape of __array_interface__ differ in length",
        ));
    }
    let (buffer, offset) = lookup(address).ok_or_else(|| {
        PyErr::not_supported(
            "micronumpy can only view memory of its own arrays through __array_interface__",
        )
    })?;
    let size = shape_size(&shape).map_err(super::array_err)?;
    if size > 0 {
        let (mut lo, mut hi) = (offset as isize, offset as isize);
        for (&d, &s) in shape.iter().zip(&strides) {
            let span = (d as isize - 1) * s;
            if span < 0 {
                lo += span;
            } else {
                hi += span;
            }
        }
        if lo < 0 || hi as usize + dtype.itemsize() > buffer.len() {
            return Err(PyErr::value_error(
                "__array_interface__ describes memory outside its buffer",
            ));
        }
    }
    Ok(NdArray {
        buffer,
        dtype,
        shape,
        strides,
        offset,
    })
}
