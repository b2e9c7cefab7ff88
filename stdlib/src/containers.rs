//! Dict and set operations through the Python protocols: hashing via `Interp::hash`, equality
//! via a pure fast path for builtin keys, falling back to `Interp::eq` (which may run user code)
//! on a snapshot of the table so no `RefCell` borrow is held while user code runs.

use mnpy_runtime::dict::PyDict;
use mnpy_runtime::interp_api::Interp;
use mnpy_runtime::object::HeapObj;
use mnpy_runtime::set::PySet;
use mnpy_runtime::{PyErr, PyResult, TypeTag, Value};
use std::cell::{Cell, RefCell};

/// Deepest tuple nesting `pure_eq` follows itself; deeper tuples go through `Interp::eq`, which
/// counts the depth against the recursion limit.
const PURE_EQ_MAX_NESTING: usize = 32;

/// Equality of builtin keys without running Python code; `None` when Python code may be needed.
pub fn pure_eq(a: &Value, b: &Value) -> Option<bool> {
    pure_eq_nested(a, b, 0)
}

/// `pure_eq` inside `nesting` levels of tuples.
fn pure_eq_nested(a: &Value, b: &Value, nesting: usize) -> Option<bool> {
    use Value::*;
    Some(match (a, b) {
        (None, None) => true,
        (Bool(x), Bool(y)) => x == y,
        (Int(x), Int(y)) => x == y,
        (Bool(x), Int(y)) | (Int(y), Bool(x)) => (*x as i64) == *y,
        (Float(x), Float(y)) => x == y,
        (Int(x), Float(y)) | (Float(y), Int(x)) => (*x as f64) == *y && (*y as i64) == *x,
        (Bool(x), Float(y)) | (Float(y), Bool(x)) => (*x as i64 as f64) == *y,
        (Obj(x), Obj(y)) => {
            if std::rc::Rc::ptr_eq(x, y) {
                return Some(true);
            }
            match (&**x, &**y) {
                (HeapObj::Str(s), HeapObj::Str(t)) => s.as_str() == t.as_str(),
                (HeapObj::BigInt(s), HeapObj::BigInt(t)) => s == t,
                (HeapObj::Complex(s), HeapObj::Complex(t)) => s == t,
                (HeapObj::Tuple(s), HeapObj::Tuple(t)) => {
                    if s.len() != t.len() {
                        return Some(false);
                    }
                    if nesting >= PURE_EQ_MAX_NESTING {
                        return Option::None;
                    }
                    for (p, q) in s.iter().zip(t.iter()) {
                        if !pure_eq_nested(p, q, nesting + 1)? {
                            return Some(false);
                        }
                    }
                    true
                }
                (HeapObj::Instance(_), _) | (_, HeapObj::Instance(_)) => return Option::None,
                (HeapObj::Native(..), _) | (_, HeapObj::Native(..)) => return Option::None,
                (HeapObj::FrozenSet(_), _) | (_, HeapObj::FrozenSet(_)) => return Option::None,
                (HeapObj::BigInt(_), _) | (_, HeapObj::BigInt(_)) => false,
                (
                    HeapObj::List(_) | HeapObj::Dict(_) | HeapObj::Set(_) | HeapObj::DictView(..),
                    _,
                )
                | (
                    _,
                    HeapObj::List(_) | HeapObj::Dict(_) | HeapObj::Set(_) | HeapObj::DictView(..),
                ) => return Option::None,
                _ => false,
            }
        }
        (Obj(o), _) | (_, Obj(o)) => match &**o {
            HeapObj::Instance(_) | HeapObj::Native(..) => return Option::None,
            HeapObj::Complex(c) => {
                let other = if matches!(a, Obj(_)) { b } else { a };
                let f = match other {
                    Int(i) => *i as f64,
                    Float(f) => *f,
                    Bool(b) => *b as i64 as f64,
                    _ => return Some(false),
                };
                c.im == 0.0 && c.re == f
            }
            _ => false,
        },
        _ => a.is(b),
    })
}

