//! Iteration: `iter()` for every iterable kind, `next()` over the builtin iterator states,
//! generators, user `__iter__`/`__next__` and the legacy `__getitem__` protocol, and unpacking.

use super::protocol::type_name;
use super::Vm;
use mnpy_runtime::interp_api::Interp;
use mnpy_runtime::object::{DictViewKind, HeapObj, IterState, PyIter, PyRange};
use mnpy_runtime::{PyErr, PyResult, TypeTag, Value};
use std::cell::RefCell;
use std::rc::Rc;

fn iter_value(state: IterState, type_name: &'static str) -> Value {
    Value::obj(HeapObj::Iter(PyIter {
        state: RefCell::new(state),
        type_name,
    }))
}

/// `iter(r)` for a range that fits in 64 bits.
pub(super) fn range_iterator(r: &PyRange) -> Value {
    iter_value(
        IterState::Range {
            next: r.start,
            stop: r.stop,
            step: r.step,
        },
        "range_iterator",
    )
}

impl Vm {
    /// `iter(range(...))` in a `for` loop's direct path: the range iterator that the last
    /// such loop finished with (`keep_range_iterator`) when there is one, else a new one.
    /// Loops over ranges are the commonest loops there are; reusing the object saves an
    /// allocation, a copy of the object into it and a release per loop.
    pub(super) fn range_iterator_reused(&mut self, r: &PyRange) -> Value {
        if let Some(mut it) = self.spare_range_iterator.take() {
            if let Some(HeapObj::Iter(PyIter { state, .. })) = Rc::get_mut(&mut it) {
                *state.get_mut() = IterState::Range {
                    next: r.start,
                    stop: r.stop,
                    step: r.step,
                };
                return Value::Obj(it);
            }
        }
        range_iterator(r)
    }

    /// A `for` loop has popped its exhausted iterator `it`: a range iterator nobody else
    /// holds is kept for the next loop (`range_iterator_reused`).
    #[inline]
    pub(super) fn keep_range_iterator(&mut self, it: Value) {
        if let Value::Obj(mut o) = it {
            if let Some(HeapObj::Iter(PyIter { state, .. })) = Rc::get_mut(&mut o) {
                if let IterState::Range { .. } = state.get_mut() {
                    self.spare_range_iterator = Some(o);
                }
            }
        }
    }
}

enum Pending {
    Done(Option<Value>),
    Enumerate(Value, Value),
    Zip(Vec<Value>),
    Map(Value, Vec<Value>),
    Filter(Value, Value),
    GetItem(Value, usize),
}

