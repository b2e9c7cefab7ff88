//! Names and assignment targets: loading, storing and deleting a name as its scope decided
//! (slot, cell, global or class namespace), and storing into attribute, subscript and unpacking
//! targets.

use super::{err_at, CResult, Compiler};
use crate::bytecode::Op;
use crate::symtable::NameAccess;
use crate::syntax_error::expr_name;
use rustpython_parser::ast::{self, Expr};

/// The single target of `target = value`: CPython suggests `==` when it is an expression that
/// cannot be assigned to (but not for `True`, `False`, `None` or containers).
pub(super) fn check_single_target(target: &Expr) -> CResult<()> {
    let suggest = match target {
        Expr::Name(_)
        | Expr::Attribute(_)
        | Expr::Subscript(_)
        | Expr::Tuple(_)
        | Expr::List(_)
        | Expr::Starred(_) => false,
        Expr::Constant(c) => !matches!(c.value, ast::Constant::None | ast::Constant::Bool(_)),
        _ => true,
    };
    if suggest {
        return err_at(
            format!(
                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                expr_name(target)
            ),
            target,
        );
    }
    Ok(())
}

impl<'t, 'a> Compiler<'t, 'a> {
    pub(super) fn access(&self, name: &str) -> NameAccess {
        self.table.access(self.unit_ref().scope, name)
    }

    pub(super) fn load_name(&mut self, name: &str) -> CResult<()> {
        let op = match self.access(name) {
            NameAccess::Fast => match self.unit_ref().slots.get(name) {
                Some(&s) => Op::LoadFast(s),
                None => Op::LoadGlobal(self.name_idx(name)),
            },
            NameAccess::Deref => match self.cell_index(name) {
                Some(i) => Op::LoadDeref(i),
                None => Op::LoadGlobal(self.name_idx(name)),
            },
            NameAccess::Global => Op::LoadGlobal(self.name_idx(name)),
            NameAccess::Name => Op::LoadName(self.name_idx(name)),
        };
        self.emit(op);
        Ok(())
    }

    pub(super) fn store_name(&mut self, name: &str) -> CResult<()> {
        let op = match self.access(name) {
            NameAccess::Fast => match self.unit_ref().slots.get(name) {
                Some(&s) => Op::StoreFast(s),
                None => Op::StoreGlobal(self.name_idx(name)),
            },
            NameAccess::Deref => match self.cell_index(name) {
                Some(i) => Op::StoreDeref(i),
                None => Op::StoreGlobal(self.name_idx(name)),
            },
            NameAccess::Global => Op::StoreGlobal(self.name_idx(name)),
            NameAccess::Name => Op::StoreName(self.name_idx(name)),
        };
        self.emit(op);
        Ok(())
    }

    pub(super) fn delete_name(&mut self, name: &str) -> CResult<()> {
        let op = match self.access(name) {
            NameAccess::Fast => match self.unit_ref().slots.get(name) {
                Some(&s) => Op::DeleteFast(s),
                None => Op::DeleteGlobal(self.name_idx(name)),
            },
            NameAccess::Deref => match self.cell_index(name) {
                Some(i) => Op::DeleteDeref(i),
                None => Op::DeleteGlobal(self.name_idx(name)),
            },
            NameAccess::Global => Op::DeleteGlobal(self.name_idx(name)),
            NameAccess::Name => Op::DeleteName(self.name_idx(name)),
        };
        self.emit(op);
        Ok(())
    }

    pub(super) fn delete_target(&mut self, t: &'a Expr) -> CResult<()> {
        let outer = self.pos();
        self.set_line(t);
        let r = self.delete_target_here(t);
        self.set_pos(outer);
        r
    }

    fn delete_target_here(&mut self, t: &'a Expr) -> CResult<()> {
        match t {
            Expr::Name(n) => self.delete_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let ni = self.name_idx(a.attr.as_str());
                self.emit(Op::DeleteAttr(ni));
                Ok(())
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::DeleteSubscr);
                Ok(())
            }
            Expr::Tuple(tu) => {
                for e in &tu.elts {
                    self.delete_target(e)?;
                }
                Ok(())
            }
            Expr::List(l) => {
                for e in &l.elts {
                    self.delete_target(e)?;
                }
                Ok(())
            }
            other => err_at(format!("cannot delete {}", expr_name(other)), other),
        }
    }

    pub(super) fn store_target(&mut self, t: &'a Expr) -> CResult<()> {
        let outer = self.pos();
        self.set_line(t);
        let r = self.store_target_here(t);
        self.set_pos(outer);
        r
    }

    fn store_target_here(&mut self, t: &'a Expr) -> CResult<()> {
        match t {
            Expr::Name(n) => self.store_name(n.id.as_str()),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.start_at_attr(a);
                let ni = self.name_idx(a.attr.as_str());
                self.emit(Op::StoreAttr(ni));
                Ok(())
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::StoreSubscr);
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
                match star {
                    None => {
                        self.emit(Op::UnpackSequence(elts.len() as u32));
                    }
                    Some(i) => {
                        if elts
                            .iter()
                            .filter(|e| matches!(e, Expr::Starred(_)))
                            .count()
                            > 1
                        {
                            return err_at("multiple starred expressions in assignment", t);
                        }
                        let after = elts.len() - i - 1;
                        self.emit(Op::UnpackEx(i as u32 | ((after as u32) << 16)));
                    }
                }
                for e in elts {
                    match e {
                        Expr::Starred(s) => self.store_target(&s.value)?,
                        other => self.store_target(other)?,
                    }
                }
                Ok(())
            }
            Expr::Starred(_) => err_at("starred assignment target must be in a list or tuple", t),
            other => err_at(format!("cannot assign to {}", expr_name(other)), other),
        }
    }
}
