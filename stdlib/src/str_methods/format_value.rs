//! `format(value, spec)`: builtin numbers and strings through the runtime's CPython-exact
//! formatters, user objects through their `__format__`, native objects through
//! `NativeObject::format`, and `object.__format__` for everything else.

use crate::args::{format_err, type_name};
use crate::native::as_native;
use mnpy_runtime::format::{
    format_complex, format_float, format_int, format_str, parse_format_spec,
};
use mnpy_runtime::interp_api::Interp;
use mnpy_runtime::object::HeapObj;
use mnpy_runtime::{PyErr, PyResult, Value};
use num_bigint::BigInt;

/// Formats an int-like value (`int`, `bool` and big ints) with a non-empty spec.
fn format_integer(value: BigInt, spec: &str, type_name: &str) -> PyResult<String> {
    let parsed = parse_format_spec(spec, type_name).map_err(format_err)?;
    format_int(&value, &parsed, type_name).map_err(format_err)
}

/// `format(v, spec)`.
pub fn format_value(vm: &mut dyn Interp, v: &Value, spec: &str) -> PyResult<String> {
    match v {
        Value::Bool(b) if spec.is_empty() => {
            return Ok(if *b { "True" } else { "False" }.to_string())
        }
        Value::Bool(b) => return format_integer(BigInt::from(*b as i64), spec, "bool"),
        Value::Int(i) if spec.is_empty() => return Ok(i.to_string()),
        Value::Int(i) => return format_integer(BigInt::from(*i), spec, "int"),
        Value::Float(x) => {
            let parsed = parse_format_spec(spec, "float").map_err(format_err)?;
            return format_float(*x, &parsed, "float").map_err(format_err);
        }
        _ => {}
    }
    if let Some(o) = v.as_obj() {
        match o {
            HeapObj::Str(s) if spec.is_empty() => return Ok(s.as_str().to_string()),
            HeapObj::Str(s) => {
                let parsed = parse_format_spec(spec, "str").map_err(format_err)?;
                return format_str(s.as_str(), &parsed, "str").map_err(format_err);
            }
            HeapObj::BigInt(b) => {
                let parsed = parse_format_spec(spec, "int").map_err(format_err)?;
                return format_int(b, &parsed, "int").map_err(format_err);
            }
            HeapObj::Complex(z) => {
                let parsed = parse_format_spec(spec, "complex").map_err(format_err)?;
                return format_complex(z.re, z.im, &parsed, "complex").map_err(format_err);
            }
            HeapObj::Instance(_) => {
                if let Some(method) = vm.getattr_opt(v, "__format__")? {
                    let result = vm.call(&method, vec![Value::str(spec)], vec![])?;
                    return match result.as_str() {
                        Some(text) => Ok(text.to_string()),
                        None => Err(PyErr::type_error(format!(
                            "__format__ must return a str, not {}",
                            type_name(&result)
                        ))),
                    };
                }
            }
            HeapObj::Native(..) => {
                if let Some(native) = as_native(v) {
                    if let Some(text) = native.format(vm, v, spec)? {
                        return Ok(text);
                    }
                }
            }
            _ => {}
        }
    }
    if spec.is_empty() {
        return vm.to_str(v);
    }
    Err(PyErr::type_error(format!(
        "unsupported format string passed to {}.__format__",
        type_name(v)
    )))
}
