//! Builtins about iteration: `iter`, `next`, `enumerate`, `zip`, `map`, `filter`, `reversed`,
//! `range`, `sorted`, `min`/`max`, `dir`.

use crate::args::{to_index, type_name, Args};
use crate::native::{native_iter_value, NativeIter};
use mnpy_runtime::interp_api::{CmpOp, Interp};
use mnpy_runtime::object::{HeapObj, IterState, PyIter, PyRange};
use mnpy_runtime::{BuiltinFn, PyErr, PyResult, TypeTag, Value};
use std::cell::RefCell;

fn iter_value(state: IterState, name: &'static str) -> Value {
    Value::obj(HeapObj::Iter(PyIter {
        state: RefCell::new(state),
        type_name: name,
    }))
}

struct CallableIter {
    func: Value,
    sentinel: Value,
    done: bool,
}

impl NativeIter for CallableIter {
    fn next(&mut self, vm: &mut dyn Interp) -> PyResult<Option<Value>> {
        if self.done {
            return Ok(None);
        }
        let v = vm.call(&self.func, vec![], vec![])?;
        if vm.eq(&v, &self.sentinel)? {
            self.done = true;
            return Ok(None);
        }
        Ok(Some(v))
    }
}

/// `iter(x)` and `iter(callable, sentinel)`.
pub fn iter(vm: &mut dyn Interp, a: Args) -> PyResult<Value> {
    a.count(1, 2)?;
    if a.pos.len() == 2 {
        return Ok(native_iter_value(
            Box::new(CallableIter {
                func: a.pos[0].clone(),
                sentinel: a.pos[1].clone(),
                done: false,
            }),
            "callable_iterator",
        ));
    }
    vm.iter(&a.pos[0])
}

/// `next(it[, default])`.
pub fn next(vm: &mut dyn Interp, a: Args) -> PyResult<Value> {
    a.count(1, 2)?;
    let it = &a.pos[0];
    let is_iter = matches!(
        it.as_obj(),
        Some(
            HeapObj::Iter(_) | HeapObj::Generator(..) | HeapObj::Instance(_) | HeapObj::Native(..)
        )
    );
    if !is_iter {
        return Err(PyErr::type_error(format!(
            "'{}' object is not an iterator",
            type_name(it)
        )));
    }
    vm.take_stop_value();
    match vm.next(it)? {
        Some(v) => Ok(v),
        None => match a.pos.get(1) {
            Some(d) => Ok(d.clone()),
            None => {
                let args = match vm.take_stop_value() {
                    None | Some(Value::None) => vec![],
                    Some(v) => vec![v],
                };
                Err(PyErr::with_args(TypeTag::StopIteration, args))
            }
        },
    }
}

