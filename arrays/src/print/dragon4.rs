//! Exact float-to-decimal conversion in the manner of NumPy's Dragon4 (Steele & White, Burger &
//! Dybvig): shortest round-trip digits ("unique" mode) or exactly rounded digits at a cutoff,
//! and the positional (`ddd.ddd`) and scientific (`d.ddde+xx`) layouts with NumPy's trimming
//! and padding rules (`np.format_float_positional` / `np.format_float_scientific`).
//!
//! The digit generator works on exact big integers, so ties and carries resolve the way NumPy's
//! C implementation resolves them: a tie at the cutoff digit rounds to the even digit.

use super::bigint::BigUint;

/// Upper bound on generated digits and padding, as NumPy's 16384-character scratch buffer.
const MAX_DIGITS: i32 = 16384;

/// A binary floating-point value of one of the supported widths. Shortest ("unique") digits
/// depend on the width: `F32(0.1)` prints as `0.1`, not as the digits of the widened double.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum FloatValue {
    /// IEEE binary32.
    F32(f32),
    /// IEEE binary64.
    F64(f64),
}

impl FloatValue {
    /// True for neither infinite nor NaN.
    pub fn is_finite(self) -> bool {
        match self {
            FloatValue::F32(v) => v.is_finite(),
            FloatValue::F64(v) => v.is_finite(),
        }
    }

    /// True for NaN.
    pub fn is_nan(self) -> bool {
        match self {
            FloatValue::F32(v) => v.is_nan(),
            FloatValue::F64(v) => v.is_nan(),
        }
    }

    /// True when the sign bit is set (including `-0.0` and negative NaNs).
    pub fn is_sign_negative(self) -> bool {
        match self {
            FloatValue::F32(v) => v.is_sign_negative(),
            FloatValue::F64(v) => v.is_sign_negative(),
        }
    }

    /// The value widened to f64 (exact).
    pub fn to_f64(self) -> f64 {
        match self {
            FloatValue::F32(v) => f64::from(v),
            FloatValue::F64(v) => v,
        }
    }

    /// Splits a finite value into `mantissa * 2^exponent` with Dragon4's extra facts: the index
    /// of the highest mantissa bit and whether the gap to the next lower value is half the gap
    /// to the next higher one (a power of two that is not the smallest normal).
    fn decompose(self) -> Decomposed {
        let (frac, biased, frac_bits, bias): (u64, u32, u32, i32) = match self {
            FloatValue::F32(v) => {
                let bits = v.to_bits();
                (u64::from(bits & 0x7f_ffff), (bits >> 23) & 0xff, 23, 127)
            }
            FloatValue::F64(v) => {
                let bits = v.to_bits();
                (
                    bits & ((1 << 52) - 1),
                    ((bits >> 52) & 0x7ff) as u32,
                    52,
                    1023,
                )
            }
        };
        if biased != 0 {
            Decomposed {
                mantissa: (1u64 << frac_bits) | frac,
                exponent: biased as i32 - bias - frac_bits as i32,
                mantissa_bit: frac_bits,
                unequal_margins: biased != 1 && frac == 0,
            }
        } else {
            Decomposed {
                mantissa: frac,
                exponent: 1 - bias - frac_bits as i32,
                mantissa_bit: 63u32.saturating_sub(frac.leading_zeros()),
                unequal_margins: false,
            }
        }
    }
}

/// `mantissa * 2^exponent`, see [`FloatValue::decompose`].
struct Decomposed {
    mantissa: u64,
    exponent: i32,
    mantissa_bit: u32,
    unequal_margins: bool,
}

/// How trailing zeros and the decimal point are trimmed (NumPy's `trim` argument).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TrimMode {
    /// `'k'`: keep trailing zeros and the decimal point.
    Keep,
    /// `'0'`: trim trailing zeros but keep one zero after the point (`1.0`).
    LeaveOneZero,
    /// `'.'`: trim trailing zeros, keep the decimal point (`1.`).
    Zeros,
    /// `'-'`: trim trailing zeros and the decimal point (`1`).
    DptZeros,
}

