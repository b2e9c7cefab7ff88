//! `numpy.dtype` objects: `np.dtype('f8')`, `a.dtype`, with `.name .itemsize .kind .char .str
//! .type .num`, repr `dtype('float64')`, str `float64`, equality with other dtypes, dtype
//! names and scalar types, and hashing.

use super::classes::{dtype_class, scalar_class};
use super::convert::dtype_arg;
use crate::args::Args;
use crate::native::{downcast_native, native_value, NativeObject};
use mnpy_arrays::DType;
use mnpy_runtime::interp_api::{CmpOp, Interp, KwArgs};
use mnpy_runtime::object::HeapObj;
use mnpy_runtime::{PyErr, PyResult, Value};
use std::any::Any;
use std::rc::Rc;

/// A dtype object.
pub struct PyDType(pub DType);

/// The dtype object of `d`.
pub fn dtype_value(d: DType) -> Value {
    native_value(Box::new(PyDType(d)))
}

/// `np.dtype(spec)`.
pub fn construct(vm: &mut dyn Interp, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let mut a = Args::new("dtype", args, kw);
    let spec = a
        .arg(0, "dtype")
        .ok_or_else(|| PyErr::type_error("dtype() missing required argument 'dtype' (pos 1)"))?;
    let _ = a.take_kw("align");
    let _ = a.take_kw("copy");
    a.finish()?;
    if let Value::None = spec {
        return Ok(dtype_value(DType::Float64));
    }
    if let Some(ar) = super::as_array(&spec) {
        return Ok(dtype_value(ar.array.dtype));
    }
    match dtype_arg(vm, &spec)? {
        Some(d) => Ok(dtype_value(d)),
        None => Ok(dtype_value(DType::Float64)),
    }
}

/// NumPy's type number (`dtype.num`).
fn type_num(d: DType) -> i64 {
    match d {
        DType::Bool => 0,
        DType::Int8 => 1,
        DType::UInt8 => 2,
        DType::Int16 => 3,
        DType::UInt16 => 4,
        DType::Int32 => 5,
        DType::UInt32 => 6,
        DType::Int64 => 7,
        DType::UInt64 => 8,
        DType::Float32 => 11,
        DType::Float64 => 12,
        DType::Complex64 => 14,
        DType::Complex128 => 15,
    }
}

impl NativeObject for PyDType {
    fn type_name(&self) -> String {
        format!("numpy.dtypes.{}", class_name(self.0))
    }
    fn getattr(&self, _vm: &mut dyn Interp, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        let d = self.0;
        Ok(Some(match name {
            "name" => Value::str(d.name()),
            "itemsize" | "alignment" => Value::Int(d.itemsize() as i64),
            "kind" => Value::string(d.kind_char().to_string()),
            "char" => Value::string(d.char_code().to_string()),
            "str" => Value::string(d.type_str()),
            "descr" => Value::list(vec![Value::tuple(vec![
                Value::str(""),
                Value::string(d.type_str()),
            ])]),
            "byteorder" => Value::str(if d.itemsize() == 1 { "|" } else { "=" }),
            "type" => Value::Obj(scalar_class(d)),
            "num" => Value::Int(type_num(d)),
            "shape" => Value::tuple(vec![]),
            "ndim" => Value::Int(0),
            "names" | "fields" | "subdtype" | "metadata" => Value::None,
            "isbuiltin" => Value::Int(1),
            "isnative" => Value::Bool(true),
            "base" => dtype_value(d),
            _ => return Ok(None),
        }))
    }
    fn repr(&self, _vm: &mut dyn Interp, _this: &Value) -> PyResult<String> {
        Ok(format!("dtype('{}')", self.0.name()))
    }
    fn str(&self, _vm: &mut dyn Interp, _this: &Value) -> PyResult<String> {
        Ok(self.0.name().to_string())
    }
    fn hash(&self, _vm: &mut dyn Interp, _this: &Value) -> PyResult<i64> {
        Ok(mnpy_runtime::hash::str_hash(self.0.name()))
    }
    fn compare(
        &self,
        vm: &mut dyn Interp,
        op: CmpOp,
        _this: &Value,
        other: &Value,
        _reflected: bool,
    ) -> PyResult<Option<Value>> {
        if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
            return Ok(None);
        }
        let other_dtype = if let Some(o) = downcast_native::<PyDType>(other) {
            Some(o.0)
        } else if matches!(other, Value::None) {
            None
        } else {
            dtype_arg(vm, other).ok().flatten()
        };
        let eq = other_dtype == Some(self.0);
        Ok(Some(Value::Bool(if op == CmpOp::Eq { eq } else { !eq })))
    }
    fn class(&self) -> Option<Rc<HeapObj>> {
        Some(dtype_class())
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// NumPy 2's dtype class names (`Float64DType`, `BoolDType`, ...).
pub fn class_name(d: DType) -> String {
    let name = d.name();
    let mut out = String::new();
    let mut upper = true;
    for c in name.chars() {
        if upper && c.is_ascii_alphabetic() {
            out.push(c.to_ascii_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    let out = out.replace("Uint", "UInt");
    format!("{out}DType")
}
