//! Exact conversions between Python ints (`BigInt`) and floats, as CPython performs them:
//! `float(int)`, `int(float)`, `int / int`, `math.ceil`/`floor`/`trunc` of floats, and the
//! logarithms of ints too large for a float (`math.log(10**400)`).
//!
//! Int-to-float conversions and int true division are correctly rounded (half to even),
//! including into the subnormal range.

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{ToPrimitive, Zero};

use super::float_ops::{scale_by_power_of_two, split_normalized};
use super::{MathError, MathResult, PyErrorKind};

/// `int(x)` for a float: truncates toward zero. OverflowError "cannot convert float infinity
/// to integer", ValueError "cannot convert float NaN to integer".
pub fn float_to_bigint(x: f64) -> MathResult<BigInt> {
    if x.is_nan() {
        return Err(MathError::other(
            PyErrorKind::ValueError,
            "cannot convert float NaN to integer",
        ));
    }
    if x.is_infinite() {
        return Err(MathError::other(
            PyErrorKind::OverflowError,
            "cannot convert float infinity to integer",
        ));
    }
    let t = x.trunc();
    if t.abs() < 9.2e18 {
        return Ok(BigInt::from(t as i64));
    }
    // |t| >= 2**63 > 2**53: t is m * 2**e with e > 0.
    let (m, e) = split_normalized(t);
    let magnitude = BigInt::from(m) << (e as usize);
    Ok(if t < 0.0 { -magnitude } else { magnitude })
}

/// `math.ceil(x)` for a float.
pub fn ceil(x: f64) -> MathResult<BigInt> {
    float_to_bigint(x.ceil())
}

/// `math.floor(x)` for a float.
pub fn floor(x: f64) -> MathResult<BigInt> {
    float_to_bigint(x.floor())
}

/// `math.trunc(x)` for a float.
pub fn trunc(x: f64) -> MathResult<BigInt> {
    float_to_bigint(x)
}

/// The top 64 bits of a nonzero `n` (with a sticky lowest bit standing for any nonzero bits
/// below them) and the number of bits dropped, so that `n ~= top * 2**dropped`.
fn top_bits_with_sticky(n: &BigUint) -> (u64, u64) {
    let bits = n.bits();
    if bits <= 64 {
        return (n.to_u64().unwrap_or(0), 0);
    }
    let dropped = bits - 64;
    let top = (n >> dropped).to_u64().unwrap_or(u64::MAX);
    let sticky = n.trailing_zeros().is_some_and(|tz| tz < dropped);
    (top | sticky as u64, dropped)
}

/// The error raised when an int does not fit in a float.
fn int_too_large() -> MathError {
    MathError::other(
        PyErrorKind::OverflowError,
        "int too large to convert to float",
    )
}

/// `float(n)`: correctly rounded; OverflowError "int too large to convert to float".
pub fn bigint_to_f64(n: &BigInt) -> MathResult<f64> {
    if n.is_zero() {
        return Ok(0.0);
    }
    let (top, dropped) = top_bits_with_sticky(n.magnitude());
    let dropped = i64::try_from(dropped).map_err(|_| int_too_large())?;
    let r = scale_by_power_of_two(top, dropped, n.sign() == Sign::Minus);
    if r.is_infinite() {
        return Err(int_too_large());
    }
    Ok(r)
}

/// `a / b` for ints: correctly rounded. ZeroDivisionError "division by zero", OverflowError
/// "integer division result too large for a float".
pub fn int_true_divide(a: &BigInt, b: &BigInt) -> MathResult<f64> {
    if b.is_zero() {
        return Err(MathError::other(
            PyErrorKind::ZeroDivisionError,
            "division by zero",
        ));
    }
    let negative = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    if a.is_zero() {
        return Ok(if negative { -0.0 } else { 0.0 });
    }
    let too_large = || {
        MathError::other(
            PyErrorKind::OverflowError,
            "integer division result too large for a float",
        )
    };
    let (a, b) = (a.magnitude(), b.magnitude());
    let bits_a = i64::try_from(a.bits()).map_err(|_| too_large())?;
    let bits_b = i64::try_from(b.bits()).map_err(|_| too_large())?;
    // Scale so the integer quotient has 63 or 64 bits: a * 2**shift / b in [2**62, 2**64).
    let shift = 63 - (bits_a - bits_b);
    let (q, r) = if shift >= 0 {
        (a << (shift as u64)).div_rem(b)
    } else {
        a.div_rem(&(b << ((-shift) as u64)))
    };
    let q = q.to_u64().unwrap_or(u64::MAX) | (!r.is_zero()) as u64;
    let result = scale_by_power_of_two(q, -shift, negative);
    if result.is_infinite() {
        return Err(too_large());
    }
    Ok(result)
}

/// CPython's `_PyLong_Frexp` for a positive int: `(x, e)` with `n ~= x * 2**e`,
/// `0.5 <= x < 1`, x correctly rounded to 53 bits.
fn bigint_frexp(n: &BigUint) -> (f64, u64) {
    let bits = n.bits();
    let (top, dropped) = top_bits_with_sticky(n);
    let top_width = bits - dropped;
    // top * 2**-top_width is in [0.5, 1); rounding may reach 1.0.
    let x = scale_by_power_of_two(top, -(top_width as i64), false);
    if x == 1.0 {
        (0.5, bits + 1)
    } else {
        (x, bits)
    }
}

/// CPython's `loghelper` for an int argument: `func(float(n))`, or for ints too large for a
/// float `func(x) + func(2.0) * e` from the int's frexp. ValueError for n <= 0.
fn log_of_int(n: &BigInt, func: fn(f64) -> f64) -> MathResult<f64> {
    if n.sign() != Sign::Plus {
        return Err(MathError::Domain);
    }
    match bigint_to_f64(n) {
        Ok(x) => Ok(func(x)),
        Err(_) => {
            let (x, e) = bigint_frexp(n.magnitude());
            Ok(func(x) + func(2.0) * e as f64)
        }
    }
}

/// `math.log(n)` for an int n (natural logarithm), any size.
pub fn log_bigint(n: &BigInt) -> MathResult<f64> {
    log_of_int(n, f64::ln)
}

/// `math.log2(n)` for an int n, any size.
pub fn log2_bigint(n: &BigInt) -> MathResult<f64> {
    log_of_int(n, f64::log2)
}

/// `math.log10(n)` for an int n, any size.
pub fn log10_bigint(n: &BigInt) -> MathResult<f64> {
    log_of_int(n, f64::log10)
}

/// `math.log(x, base)` given `num = log(x)` and `den = log(base)` (each from
/// [`super::log`] or [`log_bigint`], whose errors come first): their float quotient,
/// ZeroDivisionError "float division by zero" when `den == 0` (base 1).
pub fn log_with_base(num: f64, den: f64) -> MathResult<f64> {
    if den == 0.0 {
        return Err(MathError::other(
            PyErrorKind::ZeroDivisionError,
            "float division by zero",
        ));
    }
    Ok(num / den)
}
