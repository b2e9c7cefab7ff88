//! The `numpy.ndarray` object: a `NativeObject` over `mnpy_arrays::NdArray` with NumPy's
//! indexing, assignment, operators, iteration, truth value, `len`, `repr`/`str`.
//! Attributes live in `array_obj/attrs.rs`, methods in `array_obj/methods.rs`.

pub mod attrs;
pub mod methods;

use super::classes::ndarray_class;
use super::convert::{dims_arg, dtype_arg, py_scalar_for_store, to_ndarray};
use super::index_key::index_items;
use super::printopts::print_options;
use super::{array_err, array_value, ops, scalar_value};
use crate::args::Args;
use crate::native::{downcast_native, native_iter_value, native_value, NativeIter, NativeObject};
use mnpy_arrays::print::{array_repr_with, array_str_with};
use mnpy_arrays::{get_index, set_index, DType, IndexItem, Indexed, NdArray};
use mnpy_runtime::interp_api::{BinOp, CmpOp, Interp, KwArgs};
use mnpy_runtime::object::HeapObj;
use mnpy_runtime::{PyErr, PyResult, Value};
use std::any::Any;
use std::rc::Rc;

/// A Python ndarray: the view plus the array that owns its data (`.base`), if any.
pub struct PyNdArray {
    /// The data view.
    pub array: NdArray,
    /// The owner of the data for views (`a.base`), `None` for owners.
    pub base: Option<Value>,
}

/// The ndarray behind a value.
pub fn as_array(v: &Value) -> Option<&PyNdArray> {
    downcast_native::<PyNdArray>(v)
}

/// A view `a` of the data of the ndarray `parent` (its `.base` is the owner of the data).
pub fn view_value(a: NdArray, parent: &Value) -> Value {
    let base = as_array(parent).map(|p| p.base.clone().unwrap_or_else(|| parent.clone()));
    native_value(Box::new(PyNdArray { array: a, base }))
}

/// `np.ndarray(shape, dtype=float)`: a new zero-filled array.
pub fn construct(vm: &mut dyn Interp, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let mut a = Args::new("ndarray", args, kw);
    let shape = a
        .arg(0, "shape")
        .ok_or_else(|| PyErr::type_error("ndarray() missing required argument 'shape' (pos 1)"))?;
    let dtype = match a.arg(1, "dtype") {
        Some(d) => dtype_arg(vm, &d)?,
        None => None,
    };
    a.finish()?;
    let dims = dims_arg(vm, &shape)?;
    let arr = NdArray::zeroed(dtype.unwrap_or(DType::Float64), &dims).map_err(array_err)?;
    Ok(array_value(arr))
}

/// A key led by a 0-d boolean array (`z[np.array(True)]`), which the array core does not take:
/// it adds a leading axis of length 1 (True) or 0 (False). Returns the key with that item
/// replaced by `None` and the boolean.
fn leading_bool_scalar(items: &[IndexItem]) -> Option<(Vec<IndexItem>, bool)> {
    match items.first() {
        Some(IndexItem::BoolArray(m)) if m.ndim() == 0 => {
            let flag = m.item().ok()?.is_truthy();
            let mut rest = items.to_vec();
            rest[0] = IndexItem::NewAxis;
            Some((rest, flag))
        }
        _ => None,
    }
}

/// The value of `a[items]` for the ndarray `this`.
pub fn index_value(this: &Value, a: &NdArray, items: &[IndexItem]) -> PyResult<Value> {
    if let Some((rest, flag)) = leading_bool_scalar(items) {
        let r = match get_index(a, &rest).map_err(array_err)? {
            Indexed::View(v) | Indexed::Copy(v) => v,
            Indexed::Scalar(s) => NdArray::from_scalar(s),
        };
        let stop = if flag { 1 } else { 0 };
        let mut sel = vec![IndexItem::Slice {
            start: Some(0),
            stop: Some(stop),
            step: None,
        }];
        sel.extend((1..r.ndim()).map(|_| IndexItem::Slice {
            start: None,
            stop: None,
            step: None,
        }));
        return match get_index(&r, &sel).map_err(array_err)? {
            Indexed::View(v) | Indexed::Copy(v) => Ok(array_value(v.copy())),
            Indexed::Scalar(s) => Ok(scalar_value(s)),
        };
    }
    Ok(match get_index(a, items).map_err(array_err)? {
        Indexed::View(v) => view_value(v, this),
        Indexed::Scalar(s) => scalar_value(s),
        Indexed::Copy(c) => array_value(c),
    })
}

/// The array to store for `a[...] = value` into an array of `dtype`.
pub fn store_source(vm: &mut dyn Interp, value: &Value, dtype: DType) -> PyResult<NdArray> {
    if let Some(s) = py_scalar_for_store(value, dtype)? {
        return Ok(NdArray::from_scalar(s));
    }
    to_ndarray(vm, value)
}

/// `repr(a)` with the current print options.
pub fn array_repr(a: &NdArray) -> String {
    let opts = print_options();
    let get = |i: usize| {
        a.get_flat(i as isize)
            .unwrap_or_else(|_| mnpy_arrays::Scalar::zero(a.dtype))
    };
    array_repr_with(&a.shape, a.dtype, &get, &opts)
}

/// `str(a)` with the current print options.
pub fn array_str(a: &NdArray) -> String {
    let opts = print_options();
    let get = |i: usize| {
        a.get_flat(i as isize)
            .unwrap_or_else(|_| mnpy_arrays::Scalar::zero(a.dtype))
    };
    array_str_with(&a.shape, a.dtype, &get, &opts)
}

