//! Subscripts: `obj[key]`, `obj[key] = v`, `del obj[key]` for lists, tuples, strings, ranges,
//! dicts, user classes and native objects, with Python's slice semantics.

use super::protocol::type_name;
use super::Vm;
use mnpy_runtime::interp_api::Interp;
use mnpy_runtime::object::{HeapObj, PyRange};
use mnpy_runtime::{PyErr, PyResult, TypeTag, Value};
use mnpy_stdlib::containers;

pub use mnpy_stdlib::slicing::slice_bounds;

fn norm_index(vm: &mut Vm, key: &Value, len: usize, what: &str) -> PyResult<usize> {
    let i = match key {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        other => match other.as_obj() {
            Some(HeapObj::BigInt(_)) => {
                return Err(PyErr::index_error(
                    "cannot fit 'int' into an index-sized integer".to_string(),
                ))
            }
            Some(HeapObj::Instance(_) | HeapObj::Native(..)) => {
                mnpy_stdlib::args::to_index(vm, other).map_err(|_| {
                    PyErr::type_error(format!(
                        "{} indices must be integers or slices, not {}",
                        what,
                        type_name(other)
                    ))
                })?
            }
            _ if what == "string" => {
                return Err(PyErr::type_error(format!(
                    "string indices must be integers, not '{}'",
                    type_name(other)
                )))
            }
            _ => {
                return Err(PyErr::type_error(format!(
                    "{} indices must be integers or slices, not {}",
                    what,
                    type_name(other)
                )))
            }
        },
    };
    let idx = if i < 0 { i + len as i64 } else { i };
    if idx < 0 || idx >= len as i64 {
        return Err(PyErr::index_error(format!("{} index out of range", what)));
    }
    Ok(idx as usize)
}

impl Vm {
    /// `obj[key]`.
    pub fn get_item(&mut self, obj: &Value, key: &Value) -> PyResult<Value> {
        let Some(o) = obj.as_obj() else {
            return Err(not_subscriptable(obj));
        };
        match o {
            HeapObj::List(l) => {
                if let Some(HeapObj::Slice(a, b, c)) = key.as_obj() {
                    let items = l.borrow().clone();
                    let s = slice_bounds(self, a, b, c, items.len())?;
                    return Ok(Value::list(s.indices().map(|i| items[i].clone()).collect()));
                }
                let len = l.borrow().len();
                let i = norm_index(self, key, len, "list")?;
                Ok(l.borrow()[i].clone())
            }
            HeapObj::Tuple(t) => {
                if let Some(HeapObj::Slice(a, b, c)) = key.as_obj() {
                    let s = slice_bounds(self, a, b, c, t.len())?;
                    return Ok(Value::tuple(s.indices().map(|i| t[i].clone()).collect()));
                }
                let i = norm_index(self, key, t.len(), "tuple")?;
                Ok(t[i].clone())
            }
            HeapObj::Str(s) => {
                if let Some(HeapObj::Slice(a, b, c)) = key.as_obj() {
                    let chars: Vec<char> = s.as_str().chars().collect();
                    let sb = slice_bounds(self, a, b, c, chars.len())?;
                    if sb.step == 1 && s.is_ascii() {
                        let st = sb.start.max(0) as usize;
                        return Ok(Value::str(&s.as_str()[st..st + sb.len]));
                    }
                    return Ok(Value::string(sb.indices().map(|i| chars[i]).collect()));
                }
                let i = norm_index(self, key, s.char_len(), "string")?;
                let c = if s.is_ascii() {
                    s.as_str().as_bytes()[i] as char
                } else {
                    s.as_str().chars().nth(i).unwrap_or(' ')
                };
                Ok(Value::string(c.to_string()))
            }
            HeapObj::Range(r) => {
                let r = *r;
                if let Some(HeapObj::Slice(a, b, c)) = key.as_obj() {
                    let s = slice_bounds(self, a, b, c, r.len() as usize)?;
                    let start = r.at(s.start);
                    // The new step and stop may leave 64 bits (a huge slice step): compute them
                    // exactly and let `range()` pick the big-int range then.
                    let step = r.step as i128 * s.step as i128;
                    let stop = start as i128 + step * s.len as i128;
                    if let (Ok(step), Ok(stop)) = (i64::try_from(step), i64::try_from(stop)) {
                        return Ok(Value::obj(HeapObj::Range(PyRange { start, stop, step })));
                    }
                    let big = |n: i128| Value::from_bigint(n.into());
                    let range = self
                        .builtins
                        .get("range")
                        .cloned()
                        .ok_or_else(|| PyErr::new(TypeTag::NameError, "range"))?;
                    return self.call_value(
                        &range,
                        vec![big(start as i128), big(stop), big(step)],
                        vec![],
                    );
                }
                let i = norm_index(self, key, r.len() as usize, "range object")?;
                Ok(Value::Int(r.at(i as i64)))
            }
            HeapObj::Dict(_) => match containers::dict_get(self, obj, key)? {
                Some(v) => Ok(v),
                None => Err(PyErr::with_args(TypeTag::KeyError, vec![key.clone()])),
            },
            HeapObj::Instance(inst) => {
                match inst.class.as_class().and_then(|c| c.lookup("__getitem__")) {
                    Some(m) => self.call_value(&m, vec![obj.clone(), key.clone()], vec![]),
                    None => Err(not_subscriptable(obj)),
                }
            }
            HeapObj::Class(c) => match c.lookup("__class_getitem__") {
                Some(m) => self.call_value(&m, vec![obj.clone(), key.clone()], vec![]),
                None => Err(PyErr::type_error(format!(
                    "type '{}' is not subscriptable",
                    c.name
                ))),
            },
            HeapObj::Native(..) => {
                if let Some(n) = mnpy_stdlib::native::as_native(obj) {
                    if let Some(v) = n.getitem(self, obj, key)? {
                        return Ok(v);
                    }
                }
                Err(not_subscriptable(obj))
            }
            _ => Err(not_subscriptable(obj)),
        }
    }

