//! CPython 3.11's `math` module as pure Rust functions over `f64`, `i64` and `BigInt`.
//!
//! Every function here reproduces CPython's result bit for bit (on the same glibc) and its
//! error behaviour: which exception class is raised and with which message. The interpreter
//! wires these into the Python-visible `math` module; argument conversion (`__index__`,
//! `__float__`, int-to-float) is its job, helped by [`bigint_to_f64`].
//!
//! Layout:
//! - [`elementary`]: one-argument libm-style functions (`sin`, `exp`, `log`, `erf`, ...), with
//!   CPython's `math_1` domain/range classification.
//! - [`fdlibm`]: ports of the glibc (fdlibm-derived) algorithms that Rust's std lacks or
//!   computes differently (`erf`, `erfc`, `asinh`, `acosh`, `atanh`).
//! - [`gamma`]: CPython's own Lanczos `gamma` and `lgamma`.
//! - [`float_ops`]: two-argument and bit-level float functions (`pow`, `fmod`, `frexp`, ...).
//! - [`summation`]: `fsum`, `hypot`, `dist`, `prod`.
//! - [`integer`]: `gcd`, `lcm`, `factorial`, `comb`, `perm`, `isqrt`.
//! - [`conversion`]: exact int/float conversions, `ceil`/`floor`/`trunc`, logs of big ints.

pub mod conversion;
pub mod elementary;
pub mod fdlibm;
pub mod float_ops;
pub mod gamma;
pub mod integer;
pub mod summation;

#[cfg(test)]
mod tests;

use std::fmt;

pub use conversion::{
    bigint_to_f64, ceil, float_to_bigint, floor, int_true_divide, log10_bigint, log2_bigint,
    log_bigint, log_with_base, trunc,
};
pub use elementary::{
    acos, acosh, asin, asinh, atan, atanh, cbrt, cos, cosh, erf, erfc, exp, exp2, expm1, fabs, log,
    log10, log1p, log2, sin, sinh, sqrt, tan, tanh,
};
pub use float_ops::{
    atan2, copysign, degrees, fmod, frexp, isclose, isfinite, isinf, isnan, ldexp, modf, nextafter,
    pow, radians, remainder, ulp,
};
pub use gamma::{gamma, lgamma};
pub use integer::{comb, factorial, gcd, isqrt, lcm, perm};
pub use summation::{dist, fsum, hypot, prod_f64, FsumAccumulator};

/// `math.pi`.
pub const PI: f64 = std::f64::consts::PI;
/// `math.e`.
pub const E: f64 = std::f64::consts::E;
/// `math.tau`.
pub const TAU: f64 = std::f64::consts::TAU;
/// `math.inf`.
pub const INF: f64 = f64::INFINITY;
/// `math.nan` (a positive quiet NaN, like CPython's).
pub const NAN: f64 = f64::NAN;

/// The Python exception class a [`MathError::Other`] maps to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PyErrorKind {
    /// `ValueError`.
    ValueError,
    /// `OverflowError`.
    OverflowError,
    /// `ZeroDivisionError`.
    ZeroDivisionError,
    /// `TypeError`.
    TypeError,
    /// `MemoryError`.
    MemoryError,
}

impl PyErrorKind {
    /// The Python class name, e.g. `"ValueError"`.
    pub fn name(self) -> &'static str {
        match self {
            PyErrorKind::ValueError => "ValueError",
            PyErrorKind::OverflowError => "OverflowError",
            PyErrorKind::ZeroDivisionError => "ZeroDivisionError",
            PyErrorKind::TypeError => "TypeError",
            PyErrorKind::MemoryError => "MemoryError",
        }
    }
}

/// An error raised by a `math` function, as CPython would raise it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MathError {
    /// `ValueError: math domain error`.
    Domain,
    /// `OverflowError: math range error`.
    Range,
    /// Any other exception: its class and exact message.
    Other(PyErrorKind, String),
}

impl MathError {
    /// Builds a [`MathError::Other`].
    pub fn other(kind: PyErrorKind, message: impl Into<String>) -> Self {
        MathError::Other(kind, message.into())
    }

    /// The Python exception class this error is raised as.
    pub fn kind(&self) -> PyErrorKind {
        match self {
            MathError::Domain => PyErrorKind::ValueError,
            MathError::Range => PyErrorKind::OverflowError,
            MathError::Other(kind, _) => *kind,
        }
    }

    /// The exception message, exactly as CPython words it.
    pub fn message(&self) -> &str {
        match self {
            MathError::Domain => "math domain error",
            MathError::Range => "math range error",
            MathError::Other(_, message) => message,
        }
    }
}

impl fmt::Display for MathError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind().name(), self.message())
    }
}

impl std::error::Error for MathError {}

/// Result type of every fallible `math` function.
pub type MathResult<T> = Result<T, MathError>;
