//! The one error type of the array core: `ArrayError`, a Python exception kind plus NumPy's message.

use std::fmt;

/// Which Python exception the Python face should raise for an [`ArrayError`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// `IndexError`
    IndexError,
    /// `ValueError`
    ValueError,
    /// `TypeError`
    TypeError,
    /// `OverflowError`
    OverflowError,
    /// `ZeroDivisionError`
    ZeroDivisionError,
    /// `numpy.exceptions.AxisError` (a subclass of both `ValueError` and `IndexError`).
    AxisError,
    /// Something NumPy supports that micronumpy does not (e.g. a float16 result):
    /// the face raises `NotImplementedError`.
    NotImplemented,
}

/// A failure of an array operation, carrying NumPy's exact message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArrayError {
    /// The exception class.
    pub kind: ErrorKind,
    /// The exception message, identical to NumPy's.
    pub message: String,
}

impl ArrayError {
    /// An error of `kind` with `message`.
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        ArrayError {
            kind,
            message: message.into(),
        }
    }
    /// An `IndexError`.
    pub fn index(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::IndexError, message)
    }
    /// A `ValueError`.
    pub fn value(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::ValueError, message)
    }
    /// A `TypeError`.
    pub fn type_error(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::TypeError, message)
    }
    /// An `OverflowError`.
    pub fn overflow(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::OverflowError, message)
    }
    /// A `numpy.exceptions.AxisError`.
    pub fn axis(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::AxisError, message)
    }
    /// A `NotImplementedError` naming what micronumpy lacks.
    pub fn not_implemented(message: impl Into<String>) -> Self {
        Self::new(ErrorKind::NotImplemented, message)
    }
}

impl fmt::Display for ArrayError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}: {}", self.kind, self.message)
    }
}

impl std::error::Error for ArrayError {}

/// Result alias used across the crate.
pub type ArrayResult<T> = Result<T, ArrayError>;

/// NumPy's tuple rendering of a shape: `(3,)`, `(2, 3)`, `()`.
pub fn shape_str(shape: &[usize]) -> String {
    match shape.len() {
        0 => "()".to_string(),
        1 => format!("({},)", shape[0]),
        _ => {
            let parts: Vec<String> = shape.iter().map(|d| d.to_string()).collect();
            format!("({})", parts.join(", "))
        }
    }
}

/// NumPy's compact shape rendering used in reshape and broadcast messages: `(2,3)`, `(4,)`.
pub fn shape_str_compact(shape: &[usize]) -> String {
    let parts: Vec<String> = shape.iter().map(|d| d.to_string()).collect();
    if shape.len() == 1 {
        format!("({},)", parts[0])
    } else {
        format!("({})", parts.join(","))
    }
}
