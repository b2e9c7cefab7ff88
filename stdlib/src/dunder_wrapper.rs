//! Special methods of builtin values: which builtin types have which dunder methods (so that
//! `hasattr(x, "__iter__")` answers as in CPython), and the `method-wrapper` (bound, e.g.
//! `(5).__add__`, `it.__next__`) and `slot wrapper` (unbound, e.g. `int.__add__`) objects that
//! call them. Binary and comparison dunders return `NotImplemented` for operands the type does
//! not handle itself, as CPython's do.

use crate::args::type_name;
use crate::native::{native_value, NativeObject};
use crate::typeinfo::tag_of;
use mnpy_runtime::interp_api::{BinOp, CmpOp, Interp, KwArgs};
use mnpy_runtime::{BuiltinFn, PyErr, PyResult, TypeTag, Value};
use std::any::Any;

/// What a wrapped special method does.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    /// `__add__` (false) or `__radd__` (true), ...
    Binary(BinOp, bool),
    Compare(CmpOp),
    Len,
    Iter,
    Next,
    Contains,
    GetItem,
    SetItem,
    Hash,
    Repr,
    Str,
    Format,
    Bool,
    Neg,
    Pos,
    Abs,
    Invert,
    Int,
    Float,
    Index,
    Call,
}

const BINOPS: [BinOp; 13] = [
    BinOp::Add,
    BinOp::Sub,
    BinOp::Mul,
    BinOp::TrueDiv,
    BinOp::FloorDiv,
    BinOp::Mod,
    BinOp::Pow,
    BinOp::MatMul,
    BinOp::LShift,
    BinOp::RShift,
    BinOp::And,
    BinOp::Or,
    BinOp::Xor,
];

const CMPOPS: [CmpOp; 6] = [
    CmpOp::Lt,
    CmpOp::Le,
    CmpOp::Eq,
    CmpOp::Ne,
    CmpOp::Gt,
    CmpOp::Ge,
];

fn kind_of(name: &str) -> Option<Kind> {
    if !(name.starts_with("__") && name.ends_with("__")) {
        return None;
    }
    for op in BINOPS {
        let (fwd, rev, _) = op.dunders();
        if name == fwd {
            return Some(Kind::Binary(op, false));
        }
        if name == rev {
            return Some(Kind::Binary(op, true));
        }
    }
    if let Some(op) = CMPOPS.into_iter().find(|op| op.dunder() == name) {
        return Some(Kind::Compare(op));
    }
    Some(match name {
        "__len__" => Kind::Len,
        "__iter__" => Kind::Iter,
        "__next__" => Kind::Next,
        "__contains__" => Kind::Contains,
        "__getitem__" => Kind::GetItem,
        "__setitem__" => Kind::SetItem,
        "__hash__" => Kind::Hash,
        "__repr__" => Kind::Repr,
        "__str__" => Kind::Str,
        "__format__" => Kind::Format,
        "__bool__" => Kind::Bool,
        "__neg__" => Kind::Neg,
        "__pos__" => Kind::Pos,
        "__abs__" => Kind::Abs,
        "__invert__" => Kind::Invert,
        "__int__" => Kind::Int,
        "__float__" => Kind::Float,
        "__index__" => Kind::Index,
        "__call__" => Kind::Call,
        _ => return None,
    })
}

fn is_integral(t: TypeTag) -> bool {
    matches!(t, TypeTag::Int | TypeTag::Bool)
}

fn is_number(t: TypeTag) -> bool {
    matches!(
        t,
        TypeTag::Int | TypeTag::Bool | TypeTag::Float | TypeTag::Complex
    )
}

fn is_set(t: TypeTag) -> bool {
    matches!(t, TypeTag::Set | TypeTag::FrozenSet)
}

fn is_iterator(t: TypeTag) -> bool {
    matches!(t, TypeTag::Iterator | TypeTag::Generator)
}

fn is_collection(t: TypeTag) -> bool {
    matches!(
        t,
        TypeTag::Str
            | TypeTag::List
            | TypeTag::Tuple
            | TypeTag::Dict
            | TypeTag::Set
            | TypeTag::FrozenSet
            | TypeTag::Range
            | TypeTag::DictKeys
            | TypeTag::DictValues
            | TypeTag::DictItems
    )
}

/// The numeric rank CPython's number types accept in their own binary methods.
fn rank(t: TypeTag) -> Option<u8> {
    match t {
        TypeTag::Int | TypeTag::Bool => Some(0),
        TypeTag::Float => Some(1),
        TypeTag::Complex => Some(2),
        _ => None,
    }
}

