//! Unit tests of the numpy core conversions, classes, operators and printing, against values
//! obtained from NumPy 2.4 (the one-liners used are in the comments).

use super::classes::{dtype_of_class, scalar_class};
use super::convert::{dtype_arg, py_scalar_for_store, scalar_to_py, to_ndarray, to_ndarray_as};
use super::index_key::index_items;
use super::ops::apply_binary;
use super::{array_obj, scalar_obj, to_operand};
use mnpy_arrays::{BinaryOp, DType, IndexItem, Operand, Scalar};
use mnpy_runtime::exceptions::class_is_subclass;
use mnpy_runtime::interp_api::{BinOp, CmpOp, Interp, KwArgs};
use mnpy_runtime::object::HeapObj;
use mnpy_runtime::{PyErr, PyResult, TypeTag, Value};

/// A minimal interpreter: enough for conversions that never call back into Python.
struct TestInterp {
    stderr: String,
}

fn unsupported<T>() -> PyResult<T> {
    Err(PyErr::not_supported(
        "not available in the test interpreter",
    ))
}

impl Interp for TestInterp {
    fn call(&mut self, _f: &Value, _a: Vec<Value>, _k: KwArgs) -> PyResult<Value> {
        unsupported()
    }
    fn repr(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::Int(i) => i.to_string(),
            _ => "<value>".into(),
        })
    }
    fn to_str(&mut self, v: &Value) -> PyResult<String> {
        self.repr(v)
    }
    fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        Ok(a.is(b))
    }
    fn compare(&mut self, _op: CmpOp, _a: &Value, _b: &Value) -> PyResult<Value> {
        unsupported()
    }
    fn compare_bool(&mut self, _op: CmpOp, _a: &Value, _b: &Value) -> PyResult<bool> {
        unsupported()
    }
    fn hash(&mut self, _v: &Value) -> PyResult<i64> {
        unsupported()
    }
    fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(matches!(v, Value::Bool(true)))
    }
    fn iter(&mut self, _v: &Value) -> PyResult<Value> {
        unsupported()
    }
    fn next(&mut self, _it: &Value) -> PyResult<Option<Value>> {
        unsupported()
    }
    fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v.as_obj() {
            Some(HeapObj::List(l)) => Ok(l.borrow().clone()),
            Some(HeapObj::Tuple(t)) => Ok(t.to_vec()),
            _ => unsupported(),
        }
    }
    fn getattr(&mut self, _v: &Value, _n: &str) -> PyResult<Value> {
        unsupported()
    }
    fn getattr_opt(&mut self, _v: &Value, _n: &str) -> PyResult<Option<Value>> {
        Ok(None)
    }
    fn setattr(&mut self, _v: &Value, _n: &str, _x: Value) -> PyResult<()> {
        unsupported()
    }
    fn delattr(&mut self, _v: &Value, _n: &str) -> PyResult<()> {
        unsupported()
    }
    fn binary(&mut self, _op: BinOp, _a: &Value, _b: &Value) -> PyResult<Value> {
        unsupported()
    }
    fn getitem(&mut self, _o: &Value, _k: &Value) -> PyResult<Value> {
        unsupported()
    }
    fn setitem(&mut self, _o: &Value, _k: &Value, _v: Value) -> PyResult<()> {
        unsupported()
    }
    fn len(&mut self, _v: &Value) -> PyResult<usize> {
        unsupported()
    }
    fn contains(&mut self, _c: &Value, _x: &Value) -> PyResult<bool> {
        unsupported()
    }
    fn write_stdout(&mut self, _s: &str) -> PyResult<()> {
        Ok(())
    }
    fn write_stderr(&mut self, s: &str) -> PyResult<()> {
        self.stderr.push_str(s);
        Ok(())
    }
    fn read_line(&mut self) -> PyResult<Option<String>> {
        Ok(None)
    }
    fn import(&mut self, _name: &str) -> PyResult<Value> {
        unsupported()
    }
    fn recursion_limit(&self) -> usize {
        1000
    }
    fn set_recursion_limit(&mut self, _n: usize) {}
    fn argv(&self) -> Vec<String> {
        Vec::new()
    }
    fn current_globals(&mut self) -> Value {
        Value::None
    }
    fn take_stop_value(&mut self) -> Option<Value> {
        None
    }
}

fn vm() -> TestInterp {
    TestInterp {
        stderr: String::new(),
    }
}

fn message(e: &PyErr) -> String {
    match mnpy_runtime::exceptions::exc_data(&e.exc) {
        Some(d) => d
            .borrow()
            .args
            .first()
            .and_then(|a| a.as_str().map(str::to_string))
            .unwrap_or_default(),
        None => String::new(),
    }
}

