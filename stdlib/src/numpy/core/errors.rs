//! Exceptions and floating-point warnings of micronumpy: [`array_err`] maps an `ArrayError`
//! to the Python exception NumPy raises, [`warn_fp`] reports floating-point errors as NumPy's
//! RuntimeWarnings (or raises `FloatingPointError`), following the thread-local error state
//! that `np.errstate` / `np.seterr` change.

use super::classes::{axis_error_class, ufunc_type_error_class};
use mnpy_arrays::{ArrayError, ErrorKind, FpErrors};
use mnpy_runtime::exceptions::new_exception_instance;
use mnpy_runtime::interp_api::Interp;
use mnpy_runtime::{PyErr, PyResult, TypeTag, Value};
use std::cell::Cell;

/// Converts an ArrayError to the Python exception NumPy raises.
pub fn array_err(e: ArrayError) -> PyErr {
    let tag = match e.kind {
        ErrorKind::IndexError => TypeTag::IndexError,
        ErrorKind::ValueError => TypeTag::ValueError,
        ErrorKind::TypeError => TypeTag::TypeError,
        ErrorKind::OverflowError => TypeTag::OverflowError,
        ErrorKind::ZeroDivisionError => TypeTag::ZeroDivisionError,
        ErrorKind::NotImplemented => TypeTag::NotImplementedError,
        ErrorKind::AxisError => {
            return PyErr {
                exc: new_exception_instance(axis_error_class(), vec![Value::string(e.message)]),
            }
        }
    };
    PyErr::new(tag, e.message)
}

/// `numpy.exceptions.AxisError(msg)`.
pub fn axis_error(msg: impl Into<String>) -> PyErr {
    PyErr {
        exc: new_exception_instance(axis_error_class(), vec![Value::string(msg.into())]),
    }
}

/// `UFuncTypeError(msg)` (a TypeError subclass), e.g. for failed output casts.
pub fn ufunc_type_error(msg: impl Into<String>) -> PyErr {
    PyErr {
        exc: new_exception_instance(ufunc_type_error_class(), vec![Value::string(msg.into())]),
    }
}

/// What NumPy does with one kind of floating-point error (`np.seterr` values).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrMode {
    /// `'ignore'`
    Ignore,
    /// `'warn'`
    Warn,
    /// `'raise'`
    Raise,
    /// `'print'`
    Print,
    /// `'log'`
    Log,
    /// `'call'`
    Call,
}

impl ErrMode {
    /// The mode's name.
    pub fn name(self) -> &'static str {
        match self {
            ErrMode::Ignore => "ignore",
            ErrMode::Warn => "warn",
            ErrMode::Raise => "raise",
            ErrMode::Print => "print",
            ErrMode::Log => "log",
            ErrMode::Call => "call",
        }
    }
    /// Parses a mode name.
    pub fn from_name(s: &str) -> Option<ErrMode> {
        Some(match s {
            "ignore" => ErrMode::Ignore,
            "warn" => ErrMode::Warn,
            "raise" => ErrMode::Raise,
            "print" => ErrMode::Print,
            "log" => ErrMode::Log,
            "call" => ErrMode::Call,
            _ => return None,
        })
    }
}

/// The floating-point error state (`np.geterr()`): divide, over, under, invalid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ErrState {
    /// Division by zero.
    pub divide: ErrMode,
    /// Overflow.
    pub over: ErrMode,
    /// Underflow.
    pub under: ErrMode,
    /// Invalid operation.
    pub invalid: ErrMode,
}

impl Default for ErrState {
    fn default() -> Self {
        ErrState {
            divide: ErrMode::Warn,
            over: ErrMode::Warn,
            under: ErrMode::Ignore,
            invalid: ErrMode::Warn,
        }
    }
}

thread_local! {
    static ERR_STATE: Cell<ErrState> = Cell::new(ErrState::default());
}

/// The current error state.
pub fn err_state() -> ErrState {
    ERR_STATE.with(|s| s.get())
}

/// Replaces the error state, returning the previous one.
pub fn set_err_state(new: ErrState) -> ErrState {
    ERR_STATE.with(|s| s.replace(new))
}

/// Reports floating-point errors of the operation `op_name` as NumPy does: RuntimeWarning lines
/// on stderr, or `FloatingPointError` where the error state says `'raise'`.
pub fn warn_fp(vm: &mut dyn Interp, errors: FpErrors, op_name: &str) -> PyResult<()> {
    if errors.is_clear() {
        return Ok(());
    }
    let state = err_state();
    let checks = [
        (errors.divide, state.divide, "divide by zero"),
        (errors.overflow, state.over, "overflow"),
        (errors.underflow, state.under, "underflow"),
        (errors.invalid, state.invalid, "invalid value"),
    ];
    for (set, mode, what) in checks {
        if !set {
            continue;
        }
        let msg = format!("{what} encountered in {op_name}");
        match mode {
            ErrMode::Ignore | ErrMode::Call | ErrMode::Log => {}
            ErrMode::Warn => vm.warn(TypeTag::RuntimeWarning, &msg)?,
            ErrMode::Print => vm.write_stdout(&format!("Warning: {msg}\n"))?,
            ErrMode::Raise => return Err(PyErr::new(TypeTag::FloatingPointError, msg)),
        }
    }
    Ok(())
}
