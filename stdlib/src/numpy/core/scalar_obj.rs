//! NumPy scalars as Python values (`np.float64(1.5)`, `np.int32(7)`, `np.True_`): NumPy 2
//! reprs, arithmetic with NumPy's result types (NEP 50 with Python scalars), comparisons,
//! hashes equal to the Python number's, `float()`/`int()`/`bool()`, `.item()`, `.dtype`, and
//! the constructors `np.float64(x)`, `np.int8(x)`, `np.bool_(x)`.

use super::classes::scalar_class;
use super::convert::{py_scalar, scalar_to_py, to_ndarray};
use super::dtype_obj::dtype_value;
use super::method::BoundMethod;
use super::{array_err, array_value, ops, scalar_value};
use crate::args::Args;
use crate::native::{downcast_native, NativeObject};
use crate::np_methods;
use mnpy_arrays::print::{scalar_repr, scalar_str};
use mnpy_arrays::{DType, NdArray, Scalar, UnaryOp};
use mnpy_runtime::hash::{complex_hash, float_hash};
use mnpy_runtime::interp_api::{BinOp, CmpOp, Interp, KwArgs};
use mnpy_runtime::object::HeapObj;
use mnpy_runtime::{PyErr, PyResult, Value};
use std::any::Any;
use std::rc::Rc;

/// A NumPy scalar value.
pub struct PyScalar(pub Scalar);

np_methods! {
    /// Methods of NumPy scalars.
    pub enum ScalarMethod {
        Item = "item", Tolist = "tolist", Astype = "astype", Conjugate = "conjugate",
        Conj = "conj", Float = "__float__", Int = "__int__", Index = "__index__",
        Complex = "__complex__", Abs = "__abs__", Round = "__round__", Bool = "__bool__",
        Divmod = "__divmod__", RDivmod = "__rdivmod__", Copy = "copy", Reshape = "reshape",
        Sum = "sum", Mean = "mean", Max = "max", Min = "min", RoundTo = "round", Prod = "prod",
        Std = "std", Var = "var", All = "all", Any = "any", Argmax = "argmax",
        Argmin = "argmin", Ravel = "ravel", Flatten = "flatten", Squeeze = "squeeze",
        Cumsum = "cumsum", Cumprod = "cumprod", Clip = "clip", Transpose = "transpose",
        IsInteger = "is_integer",
    }
}

/// `np.<dtype>(x)`: converts `x` to a scalar of `dtype` (arrays give arrays).
pub fn construct(
    vm: &mut dyn Interp,
    dtype: DType,
    args: Vec<Value>,
    kw: KwArgs,
) -> PyResult<Value> {
    let a = Args::new(dtype.name(), args, kw);
    a.no_kwargs()?;
    a.count(0, 1)?;
    let Some(x) = a.pos.first() else {
        return Ok(scalar_value(Scalar::zero(dtype)));
    };
    if dtype == DType::Bool {
        if let Some(s) = downcast_native::<PyScalar>(x) {
            return Ok(scalar_value(Scalar::Bool(s.0.is_truthy())));
        }
        if super::as_array(x).is_none()
            && !matches!(x.as_obj(), Some(HeapObj::List(_) | HeapObj::Tuple(_)))
        {
            return Ok(scalar_value(Scalar::Bool(vm.truthy(x)?)));
        }
    }
    if let Some(text) = x.as_str() {
        let v = if dtype.is_integer() {
            crate::construct::int_of(vm, x)?
        } else if dtype.is_complex() {
            vm.call(
                &Value::Obj(mnpy_runtime::TypeTag::Complex.class()),
                vec![x.clone()],
                vec![],
            )?
        } else {
            Value::Float(crate::construct::to_float(vm, &Value::str(text))?)
        };
        return construct(vm, dtype, vec![v], vec![]);
    }
    if let Some(s) = py_scalar(x)? {
        if dtype.is_integer() {
            if let Some(i) = s.to_i128() {
                let (lo, hi) = dtype.int_bounds().unwrap_or((0, 0));
                if i < lo || i > hi {
                    return Err(PyErr::overflow(format!(
                        "Python integer {i} out of bounds for {}",
                        dtype.name()
                    )));
                }
            }
        }
        if let (Scalar::C128(_), false) = (s, dtype.is_complex()) {
            return Err(PyErr::type_error(format!(
                "{}() argument must be a string or a real number, not 'complex'",
                if dtype.is_integer() { "int" } else { "float" }
            )));
        }
        return Ok(scalar_value(s.cast(dtype)));
    }
    if let Some(s) = downcast_native::<PyScalar>(x) {
        return Ok(scalar_value(s.0.cast(dtype)));
    }
    if let Some(m) = vm
        .getattr_opt(x, "__float__")?
        .filter(|_| matches!(x.as_obj(), Some(HeapObj::Instance(_))))
    {
        let f = vm.call(&m, vec![], vec![])?;
        return construct(vm, dtype, vec![f], vec![]);
    }
    let arr = to_ndarray(vm, x)?.astype(dtype);
    if arr.ndim() == 0 {
        return Ok(scalar_value(arr.item().map_err(array_err)?));
    }
    Ok(array_value(arr))
}

