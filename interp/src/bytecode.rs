//! The bytecode: one table (`opcodes!`) defines every instruction with its operand and doc, and
//! generates the `Op` enum, its name and a printer for `--dump-bytecode`. `Code` is a compiled
//! function, class body or module: instructions, line table, constants, names, slot layout,
//! exception table and one hotness counter per loop header.

use mnpy_runtime::interp_api::{BinOp, CmpOp};
use mnpy_runtime::Value;
use std::cell::Cell;
use std::fmt::Write;
use std::rc::Rc;

/// Unary operators.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnaryOp {
    /// `-x`
    Neg,
    /// `+x`
    Pos,
    /// `not x`
    Not,
    /// `~x`
    Invert,
}

macro_rules! opcodes {
    ($($(#[doc = $doc:literal])* $name:ident $(($ty:ty))?,)*) => {
        /// One instruction. Jump operands are instruction indices.
        #[derive(Clone, Copy, Debug, PartialEq)]
        pub enum Op { $($(#[doc = $doc])* $name $(($ty))?,)* }

        impl Op {
            /// The instruction's name.
            pub fn name(&self) -> &'static str {
                match self { $(Op::$name { .. } => stringify!($name),)* }
            }
        }
    };
}

opcodes! {
    /// Does nothing.
    Nop,
    /// Push constant `consts[i]`.
    LoadConst(u32),
    /// Push local slot `i`; UnboundLocalError when unset.
    LoadFast(u32),
    /// Pop into local slot `i`.
    StoreFast(u32),
    /// Unset local slot `i`.
    DeleteFast(u32),
    /// Push the contents of cell `i` (cell variables first, then free variables).
    LoadDeref(u32),
    /// Pop into cell `i`.
    StoreDeref(u32),
    /// Empty cell `i`.
    DeleteDeref(u32),
    /// Push cell object `i` itself (to build a closure).
    LoadClosure(u32),
    /// Push global `names[i]` (then builtins).
    LoadGlobal(u32),
    /// Pop into global `names[i]`.
    StoreGlobal(u32),
    /// Delete global `names[i]`.
    DeleteGlobal(u32),
    /// Class bodies: push `names[i]` from the class namespace, then globals, then builtins.
    LoadName(u32),
    /// Class bodies: pop into the class namespace.
    StoreName(u32),
    /// Class bodies: delete from the class namespace.
    DeleteName(u32),
    /// Replace TOS with `TOS.names[i]`.
    LoadAttr(u32),
    /// `TOS.names[i] = TOS1`; pops both.
    StoreAttr(u32),
    /// `del TOS.names[i]`.
    DeleteAttr(u32),
    /// Replace TOS with (method, self) or (NULL-marker, attribute) for `CallMethod`.
    LoadMethod(u32),
    /// Call a method loaded by `LoadMethod` with `n` positional arguments.
    CallMethod(u32),
    /// `TOS1[TOS]`.
    Subscr,
    /// `TOS1[TOS] = TOS2`.
    StoreSubscr,
    /// `del TOS1[TOS]`.
    DeleteSubscr,
    /// `TOS1 op TOS`.
    Binary(BinOp),
    /// `TOS1 op= TOS`.
    Inplace(BinOp),
    /// `op TOS`.
    Unary(UnaryOp),
    /// Rich comparison `TOS1 op TOS`.
    Compare(CmpOp),
    /// `is` (operand 1: `is not`).
    Is(u32),
    /// `in` (operand 1: `not in`).
    In(u32),
    /// Jump to `i`.
    Jump(u32),
    /// Pop; jump when falsy.
    PopJumpIfFalse(u32),
    /// Pop; jump when truthy.
    PopJumpIfTrue(u32),
    /// Jump keeping TOS when falsy, else pop.
    JumpIfFalseOrPop(u32),
    /// Jump keeping TOS when truthy, else pop.
    JumpIfTrueOrPop(u32),
    /// Replace TOS with `iter(TOS)`.
    GetIter,
    /// Push `next(TOS)`, or pop the iterator and jump to `i` when exhausted.
    ForIter(u32),
    /// Loop header `i`: counts iterations (the JIT's trace anchor).
    LoopHeader(u32),
    /// `Jump` to the `LoopHeader` at `i`, running that header here (written by the peephole
    /// pass over loops' back edges: one dispatch per iteration fewer).
    JumpLoop(u32),
    /// Call TOS-n with n positional arguments.
    Call(u32),
    /// Call with n arguments whose last ones are keywords named by the tuple on TOS.
    CallKw(u32),
    /// Call TOS2 (or TOS1) with the args tuple TOS1 (TOS) and, when operand is 1, kwargs dict TOS.
    CallEx(u32),
    /// Build a function from `codes[i & 0xffffff]`; high byte flags say what lies below the
    /// qualified name on TOS: 1 defaults tuple, 2 kwdefaults dict, 4 closure tuple (in that order).
    MakeFunction(u32),
    /// Build a tuple of n items.
    BuildTuple(u32),
    /// Build a list of n items.
    BuildList(u32),
    /// Build a set of n items.
    BuildSet(u32),
    /// Build a dict of n key/value pairs.
    BuildMap(u32),
    /// Build a slice of 2 or 3 items.
    BuildSlice(u32),
    /// Concatenate n strings.
    BuildString(u32),
    /// Append TOS to the list at depth i (comprehensions); pops TOS.
    ListAppend(u32),
    /// Add TOS to the set at depth i.
    SetAdd(u32),
    /// Add TOS1: TOS to the dict at depth i.
    MapAdd(u32),
    /// Extend the list at depth i with iterable TOS.
    ListExtend(u32),
    /// Update the set at depth i with iterable TOS.
    SetUpdate(u32),
    /// Update the dict at depth i with mapping TOS.
    DictUpdate(u32),
    /// Call building: merge mapping TOS into the kwargs dict at TOS1, raising on duplicate keys
    /// (the callable is at TOS3 for the message).
    DictMerge,
    /// Replace the list on TOS with a tuple.
    ListToTuple,
    /// Call building: extend the argument list at TOS1 with the iterable TOS; the callable is
    /// at TOS2 (named in the error when TOS is not iterable).
    CallArgsExtend,
    /// Format TOS (bits 0-1: conversion none/str/repr/ascii; bit 2: a spec is on TOS).
    FormatValue(u32),
    /// Unpack TOS into n values (first item ends on top).
    UnpackSequence(u32),
    /// Unpack with a starred target: low 16 bits before, high 16 bits after.
    UnpackEx(u32),
    /// Pop TOS.
    Pop,
    /// Duplicate TOS.
    Dup,
    /// Duplicate the two top items.
    DupTwo,
    /// Swap the two top items.
    Rot2,
    /// Lift the second and third items one up, TOS down to third.
    Rot3,
    /// TOS down to fourth place.
    Rot4,
    /// Return TOS.
    Return,
    /// Suspend the generator yielding TOS; the sent value is pushed on resume.
    Yield,
    /// `yield from`: delegate to the iterator at TOS1 sending TOS; loops back until exhausted.
    YieldFrom,
    /// Raise: operand 0 re-raises the handled exception, 1 raises TOS, 2 raises TOS1 from TOS.
    Raise(u32),
    /// Re-raise the exception on TOS (keeping its traceback).
    Reraise,
    /// Handler entry: push the previously handled exception under TOS, make TOS the handled one.
    PushExcInfo,
    /// Handler exit: pop the saved previous exception and restore it as the handled one.
    PopExcept,
    /// Handler cleanup: TOS is a new exception, TOS1 the saved one; restore it, re-raise TOS.
    PopExceptReraise,
    /// Push whether TOS1 (exception) matches the class or tuple TOS; pops TOS.
    CheckExcMatch,
    /// `with`: replace the context manager on TOS with its bound `__exit__` and `__enter__()`.
    BeforeWith,
    /// `with` exit on an exception: call the `__exit__` at depth 4 with TOS's exception; push result.
    WithExceptStart,
    /// `import names[i]`: push the module.
    ImportName(u32),
    /// Push attribute `names[i]` of the module on TOS (keeping the module).
    ImportFrom(u32),
    /// `from module import *` for the module on TOS.
    ImportStar,
    /// Build a class: TOS is the body function, then name, then n bases below.
    BuildClass(u32),
    /// REPL: print repr of TOS if not None, store it in `_`.
    PrintExpr,
    /// Push `AssertionError` (the builtin, whatever the globals say).
    LoadAssertionError,
    // Superinstructions. The peephole pass (`compiler/peephole.rs`) writes one over the first
    // instruction of a common pair; it does that instruction's work and the next one's, then
    // skips the next. The next instruction stays in place, unchanged, so a jump to it, the
    // line table and the exception table all still mean what they meant.
    /// `LoadFast(i)`, then the `LoadFast` that follows.
    LoadFastLoadFast(u32),
    /// `LoadFast(i)`, then the `LoadConst` that follows.
    LoadFastLoadConst(u32),
    /// `StoreFast(i)`, then the `LoadFast` that follows.
    StoreFastLoadFast(u32),
    /// `Compare(op)`, then the `PopJumpIfFalse` that follows.
    CompareJumpIfFalse(CmpOp),
    /// `Binary(op)`, then the `StoreFast` that follows.
    BinaryStoreFast(BinOp),
    /// `Inplace(op)`, then the `StoreFast` that follows.
    InplaceStoreFast(BinOp),
    /// `LoadFast(i)`, then the `LoadFast` and `Subscr` that follow (`a[i]` of two locals).
    LoadFastLoadFastSubscr(u32),
    /// `LoadFast(i)`, then the `LoadFast` and `Binary` that follow (`a * b` of two locals).
    LoadFastLoadFastBinary(u32),
    /// `LoadFast(i)`, then the `LoadConst` and `Binary` that follow (`i + 1`).
    LoadFastLoadConstBinary(u32),
    /// `LoadFast(i)`, then the `LoadConst`, `Compare` and `PopJumpIfFalse` that follow
    /// (`if n < 2:`, `while i != 0:`).
    LoadFastLoadConstCompareJump(u32),
    /// `LoadFast(i)`, then the `Return` that follows (`return x`).
    LoadFastReturn(u32),
    /// `LoadFast(i)`, then the `LoadFast`, `Compare` and `PopJumpIfFalse` that follow
    /// (`while lo < hi:`).
    LoadFastLoadFastCompareJump(u32),
    /// `LoadFast(i)`, then the `LoadFast` and `StoreSubscr` that follow (`a[i] = value`).
    LoadFastLoadFastStoreSubscr(u32),
    /// `LoadFast(i)`, then the `LoadFast`, `Subscr` and `StoreFast` that follow (`x = a[i]`).
    LoadFastLoadFastSubscrStore(u32),
    /// `LoadFast(v)`, then the `LoadFast`, `LoadFast` and `StoreSubscr` that follow (`a[i] =
    /// v`, all three locals).
    LoadThreeFastStoreSubscr(u32),
    /// `LoadFast(i)`, then the `LoadConst`, `Inplace` and `StoreFast` that follow (`i += 1`).
    LoadFastLoadConstInplaceStore(u32),
    /// `Inplace(op)`, then the `Rot3` and `StoreSubscr` that follow (the end of `a[i] += x`).
    InplaceStoreSubscr(BinOp),
    /// `DupTwo`, then the `Subscr` that follows (the read of `a[i] += x`).
    DupTwoSubscr,
    /// `Binary(op)`, then the `Return` that follows (`return a + b`).
    BinaryReturn(BinOp),
}

/// One exception-table entry: an exception raised at an instruction in `[start, end)` truncates
/// the value stack to `depth`, pushes the exception and jumps to `handler`.
#[derive(Clone, Copy, Debug)]
pub struct ExcEntry {
    /// First covered instruction.
    pub start: u32,
    /// One past the last covered instruction.
    pub end: u32,
    /// Handler instruction.
    pub handler: u32,
    /// Stack depth to keep.
    pub depth: u32,
}

/// Where `LoadGlobal` found a name last time. A module-global hit is checked by looking at the
/// remembered position of the globals map: the entry there must still have this name (keys are
/// unique, so it is then the same entry, with its current value). A builtin hit is valid while
/// no module has gained or lost a name since (`Vm::globals_epoch`), because only a new global
/// of the same name could shadow the builtin.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum GlobalCache {
    /// Nothing cached.
    #[default]
    Empty,
    /// The name was at this position of the module's globals.
    Global(u32),
    /// The name was at this position of the builtins, at this epoch.
    Builtin(u32, u64),
}

/// The source span of the AST node an instruction was compiled from: 1-based lines and 0-based
/// columns counted in UTF-8 bytes from the start of their line (CPython's `co_positions`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SourceSpan {
    /// First line.
    pub line: u32,
    /// Last line.
    pub end_line: u32,
    /// Byte column where the span starts on `line`.
    pub col: u32,
    /// Byte column one past the span's end on `end_line`.
    pub end_col: u32,
}

/// What kind of scope a code object is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeKind {
    /// A module.
    Module,
    /// A function, lambda or comprehension.
    Function,
    /// A class body.
    Class,
}

/// A compiled code object.
pub struct Code {
    /// Name (`<module>`, function name, `<listcomp>`, ...).
    pub name: Rc<str>,
    /// Qualified name.
    pub qualname: Rc<str>,
    /// Source file name for tracebacks.
    pub filename: Rc<str>,
    /// Scope kind.
    pub kind: CodeKind,
    /// Instructions.
    pub ops: Vec<Op>,
    /// Source line of each instruction.
    pub lines: Vec<u32>,
    /// Source span of each instruction (parallel to `ops` and `lines`).
    pub positions: Vec<SourceSpan>,
    /// Constants.
    pub consts: Vec<Value>,
    /// Names for global/attribute/import instructions.
    pub names: Vec<Rc<str>>,
    /// Nested code objects for `MakeFunction`.
    pub codes: Vec<Rc<Code>>,
    /// Local slot names (parameters first).
    pub varnames: Vec<Rc<str>>,
    /// Cell variable names (locals captured by inner scopes).
    pub cellvars: Vec<Rc<str>>,
    /// For each cell variable, the parameter slot it is initialised from.
    pub cell_from_arg: Vec<Option<u32>>,
    /// Free variable names (captured from enclosing scopes).
    pub freevars: Vec<Rc<str>>,
    /// Positional parameters (including positional-only).
    pub argcount: u32,
    /// Positional-only parameters.
    pub posonlyargcount: u32,
    /// Keyword-only parameters.
    pub kwonlyargcount: u32,
    /// Has `*args` (slot right after the named parameters).
    pub varargs: bool,
    /// Has `**kwargs` (slot after `*args`).
    pub varkw: bool,
    /// Contains `yield`.
    pub is_generator: bool,
    /// Exception table, innermost entries first.
    pub exc_table: Vec<ExcEntry>,
    /// One hotness counter per `LoopHeader`.
    pub loop_counters: Vec<Cell<u32>>,
    /// True when a call with exactly `argcount` positional arguments binds them one to one to
    /// the first slots with nothing else to do: no `*args`/`**kwargs`, no keyword-only
    /// parameters, no cells, not a generator (the VM's direct call path).
    pub simple_positional: bool,
    /// One cache entry per name in `names`, filled by `LoadGlobal` (see `GlobalCache`).
    pub global_cache: Vec<Cell<GlobalCache>>,
    /// Docstring.
    pub doc: Option<Rc<str>>,
    /// First line.
    pub first_line: u32,
}

impl Code {
    /// The text of `--dump-bytecode` for this code and its nested codes.
    pub fn dump(&self) -> String {
        let mut out = String::new();
        self.dump_into(&mut out);
        out
    }

    fn dump_into(&self, out: &mut String) {
        let _ = writeln!(
            out,
            "Disassembly of <code {}> ({}:{}):",
            self.qualname, self.filename, self.first_line
        );
        let mut last_line = 0;
        for (i, op) in self.ops.iter().enumerate() {
            let line = self.lines[i];
            let line_col = if line != last_line {
                format!("{:>4}", line)
            } else {
                "    ".to_string()
            };
            last_line = line;
            let arg = match op {
                Op::LoadConst(c) => format!("{} ({})", c, const_text(&self.consts[*c as usize])),
                Op::LoadFast(s)
                | Op::StoreFast(s)
                | Op::DeleteFast(s)
                | Op::LoadFastLoadFast(s)
                | Op::LoadFastLoadConst(s)
                | Op::StoreFastLoadFast(s)
                | Op::LoadFastLoadFastSubscr(s)
                | Op::LoadFastLoadFastSubscrStore(s)
                | Op::LoadThreeFastStoreSubscr(s)
                | Op::LoadFastLoadFastBinary(s)
                | Op::LoadFastLoadConstBinary(s) => {
                    format!("{} ({})", s, self.varnames[*s as usize])
                }
                Op::LoadGlobal(n)
                | Op::StoreGlobal(n)
                | Op::DeleteGlobal(n)
                | Op::LoadName(n)
                | Op::StoreName(n)
                | Op::DeleteName(n)
                | Op::LoadAttr(n)
                | Op::StoreAttr(n)
                | Op::DeleteAttr(n)
                | Op::LoadMethod(n)
                | Op::ImportName(n)
                | Op::ImportFrom(n) => format!("{} ({})", n, self.names[*n as usize]),
                Op::MakeFunction(c) => {
                    format!(
                        "{} (<code {}>)",
                        c,
                        self.codes[(*c & 0xff_ffff) as usize].qualname
                    )
                }
                other => {
                    let dbg = format!("{:?}", other);
                    match dbg.find('(') {
                        Some(p) => dbg[p + 1..dbg.len() - 1].to_string(),
                        None => String::new(),
                    }
                }
            };
            let _ = writeln!(out, "{} {:>5} {:<20} {}", line_col, i, op.name(), arg).map(|_| ());
        }
        for e in &self.exc_table {
            let _ = writeln!(
                out,
                "  ExceptionTable: {} to {} -> {} [{}]",
                e.start, e.end, e.handler, e.depth
            );
        }
        out.push('\n');
        for c in &self.codes {
            c.dump_into(out);
        }
    }
}

fn const_text(v: &Value) -> String {
    match v {
        Value::None => "None".into(),
        Value::Bool(b) => {
            if *b {
                "True".into()
            } else {
                "False".into()
            }
        }
        Value::Int(i) => i.to_string(),
        Value::Float(f) => mnpy_runtime::format::float_repr(*f),
        Value::Ellipsis => "Ellipsis".into(),
        other => match other.as_str() {
            Some(s) => mnpy_runtime::format::str_repr(s),
            None => "<const>".into(),
        },
    }
}
