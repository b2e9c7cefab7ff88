//! Conversions between Python values and micronumpy data: array-likes to `NdArray`
//! ([`to_ndarray`], nested lists/tuples with NumPy's shape and dtype discovery), Python scalars
//! to `Scalar` and back ([`scalar_to_py`]), ufunc operands ([`to_operand`], NEP 50 weak Python
//! scalars), and the `dtype=` / `axis=` arguments.

use super::array_obj::as_array;
use super::classes::dtype_of_class;
use super::dtype_obj::PyDType;
use super::scalar_obj::PyScalar;
use crate::args::{to_index, type_name};
use crate::native::downcast_native;
use mnpy_arrays::array::shape_size;
use mnpy_arrays::promote::promote_types;
use mnpy_arrays::{DType, NdArray, Operand, Scalar};
use mnpy_runtime::interp_api::Interp;
use mnpy_runtime::object::HeapObj;
use mnpy_runtime::{PyErr, PyResult, Value};
use num_complex::Complex64;
use num_traits::ToPrimitive;

/// Any array-like (ndarray, NumPy scalar, Python scalar, nested list/tuple, object with
/// `__array_interface__` or `__array__`) as an NdArray (a view when it already is an ndarray).
pub fn to_ndarray(vm: &mut dyn Interp, v: &Value) -> PyResult<NdArray> {
    to_ndarray_as(vm, v, None)
}

/// [`to_ndarray`] with a requested dtype: Python ints out of the dtype's range raise NumPy's
/// OverflowError, everything else is cast (a view is returned when no cast is needed).
pub fn to_ndarray_as(vm: &mut dyn Interp, v: &Value, dtype: Option<DType>) -> PyResult<NdArray> {
    if let Some(a) = as_array(v) {
        return Ok(cast_to(a.array.clone(), dtype));
    }
    if let Some(s) = downcast_native::<PyScalar>(v) {
        return Ok(cast_to(NdArray::from_scalar(s.0), dtype));
    }
    if let Some(a) = from_protocols(vm, v)? {
        return Ok(cast_to(a, dtype));
    }
    let mut nested = Nested::default();
    let shape = walk(vm, v, &mut nested)?;
    if let (Some(target), Some((lo, hi))) = (dtype, nested.int_range) {
        if let Some((min, max)) = target.int_bounds() {
            if target != DType::Bool {
                let bad = if lo < min {
                    lo
                } else if hi > max {
                    hi
                } else {
                    min
                };
                if lo < min || hi > max {
                    return Err(PyErr::overflow(format!(
                        "Python integer {bad} out of bounds for {}",
                        target.name()
                    )));
                }
            }
        }
    }
    // With a requested dtype every element is cast directly (as NumPy does), so e.g. a
    // uint64 value is not rounded through a float64 common type first.
    let target = dtype.or(nested.dtype).unwrap_or(DType::Float64);
    shape_size(&shape).map_err(super::array_err)?;
    NdArray::from_scalars(&nested.elems, &shape, target).map_err(super::array_err)
}

fn cast_to(a: NdArray, dtype: Option<DType>) -> NdArray {
    match dtype {
        Some(d) if d != a.dtype => a.astype(d),
        _ => a,
    }
}

#[derive(Default)]
struct Nested {
    elems: Vec<Scalar>,
    dtype: Option<DType>,
    int_range: Option<(i128, i128)>,
}

impl Nested {
    fn add_dtype(&mut self, d: DType) {
        self.dtype = Some(match self.dtype {
            None => d,
            Some(cur) => promote_types(cur, d),
        });
    }
    fn note_int(&mut self, i: i128) {
        self.int_range = Some(match self.int_range {
            None => (i, i),
            Some((lo, hi)) => (lo.min(i), hi.max(i)),
        });
    }
}

/// Error raised while walking nested sequences of unequal lengths.
fn inhomogeneous(prefix: &[usize]) -> PyErr {
    let shape = mnpy_arrays::error::shape_str(prefix);
    PyErr::value_error(format!(
        "setting an array element with a sequence. The requested array has an inhomogeneous shape after {} dimensions. The detected shape was {} + inhomogeneous part.",
        prefix.len(),
        shape
    ))
}