/// The value of a result that must succeed (PyErr has no Debug).
fn ok<T>(r: PyResult<T>) -> T {
    match r {
        Ok(v) => v,
        Err(e) => panic!("unexpected error: {}", message(&e)),
    }
}

/// The error of a result that must fail.
fn err<T>(r: PyResult<T>) -> PyErr {
    match r {
        Ok(_) => panic!("expected an error"),
        Err(e) => e,
    }
}

fn list(items: Vec<Value>) -> Value {
    Value::list(items)
}

#[test]
fn nested_lists_discover_shape_and_dtype() {
    // python3 -c 'import numpy as np; a = np.array([[1, 2.5], [3, 4]]); print(a.dtype, a.shape)'
    // -> float64 (2, 2)
    let v = list(vec![
        list(vec![Value::Int(1), Value::Float(2.5)]),
        list(vec![Value::Int(3), Value::Int(4)]),
    ]);
    let a = ok(to_ndarray(&mut vm(), &v));
    assert_eq!((a.dtype, a.shape.clone()), (DType::Float64, vec![2, 2]));
    assert_eq!(a.to_vec::<f64>(), vec![1.0, 2.5, 3.0, 4.0]);
    // python3 -c 'import numpy as np; print(np.array([True, 2]).dtype, np.array([]).dtype)' -> int64 float64
    assert_eq!(
        ok(to_ndarray(
            &mut vm(),
            &list(vec![Value::Bool(true), Value::Int(2)])
        ))
        .dtype,
        DType::Int64
    );
    assert_eq!(
        ok(to_ndarray(&mut vm(), &list(vec![]))).dtype,
        DType::Float64
    );
}

#[test]
fn inhomogeneous_lists_raise_numpys_message() {
    // python3 -c 'import numpy as np; np.array([[1, 2], [3]])'
    let v = list(vec![
        list(vec![Value::Int(1), Value::Int(2)]),
        list(vec![Value::Int(3)]),
    ]);
    let e = err(to_ndarray(&mut vm(), &v));
    assert!(e.matches(TypeTag::ValueError));
    assert_eq!(
        message(&e),
        "setting an array element with a sequence. The requested array has an inhomogeneous shape after 1 dimensions. The detected shape was (2,) + inhomogeneous part."
    );
}

#[test]
fn requested_dtype_casts_elements_directly() {
    // python3 -c 'import numpy as np; print(np.array([2**64 - 1, 0], dtype=np.uint64))'
    // -> [18446744073709551615 0]
    let big = Value::from_bigint(num_bigint::BigInt::from(u64::MAX));
    let a = ok(to_ndarray_as(
        &mut vm(),
        &list(vec![big, Value::Int(0)]),
        Some(DType::UInt64),
    ));
    assert_eq!(a.to_vec::<u64>(), vec![u64::MAX, 0]);
    // python3 -c 'import numpy as np; np.array([300], dtype=np.uint8)'
    // -> OverflowError: Python integer 300 out of bounds for uint8
    let e = err(to_ndarray_as(
        &mut vm(),
        &list(vec![Value::Int(300)]),
        Some(DType::UInt8),
    ));
    assert_eq!(message(&e), "Python integer 300 out of bounds for uint8");
}

#[test]
fn stores_follow_pythons_conversions() {
    // python3 -c 'import numpy as np; i = np.zeros(2, np.int32); i[0] = np.nan'
    // -> ValueError: cannot convert float NaN to integer
    let e = err(py_scalar_for_store(&Value::Float(f64::NAN), DType::Int32));
    assert_eq!(message(&e), "cannot convert float NaN to integer");
    // i[0] = 3.99 stores 3
    assert_eq!(
        ok(py_scalar_for_store(&Value::Float(3.99), DType::Int32)),
        Some(Scalar::I32(3))
    );
}

#[test]
fn dtype_arguments() {
    // python3 -c 'import numpy as np; print(np.dtype("<i4"), np.dtype("d")); np.dtype("f3")'
    // -> int32 float64; TypeError: data type 'f3' not understood
    let mut v = vm();
    assert_eq!(
        ok(dtype_arg(&mut v, &Value::str("<i4"))),
        Some(DType::Int32)
    );
    assert_eq!(
        ok(dtype_arg(&mut v, &Value::str("d"))),
        Some(DType::Float64)
    );
    assert_eq!(ok(dtype_arg(&mut v, &Value::None)), None);
    assert_eq!(
        ok(dtype_arg(&mut v, &Value::Obj(TypeTag::Float.class()))),
        Some(DType::Float64)
    );
    let e = err(dtype_arg(&mut v, &Value::str("f3")));
    assert_eq!(message(&e), "data type 'f3' not understood");
}

