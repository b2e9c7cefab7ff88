//! The class objects of micronumpy: `numpy.ndarray`, `numpy.dtype`, the scalar types
//! (`numpy.float64` subclasses `float`, `numpy.complex128` subclasses `complex`, the others
//! derive from NumPy's abstract `generic`/`number`/`integer`/... classes), and the exception
//! classes `AxisError` (ValueError + IndexError) and `UFuncTypeError` (TypeError).
//!
//! Calling a class runs its `__new__`, a static method wrapping [`ClassNew`], so
//! `np.float64(1.5)`, `np.dtype('f8')` and `np.ndarray((2, 3))` build native objects.

use crate::native::{native_value, NativeObject};
use mnpy_arrays::dtype::ALL_DTYPES;
use mnpy_arrays::DType;
use mnpy_runtime::interp_api::{Interp, KwArgs};
use mnpy_runtime::object::{AttrMap, HeapObj, PyClass};
use mnpy_runtime::{PyErr, PyResult, TypeTag, Value};
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// What calling one of micronumpy's classes constructs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ClassKind {
    /// `np.ndarray(shape, dtype=float)`.
    NdArray,
    /// `np.dtype(spec)`.
    DType,
    /// A scalar type such as `np.float64(x)`.
    Scalar(DType),
    /// An abstract scalar class (`np.generic`, `np.integer`, ...): not instantiable.
    Abstract,
}

/// The native `__new__` of a micronumpy class.
pub struct ClassNew(pub ClassKind);

