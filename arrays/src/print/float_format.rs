//! Element formatters for float and complex arrays, as NumPy's `FloatingFormat` and
//! `ComplexFloatingFormat`: one pass over the (summarised) data chooses positional or
//! scientific notation, the digit count and the padding, so every element lines up.

use super::dragon4::{format_positional, format_scientific, Dragon4Options, FloatValue, TrimMode};
use super::{FloatMode, PrintOptions, SignMode};

/// Formats the floats of one array (or one part, real or imaginary, of a complex array).
#[derive(Clone, Debug)]
pub(crate) struct FloatingFormat {
    exp_format: bool,
    precision: Option<usize>,
    min_digits: Option<usize>,
    unique: bool,
    trim: TrimMode,
    pad_left: i64,
    pad_right: i64,
    exp_size: Option<usize>,
    sign: SignMode,
    nan_text: String,
    inf_text: String,
}

/// Largest/smallest absolute non-zero finite values, and whether their ratio exceeds 1000 when
/// divided in the data's own precision (float32 data divides in f32, as NumPy does).
fn magnitude_summary(finite: &[FloatValue], single: bool) -> Option<(f64, f64, bool)> {
    let mut max_abs: Option<f64> = None;
    let mut min_abs: Option<f64> = None;
    for v in finite {
        let a = v.to_f64().abs();
        if a != 0.0 {
            max_abs = Some(max_abs.map_or(a, |m| m.max(a)));
            min_abs = Some(min_abs.map_or(a, |m| m.min(a)));
        }
    }
    let (max_abs, min_abs) = (max_abs?, min_abs?);
    let ratio_large = if single {
        (max_abs as f32) / (min_abs as f32) > 1000.0f32
    } else {
        max_abs / min_abs > 1000.0
    };
    Some((max_abs, min_abs, ratio_large))
}

/// Splits `s` at the first `sep`, the second half empty when `sep` is absent.
fn split_once_or_all(s: &str, sep: char) -> (&str, &str) {
    s.split_once(sep).unwrap_or((s, ""))
}

impl FloatingFormat {
    /// Chooses the layout for `data` (all of one width: `single` is true for float32 data).
    pub(crate) fn new(
        data: &[FloatValue],
        single: bool,
        opts: &PrintOptions,
        sign: SignMode,
    ) -> Self {
        let mut f = FloatingFormat {
            exp_format: false,
            precision: match opts.floatmode {
                FloatMode::Unique => None,
                _ => Some(opts.precision),
            },
            min_digits: None,
            unique: true,
            trim: TrimMode::Zeros,
            pad_left: 0,
            pad_right: 0,
            exp_size: None,
            sign,
            nan_text: opts.nanstr.clone(),
            inf_text: opts.infstr.clone(),
        };
        let finite: Vec<FloatValue> = data.iter().copied().filter(|v| v.is_finite()).collect();

        if let Some((max_abs, min_abs, ratio_large)) = magnitude_summary(&finite, single) {
            let (exp_cutoff, small) = if single {
                (1e6, f64::from(0.0001f32))
            } else {
                (1e8, 0.0001)
            };
            if max_abs >= exp_cutoff || (!opts.suppress && (min_abs < small || ratio_large)) {
                f.exp_format = true;
            }
        }

        let fixed = opts.floatmode == FloatMode::Fixed;
        let (first_trim, first_unique) = if fixed {
            (TrimMode::Keep, false)
        } else {
            (TrimMode::Zeros, true)
        };
        let first_pass = Dragon4Options {
            unique: first_unique,
            fractional: true,
            precision: f.precision,
            min_digits: None,
            sign: sign == SignMode::Plus,
            trim: first_trim,
            pad_left: None,
            pad_right: None,
            exp_digits: None,
        };
        if finite.is_empty() {
            f.trim = TrimMode::Zeros;
        } else if f.exp_format {
            let (mut int_len, mut frac_len, mut exp_len) = (0, 0, 0);
            for v in &finite {
                let s = format_scientific(*v, &first_pass);
                let (mantissa, exponent) = split_once_or_all(&s, 'e');
                let (int_part, frac_part) = split_once_or_all(mantissa, '.');
                int_len = int_len.max(int_part.len());
                frac_len = frac_len.max(frac_part.len());
                exp_len = exp_len.max(exponent.len());
            }
            let exp_size = exp_len.saturating_sub(1);
            f.exp_size = Some(exp_size);
            f.trim = TrimMode::Keep;
            f.precision = Some(frac_len);
            f.min_digits = Some(frac_len);
            f.unique = first_unique;
            f.pad_left = int_len as i64;
            f.pad_right = (exp_size + 2 + frac_len) as i64;
        } else {
            let (mut int_len, mut frac_len) = (0, 0);
            for v in &finite {
                let s = format_positional(*v, &first_pass);
                let (int_part, frac_part) = split_once_or_all(&s, '.');
                int_len = int_len.max(int_part.len());
                frac_len = frac_len.max(frac_part.len());
            }
            f.pad_left = int_len as i64;
            f.pad_right = frac_len as i64;
            f.unique = first_unique;
            if matches!(opts.floatmode, FloatMode::Fixed | FloatMode::MaxPrecEqual) {
                f.precision = Some(frac_len);
                f.min_digits = Some(frac_len);
                f.trim = TrimMode::Keep;
            } else {
                f.trim = TrimMode::Zeros;
                f.min_digits = Some(0);
            }
        }

        if sign == SignMode::Space && !finite.iter().any(|v| v.is_sign_negative()) {
            f.pad_left += 1;
        }
        if finite.len() != data.len() {
            let neg_inf = sign != SignMode::Minus
                || data
                    .iter()
                    .any(|v| !v.is_finite() && !v.is_nan() && v.is_sign_negative());
            let offset = f.pad_right + 1;
            let nan_len = f.nan_text.chars().count() as i64;
            let inf_len = f.inf_text.chars().count() as i64 + i64::from(neg_inf);
            f.pad_left = f.pad_left.max(nan_len - offset).max(inf_len - offset);
        }
        f
    }

