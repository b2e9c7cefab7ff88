//! Searching a str: `find rfind index rindex count startswith endswith replace partition
//! rpartition`. Positions are code-point indices; slice bounds follow CPython's
//! `ADJUST_INDICES` (negative from the end, clamped to the string).

use super::signature::{
    numbered_str_arg, old_style, one_arg, positional, slice_index, ssize_arg, str_arg,
};
use crate::args::{type_name, Args};
use mnpy_runtime::interp_api::Interp;
use mnpy_runtime::object::HeapObj;
use mnpy_runtime::{PyErr, PyResult, Value};

/// A str with its length in code points, for converting code-point indices to byte offsets.
pub(super) struct Indexed<'a> {
    text: &'a str,
    len: usize,
    ascii: bool,
}

impl<'a> Indexed<'a> {
    /// Wraps `text`.
    pub(super) fn new(text: &'a str) -> Indexed<'a> {
        let len = text.chars().count();
        Indexed {
            text,
            len,
            ascii: len == text.len(),
        }
    }

    /// Length in code points.
    pub(super) fn len(&self) -> usize {
        self.len
    }

    /// The byte offset of code point `index` (the byte length at or past the end).
    pub(super) fn byte(&self, index: usize) -> usize {
        if self.ascii {
            index.min(self.text.len())
        } else {
            self.text
                .char_indices()
                .nth(index)
                .map_or(self.text.len(), |(b, _)| b)
        }
    }

    /// The number of code points in the first `bytes` bytes.
    pub(super) fn chars_before(&self, bytes: usize) -> usize {
        if self.ascii {
            bytes
        } else {
            self.text[..bytes].chars().count()
        }
    }

    /// The text between code points `start` and `end` (`0 <= start <= end <= len`).
    pub(super) fn slice(&self, start: usize, end: usize) -> &'a str {
        let from = self.byte(start);
        let to = if self.ascii {
            end
        } else {
            from + Indexed::new(&self.text[from..]).byte(end - start)
        };
        &self.text[from..to]
    }
}

/// CPython's `ADJUST_INDICES`: resolves optional slice bounds against `len`. `end` ends up
/// in `[0, len]` and `start` in `[0, ∞)`.
pub fn adjust_indices(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut end = end.unwrap_or(len);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

/// `s.find(sub, start, end)` (`reverse`: `rfind`); -1 when absent.
pub fn find(s: &str, sub: &str, start: Option<i64>, end: Option<i64>, reverse: bool) -> i64 {
    if start.is_none() && end.is_none() {
        let found = if reverse { s.rfind(sub) } else { s.find(sub) };
        return found.map_or(-1, |b| s[..b].chars().count() as i64);
    }
    let text = Indexed::new(s);
    let sub_len = sub.chars().count() as i64;
    let (start, end) = adjust_indices(start, end, text.len());
    if end - start < sub_len {
        return -1;
    }
    let haystack = text.slice(start as usize, end as usize);
    let found = if reverse {
        haystack.rfind(sub)
    } else {
        haystack.find(sub)
    };
    match found {
        Some(b) => start + Indexed::new(haystack).chars_before(b) as i64,
        None => -1,
    }
}

/// `s.count(sub, start, end)`: non-overlapping occurrences.
pub fn count(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    if start.is_none() && end.is_none() && !sub.is_empty() {
        if let [byte] = sub.as_bytes() {
            // a one-byte str is ASCII, which never occurs inside a multi-byte character
            return s.bytes().filter(|b| b == byte).count() as i64;
        }
        return s.matches(sub).count() as i64;
    }
    let text = Indexed::new(s);
    let sub_len = sub.chars().count() as i64;
    let (start, end) = adjust_indices(start, end, text.len());
    if end - start < sub_len {
        return 0;
    }
    if sub.is_empty() {
        return end - start + 1;
    }
    text.slice(start as usize, end as usize)
        .matches(sub)
        .count() as i64
}

/// `s.startswith(sub, start, end)` (`at_end`: `endswith`) for one candidate.
pub fn tail_match(s: &str, sub: &str, start: Option<i64>, end: Option<i64>, at_end: bool) -> bool {
    if start.is_none() && end.is_none() {
        return if at_end {
            s.ends_with(sub)
        } else {
            s.starts_with(sub)
        };
    }
    let text = Indexed::new(s);
    let sub_len = sub.chars().count() as i64;
    let (start, end) = adjust_indices(start, end, text.len());
    let last_start = end - sub_len;
    if last_start < start {
        return false;
    }
    if sub.is_empty() {
        return true;
    }
    let offset = if at_end { last_start } else { start } as usize;
    text.slice(offset, offset + sub_len as usize) == sub
}

/// `s.replace(old, new, count)`; a negative count replaces everything.
pub fn replace(s: &str, old: &str, new: &str, count: i64) -> String {
    let limit = if count < 0 {
        usize::MAX
    } else if count == 0 {
        return s.to_string();
    } else {
        count as usize
    };
    if !old.is_empty() {
        return s.replacen(old, new, limit);
    }
    if new.is_empty() {
        return s.to_string();
    }
    // An empty `old` matches before every character and at the end.
    let mut out = String::with_capacity(s.len() + new.len() * (s.len() + 1).min(limit));
    let mut inserted = 0;
    for c in s.chars() {
        if inserted < limit {
            out.push_str(new);
            inserted += 1;
        }
        out.push(c);
    }
    if inserted < limit {
        out.push_str(new);
    }
    out
}

/// The `(sub, start, end)` arguments of `find`-like methods: bounds first (their errors come
/// first in CPython), then the substring.
fn find_args<'v>(
    vm: &mut dyn Interp,
    a: &'v Args,
) -> PyResult<(&'v Value, Option<i64>, Option<i64>)> {
    old_style(a, 1, 3)?;
    let start = slice_index(vm, a.pos.get(2))?;
    let end = slice_index(vm, a.pos.get(3))?;
    Ok((&a.pos[1], start, end))
}

