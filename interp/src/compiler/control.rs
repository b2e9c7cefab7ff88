//! Control-flow statements: `for`/`while` loops with `break`/`continue`, `try`/`except`/
//! `finally` and `with`, compiled to jumps and exception-table regions; and the unwinding that
//! `return`, `break` and `continue` emit for the blocks they leave.

use super::{err, err_at, CResult, Compiler, FBlock};
use crate::bytecode::Op;
use mnpy_runtime::Value;
use rustpython_parser::ast::{self, Stmt};

impl<'t, 'a> Compiler<'t, 'a> {
    /// Emits the unwinding for leaving every enclosing block (`return`): the return value is on TOS.
    pub(super) fn unwind_all(&mut self, preserve_tos: bool) -> CResult<()> {
        let blocks = self.unit_ref().fblocks.clone();
        for (i, b) in blocks.iter().enumerate().rev() {
            self.unwind_block(b, i, preserve_tos)?;
        }
        Ok(())
    }

    fn unwind_block(&mut self, b: &FBlock<'a>, index: usize, preserve_tos: bool) -> CResult<()> {
        match b {
            FBlock::Loop { has_iter: true, .. } => {
                if preserve_tos {
                    self.emit(Op::Rot2);
                }
                self.emit(Op::Pop);
            }
            FBlock::Loop { .. } | FBlock::Region => {}
            FBlock::TryFinally { finalbody } => {
                // SAFETY-free: the pointer refers to the AST, which outlives compilation.
                let body: &'a [Stmt] = finalbody;
                let saved = self.unit().fblocks.split_off(index);
                let r = self.outside_region(|c| c.stmts(body));
                self.unit().fblocks.extend(saved);
                r?;
            }
            FBlock::Handler { name } => {
                if preserve_tos {
                    self.emit(Op::Rot2);
                }
                self.emit(Op::PopExcept);
                if let Some(n) = name {
                    self.load_const(Value::None);
                    self.store_name(&n.clone())?;
                }
            }
            FBlock::With => {
                if preserve_tos {
                    self.emit(Op::Rot2);
                }
                self.load_const(Value::None);
                self.emit(Op::Dup);
                self.emit(Op::Dup);
                self.emit(Op::Call(3));
                self.emit(Op::Pop);
            }
        }
        Ok(())
    }

    pub(super) fn break_continue(&mut self, is_break: bool, s: &'a Stmt) -> CResult<()> {
        let blocks = self.unit_ref().fblocks.clone();
        let Some(loop_idx) = blocks
            .iter()
            .rposition(|b| matches!(b, FBlock::Loop { .. }))
        else {
            let what = if is_break {
                "'break' outside loop"
            } else {
                "'continue' not properly in loop"
            };
            return err_at(what, s);
        };
        for i in (loop_idx + 1..blocks.len()).rev() {
            self.unwind_block(&blocks[i], i, false)?;
        }
        if is_break {
            if let FBlock::Loop { has_iter: true, .. } = blocks[loop_idx] {
                self.emit(Op::Pop);
            }
            let j = self.emit(Op::Jump(0));
            if let FBlock::Loop { break_patches, .. } = &mut self.unit().fblocks[loop_idx] {
                break_patches.push(j);
            }
        } else if let FBlock::Loop {
            continue_target, ..
        } = blocks[loop_idx]
        {
            self.emit(Op::Jump(continue_target));
        }
        Ok(())
    }

    pub(super) fn for_stmt(&mut self, f: &'a ast::StmtFor) -> CResult<()> {
        self.expr(&f.iter)?;
        self.emit(Op::GetIter);
        let top = self.here();
        let id = self.unit().loops;
        self.unit().loops += 1;
        self.emit(Op::LoopHeader(id));
        let for_iter = self.emit(Op::ForIter(0));
        self.unit().fblocks.push(FBlock::Loop {
            has_iter: true,
            continue_target: top,
            break_patches: vec![],
        });
        self.store_target(&f.target)?;
        self.stmts(&f.body)?;
        self.emit(Op::Jump(top));
        let Some(FBlock::Loop { break_patches, .. }) = self.unit().fblocks.pop() else {
            return err("internal: loop block", 0);
        };
        let h = self.here();
        self.patch(for_iter, h);
        self.stmts(&f.orelse)?;
        let end = self.here();
        for p in break_patches {
            self.patch(p, end);
        }
        Ok(())
    }

