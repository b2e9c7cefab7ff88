//! `count(start=0, step=1)`, `cycle(iterable)` and `repeat(object, times=None)`.

use super::{iterator, no_keywords, positional};
use crate::args::{to_index, Args};
use crate::native::NativeIter;
use mnpy_runtime::interp_api::{BinOp, Interp};
use mnpy_runtime::object::HeapObj;
use mnpy_runtime::{BuiltinFn, PyErr, PyResult, Value};

/// Builds `count`, `cycle` or `repeat`.
pub fn make(vm: &mut dyn Interp, f: BuiltinFn, mut a: Args) -> PyResult<Value> {
    use BuiltinFn as B;
    match f {
        B::ItCount => {
            if a.pos.len() > 2 {
                return Err(PyErr::type_error(format!(
                    "count() takes at most 2 arguments ({} given)",
                    a.pos.len()
                )));
            }
            let start = a.arg(0, "start").unwrap_or(Value::Int(0));
            let step = a.arg(1, "step").unwrap_or(Value::Int(1));
            a.finish_builtin()?;
            for v in [&start, &step] {
                if !is_number(v) {
                    return Err(PyErr::type_error("a number is required"));
                }
            }
            Ok(iterator(Count { next: start, step }, "itertools.count"))
        }
        B::ItCycle => {
            no_keywords("cycle", &a)?;
            positional("cycle", &a, 1, 1)?;
            let source = vm.iter(&a.pos[0])?;
            Ok(iterator(
                Cycle {
                    source: Some(source),
                    saved: Vec::new(),
                    index: 0,
                },
                "itertools.cycle",
            ))
        }
        _ => {
            if a.pos.len() > 2 {
                return Err(PyErr::type_error(format!(
                    "repeat() takes at most 2 arguments ({} given)",
                    a.pos.len()
                )));
            }
            let object = a.arg(0, "object").ok_or_else(|| {
                PyErr::type_error("repeat() missing required argument 'object' (pos 1)")
            })?;
            let times = a.arg(1, "times");
            a.finish_builtin()?;
            let remaining = match times {
                None => None,
                Some(t) => Some(to_index(vm, &t)?.max(0)),
            };
            Ok(iterator(Repeat { object, remaining }, "itertools.repeat"))
        }
    }
}

/// True for values `count` accepts (numbers and objects that may behave as numbers).
fn is_number(v: &Value) -> bool {
    match v {
        Value::Int(_) | Value::Float(_) | Value::Bool(_) => true,
        Value::Obj(o) => matches!(
            &**o,
            HeapObj::BigInt(_) | HeapObj::Complex(_) | HeapObj::Instance(_) | HeapObj::Native(..)
        ),
        _ => false,
    }
}

/// `count`: `start`, `start + step`, `start + 2*step` (by repeated addition), ...
struct Count {
    next: Value,
    step: Value,
}

impl NativeIter for Count {
    fn next(&mut self, vm: &mut dyn Interp) -> PyResult<Option<Value>> {
        let following = match (&self.next, &self.step) {
            (Value::Int(x), Value::Int(y)) if x.checked_add(*y).is_some() => Value::Int(x + y),
            (Value::Float(x), Value::Float(y)) => Value::Float(x + y),
            (x, y) => vm.binary(BinOp::Add, x, y)?,
        };
        Ok(Some(std::mem::replace(&mut self.next, following)))
    }
}

/// `cycle`: the items of the source, saved on the first pass and replayed forever.
struct Cycle {
    source: Option<Value>,
    saved: Vec<Value>,
    index: usize,
}

impl NativeIter for Cycle {
    fn next(&mut self, vm: &mut dyn Interp) -> PyResult<Option<Value>> {
        if let Some(source) = &self.source {
            if let Some(x) = vm.next(source)? {
                self.saved.push(x.clone());
                return Ok(Some(x));
            }
            self.source = None;
        }
        if self.saved.is_empty() {
            return Ok(None);
        }
        let x = self.saved[self.index % self.saved.len()].clone();
        self.index = (self.index + 1) % self.saved.len();
        Ok(Some(x))
    }
}

/// `repeat`: one object, forever or `times` times.
struct Repeat {
    object: Value,
    remaining: Option<i64>,
}

impl NativeIter for Repeat {
    fn next(&mut self, _vm: &mut dyn Interp) -> PyResult<Option<Value>> {
        match &mut self.remaining {
            None => Ok(Some(self.object.clone())),
            Some(0) => Ok(None),
            Some(n) => {
                *n -= 1;
                Ok(Some(self.object.clone()))
            }
        }
    }
}
