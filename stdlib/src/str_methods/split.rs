//! Splitting, stripping and joining: `split rsplit splitlines strip lstrip rstrip join`.

use super::signature::{c_int_arg, one_arg, positional, ssize_arg, with_keywords};
use super::unicode::{is_line_break, is_space};
use crate::args::{type_name, Args};
use mnpy_runtime::interp_api::Interp;
use mnpy_runtime::object::HeapObj;
use mnpy_runtime::{PyErr, PyResult, TypeTag, Value};

/// Converts a `maxsplit` to a split limit (`usize::MAX` when negative).
fn limit_of(maxsplit: i64) -> usize {
    usize::try_from(maxsplit).unwrap_or(usize::MAX)
}

/// Whether the ASCII byte `b` is white space for `str.isspace`.
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | 0x1c..=0x1f | b' ')
}

/// The white-space-separated words of `s` for `split(None, maxsplit)` (`reverse`: `rsplit`):
/// at most `maxsplit` words are taken from the front (back); the rest of the text, from the
/// next word on (up to the previous word), becomes one more item.
fn whitespace_words(s: &str, maxsplit: i64, reverse: bool) -> Vec<&str> {
    // Positions of word boundaries are found on bytes for ASCII text, on chars otherwise.
    let spans: Vec<(usize, usize)> = if s.is_ascii() {
        let bytes = s.as_bytes();
        let mut spans = Vec::new();
        let mut i = 0;
        while i < bytes.len() {
            while i < bytes.len() && is_ascii_space(bytes[i]) {
                i += 1;
            }
            let start = i;
            while i < bytes.len() && !is_ascii_space(bytes[i]) {
                i += 1;
            }
            if i > start {
                spans.push((start, i));
            }
        }
        spans
    } else {
        let mut spans = Vec::new();
        let mut start = None;
        for (i, c) in s.char_indices() {
            match (is_space(c), start) {
                (true, Some(from)) => {
                    spans.push((from, i));
                    start = None;
                }
                (false, None) => start = Some(i),
                _ => {}
            }
        }
        if let Some(from) = start {
            spans.push((from, s.len()));
        }
        spans
    };
    let limit = limit_of(maxsplit);
    if spans.len() <= limit {
        return spans.into_iter().map(|(a, b)| &s[a..b]).collect();
    }
    if reverse {
        let first_kept = spans.len() - limit;
        let mut out = vec![&s[..spans[first_kept - 1].1]];
        out.extend(spans[first_kept..].iter().map(|&(a, b)| &s[a..b]));
        out
    } else {
        let mut out: Vec<&str> = spans[..limit].iter().map(|&(a, b)| &s[a..b]).collect();
        out.push(&s[spans[limit].0..]);
        out
    }
}

/// `s.split(None, maxsplit)`: runs of white space separate, none kept at either end (the
/// remainder after `maxsplit` splits keeps its trailing white space).
pub fn split_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    whitespace_words(s, maxsplit, false)
}

/// `s.rsplit(None, maxsplit)` (the remainder keeps its leading white space).
pub fn rsplit_whitespace(s: &str, maxsplit: i64) -> Vec<&str> {
    whitespace_words(s, maxsplit, true)
}

/// `s.split(sep, maxsplit)` (`reverse`: `rsplit`) for a non-empty `sep`.
pub fn split_on<'s>(s: &'s str, sep: &str, maxsplit: i64, reverse: bool) -> Vec<&'s str> {
    let pieces = limit_of(maxsplit).saturating_add(1);
    if reverse {
        let mut out: Vec<&str> = s.rsplitn(pieces, sep).collect();
        out.reverse();
        out
    } else {
        s.splitn(pieces, sep).collect()
    }
}

