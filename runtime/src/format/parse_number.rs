//! What `float(str)` and `int(str, base)` accept, exactly as CPython 3.11.
//!
//! Both first map non-ASCII white space to a space and non-ASCII decimal digits (Arabic-Indic,
//! Devanagari, full-width, ...) to ASCII digits, refuse any other non-ASCII character, strip
//! ASCII white space (` \t\n\v\f\r`) at both ends and allow single underscores between digits.

use super::radix::INT_MAX_STR_DIGITS;
use super::str_repr::str_repr;
use super::unicode_digits::{decimal_value, is_non_ascii_space};
use super::FormatError;
use num_bigint::BigInt;
use num_traits::Num;

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: `None` if a non-ASCII character is
/// neither white space nor a decimal digit.
fn to_ascii_text(text: &str) -> Option<String> {
    text.chars()
        .map(|c| {
            if c.is_ascii() {
                Some(c)
            } else if is_non_ascii_space(c) {
                Some(' ')
            } else {
                decimal_value(c).and_then(|d| char::from_digit(d, 10))
            }
        })
        .collect()
}

/// C's `isspace` in the "C" locale, which CPython uses for stripping.
fn is_c_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r')
}

/// Removes underscores that sit between two digits; `None` if any other underscore exists.
fn remove_digit_underscores(text: &str, is_digit: impl Fn(u8) -> bool) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    for (i, &b) in bytes.iter().enumerate() {
        if b == b'_' {
            let before = i > 0 && is_digit(bytes[i - 1]);
            let after = bytes.get(i + 1).is_some_and(|&n| is_digit(n));
            if !(before && after) {
                return None;
            }
        } else {
            out.push(char::from(b));
        }
    }
    Some(out)
}

/// Whether `text` (ASCII, no underscores) is a decimal float literal:
/// `[sign](digits[.digits]|.digits)[(e|E)[sign]digits]`.
fn is_decimal_literal(text: &str) -> bool {
    let bytes = text.as_bytes();
    let mut i = usize::from(matches!(bytes.first(), Some(b'+' | b'-')));
    let count_digits = |i: &mut usize| {
        let start = *i;
        while bytes.get(*i).is_some_and(u8::is_ascii_digit) {
            *i += 1;
        }
        *i - start
    };
    let mut mantissa_digits = count_digits(&mut i);
    if bytes.get(i) == Some(&b'.') {
        i += 1;
        mantissa_digits += count_digits(&mut i);
    }
    if mantissa_digits == 0 {
        return false;
    }
    if matches!(bytes.get(i), Some(b'e' | b'E')) {
        i += 1;
        if matches!(bytes.get(i), Some(b'+' | b'-')) {
            i += 1;
        }
        if count_digits(&mut i) == 0 {
            return false;
        }
    }
    i == bytes.len()
}

/// The value of `float(text)`, or `None` where CPython raises `ValueError` (see
/// [`float_literal_error`] for its message). Accepts surrounding white space, underscores
/// between digits, and `inf`, `infinity`, `nan` in any case with an optional sign.
pub fn parse_float(text: &str) -> Option<f64> {
    let ascii = to_ascii_text(text)?;
    let trimmed = ascii.trim_matches(is_c_space);
    let (negative, unsigned) = match trimmed.as_bytes().first() {
        Some(b'-') => (true, &trimmed[1..]),
        Some(b'+') => (false, &trimmed[1..]),
        _ => (false, trimmed),
    };
    let lower = unsigned.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(value) = special {
        return Some(if negative { -value } else { value });
    }
    let plain = remove_digit_underscores(trimmed, |b| b.is_ascii_digit())?;
    if !is_decimal_literal(&plain) {
        return None;
    }
    plain.parse::<f64>().ok()
}

/// `ValueError("could not convert string to float: 'x'")` for a text [`parse_float`] refused.
pub fn float_literal_error(text: &str) -> FormatError {
    FormatError::value(format!(
        "could not convert string to float: {}",
        str_repr(text)
    ))
}

/// The first `max` characters of `text` (CPython's `%.200R`).
fn truncated(text: &str, max: usize) -> String {
    text.chars().take(max).collect()
}

/// `int(text, base)`: base 0 (prefix decides, leading zeros refused) or 2..=36; surrounding
/// white space, a sign, a `0x`/`0o`/`0b` prefix matching the base, single underscores between
/// digits (and after the prefix). Errors are CPython's `ValueError`s.
pub fn parse_int(text: &str, base: u32) -> Result<BigInt, FormatError> {
    if base == 1 || base > 36 {
        return Err(FormatError::value(
            "int() base must be >= 2 and <= 36, or 0",
        ));
    }
    let invalid = || {
        FormatError::value(format!(
            "invalid literal for int() with base {base}: {}",
            truncated(&str_repr(text), 200)
        ))
    };
    let ascii = to_ascii_text(text).ok_or_else(invalid)?;
    let trimmed = ascii.trim_matches(is_c_space);
    let (negative, mut rest) = match trimmed.as_bytes().first() {
        Some(b'-') => (true, &trimmed[1..]),
        Some(b'+') => (false, &trimmed[1..]),
        _ => (false, trimmed),
    };
    let prefix_base = match rest.get(..2).map(str::to_ascii_lowercase).as_deref() {
        Some("0x") => Some(16),
        Some("0o") => Some(8),
        Some("0b") => Some(2),
        _ => None,
    };
    let mut base = base;
    let mut had_prefix = false;
    if let Some(prefix) = prefix_base {
        if base == 0 || base == prefix {
            base = prefix;
            rest = &rest[2..];
            had_prefix = true;
        }
    }
    if base == 0 {
        base = 10;
        let mut digits = rest.bytes().filter(|&b| b != b'_');
        if digits.next() == Some(b'0') && digits.any(|b| b != b'0') {
            return Err(invalid());
        }
    }
    let body = if had_prefix {
        rest.strip_prefix('_').unwrap_or(rest)
    } else {
        rest
    };
    let is_digit = |b: u8| char::from(b).is_digit(base);
    if body.is_empty() || !body.bytes().all(|b| b == b'_' || is_digit(b)) {
        return Err(invalid());
    }
    let digits = remove_digit_underscores(body, is_digit).ok_or_else(invalid)?;
    if !base.is_power_of_two() && digits.len() > INT_MAX_STR_DIGITS {
        return Err(FormatError::value(format!(
            "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion: \
             value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            digits.len()
        )));
    }
    let magnitude = BigInt::from_str_radix(&digits, base).map_err(|_| invalid())?;
    Ok(if negative { -magnitude } else { magnitude })
}
