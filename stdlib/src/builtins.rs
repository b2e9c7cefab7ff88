//! The global builtin functions (`print`, `len`, `sorted`, `min`, `isinstance`, ...) and the
//! methods of `object`, `type`, properties, exceptions and files.

mod big_range;
mod io;
mod iteration;
mod numeric;

use crate::args::{expect_str, to_index, type_name, Args};
use crate::typeinfo::{isinstance, issubclass, type_of};
use mnpy_runtime::interp_api::Interp;
use mnpy_runtime::object::HeapObj;
use mnpy_runtime::{BuiltinFn, PyErr, PyResult, TypeTag, Value};

pub use io::FileObject;
pub(crate) use numeric::float_ratio;

/// Calls a global builtin.
pub fn call(vm: &mut dyn Interp, f: BuiltinFn, a: Args) -> PyResult<Value> {
    use BuiltinFn as B;
    match f {
        B::Print => io::print(vm, a),
        B::Input => io::input(vm, a),
        B::Open => io::open(vm, a),
        B::Len => {
            a.no_kwargs()?;
            a.count(1, 1)?;
            let n = vm.len(&a.pos[0])?;
            Ok(Value::Int(n as i64))
        }
        B::Repr => {
            a.count(1, 1)?;
            Ok(Value::string(vm.repr(&a.pos[0])?))
        }
        B::Ascii => {
            a.count(1, 1)?;
            let r = vm.repr(&a.pos[0])?;
            Ok(Value::string(mnpy_runtime::format::ascii_escape(&r)))
        }
        B::Isinstance => {
            a.count(2, 2)?;
            Ok(Value::Bool(isinstance(&a.pos[0], &a.pos[1])?))
        }
        B::Issubclass => {
            a.count(2, 2)?;
            Ok(Value::Bool(issubclass(&a.pos[0], &a.pos[1])?))
        }
        B::Hasattr => {
            a.count(2, 2)?;
            let name = attr_name(&a.pos[1], "hasattr")?;
            Ok(Value::Bool(vm.getattr_opt(&a.pos[0], &name)?.is_some()))
        }
        B::Getattr => {
            a.count(2, 3)?;
            let name = attr_name(&a.pos[1], "getattr")?;
            match a.pos.get(2) {
                Some(d) => Ok(vm
                    .getattr_opt(&a.pos[0], &name)?
                    .unwrap_or_else(|| d.clone())),
                None => vm.getattr(&a.pos[0], &name),
            }
        }
        B::Setattr => {
            a.count(3, 3)?;
            let name = attr_name(&a.pos[1], "setattr")?;
            vm.setattr(&a.pos[0], &name, a.pos[2].clone())?;
            Ok(Value::None)
        }
        B::Delattr => {
            a.count(2, 2)?;
            let name = attr_name(&a.pos[1], "delattr")?;
            vm.delattr(&a.pos[0], &name)?;
            Ok(Value::None)
        }
        B::Id => {
            a.count(1, 1)?;
            Ok(Value::Int(match &a.pos[0] {
                Value::Obj(o) => std::rc::Rc::as_ptr(o) as *const u8 as i64,
                Value::Int(i) => 0x7f00_0000_0000 + i.wrapping_mul(32),
                Value::Float(f) => 0x7e00_0000_0000 + (f.to_bits() >> 12) as i64,
                Value::Bool(b) => 0x7d00_0000_0000 + *b as i64 * 32,
                _ => 0x7c00_0000_0000,
            }))
        }
        B::Hash => {
            a.count(1, 1)?;
            Ok(Value::Int(vm.hash(&a.pos[0])?))
        }
        B::Callable => {
            a.count(1, 1)?;
            Ok(Value::Bool(is_callable(vm, &a.pos[0])?))
        }
        B::Chr => {
            a.count(1, 1)?;
            let i = to_index(vm, &a.pos[0])?;
            match u32::try_from(i)
                .ok()
                .filter(|&c| c <= 0x10ffff)
                .and_then(char::from_u32)
            {
                Some(c) => Ok(Value::string(c.to_string())),
                None if (0..=0x10ffff).contains(&i) => Err(PyErr::not_supported(
                    "mnpy does not support lone surrogate characters",
                )),
                None => Err(PyErr::value_error("chr() arg not in range(0x110000)")),
            }
        }
        B::Ord => {
            a.count(1, 1)?;
            match a.pos[0].as_str() {
                Some(s) => {
                    let mut it = s.chars();
                    match (it.next(), it.next()) {
                        (Some(c), None) => Ok(Value::Int(c as i64)),
                        _ => Err(PyErr::type_error(format!(
                            "ord() expected a character, but string of length {} found",
                            s.chars().count()
                        ))),
                    }
                }
                None => Err(PyErr::type_error(format!(
                    "ord() expected string of length 1, but {} found",
                    type_name(&a.pos[0])
                ))),
            }
        }
        B::Hex | B::Oct | B::Bin => {
            a.count(1, 1)?;
            let v = &a.pos[0];
            let n = match v.to_bigint() {
                Some(n) => n,
                None => num_bigint::BigInt::from(to_index(vm, v)?),
            };
            let base = match f {
                B::Hex => 16,
                B::Oct => 8,
                _ => 2,
            };
            Ok(Value::string(mnpy_runtime::format::int_to_str_radix(
                &n, base, true,
            )))
        }
        B::Format => {
            a.count(1, 2)?;
            let spec = match a.pos.get(1) {
                Some(s) => expect_str(s, "format() argument 2")?.to_string(),
                None => String::new(),
            };
            Ok(Value::string(crate::str_methods::format_value(
                vm, &a.pos[0], &spec,
            )?))
        }
        B::Iter => iteration::iter(vm, a),
        B::Next => iteration::next(vm, a),
        B::Enumerate | B::Zip | B::Map | B::Filter | B::Reversed | B::Range => {
            iteration::make_iterator(vm, f, a)
        }
        B::Sorted => iteration::sorted(vm, a),
        B::Min | B::Max => iteration::min_max(vm, f == B::Max, a),
        B::Sum => numeric::sum(vm, a),
        B::Any | B::All => {
            a.count(1, 1)?;
            let it = vm.iter(&a.pos[0])?;
            let want = f == B::Any;
            while let Some(x) = vm.next(&it)? {
                if vm.truthy(&x)? == want {
                    return Ok(Value::Bool(want));
                }
            }
            Ok(Value::Bool(!want))
        }
        B::Abs => numeric::abs(vm, a),
        B::Round => numeric::round(vm, a),
        B::Divmod => numeric::divmod(vm, a),
        B::Pow => numeric::pow(vm, a),
        B::Vars => {
            a.count(0, 1)?;
            match a.pos.first() {
                Some(v) => vm.getattr(v, "__dict__"),
                None => Err(PyErr::not_supported(
                    "mnpy does not support vars() without an argument",
                )),
            }
        }
        B::Dir => iteration::dir(vm, a),
        B::Globals => {
            let g = vm.current_globals();
            vm.getattr(&g, "__dict__")
        }
        B::Locals => Err(PyErr::not_supported("mnpy does not support locals()")),
        B::Exit | B::Quit => {
            let arg = a.pos.into_iter().next();
            Err(PyErr::with_args(
                TypeTag::SystemExit,
                arg.into_iter().collect(),
            ))
        }
        other => Err(PyErr::not_supported(format!(
            "mnpy does not support builtin '{}' here",
            other.name()
        ))),
    }
}