fn dict_of(d: &Value) -> PyResult<&RefCell<PyDict>> {
    match d.as_obj() {
        Some(HeapObj::Dict(d)) => Ok(d),
        _ => Err(PyErr::type_error("expected a dict")),
    }
}

fn find_index(
    vm: &mut dyn Interp,
    dict: &RefCell<PyDict>,
    key: &Value,
    hash: u64,
) -> PyResult<Option<usize>> {
    let slow = Cell::new(false);
    let found = dict.borrow().find(hash, &mut |k| match pure_eq(key, k) {
        Some(b) => Ok(b),
        None => {
            slow.set(true);
            Ok(false)
        }
    })?;
    if found.is_some() || !slow.get() {
        return Ok(found);
    }
    let snapshot = dict.borrow().clone();
    snapshot.find(hash, &mut |k| vm.eq(k, key))
}

/// `d[key]` lookup.
pub fn dict_get(vm: &mut dyn Interp, d: &Value, key: &Value) -> PyResult<Option<Value>> {
    let dict = dict_of(d)?;
    let hash = vm.hash(key)? as u64;
    let idx = find_index(vm, dict, key, hash)?;
    Ok(idx.and_then(|i| dict.borrow().entry(i).map(|e| e.1.clone())))
}

/// `d[key] = value`.
pub fn dict_set(vm: &mut dyn Interp, d: &Value, key: Value, value: Value) -> PyResult<()> {
    let dict = dict_of(d)?;
    let hash = vm.hash(&key)? as u64;
    let idx = find_index(vm, dict, &key, hash)?;
    let mut b = dict.try_borrow_mut().map_err(|_| {
        PyErr::new(
            TypeTag::RuntimeError,
            "dictionary changed size during iteration",
        )
    })?;
    match idx {
        Some(i) => b.set_value(i, value),
        None => b.push(hash, key, value),
    }
    Ok(())
}

/// `del d[key]`; returns the removed value.
pub fn dict_remove(vm: &mut dyn Interp, d: &Value, key: &Value) -> PyResult<Option<Value>> {
    let dict = dict_of(d)?;
    let hash = vm.hash(key)? as u64;
    let idx = find_index(vm, dict, key, hash)?;
    Ok(match idx {
        Some(i) => dict.borrow_mut().remove_at(i).map(|e| e.1),
        None => None,
    })
}

/// A new dict from alternating keys and values.
pub fn new_dict_from_pairs(vm: &mut dyn Interp, items: Vec<Value>) -> PyResult<Value> {
    let d = Value::obj(HeapObj::Dict(RefCell::new(PyDict::new())));
    let mut it = items.into_iter();
    while let (Some(k), Some(v)) = (it.next(), it.next()) {
        dict_set(vm, &d, k, v)?;
    }
    Ok(d)
}

/// A new empty dict.
pub fn new_dict() -> Value {
    Value::obj(HeapObj::Dict(RefCell::new(PyDict::new())))
}

/// `dict.update(other)` for mappings and iterables of pairs.
pub fn dict_update_from(vm: &mut dyn Interp, d: &Value, other: &Value) -> PyResult<()> {
    if let Some(HeapObj::Dict(o)) = other.as_obj() {
        let items: Vec<(Value, Value)> = o.borrow().iter().cloned().collect();
        for (k, v) in items {
            dict_set(vm, d, k, v)?;
        }
        return Ok(());
    }
    if let Some(keys) = vm.getattr_opt(other, "keys")? {
        let ks = vm.call(&keys, vec![], vec![])?;
        for k in vm.collect(&ks)? {
            let v = vm.getitem(other, &k)?;
            dict_set(vm, d, k, v)?;
        }
        return Ok(());
    }
    for (i, item) in vm.collect(other)?.into_iter().enumerate() {
        let pair = vm.collect(&item).map_err(|_| {
            PyErr::type_error(format!(
                "cannot convert dictionary update sequence element #{} to a sequence",
                i
            ))
        })?;
        if pair.len() != 2 {
            return Err(PyErr::value_error(format!(
                "dictionary update sequence element #{} has length {}; 2 is required",
                i,
                pair.len()
            )));
        }
        let mut p = pair.into_iter();
        let (k, v) = (
            p.next().unwrap_or(Value::None),
            p.next().unwrap_or(Value::None),
        );
        dict_set(vm, d, k, v)?;
    }
    Ok(())
}

