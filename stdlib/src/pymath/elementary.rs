//! One-argument float functions of `math` (`sin`, `exp`, `log`, `erf`, ...).
//!
//! CPython wraps libm calls in `math_1`: a NaN result from a non-NaN argument raises
//! `ValueError`, an infinite result from a finite argument raises `OverflowError` for functions
//! that can overflow and `ValueError` (a singularity) for the others. Rust's std calls glibc's
//! libm for most of these, so the values match CPython's; the rest come from [`super::fdlibm`].

use super::fdlibm::{raw_acosh, raw_asinh, raw_atanh, raw_cbrt, raw_erf, raw_erfc};
use super::{MathError, MathResult};

/// Whether an infinite result from a finite argument is an overflow (OverflowError) or a
/// singularity (ValueError).
#[derive(Clone, Copy, PartialEq, Eq)]
enum InfiniteResult {
    Overflow,
    Singularity,
}

/// CPython's `math_1` error classification of `r = f(x)`.
fn classify(x: f64, r: f64, infinite: InfiniteResult) -> MathResult<f64> {
    if r.is_nan() && !x.is_nan() {
        return Err(MathError::Domain);
    }
    if r.is_infinite() && x.is_finite() {
        return Err(match infinite {
            InfiniteResult::Overflow => MathError::Range,
            InfiniteResult::Singularity => MathError::Domain,
        });
    }
    Ok(r)
}

/// `math.acos(x)`.
pub fn acos(x: f64) -> MathResult<f64> {
    classify(x, x.acos(), InfiniteResult::Singularity)
}

/// `math.acosh(x)`.
pub fn acosh(x: f64) -> MathResult<f64> {
    classify(x, raw_acosh(x), InfiniteResult::Singularity)
}

/// `math.asin(x)`.
pub fn asin(x: f64) -> MathResult<f64> {
    classify(x, x.asin(), InfiniteResult::Singularity)
}

/// `math.asinh(x)`.
pub fn asinh(x: f64) -> MathResult<f64> {
    classify(x, raw_asinh(x), InfiniteResult::Singularity)
}

/// `math.atan(x)`.
pub fn atan(x: f64) -> MathResult<f64> {
    classify(x, x.atan(), InfiniteResult::Singularity)
}

/// `math.atanh(x)`: ValueError for |x| >= 1.
pub fn atanh(x: f64) -> MathResult<f64> {
    classify(x, raw_atanh(x), InfiniteResult::Singularity)
}

/// `math.cbrt(x)`.
pub fn cbrt(x: f64) -> MathResult<f64> {
    classify(x, raw_cbrt(x), InfiniteResult::Singularity)
}

/// `math.cos(x)`: ValueError for infinities.
pub fn cos(x: f64) -> MathResult<f64> {
    classify(x, x.cos(), InfiniteResult::Singularity)
}

/// `math.cosh(x)`: OverflowError for large |x|.
pub fn cosh(x: f64) -> MathResult<f64> {
    classify(x, x.cosh(), InfiniteResult::Overflow)
}

/// `math.erf(x)` (never raises).
pub fn erf(x: f64) -> MathResult<f64> {
    Ok(raw_erf(x))
}

/// `math.erfc(x)` (never raises: underflow to 0 is not an error).
pub fn erfc(x: f64) -> MathResult<f64> {
    Ok(raw_erfc(x))
}

/// `math.exp(x)`: OverflowError for large x.
pub fn exp(x: f64) -> MathResult<f64> {
    classify(x, x.exp(), InfiniteResult::Overflow)
}

/// `math.exp2(x)`: OverflowError for x >= 1024.
pub fn exp2(x: f64) -> MathResult<f64> {
    classify(x, x.exp2(), InfiniteResult::Overflow)
}

/// `math.expm1(x)`: OverflowError for large x.
pub fn expm1(x: f64) -> MathResult<f64> {
    classify(x, x.exp_m1(), InfiniteResult::Overflow)
}

/// `math.fabs(x)`.
pub fn fabs(x: f64) -> MathResult<f64> {
    Ok(x.abs())
}

/// `math.log(x)` for a float `x` (one argument). ValueError for x <= 0.
///
/// For int arguments use [`super::log_bigint`], which also handles ints too large for a float.
pub fn log(x: f64) -> MathResult<f64> {
    classify(x, x.ln(), InfiniteResult::Singularity)
}

/// `math.log2(x)` for a float `x`.
pub fn log2(x: f64) -> MathResult<f64> {
    classify(x, x.log2(), InfiniteResult::Singularity)
}

/// `math.log10(x)` for a float `x`.
pub fn log10(x: f64) -> MathResult<f64> {
    classify(x, x.log10(), InfiniteResult::Singularity)
}

/// `math.log1p(x)`: ValueError for x <= -1.
pub fn log1p(x: f64) -> MathResult<f64> {
    // log1p(+-0) is +-0 (glibc agrees; kept explicit as CPython does).
    let r = if x == 0.0 { x } else { x.ln_1p() };
    classify(x, r, InfiniteResult::Singularity)
}

/// `math.sin(x)`: ValueError for infinities.
pub fn sin(x: f64) -> MathResult<f64> {
    classify(x, x.sin(), InfiniteResult::Singularity)
}

/// `math.sinh(x)`: OverflowError for large |x|.
pub fn sinh(x: f64) -> MathResult<f64> {
    classify(x, x.sinh(), InfiniteResult::Overflow)
}

/// `math.sqrt(x)`: ValueError for x < 0.
pub fn sqrt(x: f64) -> MathResult<f64> {
    classify(x, x.sqrt(), InfiniteResult::Singularity)
}

/// `math.tan(x)`: ValueError for infinities.
pub fn tan(x: f64) -> MathResult<f64> {
    classify(x, x.tan(), InfiniteResult::Singularity)
}

/// `math.tanh(x)`.
pub fn tanh(x: f64) -> MathResult<f64> {
    classify(x, x.tanh(), InfiniteResult::Singularity)
}
