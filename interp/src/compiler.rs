//! The compiler: AST (from rustpython-parser) to `Code`, with names resolved by `symtable` into
//! frame slots, cells, globals and class-namespace names. Statements live here; expressions in
//! `compiler/expr.rs`.

mod control;
mod expr;
mod names;
mod peephole;
mod positions;

use crate::bytecode::{Code, CodeKind, ExcEntry, GlobalCache, Op, SourceSpan};
use crate::symtable::{slot_map, slot_names, SymbolTable};
use mnpy_runtime::Value;
use rustpython_parser::ast::{self, Expr, Ranged, Stmt};
use std::cell::Cell;
use std::collections::HashMap;
use std::rc::Rc;

/// A compile error: message, line, column (1-based) and whether it is an unsupported feature.
#[derive(Debug, Clone)]
pub struct CompileError {
    /// The message (without "SyntaxError: ").
    pub msg: String,
    /// Byte offset in the source.
    pub offset: usize,
    /// Byte offset where the offending code ends, when known.
    pub end: Option<usize>,
}

type CResult<T> = Result<T, CompileError>;

fn err<T>(msg: impl Into<String>, offset: usize) -> CResult<T> {
    Err(CompileError {
        msg: msg.into(),
        offset,
        end: None,
    })
}

/// A compile error spanning the source of `node`.
fn err_at<T>(msg: impl Into<String>, node: &impl Ranged) -> CResult<T> {
    Err(CompileError {
        msg: msg.into(),
        offset: node.range().start().to_usize(),
        end: Some(node.range().end().to_usize()),
    })
}

/// A frame block: what `break`, `continue` and `return` must unwind.
#[derive(Clone)]
enum FBlock<'a> {
    /// A `for` loop (its iterator is on the stack) or `while` loop (nothing on the stack).
    Loop {
        has_iter: bool,
        continue_target: u32,
        break_patches: Vec<usize>,
    },
    /// The body of `try` with a `finally` clause: the final body is emitted inline on exit.
    TryFinally { finalbody: &'a [Stmt] },
    /// Inside an exception handler (the saved exception is on the stack), with the bound name.
    Handler { name: Option<String> },
    /// Inside the body of a `with` (its `__exit__` is on the stack).
    With,
    /// The exception-table region of a `try` or `with` body (popped when leaving inline).
    Region,
}

struct Unit<'a> {
    scope: usize,
    kind: CodeKind,
    name: Rc<str>,
    qualname: Rc<str>,
    ops: Vec<Op>,
    lines: Vec<u32>,
    positions: Vec<SourceSpan>,
    consts: Vec<Value>,
    names: Vec<Rc<str>>,
    name_index: HashMap<String, u32>,
    codes: Vec<Rc<Code>>,
    varnames: Vec<String>,
    slots: HashMap<String, u32>,
    cells: Vec<String>,
    frees: Vec<String>,
    fblocks: Vec<FBlock<'a>>,
    regions: Vec<(u32, u32, u32)>,
    exc_table: Vec<ExcEntry>,
    pos: SourceSpan,
    loops: u32,
    first_line: u32,
    argcount: u32,
    posonly: u32,
    kwonly: u32,
    varargs: bool,
    varkw: bool,
    doc: Option<Rc<str>>,
}

/// Compiles one module (or REPL input).
pub struct Compiler<'t, 'a> {
    table: &'t SymbolTable,
    filename: Rc<str>,
    line_starts: Vec<usize>,
    units: Vec<Unit<'a>>,
    next_scope: usize,
    interactive: bool,
    /// One shared `Rc<str>` per name across all code objects of the module, so that a global
    /// stored by one code object and loaded by another has the very same key (the VM's global
    /// cache then checks a hit by pointer).
    interned_names: std::collections::HashMap<String, Rc<str>>,
}

