//! Methods of `set` and `frozenset`, building results in CPython's insertion orders.

use crate::args::{type_name, Args};
use crate::containers::{set_snapshot, table_add, table_contains, table_discard};
use mnpy_runtime::interp_api::Interp;
use mnpy_runtime::object::HeapObj;
use mnpy_runtime::set::PySet;
use mnpy_runtime::{BuiltinFn, PyErr, PyResult, TypeTag, Value};
use std::cell::RefCell;

fn wrap(table: PySet, frozen: bool) -> Value {
    if frozen {
        Value::obj(HeapObj::FrozenSet(table))
    } else {
        Value::obj(HeapObj::Set(RefCell::new(table)))
    }
}

/// The members of any iterable as a set table (sets are used directly).
fn table_of(vm: &mut dyn Interp, v: &Value) -> PyResult<PySet> {
    if let Some(t) = set_snapshot(v) {
        return Ok(t);
    }
    let mut t = PySet::new();
    for x in vm.collect(v)? {
        table_add(vm, &mut t, x)?;
    }
    Ok(t)
}

fn store(this: &Value, table: PySet) -> PyResult<()> {
    match this.as_obj() {
        Some(HeapObj::Set(c)) => {
            *c.try_borrow_mut().map_err(|_| {
                PyErr::new(TypeTag::RuntimeError, "Set changed size during iteration")
            })? = table;
            Ok(())
        }
        _ => Err(PyErr::type_error("frozenset is immutable")),
    }
}

/// Adds the members of `other` to `t` as CPython's `set.update` does: a set merged into a never
/// filled table is copied with its layout, otherwise the table grows first and members are added.
fn update_table(vm: &mut dyn Interp, t: &mut PySet, other: &Value) -> PyResult<()> {
    if let Some(ot) = set_snapshot(other) {
        if t.never_filled() {
            *t = ot.fresh_copy();
            return Ok(());
        }
        t.reserve_for_merge(ot.len());
        for x in ot.iter() {
            table_add(vm, t, x.clone())?;
        }
        return Ok(());
    }
    if let Some(HeapObj::Dict(d)) = other.as_obj() {
        let n = d.borrow().len();
        t.reserve_for_merge(n);
    }
    for x in vm.collect(other)? {
        table_add(vm, t, x)?;
    }
    Ok(())
}

fn union(vm: &mut dyn Interp, base: &PySet, others: &[Value]) -> PyResult<PySet> {
    let mut t = base.fresh_copy();
    for o in others {
        update_table(vm, &mut t, o)?;
    }
    Ok(t)
}

fn intersection(vm: &mut dyn Interp, base: &PySet, other: &Value) -> PyResult<PySet> {
    let mut out = PySet::new();
    if let Some(ot) = set_snapshot(other) {
        // CPython iterates over the smaller set
        let (small, large) = if ot.len() > base.len() {
            (base.clone(), ot)
        } else {
            (ot, base.clone())
        };
        for x in small.iter() {
            if table_contains(vm, &large, x)? {
                table_add(vm, &mut out, x.clone())?;
            }
        }
    } else {
        for x in vm.collect(other)? {
            if table_contains(vm, base, &x)? {
                table_add(vm, &mut out, x)?;
            }
        }
    }
    Ok(out)
}

fn difference(vm: &mut dyn Interp, base: &PySet, other: &Value) -> PyResult<PySet> {
    // CPython copies the left set and discards from it when the right operand is not a set or
    // dict, or is much smaller; otherwise it builds a new set from the left's survivors
    let other_len = match other.as_obj() {
        Some(HeapObj::Set(c)) => Some(c.borrow().len()),
        Some(HeapObj::FrozenSet(t)) => Some(t.len()),
        Some(HeapObj::Dict(d)) => Some(d.borrow().len()),
        _ => None,
    };
    let copy_then_discard = match other_len {
        Some(n) => (base.len() >> 2) > n,
        None => true,
    };
    if copy_then_discard {
        let mut out = base.fresh_copy();
        for x in vm.collect(other)? {
            table_discard(vm, &mut out, &x)?;
        }
        return Ok(out);
    }
    let ot = table_of(vm, other)?;
    let mut out = PySet::new();
    for x in base.iter() {
        if !table_contains(vm, &ot, x)? {
            table_add(vm, &mut out, x.clone())?;
        }
    }
    Ok(out)
}

/// `base ^ other` as CPython builds it: a copy of `other` updated with `base`'s members.
fn symmetric_difference(vm: &mut dyn Interp, base: &PySet, other: &Value) -> PyResult<PySet> {
    let mut out = match set_snapshot(other) {
        Some(t) => t.fresh_copy(),
        None => table_of(vm, other)?,
    };
    for x in base.iter() {
        if !table_discard(vm, &mut out, x)? {
            table_add(vm, &mut out, x.clone())?;
        }
    }
    Ok(out)
}

