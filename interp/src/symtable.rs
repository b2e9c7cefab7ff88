//! Scope analysis: decides, for every name in every scope, whether it is a local slot, a cell,
//! a free variable, a global or (in class bodies) a namespace name. Runs before code generation.

use rustpython_parser::ast::{self, Expr, Stmt};
use std::collections::{HashMap, HashSet};

/// Kind of a scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    /// Module level.
    Module,
    /// Function, lambda, comprehension or generator expression.
    Function,
    /// Class body.
    Class,
}

/// How a name is accessed in a scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameAccess {
    /// A local slot.
    Fast,
    /// A cell (own variable captured by an inner scope, or a free variable).
    Deref,
    /// A module global (then builtins).
    Global,
    /// Class-body namespace lookup.
    Name,
}

/// The analysis result for one scope.
#[derive(Debug, Default)]
pub struct ScopeInfo {
    /// Kind.
    pub kind: Option<ScopeKind>,
    /// Parameters in order.
    pub params: Vec<String>,
    /// Names bound here.
    pub assigned: HashSet<String>,
    /// Names bound here, in first-binding order (slot order after parameters).
    pub assigned_order: Vec<String>,
    /// `global` declarations.
    pub globals: HashSet<String>,
    /// `nonlocal` declarations.
    pub nonlocals: HashSet<String>,
    /// Names read here.
    pub used: HashSet<String>,
    /// Child scopes, in source order.
    pub children: Vec<usize>,
    /// Parent scope.
    pub parent: Option<usize>,
    /// Own variables captured by inner scopes.
    pub cells: Vec<String>,
    /// Variables captured from enclosing scopes.
    pub frees: Vec<String>,
    /// Contains `yield`.
    pub is_generator: bool,
    /// Uses zero-argument `super()` (needs the `__class__` cell).
    pub uses_super: bool,
}

/// All scopes of a module; index 0 is the module.
pub struct SymbolTable {
    /// Scopes in creation order (pre-order).
    pub scopes: Vec<ScopeInfo>,
}

/// An error found during analysis: message and byte offset.
pub type ScopeError = (String, usize);

impl SymbolTable {
    /// Analyses a module body.
    pub fn build(body: &[Stmt]) -> Result<SymbolTable, ScopeError> {
        let mut b = Builder {
            scopes: vec![],
            stack: vec![],
            order: 0,
        };
        b.push(ScopeKind::Module, vec![]);
        for s in body {
            b.stmt(s)?;
        }
        b.stack.pop();
        let mut t = SymbolTable { scopes: b.scopes };
        t.resolve()?;
        Ok(t)
    }

    /// Access kind of `name` in scope `id`.
    pub fn access(&self, id: usize, name: &str) -> NameAccess {
        let s = &self.scopes[id];
        match s.kind {
            Some(ScopeKind::Module) => NameAccess::Global,
            Some(ScopeKind::Class) => {
                if s.frees.iter().any(|f| f == name) && !s.assigned.contains(name) {
                    NameAccess::Deref
                } else if s.globals.contains(name) {
                    NameAccess::Global
                } else {
                    NameAccess::Name
                }
            }
            _ => {
                if s.globals.contains(name) {
                    NameAccess::Global
                } else if s.cells.iter().any(|c| c == name) || s.frees.iter().any(|f| f == name) {
                    NameAccess::Deref
                } else if s.assigned.contains(name) {
                    NameAccess::Fast
                } else {
                    NameAccess::Global
                }
            }
        }
    }

    fn defines(&self, id: usize, name: &str) -> bool {
        let s = &self.scopes[id];
        s.kind == Some(ScopeKind::Function)
            && ((s.assigned.contains(name) && !s.globals.contains(name))
                || s.nonlocals.contains(name))
    }