/// True when values of builtin type `t` have the special method `k`.
fn applies(t: TypeTag, k: Kind) -> bool {
    use BinOp as B;
    match k {
        Kind::Compare(_) | Kind::Hash | Kind::Repr | Kind::Str | Kind::Format => true,
        Kind::Len => is_collection(t),
        Kind::Iter => is_collection(t) || is_iterator(t),
        Kind::Next => is_iterator(t),
        Kind::Contains => is_collection(t) && t != TypeTag::DictValues,
        Kind::GetItem => matches!(
            t,
            TypeTag::Str | TypeTag::List | TypeTag::Tuple | TypeTag::Range | TypeTag::Dict
        ),
        Kind::SetItem => matches!(t, TypeTag::List | TypeTag::Dict),
        Kind::Bool => is_number(t) || t == TypeTag::NoneType,
        Kind::Neg | Kind::Pos | Kind::Abs => is_number(t),
        Kind::Invert | Kind::Index => is_integral(t),
        Kind::Int | Kind::Float => is_integral(t) || t == TypeTag::Float,
        Kind::Call => matches!(
            t,
            TypeTag::Function | TypeTag::BuiltinFunction | TypeTag::Method
        ),
        Kind::Binary(op, reflected) => match op {
            B::Add | B::Mul => {
                is_number(t)
                    || (!reflected && matches!(t, TypeTag::Str | TypeTag::List | TypeTag::Tuple))
                    || (op == B::Mul && matches!(t, TypeTag::Str | TypeTag::List | TypeTag::Tuple))
            }
            B::Sub => is_number(t) || is_set(t),
            B::TrueDiv | B::Pow => is_number(t),
            B::FloorDiv => is_integral(t) || t == TypeTag::Float,
            B::Mod => is_integral(t) || t == TypeTag::Float || (t == TypeTag::Str && !reflected),
            B::MatMul => false,
            B::LShift | B::RShift => is_integral(t),
            B::And | B::Xor => is_integral(t) || is_set(t),
            B::Or => is_integral(t) || is_set(t) || t == TypeTag::Dict,
        },
    }
}

/// A builtin special method, bound to a receiver (`method-wrapper`) or not (`slot wrapper`).
struct DunderWrapper {
    name: &'static str,
    kind: Kind,
    owner: TypeTag,
    receiver: Option<Value>,
}

fn static_name(name: &str) -> &'static str {
    for op in BINOPS {
        let (fwd, rev, _) = op.dunders();
        if name == fwd {
            return fwd;
        }
        if name == rev {
            return rev;
        }
    }
    if let Some(op) = CMPOPS.into_iter().find(|op| op.dunder() == name) {
        return op.dunder();
    }
    const OTHERS: [&str; 19] = [
        "__call__",
        "__len__",
        "__iter__",
        "__next__",
        "__contains__",
        "__getitem__",
        "__setitem__",
        "__hash__",
        "__repr__",
        "__str__",
        "__format__",
        "__bool__",
        "__neg__",
        "__pos__",
        "__abs__",
        "__invert__",
        "__int__",
        "__float__",
        "__index__",
    ];
    OTHERS
        .into_iter()
        .find(|n| *n == name)
        .unwrap_or("__call__")
}

fn unhashable(t: TypeTag) -> bool {
    matches!(
        t,
        TypeTag::List | TypeTag::Dict | TypeTag::Set | TypeTag::Slice
    )
}

/// `v.name` for a special method of a builtin value (not a user instance), when `v`'s type has
/// it: a bound wrapper (or `None` for `__hash__` of unhashable types).
pub fn bound(v: &Value, name: &str) -> Option<Value> {
    wrapper(tag_of(v), name, Some(v))
}

/// `cls.name` for a special method of the builtin class `owner` (e.g. `int.__add__`).
pub fn unbound(owner: TypeTag, name: &str) -> Option<Value> {
    if owner == TypeTag::Object {
        return None;
    }
    wrapper(owner, name, None)
}

/// The wrapper of special method `name` of builtin class `owner`, bound to `receiver` when
/// there is one; `None` when the class has no such method, `None` the value when it is
/// `__hash__` of an unhashable class.
fn wrapper(owner: TypeTag, name: &str, receiver: Option<&Value>) -> Option<Value> {
    let kind = kind_of(name)?;
    if !applies(owner, kind) {
        return None;
    }
    if kind == Kind::Hash && unhashable(owner) {
        return Some(Value::None);
    }
    Some(native_value(Box::new(DunderWrapper {
        name: static_name(name),
        kind,
        owner,
        receiver: receiver.cloned(),
    })))
}

fn expect_args(args: &[Value], n: usize) -> PyResult<()> {
    if args.len() == n {
        return Ok(());
    }
    Err(PyErr::type_error(format!(
        "expected {} argument{}, got {}",
        n,
        if n == 1 { "" } else { "s" },
        args.len()
    )))
}

