//! `format(value, spec)` for ints, floats, complex numbers and strings, as CPython 3.11's
//! `int.__format__`, `float.__format__`, `complex.__format__` and `str.__format__`.
//!
//! Each function takes the parsed [`FormatSpec`] and the Python type name of the value (it
//! appears in "Unknown format code" messages: `int`, `bool`, `numpy.float64`, ...).

use super::float_text::{render_float, FloatFlags, FloatStyle};
use super::number_layout::{lay_out_number, pad_text, FieldLayout, NumberParts};
use super::radix::int_to_decimal_str;
use super::spec::{unknown_code, Align, FormatSpec, Sign};
use super::{FormatError, MAX_MATERIALISED_WIDTH};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// The alignment a number uses when the spec gives none.
fn number_align(spec: &FormatSpec) -> Align {
    spec.align.unwrap_or(if spec.zero_padding {
        Align::AfterSign
    } else {
        Align::Right
    })
}

/// Formats an int (`int.__format__`). Float presentation types (`e f g %` ...) convert the
/// value to float first, as CPython does.
pub fn format_int(
    value: &BigInt,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, FormatError> {
    let code = spec.type_code.unwrap_or('d');
    let grouping = spec.grouping_for(Some(code))?;
    let (base, prefix) = match code {
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        'd' | 'n' => (10, ""),
        'c' => (0, ""),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = value.to_f64().filter(|x| x.is_finite());
            let x = x.ok_or_else(|| FormatError::overflow("int too large to convert to float"))?;
            return format_float(x, spec, "float");
        }
        other => return Err(unknown_code(other, type_name)),
    };
    if spec.precision.is_some() {
        return Err(FormatError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_negative_zero {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let layout = FieldLayout {
        fill: spec.fill,
        align: number_align(spec),
        width: spec.width,
        sign: spec.sign.unwrap_or(Sign::Minus),
        grouping,
    };
    if code == 'c' {
        if spec.sign.is_some() {
            return Err(FormatError::value(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if spec.alternate {
            return Err(FormatError::value(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let code = value
            .to_i64()
            .ok_or_else(|| FormatError::overflow("Python int too large to convert to C long"))?;
        let code = u32::try_from(code)
            .ok()
            .filter(|&c| c <= 0x10FFFF)
            .ok_or_else(|| FormatError::overflow("%c arg not in range(0x110000)"))?;
        let character = char::from_u32(code).ok_or_else(|| {
            FormatError::value("lone surrogates cannot be represented in mnpy strings")
        })?;
        let text = character.to_string();
        let parts = NumberParts {
            negative: false,
            prefix: "",
            digits: "",
            remainder: &text,
        };
        return lay_out_number(&parts, &layout);
    }
    let digits = if base == 10 {
        let text = int_to_decimal_str(value)?;
        text.trim_start_matches('-').to_string()
    } else {
        let text = value.magnitude().to_str_radix(base);
        if code == 'X' {
            text.to_ascii_uppercase()
        } else {
            text
        }
    };
    let parts = NumberParts {
        negative: value.is_negative(),
        prefix: if spec.alternate { prefix } else { "" },
        digits: &digits,
        remainder: "",
    };
    lay_out_number(&parts, &layout)
}

/// Resolves the float style, precision, flags and `%` suffix of a float spec: the shared
/// part of `float.__format__` and `complex.__format__`.
struct FloatPlan {
    style: FloatStyle,
    precision: usize,
    flags: FloatFlags,
    percent: bool,
}

fn plan_float(
    spec: &FormatSpec,
    code: Option<char>,
    add_dot_0: bool,
) -> Result<FloatPlan, FormatError> {
    let precision = match spec.precision {
        Some(p) if p > i32::MAX as usize => return Err(FormatError::value("precision too big")),
        Some(p) if p > MAX_MATERIALISED_WIDTH => return Err(FormatError::memory()),
        other => other,
    };
    let mut flags = FloatFlags {
        alternate: spec.alternate,
        no_negative_zero: spec.no_negative_zero,
        ..FloatFlags::default()
    };
    let (style, default_precision, percent) = match code {
        None => {
            flags.add_dot_0 = add_dot_0;
            (FloatStyle::Repr, 0, false)
        }
        Some('e') => (FloatStyle::Exponent, 6, false),
        Some('f') => (FloatStyle::Fixed, 6, false),
        Some('g' | 'n') => (FloatStyle::General, 6, false),
        Some('%') => (FloatStyle::Fixed, 6, true),
        Some(upper) => {
            flags.upper = true;
            let style = match upper {
                'E' => FloatStyle::Exponent,
                'F' => FloatStyle::Fixed,
                _ => FloatStyle::General,
            };
            (style, 6, false)
        }
    };
    let style = if style == FloatStyle::Repr && precision.is_some() {
        FloatStyle::General
    } else {
        style
    };
    Ok(FloatPlan {
        style,
        precision: precision.unwrap_or(default_precision),
        flags,
        percent,
    })
}

/// Splits a rendered float (without sign) into integer digits and the remainder.
fn split_digits(text: &str) -> (&str, &str) {
    let end = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    text.split_at(end)
}

/// Formats a float (`float.__format__`): types `e E f F g G n %` and none (repr-like, or `g`
/// with at least one fractional digit when a precision is given).
pub fn format_float(value: f64, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    let code = spec.type_code;
    let grouping = spec.grouping_for(code)?;
    if let Some(c) = code {
        if !matches!(c, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') {
            return Err(unknown_code(c, type_name));
        }
    }
    let plan = plan_float(spec, code, true)?;
    let x = if plan.percent { value * 100.0 } else { value };
    let mut text = render_float(x, plan.style, plan.precision, plan.flags);
    if plan.percent {
        text.push('%');
    }
    let negative = text.starts_with('-');
    let unsigned = text.strip_prefix('-').unwrap_or(&text);
    let (digits, remainder) = split_digits(unsigned);
    let layout = FieldLayout {
        fill: spec.fill,
        align: number_align(spec),
        width: spec.width,
        sign: spec.sign.unwrap_or(Sign::Minus),
        grouping,
    };
    lay_out_number(
        &NumberParts {
            negative,
            prefix: "",
            digits,
            remainder,
        },
        &layout,
    )
}

/// Formats a complex number (`complex.__format__`): types `e E f F g G n` and none (like
/// `str(z)`, or `g` when a precision is given); zero padding and `=` are refused.
pub fn format_complex(
    re: f64,
    im: f64,
    spec: &FormatSpec,
    type_name: &str,
) -> Result<String, FormatError> {
    let code = spec.type_code;
    let grouping = spec.grouping_for(code)?;
    if let Some(c) = code {
        if !matches!(c, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n') {
            return Err(unknown_code(c, type_name));
        }
    }
    if spec.fill == '0' {
        return Err(FormatError::value(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if spec.align == Some(Align::AfterSign) {
        return Err(FormatError::value(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let plan = plan_float(spec, code, false)?;
    let skip_re = code.is_none() && re == 0.0 && re.is_sign_positive();
    let parens = code.is_none() && !skip_re;
    let part = |x: f64, sign: Sign| -> Result<String, FormatError> {
        let text = render_float(x, plan.style, plan.precision, plan.flags);
        let negative = text.starts_with('-');
        let unsigned = text.strip_prefix('-').unwrap_or(&text);
        let (digits, remainder) = split_digits(unsigned);
        let layout = FieldLayout {
            fill: ' ',
            align: Align::Left,
            width: None,
            sign,
            grouping,
        };
        lay_out_number(
            &NumberParts {
                negative,
                prefix: "",
                digits,
                remainder,
            },
            &layout,
        )
    };
    let requested_sign = spec.sign.unwrap_or(Sign::Minus);
    let mut body = String::new();
    if parens {
        body.push('(');
    }
    if skip_re {
        body.push_str(&part(im, requested_sign)?);
    } else {
        body.push_str(&part(re, requested_sign)?);
        body.push_str(&part(im, Sign::Plus)?);
    }
    body.push('j');
    if parens {
        body.push(')');
    }
    let len = body.chars().count();
    pad_text(
        &body,
        len,
        spec.fill,
        spec.align.unwrap_or(Align::Right),
        spec.width,
    )
}

/// Formats a string (`str.__format__`): type `s` or none; precision truncates.
pub fn format_str(text: &str, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    let code = spec.type_code.unwrap_or('s');
    spec.grouping_for(Some(code))?;
    if code != 's' {
        return Err(unknown_code(code, type_name));
    }
    match spec.sign {
        Some(Sign::Space) => {
            return Err(FormatError::value(
                "Space not allowed in string format specifier",
            ))
        }
        Some(_) => {
            return Err(FormatError::value(
                "Sign not allowed in string format specifier",
            ))
        }
        None => {}
    }
    if spec.no_negative_zero {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if spec.align == Some(Align::AfterSign) {
        return Err(FormatError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let (shown, len) = match spec.precision {
        Some(p) => match text.char_indices().nth(p) {
            Some((cut, _)) => (&text[..cut], p),
            None => (text, text.chars().count()),
        },
        None => (text, text.chars().count()),
    };
    pad_text(
        shown,
        len,
        spec.fill,
        spec.align.unwrap_or(Align::Left),
        spec.width,
    )
}
