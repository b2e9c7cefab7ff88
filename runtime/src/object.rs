//! Heap objects (`HeapObj`): strings, big ints, containers, functions, classes, instances, modules,
//! iterators and arrays. Mutable containers use `RefCell`; everything sits behind one `Rc`.

use crate::builtin_fn::BuiltinFn;
use crate::dict::PyDict;
use crate::exceptions::ExcData;
use crate::set::PySet;
use crate::types::TypeTag;
use crate::value::Value;
use indexmap::IndexMap;
use num_bigint::BigInt;
use num_complex::Complex64;
use rustc_hash::FxHasher;
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::hash::BuildHasherDefault;
use std::rc::Rc;

/// Attribute dictionaries of instances, classes and modules, keyed by interned names (FxHash:
/// names are short and not attacker-chosen keys of a long-lived server).
pub type AttrMap = IndexMap<Rc<str>, Value, BuildHasherDefault<FxHasher>>;

/// An immutable Python str with its length in code points cached.
pub struct PyStr {
    text: Box<str>,
    char_len: usize,
}

impl PyStr {
    /// From a `&str`.
    pub fn new(s: &str) -> PyStr {
        PyStr {
            char_len: s.chars().count(),
            text: s.into(),
        }
    }
    /// From an owned `String`.
    pub fn from_string(s: String) -> PyStr {
        PyStr {
            char_len: s.chars().count(),
            text: s.into_boxed_str(),
        }
    }
    /// The text.
    pub fn as_str(&self) -> &str {
        &self.text
    }
    /// Length in code points (Python's `len`).
    pub fn char_len(&self) -> usize {
        self.char_len
    }
    /// True when every code point is ASCII, so byte and char indices agree.
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.text.len()
    }
}

/// `range(start, stop, step)` with 64-bit bounds.
#[derive(Clone, Copy, Debug)]
pub struct PyRange {
    /// First value.
    pub start: i64,
    /// Exclusive bound.
    pub stop: i64,
    /// Non-zero step.
    pub step: i64,
}

impl PyRange {
    /// Number of values.
    pub fn len(&self) -> i64 {
        let (lo, hi, st) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if st > 0 {
            if lo < hi {
                (hi - lo + st - 1) / st
            } else {
                0
            }
        } else if lo > hi {
            (lo - hi - st - 1) / -st
        } else {
            0
        };
        n as i64
    }
    /// True when empty.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The i-th value (0 <= i < len).
    pub fn at(&self, i: i64) -> i64 {
        self.start + i * self.step
    }
}

/// A Python function: compiled code (owned by the interpreter, hence `dyn Any`) plus its bindings.
pub struct PyFunction {
    /// `__name__`.
    pub name: Rc<str>,
    /// `__qualname__`.
    pub qualname: Rc<str>,
    /// The compiled code object (an `interp` type).
    pub code: Rc<dyn Any>,
    /// Module globals the function runs in.
    pub globals: Rc<HeapObj>,
    /// Positional defaults (last parameters).
    pub defaults: Vec<Value>,
    /// Keyword-only defaults.
    pub kwdefaults: Vec<(Rc<str>, Value)>,
    /// Closure cells, in the code's free-variable order.
    pub closure: Vec<Rc<HeapObj>>,
    /// `__dict__` of the function (for attributes set on functions, e.g. by decorators).
    pub attrs: RefCell<AttrMap>,
    /// `__doc__`.
    pub doc: Value,
}

/// A class (user-defined or builtin).
pub struct PyClass {
    /// `__name__`.
    pub name: Rc<str>,
    /// `__qualname__`.
    pub qualname: Rc<str>,
    /// `__module__`.
    pub module: Rc<str>,
    /// Direct bases.
    pub bases: Vec<Rc<HeapObj>>,
    /// Method resolution order, starting with the class itself (as a weak-free list of strong refs,
    /// excluding the class itself to avoid a cycle).
    pub mro_tail: Vec<Rc<HeapObj>>,
    /// Class attributes.
    pub dict: RefCell<AttrMap>,
    /// The builtin type this class is or derives from.
    pub builtin: TypeTag,
    /// Bumped on every change to this class's dict (for attribute caches).
    pub version: Cell<u64>,
}

