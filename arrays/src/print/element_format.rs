//! Choosing and applying the per-element formatter of an array (NumPy's `_get_format_function`):
//! booleans, integers (right-aligned to the widest of min and max), floats and complex numbers,
//! plus the conversions of a `Scalar` to the representation a dtype's formatter needs.

use num_complex::{Complex32, Complex64};

use super::dragon4::FloatValue;
use super::float_format::{ComplexFloatingFormat, FloatingFormat};
use super::{PrintOptions, SignMode};
use crate::dtype::{DType, Kind, Scalar};

/// The value of a scalar as a wide integer (floats truncate; NaN gives 0).
pub(crate) fn scalar_to_i128(s: Scalar) -> i128 {
    match s {
        Scalar::Bool(b) => i128::from(b),
        Scalar::I8(v) => i128::from(v),
        Scalar::I16(v) => i128::from(v),
        Scalar::I32(v) => i128::from(v),
        Scalar::I64(v) => i128::from(v),
        Scalar::U8(v) => i128::from(v),
        Scalar::U16(v) => i128::from(v),
        Scalar::U32(v) => i128::from(v),
        Scalar::U64(v) => i128::from(v),
        Scalar::F32(v) => v as i128,
        Scalar::F64(v) => v as i128,
        Scalar::C64(v) => v.re as i128,
        Scalar::C128(v) => v.re as i128,
    }
}

/// The value of a scalar as (real, imaginary) f64 parts.
fn scalar_to_complex_f64(s: Scalar) -> (f64, f64) {
    match s {
        Scalar::F32(v) => (f64::from(v), 0.0),
        Scalar::F64(v) => (v, 0.0),
        Scalar::C64(v) => (f64::from(v.re), f64::from(v.im)),
        Scalar::C128(v) => (v.re, v.im),
        Scalar::U64(v) => (v as f64, 0.0),
        other => (scalar_to_i128(other) as f64, 0.0),
    }
}

/// Converts a scalar to `dtype` the way `astype` would for in-range values (used so a caller
/// passing a mismatched element still gets output of the requested dtype, never a panic).
pub(crate) fn cast_scalar(s: Scalar, dtype: DType) -> Scalar {
    if s.dtype() == dtype {
        return s;
    }
    let int = scalar_to_i128(s);
    let (re, im) = scalar_to_complex_f64(s);
    match dtype {
        DType::Bool => Scalar::Bool(re != 0.0 || im != 0.0 || re.is_nan()),
        DType::Int8 => Scalar::I8(int as i8),
        DType::Int16 => Scalar::I16(int as i16),
        DType::Int32 => Scalar::I32(int as i32),
        DType::Int64 => Scalar::I64(int as i64),
        DType::UInt8 => Scalar::U8(int as u8),
        DType::UInt16 => Scalar::U16(int as u16),
        DType::UInt32 => Scalar::U32(int as u32),
        DType::UInt64 => Scalar::U64(int as u64),
        DType::Float32 => Scalar::F32(re as f32),
        DType::Float64 => Scalar::F64(re),
        DType::Complex64 => Scalar::C64(Complex32::new(re as f32, im as f32)),
        DType::Complex128 => Scalar::C128(Complex64::new(re, im)),
    }
}

/// The float parts (real, imaginary) of a scalar already cast to a float or complex dtype.
pub(crate) fn float_parts(s: Scalar) -> (FloatValue, FloatValue) {
    match s {
        Scalar::F32(v) => (FloatValue::F32(v), FloatValue::F32(0.0)),
        Scalar::C64(v) => (FloatValue::F32(v.re), FloatValue::F32(v.im)),
        Scalar::C128(v) => (FloatValue::F64(v.re), FloatValue::F64(v.im)),
        other => {
            let (re, im) = scalar_to_complex_f64(other);
            (FloatValue::F64(re), FloatValue::F64(im))
        }
    }
}

/// Formats an integer right-aligned in `width` with Python's `{:<sign><width>d}` rules.
fn format_int(v: i128, width: usize, sign: SignMode) -> String {
    let prefix = if v < 0 {
        "-"
    } else {
        match sign {
            SignMode::Minus => "",
            SignMode::Plus => "+",
            SignMode::Space => " ",
        }
    };
    format!("{:>width$}", format!("{prefix}{}", v.unsigned_abs()))
}

/// The formatter of one array's elements.
#[derive(Clone, Debug)]
pub(crate) enum ElementFormatter {
    /// `True` / `False`; the true text is `" True"` in arrays with at least one dimension.
    Bool { true_text: &'static str },
    /// Integers right-aligned to a common width.
    Int { width: usize, sign: SignMode },
    /// Floats of one width.
    Float {
        format: FloatingFormat,
        dtype: DType,
    },
    /// Complex numbers of one width.
    Complex {
        format: ComplexFloatingFormat,
        dtype: DType,
    },
}

impl ElementFormatter {
    /// Builds the formatter for `data` (the elements that will be shown) of `dtype`.
    pub(crate) fn new(dtype: DType, data: &[Scalar], zero_d: bool, opts: &PrintOptions) -> Self {
        match dtype.kind() {
            Kind::Bool => ElementFormatter::Bool {
                true_text: if zero_d { "True" } else { " True" },
            },
            Kind::SignedInt | Kind::UnsignedInt => {
                let values = data.iter().map(|s| scalar_to_i128(cast_scalar(*s, dtype)));
                let (min, max) =
                    values.fold((i128::MAX, i128::MIN), |(lo, hi), v| (lo.min(v), hi.max(v)));
                let mut sign = opts.sign;
                let width = if data.is_empty() {
                    0
                } else {
                    if sign == SignMode::Space && min < 0 {
                        sign = SignMode::Minus;
                    }
                    let mut max_len = max.to_string().len();
                    if max >= 0 && sign != SignMode::Minus {
                        max_len += 1;
                    }
                    max_len.max(min.to_string().len())
                };
                ElementFormatter::Int { width, sign }
            }
            Kind::Float => {
                let values: Vec<FloatValue> = data
                    .iter()
                    .map(|s| float_parts(cast_scalar(*s, dtype)).0)
                    .collect();
                let single = dtype == DType::Float32;
                ElementFormatter::Float {
                    format: FloatingFormat::new(&values, single, opts, opts.sign),
                    dtype,
                }
            }
            Kind::Complex => {
                let (re, im): (Vec<FloatValue>, Vec<FloatValue>) = data
                    .iter()
                    .map(|s| float_parts(cast_scalar(*s, dtype)))
                    .unzip();
                let single = dtype == DType::Complex64;
                ElementFormatter::Complex {
                    format: ComplexFloatingFormat::new(&re, &im, single, opts),
                    dtype,
                }
            }
        }
    }

    /// Formats one element.
    pub(crate) fn format(&self, s: Scalar) -> String {
        match self {
            ElementFormatter::Bool { true_text } => {
                let truthy = match s {
                    Scalar::Bool(b) => b,
                    other => matches!(cast_scalar(other, DType::Bool), Scalar::Bool(true)),
                };
                if truthy { true_text } else { "False" }.to_string()
            }
            ElementFormatter::Int { width, sign } => format_int(scalar_to_i128(s), *width, *sign),
            ElementFormatter::Float { format, dtype } => {
                format.format(float_parts(cast_scalar(s, *dtype)).0)
            }
            ElementFormatter::Complex { format, dtype } => {
                let (re, im) = float_parts(cast_scalar(s, *dtype));
                format.format(re, im)
            }
        }
    }
}
