//! Argument checking for builtins: positional/keyword extraction with CPython's error messages,
//! and conversions of arguments to Rust types (`int`, `float`, index, str).

use mnpy_runtime::interp_api::{Interp, KwArgs};
use mnpy_runtime::object::HeapObj;
use mnpy_runtime::{PyErr, PyResult, Value};
use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// The arguments of one builtin call.
pub struct Args {
    /// Function name for messages (e.g. `"len"`, `"str.split"` shows as `split`).
    pub name: &'static str,
    /// Positional arguments (for methods, the receiver first).
    pub pos: Vec<Value>,
    /// Keyword arguments.
    pub kw: KwArgs,
    /// 1 when `pos[0]` is a method's receiver (not counted in error messages).
    pub receiver: usize,
}

impl Args {
    /// Wraps call arguments.
    pub fn new(name: &'static str, pos: Vec<Value>, kw: KwArgs) -> Args {
        Args {
            name,
            pos,
            kw,
            receiver: 0,
        }
    }

    /// Errors unless there are no keyword arguments.
    pub fn no_kwargs(&self) -> PyResult<()> {
        if !self.kw.is_empty() {
            return Err(PyErr::type_error(format!(
                "{}() takes no keyword arguments",
                self.name
            )));
        }
        Ok(())
    }

    /// Checks the positional count is within `[min, max]` (CPython's messages).
    pub fn count(&self, min: usize, max: usize) -> PyResult<()> {
        let n = self.pos.len();
        if n < min || n > max {
            let r = self.receiver.min(min);
            let (n, min, max) = (n.saturating_sub(r), min - r, max.saturating_sub(r));
            let msg = if min == max {
                match min {
                    0 => format!("{}() takes no arguments ({} given)", self.name, n),
                    1 => format!("{}() takes exactly one argument ({} given)", self.name, n),
                    _ => format!("{} expected {} arguments, got {}", self.name, min, n),
                }
            } else if n < min {
                format!(
                    "{} expected at least {} argument{}, got {}",
                    self.name,
                    min,
                    if min == 1 { "" } else { "s" },
                    n
                )
            } else {
                format!(
                    "{} expected at most {} argument{}, got {}",
                    self.name,
                    max,
                    if max == 1 { "" } else { "s" },
                    n
                )
            };
            return Err(PyErr::type_error(msg));
        }
        Ok(())
    }

    /// Positional argument `i`, if given.
    pub fn get(&self, i: usize) -> Option<&Value> {
        self.pos.get(i)
    }

    /// Takes keyword `name` out of the keyword list.
    pub fn take_kw(&mut self, name: &str) -> Option<Value> {
        let idx = self.kw.iter().position(|(k, _)| &**k == name)?;
        Some(self.kw.remove(idx).1)
    }

    /// Argument at position `i` or keyword `name`.
    pub fn arg(&mut self, i: usize, name: &str) -> Option<Value> {
        if let Some(v) = self.pos.get(i) {
            return Some(v.clone());
        }
        self.take_kw(name)
    }

    /// Errors if keyword arguments remain unconsumed, in the words of CPython's C builtins
    /// (`'k' is an invalid keyword argument for max()`; `sorted` reports itself as `sort`).
    pub fn finish_builtin(&self) -> PyResult<()> {
        if let Some((k, _)) = self.kw.first() {
            let name = if self.name == "sorted" {
                "sort"
            } else {
                self.name
            };
            return Err(PyErr::type_error(format!(
                "'{}' is an invalid keyword argument for {}()",
                k, name
            )));
        }
        Ok(())
    }

    /// Errors if keyword arguments remain unconsumed.
    pub fn finish(&self) -> PyResult<()> {
        if let Some((k, _)) = self.kw.first() {
            return Err(PyErr::type_error(format!(
                "{}() got an unexpected keyword argument '{}'",
                self.name, k
            )));
        }
        Ok(())
    }
}