/// An instance of a user class (or of a builtin exception class).
pub struct PyInstance {
    /// Its class (a `HeapObj::Class`).
    pub class: Rc<HeapObj>,
    /// Instance attributes.
    pub attrs: RefCell<AttrMap>,
    /// Exception state, for instances of exception classes.
    pub exc: Option<RefCell<ExcData>>,
}

/// A module.
pub struct PyModule {
    /// `__name__`.
    pub name: Rc<str>,
    /// Module globals.
    pub dict: RefCell<AttrMap>,
}

/// A builtin iterator's state.
pub enum IterState {
    /// Over a list by index (sees appends, like CPython).
    Seq { seq: Value, index: usize },
    /// Over a range.
    Range { next: i64, stop: i64, step: i64 },
    /// Over the code points of a str (byte offset).
    Str { s: Value, byte: usize },
    /// Over a snapshot of values (dict keys/items, sets).
    Values {
        items: Vec<Value>,
        index: usize,
        source: Value,
        size: usize,
    },
    /// `reversed(seq)`.
    Reversed { seq: Value, index: i64 },
    /// `enumerate(it, start)`.
    Enumerate { inner: Value, count: Value },
    /// `zip(*its)`.
    Zip { inners: Vec<Value> },
    /// `map(f, *its)`.
    Map { func: Value, inners: Vec<Value> },
    /// `filter(f, it)`.
    Filter { func: Value, inner: Value },
    /// `iter(callable, sentinel)` or library iterators implemented in stdlib.
    Native(Box<dyn Any>),
    /// Finished.
    Done,
}

/// A builtin iterator object, with the type name Python shows.
pub struct PyIter {
    /// State.
    pub state: RefCell<IterState>,
    /// Python's type name, e.g. `list_iterator`.
    pub type_name: &'static str,
}

/// The kind of a dict view.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DictViewKind {
    /// `dict.keys()`
    Keys,
    /// `dict.values()`
    Values,
    /// `dict.items()`
    Items,
}

/// Every kind of heap object.
pub enum HeapObj {
    /// `str`
    Str(PyStr),
    /// `int` beyond 64 bits.
    BigInt(BigInt),
    /// `complex`
    Complex(Complex64),
    /// `list`
    List(RefCell<Vec<Value>>),
    /// `tuple`
    Tuple(Box<[Value]>),
    /// `dict`
    Dict(RefCell<PyDict>),
    /// `set`
    Set(RefCell<PySet>),
    /// `frozenset`
    FrozenSet(PySet),
    /// `range`
    Range(PyRange),
    /// `slice(start, stop, step)`
    Slice(Value, Value, Value),
    /// A Python function.
    Function(PyFunction),
    /// A function bound to `self`.
    BoundMethod(Value, Value),
    /// A builtin method bound to its receiver.
    BoundBuiltin(BuiltinFn, Value),
    /// A class.
    Class(PyClass),
    /// An instance of a user class.
    Instance(PyInstance),
    /// A module.
    Module(PyModule),
    /// A closure cell.
    Cell(RefCell<Option<Value>>),
    /// A builtin iterator.
    Iter(PyIter),
    /// A generator (its suspended frame is an interpreter type).
    Generator(RefCell<Option<Box<dyn Any>>>, Rc<str>),
    /// `staticmethod(f)`
    StaticMethod(Value),
    /// `classmethod(f)`
    ClassMethod(Value),
    /// `property(fget, fset, fdel)`
    Property(Value, Value, Value),
    /// `super(cls, obj)` bound.
    Super(Rc<HeapObj>, Value),
    /// `dict.keys()` / `values()` / `items()`.
    DictView(DictViewKind, Value),
    /// Any other native object of a library module (file objects, lru_cache wrappers, ...).
    Native(Box<dyn Any>, TypeTag),
}

impl HeapObj {
    /// The class, if this is a class.
    pub fn as_class(&self) -> Option<&PyClass> {
        match self {
            HeapObj::Class(c) => Some(c),
            _ => None,
        }
    }
}

impl PyClass {
    /// Looks a name up along the MRO (the class itself first).
    pub fn lookup(&self, name: &str) -> Option<Value> {
        if let Some(v) = self.dict.borrow().get(name) {
            return Some(v.clone());
        }
        for c in &self.mro_tail {
            if let Some(cls) = c.as_class() {
                if let Some(v) = cls.dict.borrow().get(name) {
                    return Some(v.clone());
                }
            }
        }
        None
    }
}
