//! Names of the `numpy` module besides functions: constants (`pi`, `e`, `inf`, `nan`,
//! `newaxis`, ...), the `ndarray` and `dtype` classes, the scalar types with NumPy 2's aliases
//! (`np.bool` is `np.bool_`, `np.double` is `np.float64`, `np.intp`, ...), the abstract scalar
//! classes (`np.integer`, `np.floating`, ...), `np.True_`/`np.False_` and `np.exceptions`.

use crate::numpy::core::classes::{
    abstract_classes, axis_error_class, dtype_class, ndarray_class, scalar_class,
};
use crate::numpy::core::scalar_value;
use mnpy_arrays::dtype::ALL_DTYPES;
use mnpy_arrays::{DType, Scalar};
use mnpy_runtime::interp_api::Interp;
use mnpy_runtime::object::{AttrMap, HeapObj, PyModule};
use mnpy_runtime::{PyResult, Value};
use std::cell::RefCell;

/// NumPy 2's aliases of the scalar types.
const ALIASES: &[(&str, DType)] = &[
    ("bool_", DType::Bool),
    ("bool", DType::Bool),
    ("byte", DType::Int8),
    ("ubyte", DType::UInt8),
    ("short", DType::Int16),
    ("ushort", DType::UInt16),
    ("intc", DType::Int32),
    ("uintc", DType::UInt32),
    ("int_", DType::Int64),
    ("intp", DType::Int64),
    ("uintp", DType::UInt64),
    ("uint", DType::UInt64),
    ("long", DType::Int64),
    ("ulong", DType::UInt64),
    ("longlong", DType::Int64),
    ("ulonglong", DType::UInt64),
    ("single", DType::Float32),
    ("double", DType::Float64),
    ("csingle", DType::Complex64),
    ("cdouble", DType::Complex128),
];

/// Adds the constants, classes and submodule `exceptions` to the numpy module dict.
pub fn register(_vm: &mut dyn Interp, dict: &mut AttrMap) -> PyResult<()> {
    let constants = [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
        ("euler_gamma", 0.577_215_664_901_532_9),
    ];
    for (name, v) in constants {
        dict.insert(name.into(), Value::Float(v));
    }
    dict.insert("newaxis".into(), Value::None);
    dict.insert("True_".into(), scalar_value(Scalar::Bool(true)));
    dict.insert("False_".into(), scalar_value(Scalar::Bool(false)));
    dict.insert("ndarray".into(), Value::Obj(ndarray_class()));
    dict.insert("dtype".into(), Value::Obj(dtype_class()));
    for &d in ALL_DTYPES.iter() {
        dict.insert(d.name().into(), Value::Obj(scalar_class(d)));
    }
    for &(name, d) in ALIASES {
        dict.insert(name.into(), Value::Obj(scalar_class(d)));
    }
    for (name, cls) in abstract_classes() {
        dict.insert(name.into(), Value::Obj(cls));
    }
    let mut exc = AttrMap::default();
    exc.insert("__name__".into(), Value::str("numpy.exceptions"));
    exc.insert("AxisError".into(), Value::Obj(axis_error_class()));
    exc.insert(
        "ComplexWarning".into(),
        Value::Obj(crate::numpy::core::classes::exception_class(
            "ComplexWarning",
            "numpy.exceptions",
            &[mnpy_runtime::TypeTag::RuntimeWarning],
        )),
    );
    let module = Value::obj(HeapObj::Module(PyModule {
        name: "numpy.exceptions".into(),
        dict: RefCell::new(exc),
    }));
    dict.insert("exceptions".into(), module);
    Ok(())
}