/// Python's hash of the number a scalar holds.
pub fn scalar_hash(s: Scalar) -> i64 {
    match s {
        Scalar::F32(f) => float_hash(f as f64),
        Scalar::F64(f) => float_hash(f),
        Scalar::C64(c) => complex_hash(c.re as f64, c.im as f64),
        Scalar::C128(c) => complex_hash(c.re, c.im),
        other => {
            let i = other.to_i128().unwrap_or(0);
            match i64::try_from(i) {
                Ok(x) => mnpy_runtime::hash::int_hash(x),
                Err(_) => mnpy_runtime::hash::bigint_hash(&num_bigint::BigInt::from(i)),
            }
        }
    }
}

fn call_method(
    vm: &mut dyn Interp,
    this: &Value,
    m: ScalarMethod,
    args: Vec<Value>,
    kw: KwArgs,
) -> PyResult<Value> {
    use ScalarMethod::*;
    let Some(s) = downcast_native::<PyScalar>(this).map(|s| s.0) else {
        return Err(PyErr::type_error("descriptor requires a NumPy scalar"));
    };
    let mut a = Args::new(m.name(), args, kw);
    match m {
        Item | Tolist => {
            a.count(0, 1)?;
            Ok(scalar_to_py(s))
        }
        Astype => {
            let d = a.arg(0, "dtype").ok_or_else(|| {
                PyErr::type_error("astype() missing required argument 'dtype' (pos 1)")
            })?;
            let _ = a.take_kw("copy");
            a.finish()?;
            let d = super::dtype_arg(vm, &d)?.unwrap_or(DType::Float64);
            Ok(scalar_value(s.cast(d)))
        }
        Conjugate | Conj if !s.dtype().is_complex() => Ok(this.clone()),
        Conjugate | Conj => ops::apply_unary(vm, UnaryOp::Conjugate, this),
        Float => {
            if s.dtype().is_complex() {
                return Err(PyErr::type_error(
                    "float() argument must be a string or a real number, not 'complex'",
                ));
            }
            Ok(Value::Float(s.to_f64()))
        }
        Int => {
            if s.dtype().is_complex() {
                return Err(PyErr::type_error(
                    "int() argument must be a string, a bytes-like object or a real number, not 'complex'",
                ));
            }
            crate::construct::int_of(vm, &scalar_to_py(s))
        }
        Index => {
            if s.dtype().is_integer() {
                return Ok(scalar_to_py(s));
            }
            Err(PyErr::type_error(format!(
                "'numpy.{}' object cannot be interpreted as an integer",
                s.dtype().name()
            )))
        }
        Complex => Ok(scalar_to_py(s.cast(DType::Complex128))),
        Abs => ops::apply_scalar_unary(vm, UnaryOp::Absolute, this),
        Bool => Ok(Value::Bool(s.is_truthy())),
        Round => {
            let nd = a.arg(0, "ndigits");
            a.finish()?;
            match nd {
                None | Some(Value::None) => {
                    let r = ops::apply_unary(vm, UnaryOp::Rint, this)?;
                    let rs = downcast_native::<PyScalar>(&r).map(|x| x.0).unwrap_or(s);
                    crate::construct::int_of(vm, &scalar_to_py(rs))
                }
                Some(n) => crate::numpy::stats::call_stat(
                    vm,
                    crate::numpy::stats::StatFn::Round,
                    vec![this.clone(), n],
                    vec![],
                ),
            }
        }
        Divmod | RDivmod => {
            a.count(1, 1)?;
            let other = a.pos[0].clone();
            let (l, r) = if m == Divmod {
                (this.clone(), other)
            } else {
                (other, this.clone())
            };
            if !ops::is_operand(&l) || !ops::is_operand(&r) {
                return Ok(Value::NotImplemented);
            }
            if super::array_obj::as_array(&l).is_some() || super::array_obj::as_array(&r).is_some()
            {
                let q = ops::apply_binary(vm, mnpy_arrays::BinaryOp::FloorDivide, &l, &r)?;
                let rem = ops::apply_binary(vm, mnpy_arrays::BinaryOp::Remainder, &l, &r)?;
                return Ok(Value::tuple(vec![q, rem]));
            }
            ops::scalar_divmod(vm, &l, &r)
        }
        Copy => Ok(this.clone()),
        Reshape => {
            let arr = array_value(NdArray::from_scalar(s));
            let f = vm.getattr(&arr, "reshape")?;
            vm.call(&f, a.pos, a.kw)
        }
        Sum | Mean | Max | Min | RoundTo | Prod | Std | Var | All | Any | Argmax | Argmin
        | Ravel | Flatten | Squeeze | Cumsum | Cumprod | Clip | Transpose => {
            // the method of the 0-d array holding the value; 0-d results become scalars
            let arr = array_value(NdArray::from_scalar(s));
            let f = vm.getattr(&arr, m.name())?;
            let r = vm.call(&f, a.pos, a.kw)?;
            Ok(match super::as_array(&r) {
                Some(x) if x.array.ndim() == 0 => scalar_value(x.array.item().map_err(array_err)?),
                _ => r,
            })
        }
        IsInteger => {
            a.count(0, 0)?;
            Ok(Value::Bool(match s.dtype() {
                d if d.is_integer() => true,
                d if d.is_float() => s.to_f64().fract() == 0.0,
                _ => {
                    return Err(PyErr::attribute(format!(
                        "'numpy.{}' object has no attribute 'is_integer'",
                        s.dtype().name()
                    )))
                }
            }))
        }
    }
}