impl Vm {
    /// `iter(v)`.
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        let Some(o) = v.as_obj() else {
            return Err(not_iterable(v));
        };
        Ok(match o {
            HeapObj::List(_) => iter_value(
                IterState::Seq {
                    seq: v.clone(),
                    index: 0,
                },
                "list_iterator",
            ),
            HeapObj::Tuple(_) => iter_value(
                IterState::Seq {
                    seq: v.clone(),
                    index: 0,
                },
                "tuple_iterator",
            ),
            HeapObj::Str(s) => {
                let name = if s.is_ascii() {
                    "str_ascii_iterator"
                } else {
                    "str_iterator"
                };
                iter_value(
                    IterState::Str {
                        s: v.clone(),
                        byte: 0,
                    },
                    name,
                )
            }
            HeapObj::Range(r) => range_iterator(r),
            HeapObj::Dict(d) => {
                let items = d.borrow().keys();
                let size = items.len();
                iter_value(
                    IterState::Values {
                        items,
                        index: 0,
                        source: v.clone(),
                        size,
                    },
                    "dict_keyiterator",
                )
            }
            HeapObj::DictView(kind, d) => {
                let Some(HeapObj::Dict(dd)) = d.as_obj() else {
                    return Err(not_iterable(v));
                };
                let b = dd.borrow();
                let (items, name) = match kind {
                    DictViewKind::Keys => (b.keys(), "dict_keyiterator"),
                    DictViewKind::Values => (b.values(), "dict_valueiterator"),
                    DictViewKind::Items => (
                        b.iter()
                            .map(|(k, v)| Value::tuple(vec![k.clone(), v.clone()]))
                            .collect(),
                        "dict_itemiterator",
                    ),
                };
                let size = items.len();
                iter_value(
                    IterState::Values {
                        items,
                        index: 0,
                        source: d.clone(),
                        size,
                    },
                    name,
                )
            }
            HeapObj::Set(s) => {
                let items: Vec<Value> = s.borrow().iter().cloned().collect();
                let size = items.len();
                iter_value(
                    IterState::Values {
                        items,
                        index: 0,
                        source: v.clone(),
                        size,
                    },
                    "set_iterator",
                )
            }
            HeapObj::FrozenSet(s) => {
                let items: Vec<Value> = s.iter().cloned().collect();
                iter_value(
                    IterState::Values {
                        items,
                        index: 0,
                        source: Value::None,
                        size: 0,
                    },
                    "set_iterator",
                )
            }
            HeapObj::Iter(_) | HeapObj::Generator(..) => v.clone(),
            HeapObj::Instance(inst) => {
                let cls = inst.class.clone();
                let c = cls.as_class();
                if let Some(m) = c.and_then(|c| c.lookup("__iter__")) {
                    let it = self.call_value(&m, vec![v.clone()], vec![])?;
                    let ok = match it.as_obj() {
                        Some(HeapObj::Iter(_) | HeapObj::Generator(..)) => true,
                        Some(HeapObj::Instance(_)) => {
                            self.lookup_special(&it, "__next__").is_some()
                        }
                        Some(HeapObj::Native(..)) => true,
                        _ => false,
                    };
                    if !ok {
                        return Err(PyErr::type_error(format!(
                            "iter() returned non-iterator of type '{}'",
                            type_name(&it)
                        )));
                    }
                    return Ok(it);
                }
                if c.and_then(|c| c.lookup("__getitem__")).is_some() {
                    return Ok(iter_value(
                        IterState::Seq {
                            seq: v.clone(),
                            index: 0,
                        },
                        "iterator",
                    ));
                }
                return Err(not_iterable(v));
            }
            HeapObj::Native(..) => {
                if let Some(n) = mnpy_stdlib::native::as_native(v) {
                    if let Some(it) = n.iter(self, v)? {
                        return Ok(it);
                    }
                }
                return Err(not_iterable(v));
            }
            _ => return Err(not_iterable(v)),
        })
    }

    /// `next(it)`; `None` when exhausted.
    pub fn iter_next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        let Some(o) = it.as_obj() else {
            return Err(not_iterator(it));
        };
        match o {
            HeapObj::Iter(pi) => {
                let pending = {
                    let Ok(mut st) = pi.state.try_borrow_mut() else {
                        return Err(PyErr::value_error("generator already executing"));
                    };
                    match &mut *st {
                        IterState::Seq { seq, index } => match seq.as_obj() {
                            Some(HeapObj::List(l)) => {
                                let l = l.borrow();
                                if *index < l.len() {
                                    *index += 1;
                                    Pending::Done(Some(l[*index - 1].clone()))
                                } else {
                                    drop(l);
                                    *st = IterState::Done;
                                    Pending::Done(None)
                                }
                            }
                            Some(HeapObj::Tuple(t)) => {
                                if *index < t.len() {
                                    *index += 1;
                                    Pending::Done(Some(t[*index - 1].clone()))
                                } else {
                                    *st = IterState::Done;
                                    Pending::Done(None)
                                }
                            }
                            _ => {
                                *index += 1;
                                Pending::GetItem(seq.clone(), *index - 1)
                            }
                        },
                        IterState::Range { next, stop, step } => {
                            if (*step > 0 && *next < *stop) || (*step < 0 && *next > *stop) {
                                let v = *next;
                                match next.checked_add(*step) {
                                    Some(n) => *next = n,
                                    None => *next = *stop,
                                }
                                Pending::Done(Some(Value::Int(v)))
                            } else {
                                Pending::Done(None)
                            }
                        }
                        IterState::Str { s, byte } => {
                            let text = s.as_str().unwrap_or("");
                            match text[*byte..].chars().next() {
                                Some(c) => {
                                    *byte += c.len_utf8();
                                    Pending::Done(Some(Value::char_str(c)))
                                }
                                None => Pending::Done(None),
                            }
                        }
                        IterState::Values {
                            items,
                            index,
                            source,
                            size,
                        } => {
                            let cur = match source.as_obj() {
                                Some(HeapObj::Dict(d)) => Some((d.borrow().len(), "dictionary")),
                                Some(HeapObj::Set(s)) => Some((s.borrow().len(), "Set")),
                                _ => None,
                            };
                            if let Some((n, what)) = cur {
                                if n != *size {
                                    *size = usize::MAX;
                                    return Err(PyErr::new(
                                        TypeTag::RuntimeError,
                                        format!("{} changed size during iteration", what),
                                    ));
                                }
                            }
                            if *index < items.len() {
                                *index += 1;
                                Pending::Done(Some(items[*index - 1].clone()))
                            } else {
                                Pending::Done(None)
                            }
                        }
                        IterState::Reversed { seq, index } => {
                            if *index < 0 {
                                Pending::Done(None)
                            } else {
                                let i = *index as usize;
                                *index -= 1;
                                match seq.as_obj() {
                                    Some(HeapObj::List(l)) => {
                                        Pending::Done(l.borrow().get(i).cloned())
                                    }
                                    Some(HeapObj::Tuple(t)) => Pending::Done(t.get(i).cloned()),
                                    Some(HeapObj::Range(r)) => {
                                        Pending::Done(Some(Value::Int(r.at(i as i64))))
                                    }
                                    Some(HeapObj::Str(s)) => Pending::Done(
                                        s.as_str()
                                            .chars()
                                            .nth(i)
                                            .map(|c| Value::string(c.to_string())),
                                    ),
                                    _ => Pending::GetItem(seq.clone(), i),
                                }
                            }
                        }
                        IterState::Enumerate { inner, count } => {
                            Pending::Enumerate(inner.clone(), count.clone())
                        }
                        IterState::Zip { inners } => Pending::Zip(inners.clone()),
                        IterState::Map { func, inners } => {
                            Pending::Map(func.clone(), inners.clone())
                        }
                        IterState::Filter { func, inner } => {
                            Pending::Filter(func.clone(), inner.clone())
                        }
                        IterState::Native(b) => return mnpy_stdlib::native_iter_next(self, b),
                        IterState::Done => Pending::Done(None),
                    }
                };
                match pending {
                    Pending::Done(v) => Ok(v),
                    Pending::GetItem(seq, i) => match self.get_item(&seq, &Value::Int(i as i64)) {
                        Ok(v) => Ok(Some(v)),
                        Err(e)
                            if e.matches(TypeTag::IndexError)
                                || e.matches(TypeTag::StopIteration) =>
                        {
                            *pi.state.borrow_mut() = IterState::Done;
                            Ok(None)
                        }
                        Err(e) => Err(e),
                    },
                    Pending::Enumerate(inner, count) => match self.iter_next(&inner)? {
                        Some(x) => {
                            let next = self.binary_op(
                                mnpy_runtime::interp_api::BinOp::Add,
                                &count,
                                &Value::Int(1),
                            )?;
                            if let IterState::Enumerate { count: c, .. } =
                                &mut *pi.state.borrow_mut()
                            {
                                *c = next;
                            }
                            Ok(Some(Value::tuple(vec![count, x])))
                        }
                        None => Ok(None),
                    },
                    Pending::Zip(inners) => {
                        if inners.is_empty() {
                            return Ok(None);
                        }
                        let mut out = Vec::with_capacity(inners.len());
                        for i in &inners {
                            match self.iter_next(i)? {
                                Some(x) => out.push(x),
                                None => return Ok(None),
                            }
                        }
                        Ok(Some(Value::tuple(out)))
                    }
                    Pending::Map(func, inners) => {
                        let mut args = Vec::with_capacity(inners.len());
                        for i in &inners {
                            match self.iter_next(i)? {
                                Some(x) => args.push(x),
                                None => return Ok(None),
                            }
                        }
                        self.call_value(&func, args, vec![]).map(Some)
                    }
                    Pending::Filter(func, inner) => loop {
                        let Some(x) = self.iter_next(&inner)? else {
                            return Ok(None);
                        };
                        let keep = if let Value::None = func {
                            self.truthy(&x)?
                        } else {
                            let r = self.call_value(&func, vec![x.clone()], vec![])?;
                            self.truthy(&r)?
                        };
                        if keep {
                            return Ok(Some(x));
                        }
                    },
                }
            }
            HeapObj::Generator(..) => self.resume_generator(it, Value::None),
            HeapObj::Instance(_) => match self.lookup_special(it, "__next__") {
                Some(m) => match self.call_value(&m, vec![it.clone()], vec![]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if e.matches(TypeTag::StopIteration) => Ok(None),
                    Err(e) => Err(e),
                },
                None => Err(not_iterator(it)),
            },
            _ => Err(not_iterator(it)),
        }
    }

    /// Unpacks exactly `n` values.
    pub(super) fn unpack(&mut self, v: &Value, n: usize) -> PyResult<Vec<Value>> {
        let items = match v.as_obj() {
            Some(HeapObj::Tuple(t)) => t.to_vec(),
            Some(HeapObj::List(l)) => l.borrow().clone(),
            _ => {
                let it = self.get_iter(v).map_err(|_| {
                    PyErr::type_error(format!(
                        "cannot unpack non-iterable {} object",
                        type_name(v)
                    ))
                })?;
                let mut out = Vec::with_capacity(n);
                while let Some(x) = self.iter_next(&it)? {
                    out.push(x);
                    if out.len() > n {
                        return Err(PyErr::value_error(format!(
                            "too many values to unpack (expected {})",
                            n
                        )));
                    }
                }
                out
            }
        };
        if items.len() < n {
            return Err(PyErr::value_error(format!(
                "not enough values to unpack (expected {}, got {})",
                n,
                items.len()
            )));
        }
        if items.len() > n {
            return Err(PyErr::value_error(format!(
                "too many values to unpack (expected {})",
                n
            )));
        }
        Ok(items)
    }
}

fn not_iterable(v: &Value) -> PyErr {
    PyErr::type_error(format!("'{}' object is not iterable", type_name(v)))
}

fn not_iterator(v: &Value) -> PyErr {
    PyErr::type_error(format!("'{}' object is not an iterator", type_name(v)))
}
