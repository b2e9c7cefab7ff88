//! Calling builtin types: `int(...)`, `float(...)`, `str(...)`, `list(...)`, `dict(...)`,
//! `range(...)`, `type(x)`, `property(...)`, `super(cls, obj)` and the rest.

use crate::args::{format_err, to_bigint, type_name, Args};
use crate::containers;
use mnpy_runtime::format;
use mnpy_runtime::interp_api::{Interp, KwArgs};
use mnpy_runtime::object::HeapObj;
use mnpy_runtime::set::PySet;
use mnpy_runtime::{PyErr, PyResult, TypeTag, Value};
use num_bigint::BigInt;
use num_complex::Complex64;
use std::cell::RefCell;

/// Calls the builtin type `tag`.
pub fn construct(
    vm: &mut dyn Interp,
    tag: TypeTag,
    _cls: &Value,
    args: Vec<Value>,
    kwargs: KwArgs,
) -> PyResult<Value> {
    let mut a = Args::new(tag.name(), args, kwargs);
    match tag {
        TypeTag::Int => int_new(vm, a),
        TypeTag::Float => {
            a.no_kwargs()?;
            a.count(0, 1)?;
            match a.pos.first() {
                None => Ok(Value::Float(0.0)),
                Some(v) => to_float(vm, v).map(Value::Float),
            }
        }
        TypeTag::Complex => complex_new(vm, a),
        TypeTag::Bool => {
            a.no_kwargs()?;
            a.count(0, 1)?;
            match a.pos.first() {
                None => Ok(Value::Bool(false)),
                Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
            }
        }
        TypeTag::Str => {
            let obj = a.arg(0, "object");
            a.finish_builtin()?;
            match obj {
                None => Ok(Value::str("")),
                Some(v) => {
                    if v.as_str().is_some() {
                        return Ok(v);
                    }
                    Ok(Value::string(vm.to_str(&v)?))
                }
            }
        }
        TypeTag::List => {
            a.no_kwargs()?;
            a.count(0, 1)?;
            match a.pos.first() {
                None => Ok(Value::list(vec![])),
                Some(v) => Ok(Value::list(vm.collect(v)?)),
            }
        }
        TypeTag::Tuple => {
            a.no_kwargs()?;
            a.count(0, 1)?;
            match a.pos.first() {
                None => Ok(Value::tuple(vec![])),
                Some(v) => {
                    if let Some(HeapObj::Tuple(_)) = v.as_obj() {
                        return Ok(v.clone());
                    }
                    Ok(Value::tuple(vm.collect(v)?))
                }
            }
        }
        TypeTag::Dict => {
            if a.pos.len() > 1 {
                return Err(PyErr::type_error(format!(
                    "dict expected at most 1 argument, got {}",
                    a.pos.len()
                )));
            }
            let d = containers::new_dict();
            if let Some(src) = a.pos.first() {
                containers::dict_update_from(vm, &d, src)?;
            }
            for (k, v) in a.kw.drain(..) {
                containers::dict_set(vm, &d, Value::str(&k), v)?;
            }
            Ok(d)
        }
        TypeTag::Set | TypeTag::FrozenSet => {
            a.no_kwargs()?;
            a.count(0, 1)?;
            let mut table = PySet::new();
            if let Some(src) = a.pos.first() {
                if let Some(t) = containers::set_snapshot(src) {
                    if tag == TypeTag::FrozenSet {
                        if let Some(HeapObj::FrozenSet(_)) = src.as_obj() {
                            return Ok(src.clone());
                        }
                    }
                    table = t.fresh_copy();
                } else {
                    if let Some(HeapObj::Dict(d)) = src.as_obj() {
                        let n = d.borrow().len();
                        table.reserve_for_merge(n);
                    }
                    for item in vm.collect(src)? {
                        containers::table_add(vm, &mut table, item)?;
                    }
                }
            }
            Ok(if tag == TypeTag::Set {
                Value::obj(HeapObj::Set(RefCell::new(table)))
            } else {
                Value::obj(HeapObj::FrozenSet(table))
            })
        }
        TypeTag::Range => crate::builtins::make_range_value(vm, a),
        TypeTag::Slice => {
            a.no_kwargs()?;
            a.count(1, 3)?;
            Ok(match a.pos.len() {
                1 => Value::obj(HeapObj::Slice(Value::None, a.pos[0].clone(), Value::None)),
                2 => Value::obj(HeapObj::Slice(
                    a.pos[0].clone(),
                    a.pos[1].clone(),
                    Value::None,
                )),
                _ => Value::obj(HeapObj::Slice(
                    a.pos[0].clone(),
                    a.pos[1].clone(),
                    a.pos[2].clone(),
                )),
            })
        }
        TypeTag::Type => {
            if a.pos.len() == 1 {
                return Ok(Value::Obj(crate::typeinfo::type_of(&a.pos[0])));
            }
            Err(PyErr::not_supported(
                "mnpy does not support type() with three arguments",
            ))
        }
        TypeTag::Object => {
            a.count(0, 0)
                .map_err(|_| PyErr::type_error("object() takes no arguments"))?;
            Ok(Value::obj(HeapObj::Instance(
                mnpy_runtime::object::PyInstance {
                    class: TypeTag::Object.class(),
                    attrs: RefCell::new(Default::default()),
                    exc: None,
                },
            )))
        }
        TypeTag::StaticMethod => {
            a.count(1, 1)?;
            Ok(Value::obj(HeapObj::StaticMethod(a.pos[0].clone())))
        }
        TypeTag::ClassMethod => {
            a.count(1, 1)?;
            Ok(Value::obj(HeapObj::ClassMethod(a.pos[0].clone())))
        }
        TypeTag::Property => {
            let fget = a.arg(0, "fget").unwrap_or(Value::None);
            let fset = a.arg(1, "fset").unwrap_or(Value::None);
            let fdel = a.arg(2, "fdel").unwrap_or(Value::None);
            let _ = a.arg(3, "doc");
            a.finish_builtin()?;
            Ok(Value::obj(HeapObj::Property(fget, fset, fdel)))
        }
        TypeTag::Super => {
            a.count(2, 2)
                .map_err(|_| PyErr::new(TypeTag::RuntimeError, "super(): no arguments"))?;
            match &a.pos[0] {
                Value::Obj(c) if c.as_class().is_some() => {
                    Ok(Value::obj(HeapObj::Super(c.clone(), a.pos[1].clone())))
                }
                other => Err(PyErr::type_error(format!(
                    "super() argument 1 must be a type, not {}",
                    type_name(other)
                ))),
            }
        }
        other => Err(PyErr::type_error(format!(
            "cannot create '{}' instances",
            other.name()
        ))),
    }
}