/// Options of [`format_positional`] and [`format_scientific`], named as NumPy's
/// `format_float_positional` arguments; `None` is NumPy's `None` (or `-1`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Dragon4Options {
    /// Shortest round-trip digits (true) or exact digits of the binary value (false).
    pub unique: bool,
    /// Positional only: `precision` counts digits after the point (true) or all digits.
    pub fractional: bool,
    /// At most this many digits (after the point, or in total; scientific: after the point).
    pub precision: Option<usize>,
    /// Unique mode: print at least this many digits (rounded), as NumPy's `min_digits`.
    pub min_digits: Option<usize>,
    /// Print `+` for non-negative values.
    pub sign: bool,
    /// Trimming of trailing zeros / decimal point.
    pub trim: TrimMode,
    /// Pad with spaces on the left until this many characters precede the point.
    pub pad_left: Option<usize>,
    /// Positional only: pad with spaces on the right to this many characters after the point.
    pub pad_right: Option<usize>,
    /// Scientific only: at least this many exponent digits (default 2, at most 5).
    pub exp_digits: Option<usize>,
}

impl Default for Dragon4Options {
    /// NumPy's defaults of `format_float_positional`: unique, fractional, trim `'k'`.
    fn default() -> Self {
        Dragon4Options {
            unique: true,
            fractional: true,
            precision: None,
            min_digits: None,
            sign: false,
            trim: TrimMode::Keep,
            pad_left: None,
            pad_right: None,
            exp_digits: None,
        }
    }
}

/// Converts an optional count to Dragon4's `-1 = none` convention, bounded by the buffer size.
fn opt_to_i32(v: Option<usize>) -> i32 {
    v.map_or(-1, |n| n.min(MAX_DIGITS as usize) as i32)
}

/// Whether a digit cutoff counts all digits or only those after the decimal point.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Cutoff {
    TotalLength,
    FractionLength,
}

/// Generates decimal digits of a finite non-negative value: returns the digits (ASCII, no
/// leading zeros unless the value rounds to zero at the cutoff) and the base-10 exponent of the
/// first digit. `cutoff_max`/`cutoff_min` are digit counts (`-1` = none) in `mode`.
fn generate_digits(
    d: &Decomposed,
    unique: bool,
    mode: Cutoff,
    cutoff_max: i32,
    cutoff_min: i32,
) -> (Vec<u8>, i32) {
    if d.mantissa == 0 {
        return (vec![b'0'], 0);
    }
    let is_even = d.mantissa.is_multiple_of(2);
    // value = scaled_value / scale; margins are half the distances to the neighbours.
    let mut scaled_value = BigUint::from_u64(d.mantissa);
    let mut scale;
    let mut margin_low;
    let extra = u32::from(d.unequal_margins);
    if d.exponent > 0 {
        scaled_value.shl_assign(d.exponent as u32 + 1 + extra);
        scale = BigUint::from_u64(2 << extra);
        margin_low = BigUint::pow2(d.exponent as u32);
    } else {
        scaled_value.shl_assign(1 + extra);
        scale = BigUint::pow2(d.exponent.unsigned_abs() + 1 + extra);
        margin_low = BigUint::from_u64(1);
    }
    let high_of = |low: &BigUint| {
        if d.unequal_margins {
            let mut h = low.clone();
            h.shl_assign(1);
            h
        } else {
            low.clone()
        }
    };

    // Estimate of floor(log10(value)) + 1, correct or one too small.
    let mut digit_exponent =
        (f64::from(d.mantissa_bit as i32 + d.exponent) * std::f64::consts::LOG10_2 - 0.69).ceil()
            as i32;
    if cutoff_max >= 0 && mode == Cutoff::FractionLength && digit_exponent <= -cutoff_max {
        digit_exponent = -cutoff_max + 1;
    }
    if digit_exponent > 0 {
        scale.mul_pow10_assign(digit_exponent as u32);
    } else if digit_exponent < 0 {
        let factor = digit_exponent.unsigned_abs();
        scaled_value.mul_pow10_assign(factor);
        margin_low.mul_pow10_assign(factor);
    }
    if scaled_value >= scale {
        digit_exponent += 1;
    } else {
        scaled_value.mul_small_assign(10);
        margin_low.mul_small_assign(10);
    }
    let mut margin_high = high_of(&margin_low);

    let mut cutoff_max_exponent = digit_exponent - MAX_DIGITS;
    if cutoff_max >= 0 {
        let desired = match mode {
            Cutoff::TotalLength => digit_exponent - cutoff_max,
            Cutoff::FractionLength => -cutoff_max,
        };
        cutoff_max_exponent = cutoff_max_exponent.max(desired);
    }
    let mut cutoff_min_exponent = digit_exponent;
    if cutoff_min >= 0 {
        let desired = match mode {
            Cutoff::TotalLength => digit_exponent - cutoff_min,
            Cutoff::FractionLength => -cutoff_min,
        };
        cutoff_min_exponent = cutoff_min_exponent.min(desired);
    }
    let mut out_exponent = digit_exponent - 1;

    let mut digits = Vec::new();
    let (mut low, mut high) = (false, false);
    let mut digit;
    if unique {
        loop {
            digit_exponent -= 1;
            digit = scaled_value.div_rem_small_quotient(&scale);
            let value_high = scaled_value.add(&margin_high);
            low = if is_even {
                scaled_value <= margin_low
            } else {
                scaled_value < margin_low
            };
            high = if is_even {
                value_high >= scale
            } else {
                value_high > scale
            };
            if ((low || high) && digit_exponent <= cutoff_min_exponent)
                || digit_exponent == cutoff_max_exponent
            {
                break;
            }
            digits.push(b'0' + digit as u8);
            scaled_value.mul_small_assign(10);
            margin_low.mul_small_assign(10);
            margin_high = high_of(&margin_low);
        }
    } else {
        loop {
            digit_exponent -= 1;
            digit = scaled_value.div_rem_small_quotient(&scale);
            if scaled_value.is_zero() || digit_exponent == cutoff_max_exponent {
                break;
            }
            digits.push(b'0' + digit as u8);
            scaled_value.mul_small_assign(10);
        }
    }

    // Round the final digit: down if only the low neighbour is close, up if only the high one
    // is, otherwise to the nearest with ties to the even digit.
    let mut round_down = low;
    if low == high {
        scaled_value.shl_assign(1);
        round_down = match scaled_value.cmp(&scale) {
            std::cmp::Ordering::Less => true,
            std::cmp::Ordering::Equal => digit.is_multiple_of(2),
            std::cmp::Ordering::Greater => false,
        };
    }
    if round_down {
        digits.push(b'0' + digit as u8);
    } else if digit == 9 {
        while digits.last() == Some(&b'9') {
            digits.pop();
        }
        match digits.last_mut() {
            Some(last) => *last += 1,
            None => {
                digits.push(b'1');
                out_exponent += 1;
            }
        }
    } else {
        digits.push(b'0' + digit as u8 + 1);
    }
    (digits, out_exponent)
}