/// `find`, `rfind`, `index` and `rindex` (`raise`: ValueError when absent).
pub fn call_find(
    vm: &mut dyn Interp,
    a: &Args,
    s: &str,
    reverse: bool,
    raise: bool,
) -> PyResult<Value> {
    let (sub, start, end) = find_args(vm, a)?;
    let result = find(s, str_arg(sub)?, start, end, reverse);
    if raise && result < 0 {
        return Err(PyErr::value_error("substring not found"));
    }
    Ok(Value::Int(result))
}

/// `count`.
pub fn call_count(vm: &mut dyn Interp, a: &Args, s: &str) -> PyResult<Value> {
    let (sub, start, end) = find_args(vm, a)?;
    Ok(Value::Int(count(s, str_arg(sub)?, start, end)))
}

/// `startswith` / `endswith` (`at_end`), with a str or a tuple of str.
pub fn call_tail_match(vm: &mut dyn Interp, a: &Args, s: &str, at_end: bool) -> PyResult<Value> {
    let (prefix, start, end) = find_args(vm, a)?;
    if let Some(HeapObj::Tuple(items)) = prefix.as_obj() {
        for item in items.iter() {
            let candidate = item.as_str().ok_or_else(|| {
                PyErr::type_error(format!(
                    "tuple for {} must only contain str, not {}",
                    a.name,
                    type_name(item)
                ))
            })?;
            if tail_match(s, candidate, start, end, at_end) {
                return Ok(Value::Bool(true));
            }
        }
        return Ok(Value::Bool(false));
    }
    let candidate = prefix.as_str().ok_or_else(|| {
        PyErr::type_error(format!(
            "{} first arg must be str or a tuple of str, not {}",
            a.name,
            type_name(prefix)
        ))
    })?;
    Ok(Value::Bool(tail_match(s, candidate, start, end, at_end)))
}

/// `replace(old, new, count=-1, /)`.
pub fn call_replace(vm: &mut dyn Interp, a: &Args, s: &str) -> PyResult<Value> {
    positional(a, 2, 3)?;
    let old = numbered_str_arg(&a.pos[1], "replace", 1)?;
    let new = numbered_str_arg(&a.pos[2], "replace", 2)?;
    let count = match a.pos.get(3) {
        Some(v) => ssize_arg(vm, v)?,
        None => -1,
    };
    Ok(Value::string(replace(s, old, new, count)))
}

/// `partition(sep)` / `rpartition(sep)` (`reverse`).
pub fn call_partition(a: &Args, s: &str, reverse: bool) -> PyResult<Value> {
    let sep = str_arg(one_arg(a)?)?;
    if sep.is_empty() {
        return Err(PyErr::value_error("empty separator"));
    }
    let found = if reverse { s.rfind(sep) } else { s.find(sep) };
    let parts = match found {
        Some(b) => [&s[..b], sep, &s[b + sep.len()..]],
        None if reverse => ["", "", s],
        None => [s, "", ""],
    };
    Ok(Value::tuple(parts.iter().map(|p| Value::str(p)).collect()))
}