    fn resolve(&mut self) -> Result<(), ScopeError> {
        // Free variables: walk every scope's used/nonlocal names up to a defining function scope.
        let n = self.scopes.len();
        let mut needs: Vec<(usize, String)> = vec![];
        for id in 0..n {
            let s = &self.scopes[id];
            let mut names: Vec<String> = s.used.iter().cloned().collect();
            names.extend(s.nonlocals.iter().cloned());
            if s.uses_super {
                names.push("__class__".into());
            }
            names.sort();
            for name in names {
                if s.kind == Some(ScopeKind::Module) || s.globals.contains(&name) {
                    continue;
                }
                let local_here = s.assigned.contains(&name) && !s.nonlocals.contains(&name);
                if local_here && s.kind == Some(ScopeKind::Function) {
                    continue;
                }
                needs.push((id, name));
            }
        }
        for (id, name) in needs {
            let mut p = self.scopes[id].parent;
            let mut found = None;
            while let Some(pid) = p {
                if name == "__class__" && self.scopes[pid].kind == Some(ScopeKind::Class) {
                    found = Some(pid);
                    break;
                }
                if self.defines(pid, &name) {
                    found = Some(pid);
                    break;
                }
                p = self.scopes[pid].parent;
            }
            match found {
                Some(owner) => {
                    // owner holds a cell (unless the name is itself free there); every scope between
                    // gets it as a free variable.
                    let owner_is_free = self.scopes[owner].nonlocals.contains(&name);
                    if !owner_is_free && !self.scopes[owner].cells.contains(&name) {
                        self.scopes[owner].cells.push(name.clone());
                    }
                    let mut c = Some(id);
                    while let Some(cid) = c {
                        if cid == owner {
                            break;
                        }
                        if !self.scopes[cid].frees.contains(&name) {
                            self.scopes[cid].frees.push(name.clone());
                        }
                        c = self.scopes[cid].parent;
                    }
                }
                None => {
                    if self.scopes[id].nonlocals.contains(&name) {
                        return Err((format!("no binding for nonlocal '{}' found", name), 0));
                    }
                }
            }
        }
        Ok(())
    }
}

struct Builder {
    scopes: Vec<ScopeInfo>,
    stack: Vec<usize>,
    order: usize,
}

impl Builder {
    fn push(&mut self, kind: ScopeKind, params: Vec<String>) -> usize {
        let id = self.scopes.len();
        let parent = self.stack.last().copied();
        let mut info = ScopeInfo {
            kind: Some(kind),
            parent,
            ..Default::default()
        };
        for p in &params {
            if info.assigned.insert(p.clone()) {
                info.assigned_order.push(p.clone());
            }
        }
        info.params = params;
        self.scopes.push(info);
        if let Some(p) = parent {
            self.scopes[p].children.push(id);
        }
        self.stack.push(id);
        self.order += 1;
        id
    }

    fn cur(&mut self) -> &mut ScopeInfo {
        let id = *self.stack.last().expect("scope stack");
        &mut self.scopes[id]
    }

    fn bind(&mut self, name: &str) {
        let s = self.cur();
        if s.assigned.insert(name.to_string()) {
            s.assigned_order.push(name.to_string());
        }
    }

    fn use_name(&mut self, name: &str) {
        self.cur().used.insert(name.to_string());
    }

    fn stmts(&mut self, body: &[Stmt]) -> Result<(), ScopeError> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn args_defaults(&mut self, args: &ast::Arguments) -> Result<(), ScopeError> {
        for a in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
        {
            if let Some(d) = &a.default {
                self.expr(d)?;
            }
        }
        Ok(())
    }

    fn param_names(args: &ast::Arguments) -> Vec<String> {
        let mut v: Vec<String> = vec![];
        for a in args.posonlyargs.iter().chain(&args.args) {
            v.push(a.def.arg.to_string());
        }
        for a in &args.kwonlyargs {
            v.push(a.def.arg.to_string());
        }
        if let Some(a) = &args.vararg {
            v.push(a.arg.to_string());
        }
        if let Some(a) = &args.kwarg {
            v.push(a.arg.to_string());
        }
        v
    }