fn attr_name(v: &Value, func: &str) -> PyResult<String> {
    match v.as_str() {
        Some(s) => Ok(s.to_string()),
        None => {
            let _ = func;
            Err(PyErr::type_error(format!(
                "attribute name must be string, not '{}'",
                type_name(v)
            )))
        }
    }
}

/// `callable(v)`.
pub fn is_callable(vm: &mut dyn Interp, v: &Value) -> PyResult<bool> {
    Ok(match v {
        Value::Builtin(_) => true,
        Value::Obj(o) => match &**o {
            HeapObj::Function(_)
            | HeapObj::BoundMethod(..)
            | HeapObj::BoundBuiltin(..)
            | HeapObj::Class(_) => true,
            HeapObj::Instance(i) => i
                .class
                .as_class()
                .and_then(|c| c.lookup("__call__"))
                .is_some(),
            HeapObj::Native(..) => {
                vm.getattr_opt(v, "__call__")?.is_some()
                    || crate::native::as_native(v)
                        .map(|n| {
                            n.type_name().contains("partial")
                                || n.type_name().contains("lru_cache")
                                || n.type_name().contains("ufunc")
                                || n.type_name().contains("function")
                        })
                        .unwrap_or(false)
            }
            _ => false,
        },
        _ => false,
    })
}

