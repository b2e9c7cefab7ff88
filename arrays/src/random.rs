//! Random number generators that reproduce CPython's `random` module and NumPy's `np.random`
//! bit for bit.
//!
//! Three families live here, all pure Rust and free of interpreter types:
//! - [`PyRandom`]: CPython 3.11's `random.Random` (Mersenne Twister, `seed(int)`, `random()`,
//!   `getrandbits`, `randrange`, `shuffle`, `sample`, `gauss`, ...).
//! - [`LegacyRandomState`]: NumPy's legacy `np.random.RandomState` on MT19937 (`np.random.seed`,
//!   `rand`, `randn`, `randint`, `choice`, `shuffle`, `permutation`, ...).
//! - [`Generator`]: NumPy's `np.random.default_rng(seed)`, a PCG64 bit generator seeded through
//!   a [`SeedSequence`] (`random`, `integers`, `normal` by ziggurat, `uniform`, `choice`, ...).
//!
//! The shared pieces are the [`Mt19937`] core, the [`BitSource`] trait (what NumPy calls a
//! `bitgen_t`), and NumPy's bounded-integer samplers in [`bounded`]. Errors carry the Python
//! exception kind and the exact message CPython or NumPy raise, so the interpreter can re-raise
//! them unchanged.

pub mod bounded;
mod choice;
pub mod generator;
pub mod legacy;
pub mod mt19937;
pub mod pcg64;
pub mod python;
pub mod seed_sequence;
pub mod ziggurat;

#[cfg(test)]
mod tests;

pub use generator::Generator;
pub use legacy::LegacyRandomState;
pub use mt19937::Mt19937;
pub use pcg64::Pcg64;
pub use python::PyRandom;
pub use seed_sequence::SeedSequence;

use std::fmt;

/// A source of raw random bits, the Rust face of NumPy's `bitgen_t`.
///
/// NumPy's distributions only ever touch a bit generator through these three calls, so every
/// sampler here is written against this trait and works for MT19937 and PCG64 alike.
pub trait BitSource {
    /// The next 32 random bits (`bitgen->next_uint32`).
    fn next_u32(&mut self) -> u32;
    /// The next 64 random bits (`bitgen->next_uint64`).
    fn next_u64(&mut self) -> u64;
    /// The next double in `[0, 1)` (`bitgen->next_double`).
    fn next_f64(&mut self) -> f64;
}

/// The Python exception class a failed call raises.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RandomErrorKind {
    /// `ValueError`: an argument is out of its domain.
    Value,
    /// `IndexError`: choosing from an empty sequence.
    Index,
    /// `OverflowError`: a range that does not fit in a float.
    Overflow,
    /// `ZeroDivisionError`: a float division by zero inside a distribution.
    ZeroDivision,
    /// `TypeError`: an argument combination the Python signature rejects.
    Type,
    /// `MemoryError`: a result too large to allocate.
    Memory,
}

impl RandomErrorKind {
    /// The Python name of the exception class.
    pub fn python_name(self) -> &'static str {
        match self {
            RandomErrorKind::Value => "ValueError",
            RandomErrorKind::Index => "IndexError",
            RandomErrorKind::Overflow => "OverflowError",
            RandomErrorKind::ZeroDivision => "ZeroDivisionError",
            RandomErrorKind::Type => "TypeError",
            RandomErrorKind::Memory => "MemoryError",
        }
    }
}

/// An error raised by a random function: the exception kind and its message, worded exactly
/// as CPython or NumPy word it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RandomError {
    /// Which Python exception this is.
    pub kind: RandomErrorKind,
    /// The exception message, without the class name.
    pub message: String,
}

impl RandomError {
    /// A `ValueError` with `message`.
    pub fn value(message: impl Into<String>) -> Self {
        RandomError {
            kind: RandomErrorKind::Value,
            message: message.into(),
        }
    }

    /// An `IndexError` with `message`.
    pub fn index(message: impl Into<String>) -> Self {
        RandomError {
            kind: RandomErrorKind::Index,
            message: message.into(),
        }
    }

    /// An `OverflowError` with `message`.
    pub fn overflow(message: impl Into<String>) -> Self {
        RandomError {
            kind: RandomErrorKind::Overflow,
            message: message.into(),
        }
    }

    /// A `ZeroDivisionError` with `message`.
    pub fn zero_division(message: impl Into<String>) -> Self {
        RandomError {
            kind: RandomErrorKind::ZeroDivision,
            message: message.into(),
        }
    }
}

impl RandomError {
    /// A `TypeError` with `message`.
    pub fn type_error(message: impl Into<String>) -> Self {
        RandomError {
            kind: RandomErrorKind::Type,
            message: message.into(),
        }
    }
}

impl RandomError {
    /// A `MemoryError` with `message`.
    pub fn memory(message: impl Into<String>) -> Self {
        RandomError {
            kind: RandomErrorKind::Memory,
            message: message.into(),
        }
    }
}

/// `0, 1, ..., n - 1` as int64, or a `MemoryError` when the vector cannot be allocated.
pub(crate) fn arange_i64(n: usize) -> Result<Vec<i64>, RandomError> {
    let mut values = Vec::new();
    values
        .try_reserve_exact(n)
        .map_err(|_| RandomError::memory(format!("cannot allocate {n} indices")))?;
    values.extend(0..n as i64);
    Ok(values)
}

/// A zeroed int64 vector of length `n`, or a `MemoryError` when it cannot be allocated.
pub(crate) fn zeros_i64(n: usize) -> Result<Vec<i64>, RandomError> {
    let mut values = Vec::new();
    values
        .try_reserve_exact(n)
        .map_err(|_| RandomError::memory(format!("cannot allocate {n} indices")))?;
    values.resize(n, 0);
    Ok(values)
}

impl fmt::Display for RandomError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.kind.python_name(), self.message)
    }
}

impl std::error::Error for RandomError {}