impl NativeObject for PyScalar {
    fn type_name(&self) -> String {
        format!("numpy.{}", self.0.dtype().name())
    }
    fn getattr(&self, vm: &mut dyn Interp, this: &Value, name: &str) -> PyResult<Option<Value>> {
        let s = self.0;
        Ok(Some(match name {
            "dtype" => dtype_value(s.dtype()),
            "shape" => Value::tuple(vec![]),
            "ndim" => Value::Int(0),
            "size" => Value::Int(1),
            "itemsize" | "nbytes" => Value::Int(s.dtype().itemsize() as i64),
            "strides" => Value::tuple(vec![]),
            "T" => this.clone(),
            "base" => Value::None,
            "real" => scalar_value(match s {
                Scalar::C64(c) => Scalar::F32(c.re),
                Scalar::C128(c) => Scalar::F64(c.re),
                other => other,
            }),
            "imag" => scalar_value(match s {
                Scalar::C64(c) => Scalar::F32(c.im),
                Scalar::C128(c) => Scalar::F64(c.im),
                other => Scalar::zero(other.dtype()),
            }),
            _ => {
                if let Some(m) = ScalarMethod::from_name(name) {
                    if m == ScalarMethod::Index && !s.dtype().is_integer() {
                        return Ok(None);
                    }
                    if m == ScalarMethod::IsInteger
                        && !(s.dtype().is_integer() || s.dtype().is_float())
                    {
                        return Ok(None);
                    }
                    return Ok(Some(BoundMethod::value(this, m, m.name(), call_method)));
                }
                // np.float64 is a Python float: its other methods (hex, is_integer, ...).
                if s.dtype() == DType::Float32 && name == "as_integer_ratio" {
                    return vm.getattr_opt(&Value::Float(s.to_f64()), name);
                }
                if s.dtype() == DType::Float64 && !name.starts_with("__") {
                    return vm.getattr_opt(&Value::Float(s.to_f64()), name);
                }
                return Ok(None);
            }
        }))
    }
    fn repr(&self, _vm: &mut dyn Interp, _this: &Value) -> PyResult<String> {
        Ok(scalar_repr(self.0))
    }
    fn str(&self, _vm: &mut dyn Interp, _this: &Value) -> PyResult<String> {
        Ok(scalar_str(self.0))
    }
    fn truthy(&self, _vm: &mut dyn Interp, _this: &Value) -> PyResult<bool> {
        Ok(self.0.is_truthy())
    }
    fn hash(&self, _vm: &mut dyn Interp, _this: &Value) -> PyResult<i64> {
        Ok(scalar_hash(self.0))
    }
    fn binary(
        &self,
        vm: &mut dyn Interp,
        op: BinOp,
        this: &Value,
        other: &Value,
        reflected: bool,
    ) -> PyResult<Option<Value>> {
        let sequence = matches!(
            other.as_obj(),
            Some(HeapObj::Str(_) | HeapObj::List(_) | HeapObj::Tuple(_))
        );
        if op == BinOp::Mul && sequence && self.0.dtype().is_integer() {
            // Python repeats the sequence through the integer scalar's __index__
            let count = self.0.to_i128().unwrap_or(0);
            let count = i64::try_from(count)
                .map_err(|_| PyErr::overflow("cannot fit 'int' into an index-sized integer"))?;
            return vm.binary(BinOp::Mul, other, &Value::Int(count)).map(Some);
        }
        ops::binary(vm, op, this, other, reflected)
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
    fn getitem(&self, _vm: &mut dyn Interp, this: &Value, key: &Value) -> PyResult<Option<Value>> {
        match key {
            Value::Ellipsis => Ok(Some(array_value(NdArray::from_scalar(self.0)))),
            Value::Obj(o) if matches!(&**o, HeapObj::Tuple(t) if t.is_empty()) => {
                Ok(Some(this.clone()))
            }
            _ => Err(PyErr::index_error("invalid index to scalar variable.")),
        }
    }
    fn format(&self, vm: &mut dyn Interp, _this: &Value, spec: &str) -> PyResult<Option<String>> {
        let v = scalar_to_py(self.0);
        crate::format_value(vm, &v, spec).map(Some)
    }
    fn class(&self) -> Option<Rc<HeapObj>> {
        Some(scalar_class(self.0.dtype()))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}