impl NativeObject for ClassNew {
    fn type_name(&self) -> String {
        "builtin_function_or_method".into()
    }
    fn call(
        &self,
        vm: &mut dyn Interp,
        _this: &Value,
        mut args: Vec<Value>,
        kw: KwArgs,
    ) -> PyResult<Value> {
        let cls = if args.is_empty() {
            Value::None
        } else {
            args.remove(0)
        };
        match self.0 {
            ClassKind::NdArray => super::array_obj::construct(vm, args, kw),
            ClassKind::DType => super::dtype_obj::construct(vm, args, kw),
            ClassKind::Scalar(d) => super::scalar_obj::construct(vm, d, args, kw),
            ClassKind::Abstract => {
                let name = match cls.as_obj().and_then(|c| c.as_class()) {
                    Some(c) => c.name.to_string(),
                    None => "generic".into(),
                };
                Err(PyErr::type_error(format!(
                    "cannot create 'numpy.{name}' instances"
                )))
            }
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

struct NpClasses {
    ndarray: Rc<HeapObj>,
    dtype: Rc<HeapObj>,
    scalars: Vec<Rc<HeapObj>>,
    abstracts: Vec<(&'static str, Rc<HeapObj>)>,
    axis_error: Rc<HeapObj>,
    ufunc_type_error: Rc<HeapObj>,
}

thread_local! {
    static CLASSES: NpClasses = build_classes();
}

/// A class object with the given bases (MRO: each base's MRO merged in order, then `object`).
pub fn make_class(
    name: &str,
    module: &str,
    bases: Vec<Rc<HeapObj>>,
    builtin: TypeTag,
    dict: AttrMap,
) -> Rc<HeapObj> {
    let mut mro_tail: Vec<Rc<HeapObj>> = Vec::new();
    let object = TypeTag::Object.class();
    for b in &bases {
        let mut chain = vec![b.clone()];
        if let Some(c) = b.as_class() {
            chain.extend(c.mro_tail.iter().cloned());
        }
        for c in chain {
            if Rc::ptr_eq(&c, &object) || mro_tail.iter().any(|m| Rc::ptr_eq(m, &c)) {
                continue;
            }
            mro_tail.push(c);
        }
    }
    mro_tail.push(object);
    Rc::new(HeapObj::Class(PyClass {
        name: name.into(),
        qualname: name.into(),
        module: module.into(),
        bases,
        mro_tail,
        dict: RefCell::new(dict),
        builtin,
        version: Cell::new(mnpy_runtime::types::next_class_version()),
    }))
}

/// An exception class `name` deriving from the builtin exception types `bases`
/// (e.g. `LinAlgError` from `ValueError`).
pub fn exception_class(name: &str, module: &str, bases: &[TypeTag]) -> Rc<HeapObj> {
    let builtin = bases.first().copied().unwrap_or(TypeTag::Exception);
    let classes = bases.iter().map(|t| t.class()).collect();
    make_class(name, module, classes, builtin, AttrMap::default())
}

fn new_dict(kind: ClassKind) -> AttrMap {
    let mut dict = AttrMap::default();
    let new = native_value(Box::new(ClassNew(kind)));
    dict.insert("__new__".into(), Value::obj(HeapObj::StaticMethod(new)));
    dict
}

fn build_classes() -> NpClasses {
    let object = TypeTag::Object.class();
    let abs = |name: &str, bases: Vec<Rc<HeapObj>>| {
        make_class(
            name,
            "numpy",
            bases,
            TypeTag::Object,
            new_dict(ClassKind::Abstract),
        )
    };
    let generic = abs("generic", vec![object.clone()]);
    let number = abs("number", vec![generic.clone()]);
    let integer = abs("integer", vec![number.clone()]);
    let signed = abs("signedinteger", vec![integer.clone()]);
    let unsigned = abs("unsignedinteger", vec![integer.clone()]);
    let inexact = abs("inexact", vec![number.clone()]);
    let floating = abs("floating", vec![inexact.clone()]);
    let complexfloating = abs("complexfloating", vec![inexact.clone()]);
    let scalars = ALL_DTYPES
        .iter()
        .map(|&d| {
            let (bases, builtin) = match d {
                DType::Bool => (vec![generic.clone()], TypeTag::Object),
                DType::Float64 => (
                    vec![floating.clone(), TypeTag::Float.class()],
                    TypeTag::Float,
                ),
                DType::Complex128 => (
                    vec![complexfloating.clone(), TypeTag::Complex.class()],
                    TypeTag::Complex,
                ),
                d if d.is_float() => (vec![floating.clone()], TypeTag::Object),
                d if d.is_complex() => (vec![complexfloating.clone()], TypeTag::Object),
                d if d.kind_char() == 'u' => (vec![unsigned.clone()], TypeTag::Object),
                _ => (vec![signed.clone()], TypeTag::Object),
            };
            make_class(
                d.name(),
                "numpy",
                bases,
                builtin,
                new_dict(ClassKind::Scalar(d)),
            )
        })
        .collect();
    NpClasses {
        ndarray: make_class(
            "ndarray",
            "numpy",
            vec![object.clone()],
            TypeTag::Object,
            new_dict(ClassKind::NdArray),
        ),
        dtype: make_class(
            "dtype",
            "numpy",
            vec![object],
            TypeTag::Object,
            new_dict(ClassKind::DType),
        ),
        scalars,
        abstracts: vec![
            ("generic", generic),
            ("number", number),
            ("integer", integer),
            ("signedinteger", signed),
            ("unsignedinteger", unsigned),
            ("inexact", inexact),
            ("floating", floating),
            ("complexfloating", complexfloating),
        ],
        axis_error: exception_class(
            "AxisError",
            "numpy.exceptions",
            &[TypeTag::ValueError, TypeTag::IndexError],
        ),
        ufunc_type_error: exception_class(
            "UFuncTypeError",
            "numpy._core._exceptions",
            &[TypeTag::TypeError],
        ),
    }
}

/// `numpy.ndarray`.
pub fn ndarray_class() -> Rc<HeapObj> {
    CLASSES.with(|c| c.ndarray.clone())
}

/// `numpy.dtype`.
pub fn dtype_class() -> Rc<HeapObj> {
    CLASSES.with(|c| c.dtype.clone())
}

/// The scalar type of `dtype` (`numpy.float64`, ...).
pub fn scalar_class(dtype: DType) -> Rc<HeapObj> {
    CLASSES.with(|c| c.scalars[dtype as usize].clone())
}

/// The abstract scalar classes by name (`generic`, `number`, `integer`, `floating`, ...).
pub fn abstract_classes() -> Vec<(&'static str, Rc<HeapObj>)> {
    CLASSES.with(|c| c.abstracts.clone())
}

/// `numpy.exceptions.AxisError`.
pub fn axis_error_class() -> Rc<HeapObj> {
    CLASSES.with(|c| c.axis_error.clone())
}

/// `numpy._core._exceptions.UFuncTypeError`.
pub fn ufunc_type_error_class() -> Rc<HeapObj> {
    CLASSES.with(|c| c.ufunc_type_error.clone())
}

/// The dtype a class stands for as a `dtype=` argument: the scalar types, and Python's
/// `float`, `int`, `bool`, `complex`.
pub fn dtype_of_class(v: &Value) -> Option<DType> {
    let Value::Obj(o) = v else { return None };
    o.as_class()?;
    for (tag, d) in [
        (TypeTag::Float, DType::Float64),
        (TypeTag::Int, DType::Int64),
        (TypeTag::Bool, DType::Bool),
        (TypeTag::Complex, DType::Complex128),
    ] {
        if Rc::ptr_eq(o, &tag.class()) {
            return Some(d);
        }
    }
    CLASSES.with(|c| {
        c.scalars
            .iter()
            .position(|s| Rc::ptr_eq(s, o))
            .map(|i| ALL_DTYPES[i])
    })
}