/// Compiles a parsed module body to a code object.
pub fn compile_module(
    body: &[Stmt],
    source: &str,
    filename: &str,
    interactive: bool,
) -> CResult<Rc<Code>> {
    let table = SymbolTable::build(body).map_err(|(msg, offset)| CompileError {
        msg,
        offset,
        end: None,
    })?;
    let mut line_starts = vec![0];
    for (i, b) in source.bytes().enumerate() {
        if b == b'\n' {
            line_starts.push(i + 1);
        }
    }
    let mut c = Compiler {
        table: &table,
        filename: filename.into(),
        line_starts,
        units: vec![],
        next_scope: 1,
        interactive,
        interned_names: Default::default(),
    };
    c.push_unit(0, CodeKind::Module, "<module>", "<module>", 1);
    c.body_with_doc(body)?;
    c.load_const(Value::None);
    c.emit(Op::Return);
    Ok(Rc::new(c.pop_unit()))
}

impl<'t, 'a> Compiler<'t, 'a> {
    fn line_of(&self, offset: usize) -> u32 {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("unit")
    }

    fn unit_ref(&self) -> &Unit<'a> {
        self.units.last().expect("unit")
    }

    fn push_unit(&mut self, scope: usize, kind: CodeKind, name: &str, qualname: &str, line: u32) {
        let info = &self.table.scopes[scope];
        let varnames = if kind == CodeKind::Function {
            slot_names(info)
        } else {
            vec![]
        };
        let slots = slot_map(&varnames);
        let mut cells = info.cells.clone();
        cells.sort();
        let frees = info.frees.clone();
        self.units.push(Unit {
            scope,
            kind,
            name: name.into(),
            qualname: qualname.into(),
            ops: vec![],
            lines: vec![],
            positions: vec![],
            consts: vec![],
            names: vec![],
            name_index: HashMap::new(),
            codes: vec![],
            varnames,
            slots,
            cells,
            frees,
            fblocks: vec![],
            regions: vec![],
            exc_table: vec![],
            pos: SourceSpan {
                line,
                end_line: line,
                col: 0,
                end_col: 0,
            },
            loops: 0,
            first_line: line,
            argcount: 0,
            posonly: 0,
            kwonly: 0,
            varargs: false,
            varkw: false,
            doc: None,
        });
    }

    fn pop_unit(&mut self) -> Code {
        let mut u = self.units.pop().expect("unit");
        peephole::fuse_pairs(&mut u.ops);
        let n_names = u.names.len();
        let is_generator = self.table.scopes[u.scope].is_generator;
        let simple_positional = u.kind == CodeKind::Function
            && !u.varargs
            && !u.varkw
            && u.kwonly == 0
            && !is_generator
            && u.cells.is_empty()
            && u.frees.is_empty();
        let cell_from_arg = u
            .cells
            .iter()
            .map(|c| {
                u.slots
                    .get(c)
                    .copied()
                    .filter(|&s| (s as usize) < self.table.scopes[u.scope].params.len())
            })
            .collect();
        Code {
            name: u.name,
            qualname: u.qualname,
            filename: self.filename.clone(),
            kind: u.kind,
            ops: u.ops,
            lines: u.lines,
            positions: u.positions,
            consts: u.consts,
            names: u.names,
            codes: u.codes,
            varnames: u.varnames.iter().map(|s| Rc::from(s.as_str())).collect(),
            cellvars: u.cells.iter().map(|s| Rc::from(s.as_str())).collect(),
            cell_from_arg,
            freevars: u.frees.iter().map(|s| Rc::from(s.as_str())).collect(),
            argcount: u.argcount,
            posonlyargcount: u.posonly,
            kwonlyargcount: u.kwonly,
            varargs: u.varargs,
            varkw: u.varkw,
            is_generator,
            exc_table: u.exc_table,
            loop_counters: (0..u.loops).map(|_| Cell::new(0)).collect(),
            global_cache: vec![Cell::new(GlobalCache::Empty); n_names],
            simple_positional,
            doc: u.doc,
            first_line: u.first_line,
        }
    }

    fn emit(&mut self, op: Op) -> usize {
        let u = self.unit();
        u.ops.push(op);
        u.lines.push(u.pos.line);
        u.positions.push(u.pos);
        u.ops.len() - 1
    }

    fn here(&self) -> u32 {
        self.unit_ref().ops.len() as u32
    }

    fn patch(&mut self, at: usize, target: u32) {
        let u = self.unit();
        u.ops[at] = match u.ops[at] {
            Op::Jump(_) => Op::Jump(target),
            Op::PopJumpIfFalse(_) => Op::PopJumpIfFalse(target),
            Op::PopJumpIfTrue(_) => Op::PopJumpIfTrue(target),
            Op::JumpIfFalseOrPop(_) => Op::JumpIfFalseOrPop(target),
            Op::JumpIfTrueOrPop(_) => Op::JumpIfTrueOrPop(target),
            Op::ForIter(_) => Op::ForIter(target),
            other => other,
        };
    }

    fn load_const(&mut self, v: Value) {
        let u = self.unit();
        let idx = u.consts.len() as u32;
        u.consts.push(v);
        self.emit(Op::LoadConst(idx));
    }

    fn name_idx(&mut self, name: &str) -> u32 {
        if let Some(&i) = self.unit().name_index.get(name) {
            return i;
        }
        let shared = self
            .interned_names
            .entry(name.to_string())
            .or_insert_with(|| Rc::from(name))
            .clone();
        let u = self.unit();
        let i = u.names.len() as u32;
        u.names.push(shared);
        u.name_index.insert(name.to_string(), i);
        i
    }

    /// Current value-stack depth at statement level: what enclosing blocks keep on the stack.
    fn block_depth(&self) -> u32 {
        self.unit_ref()
            .fblocks
            .iter()
            .map(|b| match b {
                FBlock::Loop { has_iter: true, .. } | FBlock::Handler { .. } | FBlock::With => 1,
                _ => 0,
            })
            .sum()
    }

    /// Opens an exception-table region whose handler will be patched in by `close_region`.
    fn open_region(&mut self, extra_depth: u32) -> usize {
        let depth = self.block_depth() + extra_depth;
        let start = self.here();
        let u = self.unit();
        u.regions.push((start, 0, depth));
        u.fblocks.push(FBlock::Region);
        u.regions.len() - 1
    }

    /// Ends the innermost region at the current instruction, with the given handler.
    fn close_region(&mut self, handler: u32) {
        let end = self.here();
        let u = self.unit();
        let (start, _, depth) = u.regions.pop().expect("region");
        if let Some(FBlock::Region) = u.fblocks.last() {
            u.fblocks.pop();
        }
        if end > start {
            u.exc_table.push(ExcEntry {
                start,
                end,
                handler,
                depth,
            });
        }
    }

    /// Temporarily splits the innermost region around inline code (e.g. a finally body run on
    /// `return`): ends it here and reopens it after `f`.
    fn outside_region<T>(&mut self, f: impl FnOnce(&mut Self) -> CResult<T>) -> CResult<T> {
        let here = self.here();
        let saved = self.unit().regions.last().copied();
        if let Some((start, _, depth)) = saved {
            if here > start {
                // handler patched later: remember with a placeholder, fixed up in fix_region
                self.unit().exc_table.push(ExcEntry {
                    start,
                    end: here,
                    handler: u32::MAX,
                    depth,
                });
            }
        }
        let r = f(self)?;
        if saved.is_some() {
            let now = self.here();
            if let Some(last) = self.unit().regions.last_mut() {
                last.0 = now;
            }
        }
        Ok(r)
    }

    fn body_with_doc(&mut self, body: &'a [Stmt]) -> CResult<()> {
        if let Some(Stmt::Expr(e)) = body.first() {
            if let Expr::Constant(c) = &*e.value {
                if let ast::Constant::Str(s) = &c.value {
                    self.unit().doc = Some(s.as_str().into());
                    if self.unit_ref().kind != CodeKind::Function {
                        self.set_line(&body[0]);
                        self.load_const(Value::str(s));
                        let n = self.name_idx("__doc__");
                        let op = if self.unit_ref().kind == CodeKind::Class {
                            Op::StoreName(n)
                        } else {
                            Op::StoreGlobal(n)
                        };
                        self.emit(op);
                    }
                    return self.stmts(&body[1..]);
                }
            }
        }
        self.stmts(body)
    }

    fn stmts(&mut self, body: &'a [Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn unsupported<T>(&self, what: &str, node: &impl Ranged) -> CResult<T> {
        err(
            format!("mnpy does not support {}", what),
            node.range().start().to_usize(),
        )
    }

    fn stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        self.set_line(s);
        match s {
            Stmt::FunctionDef(f) => self.function_def(f),
            Stmt::AsyncFunctionDef(_) => self.unsupported("'async def'", s),
            Stmt::AsyncFor(_) => self.unsupported("'async for'", s),
            Stmt::AsyncWith(_) => self.unsupported("'async with'", s),
            Stmt::Match(_) => self.unsupported("'match' statements", s),
            Stmt::TryStar(_) => self.unsupported("'except*'", s),
            Stmt::TypeAlias(_) => self.unsupported("'type' aliases", s),
            Stmt::ClassDef(c) => self.class_def(c),
            Stmt::Return(r) => {
                if self.unit_ref().kind != CodeKind::Function {
                    return err_at("'return' outside function", s);
                }
                match &r.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                self.unwind_all(true)?;
                self.emit(Op::Return);
                Ok(())
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
                Ok(())
            }
            Stmt::Assign(a) => {
                if let [target] = a.targets.as_slice() {
                    names::check_single_target(target)?;
                }
                self.expr(&a.value)?;
                for (i, t) in a.targets.iter().enumerate() {
                    if i + 1 < a.targets.len() {
                        self.emit(Op::Dup);
                    }
                    self.store_target(t)?;
                }
                Ok(())
            }
            Stmt::AugAssign(a) => self.aug_assign(a),
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                    self.store_target(&a.target)?;
                }
                Ok(())
            }
            Stmt::For(f) => self.for_stmt(f),
            Stmt::While(w) => self.while_stmt(w),
            Stmt::If(i) => {
                let skip = self.jump_if(&i.test, false)?;
                self.stmts(&i.body)?;
                if i.orelse.is_empty() {
                    let h = self.here();
                    self.patch(skip, h);
                } else {
                    let end = self.emit(Op::Jump(0));
                    let h = self.here();
                    self.patch(skip, h);
                    self.stmts(&i.orelse)?;
                    let h = self.here();
                    self.patch(end, h);
                }
                Ok(())
            }
            Stmt::With(w) => self.with_stmt(&w.items, &w.body),
            Stmt::Raise(r) => {
                match (&r.exc, &r.cause) {
                    (None, _) => {
                        self.emit(Op::Raise(0));
                    }
                    (Some(e), None) => {
                        self.expr(e)?;
                        self.emit(Op::Raise(1));
                    }
                    (Some(e), Some(c)) => {
                        self.expr(e)?;
                        self.expr(c)?;
                        self.emit(Op::Raise(2));
                    }
                }
                Ok(())
            }
            Stmt::Try(t) => self.try_stmt(t),
            Stmt::Assert(a) => {
                let ok = self.jump_if(&a.test, true)?;
                self.emit(Op::LoadAssertionError);
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                    self.emit(Op::Call(1));
                }
                self.emit(Op::Raise(1));
                let h = self.here();
                self.patch(ok, h);
                Ok(())
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let n = self.name_idx(a.name.as_str());
                    self.emit(Op::ImportName(n));
                    match &a.asname {
                        Some(asname) => {
                            // `import a.b as c` binds the submodule
                            for part in a.name.split('.').skip(1) {
                                let pi = self.name_idx(part);
                                self.emit(Op::LoadAttr(pi));
                            }
                            self.store_name(asname.as_str())?;
                        }
                        None => {
                            let top = a.name.split('.').next().unwrap_or("").to_string();
                            if top != a.name.as_str() {
                                let ti = self.name_idx(&top);
                                self.emit(Op::Pop);
                                self.emit(Op::ImportName(ti));
                            }
                            self.store_name(&top)?;
                        }
                    }
                }
                Ok(())
            }
            Stmt::ImportFrom(i) => {
                if i.level.map(|l| l.to_u32()).unwrap_or(0) > 0 {
                    return self.unsupported("relative imports", s);
                }
                let module = i.module.as_ref().map(|m| m.to_string()).unwrap_or_default();
                let n = self.name_idx(&module);
                self.emit(Op::ImportName(n));
                for a in &i.names {
                    if a.name.as_str() == "*" {
                        self.emit(Op::ImportStar);
                        return Ok(());
                    }
                    let ni = self.name_idx(a.name.as_str());
                    self.emit(Op::ImportFrom(ni));
                    let bind = a.asname.as_ref().unwrap_or(&a.name).to_string();
                    self.store_name(&bind)?;
                }
                self.emit(Op::Pop);
                Ok(())
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) | Stmt::Pass(_) => Ok(()),
            Stmt::Expr(e) => {
                if self.interactive && self.units.len() == 1 {
                    self.expr(&e.value)?;
                    self.emit(Op::PrintExpr);
                } else if let Expr::Constant(_) = &*e.value {
                    // a bare constant (docstring-like) has no effect
                } else {
                    self.expr(&e.value)?;
                    self.emit(Op::Pop);
                }
                Ok(())
            }
            Stmt::Break(_) => self.break_continue(true, s),
            Stmt::Continue(_) => self.break_continue(false, s),
        }
    }

    fn aug_assign(&mut self, a: &'a ast::StmtAugAssign) -> CResult<()> {
        let op = expr::binop(&a.op);
        match &*a.target {
            Expr::Name(n) => {
                self.load_name(n.id.as_str())?;
                self.expr(&a.value)?;
                self.emit(Op::Inplace(op));
                self.store_name(n.id.as_str())
            }
            Expr::Attribute(at) => {
                // the load and store belong to the target, the operation to the statement
                let statement = self.pos();
                self.expr(&at.value)?;
                self.emit(Op::Dup);
                let ni = self.name_idx(at.attr.as_str());
                self.set_line(&*a.target);
                self.start_at_attr(at);
                self.emit(Op::LoadAttr(ni));
                self.set_pos(statement);
                self.expr(&a.value)?;
                self.emit(Op::Inplace(op));
                self.emit(Op::Rot2);
                self.set_line(&*a.target);
                self.start_at_attr(at);
                self.emit(Op::StoreAttr(ni));
                self.set_pos(statement);
                Ok(())
            }
            Expr::Subscript(sb) => {
                let statement = self.pos();
                self.expr(&sb.value)?;
                self.expr(&sb.slice)?;
                self.emit(Op::DupTwo);
                self.set_line(&*a.target);
                self.emit(Op::Subscr);
                self.set_pos(statement);
                self.expr(&a.value)?;
                self.emit(Op::Inplace(op));
                self.emit(Op::Rot3);
                self.set_line(&*a.target);
                self.emit(Op::StoreSubscr);
                self.set_pos(statement);
                Ok(())
            }
            other => err_at(
                format!(
                    "'{}' is an illegal expression for augmented assignment",
                    crate::syntax_error::expr_name(other)
                ),
                other,
            ),
        }
    }

    fn function_def(&mut self, f: &'a ast::StmtFunctionDef) -> CResult<()> {
        for d in &f.decorator_list {
            self.expr(d)?;
        }
        let line = self.line_of(f.range().start().to_usize());
        self.make_function(f.name.as_str(), &f.args, FnBody::Stmts(&f.body), line)?;
        self.apply_decorators(&f.decorator_list);
        self.store_name(f.name.as_str())
    }

    fn qualname_for(&self, name: &str) -> String {
        let u = self.unit_ref();
        match u.kind {
            CodeKind::Module => name.to_string(),
            CodeKind::Class => format!("{}.{}", u.qualname, name),
            CodeKind::Function => format!("{}.<locals>.{}", u.qualname, name),
        }
    }

    /// Compiles a function body into a nested code object and emits `MakeFunction`.
    fn make_function(
        &mut self,
        name: &str,
        args: &'a ast::Arguments,
        body: FnBody<'a>,
        line: u32,
    ) -> CResult<()> {
        let mut flags = 0u32;
        let defaults: Vec<&Expr> = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit(Op::BuildTuple(defaults.len() as u32));
            flags |= 1;
        }
        let kwdefaults: Vec<(&str, &Expr)> = args
            .kwonlyargs
            .iter()
            .filter_map(|a| a.default.as_deref().map(|d| (a.def.arg.as_str(), d)))
            .collect();
        if !kwdefaults.is_empty() {
            for (n, d) in &kwdefaults {
                self.load_const(Value::str(n));
                self.expr(d)?;
            }
            self.emit(Op::BuildMap(kwdefaults.len() as u32));
            flags |= 2;
        }
        let scope = self.next_scope;
        self.next_scope += 1;
        let qualname = self.qualname_for(name);
        self.push_unit(scope, CodeKind::Function, name, &qualname, line);
        {
            let u = self.unit();
            u.posonly = args.posonlyargs.len() as u32;
            u.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
            u.kwonly = args.kwonlyargs.len() as u32;
            u.varargs = args.vararg.is_some();
            u.varkw = args.kwarg.is_some();
        }
        // copy parameters that are cells into their cells happens in the VM (cell_from_arg)
        match body {
            FnBody::Stmts(stmts) => {
                self.body_with_doc(stmts)?;
                self.load_const(Value::None);
                self.emit(Op::Return);
            }
            FnBody::Expr(e) => {
                self.expr(e)?;
                self.emit(Op::Return);
            }
        }
        let code = self.pop_unit();
        self.emit_make(code, flags, &qualname)
    }

    fn emit_make(&mut self, code: Code, mut flags: u32, qualname: &str) -> CResult<()> {
        if !code.freevars.is_empty() {
            for fv in code.freevars.clone().iter() {
                let idx = self.cell_index(fv).ok_or_else(|| CompileError {
                    msg: format!("internal: no cell for free variable '{}'", fv),
                    offset: 0,
                    end: None,
                })?;
                self.emit(Op::LoadClosure(idx));
            }
            self.emit(Op::BuildTuple(code.freevars.len() as u32));
            flags |= 4;
        }
        self.load_const(Value::str(qualname));
        let u = self.unit();
        let idx = u.codes.len() as u32;
        u.codes.push(Rc::new(code));
        self.emit(Op::MakeFunction(idx | (flags << 24)));
        Ok(())
    }

    fn cell_index(&self, name: &str) -> Option<u32> {
        let u = self.unit_ref();
        if let Some(i) = u.cells.iter().position(|c| c == name) {
            return Some(i as u32);
        }
        u.frees
            .iter()
            .position(|c| c == name)
            .map(|i| (u.cells.len() + i) as u32)
    }

    fn class_def(&mut self, c: &'a ast::StmtClassDef) -> CResult<()> {
        if let Some(k) = c.keywords.first() {
            return self.unsupported("class keywords such as metaclass=", k);
        }
        for d in &c.decorator_list {
            self.expr(d)?;
        }
        let scope = self.next_scope;
        self.next_scope += 1;
        let qualname = self.qualname_for(c.name.as_str());
        let line = self.line_of(c.range().start().to_usize());
        self.push_unit(scope, CodeKind::Class, c.name.as_str(), &qualname, line);
        let mi = self.name_idx("__name__");
        self.emit(Op::LoadGlobal(mi));
        let mm = self.name_idx("__module__");
        self.emit(Op::StoreName(mm));
        self.load_const(Value::str(&qualname));
        let qn = self.name_idx("__qualname__");
        self.emit(Op::StoreName(qn));
        self.body_with_doc(&c.body)?;
        match self.unit_ref().cells.iter().position(|x| x == "__class__") {
            Some(i) => {
                self.emit(Op::LoadClosure(i as u32));
            }
            None => self.load_const(Value::None),
        }
        self.emit(Op::Return);
        let code = self.pop_unit();
        self.emit_make(code, 0, &qualname)?;
        self.load_const(Value::str(c.name.as_str()));
        for b in &c.bases {
            self.expr(b)?;
        }
        self.emit(Op::BuildClass(c.bases.len() as u32));
        self.apply_decorators(&c.decorator_list);
        self.store_name(c.name.as_str())
    }
}

/// A function body: statements, or a lambda's expression.
enum FnBody<'a> {
    Stmts(&'a [Stmt]),
    Expr(&'a Expr),
}