    fn stmt(&mut self, s: &Stmt) -> Result<(), ScopeError> {
        use rustpython_parser::ast::Ranged;
        match s {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.expr(d)?;
                }
                self.args_defaults(&f.args)?;
                self.bind(f.name.as_str());
                let in_class = self.cur().kind == Some(ScopeKind::Class);
                let params = Self::param_names(&f.args);
                let mut seen = HashSet::new();
                for p in &params {
                    if !seen.insert(p.clone()) {
                        return Err((
                            format!("duplicate argument '{}' in function definition", p),
                            f.range().start().to_usize(),
                        ));
                    }
                }
                self.push(ScopeKind::Function, params);
                self.stmts(&f.body)?;
                if in_class && self.cur().used.contains("super") {
                    self.cur().uses_super = true;
                }
                self.stack.pop();
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(d)?;
                }
                self.bind(c.name.as_str());
                self.push(ScopeKind::Class, vec![]);
                self.stmts(&c.body)?;
                self.stack.pop();
                // bases are compiled after the body's code object
                for b in &c.bases {
                    self.expr(b)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v)?;
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.target(t)?;
                }
            }
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                for t in &a.targets {
                    self.target(t)?;
                }
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.value)?;
                if let Expr::Name(n) = &*a.target {
                    self.use_name(n.id.as_str());
                }
                self.target(&a.target)?;
            }
            Stmt::AnnAssign(a) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                    self.target(&a.target)?;
                } else if let Expr::Name(n) = &*a.target {
                    self.bind(n.id.as_str());
                }
            }
            Stmt::For(f) => {
                self.expr(&f.iter)?;
                self.target(&f.target)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.expr(&w.test)?;
                self.stmts(&w.body)?;
                self.stmts(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.expr(&i.test)?;
                self.stmts(&i.body)?;
                self.stmts(&i.orelse)?;
            }
            Stmt::With(w) => {
                for item in &w.items {
                    self.expr(&item.context_expr)?;
                    if let Some(v) = &item.optional_vars {
                        self.target(v)?;
                    }
                }
                self.stmts(&w.body)?;
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                }
                if let Some(e) = &r.cause {
                    self.expr(e)?;
                }
            }
            Stmt::Try(t) => {
                self.stmts(&t.body)?;
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(ty) = &h.type_ {
                        self.expr(ty)?;
                    }
                    if let Some(n) = &h.name {
                        self.bind(n.as_str());
                    }
                    self.stmts(&h.body)?;
                }
                self.stmts(&t.orelse)?;
                self.stmts(&t.finalbody)?;
            }
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let name = match &a.asname {
                        Some(n) => n.to_string(),
                        None => a.name.split('.').next().unwrap_or("").to_string(),
                    };
                    self.bind(&name);
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.as_str() == "*" {
                        continue;
                    }
                    let name = a.asname.as_ref().unwrap_or(&a.name).to_string();
                    self.bind(&name);
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    let name = n.to_string();
                    let s = self.cur();
                    if s.assigned.contains(&name) || s.used.contains(&name) {
                        let msg = if s.params.contains(&name) {
                            format!("name '{}' is parameter and global", name)
                        } else if s.assigned.contains(&name) {
                            format!("name '{}' is assigned to before global declaration", name)
                        } else {
                            format!("name '{}' is used prior to global declaration", name)
                        };
                        return Err((msg, g.range().start().to_usize()));
                    }
                    s.globals.insert(name);
                }
            }
            Stmt::Nonlocal(g) => {
                if self.cur().kind == Some(ScopeKind::Module) {
                    return Err((
                        "nonlocal declaration not allowed at module level".into(),
                        g.range().start().to_usize(),
                    ));
                }
                for n in &g.names {
                    let name = n.to_string();
                    let s = self.cur();
                    if s.params.contains(&name) {
                        return Err((
                            format!("name '{}' is parameter and nonlocal", name),
                            g.range().start().to_usize(),
                        ));
                    }
                    s.nonlocals.insert(name);
                }
            }
            Stmt::Expr(e) => self.expr(&e.value)?,
            _ => {}
        }
        Ok(())
    }

    fn target(&mut self, t: &Expr) -> Result<(), ScopeError> {
        match t {
            Expr::Name(n) => self.bind(n.id.as_str()),
            Expr::Tuple(tu) => {
                for e in &tu.elts {
                    self.target(e)?;
                }
            }
            Expr::List(l) => {
                for e in &l.elts {
                    self.target(e)?;
                }
            }
            Expr::Starred(s) => self.target(&s.value)?,
            other => self.expr(other)?,
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        gens: &[ast::Comprehension],
        elts: &[&Expr],
        is_gen: bool,
    ) -> Result<(), ScopeError> {
        self.push(ScopeKind::Function, vec![".0".into()]);
        if is_gen {
            self.cur().is_generator = true;
        }
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter)?;
            }
            self.target(&g.target)?;
            for c in &g.ifs {
                self.expr(c)?;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        self.stack.pop();
        // The first iterable is evaluated in the enclosing scope, after the comprehension's code
        // is built (the compiler creates nested scopes in this same order).
        if let Some(first) = gens.first() {
            self.expr(&first.iter)?;
        }
        Ok(())
    }

    fn expr(&mut self, e: &Expr) -> Result<(), ScopeError> {
        match e {
            Expr::Name(n) => self.use_name(n.id.as_str()),
            Expr::BoolOp(b) => {
                for v in &b.values {
                    self.expr(v)?;
                }
            }
            Expr::NamedExpr(n) => {
                self.expr(&n.value)?;
                // In a comprehension the target binds in the enclosing function scope.
                let mut idx = self.stack.len() - 1;
                while idx > 0
                    && self.scopes[self.stack[idx]]
                        .params
                        .first()
                        .map(|s| s.as_str())
                        == Some(".0")
                {
                    idx -= 1;
                }
                if let Expr::Name(t) = &*n.target {
                    let sid = self.stack[idx];
                    if self.scopes[sid].assigned.insert(t.id.to_string()) {
                        self.scopes[sid].assigned_order.push(t.id.to_string());
                    }
                    for &inner in &self.stack[idx + 1..] {
                        self.scopes[inner].used.insert(t.id.to_string());
                        self.scopes[inner].nonlocals.insert(t.id.to_string());
                    }
                    if idx + 1 < self.stack.len()
                        && self.scopes[sid].kind == Some(ScopeKind::Module)
                    {
                        for &inner in &self.stack[idx + 1..] {
                            self.scopes[inner].nonlocals.remove(t.id.as_str());
                            self.scopes[inner].globals.insert(t.id.to_string());
                        }
                    }
                }
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
            }
            Expr::UnaryOp(u) => self.expr(&u.operand)?,
            Expr::Lambda(l) => {
                self.args_defaults(&l.args)?;
                self.push(ScopeKind::Function, Self::param_names(&l.args));
                self.expr(&l.body)?;
                self.stack.pop();
            }
            Expr::IfExp(i) => {
                self.expr(&i.test)?;
                self.expr(&i.body)?;
                self.expr(&i.orelse)?;
            }
            Expr::Dict(d) => {
                for k in d.keys.iter().flatten() {
                    self.expr(k)?;
                }
                for v in &d.values {
                    self.expr(v)?;
                }
            }
            Expr::Set(s) => {
                for v in &s.elts {
                    self.expr(v)?;
                }
            }
            Expr::ListComp(c) => self.comprehension(&c.generators, &[&c.elt], false)?,
            Expr::SetComp(c) => self.comprehension(&c.generators, &[&c.elt], false)?,
            Expr::GeneratorExp(c) => self.comprehension(&c.generators, &[&c.elt], true)?,
            Expr::DictComp(c) => self.comprehension(&c.generators, &[&c.key, &c.value], false)?,
            Expr::Yield(y) => {
                self.cur().is_generator = true;
                if let Some(v) = &y.value {
                    self.expr(v)?;
                }
            }
            Expr::YieldFrom(y) => {
                self.cur().is_generator = true;
                self.expr(&y.value)?;
            }
            Expr::Await(a) => self.expr(&a.value)?,
            Expr::Compare(c) => {
                self.expr(&c.left)?;
                for v in &c.comparators {
                    self.expr(v)?;
                }
            }
            Expr::Call(c) => {
                self.expr(&c.func)?;
                for a in &c.args {
                    self.expr(a)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
            }
            Expr::FormattedValue(f) => {
                self.expr(&f.value)?;
                if let Some(s) = &f.format_spec {
                    self.expr(s)?;
                }
            }
            Expr::JoinedStr(j) => {
                for v in &j.values {
                    self.expr(v)?;
                }
            }
            Expr::Attribute(a) => self.expr(&a.value)?,
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
            }
            Expr::Starred(s) => self.expr(&s.value)?,
            Expr::List(l) => {
                for v in &l.elts {
                    self.expr(v)?;
                }
            }
            Expr::Tuple(t) => {
                for v in &t.elts {
                    self.expr(v)?;
                }
            }
            Expr::Slice(s) => {
                for v in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(v)?;
                }
            }
            Expr::Constant(_) => {}
        }
        Ok(())
    }
}

/// Slot layout of a function scope: parameters first, then other locals in binding order.
pub fn slot_names(info: &ScopeInfo) -> Vec<String> {
    let mut out: Vec<String> = info.params.clone();
    let mut seen: HashSet<String> = out.iter().cloned().collect();
    for n in &info.assigned_order {
        if !info.globals.contains(n) && !info.nonlocals.contains(n) && seen.insert(n.clone()) {
            out.push(n.clone());
        }
    }
    out
}

/// Map from name to slot.
pub fn slot_map(names: &[String]) -> HashMap<String, u32> {
    names
        .iter()
        .enumerate()
        .map(|(i, n)| (n.clone(), i as u32))
        .collect()
}
