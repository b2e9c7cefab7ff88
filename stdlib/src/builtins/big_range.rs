//! `range` objects whose bounds do not fit in 64 bits: indexing, membership, iteration and
//! `len` (which raises OverflowError, as CPython's does when the length exceeds a C ssize_t).

use crate::native::{native_iter_value, NativeIter, NativeObject};
use mnpy_runtime::interp_api::Interp;
use mnpy_runtime::{PyErr, PyResult, TypeTag, Value};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::any::Any;

/// A range with big-int bounds.
pub struct BigRange {
    start: BigInt,
    stop: BigInt,
    step: BigInt,
}

impl BigRange {
    /// A new range (step non-zero).
    pub fn new(start: BigInt, stop: BigInt, step: BigInt) -> BigRange {
        BigRange { start, stop, step }
    }

    fn length(&self) -> BigInt {
        let (lo, hi, st) = (&self.start, &self.stop, &self.step);
        if st.is_positive() {
            if lo < hi {
                (hi - lo - 1u32) / st + 1u32
            } else {
                BigInt::zero()
            }
        } else if lo > hi {
            (lo - hi - 1u32) / (-st) + 1u32
        } else {
            BigInt::zero()
        }
    }
}

struct BigRangeIter {
    next: BigInt,
    remaining: BigInt,
    step: BigInt,
}

impl NativeIter for BigRangeIter {
    fn next(&mut self, _vm: &mut dyn Interp) -> PyResult<Option<Value>> {
        if !self.remaining.is_positive() {
            return Ok(None);
        }
        let v = self.next.clone();
        self.next += &self.step;
        self.remaining -= 1u32;
        Ok(Some(Value::from_bigint(v)))
    }
}

impl NativeObject for BigRange {
    fn type_name(&self) -> String {
        "range".into()
    }
    fn class(&self) -> Option<std::rc::Rc<mnpy_runtime::HeapObj>> {
        Some(TypeTag::Range.class())
    }
    fn repr(&self, _vm: &mut dyn Interp, _this: &Value) -> PyResult<String> {
        Ok(if self.step == BigInt::from(1) {
            format!("range({}, {})", self.start, self.stop)
        } else {
            format!("range({}, {}, {})", self.start, self.stop, self.step)
        })
    }
    fn len(&self, _vm: &mut dyn Interp, _this: &Value) -> PyResult<usize> {
        self.length()
            .to_i64()
            .map(|n| n as usize)
            .ok_or_else(|| PyErr::overflow("Python int too large to convert to C ssize_t"))
    }
    fn truthy(&self, _vm: &mut dyn Interp, _this: &Value) -> PyResult<bool> {
        Ok(self.length().is_positive())
    }
    fn contains(&self, _vm: &mut dyn Interp, _this: &Value, x: &Value) -> PyResult<bool> {
        let Some(v) = x.to_bigint() else {
            return Ok(false);
        };
        let inside = if self.step.is_positive() {
            v >= self.start && v < self.stop
        } else {
            v <= self.start && v > self.stop
        };
        Ok(inside && (&v - &self.start).mod_floor(&self.step).is_zero())
    }
    fn getitem(&self, _vm: &mut dyn Interp, _this: &Value, key: &Value) -> PyResult<Option<Value>> {
        let Some(i) = key.to_bigint() else {
            return Err(PyErr::not_supported(
                "mnpy does not support slicing ranges beyond 64 bits",
            ));
        };
        let n = self.length();
        let idx = if i.is_negative() { &i + &n } else { i };
        if idx.is_negative() || idx >= n {
            return Err(PyErr::index_error("range object index out of range"));
        }
        Ok(Some(Value::from_bigint(&self.start + idx * &self.step)))
    }
    fn iter(&self, _vm: &mut dyn Interp, _this: &Value) -> PyResult<Option<Value>> {
        Ok(Some(native_iter_value(
            Box::new(BigRangeIter {
                next: self.start.clone(),
                remaining: self.length(),
                step: self.step.clone(),
            }),
            "longrange_iterator",
        )))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}