/// Whether the receiver's own binary method handles `other` (else NotImplemented).
fn binary_accepts(recv: TypeTag, op: BinOp, other: &Value) -> bool {
    let ot = tag_of(other);
    if let Some(r) = rank(recv) {
        return rank(ot).is_some_and(|o| o <= r);
    }
    match (recv, op) {
        (TypeTag::Str | TypeTag::List | TypeTag::Tuple, BinOp::Mul) => is_integral(ot),
        (TypeTag::Str | TypeTag::List | TypeTag::Tuple, BinOp::Add) => true,
        (TypeTag::Str, BinOp::Mod) => true,
        (TypeTag::Dict, BinOp::Or) => ot == TypeTag::Dict,
        _ => is_set(recv) && is_set(ot),
    }
}

/// Whether the receiver's own comparison handles `other` (else NotImplemented).
fn compare_accepts(recv: TypeTag, op: CmpOp, other: &Value) -> bool {
    let ot = tag_of(other);
    let ordering = !matches!(op, CmpOp::Eq | CmpOp::Ne);
    if let Some(r) = rank(recv) {
        return match rank(ot) {
            Some(o) => o <= r && !(ordering && (r == 2 || o == 2)),
            None => false,
        };
    }
    if is_set(recv) {
        return is_set(ot);
    }
    if matches!(recv, TypeTag::Dict | TypeTag::Range) && ordering {
        return false;
    }
    recv == ot && is_collection(recv)
}

impl DunderWrapper {
    fn run(&self, vm: &mut dyn Interp, recv: &Value, args: Vec<Value>) -> PyResult<Value> {
        let name = self.name;
        let one = |args: &[Value]| -> PyResult<Value> {
            expect_args(args, 1)?;
            Ok(args[0].clone())
        };
        match self.kind {
            Kind::Binary(op, reflected) => {
                let other = one(&args)?;
                if !binary_accepts(self.owner, op, &other) {
                    return Ok(Value::NotImplemented);
                }
                if reflected {
                    vm.binary(op, &other, recv)
                } else {
                    vm.binary(op, recv, &other)
                }
            }
            Kind::Compare(op) => {
                let other = one(&args)?;
                if compare_accepts(self.owner, op, &other) {
                    return vm.compare(op, recv, &other);
                }
                if matches!(op, CmpOp::Eq | CmpOp::Ne) && recv.is(&other) {
                    return Ok(Value::Bool(op == CmpOp::Eq));
                }
                Ok(Value::NotImplemented)
            }
            Kind::Contains => {
                let x = one(&args)?;
                Ok(Value::Bool(vm.contains(recv, &x)?))
            }
            Kind::GetItem => {
                let key = one(&args)?;
                vm.getitem(recv, &key)
            }
            Kind::SetItem => {
                if args.len() != 2 {
                    return Err(PyErr::type_error(format!(
                        "expected 2 arguments, got {}",
                        args.len()
                    )));
                }
                vm.setitem(recv, &args[0], args[1].clone())?;
                Ok(Value::None)
            }
            Kind::Format => {
                let spec = one(&args)?;
                let Some(spec) = spec.as_str() else {
                    return Err(PyErr::type_error(format!(
                        "{}() argument must be str, not {}",
                        name.trim_matches('_'),
                        type_name(&spec)
                    )));
                };
                Ok(Value::string(crate::format_value(vm, recv, spec)?))
            }
            _ => {
                expect_args(&args, 0)?;
                self.run_unary(vm, recv)
            }
        }
    }

    fn run_unary(&self, vm: &mut dyn Interp, recv: &Value) -> PyResult<Value> {
        let call_builtin = |vm: &mut dyn Interp, f: BuiltinFn| {
            vm.call(&Value::Builtin(f), vec![recv.clone()], vec![])
        };
        let construct = |vm: &mut dyn Interp, t: TypeTag| {
            vm.call(&Value::Obj(t.class()), vec![recv.clone()], vec![])
        };
        match self.kind {
            Kind::Len => Ok(Value::Int(vm.len(recv)? as i64)),
            Kind::Iter => vm.iter(recv),
            Kind::Next => match vm.next(recv)? {
                Some(v) => Ok(v),
                None => {
                    let value = vm.take_stop_value();
                    Err(match value {
                        Some(v) if !matches!(v, Value::None) => {
                            PyErr::with_args(TypeTag::StopIteration, vec![v])
                        }
                        _ => PyErr::with_args(TypeTag::StopIteration, vec![]),
                    })
                }
            },
            Kind::Hash => Ok(Value::Int(vm.hash(recv)?)),
            Kind::Repr => Ok(Value::string(vm.repr(recv)?)),
            Kind::Str => Ok(Value::string(vm.to_str(recv)?)),
            Kind::Bool => Ok(Value::Bool(vm.truthy(recv)?)),
            Kind::Neg => vm.binary(BinOp::Mul, recv, &Value::Int(-1)),
            Kind::Pos => vm.binary(BinOp::Mul, recv, &Value::Int(1)),
            Kind::Invert => {
                let neg = vm.binary(BinOp::Mul, recv, &Value::Int(-1))?;
                vm.binary(BinOp::Sub, &neg, &Value::Int(1))
            }
            Kind::Abs => call_builtin(vm, BuiltinFn::Abs),
            Kind::Int | Kind::Index => construct(vm, TypeTag::Int),
            Kind::Float => construct(vm, TypeTag::Float),
            _ => Err(PyErr::type_error(format!(
                "'{}' is not callable this way",
                self.name
            ))),
        }
    }
}