/// `enumerate`, `zip`, `map`, `filter`, `reversed`, `range`.
pub fn make_iterator(vm: &mut dyn Interp, f: BuiltinFn, mut a: Args) -> PyResult<Value> {
    use BuiltinFn as B;
    match f {
        B::Enumerate => {
            let start = a.take_kw("start");
            let iterable = a.arg(0, "iterable").ok_or_else(|| {
                PyErr::type_error("enumerate() missing required argument 'iterable' (pos 1)")
            })?;
            a.finish_builtin()?;
            let start = start
                .or_else(|| a.pos.get(1).cloned())
                .unwrap_or(Value::Int(0));
            if !start.is_int_like() {
                return Err(PyErr::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name(&start)
                )));
            }
            let inner = vm.iter(&iterable)?;
            Ok(iter_value(
                IterState::Enumerate {
                    inner,
                    count: start,
                },
                "enumerate",
            ))
        }
        B::Zip => {
            let strict = a.take_kw("strict");
            a.finish_builtin()?;
            if strict
                .map(|s| matches!(s, Value::Bool(true)))
                .unwrap_or(false)
            {
                return Err(PyErr::not_supported(
                    "mnpy does not support zip(strict=True)",
                ));
            }
            let mut inners = vec![];
            for x in a.pos.iter() {
                inners.push(vm.iter(x)?);
            }
            Ok(iter_value(IterState::Zip { inners }, "zip"))
        }
        B::Map => {
            a.no_kwargs()?;
            if a.pos.len() < 2 {
                return Err(PyErr::type_error("map() must have at least two arguments."));
            }
            let mut inners = vec![];
            for x in &a.pos[1..] {
                inners.push(vm.iter(x)?);
            }
            Ok(iter_value(
                IterState::Map {
                    func: a.pos[0].clone(),
                    inners,
                },
                "map",
            ))
        }
        B::Filter => {
            a.no_kwargs()?;
            a.count(2, 2)?;
            let inner = vm.iter(&a.pos[1])?;
            Ok(iter_value(
                IterState::Filter {
                    func: a.pos[0].clone(),
                    inner,
                },
                "filter",
            ))
        }
        B::Reversed => {
            a.no_kwargs()?;
            a.count(1, 1)?;
            let seq = a.pos[0].clone();
            let n = match seq.as_obj() {
                Some(HeapObj::List(l)) => l.borrow().len() as i64,
                Some(HeapObj::Tuple(t)) => t.len() as i64,
                Some(HeapObj::Range(r)) => r.len(),
                Some(HeapObj::Str(s)) => s.char_len() as i64,
                Some(HeapObj::DictView(kind, d)) => {
                    let Some(HeapObj::Dict(dd)) = d.as_obj() else {
                        return Err(PyErr::type_error("bad dict view"));
                    };
                    let b = dd.borrow();
                    let (mut items, name) = match kind {
                        mnpy_runtime::object::DictViewKind::Keys => {
                            (b.keys(), "dict_reversekeyiterator")
                        }
                        mnpy_runtime::object::DictViewKind::Values => {
                            (b.values(), "dict_reversevalueiterator")
                        }
                        mnpy_runtime::object::DictViewKind::Items => (
                            b.iter()
                                .map(|(k, v)| Value::tuple(vec![k.clone(), v.clone()]))
                                .collect(),
                            "dict_reverseitemiterator",
                        ),
                    };
                    items.reverse();
                    return Ok(iter_value(
                        IterState::Values {
                            items,
                            index: 0,
                            source: Value::None,
                            size: 0,
                        },
                        name,
                    ));
                }
                Some(HeapObj::Dict(d)) => {
                    let mut keys = d.borrow().keys();
                    keys.reverse();
                    return Ok(iter_value(
                        IterState::Values {
                            items: keys,
                            index: 0,
                            source: Value::None,
                            size: 0,
                        },
                        "dict_reversekeyiterator",
                    ));
                }
                Some(HeapObj::Instance(_)) => {
                    if let Some(m) = vm.getattr_opt(&seq, "__reversed__")? {
                        return vm.call(&m, vec![], vec![]);
                    }
                    if vm.getattr_opt(&seq, "__getitem__")?.is_none() {
                        return Err(PyErr::type_error(format!(
                            "'{}' object is not reversible",
                            type_name(&seq)
                        )));
                    }
                    vm.len(&seq)? as i64
                }
                _ => {
                    return Err(PyErr::type_error(format!(
                        "'{}' object is not reversible",
                        type_name(&seq)
                    )))
                }
            };
            let name = match seq.as_obj() {
                Some(HeapObj::List(_)) => "list_reverseiterator",
                Some(HeapObj::Range(_)) => "range_iterator",
                _ => "reversed",
            };
            Ok(iter_value(IterState::Reversed { seq, index: n - 1 }, name))
        }
        B::Range => make_range(vm, a),
        _ => Err(PyErr::type_error("not an iterator builtin")),
    }
}

/// `range(stop)`, `range(start, stop[, step])`.
pub fn make_range(vm: &mut dyn Interp, a: Args) -> PyResult<Value> {
    a.no_kwargs()?;
    if a.pos.is_empty() {
        return Err(PyErr::type_error(
            "range expected at least 1 argument, got 0",
        ));
    }
    if a.pos.len() > 3 {
        return Err(PyErr::type_error(format!(
            "range expected at most 3 arguments, got {}",
            a.pos.len()
        )));
    }
    if a.pos
        .iter()
        .any(|v| matches!(v.as_obj(), Some(HeapObj::BigInt(_))))
    {
        let mut big = vec![];
        for v in &a.pos {
            big.push(match v.to_bigint() {
                Some(b) => b,
                None => num_bigint::BigInt::from(to_index(vm, v)?),
            });
        }
        let one = num_bigint::BigInt::from(1);
        let zero = num_bigint::BigInt::from(0);
        let (start, stop, step) = match big.len() {
            1 => (zero.clone(), big[0].clone(), one),
            2 => (big[0].clone(), big[1].clone(), one),
            _ => (big[0].clone(), big[1].clone(), big[2].clone()),
        };
        if step == zero {
            return Err(PyErr::value_error("range() arg 3 must not be zero"));
        }
        return Ok(crate::native::native_value(Box::new(
            super::big_range::BigRange::new(start, stop, step),
        )));
    }
    let mut nums = vec![];
    for v in &a.pos {
        nums.push(to_index(vm, v)?);
    }
    let (start, stop, step) = match nums.as_slice() {
        [stop] => (0, *stop, 1),
        [start, stop] => (*start, *stop, 1),
        [start, stop, step] => (*start, *stop, *step),
        _ => (0, 0, 1),
    };
    if step == 0 {
        return Err(PyErr::value_error("range() arg 3 must not be zero"));
    }
    let small = PyRange { start, stop, step };
    if !range_fits_i64(&small) {
        // The length or the end value (`start + len * step`) overflows 64 bits: the big-int
        // range computes them exactly.
        return Ok(crate::native::native_value(Box::new(
            super::big_range::BigRange::new(start.into(), stop.into(), step.into()),
        )));
    }
    Ok(Value::obj(HeapObj::Range(small)))
}

