//! Python exceptions as Rust errors: `PyErr` wraps an exception instance; `ExcData` is the state
//! every exception instance carries (args, traceback entries, cause and context).

use crate::object::{HeapObj, PyInstance};
use crate::types::TypeTag;
use crate::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// One traceback line: file, line number and function name.
#[derive(Clone, Debug)]
pub struct TracebackEntry {
    /// Source file name as given on the command line.
    pub file: Rc<str>,
    /// 1-based line.
    pub line: u32,
    /// Function name (`<module>` at top level).
    pub func: Rc<str>,
}

/// State of an exception instance.
#[derive(Default)]
pub struct ExcData {
    /// `args`.
    pub args: Vec<Value>,
    /// Frames the exception passed through, innermost last.
    pub traceback: Vec<TracebackEntry>,
    /// `__cause__` (from `raise ... from ...`).
    pub cause: Option<Value>,
    /// `__context__` (the exception being handled when this one was raised).
    pub context: Option<Value>,
    /// `__suppress_context__`.
    pub suppress_context: bool,
}

/// A raised Python exception.
#[derive(Clone)]
pub struct PyErr {
    /// The exception instance.
    pub exc: Value,
}

/// Result of anything that can raise.
pub type PyResult<T> = Result<T, PyErr>;

/// Creates an exception instance of class `class` with `args`.
pub fn new_exception_instance(class: Rc<HeapObj>, args: Vec<Value>) -> Value {
    Value::obj(HeapObj::Instance(PyInstance {
        class,
        attrs: RefCell::new(Default::default()),
        exc: Some(RefCell::new(ExcData {
            args,
            ..Default::default()
        })),
    }))
}

impl PyErr {
    /// A builtin exception with one string argument.
    pub fn new(tag: TypeTag, msg: impl Into<String>) -> PyErr {
        PyErr {
            exc: new_exception_instance(tag.class(), vec![Value::string(msg.into())]),
        }
    }

    /// A builtin exception with the given args.
    pub fn with_args(tag: TypeTag, args: Vec<Value>) -> PyErr {
        PyErr {
            exc: new_exception_instance(tag.class(), args),
        }
    }

    /// `TypeError(msg)`.
    pub fn type_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(TypeTag::TypeError, msg)
    }

    /// `ValueError(msg)`.
    pub fn value_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(TypeTag::ValueError, msg)
    }

    /// `IndexError(msg)`.
    pub fn index_error(msg: impl Into<String>) -> PyErr {
        PyErr::new(TypeTag::IndexError, msg)
    }

    /// `OverflowError(msg)`.
    pub fn overflow(msg: impl Into<String>) -> PyErr {
        PyErr::new(TypeTag::OverflowError, msg)
    }

    /// `ZeroDivisionError(msg)`.
    pub fn zero_div(msg: impl Into<String>) -> PyErr {
        PyErr::new(TypeTag::ZeroDivisionError, msg)
    }

    /// `AttributeError(msg)`.
    pub fn attribute(msg: impl Into<String>) -> PyErr {
        PyErr::new(TypeTag::AttributeError, msg)
    }

    /// `NotImplementedError(msg)`: used for features mnpy does not support.
    pub fn not_supported(msg: impl Into<String>) -> PyErr {
        PyErr::new(TypeTag::NotImplementedError, msg)
    }

    /// The exception's data.
    pub fn data(&self) -> Option<&RefCell<ExcData>> {
        exc_data(&self.exc)
    }

    /// The instance's class.
    pub fn class(&self) -> Rc<HeapObj> {
        match &self.exc {
            Value::Obj(o) => match &**o {
                HeapObj::Instance(i) => i.class.clone(),
                _ => TypeTag::BaseException.class(),
            },
            _ => TypeTag::BaseException.class(),
        }
    }

    /// True when the exception is an instance of the builtin type `tag` (or a subclass).
    pub fn matches(&self, tag: TypeTag) -> bool {
        class_is_subclass(&self.class(), &tag.class())
    }
}

/// The exception data of an instance, if it is an exception.
pub fn exc_data(v: &Value) -> Option<&RefCell<ExcData>> {
    match v {
        Value::Obj(o) => match &**o {
            HeapObj::Instance(i) => i.exc.as_ref(),
            _ => None,
        },
        _ => None,
    }
}

/// True when `cls` is `base` or has it in its MRO.
pub fn class_is_subclass(cls: &Rc<HeapObj>, base: &Rc<HeapObj>) -> bool {
    if Rc::ptr_eq(cls, base) {
        return true;
    }
    match cls.as_class() {
        Some(c) => c.mro_tail.iter().any(|m| Rc::ptr_eq(m, base)),
        None => false,
    }
}