/// `object.__new__(cls)`: a fresh instance of a user class (its `__init__` is not run).
fn object_new(a: &Args) -> PyResult<Value> {
    let cls = match a.pos.first() {
        Some(Value::Obj(o)) if o.as_class().is_some() => o.clone(),
        Some(other) => {
            return Err(PyErr::type_error(format!(
                "object.__new__(X): X is not a type object ({})",
                type_name(other)
            )))
        }
        None => return Err(PyErr::type_error("object.__new__(): not enough arguments")),
    };
    let Some(c) = cls.as_class() else {
        return Err(PyErr::type_error(
            "object.__new__(X): X is not a type object",
        ));
    };
    if c.builtin.is_exception() {
        return Ok(mnpy_runtime::exceptions::new_exception_instance(
            cls.clone(),
            a.pos[1..].to_vec(),
        ));
    }
    if std::rc::Rc::ptr_eq(&cls, &c.builtin.class()) && c.builtin != TypeTag::Object {
        return Err(PyErr::type_error(format!(
            "object.__new__({}) is not safe, use {}.__new__()",
            c.name, c.name
        )));
    }
    if a.pos.len() > 1 || !a.kw.is_empty() {
        return Err(PyErr::type_error(
            "object.__new__() takes exactly one argument (the type to instantiate)",
        ));
    }
    Ok(Value::obj(HeapObj::Instance(
        mnpy_runtime::object::PyInstance {
            class: cls.clone(),
            attrs: std::cell::RefCell::new(Default::default()),
            exc: None,
        },
    )))
}

