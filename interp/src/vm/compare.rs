//! Rich comparison: inline int/float fast paths, the numeric tower (exact int/float comparison),
//! lexicographic order of str, list and tuple, set inclusion, and user `__eq__`/`__lt__`/...
//! with reflection and the `==` identity fallback.

use super::arith::{as_num, Num};
use super::Vm;
use mnpy_runtime::interp_api::{CmpOp, Interp};
use mnpy_runtime::object::HeapObj;
use mnpy_runtime::{PyErr, PyResult, Value};
use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive};
use std::cmp::Ordering;

fn apply(op: CmpOp, ord: Ordering) -> bool {
    match op {
        CmpOp::Lt => ord == Ordering::Less,
        CmpOp::Le => ord != Ordering::Greater,
        CmpOp::Eq => ord == Ordering::Equal,
        CmpOp::Ne => ord != Ordering::Equal,
        CmpOp::Gt => ord == Ordering::Greater,
        CmpOp::Ge => ord != Ordering::Less,
    }
}

/// Allocation-free comparisons of ints and floats.
#[inline(always)]
pub fn fast_compare(op: CmpOp, a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(apply(op, x.cmp(y))),
        (Value::Float(x), Value::Float(y)) => Some(float_cmp(op, *x, *y)),
        (Value::Int(x), Value::Float(y)) if x.unsigned_abs() < (1 << 53) => {
            Some(float_cmp(op, *x as f64, *y))
        }
        (Value::Float(x), Value::Int(y)) if y.unsigned_abs() < (1 << 53) => {
            Some(float_cmp(op, *x, *y as f64))
        }
        _ => None,
    }
}

#[inline(always)]
fn float_cmp(op: CmpOp, x: f64, y: f64) -> bool {
    match op {
        CmpOp::Lt => x < y,
        CmpOp::Le => x <= y,
        CmpOp::Eq => x == y,
        CmpOp::Ne => x != y,
        CmpOp::Gt => x > y,
        CmpOp::Ge => x >= y,
    }
}

/// Exact comparison of an int with a float (None when the float is nan).
fn int_float_cmp(i: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let fl = f.floor();
    let fb = BigInt::from_f64(fl)?;
    match i.cmp(&fb) {
        Ordering::Equal => Some(if f > fl {
            Ordering::Less
        } else {
            Ordering::Equal
        }),
        o => Some(o),
    }
}

/// Compares two builtin numbers; `None` for unordered (nan) or complex ordering.
pub fn num_compare(op: CmpOp, a: &Num, b: &Num) -> Option<PyResult<bool>> {
    let ord = match (a, b) {
        (Num::Int(x), Num::Int(y)) => Some(x.cmp(y)),
        (Num::Float(x), Num::Float(y)) => return Some(Ok(float_cmp(op, *x, *y))),
        (Num::Complex(x), y) | (y, Num::Complex(x)) => {
            if matches!(op, CmpOp::Eq | CmpOp::Ne) {
                let yc = match y {
                    Num::Complex(c) => *c,
                    Num::Float(f) => num_complex::Complex64::new(*f, 0.0),
                    Num::Int(i) => num_complex::Complex64::new(*i as f64, 0.0),
                    Num::Big(b) => {
                        num_complex::Complex64::new(b.to_f64().unwrap_or(f64::INFINITY), 0.0)
                    }
                };
                let eq = *x == yc;
                return Some(Ok(if op == CmpOp::Eq { eq } else { !eq }));
            }
            return None;
        }
        (Num::Float(f), other) => {
            let i = match other {
                Num::Int(i) => BigInt::from(*i),
                Num::Big(b) => b.clone(),
                _ => return None,
            };
            int_float_cmp(&i, *f).map(|o| o.reverse())
        }
        (other, Num::Float(f)) => {
            let i = match other {
                Num::Int(i) => BigInt::from(*i),
                Num::Big(b) => b.clone(),
                _ => return None,
            };
            int_float_cmp(&i, *f)
        }
        (x, y) => {
            let bx = match x {
                Num::Int(i) => BigInt::from(*i),
                Num::Big(b) => b.clone(),
                _ => return None,
            };
            let by = match y {
                Num::Int(i) => BigInt::from(*i),
                Num::Big(b) => b.clone(),
                _ => return None,
            };
            Some(bx.cmp(&by))
        }
    };
    Some(Ok(match ord {
        Some(o) => apply(op, o),
        None => op == CmpOp::Ne,
    }))
}

