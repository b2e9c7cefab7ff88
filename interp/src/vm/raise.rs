//! Raising and matching exceptions: `raise`, `raise ... from ...`, turning raised classes into
//! instances, and `except` clause matching.

use super::{pop, Frame, Vm};
use mnpy_runtime::exceptions::exc_data;
use mnpy_runtime::object::HeapObj;
use mnpy_runtime::{PyErr, PyResult, TypeTag, Value};

impl Vm {
    pub(super) fn do_raise(&mut self, f: &mut Frame, kind: u32) -> PyResult<PyErr> {
        match kind {
            0 => match &self.handled {
                Some(e) => {
                    self.reraising = true;
                    Ok(PyErr { exc: e.clone() })
                }
                None => Ok(PyErr::new(
                    TypeTag::RuntimeError,
                    "No active exception to reraise",
                )),
            },
            1 => {
                let e = pop(f);
                self.make_exception(e)
            }
            _ => {
                let cause = pop(f);
                let e = pop(f);
                let err = self.make_exception(e)?;
                let cause = match cause {
                    Value::None => None,
                    c => Some(
                        self.make_exception(c)
                            .map_err(|_| {
                                PyErr::type_error("exception causes must derive from BaseException")
                            })?
                            .exc,
                    ),
                };
                if let Some(d) = err.data() {
                    let mut d = d.borrow_mut();
                    d.cause = cause;
                    d.suppress_context = true;
                }
                Ok(err)
            }
        }
    }

    /// Turns a raised value (class or instance) into an exception.
    pub fn make_exception(&mut self, e: Value) -> PyResult<PyErr> {
        if exc_data(&e).is_some() {
            return Ok(PyErr { exc: e });
        }
        if let Some(HeapObj::Class(c)) = e.as_obj() {
            if c.builtin.is_exception() {
                let inst = self.call_value(&e, vec![], vec![])?;
                if exc_data(&inst).is_some() {
                    return Ok(PyErr { exc: inst });
                }
            }
        }
        Err(PyErr::type_error(
            "exceptions must derive from BaseException",
        ))
    }

    /// `except cls:` matching (class or tuple of classes).
    pub(super) fn exception_matches(&mut self, exc: &Value, cls: &Value) -> PyResult<bool> {
        let exc_class = PyErr { exc: exc.clone() }.class();
        match cls.as_obj() {
            Some(HeapObj::Class(c)) if c.builtin.is_exception() => {
                let Value::Obj(target) = cls else {
                    return Ok(false);
                };
                Ok(mnpy_runtime::exceptions::class_is_subclass(
                    &exc_class, target,
                ))
            }
            Some(HeapObj::Tuple(items)) => {
                for it in items.iter() {
                    if self.exception_matches(exc, it)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => Err(PyErr::type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            )),
        }
    }
}
