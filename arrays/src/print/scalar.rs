//! `str` and `repr` of NumPy scalars (`np.float64(1.5)`, `np.int32(3)`, `np.True_`,
//! `np.complex128(1+2j)`): shortest round-trip digits, positional between 1e-4 and 1e16
//! (1e6 for float32), scientific outside, as NumPy's `scalartypes.c` does.

use super::dragon4::{format_positional, format_scientific, Dragon4Options, FloatValue, TrimMode};
use crate::dtype::Scalar;

/// Shortest-digit text of a float: positional (trimmed by `trim_pos`) for zero, NaN and
/// magnitudes in [1e-4, 1e16) (float32: [1e-4, 1e6)), scientific (trimmed by `trim_sci`) else.
fn float_either(v: FloatValue, trim_pos: TrimMode, trim_sci: TrimMode, sign: bool) -> String {
    let max_positional = match v {
        FloatValue::F32(_) => 1e6,
        FloatValue::F64(_) => 1e16,
    };
    let x = v.to_f64();
    // 0.0001 as f64 is the smallest double >= 1e-4, and no float32 lies in between.
    let positional = x.is_nan() || x == 0.0 || (x.abs() < max_positional && x.abs() >= 0.0001);
    let opts = Dragon4Options {
        sign,
        ..Dragon4Options::default()
    };
    if positional {
        format_positional(
            v,
            &Dragon4Options {
                trim: trim_pos,
                ..opts
            },
        )
    } else {
        format_scientific(
            v,
            &Dragon4Options {
                trim: trim_sci,
                ..opts
            },
        )
    }
}

/// `str` of a float scalar: `1.5`, `1.0`, `1e+16`, `1e-05`, `nan`, `-inf`.
pub(crate) fn float_str(v: FloatValue) -> String {
    float_either(v, TrimMode::LeaveOneZero, TrimMode::DptZeros, false)
}

/// The complex text without the `np.complex128(...)` wrapper: `1j`, `(1+2j)` for str (with
/// parentheses when `parens`), `1+2j` inside a repr.
fn complex_text(re: FloatValue, im: FloatValue, parens: bool) -> String {
    let trim = TrimMode::DptZeros;
    if re.to_f64() == 0.0 && !re.is_sign_negative() {
        return format!("{}j", float_either(im, trim, trim, false));
    }
    let real = if re.is_finite() {
        float_either(re, trim, trim, false)
    } else if re.is_nan() {
        "nan".to_string()
    } else if re.is_sign_negative() {
        "-inf".to_string()
    } else {
        "inf".to_string()
    };
    let imag = if im.is_finite() {
        float_either(im, trim, trim, true)
    } else if im.is_nan() {
        "+nan".to_string()
    } else if im.is_sign_negative() {
        "-inf".to_string()
    } else {
        "+inf".to_string()
    };
    if parens {
        format!("({real}{imag}j)")
    } else {
        format!("{real}{imag}j")
    }
}

/// `str(x)` of a NumPy scalar: `1.5`, `3`, `True`, `(1+2j)`.
pub fn scalar_str(s: Scalar) -> String {
    match s {
        Scalar::Bool(b) => if b { "True" } else { "False" }.to_string(),
        Scalar::I8(v) => v.to_string(),
        Scalar::I16(v) => v.to_string(),
        Scalar::I32(v) => v.to_string(),
        Scalar::I64(v) => v.to_string(),
        Scalar::U8(v) => v.to_string(),
        Scalar::U16(v) => v.to_string(),
        Scalar::U32(v) => v.to_string(),
        Scalar::U64(v) => v.to_string(),
        Scalar::F32(v) => float_str(FloatValue::F32(v)),
        Scalar::F64(v) => float_str(FloatValue::F64(v)),
        Scalar::C64(v) => complex_text(FloatValue::F32(v.re), FloatValue::F32(v.im), true),
        Scalar::C128(v) => complex_text(FloatValue::F64(v.re), FloatValue::F64(v.im), true),
    }
}

/// `repr(x)` of a NumPy scalar: `np.float64(1.5)`, `np.int32(3)`, `np.True_`,
/// `np.complex128(1+2j)`.
pub fn scalar_repr(s: Scalar) -> String {
    let name = s.dtype().name();
    match s {
        Scalar::Bool(b) => if b { "np.True_" } else { "np.False_" }.to_string(),
        Scalar::C64(v) => format!(
            "np.{name}({})",
            complex_text(FloatValue::F32(v.re), FloatValue::F32(v.im), false)
        ),
        Scalar::C128(v) => format!(
            "np.{name}({})",
            complex_text(FloatValue::F64(v.re), FloatValue::F64(v.im), false)
        ),
        other => format!("np.{name}({})", scalar_str(other)),
    }
}
