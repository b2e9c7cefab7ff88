//! A small `Interp` for the unit tests of the native modules: iteration over lists, tuples,
//! ranges and native iterators, int/float arithmetic and comparisons, hashing of ints, floats,
//! strs and tuples, calls of builtin functions, and captured stdout. Anything needing Python
//! code fails with a TypeError.

use crate::containers::pure_eq;
use crate::native::{call_native, native_iter_next};
use mnpy_runtime::hash::{float_hash, int_hash, str_hash, tuple_hash};
use mnpy_runtime::interp_api::{BinOp, CmpOp, Interp, KwArgs};
use mnpy_runtime::object::{HeapObj, IterState, PyIter};
use mnpy_runtime::{PyErr, PyResult, Value};
use std::cell::RefCell;

/// The test interpreter; `out` collects what is written to stdout.
#[derive(Default)]
pub struct Mock {
    /// Text written through `write_stdout`.
    pub out: String,
    limit: usize,
}

fn unsupported(what: &str) -> PyErr {
    PyErr::type_error(format!("mock interpreter: {} not supported", what))
}

/// A Python list of ints.
pub fn ints(values: &[i64]) -> Value {
    Value::list(values.iter().map(|&i| Value::Int(i)).collect())
}

/// `repr` of ints, floats, strs, tuples and lists, enough to compare results with CPython's.
pub fn show(v: &Value) -> String {
    match v {
        Value::None => "None".into(),
        Value::Bool(b) => if *b { "True" } else { "False" }.into(),
        Value::Int(i) => i.to_string(),
        Value::Float(x) => mnpy_runtime::format::float_repr(*x),
        Value::Obj(o) => match &**o {
            HeapObj::Str(s) => format!("'{}'", s.as_str()),
            HeapObj::BigInt(b) => b.to_string(),
            HeapObj::Tuple(t) if t.len() == 1 => format!("({},)", show(&t[0])),
            HeapObj::Tuple(t) => format!("({})", t.iter().map(show).collect::<Vec<_>>().join(", ")),
            HeapObj::List(l) => format!(
                "[{}]",
                l.borrow().iter().map(show).collect::<Vec<_>>().join(", ")
            ),
            _ => "<object>".into(),
        },
        _ => "<value>".into(),
    }
}

