//! `a.flat` (a flat, C-order, indexable and iterable view of an array's elements) and
//! `a.flags` (the contiguity flags, indexable by name).

use super::array_obj::store_source;
use super::index_key::index_items;
use super::{array_err, array_value, scalar_value};
use crate::native::{native_iter_value, native_value, NativeIter, NativeObject};
use mnpy_arrays::{get_index, IndexItem, Indexed, NdArray};
use mnpy_runtime::interp_api::Interp;
use mnpy_runtime::{PyErr, PyResult, Value};
use std::any::Any;

/// `a.flat`.
pub fn flat_value(this: &Value, a: &NdArray) -> Value {
    native_value(Box::new(FlatIter {
        base: this.clone(),
        array: a.clone(),
    }))
}

/// `numpy.flatiter`: the elements of `array` in C order.
pub struct FlatIter {
    base: Value,
    array: NdArray,
}

impl FlatIter {
    /// The flat positions a key selects (as an int64 array), or a single position.
    fn positions(&self, vm: &mut dyn Interp, key: &Value) -> PyResult<Result<isize, NdArray>> {
        let n = self.array.size();
        if let Some(s) = super::convert::py_scalar(key)?
            .filter(|s| s.to_i128().is_some() && !matches!(key, Value::Bool(_)))
        {
            let i = s.to_i128().unwrap_or(0) as isize;
            if i >= n as isize || i < -(n as isize) {
                return Err(PyErr::index_error(format!(
                    "index {i} is out of bounds for size {n}"
                )));
            }
            return Ok(Ok(if i < 0 { i + n as isize } else { i }));
        }
        let items = index_items(vm, key)?;
        if let [IndexItem::Int(i)] = items.as_slice() {
            let i = *i;
            if i >= n as isize || i < -(n as isize) {
                return Err(PyErr::index_error(format!(
                    "index {i} is out of bounds for size {n}"
                )));
            }
            return Ok(Ok(if i < 0 { i + n as isize } else { i }));
        }
        let all: Vec<i64> = (0..n as i64).collect();
        let positions = NdArray::from_vec(all, &[n]).map_err(array_err)?;
        let picked = match get_index(&positions, &items).map_err(array_err)? {
            Indexed::View(v) | Indexed::Copy(v) => v,
            Indexed::Scalar(s) => NdArray::from_scalar(s),
        };
        Ok(Err(picked))
    }
}

impl NativeObject for FlatIter {
    fn type_name(&self) -> String {
        "numpy.flatiter".into()
    }
    fn getattr(&self, _vm: &mut dyn Interp, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "base" => Some(self.base.clone()),
            _ => None,
        })
    }
    fn len(&self, _vm: &mut dyn Interp, _this: &Value) -> PyResult<usize> {
        Ok(self.array.size())
    }
    fn getitem(&self, vm: &mut dyn Interp, _this: &Value, key: &Value) -> PyResult<Option<Value>> {
        match self.positions(vm, key)? {
            Ok(i) => Ok(Some(scalar_value(
                self.array.get_flat(i).map_err(array_err)?,
            ))),
            Err(pos) => {
                let values: Vec<_> = pos
                    .to_vec::<i64>()
                    .iter()
                    .map(|&p| self.array.get_flat(p as isize))
                    .collect::<Result<_, _>>()
                    .map_err(array_err)?;
                let out = NdArray::from_scalars(&values, &pos.shape, self.array.dtype)
                    .map_err(array_err)?;
                Ok(Some(array_value(out)))
            }
        }
    }
    fn setitem(
        &self,
        vm: &mut dyn Interp,
        _this: &Value,
        key: &Value,
        value: Value,
    ) -> PyResult<bool> {
        let src = store_source(vm, &value, self.array.dtype)?;
        let values = src.to_vec_scalars();
        if values.is_empty() {
            return Ok(true);
        }
        match self.positions(vm, key)? {
            Ok(i) => self.array.set_flat(i, values[0]).map_err(array_err)?,
            Err(pos) => {
                for (k, p) in pos.to_vec::<i64>().iter().enumerate() {
                    self.array
                        .set_flat(*p as isize, values[k % values.len()])
                        .map_err(array_err)?;
                }
            }
        }
        Ok(true)
    }
    fn iter(&self, _vm: &mut dyn Interp, _this: &Value) -> PyResult<Option<Value>> {
        let it = FlatIterator {
            array: self.array.clone(),
            index: 0,
        };
        Ok(Some(native_iter_value(Box::new(it), "iterator")))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Iterator over the elements of an array in C order (as NumPy scalars).
struct FlatIterator {
    array: NdArray,
    index: usize,
}

impl NativeIter for FlatIterator {
    fn next(&mut self, _vm: &mut dyn Interp) -> PyResult<Option<Value>> {
        if self.index >= self.array.size() {
            return Ok(None);
        }
        let s = self
            .array
            .get_flat(self.index as isize)
            .map_err(array_err)?;
        self.index += 1;
        Ok(Some(scalar_value(s)))
    }
}

/// Assigns `a.flat = values` (values repeated as needed to fill the array).
pub fn assign_flat(vm: &mut dyn Interp, a: &NdArray, value: &Value) -> PyResult<()> {
    let src = store_source(vm, value, a.dtype)?;
    let values = src.to_vec_scalars();
    if values.is_empty() {
        return Ok(());
    }
    for i in 0..a.size() {
        a.set_flat(i as isize, values[i % values.len()])
            .map_err(array_err)?;
    }
    Ok(())
}

/// `a.flags`.
pub fn flags_value(a: &NdArray, owns_data: bool) -> Value {
    native_value(Box::new(Flags {
        c: a.is_c_contiguous(),
        f: a.is_f_contiguous(),
        own: owns_data,
    }))
}

/// `numpy.flagsobj`.
pub struct Flags {
    c: bool,
    f: bool,
    own: bool,
}

impl Flags {
    fn get(&self, name: &str) -> Option<bool> {
        Some(match name {
            "C_CONTIGUOUS" | "C" | "CONTIGUOUS" | "c_contiguous" | "contiguous" => self.c,
            "F_CONTIGUOUS" | "F" | "FORTRAN" | "f_contiguous" | "fortran" => self.f,
            "OWNDATA" | "O" | "owndata" => self.own,
            "WRITEABLE" | "W" | "writeable" | "ALIGNED" | "A" | "aligned" => true,
            "WRITEBACKIFCOPY" | "X" | "writebackifcopy" => false,
            _ => return None,
        })
    }
}

impl NativeObject for Flags {
    fn type_name(&self) -> String {
        "numpy.flagsobj".into()
    }
    fn getattr(&self, _vm: &mut dyn Interp, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        if name.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
            return Ok(self.get(name).map(Value::Bool));
        }
        Ok(None)
    }
    fn getitem(&self, _vm: &mut dyn Interp, _this: &Value, key: &Value) -> PyResult<Option<Value>> {
        match key.as_str().and_then(|k| self.get(k)) {
            Some(b) => Ok(Some(Value::Bool(b))),
            None => Err(PyErr::new(mnpy_runtime::TypeTag::KeyError, "Unknown flag")),
        }
    }
    fn repr(&self, _vm: &mut dyn Interp, _this: &Value) -> PyResult<String> {
        let t = |b: bool| if b { "True" } else { "False" };
        Ok(format!(
            "  C_CONTIGUOUS : {}\n  F_CONTIGUOUS : {}\n  OWNDATA : {}\n  WRITEABLE : True\n  ALIGNED : True\n  WRITEBACKIFCOPY : False\n",
            t(self.c),
            t(self.f),
            t(self.own)
        ))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}