/// The text of a non-finite value: `nan` (never signed) or `[+-]inf`.
fn non_finite_text(v: FloatValue, sign: bool) -> String {
    if v.is_nan() {
        "nan".to_string()
    } else if v.is_sign_negative() {
        "-inf".to_string()
    } else if sign {
        "+inf".to_string()
    } else {
        "inf".to_string()
    }
}

/// The sign character to print, if any.
fn sign_char(v: FloatValue, sign: bool) -> Option<char> {
    if v.is_sign_negative() {
        Some('-')
    } else if sign {
        Some('+')
    } else {
        None
    }
}

/// Removes trailing zeros after the point as `trim` asks (shared by both layouts' final pass).
fn trim_trailing_zeros(out: &mut String, fraction_digits: &mut i32) {
    while out.ends_with('0') && *fraction_digits > 0 {
        out.pop();
        *fraction_digits -= 1;
    }
}

/// Formats `v` positionally (`123.456`), as `np.format_float_positional`.
pub fn format_positional(v: FloatValue, opts: &Dragon4Options) -> String {
    if !v.is_finite() {
        return non_finite_text(v, opts.sign);
    }
    let precision = opt_to_i32(opts.precision);
    let min_digits = opt_to_i32(opts.min_digits);
    let pad_left = opt_to_i32(opts.pad_left);
    let pad_right = opt_to_i32(opts.pad_right);
    let mode = if opts.fractional {
        Cutoff::FractionLength
    } else {
        Cutoff::TotalLength
    };

    let mut out = String::new();
    let has_sign = match sign_char(v, opts.sign) {
        Some(c) => {
            out.push(c);
            1
        }
        None => 0,
    };
    let (digits, print_exponent) =
        generate_digits(&v.decompose(), opts.unique, mode, precision, min_digits);
    let num_digits = digits.len() as i32;
    let digit_text = String::from_utf8_lossy(&digits).into_owned();
    let whole_digits;
    let mut fraction_digits = 0;
    if print_exponent >= 0 {
        whole_digits = print_exponent + 1;
        if num_digits <= whole_digits {
            out.push_str(&digit_text);
            out.extend(std::iter::repeat_n(
                '0',
                (whole_digits - num_digits) as usize,
            ));
        } else {
            let split = whole_digits as usize;
            out.push_str(&digit_text[..split]);
            out.push('.');
            out.push_str(&digit_text[split..]);
            fraction_digits = num_digits - whole_digits;
        }
    } else {
        let leading_zeros = -(print_exponent + 1);
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', leading_zeros as usize));
        out.push_str(&digit_text);
        fraction_digits = num_digits + leading_zeros;
        whole_digits = 1;
    }

    if opts.trim != TrimMode::DptZeros && fraction_digits == 0 {
        out.push('.');
    }
    let add_digits = if opts.unique { min_digits } else { precision };
    let desired_fraction = match mode {
        Cutoff::TotalLength => add_digits - whole_digits,
        Cutoff::FractionLength => add_digits.max(0),
    };
    if opts.trim == TrimMode::LeaveOneZero {
        if fraction_digits == 0 {
            out.push('0');
            fraction_digits += 1;
        }
    } else if opts.trim == TrimMode::Keep && desired_fraction > fraction_digits {
        out.extend(std::iter::repeat_n(
            '0',
            (desired_fraction - fraction_digits) as usize,
        ));
        fraction_digits = desired_fraction;
    }
    if opts.trim != TrimMode::Keep && fraction_digits > 0 {
        trim_trailing_zeros(&mut out, &mut fraction_digits);
        if out.ends_with('.') {
            match opts.trim {
                TrimMode::LeaveOneZero => {
                    out.push('0');
                    fraction_digits += 1;
                }
                TrimMode::DptZeros => {
                    out.pop();
                }
                _ => {}
            }
        }
    }

    if pad_right >= fraction_digits {
        if opts.trim == TrimMode::DptZeros && fraction_digits == 0 {
            out.push(' ');
        }
        out.extend(std::iter::repeat_n(
            ' ',
            (pad_right - fraction_digits) as usize,
        ));
    }
    if pad_left > whole_digits + has_sign {
        let shift = (pad_left - whole_digits - has_sign) as usize;
        out.insert_str(0, &" ".repeat(shift));
    }
    out
}

