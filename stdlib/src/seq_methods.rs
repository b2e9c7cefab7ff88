//! Methods of `list` and `tuple`.

use crate::args::{to_index, type_name, Args};
use mnpy_runtime::interp_api::Interp;
use mnpy_runtime::object::HeapObj;
use mnpy_runtime::{BuiltinFn, PyErr, PyResult, Value};
use std::cell::RefCell;

fn list_of(v: &Value) -> PyResult<&RefCell<Vec<Value>>> {
    match v.as_obj() {
        Some(HeapObj::List(l)) => Ok(l),
        _ => Err(PyErr::type_error(format!(
            "descriptor requires a 'list' object but received a '{}'",
            type_name(v)
        ))),
    }
}

fn items_of(v: &Value) -> PyResult<Vec<Value>> {
    match v.as_obj() {
        Some(HeapObj::List(l)) => Ok(l.borrow().clone()),
        Some(HeapObj::Tuple(t)) => Ok(t.to_vec()),
        _ => Err(PyErr::type_error("expected a sequence")),
    }
}

fn clamp_range(
    vm: &mut dyn Interp,
    a: &Args,
    first: usize,
    len: usize,
) -> PyResult<(usize, usize)> {
    let norm = |i: i64| -> usize {
        if i < 0 {
            (i + len as i64).max(0) as usize
        } else {
            (i as usize).min(len)
        }
    };
    let start = match a.pos.get(first) {
        Some(v) => norm(to_index(vm, v)?),
        None => 0,
    };
    let stop = match a.pos.get(first + 1) {
        Some(v) => norm(to_index(vm, v)?),
        None => len,
    };
    Ok((start, stop))
}

/// Calls a list or tuple method.
pub fn call(vm: &mut dyn Interp, f: BuiltinFn, mut a: Args) -> PyResult<Value> {
    use BuiltinFn as B;
    let this = a
        .pos
        .first()
        .cloned()
        .ok_or_else(|| PyErr::type_error("method needs a receiver"))?;
    match f {
        B::ListAppend => {
            a.no_kwargs()?;
            if a.pos.len() != 2 {
                return Err(PyErr::type_error(format!(
                    "list.append() takes exactly one argument ({} given)",
                    a.pos.len() - 1
                )));
            }
            list_of(&this)?.borrow_mut().push(a.pos[1].clone());
            Ok(Value::None)
        }
        B::ListExtend => {
            a.count(2, 2)?;
            let items = vm.collect(&a.pos[1])?;
            list_of(&this)?.borrow_mut().extend(items);
            Ok(Value::None)
        }
        B::ListInsert => {
            a.count(3, 3)?;
            let i = to_index(vm, &a.pos[1])?;
            let l = list_of(&this)?;
            let len = l.borrow().len() as i64;
            let idx = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
            l.borrow_mut().insert(idx, a.pos[2].clone());
            Ok(Value::None)
        }
        B::ListPop => {
            a.count(1, 2)?;
            let l = list_of(&this)?;
            let len = l.borrow().len() as i64;
            if len == 0 {
                return Err(PyErr::index_error("pop from empty list"));
            }
            let i = match a.pos.get(1) {
                Some(v) => to_index(vm, v)?,
                None => -1,
            };
            let idx = if i < 0 { i + len } else { i };
            if idx < 0 || idx >= len {
                return Err(PyErr::index_error("pop index out of range"));
            }
            Ok(l.borrow_mut().remove(idx as usize))
        }
        B::ListRemove => {
            a.count(2, 2)?;
            let items = items_of(&this)?;
            for (i, it) in items.iter().enumerate() {
                if it.is(&a.pos[1]) || vm.eq(it, &a.pos[1])? {
                    let l = list_of(&this)?;
                    if i < l.borrow().len() {
                        l.borrow_mut().remove(i);
                    }
                    return Ok(Value::None);
                }
            }
            Err(PyErr::value_error("list.remove(x): x not in list"))
        }
        B::ListIndex | B::TupleIndex => {
            a.count(2, 4)?;
            let items = items_of(&this)?;
            let (start, stop) = clamp_range(vm, &a, 2, items.len())?;
            for (i, it) in items.iter().enumerate().take(stop).skip(start) {
                if it.is(&a.pos[1]) || vm.eq(it, &a.pos[1])? {
                    return Ok(Value::Int(i as i64));
                }
            }
            Err(PyErr::value_error(if f == B::ListIndex {
                format!("{} is not in list", vm.repr(&a.pos[1])?)
            } else {
                "tuple.index(x): x not in tuple".to_string()
            }))
        }
        B::ListCount | B::TupleCount => {
            a.count(2, 2)?;
            let items = items_of(&this)?;
            let mut n = 0;
            for it in &items {
                if it.is(&a.pos[1]) || vm.eq(it, &a.pos[1])? {
                    n += 1;
                }
            }
            Ok(Value::Int(n))
        }
        B::ListSort => {
            let key = a.take_kw("key").filter(|k| !matches!(k, Value::None));
            let reverse = match a.take_kw("reverse") {
                Some(r) => vm.truthy(&r)?,
                None => false,
            };
            a.finish_builtin()?;
            if a.pos.len() > 1 {
                return Err(PyErr::type_error("sort() takes no positional arguments"));
            }
            let l = list_of(&this)?;
            let mut items = std::mem::take(&mut *l.borrow_mut());
            let r = crate::sort::sort_values(vm, &mut items, key.as_ref(), reverse);
            let modified = !l.borrow().is_empty();
            *l.borrow_mut() = items;
            r?;
            if modified {
                return Err(PyErr::value_error("list modified during sort"));
            }
            Ok(Value::None)
        }
        B::ListReverse => {
            a.count(1, 1)?;
            list_of(&this)?.borrow_mut().reverse();
            Ok(Value::None)
        }
        B::ListClear => {
            a.count(1, 1)?;
            list_of(&this)?.borrow_mut().clear();
            Ok(Value::None)
        }
        B::ListCopy => {
            a.count(1, 1)?;
            Ok(Value::list(list_of(&this)?.borrow().clone()))
        }
        other => Err(PyErr::not_supported(format!(
            "mnpy does not support method '{}' here",
            other.name()
        ))),
    }
}
