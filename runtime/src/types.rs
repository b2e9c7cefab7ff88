//! `TypeTag`: the closed set of builtin types (including the exception hierarchy), and the
//! per-thread registry of their class objects, created once at start-up.

use crate::object::{HeapObj, PyClass};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

macro_rules! type_tags {
    ($($tag:ident = $name:literal : $base:ident),* $(,)?) => {
        /// A builtin type. The variant order is the registry order.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u8)]
        pub enum TypeTag { $( #[doc = $name] $tag ),* }

        /// Every builtin type, in declaration order.
        pub const ALL_TYPE_TAGS: &[TypeTag] = &[$(TypeTag::$tag),*];

        impl TypeTag {
            /// The Python name of the type.
            pub fn name(self) -> &'static str {
                match self { $(TypeTag::$tag => $name),* }
            }
            /// The builtin base class (`Object` for `Object` itself).
            pub fn base(self) -> TypeTag {
                match self { $(TypeTag::$tag => TypeTag::$base),* }
            }
        }
    };
}

type_tags! {
    Object = "object": Object,
    Type = "type": Object,
    NoneType = "NoneType": Object,
    Int = "int": Object,
    Bool = "bool": Int,
    Float = "float": Object,
    Complex = "complex": Object,
    Str = "str": Object,
    List = "list": Object,
    Tuple = "tuple": Object,
    Dict = "dict": Object,
    Set = "set": Object,
    FrozenSet = "frozenset": Object,
    Range = "range": Object,
    Slice = "slice": Object,
    Function = "function": Object,
    BuiltinFunction = "builtin_function_or_method": Object,
    Method = "method": Object,
    Module = "module": Object,
    Cell = "cell": Object,
    Iterator = "iterator": Object,
    Generator = "generator": Object,
    StaticMethod = "staticmethod": Object,
    ClassMethod = "classmethod": Object,
    Property = "property": Object,
    Super = "super": Object,
    DictKeys = "dict_keys": Object,
    DictValues = "dict_values": Object,
    DictItems = "dict_items": Object,
    NotImplementedType = "NotImplementedType": Object,
    Ellipsis = "ellipsis": Object,
    TextFile = "_io.TextIOWrapper": Object,
    NativeObject = "object": Object,
    BaseException = "BaseException": Object,
    SystemExit = "SystemExit": BaseException,
    KeyboardInterrupt = "KeyboardInterrupt": BaseException,
    GeneratorExit = "GeneratorExit": BaseException,
    Exception = "Exception": BaseException,
    StopIteration = "StopIteration": Exception,
    ArithmeticError = "ArithmeticError": Exception,
    FloatingPointError = "FloatingPointError": ArithmeticError,
    OverflowError = "OverflowError": ArithmeticError,
    ZeroDivisionError = "ZeroDivisionError": ArithmeticError,
    AssertionError = "AssertionError": Exception,
    AttributeError = "AttributeError": Exception,
    BufferError = "BufferError": Exception,
    EOFError = "EOFError": Exception,
    ImportError = "ImportError": Exception,
    ModuleNotFoundError = "ModuleNotFoundError": ImportError,
    LookupError = "LookupError": Exception,
    IndexError = "IndexError": LookupError,
    KeyError = "KeyError": LookupError,
    MemoryError = "MemoryError": Exception,
    NameError = "NameError": Exception,
    UnboundLocalError = "UnboundLocalError": NameError,
    OSError = "OSError": Exception,
    FileNotFoundError = "FileNotFoundError": OSError,
    FileExistsError = "FileExistsError": OSError,
    PermissionError = "PermissionError": OSError,
    IsADirectoryError = "IsADirectoryError": OSError,
    RuntimeError = "RuntimeError": Exception,
    NotImplementedError = "NotImplementedError": RuntimeError,
    RecursionError = "RecursionError": RuntimeError,
    SyntaxError = "SyntaxError": Exception,
    IndentationError = "IndentationError": SyntaxError,
    TabError = "TabError": IndentationError,
    TypeError = "TypeError": Exception,
    ValueError = "ValueError": Exception,
    UnicodeError = "UnicodeError": ValueError,
    UnicodeDecodeError = "UnicodeDecodeError": UnicodeError,
    Warning = "Warning": Exception,
    UserWarning = "UserWarning": Warning,
    DeprecationWarning = "DeprecationWarning": Warning,
    RuntimeWarning = "RuntimeWarning": Warning,
}

impl TypeTag {
    /// True for `BaseException` and everything below it.
    pub fn is_exception(self) -> bool {
        (self as u8) >= (TypeTag::BaseException as u8)
    }

    /// The builtin class object for this tag.
    pub fn class(self) -> Rc<HeapObj> {
        REGISTRY.with(|r| r[self as usize].clone())
    }

    /// True when `self` is `other` or derives from it.
    pub fn is_subtype_of(self, other: TypeTag) -> bool {
        let mut t = self;
        loop {
            if t == other {
                return true;
            }
            if t == TypeTag::Object {
                return false;
            }
            t = t.base();
        }
    }
}

thread_local! {
    static REGISTRY: Vec<Rc<HeapObj>> = build_registry();
    static NEXT_VERSION: Cell<u64> = const { Cell::new(1) };
}

/// A fresh class-dict version number (for attribute caches).
pub fn next_class_version() -> u64 {
    NEXT_VERSION.with(|n| {
        let v = n.get();
        n.set(v + 1);
        v
    })
}

fn build_registry() -> Vec<Rc<HeapObj>> {
    let mut out: Vec<Rc<HeapObj>> = Vec::with_capacity(ALL_TYPE_TAGS.len());
    for &tag in ALL_TYPE_TAGS {
        let (bases, mro_tail) = if tag == TypeTag::Object {
            (vec![], vec![])
        } else {
            let base = out[tag.base() as usize].clone();
            let mut mro = vec![base.clone()];
            if let Some(bc) = base.as_class() {
                mro.extend(bc.mro_tail.iter().cloned());
            }
            (vec![base], mro)
        };
        out.push(Rc::new(HeapObj::Class(PyClass {
            name: tag.name().into(),
            qualname: tag.name().into(),
            module: "builtins".into(),
            bases,
            mro_tail,
            dict: RefCell::new(Default::default()),
            builtin: tag,
            version: Cell::new(0),
        })));
    }
    out
}
