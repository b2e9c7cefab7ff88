//! Padding and reshaping: `zfill center ljust rjust expandtabs removeprefix removesuffix`.

use super::signature::{c_int_arg, one_arg, positional, ssize_arg, with_keywords};
use crate::args::{type_name, Args};
use mnpy_runtime::interp_api::Interp;
use mnpy_runtime::{PyErr, PyResult, TypeTag, Value};

/// Longest result these methods agree to build; CPython would raise `MemoryError` first.
const MAX_RESULT_CHARS: usize = 1 << 28;

fn memory_error() -> PyErr {
    PyErr::new(TypeTag::MemoryError, "")
}

/// Where `pad` puts the text.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Justify {
    /// `ljust`: text first.
    Left,
    /// `rjust`: fill first.
    Right,
    /// `center`: CPython's split of the margin (`left = marg / 2 + (marg & width & 1)`).
    Center,
}

/// Pads `s` (of `len` code points) with `fill` to `width`; `None` when no padding is needed.
pub fn pad(
    s: &str,
    len: usize,
    width: i64,
    fill: char,
    justify: Justify,
) -> Result<Option<String>, PyErr> {
    let width = usize::try_from(width).unwrap_or(0);
    if width <= len {
        return Ok(None);
    }
    if width > MAX_RESULT_CHARS {
        return Err(memory_error());
    }
    let margin = width - len;
    let left = match justify {
        Justify::Left => 0,
        Justify::Right => margin,
        Justify::Center => margin / 2 + (margin & width & 1),
    };
    let mut out = String::with_capacity(s.len() + margin * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, margin - left));
    Ok(Some(out))
}

/// `s.zfill(width)`: zeros on the left, after a leading sign.
pub fn zfill(s: &str, len: usize, width: i64) -> Result<Option<String>, PyErr> {
    let Some(mut out) = pad(s, len, width, '0', Justify::Right)? else {
        return Ok(None);
    };
    let fill = out.len() - s.len();
    if let Some(sign @ ('+' | '-')) = s.chars().next() {
        out.replace_range(fill..fill + 1, "0");
        out.replace_range(0..1, if sign == '+' { "+" } else { "-" });
    }
    Ok(Some(out))
}

/// `s.expandtabs(tabsize)`: only `\n` and `\r` reset the column.
pub fn expandtabs(s: &str, tabsize: i64) -> Result<String, PyErr> {
    let mut out = String::with_capacity(s.len());
    let mut column: usize = 0;
    let mut produced: usize = 0;
    for c in s.chars() {
        if c == '\t' {
            if tabsize > 0 {
                let step = tabsize as usize - column % tabsize as usize;
                column += step;
                produced += step;
                if produced > MAX_RESULT_CHARS {
                    return Err(memory_error());
                }
                out.extend(std::iter::repeat_n(' ', step));
            }
        } else {
            out.push(c);
            produced += 1;
            column = if c == '\n' || c == '\r' {
                0
            } else {
                column + 1
            };
        }
    }
    Ok(out)
}

/// The result value: the receiver itself when unchanged.
fn same_or(a: &Args, text: Option<String>) -> Value {
    match text {
        Some(t) => Value::string(t),
        None => a.pos[0].clone(),
    }
}

/// The `fillchar` argument of `center`/`ljust`/`rjust`.
fn fill_char(v: Option<&Value>) -> PyResult<char> {
    let Some(v) = v else {
        return Ok(' ');
    };
    let text = v.as_str().ok_or_else(|| {
        PyErr::type_error(format!(
            "The fill character must be a unicode character, not {}",
            type_name(v)
        ))
    })?;
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(PyErr::type_error(
            "The fill character must be exactly one character long",
        )),
    }
}

/// `center(width, fillchar=' ', /)`, `ljust`, `rjust`.
pub fn call_justify(
    vm: &mut dyn Interp,
    a: &Args,
    s: &str,
    len: usize,
    justify: Justify,
) -> PyResult<Value> {
    positional(a, 1, 2)?;
    let width = ssize_arg(vm, &a.pos[1])?;
    let fill = fill_char(a.pos.get(2))?;
    Ok(same_or(a, pad(s, len, width, fill, justify)?))
}

/// `zfill(width, /)`.
pub fn call_zfill(vm: &mut dyn Interp, a: &Args, s: &str, len: usize) -> PyResult<Value> {
    let width = ssize_arg(vm, one_arg(a)?)?;
    Ok(same_or(a, zfill(s, len, width)?))
}

/// `expandtabs(tabsize=8)`.
pub fn call_expandtabs(vm: &mut dyn Interp, a: &Args, s: &str) -> PyResult<Value> {
    let params = with_keywords(a, &["tabsize"])?;
    let tabsize = match &params[0] {
        Some(v) => c_int_arg(vm, v)?,
        None => 8,
    };
    if !s.contains('\t') {
        return Ok(a.pos[0].clone());
    }
    Ok(Value::string(expandtabs(s, tabsize)?))
}

/// `removeprefix(prefix, /)` / `removesuffix(suffix, /)` (`suffix`).
pub fn call_remove_affix(a: &Args, s: &str, suffix: bool) -> PyResult<Value> {
    let affix = one_arg(a)?;
    let affix = affix.as_str().ok_or_else(|| {
        PyErr::type_error(format!(
            "{}() argument must be str, not {}",
            a.name,
            type_name(affix)
        ))
    })?;
    let stripped = if suffix {
        s.strip_suffix(affix)
    } else {
        s.strip_prefix(affix)
    };
    match stripped {
        Some(rest) if !affix.is_empty() => Ok(Value::str(rest)),
        _ => Ok(a.pos[0].clone()),
    }
}
