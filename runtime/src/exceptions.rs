//! Python exceptions as Rust errors: `PyErr` wraps an exception instance; `ExcData` is the state
//! every exception instance carries (args, traceback entries, cause and context).

use crate::object::{HeapObj, PyInstance};
use crate::types::TypeTag;
use crate::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// The span of the expression that failed in a frame: 1-based last line and 0-based UTF-8 byte
/// columns of its start (on the frame's line) and end (on `end_line`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct FailedSpan {
    /// Last line.
    pub end_line: u32,
    /// Byte column of the start.
    pub col: u32,
    /// Byte column one past the end.
    pub end_col: u32,
}

/// One traceback entry: file, line, function name and, when known, the span of the failing
/// expression (CPython 3.11 marks it with carets under the source line).
#[derive(Clone, Debug)]
pub struct TracebackFrame {
    /// Source file name as given on the command line.
    pub file: Rc<str>,
    /// 1-based line.
    pub line: u32,
    /// Function name (`<module>` at top level).
    pub func: Rc<str>,
    /// The failing expression's span.
    pub span: Option<FailedSpan>,
}

/// The frames an exception passed through, innermost last (a slice of `TracebackFrame`s).
#[derive(Clone, Debug, Default)]
pub struct Traceback(Vec<TracebackFrame>);

impl Traceback {
    /// Appends a frame.
    pub fn push(&mut self, frame: TracebackFrame) {
        self.0.push(frame);
    }
}

impl std::ops::Deref for Traceback {
    type Target = [TracebackFrame];
    fn deref(&self) -> &[TracebackFrame] {
        &self.0
    }
}

/// State of an exception instance.
#[derive(Default)]
pub struct ExcData {
    /// `args`.
    pub args: Vec<Value>,
    /// Frames the exception passed through, innermost last.
    pub traceback: Traceback,
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

/// Creates an exception instance of class `class` with `args`. Like CPython, `OSError(errno,
/// strerror, filename)` keeps `(errno, strerror)` as args with the file name as an attribute,
/// and `OSError` itself becomes the subclass its errno names (2 is `FileNotFoundError`, ...).
pub fn new_exception_instance(class: Rc<HeapObj>, mut args: Vec<Value>) -> Value {
    let mut attrs = crate::object::AttrMap::default();
    let mut class = class;
    let tag = class.as_class().map(|c| c.builtin);
    if tag.is_some_and(|t| t.is_subtype_of(TypeTag::OSError)) && (2..=5).contains(&args.len()) {
        if Rc::ptr_eq(&class, &TypeTag::OSError.class()) {
            let sub = match args[0] {
                Value::Int(2) => Some(TypeTag::FileNotFoundError),
                Value::Int(17) => Some(TypeTag::FileExistsError),
                Value::Int(1 | 13) => Some(TypeTag::PermissionError),
                Value::Int(21) => Some(TypeTag::IsADirectoryError),
                _ => None,
            };
            if let Some(sub) = sub {
                class = sub.class();
            }
        }
        if args.len() >= 3 {
            attrs.insert("filename".into(), args[2].clone());
            if args.len() == 5 {
                attrs.insert("filename2".into(), args[4].clone());
            }
            if !matches!(args[2], Value::None) {
                args.truncate(2);
            }
        }
    }
    Value::obj(HeapObj::Instance(PyInstance {
        class,
        attrs: RefCell::new(attrs),
        exc: Some(RefCell::new(ExcData {
            args,
            ..Default::default()
        })),
    }))
}

/// `errno`, `strerror`, `filename`, `filename2` of an `OSError` whose attributes were not set:
/// taken from a two-item `args`, else None.
pub fn os_error_attr(args: &[Value], name: &str) -> Value {
    match (name, args) {
        ("errno", [e, _, ..]) => e.clone(),
        ("strerror", [_, s, ..]) => s.clone(),
        _ => Value::None,
    }
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

    /// An `OSError` (or subclass) as the operating system reports it: `args` is
    /// `(errno, strerror)` and the file name is kept in the `filename` attribute.
    pub fn os_error(tag: TypeTag, errno: i64, strerror: &str, filename: &str) -> PyErr {
        let exc = new_exception_instance(
            tag.class(),
            vec![Value::Int(errno), Value::string(strerror.to_string())],
        );
        if let Some(HeapObj::Instance(inst)) = exc.as_obj() {
            inst.attrs
                .borrow_mut()
                .insert("filename".into(), Value::string(filename.to_string()));
        }
        PyErr { exc }
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
