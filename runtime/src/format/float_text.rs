//! Float to text in CPython's styles: `repr`, and the `e`/`f`/`g` presentations with the
//! flags `format()` and `%` need (alternate form, forced `.0`, forced sign, `z`).
//!
//! Digits come from Rust's formatter, which is exact: `{:e}` gives the shortest digit string
//! that round-trips (the same string David Gay's `dtoa` mode 0 gives CPython) and `{:.*e}` /
//! `{:.*}` round the exact binary value half-to-even, as `dtoa` modes 2 and 3 do. This module
//! then places the decimal point, pads with zeros and adds the exponent the way CPython's
//! `PyOS_double_to_string` lays them out.

/// The presentation letter of a float rendering.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FloatStyle {
    /// `e`: one digit, point, `precision` digits, exponent.
    Exponent,
    /// `f`: positional with `precision` digits after the point.
    Fixed,
    /// `g`: `precision` significant digits, positional or exponent, trailing zeros removed.
    General,
    /// `r`: shortest round-tripping digits, positional for exponents -4..16.
    Repr,
}

/// Options of one float rendering (CPython's `Py_DTSF_*` flags plus case).
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct FloatFlags {
    /// `#`: keep the decimal point (and trailing zeros for `g`).
    pub alternate: bool,
    /// Positional integral results get `.0` (`repr`, and `format` without a type).
    pub add_dot_0: bool,
    /// Always write a sign, `+` for non-negative values.
    pub always_sign: bool,
    /// `z`: drop the minus sign of a result that shows only zeros.
    pub no_negative_zero: bool,
    /// Upper-case variant (`E`, `F`, `G`): `E` exponent, `INF`, `NAN`.
    pub upper: bool,
}

/// Which digits to ask Rust's exact formatter for.
enum DigitRequest {
    Shortest,
    Significant(usize),
    Fractional(usize),
}

/// The shortest round-tripping digits in `d.ddde±x` form, choosing among equally short
/// candidates the one nearest to `x`, ties to even (as `dtoa` mode 0 does; Rust's `{:e}`
/// rounds such ties up, e.g. for 1765731872287258.25).
fn shortest_scientific(x: f64) -> String {
    let shortest = format!("{x:e}");
    let mantissa = shortest.split('e').next().unwrap_or("");
    let digit_count = mantissa.bytes().filter(u8::is_ascii_digit).count();
    let nearest = format!("{:.*e}", digit_count.saturating_sub(1), x);
    if nearest.parse::<f64>() == Ok(x) {
        nearest
    } else {
        shortest
    }
}

/// Decimal digits `d1 d2 ...` (no trailing zeros, at least one digit) and the position of the
/// decimal point: the value is `0.d1d2... * 10^point`. `x` must be finite and non-negative.
fn decimal_digits(x: f64, request: DigitRequest) -> (Vec<u8>, i64) {
    let text = match request {
        DigitRequest::Shortest => shortest_scientific(x),
        // Rust caps precisions at 65535; beyond these bounds every f64 is exact anyway (at
        // most 767 significant digits, at most 1074 digits after the point).
        DigitRequest::Significant(n) => format!("{:.*e}", n.clamp(1, 800) - 1, x),
        DigitRequest::Fractional(n) => format!("{:.*}", n.min(1100), x),
    };
    let (mut digits, mut point) = match text.split_once('e') {
        Some((mantissa, exponent)) => {
            let digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
            (digits, exponent.parse::<i64>().unwrap_or(0) + 1)
        }
        None => {
            let (int_part, frac_part) = text.split_once('.').unwrap_or((text.as_str(), ""));
            let digits: Vec<u8> = int_part.bytes().chain(frac_part.bytes()).collect();
            (digits, int_part.len() as i64)
        }
    };
    let leading = digits.iter().take_while(|&&d| d == b'0').count();
    digits.drain(..leading);
    point -= leading as i64;
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    if digits.is_empty() {
        return (vec![b'0'], 1);
    }
    (digits, point)
}

/// Renders `x` as CPython's `PyOS_double_to_string(x, style, precision, flags)` does.
/// `precision` is ignored for [`FloatStyle::Repr`]; for `General` a precision of 0 means 1.
pub(crate) fn render_float(
    x: f64,
    style: FloatStyle,
    precision: usize,
    flags: FloatFlags,
) -> String {
    let negative = x.is_sign_negative() && !x.is_nan();
    let body = if x.is_nan() {
        String::from(if flags.upper { "NAN" } else { "nan" })
    } else if x.is_infinite() {
        String::from(if flags.upper { "INF" } else { "inf" })
    } else {
        finite_body(x.abs(), style, precision, flags)
    };
    let shows_only_zeros = || {
        let mantissa = body.split(['e', 'E']).next().unwrap_or("");
        mantissa.bytes().all(|b| b == b'0' || b == b'.')
    };
    let mut out = String::with_capacity(body.len() + 1);
    if negative && !(flags.no_negative_zero && shows_only_zeros()) {
        out.push('-');
    } else if flags.always_sign {
        out.push('+');
    }
    out.push_str(&body);
    out
}

