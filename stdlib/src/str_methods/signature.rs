//! Argument checking for `str` methods with CPython 3.11's exact messages. CPython's str methods
//! come in four calling conventions, each with its own wording: no arguments, exactly one
//! argument (`str.join() takes exactly one argument (0 given)`), positional-only Argument Clinic
//! (`center expected at least 1 argument, got 0`), old-style (`find() takes at least 1 argument
//! (0 given)`) and keyword-accepting Clinic (`'x' is an invalid keyword argument for split()`).
//! Also the integer conversions the methods apply to their arguments.

use crate::args::{type_name, Args};
use mnpy_runtime::interp_api::Interp;
use mnpy_runtime::object::HeapObj;
use mnpy_runtime::{PyErr, PyResult, Value};
use num_traits::Signed;

/// Number of arguments after the receiver.
fn given(a: &Args) -> usize {
    a.pos.len().saturating_sub(1)
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// `str.upper() takes no keyword arguments`.
fn refuse_keywords(a: &Args) -> PyResult<()> {
    if a.kw.is_empty() {
        Ok(())
    } else {
        Err(PyErr::type_error(format!(
            "str.{}() takes no keyword arguments",
            a.name
        )))
    }
}

/// A method without arguments (`METH_NOARGS`).
pub fn no_args(a: &Args) -> PyResult<()> {
    refuse_keywords(a)?;
    match given(a) {
        0 => Ok(()),
        n => Err(PyErr::type_error(format!(
            "str.{}() takes no arguments ({} given)",
            a.name, n
        ))),
    }
}

/// A method with exactly one positional argument (`METH_O`); returns it.
pub fn one_arg(a: &Args) -> PyResult<&Value> {
    refuse_keywords(a)?;
    match a.pos.get(1) {
        Some(v) if a.pos.len() == 2 => Ok(v),
        _ => Err(PyErr::type_error(format!(
            "str.{}() takes exactly one argument ({} given)",
            a.name,
            given(a)
        ))),
    }
}

/// A positional-only Argument Clinic method taking `min..=max` arguments.
pub fn positional(a: &Args, min: usize, max: usize) -> PyResult<()> {
    refuse_keywords(a)?;
    let n = given(a);
    if n < min {
        return Err(PyErr::type_error(format!(
            "{} expected at least {} argument{}, got {}",
            a.name,
            min,
            plural(min),
            n
        )));
    }
    if n > max {
        return Err(PyErr::type_error(format!(
            "{} expected at most {} argument{}, got {}",
            a.name,
            max,
            plural(max),
            n
        )));
    }
    Ok(())
}

/// An old-style method (`find`, `count`, `startswith`, ...) taking `min..=max` arguments.
pub fn old_style(a: &Args, min: usize, max: usize) -> PyResult<()> {
    refuse_keywords(a)?;
    let n = given(a);
    if n < min {
        return Err(PyErr::type_error(format!(
            "{}() takes at least {} argument{} ({} given)",
            a.name,
            min,
            plural(min),
            n
        )));
    }
    if n > max {
        return Err(PyErr::type_error(format!(
            "{}() takes at most {} argument{} ({} given)",
            a.name,
            max,
            plural(max),
            n
        )));
    }
    Ok(())
}

/// A keyword-accepting Clinic method whose parameters (all optional) are `names`: the value of
/// each, from position or keyword.
pub fn with_keywords(a: &Args, names: &[&str]) -> PyResult<Vec<Option<Value>>> {
    let n = given(a);
    if n > names.len() {
        return Err(PyErr::type_error(format!(
            "{}() takes at most {} argument{} ({} given)",
            a.name,
            names.len(),
            plural(names.len()),
            n
        )));
    }
    let mut values: Vec<Option<Value>> = names
        .iter()
        .enumerate()
        .map(|(i, _)| a.pos.get(i + 1).cloned())
        .collect();
    for (key, value) in &a.kw {
        let Some(slot) = names.iter().position(|name| *name == &**key) else {
            return Err(PyErr::type_error(format!(
                "'{}' is an invalid keyword argument for {}()",
                key, a.name
            )));
        };
        if slot < n {
            return Err(PyErr::type_error(format!(
                "argument for {}() given by name ('{}') and position ({})",
                a.name,
                key,
                slot + 1
            )));
        }
        values[slot] = Some(value.clone());
    }
    Ok(values)
}

/// Calls `v.__index__()` for user and native objects; `Ok(None)` when there is none.
pub fn call_index(vm: &mut dyn Interp, v: &Value) -> PyResult<Option<Value>> {
    if !matches!(v.as_obj(), Some(HeapObj::Instance(_) | HeapObj::Native(..))) {
        return Ok(None);
    }
    let Some(method) = vm.getattr_opt(v, "__index__")? else {
        return Ok(None);
    };
    let result = vm.call(&method, vec![], vec![])?;
    if !result.is_int_like() {
        return Err(PyErr::type_error(format!(
            "__index__ returned non-int (type {})",
            type_name(&result)
        )));
    }
    Ok(Some(result))
}

/// An integer argument converted to a C integer in `[-limit - 1, limit]`, as CPython's
/// `PyLong_AsSsize_t` (`c_type` "ssize_t") or `_PyLong_AsInt` ("int") do.
fn c_integer(vm: &mut dyn Interp, v: &Value, limit: i64, c_type: &str) -> PyResult<i64> {
    let value = match v {
        Value::Int(_) | Value::Bool(_) => v.clone(),
        Value::Obj(o) if matches!(&**o, HeapObj::BigInt(_)) => v.clone(),
        _ => call_index(vm, v)?.ok_or_else(|| {
            PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(v)
            ))
        })?,
    };
    let too_large = || PyErr::overflow(format!("Python int too large to convert to C {c_type}"));
    match value {
        Value::Int(i) if i >= -limit - 1 && i <= limit => Ok(i),
        Value::Bool(b) => Ok(b as i64),
        _ => Err(too_large()),
    }
}

