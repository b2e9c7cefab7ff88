//! `Value`: the 16-byte tagged value every part of mnpy passes around.
//!
//! `None`, bools, small ints and floats live inline and never allocate; everything else is a
//! reference-counted heap object (`Obj`). Ints that overflow `i64` become `HeapObj::BigInt`, and a
//! big int that fits back into `i64` is always normalised to `Value::Int`.

use crate::builtin_fn::BuiltinFn;
use crate::object::HeapObj;
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::rc::Rc;

/// A Python value.
///
/// `repr(u64)`: the tag is a full word and every payload starts at byte 8, so a value is two
/// plain words and moves as one 16-byte copy (a one-byte tag made the compiler copy values in
/// odd-sized pieces, which stalled store-to-load forwarding in the dispatch loop).
#[derive(Clone)]
#[repr(u64)]
pub enum Value {
    /// `None`.
    None,
    /// `True` / `False`.
    Bool(bool),
    /// An int that fits in 64 bits.
    Int(i64),
    /// A float.
    Float(f64),
    /// A builtin function or unbound builtin method (closed enum, no allocation).
    Builtin(BuiltinFn),
    /// `NotImplemented`.
    NotImplemented,
    /// `...`
    Ellipsis,
    /// Interpreter-internal marker (an empty slot, "no self" for method calls); never visible to
    /// Python code.
    Null,
    /// Any heap object.
    Obj(Rc<HeapObj>),
}

const _: () = assert!(std::mem::size_of::<Value>() == 16);

impl Value {
    /// Wraps a heap object.
    pub fn obj(o: HeapObj) -> Value {
        Value::Obj(Rc::new(o))
    }

    /// A Python `str`.
    pub fn str(s: &str) -> Value {
        Value::obj(HeapObj::Str(crate::object::PyStr::new(s)))
    }

    /// A one-character `str`. The 128 ASCII ones are made once and shared (CPython shares its
    /// one-character strings too), so iterating over text allocates nothing per character.
    pub fn char_str(c: char) -> Value {
        thread_local! {
            static ASCII: Vec<Value> = (0u8..128)
                .map(|b| Value::str(std::str::from_utf8(&[b]).unwrap_or("")))
                .collect();
        }
        if c.is_ascii() {
            return ASCII.with(|table| table[c as usize].clone());
        }
        let mut buf = [0u8; 4];
        Value::str(c.encode_utf8(&mut buf))
    }

    /// A Python `str` from an owned string.
    pub fn string(s: String) -> Value {
        Value::obj(HeapObj::Str(crate::object::PyStr::from_string(s)))
    }

    /// A Python int from a big integer, normalised to `Int` when it fits.
    pub fn from_bigint(b: BigInt) -> Value {
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::obj(HeapObj::BigInt(b)),
        }
    }

    /// A tuple.
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::obj(HeapObj::Tuple(items.into_boxed_slice()))
    }

    /// A list.
    pub fn list(items: Vec<Value>) -> Value {
        Value::obj(HeapObj::List(std::cell::RefCell::new(items)))
    }

    /// The heap object, if this is one.
    pub fn as_obj(&self) -> Option<&HeapObj> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    /// The `&str` if this is a Python str.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Obj(o) => match &**o {
                HeapObj::Str(s) => Some(s.as_str()),
                _ => None,
            },
            _ => None,
        }
    }

    /// Identity comparison (`is`).
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Builtin(a), Value::Builtin(b)) => a == b,
            (Value::NotImplemented, Value::NotImplemented) => true,
            (Value::Ellipsis, Value::Ellipsis) => true,
            (Value::Obj(a), Value::Obj(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }

    /// The int value as a big integer, for ints and bools.
    pub fn to_bigint(&self) -> Option<BigInt> {
        match self {
            Value::Bool(b) => Some(BigInt::from(*b as i64)),
            Value::Int(i) => Some(BigInt::from(*i)),
            Value::Obj(o) => match &**o {
                HeapObj::BigInt(b) => Some(b.clone()),
                _ => None,
            },
            _ => None,
        }
    }

    /// True for int and bool (and big ints).
    pub fn is_int_like(&self) -> bool {
        match self {
            Value::Bool(_) | Value::Int(_) => true,
            Value::Obj(o) => matches!(&**o, HeapObj::BigInt(_)),
            _ => false,
        }
    }
}