impl Vm {
    /// Full rich comparison returning a value.
    pub(super) fn rich_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value> {
        if let Some(r) = fast_compare(op, a, b) {
            return Ok(Value::Bool(r));
        }
        if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
            if let Some(r) = num_compare(op, &x, &y) {
                return r.map(Value::Bool);
            }
        }
        if let Some(r) = self.builtin_compare(op, a, b)? {
            return Ok(Value::Bool(r));
        }
        if let Some(r) = mnpy_stdlib::compare_hook(self, op, a, b)? {
            return Ok(r);
        }
        let a_user = super::protocol::is_instance_obj(a);
        let b_user = super::protocol::is_instance_obj(b);
        let reflected_first =
            b_user && a_user && super::protocol::is_strict_subclass_instance(b, a);
        if reflected_first {
            if let Some(r) = self.try_dunder(b, op.swapped().dunder(), a)? {
                return Ok(r);
            }
        }
        if a_user {
            if let Some(r) = self.try_dunder(a, op.dunder(), b)? {
                return Ok(r);
            }
            if op == CmpOp::Ne && self.lookup_special(a, "__ne__").is_none() {
                if let Some(r) = self.try_dunder(a, "__eq__", b)? {
                    return Ok(Value::Bool(!self.truthy(&r)?));
                }
            }
        }
        if b_user && !reflected_first {
            if let Some(r) = self.try_dunder(b, op.swapped().dunder(), a)? {
                return Ok(r);
            }
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            CmpOp::Ne => Ok(Value::Bool(!a.is(b))),
            _ => Err(PyErr::type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                super::protocol::type_name(a),
                super::protocol::type_name(b)
            ))),
        }
    }

    fn try_dunder(&mut self, obj: &Value, name: &str, other: &Value) -> PyResult<Option<Value>> {
        if let Some(m) = self.lookup_special(obj, name) {
            let r = self.call_value(&m, vec![obj.clone(), other.clone()], vec![])?;
            if !matches!(r, Value::NotImplemented) {
                return Ok(Some(r));
            }
        }
        Ok(None)
    }

    /// Comparisons between builtin containers and strings.
    fn builtin_compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Option<bool>> {
        let (Some(x), Some(y)) = (a.as_obj(), b.as_obj()) else {
            if matches!(op, CmpOp::Eq | CmpOp::Ne)
                && !super::protocol::is_instance_obj(a)
                && !super::protocol::is_instance_obj(b)
                && !mnpy_stdlib::has_compare_hook(a, b)
            {
                let eq = a.is(b);
                return Ok(Some(if op == CmpOp::Eq { eq } else { !eq }));
            }
            return Ok(None);
        };
        match (x, y) {
            (HeapObj::Str(s), HeapObj::Str(t)) => Ok(Some(apply(op, s.as_str().cmp(t.as_str())))),
            (HeapObj::List(l), HeapObj::List(m)) => {
                let (l, m) = (l.borrow().clone(), m.borrow().clone());
                self.seq_compare(op, &l, &m).map(Some)
            }
            (HeapObj::Tuple(l), HeapObj::Tuple(m)) => {
                let (l, m) = (l.to_vec(), m.to_vec());
                self.seq_compare(op, &l, &m).map(Some)
            }
            (HeapObj::Dict(_), HeapObj::Dict(_)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let eq = self.dict_equal(a, b)?;
                Ok(Some(if op == CmpOp::Eq { eq } else { !eq }))
            }
            (HeapObj::Set(_) | HeapObj::FrozenSet(_), HeapObj::Set(_) | HeapObj::FrozenSet(_)) => {
                let sub = self.set_is_subset(a, b)?;
                let sup = self.set_is_subset(b, a)?;
                Ok(Some(match op {
                    CmpOp::Eq => sub && sup,
                    CmpOp::Ne => !(sub && sup),
                    CmpOp::Le => sub,
                    CmpOp::Ge => sup,
                    CmpOp::Lt => sub && !sup,
                    CmpOp::Gt => sup && !sub,
                }))
            }
            (HeapObj::Range(r), HeapObj::Range(s)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let eq = r.len() == s.len()
                    && (r.is_empty() || (r.start == s.start && (r.len() == 1 || r.step == s.step)));
                Ok(Some(if op == CmpOp::Eq { eq } else { !eq }))
            }
            _ => {
                if matches!(op, CmpOp::Eq | CmpOp::Ne)
                    && !super::protocol::is_instance_obj(a)
                    && !super::protocol::is_instance_obj(b)
                    && !mnpy_stdlib::has_compare_hook(a, b)
                {
                    let eq = a.is(b);
                    return Ok(Some(if op == CmpOp::Eq { eq } else { !eq }));
                }
                Ok(None)
            }
        }
    }

    fn seq_compare(&mut self, op: CmpOp, l: &[Value], m: &[Value]) -> PyResult<bool> {
        if matches!(op, CmpOp::Eq | CmpOp::Ne) && l.len() != m.len() {
            return Ok(op == CmpOp::Ne);
        }
        for (x, y) in l.iter().zip(m) {
            if !(x.is(y) || self.eq(x, y)?) {
                return match op {
                    CmpOp::Eq => Ok(false),
                    CmpOp::Ne => Ok(true),
                    _ => self.compare_bool(op, x, y),
                };
            }
        }
        Ok(apply(op, l.len().cmp(&m.len())))
    }
}