/// `s.splitlines(keepends)`.
pub fn splitlines(s: &str, keepends: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut line_start = 0;
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut after = i + c.len_utf8();
        if c == '\r' {
            if let Some(&(_, '\n')) = chars.peek() {
                chars.next();
                after += 1;
            }
        }
        out.push(&s[line_start..if keepends { after } else { i }]);
        line_start = after;
    }
    if line_start < s.len() {
        out.push(&s[line_start..]);
    }
    out
}

/// Which ends `strip` trims.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum StripSide {
    /// `lstrip`
    Left,
    /// `rstrip`
    Right,
    /// `strip`
    Both,
}

/// `s.strip(chars)` and friends; `None` strips white space.
pub fn strip<'s>(s: &'s str, chars: Option<&str>, side: StripSide) -> &'s str {
    let strip_char = |c: char| match chars {
        Some(set) => set.contains(c),
        None => is_space(c),
    };
    let s = if side == StripSide::Right {
        s
    } else {
        s.trim_start_matches(strip_char)
    };
    if side == StripSide::Left {
        s
    } else {
        s.trim_end_matches(strip_char)
    }
}

fn str_list(parts: Vec<&str>) -> Value {
    Value::list(parts.into_iter().map(Value::str).collect())
}

/// `split(sep=None, maxsplit=-1)` / `rsplit`.
pub fn call_split(vm: &mut dyn Interp, a: &Args, s: &str, reverse: bool) -> PyResult<Value> {
    let params = with_keywords(a, &["sep", "maxsplit"])?;
    let sep = match &params[0] {
        None | Some(Value::None) => None,
        Some(v) => Some(v.as_str().ok_or_else(|| {
            PyErr::type_error(format!("must be str or None, not {}", type_name(v)))
        })?),
    };
    let maxsplit = match &params[1] {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    let parts = match sep {
        None if reverse => rsplit_whitespace(s, maxsplit),
        None => split_whitespace(s, maxsplit),
        Some("") => return Err(PyErr::value_error("empty separator")),
        Some(sep) => split_on(s, sep, maxsplit, reverse),
    };
    Ok(str_list(parts))
}

/// `splitlines(keepends=False)`.
pub fn call_splitlines(vm: &mut dyn Interp, a: &Args, s: &str) -> PyResult<Value> {
    let params = with_keywords(a, &["keepends"])?;
    let keepends = match &params[0] {
        Some(v) => c_int_arg(vm, v)? != 0,
        None => false,
    };
    Ok(str_list(splitlines(s, keepends)))
}

/// `strip(chars=None, /)`, `lstrip`, `rstrip`.
pub fn call_strip(a: &Args, s: &str, side: StripSide) -> PyResult<Value> {
    positional(a, 0, 1)?;
    let chars = match a.pos.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(
            v.as_str()
                .ok_or_else(|| PyErr::type_error(format!("{} arg must be None or str", a.name)))?,
        ),
    };
    let stripped = strip(s, chars, side);
    if stripped.len() == s.len() {
        return Ok(a.pos[0].clone());
    }
    Ok(Value::str(stripped))
}

/// `sep.join(iterable)`.
pub fn call_join(vm: &mut dyn Interp, a: &Args, sep: &str) -> PyResult<Value> {
    let iterable = one_arg(a)?;
    let items = match iterable.as_obj() {
        Some(HeapObj::List(items)) => items.borrow().clone(),
        Some(HeapObj::Tuple(items)) => items.to_vec(),
        _ => {
            let iterator = vm.iter(iterable).map_err(|e| {
                if e.matches(TypeTag::TypeError) {
                    PyErr::type_error("can only join an iterable")
                } else {
                    e
                }
            })?;
            let mut items = Vec::new();
            while let Some(item) = vm.next(&iterator)? {
                items.push(item);
            }
            items
        }
    };
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        let text = item.as_str().ok_or_else(|| {
            PyErr::type_error(format!(
                "sequence item {}: expected str instance, {} found",
                i,
                type_name(item)
            ))
        })?;
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(text);
    }
    Ok(Value::string(out))
}
