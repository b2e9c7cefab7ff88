//! Expression compilation: operators, calls, literals, comprehensions, f-strings, lambdas.

use super::{err, err_at, CResult, Compiler, FnBody};
use crate::bytecode::{CodeKind, Op, UnaryOp};
use mnpy_runtime::interp_api::{BinOp, CmpOp};
use mnpy_runtime::object::HeapObj;
use mnpy_runtime::Value;
use num_complex::Complex64;
use rustpython_parser::ast::{self, Expr, Ranged};

/// Maps an AST operator to ours.
pub(super) fn binop(op: &ast::Operator) -> BinOp {
    match op {
        ast::Operator::Add => BinOp::Add,
        ast::Operator::Sub => BinOp::Sub,
        ast::Operator::Mult => BinOp::Mul,
        ast::Operator::MatMult => BinOp::MatMul,
        ast::Operator::Div => BinOp::TrueDiv,
        ast::Operator::Mod => BinOp::Mod,
        ast::Operator::Pow => BinOp::Pow,
        ast::Operator::LShift => BinOp::LShift,
        ast::Operator::RShift => BinOp::RShift,
        ast::Operator::BitOr => BinOp::Or,
        ast::Operator::BitXor => BinOp::Xor,
        ast::Operator::BitAnd => BinOp::And,
        ast::Operator::FloorDiv => BinOp::FloorDiv,
    }
}

fn constant(c: &ast::Constant, at: usize) -> CResult<Value> {
    Ok(match c {
        ast::Constant::None => Value::None,
        ast::Constant::Bool(b) => Value::Bool(*b),
        ast::Constant::Str(s) => Value::str(s),
        ast::Constant::Bytes(_) => return err("mnpy does not support bytes literals", at),
        ast::Constant::Int(i) => match i.to_string().parse::<num_bigint::BigInt>() {
            Ok(b) => Value::from_bigint(b),
            Err(_) => return err("invalid integer literal", at),
        },
        ast::Constant::Tuple(t) => Value::tuple(
            t.iter()
                .map(|c| constant(c, at))
                .collect::<CResult<Vec<_>>>()?,
        ),
        ast::Constant::Float(f) => Value::Float(*f),
        ast::Constant::Complex { real, imag } => {
            Value::obj(HeapObj::Complex(Complex64::new(*real, *imag)))
        }
        ast::Constant::Ellipsis => Value::Ellipsis,
    })
}

impl<'t, 'a> Compiler<'t, 'a> {
    /// Compiles `test` and a conditional jump taken when its truth equals `jump_when`.
    /// Returns the jump to patch.
    pub(super) fn jump_if(&mut self, test: &'a Expr, jump_when: bool) -> CResult<usize> {
        if let Expr::UnaryOp(u) = test {
            if let ast::UnaryOp::Not = u.op {
                return self.jump_if(&u.operand, !jump_when);
            }
        }
        self.expr(test)?;
        // like CPython, a test ending in a comparison leaves the following instructions (an
        // `assert`'s raise) attributed to that comparison
        if let Some(cmp) = last_comparison(test) {
            self.set_line(cmp);
        }
        Ok(if jump_when {
            self.emit(Op::PopJumpIfTrue(0))
        } else {
            self.emit(Op::PopJumpIfFalse(0))
        })
    }

    /// Compiles an expression leaving its value on the stack; its instructions are attributed
    /// to its source span (sub-expressions to theirs).
    pub(super) fn expr(&mut self, e: &'a Expr) -> CResult<()> {
        let outer = self.pos();
        self.set_line(e);
        let r = self.expr_here(e);
        self.set_pos(outer);
        r
    }

