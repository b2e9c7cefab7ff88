//! `functools.lru_cache` and `functools.cache`: a native wrapper that memoises a callable by
//! its arguments in a Python dict (so keys hash and compare through the interpreter), evicting
//! the least recently used entry once `maxsize` is reached, with `cache_info()` and
//! `cache_clear()`.

use super::update_wrapper;
use crate::args::{type_name, Args};
use crate::builtins::is_callable;
use crate::containers::{dict_get, dict_remove, dict_set, new_dict};
use crate::modules::method::{address_of, NativeMethod};
use crate::modules::params::Signature;
use crate::modules::struct_seq::StructSeq;
use crate::native::{downcast_native, native_value, NativeObject};
use mnpy_runtime::interp_api::{Interp, KwArgs};
use mnpy_runtime::object::HeapObj;
use mnpy_runtime::{PyErr, PyResult, Value};
use std::any::Any;
use std::cell::{Cell, RefCell};

/// Field names of `CacheInfo`.
const CACHE_INFO_FIELDS: &[&str] = &["hits", "misses", "maxsize", "currsize"];

/// `lru_cache(maxsize=128, typed=False)` or `lru_cache(user_function)`.
pub fn lru_cache(vm: &mut dyn Interp, a: Args) -> PyResult<Value> {
    let sig = Signature {
        name: "lru_cache",
        params: &["maxsize", "typed"],
        required: 0,
        kwonly: &[],
        is_method: false,
    };
    let p = sig.bind(a)?;
    let typed = match &p[1] {
        Some(t) => vm.truthy(t)?,
        None => false,
    };
    let maxsize = match p[0].clone() {
        None => Some(128),
        Some(Value::None) => None,
        Some(v) if v.is_int_like() => {
            let n = v.to_bigint().unwrap_or_default();
            Some(if n.sign() == num_bigint::Sign::Minus {
                0
            } else {
                usize::try_from(n).unwrap_or(usize::MAX)
            })
        }
        Some(f) if is_callable(vm, &f)? => {
            return wrap(vm, f, Some(128), typed);
        }
        Some(_) => {
            return Err(PyErr::type_error(
                "Expected first argument to be an integer, a callable, or None",
            ));
        }
    };
    Ok(native_value(Box::new(LruDecorator { maxsize, typed })))
}

/// `cache(user_function)`: an unbounded `lru_cache`.
pub fn cache(vm: &mut dyn Interp, a: Args) -> PyResult<Value> {
    let sig = Signature {
        name: "cache",
        params: &["user_function"],
        required: 1,
        kwonly: &[],
        is_method: false,
    };
    let p = sig.bind(a)?;
    wrap(vm, p[0].clone().unwrap_or(Value::None), None, false)
}

/// The cache wrapper around `func`, with the function's name attributes copied onto it.
fn wrap(vm: &mut dyn Interp, func: Value, maxsize: Option<usize>, typed: bool) -> PyResult<Value> {
    let wrapper = native_value(Box::new(LruWrapper {
        func: func.clone(),
        maxsize,
        typed,
        cache: RefCell::new(new_dict()),
        hits: Cell::new(0),
        misses: Cell::new(0),
    }));
    update_wrapper(vm, &wrapper, &func)?;
    Ok(wrapper)
}

/// What `lru_cache(maxsize)` returns: applying it to a function wraps the function.
struct LruDecorator {
    maxsize: Option<usize>,
    typed: bool,
}