fn same_family(owner: TypeTag, t: TypeTag) -> bool {
    owner == t || (owner == TypeTag::Int && t == TypeTag::Bool)
}

impl NativeObject for DunderWrapper {
    fn type_name(&self) -> String {
        if self.receiver.is_some() {
            "method-wrapper".into()
        } else {
            "wrapper_descriptor".into()
        }
    }

    fn call(
        &self,
        vm: &mut dyn Interp,
        _this: &Value,
        mut args: Vec<Value>,
        kw: KwArgs,
    ) -> PyResult<Value> {
        if let (Kind::Call, Some(r)) = (self.kind, &self.receiver) {
            return vm.call(r, args, kw);
        }
        if !kw.is_empty() {
            return Err(PyErr::type_error(format!(
                "wrapper {}() takes no keyword arguments",
                self.name
            )));
        }
        let recv = match &self.receiver {
            Some(r) => r.clone(),
            None => {
                if args.is_empty() {
                    return Err(PyErr::type_error(format!(
                        "descriptor '{}' of '{}' object needs an argument",
                        self.name,
                        self.owner.name()
                    )));
                }
                let r = args.remove(0);
                if !same_family(self.owner, tag_of(&r)) {
                    return Err(PyErr::type_error(format!(
                        "descriptor '{}' requires a '{}' object but received a '{}'",
                        self.name,
                        self.owner.name(),
                        type_name(&r)
                    )));
                }
                r
            }
        };
        self.run(vm, &recv, args)
    }

    fn repr(&self, _vm: &mut dyn Interp, _this: &Value) -> PyResult<String> {
        Ok(match &self.receiver {
            Some(r) => format!(
                "<method-wrapper '{}' of {} object at {:#x}>",
                self.name,
                type_name(r),
                match r {
                    Value::Obj(o) => std::rc::Rc::as_ptr(o) as *const u8 as usize,
                    _ => 0,
                }
            ),
            None => format!(
                "<slot wrapper '{}' of '{}' objects>",
                self.name,
                self.owner.name()
            ),
        })
    }

    fn getattr(&self, _vm: &mut dyn Interp, _this: &Value, name: &str) -> PyResult<Option<Value>> {
        Ok(match name {
            "__name__" | "__qualname__" => Some(Value::str(self.name)),
            "__self__" => self.receiver.clone(),
            _ => None,
        })
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // python3 -c "print(hasattr(5,'__iter__'), hasattr('s','__iter__'), hasattr([],'__next__'),
    //   hasattr(iter([]),'__next__'), hasattr({},'__getitem__'), hasattr({1},'__getitem__'),
    //   hasattr(1.5,'__and__'), hasattr({1},'__and__'), hasattr('s','__radd__'))"
    // True-s: False True False True True False False True False
    #[test]
    fn applicability_matches_cpython() {
        let has = |t, n| kind_of(n).is_some_and(|k| applies(t, k));
        assert!(!has(TypeTag::Int, "__iter__"));
        assert!(has(TypeTag::Str, "__iter__"));
        assert!(!has(TypeTag::List, "__next__"));
        assert!(has(TypeTag::Iterator, "__next__"));
        assert!(has(TypeTag::Dict, "__getitem__"));
        assert!(!has(TypeTag::Set, "__getitem__"));
        assert!(!has(TypeTag::Float, "__and__"));
        assert!(has(TypeTag::Set, "__and__"));
        assert!(!has(TypeTag::Str, "__radd__"));
        assert!(has(TypeTag::Str, "__rmul__"));
    }

    #[test]
    fn names_are_recognised() {
        assert_eq!(kind_of("__radd__"), Some(Kind::Binary(BinOp::Add, true)));
        assert_eq!(kind_of("__le__"), Some(Kind::Compare(CmpOp::Le)));
        assert_eq!(kind_of("__foo__"), None);
        assert_eq!(static_name("__next__"), "__next__");
    }
}