#[test]
fn scalar_classes_subclass_python_numbers_like_numpy() {
    // python3 -c 'import numpy as np; print(issubclass(np.float64, float), issubclass(np.int64, int),
    //   issubclass(np.complex128, complex), issubclass(np.bool_, int))' -> True False True False
    let f64c = scalar_class(DType::Float64);
    assert!(class_is_subclass(&f64c, &TypeTag::Float.class()));
    assert!(!class_is_subclass(
        &scalar_class(DType::Int64),
        &TypeTag::Int.class()
    ));
    assert!(class_is_subclass(
        &scalar_class(DType::Complex128),
        &TypeTag::Complex.class()
    ));
    assert!(!class_is_subclass(
        &scalar_class(DType::Bool),
        &TypeTag::Int.class()
    ));
    assert_eq!(dtype_of_class(&Value::Obj(f64c)), Some(DType::Float64));
    // python3 -c 'import numpy as np; print(type(np.dtype("u1")).__name__)' -> UInt8DType
    assert_eq!(super::dtype_obj::class_name(DType::UInt8), "UInt8DType");
}

#[test]
fn items_and_hashes_match_python_numbers() {
    // python3 -c 'import numpy as np; print(np.uint64(2**64-1).item(), hash(np.float64(1.5)) == hash(1.5))'
    let v = scalar_to_py(Scalar::U64(u64::MAX));
    assert_eq!(v.to_bigint().unwrap(), num_bigint::BigInt::from(u64::MAX));
    assert_eq!(
        scalar_obj::scalar_hash(Scalar::F64(1.5)),
        mnpy_runtime::hash::float_hash(1.5)
    );
    assert_eq!(
        scalar_obj::scalar_hash(Scalar::I8(-1)),
        mnpy_runtime::hash::int_hash(-1)
    );
}

#[test]
fn weak_python_scalars_keep_array_dtype() {
    // python3 -c 'import numpy as np; print((np.array([100], np.int8) + 27).dtype)' -> int8
    let mut v = vm();
    let a = super::array_value(mnpy_arrays::NdArray::from_vec(vec![100i8], &[1]).unwrap());
    assert!(matches!(
        ok(to_operand(&mut v, &Value::Int(27))),
        Operand::PyInt(27)
    ));
    let r = ok(apply_binary(&mut v, BinaryOp::Add, &a, &Value::Int(27)));
    let arr = array_obj::as_array(&r).unwrap();
    assert_eq!(arr.array.dtype, DType::Int8);
    assert_eq!(arr.array.to_vec::<i8>(), vec![127]);
}

#[test]
fn division_by_zero_warns() {
    // python3 -c 'import numpy as np; np.array([1.0]) / 0'
    // -> RuntimeWarning: divide by zero encountered in divide
    let mut v = vm();
    let a = super::array_value(mnpy_arrays::NdArray::from_vec(vec![1.0f64], &[1]).unwrap());
    ok(apply_binary(&mut v, BinaryOp::Divide, &a, &Value::Int(0)));
    assert!(v.stderr.contains("divide by zero encountered in divide"));
}

#[test]
fn keys_become_index_items() {
    let mut v = vm();
    let key = Value::tuple(vec![
        Value::Int(1),
        Value::obj(HeapObj::Slice(Value::None, Value::Int(3), Value::Int(2))),
        Value::None,
        Value::Ellipsis,
    ]);
    let items = ok(index_items(&mut v, &key));
    assert!(matches!(items[0], IndexItem::Int(1)));
    assert!(matches!(
        items[1],
        IndexItem::Slice {
            start: None,
            stop: Some(3),
            step: Some(2)
        }
    ));
    assert!(matches!(items[2], IndexItem::NewAxis));
    assert!(matches!(items[3], IndexItem::Ellipsis));
    // python3 -c 'import numpy as np; np.arange(3)[1.5]' -> IndexError: only integers, slices ...
    let e = err(index_items(&mut v, &Value::Float(1.5)));
    assert!(e.matches(TypeTag::IndexError));
}

#[test]
fn reprs_use_print_options() {
    // python3 -c 'import numpy as np; print(repr(np.arange(3, dtype=np.int32)))'
    // -> array([0, 1, 2], dtype=int32)
    let a = mnpy_arrays::NdArray::from_vec(vec![0i32, 1, 2], &[3]).unwrap();
    assert_eq!(array_obj::array_repr(&a), "array([0, 1, 2], dtype=int32)");
    assert_eq!(array_obj::array_str(&a), "[0 1 2]");
}
