//! `str.format(*args, **kwargs)`: the replacement-field syntax of PEP 3101 as CPython 3.11's
//! `Objects/stringlib/unicode_format.h` parses it.
//!
//! A format string alternates literal text (with `{{` and `}}` escapes) and fields
//! `{name!conversion:spec}`. The name is an argument (`0`, empty for automatic numbering, or a
//! keyword) followed by `.attr` and `[key]` steps; the spec may itself contain fields, expanded
//! (one level deep only, as CPython allows) before the value is formatted. Errors are raised
//! where CPython raises them: literal text and fields are processed left to right, so a field
//! before a malformed one is formatted (and may run user code) first.

use super::format_value::format_value;
use super::unicode::decimal_value;
use crate::args::Args;
use mnpy_runtime::format::ascii_escape;
use mnpy_runtime::interp_api::{Interp, KwArgs};
use mnpy_runtime::object::HeapObj;
use mnpy_runtime::{PyErr, PyResult, TypeTag, Value};

/// How many levels of nested fields a spec may contain (CPython's `recursion_depth` of 2).
const MAX_NESTING: u32 = 2;

/// Automatic versus manual field numbering (they may not be mixed).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Numbering {
    Unset,
    Automatic,
    Manual,
}

/// The arguments of the call and the numbering state.
struct Fields<'a> {
    positional: &'a [Value],
    keywords: &'a KwArgs,
    numbering: Numbering,
    next_auto: usize,
}

/// A parsed replacement field (slices of the format string).
struct Field<'f> {
    name: &'f str,
    conversion: Option<char>,
    spec: &'f str,
    spec_has_fields: bool,
}

fn value_error(msg: &str) -> PyErr {
    PyErr::value_error(msg)
}

/// `str.format(*args, **kwargs)`; `a.pos[0]` is the format string.
pub fn call_format(vm: &mut dyn Interp, a: &Args, fmt: &str) -> PyResult<Value> {
    let mut fields = Fields {
        positional: &a.pos[1..],
        keywords: &a.kw,
        numbering: Numbering::Unset,
        next_auto: 0,
    };
    let text = build_string(vm, fmt, &mut fields, MAX_NESTING)?;
    Ok(Value::string(text))
}

/// `str.format_map(mapping)`: named fields come from a dict with str keys.
pub fn call_format_map(vm: &mut dyn Interp, a: &Args, fmt: &str) -> PyResult<Value> {
    a.no_kwargs()?;
    if a.pos.len() != 2 {
        return Err(PyErr::type_error(format!(
            "format_map() takes exactly one argument ({} given)",
            a.pos.len() - 1
        )));
    }
    let Some(HeapObj::Dict(d)) = a.pos[1].as_obj() else {
        return Err(PyErr::not_supported(
            "mnpy does not support str.format_map with a mapping that is not a dict",
        ));
    };
    let keywords: KwArgs = d
        .borrow()
        .iter()
        .filter_map(|(k, v)| k.as_str().map(|k| (std::rc::Rc::from(k), v.clone())))
        .collect();
    let mut fields = Fields {
        positional: &[],
        keywords: &keywords,
        numbering: Numbering::Unset,
        next_auto: 0,
    };
    let text = build_string(vm, fmt, &mut fields, MAX_NESTING)?;
    Ok(Value::string(text))
}