/// The Python type name of a value for messages (without running code).
pub fn type_name(v: &Value) -> String {
    match v {
        Value::None | Value::Null => "NoneType".into(),
        Value::Bool(_) => "bool".into(),
        Value::Int(_) => "int".into(),
        Value::Float(_) => "float".into(),
        Value::Builtin(_) => "builtin_function_or_method".into(),
        Value::NotImplemented => "NotImplementedType".into(),
        Value::Ellipsis => "ellipsis".into(),
        Value::Obj(o) => match &**o {
            HeapObj::Str(_) => "str".into(),
            HeapObj::BigInt(_) => "int".into(),
            HeapObj::Complex(_) => "complex".into(),
            HeapObj::List(_) => "list".into(),
            HeapObj::Tuple(_) => "tuple".into(),
            HeapObj::Dict(_) => "dict".into(),
            HeapObj::Set(_) => "set".into(),
            HeapObj::FrozenSet(_) => "frozenset".into(),
            HeapObj::Range(_) => "range".into(),
            HeapObj::Slice(..) => "slice".into(),
            HeapObj::Function(_) => "function".into(),
            HeapObj::BoundMethod(..) => "method".into(),
            HeapObj::BoundBuiltin(..) => "builtin_function_or_method".into(),
            HeapObj::Class(_) => "type".into(),
            HeapObj::Instance(i) => i
                .class
                .as_class()
                .map(|c| c.name.to_string())
                .unwrap_or_default(),
            HeapObj::Module(_) => "module".into(),
            HeapObj::Cell(_) => "cell".into(),
            HeapObj::Iter(it) => it.type_name.into(),
            HeapObj::Generator(..) => "generator".into(),
            HeapObj::StaticMethod(_) => "staticmethod".into(),
            HeapObj::ClassMethod(_) => "classmethod".into(),
            HeapObj::Property(..) => "property".into(),
            HeapObj::Super(..) => "super".into(),
            HeapObj::DictView(k, _) => match k {
                mnpy_runtime::object::DictViewKind::Keys => "dict_keys".into(),
                mnpy_runtime::object::DictViewKind::Values => "dict_values".into(),
                mnpy_runtime::object::DictViewKind::Items => "dict_items".into(),
            },
            HeapObj::Native(..) => crate::native_type_name(v),
        },
    }
}

/// The str inside a value, or CPython's TypeError naming `what`.
pub fn expect_str<'a>(v: &'a Value, what: &str) -> PyResult<&'a str> {
    v.as_str()
        .ok_or_else(|| PyErr::type_error(format!("{} must be str, not {}", what, type_name(v))))
}

/// An int argument as i64 (bools count), via `__index__` for user objects.
pub fn to_index(vm: &mut dyn Interp, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::Obj(o) => match &**o {
            HeapObj::BigInt(b) => b.to_i64().ok_or_else(|| {
                PyErr::new(
                    mnpy_runtime::TypeTag::IndexError,
                    "cannot fit 'int' into an index-sized integer",
                )
            }),
            HeapObj::Instance(_) | HeapObj::Native(..) => match vm.getattr_opt(v, "__index__")? {
                Some(m) => {
                    let r = vm.call(&m, vec![], vec![])?;
                    to_index(vm, &r)
                }
                None => Err(not_integer(v)),
            },
            _ => Err(not_integer(v)),
        },
        _ => Err(not_integer(v)),
    }
}

/// `TypeError: 'float' object cannot be interpreted as an integer`.
pub fn not_integer(v: &Value) -> PyErr {
    PyErr::type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        type_name(v)
    ))
}

/// An int argument as a big integer.
pub fn to_bigint(v: &Value) -> PyResult<BigInt> {
    v.to_bigint().ok_or_else(|| not_integer(v))
}

/// A real-number argument as f64 (ints, floats, bools, and `__float__`).
pub fn to_f64(vm: &mut dyn Interp, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::Obj(o) => match &**o {
            HeapObj::BigInt(b) => crate::pymath::bigint_to_f64(b)
                .map_err(|_| PyErr::overflow("int too large to convert to float")),
            HeapObj::Instance(_) | HeapObj::Native(..) => match vm.getattr_opt(v, "__float__")? {
                Some(m) => {
                    let r = vm.call(&m, vec![], vec![])?;
                    to_f64(vm, &r)
                }
                None => match vm.getattr_opt(v, "__index__")? {
                    Some(m) => {
                        let r = vm.call(&m, vec![], vec![])?;
                        to_f64(vm, &r)
                    }
                    None => Err(must_be_real(v)),
                },
            },
            _ => Err(must_be_real(v)),
        },
        _ => Err(must_be_real(v)),
    }
}

/// `TypeError: must be real number, not str`.
pub fn must_be_real(v: &Value) -> PyErr {
    PyErr::type_error(format!("must be real number, not {}", type_name(v)))
}

/// Converts a formatting error to a Python exception.
pub fn format_err(e: mnpy_runtime::format::FormatError) -> PyErr {
    use mnpy_runtime::format::ErrorKind;
    use mnpy_runtime::TypeTag;
    let tag = match e.kind {
        ErrorKind::ValueError => TypeTag::ValueError,
        ErrorKind::TypeError => TypeTag::TypeError,
        ErrorKind::OverflowError => TypeTag::OverflowError,
        ErrorKind::KeyError => TypeTag::KeyError,
        ErrorKind::MemoryError => TypeTag::MemoryError,
    };
    PyErr::new(tag, e.message)
}