/// Marker carried in the error's args while unwinding an inhomogeneous sequence (prefix dims).
struct Inhomogeneous(Vec<usize>);

fn walk(vm: &mut dyn Interp, v: &Value, out: &mut Nested) -> PyResult<Vec<usize>> {
    match walk_inner(vm, v, out) {
        Ok(shape) => Ok(shape),
        Err(WalkErr::Py(e)) => Err(e),
        Err(WalkErr::Shape(Inhomogeneous(prefix))) => Err(inhomogeneous(&prefix)),
    }
}

enum WalkErr {
    Py(PyErr),
    Shape(Inhomogeneous),
}

impl From<PyErr> for WalkErr {
    fn from(e: PyErr) -> Self {
        WalkErr::Py(e)
    }
}

fn walk_inner(vm: &mut dyn Interp, v: &Value, out: &mut Nested) -> Result<Vec<usize>, WalkErr> {
    let items: Option<Vec<Value>> = match v.as_obj() {
        Some(HeapObj::List(l)) => Some(l.borrow().clone()),
        Some(HeapObj::Tuple(t)) => Some(t.to_vec()),
        _ => None,
    };
    let Some(items) = items else {
        return leaf(vm, v, out).map_err(WalkErr::Py);
    };
    let n = items.len();
    let mut child_shape: Option<Vec<usize>> = None;
    for item in &items {
        let s = match walk_inner(vm, item, out) {
            Ok(s) => s,
            Err(WalkErr::Shape(Inhomogeneous(mut p))) => {
                p.insert(0, n);
                return Err(WalkErr::Shape(Inhomogeneous(p)));
            }
            Err(e) => return Err(e),
        };
        match &child_shape {
            None => child_shape = Some(s),
            Some(c) if *c == s => {}
            Some(_) => return Err(WalkErr::Shape(Inhomogeneous(vec![n]))),
        }
    }
    let mut shape = vec![n];
    shape.extend(child_shape.unwrap_or_default());
    Ok(shape)
}

/// Adds one non-sequence element (or a whole array) to `out`, returning its shape.
fn leaf(vm: &mut dyn Interp, v: &Value, out: &mut Nested) -> PyResult<Vec<usize>> {
    if let Some(s) = py_scalar(v)? {
        if let Some(i) = v.to_bigint().and_then(|b| b.to_i128()) {
            if !matches!(v, Value::Bool(_)) {
                out.note_int(i);
            }
        }
        out.add_dtype(s.dtype());
        out.elems.push(s);
        return Ok(vec![]);
    }
    let a = if let Some(a) = as_array(v) {
        a.array.clone()
    } else if let Some(s) = downcast_native::<PyScalar>(v) {
        NdArray::from_scalar(s.0)
    } else if let Some(a) = from_protocols(vm, v)? {
        a
    } else {
        return Err(unsupported_element(v));
    };
    out.add_dtype(a.dtype);
    out.elems.extend(a.to_vec_scalars());
    Ok(a.shape.clone())
}

fn unsupported_element(v: &Value) -> PyErr {
    if v.as_str().is_some() {
        return PyErr::not_supported("micronumpy has no string arrays");
    }
    PyErr::type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        type_name(v)
    ))
}

/// Objects exposing `__array_interface__` (a view of the registered buffer) or `__array__`.
fn from_protocols(vm: &mut dyn Interp, v: &Value) -> PyResult<Option<NdArray>> {
    if !matches!(v.as_obj(), Some(HeapObj::Instance(_))) {
        return Ok(None);
    }
    if let Some(iface) = vm.getattr_opt(v, "__array_interface__")? {
        return super::interface::from_interface(vm, &iface).map(Some);
    }
    if let Some(method) = vm.getattr_opt(v, "__array__")? {
        let r = vm.call(&method, vec![], vec![])?;
        return match as_array(&r) {
            Some(a) => Ok(Some(a.array.clone())),
            None => Err(PyErr::value_error(
                "object __array__ method not producing an array",
            )),
        };
    }
    Ok(None)
}