/// Formats `fmt` with `depth` levels of nesting still allowed. Every delimiter is ASCII, so
/// the scanning works on bytes and every slice boundary is a char boundary.
fn build_string(
    vm: &mut dyn Interp,
    fmt: &str,
    fields: &mut Fields<'_>,
    depth: u32,
) -> PyResult<String> {
    if depth == 0 {
        return Err(value_error("Max string recursion exceeded"));
    }
    let bytes = fmt.as_bytes();
    let mut out = String::with_capacity(fmt.len());
    let mut pos = 0;
    while pos < bytes.len() {
        // literal text up to the first brace
        let start = pos;
        let found = bytes[start..].iter().position(|&b| b == b'{' || b == b'}');
        let brace = found.map(|i| bytes[start + i]);
        pos = found.map_or(bytes.len(), |i| start + i + 1);
        let at_end = pos >= bytes.len();
        let mut literal_end = pos;
        let mut field_follows = brace.is_some();
        if brace == Some(b'}') && (at_end || bytes[pos] != b'}') {
            return Err(value_error("Single '}' encountered in format string"));
        }
        if at_end && brace == Some(b'{') {
            return Err(value_error("Single '{' encountered in format string"));
        }
        if !at_end && brace.is_some() {
            if Some(bytes[pos]) == brace {
                // an escaped brace: keep one, no field follows
                pos += 1;
                field_follows = false;
            } else {
                literal_end -= 1;
            }
        }
        out.push_str(&fmt[start..literal_end]);
        if field_follows {
            let field = parse_field(fmt, &mut pos)?;
            render_field(vm, &field, fields, depth, &mut out)?;
        }
    }
    Ok(out)
}

/// Parses a field after its `{`, leaving `pos` just past its closing `}`.
fn parse_field<'f>(fmt: &'f str, pos: &mut usize) -> PyResult<Field<'f>> {
    let bytes = fmt.as_bytes();
    let name_start = *pos;
    let mut last = 0u8;
    while *pos < bytes.len() {
        last = bytes[*pos];
        *pos += 1;
        match last {
            b'{' => return Err(value_error("unexpected '{' in field name")),
            b'[' => {
                while *pos < bytes.len() && bytes[*pos] != b']' {
                    *pos += 1;
                }
            }
            b'}' | b':' | b'!' => break,
            _ => {}
        }
    }
    let mut field = Field {
        name: "",
        conversion: None,
        spec: "",
        spec_has_fields: false,
    };
    if last != b'!' && last != b':' {
        if last != b'}' {
            return Err(value_error("expected '}' before end of string"));
        }
        field.name = &fmt[name_start..*pos - 1];
        return Ok(field);
    }
    field.name = &fmt[name_start..*pos - 1];
    if last == b'!' {
        let Some(conversion) = fmt[*pos..].chars().next() else {
            return Err(value_error(
                "end of string while looking for conversion specifier",
            ));
        };
        *pos += conversion.len_utf8();
        field.conversion = Some(conversion);
        if let Some(&next) = bytes.get(*pos) {
            *pos += 1;
            if next == b'}' {
                return Ok(field);
            }
            if next != b':' {
                return Err(value_error("expected ':' after conversion specifier"));
            }
        }
    }
    let spec_start = *pos;
    let mut open = 1;
    while *pos < bytes.len() {
        let b = bytes[*pos];
        *pos += 1;
        if b == b'{' {
            field.spec_has_fields = true;
            open += 1;
        } else if b == b'}' {
            open -= 1;
            if open == 0 {
                field.spec = &fmt[spec_start..*pos - 1];
                return Ok(field);
            }
        }
    }
    Err(value_error("unmatched '{' in format spec"))
}

/// An integer field name or index (any script's decimal digits); `None` when not all digits.
fn parse_integer(text: &str) -> PyResult<Option<usize>> {
    if text.is_empty() {
        return Ok(None);
    }
    let mut value: usize = 0;
    for c in text.chars() {
        let Some(digit) = decimal_value(c) else {
            return Ok(None);
        };
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(digit as usize))
            .filter(|&v| v <= isize::MAX as usize)
            .ok_or_else(|| value_error("Too many decimal digits in format string"))?;
    }
    Ok(Some(value))
}

