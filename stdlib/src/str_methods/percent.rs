//! `fmt % args`: wires Python values to the runtime's CPython-exact `percent_format` through
//! its `PercentSource` trait. Python exceptions raised by user code along the way (`__str__`,
//! `__index__`, a mapping's `__getitem__`) are kept aside and re-raised as they are.

use crate::args::{format_err, type_name};
use mnpy_runtime::format::{
    float_to_int, percent_format as format_percent, ErrorKind, FormatError, PercentSource,
};
use mnpy_runtime::interp_api::Interp;
use mnpy_runtime::object::HeapObj;
use mnpy_runtime::{PyErr, PyResult, Value};
use num_bigint::BigInt;

/// The right operand of `%` as a `PercentSource`.
struct Operand<'v> {
    vm: &'v mut dyn Interp,
    items: Vec<Value>,
    next: usize,
    mapping: Option<Value>,
    /// The Python exception behind the last `FormatError` this source returned.
    raised: Option<PyErr>,
}

impl Operand<'_> {
    /// Keeps `err` for re-raising and returns a stand-in `FormatError`.
    fn keep(&mut self, err: PyErr) -> FormatError {
        self.raised = Some(err);
        FormatError {
            kind: ErrorKind::TypeError,
            message: String::new(),
        }
    }

    /// Calls the dunder `name` of a user or native object, `Ok(None)` when it has none.
    fn call_dunder(&mut self, v: &Value, name: &str) -> Result<Option<Value>, FormatError> {
        if !matches!(v.as_obj(), Some(HeapObj::Instance(_) | HeapObj::Native(..))) {
            return Ok(None);
        }
        let method = match self.vm.getattr_opt(v, name) {
            Ok(Some(m)) => m,
            Ok(None) => return Ok(None),
            Err(e) => return Err(self.keep(e)),
        };
        match self.vm.call(&method, vec![], vec![]) {
            Ok(r) => Ok(Some(r)),
            Err(e) => Err(self.keep(e)),
        }
    }

    /// The integer an `__index__`/`__int__` result holds, or CPython's TypeError.
    fn int_result(&mut self, result: Value, name: &str) -> Result<BigInt, FormatError> {
        match result.to_bigint() {
            Some(b) => Ok(b),
            None => {
                let msg = format!("{} returned non-int (type {})", name, type_name(&result));
                Err(self.keep(PyErr::type_error(msg)))
            }
        }
    }
}

/// Whether CPython's `PyMapping_Check` holds (and the operand is not a tuple or str).
fn is_mapping(vm: &mut dyn Interp, v: &Value) -> PyResult<bool> {
    Ok(match v.as_obj() {
        Some(HeapObj::Dict(_) | HeapObj::List(_) | HeapObj::Range(_)) => true,
        Some(HeapObj::Instance(_) | HeapObj::Native(..)) => {
            vm.getattr_opt(v, "__getitem__")?.is_some()
        }
        _ => false,
    })
}

fn bigint_to_float(b: &BigInt) -> Result<f64, FormatError> {
    crate::pymath::bigint_to_f64(b)
        .map_err(|_| FormatError::overflow("int too large to convert to float"))
}

impl PercentSource for Operand<'_> {
    type Arg = Value;

    fn next_arg(&mut self) -> Option<Value> {
        let item = self.items.get(self.next).cloned();
        self.next += 1;
        item
    }

    fn has_unused_args(&self) -> bool {
        self.next < self.items.len()
    }

    fn is_mapping(&self) -> bool {
        self.mapping.is_some()
    }

    fn mapping_arg(&mut self, key: &str) -> Result<Value, FormatError> {
        let Some(mapping) = self.mapping.clone() else {
            return Err(FormatError::type_error("format requires a mapping"));
        };
        match self.vm.getitem(&mapping, &Value::str(key)) {
            Ok(v) => Ok(v),
            Err(e) => Err(self.keep(e)),
        }
    }

    fn type_name(&self, arg: &Value) -> String {
        type_name(arg)
    }

    fn str_of(&mut self, arg: &Value) -> Result<String, FormatError> {
        if let Some(s) = arg.as_str() {
            return Ok(s.to_string());
        }
        match self.vm.to_str(arg) {
            Ok(s) => Ok(s),
            Err(e) => Err(self.keep(e)),
        }
    }

    fn repr_of(&mut self, arg: &Value) -> Result<String, FormatError> {
        match self.vm.repr(arg) {
            Ok(s) => Ok(s),
            Err(e) => Err(self.keep(e)),
        }
    }

    fn as_str(&self, arg: &Value) -> Option<String> {
        arg.as_str().map(str::to_string)
    }

    fn as_exact_int(&self, arg: &Value) -> Option<BigInt> {
        arg.to_bigint()
    }

    fn index_of(&mut self, arg: &Value) -> Result<Option<BigInt>, FormatError> {
        if let Some(b) = arg.to_bigint() {
            return Ok(Some(b));
        }
        match self.call_dunder(arg, "__index__")? {
            Some(r) => self.int_result(r, "__index__").map(Some),
            None => Ok(None),
        }
    }

    fn int_of(&mut self, arg: &Value) -> Result<Option<BigInt>, FormatError> {
        if let Some(b) = arg.to_bigint() {
            return Ok(Some(b));
        }
        if let Value::Float(x) = arg {
            return float_to_int(*x).map(Some);
        }
        for name in ["__int__", "__index__"] {
            if let Some(r) = self.call_dunder(arg, name)? {
                return self.int_result(r, name).map(Some);
            }
        }
        Ok(None)
    }

    fn float_of(&mut self, arg: &Value) -> Result<Option<f64>, FormatError> {
        match arg {
            Value::Float(x) => return Ok(Some(*x)),
            Value::Int(i) => return Ok(Some(*i as f64)),
            Value::Bool(b) => return Ok(Some(f64::from(u8::from(*b)))),
            _ => {}
        }
        if let Some(HeapObj::BigInt(b)) = arg.as_obj() {
            return bigint_to_float(b).map(Some);
        }
        if let Some(r) = self.call_dunder(arg, "__float__")? {
            return match r {
                Value::Float(x) => Ok(Some(x)),
                other => {
                    let msg = format!(
                        "{}.__float__ returned non-float (type {})",
                        type_name(arg),
                        type_name(&other)
                    );
                    Err(self.keep(PyErr::type_error(msg)))
                }
            };
        }
        match self.call_dunder(arg, "__index__")? {
            Some(r) => {
                let b = self.int_result(r, "__index__")?;
                bigint_to_float(&b).map(Some)
            }
            None => Ok(None),
        }
    }
}

/// `fmt % args`: `args` is a tuple of positional values, a mapping (for `%(name)s`) or a
/// single value.
pub fn percent_format(vm: &mut dyn Interp, fmt: &str, args: &Value) -> PyResult<Value> {
    let items = match args.as_obj() {
        Some(HeapObj::Tuple(items)) => items.to_vec(),
        _ => vec![args.clone()],
    };
    let mapping = if args.as_str().is_none() && is_mapping(vm, args)? {
        Some(args.clone())
    } else {
        None
    };
    let mut operand = Operand {
        vm,
        items,
        next: 0,
        mapping,
        raised: None,
    };
    match format_percent(fmt, &mut operand) {
        Ok(text) => Ok(Value::string(text)),
        Err(e) => Err(operand.raised.take().unwrap_or_else(|| format_err(e))),
    }
}
