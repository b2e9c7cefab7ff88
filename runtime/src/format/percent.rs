//! `str % args` (printf-style formatting) exactly as CPython 3.11's `PyUnicode_Format`.
//!
//! The interpreter supplies the right operand through [`PercentSource`]; this module parses
//! the format, fetches arguments in CPython's order (a `*` width is fetched before the value,
//! `%(key)` looks the key up at once) and raises CPython's errors.

use super::float_text::{render_float, FloatFlags, FloatStyle};
use super::number_layout::check_width;
use super::str_repr::ascii_escape;
use super::{FormatError, MAX_MATERIALISED_WIDTH};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

/// The right operand of `%`, as seen by [`percent_format`].
///
/// The caller builds it from the Python value: a tuple gives its items as positional
/// arguments; any other value is the single positional argument. The value is a mapping
/// (`is_mapping`) when it is not a tuple and not a str but supports `__getitem__`, as in
/// CPython (so a dict is both a mapping and, for `'%s' % d`, the single positional argument).
pub trait PercentSource {
    /// A handle on one argument value.
    type Arg;

    /// The next positional argument, `None` when they are exhausted.
    fn next_arg(&mut self) -> Option<Self::Arg>;

    /// Whether positional arguments are left unused (checked at the end, unless a mapping).
    fn has_unused_args(&self) -> bool;

    /// Whether the operand is a mapping (allows `%(key)s`; disables the unused-argument
    /// check).
    fn is_mapping(&self) -> bool;

    /// `operand[key]`; the source raises the lookup's own error (`KeyError: 'b'`, ...).
    fn mapping_arg(&mut self, key: &str) -> Result<Self::Arg, FormatError>;

    /// The Python type name of `arg` (`str`, `float`, `numpy.float64`, ...), for messages.
    fn type_name(&self, arg: &Self::Arg) -> String;

    /// `str(arg)`.
    fn str_of(&mut self, arg: &Self::Arg) -> Result<String, FormatError>;

    /// `repr(arg)` (`ascii(arg)` is derived from it).
    fn repr_of(&mut self, arg: &Self::Arg) -> Result<String, FormatError>;

    /// The text when `arg` is a `str` (for `%c`), else `None`.
    fn as_str(&self, arg: &Self::Arg) -> Option<String>;

    /// The value when `arg` is a Python `int` (including `bool`), else `None`: what a `*`
    /// width or precision accepts.
    fn as_exact_int(&self, arg: &Self::Arg) -> Option<BigInt>;

    /// `operator.index(arg)` for `%x %X %o %c`: `Ok(None)` when the type has no `__index__`.
    fn index_of(&mut self, arg: &Self::Arg) -> Result<Option<BigInt>, FormatError>;

    /// `int(arg)` for `%d %i %u` when `arg` is a number: `Ok(None)` when it is not a real
    /// number. Floats truncate; infinities and NaN fail as `int(x)` does (see
    /// [`super::float_to_int`]).
    fn int_of(&mut self, arg: &Self::Arg) -> Result<Option<BigInt>, FormatError>;

    /// `float(arg)` for `%e %f %g`: `Ok(None)` when `arg` is not a real number; an int too
    /// large gives `OverflowError("int too large to convert to float")`.
    fn float_of(&mut self, arg: &Self::Arg) -> Result<Option<f64>, FormatError>;
}

/// Flags of one conversion specifier.
#[derive(Default)]
struct ConversionFlags {
    left_adjust: bool,
    plus_sign: bool,
    blank_sign: bool,
    alternate: bool,
    zero_pad: bool,
}

/// Where positional arguments come from: the source, or a value looked up by key.
enum ArgState<A> {
    Positional,
    Keyed(Option<A>),
}

/// Formatting state: the source and the argument cursor.
struct Formatter<'s, S: PercentSource> {
    source: &'s mut S,
    state: ArgState<S::Arg>,
}