/// `float(x)` conversion.
pub fn to_float(vm: &mut dyn Interp, v: &Value) -> PyResult<f64> {
    if let Some(s) = v.as_str() {
        return format::parse_float(s).ok_or_else(|| format_err(format::float_literal_error(s)));
    }
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(_) | Value::Bool(_) => crate::args::to_f64(vm, v),
        Value::Obj(o) => match &**o {
            HeapObj::BigInt(_) => crate::args::to_f64(vm, v),
            HeapObj::Instance(_) | HeapObj::Native(..) => {
                if vm.getattr_opt(v, "__float__")?.is_some()
                    || vm.getattr_opt(v, "__index__")?.is_some()
                {
                    return crate::args::to_f64(vm, v);
                }
                Err(PyErr::type_error(format!(
                    "float() argument must be a string or a real number, not '{}'",
                    type_name(v)
                )))
            }
            _ => Err(PyErr::type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                type_name(v)
            ))),
        },
        _ => Err(PyErr::type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            type_name(v)
        ))),
    }
}

fn int_new(vm: &mut dyn Interp, mut a: Args) -> PyResult<Value> {
    let base_kw = a.take_kw("base");
    a.finish_builtin()?;
    a.count(0, 2)?;
    let base = base_kw.or_else(|| a.pos.get(1).cloned());
    let Some(x) = a.pos.first().cloned() else {
        if base.is_some() {
            return Err(PyErr::type_error("int() missing string argument"));
        }
        return Ok(Value::Int(0));
    };
    if let Some(b) = base {
        let b = crate::args::to_index(vm, &b)?;
        let Some(s) = x.as_str() else {
            return Err(PyErr::type_error(
                "int() can't convert non-string with explicit base",
            ));
        };
        if b != 0 && !(2..=36).contains(&b) {
            return Err(PyErr::value_error(
                "int() base must be >= 2 and <= 36, or 0",
            ));
        }
        return format::parse_int(s, b as u32)
            .map(Value::from_bigint)
            .map_err(format_err);
    }
    int_of(vm, &x)
}