    /// Formats one element.
    pub(crate) fn format(&self, x: FloatValue) -> String {
        if !x.is_finite() {
            let text = if x.is_nan() {
                let sign = if self.sign == SignMode::Plus { "+" } else { "" };
                format!("{sign}{}", self.nan_text)
            } else {
                let sign = if x.is_sign_negative() {
                    "-"
                } else if self.sign == SignMode::Plus {
                    "+"
                } else {
                    ""
                };
                format!("{sign}{}", self.inf_text)
            };
            let width = self.pad_left + self.pad_right + 1;
            let pad = (width - text.chars().count() as i64).max(0) as usize;
            return format!("{}{text}", " ".repeat(pad));
        }
        let opts = Dragon4Options {
            unique: self.unique,
            fractional: true,
            precision: self.precision,
            min_digits: self.min_digits,
            sign: self.sign == SignMode::Plus,
            trim: self.trim,
            pad_left: usize::try_from(self.pad_left).ok(),
            pad_right: usize::try_from(self.pad_right).ok(),
            exp_digits: self.exp_size,
        };
        if self.exp_format {
            format_scientific(
                x,
                &Dragon4Options {
                    pad_right: None,
                    ..opts
                },
            )
        } else {
            format_positional(x, &opts)
        }
    }
}

/// Formats complex elements: real parts with the array's sign mode, imaginary parts always
/// signed, each part aligned over the whole array.
#[derive(Clone, Debug)]
pub(crate) struct ComplexFloatingFormat {
    real: FloatingFormat,
    imag: FloatingFormat,
}

impl ComplexFloatingFormat {
    /// Chooses the layout from the real and imaginary parts of the data.
    pub(crate) fn new(
        real: &[FloatValue],
        imag: &[FloatValue],
        single: bool,
        opts: &PrintOptions,
    ) -> Self {
        ComplexFloatingFormat {
            real: FloatingFormat::new(real, single, opts, opts.sign),
            imag: FloatingFormat::new(imag, single, opts, SignMode::Plus),
        }
    }

    /// Formats one element: `real + imag` with the `j` before the imaginary part's padding.
    pub(crate) fn format(&self, re: FloatValue, im: FloatValue) -> String {
        let mut out = self.real.format(re);
        let imag = self.imag.format(im);
        let body = imag.trim_end();
        out.push_str(body);
        out.push('j');
        out.push_str(&imag[body.len()..]);
        out
    }
}