/// True when a 64-bit range's length and end value `start + len * step` both fit in an `i64`,
/// so `PyRange::len`, `PyRange::at` and stepping past the last value never overflow.
fn range_fits_i64(r: &PyRange) -> bool {
    let (lo, hi, st) = (r.start as i128, r.stop as i128, r.step as i128);
    let len = if st > 0 && lo < hi {
        (hi - lo + st - 1) / st
    } else if st < 0 && lo > hi {
        (lo - hi - st - 1) / -st
    } else {
        0
    };
    len <= i64::MAX as i128 && i64::try_from(lo + len * st).is_ok()
}

/// `sorted(iterable, *, key=None, reverse=False)`.
pub fn sorted(vm: &mut dyn Interp, mut a: Args) -> PyResult<Value> {
    let key = a.take_kw("key").filter(|k| !matches!(k, Value::None));
    let reverse = match a.take_kw("reverse") {
        Some(r) => vm.truthy(&r)?,
        None => false,
    };
    a.finish_builtin()?;
    if a.pos.len() != 1 {
        return Err(PyErr::type_error(format!(
            "sorted expected 1 argument, got {}",
            a.pos.len()
        )));
    }
    let mut items = vm.collect(&a.pos[0])?;
    crate::sort::sort_values(vm, &mut items, key.as_ref(), reverse)?;
    Ok(Value::list(items))
}

/// `min(...)` / `max(...)` with `key=` and `default=`.
pub fn min_max(vm: &mut dyn Interp, is_max: bool, mut a: Args) -> PyResult<Value> {
    let name = if is_max { "max" } else { "min" };
    let key = a.take_kw("key").filter(|k| !matches!(k, Value::None));
    let default = a.take_kw("default");
    a.finish_builtin()?;
    let items = match a.pos.len() {
        0 => {
            return Err(PyErr::type_error(format!(
                "{} expected at least 1 argument, got 0",
                name
            )))
        }
        1 => vm.collect(&a.pos[0])?,
        _ => {
            if default.is_some() {
                return Err(PyErr::type_error(format!(
                    "Cannot specify a default for {}() with multiple positional arguments",
                    name
                )));
            }
            a.pos.clone()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for it in items {
        let k = match &key {
            Some(f) => vm.call(f, vec![it.clone()], vec![])?,
            None => it.clone(),
        };
        best = Some(match best {
            None => (k, it),
            Some((bk, bv)) => {
                let better = if is_max {
                    vm.compare_bool(CmpOp::Gt, &k, &bk)?
                } else {
                    vm.compare_bool(CmpOp::Lt, &k, &bk)?
                };
                if better {
                    (k, it)
                } else {
                    (bk, bv)
                }
            }
        });
    }
    match best {
        Some((_, v)) => Ok(v),
        None => default
            .ok_or_else(|| PyErr::value_error(format!("{}() arg is an empty sequence", name))),
    }
}

/// `dir(obj)`.
pub fn dir(vm: &mut dyn Interp, a: Args) -> PyResult<Value> {
    a.count(0, 1)?;
    let mut names: Vec<String> = vec![];
    match a.pos.first() {
        None => {
            let g = vm.current_globals();
            if let Some(HeapObj::Module(m)) = g.as_obj() {
                names.extend(m.dict.borrow().keys().map(|k| k.to_string()));
            }
        }
        Some(v) => match v.as_obj() {
            Some(HeapObj::Module(m)) => names.extend(m.dict.borrow().keys().map(|k| k.to_string())),
            Some(HeapObj::Instance(i)) => {
                names.extend(i.attrs.borrow().keys().map(|k| k.to_string()));
                if let Some(c) = i.class.as_class() {
                    names.extend(c.dict.borrow().keys().map(|k| k.to_string()));
                    for m in &c.mro_tail {
                        if let Some(mc) = m.as_class() {
                            names.extend(mc.dict.borrow().keys().map(|k| k.to_string()));
                        }
                    }
                }
            }
            Some(HeapObj::Class(c)) => {
                names.extend(c.dict.borrow().keys().map(|k| k.to_string()));
                for m in &c.mro_tail {
                    if let Some(mc) = m.as_class() {
                        names.extend(mc.dict.borrow().keys().map(|k| k.to_string()));
                    }
                }
            }
            _ => {
                let tag = crate::typeinfo::tag_of(v);
                names.extend(
                    mnpy_runtime::builtin_fn::ALL_BUILTINS
                        .iter()
                        .filter(|(_, o, _)| *o == mnpy_runtime::builtin_fn::Owner::Method(tag))
                        .map(|(_, _, n)| n.to_string()),
                );
            }
        },
    }
    names.sort();
    names.dedup();
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}