/// Looks up the argument a field name starts with, then follows its `.attr` / `[key]` steps.
fn field_value(vm: &mut dyn Interp, name: &str, fields: &mut Fields<'_>) -> PyResult<Value> {
    let bytes = name.as_bytes();
    let first_end = bytes
        .iter()
        .position(|&b| b == b'.' || b == b'[')
        .unwrap_or(bytes.len());
    let first = &name[..first_end];
    let index = parse_integer(first)?;
    let is_auto = first.is_empty();
    if is_auto || index.is_some() {
        if fields.numbering == Numbering::Unset {
            fields.numbering = if is_auto {
                Numbering::Automatic
            } else {
                Numbering::Manual
            };
        }
        if fields.numbering == Numbering::Manual && is_auto {
            return Err(value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        if fields.numbering == Numbering::Automatic && !is_auto {
            return Err(value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
    }
    let mut value = match index {
        _ if is_auto => {
            let i = fields.next_auto;
            fields.next_auto += 1;
            positional_arg(fields, i)?
        }
        Some(i) => positional_arg(fields, i)?,
        None => match fields.keywords.iter().find(|(k, _)| &**k == first) {
            Some((_, v)) => v.clone(),
            None => return Err(PyErr::with_args(TypeTag::KeyError, vec![Value::str(first)])),
        },
    };
    let mut pos = first_end;
    while pos < bytes.len() {
        let step = bytes[pos];
        pos += 1;
        let part_start = pos;
        let part = match step {
            b'.' => {
                while pos < bytes.len() && bytes[pos] != b'.' && bytes[pos] != b'[' {
                    pos += 1;
                }
                &name[part_start..pos]
            }
            b'[' => {
                while pos < bytes.len() && bytes[pos] != b']' {
                    pos += 1;
                }
                if pos >= bytes.len() {
                    return Err(value_error("Missing ']' in format string"));
                }
                pos += 1;
                &name[part_start..pos - 1]
            }
            _ => {
                return Err(value_error(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ))
            }
        };
        let index = if step == b'[' {
            parse_integer(part)?
        } else {
            None
        };
        if part.is_empty() {
            return Err(value_error("Empty attribute in format string"));
        }
        value = match (step, index) {
            (b'.', _) => vm.getattr(&value, part)?,
            (_, Some(i)) => vm.getitem(&value, &Value::Int(i as i64))?,
            _ => vm.getitem(&value, &Value::str(part))?,
        };
    }
    Ok(value)
}

/// Positional argument `i`, or CPython's IndexError.
fn positional_arg(fields: &Fields<'_>, i: usize) -> PyResult<Value> {
    fields.positional.get(i).cloned().ok_or_else(|| {
        PyErr::index_error(format!(
            "Replacement index {} out of range for positional args tuple",
            i
        ))
    })
}

/// Applies `!r`, `!s` or `!a`.
fn convert(vm: &mut dyn Interp, value: Value, conversion: char) -> PyResult<Value> {
    match conversion {
        'r' => Ok(Value::string(vm.repr(&value)?)),
        's' => Ok(Value::string(vm.to_str(&value)?)),
        'a' => {
            let repr = vm.repr(&value)?;
            Ok(Value::string(ascii_escape(&repr)))
        }
        other => {
            let code = u32::from(other);
            let shown = if code > 32 && code < 127 {
                other.to_string()
            } else {
                format!("\\x{:x}", code)
            };
            Err(value_error(&format!(
                "Unknown conversion specifier {}",
                shown
            )))
        }
    }
}

/// Formats one field into `out`.
fn render_field(
    vm: &mut dyn Interp,
    field: &Field<'_>,
    fields: &mut Fields<'_>,
    depth: u32,
    out: &mut String,
) -> PyResult<()> {
    let mut value = field_value(vm, field.name, fields)?;
    if let Some(conversion) = field.conversion {
        value = convert(vm, value, conversion)?;
    }
    let expanded;
    let spec = if field.spec_has_fields {
        expanded = build_string(vm, field.spec, fields, depth - 1)?;
        expanded.as_str()
    } else {
        field.spec
    };
    match value.as_obj() {
        Some(HeapObj::Str(s)) if spec.is_empty() => out.push_str(s.as_str()),
        _ => out.push_str(&format_value(vm, &value, spec)?),
    }
    Ok(())
}
