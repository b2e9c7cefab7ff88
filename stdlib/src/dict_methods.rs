//! Methods of `dict`.

use crate::args::{type_name, Args};
use crate::containers;
use mnpy_runtime::dict::PyDict;
use mnpy_runtime::interp_api::Interp;
use mnpy_runtime::object::{DictViewKind, HeapObj};
use mnpy_runtime::{BuiltinFn, PyErr, PyResult, TypeTag, Value};
use std::cell::RefCell;

fn dict_of(v: &Value) -> PyResult<&RefCell<PyDict>> {
    match v.as_obj() {
        Some(HeapObj::Dict(d)) => Ok(d),
        _ => Err(PyErr::type_error(format!(
            "descriptor requires a 'dict' object but received a '{}'",
            type_name(v)
        ))),
    }
}

/// Calls a dict method.
pub fn call(vm: &mut dyn Interp, f: BuiltinFn, mut a: Args) -> PyResult<Value> {
    use BuiltinFn as B;
    let this = a
        .pos
        .first()
        .cloned()
        .ok_or_else(|| PyErr::type_error("method needs a receiver"))?;
    match f {
        B::DictKeys | B::DictValues | B::DictItems => {
            a.count(1, 1)?;
            dict_of(&this)?;
            let kind = match f {
                B::DictKeys => DictViewKind::Keys,
                B::DictValues => DictViewKind::Values,
                _ => DictViewKind::Items,
            };
            Ok(Value::obj(HeapObj::DictView(kind, this)))
        }
        B::DictGet => {
            a.count(2, 3)?;
            Ok(containers::dict_get(vm, &this, &a.pos[1])?
                .unwrap_or_else(|| a.pos.get(2).cloned().unwrap_or(Value::None)))
        }
        B::DictPop => {
            a.count(2, 3)?;
            match containers::dict_remove(vm, &this, &a.pos[1])? {
                Some(v) => Ok(v),
                None => match a.pos.get(2) {
                    Some(d) => Ok(d.clone()),
                    None => Err(PyErr::with_args(TypeTag::KeyError, vec![a.pos[1].clone()])),
                },
            }
        }
        B::DictPopitem => {
            a.count(1, 1)?;
            match dict_of(&this)?.borrow_mut().pop_last() {
                Some((k, v)) => Ok(Value::tuple(vec![k, v])),
                None => Err(PyErr::new(
                    TypeTag::KeyError,
                    "popitem(): dictionary is empty",
                )),
            }
        }
        B::DictSetdefault => {
            a.count(2, 3)?;
            if let Some(v) = containers::dict_get(vm, &this, &a.pos[1])? {
                return Ok(v);
            }
            let d = a.pos.get(2).cloned().unwrap_or(Value::None);
            containers::dict_set(vm, &this, a.pos[1].clone(), d.clone())?;
            Ok(d)
        }
        B::DictUpdate => {
            if a.pos.len() > 2 {
                return Err(PyErr::type_error(format!(
                    "update expected at most 1 argument, got {}",
                    a.pos.len() - 1
                )));
            }
            if let Some(src) = a.pos.get(1) {
                containers::dict_update_from(vm, &this, src)?;
            }
            for (k, v) in a.kw.drain(..) {
                containers::dict_set(vm, &this, Value::str(&k), v)?;
            }
            Ok(Value::None)
        }
        B::DictClear => {
            dict_of(&this)?.borrow_mut().clear();
            Ok(Value::None)
        }
        B::DictCopy => Ok(Value::obj(HeapObj::Dict(RefCell::new(
            dict_of(&this)?.borrow().clone(),
        )))),
        B::DictFromkeys => {
            // receiver is the class
            a.count(2, 3)?;
            let value = a.pos.get(2).cloned().unwrap_or(Value::None);
            let d = containers::new_dict();
            for k in vm.collect(&a.pos[1])? {
                containers::dict_set(vm, &d, k, value.clone())?;
            }
            Ok(d)
        }
        other => Err(PyErr::not_supported(format!(
            "mnpy does not support method '{}' here",
            other.name()
        ))),
    }
}