fn set_cell(s: &Value) -> Option<&RefCell<PySet>> {
    match s.as_obj() {
        Some(HeapObj::Set(c)) => Some(c),
        _ => None,
    }
}

/// The table of a set or frozenset, cloned (for reading while user code may run).
pub fn set_snapshot(s: &Value) -> Option<PySet> {
    match s.as_obj() {
        Some(HeapObj::Set(c)) => Some(c.borrow().clone()),
        Some(HeapObj::FrozenSet(t)) => Some(t.clone()),
        _ => None,
    }
}

/// Adds `key` to a set table with Python equality.
pub fn table_add(vm: &mut dyn Interp, table: &mut PySet, key: Value) -> PyResult<bool> {
    let hash = vm.hash(&key)?;
    let slow = Cell::new(false);
    let snapshot_needed = {
        let r = table.contains(hash, &mut |k| match pure_eq(&key, k) {
            Some(b) => Ok(b),
            None => {
                slow.set(true);
                Ok(false)
            }
        })?;
        if r {
            return Ok(false);
        }
        slow.get()
    };
    if snapshot_needed {
        let snap = table.clone();
        if snap.contains(hash, &mut |k| vm.eq(k, &key))? {
            return Ok(false);
        }
    }
    table.add(hash, key, &mut |_| Ok(false))
}

/// True when the table holds `key`.
pub fn table_contains(vm: &mut dyn Interp, table: &PySet, key: &Value) -> PyResult<bool> {
    let hash = vm.hash(key)?;
    let slow = Cell::new(false);
    if table.contains(hash, &mut |k| match pure_eq(key, k) {
        Some(b) => Ok(b),
        None => {
            slow.set(true);
            Ok(false)
        }
    })? {
        return Ok(true);
    }
    if slow.get() {
        return table.contains(hash, &mut |k| vm.eq(k, key));
    }
    Ok(false)
}

/// Removes `key` from the table; returns whether it was there.
pub fn table_discard(vm: &mut dyn Interp, table: &mut PySet, key: &Value) -> PyResult<bool> {
    let hash = vm.hash(key)?;
    let slow = Cell::new(false);
    let found = table.contains(hash, &mut |k| match pure_eq(key, k) {
        Some(b) => Ok(b),
        None => {
            slow.set(true);
            Ok(false)
        }
    })?;
    if found || !slow.get() {
        return if found {
            table.discard(hash, &mut |k| Ok(pure_eq(key, k).unwrap_or(false)))
        } else {
            Ok(false)
        };
    }
    // Python equality may run user code: find the equal member on a snapshot, then remove
    // that very member
    let snap = table.clone();
    let mut stored: Option<Value> = None;
    snap.contains(hash, &mut |k| {
        let eq = match pure_eq(key, k) {
            Some(b) => b,
            None => vm.eq(k, key)?,
        };
        if eq {
            stored = Some(k.clone());
        }
        Ok(eq)
    })?;
    match stored {
        Some(member) => table.discard(hash, &mut |k| Ok(k.is(&member))),
        None => Ok(false),
    }
}

