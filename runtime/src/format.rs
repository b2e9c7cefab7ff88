//! CPython-exact text formatting, written as pure functions over Rust types.
//!
//! Everything here reproduces CPython 3.11 byte for byte:
//! - [`float_repr`] / [`complex_repr`]: `repr(float)` and `repr(complex)`;
//! - [`str_repr`] / [`ascii_repr`] / [`is_printable`]: `repr(str)`, `ascii(str)` and
//!   `str.isprintable` (exact for Unicode 14.0, the database of CPython 3.11); [`ascii_escape`]
//!   turns any `repr(obj)` into `ascii(obj)`;
//! - [`parse_format_spec`] and [`format_int`], [`format_float`], [`format_complex`],
//!   [`format_str`]: the `format()` mini-language;
//! - [`percent_format`]: `str % args`, with the arguments supplied through [`PercentSource`];
//! - [`int_to_str_radix`] (`bin`/`oct`/`hex`), [`int_to_decimal_str`] (`str(int)` with the
//!   4300-digit limit) and [`float_to_hex`] (`float.hex`);
//! - [`parse_float`] / [`parse_int`]: what `float(str)` and `int(str, base)` accept.
//!
//! The object model wires these to Python values; nothing here knows about `Value`.

mod float_text;
mod number_layout;
mod parse_number;
mod percent;
mod printable;
mod printable_table;
mod radix;
mod spec;
mod spec_format;
mod str_repr;
mod unicode_digits;

#[cfg(test)]
mod tests;

pub use float_text::{complex_repr, float_repr, float_str};
pub use parse_number::{float_literal_error, parse_float, parse_int};
pub use percent::{percent_format, PercentSource};
pub use printable::is_printable;
pub use radix::{
    float_to_hex, float_to_int, int_to_decimal_str, int_to_str_radix, INT_MAX_STR_DIGITS,
};
pub use spec::{parse_format_spec, Align, FormatSpec, Grouping, Sign};
pub use spec_format::{format_complex, format_float, format_int, format_str};
pub use str_repr::{ascii_escape, ascii_repr, str_repr};

use std::fmt;

/// The Python exception class a formatting error must be raised as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// `ValueError`: bad format specifiers, bad literals.
    ValueError,
    /// `TypeError`: wrong argument types in `%`-formatting.
    TypeError,
    /// `OverflowError`: `%c` out of range, int too large for a float.
    OverflowError,
    /// `KeyError`: a `%(name)s` key missing from the mapping (raised by a [`PercentSource`]).
    KeyError,
    /// `MemoryError`: a requested width or precision too large to build.
    MemoryError,
}

impl ErrorKind {
    /// The Python class name, e.g. `"ValueError"`.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::ValueError => "ValueError",
            ErrorKind::TypeError => "TypeError",
            ErrorKind::OverflowError => "OverflowError",
            ErrorKind::KeyError => "KeyError",
            ErrorKind::MemoryError => "MemoryError",
        }
    }
}

/// A formatting failure: the exception class and CPython's exact message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatError {
    /// Which Python exception to raise.
    pub kind: ErrorKind,
    /// The message, byte-identical to CPython's.
    pub message: String,
}

impl FormatError {
    /// A `ValueError` with the given message.
    pub fn value(message: impl Into<String>) -> Self {
        FormatError {
            kind: ErrorKind::ValueError,
            message: message.into(),
        }
    }

    /// A `TypeError` with the given message.
    pub fn type_error(message: impl Into<String>) -> Self {
        FormatError {
            kind: ErrorKind::TypeError,
            message: message.into(),
        }
    }

    /// An `OverflowError` with the given message.
    pub fn overflow(message: impl Into<String>) -> Self {
        FormatError {
            kind: ErrorKind::OverflowError,
            message: message.into(),
        }
    }

    /// A `MemoryError` (CPython raises it with an empty message).
    pub fn memory() -> Self {
        FormatError {
            kind: ErrorKind::MemoryError,
            message: String::new(),
        }
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind.name(), self.message)
    }
}

impl std::error::Error for FormatError {}

/// Largest width or precision we agree to materialise; CPython would fail with `MemoryError`
/// long before a string of this many characters could be built on this kind of machine.
pub(crate) const MAX_MATERIALISED_WIDTH: usize = 1 << 28;