/// The unsigned text of a finite, non-negative `x`.
fn finite_body(x: f64, style: FloatStyle, precision: usize, flags: FloatFlags) -> String {
    let significant = precision.max(1);
    let (digits, point) = match style {
        FloatStyle::Repr => decimal_digits(x, DigitRequest::Shortest),
        FloatStyle::Exponent => decimal_digits(x, DigitRequest::Significant(precision + 1)),
        FloatStyle::General => decimal_digits(x, DigitRequest::Significant(significant)),
        FloatStyle::Fixed => decimal_digits(x, DigitRequest::Fractional(precision)),
    };
    // How many digits (counted from the first significant one) the output must show, and
    // whether an exponent is used.
    let mut shown = digits.len() as i64;
    let mut use_exponent = false;
    match style {
        FloatStyle::Exponent => {
            use_exponent = true;
            shown = precision as i64 + 1;
        }
        FloatStyle::Fixed => shown = point + precision as i64,
        FloatStyle::General => {
            let limit = if flags.add_dot_0 {
                significant as i64 - 1
            } else {
                significant as i64
            };
            use_exponent = point <= -4 || point > limit;
            if flags.alternate {
                shown = significant as i64;
            }
        }
        FloatStyle::Repr => use_exponent = point <= -4 || point > 16,
    }
    let exponent = point - 1;
    let point = if use_exponent { 1 } else { point };
    let minimum_shown = if !use_exponent && flags.add_dot_0 {
        point + 1
    } else {
        point
    };
    let shown = shown.max(minimum_shown);

    let mut out = String::new();
    if point <= 0 {
        out.push_str("0.");
        push_zeros(&mut out, -point);
        push_digits(&mut out, &digits, shown);
    } else {
        let int_len = point as usize;
        for i in 0..int_len {
            out.push(char::from(*digits.get(i).unwrap_or(&b'0')));
        }
        out.push('.');
        if shown > point {
            let frac: Vec<u8> = digits.iter().skip(int_len).copied().collect();
            push_digits(&mut out, &frac, shown - point);
        }
    }
    if out.ends_with('.') && !flags.alternate {
        out.pop();
    }
    if use_exponent {
        out.push(if flags.upper { 'E' } else { 'e' });
        out.push(if exponent < 0 { '-' } else { '+' });
        let magnitude = exponent.unsigned_abs();
        if magnitude < 10 {
            out.push('0');
        }
        out.push_str(&magnitude.to_string());
    }
    out
}

/// Appends `count` zeros.
fn push_zeros(out: &mut String, count: i64) {
    for _ in 0..count.max(0) {
        out.push('0');
    }
}

/// Appends `digits`, padded with zeros (or cut) to `count` characters.
fn push_digits(out: &mut String, digits: &[u8], count: i64) {
    let count = count.max(0) as usize;
    for i in 0..count {
        out.push(char::from(*digits.get(i).unwrap_or(&b'0')));
    }
}

/// `repr(x)` for a Python float: `1.5`, `1e+16`, `1.5e-05`, `-0.0`, `inf`, `nan`.
pub fn float_repr(x: f64) -> String {
    let flags = FloatFlags {
        add_dot_0: true,
        ..FloatFlags::default()
    };
    render_float(x, FloatStyle::Repr, 0, flags)
}

/// `str(x)` for a Python float, which since Python 3.2 equals [`float_repr`].
pub fn float_str(x: f64) -> String {
    float_repr(x)
}

/// `repr(complex(re, im))`: `1j`, `(1+2j)`, `(-0-1j)`, `(nan+infj)`; the real part and the
/// parentheses are left out when the real part is `+0.0`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let plain = FloatFlags::default();
    if re == 0.0 && re.is_sign_positive() {
        let mut out = render_float(im, FloatStyle::Repr, 0, plain);
        out.push('j');
        return out;
    }
    let signed = FloatFlags {
        always_sign: true,
        ..plain
    };
    format!(
        "({}{}j)",
        render_float(re, FloatStyle::Repr, 0, plain),
        render_float(im, FloatStyle::Repr, 0, signed)
    )
}