/// The truth value of an array (NumPy's errors for empty and multi-element arrays).
pub fn array_truth(a: &NdArray) -> PyResult<bool> {
    match a.size() {
        1 => Ok(a.get_flat(0).map_err(array_err)?.is_truthy()),
        0 => Err(PyErr::value_error(
            "The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty.",
        )),
        _ => Err(PyErr::value_error(
            "The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()",
        )),
    }
}

impl NativeObject for PyNdArray {
    fn type_name(&self) -> String {
        "numpy.ndarray".into()
    }
    fn getattr(&self, vm: &mut dyn Interp, this: &Value, name: &str) -> PyResult<Option<Value>> {
        attrs::get(vm, this, self, name)
    }
    fn setattr(
        &self,
        vm: &mut dyn Interp,
        _this: &Value,
        name: &str,
        value: Value,
    ) -> PyResult<bool> {
        match name {
            "flat" => {
                super::flat::assign_flat(vm, &self.array, &value)?;
                Ok(true)
            }
            _ => Ok(false),
        }
    }
    fn repr(&self, _vm: &mut dyn Interp, _this: &Value) -> PyResult<String> {
        Ok(array_repr(&self.array))
    }
    fn str(&self, _vm: &mut dyn Interp, _this: &Value) -> PyResult<String> {
        Ok(array_str(&self.array))
    }
    fn len(&self, _vm: &mut dyn Interp, _this: &Value) -> PyResult<usize> {
        match self.array.shape.first() {
            Some(&n) => Ok(n),
            None => Err(PyErr::type_error("len() of unsized object")),
        }
    }
    fn truthy(&self, _vm: &mut dyn Interp, _this: &Value) -> PyResult<bool> {
        array_truth(&self.array)
    }
    fn hash(&self, _vm: &mut dyn Interp, _this: &Value) -> PyResult<i64> {
        Err(PyErr::type_error("unhashable type: 'numpy.ndarray'"))
    }
    fn contains(&self, vm: &mut dyn Interp, this: &Value, x: &Value) -> PyResult<bool> {
        let eq = ops::apply_binary(vm, mnpy_arrays::BinaryOp::Equal, this, x)?;
        let a = to_ndarray(vm, &eq)?;
        Ok(a.to_vec_scalars().iter().any(|s| s.is_truthy()))
    }
    fn binary(
        &self,
        vm: &mut dyn Interp,
        op: BinOp,
        this: &Value,
        other: &Value,
        reflected: bool,
    ) -> PyResult<Option<Value>> {
        ops::binary(vm, op, this, other, reflected)
    }
    fn inplace(
        &self,
        vm: &mut dyn Interp,
        op: BinOp,
        this: &Value,
        other: &Value,
    ) -> PyResult<Option<Value>> {
        ops::inplace(vm, op, this, &self.array, other)
    }
    fn unary(&self, vm: &mut dyn Interp, op: u8, this: &Value) -> PyResult<Option<Value>> {
        ops::unary(vm, op, this)
    }
    fn compare(
        &self,
        vm: &mut dyn Interp,
        op: CmpOp,
        this: &Value,
        other: &Value,
        _reflected: bool,
    ) -> PyResult<Option<Value>> {
        ops::compare(vm, op, this, other)
    }
    fn getitem(&self, vm: &mut dyn Interp, this: &Value, key: &Value) -> PyResult<Option<Value>> {
        let items = index_items(vm, key)?;
        index_value(this, &self.array, &items).map(Some)
    }
    fn setitem(
        &self,
        vm: &mut dyn Interp,
        _this: &Value,
        key: &Value,
        value: Value,
    ) -> PyResult<bool> {
        let mut items = index_items(vm, key)?;
        let source = store_source(vm, &value, self.array.dtype)?;
        if let Some((rest, flag)) = leading_bool_scalar(&items) {
            if !flag {
                return Ok(true);
            }
            items = rest;
        }
        set_index(&self.array, &items, &source).map_err(array_err)?;
        Ok(true)
    }
    fn iter(&self, _vm: &mut dyn Interp, this: &Value) -> PyResult<Option<Value>> {
        if self.array.ndim() == 0 {
            return Err(PyErr::type_error("iteration over a 0-d array"));
        }
        let it = ArrayIter {
            this: this.clone(),
            array: self.array.clone(),
            index: 0,
        };
        Ok(Some(native_iter_value(Box::new(it), "iterator")))
    }
    fn format(&self, vm: &mut dyn Interp, _this: &Value, spec: &str) -> PyResult<Option<String>> {
        if spec.is_empty() || self.array.ndim() != 0 {
            return Ok(None);
        }
        let item = super::scalar_to_py(self.array.item().map_err(array_err)?);
        crate::format_value(vm, &item, spec).map(Some)
    }
    fn class(&self) -> Option<Rc<HeapObj>> {
        Some(ndarray_class())
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Iteration over the first axis of an array: views of the rows, or scalars for 1-d arrays.
pub struct ArrayIter {
    this: Value,
    array: NdArray,
    index: usize,
}

impl NativeIter for ArrayIter {
    fn next(&mut self, _vm: &mut dyn Interp) -> PyResult<Option<Value>> {
        let n = self.array.shape.first().copied().unwrap_or(0);
        if self.index >= n {
            return Ok(None);
        }
        let i = self.index as isize;
        self.index += 1;
        index_value(&self.this, &self.array, &[IndexItem::Int(i)]).map(Some)
    }
}
