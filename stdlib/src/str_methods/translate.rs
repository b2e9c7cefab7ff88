//! `str.maketrans` (a static method: `a.pos[0]` is the str class or a str, and is ignored) and
//! `str.translate`, which maps each character through `table[ord(c)]`.

use super::signature::{numbered_str_arg, one_arg, positional};
use crate::args::Args;
use crate::containers::{dict_set, new_dict};
use mnpy_runtime::interp_api::Interp;
use mnpy_runtime::object::HeapObj;
use mnpy_runtime::{PyErr, PyResult, TypeTag, Value};
use std::collections::HashMap;

/// `str.maketrans(x, y=None, z=None, /)`.
pub fn call_maketrans(vm: &mut dyn Interp, a: &Args) -> PyResult<Value> {
    positional(a, 1, 3)?;
    let y = a
        .pos
        .get(2)
        .map(|v| numbered_str_arg(v, "maketrans", 2))
        .transpose()?;
    let z = a
        .pos
        .get(3)
        .map(|v| numbered_str_arg(v, "maketrans", 3))
        .transpose()?;
    let x = &a.pos[1];
    let table = new_dict();
    let Some(y) = y else {
        let Some(HeapObj::Dict(source)) = x.as_obj() else {
            return Err(PyErr::type_error(
                "if you give only one argument to maketrans it must be a dict",
            ));
        };
        let entries: Vec<(Value, Value)> = source.borrow().iter().cloned().collect();
        for (key, value) in entries {
            let key = match &key {
                Value::Int(_) | Value::Bool(_) => key.clone(),
                Value::Obj(o) if matches!(&**o, HeapObj::BigInt(_)) => key.clone(),
                _ => match key.as_str() {
                    Some(text) => {
                        let mut chars = text.chars();
                        match (chars.next(), chars.next()) {
                            (Some(c), None) => Value::Int(i64::from(u32::from(c))),
                            _ => {
                                return Err(PyErr::value_error(
                                    "string keys in translate table must be of length 1",
                                ))
                            }
                        }
                    }
                    None => {
                        return Err(PyErr::type_error(
                            "keys in translate table must be strings or integers",
                        ))
                    }
                },
            };
            dict_set(vm, &table, key, value)?;
        }
        return Ok(table);
    };
    let x = x.as_str().ok_or_else(|| {
        PyErr::type_error("first maketrans argument must be a string if there is a second argument")
    })?;
    if x.chars().count() != y.chars().count() {
        return Err(PyErr::value_error(
            "the first two maketrans arguments must have equal length",
        ));
    }
    let code = |c: char| Value::Int(i64::from(u32::from(c)));
    for (from, to) in x.chars().zip(y.chars()) {
        dict_set(vm, &table, code(from), code(to))?;
    }
    for deleted in z.unwrap_or("").chars() {
        dict_set(vm, &table, code(deleted), Value::None)?;
    }
    Ok(table)
}

/// What one character maps to.
#[derive(Clone)]
enum Mapped {
    Keep,
    Delete,
    Char(char),
    Text(String),
}

/// Looks `c` up in the table: a missing key (LookupError) keeps the character.
fn look_up(vm: &mut dyn Interp, table: &Value, c: char) -> PyResult<Mapped> {
    let result = match vm.getitem(table, &Value::Int(i64::from(u32::from(c)))) {
        Ok(v) => v,
        Err(e) if e.matches(TypeTag::LookupError) => return Ok(Mapped::Keep),
        Err(e) => return Err(e),
    };
    let out_of_range = || PyErr::value_error("character mapping must be in range(0x110000)");
    match &result {
        Value::None => Ok(Mapped::Delete),
        Value::Int(_) | Value::Bool(_) => {
            let code = match result {
                Value::Int(i) => i,
                _ => i64::from(matches!(result, Value::Bool(true))),
            };
            let code = u32::try_from(code)
                .ok()
                .filter(|&v| v < 0x110000)
                .ok_or_else(out_of_range)?;
            char::from_u32(code).map(Mapped::Char).ok_or_else(|| {
                PyErr::value_error("lone surrogates cannot be represented in mnpy strings")
            })
        }
        Value::Obj(o) if matches!(&**o, HeapObj::BigInt(_)) => Err(out_of_range()),
        _ => match result.as_str() {
            Some(text) => Ok(Mapped::Text(text.to_string())),
            None => Err(PyErr::type_error(
                "character mapping must return integer, None or str",
            )),
        },
    }
}

/// `translate(table, /)`.
pub fn call_translate(vm: &mut dyn Interp, a: &Args, s: &str) -> PyResult<Value> {
    let table = one_arg(a)?;
    let mut cache: HashMap<char, Mapped> = HashMap::new();
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let mapped = match cache.get(&c) {
            Some(m) => m.clone(),
            None => {
                let m = look_up(vm, table, c)?;
                cache.insert(c, m.clone());
                m
            }
        };
        match mapped {
            Mapped::Keep => out.push(c),
            Mapped::Delete => {}
            Mapped::Char(m) => out.push(m),
            Mapped::Text(t) => out.push_str(&t),
        }
    }
    Ok(Value::string(out))
}
