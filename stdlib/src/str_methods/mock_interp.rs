//! A minimal `Interp` for the unit tests: `repr`/`str` of builtin values, item access on
//! lists, tuples and dicts, hashing of ints and strs. Anything needing Python code fails.

use crate::containers::{dict_get, pure_eq};
use mnpy_runtime::format::{complex_repr, float_repr, str_repr};
use mnpy_runtime::interp_api::{CmpOp, Interp, KwArgs};
use mnpy_runtime::object::HeapObj;
use mnpy_runtime::{PyErr, PyResult, TypeTag, Value};

/// The test interpreter.
pub struct MockInterp;

fn unsupported() -> PyErr {
    PyErr::type_error("not supported by the mock interpreter")
}

/// `repr(v)` for builtin values.
pub fn repr_of(v: &Value) -> String {
    match v {
        Value::None => "None".into(),
        Value::Bool(b) => if *b { "True" } else { "False" }.into(),
        Value::Int(i) => i.to_string(),
        Value::Float(x) => float_repr(*x),
        Value::Obj(o) => match &**o {
            HeapObj::Str(s) => str_repr(s.as_str()),
            HeapObj::BigInt(b) => b.to_string(),
            HeapObj::Complex(z) => complex_repr(z.re, z.im),
            HeapObj::List(items) => {
                let parts: Vec<String> = items.borrow().iter().map(repr_of).collect();
                format!("[{}]", parts.join(", "))
            }
            HeapObj::Tuple(items) if items.len() == 1 => format!("({},)", repr_of(&items[0])),
            HeapObj::Tuple(items) => {
                let parts: Vec<String> = items.iter().map(repr_of).collect();
                format!("({})", parts.join(", "))
            }
            _ => "<object>".into(),
        },
        _ => "<value>".into(),
    }
}

fn sequence_item(items: &[Value], key: &Value, what: &str) -> PyResult<Value> {
    let Value::Int(i) = key else {
        return Err(PyErr::type_error(format!(
            "{what} indices must be integers or slices, not str"
        )));
    };
    let len = items.len() as i64;
    let index = if *i < 0 { *i + len } else { *i };
    if index < 0 || index >= len {
        return Err(PyErr::index_error(format!("{what} index out of range")));
    }
    Ok(items[index as usize].clone())
}

impl Interp for MockInterp {
    fn call(&mut self, _func: &Value, _args: Vec<Value>, _kwargs: KwArgs) -> PyResult<Value> {
        Err(unsupported())
    }
    fn repr(&mut self, v: &Value) -> PyResult<String> {
        Ok(repr_of(v))
    }
    fn to_str(&mut self, v: &Value) -> PyResult<String> {
        Ok(v.as_str().map(str::to_string).unwrap_or_else(|| repr_of(v)))
    }
    fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        Ok(pure_eq(a, b).unwrap_or(false))
    }
    fn compare(&mut self, _op: CmpOp, _a: &Value, _b: &Value) -> PyResult<Value> {
        Err(unsupported())
    }
    fn compare_bool(&mut self, _op: CmpOp, _a: &Value, _b: &Value) -> PyResult<bool> {
        Err(unsupported())
    }
    fn hash(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            _ => match v.as_str() {
                Some(s) => Ok(s
                    .bytes()
                    .fold(7i64, |h, b| h.wrapping_mul(31).wrapping_add(i64::from(b)))),
                None => Err(unsupported()),
            },
        }
    }
    fn truthy(&mut self, _v: &Value) -> PyResult<bool> {
        Err(unsupported())
    }
    fn iter(&mut self, v: &Value) -> PyResult<Value> {
        Err(PyErr::type_error(format!(
            "'{}' object is not iterable",
            crate::args::type_name(v)
        )))
    }
    fn next(&mut self, _it: &Value) -> PyResult<Option<Value>> {
        Err(unsupported())
    }
    fn collect(&mut self, _v: &Value) -> PyResult<Vec<Value>> {
        Err(unsupported())
    }
    fn getattr(&mut self, v: &Value, name: &str) -> PyResult<Value> {
        Err(PyErr::attribute(format!(
            "'{}' object has no attribute '{}'",
            crate::args::type_name(v),
            name
        )))
    }
    fn getattr_opt(&mut self, _v: &Value, _name: &str) -> PyResult<Option<Value>> {
        Ok(None)
    }
    fn setattr(&mut self, _v: &Value, _name: &str, _value: Value) -> PyResult<()> {
        Err(unsupported())
    }
    fn delattr(&mut self, _v: &Value, _name: &str) -> PyResult<()> {
        Err(unsupported())
    }
    fn binary(
        &mut self,
        _op: mnpy_runtime::interp_api::BinOp,
        _a: &Value,
        _b: &Value,
    ) -> PyResult<Value> {
        Err(unsupported())
    }
    fn getitem(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        match obj.as_obj() {
            Some(HeapObj::List(items)) => sequence_item(&items.borrow(), key, "list"),
            Some(HeapObj::Tuple(items)) => sequence_item(items, key, "tuple"),
            Some(HeapObj::Dict(_)) => match dict_get(self, obj, key)? {
                Some(v) => Ok(v),
                None => Err(PyErr::with_args(TypeTag::KeyError, vec![key.clone()])),
            },
            _ => Err(PyErr::type_error(format!(
                "'{}' object is not subscriptable",
                crate::args::type_name(obj)
            ))),
        }
    }
    fn setitem(&mut self, _obj: &Value, _key: &Value, _value: Value) -> PyResult<()> {
        Err(unsupported())
    }
    fn len(&mut self, _v: &Value) -> PyResult<usize> {
        Err(unsupported())
    }
    fn contains(&mut self, _container: &Value, _x: &Value) -> PyResult<bool> {
        Err(unsupported())
    }
    fn write_stdout(&mut self, _s: &str) -> PyResult<()> {
        Ok(())
    }
    fn write_stderr(&mut self, _s: &str) -> PyResult<()> {
        Ok(())
    }
    fn read_line(&mut self) -> PyResult<Option<String>> {
        Ok(None)
    }
    fn import(&mut self, _name: &str) -> PyResult<Value> {
        Err(unsupported())
    }
    fn take_stop_value(&mut self) -> Option<Value> {
        None
    }
    fn recursion_limit(&self) -> usize {
        1000
    }
    fn set_recursion_limit(&mut self, _n: usize) {}
    fn argv(&self) -> Vec<String> {
        Vec::new()
    }
    fn current_globals(&mut self) -> Value {
        Value::None
    }
}

/// `"ValueError: message"` for a raised exception (the message is `args[0]`, repr'd for
/// KeyError as Python prints it).
pub fn error_text(e: &PyErr) -> String {
    let class = e.class();
    let name = class
        .as_class()
        .map(|c| c.name.to_string())
        .unwrap_or_default();
    let args = e
        .data()
        .map(|d| d.borrow().args.clone())
        .unwrap_or_default();
    let message = match args.first() {
        Some(v) if name == "KeyError" => repr_of(v),
        Some(v) => v.as_str().map(str::to_string).unwrap_or_else(|| repr_of(v)),
        None => String::new(),
    };
    format!("{name}: {message}")
}