impl Interp for Mock {
    fn call(&mut self, func: &Value, args: Vec<Value>, kwargs: KwArgs) -> PyResult<Value> {
        match func {
            Value::Builtin(f) => crate::call_builtin(self, *f, args, kwargs),
            Value::Obj(o) if matches!(&**o, HeapObj::Native(..)) => {
                call_native(self, func, args, kwargs)
            }
            _ => Err(unsupported("calling Python code")),
        }
    }
    fn repr(&mut self, v: &Value) -> PyResult<String> {
        match v.as_obj() {
            Some(HeapObj::Native(..)) => crate::native_repr(self, v),
            _ => Ok(show(v)),
        }
    }
    fn to_str(&mut self, v: &Value) -> PyResult<String> {
        Ok(v.as_str().map(str::to_string).unwrap_or_else(|| show(v)))
    }
    fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        Ok(pure_eq(a, b).unwrap_or_else(|| a.is(b)))
    }
    fn compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        self.compare_bool(op, a, b).map(Value::Bool)
    }
    fn compare_bool(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<bool> {
        let as_f64 = |v: &Value| match v {
            Value::Int(i) => Some(*i as f64),
            Value::Float(x) => Some(*x),
            Value::Bool(b) => Some(*b as i64 as f64),
            _ => None,
        };
        let (Some(x), Some(y)) = (as_f64(a), as_f64(b)) else {
            return Err(unsupported("comparison"));
        };
        Ok(match op {
            CmpOp::Lt => x < y,
            CmpOp::Le => x <= y,
            CmpOp::Eq => x == y,
            CmpOp::Ne => x != y,
            CmpOp::Gt => x > y,
            CmpOp::Ge => x >= y,
        })
    }
    fn hash(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(int_hash(*i)),
            Value::Bool(b) => Ok(*b as i64),
            Value::Float(x) => Ok(float_hash(*x)),
            Value::Obj(o) => match &**o {
                HeapObj::Str(s) => Ok(str_hash(s.as_str())),
                HeapObj::Tuple(t) => {
                    let hashes: PyResult<Vec<i64>> = t.iter().map(|x| self.hash(x)).collect();
                    Ok(tuple_hash(&hashes?))
                }
                HeapObj::Native(..) => crate::native_hash(self, v),
                _ => Err(PyErr::type_error("unhashable type")),
            },
            _ => Err(unsupported("hash")),
        }
    }
    fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Float(x) => *x != 0.0,
            _ => true,
        })
    }
    fn iter(&mut self, v: &Value) -> PyResult<Value> {
        let state = match v.as_obj() {
            Some(HeapObj::List(_) | HeapObj::Tuple(_)) => IterState::Seq {
                seq: v.clone(),
                index: 0,
            },
            Some(HeapObj::Range(r)) => IterState::Range {
                next: r.start,
                stop: r.stop,
                step: r.step,
            },
            Some(HeapObj::Iter(_)) => return Ok(v.clone()),
            _ => {
                return Err(PyErr::type_error(format!(
                    "'{}' object is not iterable",
                    crate::args::type_name(v)
                )))
            }
        };
        Ok(Value::obj(HeapObj::Iter(PyIter {
            state: RefCell::new(state),
            type_name: "iterator",
        })))
    }
    fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        let Some(HeapObj::Iter(pi)) = it.as_obj() else {
            return Err(unsupported("next"));
        };
        let mut state = pi.state.borrow_mut();
        match &mut *state {
            IterState::Seq { seq, index } => {
                let item = match seq.as_obj() {
                    Some(HeapObj::List(l)) => l.borrow().get(*index).cloned(),
                    Some(HeapObj::Tuple(t)) => t.get(*index).cloned(),
                    _ => None,
                };
                *index += 1;
                Ok(item)
            }
            IterState::Range { next, stop, step } => {
                if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                    let v = *next;
                    *next += *step;
                    Ok(Some(Value::Int(v)))
                } else {
                    Ok(None)
                }
            }
            IterState::Native(b) => native_iter_next(self, b),
            _ => Ok(None),
        }
    }
    fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        let it = self.iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }
    fn getattr(&mut self, v: &Value, name: &str) -> PyResult<Value> {
        crate::native_getattr(self, v, name)
    }
    fn getattr_opt(&mut self, v: &Value, name: &str) -> PyResult<Option<Value>> {
        match v.as_obj() {
            Some(HeapObj::Native(..)) => Ok(crate::native_getattr(self, v, name).ok()),
            _ => Ok(None),
        }
    }
    fn setattr(&mut self, _v: &Value, _name: &str, _value: Value) -> PyResult<()> {
        Err(PyErr::attribute("mock interpreter: setattr not supported"))
    }
    fn delattr(&mut self, _v: &Value, _name: &str) -> PyResult<()> {
        Err(unsupported("delattr"))
    }
    fn binary(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value> {
        match (op, a, b) {
            (BinOp::Add, Value::Int(x), Value::Int(y)) => Ok(Value::Int(x + y)),
            (BinOp::Mul, Value::Int(x), Value::Int(y)) => Ok(Value::Int(x * y)),
            (BinOp::Add, Value::Float(x), Value::Float(y)) => Ok(Value::Float(x + y)),
            (BinOp::Mul, Value::Float(x), Value::Int(y)) => Ok(Value::Float(x * *y as f64)),
            (BinOp::Mul, Value::Int(x), Value::Float(y)) => Ok(Value::Float(*x as f64 * y)),
            (BinOp::Mul, x, y) => match (x.to_bigint(), y.to_bigint()) {
                (Some(x), Some(y)) => Ok(Value::from_bigint(x * y)),
                _ => Err(unsupported("this operator")),
            },
            _ => Err(unsupported("this operator")),
        }
    }
    fn getitem(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        match (obj.as_obj(), key) {
            (Some(HeapObj::List(l)), Value::Int(i)) => l
                .borrow()
                .get(*i as usize)
                .cloned()
                .ok_or_else(|| PyErr::index_error("list index out of range")),
            (Some(HeapObj::Range(r)), Value::Int(i)) if *i >= 0 && *i < r.len() => {
                Ok(Value::Int(r.at(*i)))
            }
            _ => Err(unsupported("getitem")),
        }
    }
    fn setitem(&mut self, _obj: &Value, _key: &Value, _value: Value) -> PyResult<()> {
        Err(unsupported("setitem"))
    }
    fn len(&mut self, v: &Value) -> PyResult<usize> {
        match v.as_obj() {
            Some(HeapObj::List(l)) => Ok(l.borrow().len()),
            Some(HeapObj::Tuple(t)) => Ok(t.len()),
            Some(HeapObj::Range(r)) => Ok(r.len() as usize),
            _ => Err(unsupported("len")),
        }
    }
    fn contains(&mut self, _container: &Value, _x: &Value) -> PyResult<bool> {
        Err(unsupported("in"))
    }
    fn write_stdout(&mut self, s: &str) -> PyResult<()> {
        self.out.push_str(s);
        Ok(())
    }
    fn write_stderr(&mut self, _s: &str) -> PyResult<()> {
        Ok(())
    }
    fn read_line(&mut self) -> PyResult<Option<String>> {
        Ok(None)
    }
    fn import(&mut self, _name: &str) -> PyResult<Value> {
        Err(unsupported("import"))
    }
    fn take_stop_value(&mut self) -> Option<Value> {
        None
    }
    fn recursion_limit(&self) -> usize {
        if self.limit == 0 {
            1000
        } else {
            self.limit
        }
    }
    fn set_recursion_limit(&mut self, n: usize) {
        self.limit = n;
    }
    fn argv(&self) -> Vec<String> {
        vec!["script.py".into()]
    }
    fn current_globals(&mut self) -> Value {
        Value::None
    }
}
