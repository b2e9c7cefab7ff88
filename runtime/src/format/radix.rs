//! Integers in other bases (`bin`, `oct`, `hex`), `str(int)` with CPython's digit limit,
//! `float.hex`, and float-to-int truncation with CPython's errors.

use super::FormatError;
use num_bigint::{BigInt, Sign};
use num_traits::{FromPrimitive, Signed, Zero};

/// CPython 3.11's default `sys.get_int_max_str_digits()`: decimal conversions of ints with
/// more digits fail with `ValueError`.
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// `value` in base 2, 8, 10 or 16 with lower-case digits; with `with_prefix` the `0b`, `0o` or
/// `0x` prefix goes after the sign, as `bin`, `oct` and `hex` write it (`-0x1f`). Any other
/// base from 2 to 36 is accepted without a prefix.
pub fn int_to_str_radix(value: &BigInt, base: u32, with_prefix: bool) -> String {
    let base = base.clamp(2, 36);
    let digits = value.magnitude().to_str_radix(base);
    let prefix = match (with_prefix, base) {
        (true, 2) => "0b",
        (true, 8) => "0o",
        (true, 16) => "0x",
        _ => "",
    };
    let sign = if value.sign() == Sign::Minus { "-" } else { "" };
    format!("{sign}{prefix}{digits}")
}

/// The error CPython raises when a decimal conversion exceeds the digit limit.
pub(crate) fn too_many_digits_error() -> FormatError {
    FormatError::value(format!(
        "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// `str(value)`: decimal digits, `ValueError` when there are more than
/// [`INT_MAX_STR_DIGITS`] of them.
pub fn int_to_decimal_str(value: &BigInt) -> Result<String, FormatError> {
    // A quick reject before the (quadratic) conversion: bits * log10(2) digits at least.
    let bits = value.bits();
    if bits > 0 && (bits - 1) as f64 * std::f64::consts::LOG10_2 >= INT_MAX_STR_DIGITS as f64 + 1.0
    {
        return Err(too_many_digits_error());
    }
    let text = value.to_str_radix(10);
    let digit_count = text.len() - usize::from(value.is_negative());
    if digit_count > INT_MAX_STR_DIGITS {
        return Err(too_many_digits_error());
    }
    Ok(text)
}

/// `float.hex(x)`: `0x1.8000000000000p+0`, `-0x0.0p+0`, `0x0.0000000000001p-1022`, `inf`,
/// `-inf`, `nan`.
pub fn float_to_hex(x: f64) -> String {
    if x.is_nan() {
        return String::from("nan");
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x.is_infinite() {
        return format!("{sign}inf");
    }
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let mantissa = bits & ((1u64 << 52) - 1);
    let biased_exponent = ((bits >> 52) & 0x7ff) as i64;
    let (leading, exponent) = if biased_exponent == 0 {
        (0, -1022)
    } else {
        (1, biased_exponent - 1023)
    };
    format!("{sign}0x{leading}.{mantissa:013x}p{exponent:+}")
}

/// `int(x)` for a float: truncation toward zero; `OverflowError` for infinities and
/// `ValueError` for NaN, with CPython's messages.
pub fn float_to_int(x: f64) -> Result<BigInt, FormatError> {
    if x.is_nan() {
        return Err(FormatError::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(FormatError::overflow(
            "cannot convert float infinity to integer",
        ));
    }
    Ok(BigInt::from_f64(x.trunc()).unwrap_or_else(BigInt::zero))
}