/// A Python bool/int/float/complex as a Scalar of its default dtype; `None` for other values.
/// Ints beyond int64 become uint64; beyond that, NumPy's OverflowError.
pub fn py_scalar(v: &Value) -> PyResult<Option<Scalar>> {
    Ok(Some(match v {
        Value::Bool(b) => Scalar::Bool(*b),
        Value::Int(i) => Scalar::I64(*i),
        Value::Float(f) => Scalar::F64(*f),
        Value::Obj(o) => match &**o {
            HeapObj::Complex(c) => Scalar::C128(*c),
            HeapObj::BigInt(b) => match b.to_u64() {
                Some(u) => Scalar::U64(u),
                None => return Err(PyErr::overflow("Python int too large to convert to C long")),
            },
            _ => return Ok(None),
        },
        _ => return Ok(None),
    }))
}

/// A Python scalar stored into an array of `dtype` as NumPy does it: ints out of range raise
/// OverflowError, NaN/inf into integers raise like `int()`, complex into real raises TypeError.
/// Other values (NumPy scalars, arrays) are not handled here (`Ok(None)`).
pub fn py_scalar_for_store(v: &Value, dtype: DType) -> PyResult<Option<Scalar>> {
    let Some(s) = py_scalar(v)? else {
        return Ok(None);
    };
    if dtype.is_integer() {
        match s {
            Scalar::I64(_) | Scalar::U64(_) => {
                let i = s.to_i128().unwrap_or(0);
                let (lo, hi) = dtype.int_bounds().unwrap_or((0, 0));
                if i < lo || i > hi {
                    return Err(PyErr::overflow(format!("Python integer {i} out of bounds for {}", dtype.name())));
                }
            }
            Scalar::F64(f) if f.is_nan() => return Err(PyErr::value_error("cannot convert float NaN to integer")),
            Scalar::F64(f) if f.is_infinite() => {
                return Err(PyErr::overflow("cannot convert float infinity to integer"))
            }
            Scalar::C128(_) => {
                return Err(PyErr::type_error(
                    "int() argument must be a string, a bytes-like object or a real number, not 'complex'",
                ))
            }
            _ => {}
        }
    } else if dtype.is_float() {
        if let Scalar::C128(_) = s {
            return Err(PyErr::type_error(
                "float() argument must be a string or a real number, not 'complex'",
            ));
        }
    }
    Ok(Some(s.cast(dtype)))
}

/// The Python value `.item()` gives for an element: int, float, bool or complex.
pub fn scalar_to_py(s: Scalar) -> Value {
    match s {
        Scalar::Bool(b) => Value::Bool(b),
        Scalar::F32(f) => Value::Float(f as f64),
        Scalar::F64(f) => Value::Float(f),
        Scalar::C64(c) => Value::obj(HeapObj::Complex(Complex64::new(c.re as f64, c.im as f64))),
        Scalar::C128(c) => Value::obj(HeapObj::Complex(c)),
        Scalar::U64(u) => match i64::try_from(u) {
            Ok(i) => Value::Int(i),
            Err(_) => Value::from_bigint(num_bigint::BigInt::from(u)),
        },
        other => Value::Int(other.to_i128().unwrap_or(0) as i64),
    }
}

/// For ufunc calls: Python int/float/complex/bool -> weak Operand (NEP 50); NumPy scalars and
/// arrays -> `Operand::Array`.
pub fn to_operand(vm: &mut dyn Interp, v: &Value) -> PyResult<Operand> {
    Ok(match v {
        Value::Bool(b) => Operand::PyBool(*b),
        Value::Int(i) => Operand::PyInt(*i as i128),
        Value::Float(f) => Operand::PyFloat(*f),
        Value::Obj(o) => match &**o {
            HeapObj::Complex(c) => Operand::PyComplex(*c),
            HeapObj::BigInt(b) => match b.to_i128() {
                Some(i) => Operand::PyInt(i),
                None => return Err(PyErr::overflow("Python int too large to convert to C long")),
            },
            _ => Operand::Array(to_ndarray(vm, v)?),
        },
        _ => Operand::Array(to_ndarray(vm, v)?),
    })
}