/// `int(x)` for one argument.
pub fn int_of(vm: &mut dyn Interp, x: &Value) -> PyResult<Value> {
    if let Some(s) = x.as_str() {
        return format::parse_int(s, 10)
            .map(Value::from_bigint)
            .map_err(format_err);
    }
    match x {
        Value::Int(i) => Ok(Value::Int(*i)),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => crate::pymath::float_to_bigint(f.trunc())
            .map(Value::from_bigint)
            .map_err(|_| {
                if f.is_nan() {
                    PyErr::value_error("cannot convert float NaN to integer")
                } else {
                    PyErr::overflow("cannot convert float infinity to integer")
                }
            }),
        Value::Obj(o) => match &**o {
            HeapObj::BigInt(b) => Ok(Value::from_bigint(b.clone())),
            HeapObj::Instance(_) | HeapObj::Native(..) => {
                for name in ["__int__", "__index__", "__trunc__"] {
                    if let Some(m) = vm.getattr_opt(x, name)? {
                        let r = vm.call(&m, vec![], vec![])?;
                        return Ok(Value::from_bigint(to_bigint(&r)?));
                    }
                }
                Err(int_type_error(x))
            }
            _ => Err(int_type_error(x)),
        },
        _ => Err(int_type_error(x)),
    }
}

fn int_type_error(x: &Value) -> PyErr {
    PyErr::type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        type_name(x)
    ))
}

fn complex_new(vm: &mut dyn Interp, mut a: Args) -> PyResult<Value> {
    let re = a.arg(0, "real");
    let im = a.arg(1, "imag");
    a.finish_builtin()?;
    if let Some(s) = re.as_ref().and_then(|r| r.as_str()) {
        if im.is_some() {
            return Err(PyErr::type_error(
                "complex() can't take second arg if first is a string",
            ));
        }
        return parse_complex(s).map(|c| Value::obj(HeapObj::Complex(c)));
    }
    let part = |vm: &mut dyn Interp, v: &Option<Value>| -> PyResult<Complex64> {
        match v {
            None => Ok(Complex64::new(0.0, 0.0)),
            Some(v) => match v.as_obj() {
                Some(HeapObj::Complex(c)) => Ok(*c),
                _ => Ok(Complex64::new(
                    crate::args::to_f64(vm, v).map_err(|_| {
                        PyErr::type_error(format!(
                            "complex() first argument must be a string or a number, not '{}'",
                            type_name(v)
                        ))
                    })?,
                    0.0,
                )),
            },
        }
    };
    let is_complex = |v: &Option<Value>| {
        matches!(
            v.as_ref().and_then(|x| x.as_obj()),
            Some(HeapObj::Complex(_))
        )
    };
    let r = part(vm, &re)?;
    let i = part(vm, &im)?;
    let mut real = r.re;
    let mut imag = i.re;
    if is_complex(&im) {
        real -= i.im;
    }
    if is_complex(&re) {
        imag += r.im;
    }
    Ok(Value::obj(HeapObj::Complex(Complex64::new(real, imag))))
}

fn parse_complex(s: &str) -> PyResult<Complex64> {
    let bad = || PyErr::value_error("complex() arg is a malformed string");
    let t = s.trim();
    let t = t
        .strip_prefix('(')
        .and_then(|x| x.strip_suffix(')'))
        .unwrap_or(t)
        .trim();
    if let Some(body) = t.strip_suffix(['j', 'J']) {
        // find the split between real and imaginary parts: last +/- not after an 'e'
        let bytes = body.as_bytes();
        let mut split = None;
        for i in (1..bytes.len()).rev() {
            if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
                split = Some(i);
                break;
            }
        }
        let (re, im) = match split {
            Some(i) => (&body[..i], &body[i..]),
            None => ("", body),
        };
        let im = match im {
            "" | "+" => 1.0,
            "-" => -1.0,
            x => format::parse_float(x).ok_or_else(bad)?,
        };
        let re = if re.is_empty() {
            0.0
        } else {
            format::parse_float(re).ok_or_else(bad)?
        };
        return Ok(Complex64::new(re, im));
    }
    let re = format::parse_float(t).ok_or_else(bad)?;
    Ok(Complex64::new(re, 0.0))
}

/// Used by `int.__new__`-like paths that need a big integer from any int-like value.
pub fn bigint_of(v: &Value) -> Option<BigInt> {
    v.to_bigint()
}
