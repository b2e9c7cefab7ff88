//! `groupby(iterable, key=None)`: yields `(key, group)` pairs where each group is a lazy
//! `itertools._grouper` sharing the source with its parent. As in CPython, advancing the parent
//! invalidates the previous group, and a group stops at the first item with a different key.

use super::iterator;
use crate::args::Args;
use crate::native::NativeIter;
use mnpy_runtime::interp_api::Interp;
use mnpy_runtime::{PyErr, PyResult, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// State shared by a `groupby` and its groups.
struct Shared {
    source: Value,
    key_func: Option<Value>,
    /// Key of the group most recently handed out.
    target_key: Option<Value>,
    /// Key of `current_value`, or of the last item consumed.
    current_key: Option<Value>,
    /// The item read ahead and not yet yielded.
    current_value: Option<Value>,
    /// Identity of the live group (0: none).
    current_group: u64,
    /// Identity the next group will get.
    next_group: u64,
}

/// Builds `groupby(iterable, key=None)`.
pub fn make(vm: &mut dyn Interp, mut a: Args) -> PyResult<Value> {
    if a.pos.len() > 2 {
        return Err(PyErr::type_error(format!(
            "groupby() takes at most 2 arguments ({} given)",
            a.pos.len()
        )));
    }
    let iterable = a.arg(0, "iterable").ok_or_else(|| {
        PyErr::type_error("groupby() missing required argument 'iterable' (pos 1)")
    })?;
    let key_func = a.arg(1, "key").filter(|k| !matches!(k, Value::None));
    a.finish_builtin()?;
    let source = vm.iter(&iterable)?;
    let shared = Shared {
        source,
        key_func,
        target_key: None,
        current_key: None,
        current_value: None,
        current_group: 0,
        next_group: 1,
    };
    Ok(iterator(
        GroupBy {
            shared: Rc::new(RefCell::new(shared)),
        },
        "itertools.groupby",
    ))
}

/// Reads the next item and its key into the shared state; `false` when the source is exhausted.
fn step(vm: &mut dyn Interp, shared: &Rc<RefCell<Shared>>) -> PyResult<bool> {
    let (source, key_func) = {
        let s = shared.borrow();
        (s.source.clone(), s.key_func.clone())
    };
    let Some(value) = vm.next(&source)? else {
        return Ok(false);
    };
    let key = match &key_func {
        None => value.clone(),
        Some(f) => vm.call(f, vec![value.clone()], vec![])?,
    };
    let mut s = shared.borrow_mut();
    s.current_value = Some(value);
    s.current_key = Some(key);
    Ok(true)
}

/// The `groupby` iterator.
struct GroupBy {
    shared: Rc<RefCell<Shared>>,
}

impl NativeIter for GroupBy {
    fn next(&mut self, vm: &mut dyn Interp) -> PyResult<Option<Value>> {
        self.shared.borrow_mut().current_group = 0;
        loop {
            let (target, current) = {
                let s = self.shared.borrow();
                (s.target_key.clone(), s.current_key.clone())
            };
            match (target, current) {
                (_, None) => {}
                (None, Some(_)) => break,
                (Some(t), Some(c)) => {
                    if !vm.eq(&t, &c)? {
                        break;
                    }
                }
            }
            if !step(vm, &self.shared)? {
                return Ok(None);
            }
        }
        let mut s = self.shared.borrow_mut();
        let key = s.current_key.clone().unwrap_or(Value::None);
        s.target_key = Some(key.clone());
        let id = s.next_group;
        s.next_group += 1;
        s.current_group = id;
        drop(s);
        let group = Grouper {
            shared: self.shared.clone(),
            id,
            key: key.clone(),
        };
        Ok(Some(Value::tuple(vec![
            key,
            iterator(group, "itertools._grouper"),
        ])))
    }
}

/// One group: the consecutive items whose key equals `key`.
struct Grouper {
    shared: Rc<RefCell<Shared>>,
    id: u64,
    key: Value,
}

impl NativeIter for Grouper {
    fn next(&mut self, vm: &mut dyn Interp) -> PyResult<Option<Value>> {
        if self.shared.borrow().current_group != self.id {
            return Ok(None);
        }
        if self.shared.borrow().current_value.is_none() && !step(vm, &self.shared)? {
            return Ok(None);
        }
        let current = self
            .shared
            .borrow()
            .current_key
            .clone()
            .unwrap_or(Value::None);
        if !vm.eq(&self.key, &current)? {
            return Ok(None);
        }
        Ok(self.shared.borrow_mut().current_value.take())
    }
}