/// A `dtype=` argument (np.float64, 'f8', '<i4', 'float32', 'int', float, int, bool, complex,
/// a dtype object, None -> Ok(None)).
pub fn dtype_arg(vm: &mut dyn Interp, v: &Value) -> PyResult<Option<DType>> {
    if let Value::None = v {
        return Ok(None);
    }
    if let Some(d) = downcast_native::<PyDType>(v) {
        return Ok(Some(d.0));
    }
    if let Some(d) = dtype_of_class(v) {
        return Ok(Some(d));
    }
    if let Some(s) = v.as_str() {
        return match DType::from_name(s) {
            Some(d) => Ok(Some(d)),
            None => Err(PyErr::type_error(format!("data type '{s}' not understood"))),
        };
    }
    let r = vm.repr(v)?;
    Err(PyErr::type_error(format!(
        "Cannot interpret '{r}' as a data type"
    )))
}

/// An `axis=` argument: None, int or tuple of ints.
pub fn axis_arg(vm: &mut dyn Interp, v: Option<&Value>) -> PyResult<Option<Vec<isize>>> {
    let Some(v) = v else { return Ok(None) };
    match v {
        Value::None => Ok(None),
        Value::Obj(o) if matches!(&**o, HeapObj::Tuple(_) | HeapObj::List(_)) => {
            let items = vm.collect(v)?;
            let mut out = Vec::with_capacity(items.len());
            for it in &items {
                out.push(int_arg(vm, it)? as isize);
            }
            Ok(Some(out))
        }
        _ => Ok(Some(vec![int_arg(vm, v)? as isize])),
    }
}

/// An integer argument (Python int, NumPy integer scalar, `__index__`).
pub fn int_arg(vm: &mut dyn Interp, v: &Value) -> PyResult<i64> {
    if let Some(s) = downcast_native::<PyScalar>(v) {
        if let Some(i) = s.0.to_i128() {
            return i64::try_from(i)
                .map_err(|_| PyErr::overflow("Python int too large to convert to C long"));
        }
        return Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            s.0.dtype().name()
        )));
    }
    to_index(vm, v)
}

/// A shape argument: an int or a sequence of ints (negative dimensions are the caller's check).
pub fn shape_arg(vm: &mut dyn Interp, v: &Value) -> PyResult<Vec<isize>> {
    match v.as_obj() {
        Some(HeapObj::Tuple(_)) | Some(HeapObj::List(_)) => {
            let items = vm.collect(v)?;
            let mut out = Vec::with_capacity(items.len());
            for it in &items {
                out.push(int_arg(vm, it)? as isize);
            }
            Ok(out)
        }
        _ => {
            if as_array(v).is_some() {
                let a = to_ndarray(vm, v)?;
                return Ok(a
                    .to_vec_scalars()
                    .iter()
                    .map(|s| s.to_i128().unwrap_or(0) as isize)
                    .collect());
            }
            Ok(vec![int_arg(vm, v)? as isize])
        }
    }
}

/// A shape argument with NumPy's "negative dimensions are not allowed" check.
pub fn dims_arg(vm: &mut dyn Interp, v: &Value) -> PyResult<Vec<usize>> {
    let dims = shape_arg(vm, v)?;
    if dims.iter().any(|&d| d < 0) {
        return Err(PyErr::value_error("negative dimensions are not allowed"));
    }
    Ok(dims.into_iter().map(|d| d as usize).collect())
}

/// A real number argument (Python numbers, NumPy scalars, 0-d arrays).
pub fn f64_arg(vm: &mut dyn Interp, v: &Value) -> PyResult<f64> {
    if let Some(s) = downcast_native::<PyScalar>(v) {
        return Ok(s.0.to_f64());
    }
    crate::args::to_f64(vm, v)
}

/// A bool argument (any truthy value).
pub fn bool_arg(vm: &mut dyn Interp, v: Option<Value>, default: bool) -> PyResult<bool> {
    match v {
        None => Ok(default),
        Some(v) => vm.truthy(&v),
    }
}