/// A `Py_ssize_t` argument (widths, counts, `maxsplit`).
pub fn ssize_arg(vm: &mut dyn Interp, v: &Value) -> PyResult<i64> {
    c_integer(vm, v, i64::MAX, "ssize_t")
}

/// A C `int` argument (`expandtabs(tabsize)`, `splitlines(keepends)`).
pub fn c_int_arg(vm: &mut dyn Interp, v: &Value) -> PyResult<i64> {
    c_integer(vm, v, i64::from(i32::MAX), "int")
}

/// A slice bound (`find(sub, start, end)`): `None` stays `None`; integers beyond 64 bits are
/// clamped, as CPython's `_PyEval_SliceIndex` does.
pub fn slice_index(vm: &mut dyn Interp, v: Option<&Value>) -> PyResult<Option<i64>> {
    let Some(v) = v else {
        return Ok(None);
    };
    let value = match v {
        Value::None => return Ok(None),
        Value::Int(_) | Value::Bool(_) => v.clone(),
        Value::Obj(o) if matches!(&**o, HeapObj::BigInt(_)) => v.clone(),
        _ => call_index(vm, v)?.ok_or_else(|| {
            PyErr::type_error("slice indices must be integers or None or have an __index__ method")
        })?,
    };
    Ok(Some(match &value {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        other => match other.to_bigint() {
            Some(big) if big.is_negative() => i64::MIN,
            _ => i64::MAX,
        },
    }))
}

/// A required str argument: `TypeError: must be str, not int`.
pub fn str_arg(v: &Value) -> PyResult<&str> {
    v.as_str()
        .ok_or_else(|| PyErr::type_error(format!("must be str, not {}", type_name(v))))
}

/// A required str argument of a Clinic method: `replace() argument 1 must be str, not int`.
pub fn numbered_str_arg<'v>(v: &'v Value, method: &str, position: usize) -> PyResult<&'v str> {
    v.as_str().ok_or_else(|| {
        PyErr::type_error(format!(
            "{}() argument {} must be str, not {}",
            method,
            position,
            type_name(v)
        ))
    })
}
