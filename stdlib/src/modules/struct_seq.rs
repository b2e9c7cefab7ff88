//! `StructSeq`: a read-only named tuple implemented natively, for `sys.float_info`,
//! `sys.version_info` and `functools`' `CacheInfo`. Fields read as attributes or by index, and
//! it compares, hashes, iterates and unpacks like the plain tuple of its values.

use crate::native::{downcast_native, native_value, NativeObject};
use mnpy_runtime::interp_api::{CmpOp, Interp};
use mnpy_runtime::{PyResult, Value};
use std::any::Any;

/// A named tuple of fixed fields.
pub struct StructSeq {
    /// The name shown by `repr` (`sys.float_info`, `CacheInfo`).
    repr_name: &'static str,
    /// The type's `__name__` (`float_info`, `CacheInfo`).
    type_name: &'static str,
    /// Field names, in order.
    fields: &'static [&'static str],
    /// Field values, in order.
    values: Vec<Value>,
}

impl StructSeq {
    /// A new struct sequence value; `values` must have one entry per field.
    pub fn new_value(
        repr_name: &'static str,
        type_name: &'static str,
        fields: &'static [&'static str],
        values: Vec<Value>,
    ) -> Value {
        native_value(Box::new(StructSeq {
            repr_name,
            type_name,
            fields,
            values,
        }))
    }

    /// The values as a plain tuple.
    pub fn as_tuple(&self) -> Value {
        Value::tuple(self.values.clone())
    }
}

/// A struct sequence seen as a tuple, other values unchanged (for comparisons).
fn tuple_view(v: &Value) -> Value {
    match downcast_native::<StructSeq>(v) {
        Some(s) => s.as_tuple(),
        None => v.clone(),
    }
}

impl NativeObject for StructSeq {
    fn type_name(&self) -> String {
        self.type_name.into()
    }
    fn getattr(&self, _vm: &mut dyn Interp, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(self
            .fields
            .iter()
            .position(|f| *f == name)
            .and_then(|i| self.values.get(i).cloned()))
    }
    fn repr(&self, vm: &mut dyn Interp, _this: &Value) -> PyResult<String> {
        let mut parts = Vec::with_capacity(self.fields.len());
        for (field, value) in self.fields.iter().zip(&self.values) {
            parts.push(format!("{}={}", field, vm.repr(value)?));
        }
        Ok(format!("{}({})", self.repr_name, parts.join(", ")))
    }
    fn len(&self, _vm: &mut dyn Interp, _this: &Value) -> PyResult<usize> {
        Ok(self.values.len())
    }
    fn hash(&self, vm: &mut dyn Interp, _this: &Value) -> PyResult<i64> {
        vm.hash(&self.as_tuple())
    }
    fn contains(&self, vm: &mut dyn Interp, _this: &Value, x: &Value) -> PyResult<bool> {
        vm.contains(&self.as_tuple(), x)
    }
    fn compare(
        &self,
        vm: &mut dyn Interp,
        op: CmpOp,
        _this: &Value,
        other: &Value,
        _reflected: bool,
    ) -> PyResult<Option<Value>> {
        let other = tuple_view(other);
        if !matches!(other.as_obj(), Some(mnpy_runtime::HeapObj::Tuple(_))) {
            return Ok(None);
        }
        vm.compare(op, &self.as_tuple(), &other).map(Some)
    }
    fn getitem(&self, vm: &mut dyn Interp, _this: &Value, key: &Value) -> PyResult<Option<Value>> {
        vm.getitem(&self.as_tuple(), key).map(Some)
    }
    fn iter(&self, vm: &mut dyn Interp, _this: &Value) -> PyResult<Option<Value>> {
        vm.iter(&self.as_tuple()).map(Some)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}