impl<S: PercentSource> Formatter<'_, S> {
    fn next_arg(&mut self) -> Result<S::Arg, FormatError> {
        let arg = match &mut self.state {
            ArgState::Positional => self.source.next_arg(),
            ArgState::Keyed(pending) => pending.take(),
        };
        arg.ok_or_else(|| FormatError::type_error("not enough arguments for format string"))
    }
}

fn incomplete() -> FormatError {
    FormatError::value("incomplete format")
}

/// Reads a decimal number for a width or precision; `limit` bounds it.
fn read_number(
    chars: &[char],
    pos: &mut usize,
    limit: usize,
    message: &str,
) -> Result<usize, FormatError> {
    let mut value: usize = 0;
    while let Some(digit) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(digit as usize))
            .filter(|&v| v <= limit)
            .ok_or_else(|| FormatError::value(message))?;
        *pos += 1;
    }
    Ok(value)
}

/// Formats `fmt % args` with the arguments of `source`.
pub fn percent_format<S: PercentSource>(fmt: &str, source: &mut S) -> Result<String, FormatError> {
    let chars: Vec<char> = fmt.chars().collect();
    let mut formatter = Formatter {
        source,
        state: ArgState::Positional,
    };
    let mut out = String::with_capacity(fmt.len());
    let mut pos = 0;
    while pos < chars.len() {
        let c = chars[pos];
        pos += 1;
        if c != '%' {
            out.push(c);
            continue;
        }
        if chars.get(pos) == Some(&'%') {
            out.push('%');
            pos += 1;
            continue;
        }
        format_one(&chars, &mut pos, &mut formatter, &mut out)?;
    }
    if matches!(formatter.state, ArgState::Positional)
        && !formatter.source.is_mapping()
        && formatter.source.has_unused_args()
    {
        return Err(FormatError::type_error(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(out)
}

/// Reads a `*` argument as an int; `what` names the C type in overflow messages.
fn star_arg<S: PercentSource>(
    formatter: &mut Formatter<'_, S>,
    limit: i64,
    what: &str,
) -> Result<i64, FormatError> {
    let arg = formatter.next_arg()?;
    let value = formatter
        .source
        .as_exact_int(&arg)
        .ok_or_else(|| FormatError::type_error("* wants int"))?;
    value
        .to_i64()
        .filter(|v| (-limit..=limit).contains(v))
        .ok_or_else(|| {
            FormatError::overflow(format!("Python int too large to convert to C {what}"))
        })
}

/// Parses and formats one conversion; `pos` is just after the `%`.
fn format_one<S: PercentSource>(
    chars: &[char],
    pos: &mut usize,
    formatter: &mut Formatter<'_, S>,
    out: &mut String,
) -> Result<(), FormatError> {
    if chars.get(*pos) == Some(&'(') {
        if !formatter.source.is_mapping() {
            return Err(FormatError::type_error("format requires a mapping"));
        }
        let key_start = *pos + 1;
        let mut depth = 1;
        let mut end = key_start;
        while depth > 0 {
            match chars.get(end) {
                None => return Err(FormatError::value("incomplete format key")),
                Some('(') => depth += 1,
                Some(')') => depth -= 1,
                Some(_) => {}
            }
            end += 1;
        }
        let key: String = chars[key_start..end - 1].iter().collect();
        let value = formatter.source.mapping_arg(&key)?;
        formatter.state = ArgState::Keyed(Some(value));
        *pos = end;
    }
    let mut flags = ConversionFlags::default();
    while let Some(&c) = chars.get(*pos) {
        match c {
            '-' => flags.left_adjust = true,
            '+' => flags.plus_sign = true,
            ' ' => flags.blank_sign = true,
            '#' => flags.alternate = true,
            '0' => flags.zero_pad = true,
            _ => break,
        }
        *pos += 1;
    }
    let width: usize;
    if chars.get(*pos) == Some(&'*') {
        *pos += 1;
        let value = star_arg(formatter, i64::MAX, "ssize_t")?;
        if value < 0 {
            flags.left_adjust = true;
        }
        width = value.unsigned_abs() as usize;
    } else {
        width = read_number(chars, pos, isize::MAX as usize, "width too big")?;
    }
    let mut precision: Option<usize> = None;
    if chars.get(*pos) == Some(&'.') {
        *pos += 1;
        if chars.get(*pos) == Some(&'*') {
            *pos += 1;
            precision = Some(star_arg(formatter, i64::from(i32::MAX), "int")?.max(0) as usize);
        } else {
            precision = Some(read_number(
                chars,
                pos,
                i32::MAX as usize,
                "precision too big",
            )?);
        }
    }
    if matches!(chars.get(*pos), Some('h' | 'l' | 'L')) {
        *pos += 1;
    }
    let Some(&conversion) = chars.get(*pos) else {
        return Err(incomplete());
    };
    *pos += 1;
    let conversion_index = *pos - 1;
    let arg = formatter.next_arg()?;
    match conversion {
        's' | 'r' | 'a' => {
            let text = match conversion {
                's' => formatter.source.str_of(&arg)?,
                'r' => formatter.source.repr_of(&arg)?,
                _ => ascii_escape(&formatter.source.repr_of(&arg)?),
            };
            let shown: String = match precision {
                Some(p) => text.chars().take(p).collect(),
                None => text,
            };
            push_padded_text(out, &shown, width, flags.left_adjust)?;
        }
        'c' => {
            let character = char_argument(formatter, &arg)?;
            push_padded_text(out, &character.to_string(), width, flags.left_adjust)?;
        }
        'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
            let value = integer_argument(formatter, &arg, conversion)?;
            check_precision(precision)?;
            push_integer(out, &value, conversion, width, precision, &flags)?;
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            let type_name = formatter.source.type_name(&arg);
            let value = formatter.source.float_of(&arg)?.ok_or_else(|| {
                FormatError::type_error(format!("must be real number, not {type_name}"))
            })?;
            check_precision(precision)?;
            push_float(out, value, conversion, width, precision, &flags)?;
        }
        other => {
            let code = u32::from(other);
            let shown = if (31..=126).contains(&code) {
                other
            } else {
                '?'
            };
            return Err(FormatError::value(format!(
                "unsupported format character '{shown}' (0x{code:x}) at index {conversion_index}"
            )));
        }
    }
    Ok(())
}

/// The character of a `%c` argument: a one-character str or an int in range.
fn char_argument<S: PercentSource>(
    formatter: &mut Formatter<'_, S>,
    arg: &S::Arg,
) -> Result<char, FormatError> {
    let wrong = || FormatError::type_error("%c requires int or char");
    if let Some(text) = formatter.source.as_str(arg) {
        let mut chars = text.chars();
        return match (chars.next(), chars.next()) {
            (Some(c), None) => Ok(c),
            _ => Err(wrong()),
        };
    }
    let value = formatter.source.index_of(arg)?.ok_or_else(wrong)?;
    match value.to_u32().filter(|&v| v <= 0x10FFFF) {
        Some(code) => char::from_u32(code).ok_or_else(|| {
            FormatError::value("lone surrogates cannot be represented in mnpy strings")
        }),
        None => Err(FormatError::overflow("%c arg not in range(0x110000)")),
    }
}

/// The integer of a `%d %i %u %o %x %X` argument, with CPython's type errors.
fn integer_argument<S: PercentSource>(
    formatter: &mut Formatter<'_, S>,
    arg: &S::Arg,
    conversion: char,
) -> Result<BigInt, FormatError> {
    let needs_index = matches!(conversion, 'o' | 'x' | 'X');
    let value = if needs_index {
        formatter.source.index_of(arg)?
    } else {
        formatter.source.int_of(arg)?
    };
    value.ok_or_else(|| {
        let type_name = formatter.source.type_name(arg);
        let wanted = if needs_index {
            "an integer"
        } else {
            "a real number"
        };
        FormatError::type_error(format!(
            "%{conversion} format: {wanted} is required, not {type_name}"
        ))
    })
}

/// `MemoryError` for a precision too large to materialise.
fn check_precision(precision: Option<usize>) -> Result<(), FormatError> {
    match precision {
        Some(p) if p > MAX_MATERIALISED_WIDTH => Err(FormatError::memory()),
        _ => Ok(()),
    }
}

/// Appends `text` padded with spaces to `width` (left-adjusted with `-`).
fn push_padded_text(
    out: &mut String,
    text: &str,
    width: usize,
    left_adjust: bool,
) -> Result<(), FormatError> {
    check_width(Some(width))?;
    let padding = width.saturating_sub(text.chars().count());
    if !left_adjust {
        out.extend(std::iter::repeat_n(' ', padding));
    }
    out.push_str(text);
    if left_adjust {
        out.extend(std::iter::repeat_n(' ', padding));
    }
    Ok(())
}

/// Appends sign + prefix + body padded to `width`: spaces on the left, zeros after the
/// prefix (`0` flag), or spaces on the right (`-` flag, which wins over `0`).
fn push_number(
    out: &mut String,
    sign: &str,
    prefix: &str,
    body: &str,
    width: usize,
    flags: &ConversionFlags,
) -> Result<(), FormatError> {
    check_width(Some(width))?;
    let len = sign.len() + prefix.len() + body.len();
    let padding = width.saturating_sub(len);
    if flags.left_adjust {
        out.push_str(sign);
        out.push_str(prefix);
        out.push_str(body);
        out.extend(std::iter::repeat_n(' ', padding));
    } else if flags.zero_pad {
        out.push_str(sign);
        out.push_str(prefix);
        out.extend(std::iter::repeat_n('0', padding));
        out.push_str(body);
    } else {
        out.extend(std::iter::repeat_n(' ', padding));
        out.push_str(sign);
        out.push_str(prefix);
        out.push_str(body);
    }
    Ok(())
}

/// The sign text of a number under the `+` and space flags.
fn sign_text(negative: bool, flags: &ConversionFlags) -> &'static str {
    if negative {
        "-"
    } else if flags.plus_sign {
        "+"
    } else if flags.blank_sign {
        " "
    } else {
        ""
    }
}

fn push_integer(
    out: &mut String,
    value: &BigInt,
    conversion: char,
    width: usize,
    precision: Option<usize>,
    flags: &ConversionFlags,
) -> Result<(), FormatError> {
    let (base, prefix) = match conversion {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let mut digits = value.magnitude().to_str_radix(base);
    if conversion == 'X' {
        digits.make_ascii_uppercase();
    }
    if let Some(p) = precision {
        if p > digits.len() {
            digits.insert_str(0, &"0".repeat(p - digits.len()));
        }
    }
    let prefix = if flags.alternate { prefix } else { "" };
    push_number(
        out,
        sign_text(value.is_negative(), flags),
        prefix,
        &digits,
        width,
        flags,
    )
}

fn push_float(
    out: &mut String,
    value: f64,
    conversion: char,
    width: usize,
    precision: Option<usize>,
    flags: &ConversionFlags,
) -> Result<(), FormatError> {
    let style = match conversion.to_ascii_lowercase() {
        'e' => FloatStyle::Exponent,
        'f' => FloatStyle::Fixed,
        _ => FloatStyle::General,
    };
    let float_flags = FloatFlags {
        alternate: flags.alternate,
        upper: conversion.is_ascii_uppercase(),
        ..FloatFlags::default()
    };
    let text = render_float(value, style, precision.unwrap_or(6), float_flags);
    let negative = text.starts_with('-');
    let body = text.strip_prefix('-').unwrap_or(&text);
    push_number(out, sign_text(negative, flags), "", body, width, flags)
}
