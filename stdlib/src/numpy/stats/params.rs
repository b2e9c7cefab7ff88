//! Argument binding shared by micronumpy's function objects (ufuncs, statistics, random, linalg,
//! io): positional and keyword arguments matched against a parameter list with CPython's
//! messages for Python-level functions, plus small conversions (`bool`, `int`, `float`, shape).

use crate::args::type_name;
use crate::numpy::core::convert::{dims_arg, f64_arg, int_arg};
use mnpy_runtime::interp_api::{Interp, KwArgs};
use mnpy_runtime::{PyErr, PyResult, Value};

/// Arguments bound to a parameter list: one optional value per parameter.
pub struct Bound {
    /// The function name, for messages.
    pub name: &'static str,
    names: &'static [&'static str],
    values: Vec<Option<Value>>,
}

/// Binds `pos` and `kw` to `names` (all positional-or-keyword); the first `required` must be
/// given. Messages follow CPython's for `def f(a, b=None, ...)`.
pub fn bind(
    name: &'static str,
    names: &'static [&'static str],
    required: usize,
    pos: Vec<Value>,
    kw: KwArgs,
) -> PyResult<Bound> {
    if pos.len() > names.len() {
        let given = pos.len();
        let range = if required == names.len() {
            format!("{}", names.len())
        } else {
            format!("from {} to {}", required, names.len())
        };
        let verb = if given == 1 { "was" } else { "were" };
        let plural = if names.len() == 1 && required == 1 {
            ""
        } else {
            "s"
        };
        return Err(PyErr::type_error(format!(
            "{name}() takes {range} positional argument{plural} but {given} {verb} given"
        )));
    }
    let mut values: Vec<Option<Value>> = vec![None; names.len()];
    for (slot, v) in values.iter_mut().zip(pos) {
        *slot = Some(v);
    }
    for (k, v) in kw {
        match names.iter().position(|n| **n == *k) {
            Some(i) => {
                if values[i].is_some() {
                    return Err(PyErr::type_error(format!(
                        "{name}() got multiple values for argument '{k}'"
                    )));
                }
                values[i] = Some(v);
            }
            None => {
                return Err(PyErr::type_error(format!(
                    "{name}() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    let missing: Vec<&str> = (0..required)
        .filter(|&i| values[i].is_none())
        .map(|i| names[i])
        .collect();
    if !missing.is_empty() {
        let quoted: Vec<String> = missing.iter().map(|m| format!("'{m}'")).collect();
        let list = match quoted.len() {
            1 => quoted[0].clone(),
            n => format!("{} and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
        };
        return Err(PyErr::type_error(format!(
            "{name}() missing {} required positional argument{}: {list}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" }
        )));
    }
    Ok(Bound {
        name,
        names,
        values,
    })
}

/// True for Python's `None` (and the internal null marker).
pub fn is_none(v: &Value) -> bool {
    matches!(v, Value::None | Value::Null)
}

impl Bound {
    fn index(&self, param: &str) -> usize {
        self.names
            .iter()
            .position(|n| *n == param)
            .unwrap_or(usize::MAX)
    }

    /// The value given for `param` (`None` when absent).
    pub fn get(&self, param: &str) -> Option<&Value> {
        self.values.get(self.index(param)).and_then(|v| v.as_ref())
    }

    /// The value given for `param`, with Python `None` counting as absent.
    pub fn get_some(&self, param: &str) -> Option<&Value> {
        self.get(param).filter(|v| !is_none(v))
    }

    /// The value of a required parameter (binding guarantees presence).
    pub fn required(&self, param: &str) -> PyResult<Value> {
        self.get(param).cloned().ok_or_else(|| {
            PyErr::type_error(format!(
                "{}() missing required argument '{param}'",
                self.name
            ))
        })
    }

    /// `bool(value)` of `param`, `default` when absent.
    pub fn flag(&self, vm: &mut dyn Interp, param: &str, default: bool) -> PyResult<bool> {
        match self.get(param) {
            Some(v) => vm.truthy(v),
            None => Ok(default),
        }
    }

    /// `param` as an integer (via `__index__`), `None` when absent or `None`.
    pub fn int(&self, vm: &mut dyn Interp, param: &str) -> PyResult<Option<i64>> {
        match self.get_some(param) {
            Some(v) => Ok(Some(int_arg(vm, v)?)),
            None => Ok(None),
        }
    }

    /// `param` as a float, `None` when absent or `None`.
    pub fn float(&self, vm: &mut dyn Interp, param: &str) -> PyResult<Option<f64>> {
        match self.get_some(param) {
            Some(v) => Ok(Some(f64_arg(vm, v)?)),
            None => Ok(None),
        }
    }

    /// `param` as a str, `None` when absent or `None`.
    pub fn string(&self, param: &str) -> PyResult<Option<String>> {
        match self.get_some(param) {
            Some(v) => match v.as_str() {
                Some(s) => Ok(Some(s.to_string())),
                None => Err(PyErr::type_error(format!(
                    "{}() argument '{param}' must be str, not {}",
                    self.name,
                    type_name(v)
                ))),
            },
            None => Ok(None),
        }
    }
}

/// A `size=`/shape argument: an int or a sequence of ints (negative dimensions rejected).
pub fn shape_arg(vm: &mut dyn Interp, v: &Value) -> PyResult<Vec<usize>> {
    dims_arg(vm, v)
}

/// A Python tuple of values.
pub fn tuple_of(items: Vec<Value>) -> Value {
    Value::tuple(items)
}