/// Formats `v` in scientific notation (`1.2345e+02`), as `np.format_float_scientific`.
pub fn format_scientific(v: FloatValue, opts: &Dragon4Options) -> String {
    if !v.is_finite() {
        return non_finite_text(v, opts.sign);
    }
    let precision = opt_to_i32(opts.precision);
    let min_digits = opt_to_i32(opts.min_digits);
    let pad_left = opt_to_i32(opts.pad_left);
    let exp_digits = opt_to_i32(opts.exp_digits);

    let mut out = String::new();
    let sign = sign_char(v, opts.sign);
    let left_chars = 1 + i32::from(sign.is_some());
    if pad_left > left_chars {
        out.extend(std::iter::repeat_n(' ', (pad_left - left_chars) as usize));
    }
    if let Some(c) = sign {
        out.push(c);
    }
    let (digits, mut print_exponent) = generate_digits(
        &v.decompose(),
        opts.unique,
        Cutoff::TotalLength,
        if precision < 0 { -1 } else { precision + 1 },
        if min_digits < 0 { -1 } else { min_digits + 1 },
    );
    let digit_text = String::from_utf8_lossy(&digits).into_owned();
    let (first, rest) = digit_text.split_at(digit_text.len().min(1));
    out.push_str(first);
    let mut fraction_digits = rest.len() as i32;
    if fraction_digits > 0 {
        out.push('.');
        out.push_str(rest);
    }
    if opts.trim != TrimMode::DptZeros && fraction_digits == 0 {
        out.push('.');
    }
    let add_digits = if opts.unique { min_digits } else { precision }.max(0);
    if opts.trim == TrimMode::LeaveOneZero {
        if fraction_digits == 0 {
            out.push('0');
            fraction_digits += 1;
        }
    } else if opts.trim == TrimMode::Keep && add_digits > fraction_digits {
        out.extend(std::iter::repeat_n(
            '0',
            (add_digits - fraction_digits) as usize,
        ));
    }
    if opts.trim != TrimMode::Keep && fraction_digits > 0 {
        trim_trailing_zeros(&mut out, &mut fraction_digits);
        if opts.trim == TrimMode::LeaveOneZero && out.ends_with('.') {
            out.push('0');
        }
    }

    let exp_digits = if exp_digits < 0 { 2 } else { exp_digits.min(5) } as usize;
    out.push('e');
    if print_exponent >= 0 {
        out.push('+');
    } else {
        out.push('-');
        print_exponent = -print_exponent;
    }
    // NumPy drops leading exponent zeros down to `exp_digits` digits (so `e+` for 0 with 0).
    if print_exponent != 0 || exp_digits > 0 {
        out.push_str(&format!("{print_exponent:0exp_digits$}"));
    }
    out
}