/// Adds to a `set` value.
pub fn set_add(vm: &mut dyn Interp, s: &Value, key: Value) -> PyResult<bool> {
    let cell = set_cell(s).ok_or_else(|| PyErr::type_error("expected a set"))?;
    let hash = vm.hash(&key)?;
    let slow = Cell::new(false);
    let found = cell
        .borrow()
        .contains(hash, &mut |k| match pure_eq(&key, k) {
            Some(b) => Ok(b),
            None => {
                slow.set(true);
                Ok(false)
            }
        })?;
    if found {
        return Ok(false);
    }
    if !slow.get() {
        let probe_key = key.clone();
        let mut t = cell
            .try_borrow_mut()
            .map_err(|_| PyErr::new(TypeTag::RuntimeError, "Set changed size during iteration"))?;
        return t.add(hash, key, &mut |k| {
            Ok(pure_eq(&probe_key, k).unwrap_or(false))
        });
    }
    let mut table = cell.borrow().clone();
    let added = table_add(vm, &mut table, key)?;
    if added {
        *cell.borrow_mut() = table;
    }
    Ok(added)
}

/// Removes from a `set` value; returns whether the key was there.
pub fn set_discard(vm: &mut dyn Interp, s: &Value, key: &Value) -> PyResult<bool> {
    let cell = set_cell(s).ok_or_else(|| PyErr::type_error("expected a set"))?;
    let mut table = std::mem::take(&mut *cell.borrow_mut());
    let r = table_discard(vm, &mut table, key);
    *cell.borrow_mut() = table;
    r
}

/// A new set from items (in order, as `{a, b, c}` builds it).
pub fn new_set(vm: &mut dyn Interp, items: Vec<Value>) -> PyResult<Value> {
    let mut table = PySet::new();
    for it in items {
        table_add(vm, &mut table, it)?;
    }
    Ok(Value::obj(HeapObj::Set(RefCell::new(table))))
}

/// `x in s` for sets and frozensets.
pub fn set_contains(vm: &mut dyn Interp, s: &Value, key: &Value) -> PyResult<bool> {
    let key = match key.as_obj() {
        // `{1} in set_of_frozensets` looks up the frozenset equivalent
        Some(HeapObj::Set(c)) => Value::obj(HeapObj::FrozenSet(c.borrow().clone())),
        _ => key.clone(),
    };
    let hash = vm.hash(&key)?;
    let slow = Cell::new(false);
    let mut pure = |k: &Value| match pure_eq(&key, k) {
        Some(b) => Ok(b),
        None => {
            slow.set(true);
            Ok(false)
        }
    };
    let found = match s.as_obj() {
        Some(HeapObj::Set(c)) => c.borrow().contains(hash, &mut pure)?,
        Some(HeapObj::FrozenSet(t)) => t.contains(hash, &mut pure)?,
        _ => return Err(PyErr::type_error("expected a set")),
    };
    if found || !slow.get() {
        return Ok(found);
    }
    let table = set_snapshot(s).ok_or_else(|| PyErr::type_error("expected a set"))?;
    table_contains(vm, &table, &key)
}

/// True when every member of `a` is in `b`.
pub fn set_is_subset(vm: &mut dyn Interp, a: &Value, b: &Value) -> PyResult<bool> {
    let (Some(ta), Some(tb)) = (set_snapshot(a), set_snapshot(b)) else {
        return Err(PyErr::type_error("expected sets"));
    };
    if ta.len() > tb.len() {
        return Ok(false);
    }
    for k in ta.iter() {
        if !table_contains(vm, &tb, k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// `a == b` for dicts.
pub fn dict_equal(vm: &mut dyn Interp, a: &Value, b: &Value) -> PyResult<bool> {
    let (Some(HeapObj::Dict(x)), Some(HeapObj::Dict(_))) = (a.as_obj(), b.as_obj()) else {
        return Ok(false);
    };
    let items: Vec<(Value, Value)> = x.borrow().iter().cloned().collect();
    if items.len() != dict_of(b)?.borrow().len() {
        return Ok(false);
    }
    for (k, v) in items {
        match dict_get(vm, b, &k)? {
            Some(w) => {
                if !(v.is(&w) || vm.eq(&v, &w)?) {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}
