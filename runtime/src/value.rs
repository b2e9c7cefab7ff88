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
/// plain words (a one-byte tag made the compiler copy values in odd-sized pieces, which stalled
/// store-to-load forwarding in the dispatch loop); the VM moves them word by word, see
/// `ValueWords`.
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

/// A value as its two machine words: the tag, then the payload (partly uninitialised for
/// `Bool` and the payload-free variants).
///
/// Rust keeps a `Value` in memory as an aggregate; when a freshly built value (an arithmetic
/// result, a list item) is then moved into the VM's stack, the compiler writes it as two 8-byte
/// stores and reads it back with one 16-byte load, which the processor cannot forward from
/// those stores (a stall of a dozen cycles). As a pair of words the value stays in two
/// registers and is written as two 8-byte stores. The dispatch loop moves values this way
/// (`Value::into_words`, `Value::write_to`).
///
/// Deliberately neither `Clone` nor `Copy`: the words own what the value owned, so a copy
/// would let `from_words` make two owners of one reference.
#[repr(C)]
pub struct ValueWords {
    tag: u64,
    payload: std::mem::MaybeUninit<u64>,
}

const _: () = assert!(std::mem::size_of::<ValueWords>() == std::mem::size_of::<Value>());
const _: () = assert!(std::mem::align_of::<ValueWords>() == std::mem::align_of::<Value>());

impl ValueWords {
    /// Reads the two words at `at`, each with its own 8-byte load. The loads are volatile so
    /// that the compiler cannot fuse a load-store pair into one 16-byte copy, which would bring
    /// back the stall these words exist to avoid.
    ///
    /// # Safety
    /// `at` must point to a valid `Value` (or its words), readable for 16 bytes.
    #[inline(always)]
    unsafe fn read(at: *const ValueWords) -> ValueWords {
        ValueWords {
            tag: std::ptr::read_volatile(std::ptr::addr_of!((*at).tag)),
            payload: std::ptr::read_volatile(std::ptr::addr_of!((*at).payload)),
        }
    }

    /// Writes the two words to `at`, each with its own 8-byte store (see `read`).
    ///
    /// # Safety
    /// `at` must be valid for writing 16 bytes, aligned like a `Value`.
    #[inline(always)]
    unsafe fn write(at: *mut ValueWords, words: ValueWords) {
        std::ptr::write_volatile(std::ptr::addr_of_mut!((*at).tag), words.tag);
        std::ptr::write_volatile(std::ptr::addr_of_mut!((*at).payload), words.payload);
    }
}

impl Value {
    /// The value's two words; the words now own what the value owned (see `from_words`).
    #[inline(always)]
    pub fn into_words(self) -> ValueWords {
        // SAFETY: `Value` is `repr(u64)`: 16 bytes, a tag word that is always initialised and
        // a payload word that may be partly uninitialised, which `MaybeUninit` allows. The
        // value is moved into the words, so its reference (if any) is carried, not duplicated.
        unsafe { std::mem::transmute::<Value, ValueWords>(self) }
    }

    /// The value the words came from (taking over the reference they carry).
    #[inline(always)]
    pub fn from_words(words: ValueWords) -> Value {
        // SAFETY: `ValueWords` can only be made by `into_words` from a valid value (its fields
        // are private), so these are the words of a valid `Value`; ownership passes back.
        unsafe { std::mem::transmute::<ValueWords, Value>(words) }
    }

    /// Stores `self` into `dst` word by word and gives back what `dst` held.
    #[inline(always)]
    pub fn replace_in(self, dst: &mut Value) -> Value {
        let new = self.into_words();
        let at = (dst as *mut Value).cast::<ValueWords>();
        // SAFETY: `dst` is a valid, exclusively borrowed `Value` location and `ValueWords` has
        // its size and alignment. The old words are moved out (to be returned) and the new
        // ones, those of a valid value, moved in.
        let old = unsafe {
            let old = ValueWords::read(at);
            ValueWords::write(at, new);
            old
        };
        Value::from_words(old)
    }

    /// Stores `self` into `dst` word by word (dropping what `dst` held).
    #[inline(always)]
    pub fn write_to(self, dst: &mut Value) {
        drop(self.replace_in(dst));
    }
}

/// Word-by-word pushes and pops for value stacks (see `ValueWords` for why).
pub trait ValueStack {
    /// Pushes `v`.
    fn push_value(&mut self, v: Value);
    /// Pops the top value.
    fn pop_value(&mut self) -> Option<Value>;
}

impl ValueStack for Vec<Value> {
    #[inline(always)]
    fn push_value(&mut self, v: Value) {
        let words = v.into_words();
        if self.len() == self.capacity() {
            grow_value_stack(self);
        }
        let n = self.len();
        // SAFETY: `n < capacity` (the vector grew above when full), so slot `n` is allocated
        // and unused; the words of a valid value are moved into it and then counted.
        unsafe {
            ValueWords::write(self.as_mut_ptr().add(n).cast::<ValueWords>(), words);
            self.set_len(n + 1);
        }
    }

    #[inline(always)]
    fn pop_value(&mut self) -> Option<Value> {
        let n = self.len().checked_sub(1)?;
        // SAFETY: slot `n` holds a valid value; the length drops first so the vector no longer
        // owns it, and its words move out to the caller.
        unsafe {
            self.set_len(n);
            Some(Value::from_words(ValueWords::read(
                self.as_ptr().add(n).cast::<ValueWords>(),
            )))
        }
    }
}

#[cold]
#[inline(never)]
fn grow_value_stack(stack: &mut Vec<Value>) {
    stack.reserve(stack.capacity().max(8));
}

impl Clone for Value {
    /// A bitwise copy (after counting the new reference of a heap object). The derived clone
    /// rebuilt the value field by field, and the dispatch loop then moved it with one 16-byte
    /// load, which cannot be forwarded from two 8-byte stores: a stall of a dozen cycles on
    /// every `LoadFast`, `LoadConst` and `LoadGlobal`.
    #[inline(always)]
    fn clone(&self) -> Value {
        if let Value::Obj(o) = self {
            std::mem::forget(Rc::clone(o));
        }
        // SAFETY: every variant is plain data except `Obj`, whose reference count was raised
        // just above for the copy made here, so the copy owns one reference like a clone. It
        // is read as two words (see `ValueWords`).
        Value::from_words(unsafe { ValueWords::read((self as *const Value).cast::<ValueWords>()) })
    }
}

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
