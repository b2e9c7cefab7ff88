//! `functools.partial(func, /, *args, **keywords)`: a callable that prepends `args` and merges
//! `keywords` into every call. A partial of a partial is flattened, as in CPython.

use crate::builtins::is_callable;
use crate::containers::{dict_set, new_dict};
use crate::native::{downcast_native, native_value, NativeObject};
use mnpy_runtime::interp_api::{Interp, KwArgs};
use mnpy_runtime::{PyErr, PyResult, Value};
use std::any::Any;

/// A partial application.
pub struct Partial {
    /// The wrapped callable.
    func: Value,
    /// Positional arguments prepended to each call.
    args: Vec<Value>,
    /// Keyword arguments, in order (the `keywords` dict is built from them).
    keywords: KwArgs,
}

/// `partial(func, *args, **keywords)`.
pub fn new_partial(vm: &mut dyn Interp, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    let mut args = args.into_iter();
    let func = args
        .next()
        .ok_or_else(|| PyErr::type_error("type 'partial' takes at least one argument"))?;
    if !is_callable(vm, &func)? {
        return Err(PyErr::type_error("the first argument must be callable"));
    }
    let (func, mut all_args, mut keywords) = match downcast_native::<Partial>(&func) {
        Some(inner) => (
            inner.func.clone(),
            inner.args.clone(),
            inner.keywords.clone(),
        ),
        None => (func, Vec::new(), Vec::new()),
    };
    all_args.extend(args);
    merge_keywords(&mut keywords, kw);
    Ok(native_value(Box::new(Partial {
        func,
        args: all_args,
        keywords,
    })))
}

/// `base.update(extra)` for keyword lists: later values replace earlier ones in place.
fn merge_keywords(base: &mut KwArgs, extra: KwArgs) {
    for (k, v) in extra {
        match base.iter_mut().find(|(name, _)| *name == k) {
            Some(slot) => slot.1 = v,
            None => base.push((k, v)),
        }
    }
}

impl NativeObject for Partial {
    fn type_name(&self) -> String {
        "functools.partial".into()
    }
    fn call(
        &self,
        vm: &mut dyn Interp,
        _this: &Value,
        args: Vec<Value>,
        kw: KwArgs,
    ) -> PyResult<Value> {
        let mut all_args = self.args.clone();
        all_args.extend(args);
        let mut keywords = self.keywords.clone();
        merge_keywords(&mut keywords, kw);
        vm.call(&self.func, all_args, keywords)
    }
    fn getattr(&self, vm: &mut dyn Interp, this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(Some(match name {
            "func" => self.func.clone(),
            "args" => Value::tuple(self.args.clone()),
            "keywords" => {
                let d = new_dict();
                for (k, v) in &self.keywords {
                    dict_set(vm, &d, Value::str(k), v.clone())?;
                }
                d
            }
            "__call__" => this.clone(),
            "__dict__" => new_dict(),
            _ => return Ok(None),
        }))
    }
    fn repr(&self, vm: &mut dyn Interp, _this: &Value) -> PyResult<String> {
        let mut out = format!("functools.partial({}", vm.repr(&self.func)?);
        for a in &self.args {
            out.push_str(", ");
            out.push_str(&vm.repr(a)?);
        }
        for (k, v) in &self.keywords {
            out.push_str(&format!(", {}={}", k, vm.repr(v)?));
        }
        out.push(')');
        Ok(out)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}