/// `base ^= other` (in place): `other`'s members are discarded from or added to `base`.
fn symmetric_difference_update(
    vm: &mut dyn Interp,
    base: &PySet,
    other: &Value,
) -> PyResult<PySet> {
    let ot = table_of(vm, other)?;
    let mut out = base.clone();
    for x in ot.iter() {
        if !table_discard(vm, &mut out, x)? {
            table_add(vm, &mut out, x.clone())?;
        }
    }
    Ok(out)
}

/// Calls a set or frozenset method.
pub fn call(vm: &mut dyn Interp, f: BuiltinFn, a: Args) -> PyResult<Value> {
    use BuiltinFn as B;
    a.no_kwargs()?;
    let this = a
        .pos
        .first()
        .cloned()
        .ok_or_else(|| PyErr::type_error("method needs a receiver"))?;
    let frozen = matches!(this.as_obj(), Some(HeapObj::FrozenSet(_)));
    // the element-wise mutators work on the table in place
    if !frozen {
        match f {
            B::SetAdd => {
                a.count(2, 2)?;
                crate::containers::set_add(vm, &this, a.pos[1].clone())?;
                return Ok(Value::None);
            }
            B::SetRemove | B::SetDiscard => {
                a.count(2, 2)?;
                let key = match a.pos[1].as_obj() {
                    Some(HeapObj::Set(c)) => Value::obj(HeapObj::FrozenSet(c.borrow().clone())),
                    _ => a.pos[1].clone(),
                };
                let found = crate::containers::set_discard(vm, &this, &key)?;
                if !found && f == B::SetRemove {
                    return Err(PyErr::with_args(TypeTag::KeyError, vec![a.pos[1].clone()]));
                }
                return Ok(Value::None);
            }
            B::SetPop => {
                if let Some(HeapObj::Set(c)) = this.as_obj() {
                    return match c.borrow_mut().pop() {
                        Some(v) => Ok(v),
                        None => Err(PyErr::new(TypeTag::KeyError, "pop from an empty set")),
                    };
                }
            }
            _ => {}
        }
    }
    let base = set_snapshot(&this).ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor requires a 'set' object but received a '{}'",
            type_name(&this)
        ))
    })?;
    let rest = &a.pos[1..];
    match f {
        B::SetAdd => {
            a.count(2, 2)?;
            let mut t = base;
            table_add(vm, &mut t, a.pos[1].clone())?;
            store(&this, t)?;
            Ok(Value::None)
        }
        B::SetRemove | B::SetDiscard => {
            a.count(2, 2)?;
            let mut t = base;
            let key = match a.pos[1].as_obj() {
                Some(HeapObj::Set(c)) => Value::obj(HeapObj::FrozenSet(c.borrow().clone())),
                _ => a.pos[1].clone(),
            };
            let found = table_discard(vm, &mut t, &key)?;
            if !found && f == B::SetRemove {
                return Err(PyErr::with_args(TypeTag::KeyError, vec![a.pos[1].clone()]));
            }
            store(&this, t)?;
            Ok(Value::None)
        }
        B::SetPop => {
            let mut t = base;
            match t.pop() {
                Some(v) => {
                    store(&this, t)?;
                    Ok(v)
                }
                None => Err(PyErr::new(TypeTag::KeyError, "pop from an empty set")),
            }
        }
        B::SetClear => {
            store(&this, PySet::new())?;
            Ok(Value::None)
        }
        B::SetCopy | B::FrozenSetCopy => Ok(if frozen {
            this.clone()
        } else {
            wrap(base.fresh_copy(), false)
        }),
        B::SetUnion | B::FrozenSetUnion => Ok(wrap(union(vm, &base, rest)?, frozen)),
        B::SetIntersection | B::FrozenSetIntersection => {
            let mut t = base;
            for o in rest {
                t = intersection(vm, &t, o)?;
            }
            Ok(wrap(t, frozen))
        }
        B::SetDifference | B::FrozenSetDifference => {
            let mut t = base;
            for o in rest {
                t = difference(vm, &t, o)?;
            }
            Ok(wrap(t, frozen))
        }
        B::SetSymmetricDifference | B::FrozenSetSymmetricDifference => {
            a.count(2, 2)?;
            Ok(wrap(symmetric_difference(vm, &base, &a.pos[1])?, frozen))
        }
        B::SetUpdate => {
            let mut t = base;
            for o in rest {
                update_table(vm, &mut t, o)?;
            }
            store(&this, t)?;
            Ok(Value::None)
        }
        B::SetIntersectionUpdate => {
            let mut t = base;
            for o in rest {
                t = intersection(vm, &t, o)?;
            }
            store(&this, t)?;
            Ok(Value::None)
        }
        B::SetDifferenceUpdate => {
            let mut t = base;
            for o in rest {
                let ot = table_of(vm, o)?;
                for x in ot.iter() {
                    table_discard(vm, &mut t, x)?;
                }
            }
            store(&this, t)?;
            Ok(Value::None)
        }
        B::SetSymmetricDifferenceUpdate => {
            a.count(2, 2)?;
            let t = symmetric_difference_update(vm, &base, &a.pos[1])?;
            store(&this, t)?;
            Ok(Value::None)
        }
        B::SetIssubset | B::FrozenSetIssubset => {
            a.count(2, 2)?;
            let ot = table_of(vm, &a.pos[1])?;
            for x in base.iter() {
                if !table_contains(vm, &ot, x)? {
                    return Ok(Value::Bool(false));
                }
            }
            Ok(Value::Bool(true))
        }
        B::SetIssuperset | B::FrozenSetIssuperset => {
            a.count(2, 2)?;
            for x in vm.collect(&a.pos[1])? {
                if !table_contains(vm, &base, &x)? {
                    return Ok(Value::Bool(false));
                }
            }
            Ok(Value::Bool(true))
        }
        B::SetIsdisjoint | B::FrozenSetIsdisjoint => {
            a.count(2, 2)?;
            for x in vm.collect(&a.pos[1])? {
                if table_contains(vm, &base, &x)? {
                    return Ok(Value::Bool(false));
                }
            }
            Ok(Value::Bool(true))
        }
        other => Err(PyErr::not_supported(format!(
            "mnpy does not support method '{}' here",
            other.name()
        ))),
    }
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` for sets and frozensets (the result has the left operand's
/// type); `Ok(None)` when the operands are not both sets.
pub fn set_operator(
    vm: &mut dyn Interp,
    op: mnpy_runtime::interp_api::BinOp,
    a: &Value,
    b: &Value,
) -> PyResult<Option<Value>> {
    use mnpy_runtime::interp_api::BinOp;
    let view = |v: &Value| {
        matches!(
            v.as_obj(),
            Some(HeapObj::DictView(
                mnpy_runtime::object::DictViewKind::Keys
                    | mnpy_runtime::object::DictViewKind::Items,
                _
            ))
        )
    };
    let (a, b) = (a.clone(), b.clone());
    let a = if view(&a) {
        Value::obj(HeapObj::Set(RefCell::new(table_of(vm, &a)?)))
    } else {
        a
    };
    let b = if view(&b) && set_snapshot(&a).is_some() {
        Value::obj(HeapObj::Set(RefCell::new(table_of(vm, &b)?)))
    } else {
        b
    };
    let (a, b) = (&a, &b);
    let (Some(base), true) = (set_snapshot(a), set_snapshot(b).is_some()) else {
        return Ok(None);
    };
    let frozen = matches!(a.as_obj(), Some(HeapObj::FrozenSet(_)));
    let t = match op {
        BinOp::Or => union(vm, &base, std::slice::from_ref(b))?,
        BinOp::And => intersection(vm, &base, b)?,
        BinOp::Sub => difference(vm, &base, b)?,
        BinOp::Xor => symmetric_difference(vm, &base, b)?,
        _ => return Ok(None),
    };
    Ok(Some(wrap(t, frozen)))
}

/// `a |= b`, `a &= b`, `a -= b`, `a ^= b` for a set `a` and a set `b`: the new table of `a`,
/// built in place as CPython does (so the layout, and the printed order, match); `Ok(None)` when
/// the operands are not both sets.
pub fn set_inplace_operator(
    vm: &mut dyn Interp,
    op: mnpy_runtime::interp_api::BinOp,
    a: &Value,
    b: &Value,
) -> PyResult<Option<Value>> {
    use mnpy_runtime::interp_api::BinOp;
    if !matches!(a.as_obj(), Some(HeapObj::Set(_))) {
        return Ok(None);
    }
    let Some(mut base) = set_snapshot(a) else {
        return Ok(None);
    };
    if set_snapshot(b).is_none() {
        return set_operator(vm, op, a, b);
    }
    let t = match op {
        BinOp::Or => {
            update_table(vm, &mut base, b)?;
            base
        }
        BinOp::Sub => {
            for x in vm.collect(b)? {
                table_discard(vm, &mut base, &x)?;
            }
            base
        }
        BinOp::Xor => symmetric_difference_update(vm, &base, b)?,
        _ => return set_operator(vm, op, a, b),
    };
    Ok(Some(wrap(t, false)))
}