    fn expr_here(&mut self, e: &'a Expr) -> CResult<()> {
        let at = e.range().start().to_usize();
        match e {
            Expr::Constant(c) => {
                let v = constant(&c.value, at)?;
                self.load_const(v);
            }
            Expr::Name(n) => self.load_name(n.id.as_str())?,
            Expr::BoolOp(b) => {
                let mut jumps = vec![];
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < b.values.len() {
                        let j = match b.op {
                            ast::BoolOp::And => self.emit(Op::JumpIfFalseOrPop(0)),
                            ast::BoolOp::Or => self.emit(Op::JumpIfTrueOrPop(0)),
                        };
                        jumps.push(j);
                    }
                }
                let end = self.here();
                for j in jumps {
                    self.patch(j, end);
                }
            }
            Expr::NamedExpr(n) => {
                self.expr(&n.value)?;
                self.emit(Op::Dup);
                self.store_target(&n.target)?;
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.emit(Op::Binary(binop(&b.op)));
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                let op = match u.op {
                    ast::UnaryOp::Invert => UnaryOp::Invert,
                    ast::UnaryOp::Not => UnaryOp::Not,
                    ast::UnaryOp::UAdd => UnaryOp::Pos,
                    ast::UnaryOp::USub => UnaryOp::Neg,
                };
                self.emit(Op::Unary(op));
            }
            Expr::Lambda(l) => {
                let line = self.line_of(at);
                self.make_function("<lambda>", &l.args, FnBody::Expr(&l.body), line)?;
            }
            Expr::IfExp(i) => {
                let else_j = self.jump_if(&i.test, false)?;
                self.expr(&i.body)?;
                let end_j = self.emit(Op::Jump(0));
                let h = self.here();
                self.patch(else_j, h);
                self.expr(&i.orelse)?;
                let h = self.here();
                self.patch(end_j, h);
            }
            Expr::Dict(d) => {
                if d.keys.iter().any(|k| k.is_none()) {
                    self.emit(Op::BuildMap(0));
                    for (k, v) in d.keys.iter().zip(&d.values) {
                        match k {
                            Some(k) => {
                                self.expr(k)?;
                                self.expr(v)?;
                                self.emit(Op::BuildMap(1));
                            }
                            None => self.expr(v)?,
                        }
                        self.emit(Op::DictUpdate(1));
                    }
                } else {
                    for (k, v) in d.keys.iter().zip(&d.values) {
                        if let Some(k) = k {
                            self.expr(k)?;
                        }
                        self.expr(v)?;
                    }
                    self.emit(Op::BuildMap(d.values.len() as u32));
                }
            }
            Expr::Set(s) => self.sequence(&s.elts, Op::BuildSet(0), SeqKind::Set)?,
            Expr::List(l) => self.sequence(&l.elts, Op::BuildList(0), SeqKind::List)?,
            Expr::Tuple(t) => self.sequence(&t.elts, Op::BuildTuple(0), SeqKind::Tuple)?,
            Expr::ListComp(c) => {
                self.comprehension("<listcomp>", &c.generators, Comp::List(&c.elt), at)?
            }
            Expr::SetComp(c) => {
                self.comprehension("<setcomp>", &c.generators, Comp::Set(&c.elt), at)?
            }
            Expr::DictComp(c) => self.comprehension(
                "<dictcomp>",
                &c.generators,
                Comp::Dict(&c.key, &c.value),
                at,
            )?,
            Expr::GeneratorExp(c) => {
                self.comprehension("<genexpr>", &c.generators, Comp::Gen(&c.elt), at)?
            }
            Expr::Await(_) => return err("mnpy does not support 'await'", at),
            Expr::Yield(y) => {
                if self.unit_ref().kind != CodeKind::Function {
                    return err_at("'yield' outside function", e);
                }
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Value::None),
                }
                self.emit(Op::Yield);
            }
            Expr::YieldFrom(y) => {
                if self.unit_ref().kind != CodeKind::Function {
                    return err_at("'yield' outside function", e);
                }
                self.expr(&y.value)?;
                self.emit(Op::GetIter);
                self.load_const(Value::None);
                self.emit(Op::YieldFrom);
            }
            Expr::Compare(c) => self.compare(c)?,
            Expr::Call(c) => self.call(c)?,
            Expr::FormattedValue(f) => {
                self.expr(&f.value)?;
                let conv = match f.conversion {
                    ast::ConversionFlag::None => 0,
                    ast::ConversionFlag::Str => 1,
                    ast::ConversionFlag::Repr => 2,
                    ast::ConversionFlag::Ascii => 3,
                };
                let mut flags = conv;
                if let Some(spec) = &f.format_spec {
                    self.expr(spec)?;
                    flags |= 4;
                }
                self.emit(Op::FormatValue(flags));
            }
            Expr::JoinedStr(j) => {
                for v in &j.values {
                    self.expr(v)?;
                    if let Expr::Constant(_) = v {
                        // constant pieces are already strings
                    }
                }
                if j.values.len() != 1 || !matches!(j.values[0], Expr::FormattedValue(_)) {
                    self.emit(Op::BuildString(j.values.len() as u32));
                }
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.start_at_attr(a);
                let ni = self.name_idx(a.attr.as_str());
                self.emit(Op::LoadAttr(ni));
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::Subscr);
            }
            Expr::Starred(_) => return err("can't use starred expression here", at),
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.load_const(Value::None),
                    }
                }
                match &s.step {
                    Some(st) => {
                        self.expr(st)?;
                        self.emit(Op::BuildSlice(3));
                    }
                    None => {
                        self.emit(Op::BuildSlice(2));
                    }
                }
            }
        }
        Ok(())
    }

    fn sequence(&mut self, elts: &'a [Expr], _build: Op, kind: SeqKind) -> CResult<()> {
        let n = elts.len() as u32;
        if !elts.iter().any(|e| matches!(e, Expr::Starred(_))) {
            for el in elts {
                self.expr(el)?;
            }
            self.emit(match kind {
                SeqKind::List => Op::BuildList(n),
                SeqKind::Tuple => Op::BuildTuple(n),
                SeqKind::Set => Op::BuildSet(n),
            });
            return Ok(());
        }
        match kind {
            SeqKind::Set => self.emit(Op::BuildSet(0)),
            _ => self.emit(Op::BuildList(0)),
        };
        for el in elts {
            match el {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    match kind {
                        SeqKind::Set => self.emit(Op::SetUpdate(1)),
                        _ => self.emit(Op::ListExtend(1)),
                    };
                }
                other => {
                    self.expr(other)?;
                    match kind {
                        SeqKind::Set => self.emit(Op::SetAdd(1)),
                        _ => self.emit(Op::ListAppend(1)),
                    };
                }
            }
        }
        if let SeqKind::Tuple = kind {
            self.emit(Op::ListToTuple);
        }
        Ok(())
    }

    fn compare(&mut self, c: &'a ast::ExprCompare) -> CResult<()> {
        self.expr(&c.left)?;
        let n = c.ops.len();
        let mut cleanup = vec![];
        for (i, (op, right)) in c.ops.iter().zip(&c.comparators).enumerate() {
            self.expr(right)?;
            if i + 1 < n {
                self.emit(Op::Dup);
                self.emit(Op::Rot3);
            }
            self.emit(match op {
                ast::CmpOp::Eq => Op::Compare(CmpOp::Eq),
                ast::CmpOp::NotEq => Op::Compare(CmpOp::Ne),
                ast::CmpOp::Lt => Op::Compare(CmpOp::Lt),
                ast::CmpOp::LtE => Op::Compare(CmpOp::Le),
                ast::CmpOp::Gt => Op::Compare(CmpOp::Gt),
                ast::CmpOp::GtE => Op::Compare(CmpOp::Ge),
                ast::CmpOp::Is => Op::Is(0),
                ast::CmpOp::IsNot => Op::Is(1),
                ast::CmpOp::In => Op::In(0),
                ast::CmpOp::NotIn => Op::In(1),
            });
            if i + 1 < n {
                cleanup.push(self.emit(Op::JumpIfFalseOrPop(0)));
            }
        }
        if !cleanup.is_empty() {
            let end = self.emit(Op::Jump(0));
            let h = self.here();
            for j in cleanup {
                self.patch(j, h);
            }
            self.emit(Op::Rot2);
            self.emit(Op::Pop);
            let h = self.here();
            self.patch(end, h);
        }
        Ok(())
    }

    fn call(&mut self, c: &'a ast::ExprCall) -> CResult<()> {
        let has_star = c.args.iter().any(|a| matches!(a, Expr::Starred(_)));
        let has_dstar = c.keywords.iter().any(|k| k.arg.is_none());
        if has_star || has_dstar {
            self.expr(&c.func)?;
            self.emit(Op::BuildList(0));
            for a in &c.args {
                match a {
                    Expr::Starred(s) => {
                        self.expr(&s.value)?;
                        self.emit(Op::CallArgsExtend);
                    }
                    other => {
                        self.expr(other)?;
                        self.emit(Op::ListAppend(1));
                    }
                }
            }
            self.emit(Op::ListToTuple);
            if c.keywords.is_empty() {
                self.emit(Op::CallEx(0));
            } else {
                self.emit(Op::BuildMap(0));
                for k in &c.keywords {
                    match &k.arg {
                        Some(name) => {
                            self.load_const(Value::str(name.as_str()));
                            self.expr(&k.value)?;
                            self.emit(Op::BuildMap(1));
                        }
                        None => self.expr(&k.value)?,
                    }
                    self.emit(Op::DictMerge);
                }
                self.emit(Op::CallEx(1));
            }
            return Ok(());
        }
        if let (Expr::Attribute(a), true) = (&*c.func, c.keywords.is_empty()) {
            self.expr(&a.value)?;
            let ni = self.name_idx(a.attr.as_str());
            let call_pos = self.pos();
            self.set_line(a);
            self.start_at_attr(a);
            self.emit(Op::LoadMethod(ni));
            self.set_pos(call_pos);
            for arg in &c.args {
                self.expr(arg)?;
            }
            self.start_at_attr(a);
            self.emit(Op::CallMethod(c.args.len() as u32));
            return Ok(());
        }
        self.expr(&c.func)?;
        for arg in &c.args {
            self.expr(arg)?;
        }
        if c.keywords.is_empty() {
            self.emit(Op::Call(c.args.len() as u32));
        } else {
            let mut names = vec![];
            for k in &c.keywords {
                self.expr(&k.value)?;
                names.push(Value::str(k.arg.as_ref().map(|a| a.as_str()).unwrap_or("")));
            }
            self.load_const(Value::tuple(names));
            self.emit(Op::CallKw((c.args.len() + c.keywords.len()) as u32));
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        name: &str,
        gens: &'a [ast::Comprehension],
        kind: Comp<'a>,
        at: usize,
    ) -> CResult<()> {
        let Some(first) = gens.first() else {
            return err("comprehension without generators", at);
        };
        if gens.iter().any(|g| g.is_async) {
            return err("mnpy does not support asynchronous comprehensions", at);
        }
        let scope = self.next_scope;
        self.next_scope += 1;
        let qualname = self.qualname_for(name);
        let line = self.line_of(at);
        self.push_unit(scope, CodeKind::Function, name, &qualname, line);
        self.unit().argcount = 1;
        match kind {
            Comp::List(_) => {
                self.emit(Op::BuildList(0));
            }
            Comp::Set(_) => {
                self.emit(Op::BuildSet(0));
            }
            Comp::Dict(..) => {
                self.emit(Op::BuildMap(0));
            }
            Comp::Gen(_) => {}
        }
        let mut loops = vec![];
        for (i, g) in gens.iter().enumerate() {
            if i == 0 {
                self.emit(Op::LoadFast(0));
            } else {
                self.expr(&g.iter)?;
                self.emit(Op::GetIter);
            }
            let top = self.here();
            let id = self.unit().loops;
            self.unit().loops += 1;
            self.emit(Op::LoopHeader(id));
            let fi = self.emit(Op::ForIter(0));
            self.store_target(&g.target)?;
            for cond in &g.ifs {
                let j = self.jump_if(cond, false)?;
                self.patch(j, top);
            }
            loops.push((top, fi));
        }
        let depth = gens.len() as u32 + 1;
        match kind {
            Comp::List(e) => {
                self.expr(e)?;
                self.emit(Op::ListAppend(depth));
            }
            Comp::Set(e) => {
                self.expr(e)?;
                self.emit(Op::SetAdd(depth));
            }
            Comp::Dict(k, v) => {
                self.expr(k)?;
                self.expr(v)?;
                self.emit(Op::MapAdd(depth));
            }
            Comp::Gen(e) => {
                self.expr(e)?;
                self.emit(Op::Yield);
                self.emit(Op::Pop);
            }
        }
        for (top, fi) in loops.into_iter().rev() {
            self.emit(Op::Jump(top));
            let h = self.here();
            self.patch(fi, h);
        }
        if let Comp::Gen(_) = kind {
            self.load_const(Value::None);
        }
        self.emit(Op::Return);
        let code = self.pop_unit();
        self.emit_make(code, 0, &qualname)?;
        self.expr(&first.iter)?;
        self.emit(Op::GetIter);
        self.emit(Op::Call(1));
        Ok(())
    }
}

/// The comparison a condition's value comes from last (through `not`, `and` and `or`).
fn last_comparison(test: &Expr) -> Option<&Expr> {
    match test {
        Expr::Compare(_) => Some(test),
        Expr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::Not) => last_comparison(&u.operand),
        Expr::BoolOp(b) => b.values.last().and_then(last_comparison),
        _ => None,
    }
}

enum SeqKind {
    List,
    Tuple,
    Set,
}

enum Comp<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}