/// Methods of `object`, `type`, `property`, exceptions, generators and files.
pub fn call_misc_method(vm: &mut dyn Interp, f: BuiltinFn, a: Args) -> PyResult<Value> {
    use BuiltinFn as B;
    let this = a.pos.first().cloned().unwrap_or(Value::None);
    match f {
        B::ObjectInit => {
            if let Some(d) = mnpy_runtime::exceptions::exc_data(&this) {
                d.borrow_mut().args = a.pos[1..].to_vec();
            }
            Ok(Value::None)
        }
        B::ObjectNew => object_new(&a),
        B::ObjectSetattr => {
            a.count(3, 3)?;
            let name = attr_name(&a.pos[1], "__setattr__")?;
            match this.as_obj() {
                Some(HeapObj::Instance(inst)) => {
                    inst.attrs
                        .borrow_mut()
                        .insert(name.as_str().into(), a.pos[2].clone());
                    Ok(Value::None)
                }
                _ => {
                    vm.setattr(&this, &name, a.pos[2].clone())?;
                    Ok(Value::None)
                }
            }
        }
        B::ObjectGetattribute => {
            a.count(2, 2)?;
            let name = attr_name(&a.pos[1], "__getattribute__")?;
            vm.generic_getattr(&this, &name)
        }
        B::ObjectEq => {
            a.count(2, 2)?;
            Ok(if this.is(&a.pos[1]) {
                Value::Bool(true)
            } else {
                Value::NotImplemented
            })
        }
        B::ObjectInitSubclass => {
            if !a.kw.is_empty() {
                return Err(PyErr::type_error(format!(
                    "{}.__init_subclass__() takes no keyword arguments",
                    match this.as_obj() {
                        Some(HeapObj::Class(c)) => c.name.to_string(),
                        _ => type_name(&this),
                    }
                )));
            }
            Ok(Value::None)
        }
        B::ObjectLt | B::ObjectLe | B::ObjectGt | B::ObjectGe => {
            a.count(2, 2)?;
            Ok(Value::NotImplemented)
        }
        B::ObjectFormat => {
            a.count(2, 2)?;
            let spec = expect_str(&a.pos[1], "__format__")?;
            if !spec.is_empty() {
                return Err(PyErr::type_error(format!(
                    "unsupported format string passed to {}.__format__",
                    type_name(&this)
                )));
            }
            Ok(Value::string(vm.to_str(&this)?))
        }
        B::ObjectNe => {
            a.count(2, 2)?;
            // the type's own `__eq__`, inverted unless it is NotImplemented
            let eq = vm.getattr(&this, "__eq__")?;
            let r = vm.call(&eq, vec![a.pos[1].clone()], vec![])?;
            if let Value::NotImplemented = r {
                return Ok(r);
            }
            Ok(Value::Bool(!vm.truthy(&r)?))
        }
        B::ObjectHash => Ok(Value::Int(match &this {
            Value::Obj(o) => (std::rc::Rc::as_ptr(o) as *const u8 as i64) >> 4,
            _ => 0,
        })),
        B::ObjectRepr => {
            let cls = type_of(&this);
            let (m, q) = cls
                .as_class()
                .map(|c| (c.module.to_string(), c.qualname.to_string()))
                .unwrap_or_default();
            let addr = match &this {
                Value::Obj(o) => std::rc::Rc::as_ptr(o) as *const u8 as usize,
                _ => 0,
            };
            Ok(Value::string(format!(
                "<{}.{} object at {:#x}>",
                m, q, addr
            )))
        }
        B::ObjectStr => Ok(Value::string(vm.repr(&this)?)),
        B::TypeMro => match this.as_obj() {
            Some(HeapObj::Class(c)) => {
                let mut out = vec![this.clone()];
                out.extend(c.mro_tail.iter().map(|m| Value::Obj(m.clone())));
                Ok(Value::list(out))
            }
            _ => Err(PyErr::type_error(
                "descriptor 'mro' requires a 'type' object",
            )),
        },
        B::PropertySetter | B::PropertyGetter | B::PropertyDeleter => {
            a.count(2, 2)?;
            match this.as_obj() {
                Some(HeapObj::Property(fget, fset, fdel)) => {
                    let (mut g, mut s, mut d) = (fget.clone(), fset.clone(), fdel.clone());
                    match a.name {
                        "getter" => g = a.pos[1].clone(),
                        "deleter" => d = a.pos[1].clone(),
                        _ => s = a.pos[1].clone(),
                    }
                    Ok(Value::obj(HeapObj::Property(g, s, d)))
                }
                _ => Err(PyErr::type_error("setter requires a property")),
            }
        }
        B::ExcWithTraceback => Ok(this),
        B::SliceIndices => {
            a.count(2, 2)?;
            let len = crate::args::to_index(vm, &a.pos[1])?;
            if len < 0 {
                return Err(PyErr::value_error("length should not be negative"));
            }
            let Some(HeapObj::Slice(s0, s1, s2)) = this.as_obj() else {
                return Err(PyErr::type_error(
                    "descriptor 'indices' requires a 'slice' object",
                ));
            };
            let b = crate::slicing::slice_bounds(vm, s0, s1, s2, len as usize)?;
            Ok(Value::tuple(vec![
                Value::Int(b.start),
                Value::Int(b.stop),
                Value::Int(b.step),
            ]))
        }
        B::RangeIndex | B::RangeCount => {
            a.count(2, 2)?;
            let Some(HeapObj::Range(r)) = this.as_obj() else {
                return Err(PyErr::type_error("descriptor requires a 'range' object"));
            };
            let r = *r;
            let mut found = None;
            if let Value::Int(x) = &a.pos[1] {
                let x = *x;
                let inside = if r.step > 0 {
                    x >= r.start && x < r.stop
                } else {
                    x <= r.start && x > r.stop
                };
                if inside && (x - r.start) % r.step == 0 {
                    found = Some((x - r.start) / r.step);
                }
            } else {
                for i in 0..r.len() {
                    if vm.eq(&Value::Int(r.at(i)), &a.pos[1])? {
                        found = Some(i);
                        break;
                    }
                }
            }
            if f == B::RangeCount {
                return Ok(Value::Int(found.is_some() as i64));
            }
            match found {
                Some(i) => Ok(Value::Int(i)),
                None => Err(PyErr::value_error(format!(
                    "{} is not in range",
                    vm.repr(&a.pos[1])?
                ))),
            }
        }
        B::FileRead
        | B::FileReadline
        | B::FileReadlines
        | B::FileWrite
        | B::FileWritelines
        | B::FileClose
        | B::FileFlush
        | B::FileEnter
        | B::FileExit => io::file_method(vm, f, a),
        other => Err(PyErr::not_supported(format!(
            "mnpy does not support method '{}' here",
            other.name()
        ))),
    }
}

/// `range(...)` as a value (the `range` type's constructor).
pub fn make_range_value(vm: &mut dyn Interp, a: Args) -> PyResult<Value> {
    iteration::make_range(vm, a)
}