    pub(super) fn while_stmt(&mut self, w: &'a ast::StmtWhile) -> CResult<()> {
        let top = self.here();
        let id = self.unit().loops;
        self.unit().loops += 1;
        self.emit(Op::LoopHeader(id));
        // `while True:` and `while 1:` test nothing, as in CPython
        let exit = match always_true(&w.test) {
            true => None,
            false => Some(self.jump_if(&w.test, false)?),
        };
        self.unit().fblocks.push(FBlock::Loop {
            has_iter: false,
            continue_target: top,
            break_patches: vec![],
        });
        self.stmts(&w.body)?;
        self.emit(Op::Jump(top));
        let Some(FBlock::Loop { break_patches, .. }) = self.unit().fblocks.pop() else {
            return err("internal: loop block", 0);
        };
        let h = self.here();
        if let Some(exit) = exit {
            self.patch(exit, h);
        }
        self.stmts(&w.orelse)?;
        let end = self.here();
        for p in break_patches {
            self.patch(p, end);
        }
        Ok(())
    }

    fn fix_placeholder_regions(&mut self, handler: u32) {
        for e in self.unit().exc_table.iter_mut() {
            if e.handler == u32::MAX {
                e.handler = handler;
            }
        }
    }

    pub(super) fn try_stmt(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        if !t.finalbody.is_empty() {
            // try/finally around try/except/else
            self.unit().fblocks.push(FBlock::TryFinally {
                finalbody: &t.finalbody,
            });
            self.open_region(0);
            let placeholder_mark = self.unit_ref().exc_table.len();
            if t.handlers.is_empty() {
                self.stmts(&t.body)?;
            } else {
                self.try_except(t)?;
            }

            {
                // normal exit: close region, run finally, jump past the handler
                let h = self.here();
                let _ = h;
            }
            let region_close_at = self.here();
            let _ = region_close_at;
            // The handler address is not known yet: close with a placeholder and patch below.
            self.close_region(u32::MAX);
            self.unit().fblocks.pop(); // TryFinally
            self.stmts(&t.finalbody)?;
            let handler_jump_over = self.emit(Op::Jump(0));
            let handler = self.here();
            let n = self.unit_ref().exc_table.len();
            for e in &mut self.unit().exc_table[placeholder_mark.saturating_sub(0)..n] {
                if e.handler == u32::MAX {
                    e.handler = handler;
                }
            }
            self.fix_placeholder_regions(handler);
            // exceptional path: [exc] -> PushExcInfo -> [prev, exc]
            self.emit(Op::PushExcInfo);
            self.open_region(1);
            self.unit().fblocks.push(FBlock::Handler { name: None });
            self.stmts(&t.finalbody)?;
            self.unit().fblocks.pop();
            self.emit(Op::Reraise);
            let cleanup = self.here();
            self.close_region(cleanup);
            self.emit(Op::PopExceptReraise);
            let end = self.here();
            self.patch(handler_jump_over, end);
            return Ok(());
        }
        self.try_except(t)
    }

