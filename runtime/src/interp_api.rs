//! The `Interp` trait: what library code (builtins, modules, micronumpy's Python face) may ask of
//! the interpreter: calling Python callables and running the object protocols that can reach
//! user-defined dunder methods. Also the operator enums shared by the compiler and the VM.

use crate::exceptions::PyResult;
use crate::value::Value;
use std::rc::Rc;

/// Binary operators (`a op b` and `a op= b`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    /// `+`
    Add,
    /// `-`
    Sub,
    /// `*`
    Mul,
    /// `/`
    TrueDiv,
    /// `//`
    FloorDiv,
    /// `%`
    Mod,
    /// `**`
    Pow,
    /// `@`
    MatMul,
    /// `<<`
    LShift,
    /// `>>`
    RShift,
    /// `&`
    And,
    /// `|`
    Or,
    /// `^`
    Xor,
}

impl BinOp {
    /// The operator symbol, as in error messages.
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::TrueDiv => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "** or pow()",
            BinOp::MatMul => "@",
            BinOp::LShift => "<<",
            BinOp::RShift => ">>",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
        }
    }

    /// The dunder name (`__add__`) and its reflected twin (`__radd__`) and in-place form.
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        match self {
            BinOp::Add => ("__add__", "__radd__", "__iadd__"),
            BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            BinOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            BinOp::And => ("__and__", "__rand__", "__iand__"),
            BinOp::Or => ("__or__", "__ror__", "__ior__"),
            BinOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }
}

/// Rich comparison operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CmpOp {
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `>`
    Gt,
    /// `>=`
    Ge,
}

impl CmpOp {
    /// Symbol for error messages.
    pub fn symbol(self) -> &'static str {
        match self {
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }
    /// Dunder name.
    pub fn dunder(self) -> &'static str {
        match self {
            CmpOp::Lt => "__lt__",
            CmpOp::Le => "__le__",
            CmpOp::Eq => "__eq__",
            CmpOp::Ne => "__ne__",
            CmpOp::Gt => "__gt__",
            CmpOp::Ge => "__ge__",
        }
    }
    /// The reflected operator (`a < b` is `b > a`).
    pub fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
}

/// Keyword arguments of a call, in call order.
pub type KwArgs = Vec<(Rc<str>, Value)>;

/// What library code may ask of the interpreter.
pub trait Interp {
    /// Calls any callable.
    fn call(&mut self, func: &Value, args: Vec<Value>, kwargs: KwArgs) -> PyResult<Value>;
    /// `repr(v)`.
    fn repr(&mut self, v: &Value) -> PyResult<String>;
    /// `str(v)`.
    fn to_str(&mut self, v: &Value) -> PyResult<String>;
    /// `a == b` as a bool.
    fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool>;
    /// `a op b` (rich comparison result, not necessarily a bool).
    fn compare(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<Value>;
    /// `a op b` as a bool.
    fn compare_bool(&mut self, op: CmpOp, a: &Value, b: &Value) -> PyResult<bool>;
    /// `hash(v)`.
    fn hash(&mut self, v: &Value) -> PyResult<i64>;
    /// `bool(v)`.
    fn truthy(&mut self, v: &Value) -> PyResult<bool>;
    /// `iter(v)`.
    fn iter(&mut self, v: &Value) -> PyResult<Value>;
    /// `next(it)`, `None` when exhausted.
    fn next(&mut self, it: &Value) -> PyResult<Option<Value>>;
    /// Collects an iterable into a vector.
    fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>>;
    /// `getattr(v, name)`.
    fn getattr(&mut self, v: &Value, name: &str) -> PyResult<Value>;
    /// `object.__getattribute__(v, name)`: the generic lookup, skipping a user
    /// `__getattribute__` and `__getattr__`.
    fn generic_getattr(&mut self, v: &Value, name: &str) -> PyResult<Value> {
        self.getattr(v, name)
    }
    /// `getattr(v, name, None)` distinguishing absence.
    fn getattr_opt(&mut self, v: &Value, name: &str) -> PyResult<Option<Value>>;
    /// `setattr(v, name, value)`.
    fn setattr(&mut self, v: &Value, name: &str, value: Value) -> PyResult<()>;
    /// `delattr(v, name)`.
    fn delattr(&mut self, v: &Value, name: &str) -> PyResult<()>;
    /// `a op b`.
    fn binary(&mut self, op: BinOp, a: &Value, b: &Value) -> PyResult<Value>;
    /// `obj[key]`.
    fn getitem(&mut self, obj: &Value, key: &Value) -> PyResult<Value>;
    /// `obj[key] = value`.
    fn setitem(&mut self, obj: &Value, key: &Value, value: Value) -> PyResult<()>;
    /// `len(v)`.
    fn len(&mut self, v: &Value) -> PyResult<usize>;
    /// `x in container`.
    fn contains(&mut self, container: &Value, x: &Value) -> PyResult<bool>;
    /// Writes to `sys.stdout`.
    fn write_stdout(&mut self, s: &str) -> PyResult<()>;
    /// Writes to `sys.stderr`.
    fn write_stderr(&mut self, s: &str) -> PyResult<()>;
    /// Issues a warning (`RuntimeWarning`, ...). The VM prints it as Python's default warning
    /// filter does, once per source line, as `file:line: Category: message` and the line's
    /// text; this default just writes the category and message.
    fn warn(&mut self, category: crate::TypeTag, message: &str) -> PyResult<()> {
        self.write_stderr(&format!("{}: {}\n", category.name(), message))
    }
    /// Reads one line from stdin (`None` at end of file).
    fn read_line(&mut self) -> PyResult<Option<String>>;
    /// `import name`.
    fn import(&mut self, name: &str) -> PyResult<Value>;
    /// The return value of the generator that finished last (taken; for `StopIteration.value`).
    fn take_stop_value(&mut self) -> Option<Value>;
    /// Current recursion limit.
    fn recursion_limit(&self) -> usize;
    /// Sets the recursion limit.
    fn set_recursion_limit(&mut self, n: usize);
    /// `sys.argv`.
    fn argv(&self) -> Vec<String>;
    /// Globals of the running frame (for `globals()`).
    fn current_globals(&mut self) -> Value;
}