    /// `obj[key] = value`.
    pub fn set_item(&mut self, obj: &Value, key: &Value, value: Value) -> PyResult<()> {
        let Some(o) = obj.as_obj() else {
            return Err(no_item_assignment(obj));
        };
        match o {
            HeapObj::List(l) => {
                if let Some(HeapObj::Slice(a, b, c)) = key.as_obj() {
                    let items = self
                        .collect(&value)
                        .map_err(|_| PyErr::type_error("can only assign an iterable"))?;
                    let len = l.borrow().len();
                    let s = slice_bounds(self, a, b, c, len)?;
                    let mut list = l.borrow_mut();
                    if s.step == 1 {
                        let start = s.start.clamp(0, len as i64) as usize;
                        let stop = (start + s.len).min(len).max(start);
                        list.splice(start..stop, items);
                    } else {
                        if items.len() != s.len {
                            return Err(PyErr::value_error(format!(
                                "attempt to assign sequence of size {} to extended slice of size {}",
                                items.len(),
                                s.len
                            )));
                        }
                        let idx: Vec<usize> = s.indices().collect();
                        for (i, v) in idx.into_iter().zip(items) {
                            list[i] = v;
                        }
                    }
                    return Ok(());
                }
                let len = l.borrow().len();
                let i = norm_index(self, key, len, "list").map_err(|e| {
                    if e.matches(TypeTag::IndexError) {
                        PyErr::index_error("list assignment index out of range")
                    } else {
                        e
                    }
                })?;
                l.borrow_mut()[i] = value;
                Ok(())
            }
            HeapObj::Dict(_) => containers::dict_set(self, obj, key.clone(), value),
            HeapObj::Instance(inst) => {
                match inst.class.as_class().and_then(|c| c.lookup("__setitem__")) {
                    Some(m) => self
                        .call_value(&m, vec![obj.clone(), key.clone(), value], vec![])
                        .map(|_| ()),
                    None => Err(no_item_assignment(obj)),
                }
            }
            HeapObj::Native(..) => {
                if let Some(n) = mnpy_stdlib::native::as_native(obj) {
                    if n.setitem(self, obj, key, value)? {
                        return Ok(());
                    }
                }
                Err(no_item_assignment(obj))
            }
            _ => Err(no_item_assignment(obj)),
        }
    }

    /// `del obj[key]`.
    pub(super) fn delitem(&mut self, obj: &Value, key: &Value) -> PyResult<()> {
        match obj.as_obj() {
            Some(HeapObj::List(l)) => {
                if let Some(HeapObj::Slice(a, b, c)) = key.as_obj() {
                    let len = l.borrow().len();
                    let s = slice_bounds(self, a, b, c, len)?;
                    let mut idx: Vec<usize> = s.indices().collect();
                    idx.sort_unstable();
                    let mut list = l.borrow_mut();
                    for i in idx.into_iter().rev() {
                        list.remove(i);
                    }
                    return Ok(());
                }
                let len = l.borrow().len();
                let i = norm_index(self, key, len, "list").map_err(|e| {
                    if e.matches(TypeTag::IndexError) {
                        PyErr::index_error("list assignment index out of range")
                    } else {
                        e
                    }
                })?;
                l.borrow_mut().remove(i);
                Ok(())
            }
            Some(HeapObj::Dict(_)) => match containers::dict_remove(self, obj, key)? {
                Some(_) => Ok(()),
                None => Err(PyErr::with_args(TypeTag::KeyError, vec![key.clone()])),
            },
            Some(HeapObj::Instance(inst)) => {
                match inst.class.as_class().and_then(|c| c.lookup("__delitem__")) {
                    Some(m) => self
                        .call_value(&m, vec![obj.clone(), key.clone()], vec![])
                        .map(|_| ()),
                    None => Err(PyErr::type_error(format!(
                        "'{}' object does not support item deletion",
                        type_name(obj)
                    ))),
                }
            }
            _ => Err(PyErr::type_error(format!(
                "'{}' object does not support item deletion",
                type_name(obj)
            ))),
        }
    }
}

fn not_subscriptable(v: &Value) -> PyErr {
    PyErr::type_error(format!("'{}' object is not subscriptable", type_name(v)))
}

fn no_item_assignment(v: &Value) -> PyErr {
    PyErr::type_error(format!(
        "'{}' object does not support item assignment",
        type_name(v)
    ))
}