    fn try_except(&mut self, t: &'a ast::StmtTry) -> CResult<()> {
        self.open_region(0);
        self.stmts(&t.body)?;
        let to_handler_marker = self.unit_ref().exc_table.len();
        self.close_region(u32::MAX);
        self.stmts(&t.orelse)?;
        let jump_end = self.emit(Op::Jump(0));
        let handler = self.here();
        let n = self.unit_ref().exc_table.len();
        for e in &mut self.unit().exc_table[to_handler_marker..n] {
            if e.handler == u32::MAX {
                e.handler = handler;
            }
        }
        self.fix_placeholder_regions(handler);
        let mut end_jumps = vec![jump_end];
        self.emit(Op::PushExcInfo);
        self.open_region(1);
        for h in &t.handlers {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            self.set_line(h);
            let mut next = None;
            if let Some(ty) = &h.type_ {
                self.expr(ty)?;
                self.emit(Op::CheckExcMatch);
                next = Some(self.emit(Op::PopJumpIfFalse(0)));
            }
            let name = h.name.as_ref().map(|n| n.to_string());
            match &name {
                Some(n) => self.store_name(n)?,
                None => {
                    self.emit(Op::Pop);
                }
            }
            self.unit()
                .fblocks
                .push(FBlock::Handler { name: name.clone() });
            self.stmts(&h.body)?;
            self.unit().fblocks.pop();
            self.emit(Op::PopExcept);
            if let Some(n) = &name {
                self.load_const(Value::None);
                self.store_name(n)?;
                self.delete_name(n)?;
            }
            end_jumps.push(self.emit(Op::Jump(0)));
            if let Some(nx) = next {
                let h = self.here();
                self.patch(nx, h);
            }
        }
        self.emit(Op::Reraise);
        let cleanup = self.here();
        self.close_region(cleanup);
        self.emit(Op::PopExceptReraise);
        let end = self.here();
        for j in end_jumps {
            self.patch(j, end);
        }
        Ok(())
    }

    pub(super) fn with_stmt(
        &mut self,
        items: &'a [ast::WithItem],
        body: &'a [Stmt],
    ) -> CResult<()> {
        let Some((first, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        self.expr(&first.context_expr)?;
        self.emit(Op::BeforeWith);
        // stack: exit, entered
        self.unit().fblocks.push(FBlock::With);
        self.open_region(0);
        match &first.optional_vars {
            Some(t) => self.store_target(t)?,
            None => {
                self.emit(Op::Pop);
            }
        }
        self.with_stmt(rest, body)?;
        let mark = self.unit_ref().exc_table.len();
        self.close_region(u32::MAX);
        self.unit().fblocks.pop();
        // normal exit: exit(None, None, None)
        self.load_const(Value::None);
        self.emit(Op::Dup);
        self.emit(Op::Dup);
        self.emit(Op::Call(3));
        self.emit(Op::Pop);
        let jump_end = self.emit(Op::Jump(0));
        let handler = self.here();
        let n = self.unit_ref().exc_table.len();
        for e in &mut self.unit().exc_table[mark..n] {
            if e.handler == u32::MAX {
                e.handler = handler;
            }
        }
        self.fix_placeholder_regions(handler);
        // stack: exit, exc
        self.unit().fblocks.push(FBlock::With);
        self.emit(Op::PushExcInfo); // exit, prev, exc
        self.open_region(1);
        self.emit(Op::WithExceptStart); // exit, prev, exc, result
        let suppress = self.emit(Op::PopJumpIfTrue(0));
        self.emit(Op::Reraise);
        let h = self.here();
        self.patch(suppress, h);
        self.emit(Op::Pop); // exc
        self.emit(Op::PopExcept); // prev
        self.emit(Op::Pop); // exit
        let jump_end2 = self.emit(Op::Jump(0));
        let cleanup = self.here();
        self.close_region(cleanup);
        self.unit().fblocks.pop();
        self.emit(Op::PopExceptReraise);
        let end = self.here();
        self.patch(jump_end, end);
        self.patch(jump_end2, end);
        Ok(())
    }
}

/// A loop condition that is a true constant (`True`, a non-zero int literal).
fn always_true(test: &ast::Expr) -> bool {
    match test {
        ast::Expr::Constant(c) => match &c.value {
            ast::Constant::Bool(b) => *b,
            ast::Constant::Int(i) => i.to_string() != "0",
            _ => false,
        },
        _ => false,
    }
}