impl NativeObject for LruDecorator {
    fn type_name(&self) -> String {
        "function".into()
    }
    fn call(
        &self,
        vm: &mut dyn Interp,
        _this: &Value,
        args: Vec<Value>,
        kw: KwArgs,
    ) -> PyResult<Value> {
        let sig = Signature {
            name: "decorating_function",
            params: &["user_function"],
            required: 1,
            kwonly: &[],
            is_method: false,
        };
        let p = sig.bind(Args::new("decorating_function", args, kw))?;
        wrap(
            vm,
            p[0].clone().unwrap_or(Value::None),
            self.maxsize,
            self.typed,
        )
    }
    fn getattr(&self, _vm: &mut dyn Interp, this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "__call__" => Some(this.clone()),
            "__name__" => Some(Value::str("decorating_function")),
            "__qualname__" => Some(Value::str("lru_cache.<locals>.decorating_function")),
            _ => None,
        })
    }
    fn repr(&self, _vm: &mut dyn Interp, this: &Value) -> PyResult<String> {
        Ok(format!(
            "<function lru_cache.<locals>.decorating_function at {:#x}>",
            address_of(this)
        ))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The memoising wrapper.
pub struct LruWrapper {
    func: Value,
    maxsize: Option<usize>,
    typed: bool,
    /// A Python dict from argument keys to results, least recently used first.
    cache: RefCell<Value>,
    hits: Cell<u64>,
    misses: Cell<u64>,
}

thread_local! {
    /// The marker separating positional from keyword arguments in cache keys.
    static KEYWORD_MARK: Value = native_value(Box::new(KeywordMark));
}

/// The unique object separating positional and keyword arguments in a key.
struct KeywordMark;

impl NativeObject for KeywordMark {
    fn type_name(&self) -> String {
        "object".into()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl LruWrapper {
    /// The cache key of a call: the argument if it is a lone int or str, else a tuple of the
    /// arguments, the keyword names and values, and (when `typed`) the argument types.
    fn key(&self, args: &[Value], kw: &KwArgs) -> Value {
        if kw.is_empty() && !self.typed && args.len() == 1 {
            let a = &args[0];
            if matches!(a, Value::Int(_))
                || matches!(a.as_obj(), Some(HeapObj::Str(_) | HeapObj::BigInt(_)))
            {
                return a.clone();
            }
        }
        let mut key = args.to_vec();
        if !kw.is_empty() {
            key.push(KEYWORD_MARK.with(|m| m.clone()));
            for (k, v) in kw {
                key.push(Value::str(k));
                key.push(v.clone());
            }
        }
        if self.typed {
            key.extend(args.iter().map(|a| Value::string(type_name(a))));
            key.extend(kw.iter().map(|(_, v)| Value::string(type_name(v))));
        }
        Value::tuple(key)
    }

    /// Number of cached entries.
    fn current_size(&self) -> usize {
        match self.cache.borrow().as_obj() {
            Some(HeapObj::Dict(d)) => d.borrow().len(),
            _ => 0,
        }
    }

    /// Drops the least recently used entry.
    fn evict_oldest(&self, vm: &mut dyn Interp) -> PyResult<()> {
        let cache = self.cache.borrow().clone();
        let oldest = match cache.as_obj() {
            Some(HeapObj::Dict(d)) => d.borrow().iter().next().map(|(k, _)| k.clone()),
            _ => None,
        };
        if let Some(k) = oldest {
            dict_remove(vm, &cache, &k)?;
        }
        Ok(())
    }

    /// `cache_info()`.
    fn info(&self) -> Value {
        let maxsize = match self.maxsize {
            Some(n) => Value::Int(n as i64),
            None => Value::None,
        };
        let values = vec![
            Value::Int(self.hits.get() as i64),
            Value::Int(self.misses.get() as i64),
            maxsize,
            Value::Int(self.current_size() as i64),
        ];
        StructSeq::new_value("CacheInfo", "CacheInfo", CACHE_INFO_FIELDS, values)
    }
}

/// `wrapper.cache_info()`.
fn cache_info(_vm: &mut dyn Interp, this: &Value, args: Vec<Value>, kw: KwArgs) -> PyResult<Value> {
    Args::new("cache_info", args, kw).count(0, 0)?;
    match downcast_native::<LruWrapper>(this) {
        Some(w) => Ok(w.info()),
        None => Err(PyErr::type_error(
            "cache_info() requires an lru_cache wrapper",
        )),
    }
}

/// `wrapper.cache_clear()`.
fn cache_clear(
    _vm: &mut dyn Interp,
    this: &Value,
    args: Vec<Value>,
    kw: KwArgs,
) -> PyResult<Value> {
    Args::new("cache_clear", args, kw).count(0, 0)?;
    if let Some(w) = downcast_native::<LruWrapper>(this) {
        *w.cache.borrow_mut() = new_dict();
        w.hits.set(0);
        w.misses.set(0);
    }
    Ok(Value::None)
}

/// `wrapper.cache_parameters()`.
fn cache_parameters(
    vm: &mut dyn Interp,
    this: &Value,
    args: Vec<Value>,
    kw: KwArgs,
) -> PyResult<Value> {
    Args::new("cache_parameters", args, kw).count(0, 0)?;
    let d = new_dict();
    if let Some(w) = downcast_native::<LruWrapper>(this) {
        let maxsize = w
            .maxsize
            .map(|n| Value::Int(n as i64))
            .unwrap_or(Value::None);
        dict_set(vm, &d, Value::str("maxsize"), maxsize)?;
        dict_set(vm, &d, Value::str("typed"), Value::Bool(w.typed))?;
    }
    Ok(d)
}

impl NativeObject for LruWrapper {
    fn binds_as_method(&self) -> bool {
        true
    }

    fn type_name(&self) -> String {
        "functools._lru_cache_wrapper".into()
    }
    fn call(
        &self,
        vm: &mut dyn Interp,
        _this: &Value,
        args: Vec<Value>,
        kw: KwArgs,
    ) -> PyResult<Value> {
        if self.maxsize == Some(0) {
            self.misses.set(self.misses.get() + 1);
            return vm.call(&self.func, args, kw);
        }
        let key = self.key(&args, &kw);
        let cache = self.cache.borrow().clone();
        if let Some(result) = dict_get(vm, &cache, &key)? {
            self.hits.set(self.hits.get() + 1);
            if self.maxsize.is_some() {
                // Move the entry to the most recently used end.
                dict_remove(vm, &cache, &key)?;
                dict_set(vm, &cache, key, result.clone())?;
            }
            return Ok(result);
        }
        self.misses.set(self.misses.get() + 1);
        let result = vm.call(&self.func, args, kw)?;
        // The cache may have been cleared during the call; use the current one.
        let cache = self.cache.borrow().clone();
        if dict_get(vm, &cache, &key)?.is_some() {
            return Ok(result);
        }
        if let Some(max) = self.maxsize {
            if self.current_size() >= max {
                self.evict_oldest(vm)?;
            }
        }
        dict_set(vm, &cache, key, result.clone())?;
        Ok(result)
    }
    fn getattr(&self, vm: &mut dyn Interp, this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(Some(match name {
            "cache_info" => NativeMethod::bound(this, "cache_info", cache_info),
            "cache_clear" => NativeMethod::bound(this, "cache_clear", cache_clear),
            "cache_parameters" => NativeMethod::bound(this, "cache_parameters", cache_parameters),
            "__wrapped__" => self.func.clone(),
            "__call__" => this.clone(),
            "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                return match vm.getattr_opt(&self.func, name)? {
                    Some(v) => Ok(Some(v)),
                    None if name == "__doc__" => Ok(Some(Value::None)),
                    None => Ok(None),
                }
            }
            _ => return Ok(None),
        }))
    }
    fn repr(&self, _vm: &mut dyn Interp, this: &Value) -> PyResult<String> {
        Ok(format!(
            "<functools._lru_cache_wrapper object at {:#x}>",
            address_of(this)
        ))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}
